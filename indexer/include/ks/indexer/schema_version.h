#pragma once

#include <string>

namespace ks::indexer {

/// The oldest schema version (schema::kSchemaVersionKey) among the databases of the index at `path`; the
/// current one when there is none. An index written before a change of terms ranks its older passages
/// without them, so the indexer warns before adding to it and leaves it marked older.
int existing_schema_version(const std::string& path);

}  // namespace ks::indexer
