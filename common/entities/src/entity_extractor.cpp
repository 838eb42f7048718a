#include "ks/entities/entity_extractor.h"

#include <algorithm>
#include <map>

#include "common_readings.h"
#include "ks/entities/company_names.h"
#include "ks/entities/date_extractor.h"
#include "ks/entities/name_patterns.h"
#include "ks/entities/name_shape.h"
#include "ks/entities/name_similarity.h"
#include "ks/entities/person_names.h"
#include "ks/text/normalizer.h"

namespace ks::entities {

namespace {

void add_once(std::vector<std::string>& values, const std::string& value)
{
    if (std::find(values.begin(), values.end(), value) == values.end()) {
        values.push_back(value);
    }
}

// The gazetteer entity a marked name stands for: by spelling, by its Latin form, or as a transliteration
// variant of a canonical name of the same kind. nullptr for a name the gazetteer does not know.
const Entity* find_known_entity(const NameCandidate& candidate, const Gazetteer& gazetteer,
                                analysis::Analyzer& analyzer)
{
    for (const std::string* name : {&candidate.name, &candidate.other_form}) {
        if (const Entity* entity = name->empty() ? nullptr : gazetteer.lookup(*name, analyzer)) {
            return entity;
        }
    }
    for (const Entity& entity : gazetteer.entities()) {
        if (entity.kind == candidate.kind && same_transliterated_name(candidate.name, entity.canonical)) {
            return &entity;
        }
    }
    return nullptr;
}

std::string last_word(const std::string& name)
{
    const std::size_t space = name.rfind(' ');
    return space == std::string::npos ? std::string() : name.substr(space + 1);
}

// Mentions of both gazetteers and the names marked where they stand (김창완씨, which no spelling of 김창완
// matches as a word), left to right; where two overlap, the longer one.
std::vector<std::pair<const Gazetteer*, EntityMention>> all_mentions(const std::vector<analysis::Token>& tokens,
                                                                     const Gazetteer& global, const Gazetteer& local,
                                                                     const std::vector<EntityMention>& marked)
{
    std::vector<std::pair<const Gazetteer*, EntityMention>> all;
    for (const Gazetteer* g : {&global, &local}) {
        for (const EntityMention& m : g->find(tokens)) {
            all.emplace_back(g, m);
        }
    }
    for (const EntityMention& m : marked) {
        all.emplace_back(&local, m);
    }
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        return a.second.first_token != b.second.first_token ? a.second.first_token < b.second.first_token
                                                            : a.second.token_count > b.second.token_count;
    });
    std::vector<std::pair<const Gazetteer*, EntityMention>> kept;
    std::size_t covered_to = 0;
    for (const auto& mention : all) {
        if (mention.second.first_token >= covered_to) {
            kept.push_back(mention);
            covered_to = mention.second.first_token + mention.second.token_count;
        }
    }
    return kept;
}

// 앤더리어스 크리그 영국 킹스 칼리지 교수: no name begins among the words that say where a person works.
void drop_names_within_affiliations(std::vector<NameCandidate>& found)
{
    std::vector<std::pair<std::size_t, std::size_t>> affiliations;  // token ranges, the end excluded
    for (const NameCandidate& candidate : found) {
        const std::size_t end = candidate.first_token + candidate.token_count;
        if (candidate.affiliation_tokens > 0) {
            affiliations.emplace_back(end, end + candidate.affiliation_tokens);
        }
    }
    std::erase_if(found, [&affiliations](const NameCandidate& candidate) {
        return std::any_of(affiliations.begin(), affiliations.end(), [&candidate](const auto& range) {
            return candidate.first_token >= range.first && candidate.first_token < range.second;
        });
    });
}

std::string first_word(const std::string& name)
{
    const std::size_t space = name.find(' ');
    return space == std::string::npos ? std::string() : name.substr(0, space);
}

// The people of an article by one word of their full names (`word_of`: last_word, first_word), of 6 bytes at
// least: two Hangul syllables.
std::map<std::string, std::vector<std::string>> full_names_by(const std::map<std::string, EntityKind>& people,
                                                              std::string (*word_of)(const std::string&))
{
    std::map<std::string, std::vector<std::string>> by_word;
    for (const auto& [name, kind] : people) {
        if (const std::string word = word_of(name); kind == EntityKind::kPerson && word.size() >= 6) {
            by_word[word].push_back(name);
        }
    }
    return by_word;
}

