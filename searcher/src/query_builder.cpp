#include "ks/searcher/query_builder.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "ks/analysis/question_words.h"
#include "ks/analysis/verb_forms.h"
#include "ks/schema/schema.h"
#include "ks/searcher/spellings.h"
#include "ks/text/utf8.h"

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

Query scaled(const Query& query, double factor) { return Query(Query::OP_SCALE_WEIGHT, query, factor); }

bool fits(const std::string& t) { return t.size() <= schema::kMaxTermBytes; }

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

// The bigrams that stand for a word written inside a compound. A one-syllable word (팀 of 초지능 팀) has none of
// its own; the bigram joining it to the word before stands in for it.
std::vector<std::string> all_bigrams(const Token& token)
{
    if (token.bigrams.empty() && !token.joining_bigram.empty()) {
        return {token.joining_bigram};
    }
    return token.bigrams;
}

// A verb's other past form: a question's 태어난 meets a statement's 태어났다 (held as 태어났).
std::vector<std::string> past_partners(const Token& token)
{
    std::vector<std::string> partners;
    for (const std::u32string& partner : analysis::past_form_partners(text::to_u32(token.stem))) {
        partners.push_back(text::to_utf8(partner));
    }
    return partners;
}

// A word's stems: the stem, the longer form when the split was ambiguous (결 and 결과), and a verb's other
// past form.
std::vector<std::string> stem_texts(const Token& token)
{
    std::vector<std::string> stems{token.stem};
    if (!token.alternative.empty()) {
        stems.push_back(token.alternative);
    }
    for (std::string& partner : past_partners(token)) {
        stems.push_back(std::move(partner));
    }
    return stems;
}

// Terms that are one word written in several ways, weighed as one term (Xapian's synonym: their frequencies
// add up), so that a passage holding both 결 and 결과 at one position does not count the word twice.
Query one_word(const std::vector<Query>& forms)
{
    if (forms.empty()) {
        return Query();
    }
    return forms.size() == 1 ? forms.front() : Query(Query::OP_SYNONYM, forms.begin(), forms.end());
}

// What stands at a word's position in the index: its stem, or stem and alternative (결 or 결과).
Query position_query(const Token& token) { return any_of(term_queries(schema::kStemPrefix, stem_texts(token))); }

// Adds `query` scaled by `weight`; a weight of 0 leaves the evidence out of the query altogether.
void add_evidence(std::vector<Query>& evidence, Query query, double weight)
{
    if (weight > 0 && !query.empty()) {
        evidence.push_back(scaled(query, weight));
    }
}

// The word in the passage's text or in its article's title, whichever weighs more: a passage of the article
// 전현희 that says 그는 is about her as much as one that names her, and one that does both is not about her twice.
Query text_or_title(const Token& token, const RankingParams& w)
{
    Query text = one_word(term_queries(schema::kStemPrefix, stem_texts(token)));
    std::vector<Query> titles = term_queries(schema::kTitlePrefix, stem_texts(token));
    if (titles.empty() || w.title <= 0) {
        return text;
    }
    Query title = scaled(one_word(titles), w.title);
    return text.empty() ? title : Query(Query::OP_MAX, text, title);
}

