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

#include "ks/indexer/article.h"
#include "ks/indexer/article_writer.h"
#include "ks/searcher/searcher.h"

namespace ks {

using indexer::Article;
using indexer::ArticleError;
using indexer::ArticleWriter;
using indexer::parse_jsonl_article;
using indexer::parse_text_article;
using searcher::FacetCount;
using searcher::Facets;
using searcher::Filters;
using searcher::Hit;
using searcher::MatchMode;
using searcher::Searcher;
using searcher::SearchError;
using searcher::SearchRequest;
using searcher::SearchResult;

}  // namespace ks
