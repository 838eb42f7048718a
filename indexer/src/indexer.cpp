#include "ks/indexer/indexer.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

#include "build_lock.h"
#include "ks/indexer/article.h"
#include "ks/indexer/article_parts.h"
#include "ks/indexer/article_writer.h"
#include "ks/indexer/boilerplate.h"
#include "ks/indexer/build_pipeline.h"
#include "ks/indexer/dictionary_persons.h"
#include "ks/indexer/frozen.h"
#include "ks/indexer/input_files.h"
#include "ks/indexer/schema_version.h"
#include "ks/indexer/shards.h"
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

// A newsroom's own people and companies (Options::entities_file), and their spellings as the index's name
// table keeps them.
struct UserNames {
    entities::Gazetteer gazetteer;
    std::vector<std::pair<std::string, std::string>> aliases;  ///< metadata key, "kind<TAB>canonical"
};

std::optional<UserNames> read_user_names(const std::string& path)
{
    if (path.empty()) {
        return std::nullopt;
    }
    std::string tsv;
    try {
        tsv = read_file(path);
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("entities file '" + path + "': " + e.what());
    }
    try {
        analysis::Analyzer analyzer;
        UserNames names{entities::Gazetteer::builtin_with(tsv, analyzer), {}};
        for (const entities::GazetteerEntry& entry : entities::Gazetteer::read_entries(tsv)) {
            for (const std::string& alias : entry.aliases) {
                std::string key = schema::term(schema::kNameMetadataPrefix, alias);
                if (alias != entry.canonical && key.size() <= schema::kMaxTermBytes) {
                    names.aliases.emplace_back(std::move(key),
                                               std::string(entities::kind_name(entry.kind)) + '\t' + entry.canonical);
                }
            }
        }
        return names;
    } catch (const entities::GazetteerError& e) {
        throw std::runtime_error("entities file '" + path + "': " + e.what());
    }
}

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

bool stop_requested(const Options& options) { return options.should_stop && options.should_stop(); }

// Reports progress after each article: bytes of the files before this one, plus how far into it.
class ProgressTracker {
public:
    ProgressTracker(const Options& options, std::size_t bytes_total, std::chrono::steady_clock::time_point started)
        : on_progress_(options.on_progress), started_(started)
    {
        progress_.bytes_total = bytes_total;
    }

    void next_file(std::size_t previous_file_bytes) { file_start_ += previous_file_bytes; }

    void article_done(const Summary& summary, std::size_t offset_in_file)
    {
        if (!on_progress_) {
            return;
        }
        progress_.bytes_done = file_start_ + offset_in_file;
        progress_.articles = summary.articles;
        progress_.passages = summary.passages;
        progress_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
        on_progress_(progress_);
    }

private:
    const std::function<void(const Progress&)>& on_progress_;
    std::chrono::steady_clock::time_point started_;
    std::size_t file_start_ = 0;
    Progress progress_;
};

// Everything an input file's articles need on their way to the index, in the order they were read.
struct FileContext {
    ArticleWriter& writer;
    BuildPipeline& pipeline;
    Summary& summary;
    ProgressTracker& progress;
    text::SentenceSegmenter& sentences;  // cuts long articles into parts (parts_of)
    std::string path;                    // as recorded in the index
    std::set<std::string> earlier;       // ids the file gave when it was last indexed
    std::set<std::string> written;       // ids written from it in this run, or kept
    // Articles of the file the index holds whole, id → fingerprint: after an interrupted run, or where a changed
    // file still holds them unchanged, they are kept rather than written again.
    std::map<std::string, std::string> whole_in_index;
};

// The articles a changed file no longer holds go once it has been read whole. Each article it still holds was
// replaced in place meanwhile, so a search during the run sees every article in its old or its new version,
// never a file's articles half deleted.
void remove_articles_gone_from(FileContext& file)
{
    for (const std::string& id : file.earlier) {
        if (!file.written.contains(id)) {
            file.writer.remove_article_from_file(id, file.path);
        }
    }
}

