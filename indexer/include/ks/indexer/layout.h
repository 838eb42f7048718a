#pragma once

#include <string>

namespace ks::indexer {

/// The oldest layout of terms (schema::kLayoutMetadataKey) among the databases of the index at `path`; the
/// current one when there is none. An index written before a change of terms ranks its older passages
/// without them, so the indexer warns before adding to it and leaves it marked older.
int existing_layout(const std::string& path);

}  // namespace ks::indexer
