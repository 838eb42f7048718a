#include "ks/searcher/query_builder.h"

#include <vector>

#include "ks/schema/schema.h"

namespace ks::searcher {

namespace {

using analysis::Token;
using Query = Xapian::Query;
using schema::term;

Query any_of(const std::vector<Query>& queries)
{
    return queries.size() == 1 ? queries.front() : Query(Query::OP_OR, queries.begin(), queries.end());
}

Query all_of(const std::vector<Query>& queries)
{
    return queries.size() == 1 ? queries.front() : Query(Query::OP_AND, queries.begin(), queries.end());
}

Query scaled(const Query& query, double factor)
{
    return Query(Query::OP_SCALE_WEIGHT, query, factor);
}

bool fits(const std::string& t)
{
    return t.size() <= schema::kMaxTermBytes;
}

// Terms `prefix`+each text, leaving out any too long to have been indexed.
std::vector<Query> term_queries(std::string_view prefix, const std::vector<std::string>& texts)
{
    std::vector<Query> queries;
    for (const std::string& text : texts) {
        std::string t = term(prefix, text);
        if (fits(t)) {
            queries.emplace_back(t);
        }
    }
    return queries;
}

std::vector<std::string> all_bigrams(const Token& token)
{
    std::vector<std::string> bigrams = token.bigrams;
    if (!token.joining_bigram.empty()) {
        bigrams.push_back(token.joining_bigram);
    }
    return bigrams;
}

// What stands at a word's position in the index: its stem, or stem and alternative (결 or 결과).
Query position_query(const Token& token)
{
    std::vector<std::string> stems{token.stem};
    if (!token.alternative.empty()) {
        stems.push_back(token.alternative);
    }
    return any_of(term_queries(schema::kStemPrefix, stems));
}

// Everything that speaks for a word, weighted: stems, then parts, exact form, title and bigrams.
Query ranking_query(const Token& token, const RankingWeights& w)
{
    std::vector<Query> evidence{position_query(token)};
    if (std::vector<Query> parts = term_queries(schema::kStemPrefix, token.parts); !parts.empty()) {
        evidence.push_back(scaled(any_of(parts), w.parts));
    }
    if (token.surface != token.stem && token.surface != token.alternative && fits(token.surface)) {
        evidence.push_back(scaled(Query(term(schema::kSurfacePrefix, token.surface)), w.surface));
    }
    std::vector<std::string> stems{token.stem};
    if (!token.alternative.empty()) {
        stems.push_back(token.alternative);
    }
    if (std::vector<Query> titles = term_queries(schema::kTitlePrefix, stems); !titles.empty()) {
        evidence.push_back(scaled(any_of(titles), w.title));
    }
    // Spread the bigram weight over the bigrams, so long words do not outweigh short ones.
    if (std::vector<Query> bigrams = term_queries(schema::kBigramPrefix, all_bigrams(token)); !bigrams.empty()) {
        evidence.push_back(scaled(any_of(bigrams), w.bigrams / static_cast<double>(bigrams.size())));
    }
    return any_of(evidence);
}

// A word matches through its stem, or through all of its bigrams (초지능팀 written 초지능 팀).
Query match_query(const Token& token)
{
    std::vector<Query> ways{position_query(token)};
    if (std::vector<Query> bigrams = term_queries(schema::kBigramPrefix, all_bigrams(token)); bigrams.size() >= 2) {
        ways.push_back(all_of(bigrams));
    }
    return any_of(ways);
}

Query phrase_query(const std::vector<Token>& tokens)
{
    if (tokens.size() == 1) {
        return position_query(tokens.front());
    }
    std::vector<Query> positions;
    for (const Token& token : tokens) {
        positions.push_back(position_query(token));
    }
    return Query(Query::OP_PHRASE, positions.begin(), positions.end(), static_cast<Xapian::termcount>(tokens.size()));
}

void collect_highlights(const Token& token, HighlightTerms& highlight)
{
    for (const std::string& word : analysis::word_terms(token)) {
        highlight.words.insert(word);
    }
    highlight.words.insert(token.surface);
    for (const std::string& bigram : all_bigrams(token)) {
        highlight.bigrams.insert(bigram);
    }
}

}  // namespace

BuiltQuery QueryBuilder::build(const ParsedQuery& parsed)
{
    BuiltQuery built;
    std::vector<Query> ranking;   // what orders the matches
    std::vector<Query> required;  // what every match must contain
    std::vector<Query> excluded;  // what no match may contain
    bool has_positive_item = false;

    for (const std::vector<QueryItem>& group : parsed.groups) {
        std::vector<Query> alternatives;
        bool group_required = mode_ == MatchMode::kAll;
        for (const QueryItem& item : group) {
            const std::vector<Token> tokens = analyzer_.analyze(item.text);
            has_positive_item = has_positive_item || !item.excluded;
            if (tokens.empty()) {
                continue;
            }
            // Several tokens in one unquoted item (GPT-4o, 5.1%p) are read as a phrase too.
            const bool is_phrase = item.phrase || tokens.size() > 1;
            const Query match = is_phrase ? phrase_query(tokens) : match_query(tokens.front());
            if (item.excluded) {
                excluded.push_back(match);
                continue;
            }
            for (const Token& token : tokens) {
                ranking.push_back(ranking_query(token, weights_));
                collect_highlights(token, built.highlight);
            }
            if (is_phrase && !item.phrase) {
                ranking.push_back(scaled(match, 0.5));  // words standing together as typed rank higher
            }
            group_required = group_required || item.phrase;
            alternatives.push_back(match);
        }
        if (group_required && !alternatives.empty()) {
            required.push_back(any_of(alternatives));
        }
    }

    if (!ranking.empty()) {
        built.query = any_of(ranking);
        if (!required.empty()) {
            built.query = Query(Query::OP_FILTER, built.query, all_of(required));
        }
    } else if (!has_positive_item) {
        built.query = Query::MatchAll;  // nothing to rank by: browse
        built.browse = true;
    }  // else: words with nothing searchable in them (only punctuation) match nothing
    if (!excluded.empty() && !built.query.empty()) {
        built.query = Query(Query::OP_AND_NOT, built.query, any_of(excluded));
    }
    return built;
}

}  // namespace ks::searcher
