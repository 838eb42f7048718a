#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "ks/indexer/article.h"
#include "ks/indexer/document_builder.h"

namespace ks::indexer {

/// Builds articles' documents on worker threads and hands them back in the order they were submitted, so
/// that one writer adds them exactly as a single thread would: the index is the same whatever the number of
/// jobs. Each worker has its own DocumentBuilder (ICU objects are not shared between threads). At most
/// `window` items, and about kInFlightBytes of their text, are in flight, which bounds memory.
class BuildPipeline {
public:
    /// Article text in flight beyond which the submitter waits for the oldest article: a few long article parts
    /// (article_parts.h), or very many news articles.
    static constexpr std::size_t kInFlightBytes = 4u << 20;

    /// What to do, on the submitting thread and in submission order, once an article is built.
    using ApplyArticle = std::function<void(const Article&, ArticleDocuments&)>;
    /// A step with no article (start or end of a file), kept in order with the articles around it.
    using ApplyStep = std::function<void()>;

    /// jobs <= 1 builds on the submitting thread, with no worker at all. `names` must outlive the pipeline.
    explicit BuildPipeline(std::size_t jobs, const entities::Gazetteer& names = entities::Gazetteer::builtin(),
                           std::size_t window = 0);
    ~BuildPipeline();
    BuildPipeline(const BuildPipeline&) = delete;
    BuildPipeline& operator=(const BuildPipeline&) = delete;

    void submit(Article article, ApplyArticle apply);
    void submit(ApplyStep apply);

    /// Applies everything submitted so far. Rethrows the first error a worker met building an article.
    void drain();

private:
    struct Item;

    void apply_ready(bool wait_for_all);
    void work(DocumentBuilder& builder);

    std::size_t window_;
    std::size_t in_flight_bytes_ = 0;                  // text of the articles submitted and not yet applied
    std::unique_ptr<DocumentBuilder> inline_builder_;  // jobs <= 1
    std::deque<std::shared_ptr<Item>> in_order_;       // submitted, not yet applied; owned by the submitter
    std::deque<std::shared_ptr<Item>> to_build_;       // shared with the workers
    std::mutex mutex_;
    std::condition_variable work_ready_;
    std::condition_variable item_built_;
    bool stopping_ = false;
    std::vector<std::unique_ptr<DocumentBuilder>> builders_;
    std::vector<std::thread> workers_;
};

}  // namespace ks::indexer
