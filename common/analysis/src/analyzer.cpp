#include "ks/analysis/analyzer.h"

#include <algorithm>

#include "ks/analysis/hangul.h"
#include "ks/analysis/korean_suffixes.h"
#include "ks/text/normalizer.h"
#include "ks/text/utf8.h"

namespace ks::analysis {

namespace {

// 5,100 → 5100: thousands separators would split one number into different terms.
std::string number_without_separators(std::string_view number)
{
    std::string out;
    out.reserve(number.size());
    for (char c : number) {
        if (c != ',') {
            out += c;
        }
    }
    return out;
}

// Takes `suffix_bytes` off the end of the parts list: 오픈|ai|를 less 를 → 오픈|ai.
void drop_suffix(std::vector<std::string>& parts, std::size_t suffix_bytes)
{
    while (suffix_bytes > 0 && !parts.empty()) {
        std::string& last = parts.back();
        if (last.size() <= suffix_bytes) {
            suffix_bytes -= last.size();
            parts.pop_back();
        } else {
            last.resize(last.size() - suffix_bytes);
            suffix_bytes = 0;
        }
    }
}

bool only_spaces(std::string_view gap)
{
    return !gap.empty() && std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t'; });
}

}  // namespace

std::vector<std::string> word_terms(const Token& token)
{
    std::vector<std::string> terms{token.stem};
    if (!token.alternative.empty()) {
        terms.push_back(token.alternative);
    }
    for (const std::string& part : token.parts) {
        if (std::find(terms.begin(), terms.end(), part) == terms.end()) {
            terms.push_back(part);
        }
    }
    return terms;
}

std::string joining_bigram(const Token& previous, const Token& next)
{
    if (previous.stem != previous.surface) {
        return {};
    }
    const std::u32string left = text::to_u32(previous.stem);
    const std::u32string right = text::to_u32(next.stem);
    if (!ends_in_hangul(left) || !starts_with_hangul(right)) {
        return {};
    }
    return text::to_utf8(std::u32string{left.back(), right.front()});
}

std::vector<Token> Analyzer::analyze(std::string_view source)
{
    const text::NormalizedText normalized(source);
    const std::string& text = normalized.text();
    const std::vector<text::Segment> segments = segmenter_.segment(text);

    std::vector<Token> tokens;
    std::size_t previous_end = 0;  // in normalized text
    for (std::size_t first = 0; first < segments.size();) {
        // A word is a run of segments with nothing between them.
        std::size_t last = first;
        while (last + 1 < segments.size() && segments[last + 1].begin == segments[last].end) {
            ++last;
        }
        Token token;
        bool all_numbers = true;
        for (std::size_t i = first; i <= last; ++i) {
            const text::Segment& s = segments[i];
            std::string piece(text.substr(s.begin, s.end - s.begin));
            if (s.kind == text::SegmentKind::kNumber) {
                piece = number_without_separators(piece);
            } else {
                all_numbers = false;
            }
            token.surface += piece;
            token.parts.push_back(std::move(piece));
        }
        token.is_number = all_numbers;

        const std::u32string word = text::to_u32(token.surface);
        const StemSplit split = split_stem(word);
        const std::u32string_view stem = std::u32string_view(word).substr(0, split.stem_length);
        token.stem = text::to_utf8(stem);
        if (split.alternative_length != 0) {
            token.alternative = text::to_utf8(std::u32string_view(word).substr(0, split.alternative_length));
        }
        // Suffixes are Hangul, which normalization and number cleaning leave alone: their bytes are the same
        // in the surface and in the normalized text.
        const std::size_t suffix_bytes = token.surface.size() - token.stem.size();
        drop_suffix(token.parts, suffix_bytes);
        if (token.parts.size() < 2) {
            token.parts.clear();
        }
        token.bigrams = hangul_bigrams(stem);

        const std::size_t begin = segments[first].begin;
        const std::size_t end = segments[last].end;
        if (!tokens.empty() && only_spaces(std::string_view(text).substr(previous_end, begin - previous_end))) {
            token.joining_bigram = joining_bigram(tokens.back(), token);
        }
        token.begin = normalized.to_source(begin);
        token.stem_end = normalized.to_source(end - suffix_bytes);
        token.end = normalized.to_source(end);
        token.position = static_cast<unsigned>(tokens.size() + 1);
        tokens.push_back(std::move(token));
        previous_end = end;
        first = last + 1;
    }
    return tokens;
}

}  // namespace ks::analysis
