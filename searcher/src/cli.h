#pragma once

// The searcher's options: defined apart from the program, read into Options once parsed (private to the
// searcher program).

#include <CLI/CLI.hpp>
#include <string>

#include "ks/searcher/command.h"

namespace ks::searcher {

/// What the command line gives: the options, and the flags read into them once parsed.
struct CommandLine {
    Options options;
    std::string color = "auto";
    std::string sort = "relevance";
    bool all = false;
    bool no_correct = false;
    bool json = false;
    bool jsonl = false;
    bool count = false;
    bool ids = false;
    CLI::Option* article_option = nullptr;
};

/// Defines every option of the searcher on `app`, bound to `line`, with the help's footer and --version.
void define_options(CLI::App& app, CommandLine& line);

/// Reads the parsed flags into line.options. Returns what is wrong with them together, or an empty string.
std::string read_options(const CLI::App& app, CommandLine& line);

}  // namespace ks::searcher
