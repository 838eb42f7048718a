#include "ks/indexer/input_files.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <system_error>

namespace ks::indexer {

namespace fs = std::filesystem;

namespace {

std::optional<InputFormat> format_of(const fs::path& path)
{
    const std::string ext = path.extension().string();
    if (ext == ".txt" || ext == ".md") {
        return InputFormat::kText;
    }
    if (ext == ".jsonl") {
        return InputFormat::kJsonLines;
    }
    return std::nullopt;
}

}  // namespace

std::vector<InputFile> collect_input_files(const std::vector<std::string>& inputs, PassedOver& passed_over)
{
    std::vector<InputFile> files;
    for (const std::string& input : inputs) {
        const fs::path path(input);
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            throw std::runtime_error("cannot read '" + input + "': No such file or directory");
        }
        if (fs::is_directory(status)) {
            std::vector<fs::path> found;
            std::map<std::string, std::size_t> others;
            for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
                 !ec && it != end; it.increment(ec)) {
                if (!it->is_regular_file()) {
                    continue;
                }
                if (format_of(it->path())) {
                    found.push_back(it->path());
                } else if (!it->path().filename().string().starts_with(".")) {  // not .gitignore, .DS_Store
                    const std::string ext = it->path().extension().string();
                    ++others[ext.empty() ? "no extension" : ext];
                }
            }
            if (ec) {
                throw std::runtime_error("cannot read folder '" + input + "': " + ec.message());
            }
            if (!others.empty()) {
                passed_over.in_folders.emplace_back(path, others);
                if (found.empty()) {
                    passed_over.folders_with_nothing_to_read.push_back(path);
                }
            }
            // Name order makes the index, and every message, the same from run to run.
            std::sort(found.begin(), found.end());
            for (fs::path& p : found) {
                files.push_back({p, *format_of(p)});
            }
        } else if (const auto format = format_of(path)) {
            files.push_back({path, *format});
        } else {
            passed_over.unsupported.push_back(path);
        }
    }
    return files;
}

}  // namespace ks::indexer
