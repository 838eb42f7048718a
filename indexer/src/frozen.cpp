#include "ks/indexer/frozen.h"

#include <xapian.h>

#include <filesystem>
#include <vector>

#include "ks/indexer/shards.h"
#include "ks/schema/schema.h"

namespace ks::indexer {

namespace fs = std::filesystem;

bool is_frozen(const std::string& path)
{
    for (const Xapian::Database& database : existing_databases(path)) {
        if (database.get_metadata(std::string(schema::kFrozenMetadataKey)) == "1") {
            return true;
        }
    }
    return false;
}

void drop_term_lists(const std::string& path)
{
    for (const std::string& database : local_databases(path)) {
        // Xapian reads a database without term list files as one built with DB_NO_TERMLIST.
        for (const fs::directory_entry& file : fs::directory_iterator(database)) {
            if (file.path().filename().string().rfind("termlist.", 0) == 0) {
                fs::remove(file.path());
            }
        }
    }
}

}  // namespace ks::indexer
