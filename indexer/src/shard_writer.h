#pragma once

#include <xapian.h>

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace ks::indexer {

/// One writable database with a thread of its own that applies the operations posted to it, in order.
///
/// Adding documents to Xapian and committing them is most of the indexer's work and runs on one core per
/// database; the shards of an index are independent databases, so each gets a ShardWriter and N shards
/// are written on N cores. Only the owner thread posts; the database is touched by the writer's thread,
/// or by the owner through run() while the writer is idle.
class ShardWriter {
public:
    using Operation = std::function<void(Xapian::WritableDatabase&)>;

    explicit ShardWriter(Xapian::WritableDatabase db);

    /// Applies what is still queued (unless an operation failed), then stops the thread.
    ~ShardWriter();

    ShardWriter(const ShardWriter&) = delete;
    ShardWriter& operator=(const ShardWriter&) = delete;

    /// Queues `op`; blocks while the queue is full (this bounds the memory held by documents in flight).
    /// Rethrows the error of an earlier operation: after one fails, nothing more is applied. Returns the
    /// operation's number, for wait_for().
    std::uint64_t post(Operation op);

    /// Returns once every posted operation is applied; rethrows the first error of one.
    void wait();

    /// Returns once the operations up to number `posted` are applied; rethrows the first error of one.
    void wait_for(std::uint64_t posted);

    /// Waits, then applies `op` on the calling thread (for reads that must see everything posted before).
    void run(const Operation& op);

private:
    void apply_queue();
    void rethrow_error_locked();

    static constexpr std::size_t kMaxQueued = 256;  // articles' worth of documents, a few MB

    Xapian::WritableDatabase db_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Operation> queue_;
    std::uint64_t posted_ = 0;
    std::uint64_t applied_ = 0;
    bool stopping_ = false;
    std::exception_ptr error_;
    std::thread thread_;  // last: starts once the members above exist
};

}  // namespace ks::indexer
