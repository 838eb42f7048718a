#include "ks/indexer/article_writer.h"

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <stdexcept>

#include "ks/indexer/shards.h"
#include "ks/schema/schema.h"
#include "shard_writer.h"

namespace ks::indexer {

namespace {

// A merged or compacted index is read far more than written, in blocks Xapian copies in one call each: larger
// blocks mean fewer calls for long posting lists and more bytes copied for short ones. 16 KB (Xapian's
// default is 8) is the size that was never the slow one on the two machines measured (bench/RESULTS.md,
// "Block size again"): 32 KB won on one, and on the other cost 9% at 108k passages against 16 KB.
constexpr int kCompactedBlockSize = 16 * 1024;

// Xapian refuses the write lock when another writer holds it ("... already locked"), and also when its lock file
// cannot be made (a read-only disk, no permission): only the first is another indexer.
std::string lock_message(const std::string& path, const std::string& xapian_message)
{
    if (xapian_message.find("already locked") != std::string::npos) {
        return "index '" + path + "' is locked: another indexer is writing to it";
    }
    const std::size_t reason = xapian_message.find(": ", xapian_message.find(path));
    return "index '" + path +
           "' cannot be written: " + (reason == std::string::npos ? xapian_message : xapian_message.substr(reason + 2));
}

Xapian::WritableDatabase open_database(const std::string& path, ArticleWriter::Durability durability)
{
    const int sync = durability == ArticleWriter::Durability::kUnsynced ? Xapian::DB_NO_SYNC : 0;
    try {
        return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN | sync);
    } catch (const Xapian::DatabaseLockError& e) {
        throw std::runtime_error(lock_message(path, e.get_msg()));
    } catch (const Xapian::DatabaseError& e) {
        throw std::runtime_error(schema::cannot_open_message(path, e.get_msg()));
    }
}

// Compacts `db` into `into`; a compaction that fails (a full disk) leaves no half-written copy behind.
void compact_or_remove(Xapian::Database& db, const std::filesystem::path& into)
{
    try {
        db.compact(into.string(), 0, kCompactedBlockSize);
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove_all(into, ignored);
        throw;
    }
}

std::string article_term(const std::string& id) { return schema::term(schema::kArticlePrefix, id); }

void post_metadata(ShardWriter& shard, std::vector<std::pair<std::string, std::string>> entries)
{
    if (!entries.empty()) {
        shard.post([entries = std::move(entries)](Xapian::WritableDatabase& db) {
            for (const auto& [key, value] : entries) {
                db.set_metadata(key, value);
            }
        });
    }
}

// Xapian 1.4 can abort the process instead of throwing when the disk fills in the middle of a commit (a cleanup
// on its error path fails too: about one full-disk run in eight here). A commit is not started with under this
// much free where the database lives; the run stops with a clear message and nothing half written. A disk that
// fills with more free than this at the start of a commit can still meet Xapian's abort.
constexpr std::uintmax_t kFreeBytesToCommit = std::uintmax_t{8} << 20;

void refuse_a_nearly_full_disk(const std::string& path)
{
    std::error_code error;
    const std::filesystem::space_info space = std::filesystem::space(path, error);
    if (!error && space.available < kFreeBytesToCommit) {
        throw std::runtime_error("index '" + path +
                                 "': No space left on device: " + std::to_string(space.available >> 10) +
                                 " KB free, a commit needs some MB; free "
                                 "space and run the same command again");
    }
}

void post_commit(ShardWriter& shard, std::uint64_t& posted, const std::string& path)
{
    posted = shard.post([path](Xapian::WritableDatabase& db) {
        refuse_a_nearly_full_disk(path);
        db.commit();
    });
}

}  // namespace

ArticleWriter::ArticleWriter(const std::string& db_path, std::size_t batch_articles, Durability durability)
    : path_(db_path), shard_paths_(local_databases(db_path)), batch_(batch_articles == 0 ? 1 : batch_articles)
{
    for (const std::string& shard : shard_paths_) {
        shards_.push_back(std::make_unique<ShardWriter>(open_database(shard, durability)));
        committed_.emplace_back(shard);
    }
    newest_commit_.assign(shards_.size(), 0);
    // A new index, or one written wholly with the current terms, says so; an older one stays marked older, as
    // it still mixes both (the searcher warns of it).
    const bool current = std::all_of(committed_.begin(), committed_.end(), [](const Xapian::Database& shard) {
        return schema::index_schema_version(shard) == schema::kSchemaVersion;
    });
    if (current) {
        mark(std::string(schema::kSchemaVersionKey), std::to_string(schema::kSchemaVersion));
    }
}

ArticleWriter::~ArticleWriter() = default;

ShardWriter& ArticleWriter::shard_for(const std::string& article_id)
{
    return *shards_[schema::stable_hash(article_id) % shards_.size()];
}

