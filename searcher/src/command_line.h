#pragma once

// The searcher's command line before CLI11 reads it (private to the searcher program).

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace ks::searcher {

/// The arguments after the program's name, in CLI11's order for App::parse (last first), with every query word
/// that begins with `-` (`-애플`, `-google`: an exclusion, as in every search box) marked so that CLI11 takes it
/// as a query word, not as an unknown option. A word after an option that takes a value is that value; options
/// stay options.
std::vector<std::string> arguments_for_parsing(const CLI::App& app, int argc, const char* const* argv);

/// Takes the marks of arguments_for_parsing off the query words CLI11 collected.
void unmark_query_words(std::vector<std::string>& words);

}  // namespace ks::searcher
