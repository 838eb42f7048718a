#pragma once

#include <cstddef>
#include <string>

namespace ks::indexer {

/// Settles, over the whole index at `db_path`, the dictionary names its passages hold provisionally or pending
/// (entities::Standing, entities::counts_as_person): a passage's name counts as a person (its XP term and
/// person values present) exactly when the collection says so. Run after every change to the index, so that
/// an article added, replaced or deleted anywhere settles the names everywhere. Returns the passages changed.
/// Throws Xapian::Error.
std::size_t settle_dictionary_persons(const std::string& db_path);

}  // namespace ks::indexer