// Everything that speaks for a word, weighted: what matches exactly the passages the word matches (match_query),
// and what only adds weight to them (parts, the word opening the article, exact form, single bigrams of a longer
// word, the bigram joining it to the word before).
Query ranking_query(const Token& token, const RankingParams& w)
{
    std::vector<Query> core{text_or_title(token, w)};
    if (w.title <= 0) {  // the title still makes a match (match_query), weighing nothing
        for (Query& title : term_queries(schema::kTitlePrefix, stem_texts(token))) {
            core.push_back(scaled(title, 0));
        }
    }
    std::vector<Query> extra;
    if (std::vector<Query> parts = term_queries(schema::kStemPrefix, token.parts); !parts.empty()) {
        add_evidence(extra, any_of(parts), w.parts);
    }
    add_evidence(extra, one_word(term_queries(schema::kLeadPrefix, stem_texts(token))), w.lead);
    if (token.surface != token.stem && token.surface != token.alternative && fits(token.surface)) {
        add_evidence(extra, Query(term(schema::kSurfacePrefix, token.surface)), w.surface);
    }
    // Bigram weights are divided by their number, so that long words do not outweigh short ones. All of them
    // together stand in for the stem when the passage writes the compound differently (초지능팀, 초지능 팀).
    if (std::vector<Query> bigrams = term_queries(schema::kBigramPrefix, all_bigrams(token)); !bigrams.empty()) {
        const double share = 1.0 / static_cast<double>(bigrams.size());
        if (bigrams.size() > 1) {  // a two-syllable word has one bigram: "all of them" would count it twice
            core.push_back(scaled(all_of(bigrams), w.all_bigrams * share));
            add_evidence(extra, any_of(bigrams), w.some_bigrams * share);
        } else if (token.bigrams.size() == 1) {  // the word's own only bigram: 학과 inside 외교학과
            core.push_back(scaled(bigrams.front(), w.some_bigrams));
        } else {  // a one-syllable word's joining bigram: evidence, not a match
            add_evidence(extra, bigrams.front(), w.some_bigrams);
        }
    }
    // The word written together with the one before it (초지능팀 for 초지능 팀), a sign the two belong together.
    if (!token.bigrams.empty() && !token.joining_bigram.empty()) {
        if (std::string joined = term(schema::kBigramPrefix, token.joining_bigram); fits(joined)) {
            add_evidence(extra, Query(joined), w.joined);
        }
    }
    return extra.empty() ? any_of(core) : Query(Query::OP_OR, any_of(core), any_of(extra));
}

// A word matches a passage through its stem, through all of its bigrams (초지능팀 written 초지능 팀; 학과 inside
// 외교학과), or, where `in_title` says so, through the article's title: a passage of the article 하현우 is about
// 하현우 even where it says 그.
Query match_query(const Token& token, bool in_title)
{
    std::vector<Query> ways{position_query(token)};
    const std::vector<Query> bigrams = term_queries(schema::kBigramPrefix, all_bigrams(token));
    if (bigrams.size() >= 2 || token.bigrams.size() == 1) {
        ways.push_back(all_of(bigrams));
    }
    if (in_title) {
        for (Query& title : term_queries(schema::kTitlePrefix, stem_texts(token))) {
            ways.push_back(std::move(title));
        }
    }
    return any_of(ways);
}

// The words of a phrase written as one compound (초지능 팀 → 초지능팀), if they can be: every word but the last
// is a bare Hangul noun.
std::vector<std::string> compound_stems(const std::vector<Token>& tokens)
{
    std::string head;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (analysis::joining_bigram(tokens[i], tokens[i + 1]).empty()) {
            return {};
        }
        head += tokens[i].surface;
    }
    std::vector<std::string> compounds{head + tokens.back().stem};
    if (!tokens.back().alternative.empty()) {
        compounds.push_back(head + tokens.back().alternative);
    }
    return compounds;
}

// Words standing together in order, or the same words written as one compound.
Query phrase_query(const std::vector<Token>& tokens)
{
    if (tokens.size() == 1) {
        return match_query(tokens.front(), false);
    }
    std::vector<Query> positions;
    for (const Token& token : tokens) {
        positions.push_back(position_query(token));
    }
    std::vector<Query> ways{
        Query(Query::OP_PHRASE, positions.begin(), positions.end(), static_cast<Xapian::termcount>(tokens.size()))};
    for (Query& compound : term_queries(schema::kStemPrefix, compound_stems(tokens))) {
        ways.push_back(std::move(compound));
    }
    return any_of(ways);
}

