// Stock Xapian as a peer: TermGenerator and QueryParser with CJK n-grams, BM25, over the same passages.
//
//   stock-xapian-peer --from-index OURS.db --db OUT.db [--queries Q.jsonl] [--first N]

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "ks/schema/failure.h"
#include "peer_common.h"

int main(int argc, char** argv)
{
    CLI::App app{"Index the passages of one of our indexes with stock Xapian (CJK n-grams) and time queries."};
    std::string from, out, queries_path;
    std::size_t first = 0;
    app.add_option("--from-index", from, "an index built by indexer: its passages are indexed")->required();
    app.add_option("--db", out, "the stock Xapian database to write")->required();
    app.add_option("--queries", queries_path, "judged queries (.jsonl) to time");
    app.add_option("--first", first, "only the first N queries");
    CLI11_PARSE(app, argc, argv);
    try {
        const auto passages = ks::peers::passages_of(from);
        std::filesystem::remove_all(out);
        const double index_seconds = ks::peers::seconds([&] {
            Xapian::WritableDatabase db(out, Xapian::DB_CREATE_OR_OVERWRITE);
            Xapian::TermGenerator generator;
            generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
            for (const auto& p : passages) {
                Xapian::Document doc;
                generator.set_document(doc);
                generator.index_text(p.text);
                doc.set_data(p.doc);
                db.add_document(doc);
            }
            db.commit();
        });
        std::printf("stock-xapian\tindexed %zu passages in %.2f s\n", passages.size(), index_seconds);
        if (queries_path.empty()) {
            return 0;
        }
        auto queries = ks::retrieval::load_judged_queries(queries_path);
        if (first > 0 && queries.size() > first) {
            queries.resize(first);
        }
        const Xapian::Database db(out);
        Xapian::QueryParser parser;
        parser.set_database(db);
        parser.set_default_op(Xapian::Query::OP_OR);
        Xapian::Enquire enquire(db);
        enquire.set_weighting_scheme(Xapian::BM25Weight());
        ks::peers::run_queries("stock-xapian", queries, [&](const std::string& q) {
            std::vector<std::string> ranked;
            try {
                enquire.set_query(
                    parser.parse_query(q, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM));
            } catch (const Xapian::QueryParserError&) {
                return ranked;  // a known failure on some mixed-script questions: no results
            }
            const Xapian::MSet mset = enquire.get_mset(0, 100);
            for (auto it = mset.begin(); it != mset.end(); ++it) {
                ranked.push_back(it.get_document().get_data());
            }
            return ranked;
        });
    } catch (...) {
        std::cerr << "stock-xapian-peer: " << ks::schema::current_failure() << '\n';
        return 2;
    }
    return 0;
}
