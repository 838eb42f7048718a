#include <catch2/catch.hpp>

#include "ks/analysis/analyzer.h"
#include "ks/entities/date_extractor.h"
#include "ks/entities/entity_extractor.h"
#include "ks/entities/name_shape.h"
#include "ks/entities/name_similarity.h"

using ks::entities::extract_dates;
using Values = std::vector<std::string>;

TEST_CASE("dates keep the precision the text gives")
{
    CHECK(extract_dates("2025년에 설립됐다", "") == Values{"2025"});
    CHECK(extract_dates("2024년 10월 출시", "") == Values{"2024-10"});
    CHECK(extract_dates("2023년 11월 17일 해임됐다", "") == Values{"2023-11-17"});
    CHECK(extract_dates("2023년11월17일", "") == Values{"2023-11-17"});
}

TEST_CASE("a date without its year resolves only against the article's date")
{
    CHECK(extract_dates("11월 17일 이사회가 열렸다", "").empty());
    CHECK(extract_dates("11월 17일 이사회가 열렸다", "2023-12-01") == Values{"2023-11-17"});
    CHECK(extract_dates("지난 13일 발표했다", "2025-07") == Values{"2025-07-13"});
    CHECK(extract_dates("13일(현지시간) 밝혔다", "2025-07-20") == Values{"2025-07-13"});
    CHECK(extract_dates("13일(현지시간) 밝혔다", "2025").empty());  // the month is unknown
    CHECK(extract_dates("지난해 11월 해임", "2024-03-02") == Values{"2023-11"});
    CHECK(extract_dates("올해 인재 영입", "2025-07-01") == Values{"2025"});
    CHECK(extract_dates("지난해", "").empty());
}

TEST_CASE("a decade is a date of its own, as 1990s")
{
    CHECK(extract_dates("1990년대 후반", "") == Values{"1990s"});
    CHECK(extract_dates("1995년대", "").empty());  // no decade begins there
}

TEST_CASE("years written alone, in ranges and in digits are dates")
{
    CHECK(extract_dates("2014 시즌에 우승했다", "") == Values{"2014"});
    CHECK(extract_dates("드라마 '응답하라 1988'에서", "") == Values{"1988"});
    CHECK(extract_dates("2014-2015학년도를 시작하며", "") == Values{"2014", "2015"});
    CHECK(extract_dates("2005∼2015년 도내 학교", "") == Values{"2005", "2015"});
    CHECK(extract_dates("2007·2008년 통합우승", "") == Values{"2007", "2008"});
    CHECK(extract_dates("'2015-16 세리에A'에서", "") == Values{"2015"});  // the season's second year is not written
    CHECK(extract_dates("2025-07-13 발표", "") == Values{"2025-07-13"});
    CHECK(extract_dates("2018. 5. 19", "") == Values{"2018"});
    CHECK(extract_dates("2025.7.13 공개", "") == Values{"2025-07-13"});
}

TEST_CASE("durations, counts, codes and titles are not dates")
{
    CHECK(extract_dates("3일 동안 협상했다", "2025-07-01").empty());
    CHECK(extract_dates("1억 달러, 5100만 원, 13개월", "2025-07-01").empty());
    CHECK(extract_dates("13월 1일", "2025").empty());
    CHECK(extract_dates("2000 명이 모였고 1999 달러였다", "").empty());
    CHECK(extract_dates("2030 세대의 표심", "").empty());
    CHECK(extract_dates("최대 2048 기가바이트", "").empty());
    CHECK(extract_dates("G2000 모델, 제2014호, 1,999원, 2000원, 02-2014-1234", "").empty());
    CHECK(extract_dates("영화 '2046'을 참고했다", "").empty());  // a number quoted alone is a title
    CHECK(extract_dates("2025-13-01, 2025.02", "").empty());
}

TEST_CASE("each date comes once, in order of first mention")
{
    CHECK(extract_dates("2025년 7월과 2024년, 다시 2025년 7월", "") == Values{"2025-07", "2024"});
}

namespace {

ks::entities::PassageEntities entities_of(const std::string& text, const std::string& date = "")
{
    ks::analysis::Analyzer analyzer;
    return ks::entities::extract_entities(analyzer.analyze(text), text, date);
}

}  // namespace

TEST_CASE("particles never leak into entity values")
{
    const auto found = entities_of("메타의 저커버그는 알트만은 물론 오픈AI를 겨냥했다");
    CHECK(found.companies == Values{"메타", "오픈AI"});
    CHECK(found.persons == Values{"마크 저커버그", "샘 알트만"});
}

TEST_CASE("spellings of one name unify into its canonical value")
{
    for (const char* spelling : {"알트만이", "알트먼이", "올트먼이", "Sam Altman이", "샘 올트먼이", "SAM ALTMAN"}) {
        INFO(spelling);
        CHECK(entities_of(spelling).persons == Values{"샘 알트만"});
    }
    CHECK(entities_of("수츠케버와 서츠케버").persons == Values{"일리야 수츠케버"});
}

TEST_CASE("two different people who share a first name do not merge")
{
    const auto found = entities_of("마크 저커버그가 마크 첸을 만났다");
    CHECK(found.persons == Values{"마크 저커버그", "마크 첸"});
}

TEST_CASE("the longest known name wins where names overlap")
{
    CHECK(entities_of("구글 딥마인드 연구원").companies == Values{"구글 딥마인드"});
    CHECK(entities_of("메타버스와 메타데이터").companies.empty());
}

TEST_CASE("a malformed gazetteer line is reported with its number")
{
    ks::analysis::Analyzer analyzer;
    CHECK_THROWS_WITH(ks::entities::Gazetteer::parse("# comment\nperson\t샘 알트만\n", analyzer),
                      Catch::Contains("line 2"));
    const auto g = ks::entities::Gazetteer::parse("company\t메타\tMeta|메타 플랫폼스\n", analyzer);
    REQUIRE(g.lookup("META", analyzer) != nullptr);
    CHECK(g.lookup("메타의", analyzer)->canonical == "메타");
    CHECK(g.lookup("구글", analyzer) == nullptr);
}

