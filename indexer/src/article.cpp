#include "ks/indexer/article.h"

#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <regex>

#include "ks/schema/dates.h"
#include "ks/text/decode.h"
#include "ks/text/utf8.h"

namespace ks::indexer {

namespace {

constexpr std::size_t kMaxIdBytes = 200;  // the id goes into Q and XA terms, which Xapian caps at 245 bytes

std::string_view trim(std::string_view s)
{
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && is_space(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && is_space(s.back())) {
        s.remove_suffix(1);
    }
    return s;
}

std::string optional_string(const nlohmann::json& j, const char* field)
{
    const auto it = j.find(field);
    if (it == j.end() || it->is_null()) {
        return {};
    }
    if (!it->is_string()) {
        throw ArticleError(std::string("field \"") + field + "\" must be a string");
    }
    return it->get<std::string>();
}

// The next line holding more than white space, trimmed, from `start` on; `start` moves past it. Empty at the end.
std::string_view next_nonempty_line(std::string_view content, std::size_t& start)
{
    while (start < content.size()) {
        std::size_t end = content.find('\n', start);
        if (end == std::string_view::npos) {
            end = content.size();
        }
        const std::string_view line = trim(content.substr(start, end - start));
        start = end + 1;
        if (!line.empty()) {
            return line;
        }
    }
    return {};
}

// A site's name heading a saved page (테크레시피, then a blank line, then the headline) is no title: a line that
// the files beside it start with too (`repeated`), or one word of a few letters set apart from a line of several
// words that reads as a headline (no full stop). `after` is where the line after `first` starts.
bool site_name_line(std::string_view first, std::string_view content, std::size_t after, const LineSet* repeated)
{
    constexpr std::size_t kSiteNameMaxChars = 12;
    constexpr std::size_t kHeadlineMaxChars = 120;
    if (first.empty()) {
        return false;
    }
    std::size_t next = after;
    const std::string_view headline = next_nonempty_line(content, next);
    if (headline.empty()) {
        return false;
    }
    if (repeated && repeated->contains(line_hash(first))) {
        return true;
    }
    const std::size_t line_after_end = std::min(content.find('\n', after), content.size());
    const bool set_apart = trim(content.substr(after, line_after_end - after)).empty();
    return set_apart && first.find(' ') == std::string_view::npos &&
           text::count_code_points(first) <= kSiteNameMaxChars && headline.find(' ') != std::string_view::npos &&
           text::count_code_points(headline) <= kHeadlineMaxChars && !headline.ends_with('.');
}

}  // namespace

CleanText clean_text(std::string_view bytes)
{
    text::DecodedText decoded = text::decode_text(bytes);
    const std::string& text = decoded.text;
    CleanText out{"", std::move(decoded.encoding), decoded.replaced};
    out.text.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            out.text += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
        } else if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == '\x7f') {
            out.text += ' ';  // form feeds, escapes, NULs from UTF-16: never part of an article's words
        } else {
            out.text += c;
        }
    }
    return out;
}

Article parse_text_article(std::string id, std::string_view content, const LineSet* repeated_lines)
{
    check_article_id(id);
    Article article;
    article.id = std::move(id);
    std::size_t start = 0;
    const std::string_view first = next_nonempty_line(content, start);
    if (site_name_line(first, content, start, repeated_lines)) {
        article.source = first;
        article.title = next_nonempty_line(content, start);
    } else {
        article.title = first;
    }
    // A date line right under the title dates the article (and is not part of its text).
    const std::size_t body = content.find_first_not_of(" \t\n", std::min(start, content.size()));
    if (body != std::string_view::npos) {
        const std::size_t end = std::min(content.find('\n', body), content.size());
        if (std::string date = date_line(content.substr(body, end - body)); !date.empty()) {
            article.date = std::move(date);
            start = end + 1;
        }
    }
    if (start < content.size()) {
        article.text = content.substr(start);
    }
    if (article.title.empty()) {
        throw ArticleError("the file has no text");
    }
    if (trim(article.text).empty()) {
        // A one-line article: its only line is both title and text.
        article.text = article.title;
    }
    return article;
}

