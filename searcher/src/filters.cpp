#include "ks/searcher/filters.h"

#include "ks/schema/dates.h"
#include "ks/schema/schema.h"

namespace ks::searcher {

namespace {

using Query = Xapian::Query;

// The name a facet stores for what a user typed: the gazetteer's canonical name, else the name as typed.
std::string canonical_name(const std::string& name, const KnownNames& names, analysis::Analyzer& analyzer)
{
    if (const entities::Entity* entity = names.lookup(name, analyzer)) {
        return entity->canonical;
    }
    const std::size_t begin = name.find_first_not_of(' ');
    return begin == std::string::npos ? std::string() : name.substr(begin, name.find_last_not_of(' ') - begin + 1);
}

// First and last day a date of any precision covers, comparable as strings: 2025 → 2025-01-01 .. 2025-12-99;
// the decade 1990s → 1990-01-01 .. 1999-12-99.
bool a_decade(const std::string& date) { return date.size() == 5 && date.back() == 's'; }

std::string first_day(const std::string& date)
{
    if (a_decade(date)) {
        return first_day(date.substr(0, 4));
    }
    return date + std::string("-01-01").substr(0, 10 - date.size());
}

std::string last_day(const std::string& date)
{
    if (a_decade(date)) {
        return last_day(date.substr(0, 3) + "9");
    }
    return date + std::string("-12-99").substr(0, 10 - date.size());
}

// The passages holding a date term (`prefix`: XD mentioned, XU published) that lies wholly inside from..to.
Query date_range_query(std::string_view prefix, const std::string& from, const std::string& to,
                       const Xapian::Database& db)
{
    const std::string low = from.empty() ? std::string() : first_day(from);
    const std::string high = to.empty() ? std::string("9999-12-99") : last_day(to);
    std::vector<Query> dates;
    for (Xapian::TermIterator it = db.allterms_begin(std::string(prefix)); it != db.allterms_end(std::string(prefix));
         ++it) {
        const std::string date = (*it).substr(prefix.size());
        if (first_day(date) >= low && last_day(date) <= high) {
            dates.emplace_back(*it);
        }
    }
    return dates.empty() ? Query::MatchNothing : Query(Query::OP_OR, dates.begin(), dates.end());
}

}  // namespace

bool is_date_filter(const std::string& date) { return schema::is_iso_date(date); }

Query filter_query(const Filters& filters, const Xapian::Database& db, const KnownNames& names,
                   analysis::Analyzer& analyzer)
{
    for (const std::string* date : {&filters.from, &filters.to, &filters.mentioned_from, &filters.mentioned_to}) {
        if (!date->empty() && !is_date_filter(*date)) {
            throw FilterError("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + *date + "'");
        }
    }
    std::vector<Query> all;
    for (const std::string& person : filters.persons) {
        all.push_back(schema::person_query(db, canonical_name(person, names, analyzer)));
    }
    for (const std::string& company : filters.companies) {
        all.emplace_back(schema::term(schema::kCompanyPrefix, canonical_name(company, names, analyzer)));
    }
    if (!filters.article.empty()) {
        all.emplace_back(schema::term(schema::kArticlePrefix, filters.article));
    }
    if (filters.by_publication()) {
        all.push_back(date_range_query(schema::kPublishedPrefix, filters.from, filters.to, db));
    }
    if (!filters.mentioned_from.empty() || !filters.mentioned_to.empty()) {
        all.push_back(date_range_query(schema::kDatePrefix, filters.mentioned_from, filters.mentioned_to, db));
    }
    return Query(Query::OP_AND, all.begin(), all.end());
}

Query dated_passages(const Xapian::Database& db)
{
    // Every dated passage holds its year's term: the years alone, not every month and day as well.
    std::vector<Query> years;
    const std::string prefix(schema::kPublishedPrefix);
    for (Xapian::TermIterator it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
        if ((*it).size() == prefix.size() + 4) {
            years.emplace_back(*it);
        }
    }
    return years.empty() ? Query::MatchNothing : Query(Query::OP_OR, years.begin(), years.end());
}

}  // namespace ks::searcher