// Builds the article (on a worker when there are several jobs) and writes it in reading order; a long article
// part by part, which bounds the memory it takes.
void write(const std::shared_ptr<FileContext>& file, Article article, std::size_t offset_in_file)
{
    std::string fingerprint = article_fingerprint(article);
    if (const auto it = file->whole_in_index.find(article.id);
        it != file->whole_in_index.end() && it->second == fingerprint) {
        file->pipeline.submit([file, id = article.id, offset_in_file] {
            file->written.insert(id);
            ++file->summary.kept;
            file->progress.article_done(file->summary, offset_in_file);
        });
        return;
    }
    std::vector<Article> parts = parts_of(std::move(article), file->sentences);
    parts.back().fingerprint = std::move(fingerprint);  // written last: the article is whole once it is
    for (Article& part : parts) {
        const bool first_part = part.first_passage == 1;
        file->pipeline.submit(std::move(part),
                              [file, offset_in_file, first_part](const Article& a, ArticleDocuments& built) {
                                  if (first_part) {
                                      const ArticleWriter::Added added = file->writer.write(a, built, file->path);
                                      file->written.insert(a.id);
                                      file->summary.passages += added.passages;
                                      file->summary.updated += added.replaced || file->earlier.count(a.id) ? 1 : 0;
                                      ++file->summary.articles;
                                  } else {
                                      file->summary.passages += file->writer.write_next_part(a, built, file->path);
                                  }
                                  file->progress.article_done(file->summary, offset_in_file);
                              });
    }
}

// A file's path as the index records it: absolute and normalized, so that the same file given as
// corpus/a.txt or ./corpus/a.txt is one file.
std::string recorded_path(const fs::path& path) { return fs::absolute(path).lexically_normal().string(); }

// A new index asked for in shards is laid out before the writer opens it; an existing one keeps its shards.
void prepare_shards(const std::string& db_path, std::size_t shards)
{
    if (shards <= 1) {
        return;
    }
    const std::size_t existing = shard_count(db_path);
    if (existing == 0 && !std::filesystem::exists(db_path)) {
        create_shard_set(db_path, shards);
    } else if (existing != shards) {
        throw std::runtime_error("index '" + db_path + "' has " + std::to_string(existing) + " shard(s); --shards " +
                                 std::to_string(shards) +
                                 " cannot change that (xapian-compact merges shards into one)");
    }
}

// Removes a new index's parts when the run ends, normally once they are merged; when the run fails (a full disk),
// with them, since a failed new build leaves nothing behind (a killed one leaves them to its rerun).
class PartsRemover {
public:
    explicit PartsRemover(std::string parts) : parts_(std::move(parts)) {}
    ~PartsRemover()
    {
        if (!parts_.empty()) {
            std::error_code ignored;
            fs::remove_all(parts_, ignored);
        }
    }
    PartsRemover(const PartsRemover&) = delete;
    PartsRemover& operator=(const PartsRemover&) = delete;

private:
    std::string parts_;
};

// A new index written by several writers is built in parts beside it (`<db>.parts`, a shard set), which are
// merged into the index at the end. Parts left by a run that crashed are an unfinished build: they go.
// Returns the parts' path, or empty when the index is written directly.
std::string prepare_parts(const Options& options)
{
    if (options.writers <= 1 || options.shards > 1 || fs::exists(options.db_path)) {
        return {};
    }
    const std::string parts = options.db_path + ".parts";
    if (fs::exists(parts)) {
        if (local_shards(parts).empty()) {
            throw std::runtime_error("'" + parts + "' is in the way: a new index is built in parts there");
        }
        fs::remove_all(parts);
    }
    create_shard_set(parts, options.writers);
    return parts;
}

ArticleWriter::FileState current_state(const std::string& path)
{
    ArticleWriter::FileState state;
    state.path = path;
    std::error_code error;
    state.size = fs::file_size(path, error);
    const auto time = fs::last_write_time(path, error);
    state.mtime_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
    return state;
}

