#include "ks/searcher/query_syntax.h"

#include <optional>

namespace ks::searcher {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// One lexical unit: an item, or the OR operator.
struct Lexeme {
    QueryItem item;
    bool is_or = false;
};

class Lexer {
public:
    explicit Lexer(std::string_view query) : q_(query) {}

    std::optional<Lexeme> next()
    {
        while (pos_ < q_.size() && is_space(q_[pos_])) {
            ++pos_;
        }
        if (pos_ >= q_.size()) {
            return std::nullopt;
        }
        Lexeme lexeme;
        if (q_[pos_] == '-' && pos_ + 1 < q_.size() && !is_space(q_[pos_ + 1])) {
            lexeme.item.excluded = true;
            ++pos_;
        }
        if (q_[pos_] == '"') {
            const std::size_t close = q_.find('"', pos_ + 1);
            const std::size_t end = close == std::string_view::npos ? q_.size() : close;
            lexeme.item.text = q_.substr(pos_ + 1, end - pos_ - 1);
            lexeme.item.phrase = true;
            pos_ = close == std::string_view::npos ? q_.size() : close + 1;
            return lexeme;
        }
        const std::size_t start = pos_;
        while (pos_ < q_.size() && !is_space(q_[pos_]) && q_[pos_] != '"') {
            ++pos_;
        }
        lexeme.item.text = q_.substr(start, pos_ - start);
        lexeme.is_or = !lexeme.item.excluded && lexeme.item.text == "OR";
        return lexeme;
    }

private:
    std::string_view q_;
    std::size_t pos_ = 0;
};

bool is_blank(std::string_view s)
{
    for (char c : s) {
        if (!is_space(c)) {
            return false;
        }
    }
    return true;
}

}  // namespace

ParsedQuery parse_query(std::string_view query)
{
    ParsedQuery parsed;
    Lexer lexer(query);
    bool join_next = false;  // an OR was read after an item that can take alternatives
    while (auto lexeme = lexer.next()) {
        if (lexeme->is_or) {
            join_next = !parsed.groups.empty() && !parsed.groups.back().front().excluded;
            continue;
        }
        QueryItem& item = lexeme->item;
        if (item.text == "-" || is_blank(item.text)) {
            continue;  // a lone '-' or empty quotes mean nothing
        }
        if (join_next && !item.excluded) {
            parsed.groups.back().push_back(std::move(item));
        } else {
            parsed.groups.push_back({std::move(item)});
        }
        join_next = false;
    }
    return parsed;
}

LoosenedPhrases without_phrase_quotes(std::string_view query)
{
    LoosenedPhrases loosened{std::string(query), {}};
    for (std::size_t open = query.find('"'); open != std::string_view::npos;) {
        const std::size_t close = query.find('"', open + 1);
        if (close == std::string_view::npos) {
            break;  // unclosed: unclosed_phrase's
        }
        const std::string_view inside = query.substr(open + 1, close - open - 1);
        const std::size_t first = inside.find_first_not_of(' ');
        const bool several_words =
            first != std::string_view::npos &&
            inside.substr(first, inside.find_last_not_of(' ') - first + 1).find(' ') != std::string_view::npos;
        // A phrase of several words, not left out (-"초지능 팀"): one word quoted is that word, as typed.
        if ((open == 0 || query[open - 1] != '-') && several_words) {
            loosened.phrases.emplace_back(query.substr(open, close - open + 1));
            loosened.query[open] = ' ';
            loosened.query[close] = ' ';
        }
        open = query.find('"', close + 1);
    }
    return loosened;
}

std::string_view unclosed_phrase(std::string_view query)
{
    std::size_t quotes = 0;
    std::size_t last = std::string_view::npos;
    for (std::size_t i = 0; i < query.size(); ++i) {
        if (query[i] == '"') {
            ++quotes;
            last = i;
        }
    }
    return quotes % 2 == 1 ? query.substr(last) : std::string_view();
}

}  // namespace ks::searcher
