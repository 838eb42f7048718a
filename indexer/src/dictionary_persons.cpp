#include "ks/indexer/dictionary_persons.h"

#include <xapian.h>

#include <algorithm>
#include <future>
#include <map>
#include <vector>

#include "ks/entities/name_patterns.h"
#include "ks/indexer/shards.h"
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

// What the whole index says of a name: whether its provisional passages and its pending ones count it.
struct Verdict {
    std::string name;
    bool provisional_counts = false;
    bool pending_counts = false;
};

std::vector<Verdict> verdicts(const Xapian::Database& db)
{
    std::vector<Verdict> out;
    for (const std::string& name : names_to_settle(db)) {
        const auto provisional = passages_with(db, schema::term(schema::kProvisionalPersonPrefix, name));
        const auto pending = passages_with(db, schema::term(schema::kPendingPersonPrefix, name));
        const std::size_t clear =
            clear_passages(passages_with(db, schema::term(schema::kPersonPrefix, name)), provisional, pending);
        out.push_back({name, entities::counts_as_person(Standing::kProvisional, clear, provisional.size()),
                       entities::counts_as_person(Standing::kPending, clear, pending.size())});
    }
    return out;
}

// Gives the passages of one database what the verdicts say, each passage rewritten once for all its names.
// Returns the passages changed.
std::size_t apply(const std::string& path, const std::vector<Verdict>& verdicts)
{
    Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
    std::map<Xapian::docid, std::vector<std::pair<std::string, bool>>> changes;  // docid → (name, counts)
    for (const Verdict& verdict : verdicts) {
        const auto counted = passages_with(db, schema::term(schema::kPersonPrefix, verdict.name));
        for (const auto& [prefix, counts] : {std::pair{schema::kProvisionalPersonPrefix, verdict.provisional_counts},
                                             std::pair{schema::kPendingPersonPrefix, verdict.pending_counts}}) {
            for (const Xapian::docid docid : passages_with(db, schema::term(prefix, verdict.name))) {
                if (std::binary_search(counted.begin(), counted.end(), docid) != counts) {
                    changes[docid].emplace_back(verdict.name, counts);
                }
            }
        }
    }
    for (const auto& [docid, names] : changes) {
        Xapian::Document doc = db.get_document(docid);
        for (const auto& [name, counts] : names) {
            set_person(doc, name, counts);
        }
        db.replace_document(docid, doc);  // reads all its positions: about a millisecond a passage
    }
    db.commit();
    return changes.size();
}

}  // namespace

std::size_t settle_dictionary_persons(const std::string& db_path)
{
    const std::vector<Verdict> settled = verdicts(Xapian::Database(db_path));
    // Each database of a sharded index on its own thread: the verdicts are the whole index's already.
    std::vector<std::future<std::size_t>> changes;
    for (const std::string& path : local_databases(db_path)) {
        changes.push_back(std::async(std::launch::async, [&settled, path] { return apply(path, settled); }));
    }
    std::size_t changed = 0;
    for (std::future<std::size_t>& change : changes) {
        changed += change.get();
    }
    return changed;
}

}  // namespace ks::indexer
