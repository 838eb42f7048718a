// Where an index's bytes go: the size of each Xapian table, and for each kind of term (stems, bigrams, exact
// forms, title and lead words, ids, facets) how many terms, postings and positions it holds, and for each value
// slot how many bytes its values take. Only stems carry positions, so the position table is theirs alone; the
// posting and term-list tables are shared by every kind in proportion to its postings (an estimate: a long
// posting list costs less per posting than a short one).
//
//   index-parts --db OURS.db

#include <xapian.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <map>

#include "ks/schema/failure.h"
#include "ks/schema/schema.h"

namespace {

namespace fs = std::filesystem;

struct TermKind {
    std::uint64_t terms = 0, postings = 0, occurrences = 0;
};

// The kind of a term: its prefix (Q, XB, XS...), or "stem" for the unprefixed stems, which are lower case.
std::string kind_of(const std::string& term)
{
    if (term.empty() || term[0] < 'A' || term[0] > 'Z') {
        return "stem";
    }
    return term[0] == 'X' && term.size() > 1 ? term.substr(0, 2) : term.substr(0, 1);
}

std::map<std::string, TermKind> term_kinds(const Xapian::Database& db)
{
    std::map<std::string, TermKind> kinds;
    for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
        TermKind& kind = kinds[kind_of(*t)];
        ++kind.terms;
        kind.postings += t.get_termfreq();
        kind.occurrences += db.get_collection_freq(*t);
    }
    return kinds;
}

// Bytes of values per slot group: the single slots by number, the facet slots (100+, 200+, 300+) by group.
std::map<std::string, std::uint64_t> value_bytes(const Xapian::Database& db)
{
    std::map<std::string, std::uint64_t> bytes;
    const auto add_slot = [&](Xapian::valueno slot, const std::string& label) {
        for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
            bytes[label] += (*v).size();
        }
    };
    for (Xapian::valueno slot = 0; slot <= ks::schema::kFingerprintSlot; ++slot) {
        add_slot(slot, "slot " + std::to_string(slot));
    }
    for (const Xapian::valueno first :
         {ks::schema::kPersonsFirstSlot, ks::schema::kCompaniesFirstSlot, ks::schema::kDateBucketsFirstSlot}) {
        for (std::size_t i = 0; i < ks::schema::kFacetSlotsEach; ++i) {
            add_slot(first + static_cast<Xapian::valueno>(i), "slots " + std::to_string(first) + "+");
        }
    }
    return bytes;
}

std::uint64_t table_bytes(const fs::path& db, const std::string& table)
{
    const fs::path file = db / (table + ".glass");
    return fs::exists(file) ? fs::file_size(file) : 0;
}

void print_parts(const fs::path& path)
{
    const Xapian::Database db(path.string());
    std::cout << "table\tbytes\n";
    for (const char* table : {"postlist", "position", "termlist", "docdata"}) {
        std::cout << table << '\t' << table_bytes(path, table) << '\n';
    }
    const std::uint64_t postlist = table_bytes(path, "postlist"), termlist = table_bytes(path, "termlist");
    const auto kinds = term_kinds(db);
    std::uint64_t all_postings = 0;
    for (const auto& [name, kind] : kinds) {
        all_postings += kind.postings;
    }
    std::cout << "\nterms\tdistinct\tpostings\toccurrences\tpostlist_share_bytes\ttermlist_share_bytes\n";
    for (const auto& [name, kind] : kinds) {
        const double share = all_postings ? double(kind.postings) / double(all_postings) : 0;
        std::cout << name << '\t' << kind.terms << '\t' << kind.postings << '\t' << kind.occurrences << '\t'
                  << static_cast<std::uint64_t>(share * double(postlist)) << '\t'
                  << static_cast<std::uint64_t>(share * double(termlist)) << '\n';
    }
    std::cout << "\nvalues\tbytes\n";
    for (const auto& [label, bytes] : value_bytes(db)) {
        std::cout << label << '\t' << bytes << '\n';
    }
    std::cout << "\npassages\t" << db.get_doccount() << "\n";
}

}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{"Where an index's bytes go: tables, kinds of terms, value slots"};
    std::string db;
    app.add_option("--db", db, "our index (one database, not a shard set)")->required()->check(CLI::ExistingDirectory);
    CLI11_PARSE(app, argc, argv);
    try {
        print_parts(db);
        return 0;
    } catch (...) {
        std::cerr << "index-parts: " << ks::schema::current_failure() << '\n';
        return 1;
    }
}