namespace {

std::vector<ks::entities::PassageEntities> article_entities(const std::vector<std::string>& passages,
                                                            const std::string& date = "")
{
    ks::analysis::Analyzer analyzer;
    std::vector<std::vector<ks::analysis::Token>> tokens;
    for (const std::string& p : passages) {
        tokens.push_back(analyzer.analyze(p));
    }
    std::vector<ks::entities::PassageInput> inputs;
    for (std::size_t i = 0; i < passages.size(); ++i) {
        inputs.push_back({&tokens[i], passages[i]});
    }
    ks::entities::EntityExtractor extractor;
    return extractor.extract(inputs, date);
}

}  // namespace

TEST_CASE("a Hangul name with its Latin form in parentheses is learned, as a person or a company")
{
    const auto found = entities_of("토마스 뮐러(Thomas Mueller) 연구원은 노바랩스(Nova Labs)로 옮겼다");
    CHECK(found.persons == Values{"토마스 뮐러"});
    CHECK(found.companies == Values{"노바랩스"});
}

TEST_CASE("a lone Latin word or an acronym in parentheses is not taken for a name")
{
    const auto found = entities_of("사내 메신저 슬랙(Slack)과 슈퍼인텔리전스 랩(MSL)");
    CHECK(found.persons.empty());
    CHECK(found.companies.empty());
}

TEST_CASE("a name before a title is learned — ordinary words before a title are not")
{
    CHECK(entities_of("임대준 기자가 썼다").persons == Values{"임대준"});
    CHECK(entities_of("전직 메타 연구원이 말했다").persons.empty());
    CHECK(entities_of("기존 연구원들은 반발했다").persons.empty());
    CHECK(entities_of("이에 대해 알트먼 CEO는 답했다").persons == Values{"샘 알트만"});
}

TEST_CASE("an institution before a title is no person: a newspaper, a university, an air force, a league")
{
    CHECK(entities_of("1920년대에 동아일보 기자로 입문했다").persons.empty());
    CHECK(entities_of("호세이 대학 교수로 일했다").persons.empty());
    CHECK(entities_of("이탈리아 공군 대표로 참석했다").persons.empty());
    CHECK(entities_of("건국동맹 회장을 지냈다").persons.empty());
    CHECK(entities_of("동아일보 김형원 기자가 썼다").persons == Values{"김형원"});
    CHECK(entities_of("한동일 교수가 말했다").persons == Values{"한동일"});  // a name may hold 일 and 동
}

TEST_CASE("encyclopedic text: translations in parentheses and nouns before titles are no people")
{
    CHECK(entities_of("태양광 발전(Solar Power)이 늘었다").persons.empty());  // a translation
    CHECK(entities_of("엠파이어 스테이트 빌딩(Empire State Building)에 올랐다").persons.empty());
    CHECK(entities_of("베이브 루스(Babe Ruth)가 홈런을 쳤다").persons == Values{"베이브 루스"});
    CHECK(entities_of("그는 물리학 교수가 되었다").persons.empty());
    CHECK(entities_of("간사장은 사실상 대표 다음의 요직이다").persons.empty());
    CHECK(entities_of("그 중 가장 대표적인 예이다").persons.empty());
    CHECK(entities_of("미스 월드에서 프랑스 대표로 나갔다").persons.empty());
    CHECK(entities_of("실험 물리학 교수로 일했다").persons.empty());
    CHECK(entities_of("워런 버핏 회장이 말했다").persons == Values{"워런 버핏"});
    CHECK(entities_of("바르톨리 교수가 말했다").persons == Values{"바르톨리"});
}

TEST_CASE("words of time, loanword nouns and abbreviated unions before a title are no people")
{
    CHECK(entities_of("원래 스위스 대표로 봉사할 예정이었다").persons.empty());
    CHECK(entities_of("다음날 스포츠 기자 한 명이 썼다").persons.empty());
    CHECK(entities_of("그는 시스템 엔지니어로 일했다").persons.empty());
    CHECK(entities_of("폴리스 교수인 그가 가르친다").persons.empty());
    CHECK(entities_of("미래 프로젝트 지원 총괄을 맡았다").persons.empty());
    CHECK(entities_of("한총련 의장이 연설했다").persons.empty());
    CHECK(entities_of("바르톨리 교수가 말했다").persons == Values{"바르톨리"});  // a foreign surname still is one
    CHECK(entities_of("홍준표 대표가 말했다").persons == Values{"홍준표"});
    CHECK(entities_of("그는 슬라브 문학 교수가 되었다").persons.empty());  // a field of study, not a surname
    CHECK(entities_of("라스무스 노가라 교수가 말했다").persons == Values{"라스무스 노가라"});  // long surname
}

TEST_CASE("places, products and clubs with a Latin form in parentheses are no people")
{
    CHECK(entities_of("지라드 애비뉴(Girard Ave)에 있다").persons.empty());
    CHECK(entities_of("차링 크로스(Charing Cross) 역").persons.empty());
    CHECK(entities_of("컴버랜드 애비뉴(Cumberland Avenues)와 만난다").persons.empty());  // plural, too
    CHECK(entities_of("구글 행아웃(Google Hangouts)을 썼다").persons.empty());           // 구글 is a known company
    CHECK(entities_of("영 지지(Young Jeezy)가 불렀다").persons == Values{"영 지지"});
    CHECK(entities_of("로자 파크스(Rosa Parks)가 앉았다").persons == Values{"로자 파크스"});
}

