#include "ks/indexer/article_parts.h"

namespace ks::indexer {

std::vector<Article> parts_of(Article article, text::SentenceSegmenter& sentences, const PassageLimits& limits,
                              std::size_t part_bytes)
{
    if (article.text.size() <= part_bytes) {
        return {std::move(article)};
    }
    const std::vector<PassageSpan> spans = split_passages(article.text, sentences, limits);
    if (spans.empty()) {
        return {std::move(article)};  // white space only: no passage, as when built whole
    }
    std::vector<Article> parts;
    unsigned number = 1;
    for (std::size_t first = 0; first < spans.size();) {
        const std::size_t begin = spans[first].begin;
        std::size_t last = first + 1;  // one past the part's last passage
        while (last < spans.size() && spans[last].end - begin <= part_bytes) {
            ++last;
        }
        Article part{article.id,   article.title,  article.text.substr(begin, spans[last - 1].end - begin),
                     article.date, article.source, article.url};
        part.first_passage = number;
        part.repeated_lines = article.repeated_lines;
        for (std::size_t i = first; i < last; ++i) {
            part.spans.push_back({spans[i].begin - begin, spans[i].end - begin});
        }
        number += static_cast<unsigned>(last - first);
        parts.push_back(std::move(part));
        first = last;
    }
    return parts;
}

}  // namespace ks::indexer
