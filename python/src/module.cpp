// _korean_search: the C++ library's Searcher and ArticleWriter for Python, wrapped by korean_search/__init__.py.
//
// Results cross as the JSON the searcher prints (docs/json.md), so that Python sees exactly the fields, names
// and values a script reading `searcher --json` sees. The GIL is released while C++ works: threads help.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <mutex>
#include <optional>

#include "ks/korean_search.h"

namespace py = pybind11;

namespace {

using ks::Searcher;
using ks::SearchRequest;

// What a search asks, as korean_search.Searcher.search takes it.
struct Options {
    std::optional<std::size_t> limit;  ///< 10; reading an article (article, no query words): all of it
    std::size_t offset = 0;
    bool all_words = false;
    std::vector<std::string> persons;
    std::vector<std::string> companies;
    std::string from, to, mentioned_from, mentioned_to, article;
    std::size_t facets = 10;
    std::string sort = "relevance";
    std::size_t per_article = 1;
    std::size_t snippet_chars = 200;
    bool ids_only = false;
    bool correct = true;
    bool prefix = false;
};

ks::SortOrder sort_order(const std::string& sort)
{
    if (sort == "relevance") {
        return ks::SortOrder::kRelevance;
    }
    if (sort == "newest") {
        return ks::SortOrder::kNewest;
    }
    if (sort == "oldest") {
        return ks::SortOrder::kOldest;
    }
    throw ks::FilterError("sort must be relevance, newest or oldest, not '" + sort + "'");
}

bool blank(const std::string& query) { return query.find_first_not_of(" \t\r\n") == std::string::npos; }

// The request the searcher binary makes of the same options (searcher.cpp request_for, main.cpp).
SearchRequest request_for(const std::string& query, const Options& options)
{
    constexpr std::size_t kWholeArticle = 100000;  // passages, as `searcher --article ID` reads an article
    const bool reading_an_article = !options.article.empty() && blank(query);
    SearchRequest request;
    request.query = query;
    request.mode = options.all_words ? ks::MatchMode::kAll : ks::MatchMode::kAny;
    request.limit = static_cast<ks::PassageCount>(options.limit.value_or(reading_an_article ? kWholeArticle : 10));
    request.offset = static_cast<ks::PassageCount>(options.offset);
    request.ids_only = options.ids_only;
    request.snippet_chars = options.ids_only     ? 0
                            : reading_an_article ? ks::kMaxQueryBytes * 1000
                                                 : options.snippet_chars;
    request.facet_limit = options.ids_only ? 0 : options.facets;
    request.rewriting.correct = options.correct;
    request.rewriting.prefix = options.prefix;
    request.filters = {.persons = options.persons,
                       .companies = options.companies,
                       .from = options.from,
                       .to = options.to,
                       .mentioned_from = options.mentioned_from,
                       .mentioned_to = options.mentioned_to,
                       .article = options.article};
    request.sort = sort_order(options.sort);
    request.per_article = static_cast<ks::PassageCount>(reading_an_article ? 0 : options.per_article);
    return request;
}

// Searchers hold ICU state and serve one thread at a time: the pool lends each search one, opening another
// only when every one is busy, so that Python threads searching one index run at once.
class SearcherPool {
public:
    explicit SearcherPool(std::vector<std::string> paths) : paths_(std::move(paths))
    {
        idle_.push_back(std::make_unique<Searcher>(paths_));  // a bad path fails here, not at the first search
    }

    template <typename Use>
    auto with_searcher(Use use)
    {
        std::unique_ptr<Searcher> searcher = borrow();
        struct GiveBack {
            SearcherPool& pool;
            std::unique_ptr<Searcher>& searcher;
            ~GiveBack() { pool.give_back(std::move(searcher)); }
        } give_back{*this, searcher};
        return use(*searcher);
    }

    std::string search(const std::string& query, const Options& options)
    {
        const SearchRequest request = request_for(query, options);
        return with_searcher([&](Searcher& searcher) { return json_of(searcher.search(request), options); });
    }

    std::vector<std::string> search_many(const std::vector<std::string>& queries, const Options& options)
    {
        return with_searcher([&](Searcher& searcher) {
            std::vector<std::string> answers;
            answers.reserve(queries.size());
            for (const std::string& query : queries) {
                answers.push_back(json_of(searcher.search(request_for(query, options)), options));
            }
            return answers;
        });
    }

    std::vector<std::pair<std::string, std::size_t>> complete(const std::string& prefix, std::size_t limit)
    {
        return with_searcher([&](Searcher& searcher) {
            std::vector<std::pair<std::string, std::size_t>> words;
            for (const ks::WordCount& word : searcher.complete(prefix, limit)) {
                words.emplace_back(word.word, word.passages);
            }
            return words;
        });
    }

    std::size_t passages()
    {
        return with_searcher([](Searcher& searcher) { return std::size_t{searcher.passages()}; });
    }

private:
    static std::string json_of(const ks::SearchResult& result, const Options& options)
    {
        return ks::to_json(result, options.ids_only);
    }

    std::unique_ptr<Searcher> borrow()
    {
        {
            std::lock_guard lock(mutex_);
            if (!idle_.empty()) {
                std::unique_ptr<Searcher> searcher = std::move(idle_.back());
                idle_.pop_back();
                return searcher;
            }
        }
        return std::make_unique<Searcher>(paths_);
    }

    void give_back(std::unique_ptr<Searcher> searcher)
    {
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(searcher));
    }

    std::vector<std::string> paths_;
    std::mutex mutex_;
    std::vector<std::unique_ptr<Searcher>> idle_;
};

