#include "ks/entities/entity_extractor.h"

#include <algorithm>

#include "ks/entities/date_extractor.h"
#include "ks/text/normalizer.h"

namespace ks::entities {

namespace {

void add_once(std::vector<std::string>& values, const std::string& value)
{
    if (std::find(values.begin(), values.end(), value) == values.end()) {
        values.push_back(value);
    }
}

}  // namespace

PassageEntities extract_entities(const std::vector<analysis::Token>& tokens, std::string_view text,
                                 std::string_view article_date, const Gazetteer& gazetteer)
{
    PassageEntities found;
    for (const EntityMention& mention : gazetteer.find(tokens)) {
        const Entity& entity = gazetteer.entities()[mention.entity];
        add_once(entity.kind == EntityKind::kPerson ? found.persons : found.companies, entity.canonical);
    }
    found.dates = extract_dates(text::NormalizedText(text).text(), article_date);
    return found;
}

}  // namespace ks::entities
