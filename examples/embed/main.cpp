// Indexes two short articles into a new index, then searches it with a filter and prints hits and facets.
//
//   embed_example INDEX_DIR

#include <ks/korean_search.h>

#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: embed_example INDEX_DIR\n";
        return 2;
    }
    const std::string index = argv[1];
    try {
        {
            ks::ArticleWriter writer(index);
            writer.add(ks::parse_jsonl_article(
                R"({"id": "memo", "title": "올트먼의 메모", "date": "2025-07-02", "text": "오픈AI의 샘 알트먼 CEO가 메타로 떠난 연구자들을 두고 사내 메모를 썼다. 그는 선교사가 용병을 이길 것이라고 적었다."})"));
            writer.add(ks::parse_jsonl_article(
                R"({"id": "list", "title": "더 리스트", "text": "마크 저커버그 메타 CEO가 최고 인재 명단을 들고 영입에 나섰다."})"));
            writer.close();  // commits; settles names across the index, as the indexer does after a run
        }

        ks::Searcher searcher(index);
        ks::SearchRequest request;
        request.query = "메타 연구자";
        request.filters.persons = {"Sam Altman"};  // any spelling the index knows
        const ks::SearchResult result = searcher.search(request);

        std::cout << result.total_estimate << " matching passages\n";
        for (const ks::Hit& hit : result.hits) {
            std::cout << hit.rank << ". " << hit.record.doc << '#' << hit.record.passage << "  " << hit.snippet.text
                      << '\n';
        }
        for (const ks::FacetCount& person : result.facets.persons) {
            std::cout << "person: " << person.value << " (" << person.count << ")\n";
        }
        return result.hits.empty() ? 1 : 0;
    } catch (const std::exception& e) {  // the library's errors name the index or the input and the problem
        std::cerr << "embed_example: " << e.what() << '\n';
    }
    return 2;
}