// Whether `path` was indexed from under one of `inputs` (a folder given, or the file itself).
bool under_inputs(const std::string& path, const std::vector<std::string>& inputs)
{
    for (const std::string& input : inputs) {
        const std::string root = recorded_path(input);
        if (path == root || (path.size() > root.size() && path.compare(0, root.size(), root) == 0 &&
                             (root.back() == '/' || path[root.size()] == '/'))) {
            return true;
        }
    }
    return false;
}

// What the .txt and .md files of each folder repeat (boilerplate.h), read when the first of them is indexed:
// a folder of saved pages is one source.
class FolderEvidence {
public:
    explicit FolderEvidence(const std::vector<InputFile>& files) : files_(files) {}

    std::shared_ptr<const LineSet> repeated_in(const fs::path& folder)
    {
        const auto [it, is_new] = folders_.try_emplace(folder);
        if (is_new) {
            for (const InputFile& file : files_) {
                if (file.format == InputFormat::kText && file.path.parent_path() == folder) {
                    try {
                        it->second.observe("", clean_text(read_file(file.path)).text);
                    } catch (const std::runtime_error&) {  // reported when the file itself is read
                    }
                }
            }
        }
        return it->second.of("");
    }

private:
    const std::vector<InputFile>& files_;
    std::map<fs::path, RepeatedLines> folders_;
};

void index_text_file(const InputFile& file, const std::shared_ptr<FileContext>& context, const std::string& content,
                     FolderEvidence& evidence, Reporter& reporter)
{
    try {
        const std::shared_ptr<const LineSet> repeated = evidence.repeated_in(file.path.parent_path());
        Article article = parse_text_article(file.path.stem().string(), content, repeated.get());
        article.repeated_lines = repeated;
        write(context, std::move(article), content.size());
    } catch (const ArticleError& e) {
        reporter.skip(file.path.string(), e.what());
    }
}

// Calls `each` with every line of `content` that holds more than white space, its number (from 1) and where the
// line after it starts, while `each` returns true.
void for_each_line(std::string_view content,
                   const std::function<bool(std::string_view, std::size_t, std::size_t)>& each)
{
    std::size_t line_number = 0;
    for (std::size_t start = 0; start < content.size();) {
        std::size_t end = content.find('\n', start);
        if (end == std::string::npos) {
            end = content.size();
        }
        const std::string_view line = content.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (line.find_first_not_of(" \t") != std::string_view::npos &&
            !each(line, line_number, std::min(start, content.size()))) {
            return;
        }
    }
}

// What the articles of a .jsonl file repeat, source by source (boilerplate.h).
RepeatedLines repeated_lines_of_jsonl(std::string_view content)
{
    RepeatedLines repeated;
    for_each_line(content, [&repeated](std::string_view line, std::size_t, std::size_t) {
        try {
            const Article article = parse_jsonl_article(line);
            repeated.observe(article.source, article.text);
        } catch (const ArticleError&) {  // reported when the line is indexed
        }
        return true;
    });
    return repeated;
}

void index_jsonl_file(const Options& options, const InputFile& file, const std::shared_ptr<FileContext>& context,
                      const std::string& content, Reporter& reporter)
{
    RepeatedLines repeated = repeated_lines_of_jsonl(content);
    std::unordered_map<std::string, std::size_t> first_line_of;  // id → line, for duplicates within the file
    for_each_line(content, [&](std::string_view line, std::size_t line_number, std::size_t next_start) {
        if (stop_requested(options)) {
            return false;
        }
        try {
            Article article = parse_jsonl_article(line);
            article.repeated_lines = repeated.of(article.source);
            const auto [first, is_new] = first_line_of.emplace(article.id, line_number);
            if (!is_new) {
                throw ArticleError("duplicate id \"" + article.id + "\" (first on line " +
                                   std::to_string(first->second) + "); the first one is kept");
            }
            write(context, std::move(article), next_start);
        } catch (const ArticleError& e) {
            reporter.skip(file.path.string() + ":" + std::to_string(line_number), e.what());
        }
        return true;
    });
}

