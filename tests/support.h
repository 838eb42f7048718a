#pragma once

// Helpers shared by the tests: where the data is, temporary folders, and running the binaries.

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>

namespace ks::test {

namespace fs = std::filesystem;

/// The project's source tree.
inline fs::path source_dir() { return fs::path(KS_SOURCE_DIR); }

/// The project's own sample corpus.
inline fs::path corpus_dir() { return source_dir() / "corpus"; }

/// ../shared beside the project (or $KS_SHARED_DIR), if it is there.
inline std::optional<fs::path> shared_dir()
{
    const char* env = std::getenv("KS_SHARED_DIR");
    fs::path dir = env != nullptr ? fs::path(env) : fs::path(KS_SOURCE_DIR) / ".." / "shared";
    if (fs::is_directory(dir / "corpus" / "seeds")) {
        return dir;
    }
    return std::nullopt;
}

/// The seed articles, or nothing after a warning that says the test is skipped.
inline std::optional<fs::path> seeds_or_skip()
{
    if (auto dir = shared_dir()) {
        return *dir / "corpus" / "seeds";
    }
    WARN("SKIPPED: ../shared/corpus/seeds is missing (set KS_SHARED_DIR to point at shared/)");
    return std::nullopt;
}

/// A fresh folder under the system temp dir, removed when the object goes.
class TempDir {
public:
    TempDir()
    {
        std::random_device rd;
        path_ = fs::temp_directory_path() / ("ks-test-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(path_);
    }
    ~TempDir() { fs::remove_all(path_); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const fs::path& path() const { return path_; }
    fs::path operator/(const std::string& name) const { return path_ / name; }

private:
    fs::path path_;
};

inline void write_file(const fs::path& path, const std::string& content)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

inline std::string read_file(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// What a command printed and how it ended.
struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// Runs a shell command line, capturing stdout and stderr.
inline CommandResult run_command(const std::string& command)
{
    TempDir tmp;
    const fs::path out = tmp / "out";
    const fs::path err = tmp / "err";
    const std::string line = command + " >'" + out.string() + "' 2>'" + err.string() + "'";
    const int status = std::system(line.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_file(out);
    result.err = read_file(err);
    return result;
}

/// Quotes an argument for the shell.
inline std::string quoted(const std::string& arg)
{
    std::string q = "'";
    for (char c : arg) {
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return q + "'";
}

/// An index of corpus/ built by the indexer binary in `dir`, as a user would build it; returns its path.
inline std::string corpus_index_in(const TempDir& dir)
{
    const std::string db = (dir / "db").string();
    const CommandResult r =
        run_command(std::string(KS_INDEXER_BIN) + " --db " + quoted(db) + " " + quoted(corpus_dir().string()));
    REQUIRE(r.exit_code == 0);
    return db;
}

/// Each shard of the sharded index `sharded_db` (indexer --shards) served once by xapian-tcpsrv on a local port,
/// for one searcher's connection; returns the path of a stub in `dir` naming them, or empty after a warning that
/// the test is skipped when xapian-tcpsrv is not installed.
inline std::string serve_shards_remotely(const std::string& sharded_db, const TempDir& dir)
{
    if (run_command("command -v xapian-tcpsrv >/dev/null").exit_code != 0) {
        WARN("SKIPPED: xapian-tcpsrv is not installed (Debian package xapian-tools)");
        return {};
    }
    std::random_device random;
    const int first_port = 20000 + static_cast<int>(random() % 30000);
    std::string stub;
    for (int i = 0; fs::exists(fs::path(sharded_db) / ("shard-" + std::to_string(i + 1))); ++i) {
        const std::string port = std::to_string(first_port + i);
        // --one-shot: each server ends with the searcher's one connection.
        // In a session of its own: on SIGTERM xapian-tcpsrv signals its whole process group.
        run_command("setsid xapian-tcpsrv --one-shot --quiet --interface 127.0.0.1 --port " + port + " " +
                    quoted(sharded_db + "/shard-" + std::to_string(i + 1)) + " >/dev/null 2>&1 &");
        stub += "remote 127.0.0.1:" + port + "\n";
    }
    run_command("sleep 0.5");
    const fs::path stub_path = dir / ("remote-" + std::to_string(first_port) + ".stub");
    write_file(stub_path, stub);
    return stub_path.string();
}

}  // namespace ks::test
