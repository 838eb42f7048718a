#include "ks/searcher/known_names.h"

#include "ks/schema/schema.h"

namespace ks::searcher {

KnownNames::KnownNames(const Xapian::Database& db, analysis::Analyzer& analyzer)
{
    const std::string prefix(schema::kNameMetadataPrefix);
    for (Xapian::TermIterator it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
        const std::string value = db.get_metadata(*it);
        const std::size_t tab = value.find('\t');
        entities::EntityKind kind{};
        if (tab == std::string::npos || !entities::parse_kind(std::string_view(value).substr(0, tab), kind)) {
            continue;  // written by another version: ignore rather than fail the search
        }
        try {
            learned_.add({kind, value.substr(tab + 1)}, {(*it).substr(prefix.size())}, analyzer);
        } catch (const entities::GazetteerError&) {
            continue;  // a spelling with no word in it
        }
    }
}

const entities::Entity* KnownNames::lookup(std::string_view name, analysis::Analyzer& analyzer) const
{
    if (const entities::Entity* entity = entities::Gazetteer::builtin().lookup(name, analyzer)) {
        return entity;
    }
    return learned_.lookup(name, analyzer);
}

std::vector<KnownNames::Found> KnownNames::find(const std::vector<analysis::Token>& tokens) const
{
    std::vector<Found> found;
    for (const entities::Gazetteer* g : {&entities::Gazetteer::builtin(), &learned_}) {
        for (const entities::EntityMention& mention : g->find(tokens)) {
            found.push_back({&g->entities()[mention.entity], mention.first_token, mention.token_count});
        }
    }
    return found;
}

}  // namespace ks::searcher
