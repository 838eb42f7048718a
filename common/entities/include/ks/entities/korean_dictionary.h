#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace MeCab {
class Model;
class Tagger;
class Lattice;
}  // namespace MeCab

namespace ks::entities {

/// Thrown when the Korean dictionary cannot be opened; the message names the folder and how to install it.
class DictionaryError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// What the dictionary lists one whole word as; a word can be several things (프랑스: a place and a person).
struct WordSenses {
    static constexpr std::uint8_t kPerson = 1;       ///< NNP,인명: 이재용, 류현진, 오바마
    static constexpr std::uint8_t kPlace = 2;        ///< NNP,지명: 프랑스, 서울
    static constexpr std::uint8_t kOtherProper = 4;  ///< any other NNP: 삼성전자, 카카오, 유엔
    static constexpr std::uint8_t kCommon = 8;       ///< a common noun or any other part of speech: 반기, 사라

    std::uint8_t bits = 0;  ///< 0: the dictionary does not list the word whole

    bool listed() const { return bits != 0; }
    bool person() const { return (bits & kPerson) != 0; }
    bool only_person() const { return bits == kPerson; }
    bool proper_noun() const { return (bits & (kPerson | kPlace | kOtherProper)) != 0; }
};

/// mecab-ko-dic (the dictionary Lucene's Nori is built from), opened once through MeCab and shared by threads.
///
/// The folder comes from $KS_MECAB_DICDIR, else from where scripts/install-dictionary.sh put it when the
/// project was built. The dictionary is memory-mapped: opening it costs a few milliseconds and no copy.
class KoreanDictionary {
public:
    /// Opens the dictionary in `folder`. Throws DictionaryError.
    explicit KoreanDictionary(const std::string& folder);
    ~KoreanDictionary();
    KoreanDictionary(const KoreanDictionary&) = delete;
    KoreanDictionary& operator=(const KoreanDictionary&) = delete;

    /// The installed dictionary, opened on first use. Throws DictionaryError.
    static const KoreanDictionary& installed();

    /// The folder installed() opens: $KS_MECAB_DICDIR, or the one found when the project was built.
    static std::string installed_folder();

    const std::string& folder() const { return folder_; }

private:
    friend class WordSenseLookup;
    std::string folder_;
    std::unique_ptr<MeCab::Model> model_;
};

/// What the dictionary says of one word: every sense it lists the word with as one entry, and how MeCab reads
/// the word alone (송중기는 → the name 송중기 first; 말라고 → the verb 말, no name).
struct WordInfo {
    WordSenses senses;
    std::uint16_t first_bytes = 0;    ///< length of the first morpheme MeCab reads in the word
    bool first_is_person = false;     ///< that morpheme is a person's name
    bool first_is_predicate = false;  ///< that morpheme is a verb or an adjective: 따르 of 따르면
    bool pronoun_or_numeral = false;  ///< the dictionary also lists the word whole as one (우리, 하나)
};

/// Looks words up in a KoreanDictionary, remembering the answers. One per thread.
///
/// What the dictionary lists a word as is one look-up in its index; how MeCab reads the word (first_bytes,
/// first_is_person) takes a parse, ten times the cost, made only when asked for: most words are never read.
class WordSenseLookup {
public:
    explicit WordSenseLookup(const KoreanDictionary& dictionary = KoreanDictionary::installed());
    ~WordSenseLookup();
    WordSenseLookup(const WordSenseLookup&) = delete;
    WordSenseLookup& operator=(const WordSenseLookup&) = delete;

    /// What the dictionary says of `word`, with how MeCab reads it (parsed the first time it is asked).
    WordInfo look_up(std::string_view word);

    /// Every sense the dictionary lists for `word` as one entry (not as a sequence of shorter ones). No parse.
    WordSenses senses(std::string_view word) { return listed(word).info.senses; }

    /// Whether MeCab reads `word` alone as one person's name (송중기; not 송중기는, nor 말라고). Parses only a word
    /// the dictionary lists as a name.
    bool read_as_a_name(std::string_view word);

    /// Whether the dictionary also lists `word` whole as a pronoun or a numeral. No parse.
    bool pronoun_or_numeral(std::string_view word) { return listed(word).info.pronoun_or_numeral; }

private:
    struct Entry {
        WordInfo info;
        bool read = false;  // first_bytes, first_is_person and first_is_predicate are set
    };
    // The answers, by a 64-bit hash of the word, in one flat table: one look-up touches one place in memory. Two
    // words of a collection sharing a hash is a chance of about one in ten billion.
    struct Slot {
        std::uint64_t hash = 0;  // 0: empty
        Entry entry;
    };
    Slot& slot_of(std::uint64_t hash);
    void make_room();
    Entry& listed(std::string_view word);
    void list(std::string_view word, WordInfo& info);
    void read(std::string_view word, WordInfo& info);

    const MeCab::Model& model_;
    std::unique_ptr<MeCab::Tagger> tagger_;
    std::unique_ptr<MeCab::Lattice> lattice_;
    std::vector<Slot> answers_;
    std::size_t answered_ = 0;
};

}  // namespace ks::entities
