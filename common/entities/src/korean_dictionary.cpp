#include "ks/entities/korean_dictionary.h"

#include <mecab.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <functional>

namespace ks::entities {

namespace {

// Answers kept per thread before they start over: a news collection's names and words fit many times. The table
// grows to keep twice as many slots as answers, so that a look-up finds its word or an empty slot in a step or two.
constexpr std::size_t kAnswersKept = std::size_t{1} << 20;
constexpr std::size_t kFirstSlots = std::size_t{1} << 16;

std::uint64_t hash_of(std::string_view word)
{
    const std::uint64_t hash = std::hash<std::string_view>{}(word);
    return hash == 0 ? 1 : hash;  // 0 marks an empty slot
}

std::string_view field(std::string_view feature, int index)
{
    for (int i = 0; i < index; ++i) {
        const std::size_t comma = feature.find(',');
        if (comma == std::string_view::npos) {
            return {};
        }
        feature.remove_prefix(comma + 1);
    }
    return feature.substr(0, feature.find(','));
}

// mecab-ko-dic's features: part of speech, semantic class, final consonant, reading, type, ...
std::uint8_t sense_of(std::string_view feature)
{
    if (field(feature, 0) != "NNP") {
        return WordSenses::kCommon;
    }
    const std::string_view meaning = field(feature, 1);
    return meaning == "인명" ? WordSenses::kPerson : meaning == "지명" ? WordSenses::kPlace : WordSenses::kOtherProper;
}

}  // namespace

KoreanDictionary::KoreanDictionary(const std::string& folder) : folder_(folder)
{
    if (!std::filesystem::exists(std::filesystem::path(folder) / "sys.dic")) {
        throw DictionaryError("no Korean dictionary in '" + folder +
                              "' (sys.dic missing): run scripts/install-dictionary.sh, or set KS_MECAB_DICDIR "
                              "to a folder holding mecab-ko-dic");
    }
    // An empty resource file: the dictionary folder is all MeCab needs, whatever /etc/mecabrc says.
    const std::string args = "-r /dev/null -d " + folder;
    model_.reset(MeCab::createModel(args.c_str()));
    if (!model_) {
        throw DictionaryError("cannot open the Korean dictionary in '" + folder + "': " + MeCab::getLastError());
    }
}

KoreanDictionary::~KoreanDictionary() = default;

std::string KoreanDictionary::installed_folder()
{
    const char* env = std::getenv("KS_MECAB_DICDIR");
    return env != nullptr && *env != '\0' ? std::string(env) : std::string(KS_MECAB_DICDIR);
}

const KoreanDictionary& KoreanDictionary::installed()
{
    static const KoreanDictionary dictionary(installed_folder());
    return dictionary;
}

WordSenseLookup::WordSenseLookup(const KoreanDictionary& dictionary)
    : model_(*dictionary.model_),
      tagger_(dictionary.model_->createTagger()),
      lattice_(dictionary.model_->createLattice()),
      answers_(kFirstSlots)
{
    if (!tagger_ || !lattice_) {
        throw DictionaryError("cannot use the Korean dictionary in '" + dictionary.folder() +
                              "': " + MeCab::getLastError());
    }
}

WordSenseLookup::~WordSenseLookup() = default;

WordInfo WordSenseLookup::look_up(std::string_view word)
{
    Entry& entry = listed(word);
    if (!entry.read) {
        read(word, entry.info);
        entry.read = true;
    }
    return entry.info;
}

bool WordSenseLookup::read_as_a_name(std::string_view word)
{
    // A first morpheme read as a person and spanning the word is an entry listing the word whole as one.
    if (!senses(word).person()) {
        return false;
    }
    const WordInfo info = look_up(word);
    return info.first_is_person && info.first_bytes == word.size();
}

WordSenseLookup::Slot& WordSenseLookup::slot_of(std::uint64_t hash)
{
    const std::size_t mask = answers_.size() - 1;
    std::size_t at = hash & mask;
    while (answers_[at].hash != 0 && answers_[at].hash != hash) {
        at = (at + 1) & mask;
    }
    return answers_[at];
}

// Twice the slots for the same answers; after kAnswersKept, the answers start over in the first size.
void WordSenseLookup::make_room()
{
    std::vector<Slot> kept(answered_ < kAnswersKept ? 2 * answers_.size() : kFirstSlots);
    kept.swap(answers_);
    if (answered_ == kAnswersKept) {
        answered_ = 0;
        return;
    }
    for (const Slot& slot : kept) {
        if (slot.hash != 0) {
            slot_of(slot.hash) = slot;
        }
    }
}

WordSenseLookup::Entry& WordSenseLookup::listed(std::string_view word)
{
    const std::uint64_t hash = hash_of(word);
    Slot* slot = &slot_of(hash);
    if (slot->hash == hash) {
        return slot->entry;
    }
    if (2 * (answered_ + 1) > answers_.size()) {
        make_room();
        slot = &slot_of(hash);  // its place in the new table
    }
    slot->hash = hash;
    list(word, slot->entry.info);
    ++answered_;
    return slot->entry;
}

// Every dictionary entry that starts where the word does and spans it whole: the entries MeCab's parse would
// begin with, found by the dictionary's own prefix search. Its guesses at unknown words are not the dictionary's.
void WordSenseLookup::list(std::string_view word, WordInfo& info)
{
    if (word.empty()) {
        return;
    }
    lattice_->clear();  // frees the nodes of the word before
    for (const MeCab::Node* node = model_.lookup(word.data(), word.data() + word.size(), lattice_.get());
         node != nullptr; node = node->bnext) {
        if (node->stat == MECAB_NOR_NODE && node->length == word.size()) {
            info.senses.bits |= sense_of(node->feature);
            const std::string_view part_of_speech = field(node->feature, 0);
            info.pronoun_or_numeral |= part_of_speech == "NP" || part_of_speech == "NR";
        }
    }
}

// The first morpheme of MeCab's best reading of the word alone.
void WordSenseLookup::read(std::string_view word, WordInfo& info)
{
    lattice_->set_sentence(word.data(), word.size());
    if (word.empty() || !tagger_->parse(lattice_.get())) {
        return;
    }
    if (const MeCab::Node* first = lattice_->bos_node()->next; first != nullptr && first->stat != MECAB_EOS_NODE) {
        info.first_bytes = static_cast<std::uint16_t>(first->length);
        info.first_is_person = first->stat == MECAB_NOR_NODE && sense_of(first->feature) == WordSenses::kPerson;
        info.first_is_predicate = first->stat == MECAB_NOR_NODE && field(first->feature, 0).starts_with('V');
    }
}

}  // namespace ks::entities
