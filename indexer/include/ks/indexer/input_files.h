#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ks::indexer {

/// The kinds of file the indexer reads.
enum class InputFormat { kText, kJsonLines };

/// One file to read.
struct InputFile {
    std::filesystem::path path;
    InputFormat format;
};

/// What the inputs hold besides the files to read.
struct PassedOver {
    std::vector<std::filesystem::path> unsupported;  ///< files named on the command line of another kind
    /// Per folder given, the files of other kinds found in it, by extension (".pdf" → 3; dot files not counted).
    std::vector<std::pair<std::filesystem::path, std::map<std::string, std::size_t>>> in_folders;
    /// The folders given that hold no file to read but files of other kinds.
    std::vector<std::filesystem::path> folders_with_nothing_to_read;
};

/// Files and folders given on the command line, as files to read: folders are walked recursively in name order,
/// keeping .txt, .md and .jsonl files; what else they hold goes to `passed_over`. Throws std::runtime_error
/// naming a path that does not exist or cannot be read.
std::vector<InputFile> collect_input_files(const std::vector<std::string>& inputs, PassedOver& passed_over);

}  // namespace ks::indexer
