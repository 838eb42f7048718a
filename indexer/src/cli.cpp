#include "cli.h"

#include <algorithm>
#include <iomanip>
#include <sstream>
#include <thread>

namespace ks::indexer {

namespace {

constexpr const char* kExamples = R"(
Input:
  .txt / .md   one article per file; the first non-empty line is its title, the file name its id
  .jsonl       one article per line: {"id", "title", "text"} and optionally "date" (ISO), "source", "url"
  Text may be UTF-8, UTF-16 with a BOM, or CP949/EUC-KR: it is detected and converted.
  Indexing an article again replaces it (same id): no duplicates. Files unchanged since they were last
  indexed (same size and time) are skipped; a changed file replaces everything it gave before.

Examples:
  indexer --db news.db corpus/                 index every article under corpus/
  indexer --db news.db a.txt more/ data.jsonl  files and folders together
  searcher --db news.db 메타                   then search it
  indexer --db news.db --prune corpus/         re-index what changed, drop articles of deleted files
  indexer --db news.db --delete meta-the-list  remove one article
  indexer --db archive.db --frozen corpus/     built once, searched only: a quarter smaller

Interrupting (Ctrl-C, SIGTERM) commits what is done and stops; run the same command again to finish.

Exit status: 0 all indexed, 1 some documents skipped (each named on stderr) or interrupted, 2 could not run.
)";

}  // namespace

std::string counted(std::size_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

void define_options(CLI::App& app, CommandLine& line)
{
    app.set_version_flag("--version", std::string("indexer (korean_search) ") + KS_VERSION);
    app.footer(kExamples);
    app.add_option("-d,--db", line.options.db_path, "Xapian database to create or update")->required();
    app.add_option("paths", line.options.inputs, "articles: .txt/.md/.jsonl files or folders (walked recursively)");
    app.add_option("--delete", line.options.delete_ids, "remove the article with this id (repeatable)")
        ->allow_extra_args(false);
    app.add_flag("--prune", line.options.prune, "remove the articles of files gone from the folders given");
    app.add_option("--entities", line.options.entities_file,
                   "your own people and companies with their spellings (TSV: kind, name, aliases; docs/entities.md), "
                   "merged with the names that ship")
        ->check(CLI::ExistingFile);
    app.add_flag("--compact", line.options.compact, "rewrite the index compactly at the end: about half the size");
    app.add_flag("--frozen", line.options.frozen,
                 "for an index built once: drop what updates need at the end (Xapian's term lists), a quarter "
                 "smaller and searched the same; the indexer then refuses to change it");
    app.add_option("--shards", line.options.shards,
                   "create a new index as N shards (a folder of N databases and the stub Xapian opens them by); "
                   "an existing index keeps its shards")
        ->check(CLI::Range(1, 64));
    app.add_flag("--force", line.options.force, "re-index files even if unchanged since they were last indexed");
    app.add_flag("-v,--verbose", line.options.verbose,
                 "also name files read in another encoding than UTF-8, and say how many passages the whole index "
                 "settled the people of");
    app.add_option("--batch", line.options.batch_articles, "articles per commit (bounds memory and crash loss)")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    line.options.jobs = std::max(1u, std::thread::hardware_concurrency());
    line.options.writers = line.options.jobs;
    app.add_option("-w,--writers", line.options.writers,
                   "a new index: Xapian writers, one per core, each filling a part merged into one index at the "
                   "end (updates use one)")
        ->check(CLI::Range(1, 64))
        ->capture_default_str();
    app.add_option("-j,--jobs", line.options.jobs, "threads analyzing articles; the index is the same for any N")
        ->check(CLI::Range(1, 256))
        ->capture_default_str();
    app.add_flag("-q,--quiet", line.quiet, "no progress bar, even on a terminal");
}

std::string summary_line(const Summary& s)
{
    std::ostringstream out;
    out << "indexed " << counted(s.articles, "article") << " (" << counted(s.passages, "passage") << ") from "
        << counted(s.files, "file") << " in " << std::fixed << std::setprecision(2) << s.seconds << " s";
    if (s.updated > 0) {
        out << "; " << s.updated << " replaced an earlier version";
    }
    if (s.unchanged_files > 0) {
        out << "; " << counted(s.unchanged_files, "file") << " unchanged";
    }
    if (s.kept > 0) {
        out << "; " << counted(s.kept, "article") << " already indexed and unchanged, kept";
    }
    if (s.deleted > 0) {
        out << "; deleted " << counted(s.deleted, "article");
    }
    if (s.pruned_files > 0) {
        out << "; removed the articles of " << counted(s.pruned_files, "file") << " gone";
    }
    if (s.converted_files > 0) {
        out << "; " << counted(s.converted_files, "file") << " converted to UTF-8";
    }
    if (s.skipped > 0) {
        out << "; skipped " << s.skipped << " (see messages above)";
    }
    if (s.frozen) {
        out << "; frozen";
    }
    if (s.interrupted) {
        out << "; interrupted: all of it committed, run the same command again to finish";
    }
    return out.str();
}

}  // namespace ks::indexer
