#include "ks/searcher/snippet.h"

#include <algorithm>

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

}  // namespace

Snippet make_snippet(std::string_view passage, analysis::Analyzer& analyzer, const HighlightTerms& terms,
                     std::size_t max_chars)
{
    const std::vector<analysis::Token> tokens = analyzer.analyze(passage);
    std::vector<bool> matched(tokens.size());
    std::vector<std::size_t> char_begin(tokens.size());  // code point offsets, to measure windows
    std::vector<std::size_t> char_end(tokens.size());
    std::size_t chars = 0;
    std::size_t counted_to = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        matched[i] = matches(tokens[i], terms);
        chars += text::count_code_points(passage.substr(counted_to, tokens[i].begin - counted_to));
        char_begin[i] = chars;
        chars += text::count_code_points(passage.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
        char_end[i] = chars;
        counted_to = tokens[i].end;
    }

    std::size_t begin = 0;
    std::size_t end = passage.size();
    if (text::count_code_points(passage) > max_chars && !tokens.empty()) {
        // Slide a window of whole words; keep the one with the most matches, the earliest on ties.
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
            while (last < tokens.size() && char_end[last] - char_begin[first] <= max_chars) {
                count += matched[last];
                ++last;
            }
            if (last > first && (count > best_count || (best_last == 0 && best_count == 0))) {
                best_first = first;
                best_last = last;
                best_count = count;
            }
            if (last > first) {
                count -= matched[first];
            }
        }
        begin = best_first == 0 ? 0 : tokens[best_first].begin;
        end = best_last == 0 ? tokens.front().end : tokens[best_last - 1].end;
        if (best_last == tokens.size()) {
            end = passage.size();  // keep the closing punctuation
        }
    }

    Snippet snippet;
    const bool cut_before = begin > 0;
    if (cut_before) {
        snippet.text = kEllipsis;
    }
    const std::size_t shift = snippet.text.size();
    snippet.text += flattened(passage, begin, end);
    if (end < passage.size()) {
        snippet.text += kEllipsis;
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (matched[i] && tokens[i].begin >= begin && tokens[i].stem_end <= end) {
            snippet.highlights.emplace_back(tokens[i].begin - begin + shift, tokens[i].stem_end - begin + shift);
        }
    }
    return snippet;
}

}  // namespace ks::searcher
