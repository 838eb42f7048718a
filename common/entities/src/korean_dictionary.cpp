#include "ks/entities/korean_dictionary.h"

#include <mecab.h>

#include <cstdlib>
#include <filesystem>

namespace ks::entities {

namespace {

// Answers kept per thread before the cache starts over: a news collection's names and words fit many times.
constexpr std::size_t kCacheLimit = 1 << 20;

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
      lattice_(dictionary.model_->createLattice())
{
    if (!tagger_ || !lattice_) {
        throw DictionaryError("cannot use the Korean dictionary in '" + dictionary.folder() +
                              "': " + MeCab::getLastError());
    }
}

WordSenseLookup::~WordSenseLookup() = default;

const WordInfo& WordSenseLookup::look_up(std::string_view word)
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
    const WordInfo& info = look_up(word);
    return info.first_is_person && info.first_bytes == word.size();
}

WordSenseLookup::Entry& WordSenseLookup::listed(std::string_view word)
{
    if (const auto it = cache_.find(word); it != cache_.end()) {
        return it->second;
    }
    if (cache_.size() >= kCacheLimit) {
        cache_.clear();
    }
    Entry entry;
    list(word, entry.info);
    return cache_.emplace(std::string(word), entry).first->second;
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
        info.first_bytes = first->length;
        info.first_is_person = first->stat == MECAB_NOR_NODE && sense_of(first->feature) == WordSenses::kPerson;
    }
}

}  // namespace ks::entities