void collect_highlights(const Token& token, HighlightTerms& highlight)
{
    for (const std::string& word : analysis::word_terms(token)) {
        highlight.words.insert(word);
    }
    for (std::string& partner : past_partners(token)) {
        highlight.words.insert(std::move(partner));
    }
    highlight.words.insert(token.surface);
    for (const std::string& bigram : all_bigrams(token)) {
        highlight.bigrams.insert(bigram);
    }
    if (!token.joining_bigram.empty()) {
        highlight.bigrams.insert(token.joining_bigram);
    }
}

// What another spelling of a query word (챗GPT for ChatGPT) matches and how it weighs.
struct OtherSpelling {
    Query match;
    Query ranking;
};

// Another spelling analyzed as the index was; its words go to `highlight`.
OtherSpelling other_spelling(const std::string& spelling, analysis::Analyzer& analyzer, const RankingParams& weights,
                             HighlightTerms& highlight)
{
    const std::vector<Token> tokens = analyzer.analyze(spelling);
    std::vector<Query> ranked;
    for (const Token& token : tokens) {
        ranked.push_back(ranking_query(token, weights));
        collect_highlights(token, highlight);
    }
    return {tokens.size() == 1 ? match_query(tokens.front(), true) : phrase_query(tokens), any_of(ranked)};
}

// A person or company named in the query's words, as its facet term, and the words that name it.
struct NamedEntity {
    Query term;
    std::string canonical;  ///< the name as its values are written: 메타 for Meta
    std::size_t first_word = 0;
    std::size_t word_count = 0;
};

// The passages that count a known person or company: for a person, as the index settled it (`db`: the index,
// nullptr: by the person's term alone).
Query entity_query(const entities::Entity& entity, const Xapian::Database* db)
{
    if (entity.kind == entities::EntityKind::kCompany) {
        return Query(term(schema::kCompanyPrefix, entity.canonical));
    }
    return db != nullptr ? schema::person_query(*db, entity.canonical)
                         : Query(term(schema::kPersonPrefix, entity.canonical));
}

// The people and companies named in `words`, by any spelling known.
std::vector<NamedEntity> named_entities(const std::vector<Token>& words, const KnownNames& names,
                                        const Xapian::Database* db)
{
    std::vector<NamedEntity> found;
    for (const KnownNames::Found& name : names.find(words)) {
        found.push_back({entity_query(*name.entity, db), name.entity->canonical, name.first_token, name.token_count});
    }
    return found;
}

