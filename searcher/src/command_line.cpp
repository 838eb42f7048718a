#include "command_line.h"

#include <algorithm>
#include <string_view>

namespace ks::searcher {

namespace {

// A control character no one types: CLI11 reads a word that starts with it as a positional argument.
constexpr char kQueryWordMark = '\x1f';

// Whether `arg` names an option of `app` that takes a value (--db, -n), written without its value (--db=x).
bool option_taking_a_value(const CLI::App& app, std::string_view arg)
{
    if (arg.size() < 2 || arg[0] != '-' || arg.find('=') != std::string_view::npos) {
        return false;
    }
    const std::string name = arg[1] == '-' ? std::string(arg) : std::string(arg.substr(0, 2));
    if (arg[1] != '-' && arg.size() > 2) {
        return false;  // -n5: the value is written onto it
    }
    const CLI::Option* option = app.get_option_no_throw(name);
    return option != nullptr && option->get_items_expected_max() > 0;
}

// -애플, -google: a dash before a word that no short option of `app` begins.
bool an_excluded_word(const CLI::App& app, std::string_view arg)
{
    if (arg.size() < 2 || arg[0] != '-' || arg[1] == '-') {
        return false;
    }
    const auto first = static_cast<unsigned char>(arg[1]);
    if (first >= 0x80) {
        return true;  // Hangul or another script: no option is named so
    }
    const bool letter = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
    return letter && app.get_option_no_throw(std::string("-") + arg[1]) == nullptr;
}

}  // namespace

std::vector<std::string> arguments_for_parsing(const CLI::App& app, int argc, const char* const* argv)
{
    std::vector<std::string> args;
    bool only_positionals = false;  // after --
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool a_value = i > 1 && option_taking_a_value(app, argv[i - 1]);
        if (!only_positionals && !a_value && an_excluded_word(app, arg)) {
            args.push_back(kQueryWordMark + std::string(arg));
        } else {
            args.emplace_back(arg);
        }
        only_positionals = only_positionals || (arg == "--" && !a_value);
    }
    std::reverse(args.begin(), args.end());  // CLI11 takes the last argument first
    return args;
}

void unmark_query_words(std::vector<std::string>& words)
{
    for (std::string& word : words) {
        if (!word.empty() && word.front() == kQueryWordMark) {
            word.erase(0, 1);
        }
    }
}

}  // namespace ks::searcher
