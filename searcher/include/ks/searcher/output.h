#pragma once

#include <iosfwd>
#include <string>

#include "ks/searcher/searcher.h"

namespace ks::searcher {

/// Version of the JSON output; fields are only ever added within a major version.
inline constexpr const char* kJsonSchemaVersion = "1.5";  // 1.1: facets, persons, companies, dates; 1.2: rewrites;
                                                          // 1.3: the rewrite kind unclosed_quote; 1.4:
                                                          // undated_left_out, total_exact, total_at_least, the rewrite
                                                          // kinds limited, loose_phrase; 1.5: total_articles,
                                                          // more_in_article (--per-article), facets.published, shards

/// Hits for a person: rank, article id, passage number, title, score and snippet, matches in bold red when
/// `color` is set.
void print_text(std::ostream& out, const SearchResult& result, bool color);

/// The rewrites of the query, one line each ("searched 알트민 as 알트만 (typo)"), without colour: for stderr where
/// the output itself has no place for them (--ids, --jsonl, --count).
void print_rewrites(std::ostream& out, const SearchResult& result);

/// How the query was read: the Xapian query, then per hit the index terms it matched (for --explain).
void print_explanation(std::ostream& out, const SearchResult& result);

/// Hits for a program: one JSON object on one line, as documented in docs/json.md; `id` (batch mode) is
/// included when not empty.
/// With `ids_only`, each hit carries only its rank, score, doc and passage.
void print_json(std::ostream& out, const SearchResult& result, const std::string& id = "", bool ids_only = false);

/// One JSON object per hit, one per line (--jsonl): the objects of `hits` in print_json.
void print_jsonl(std::ostream& out, const SearchResult& result);

/// `doc#passage`, one hit per line (--ids).
void print_ids(std::ostream& out, const SearchResult& result);

/// Completions of `prefix` (--complete): one word per line, or with `json` one object
/// {"schema_version", "prefix", "completions": [{"word", "passages"}]}.
void print_completions(std::ostream& out, const std::string& prefix, const std::vector<WordCount>& words, bool json);

/// The line batch mode writes for a query it could not run: {"schema_version", "id", "query", "error"}.
void print_json_error(std::ostream& out, const std::string& id, const std::string& query, const std::string& message);

}  // namespace ks::searcher