// Letters and digits of the ASCII range only: a word typed in Latin letters, as our stems write it.
bool ascii_only(std::string_view word)
{
    return std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Typed in Latin letters (Meta, Thomas Mueller), a name written in Hangul weighs in the passages that name it only
// in Hangul as its Hangul words would (메타, 토마스 뮐러): the company ranks above meta-analysis and META HUMAN,
// which only the Latin word matches; a passage with both spellings weighs by the typed ones alone. None where the
// name was typed in Hangul (its words weigh already) or has no Hangul spelling.
std::optional<Query> weight_as_written(const NamedEntity& entity, const std::vector<Token>& words,
                                       analysis::Analyzer& analyzer, const RankingParams& weights)
{
    std::vector<Query> typed;
    for (std::size_t w = entity.first_word; w < entity.first_word + entity.word_count; ++w) {
        if (!ascii_only(words[w].stem) ||
            words[w].stem.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) {
            return std::nullopt;
        }
        typed.push_back(match_query(words[w], false));
    }
    std::vector<Query> written;
    for (const Token& token : analyzer.analyze(entity.canonical)) {
        if (!ascii_only(token.stem)) {
            written.push_back(ranking_query(token, weights));
        }
    }
    if (written.empty()) {
        return std::nullopt;
    }
    return Query(Query::OP_AND_NOT, Query(Query::OP_FILTER, any_of(written), entity.term), any_of(typed));
}

// With --all, each word group is required; a known name may be met by any spelling instead of its words: the
// groups of its words, all of them, or its facet term (--all 메타 finds 메타 and Meta). `required_of_word` gives
// the place in `required` of each plain word's group (npos: not a required group of its own).
void accept_names_for_their_words(std::vector<Query>& required, const std::vector<std::size_t>& required_of_word,
                                  const std::vector<NamedEntity>& entities)
{
    std::vector<bool> merged(required.size(), false);
    for (const NamedEntity& entity : entities) {
        std::vector<std::size_t> slots;
        for (std::size_t w = entity.first_word; w < entity.first_word + entity.word_count; ++w) {
            const std::size_t slot = required_of_word[w];
            if (slot == std::string::npos || merged[slot]) {
                slots.clear();
                break;
            }
            if (std::find(slots.begin(), slots.end(), slot) == slots.end()) {
                slots.push_back(slot);
            }
        }
        if (slots.empty()) {
            continue;
        }
        std::vector<Query> words;
        for (const std::size_t slot : slots) {
            words.push_back(required[slot]);
            merged[slot] = true;
        }
        required[slots.front()] = Query(Query::OP_OR, all_of(words), entity.term);
        for (std::size_t i = 1; i < slots.size(); ++i) {
            required[slots[i]] = Query();  // now part of the first
        }
    }
    std::erase_if(required, [](const Query& q) { return q.empty(); });
}

// The words of an unquoted item that carry evidence: 몇층 is searched as 층, and interrogatives (무엇, 누구)
// are left out, as the passage holds the answer in their place.
std::vector<Token> evidence_words(std::vector<Token> tokens, analysis::Analyzer& analyzer)
{
    std::vector<Token> kept;
    for (Token& token : tokens) {
        if (const std::string noun = analysis::counted_noun(token.stem); !noun.empty()) {
            for (Token& counted : analyzer.analyze(noun)) {
                kept.push_back(std::move(counted));
            }
        } else if (!analysis::is_question_word(token.stem)) {
            kept.push_back(std::move(token));
        }
    }
    return kept;
}

// Each item's tokens, analyzed once: [group][item].
using AnalyzedQuery = std::vector<std::vector<std::vector<Token>>>;

AnalyzedQuery analyze_items(const ParsedQuery& parsed, analysis::Analyzer& analyzer)
{
    AnalyzedQuery analyzed;
    for (const std::vector<QueryItem>& group : parsed.groups) {
        analyzed.emplace_back();
        for (const QueryItem& item : group) {
            analyzed.back().push_back(analyzer.analyze(item.text));
        }
    }
    return analyzed;
}

// Whether the query has a word other than an interrogative outside quotes; if not (누구), it is searched as is.
bool has_evidence_words(const ParsedQuery& parsed, const AnalyzedQuery& analyzed)
{
    for (std::size_t g = 0; g < parsed.groups.size(); ++g) {
        for (std::size_t i = 0; i < parsed.groups[g].size(); ++i) {
            const QueryItem& item = parsed.groups[g][i];
            const auto& tokens = analyzed[g][i];
            const bool evidence = std::any_of(tokens.begin(), tokens.end(),
                                              [](const Token& t) { return !analysis::is_question_word(t.stem); });
            if (!item.excluded && (item.phrase || evidence)) {
                return true;
            }
        }
    }
    return false;
}

}  // namespace

QueryBuilder::Frequency QueryBuilder::frequency(const Token& token) const
{
    if (db_ == nullptr || weights_.common_share <= 0) {
        return Frequency::kUnknown;
    }
    Xapian::doccount passages = db_->get_termfreq(term(schema::kStemPrefix, token.stem));
    if (!token.alternative.empty()) {  // 알트만 is indexed whole as well as 알트 + 만
        passages = std::max(passages, db_->get_termfreq(term(schema::kStemPrefix, token.alternative)));
    }
    if (passages == 0) {
        return Frequency::kUnknown;  // may still match through its bigrams: judged by nothing
    }
    const double cutoff = std::max(weights_.common_share * db_->get_doccount(), weights_.common_min);
    return passages > cutoff ? Frequency::kCommon : Frequency::kRare;
}

