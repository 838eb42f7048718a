#pragma once

// The library in one include, for programs that embed the search engine:
//
//   find_package(korean_search REQUIRED)
//   target_link_libraries(app PRIVATE korean_search::korean_search)
//
// Indexing: ks::ArticleWriter writes ks::Article values (id, title, text, optional date/source/url) into an
// index, as the indexer binary does; parse_text_article / parse_jsonl_article read the input formats.
// Searching: ks::Searcher opens an index; search() takes a SearchRequest (query, limit, filters by person,
// company and date, facet_limit) and returns hits with snippets and facet counts over all matches.
// See examples/embed/main.cpp for a whole program.
//
// Compatibility: the names this header exports in namespace ks are the library's interface. Within a release
// series (0.1.x) none is removed or changes meaning, and structs only gain fields, at their end, with defaults
// that keep the old behaviour. Everything else (the ks::indexer, ks::searcher, ks::schema namespaces this header
// happens to pull in) may change in any release; use it through these names only.

#include "ks/indexer/article.h"
#include "ks/indexer/article_writer.h"
#include "ks/searcher/searcher.h"

namespace ks {

using indexer::Article;
using indexer::ArticleError;
using indexer::ArticleWriter;
using indexer::parse_jsonl_article;
using indexer::parse_text_article;
using schema::PassageRecord;  // a hit's passage: Hit::record
using searcher::FacetCount;
using searcher::Facets;
using searcher::FilterError;  // thrown by Searcher::search for a filter it cannot apply
using searcher::Filters;
using searcher::Hit;
using searcher::MatchMode;
using searcher::RankingParams;   // SearchRequest::ranking
using searcher::Rewrite;         // SearchResult::rewrites
using searcher::RewriteOptions;  // SearchRequest::rewriting
using searcher::Searcher;
using searcher::SearchError;
using searcher::SearchRequest;
using searcher::SearchResult;
using searcher::Snippet;    // Hit::snippet
using searcher::SortOrder;  // SearchRequest::sort
using searcher::WordCount;  // Searcher::complete

}  // namespace ks