// Compacts each database of the index in place, holding its write lock meanwhile.
void compact_again(const std::string& db_path)
{
    for (const std::string& path : local_databases(db_path)) {
        Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
        ArticleWriter::compact_in_place(db, path);
        db.close();
    }
}

// What a crash during --compact left, of the index and of each of its shards, is finished or put back.
void finish_interrupted_compactions(const std::string& db_path, std::ostream& diagnostics)
{
    const auto finish = [&diagnostics](const std::string& path) {
        if (const std::string done = ArticleWriter::finish_interrupted_compaction(path); !done.empty()) {
            diagnostics << "indexer: " << done << '\n';
        }
    };
    finish(db_path);
    for (const std::string& shard : local_shards(db_path)) {  // read once the index itself is back in place
        finish(shard);
    }
}

// Settles the dictionary persons over the whole index (dictionary_persons.h), timed.
void settle(const std::string& db_path, Summary& summary)
{
    const auto start = std::chrono::steady_clock::now();
    summary.settled_passages = settle_dictionary_persons(db_path);
    summary.settle_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// ".pdf: 2, .png: 1"
std::string counts_by_extension(const std::map<std::string, std::size_t>& counts)
{
    std::string text;
    for (const auto& [extension, count] : counts) {
        text += (text.empty() ? "" : ", ") + extension + ": " + std::to_string(count);
    }
    return text;
}

// A named file of another kind and a folder with nothing to read are skipped (exit 1); other files beside the
// articles of a folder get one line, so that a folder of PDFs never reads as "indexed 0 articles" and nothing else.
void report_passed_over(const PassedOver& passed_over, Reporter& reporter, std::ostream& diagnostics)
{
    for (const fs::path& path : passed_over.unsupported) {
        reporter.skip(path.string(), "not a .txt, .md or .jsonl file");
    }
    for (const auto& [folder, counts] : passed_over.in_folders) {
        const bool nothing_to_read =
            std::find(passed_over.folders_with_nothing_to_read.begin(), passed_over.folders_with_nothing_to_read.end(),
                      folder) != passed_over.folders_with_nothing_to_read.end();
        const std::string what = "files of other kinds (" + counts_by_extension(counts) + ")";
        if (nothing_to_read) {
            reporter.skip(folder.string(), "no .txt, .md or .jsonl file in it, only " + what);
        } else {
            diagnostics << "indexer: note: passed over " << what << " in " << folder.string()
                        << ": only .txt, .md and .jsonl files are read\n";
        }
    }
}

// Refuses an index that cannot take changes (it is frozen), and warns when it was written
// by an earlier indexer.
void check_index_takes_changes(const Options& options, bool has_inputs, std::ostream& diagnostics)
{
    if (is_frozen(options.db_path)) {
        throw std::runtime_error("index '" + options.db_path +
                                 "' is frozen (indexer --frozen): its articles cannot be replaced or removed; "
                                 "index everything again into a new folder to change it");
    }
    const int version = existing_schema_version(options.db_path);
    if (version < schema::kSchemaVersion && has_inputs) {
        diagnostics << "indexer: warning: index '" << options.db_path
                    << "' was written by an earlier indexer (schema version " << version << ", now "
                    << schema::kSchemaVersion
                    << "): the passages indexed now carry terms its other passages lack and rank differently; "
                       "index everything again into a new folder for the current ranking\n";
    }
}

void refuse_a_stub_loop(const std::string& db_path)
{
    if (const std::string loop = schema::stub_loop(db_path); !loop.empty()) {
        throw std::runtime_error("cannot open index '" + db_path + "': its stub names itself (" + loop + ")");
    }
}

// The writer of this run: into the parts of a new index, whose commits need no fsync (they are merged into the
// index at the end, and started over after a crash), or into the index itself.
std::unique_ptr<ArticleWriter> open_writer(const Options& options, const std::string& parts)
{
    if (parts.empty()) {
        return std::make_unique<ArticleWriter>(options.db_path, options.batch_articles);
    }
    return std::make_unique<ArticleWriter>(parts, options.batch_articles, ArticleWriter::Durability::kUnsynced);
}

void delete_requested_articles(const Options& options, ArticleWriter& writer, Reporter& reporter, Summary& summary)
{
    for (const std::string& id : options.delete_ids) {
        if (writer.remove_article(id) == 0) {
            reporter.skip("--delete " + id, "no article with this id in the index");
        } else {
            ++summary.deleted;
        }
    }
}

std::size_t total_bytes(const std::vector<InputFile>& files)
{
    std::size_t total = 0;
    for (const InputFile& file : files) {
        std::error_code error;
        const auto size = fs::file_size(file.path, error);
        total += error ? 0 : static_cast<std::size_t>(size);
    }
    return total;
}

// What one run shares while it reads its input files.
struct RunContext {
    const Options& options;
    ArticleWriter& writer;
    BuildPipeline& pipeline;
    Summary& summary;
    ProgressTracker& progress;
    Reporter& reporter;
    std::ostream& diagnostics;
    text::SentenceSegmenter& sentences;
    FolderEvidence& evidence;
    bool index_existed = false;
    std::size_t previous_file_bytes = 0;  // of the file read last, for the progress of the next
};

// A file's text as UTF-8, or nothing when it is unreadable, empty or binary (reported as skipped).
std::optional<std::string> read_input(RunContext& run, const InputFile& file)
{
    try {
        const std::string bytes = read_file(file.path);
        if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
            throw std::runtime_error("empty file");
        }
        CleanText clean = clean_text(bytes);
        run.summary.replaced_sequences += clean.replaced;
        if (clean.replaced > 0) {
            run.diagnostics << "indexer: " << file.path.string() << ": replaced " << clean.replaced
                            << " ill-formed byte sequence(s) with U+FFFD\n";
        }
        if (clean.encoding != "UTF-8") {
            ++run.summary.converted_files;
            if (run.options.verbose) {
                run.diagnostics << "indexer: " << file.path.string() << ": read as " << clean.encoding << '\n';
            }
        }
        return std::move(clean.text);
    } catch (const std::runtime_error& e) {  // unreadable, empty, binary (text::NotTextError)
        run.reporter.skip(file.path.string(), e.what());
        return std::nullopt;
    }
}

