#pragma once

#include <filesystem>
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

/// Files and folders given on the command line, as files to read: folders are walked recursively in name order,
/// keeping .txt, .md and .jsonl files. A named file of another kind is returned in `unsupported`.
/// Throws std::runtime_error naming a path that does not exist or cannot be read.
std::vector<InputFile> collect_input_files(const std::vector<std::string>& inputs,
                                           std::vector<std::filesystem::path>& unsupported);

}  // namespace ks::indexer