TEST_CASE("a name learned in one passage counts in the others, and its surname alone resolves to it")
{
    const auto found = article_entities(
        {"토마스 뮐러(Thomas Mueller)가 합류했다.", "뮐러는 보상이 아니라 연구 주제를 보고 왔다고 말했다."});
    CHECK(found[0].persons == Values{"토마스 뮐러"});
    CHECK(found[1].persons == Values{"토마스 뮐러"});
}

TEST_CASE("a surname of the article's people stands for none of the longer names it begins")
{
    // 뮐러 하우스 (a building, named as a full name would be) begins with the surname of two people: a bare 뮐러 is
    // one of them, not the building.
    const auto found = article_entities({"토마스 뮐러(Thomas Mueller)와 게르트 뮐러(Gerd Mueller)가 합류했다.",
                                         "뮐러 하우스(Mueller House)가 문을 열었다.", "뮐러는 답하지 않았다."});
    CHECK(found[0].persons.size() == 2);
    CHECK(found[2].persons.empty());
}

TEST_CASE("a surname shared by two people of the article resolves to neither")
{
    const auto found =
        article_entities({"토마스 뮐러(Thomas Mueller)와 게르트 뮐러(Gerd Mueller)", "뮐러는 답하지 않았다."});
    CHECK(found[0].persons.size() == 2);
    CHECK(found[1].persons.empty());
}

TEST_CASE("transliteration variants are compared on jamo, conservatively")
{
    using ks::entities::same_transliterated_name;
    CHECK(same_transliterated_name("일리야 수츠케버", "일리야 서츠케버"));
    CHECK(same_transliterated_name("알트만", "알트먼"));
    CHECK_FALSE(same_transliterated_name("마크 저커버그", "마크 첸"));
    CHECK_FALSE(same_transliterated_name("마크", "미크"));                // too short to tell
    CHECK_FALSE(same_transliterated_name("셩지아 자오", "셩자 자오"));    // syllables differ
    CHECK_FALSE(same_transliterated_name("알트만", "올트먼"));            // two jamo: left to the gazetteer
    CHECK_FALSE(same_transliterated_name("토마스 뮐러", "토마스 밀러"));  // short word changed
}

TEST_CASE("a learned name that is a variant of a gazetteer name takes the gazetteer's name")
{
    // 수츠캐버 is in no gazetteer line; one jamo (ㅐ for ㅔ) away from 수츠케버.
    const auto found = entities_of("일리야 수츠캐버 교수는 답하지 않았다");
    CHECK(found.persons == Values{"일리야 수츠케버"});
}

TEST_CASE("a word ending in a company word is a company — a short or generic head is not")
{
    CHECK(entities_of("노바랩스가 투자를 받았다").companies == Values{"노바랩스"});
    CHECK(entities_of("한빛전자와 대성그룹이 손잡았다").companies == Values{"한빛전자", "대성그룹"});
    CHECK(entities_of("연구그룹과 양전자, 전자").companies.empty());
    // Genes, electrons, music groups and haplogroups are no companies either; 동양그룹 still is one.
    CHECK(entities_of("대립유전자와 최외각전자, 보이그룹과 하플로그룹").companies.empty());
    CHECK(entities_of("동양그룹이 인수했다").companies == Values{"동양그룹"});
    // Kinds of music groups and fields of study neither.
    CHECK(entities_of("남성그룹과 혼성그룹, 전기전자와 나노전자").companies.empty());
    CHECK(entities_of("하나금융그룹과 대덕전자").companies == Values{"하나금융그룹", "대덕전자"});
}

TEST_CASE("banks, cards, agencies and names the dictionary lacks end in company words, public banks do not")
{
    CHECK(entities_of("신한은행 임직원이 모였다").companies == Values{"신한은행"});
    CHECK(entities_of("한국은행이 금리를 올렸다").companies.empty());  // a country's bank is a public body
    CHECK(entities_of("키로이컴퍼니 대표가 말했다").companies == Values{"키로이컴퍼니"});  // a head never listed
    CHECK(entities_of("신재생에너지 정책과 신용카드 결제").companies.empty());
    // A company word written apart: one word as its value.
    CHECK(entities_of("YG 엔터테인먼트 소속 가수").companies == Values{"YG엔터테인먼트"});
    CHECK(entities_of("씨제스 엔터테인먼트 대표").companies == Values{"씨제스엔터테인먼트"});
    CHECK(entities_of("AFP 통신은 전했다").companies == Values{"AFP통신"});
    CHECK(entities_of("휴대전화 통신 문제와 아이돌 그룹 멤버, 지하철 역 건설").companies.empty());
}

TEST_CASE("a bank, a card or a car maker the dictionary lists whole is a company, a kind of bank or car is not")
{
    // Listed whole as proper nouns though their heads are common words.
    CHECK(entities_of("외환은행은 통장을 바꿨다").companies == Values{"외환은행"});
    CHECK(entities_of("국민은행 등 대형 금융사").companies == Values{"국민은행"});
    CHECK(entities_of("교통카드와 투자은행, 전기자동차와 이륜자동차").companies.empty());
    // A head that is also a proper noun, or a pronoun or numeral, joined to a company word.
    CHECK(entities_of("현대자동차에 버스를 발주했다").companies == Values{"현대자동차"});
    CHECK(entities_of("하나금융은 합병에 합의했다").companies == Values{"하나금융"});
    CHECK(entities_of("로이터통신이 전했다").companies == Values{"로이터통신"});
    CHECK(entities_of("이동통신 요금과 유기화학 교과서").companies.empty());
    // A Latin name before a Hangul one, and a company's name before 그룹.
    CHECK(entities_of("KB국민카드가 회견을 열었다").companies == Values{"KB국민카드"});
    CHECK(entities_of("IC카드로 결제했다").companies.empty());
    CHECK(entities_of("현대자동차그룹 회장").companies == Values{"현대자동차그룹"});
    // Only a firm's name stands before 엔터테인먼트, whatever else the dictionary says it is.
    CHECK(entities_of("코코엔터테인먼트 파산").companies == Values{"코코엔터테인먼트"});
    CHECK(entities_of("홈엔터테인먼트 시장").companies.empty());
}

