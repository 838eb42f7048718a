#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ks/indexer/article.h"
#include "ks/indexer/document_builder.h"

namespace ks::indexer {

/// Writes articles into an index, creating it if needed: the one way articles reach a database, for the
/// indexer binary and for programs that embed the library.
///
/// An article whose id is already in the index replaces it, passages and all. Changes are committed every
/// `batch_articles` articles and by commit(); a crash loses at most the articles since the last commit.
/// In an index of shards (shards.h) each article goes to the shard its id hashes to, names and file records
/// to the first shard, and the shards commit in parallel.
class ArticleWriter {
public:
    /// Opens or creates the database. Throws std::runtime_error naming the path when it is locked by another
    /// writer or cannot be opened.
    explicit ArticleWriter(const std::string& db_path, std::size_t batch_articles = 1000);

    /// What add() did.
    struct Added {
        std::size_t passages = 0;
        bool replaced = false;  ///< an article with this id was already in the index
    };

    /// Analyzes and writes one article, tagged with the input file it came from (`file`: its path, or empty).
    /// Throws text::IcuError, Xapian::Error.
    Added add(const Article& article, const std::string& file = "");

    /// Writes an article whose documents were built elsewhere (BuildPipeline's workers).
    Added write(const Article& article, ArticleDocuments& built, const std::string& file = "");

    /// Removes an article's passages; returns how many there were.
    std::size_t remove_article(const std::string& id);

    /// What an input file was when it was last indexed whole.
    struct FileState {
        std::uint64_t size = 0;
        std::int64_t mtime_ns = 0;
        std::string path;
        bool operator==(const FileState&) const = default;
    };

    /// The recorded state of the file at `path`, if it was indexed before.
    std::optional<FileState> recorded_file(const std::string& path) const;

    /// Every input file recorded in the index.
    std::vector<FileState> recorded_files() const;

    /// Records that `state.path` has been indexed whole in this state (written with the next commit).
    void record_file(const FileState& state);

    /// Removes every passage that came from the file at `path`, and its record; returns the ids of the
    /// articles removed.
    std::set<std::string> forget_file(const std::string& path);

    /// Makes everything added so far durable and visible to searchers.
    void commit();

    /// Commits, then rewrites the index compactly (about half the size, slightly faster to search) and puts
    /// it in place of the original, holding the write lock meanwhile; an index in shards, shard by shard. The writer cannot be used afterwards.
    /// Searchers that had the old index open keep reading it until they reopen.
    void commit_and_compact();

private:
    /// Compacts `db` into a copy and puts the copy at `path`, where `db` is.
    static void compact_in_place(Xapian::Database db, const std::string& path);

    Xapian::WritableDatabase& shard_for(const std::string& article_id);  ///< where a new article goes
    Xapian::WritableDatabase& first_shard();  ///< holds the metadata (names, file records)
    const Xapian::WritableDatabase& first_shard() const;

    std::string path_;
    std::vector<Xapian::WritableDatabase> shards_;  ///< one for a plain index
    std::size_t batch_;
    std::size_t pending_ = 0;
    DocumentBuilder builder_;
};

}  // namespace ks::indexer