// Articles into an index, as the indexer writes them; closing settles the dictionary's persons over the whole
// index, as the indexer does at the end of every run (ks::ArticleWriter::close). One thread at a time writes
// (Python threads may share it).
class Writer {
public:
    Writer(std::string path, std::size_t batch)
        : path_(std::move(path)), writer_(std::make_unique<ks::ArticleWriter>(path_, batch))
    {
    }

    // An article as a .jsonl line of the indexer: the same fields, checks and messages.
    std::pair<std::size_t, bool> add(const std::string& jsonl_line)
    {
        const ks::Article article = ks::parse_jsonl_article(jsonl_line);
        std::lock_guard lock(mutex_);
        const ks::ArticleWriter::Added added = open_writer().add(article);
        return {added.passages, added.replaced};
    }

    std::size_t remove(const std::string& id)
    {
        std::lock_guard lock(mutex_);
        return open_writer().remove_article(id);
    }

    void commit()
    {
        std::lock_guard lock(mutex_);
        open_writer().commit();
    }

    void close()
    {
        std::lock_guard lock(mutex_);
        if (writer_) {
            writer_->close();
            writer_.reset();
        }
    }

private:
    ks::ArticleWriter& open_writer()
    {
        if (!writer_) {
            throw ks::WriteError("the writer of '" + path_ + "' is closed");
        }
        return *writer_;
    }

    std::string path_;
    std::mutex mutex_;
    std::unique_ptr<ks::ArticleWriter> writer_;
};

// Runs `work` without the GIL, so that other Python threads run meanwhile.
template <typename Work>
auto without_gil(Work work)
{
    py::gil_scoped_release release;
    return work();
}

// A .txt/.md file's bytes as the article the indexer reads from it: encoding detected, the title line, a date line.
py::dict text_article(const py::bytes& content, const std::string& id)
{
    const std::string bytes = content;
    const ks::Article article = without_gil([&] { return ks::parse_text_file(id, bytes); });
    py::dict fields;
    fields["id"] = article.id;
    fields["title"] = article.title;
    fields["text"] = article.text;
    if (!article.date.empty()) {
        fields["date"] = article.date;
    }
    return fields;
}

// The library's errors as Python's: a bad filter or article is a ValueError, an index problem SearchError.
void translate_errors(py::module_& module)
{
    static py::exception<ks::SearchError> search_error(module, "SearchError");
    py::register_exception_translator([](std::exception_ptr error) {
        try {
            if (error) {
                std::rethrow_exception(error);
            }
        } catch (const ks::FilterError& e) {
            PyErr_SetString(PyExc_ValueError, e.what());
        } catch (const ks::ArticleError& e) {  // also a text file that is binary data
            PyErr_SetString(PyExc_ValueError, e.what());
        } catch (const std::runtime_error& e) {  // SearchError, and WriteError: a locked or unreadable index
            search_error(e.what());
        }
    });
}

void bind_options(py::module_& module)
{
    py::class_<Options>(module, "Options")
        .def(py::init<>())
        .def_readwrite("limit", &Options::limit)
        .def_readwrite("offset", &Options::offset)
        .def_readwrite("all_words", &Options::all_words)
        .def_readwrite("persons", &Options::persons)
        .def_readwrite("companies", &Options::companies)
        .def_readwrite("from_", &Options::from)
        .def_readwrite("to", &Options::to)
        .def_readwrite("mentioned_from", &Options::mentioned_from)
        .def_readwrite("mentioned_to", &Options::mentioned_to)
        .def_readwrite("article", &Options::article)
        .def_readwrite("facets", &Options::facets)
        .def_readwrite("sort", &Options::sort)
        .def_readwrite("per_article", &Options::per_article)
        .def_readwrite("snippet_chars", &Options::snippet_chars)
        .def_readwrite("ids_only", &Options::ids_only)
        .def_readwrite("correct", &Options::correct)
        .def_readwrite("prefix", &Options::prefix);
}

void bind_searcher(py::module_& module)
{
    py::class_<SearcherPool>(module, "Searcher")
        .def(py::init([](std::vector<std::string> paths) {
            return without_gil([&] { return std::make_unique<SearcherPool>(std::move(paths)); });
        }))
        .def("search", [](SearcherPool& pool, const std::string& query,
                          const Options& options) { return without_gil([&] { return pool.search(query, options); }); })
        .def("search_many",
             [](SearcherPool& pool, const std::vector<std::string>& queries, const Options& options) {
                 return without_gil([&] { return pool.search_many(queries, options); });
             })
        .def("complete", [](SearcherPool& pool, const std::string& prefix,
                            std::size_t limit) { return without_gil([&] { return pool.complete(prefix, limit); }); })
        .def("passages", [](SearcherPool& pool) { return without_gil([&] { return pool.passages(); }); });
}

void bind_writer(py::module_& module)
{
    py::class_<Writer>(module, "Writer")
        .def(py::init([](std::string path, std::size_t batch) {
            return without_gil([&] { return std::make_unique<Writer>(std::move(path), batch); });
        }))
        .def("add",
             [](Writer& writer, const std::string& line) { return without_gil([&] { return writer.add(line); }); })
        .def("remove",
             [](Writer& writer, const std::string& id) { return without_gil([&] { return writer.remove(id); }); })
        .def("commit", [](Writer& writer) { without_gil([&] { writer.commit(); }); })
        .def("close", [](Writer& writer) { without_gil([&] { writer.close(); }); });
}

}  // namespace

PYBIND11_MODULE(_korean_search, module)
{
    module.doc() = "The C++ core of korean_search; import korean_search instead.";
    translate_errors(module);
    module.def("text_article", &text_article);
    bind_options(module);
    bind_searcher(module);
    bind_writer(module);
}