TEST_CASE("a company word alone in parentheses is the generic word, not a company: 시스템(Systems)")
{
    CHECK(entities_of("이 시스템(Systems)은 빠르다").companies.empty());
    CHECK(entities_of("인공지능(AI)이 발전했다").companies.empty());
    CHECK(entities_of("노바랩스(Nova Labs)가 문을 열었다").companies == Values{"노바랩스"});
    CHECK(entities_of("아카펠라 그룹(A Cappella Group)은 노래한다").companies.empty());
}

TEST_CASE("the Korean dictionary names people the gazetteer never listed")
{
    CHECK(entities_of("이재용 회장과 최태원 회장이 만났다").persons == Values{"이재용", "최태원"});
    CHECK(entities_of("윤석열 대통령은 이날 회의를 열었다").persons == Values{"윤석열"});
    CHECK(entities_of("류현진은 7이닝을 던졌다").persons == Values{"류현진"});          // no title needed
    CHECK(entities_of("김정은의 연설이 끝났다").persons == Values{"김정은"});           // 은 is part of the name
    CHECK(entities_of("힐러리 클린턴이 연설했다").persons == Values{"힐러리 클린턴"});  // a foreign name in full
}

TEST_CASE("a dictionary name needs the context to agree where the word is also something else")
{
    CHECK(entities_of("그런 이유로 회의가 미뤄졌다").persons.empty());  // 이유 + 로, though 이유로 is listed
    CHECK(entities_of("메르스 환자가 늘었다").persons.empty());         // a bare word before a noun
    CHECK(entities_of("벤츠 승용차를 샀다").persons.empty());
    CHECK(entities_of("프랑스 대통령이 방한했다").persons.empty());       // a country before its leader
    CHECK(entities_of("그는 스포츠 기자로 일했다").persons.empty());      // a field before a role
    CHECK(entities_of("메신저 슬랙(Slack)으로 알렸다").persons.empty());  // introduced with its Latin form
    CHECK(entities_of("사라 씨가 말했다").persons == Values{"사라"});     // 씨 follows people only
}

TEST_CASE("a title finds names of rarer surnames, foreign names and names with an aside in parentheses")
{
    CHECK(entities_of("봉준호 감독의 영화가 개봉했다").persons == Values{"봉준호"});  // 봉: a rarer surname
    CHECK(entities_of("설진아 교수는 이렇게 밝혔다").persons == Values{"설진아"});
    CHECK(entities_of("압둘라 국왕은 묘비를 남기지 않았다").persons == Values{"압둘라"});
    CHECK(entities_of("메르켈 총리가 역사 문제를 언급했다").persons == Values{"메르켈"});  // listed as a common word
    CHECK(entities_of("후진타오(胡錦濤) 주석이 방문했다").persons == Values{"후진타오"});
    CHECK(entities_of("이승만, 박정희 전 대통령 묘역").persons == Values{"이승만", "박정희"});
    CHECK(entities_of("AI 모델 클로드 소네트가 나왔다").persons.empty());  // a model is not a fashion model
}

TEST_CASE("foreign full names: a given name with other senses, a surname after a body, a particle past an aside")
{
    CHECK(entities_of("그는 크리스 브라운 콘서트에 갔다").persons == Values{"크리스 브라운"});  // 크리스: also common
    CHECK(entities_of("칼 라거펠트와 협업했다").persons == Values{"칼 라거펠트"});
    CHECK(entities_of("제임스 코미 FBI 국장이 사임했다").persons == Values{"제임스 코미"});
    CHECK(entities_of("스타일 벨리댄스를 배웠다").persons.empty());                   // a common word is no given name
    CHECK(entities_of("올랑드 프랑스 대통령이 말했다").persons == Values{"올랑드"});  // the country is no surname
    CHECK(entities_of("우승한 김해진(17)을 축하했다").persons == Values{"김해진"});   // not 김 + 해진
    CHECK(entities_of("9과목 중 70.0%이지만 적다").persons.empty());
    CHECK(entities_of("'파나마 페이퍼스'에 이름이 올랐다").persons.empty());  // a quoted title is no person
    CHECK(entities_of("1494년 크리스토퍼 콜럼버스가 도착했다").persons == Values{"크리스토퍼 콜럼버스"});
    CHECK(entities_of("경기도 동부에 있는 시이다").persons.empty());  // the copula, though listed as a name
    CHECK(entities_of("프랑크 왕국이 발전했다").persons.empty());     // a realm named after a people
}

TEST_CASE("a foreign given name and the words of its name the dictionary lacks, ended as names end")
{
    CHECK(entities_of("왈리드 무알렘카 시리아 외무장관이 도착했다").persons == Values{"왈리드 무알렘카"});
    CHECK(entities_of("기자회견에 발레리 트리에르바일레와 나타났다").persons == Values{"발레리 트리에르바일레"});
    CHECK(entities_of("결승골은 슈테판 키슬링이 넣었다").persons == Values{"슈테판 키슬링"});
    CHECK(entities_of("신문은 딜런 패로의 서한을 실었다").persons ==
          Values{"딜런 패로"});  // a surname only, of any sound
    CHECK(entities_of("빌 클린턴 전 대통령과 힐러리 클린턴 전 장관").persons == Values{"빌 클린턴", "힐러리 클린턴"});
    CHECK(entities_of("프랑수아 올랑드 프랑스 대통령이 왔다").persons == Values{"프랑수아 올랑드"});
    CHECK(entities_of("순다르 피차이 구글 CEO가 발표했다").persons == Values{"순다르 피차이"});  // no company in it
    CHECK(entities_of("아이히만 재판기를 다룬 책이다").persons.empty());  // a compound of a common word
    CHECK(entities_of("맥도날드 카운터에서 주문했다").persons.empty());   // a brand is no given name
    CHECK(entities_of("메르스 정례브리핑에서 발표했다").persons.empty());
}