ShardWriter& ArticleWriter::first_shard() { return *shards_.front(); }

ArticleWriter::Added ArticleWriter::add(const Article& article, const std::string& file)
{
    ArticleDocuments built = builder_.build(article);
    return write(article, built, file);
}

bool ArticleWriter::holds_article(const std::string& id)
{
    for (const Changes* changes : {&since_newest_commit_, &before_newest_commit_}) {
        if (changes->written.contains(id)) {
            return true;
        }
        if (changes->removed.contains(id)) {
            return false;
        }
    }
    const std::string t = article_term(id);
    for (Xapian::Database& shard : committed_) {
        try {
            if (shard.get_termfreq(t) > 0) {
                return true;
            }
        } catch (const Xapian::DatabaseModifiedError&) {
            shard.reopen();  // two commits went by: any newer revision answers as well
            if (shard.get_termfreq(t) > 0) {
                return true;
            }
        }
    }
    return false;
}

ArticleWriter::Added ArticleWriter::write(const Article& article, ArticleDocuments& built, const std::string& file)
{
    // The new version may have fewer passages than the old one: remove them all first, from any shard.
    const Added added{built.passages.size(), holds_article(article.id)};
    if (added.replaced) {
        for (const std::unique_ptr<ShardWriter>& shard : shards_) {
            shard->post([t = article_term(article.id)](Xapian::WritableDatabase& db) { db.delete_document(t); });
        }
    }
    add_passages(article, built, file);
    return added;
}

std::size_t ArticleWriter::write_next_part(const Article& part, ArticleDocuments& built, const std::string& file)
{
    const std::size_t passages = built.passages.size();
    add_passages(part, built, file);
    return passages;
}

void ArticleWriter::add_passages(const Article& article, ArticleDocuments& built, const std::string& file)
{
    std::vector<Xapian::Document> documents;
    for (PassageDocument& p : built.passages) {
        if (!file.empty()) {
            p.document.add_boolean_term(schema::term(schema::kFilePrefix, schema::file_key(file)));
        }
        // Moved, never copied: a Document's reference count is not thread-safe.
        documents.push_back(std::move(p.document));
    }
    // No passage of the article is left (removed by write), and a key names one article's passage only
    // (schema::passage_key; parts number on): adding is enough, and saves Xapian a posting-list lookup each.
    ShardWriter& shard = shard_for(article.id);
    // A long article's part is thousands of documents (article_parts.h): the queue holds one such at a time,
    // which bounds the memory a long article takes however many parts it has.
    constexpr std::size_t kManyDocuments = 256;
    const bool many = documents.size() >= kManyDocuments;
    if (many && last_large_post_.first == &shard) {
        shard.wait_for(last_large_post_.second);
    }
    const std::uint64_t posted = shard.post([documents = std::move(documents)](Xapian::WritableDatabase& db) {
        for (const Xapian::Document& document : documents) {
            db.add_document(document);
        }
    });
    if (many) {
        last_large_post_ = {&shard, posted};
    }
    since_newest_commit_.written.insert(article.id);
    since_newest_commit_.removed.erase(article.id);

    // Names and file records live in the first shard, where a search over all shards reads metadata.
    std::vector<MetadataEntry> names;
    for (const entities::LearnedName& name : built.names) {
        std::string key = schema::term(schema::kNameMetadataPrefix, name.name);
        if (key.size() <= schema::kMaxTermBytes) {
            names.emplace_back(std::move(key), std::string(entities::kind_name(name.kind)) + '\t' + name.canonical);
        }
    }
    post_metadata(first_shard(), std::move(names));
    // A long article's part is committed whole: Xapian would hold up to 10,000 documents' changes in memory.
    if (++pending_ >= batch_ || many) {
        commit_in_background();
    }
}

std::size_t ArticleWriter::remove_article(const std::string& id)
{
    const std::string t = article_term(id);
    Xapian::doccount passages = 0;
    for (const std::unique_ptr<ShardWriter>& shard : shards_) {
        shard->run([&](Xapian::WritableDatabase& db) {
            if (const Xapian::doccount n = db.get_termfreq(t); n > 0) {
                passages += n;
                db.delete_document(t);
            }
        });
    }
    since_newest_commit_.written.erase(id);
    since_newest_commit_.removed.insert(id);
    return passages;
}

namespace {

std::optional<ArticleWriter::FileState> parse_file_state(const std::string& value)
{
    ArticleWriter::FileState state;
    std::istringstream in(value);
    if (!(in >> state.size >> state.mtime_ns) || in.get() != ' ' || !std::getline(in, state.path)) {
        return std::nullopt;
    }
    return state;
}

std::string file_metadata_key(const std::string& path)
{
    return schema::term(schema::kFileMetadataPrefix, schema::file_key(path));
}

}  // namespace