// Whether the article reports a game: words of play and competition of two kinds or more (선수, 홈런, 감독,
// 이닝...; not 경기, which is also the economy). There 삼성, LG and 흥국생명 are teams.
bool a_sports_story(const std::vector<PassageInput>& passages)
{
    static const std::set<std::string> kSportsWords = {
        "선수", "감독",   "코치",   "선두타자", "시즌",     "리그", "구단", "타자",   "투수",
        "홈런", "안타",   "득점",   "골",       "세트",     "우승", "결승", "준결승", "이닝",
        "타석", "공격수", "수비수", "프로야구", "프로축구", "배구", "농구", "야구"};
    std::set<std::string> seen;
    for (const PassageInput& passage : passages) {
        for (const analysis::Token& token : *passage.tokens) {
            if (kSportsWords.contains(token.stem)) {
                seen.insert(token.stem);
            }
        }
    }
    return seen.size() >= 2;
}

// 사이먼디(이하 쌈디), 씨제스 엔터테인먼트(이하 씨제스): the short name an article declares it will use from here
// on, in parentheses right after the name, its quotes left off.
std::string declared_short_name(std::string_view text, std::size_t end)
{
    constexpr std::string_view kOpening = "(이하 ";
    constexpr std::size_t kLongest = 30;  // bytes: a name, not a clause
    if (!text.substr(end).starts_with(kOpening)) {
        return {};
    }
    const std::size_t begin = end + kOpening.size();
    const std::size_t close = text.find(')', begin);
    if (close == std::string_view::npos || close - begin > kLongest) {
        return {};
    }
    std::string_view name = text.substr(begin, close - begin);
    for (const std::string_view quote : {"'", "\"", "‘", "’", "“", "”"}) {
        if (name.starts_with(quote)) {
            name.remove_prefix(quote.size());
        }
        if (name.ends_with(quote)) {
            name.remove_suffix(quote.size());
        }
    }
    return name.empty() || name.find(' ') != std::string_view::npos ? std::string() : std::string(name);
}

// 아베 신조(安倍晋三), 사이먼디(이하 쌈디): another form of the name in parentheses right after it, for people and
// companies alike.
void give_other_form(NameCandidate& candidate, const PassageInput& passage)
{
    if (!candidate.other_form.empty() || candidate.token_count == 0 || candidate.standing == Standing::kDenied) {
        return;
    }
    const analysis::Token& last = (*passage.tokens)[candidate.first_token + candidate.token_count - 1];
    if (candidate.kind == EntityKind::kPerson) {
        candidate.other_form = chinese_characters_in_parentheses(passage.text, last.end);
    }
    // Not for the last of two names the short one covers both of: 마리오 또는 루이지(이하 마리오).
    const analysis::Token& first = (*passage.tokens)[candidate.first_token];
    const std::string_view before = passage.text.substr(0, first.begin);
    if (candidate.other_form.empty() && !before.ends_with("또는 ") && !before.ends_with("및 ")) {
        candidate.other_form = declared_short_name(passage.text, last.end);
    }
}

}  // namespace

const Entity* EntityExtractor::known_entity(const NameCandidate& candidate)
{
    constexpr std::size_t kRemembered = 1 << 16;  // names; started over when full
    std::string key = std::string(kind_name(candidate.kind)) + '\t' + candidate.name + '\t' + candidate.other_form;
    if (const auto it = known_.find(key); it != known_.end()) {
        return it->second;
    }
    if (known_.size() >= kRemembered) {
        known_.clear();
    }
    const Entity* entity = find_known_entity(candidate, gazetteer_, analyzer_);
    known_.emplace(std::move(key), entity);
    return entity;
}

EntityExtractor::Candidates EntityExtractor::candidates_in(const std::vector<PassageInput>& passages,
                                                           std::map<std::string, EntityKind>& people)
{
    Candidates candidates;
    for (const PassageInput& passage : passages) {
        std::vector<NameCandidate> found = find_name_patterns(*passage.tokens, passage.text, gazetteer_);
        for (NameCandidate& candidate : find_dictionary_persons(*passage.tokens, passage.text, dictionary_)) {
            found.push_back(std::move(candidate));
        }
        for (NameCandidate& candidate : find_dictionary_companies(*passage.tokens, passage.text, dictionary_)) {
            found.push_back(std::move(candidate));
        }
        drop_names_within_affiliations(found);
        for (NameCandidate& candidate : found) {
            give_other_form(candidate, passage);
        }
        auto& named = candidates.emplace_back();
        for (NameCandidate& candidate : found) {
            const Entity* known = known_entity(candidate);
            Entity entity = known ? *known : Entity{candidate.kind, candidate.name};
            if (candidate.standing == Standing::kNamed || (known && candidate.standing != Standing::kDenied)) {
                people.emplace(entity.canonical, entity.kind);
                candidate.standing = Standing::kNamed;
            }
            named.emplace_back(std::move(candidate), std::move(entity));
        }
        for (const EntityMention& mention : gazetteer_.find(*passage.tokens)) {
            const Entity& entity = gazetteer_.entities()[mention.entity];
            people.emplace(entity.canonical, entity.kind);
        }
    }
    return candidates;
}