TEST_CASE("a given name also a place, hyphenated given names, Junior after a surname, a Korean surname abroad")
{
    // 로버트 and 찰스 are places too, to the dictionary: names only before a surname that is surely one.
    CHECK(entities_of("시상식에는 로버트 다우니가 참석했다").persons == Values{"로버트 다우니"});
    CHECK(entities_of("주인공은 로버트 다우니 주니어, 조연은 다른 배우다").persons == Values{"로버트 다우니 주니어"});
    CHECK(entities_of("무대에 오른 로버트 다우니 주니어는 웃었다").persons == Values{"로버트 다우니 주니어"});
    CHECK(entities_of("그는 포르투갈 리스본에서 열린 대회에 나갔다").persons.empty());
    CHECK(entities_of("리그 오브 레전드 대회가 열렸다").persons.empty());
    CHECK(entities_of("요코하마 마리노스의 경기가 열렸다").persons.empty());
    CHECK(entities_of("결승에서 케이티 김은 최고점을 받았다").persons == Values{"케이티 김"});
    CHECK(entities_of("투어에서 우승한 대니 리는 실력을 입증했다").persons == Values{"대니 리"});
    CHECK(entities_of("사방 백 리에 걸친 땅이다").persons.empty());                    // 백 리: a hundred li
    CHECK(entities_of("조 바이든 대통령이 연설했다").persons == Values{"조 바이든"});  // 조: Joe, as 존 is John
    // Ended by no mark, a full name counts where both words are surely a name's: a given name the dictionary lists
    // as nothing else, and a surname it lists so too or lacks and that sounds foreign; not a verb, a firm or a team.
    CHECK(entities_of("미술관에서 헨릭 빕스코브 전시가 열린다").persons == Values{"헨릭 빕스코브"});
    CHECK(entities_of("조사한 바에 따르면 수치가 올랐다").persons.empty());
    CHECK(entities_of("그는 제프 유나이티드 소속이다").persons.empty());
    // A given name of two words joined by a hyphen is whole; a title before a hyphen is no part of it.
    CHECK(entities_of("철학자 장-폴 사르트르는 상을 거부했다").persons == Values{"장-폴 사르트르"});
    CHECK(entities_of("빌 클린턴 전 대통령-힐러리 클린턴 전 장관 부부").persons ==
          Values{"빌 클린턴", "힐러리 클린턴"});
    // A place word after a foreign name is no Korean surname: a castle, a river, a state.
    CHECK(entities_of("관광객들은 시라카와 성에 올랐다").persons.empty());
    CHECK(entities_of("배는 허드슨 강을 따라 올라갔다").persons.empty());
}

TEST_CASE(
    "a real name before the age, 할아버지 or 측 after a listed name, and a team named after its coach mark a person")
{
    CHECK(entities_of("가수 마이키(조명익·35)가 근황을 밝혔다").persons == Values{"마이키", "조명익"});
    CHECK(entities_of("올해 110세인 존슨 할아버지는 건강하다").persons == Values{"존슨"});
    // A name the dictionary lists as nothing else, bare before 측 or 부부, which follow people and no thing.
    CHECK(entities_of("이번 일에 대해 다우니 측이 입장을 밝혔다").persons == Values{"다우니"});
    CHECK(entities_of("다우니 페이스북에 글이 올라왔다").persons == Values{"다우니"});
    // A national team named after its coach is his: 홍명보호; not a ship or a ferry (세월호).
    CHECK(entities_of("홍명보호가 평가전에서 졌다").persons == Values{"홍명보"});
    CHECK(entities_of("세월호가 침몰했다").persons.empty());
    // A particle our stems leave on a name: 뿐, and 야 calling someone.
    CHECK(entities_of("매체는 지드래곤뿐 아니라 다른 멤버들 자산도 공개했다").persons == Values{"지드래곤"});
    CHECK(entities_of("그는 \"그만 좀 해라, 윤후야.\"라고 말했다").persons == Values{"윤후"});
    CHECK(entities_of("우리 할머니는 건강하시다").persons.empty());
}

TEST_CASE("a foreign name before where the person works and a title is whole, and where they work is no name")
{
    CHECK(entities_of("레제프 타이이프 에르도안 터키 총리는 일정을 미뤘다").persons ==
          Values{"레제프 타이이프 에르도안"});
    CHECK(entities_of("앤더리어스 크리그 영국 킹스 칼리지 교수는 설명했다").persons == Values{"앤더리어스 크리그"});
    CHECK(entities_of("마이클 플린 NSC 보좌관이 사임했다").persons == Values{"마이클 플린"});
    CHECK(entities_of("최초의 아프리카계 프랑스 하원 의원").persons.empty());
    CHECK(entities_of("크리스 쿤 상원의원 취임 선서식").persons == Values{"크리스 쿤"});  // a surname of one syllable
    CHECK(entities_of("지난해 미국 대통령 선거").persons.empty());
}

TEST_CASE("a family word and the title of a child or spouse mark a given name, as an actor in parentheses marks a role")
{
    CHECK(entities_of("추성훈 씨와 딸 사랑 양이 하차했다").persons == Values{"추성훈", "사랑"});
    CHECK(entities_of("대상은 장남 재국씨가 운영하는 회사다").persons == Values{"재국"});
    CHECK(entities_of("그의 아들 사랑이 크다").persons.empty());
    CHECK(entities_of("결국 주기황(안내상)에게 붙잡혔다").persons == Values{"주기황", "안내상"});
    // A given name of two syllables the dictionary also lists as a common word, with the actor after it; not a
    // family word before a name.
    CHECK(entities_of("드라마에서 선우(고경표) 엄마로 나온다").persons == Values{"선우", "고경표"});
    CHECK(entities_of("회견에는 아들(고경표)이 함께했다").persons == Values{"고경표"});
    CHECK(entities_of("논란이 됐던 수영선수 박태환 씨").persons == Values{"박태환"});  // a swimmer, no 수영
}

