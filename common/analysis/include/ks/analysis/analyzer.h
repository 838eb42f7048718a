#pragma once

#include <string_view>
#include <vector>

#include "ks/analysis/token.h"
#include "ks/text/segmenter.h"

namespace ks::analysis {

/// The one Korean analyzer, used identically by the indexer and the searcher.
///
/// Stages, in order: NFKC normalization with case folding (full-width and decomposed forms meet their usual
/// form; offsets map back to the source) → ICU word segmentation → words made of adjacent segments
/// (`오픈|AI|를` → `오픈ai를`, with parts 오픈 and ai) → numbers without separators (5,100 → 5100) → particles
/// and endings taken off (split_stem) → Hangul bigrams of the stem, and across a space after a bare noun.
///
/// Holds ICU state: use one per thread.
class Analyzer {
public:
    Analyzer() = default;

    /// Tokens of well-formed UTF-8 `text`, in order. Throws text::IcuError.
    std::vector<Token> analyze(std::string_view text);

private:
    text::WordSegmenter segmenter_;
};

}  // namespace ks::analysis
