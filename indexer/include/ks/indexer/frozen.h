#pragma once

#include <string>

namespace ks::indexer {

// A frozen index keeps no term lists (what Xapian's DB_NO_TERMLIST leaves out): about a quarter smaller and
// searched exactly the same, but Xapian can no longer replace or delete its documents, so it can only be
// searched, or built again. For corpora indexed once: archives, benchmarks, published snapshots.

/// Whether the index at `path` (a database or a shard set) was frozen; false when there is none.
bool is_frozen(const std::string& path);

/// Drops the term lists of the index at `path` (every local database of it), which no one may be writing
/// and which must be marked frozen already (ArticleWriter::mark): a crash in between leaves an index
/// marked frozen that still has them, valid either way.
void drop_term_lists(const std::string& path);

}  // namespace ks::indexer
