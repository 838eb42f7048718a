#pragma once

// A lock held while a new index is built (private to the indexer).

#include <string>

namespace ks::indexer {

/// Held from the start of a run that creates an index until the run ends. Until the index exists Xapian's own
/// lock has nothing to lock, and a second indexer would take the first one's parts (`<db>.parts`) for a crashed
/// build's and remove them. The lock is flock(2) on `<db>.lock`, which the system releases however the process
/// ends, so a crashed build's lock file stops no one; a finished run removes it.
class BuildLock {
public:
    /// Takes the lock. Throws std::runtime_error naming the index when another indexer holds it.
    explicit BuildLock(const std::string& db_path);
    ~BuildLock();
    BuildLock(const BuildLock&) = delete;
    BuildLock& operator=(const BuildLock&) = delete;

private:
    std::string path_;
    int fd_ = -1;
};

}  // namespace ks::indexer
