#include <CLI/CLI.hpp>
#include <unistd.h>
#include <xapian.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "ks/indexer/indexer.h"
#include "progress_bar.h"

namespace {

constexpr const char* kExamples = R"(
Input:
  .txt / .md   one article per file; the first non-empty line is its title, the file name its id
  .jsonl       one article per line: {"id", "title", "text"} and optionally "date" (ISO), "source", "url"
  Indexing an article again replaces it (same id): no duplicates.

Examples:
  indexer --db news.db corpus/                 index every article under corpus/
  indexer --db news.db a.txt more/ data.jsonl  files and folders together
  searcher --db news.db 메타                   then search it

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

}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{"Index Korean articles into a Xapian database of passages."};
    app.set_version_flag("--version", std::string("indexer (korean_search) ") + KS_VERSION);
    app.footer(kExamples);
    ks::indexer::Options options;
    app.add_option("-d,--db", options.db_path, "Xapian database to create or update")->required();
    app.add_option("paths", options.inputs, "articles: .txt/.md/.jsonl files or folders (walked recursively)")
        ->required();
    app.add_option("--batch", options.batch_articles, "articles per commit (bounds memory and crash loss)")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    bool quiet = false;
    app.add_flag("-q,--quiet", quiet, "no progress bar, even on a terminal");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;  // --help → 0; usage error → 2
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

        std::printf("indexed %zu articles (%zu passages) from %zu files in %.2f s", s.articles, s.passages, s.files,
                    s.seconds);
        if (s.skipped > 0) {
            std::printf("; skipped %zu (see messages above)", s.skipped);
        }
        if (s.interrupted) {
            std::printf("; interrupted: all of it committed, run the same command again to finish");
        }
        std::printf("\n");
        return s.skipped > 0 || s.interrupted ? 1 : 0;
    } catch (const Xapian::Error& e) {  // not a std::exception
        bar.finish();
        std::cerr << "indexer: " << e.get_description() << '\n';
    } catch (const std::exception& e) {
        bar.finish();
        std::cerr << "indexer: " << e.what() << '\n';
    }
    return 2;
}
