#include "ks/searcher/snippet.h"

#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

#include "ks/text/utf8.h"

namespace ks::searcher {

namespace {

constexpr std::string_view kEllipsis = "…";

bool matches(const analysis::Token& token, const HighlightTerms& terms)
{
    if (terms.words.contains(token.surface)) {
        return true;
    }
    for (const std::string& word : analysis::word_terms(token)) {
        if (terms.words.contains(word)) {
            return true;
        }
    }
    return !token.bigrams.empty() && std::all_of(token.bigrams.begin(), token.bigrams.end(),
                                                 [&](const std::string& b) { return terms.bigrams.contains(b); });
}

// Copies passage[begin, end) with line breaks and tabs as spaces (same byte length, so offsets hold).
std::string flattened(std::string_view passage, std::size_t begin, std::size_t end)
{
    std::string out(passage.substr(begin, end - begin));
    std::replace_if(
        out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    return out;
}

// Each word of a passage: whether it matches the query, and where it begins and ends in code points.
struct MeasuredWords {
    std::vector<bool> matched;
    std::vector<std::size_t> char_begin;
    std::vector<std::size_t> char_end;
};

MeasuredWords measured(std::string_view passage, const std::vector<analysis::Token>& tokens,
                       const HighlightTerms& terms)
{
    MeasuredWords words{std::vector<bool>(tokens.size()), std::vector<std::size_t>(tokens.size()),
                        std::vector<std::size_t>(tokens.size())};
    std::size_t chars = 0;
    std::size_t counted_to = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        words.matched[i] = matches(tokens[i], terms);
        chars += text::count_code_points(passage.substr(counted_to, tokens[i].begin - counted_to));
        words.char_begin[i] = chars;
        chars += text::count_code_points(passage.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
        words.char_end[i] = chars;
        counted_to = tokens[i].end;
    }
    return words;
}

// The bytes of the window of whole words, at most `max_chars` long, with the most matches (the earliest on ties).
std::pair<std::size_t, std::size_t> best_window(std::string_view passage, const std::vector<analysis::Token>& tokens,
                                                const MeasuredWords& words, std::size_t max_chars)
{
    std::size_t best_first = 0;
    std::size_t best_last = 0;
    std::size_t best_count = 0;
    std::size_t count = 0;
    std::size_t last = 0;  // one past the last token in the window
    for (std::size_t first = 0; first < tokens.size(); ++first) {
        if (last < first) {
            last = first;
            count = 0;
        }
        while (last < tokens.size() && words.char_end[last] - words.char_begin[first] <= max_chars) {
            count += words.matched[last];
            ++last;
        }
        if (last > first && (count > best_count || (best_last == 0 && best_count == 0))) {
            best_first = first;
            best_last = last;
            best_count = count;
        }
        if (last > first) {
            count -= words.matched[first];
        }
    }
    const std::size_t begin = best_first == 0 ? 0 : tokens[best_first].begin;
    // To the end when the window holds the last word: the closing punctuation stays.
    const std::size_t end = best_last == tokens.size() ? passage.size()
                            : best_last == 0           ? tokens.front().end
                                                       : tokens[best_last - 1].end;
    return {begin, end};
}

}  // namespace

Snippet make_snippet(std::string_view passage, analysis::Analyzer& analyzer, const HighlightTerms& terms,
                     std::size_t max_chars)
{
    const std::vector<analysis::Token> tokens = analyzer.analyze(passage);
    const MeasuredWords words = measured(passage, tokens, terms);
    std::size_t begin = 0;
    std::size_t end = passage.size();
    if (text::count_code_points(passage) > max_chars && !tokens.empty()) {
        std::tie(begin, end) = best_window(passage, tokens, words, max_chars);
    }
    Snippet snippet;
    if (begin > 0) {
        snippet.text = kEllipsis;
    }
    const std::size_t shift = snippet.text.size();
    snippet.text += flattened(passage, begin, end);
    if (end < passage.size()) {
        snippet.text += kEllipsis;
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (words.matched[i] && tokens[i].begin >= begin && tokens[i].stem_end <= end) {
            snippet.highlights.emplace_back(tokens[i].begin - begin + shift, tokens[i].stem_end - begin + shift);
        }
    }
    return snippet;
}

}  // namespace ks::searcher
