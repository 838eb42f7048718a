#pragma once

#include <xapian.h>

#include <string_view>
#include <vector>

#include "ks/analysis/analyzer.h"
#include "ks/entities/gazetteer.h"

namespace ks::searcher {

/// The names a search understands: the built-in gazetteer and the names the indexed text taught (a Latin
/// form in parentheses, a variant spelling), which the indexer keeps in the index's metadata. So a user may
/// type Alexandr Wang for 알렉산더 왕 whether or not the gazetteer lists him.
class KnownNames {
public:
    KnownNames() = default;  ///< the built-in gazetteer only

    /// Reads the names `db` learned. Throws Xapian::Error on a damaged index.
    KnownNames(const Xapian::Database& db, analysis::Analyzer& analyzer);

    /// The entity a typed name stands for, or nullptr.
    const entities::Entity* lookup(std::string_view name, analysis::Analyzer& analyzer) const;

    /// A known name where it stands in analyzed words.
    struct Found {
        const entities::Entity* entity = nullptr;
        std::size_t first_token = 0;
        std::size_t token_count = 0;
    };

    /// The entities named in `tokens`, left to right.
    std::vector<Found> find(const std::vector<analysis::Token>& tokens) const;

private:
    entities::Gazetteer learned_;
};

}  // namespace ks::searcher
