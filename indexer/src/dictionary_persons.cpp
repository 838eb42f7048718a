#include "ks/indexer/dictionary_persons.h"

#include <xapian.h>

#include <algorithm>
#include <map>
#include <vector>

#include "ks/entities/name_patterns.h"
#include "ks/schema/schema.h"

namespace ks::indexer {

namespace {

using entities::Standing;

// The passages holding `term`, in docid order.
std::vector<Xapian::docid> passages_with(const Xapian::Database& db, const std::string& term)
{
    std::vector<Xapian::docid> docids;
    for (Xapian::PostingIterator it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
        docids.push_back(*it);
    }
    return docids;
}

// How many of the passages counting the person (`counted`, its XP postings) name it clearly: those that hold
// it by no marker.
std::size_t clear_passages(const std::vector<Xapian::docid>& counted, const std::vector<Xapian::docid>& provisional,
                           const std::vector<Xapian::docid>& pending)
{
    return static_cast<std::size_t>(std::count_if(counted.begin(), counted.end(), [&](Xapian::docid docid) {
        return !std::binary_search(provisional.begin(), provisional.end(), docid) &&
               !std::binary_search(pending.begin(), pending.end(), docid);
    }));
}

// Adds or removes the person `name` in a passage: its XP term, its place in the person list and slots.
void set_person(Xapian::Document& doc, const std::string& name, bool present)
{
    const std::string person = schema::term(schema::kPersonPrefix, name);
    std::vector<std::string> persons = schema::decode_values(doc.get_value(schema::kPersonsSlot));
    persons.erase(std::remove(persons.begin(), persons.end(), name), persons.end());
    if (present) {
        persons.push_back(name);
        doc.add_term(person);
    } else {
        doc.remove_term(person);
    }
    doc.add_value(schema::kPersonsSlot, schema::encode_values(persons));
    for (std::size_t i = 0; i < schema::kFacetSlotsEach; ++i) {
        const auto slot = schema::kPersonsFirstSlot + static_cast<Xapian::valueno>(i);
        doc.add_value(slot, i < persons.size() ? persons[i] : std::string());  // empty: no value in the slot
    }
}

// The names whose passages the collection may settle otherwise than they were written: provisional in many
// passages (only then can the collection overrule them), or pending where some passage counts the person.
std::vector<std::string> names_to_settle(const Xapian::Database& db)
{
    std::vector<std::string> names;
    const std::string provisional(schema::kProvisionalPersonPrefix);
    for (Xapian::TermIterator it = db.allterms_begin(provisional); it != db.allterms_end(provisional); ++it) {
        if (!entities::counts_as_person(Standing::kProvisional, 0, it.get_termfreq())) {
            names.push_back((*it).substr(provisional.size()));
        }
    }
    const std::string pending(schema::kPendingPersonPrefix);
    for (Xapian::TermIterator it = db.allterms_begin(pending); it != db.allterms_end(pending); ++it) {
        std::string name = (*it).substr(pending.size());
        if (db.get_termfreq(schema::term(schema::kPersonPrefix, name)) > 0) {
            names.push_back(std::move(name));
        }
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

}  // namespace

std::size_t settle_dictionary_persons(const std::string& db_path)
{
    Xapian::WritableDatabase db(db_path, Xapian::DB_OPEN);
    std::size_t changed = 0;
    for (const std::string& name : names_to_settle(db)) {
        const auto provisional = passages_with(db, schema::term(schema::kProvisionalPersonPrefix, name));
        const auto pending = passages_with(db, schema::term(schema::kPendingPersonPrefix, name));
        const std::vector<Xapian::docid> counted = passages_with(db, schema::term(schema::kPersonPrefix, name));
        const std::size_t clear = clear_passages(counted, provisional, pending);
        for (const auto& [docids, standing] :
             {std::pair{&provisional, Standing::kProvisional}, std::pair{&pending, Standing::kPending}}) {
            const bool counts = entities::counts_as_person(standing, clear, docids->size());
            for (const Xapian::docid docid : *docids) {
                if (std::binary_search(counted.begin(), counted.end(), docid) != counts) {
                    Xapian::Document doc = db.get_document(docid);
                    set_person(doc, name, counts);
                    db.replace_document(docid, doc);
                    ++changed;
                }
            }
        }
    }
    db.commit();
    return changed;
}

}  // namespace ks::indexer