// Reads one input file into the pipeline, unless the index holds it unchanged.
void index_file(RunContext& run, const InputFile& file)
{
    run.progress.next_file(run.previous_file_bytes);
    run.previous_file_bytes = 0;
    const std::string path = recorded_path(file.path);
    const ArticleWriter::FileState state = current_state(path);
    const std::optional<ArticleWriter::FileState> recorded = run.writer.recorded_file(path);
    if (recorded && *recorded == state && !run.options.force) {
        ++run.summary.unchanged_files;
        run.previous_file_bytes = state.size;
        return;
    }
    const std::optional<std::string> content = read_input(run, file);
    if (!content) {
        return;
    }
    ++run.summary.files;
    run.previous_file_bytes = content->size();
    auto context = std::make_shared<FileContext>(
        FileContext{run.writer, run.pipeline, run.summary, run.progress, run.sentences, path, {}, {}});
    if (recorded) {
        // A changed file: what it gave before, to remove what it no longer holds once read (in order with
        // the writes around it).
        run.pipeline.submit([context] { context->earlier = context->writer.articles_of_file(context->path); });
    }
    if (run.index_existed && !run.options.force) {
        context->whole_in_index = run.writer.whole_articles_of_file(path);
    }
    if (file.format == InputFormat::kText) {
        index_text_file(file, context, *content, run.evidence, run.reporter);
    } else {
        index_jsonl_file(run.options, file, context, *content, run.reporter);
    }
    if (!stop_requested(run.options)) {
        // Whole: a rerun may skip it while it stays the same.
        run.pipeline.submit([context, state] {
            remove_articles_gone_from(*context);
            context->writer.record_file(state);
        });
    }
}

