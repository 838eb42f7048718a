#include "articles.h"

#include "ks/text/decode.h"
#include "ks/text/utf8.h"

namespace ks {
namespace {

Article public_article(indexer::Article&& article)
{
    return Article{.id = std::move(article.id),
                   .title = std::move(article.title),
                   .text = std::move(article.text),
                   .date = std::move(article.date),
                   .source = std::move(article.source),
                   .url = std::move(article.url)};
}

}  // namespace

Article parse_text_article(const std::string& id, std::string_view text)
{
    return public_article(indexer::parse_text_article(id, text::repair_utf8(text)));
}

Article parse_text_file(const std::string& id, std::string_view bytes)
{
    try {
        return parse_text_article(id, indexer::clean_text(bytes).text);
    } catch (const text::NotTextError& e) {
        throw ArticleError(e.what());
    }
}

Article parse_jsonl_article(std::string_view line) { return public_article(indexer::parse_jsonl_article(line)); }

namespace api {

indexer::Article internal_article(const Article& article)
{
    indexer::Article internal;
    internal.id = article.id;
    internal.title = article.title;
    internal.text = article.text;
    internal.date = article.date;
    internal.source = article.source;
    internal.url = article.url;
    return indexer::checked_article(std::move(internal));
}

}  // namespace api
}  // namespace ks
