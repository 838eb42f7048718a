#pragma once

// The indexer's options, defined apart from the program (private to the indexer program).

#include <CLI/CLI.hpp>
#include <string>

#include "ks/indexer/indexer.h"

namespace ks::indexer {

/// What the command line gives: the indexing options, and whether to show no progress bar.
struct CommandLine {
    Options options;
    bool quiet = false;
};

/// Defines every option of the indexer on `app`, bound to `line`, with the help's footer and --version.
void define_options(CLI::App& app, CommandLine& line);

/// "1 article", "2 articles".
std::string counted(std::size_t n, const char* noun);

/// The line the indexer ends with: what it indexed, kept, replaced, deleted, skipped, and how long it took.
std::string summary_line(const Summary& s);

}  // namespace ks::indexer
