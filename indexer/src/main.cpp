#include <CLI/CLI.hpp>
#include <unistd.h>
#include <xapian.h>

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

Exit status: 0 all indexed, 1 some documents skipped (each named on stderr), 2 could not run.
)";

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
    try {
        const ks::indexer::Summary s = ks::indexer::run(options, std::cerr);
        bar.finish();
        std::printf("indexed %zu articles (%zu passages) from %zu files in %.2f s", s.articles, s.passages, s.files,
                    s.seconds);
        if (s.skipped > 0) {
            std::printf("; skipped %zu (see messages above)", s.skipped);
        }
        std::printf("\n");
        return s.skipped > 0 ? 1 : 0;
    } catch (const Xapian::Error& e) {  // not a std::exception
        bar.finish();
        std::cerr << "indexer: " << e.get_description() << '\n';
    } catch (const std::exception& e) {
        bar.finish();
        std::cerr << "indexer: " << e.what() << '\n';
    }
    return 2;
}
