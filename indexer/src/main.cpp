#include <unistd.h>
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iomanip>
#include <iostream>

#include "cli.h"
#include "ks/indexer/indexer.h"
#include "ks/schema/failure.h"
#include "progress_bar.h"

namespace {

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
    ks::indexer::CommandLine line;
    ks::indexer::define_options(app, line);
    ks::indexer::Options& options = line.options;
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
    if (!line.quiet && isatty(STDERR_FILENO) != 0) {
        options.on_progress = [&bar](const ks::indexer::Progress& p) { bar.update(p); };
    }
    std::signal(SIGINT, request_stop);
    std::signal(SIGTERM, request_stop);
    options.should_stop = [] { return stop_signal.load(); };
    try {
        const ks::indexer::Summary s = ks::indexer::run(options, std::cerr);
        bar.finish();
        if (options.verbose && s.settled_passages > 0) {
            std::cerr << "indexer: the whole index settled the people of "
                      << ks::indexer::counted(s.settled_passages, "passage") << " in " << std::fixed
                      << std::setprecision(2) << s.settle_seconds << " s\n";
        }
        std::cout << ks::indexer::summary_line(s) << std::endl;
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