// With --prune, forgets the recorded files under the inputs that are gone, and their articles.
void prune_files_gone(const Options& options, ArticleWriter& writer, Summary& summary)
{
    for (const ArticleWriter::FileState& gone : writer.recorded_files()) {
        if (!fs::exists(gone.path) && under_inputs(gone.path, options.inputs)) {
            writer.forget_file(gone.path);
            ++summary.pruned_files;
        }
    }
}

// Commits what the run wrote and settles the persons over the whole index: in the parts before they are merged
// into a new index, or in the index itself (compacted when asked). An interrupted build settles when its rerun
// completes it.
void finish_writing(const Options& options, const std::string& parts, std::unique_ptr<ArticleWriter> writer,
                    Summary& summary)
{
    if (!parts.empty()) {
        writer->commit();
        writer.reset();  // the parts' writers let go of them
        // Settled in the parts, before the merge writes them compactly: rewriting passages in a compact index
        // splits its full blocks and takes a second compaction (bench/RESULTS.md).
        if (!summary.interrupted) {
            settle(parts, summary);
        }
        // An interrupted build is merged too: a rerun finishes it. The caller's PartsRemover removes the parts.
        ArticleWriter::merge(parts, options.db_path);
        return;
    }
    if (options.compact && !summary.interrupted) {
        writer->commit_and_compact();
    } else {
        writer->commit();
    }
    writer.reset();  // no handle on the index stays open
    if (!summary.interrupted) {
        settle(options.db_path, summary);
        if (summary.settled_passages > 0 && options.compact) {
            compact_again(options.db_path);  // a compact index stays compact: the rewritten passages left gaps
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
    PassedOver passed_over;
    const std::vector<InputFile> files = collect_input_files(options.inputs, passed_over);
    report_passed_over(passed_over, reporter, diagnostics);
    refuse_a_stub_loop(options.db_path);
    std::optional<BuildLock> building;  // until the index exists, Xapian's lock has nothing to hold
    const bool index_existed = fs::exists(options.db_path);
    if (!index_existed) {
        building.emplace(options.db_path);
    }
    finish_interrupted_compactions(options.db_path, diagnostics);
    check_index_takes_changes(options, !files.empty(), diagnostics);
    const std::optional<UserNames> user_names = read_user_names(options.entities_file);

    prepare_shards(options.db_path, options.shards);
    const std::string parts = prepare_parts(options);
    const PartsRemover parts_go(parts);  // whatever ends the run: merged by then, or of a build that failed
    std::unique_ptr<ArticleWriter> writer = open_writer(options, parts);
    delete_requested_articles(options, *writer, reporter, summary);
    if (user_names) {
        for (const auto& [key, value] : user_names->aliases) {
            writer->mark(key, value);  // the searcher's filters and query expansion accept every spelling
        }
    }

    ProgressTracker progress(options, total_bytes(files), started);
    BuildPipeline pipeline(options.jobs, user_names ? user_names->gazetteer : entities::Gazetteer::builtin());
    text::SentenceSegmenter sentences;
    FolderEvidence evidence(files);
    RunContext context{options,  *writer,     pipeline,  summary,  progress,
                       reporter, diagnostics, sentences, evidence, index_existed};
    for (const InputFile& file : files) {
        if (stop_requested(options)) {
            break;
        }
        index_file(context, file);
    }
    pipeline.drain();
    if (options.prune && !stop_requested(options)) {
        prune_files_gone(options, *writer, summary);
    }

    summary.interrupted = stop_requested(options);
    summary.frozen = options.frozen && !summary.interrupted;  // an interrupted build stays open to its rerun
    if (summary.frozen) {
        writer->mark(std::string(schema::kFrozenMetadataKey), "1");
    }
    finish_writing(options, parts, std::move(writer), summary);
    if (summary.frozen) {
        drop_term_lists(options.db_path);
    }
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

}  // namespace ks::indexer