struct EntityExtractor::ArticleEvidence {
    std::map<std::string, EntityKind> people;  // names of people and companies the article marks, for surnames
    std::map<std::string, std::vector<std::string>> by_surname;
    std::map<std::string, std::vector<std::string>> by_given_name;
    std::set<std::string> denied;                  // 슬랙(Slack): no person in this article
    std::set<std::string> teams;                   // 주니치 드래곤스: no one-word person in this article
    std::vector<EntityMention>* marked = nullptr;  // of the passage at hand
    std::vector<std::string>* pending = nullptr;   // of the passage at hand
};

// Where one candidate goes: nowhere (denied, a team, an ambiguous surname), to the full name it shortens, to
// the collection to settle, or among the article's names as marked.
void EntityExtractor::place(ArticleNames& names, NameCandidate& candidate, Entity& entity,
                            const ArticleEvidence& evidence, std::vector<LearnedName>* learned)
{
    // 슬랙(Slack) and every 슬랙 of the article not named clearly; and a one-word name the article also writes as
    // a team's, even before a title (주니치 드래건스 ... 주니치 감독; but 안중근 가문 leaves 안중근 의사 a person).
    const bool one_word_person = entity.kind == EntityKind::kPerson && candidate.token_count == 1;
    if ((candidate.standing != Standing::kNamed && evidence.denied.contains(entity.canonical)) ||
        (one_word_person && evidence.teams.contains(entity.canonical))) {
        return;
    }
    // 뮐러 alone, where the article also names 토마스 뮐러, is he; where it names two, neither.
    if (const auto it = evidence.by_surname.find(entity.canonical);
        it != evidence.by_surname.end() && entity.kind == EntityKind::kPerson) {
        if (it->second.size() != 1) {
            return;
        }
        entity.canonical = it->second.front();
    } else if (const auto given = evidence.by_given_name.find(entity.canonical);
               candidate.standing != Standing::kNamed && given != evidence.by_given_name.end()) {
        if (given->second.size() != 1) {
            return;
        }
        entity.canonical = given->second.front();  // 일리야에게, where the article names 일리야 수츠케버
    } else if (candidate.standing != Standing::kNamed && !evidence.people.contains(entity.canonical)) {
        // Not named clearly anywhere in the article: the collection settles it (counts_as_person).
        if (candidate.standing == Standing::kPending) {
            evidence.pending->push_back(entity.canonical);
            return;
        }
        names.provisional.insert(entity.canonical);
    }
    names.local.add(entity, {candidate.name, candidate.other_form}, analyzer_);
    evidence.marked->push_back({names.local.entities().size() - 1, candidate.first_token, candidate.token_count});
    if (entity.kind == EntityKind::kCompany && candidate.standing == Standing::kNamed) {
        names.companies_marked.insert(entity.canonical);
    }
    if (learned) {
        // Only another spelling is an alias: a name that is its own value needs none, and the searcher reads every
        // alias when it opens the index.
        for (const std::string* name : {&candidate.name, &candidate.other_form}) {
            if (!name->empty() && *name != entity.canonical) {
                learned->push_back({entity.kind, entity.canonical, *name});
            }
        }
    }
}

// A surname alone (뮐러는) or a given name alone (토마스에게) stands for the one person of the article whose full
// name ends or begins with it.
void EntityExtractor::add_short_names(ArticleNames& names, const ArticleEvidence& evidence)
{
    for (const auto* by_word : {&evidence.by_surname, &evidence.by_given_name}) {
        for (const auto& [word, full_names] : *by_word) {
            // A given name only where the dictionary knows it as nothing but a name (토마스; not 클럽 of a
            // mistaken 클럽 보드진, which would turn every 클럽 of the article into a person).
            // Nor a word that ends another full name of the article: 브란트 is 빌리 브란트's surname, not the given
            // name of the 브란트 하우스 (a building) the article also names.
            const bool name_alone = by_word == &evidence.by_surname ||
                                    (dictionary_.senses(word).only_person() && !evidence.by_surname.contains(word));
            if (full_names.size() == 1 && name_alone && gazetteer_.lookup(word, analyzer_) == nullptr) {
                names.local.add({EntityKind::kPerson, full_names.front()}, {word}, analyzer_);
            }
        }
    }
}

