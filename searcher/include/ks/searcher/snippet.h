#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ks/analysis/analyzer.h"
#include "ks/searcher/query_builder.h"
#include "ks/types.h"

namespace ks::searcher {

using ks::Snippet;

/// The window of at most `max_chars` code points of `passage` that holds the most matched words, cut at word
/// boundaries. A word matches when one of its stems or its surface is a query word, or when all of its bigrams
/// are query bigrams (초지능 for the query 초지능팀). The stem is highlighted, not its particle: [메타]의.
Snippet make_snippet(std::string_view passage, analysis::Analyzer& analyzer, const HighlightTerms& terms,
                     std::size_t max_chars = 200);

}  // namespace ks::searcher
