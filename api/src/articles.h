#pragma once

// The facade's Article and the indexer's, which carries more (a long article's parts, its fingerprint).

#include "ks/indexer/article.h"
#include "ks/korean_search.h"

namespace ks::api {

/// The indexer's article for `article`, checked as a .jsonl line's fields are (indexer::checked_article).
indexer::Article internal_article(const Article& article);

}  // namespace ks::api
