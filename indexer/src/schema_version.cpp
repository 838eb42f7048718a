#include "ks/indexer/schema_version.h"

#include <xapian.h>

#include <algorithm>

#include "ks/indexer/shards.h"
#include "ks/schema/schema.h"

namespace ks::indexer {

int existing_schema_version(const std::string& path)
{
    int oldest = schema::kSchemaVersion;
    for (const Xapian::Database& database : existing_databases(path)) {
        oldest = std::min(oldest, schema::index_schema_version(database));
    }
    return oldest;
}

}  // namespace ks::indexer
