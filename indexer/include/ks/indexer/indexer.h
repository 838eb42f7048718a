#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace ks::indexer {

/// How far a run has come, for a progress display.
struct Progress {
    std::size_t bytes_done = 0;   ///< input bytes read and indexed
    std::size_t bytes_total = 0;  ///< all input bytes
    std::size_t articles = 0;
    std::size_t passages = 0;
    double seconds = 0;  ///< since the run started
};

/// What the indexer is asked to do.
struct Options {
    std::string db_path;                ///< Xapian database to create or update
    std::vector<std::string> inputs;    ///< files and folders
    std::size_t batch_articles = 1000;  ///< articles per commit
    std::size_t jobs = 1;               ///< threads analyzing articles; one writer; the index is the same for any
    std::function<void(const Progress&)> on_progress;  ///< called after every article, if set
    bool verbose = false;                              ///< also name each file read in another encoding than UTF-8
    bool compact = false;                              ///< rewrite the index compactly at the end (about half the size)
    std::size_t shards = 0;  ///< > 1: a new index is created as this many shards (shards.h); 0: as it is
    /// > 1 (and no shards asked for): a new index is written by this many writers, each into a part of its
    /// own on its own core, and the parts are merged into one database at the end. Updates use one writer.
    std::size_t writers = 1;
    bool force = false;   ///< re-index files even when they are unchanged since they were last indexed
    bool prune = false;   ///< remove the articles of files that were indexed from under `inputs` and are gone
    bool frozen = false;  ///< drop what updates need at the end of a complete run (frozen.h)
    std::vector<std::string> delete_ids;  ///< articles to remove, before anything is indexed
    /// A gazetteer file of the user's own people and companies (entities::Gazetteer format), merged with the one
    /// that ships; empty: the built-in one only.
    std::string entities_file;
    /// Polled between articles; when it returns true the run commits what it has done and stops (SIGINT).
    std::function<bool()> should_stop;
};

/// What a run did.
struct Summary {
    std::size_t files = 0;            ///< files read
    std::size_t articles = 0;         ///< articles indexed (new or replaced)
    std::size_t updated = 0;          ///< of those, articles that replaced one with the same id
    std::size_t unchanged_files = 0;  ///< files left alone: same size and time as when last indexed
    std::size_t kept = 0;             ///< articles held whole and unchanged (an interrupted run's): left as they were
    std::size_t deleted = 0;          ///< articles removed by delete_ids
    std::size_t pruned_files = 0;     ///< files gone whose articles were removed (prune)
    std::size_t passages = 0;         ///< passages written
    std::size_t skipped = 0;          ///< files and documents that could not be indexed
    std::size_t replaced_sequences = 0;  ///< ill-formed byte sequences replaced by U+FFFD
    std::size_t converted_files = 0;     ///< files read in another encoding (UTF-16, CP949) and converted
    std::size_t settled_passages = 0;    ///< passages whose dictionary persons the whole index settled anew
    double settle_seconds = 0;           ///< spent settling them (finding and rewriting)
    bool interrupted = false;            ///< stopped early by should_stop; everything before was committed
    bool frozen = false;                 ///< the index was frozen at the end (Options::frozen)
    double seconds = 0;
};

/// Indexes every input into the database: an article with an id already in the index replaces it. A file
/// indexed before and unchanged since (size and modification time) is skipped; a changed file replaces all
/// the articles it gave before.
/// Each document that cannot be indexed is reported on `diagnostics` ("file:line: reason") and skipped.
/// Throws std::runtime_error or Xapian::Error when the run cannot go on (missing input, unusable or frozen
/// database); nothing is committed in that case.
Summary run(const Options& options, std::ostream& diagnostics);

}  // namespace ks::indexer
