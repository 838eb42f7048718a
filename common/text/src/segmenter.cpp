#include "ks/text/segmenter.h"

#include <unicode/ubrk.h>

#include <algorithm>
#include <string>

#include "ks/text/icu_error.h"

namespace ks::text {

namespace {

std::unique_ptr<icu::BreakIterator> make_iterator(bool words)
{
    UErrorCode status = U_ZERO_ERROR;
    // Korean has no ICU dictionary: the root rules are the same as "ko" and avoid a locale lookup.
    std::unique_ptr<icu::BreakIterator> it(
        words ? icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status)
              : icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    check_icu(status, words ? "BreakIterator::createWordInstance" : "BreakIterator::createSentenceInstance");
    return it;
}

// Points `iterator` at `text` through a UText over the UTF-8 bytes, so boundaries are byte offsets.
void set_utf8_text(icu::BreakIterator& iterator, UText*& utext, std::string_view text)
{
    UErrorCode status = U_ZERO_ERROR;
    utext = utext_openUTF8(utext, text.data(), static_cast<int64_t>(text.size()), &status);
    check_icu(status, "utext_openUTF8");
    iterator.setText(utext, status);
    check_icu(status, "BreakIterator::setText");
}

}  // namespace

WordSegmenter::WordSegmenter() : iterator_(make_iterator(true)) {}

WordSegmenter::~WordSegmenter() { utext_close(utext_); }

std::vector<Segment> WordSegmenter::segment(std::string_view text)
{
    std::vector<Segment> segments;
    if (text.empty()) {
        return segments;
    }
    // ICU's word rules join letters and digits across an underscore (갤럭시_S7_엣지 gives a word _s7_), but
    // wiki titles, file names and identifiers write it for a space: segment a copy with spaces there. Both
    // are one byte, so the offsets hold for the text as given.
    std::string spaced;
    if (text.find('_') != std::string_view::npos) {
        spaced.assign(text);
        std::replace(spaced.begin(), spaced.end(), '_', ' ');
        text = spaced;
    }
    set_utf8_text(*iterator_, utext_, text);
    int32_t begin = iterator_->first();
    for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE; begin = end, end = iterator_->next()) {
        const int32_t status = iterator_->getRuleStatus();
        if (status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT) {
            continue;  // spaces and punctuation
        }
        const SegmentKind kind = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT ? SegmentKind::kNumber
                                                                                               : SegmentKind::kLetters;
        segments.push_back({static_cast<std::size_t>(begin), static_cast<std::size_t>(end), kind});
    }
    return segments;
}

SentenceSegmenter::SentenceSegmenter() : iterator_(make_iterator(false)) {}

SentenceSegmenter::~SentenceSegmenter() { utext_close(utext_); }

std::vector<std::size_t> SentenceSegmenter::sentence_ends(std::string_view text)
{
    std::vector<std::size_t> ends;
    if (text.empty()) {
        return ends;
    }
    set_utf8_text(*iterator_, utext_, text);
    iterator_->first();
    for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE; end = iterator_->next()) {
        ends.push_back(static_cast<std::size_t>(end));
    }
    return ends;
}

}  // namespace ks::text