Article parse_jsonl_article(std::string_view line)
{
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {  // a syntax error, or a number too large (1e999)
        throw ArticleError(std::string("not valid JSON: ") + e.what());
    }
    if (!j.is_object()) {
        throw ArticleError("not a JSON object");
    }
    Article article;
    const auto id = j.find("id");
    if (id == j.end()) {
        throw ArticleError("missing field \"id\"");
    }
    if (id->is_string()) {
        article.id = id->get<std::string>();
    } else if (id->is_number_integer()) {
        article.id = id->dump();  // as written: 18446744073709551615 is no -1
    } else {
        throw ArticleError("field \"id\" must be a string or an integer");
    }
    if (!j.contains("text")) {
        throw ArticleError("missing field \"text\"");
    }
    article.text = optional_string(j, "text");
    article.title = optional_string(j, "title");
    article.source = optional_string(j, "source");
    article.url = optional_string(j, "url");
    article.date = optional_string(j, "date");
    return checked_article(std::move(article));
}

Article checked_article(Article article)
{
    check_article_id(article.id);
    const std::string date = std::move(article.date);
    article.date = iso_date(date);
    if (!date.empty() && article.date.empty()) {
        constexpr std::size_t kShown = 40;  // bytes of a bad value worth quoting; it may be megabytes
        throw ArticleError("field \"date\" is not an ISO date: \"" + std::string(text::truncate_utf8(date, kShown)) +
                           (date.size() > kShown ? "…" : "") + "\"");
    }
    if (trim(article.text).empty() && trim(article.title).empty()) {
        throw ArticleError("empty \"text\" and \"title\"");
    }
    if (trim(article.text).empty()) {
        article.text = article.title;
    }
    // JSON strings may hold ill-formed UTF-8 through escapes of lone surrogates; a program's strings anything.
    for (std::string* field : {&article.title, &article.text, &article.source, &article.url}) {
        *field = text::repair_utf8(*field);
    }
    return article;
}

void check_article_id(std::string_view id)
{
    if (id.empty()) {
        throw ArticleError("empty id");
    }
    if (id.size() > kMaxIdBytes) {
        throw ArticleError("id longer than " + std::to_string(kMaxIdBytes) + " bytes");
    }
    for (char c : id) {
        if (static_cast<unsigned char>(c) < 0x20) {
            throw ArticleError("id contains a control character");
        }
    }
    if (!text::is_valid_utf8(id)) {
        throw ArticleError("id is not valid UTF-8");
    }
}

std::string date_line(std::string_view line)
{
    static const std::regex pattern(
        R"(\s*(?:(?:날짜|입력|기사입력|작성|발행|date|Date|DATE)\s*:?\s*)?)"
        R"((\d{4})(?:[-./]\s*|년\s*)(\d{1,2})(?:[-./]\s*|월\s*)(\d{1,2})(?:일)?\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*)");
    std::match_results<std::string_view::const_iterator> m;
    if (line.size() > 80 || !std::regex_match(line.begin(), line.end(), m, pattern)) {
        return {};
    }
    char iso[16];
    std::snprintf(iso, sizeof iso, "%s-%02d-%02d", m[1].str().c_str(), std::stoi(m[2].str()), std::stoi(m[3].str()));
    return schema::is_iso_date(iso) ? iso : "";  // a day the month has
}

std::string iso_date(std::string_view value) { return schema::iso_date_part(value); }

std::string article_fingerprint(const Article& article)
{
    std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a, 64 bits
    for (const std::string* field :
         {&article.id, &article.title, &article.text, &article.date, &article.source, &article.url}) {
        for (const char c : *field) {
            hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        }
        hash = (hash ^ 0xFFU) * 1099511628211ULL;  // no byte of UTF-8 text: fields never run together
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

}  // namespace ks::indexer
