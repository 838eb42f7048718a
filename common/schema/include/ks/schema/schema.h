#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

/// The only place where term prefixes and value slots are spelled; the indexer writes and the searcher reads
/// through these names. Prefixes follow Omega's convention: Q for the unique id, X… for our own.
namespace ks::schema {

// Free-text terms. Every term is NFKC-casefolded text from ks::analysis.
inline constexpr std::string_view kStemPrefix = "";       // stems with positions: 메타, 오픈ai, 오픈, ai
inline constexpr std::string_view kSurfacePrefix = "XS";  // whole word when it differs from its stem: XS메타의
inline constexpr std::string_view kBigramPrefix = "XB";   // Hangul bigrams of stems: XB초지, XB지능
inline constexpr std::string_view kTitlePrefix = "XT";    // stems of the article title, in every passage: XT오픈ai
inline constexpr std::string_view kLeadPrefix = "XL";     // stems of an article's first word, in its first passage

// Boolean terms.
inline constexpr std::string_view kPassageIdPrefix = "Q";  // Q<doc>#<passage>: one passage, for replace_document
inline constexpr std::string_view kArticlePrefix = "XA";   // XA<doc>: all passages of an article, for re-indexing
inline constexpr std::string_view kFilePrefix = "XF";      // XF<file_key>: all passages from one input file
// XU<the article's publication date> at its own and every coarser precision, in each of its passages (boolean):
// XU2025-07-01, XU2025-07, XU2025. An undated article's passages have none.
inline constexpr std::string_view kPublishedPrefix = "XU";

// Facet terms, with wdf 1 so that they both filter and rank (a query naming 올트먼 ranks passages of 샘 알트만).
inline constexpr std::string_view kPersonPrefix = "XP";   // XP<canonical person>: XP샘 알트만
inline constexpr std::string_view kCompanyPrefix = "XC";  // XC<canonical company>: XC오픈AI
inline constexpr std::string_view kDatePrefix = "XD";     // XD<date> at its own and every coarser precision:
                                                          // XD2025-07-13, XD2025-07, XD2025
// How firmly a passage names a dictionary person (entities::Standing), for the indexer to settle over the whole
// index which count and which do not. A provisional passage holds XP too, a pending one does not: the terms stay
// as written, and the whole index's verdict (kSettledPersonMetadataPrefix) says which of them count.
inline constexpr std::string_view kProvisionalPersonPrefix = "XQ";  // XQ히틀러: counts unless overruled
inline constexpr std::string_view kPendingPersonPrefix = "XR";      // XR오바마: counts once named clearly elsewhere

// Values.
inline constexpr Xapian::valueno kDateSlot = 0;   // article date as given, ISO: "2025", "2025-07", "2025-07-01"
inline constexpr Xapian::valueno kOrderSlot = 1;  // <doc> NUL <passage, 8 digits>: article order, for browsing
// Facet values of a passage as a list (encode_values), for counting over all matches and showing per hit.
inline constexpr Xapian::valueno kPersonsSlot = 2;
inline constexpr Xapian::valueno kCompaniesSlot = 3;
inline constexpr Xapian::valueno kDatesSlot = 4;
// The article id alone, for Xapian to collapse a result to a few passages per article (searcher --per-article)
// and to count matching passages per article.
inline constexpr Xapian::valueno kArticleSlot = 5;
// The article's publication month (2025-07; a year alone stays a year): the published facet, counted like the
// others locally and by Xapian's own ValueCountMatchSpy on remote shards. Empty for an undated article.
inline constexpr Xapian::valueno kPublishedMonthSlot = 6;
// A fingerprint of the whole article (indexer::article_fingerprint) on the passages of its last part: a rerun
// after an interrupted one keeps an article the index holds whole and unchanged instead of writing it again.
inline constexpr Xapian::valueno kFingerprintSlot = 7;

// The same facet values one per slot, as counted (dates by month, each once): slot first + i holds the i-th.
// Xapian's own ValueCountMatchSpy counts these, which is what a stock xapian-tcpsrv can run for a remote
// shard; local searches count the lists above. A passage's values beyond kFacetSlotsEach are not counted
// remotely.
inline constexpr Xapian::valueno kPersonsFirstSlot = 100;
inline constexpr Xapian::valueno kCompaniesFirstSlot = 200;
inline constexpr Xapian::valueno kDateBucketsFirstSlot = 300;
inline constexpr std::size_t kFacetSlotsEach = 64;

/// The date facet counts by month: 2025-07-13 and 2025-07-01 are both 2025-07 (a year alone stays a year).
inline constexpr std::size_t kDateBucketChars = 7;

// Metadata: names the indexed text taught, for searches and filters by any spelling.
// "ks.name:<spelling as written>" → "person<TAB><canonical>" or "company<TAB><canonical>".
inline constexpr std::string_view kNameMetadataPrefix = "ks.name:";
// "ks.file:<file_key>" → "<size> <mtime in ns> <path>": what each input file was when last indexed, so that a
// rerun skips unchanged files and --prune finds the ones gone.
inline constexpr std::string_view kFileMetadataPrefix = "ks.file:";
// "ks.settled:<person>" → PersonVerdict (encode_verdict): how the whole index settled a dictionary person whose
// verdict is not what its passages were written with. Lives where the names do (the first database).
inline constexpr std::string_view kSettledPersonMetadataPrefix = "ks.settled:";
// "ks.frozen" → "1": the index keeps no term lists (indexer --frozen) and cannot be updated.
inline constexpr std::string_view kFrozenMetadataKey = "ks.frozen";
// The schema version: what the indexer writes for a passage, as a number raised when a change of terms takes full
// effect only in a rebuilt index (kept under the key "ks.layout", as the first indexes wrote it): 2 added the opening
// word's XL terms, 3 splits words at underscores (삼성_갤럭시_S7_엣지 holds s7), 4 adds the publication date's XU
// terms, 5 the article id and publication month (kArticleSlot, kPublishedMonthSlot), 6 leaves boilerplate lines out of
// a passage's terms (indexer/boilerplate.h), 7 settles dictionary persons in values and metadata, no longer in XP terms
// (indexer/dictionary_persons.h). An index written before 2 has no such key (version 1): it still searches, ranked
// without what it lacks.
inline constexpr std::string_view kSchemaVersionKey = "ks.layout";
inline constexpr int kSchemaVersion = 7;
/// The first schema version whose passages carry their article's publication date as kPublishedPrefix terms.
inline constexpr int kPublishedSchemaVersion = 4;
/// The first schema version whose passages carry their article id in kArticleSlot.
inline constexpr int kArticleSlotSchemaVersion = 5;

/// Xapian refuses terms over 245 bytes; longer words are not indexed.
inline constexpr std::size_t kMaxTermBytes = 240;

/// A stub file (or a folder's XAPIANDB) that names itself, directly or through other stubs, as the chain of
/// paths ("a.stub → b.stub → a.stub"); empty when there is no such loop. Xapian follows stubs without looking
/// for one and overflows its stack.
std::string stub_loop(const std::string& path);

/// Why the index at `path` could not be opened, for a message: Xapian's reason, and for a plain file Xapian read
/// as a stub file, that it is no index.
std::string cannot_open_message(const std::string& path, const std::string& xapian_reason);

/// The schema version an index was written with: kSchemaVersion for an empty one, 1 for one with passages and no key.
int index_schema_version(const Xapian::Database& db);

/// 64-bit FNV-1a: the same for a text on every run and machine (file keys, the shard of an article).
std::uint64_t stable_hash(std::string_view text);

/// A short stable name for an input file's path (stable_hash in hex): paths can be longer than a term may be.
std::string file_key(std::string_view path);

/// `<doc>#<passage>`: how a passage is named in output and in its Q term.
std::string passage_key(std::string_view doc, unsigned passage);

/// The value stored in kOrderSlot, which sorts passages by article id, then passage number.
std::string order_key(std::string_view doc, unsigned passage);

/// A passage named by its article id and number.
struct PassageRef {
    std::string doc;
    unsigned passage = 0;
};

/// Reads what order_key wrote. Throws std::invalid_argument on a value of another shape.
PassageRef parse_order_key(std::string_view key);

/// Several values in one value slot: joined by the ASCII unit separator, which no name or date contains.
std::string encode_values(const std::vector<std::string>& values);
std::vector<std::string> decode_values(std::string_view encoded);

/// A passage's facet values as counted: decoded from its list slot, each cut to `truncate` bytes when that is
/// not 0, each once (a passage mentioning 2025-07-13 and 2025-07-20 counts once for 2025-07).
std::vector<std::string> counted_values(const std::string& encoded, std::size_t truncate);

/// Whether the passages that name a dictionary person provisionally (XQ) and pending (XR) count it. Passages are
/// written with the default: provisional ones count, pending ones do not.
struct PersonVerdict {
    bool provisional_counts = true;
    bool pending_counts = false;
    bool is_default() const { return provisional_counts && !pending_counts; }
    bool operator==(const PersonVerdict&) const = default;
};
std::string encode_verdict(PersonVerdict verdict);
/// The default for a value of any other shape (none written).
PersonVerdict decode_verdict(std::string_view encoded);

/// The metadata key of a person's verdict (kSettledPersonMetadataPrefix); empty for a name too long for a key
/// Xapian takes, which keeps its passages as written.
std::string settled_person_key(std::string_view person);

/// The passages that count `person` as one (its canonical name), by its XP term and how the whole index settled
/// it: what a person filter and a name in a query match. Throws Xapian::Error.
Xapian::Query person_query(const Xapian::Database& db, const std::string& person);

/// `prefix` + `text`.
inline std::string term(std::string_view prefix, std::string_view text)
{
    std::string t;
    t.reserve(prefix.size() + text.size());
    t.append(prefix).append(text);
    return t;
}

}  // namespace ks::schema
