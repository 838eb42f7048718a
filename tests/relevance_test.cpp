// Relevance from the start: queries a person would type against the seed articles, judged by the passage that
// answers them, for our analyzer and for stock Xapian (TermGenerator and QueryParser with CJK n-grams) on the
// same passages.

#include <iostream>
#include <sstream>

#include "ks/indexer/indexer.h"
#include "ks/schema/passage_record.h"
#include "ks/searcher/searcher.h"
#include "support.h"

namespace {

using ks::test::TempDir;

struct Judged {
    std::string query;
    std::string doc;
    std::string key;  // text only the answering passage contains
};

std::vector<Judged> seed_queries()
{
    std::vector<Judged> rows;
    std::istringstream in(ks::test::read_file(ks::test::fs::path(KS_SOURCE_DIR) / "tests/data/seed_queries.tsv"));
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        const auto tab1 = line.find('\t');
        const auto tab2 = line.find('\t', tab1 + 1);
        rows.push_back({line.substr(0, tab1), line.substr(tab1 + 1, tab2 - tab1 - 1), line.substr(tab2 + 1)});
    }
    return rows;
}

bool answers(const ks::schema::PassageRecord& record, const Judged& judged)
{
    return record.doc == judged.doc && record.text.find(judged.key) != std::string::npos;
}

// Rank (1-based) of the first answering passage among `records`, or 0.
std::size_t rank_of_answer(const std::vector<ks::schema::PassageRecord>& records, const Judged& judged)
{
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (answers(records[i], judged)) {
            return i + 1;
        }
    }
    return 0;
}

struct Scores {
    double r_at_1 = 0;
    double mrr_at_10 = 0;
};

template <typename Search>
Scores evaluate(const std::vector<Judged>& queries, Search&& search)
{
    Scores s;
    for (const Judged& q : queries) {
        const std::size_t rank = rank_of_answer(search(q.query), q);
        s.r_at_1 += rank == 1;
        s.mrr_at_10 += rank >= 1 && rank <= 10 ? 1.0 / static_cast<double>(rank) : 0;
    }
    s.r_at_1 /= static_cast<double>(queries.size());
    s.mrr_at_10 /= static_cast<double>(queries.size());
    return s;
}

// Stock Xapian over the passages of our index: title and text as free text, CJK n-grams on.
class StockXapian {
public:
    explicit StockXapian(const Xapian::Database& ours) : db_(std::string(), Xapian::DB_BACKEND_INMEMORY)
    {
        Xapian::TermGenerator generator;
        generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
        for (Xapian::PostingIterator it = ours.postlist_begin(""); it != ours.postlist_end(""); ++it) {
            const std::string data = ours.get_document(*it).get_data();
            const ks::schema::PassageRecord record = ks::schema::decode_record(data);
            Xapian::Document doc;
            generator.set_document(doc);
            generator.index_text(record.title);
            generator.increase_termpos();
            generator.index_text(record.text);
            doc.set_data(data);
            db_.add_document(doc);
        }
        parser_.set_database(db_);
        parser_.set_default_op(Xapian::Query::OP_OR);
    }

    std::vector<ks::schema::PassageRecord> search(const std::string& query)
    {
        Xapian::Enquire enquire(db_);
        enquire.set_query(
            parser_.parse_query(query, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM));
        std::vector<ks::schema::PassageRecord> records;
        for (const auto& docid : enquire.get_mset(0, 10)) {
            records.push_back(ks::schema::decode_record(db_.get_document(docid).get_data()));
        }
        return records;
    }

private:
    Xapian::WritableDatabase db_;
    Xapian::QueryParser parser_;
};

}  // namespace

TEST_CASE("on queries against the seed articles we rank the answer first more often than stock Xapian")
{
    const auto seeds = ks::test::seeds_or_skip();
    if (!seeds) {
        return;
    }
    TempDir dir;
    const std::string db_path = (dir / "seeds.db").string();
    std::ostringstream diagnostics;
    ks::indexer::run({db_path, {seeds->string()}}, diagnostics);
    const std::vector<Judged> queries = seed_queries();
    REQUIRE(queries.size() >= 25);

    ks::searcher::Searcher ours(db_path);
    auto our_search = [&](const std::string& query) {
        std::vector<ks::schema::PassageRecord> records;
        for (const auto& hit : ours.search({.query = query}).hits) {
            records.push_back(hit.record);
        }
        return records;
    };
    // Every annotation must point at a real passage, or the figures below mean nothing.
    const auto all = ours.search({.query = "", .limit = 100000}).hits;
    for (const Judged& q : queries) {
        INFO("annotation: " << q.query << " → " << q.doc << " containing '" << q.key << "'");
        CHECK(std::count_if(all.begin(), all.end(), [&](const auto& hit) { return answers(hit.record, q); }) == 1);
    }

    StockXapian stock{Xapian::Database(db_path)};
    const Scores our_scores = evaluate(queries, our_search);
    const Scores stock_scores = evaluate(queries, [&](const std::string& q) { return stock.search(q); });
    std::cout << "seed queries: " << queries.size() << "  ours R@1 " << our_scores.r_at_1 << " MRR@10 "
              << our_scores.mrr_at_10 << "  stock Xapian R@1 " << stock_scores.r_at_1 << " MRR@10 "
              << stock_scores.mrr_at_10 << '\n';
    CHECK(our_scores.r_at_1 > stock_scores.r_at_1);
    CHECK(our_scores.mrr_at_10 > stock_scores.mrr_at_10);
    CHECK(our_scores.r_at_1 >= 0.8);
}