TEST_CASE("a nationality in parentheses marks a foreign name, not a company or a place")
{
    CHECK(entities_of("결승에서 줄리안 퀸타르트(벨기에)가 우승했다").persons == Values{"퀸타르트"});
    CHECK(entities_of("상은 스타니우타(벨라루스·17.400점)에게 돌아갔다").persons == Values{"스타니우타"});
    CHECK(entities_of("애플(미국)이 발표했다").persons.empty());
    CHECK(entities_of("서울(한국)에서 열린다").persons.empty());
    CHECK(entities_of("여가수 김송미가 진출했다").persons == Values{"김송미"});
}

TEST_CASE("a character an actor plays and a group named before its members count as people")
{
    CHECK(entities_of("그는 드라마에서 '선우' 역을 맡았다").persons == Values{"선우"});
    CHECK(entities_of("그녀는 주기황 역에 캐스팅됐다").persons == Values{"주기황"});
    CHECK(entities_of("영화에서 헐크 역의 배우가 인사했다").persons == Values{"헐크"});
    CHECK(entities_of("그는 엄마 역을 맡았다").persons.empty());  // a common word
    CHECK(entities_of("서울 역에서 만났다").persons.empty());     // a station
    CHECK(entities_of("형사 역으로 출연했다").persons.empty());
    CHECK(entities_of("신인 그룹 2NE1 멤버들이 무대에 올랐다").persons == Values{"2NE1"});
    CHECK(entities_of("레이디스코드 멤버와 매니저가 다쳤다").persons == Values{"레이디스코드"});
    CHECK(entities_of("원년 멤버가 돌아왔다").persons.empty());
    CHECK(entities_of("연구소 MSL 멤버들이 합류했다").persons.empty());  // capitals alone: a lab's acronym
    CHECK(entities_of("런닝맨 멤버들이 모였다").persons.empty());        // a show's cast
    CHECK(entities_of("팀 멤버들과 함께했다").persons.empty());
    CHECK(entities_of("멤버가 바뀐 것이 아니라 멤버가 늘었다").persons.empty());  // 아니 + 라, no name
    CHECK(entities_of("운전뿐만 아니라 역 주변의 시설").persons.empty());
}

TEST_CASE("a short name the article declares with 이하 stands for the name it follows")
{
    const auto found = entities_of("가수 사이먼디(이하 쌈디)가 무대에 섰다. 관객들은 쌈디에게 환호했다.");
    CHECK(found.persons == Values{"사이먼디"});
    const auto firm = entities_of("코코엔터테인먼트(이하 코코엔터)가 파산했다. 코코엔터 관계자는 말을 아꼈다.");
    CHECK(firm.companies == Values{"코코엔터테인먼트"});
    CHECK(firm.persons.empty());
}

TEST_CASE("a person's name in Chinese characters in parentheses is another spelling of that person")
{
    ks::analysis::Analyzer analyzer;
    ks::entities::EntityExtractor extractor;
    const std::string text = "아베 신조(安倍晋三) 총리가 기자회견을 열었다";
    const auto tokens = analyzer.analyze(text);
    std::vector<ks::entities::LearnedName> learned;
    CHECK(extractor.extract({{&tokens, text}}, "", &learned).front().persons == Values{"아베 신조"});
    CHECK(std::any_of(learned.begin(), learned.end(), [](const ks::entities::LearnedName& l) {
        return l.canonical == "아베 신조" && l.name == "安倍晋三";
    }));
    CHECK(ks::entities::chinese_characters_in_parentheses("(後藤健二·47)", 0) == "後藤健二");
    CHECK(ks::entities::chinese_characters_in_parentheses("(高梓淇-고재기 33)", 0) == "高梓淇");
    CHECK(ks::entities::chinese_characters_in_parentheses("(隋)나라", 0).empty());      // one character: no name
    CHECK(ks::entities::chinese_characters_in_parentheses("(人民網報道)", 0).empty());  // five
}

TEST_CASE("after a performer's role a stage name the dictionary also lists as a common word is a person")
{
    CHECK(entities_of("가수 거미의 노래가 흘렀다").persons == Values{"거미"});
    CHECK(entities_of("래퍼 치타는 무대에 올랐다").persons == Values{"치타"});
    CHECK(entities_of("배우 연기가 좋았다").persons.empty());
    CHECK(entities_of("가수 활동을 시작했다").persons.empty());
    CHECK(entities_of("대표 사진이 화제다").persons.empty());              // no performer's role
    CHECK(entities_of("밴드 멤버 사이에 갈등이 생겼다").persons.empty());  // between the members
    const auto stage = entities_of("그 래퍼는 무대에서 최자(본명 최재호)와 노래했다").persons;
    CHECK(std::find(stage.begin(), stage.end(), "최자") != stage.end());  // a real name in parentheses
}

TEST_CASE("씨 after a two-syllable word the dictionary lacks marks a given name, but not when written onto it")
{
    CHECK(entities_of("섬나 씨는 혐의를 받고 있다").persons == Values{"섬나"});
    CHECK(entities_of("엠비씨에서 방송했다").persons.empty());  // MBC
}

TEST_CASE("a title after Korean names written in a row marks each of them")
{
    // 이상화 is also a common word (idealization): alone it needs the title the row shares.
    CHECK(entities_of("이상화 김연아 선수가 출전했다").persons == Values{"이상화", "김연아"});
    CHECK(entities_of("이상화 김연아가 출전했다").persons == Values{"김연아"});
}

