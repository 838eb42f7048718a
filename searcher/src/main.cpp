#include <xapian.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli.h"
#include "command_line.h"
#include "ks/schema/failure.h"
#include "ks/searcher/command.h"

int main(int argc, char** argv)
{
    CLI::App app{"Search a Korean passage index built by indexer."};
    ks::searcher::CommandLine line;
    ks::searcher::define_options(app, line);
    try {
        std::vector<std::string> args = ks::searcher::arguments_for_parsing(app, argc, argv);
        app.parse(args);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;  // --help → 0; usage error → 2
    }
    if (const std::string wrong = ks::searcher::read_options(app, line); !wrong.empty()) {
        std::cerr << "searcher: " << wrong << '\n';
        return 2;
    }
    try {
        return ks::searcher::run(line.options, std::cin, std::cout, std::cerr);
    } catch (const Xapian::FeatureUnavailableError& e) {
        std::cerr << "searcher: " << e.get_description() << '\n';
        if (e.get_msg().find("termlist") != std::string::npos) {
            // Xapian's remote protocol sends a document's values through its term list.
            std::cerr << "searcher: a shard served by xapian-tcpsrv was built with indexer --frozen; a remote "
                         "shard needs the term lists a frozen index drops: build it without --frozen\n";
        }
    } catch (...) {
        std::cerr << "searcher: " << ks::schema::current_failure() << '\n';
    }
    return 2;
}
