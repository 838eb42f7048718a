#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace ks::indexer {

/// An index split into shards, Xapian's way: a folder holding the shards (shard-1, shard-2...) and a stub
/// file XAPIANDB listing them, which Xapian opens as one database for reading and for writing (documents are
/// dealt to the shards in turn; replacing an article finds it in whichever shard holds it). Searchers open
/// the folder like any index. The stub may also list remote shards (`remote tcp HOST PORT`).

/// Creates an empty index of `count` shards at `path`, which must not exist. Throws std::runtime_error.
void create_shard_set(const std::string& path, std::size_t count);

/// The local shards a shard-set folder lists (paths), or empty when `path` is a plain index.
std::vector<std::string> local_shards(const std::string& path);

/// The databases on this machine that make up the index at `path`: its local shards, or `path` itself.
std::vector<std::string> local_databases(const std::string& path);

/// The databases of local_databases(path) that exist, open for reading; a folder that is no index (yet) is left
/// out: opening it for writing will say what is wrong.
std::vector<Xapian::Database> existing_databases(const std::string& path);

/// How many shards the index at `path` has (1 for a plain index); 0 when there is no index there.
std::size_t shard_count(const std::string& path);

}  // namespace ks::indexer
