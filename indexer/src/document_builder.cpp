#include "ks/indexer/document_builder.h"

#include <set>

#include "ks/entities/entity_extractor.h"
#include "ks/schema/passage_record.h"
#include "ks/schema/schema.h"

namespace ks::indexer {

namespace {

using schema::term;

bool fits(std::string_view t) { return !t.empty() && t.size() <= schema::kMaxTermBytes; }

void add_posting(Xapian::Document& doc, const std::string& t, unsigned position, Xapian::termcount wdf = 1)
{
    if (fits(t)) {
        doc.add_posting(t, position, wdf);
    }
}

// Values one per slot from `first` on, for counting by Xapian's own ValueCountMatchSpy (remote shards).
void add_value_per_slot(Xapian::Document& doc, Xapian::valueno first, const std::vector<std::string>& values)
{
    for (std::size_t i = 0; i < values.size() && i < schema::kFacetSlotsEach; ++i) {
        doc.add_value(first + static_cast<Xapian::valueno>(i), values[i]);
    }
}

void add_term(Xapian::Document& doc, const std::string& t, Xapian::termcount wdf = 1)
{
    if (fits(t)) {
        doc.add_term(t, wdf);
    }
}

void add_marker(Xapian::Document& doc, const std::string& t)
{
    if (fits(t)) {
        doc.add_boolean_term(t);
    }
}

// A title names what every passage of its article is about, however long the passage: its terms are written
// with a count high enough for BM25 to saturate them (k1 0.5), so that length changes their weight little.
constexpr Xapian::termcount kTitleTermCount = 3;

// A word of the article's title counts once per passage: every passage of the article is about it, so saying
// it again tells the passages apart by nothing (KorQuAD: a neighbouring paragraph repeating the title
// outranked the answer). Its later occurrences keep their positions, for phrases, but add nothing to its stem's
// count; its exact forms and bigrams still count (capping those too lost on KorQuAD, bench/RESULTS.md).
void add_text_terms(Xapian::Document& doc, const std::vector<analysis::Token>& tokens,
                    const std::set<std::string>& title_words)
{
    std::set<std::string> seen_title_words;
    for (const analysis::Token& token : tokens) {
        for (const std::string& word : analysis::word_terms(token)) {
            const bool repeat = title_words.count(word) > 0 && !seen_title_words.insert(word).second;
            add_posting(doc, term(schema::kStemPrefix, word), token.position, repeat ? 0 : 1);
        }
        if (token.surface != token.stem && token.surface != token.alternative) {
            add_term(doc, term(schema::kSurfacePrefix, token.surface));
        }
        for (const std::string& bigram : token.bigrams) {
            add_term(doc, term(schema::kBigramPrefix, bigram));
        }
        if (!token.joining_bigram.empty()) {
            add_term(doc, term(schema::kBigramPrefix, token.joining_bigram));
        }
    }
}

// An article's first word most often names its subject (몰타 공화국은 ..., 메타는 ...): its stems are written once
// more under their own prefix in the first passage, to rank like a title where the article has none. Not a word
// of the title, which says so already (in every passage: a lead term for it favoured the first passage over
// siblings holding the rest of a query); nor in later passages, which open wherever a paragraph or a cut falls.
// Each choice measured on kowiki and kobest-boolq in bench/RESULTS.md.
void add_lead_terms(Xapian::Document& doc, const std::vector<analysis::Token>& tokens,
                    const std::set<std::string>& title_words)
{
    if (tokens.empty()) {
        return;
    }
    for (const std::string& word : analysis::word_terms(tokens.front())) {
        if (title_words.count(word) == 0) {
            add_term(doc, term(schema::kLeadPrefix, word));
        }
    }
}

// Title stems, once each: a title counts for whether it names a word, not how often.
std::set<std::string> title_words(const std::vector<analysis::Token>& tokens)
{
    std::set<std::string> words;
    for (const analysis::Token& token : tokens) {
        for (const std::string& word : analysis::word_terms(token)) {
            words.insert(word);
        }
    }
    return words;
}

// A date and every coarser precision of it: 2025-07-13 → 2025-07-13, 2025-07, 2025 (filters of any precision).
std::vector<std::string> date_and_coarser(const std::string& date)
{
    std::vector<std::string> out{date};
    for (std::size_t length : {std::size_t{7}, std::size_t{4}}) {
        if (date.size() > length && date[4] == '-') {  // 1990s, a decade, has nothing coarser
            out.push_back(date.substr(0, length));
        }
    }
    return out;
}

void add_facets(Xapian::Document& doc, const entities::PassageEntities& found)
{
    for (const std::string& person : found.persons) {
        add_term(doc, term(schema::kPersonPrefix, person));
    }
    // Markers for the indexer's last step (settle_dictionary_persons), without weight: no passage is longer for them.
    for (const std::string& person : found.provisional_persons) {
        add_marker(doc, term(schema::kProvisionalPersonPrefix, person));
    }
    for (const std::string& person : found.pending_persons) {
        add_marker(doc, term(schema::kPendingPersonPrefix, person));
    }
    for (const std::string& company : found.companies) {
        add_term(doc, term(schema::kCompanyPrefix, company));
    }
    for (const std::string& date : found.dates) {
        for (const std::string& d : date_and_coarser(date)) {
            add_term(doc, term(schema::kDatePrefix, d));
        }
    }
    doc.add_value(schema::kPersonsSlot, schema::encode_values(found.persons));
    doc.add_value(schema::kCompaniesSlot, schema::encode_values(found.companies));
    doc.add_value(schema::kDatesSlot, schema::encode_values(found.dates));
    add_value_per_slot(doc, schema::kPersonsFirstSlot, found.persons);
    add_value_per_slot(doc, schema::kCompaniesFirstSlot, found.companies);
    add_value_per_slot(doc, schema::kDateBucketsFirstSlot,
                       schema::counted_values(schema::encode_values(found.dates), schema::kDateBucketChars));
}

// What a passage carries of its article: its own id and the article's (to replace or remove it), its place for
// browsing, the article's fingerprint and publication date.
void add_article_identity(Xapian::Document& doc, const Article& article, const std::string& key, unsigned number)
{
    doc.add_boolean_term(term(schema::kPassageIdPrefix, key));
    doc.add_boolean_term(term(schema::kArticlePrefix, article.id));
    doc.add_value(schema::kOrderSlot, schema::order_key(article.id, number));
    doc.add_value(schema::kArticleSlot, article.id);
    if (!article.fingerprint.empty()) {
        doc.add_value(schema::kFingerprintSlot, article.fingerprint);
    }
    if (!article.date.empty()) {
        doc.add_value(schema::kDateSlot, article.date);
        doc.add_value(schema::kPublishedMonthSlot, article.date.substr(0, schema::kDateBucketChars));
        for (const std::string& d : date_and_coarser(article.date)) {
            doc.add_boolean_term(term(schema::kPublishedPrefix, d));
        }
    }
}

// The article's text as analyzed: its boilerplate lines turned into spaces, so that they are stored and shown
// but never a term or a name. Unless nothing else is left: then the lines are the article (a short text that
// many articles share word for word), not furniture around it.
std::string story_of(const Article& article)
{
    std::string story = without_boilerplate(article.text, article.title, article.repeated_lines.get());
    if (story.find_first_not_of(" \t\n") == std::string::npos) {
        return article.text;
    }
    return story;
}

}  // namespace

ArticleDocuments DocumentBuilder::build(const Article& article)
{
    const std::set<std::string> titles = title_words(analyzer_.analyze(article.title));
    std::vector<std::string> title_terms;
    for (const std::string& word : titles) {
        title_terms.push_back(term(schema::kTitlePrefix, word));
    }
    // Passages are analyzed first: names found in one passage count in the others (entities::EntityExtractor).
    const std::string story = story_of(article);
    std::vector<std::string> texts;
    std::vector<std::string> analyzed;
    std::vector<std::vector<analysis::Token>> tokens;
    const std::vector<PassageSpan> spans =
        article.spans.empty() ? split_passages(article.text, sentences_, limits_) : article.spans;
    for (const PassageSpan& span : spans) {
        texts.push_back(article.text.substr(span.begin, span.end - span.begin));
        analyzed.push_back(story.substr(span.begin, span.end - span.begin));
        tokens.push_back(analyzer_.analyze(analyzed.back()));
    }
    std::vector<entities::PassageInput> inputs;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        inputs.push_back({&tokens[i], analyzed[i]});
    }
    ArticleDocuments out;
    const std::vector<entities::PassageEntities> found = entities_.extract(inputs, article.date, &out.names);

    for (std::size_t i = 0; i < texts.size(); ++i) {
        const auto number = static_cast<unsigned>(article.first_passage + i);
        schema::PassageRecord record{article.id,   article.title,  number,     texts[i],
                                     article.date, article.source, article.url};
        Xapian::Document doc;
        add_text_terms(doc, tokens[i], titles);
        if (number == 1) {
            add_lead_terms(doc, tokens[i], titles);
        }
        add_facets(doc, found[i]);
        // A passage of boilerplate alone says nothing of its article: the title's words would rank it.
        const bool only_boilerplate = tokens[i].empty() && analyzed[i] != texts[i];
        for (std::size_t t = 0; !only_boilerplate && t < title_terms.size(); ++t) {
            add_term(doc, title_terms[t], kTitleTermCount);
        }
        std::string key = schema::passage_key(article.id, number);
        add_article_identity(doc, article, key, number);
        doc.set_data(schema::encode_record(record));
        out.passages.push_back({std::move(key), std::move(doc)});
    }
    return out;
}

}  // namespace ks::indexer
