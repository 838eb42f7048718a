#include "ks/indexer/layout.h"

#include <xapian.h>

#include <algorithm>

#include "ks/indexer/shards.h"
#include "ks/schema/schema.h"

namespace ks::indexer {

int existing_layout(const std::string& path)
{
    int oldest = schema::kLayoutVersion;
    for (const Xapian::Database& database : existing_databases(path)) {
        oldest = std::min(oldest, schema::index_layout(database));
    }
    return oldest;
}

}  // namespace ks::indexer
