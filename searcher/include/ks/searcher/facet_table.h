#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "ks/searcher/facets.h"

namespace ks::searcher {

/// The facet values of every passage held in memory as small integer ids by docid, read once from the value
/// slots, so that counting over all matches costs an array walk per match instead of reading and decoding a
/// value (about half the cost of a query with facets at 100k passages). The facets share one id space and one
/// list per passage, so that a match touches one place in memory, not four (at 1.7 million
/// passages the spy was a tenth of a query's time, mostly waiting on memory).
class FacetTable {
public:
    static constexpr std::size_t kFacets = 4;  // persons, companies, dates mentioned and published (by month)

    /// Reads the facet slots of `db`: one pass over four value streams.
    explicit FacetTable(const Xapian::Database& db);

    /// The value ids of every facet of `docid` (empty for a docid out of range).
    std::pair<const std::uint32_t*, const std::uint32_t*> ids(Xapian::docid docid) const;

    /// Hints that ids(docid) will be asked for soon: where its list lies, or the list itself.
    void prefetch_place(Xapian::docid docid) const;
    void prefetch_list(Xapian::docid docid) const;

    /// The number of `docid`'s article, from 1 (0: none, an index before the article slot), and how many there are.
    std::uint32_t article(Xapian::docid docid) const { return docid < article_of_.size() ? article_of_[docid] : 0; }
    std::size_t article_count() const { return article_count_; }

    /// Facet `f`'s values have the ids [first_id(f), first_id(f + 1)).
    std::uint32_t first_id(std::size_t f) const { return first_ids_[f]; }
    std::size_t value_count() const { return names_.size(); }
    const std::string& value(std::uint32_t id) const { return names_[id]; }

private:
    void read_articles(const Xapian::Database& db);

    std::vector<std::uint32_t> offsets_;  // by docid: ids of docid d are ids_[offsets_[d], offsets_[d + 1])
    std::vector<std::uint32_t> ids_;
    std::vector<std::string> names_;  // by id
    std::array<std::uint32_t, kFacets + 1> first_ids_{};
    std::vector<std::uint32_t> article_of_;  // by docid, for counting matches per article without their names
    std::size_t article_count_ = 0;
};

/// Counts all four facets over every match through a FacetTable. Not serialisable: remote shards cannot run
/// it (the searcher answers without facets there).
class FacetTableSpy : public Xapian::MatchSpy {
public:
    explicit FacetTableSpy(const FacetTable& table);

    void operator()(const Xapian::Document& doc, double weight) override;
    Xapian::MatchSpy* clone() const override { return new FacetTableSpy(table_); }
    std::string name() const override { return "ks::FacetTableSpy"; }

    /// The `limit` most frequent values of facet `f`; ties in value order.
    std::vector<FacetCount> top(std::size_t f, std::size_t limit);

    /// The matches that belong to an article, the articles they come from, and how many matches are of
    /// `docid`'s article: what a ValueCountMatchSpy on the article slot gives, without a string per match.
    Xapian::doccount matches_in_articles();
    Xapian::doccount articles();
    Xapian::doccount matches_in_article_of(Xapian::docid docid);

    struct Match {
        Xapian::docid docid;
        double weight;
    };
    /// The best match of each article, best first, the `limit` from `offset` on: what Xapian's collapse on the
    /// article slot lists when ranking by relevance (the highest weight, of equal weights the lowest docid),
    /// found among the matches the spy saw, without the matcher reading each match's article id. A match of
    /// no article stands alone.
    std::vector<Match> best_of_each_article(std::size_t offset, std::size_t limit) const;

private:
    void tally();
    void tally_articles();

    const FacetTable& table_;
    // A match only notes its docid; the values are counted after the match, in one loop that fetches a few
    // matches ahead: counted one by one, each match waited on memory twice (its list's place, then the list).
    std::vector<Xapian::docid> matched_;
    std::vector<double> weights_;           // of the matches, in the same order
    std::vector<Xapian::doccount> counts_;  // by value id, once tallied
    bool tallied_ = false;
    std::vector<Xapian::doccount> article_counts_;  // by article number, once tallied
    Xapian::doccount articles_ = 0;
    Xapian::doccount matches_in_articles_ = 0;
    bool articles_tallied_ = false;
};

}  // namespace ks::searcher
