#pragma once

// The library in one include, for programs that embed the search engine:
//
//   find_package(korean_search REQUIRED)
//   target_link_libraries(app PRIVATE korean_search::korean_search)
//
// Indexing: ks::ArticleWriter writes ks::Article values (id, title, text, optional date, source, url) into an
// index, as the indexer binary does; parse_text_article and parse_jsonl_article read its input formats.
// Searching: ks::Searcher opens an index; search() takes a SearchRequest (query, limit, filters by person,
// company and date, facet_limit) and returns hits with snippets and facet counts over all matches.
// See examples/embed/main.cpp for a whole program.
//
// Compatibility: this header and ks/types.h are the library's interface, and nothing they declare needs
// another library's headers. Within a release series (0.1.x) no name they declare is removed or changes
// meaning, and structs only gain fields, at their end, with defaults that keep the old behaviour. Classes keep
// their implementation private, so a new field there changes nothing for a program built against an earlier
// release of the series. The JSON of to_json follows docs/json.md's own rule.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ks/types.h"

namespace ks {

/// One document to index. All strings are UTF-8.
struct Article {
    std::string id;     ///< unique in the index: adding an article with an id it holds replaces that article
    std::string title;  ///< may be empty
    std::string text;   ///< the body, split into passages when written
    std::string date;   ///< ISO date of publication ("2025", "2025-07", "2025-07-01"), or empty
    std::string source;
    std::string url;
};

/// A .txt/.md article as the indexer reads it: the first non-empty line is the title, a date line after it
/// the date (`2025-07-01`, `2025년 7월 1일`), the rest the text. Throws ArticleError for an article with no text.
Article parse_text_article(const std::string& id, std::string_view text);

/// A text file's bytes as parse_text_article reads them, after detecting their encoding (UTF-8, UTF-16 with
/// a byte-order mark, or CP949) and normalizing line ends. Throws ArticleError for binary data.
Article parse_text_file(const std::string& id, std::string_view bytes);

/// One line of a .jsonl file: {"id", "title", "text"} with optional "date", "source", "url". Throws
/// ArticleError naming the field that is missing or of the wrong type.
Article parse_jsonl_article(std::string_view line);

/// Thrown when an index cannot be opened, locked or written; the message names the index and the problem.
class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Writes articles into an index, creating it if needed, as the indexer binary does. One writer at a time
/// holds an index; searchers may read it meanwhile and see what was committed.
class ArticleWriter {
public:
    /// Opens or creates the index at `path`; commits every `batch_articles` articles. Throws WriteError.
    explicit ArticleWriter(const std::string& path, std::size_t batch_articles = 1000);

    /// Closes the writer when close() was not called, and keeps quiet about a failure: call close() to hear it.
    ~ArticleWriter();

    ArticleWriter(ArticleWriter&&) noexcept;
    ArticleWriter& operator=(ArticleWriter&&) noexcept;

    /// What add() did.
    struct Added {
        std::size_t passages = 0;
        bool replaced = false;  ///< an article with this id was already in the index
    };

    /// Analyzes and writes one article (persons, companies and dates included). Throws ArticleError for an
    /// article that cannot be indexed (an empty or overlong id), WriteError when the index cannot be written.
    Added add(const Article& article);

    /// Removes an article's passages; returns how many there were (0: no such article).
    std::size_t remove_article(const std::string& id);

    /// Makes everything added so far durable and visible to searchers. Throws WriteError.
    void commit();

    /// Commits, settles across the whole index the names that only the collection can tell (a word the
    /// dictionary knows as a name and as other things is a person where the index shows it as one), and
    /// releases the index. The writer cannot be used afterwards. Throws WriteError.
    void close();

private:
    struct Internal;
    std::unique_ptr<Internal> internal_;
};

/// An open index: searches and completions. It holds Unicode and dictionary state, so each thread opens its
/// own; many may read one index, also while a writer commits to it.
class Searcher {
public:
    /// Opens the index at `path` read-only. Throws SearchError naming the path.
    explicit Searcher(const std::string& path);

    /// Opens several indexes (shards) and searches them as one: ranking statistics, totals and facet counts
    /// cover all of them. A path may be a Xapian stub file listing shards, remote ones included.
    explicit Searcher(const std::vector<std::string>& paths);

    ~Searcher();
    Searcher(Searcher&&) noexcept;
    Searcher& operator=(Searcher&&) noexcept;

    /// Ranks passages for a query, with snippets and facets over every match. Throws FilterError for a filter
    /// that cannot mean anything, SearchError when the index cannot be read.
    SearchResult search(const SearchRequest& request);

    /// The most common words of the index that `prefix` grows into, most common first: a half-typed last
    /// syllable (알트ㅁ), 초성 (ㅇㅌ) or Latin (anth). For shells and search boxes.
    std::vector<WordCount> complete(std::string_view prefix, std::size_t limit);

    /// The passages the index holds, all shards together.
    PassageCount passages() const;

private:
    struct Internal;
    std::unique_ptr<Internal> internal_;
};

/// The result as one line of JSON, exactly as `searcher --json` prints it (docs/json.md). With `ids_only`,
/// each hit carries only its rank, score, doc and passage.
std::string to_json(const SearchResult& result, bool ids_only = false);

}  // namespace ks