EntityExtractor::ArticleNames EntityExtractor::names_in_article(const std::vector<PassageInput>& passages,
                                                                std::vector<LearnedName>* learned)
{
    ArticleEvidence evidence;
    Candidates candidates = candidates_in(passages, evidence.people);
    evidence.by_surname = full_names_by(evidence.people, last_word);
    evidence.by_given_name = full_names_by(evidence.people, first_word);
    for (const auto& named : candidates) {
        for (const auto& [candidate, entity] : named) {
            if (candidate.standing == Standing::kDenied) {
                evidence.denied.insert(entity.canonical);
            }
            if (candidate.names_a_team) {
                evidence.teams.insert(entity.canonical);
            }
        }
    }
    ArticleNames names;
    for (auto& named : candidates) {
        evidence.marked = &names.marked.emplace_back();
        evidence.pending = &names.pending.emplace_back();
        for (auto& [candidate, entity] : named) {
            place(names, candidate, entity, evidence, learned);
        }
    }
    add_short_names(names, evidence);
    return names;
}

std::vector<PassageEntities> EntityExtractor::extract(const std::vector<PassageInput>& passages,
                                                      std::string_view article_date, std::vector<LearnedName>* learned)
{
    const ArticleNames names = names_in_article(passages, learned);
    const bool sports = a_sports_story(passages);
    // A company named by a word with a common reading (메타) counts where the article shows, once at least, that
    // it means the company (Meta, 메타가, 메타 CEO): not in 메타 분석, 메타 데이터, or the 오르토, 메타, 파라 of
    // chemistry.
    std::set<std::string> read_as_a_word;
    std::set<std::string> meant;
    std::vector<PassageEntities> out;
    for (std::size_t p = 0; p < passages.size(); ++p) {
        const PassageInput& passage = passages[p];
        PassageEntities found;
        for (const auto& [gazetteer, mention] :
             all_mentions(*passage.tokens, gazetteer_, names.local, names.marked[p])) {
            const Entity& entity = gazetteer->entities()[mention.entity];
            if (entity.kind == EntityKind::kCompany && sports && !names.companies_marked.contains(entity.canonical)) {
                continue;  // 삼성을 꺾고: in a sports story a company's name is its team's
            }
            const bool ambiguous =
                entity.kind == EntityKind::kCompany && has_a_common_reading(entity.canonical, dictionary_);
            if (ambiguous && !mention_means_the_company(*passage.tokens, mention) &&
                !names.companies_marked.contains(entity.canonical)) {
                read_as_a_word.insert(entity.canonical);
            } else if (ambiguous) {
                meant.insert(entity.canonical);
            }
            add_once(entity.kind == EntityKind::kPerson ? found.persons : found.companies, entity.canonical);
        }
        for (const std::string& name : names.pending[p]) {
            if (std::find(found.persons.begin(), found.persons.end(), name) == found.persons.end()) {
                add_once(found.pending_persons, name);
            }
        }
        for (const std::string& name : found.persons) {
            if (names.provisional.contains(name)) {
                found.provisional_persons.push_back(name);
            }
        }
        found.dates = extract_dates(text::NormalizedText(passage.text).text(), article_date);
        out.push_back(std::move(found));
    }
    for (const std::string& word : read_as_a_word) {
        if (!meant.contains(word)) {
            for (PassageEntities& found : out) {
                std::erase(found.companies, word);
            }
        }
    }
    return out;
}

void CollectionNames::add(const PassageEntities& passage)
{
    const auto& provisional = passage.provisional_persons;
    for (const std::string& name : passage.persons) {
        const bool clear = std::find(provisional.begin(), provisional.end(), name) == provisional.end();
        ++(clear ? clear_passages : provisional_passages)[name];
    }
    for (const std::string& name : passage.pending_persons) {
        ++pending_passages[name];
    }
}

void settle_persons(PassageEntities& passage, const CollectionNames& collection)
{
    const auto count = [](const std::map<std::string, std::size_t>& counts, const std::string& name) {
        const auto it = counts.find(name);
        return it == counts.end() ? std::size_t{0} : it->second;
    };
    const auto counts = [&](Standing standing, const std::string& name) {
        const auto& marked =
            standing == Standing::kProvisional ? collection.provisional_passages : collection.pending_passages;
        return counts_as_person(standing, count(collection.clear_passages, name), count(marked, name));
    };
    std::vector<std::string> persons;
    for (const std::string& name : passage.persons) {
        const bool provisional = std::find(passage.provisional_persons.begin(), passage.provisional_persons.end(),
                                           name) != passage.provisional_persons.end();
        if (!provisional || counts(Standing::kProvisional, name)) {
            persons.push_back(name);
        }
    }
    for (const std::string& name : passage.pending_persons) {
        if (counts(Standing::kPending, name)) {
            add_once(persons, name);
        }
    }
    passage.persons = std::move(persons);
}

PassageEntities extract_entities(const std::vector<analysis::Token>& tokens, std::string_view text,
                                 std::string_view article_date, const Gazetteer& gazetteer)
{
    EntityExtractor extractor(gazetteer);
    return extractor.extract({{&tokens, text}}, article_date).front();
}

}  // namespace ks::entities
