#pragma once

// What the peer benchmarks share: the passages they index (read out of one of our indexes, so every engine
// indexes exactly the same passages), and how a run of judged queries is timed and scored.

#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "ks/retrieval/judged_query.h"
#include "ks/retrieval/metrics.h"
#include "ks/schema/passage_record.h"

namespace ks::peers {

struct Passage {
    std::string doc;  // article id, for judging
    std::string text;
};

/// Every passage of an index built by our indexer, in docid order.
inline std::vector<Passage> passages_of(const std::string& index)
{
    const Xapian::Database db(index);
    std::vector<Passage> out;
    out.reserve(db.get_doccount());
    for (Xapian::PostingIterator it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        schema::PassageRecord record = schema::decode_record(db.get_document(*it).get_data());
        out.push_back({std::move(record.doc), std::move(record.title + "\n" + record.text)});
    }
    return out;
}

/// Runs `search` (query → article ids of the ranked passages, best first) over `queries` on one thread after
/// one untimed pass over the same queries, and prints one line: MRR@10, R@10, latency p50/p95/p99 in ms,
/// queries per second. The warm pass measures every engine with the pages its queries read in the page cache,
/// not on an index it has just written (bench/e2e.sh gives ours the same).
inline void run_queries(const std::string& label, const std::vector<retrieval::JudgedQuery>& queries,
                        const std::function<std::vector<std::string>(const std::string&)>& search)
{
    for (const retrieval::JudgedQuery& q : queries) {
        search(q.query);
    }
    retrieval::MetricTotals totals;
    std::vector<double> latencies;
    double total = 0;
    for (const retrieval::JudgedQuery& q : queries) {
        const auto start = std::chrono::steady_clock::now();
        const std::vector<std::string> ranked = search(q.query);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        latencies.push_back(ms);
        total += ms;
        totals.add(retrieval::score_ranking(ranked, {q.positive_ids.begin(), q.positive_ids.end()}, 10));
    }
    std::printf("%s\tqueries %zu\tMRR@10 %.4f\tR@10 %.4f\tp50 %.3f ms\tp95 %.3f ms\tp99 %.3f ms\t%.0f queries/s\n",
                label.c_str(), totals.queries(), totals.mrr(), totals.recall(2), retrieval::percentile(latencies, 0.5),
                retrieval::percentile(latencies, 0.95), retrieval::percentile(latencies, 0.99),
                total > 0 ? 1000.0 * double(queries.size()) / total : 0);
}

/// Seconds taken by `work`.
inline double seconds(const std::function<void()>& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace ks::peers
