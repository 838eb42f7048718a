#include "ks/entities/entity_extractor.h"

#include <algorithm>
#include <map>

#include "ks/entities/date_extractor.h"
#include "ks/entities/name_patterns.h"
#include "ks/entities/name_similarity.h"
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
const Entity* known_entity(const NameCandidate& candidate, const Gazetteer& gazetteer, analysis::Analyzer& analyzer)
{
    for (const std::string* name : {&candidate.name, &candidate.latin}) {
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

// Mentions of both gazetteers, left to right; where two overlap, the longer one.
std::vector<std::pair<const Gazetteer*, EntityMention>> all_mentions(const std::vector<analysis::Token>& tokens,
                                                                     const Gazetteer& global, const Gazetteer& local)
{
    std::vector<std::pair<const Gazetteer*, EntityMention>> all;
    for (const Gazetteer* g : {&global, &local}) {
        for (const EntityMention& m : g->find(tokens)) {
            all.emplace_back(g, m);
        }
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

}  // namespace

Gazetteer EntityExtractor::names_in_article(const std::vector<PassageInput>& passages,
                                            std::vector<LearnedName>* learned)
{
    Gazetteer local;
    std::map<std::string, EntityKind> people;  // full names of people in the article, for surnames
    for (const PassageInput& passage : passages) {
        for (const NameCandidate& candidate : find_name_patterns(*passage.tokens, passage.text, gazetteer_)) {
            const Entity* known = known_entity(candidate, gazetteer_, analyzer_);
            const Entity entity = known ? *known : Entity{candidate.kind, candidate.name};
            local.add(entity, {candidate.name, candidate.latin}, analyzer_);
            people.emplace(entity.canonical, entity.kind);
            if (learned) {
                for (const std::string* name : {&candidate.name, &candidate.latin}) {
                    if (!name->empty()) {
                        learned->push_back({entity.kind, entity.canonical, *name});
                    }
                }
            }
        }
        for (const EntityMention& mention : gazetteer_.find(*passage.tokens)) {
            const Entity& entity = gazetteer_.entities()[mention.entity];
            people.emplace(entity.canonical, entity.kind);
        }
    }
    // A surname alone stands for the one person of the article whose full name ends in it.
    std::map<std::string, std::vector<std::string>> by_surname;
    for (const auto& [name, kind] : people) {
        if (const std::string surname = last_word(name); kind == EntityKind::kPerson && surname.size() >= 6) {
            by_surname[surname].push_back(name);  // 6 bytes: two Hangul syllables at least
        }
    }
    for (const auto& [surname, names] : by_surname) {
        if (names.size() == 1 && gazetteer_.lookup(surname, analyzer_) == nullptr) {
            local.add({EntityKind::kPerson, names.front()}, {surname}, analyzer_);
        }
    }
    return local;
}

std::vector<PassageEntities> EntityExtractor::extract(const std::vector<PassageInput>& passages,
                                                      std::string_view article_date, std::vector<LearnedName>* learned)
{
    const Gazetteer local = names_in_article(passages, learned);
    std::vector<PassageEntities> out;
    for (const PassageInput& passage : passages) {
        PassageEntities found;
        for (const auto& [gazetteer, mention] : all_mentions(*passage.tokens, gazetteer_, local)) {
            const Entity& entity = gazetteer->entities()[mention.entity];
            add_once(entity.kind == EntityKind::kPerson ? found.persons : found.companies, entity.canonical);
        }
        found.dates = extract_dates(text::NormalizedText(passage.text).text(), article_date);
        out.push_back(std::move(found));
    }
    return out;
}

PassageEntities extract_entities(const std::vector<analysis::Token>& tokens, std::string_view text,
                                 std::string_view article_date, const Gazetteer& gazetteer)
{
    EntityExtractor extractor(gazetteer);
    return extractor.extract({{&tokens, text}}, article_date).front();
}

}  // namespace ks::entities
