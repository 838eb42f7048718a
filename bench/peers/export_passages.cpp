// Writes the passages of one of our indexes, with the facet values our indexer extracted, as tab-separated lines
// for a peer that cannot read Xapian (the Lucene peer, bench/peers/LucenePeer.java): so that every engine indexes
// the same passages and counts the same facet values, and only the engine differs.
//
//   export-passages --from-index OURS.db --out PASSAGES.tsv
//
// Each line: article id, text (title, newline, passage; \n \t \\ escaped), persons, companies, months of the
// dates the passage mentions (2025-07; values joined with |).

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>

#include "ks/schema/failure.h"
#include "ks/schema/passage_record.h"
#include "ks/schema/schema.h"
#include "ks/text/split.h"

namespace {

std::string escaped(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\\') {
            out += "\\\\";
        } else {
            out += c;
        }
    }
    return out;
}

std::string joined(const std::vector<std::string>& values)
{
    std::vector<std::string> escaped_values;
    for (const std::string& v : values) {
        escaped_values.push_back(escaped(v));
    }
    return ks::text::joined(escaped_values, "|");
}

// The months of the dates a passage mentions, each once: the facet our searcher counts by month.
std::vector<std::string> months(const std::vector<std::string>& dates)
{
    std::vector<std::string> out;
    for (const std::string& date : dates) {
        std::string month = date.substr(0, ks::schema::kDateBucketChars);
        if (std::find(out.begin(), out.end(), month) == out.end()) {
            out.push_back(std::move(month));
        }
    }
    return out;
}

}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{"Write the passages of one of our indexes and their facet values for a peer benchmark."};
    std::string from, out_path;
    app.add_option("--from-index", from, "an index built by indexer")->required();
    app.add_option("--out", out_path, "the file to write")->required();
    CLI11_PARSE(app, argc, argv);
    try {
        const Xapian::Database db(from);
        std::ofstream out(out_path);
        std::size_t passages = 0;
        for (Xapian::PostingIterator it = db.postlist_begin(""); it != db.postlist_end(""); ++it, ++passages) {
            const Xapian::Document doc = db.get_document(*it);
            const ks::schema::PassageRecord record = ks::schema::decode_record(doc.get_data());
            out << escaped(record.doc) << '\t' << escaped(record.title + "\n" + record.text) << '\t'
                << joined(ks::schema::decode_values(doc.get_value(ks::schema::kPersonsSlot))) << '\t'
                << joined(ks::schema::decode_values(doc.get_value(ks::schema::kCompaniesSlot))) << '\t'
                << joined(months(ks::schema::decode_values(doc.get_value(ks::schema::kDatesSlot)))) << '\n';
        }
        if (!out) {
            std::cerr << "export-passages: cannot write " << out_path << '\n';
            return 2;
        }
        std::cout << "exported " << passages << " passages\n";
    } catch (...) {
        std::cerr << "export-passages: " << ks::schema::current_failure() << '\n';
        return 2;
    }
    return 0;
}
