#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ks/analysis/analyzer.h"
#include "ks/entities/gazetteer.h"
#include "ks/entities/korean_dictionary.h"
#include "ks/entities/name_patterns.h"

namespace ks::entities {

/// Facet values of one passage, canonical, each once, in order of first mention.
struct PassageEntities {
    std::vector<std::string> persons;
    std::vector<std::string> companies;
    std::vector<std::string> dates;  ///< ISO with the precision the text gives: 2025, 2025-07, 2025-07-01
    /// Persons that count provisionally: dictionary names standing alone with a particle (히틀러의), which the
    /// collection may overrule (counts_as_person). Each is in `persons` too.
    std::vector<std::string> provisional_persons;
    /// Dictionary names that also read as a common word with a particle (문재인 더불어민주당, 이유로): persons
    /// only where the collection names them clearly often enough. None is in `persons`.
    std::vector<std::string> pending_persons;
};

/// A spelling the text itself tied to a person or company under another name (알렉산더 왕(Alexandr Wang),
/// 일리야 수츠캐버 교수 for 일리야 수츠케버): worth keeping as an alias for searches and filters.
struct LearnedName {
    EntityKind kind = EntityKind::kPerson;
    std::string canonical;  ///< 알렉산더 왕
    std::string name;       ///< Alexandr Wang
};

/// One passage as the extractor reads it: its text and the analyzer's tokens of it.
struct PassageInput {
    const std::vector<analysis::Token>* tokens = nullptr;
    std::string_view text;
};

/// Finds the people, companies and dates of an article's passages, reading the article as a whole.
///
/// People and companies come from four sources together: the gazetteer; the Korean dictionary's names where
/// the context agrees (find_dictionary_persons: 윤석열 대통령, 류현진); names the text marks itself
/// (find_name_patterns: 알렉산더 왕(Alexandr Wang), 알렉세이 에프로스 교수), which then count in every passage
/// of the article, under the gazetteer's name when they are a transliteration variant of it; and, within
/// the article, a surname alone (에프로스는) for the one full name of the article that ends in it. Dates
/// resolve against the article's date. Holds an analyzer: one per thread.
class EntityExtractor {
public:
    /// Throws DictionaryError when the Korean dictionary cannot be opened.
    explicit EntityExtractor(const Gazetteer& gazetteer = Gazetteer::builtin(),
                             const KoreanDictionary& dictionary = KoreanDictionary::installed())
        : gazetteer_(gazetteer), dictionary_(dictionary)
    {
    }

    /// One PassageEntities per passage, in order. `article_date` is ISO of any precision, or empty. The names
    /// the article taught (marked in its text) are appended to `learned` when given.
    std::vector<PassageEntities> extract(const std::vector<PassageInput>& passages, std::string_view article_date,
                                         std::vector<LearnedName>* learned = nullptr);

private:
    /// The names an article teaches, and where each passage marks one (entities of `local`).
    struct ArticleNames {
        Gazetteer local;
        std::vector<std::vector<EntityMention>> marked;
        std::vector<std::vector<std::string>> pending;  ///< per passage: names waiting for evidence elsewhere
        std::set<std::string> provisional;              ///< names the article never marks clearly
        std::set<std::string> companies_marked;         ///< companies the text marks as companies (주가, (주))
    };
    ArticleNames names_in_article(const std::vector<PassageInput>& passages, std::vector<LearnedName>* learned);

    /// Per passage, each name candidate with the entity it names (the gazetteer's when it knows the name).
    using Candidates = std::vector<std::vector<std::pair<NameCandidate, Entity>>>;
    struct ArticleEvidence;  // what the whole article says of its names
    Candidates candidates_in(const std::vector<PassageInput>& passages, std::map<std::string, EntityKind>& people);
    void place(ArticleNames& names, NameCandidate& candidate, Entity& entity, const ArticleEvidence& evidence,
               std::vector<LearnedName>* learned);
    void add_short_names(ArticleNames& names, const ArticleEvidence& evidence);

    /// The gazetteer entity a candidate names, remembered: a name recurs in every passage that mentions it.
    const Entity* known_entity(const NameCandidate& candidate);

    const Gazetteer& gazetteer_;
    WordSenseLookup dictionary_;
    analysis::Analyzer analyzer_;
    std::unordered_map<std::string, const Entity*> known_;  ///< kind, name and Latin form → entity or nullptr
};

/// How a collection mentions the dictionary names its passages hold provisionally or pending.
struct CollectionNames {
    std::map<std::string, std::size_t> clear_passages;        ///< passages marking the person clearly
    std::map<std::string, std::size_t> provisional_passages;  ///< passages holding the name provisionally
    std::map<std::string, std::size_t> pending_passages;      ///< passages holding the name pending

    /// Counts what a passage holds.
    void add(const PassageEntities& passage);
};

/// Settles a passage's provisional and pending persons as `collection` says (counts_as_person), as the
/// indexer does over a whole index.
void settle_persons(PassageEntities& passage, const CollectionNames& collection);

/// The entities of a text read as an article of one passage (tests, tools).
PassageEntities extract_entities(const std::vector<analysis::Token>& tokens, std::string_view text,
                                 std::string_view article_date, const Gazetteer& gazetteer = Gazetteer::builtin());

}  // namespace ks::entities
