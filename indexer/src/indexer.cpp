#include "ks/indexer/indexer.h"

#include <xapian.h>

#include <chrono>
#include <fstream>
#include <ostream>
#include <sstream>
#include <stdexcept>

#include "ks/indexer/article.h"
#include "ks/indexer/document_builder.h"
#include "ks/indexer/input_files.h"
#include "ks/schema/schema.h"

namespace ks::indexer {

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot open");
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) {
        throw std::runtime_error("read error");
    }
    return std::move(bytes).str();
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

// Writes articles, committing every batch so that memory stays bounded and a crash loses one batch at most.
class IndexWriter {
public:
    IndexWriter(Xapian::WritableDatabase& db, std::size_t batch) : db_(db), batch_(batch) {}

    void write(const Article& article, Summary& summary)
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
        ++summary.articles;
        summary.passages += built.passages.size();
        if (++pending_ >= batch_) {
            db_.commit();
            pending_ = 0;
        }
    }

private:
    Xapian::WritableDatabase& db_;
    std::size_t batch_;
    std::size_t pending_ = 0;
    DocumentBuilder builder_;
};

class Reporter {
public:
    Reporter(std::ostream& out, Summary& summary) : out_(out), summary_(summary) {}

    void skip(const std::string& where, const std::string& reason)
    {
        ++summary_.skipped;
        out_ << "indexer: skipped " << where << ": " << reason << '\n';
    }

private:
    std::ostream& out_;
    Summary& summary_;
};

void index_text_file(const InputFile& file, const std::string& content, IndexWriter& writer, Summary& summary,
                     Reporter& reporter)
{
    try {
        writer.write(parse_text_article(file.path.stem().string(), content), summary);
    } catch (const ArticleError& e) {
        reporter.skip(file.path.string(), e.what());
    }
}

void index_jsonl_file(const InputFile& file, const std::string& content, IndexWriter& writer, Summary& summary,
                      Reporter& reporter)
{
    std::size_t line_number = 0;
    std::size_t start = 0;
    while (start < content.size()) {
        std::size_t end = content.find('\n', start);
        if (end == std::string::npos) {
            end = content.size();
        }
        const std::string_view line = std::string_view(content).substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (line.find_first_not_of(" \t") == std::string_view::npos) {
            continue;
        }
        try {
            writer.write(parse_jsonl_article(line), summary);
        } catch (const ArticleError& e) {
            reporter.skip(file.path.string() + ":" + std::to_string(line_number), e.what());
        }
    }
}

}  // namespace

Summary run(const Options& options, std::ostream& diagnostics)
{
    const auto started = std::chrono::steady_clock::now();
    Summary summary;
    Reporter reporter(diagnostics, summary);

    // Check every input before the database is created, so a typo leaves nothing behind.
    std::vector<fs::path> unsupported;
    const std::vector<InputFile> files = collect_input_files(options.inputs, unsupported);
    for (const fs::path& path : unsupported) {
        reporter.skip(path.string(), "not a .txt, .md or .jsonl file");
    }

    Xapian::WritableDatabase db = open_database(options.db_path);
    IndexWriter writer(db, options.batch_articles);
    for (const InputFile& file : files) {
        std::string content;
        try {
            std::size_t replaced = 0;
            content = clean_text(read_file(file.path), replaced);
            summary.replaced_sequences += replaced;
            if (replaced > 0) {
                diagnostics << "indexer: " << file.path.string() << ": replaced " << replaced
                            << " invalid UTF-8 sequence(s) with U+FFFD\n";
            }
        } catch (const std::runtime_error& e) {
            reporter.skip(file.path.string(), e.what());
            continue;
        }
        ++summary.files;
        if (file.format == InputFormat::kText) {
            index_text_file(file, content, writer, summary, reporter);
        } else {
            index_jsonl_file(file, content, writer, summary, reporter);
        }
    }
    db.commit();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

}  // namespace ks::indexer
