#include "ks/indexer/article_writer.h"

#include "articles.h"
#include "errors.h"
#include "ks/indexer/dictionary_persons.h"
#include "ks/korean_search.h"

namespace ks {

struct ArticleWriter::Internal {
    std::string path;
    std::unique_ptr<indexer::ArticleWriter> writer;

    indexer::ArticleWriter& open_writer()
    {
        if (!writer) {
            throw WriteError("the writer of index '" + path + "' is closed");
        }
        return *writer;
    }

    template <typename Work>
    auto run(Work work) -> decltype(work())
    {
        return api::with_errors_of<WriteError>(path, work);
    }
};

ArticleWriter::ArticleWriter(const std::string& path, std::size_t batch_articles)
    : internal_(std::make_unique<Internal>(Internal{path, nullptr}))
{
    internal_->run([&] { internal_->writer = std::make_unique<indexer::ArticleWriter>(path, batch_articles); });
}

ArticleWriter::~ArticleWriter()
{
    try {
        if (internal_) {
            close();
        }
    } catch (const std::exception&) {  // close() reports it; a destructor may not
    }
}

ArticleWriter::ArticleWriter(ArticleWriter&&) noexcept = default;
ArticleWriter& ArticleWriter::operator=(ArticleWriter&&) noexcept = default;

ArticleWriter::Added ArticleWriter::add(const Article& article)
{
    const indexer::Article checked = api::internal_article(article);
    return internal_->run([&] {
        const indexer::ArticleWriter::Added added = internal_->open_writer().add(checked);
        return Added{.passages = added.passages, .replaced = added.replaced};
    });
}

std::size_t ArticleWriter::remove_article(const std::string& id)
{
    return internal_->run([&] { return internal_->open_writer().remove_article(id); });
}

void ArticleWriter::commit()
{
    internal_->run([&] { internal_->open_writer().commit(); });
}

void ArticleWriter::close()
{
    internal_->run([&] {
        if (internal_->writer) {
            internal_->writer->commit();
            internal_->writer.reset();  // the write lock goes with it: settling opens the index anew
            indexer::settle_dictionary_persons(internal_->path);
        }
    });
}

}  // namespace ks
