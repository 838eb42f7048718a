#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ks/indexer/article.h"
#include "ks/indexer/document_builder.h"

namespace ks::indexer {

class ShardWriter;

/// Writes articles into an index, creating it if needed: the one way articles reach a database, for the
/// indexer binary and for programs that embed the library.
///
/// An article whose id is already in the index replaces it, passages and all. Changes are committed every
/// `batch_articles` articles and by commit(); a crash loses at most the articles since the last commit.
/// In an index of shards (shards.h) each article goes to the shard its id hashes to, names and file records
/// to the first shard. Each shard is written by a thread of its own (ShardWriter): adding to Xapian and
/// committing is most of the work, so N shards index on up to N cores.
class ArticleWriter {
public:
    /// Whether a commit waits until the disk holds it (fsync). Parts of a new index that are merged at the end
    /// and started over after a crash need not: their commits skip it (about 12% faster on the shared corpus).
    enum class Durability { kSynced, kUnsynced };

    /// Opens or creates the database. Throws std::runtime_error naming the path when it is locked by another
    /// writer or cannot be opened. A new index is marked, at the first commit, as written with the current
    /// schema version (schema::kSchemaVersionKey); an older one keeps its mark.
    explicit ArticleWriter(const std::string& db_path, std::size_t batch_articles = 1000,
                           Durability durability = Durability::kSynced);

    /// Applies what is queued; what is not committed yet is left to Xapian's own close (which commits).
    ~ArticleWriter();

    ArticleWriter(const ArticleWriter&) = delete;
    ArticleWriter& operator=(const ArticleWriter&) = delete;

    /// What add() did.
    struct Added {
        std::size_t passages = 0;
        bool replaced = false;  ///< an article with this id was already in the index
    };

    /// Analyzes and writes one article, tagged with the input file it came from (`file`: its path, or empty).
    /// Throws text::IcuError, Xapian::Error.
    Added add(const Article& article, const std::string& file = "");

    /// Writes an article whose documents were built elsewhere (BuildPipeline's workers); takes the documents
    /// out of `built`. The writing happens on the shard's thread: a Xapian error surfaces from a later call.
    Added write(const Article& article, ArticleDocuments& built, const std::string& file = "");

    /// Writes a later part of a long article (parts_of) after write() wrote its first: adds the part's passages
    /// and removes none. Returns how many it added. Parts are committed as they come, so a search during the
    /// run may see a long article's first parts before the rest.
    std::size_t write_next_part(const Article& part, ArticleDocuments& built, const std::string& file = "");

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
    std::optional<FileState> recorded_file(const std::string& path);

    /// Every input file recorded in the index (commits first).
    std::vector<FileState> recorded_files();

    /// Records that `state.path` has been indexed whole in this state (written with the next commit).
    void record_file(const FileState& state);

    /// Removes every passage that came from the file at `path`, and its record; returns the ids of the
    /// articles removed.
    std::set<std::string> forget_file(const std::string& path);

    /// The ids of the articles the file at `path` gave, as written so far (nothing is removed).
    std::set<std::string> articles_of_file(const std::string& path);

    /// The articles of the file at `path` the index holds whole, with their fingerprints (Article::fingerprint):
    /// id → fingerprint.
    std::map<std::string, std::string> whole_articles_of_file(const std::string& path);

    /// Removes the passages of article `id` that came from the file at `path` (not those it has since been
    /// written with from another file).
    void remove_article_from_file(const std::string& id, const std::string& path);

    /// Sets a metadata entry on every shard with the next commit: frozen (frozen.h; dropping the term lists is
    /// left to drop_term_lists once the writer is gone), the schema version the passages were written with.
    void mark(const std::string& key, const std::string& value);

    /// Makes everything added so far durable and visible to searchers.
    void commit();

    /// Commits, then rewrites the index compactly (about half the size, slightly faster to search) and puts
    /// it in place of the original, holding the write lock meanwhile; an index in shards, shard by shard.
    /// The writer cannot be used afterwards.
    /// Searchers that had the old index open keep reading it until they reopen.
    void commit_and_compact();

    /// Merges the shards of the shard set at `parts`, no writer holding them, into one compact database at
    /// `into`, the way xapian-compact does: Xapian renumbers the documents; names and file records come from
    /// the first shard. Only a complete index ever appears at `into`; the parts stay as they are.
    static void merge(const std::string& parts, const std::string& into);

    /// Compacts `db` into a copy and puts the copy at `path`, where `db` is. A crash leaves the original or the
    /// copy at `path`, never half of either.
    static void compact_in_place(Xapian::Database db, const std::string& path);

    /// Finishes a compact_in_place that a crash stopped between its steps, from what it left: the index at
    /// `path`.old and its complete compacted copy at `path`.compacting (the copy is put in place), the original
    /// alone at .old (it is put back), or a copy left half-written (removed). Returns what was done, for a
    /// note, or empty when nothing was left.
    static std::string finish_interrupted_compaction(const std::string& path);

private:
    ShardWriter& shard_for(const std::string& article_id);  ///< where a new article goes
    ShardWriter& first_shard();                             ///< holds the metadata (names, file records)

    /// Whether the index holds the article `id`, counting what is queued but not yet written.
    bool holds_article(const std::string& id);

    /// Posts the built passages (and the names they taught) to the article's shard; commits every batch.
    void add_passages(const Article& article, ArticleDocuments& built, const std::string& file);

    /// The shard and number of the last post of many documents (a long article's part), which the next such
    /// waits for.
    std::pair<ShardWriter*, std::uint64_t> last_large_post_{nullptr, 0};

    /// Every `batch_` articles: the shards commit on their threads while articles keep coming (at most two
    /// commits in flight); file records follow once the articles they vouch for are committed everywhere.
    void commit_in_background();

    std::string path_;
    std::vector<std::string> shard_paths_;  ///< one, the index itself, for a plain index
    std::vector<std::unique_ptr<ShardWriter>> shards_;
    std::vector<std::uint64_t> newest_commit_;  ///< per shard: the operation number of the newest commit posted

    /// Readers at least as new as the commit before the newest one posted (the writers' threads own the
    /// writable databases), and the articles written or removed since.
    struct Changes {
        std::unordered_set<std::string> written;
        std::unordered_set<std::string> removed;
    };
    std::vector<Xapian::Database> committed_;
    Changes since_newest_commit_;
    Changes before_newest_commit_;  ///< between the two newest commits posted

    using MetadataEntry = std::pair<std::string, std::string>;
    std::vector<MetadataEntry> records_since_newest_commit_;          ///< file records waiting for their articles'
    std::vector<MetadataEntry> records_before_newest_commit_;         ///< commit on every shard
    std::map<std::string, std::optional<FileState>> files_this_run_;  ///< recorded (or forgotten) in this run
    std::size_t batch_;
    std::size_t pending_ = 0;
    DocumentBuilder builder_;
};

}  // namespace ks::indexer
