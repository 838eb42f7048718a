#include "ks/indexer/article_writer.h"

#include <filesystem>
#include <future>
#include <sstream>
#include <stdexcept>

#include "ks/indexer/shards.h"
#include "ks/schema/schema.h"

namespace ks::indexer {

namespace {

Xapian::WritableDatabase open_database(const std::string& path);

// One writable database per local shard of a shard set (shards.h), or the database at `path`.
std::vector<Xapian::WritableDatabase> open_shards(const std::string& path)
{
    std::vector<Xapian::WritableDatabase> shards;
    for (const std::string& shard : local_shards(path)) {
        shards.push_back(open_database(shard));
    }
    if (shards.empty()) {
        shards.push_back(open_database(path));
    }
    return shards;
}

Xapian::WritableDatabase open_database(const std::string& path)
{
    try {
        return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
    } catch (const Xapian::DatabaseLockError&) {
        throw std::runtime_error("index '" + path + "' is locked: another indexer is writing to it");
    } catch (const Xapian::DatabaseError& e) {
        throw std::runtime_error("cannot open index '" + path + "': " + e.get_msg());
    }
}

}  // namespace

ArticleWriter::ArticleWriter(const std::string& db_path, std::size_t batch_articles)
    : path_(db_path), shards_(open_shards(db_path)), batch_(batch_articles == 0 ? 1 : batch_articles)
{
}

Xapian::WritableDatabase& ArticleWriter::shard_for(const std::string& article_id)
{
    return shards_[schema::stable_hash(article_id) % shards_.size()];
}

Xapian::WritableDatabase& ArticleWriter::first_shard()
{
    return shards_.front();
}

const Xapian::WritableDatabase& ArticleWriter::first_shard() const
{
    return shards_.front();
}

ArticleWriter::Added ArticleWriter::add(const Article& article, const std::string& file)
{
    ArticleDocuments built = builder_.build(article);
    return write(article, built, file);
}

ArticleWriter::Added ArticleWriter::write(const Article& article, ArticleDocuments& built, const std::string& file)
{
    // The new version may have fewer passages than the old one: remove them all first, from any shard.
    Added added{built.passages.size(), remove_article(article.id) > 0};
    Xapian::WritableDatabase& shard = shard_for(article.id);
    for (PassageDocument& p : built.passages) {
        if (!file.empty()) {
            p.document.add_boolean_term(schema::term(schema::kFilePrefix, schema::file_key(file)));
        }
        shard.replace_document(schema::term(schema::kPassageIdPrefix, p.key), p.document);
    }
    // Names and file records live in the first shard, where a search over all shards reads metadata.
    for (const entities::LearnedName& name : built.names) {
        const std::string key = schema::term(schema::kNameMetadataPrefix, name.name);
        if (key.size() <= schema::kMaxTermBytes) {
            first_shard().set_metadata(key, std::string(entities::kind_name(name.kind)) + '\t' + name.canonical);
        }
    }
    if (++pending_ >= batch_) {
        commit();
    }
    return added;
}

std::size_t ArticleWriter::remove_article(const std::string& id)
{
    const std::string t = schema::term(schema::kArticlePrefix, id);
    Xapian::doccount passages = 0;
    for (Xapian::WritableDatabase& shard : shards_) {
        if (const Xapian::doccount n = shard.get_termfreq(t); n > 0) {
            passages += n;
            shard.delete_document(t);
        }
    }
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

std::optional<ArticleWriter::FileState> ArticleWriter::recorded_file(const std::string& path) const
{
    const std::string value = first_shard().get_metadata(file_metadata_key(path));
    auto state = value.empty() ? std::nullopt : parse_file_state(value);
    return state && state->path == path ? state : std::nullopt;
}

std::vector<ArticleWriter::FileState> ArticleWriter::recorded_files() const
{
    std::vector<FileState> files;
    const std::string prefix(schema::kFileMetadataPrefix);
    const Xapian::WritableDatabase& db = first_shard();
    for (Xapian::TermIterator it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
        if (auto state = parse_file_state(db.get_metadata(*it))) {
            files.push_back(std::move(*state));
        }
    }
    return files;
}

void ArticleWriter::record_file(const FileState& state)
{
    first_shard().set_metadata(file_metadata_key(state.path),
                     std::to_string(state.size) + ' ' + std::to_string(state.mtime_ns) + ' ' + state.path);
}

std::set<std::string> ArticleWriter::forget_file(const std::string& path)
{
    const std::string t = schema::term(schema::kFilePrefix, schema::file_key(path));
    std::set<std::string> ids;
    for (Xapian::WritableDatabase& shard : shards_) {
        for (Xapian::PostingIterator p = shard.postlist_begin(t); p != shard.postlist_end(t); ++p) {
            ids.insert(schema::parse_order_key(shard.get_document(*p).get_value(schema::kOrderSlot)).doc);
        }
        shard.delete_document(t);
    }
    first_shard().set_metadata(file_metadata_key(path), "");
    return ids;
}

void ArticleWriter::commit()
{
    // Writing a batch into the B-trees is most of the indexer's work: shards do theirs at the same time.
    std::vector<std::future<void>> commits;
    for (std::size_t i = 1; i < shards_.size(); ++i) {
        commits.push_back(std::async(std::launch::async, [&shard = shards_[i]] { shard.commit(); }));
    }
    first_shard().commit();
    for (std::future<void>& done : commits) {
        done.get();  // rethrows a shard's error
    }
    pending_ = 0;
}

void ArticleWriter::commit_and_compact()
{
    commit();
    if (const std::vector<std::string> shards = local_shards(path_); !shards.empty()) {
        for (std::size_t i = 0; i < shards.size(); ++i) {  // each on its own: compacting the set would merge it
            compact_in_place(shards_[i], shards[i]);
        }
    } else {
        compact_in_place(first_shard(), path_);
    }
    for (Xapian::WritableDatabase& shard : shards_) {
        shard.close();
    }
}

void ArticleWriter::compact_in_place(Xapian::Database db, const std::string& path)
{
    namespace fs = std::filesystem;
    const fs::path compacted = path + ".compacting";
    const fs::path old = path + ".old";
    fs::remove_all(compacted);
    fs::remove_all(old);
    db.compact(compacted.string());
    // Two renames: a crash between them leaves the complete original at .old and the compacted copy, never
    // a half-written index at the path.
    fs::rename(path, old);
    fs::rename(compacted, path);
    fs::remove_all(old);
}

}  // namespace ks::indexer
