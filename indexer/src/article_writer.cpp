#include "ks/indexer/article_writer.h"

#include <stdexcept>

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
    : db_(open_database(db_path)), batch_(batch_articles == 0 ? 1 : batch_articles)
{
}

std::size_t ArticleWriter::add(const Article& article)
{
    ArticleDocuments built = builder_.build(article);
    // The new version may have fewer passages than the old one: remove them all first.
    db_.delete_document(schema::term(schema::kArticlePrefix, article.id));
    for (PassageDocument& p : built.passages) {
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
    return built.passages.size();
}

void ArticleWriter::commit()
{
    db_.commit();
    pending_ = 0;
}

}  // namespace ks::indexer
