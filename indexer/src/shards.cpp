#include "ks/indexer/shards.h"

#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace ks::indexer {

namespace {

namespace fs = std::filesystem;

constexpr const char* kStubName = "XAPIANDB";  // the file Xapian looks for in a folder that is not a database

}  // namespace

void create_shard_set(const std::string& path, std::size_t count)
{
    if (fs::exists(path)) {
        throw std::runtime_error("cannot create shards at '" + path + "': it exists");
    }
    fs::create_directories(path);
    std::string stub;
    for (std::size_t i = 1; i <= count; ++i) {
        const std::string name = "shard-" + std::to_string(i);
        Xapian::WritableDatabase(path + "/" + name, Xapian::DB_CREATE).close();
        stub += "auto " + name + "\n";
    }
    // The stub is written last: until it exists the folder is no index, never a partial one.
    const fs::path partial = fs::path(path) / (std::string(kStubName) + ".new");
    std::ofstream(partial) << stub;
    fs::rename(partial, fs::path(path) / kStubName);
}

std::vector<std::string> local_shards(const std::string& path)
{
    std::ifstream stub(fs::path(path) / kStubName);
    std::vector<std::string> shards;
    std::string kind;
    std::string location;
    while (stub >> kind && std::getline(stub >> std::ws, location)) {
        if (kind == "auto" || kind == "glass") {
            shards.push_back((fs::path(path) / location).string());
        }
    }
    return shards;
}

std::vector<std::string> local_databases(const std::string& path)
{
    std::vector<std::string> databases = local_shards(path);
    if (databases.empty()) {
        databases.push_back(path);
    }
    return databases;
}

std::size_t shard_count(const std::string& path)
{
    if (!fs::exists(path)) {
        return 0;
    }
    try {
        return Xapian::Database(path).size();
    } catch (const Xapian::Error&) {
        return 0;
    }
}

std::vector<Xapian::Database> existing_databases(const std::string& path)
{
    std::vector<Xapian::Database> databases;
    for (const std::string& database : local_databases(path)) {
        if (!fs::exists(database)) {
            continue;
        }
        try {
            databases.emplace_back(database);
        } catch (const Xapian::DatabaseOpeningError&) {
            // not an index (yet): opening it for writing will say what is wrong
        }
    }
    return databases;
}

}  // namespace ks::indexer