std::optional<ArticleWriter::FileState> ArticleWriter::recorded_file(const std::string& path)
{
    if (const auto changed = files_this_run_.find(path); changed != files_this_run_.end()) {
        return changed->second;
    }
    std::string value;
    try {
        value = committed_.front().get_metadata(file_metadata_key(path));
    } catch (const Xapian::DatabaseModifiedError&) {
        committed_.front().reopen();  // files not touched in this run read the same in any newer revision
        value = committed_.front().get_metadata(file_metadata_key(path));
    }
    auto state = value.empty() ? std::nullopt : parse_file_state(value);
    return state && state->path == path ? state : std::nullopt;
}

std::vector<ArticleWriter::FileState> ArticleWriter::recorded_files()
{
    commit();  // every record written
    std::vector<FileState> files;
    const std::string prefix(schema::kFileMetadataPrefix);
    first_shard().run([&](Xapian::WritableDatabase& db) {
        for (Xapian::TermIterator it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
            if (auto state = parse_file_state(db.get_metadata(*it))) {
                files.push_back(std::move(*state));
            }
        }
    });
    return files;
}

void ArticleWriter::record_file(const FileState& state)
{
    // Held back until the file's articles are committed on every shard: a record never vouches for more
    // than the index holds, whatever moment a crash strikes.
    records_since_newest_commit_.emplace_back(
        file_metadata_key(state.path),
        std::to_string(state.size) + ' ' + std::to_string(state.mtime_ns) + ' ' + state.path);
    files_this_run_[state.path] = state;
}

std::set<std::string> ArticleWriter::articles_of_file(const std::string& path)
{
    const std::string t = schema::term(schema::kFilePrefix, schema::file_key(path));
    std::set<std::string> ids;
    for (const std::unique_ptr<ShardWriter>& shard : shards_) {
        shard->run([&](Xapian::WritableDatabase& db) {
            for (Xapian::PostingIterator p = db.postlist_begin(t); p != db.postlist_end(t); ++p) {
                ids.insert(schema::parse_order_key(db.get_document(*p).get_value(schema::kOrderSlot)).doc);
            }
        });
    }
    return ids;
}

std::map<std::string, std::string> ArticleWriter::whole_articles_of_file(const std::string& path)
{
    const std::string t = schema::term(schema::kFilePrefix, schema::file_key(path));
    std::map<std::string, std::string> whole;
    for (const std::unique_ptr<ShardWriter>& shard : shards_) {
        shard->run([&](Xapian::WritableDatabase& db) {
            for (Xapian::PostingIterator p = db.postlist_begin(t); p != db.postlist_end(t); ++p) {
                const Xapian::Document doc = db.get_document(*p);
                if (std::string fingerprint = doc.get_value(schema::kFingerprintSlot); !fingerprint.empty()) {
                    whole[schema::parse_order_key(doc.get_value(schema::kOrderSlot)).doc] = std::move(fingerprint);
                }
            }
        });
    }
    return whole;
}

void ArticleWriter::remove_article_from_file(const std::string& id, const std::string& path)
{
    const std::string article = article_term(id);
    const std::string file = schema::term(schema::kFilePrefix, schema::file_key(path));
    bool removed = false;
    for (const std::unique_ptr<ShardWriter>& shard : shards_) {
        shard->run([&](Xapian::WritableDatabase& db) {
            std::vector<Xapian::docid> from_file;
            for (Xapian::PostingIterator p = db.postlist_begin(article); p != db.postlist_end(article); ++p) {
                Xapian::TermIterator t = db.termlist_begin(*p);
                t.skip_to(file);
                if (t != db.termlist_end(*p) && *t == file) {
                    from_file.push_back(*p);
                }
            }
            for (const Xapian::docid docid : from_file) {
                db.delete_document(docid);
            }
            removed = removed || !from_file.empty();
        });
    }
    const bool rewritten = since_newest_commit_.written.contains(id) || before_newest_commit_.written.contains(id);
    if (removed && !rewritten) {  // written again from another file, it stays
        since_newest_commit_.removed.insert(id);
    }
}

std::set<std::string> ArticleWriter::forget_file(const std::string& path)
{
    const std::string key = file_metadata_key(path);
    for (std::vector<MetadataEntry>* waiting : {&records_since_newest_commit_, &records_before_newest_commit_}) {
        std::erase_if(*waiting, [&](const MetadataEntry& record) { return record.first == key; });
    }
    const std::set<std::string> ids = articles_of_file(path);
    const std::string t = schema::term(schema::kFilePrefix, schema::file_key(path));
    for (const std::unique_ptr<ShardWriter>& shard : shards_) {
        shard->run([&](Xapian::WritableDatabase& db) { db.delete_document(t); });
    }
    first_shard().run([&](Xapian::WritableDatabase& db) { db.set_metadata(key, ""); });
    files_this_run_[path] = std::nullopt;
    for (const std::string& id : ids) {
        since_newest_commit_.written.erase(id);
        since_newest_commit_.removed.insert(id);
    }
    return ids;
}

