#include "ks/indexer/passage_splitter.h"

#include <array>

#include "ks/text/utf8.h"

namespace ks::indexer {

namespace {

constexpr std::size_t kWrappedLineChars = 30;  // a line this long without a sentence end continues on the next

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

PassageSpan trimmed(std::string_view text, std::size_t begin, std::size_t end)
{
    while (begin < end && is_space(text[begin])) {
        ++begin;
    }
    while (end > begin && is_space(text[end - 1])) {
        --end;
    }
    return {begin, end};
}

std::size_t chars(std::string_view text, const PassageSpan& span)
{
    return text::count_code_points(text.substr(span.begin, span.end - span.begin));
}

bool ends_sentence(std::string_view line)
{
    static constexpr std::array<std::string_view, 13> kEnds = {".", "!",  "?", ":", ")", "]", "\"",
                                                               "'", "。", "…", "”", "’", "」"};
    for (std::string_view end : kEnds) {
        if (line.ends_with(end)) {
            return true;
        }
    }
    return false;
}

// Lines as paragraphs, with hard-wrapped lines joined to the line after them.
std::vector<PassageSpan> paragraphs(std::string_view text)
{
    std::vector<PassageSpan> units;
    bool previous_continues = false;  // the last unit is a wrapped line and no blank line followed it
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const PassageSpan line = trimmed(text, start, end);
        start = end + 1;
        if (line.begin == line.end) {
            previous_continues = false;  // a blank line ends a paragraph
            continue;
        }
        if (previous_continues) {
            units.back().end = line.end;
        } else {
            units.push_back(line);
        }
        const std::string_view line_text = text.substr(line.begin, line.end - line.begin);
        previous_continues = !ends_sentence(line_text) && chars(text, line) >= kWrappedLineChars;
    }
    return units;
}

// Joins units shorter than min_chars to their neighbour.
std::vector<PassageSpan> merge_short(std::string_view text, const std::vector<PassageSpan>& units,
                                     std::size_t min_chars)
{
    std::vector<PassageSpan> merged;
    bool last_is_short = false;
    for (const PassageSpan& unit : units) {
        if (last_is_short) {
            merged.back().end = unit.end;
        } else {
            merged.push_back(unit);
        }
        last_is_short = chars(text, merged.back()) < min_chars;
    }
    if (last_is_short && merged.size() >= 2) {
        merged[merged.size() - 2].end = merged.back().end;
        merged.pop_back();
    }
    return merged;
}

// Cuts a sentence longer than max_chars at spaces into pieces of at most max_chars.
void cut_at_spaces(std::string_view text, PassageSpan span, std::size_t max_chars, std::vector<PassageSpan>& out)
{
    while (span.begin < span.end) {
        // Walk max_chars code points (never counting the whole rest: a 50 MB line must stay linear), then back
        // to the last space.
        std::size_t pos = span.begin;
        for (std::size_t n = 0; n < max_chars && pos < span.end; ++n) {
            ++pos;
            while (pos < span.end && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
                ++pos;
            }
        }
        if (pos == span.end) {
            break;  // the rest fits
        }
        std::size_t cut = pos;
        while (cut > span.begin && !is_space(text[cut - 1])) {
            --cut;
        }
        if (cut == span.begin) {
            cut = pos;  // no space at all: cut inside the word, at a code point boundary
        }
        out.push_back(trimmed(text, span.begin, cut));
        span = trimmed(text, cut, span.end);
    }
    if (span.begin < span.end) {
        out.push_back(span);
    }
}

// Cuts a long paragraph at sentence boundaries into pieces of about target_chars.
void cut_long(std::string_view text, const PassageSpan& paragraph, text::SentenceSegmenter& sentences,
              const PassageLimits& limits, std::vector<PassageSpan>& out)
{
    const std::string_view body = text.substr(paragraph.begin, paragraph.end - paragraph.begin);
    std::vector<PassageSpan> pieces;  // sentences, and the pieces of over-long sentences
    std::size_t sentence_begin = 0;
    for (std::size_t sentence_end : sentences.sentence_ends(body)) {
        const PassageSpan s = trimmed(text, paragraph.begin + sentence_begin, paragraph.begin + sentence_end);
        sentence_begin = sentence_end;
        if (s.begin < s.end) {
            cut_at_spaces(text, s, limits.max_chars, pieces);
        }
    }
    PassageSpan current{};
    bool open = false;
    for (const PassageSpan& piece : pieces) {
        if (open && chars(text, {current.begin, piece.end}) > limits.target_chars) {
            out.push_back(current);
            open = false;
        }
        if (open) {
            current.end = piece.end;
        } else {
            current = piece;
            open = true;
        }
    }
    if (open) {
        out.push_back(current);
    }
}

}  // namespace

std::vector<PassageSpan> split_passages(std::string_view text, text::SentenceSegmenter& sentences,
                                        const PassageLimits& limits)
{
    std::vector<PassageSpan> passages;
    for (const PassageSpan& unit : merge_short(text, paragraphs(text), limits.min_chars)) {
        if (chars(text, unit) > limits.max_chars) {
            cut_long(text, unit, sentences, limits, passages);
        } else {
            passages.push_back(unit);
        }
    }
    return passages;
}

}  // namespace ks::indexer
