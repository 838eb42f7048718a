#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "ks/text/segmenter.h"

namespace ks::indexer {

/// Passage sizes, in code points.
struct PassageLimits {
    std::size_t min_chars = 40;      ///< shorter lines (headings, bylines, credits) join a neighbour
    std::size_t max_chars = 1000;    ///< longer paragraphs are cut at sentence boundaries...
    std::size_t target_chars = 600;  ///< ...into pieces of about this size
};

/// A passage: byte offsets [begin, end) into the article text, without surrounding white space.
struct PassageSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// Splits an article into passages.
///
/// Units are paragraphs: lines, with a hard-wrapped line (long, no sentence-final punctuation) joined to the
/// line after it. Units shorter than min_chars join the next unit (the last one joins the previous); units longer
/// than max_chars are cut at ICU sentence boundaries, and a sentence longer than max_chars at spaces.
/// Every byte of text that is not white space belongs to exactly one passage.
std::vector<PassageSpan> split_passages(std::string_view text, text::SentenceSegmenter& sentences,
                                        const PassageLimits& limits = {});

}  // namespace ks::indexer