void ArticleWriter::commit_in_background()
{
    std::vector<std::uint64_t> previous = newest_commit_;
    for (std::size_t i = 0; i < shards_.size(); ++i) {
        post_commit(*shards_[i], newest_commit_[i], shard_paths_[i]);
    }
    for (std::size_t i = 0; i < shards_.size(); ++i) {
        shards_[i]->wait_for(previous[i]);  // usually long done; rethrows a shard's error
    }
    // The articles posted before the previous commit are committed everywhere: their files' records may go.
    post_metadata(first_shard(), std::move(records_before_newest_commit_));
    records_before_newest_commit_ = std::move(records_since_newest_commit_);
    records_since_newest_commit_.clear();
    for (Xapian::Database& shard : committed_) {
        shard.reopen();  // now at least at the previous commit
    }
    before_newest_commit_ = std::move(since_newest_commit_);
    since_newest_commit_ = {};
    pending_ = 0;
}

void ArticleWriter::mark(const std::string& key, const std::string& value)
{
    for (const std::unique_ptr<ShardWriter>& shard : shards_) {
        post_metadata(*shard, {{key, value}});
    }
}

void ArticleWriter::commit()
{
    // Every shard commits on its own thread, all at the same time; then the file records, which vouch for
    // the articles just committed, in a commit of their own.
    for (std::size_t i = 0; i < shards_.size(); ++i) {
        post_commit(*shards_[i], newest_commit_[i], shard_paths_[i]);
    }
    for (const std::unique_ptr<ShardWriter>& shard : shards_) {
        shard->wait();  // rethrows a shard's error
    }
    std::vector<MetadataEntry> records = std::move(records_before_newest_commit_);
    records.insert(records.end(), records_since_newest_commit_.begin(), records_since_newest_commit_.end());
    records_before_newest_commit_.clear();
    records_since_newest_commit_.clear();
    if (!records.empty()) {
        post_metadata(first_shard(), std::move(records));
        post_commit(first_shard(), newest_commit_.front(), shard_paths_.front());
        first_shard().wait();
    }
    for (Xapian::Database& shard : committed_) {
        shard.reopen();
    }
    since_newest_commit_ = {};
    before_newest_commit_ = {};
    pending_ = 0;
}

void ArticleWriter::commit_and_compact()
{
    commit();
    for (Xapian::Database& shard : committed_) {
        shard.close();
    }
    for (std::size_t i = 0; i < shards_.size(); ++i) {  // each on its own: compacting a shard set would merge it
        shards_[i]->run([&](Xapian::WritableDatabase& db) {
            compact_in_place(db, shard_paths_[i]);
            db.close();
        });
    }
}

void ArticleWriter::merge(const std::string& parts, const std::string& into)
{
    namespace fs = std::filesystem;
    Xapian::Database all(parts);
    const fs::path merging = into + ".merging";
    fs::remove_all(merging);
    compact_or_remove(all, merging);
    fs::rename(merging, into);  // only a complete index ever appears at `into`
}

void ArticleWriter::compact_in_place(Xapian::Database db, const std::string& path)
{
    namespace fs = std::filesystem;
    const fs::path compacted = path + ".compacting";
    const fs::path old = path + ".old";
    fs::remove_all(compacted);
    fs::remove_all(old);
    compact_or_remove(db, compacted);
    // Two renames: a crash between them leaves the complete original at .old and the compacted copy, never
    // a half-written index at the path.
    fs::rename(path, old);
    fs::rename(compacted, path);
    fs::remove_all(old);
}

std::string ArticleWriter::finish_interrupted_compaction(const std::string& path)
{
    namespace fs = std::filesystem;
    const fs::path compacted = path + ".compacting";
    const fs::path old = path + ".old";
    if (!fs::exists(old)) {
        if (fs::exists(compacted) && fs::exists(path)) {
            fs::remove_all(compacted);  // stopped while compacting: the index at the path is untouched
            return "removed the unfinished compacted copy " + compacted.string();
        }
        return {};
    }
    if (fs::exists(path)) {
        fs::remove_all(old);  // stopped after both renames: the compacted index is in place
        return "removed the earlier copy " + old.string() + " left by an interrupted --compact";
    }
    // Stopped between the renames: the copy was complete before the first one.
    if (fs::exists(compacted)) {
        fs::rename(compacted, path);
        fs::remove_all(old);
        return "finished an interrupted --compact: the compacted index is now at " + path;
    }
    fs::rename(old, path);
    return "put back the index an interrupted --compact had moved to " + old.string();
}

}  // namespace ks::indexer
