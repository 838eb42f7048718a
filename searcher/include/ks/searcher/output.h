#pragma once

#include <iosfwd>

#include "ks/searcher/search.h"

namespace ks::searcher {

/// Version of the JSON output; fields are only ever added within a major version.
inline constexpr const char* kJsonSchemaVersion = "1.1";  // 1.1: facets, persons, companies, dates

/// Hits for a person: rank, article id, passage number, title, score and snippet, matches in bold red when
/// `color` is set.
void print_text(std::ostream& out, const SearchResult& result, bool color);

/// How the query was read: the Xapian query, then per hit the index terms it matched (for --explain).
void print_explanation(std::ostream& out, const SearchResult& result);

/// Hits for a program: one JSON object, as documented in the README.
void print_json(std::ostream& out, const SearchResult& result);

}  // namespace ks::searcher