struct QueryBuilder::Parts {
    BuiltQuery built;                            // with the highlights of the words read so far
    std::vector<Query> ranking;                  // what orders the matches
    std::vector<Query> required;                 // what every match must contain
    std::vector<Query> wanted;                   // what a match must contain one of
    std::vector<Query> common;                   // wanted, but too common to make a match while a rarer word is wanted
    std::vector<Query> excluded;                 // what no match may contain
    bool has_rare_word = false;                  // a wanted word the index holds, in few passages
    bool has_positive_item = false;              // an item not excluded
    std::optional<Token> previous_word;          // the last word of the previous plain item, for bigrams across a space
    std::vector<Token> plain_words;              // unquoted words in query order, where names are looked for
    std::vector<std::size_t> group_of_word;      // the group of each of plain_words
    std::vector<std::size_t> required_of_group;  // each group's place in required (npos: not required)
};

struct QueryBuilder::Group {
    std::vector<Query> alternatives;
    bool required = false;
    Frequency frequency = Frequency::kUnknown;  // of the group's word, when it is one plain word
};

void QueryBuilder::add_item(Parts& parts, Group& group, std::size_t g, const QueryItem& item, std::vector<Token> tokens,
                            bool alone_in_group)
{
    parts.has_positive_item = parts.has_positive_item || !item.excluded;
    if (tokens.empty()) {
        parts.previous_word.reset();
        return;
    }
    // Words typed apart are analyzed apart: 초지능 팀 must still give the bigram 능팀, as in the index.
    const bool plain = !item.phrase && !item.excluded && alone_in_group;
    if (plain && parts.previous_word) {
        tokens.front().joining_bigram = analysis::joining_bigram(*parts.previous_word, tokens.front());
    }
    parts.previous_word = plain ? std::optional<Token>(tokens.back()) : std::nullopt;
    if (plain) {
        parts.plain_words.insert(parts.plain_words.end(), tokens.begin(), tokens.end());
        parts.group_of_word.insert(parts.group_of_word.end(), tokens.size(), g);
    }
    // Several tokens in one unquoted item (GPT-4o, 5.1%p) are read as a phrase too.
    const bool is_phrase = item.phrase || tokens.size() > 1;
    const Query match = is_phrase ? phrase_query(tokens) : match_query(tokens.front(), !item.excluded);
    if (item.excluded) {
        parts.excluded.push_back(match);
        return;
    }
    const auto weighed = [&item](const Query& q) { return item.weight == 1.0 ? q : scaled(q, item.weight); };
    for (const Token& token : tokens) {
        parts.ranking.push_back(weighed(ranking_query(token, weights_)));
        collect_highlights(token, parts.built.highlight);
    }
    if (is_phrase && !item.phrase) {
        parts.ranking.push_back(scaled(match, 0.5));  // words standing together as typed rank higher
    }
    if (!is_phrase) {
        // ChatGPT finds 챗GPT: another spelling matches, and a passage weighs by the spelling it uses.
        for (const std::string& other : Spellings::builtin().others(tokens.front().stem)) {
            const OtherSpelling spelled = other_spelling(other, analyzer_, weights_, parts.built.highlight);
            group.alternatives.push_back(spelled.match);
            parts.ranking.back() = Query(Query::OP_MAX, parts.ranking.back(), weighed(spelled.ranking));
        }
    }
    group.required = group.required || item.phrase;
    if (alone_in_group && !is_phrase) {
        group.frequency = frequency(tokens.front());
    }
    group.alternatives.push_back(match);
}