TEST_CASE("a list that names one person clearly names its other members")
{
    CHECK(entities_of("심사는 전현무, 라미란, 이창훈이 맡았다").persons == Values{"전현무", "라미란", "이창훈"});
    const auto guest = entities_of("김자인과 스페셜 게스트가 나왔다");
    CHECK(guest.persons == Values{"김자인"});  // bare before a noun: no member of the list
    // A name of Korean shape the dictionary lacks, in a list with a name it knows; alone it is no evidence.
    CHECK(entities_of("손석희, 명승권이 함께 출연했다").persons == Values{"손석희", "명승권"});
    CHECK(entities_of("회의에서 명승권이 발언했다").persons.empty());
    // A member the list alone names waits for the collection (provisional), as 우리 and 이후 are names too.
    const auto listed = entities_of("배우 김유미와 정준, 개그맨 조세호가 출연했다");
    CHECK(listed.persons == Values{"김유미", "정준", "조세호"});
    CHECK(listed.provisional_persons == Values{"정준"});
}

TEST_CASE("a team's or a club's name is no person, though the dictionary lists its words as names")
{
    CHECK(entities_of("사회자 MC 김상중이 인사했다").persons == Values{"김상중"});  // MC is no club
    CHECK(entities_of("두산 베어스는 삼성을 꺾었다").persons.empty());
    CHECK(entities_of("AC 밀란에게 패했다").persons.empty());
    CHECK(entities_of("한신 타이거스 감독이 퇴임했다").persons.empty());
    CHECK(entities_of("김해고등학교 야구부 감독을 지냈다").persons.empty());
    CHECK(entities_of("닛폰햄 파이터스 감독으로 부임했다").persons.empty());  // our stem reads 파이터 + 스
    CHECK(entities_of("닛폰햄 파이터스의 감독으로 부임했다").persons.empty());
    CHECK(entities_of("1948년 주니치 드래곤스 전에서 활약했다").persons.empty());
    // The article writes it as a team's once: its manager is the team's, not a person called so.
    CHECK(entities_of("주니치 드래곤스의 감독으로 취임했다. 이후 주니치 감독으로 복귀했다").persons.empty());
    // A house named after a person leaves the person one: 안중근 가문, 안중근 의사.
    CHECK(entities_of("안중근 가문은 황해도에 살았다. 안중근 의사는 하얼빈에 갔다").persons == Values{"안중근"});
}

TEST_CASE("a dictionary name in a list counts for the collection to settle, and bare before a noun it waits")
{
    const auto listed = entities_of("슈퍼주니어, 베스티, 출연진의 영상");
    CHECK(listed.provisional_persons == Values{"슈퍼주니어", "베스티"});
    const auto bare = entities_of("동방신기 콘서트가 열렸다");
    CHECK(bare.persons.empty());
    CHECK(bare.pending_persons == Values{"동방신기"});
    CHECK(entities_of("동방신기 멤버가 합격했다").persons == Values{"동방신기"});  // a group of people
}

TEST_CASE("an acronym spelt out, a club's abbreviation and a common compound are no companies")
{
    CHECK(entities_of("MPEG(Moving Picture Experts Group)이 정한 규격").companies.empty());
    CHECK(entities_of("로드 FC 대표이사가 말했다").companies.empty());
    CHECK(entities_of("물건이나 유가증권을 점유한 자").companies.empty());
    CHECK(entities_of("대한항공 임직원이 모였다").companies == Values{"대한항공"});
    CHECK(entities_of("육군 항공대(Army Air Corp)의 노래").companies.empty());      // a unit
    CHECK(entities_of("UIP 코리아㈜에서 수입했다").companies == Values{"코리아"});  // not the particle 에서
}

TEST_CASE("a surname standing for someone unnamed is no person")
{
    CHECK(entities_of("회사원 김모(33)씨가 신고했다").persons.empty());
    CHECK(entities_of("A씨는 경찰에 신고했다").persons.empty());
    CHECK(entities_of("박 씨는 답하지 않았다").persons.empty());
}

TEST_CASE("a two-syllable name with the subject's 이 is that name, and a word introducing another name is none")
{
    CHECK(entities_of("열애를 인정한 문근영과 김범이 여행지에서 목격됐다").persons == Values{"문근영", "김범"});
    CHECK(entities_of("가수 이하이 씨가 노래했다").persons == Values{"이하이"});
    CHECK(entities_of("딸 캔디 씨(한국명 고희경)는 글을 올렸다").persons == Values{"캔디", "고희경"});
}

TEST_CASE("씨 marks the word before it only as a word of its own, not as the first syllable of another")
{
    CHECK(entities_of("그는 씨제스 엔터테인먼트(이하 씨제스) 대표와 만났다").persons.empty());
    CHECK(entities_of("그림을 그린 사람은 화가 이하 씨다").persons == Values{"이하"});
    CHECK(entities_of("오늘 만난 사람은 김창완 씨였다").persons == Values{"김창완"});
}

TEST_CASE("a title written onto a name or after a list or after 전 marks every name it follows")
{
    CHECK(entities_of("김창완씨 연기가 좋았다").persons == Values{"김창완"});
    CHECK(entities_of("주연은 안재욱씨, 최진실씨였다").persons == Values{"안재욱", "최진실"});
    CHECK(entities_of("유빈, 혜림 씨가 출연했다").persons == Values{"유빈", "혜림"});
    CHECK(entities_of("이현도 씨가 출연했다").persons == Values{"이현도"});  // whole before a title, not 이현 + 도
    // The title ends a two-word item of the list whose first word is no name: it is 관장's alone, and 파이터 (a
    // name to the dictionary) only waits in the list for the collection, as a word with a comma does.
    const auto fighters = entities_of("행사에는 현역 파이터, 체육관 관장, 관계자 등이 모였다");
    CHECK(fighters.provisional_persons == fighters.persons);
}

