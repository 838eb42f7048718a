#pragma once

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace ks::text {

/// What ICU's word rules say a segment is.
enum class SegmentKind { kLetters, kNumber };

/// A word segment: byte offsets [begin, end) into the UTF-8 text that was segmented.
struct Segment {
    std::size_t begin = 0;
    std::size_t end = 0;
    SegmentKind kind = SegmentKind::kLetters;
};

/// ICU word segmentation over UTF-8 without a UTF-16 copy. Holds ICU state: one per thread.
///
/// ICU keeps Hangul words whole (`알트만이`) but splits where the script changes: `오픈AI를` → `오픈|AI|를`,
/// `13일` → `13|일`. Spaces, punctuation and underscores (`S7_엣지` → `S7|엣지`) are not returned.
class WordSegmenter {
public:
    WordSegmenter();
    ~WordSegmenter();
    WordSegmenter(const WordSegmenter&) = delete;
    WordSegmenter& operator=(const WordSegmenter&) = delete;

    /// Word segments of well-formed UTF-8 `text`, in order. Throws IcuError.
    std::vector<Segment> segment(std::string_view text);

private:
    std::unique_ptr<icu::BreakIterator> iterator_;
    UText* utext_ = nullptr;
};

/// ICU sentence boundaries over UTF-8. Holds ICU state: one per thread.
class SentenceSegmenter {
public:
    SentenceSegmenter();
    ~SentenceSegmenter();
    SentenceSegmenter(const SentenceSegmenter&) = delete;
    SentenceSegmenter& operator=(const SentenceSegmenter&) = delete;

    /// Byte offsets where sentences end (the last is text.size()); every sentence keeps its trailing space.
    std::vector<std::size_t> sentence_ends(std::string_view text);

private:
    std::unique_ptr<icu::BreakIterator> iterator_;
    UText* utext_ = nullptr;
};

}  // namespace ks::text
