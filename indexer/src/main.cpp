#include <unistd.h>
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <thread>

#include "ks/indexer/indexer.h"
#include "ks/schema/failure.h"
#include "progress_bar.h"

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

std::atomic<bool> stop_signal{false};

// First SIGINT/SIGTERM: finish the article at hand, commit, report. A second one ends the process at once
// (the index still holds every batch committed before).
extern "C" void request_stop(int signal)
{
    stop_signal.store(true);
    std::signal(signal, SIG_DFL);
}

// "1 article", "2 articles".
std::string count(std::size_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{"Index Korean articles into a Xapian database of passages."};
    app.set_version_flag("--version", std::string("indexer (korean_search) ") + KS_VERSION);
    app.footer(kExamples);
    ks::indexer::Options options;
    app.add_option("-d,--db", options.db_path, "Xapian database to create or update")->required();
    app.add_option("paths", options.inputs, "articles: .txt/.md/.jsonl files or folders (walked recursively)");
    app.add_option("--delete", options.delete_ids, "remove the article with this id (repeatable)")
        ->allow_extra_args(false);
    app.add_flag("--prune", options.prune, "remove the articles of files gone from the folders given");
    app.add_option("--entities", options.entities_file,
                   "your own people and companies with their spellings (TSV: kind, name, aliases; docs/entities.md), "
                   "merged with the names that ship")
        ->check(CLI::ExistingFile);
    app.add_flag("--compact", options.compact, "rewrite the index compactly at the end: about half the size");
    app.add_flag("--frozen", options.frozen,
                 "for an index built once: drop what updates need at the end (Xapian's term lists), a quarter "
                 "smaller and searched the same; the indexer then refuses to change it");
    app.add_option("--shards", options.shards,
                   "create a new index as N shards (a folder of N databases and the stub Xapian opens them by); "
                   "an existing index keeps its shards")
        ->check(CLI::Range(1, 64));
    app.add_flag("--force", options.force, "re-index files even if unchanged since they were last indexed");
    app.add_flag("-v,--verbose", options.verbose,
                 "also name files read in another encoding than UTF-8, and say how many passages the whole index "
                 "settled the people of");
    app.add_option("--batch", options.batch_articles, "articles per commit (bounds memory and crash loss)")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    options.jobs = std::max(1u, std::thread::hardware_concurrency());
    options.writers = options.jobs;
    app.add_option("-w,--writers", options.writers,
                   "a new index: Xapian writers, one per core, each filling a part merged into one index at the "
                   "end (updates use one)")
        ->check(CLI::Range(1, 64))
        ->capture_default_str();
    app.add_option("-j,--jobs", options.jobs, "threads analyzing articles; the index is the same for any N")
        ->check(CLI::Range(1, 256))
        ->capture_default_str();
    bool quiet = false;
    app.add_flag("-q,--quiet", quiet, "no progress bar, even on a terminal");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;  // --help → 0; usage error → 2
    }
    if (options.inputs.empty() && options.delete_ids.empty()) {
        std::cerr << "indexer: nothing to do: give files or folders to index, or --delete ID\n"
                  << "Run with --help for more information.\n";
        return 2;
    }
    // The bar goes to stderr, and only on a terminal: piped or logged runs print the summary line alone.
    ks::indexer::ProgressBar bar(stderr);
    if (!quiet && isatty(STDERR_FILENO) != 0) {
        options.on_progress = [&bar](const ks::indexer::Progress& p) { bar.update(p); };
    }
    std::signal(SIGINT, request_stop);
    std::signal(SIGTERM, request_stop);
    options.should_stop = [] { return stop_signal.load(); };
    try {
        const ks::indexer::Summary s = ks::indexer::run(options, std::cerr);
        bar.finish();
        if (options.verbose && s.settled_passages > 0) {
            std::cerr << "indexer: the whole index settled the people of " << count(s.settled_passages, "passage")
                      << " in " << std::fixed << std::setprecision(2) << s.settle_seconds << " s\n";
        }

        std::cout << "indexed " << count(s.articles, "article") << " (" << count(s.passages, "passage") << ") from "
                  << count(s.files, "file") << " in " << std::fixed << std::setprecision(2) << s.seconds << " s";
        if (s.updated > 0) {
            std::cout << "; " << s.updated << " replaced an earlier version";
        }
        if (s.unchanged_files > 0) {
            std::cout << "; " << count(s.unchanged_files, "file") << " unchanged";
        }
        if (s.kept > 0) {
            std::cout << "; " << count(s.kept, "article") << " already indexed and unchanged, kept";
        }
        if (s.deleted > 0) {
            std::cout << "; deleted " << count(s.deleted, "article");
        }
        if (s.pruned_files > 0) {
            std::cout << "; removed the articles of " << count(s.pruned_files, "file") << " gone";
        }
        if (s.converted_files > 0) {
            std::cout << "; " << count(s.converted_files, "file") << " converted to UTF-8";
        }
        if (s.skipped > 0) {
            std::cout << "; skipped " << s.skipped << " (see messages above)";
        }
        if (s.frozen) {
            std::cout << "; frozen";
        }
        if (s.interrupted) {
            std::cout << "; interrupted: all of it committed, run the same command again to finish";
        }
        std::cout << std::endl;
        return s.skipped > 0 || s.interrupted ? 1 : 0;
    } catch (const Xapian::Error& e) {  // not a std::exception
        bar.finish();
        // Xapian names a block, not the index: say which one (a full disk, a damaged file).
        std::cerr << "indexer: index '" << options.db_path << "': " << e.get_description() << '\n';
    } catch (...) {
        bar.finish();
        std::cerr << "indexer: " << ks::schema::current_failure() << '\n';
    }
    return 2;
}
