// libFuzzer target for the article parser and the analysis behind it: any bytes as a .txt file (decoding,
// title and date line) and as .jsonl lines, each article then split, analyzed and given its entities as the
// indexer does. A crash or a sanitizer report is a finding; ArticleError is the documented refusal.

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "ks/indexer/article.h"
#include "ks/indexer/document_builder.h"
#include "ks/text/decode.h"

namespace {

// Inputs longer than this are cut: the indexer's own bounds (article parts) are tested elsewhere, and short
// inputs let the fuzzer try more of them.
constexpr std::size_t kLongest = 64 * 1024;

void build(const ks::indexer::Article& article)
{
    static ks::indexer::DocumentBuilder builder;
    builder.build(article);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), std::min(size, kLongest));
    try {
        const ks::indexer::CleanText clean = ks::indexer::clean_text(bytes);
        build(ks::indexer::parse_text_article("fuzz", clean.text));
    } catch (const ks::text::NotTextError&) {
        // documented: binary or empty bytes, which the indexer skips with the reason
    } catch (const ks::indexer::ArticleError&) {
        // documented: an article the indexer refuses, named in its message
    }
    for (std::size_t at = 0; at < bytes.size();) {
        const std::size_t end = std::min(bytes.find('\n', at), bytes.size());
        try {
            build(ks::indexer::parse_jsonl_article(bytes.substr(at, end - at)));
        } catch (const ks::indexer::ArticleError&) {
            // documented: a line that is no article, with the reason
        }
        at = end + 1;
    }
    return 0;
}
