// Text arrives in many encodings; each must index as its UTF-8 twin does.

#include <unicode/ucnv.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "ks/indexer/indexer.h"
#include "ks/text/decode.h"
#include "support.h"

namespace {

// `utf8` re-encoded with ICU, as an old editor or a Windows tool would have saved it.
std::string encode(const std::string& utf8, const char* encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    std::string out(utf8.size() * 2 + 16, '\0');
    const int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                   static_cast<int32_t>(utf8.size()), &status);
    REQUIRE(U_SUCCESS(status));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::vector<std::string> content_terms(const Xapian::Database& db, const std::string& passage_key)
{
    Xapian::PostingIterator p = db.postlist_begin("Q" + passage_key);
    REQUIRE(p != db.postlist_end("Q" + passage_key));
    std::vector<std::string> terms;
    for (Xapian::TermIterator t = db.termlist_begin(*p); t != db.termlist_end(*p); ++t) {
        // Passage, article and file keys name the copy; everything else must be the same.
        if ((*t)[0] != 'Q' && (*t).rfind("XA", 0) != 0 && (*t).rfind("XF", 0) != 0) {
            terms.push_back(*t);
        }
    }
    return terms;
}

}  // namespace

TEST_CASE("CP949, UTF-16 with a BOM and UTF-8 with a BOM decode to the same text")
{
    const std::string utf8 = ks::test::read_file(ks::test::corpus_dir() / "meta-the-list.txt");
    for (const char* encoding : {"windows-949", "UTF-16LE", "UTF-16BE"}) {
        INFO(encoding);
        std::string bytes = encode(utf8, encoding);
        if (std::string(encoding) == "UTF-16LE") {
            bytes = "\xFF\xFE" + bytes;
        } else if (std::string(encoding) == "UTF-16BE") {
            bytes = "\xFE\xFF" + bytes;
        }
        const auto decoded = ks::text::decode_text(bytes);
        CHECK(decoded.text == utf8);
        CHECK(decoded.encoding == encoding);
        CHECK(decoded.replaced == 0);
    }
    CHECK(ks::text::decode_text("\xEF\xBB\xBF" + utf8).text == utf8);
    // UHC syllables outside EUC-KR's 2,350 (뷁, 똠) come through too.
    CHECK(ks::text::decode_text(encode("똠방각하 뷁", "windows-949")).text == "똠방각하 뷁");
}

TEST_CASE("binary data is refused, and UTF-8 with a stray bad byte stays UTF-8")
{
    CHECK_THROWS_AS(ks::text::decode_text(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), ks::text::NotTextError);
    const auto stray =
        ks::text::decode_text(ks::test::read_file(ks::test::corpus_dir() / "meta-the-list.txt") + "\xB0");
    CHECK(stray.encoding == "UTF-8");
    CHECK(stray.replaced == 1);
}

TEST_CASE("a CP949 article indexes exactly like its UTF-8 twin — binary and empty files are skipped by name")
{
    ks::test::TempDir dir;
    const std::string utf8 = ks::test::read_file(ks::test::corpus_dir() / "murati-exodus.txt");
    ks::test::write_file(dir / "in" / "utf8.txt", utf8);
    ks::test::write_file(dir / "in" / "cp949.txt", encode(utf8, "windows-949"));
    ks::test::write_file(dir / "in" / "utf16.txt", "\xFF\xFE" + encode(utf8, "UTF-16LE"));
    ks::test::write_file(dir / "in" / "image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    ks::test::write_file(dir / "in" / "empty.txt", "\n \n");
    std::ostringstream diagnostics;
    const std::string db_path = (dir / "db").string();
    const auto summary = ks::indexer::run({db_path, {(dir / "in").string()}}, diagnostics);
    CHECK(summary.articles == 3);
    CHECK(summary.skipped == 2);
    CHECK(summary.converted_files == 2);
    CHECK_THAT(diagnostics.str(), Catch::Contains("image.txt") && Catch::Contains("NUL"));
    CHECK_THAT(diagnostics.str(), Catch::Contains("empty.txt") && Catch::Contains("empty file"));
    const Xapian::Database db(db_path);
    for (unsigned passage = 1; passage <= 3; ++passage) {
        const std::string n = std::to_string(passage);
        CHECK(content_terms(db, "cp949#" + n) == content_terms(db, "utf8#" + n));
        CHECK(content_terms(db, "utf16#" + n) == content_terms(db, "utf8#" + n));
    }
}
