#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>

#include "ks/indexer/article.h"
#include "ks/indexer/document_builder.h"

namespace ks::indexer {

/// Writes articles into an index, creating it if needed: the one way articles reach a database, for the
/// indexer binary and for programs that embed the library.
///
/// An article whose id is already in the index replaces it, passages and all. Changes are committed every
/// `batch_articles` articles and by commit(); a crash loses at most the articles since the last commit.
class ArticleWriter {
public:
    /// Opens or creates the database. Throws std::runtime_error naming the path when it is locked by another
    /// writer or cannot be opened.
    explicit ArticleWriter(const std::string& db_path, std::size_t batch_articles = 1000);

    /// Analyzes and writes one article; returns the number of passages written. Throws text::IcuError,
    /// Xapian::Error.
    std::size_t add(const Article& article);

    /// Makes everything added so far durable and visible to searchers.
    void commit();

private:
    Xapian::WritableDatabase db_;
    std::size_t batch_;
    std::size_t pending_ = 0;
    DocumentBuilder builder_;
};

}  // namespace ks::indexer