void QueryBuilder::add_group(Parts& parts, std::size_t g, const std::vector<QueryItem>& items,
                             const std::vector<std::vector<Token>>& analyzed, bool drop_question_words)
{
    Group group;
    group.required = mode_ == MatchMode::kAll;
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::vector<Token> tokens = analyzed[i];
        if (drop_question_words && !items[i].phrase && !items[i].excluded) {
            tokens = evidence_words(std::move(tokens), analyzer_);
        }
        add_item(parts, group, g, items[i], std::move(tokens), items.size() == 1);
    }
    if (group.alternatives.empty()) {
        return;
    }
    const bool common_word = group.frequency == Frequency::kCommon;
    (group.required ? parts.required : common_word ? parts.common : parts.wanted).push_back(any_of(group.alternatives));
    if (group.required) {
        parts.required_of_group[g] = parts.required.size() - 1;
    }
    parts.has_rare_word = parts.has_rare_word || (!group.required && group.frequency == Frequency::kRare);
}

// A known name matches every spelling of it: 올트먼 finds passages that say 알트만 or Sam Altman. It weighs nothing
// of its own: the words weigh, and a passage naming the person is not about them twice (the names the dictionary
// finds are most names of a collection, and an extra weight for each would outrank a passage about the person
// that says 그는).
void QueryBuilder::add_names(Parts& parts)
{
    static const KnownNames kGazetteerOnly;
    const std::vector<NamedEntity> entities = named_entities(parts.plain_words, names_ ? *names_ : kGazetteerOnly, db_);
    for (const NamedEntity& entity : entities) {
        parts.ranking.push_back(Query(Query::OP_SCALE_WEIGHT, entity.term, 0.0));
        if (std::optional<Query> as_written = weight_as_written(entity, parts.plain_words, analyzer_, weights_)) {
            parts.ranking.push_back(std::move(*as_written));
        }
        if (mode_ != MatchMode::kAll) {
            parts.wanted.push_back(entity.term);  // a match of its own
        }
    }
    if (mode_ == MatchMode::kAll) {
        std::vector<std::size_t> required_of_word;
        for (const std::size_t g : parts.group_of_word) {
            required_of_word.push_back(parts.required_of_group[g]);
        }
        accept_names_for_their_words(parts.required, required_of_word, entities);
    }
}

// The query from its parts: what ranks, filtered by what must match, less what must not.
BuiltQuery QueryBuilder::assembled(Parts& parts)
{
    BuiltQuery built = std::move(parts.built);
    if (!parts.ranking.empty()) {
        // Partial evidence (some bigrams, the title) ranks but does not make a match on its own.
        if (!parts.has_rare_word) {
            parts.wanted.insert(parts.wanted.end(), parts.common.begin(), parts.common.end());
        }
        if (!parts.wanted.empty()) {
            parts.required.push_back(any_of(parts.wanted));
        }
        // One form whatever the output: the same hits and scores with facets counted or not.
        built.query = Query(Query::OP_FILTER, any_of(parts.ranking), all_of(parts.required));
    } else if (!parts.has_positive_item) {
        built.query = Query::MatchAll;  // nothing to rank by: browse
        built.browse = true;
    }  // else: words with nothing searchable in them (only punctuation) match nothing
    if (!parts.excluded.empty() && !built.query.empty()) {
        built.query = Query(Query::OP_AND_NOT, built.query, any_of(parts.excluded));
    }
    return built;
}

BuiltQuery QueryBuilder::build(const ParsedQuery& parsed)
{
    Parts parts;
    parts.required_of_group.assign(parsed.groups.size(), std::string::npos);
    const AnalyzedQuery analyzed = analyze_items(parsed, analyzer_);
    const bool drop_question_words = has_evidence_words(parsed, analyzed);
    for (std::size_t g = 0; g < parsed.groups.size(); ++g) {
        add_group(parts, g, parsed.groups[g], analyzed[g], drop_question_words);
    }
    add_names(parts);
    return assembled(parts);
}

}  // namespace ks::searcher