TEST_CASE("a word introduced with one Latin word is a product or a company all through its article")
{
    const auto found = article_entities({"사내 메신저 슬랙(Slack)으로 공지했다.", "슬랙에 올라온 글은 이렇다."});
    CHECK(found[0].persons.empty());
    CHECK(found[1].persons.empty());
}

TEST_CASE("a body between a name and its title is no part of the name and keeps the title's cue")
{
    // 신동인 reads as 신동 (a prodigy) + 인, so only the title shows it is a name.
    CHECK(entities_of("신동인 대한야구연맹 회장이 개막식에 참석했다").persons == Values{"신동인"});
    CHECK(entities_of("신동인 구단주가 참석했다").persons == Values{"신동인"});
    CHECK(entities_of("그는 신동인 셈이다").persons.empty());
    // A verb's form before the body is no name: the cue needs a name with no ending.
    CHECK(entities_of("보고서에 따르면 한국전력공사 사장이 말했다").persons.empty());
}

TEST_CASE("a word with other senses before a high office counts unless the collection says otherwise")
{
    const auto office = entities_of("아소 부총리의 발언이 논란이 됐다");
    CHECK(office.persons == Values{"아소"});
    CHECK(office.provisional_persons == Values{"아소"});
    CHECK(entities_of("아소 기자의 기사").persons.empty());  // a title anyone holds is not enough
    // A verb's form that sounds foreign is no name before a title either.
    CHECK(entities_of("분류에 따르면 목사, 신부, 승려가 속한다").persons.empty());
}

TEST_CASE("a dictionary name alone is provisional or pending for the collection to settle")
{
    const auto alone = entities_of("히틀러의 연설이 끝났다");  // a foreign name with a particle, no title
    CHECK(alone.persons == Values{"히틀러"});
    CHECK(alone.provisional_persons == Values{"히틀러"});
    const auto named = entities_of("힐러리 클린턴이 연설했다. 클린턴의 연설이 끝났다");  // in full in the article
    CHECK(named.persons == Values{"힐러리 클린턴"});
    CHECK(named.provisional_persons.empty());
    const auto doubtful = entities_of("그런 이유로 미뤘다");  // 이유 + 로, though 이유로 is listed as a name
    CHECK(doubtful.persons.empty());
}

TEST_CASE("a long foreign surname the dictionary lists counts as a shorter one does, but not a long compound")
{
    CHECK(entities_of("그날 이글레시아스가 무대에 올랐다").persons == Values{"이글레시아스"});  // six syllables
    CHECK(entities_of("그는 칼호텔네트워크 대표이사 자리를 지켰다").persons.empty());           // not listed as a name
}

TEST_CASE("no company or word is glued to a Korean name before a title")
{
    CHECK(entities_of("조양호 한진그룹 회장이 사임했다").persons == Values{"조양호"});
    CHECK(entities_of("그룹 김승연 회장이 말했다").persons == Values{"김승연"});
}

TEST_CASE("a given name alone stands for the one full name of the article that begins with it")
{
    const auto found =
        article_entities({"세르게이 파블로프(Sergei Pavlov)가 합류했다.", "세르게이에게 직접 물어보라고 했다."});
    CHECK(found[1].persons == Values{"세르게이 파블로프"});
    // 토마스 is a word too: alone it stands for no one
    const auto word = article_entities({"토마스 뮐러(Thomas Mueller)가 합류했다.", "토마스는 보도를 부인했다."});
    CHECK(word[1].persons.empty());
}

TEST_CASE("a thing named by its kind is no person")
{
    CHECK(entities_of("사내 메신저 슬랙으로 알렸다").persons.empty());  // the kind of thing before it
    CHECK(entities_of("배우 공효진이 말했다").persons == Values{"공효진"});
}

TEST_CASE("companies the gazetteer never listed, marked by the text and the dictionary")
{
    CHECK(entities_of("LG전자와 SK하이닉스가 투자를 늘렸다").companies == Values{"LG전자", "SK하이닉스"});
    CHECK(entities_of("카카오 주가가 올랐고 네이버 임직원은 늘었다").companies == Values{"카카오", "네이버"});
    CHECK(entities_of("(주)한빛테크가 공장을 열었다").companies == Values{"한빛테크"});
    CHECK(entities_of("남성그룹과 전기전자 분야").companies.empty());  // a common word before the company word
}

TEST_CASE("a company whose name is also an ordinary word counts where the article shows it means the company")
{
    for (const char* word :
         {"이는 메타 분석에서 확인되었다", "메타 언어로 쓰였다", "모든 메타 데이터를 담는다",
          "접두사 오르토, 메타, 파라는 그리스어에서 왔다", "감정이 메타인지(meta cognitive) 상태로 바뀐다"}) {
        CHECK(entities_of(word).companies.empty());
    }
    CHECK(entities_of("메타가 새 모델을 공개했다").companies == Values{"메타"});
    CHECK(entities_of("메타 CEO가 말했다").companies == Values{"메타"});
    CHECK(entities_of("Meta는 새 모델을 공개했다").companies == Values{"메타"});
    CHECK(entities_of("메타의 연구소는 크다. 그는 메타 연구소를 찾았다").companies == Values{"메타"});
    CHECK(entities_of("구글 지도에서 찾았다").companies == Values{"구글"});  // a common noun only, to the dictionary
}

TEST_CASE("in a sports story a company's short name is its team")
{
    const auto found = entities_of("삼성은 9회 홈런 두 방으로 LG를 꺾었다. 선발 투수가 7이닝을 막았다");
    CHECK(found.companies.empty());
}

TEST_CASE("English and Korean forms of a company are one value")
{
    CHECK(entities_of("Samsung과 삼성전자는 같은 회사다").companies == Values{"삼성전자"});
    CHECK(entities_of("SK hynix는 SK하이닉스의 영문명이다").companies == Values{"SK하이닉스"});
    CHECK(entities_of("Naver와 네이버").companies == Values{"네이버"});
}
