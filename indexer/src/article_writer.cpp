#include "ks/indexer/article_writer.h"

#include <filesystem>
#include <sstream>
#include <stdexcept>

#include "ks/indexer/shards.h"
#include "ks/schema/schema.h"

namespace ks::indexer {

namespace {

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
    : path_(db_path), db_(open_database(db_path)), batch_(batch_articles == 0 ? 1 : batch_articles)
{
}

ArticleWriter::Added ArticleWriter::add(const Article& article, const std::string& file)
{
    ArticleDocuments built = builder_.build(article);
    return write(article, built, file);
}

ArticleWriter::Added ArticleWriter::write(const Article& article, ArticleDocuments& built, const std::string& file)
{
    const std::string article_term = schema::term(schema::kArticlePrefix, article.id);
    Added added{built.passages.size(), db_.term_exists(article_term)};
    // The new version may have fewer passages than the old one: remove them all first.
    db_.delete_document(article_term);
    for (PassageDocument& p : built.passages) {
        if (!file.empty()) {
            p.document.add_boolean_term(schema::term(schema::kFilePrefix, schema::file_key(file)));
        }
        db_.replace_document(schema::term(schema::kPassageIdPrefix, p.key), p.document);
    }
    for (const entities::LearnedName& name : built.names) {
        const std::string key = schema::term(schema::kNameMetadataPrefix, name.name);
        if (key.size() <= schema::kMaxTermBytes) {
            db_.set_metadata(key, std::string(entities::kind_name(name.kind)) + '\t' + name.canonical);
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
    const Xapian::doccount passages = db_.get_termfreq(t);
    db_.delete_document(t);
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
    const std::string value = db_.get_metadata(file_metadata_key(path));
    auto state = value.empty() ? std::nullopt : parse_file_state(value);
    return state && state->path == path ? state : std::nullopt;
}

std::vector<ArticleWriter::FileState> ArticleWriter::recorded_files() const
{
    std::vector<FileState> files;
    const std::string prefix(schema::kFileMetadataPrefix);
    for (Xapian::TermIterator it = db_.metadata_keys_begin(prefix); it != db_.metadata_keys_end(prefix); ++it) {
        if (auto state = parse_file_state(db_.get_metadata(*it))) {
            files.push_back(std::move(*state));
        }
    }
    return files;
}

void ArticleWriter::record_file(const FileState& state)
{
    db_.set_metadata(file_metadata_key(state.path),
                     std::to_string(state.size) + ' ' + std::to_string(state.mtime_ns) + ' ' + state.path);
}

std::set<std::string> ArticleWriter::forget_file(const std::string& path)
{
    const std::string t = schema::term(schema::kFilePrefix, schema::file_key(path));
    std::set<std::string> ids;
    for (Xapian::PostingIterator p = db_.postlist_begin(t); p != db_.postlist_end(t); ++p) {
        ids.insert(schema::parse_order_key(db_.get_document(*p).get_value(schema::kOrderSlot)).doc);
    }
    db_.delete_document(t);
    db_.set_metadata(file_metadata_key(path), "");
    return ids;
}

void ArticleWriter::commit()
{
    db_.commit();
    pending_ = 0;
}

void ArticleWriter::commit_and_compact()
{
    commit();
    if (const std::vector<std::string> shards = local_shards(path_); !shards.empty()) {
        for (const std::string& shard : shards) {  // each shard on its own: compacting the set would merge it
            compact_in_place(Xapian::Database(shard), shard);
        }
        db_.close();
        return;
    }
    compact_in_place(db_, path_);
    db_.close();
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
