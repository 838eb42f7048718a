#include "ks/searcher/facet_table.h"

#include <algorithm>
#include <unordered_map>

#include "ks/schema/schema.h"

namespace ks::searcher {

namespace {

constexpr std::array<Xapian::valueno, FacetTable::kFacets> kSlots = {schema::kPersonsSlot, schema::kCompaniesSlot,
                                                                     schema::kDatesSlot, schema::kPublishedMonthSlot};

// One facet's values by docid, as read from its slot: ids of docid d are ids[offsets[d], offsets[d + 1]).
struct Column {
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint32_t> ids;
};

// Reads facet slot `slot`, numbering its values from names->size() on as they first appear.
Column read_column(const Xapian::Database& db, Xapian::valueno slot, std::vector<std::string>* names)
{
    const Xapian::docid last = db.get_lastdocid();
    Column column;
    column.offsets.assign(static_cast<std::size_t>(last) + 2, 0);
    std::unordered_map<std::string, std::uint32_t> id_of;
    Xapian::docid filled_to = 0;  // offsets set for docids up to here
    for (Xapian::ValueIterator v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
        const Xapian::docid docid = v.get_docid();
        for (Xapian::docid d = filled_to + 1; d <= docid; ++d) {
            column.offsets[d] = static_cast<std::uint32_t>(column.ids.size());
        }
        filled_to = docid;
        for (const std::string& value : counted_values(*v, slot == schema::kDatesSlot ? kDateBucketChars : 0)) {
            auto [it, added] = id_of.emplace(value, static_cast<std::uint32_t>(names->size()));
            if (added) {
                names->push_back(value);
            }
            column.ids.push_back(it->second);
        }
    }
    for (Xapian::docid d = filled_to + 1; d <= last + 1; ++d) {
        column.offsets[d] = static_cast<std::uint32_t>(column.ids.size());
    }
    return column;
}

}  // namespace

FacetTable::FacetTable(const Xapian::Database& db)
{
    std::array<Column, kFacets> columns;
    for (std::size_t f = 0; f < kFacets; ++f) {
        first_ids_[f] = static_cast<std::uint32_t>(names_.size());
        columns[f] = read_column(db, kSlots[f], &names_);
    }
    first_ids_[kFacets] = static_cast<std::uint32_t>(names_.size());
    // One list per passage: its persons, companies, months mentioned and month published in a row.
    const std::size_t docs = columns[0].offsets.size() - 1;
    offsets_.reserve(docs + 1);
    for (std::size_t d = 0; d < docs; ++d) {
        offsets_.push_back(static_cast<std::uint32_t>(ids_.size()));
        for (const Column& column : columns) {
            ids_.insert(ids_.end(), column.ids.begin() + column.offsets[d], column.ids.begin() + column.offsets[d + 1]);
        }
    }
    offsets_.push_back(static_cast<std::uint32_t>(ids_.size()));
    read_articles(db);
}

void FacetTable::read_articles(const Xapian::Database& db)
{
    article_of_.assign(static_cast<std::size_t>(db.get_lastdocid()) + 1, 0);
    std::unordered_map<std::string, std::uint32_t> number_of;
    for (Xapian::ValueIterator v = db.valuestream_begin(schema::kArticleSlot);
         v != db.valuestream_end(schema::kArticleSlot); ++v) {
        const auto [it, added] = number_of.emplace(*v, static_cast<std::uint32_t>(number_of.size() + 1));
        article_of_[v.get_docid()] = it->second;
    }
    article_count_ = number_of.size();
}

std::pair<const std::uint32_t*, const std::uint32_t*> FacetTable::ids(Xapian::docid docid) const
{
    if (docid == 0 || docid + 1 >= offsets_.size()) {
        return {nullptr, nullptr};
    }
    const std::uint32_t* base = ids_.data();
    return {base + offsets_[docid], base + offsets_[docid + 1]};
}

void FacetTable::prefetch_place(Xapian::docid docid) const
{
    if (docid < offsets_.size()) {
        __builtin_prefetch(offsets_.data() + docid);
    }
}

void FacetTable::prefetch_list(Xapian::docid docid) const
{
    if (docid + 1 < offsets_.size()) {
        __builtin_prefetch(ids_.data() + offsets_[docid]);
    }
}

FacetTableSpy::FacetTableSpy(const FacetTable& table) : table_(table) {}

void FacetTableSpy::operator()(const Xapian::Document& doc, double weight)
{
    matched_.push_back(doc.get_docid());
    weights_.push_back(weight);
}

void FacetTableSpy::tally()
{
    if (tallied_) {
        return;
    }
    tallied_ = true;
    counts_.assign(table_.value_count(), 0);
    constexpr std::size_t kListAhead = 8;    // the list of the match this far ahead is fetched...
    constexpr std::size_t kPlaceAhead = 16;  // ...having fetched where it lies this far ahead
    const std::size_t n = matched_.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i + kPlaceAhead < n) {
            table_.prefetch_place(matched_[i + kPlaceAhead]);
        }
        if (i + kListAhead < n) {
            table_.prefetch_list(matched_[i + kListAhead]);
        }
        const auto [begin, end] = table_.ids(matched_[i]);
        for (const std::uint32_t* id = begin; id != end; ++id) {
            ++counts_[*id];
        }
    }
}

