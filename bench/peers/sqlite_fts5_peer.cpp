// SQLite FTS5 as a peer (unicode61 or trigram tokenizer, bm25 ranking), over the same passages.
//
//   sqlite-fts5-peer --from-index OURS.db --out OUT.sqlite --tokenizer unicode61|trigram [--queries Q.jsonl]

#include <sqlite3.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include "ks/schema/failure.h"
#include "ks/text/utf8.h"
#include "peer_common.h"

namespace {

void check(int rc, sqlite3* db, const char* what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
    }
}

// An FTS5 query made of the question's words, each quoted, joined by OR; the trigram tokenizer cannot match
// words shorter than three characters, so they are left out there.
std::string fts_query(const std::string& question, bool trigram)
{
    std::string query, word;
    auto flush = [&] {
        if (!word.empty() && (!trigram || ks::text::count_code_points(word) >= 3)) {
            query += (query.empty() ? "\"" : " OR \"") + word + "\"";
        }
        word.clear();
    };
    for (unsigned char c : ks::text::repair_utf8(question)) {
        if (c < 0x80 && !std::isalnum(c)) {
            flush();
        } else {
            word += static_cast<char>(c);
        }
    }
    flush();
    return query;
}

// Writes the passages into an FTS5 table with `tokenizer`, in one transaction.
void index_passages(sqlite3* db, const std::vector<ks::peers::Passage>& passages, const std::string& tokenizer)
{
    check(sqlite3_exec(db,
                       ("CREATE VIRTUAL TABLE p USING fts5(doc UNINDEXED, text, tokenize='" + tokenizer + "')").c_str(),
                       nullptr, nullptr, nullptr),
          db, "create");
    check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO p(doc, text) VALUES (?, ?)", -1, &insert, nullptr), db, "prepare");
    for (const auto& p : passages) {
        sqlite3_bind_text(insert, 1, p.doc.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, p.text.c_str(), -1, SQLITE_STATIC);
        check(sqlite3_step(insert), db, "insert");
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
}

// Times the judged queries: the top 100 by FTS5's rank.
void time_queries(sqlite3* db, std::vector<ks::retrieval::JudgedQuery> queries, const std::string& tokenizer)
{
    sqlite3_stmt* select = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT doc FROM p WHERE p MATCH ? ORDER BY rank LIMIT 100", -1, &select, nullptr), db,
          "prepare");
    const bool trigram = tokenizer == "trigram";
    ks::peers::run_queries("fts5-" + tokenizer, queries, [&](const std::string& q) {
        std::vector<std::string> ranked;
        const std::string match = fts_query(q, trigram);
        if (match.empty()) {
            return ranked;
        }
        sqlite3_bind_text(select, 1, match.c_str(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(select) == SQLITE_ROW) {
            ranked.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(select, 0)));
        }
        sqlite3_reset(select);
        return ranked;
    });
    sqlite3_finalize(select);
}

}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{"Index the passages of one of our indexes with SQLite FTS5 and time queries."};
    std::string from, out, tokenizer = "unicode61", queries_path;
    std::size_t first = 0;
    app.add_option("--from-index", from, "an index built by indexer: its passages are indexed")->required();
    app.add_option("--out", out, "the SQLite file to write")->required();
    app.add_option("--tokenizer", tokenizer, "FTS5 tokenizer")->check(CLI::IsMember({"unicode61", "trigram"}));
    app.add_option("--queries", queries_path, "judged queries (.jsonl) to time");
    app.add_option("--first", first, "only the first N queries");
    CLI11_PARSE(app, argc, argv);
    sqlite3* db = nullptr;
    try {
        const auto passages = ks::peers::passages_of(from);
        std::filesystem::remove(out);
        check(sqlite3_open(out.c_str(), &db), db, "open");
        const double index_seconds = ks::peers::seconds([&] { index_passages(db, passages, tokenizer); });
        std::printf("fts5-%s\tindexed %zu passages in %.2f s\n", tokenizer.c_str(), passages.size(), index_seconds);
        if (!queries_path.empty()) {
            auto queries = ks::retrieval::load_judged_queries(queries_path);
            if (first > 0 && queries.size() > first) {
                queries.resize(first);
            }
            time_queries(db, std::move(queries), tokenizer);
        }
    } catch (...) {
        std::cerr << "sqlite-fts5-peer: " << ks::schema::current_failure() << '\n';
        sqlite3_close(db);
        return 2;
    }
    sqlite3_close(db);
    return 0;
}
