#pragma once

#include <cstddef>
#include <vector>

#include "ks/indexer/article.h"
#include "ks/indexer/passage_splitter.h"
#include "ks/text/segmenter.h"

namespace ks::indexer {

/// Text an article part holds at most, in bytes: the unit of memory the indexer analyzes at a time. An article's
/// names are learned within a part (a name marked in one passage counts in the part's others).
inline constexpr std::size_t kArticlePartBytes = 1 << 20;

/// A long article as parts of whole passages, each with at most `part_bytes` of text (a passage longer than
/// that alone), numbered on from part to part: analyzing and writing one part at a time bounds the memory a
/// long article takes. An article of `part_bytes` or less is itself, one part split into passages when built.
std::vector<Article> parts_of(Article article, text::SentenceSegmenter& sentences, const PassageLimits& limits = {},
                              std::size_t part_bytes = kArticlePartBytes);

}  // namespace ks::indexer
