#include "ks/indexer/build_pipeline.h"

#include <pthread.h>

#include <exception>

namespace ks::indexer {

struct BuildPipeline::Item {
    std::optional<Article> article;  // empty for a step
    ApplyArticle apply_article;
    ApplyStep apply_step;
    ArticleDocuments built;
    std::exception_ptr error;
    bool done = false;  // built (or a step, which has nothing to build); guarded by mutex_
};

BuildPipeline::BuildPipeline(std::size_t jobs, const entities::Gazetteer& names, std::size_t window)
    : window_(window > 0 ? window : 16 * (jobs + 1))
{
    if (jobs <= 1) {
        inline_builder_ = std::make_unique<DocumentBuilder>(names);
        return;
    }
    for (std::size_t i = 0; i < jobs; ++i) {
        builders_.push_back(std::make_unique<DocumentBuilder>(names));
    }
    for (std::size_t i = 0; i < jobs; ++i) {
        workers_.emplace_back([this, i] {
            pthread_setname_np(pthread_self(), "ks-analyze");  // tells the threads apart in top and perf
            work(*builders_[i]);
        });
    }
}

BuildPipeline::~BuildPipeline()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& worker : workers_) {
        worker.join();
    }
}

void BuildPipeline::work(DocumentBuilder& builder)
{
    for (;;) {
        std::shared_ptr<Item> item;
        {
            std::unique_lock lock(mutex_);
            work_ready_.wait(lock, [this] { return stopping_ || !to_build_.empty(); });
            if (to_build_.empty()) {
                return;  // stopping, nothing left
            }
            item = std::move(to_build_.front());
            to_build_.pop_front();
        }
        try {
            item->built = builder.build(*item->article);
        } catch (...) {
            item->error = std::current_exception();
        }
        {
            std::lock_guard lock(mutex_);
            item->done = true;
        }
        item_built_.notify_all();
    }
}

void BuildPipeline::submit(Article article, ApplyArticle apply)
{
    auto item = std::make_shared<Item>();
    item->apply_article = std::move(apply);
    in_flight_bytes_ += article.text.size();
    if (inline_builder_) {
        item->built = inline_builder_->build(article);
        item->article = std::move(article);
        item->done = true;
        in_order_.push_back(item);
    } else {
        item->article = std::move(article);
        in_order_.push_back(item);
        {
            std::lock_guard lock(mutex_);
            to_build_.push_back(item);
        }
        work_ready_.notify_one();
    }
    apply_ready(false);
}

void BuildPipeline::submit(ApplyStep apply)
{
    auto item = std::make_shared<Item>();
    item->apply_step = std::move(apply);
    item->done = true;
    in_order_.push_back(std::move(item));
    apply_ready(false);
}

void BuildPipeline::drain() { apply_ready(true); }

void BuildPipeline::apply_ready(bool wait_for_all)
{
    while (!in_order_.empty()) {
        const std::shared_ptr<Item>& front = in_order_.front();
        // Wait for the oldest item while the window is full (or when draining); otherwise apply what is ready.
        {
            std::unique_lock lock(mutex_);
            if (!front->done) {
                if (!wait_for_all && in_order_.size() < window_ && in_flight_bytes_ <= kInFlightBytes) {
                    return;
                }
                item_built_.wait(lock, [&] { return front->done; });
            }
        }
        const std::shared_ptr<Item> item = front;
        in_order_.pop_front();
        if (item->error) {
            std::rethrow_exception(item->error);
        }
        if (item->article) {
            in_flight_bytes_ -= item->article->text.size();
            item->apply_article(*item->article, item->built);
        } else {
            item->apply_step();
        }
    }
}

}  // namespace ks::indexer