void FacetTableSpy::tally_articles()
{
    if (articles_tallied_) {
        return;
    }
    articles_tallied_ = true;
    article_counts_.assign(table_.article_count() + 1, 0);
    for (const Xapian::docid docid : matched_) {
        const std::uint32_t article = table_.article(docid);
        if (article == 0) {
            continue;
        }
        ++matches_in_articles_;
        if (article_counts_[article]++ == 0) {
            ++articles_;
        }
    }
}

Xapian::doccount FacetTableSpy::matches_in_articles()
{
    tally_articles();
    return matches_in_articles_;
}

Xapian::doccount FacetTableSpy::articles()
{
    tally_articles();
    return articles_;
}

Xapian::doccount FacetTableSpy::matches_in_article_of(Xapian::docid docid)
{
    tally_articles();
    return article_counts_[table_.article(docid)];
}

std::vector<FacetTableSpy::Match> FacetTableSpy::best_of_each_article(std::size_t offset, std::size_t limit) const
{
    const auto better = [](const Match& a, const Match& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.docid < b.docid;  // Xapian's order of an MSet
    };
    constexpr std::uint32_t kNone = UINT32_MAX;
    std::vector<std::uint32_t> best_at(table_.article_count() + 1, kNone);  // by article: its place in `best`
    std::vector<Match> best;
    for (std::size_t i = 0; i < matched_.size(); ++i) {
        const Match match{matched_[i], weights_[i]};
        const std::uint32_t article = table_.article(match.docid);
        if (article == 0) {
            best.push_back(match);
        } else if (best_at[article] == kNone) {
            best_at[article] = static_cast<std::uint32_t>(best.size());
            best.push_back(match);
        } else if (better(match, best[best_at[article]])) {
            best[best_at[article]] = match;
        }
    }
    const std::size_t end = std::min(best.size(), offset + limit);
    if (offset >= end) {
        return {};
    }
    std::partial_sort(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(end), best.end(), better);
    return {best.begin() + static_cast<std::ptrdiff_t>(offset), best.begin() + static_cast<std::ptrdiff_t>(end)};
}

std::vector<FacetCount> FacetTableSpy::top(std::size_t f, std::size_t limit)
{
    tally();
    // Counts by value id; names are compared and copied only for ties and for the few values listed.
    std::vector<std::pair<Xapian::doccount, std::uint32_t>> counted;
    for (std::uint32_t id = table_.first_id(f); id < table_.first_id(f + 1); ++id) {
        if (counts_[id] > 0) {
            counted.emplace_back(counts_[id], id);
        }
    }
    // Most frequent first; ties in value order, as ListValueCountSpy gives them.
    const auto before = [&](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : table_.value(a.second) < table_.value(b.second);
    };
    const std::size_t listed = std::min(limit, counted.size());
    std::partial_sort(counted.begin(), counted.begin() + static_cast<std::ptrdiff_t>(listed), counted.end(), before);
    std::vector<FacetCount> top;
    for (std::size_t i = 0; i < listed; ++i) {
        top.push_back({table_.value(counted[i].second), counted[i].first});
    }
    return top;
}

}  // namespace ks::searcher
