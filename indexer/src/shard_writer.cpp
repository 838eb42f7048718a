#include "shard_writer.h"

#include <pthread.h>

#include <utility>

namespace ks::indexer {

ShardWriter::ShardWriter(Xapian::WritableDatabase db)
    : db_(std::move(db)), thread_([this] {
          pthread_setname_np(pthread_self(), "ks-writer");  // tells the threads apart in top and perf
          apply_queue();
      })
{
}

ShardWriter::~ShardWriter()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

void ShardWriter::apply_queue()
{
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) {
            return;  // stopping, and everything posted is applied
        }
        Operation op = std::move(queue_.front());
        queue_.pop_front();
        lock.unlock();
        std::exception_ptr failed;
        try {
            op(db_);
        } catch (...) {
            failed = std::current_exception();
        }
        lock.lock();
        ++applied_;
        if (failed) {
            error_ = failed;
            queue_.clear();  // later operations assumed this one happened
        }
        changed_.notify_all();
    }
}

void ShardWriter::rethrow_error_locked()
{
    if (error_) {
        std::rethrow_exception(error_);
    }
}

std::uint64_t ShardWriter::post(Operation op)
{
    std::uint64_t number = 0;
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] { return error_ || queue_.size() < kMaxQueued; });
        rethrow_error_locked();
        queue_.push_back(std::move(op));
        number = ++posted_;
    }
    changed_.notify_all();
    return number;
}

void ShardWriter::wait_for(std::uint64_t posted)
{
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return error_ || applied_ >= posted; });
    rethrow_error_locked();
}

void ShardWriter::wait()
{
    std::uint64_t posted = 0;
    {
        std::lock_guard lock(mutex_);
        posted = posted_;
    }
    wait_for(posted);
}

void ShardWriter::run(const Operation& op)
{
    wait();
    op(db_);  // the writer thread sleeps until the next post, which only this (the owner's) thread makes
}

}  // namespace ks::indexer
