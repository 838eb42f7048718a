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

// Adds or removes the person `name` in a passage's values: its person list and slots. Its terms stay as written
// (rewriting them reads every position of the passage); person_query reads the verdict from the metadata.
void set_person(Xapian::Document& doc, std::vector<std::string>& persons, const std::string& name, bool present)
{
    persons.erase(std::remove(persons.begin(), persons.end(), name), persons.end());
    if (present) {
        persons.push_back(name);
    }
    doc.add_value(schema::kPersonsSlot, schema::encode_values(persons));
    for (std::size_t i = 0; i < schema::kFacetSlotsEach; ++i) {
        const auto slot = schema::kPersonsFirstSlot + static_cast<Xapian::valueno>(i);
        doc.add_value(slot, i < persons.size() ? persons[i] : std::string());  // empty: no value in the slot
    }
}

// The names whose passages the collection may settle otherwise than they were written: provisional in many
// passages (only then can the collection overrule them), pending where some passage names the person clearly,
// or settled otherwise before (their passages may have to go back to what was written).
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
    const std::string settled(schema::kSettledPersonMetadataPrefix);
    for (Xapian::TermIterator it = db.metadata_keys_begin(settled); it != db.metadata_keys_end(settled); ++it) {
        names.push_back((*it).substr(settled.size()));
    }
    // A verdict is read by its key: a name too long for one stays as its passages were written.
    std::erase_if(names, [](const std::string& name) { return schema::settled_person_key(name).empty(); });
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

// What the whole index says of a name: whether its provisional passages and its pending ones count it.
struct Verdict {
    std::string name;
    schema::PersonVerdict counts;
};

std::vector<Verdict> verdicts(const Xapian::Database& db)
{
    std::vector<Verdict> out;
    for (const std::string& name : names_to_settle(db)) {
        const auto provisional = passages_with(db, schema::term(schema::kProvisionalPersonPrefix, name));
        const auto pending = passages_with(db, schema::term(schema::kPendingPersonPrefix, name));
        const std::size_t clear =
            clear_passages(passages_with(db, schema::term(schema::kPersonPrefix, name)), provisional, pending);
        out.push_back({name,
                       {entities::counts_as_person(Standing::kProvisional, clear, provisional.size()),
                        entities::counts_as_person(Standing::kPending, clear, pending.size())}});
    }
    return out;
}

// The person values of the passages settled, read once each.
class PassagePersons {
public:
    explicit PassagePersons(const Xapian::Database& db) : db_(db) {}
    std::vector<std::string>& of(Xapian::docid docid)
    {
        auto [it, added] = persons_.try_emplace(docid);
        if (added) {
            it->second = schema::decode_values(db_.get_document(docid).get_value(schema::kPersonsSlot));
        }
        return it->second;
    }

private:
    const Xapian::Database& db_;
    std::map<Xapian::docid, std::vector<std::string>> persons_;
};

// Gives the passages of one database what the verdicts say, each passage rewritten once for all its names, and
// when `keeps_names` (the database where names live), records the verdicts that differ from the default.
// Returns the passages changed.
std::size_t apply(const std::string& path, const std::vector<Verdict>& verdicts, bool keeps_names)
{
    Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
    PassagePersons persons(db);
    std::map<Xapian::docid, std::vector<std::pair<std::string, bool>>> changes;  // docid → (name, counts)
    for (const Verdict& verdict : verdicts) {
        for (const auto& [prefix, counts] :
             {std::pair{schema::kProvisionalPersonPrefix, verdict.counts.provisional_counts},
              std::pair{schema::kPendingPersonPrefix, verdict.counts.pending_counts}}) {
            for (const Xapian::docid docid : passages_with(db, schema::term(prefix, verdict.name))) {
                const std::vector<std::string>& now = persons.of(docid);
                if ((std::find(now.begin(), now.end(), verdict.name) != now.end()) != counts) {
                    changes[docid].emplace_back(verdict.name, counts);
                }
            }
        }
        if (keeps_names) {
            db.set_metadata(schema::settled_person_key(verdict.name),
                            verdict.counts.is_default() ? std::string() : schema::encode_verdict(verdict.counts));
        }
    }
    for (const auto& [docid, names] : changes) {
        Xapian::Document doc = db.get_document(docid);
        for (const auto& [name, counts] : names) {
            set_person(doc, persons.of(docid), name, counts);
        }
        db.replace_document(docid, doc);  // values only: no term or position is read or written
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
    const std::vector<std::string> databases = local_databases(db_path);
    for (const std::string& path : databases) {
        const bool keeps_names = path == databases.front();
        changes.push_back(std::async(std::launch::async,
                                     [&settled, path, keeps_names] { return apply(path, settled, keeps_names); }));
    }
    std::size_t changed = 0;
    for (std::future<std::size_t>& change : changes) {
        changed += change.get();
    }
    return changed;
}

}  // namespace ks::indexer
