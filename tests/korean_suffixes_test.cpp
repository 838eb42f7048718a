#include "ks/analysis/korean_suffixes.h"

#include "ks/analysis/verb_forms.h"
#include "ks/text/utf8.h"
#include "support.h"

using ks::analysis::split_stem;
using ks::text::to_u32;
using ks::text::to_utf8;

namespace {

struct Row {
    const char* word;
    const char* stem;
    const char* alternative;  // "" when the split is certain
};

void check_row(const Row& row)
{
    INFO(row.word);
    const std::u32string word = to_u32(row.word);
    const auto split = split_stem(word);
    CHECK(to_utf8(word.substr(0, split.stem_length)) == row.stem);
    const std::string alternative =
        split.alternative_length == 0 ? "" : to_utf8(word.substr(0, split.alternative_length));
    CHECK(alternative == row.alternative);
}

}  // namespace

TEST_CASE("particles come off nouns: 메타의, 메타는, 메타가, 메타를 all give 메타")
{
    const Row row = GENERATE(values<Row>({
        {"메타의", "메타", "메타의"},
        {"메타는", "메타", ""},
        {"메타가", "메타", "메타가"},
        {"메타를", "메타", ""},
        {"메타에서", "메타", ""},
        {"알트만이", "알트만", "알트만이"},
        {"알트만은", "알트만", ""},
        {"알트만을", "알트만", ""},
        {"저커버그의", "저커버그", "저커버그의"},
        {"앤트로픽으로", "앤트로픽", ""},
        {"오픈ai를", "오픈ai", ""},
        {"ai가", "ai", ""},
        {"메타", "메타", ""},
    }));
    check_row(row);
}

TEST_CASE("stacked particles come off in order: case particle inside, auxiliary outside")
{
    const Row row = GENERATE(values<Row>({
        {"회사에서는", "회사", ""},
        {"오픈ai에서도", "오픈ai", ""},
        {"직원에게도", "직원", ""},
        {"사람들이", "사람", "사람들"},
        {"2025년에만", "2025년", ""},
    }));
    check_row(row);
}

TEST_CASE("verb endings come off 하다 and 되다 verbs and the copula")
{
    const Row row = GENERATE(values<Row>({
        {"영입하며", "영입", ""},
        {"영입했다", "영입", ""},
        {"영입한", "영입", "영입한"},
        {"영입했습니다", "영입", ""},
        {"비판했다", "비판", ""},
        {"보도됐다", "보도", ""},
        {"설립했고", "설립", ""},
        {"생각한다", "생각", ""},
        {"사례였다", "사례", ""},
        {"밝혔다", "밝혔", "밝혔다"},
    }));
    check_row(row);
}

TEST_CASE("nouns that merely end like a particle keep their last syllable")
{
    // 을 and 은 follow a final consonant, 를 and 는 and 가 a vowel: 마을, 국가, 전문가 stay whole.
    const Row row = GENERATE(values<Row>({
        {"마을", "마을", ""},
        {"가을", "가을", ""},
        {"국가", "국가", ""},
        {"전문가", "전문가", ""},
        {"나이", "나이", ""},
        {"대한", "대한", ""},
        {"바다", "바다", ""},
        {"팀", "팀", ""},
    }));
    check_row(row);
}

TEST_CASE("an ambiguous split keeps the longer form as an alternative stem")
{
    const Row row = GENERATE(values<Row>({
        {"결과", "결", "결과"},
        {"인도", "인", "인도"},
        {"지난해", "지난", "지난해"},
    }));
    check_row(row);
}

TEST_CASE("question endings come off, so a question meets the statement that answers it")
{
    const Row row = GENERATE(values<Row>({
        {"발표하였는가", "발표", ""},
        {"선정하였을까", "선정", ""},
        {"발견되었나요", "발견", ""},
        {"무엇인가", "무엇", ""},
        {"남성인가요", "남성", ""},
        {"부르는가", "부르", ""},
        {"있었는가", "있", ""},    // as 있었다 gives 있
        {"나왔는가", "나왔", ""},  // as 나왔다 gives 나왔
        {"태어났나", "태어났", ""},
        {"필요한가요", "필요", ""},
        {"같은가요", "같", ""},  // an adjective's question: 같다, 같은
        {"많은가", "많", ""},
        {"먹나요", "먹", ""},  // a polite question: as 먹는다 gives 먹
        {"없나요", "없", ""},
    }));
    check_row(row);
}

TEST_CASE("the copula's past comes off a noun in every form as it does in 사장이었다")
{
    const Row row = GENERATE(values<Row>({
        {"사장이었다", "사장", ""},
        {"사장이었는가", "사장", ""},
        {"사장이었나요", "사장", ""},
        {"학생이었던", "학생", ""},
        {"교사였는가", "교사", ""},  // after a vowel the copula contracts: 였
    }));
    check_row(row);
}

TEST_CASE("되어있다 written as one word and the past perfect 됐었다 come off like 되어 and 됐다")
{
    const Row row = GENERATE(values<Row>({
        {"연결되어있다", "연결", ""},
        {"포함되어있는가", "포함", ""},
        {"침체됐었다", "침체", ""},
    }));
    check_row(row);
}

TEST_CASE("the suffix 적 comes off only where two syllables remain, keeping the long form")
{
    const Row row = GENERATE(values<Row>({
        {"역사적인", "역사", "역사적인"},
        {"정치적으로", "정치", "정치적으로"},
        {"목적", "목적", ""},
        {"기적을", "기적", ""},
    }));
    check_row(row);
}

TEST_CASE("a verb's past modifier and past stem are each other's partner (태어난, 태어났)")
{
    using ks::analysis::past_form_partners;
    const auto partners = [](std::u32string_view stem) {
        std::vector<std::string> out;
        for (const std::u32string& p : past_form_partners(stem)) {
            out.push_back(ks::text::to_utf8(p));
        }
        return out;
    };
    CHECK(partners(U"태어난") == std::vector<std::string>{"태어났"});
    CHECK(partners(U"태어났") == std::vector<std::string>{"태어난"});
    CHECK(partners(U"돌아온") == std::vector<std::string>{"돌아왔"});  // 오 + 았 → 왔
    CHECK(partners(U"보도된") == std::vector<std::string>{"보도됐"});  // 되 + 었 → 됐
    CHECK(partners(U"가진") == std::vector<std::string>{"가졌"});      // 지 + 었 → 졌
    CHECK(partners(U"밝혔") == std::vector<std::string>{"밝힌", "밝현"});
    CHECK(partners(U"쓰여졌") == std::vector<std::string>{"쓰여진", "쓰여젼"});
    CHECK(partners(U"간").empty());    // one syllable: 간 (liver) is not 갔 (went)
    CHECK(partners(U"메타").empty());  // no ㄴ or ㅆ to trade
    CHECK(partners(U"오픈ai").empty());
}
