#include "ks/searcher/vocabulary.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "ks/analysis/hangul.h"
#include "ks/analysis/jamo.h"
#include "ks/schema/schema.h"
#include "ks/text/utf8.h"

namespace ks::searcher {

namespace {

using analysis::is_hangul_syllable;
using analysis::keystrokes;
using text::to_u32;
using text::to_utf8;

// Words found so far, each with its passage count.
using Found = std::map<std::string, Xapian::doccount>;

// Words in order of preference: a tier first (0 before 1), then more passages, then spelling.
struct Ranked {
    int tier;
    WordCount count;
};

void sort_ranked(std::vector<Ranked>& words, std::size_t n)
{
    const auto better = [](const Ranked& a, const Ranked& b) {
        if (a.tier != b.tier) {
            return a.tier < b.tier;
        }
        return a.count.passages != b.count.passages ? a.count.passages > b.count.passages : a.count.word < b.count.word;
    };
    n = std::min(n, words.size());
    std::partial_sort(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n), words.end(), better);
}

std::vector<WordCount> most_common_first(const Found& found, std::size_t limit)
{
    std::vector<Ranked> ranked;
    for (const auto& [word, passages] : found) {
        ranked.push_back({0, {word, passages}});
    }
    sort_ranked(ranked, limit);
    std::vector<WordCount> words;
    for (std::size_t i = 0; i < std::min(limit, ranked.size()); ++i) {
        words.push_back(ranked[i].count);
    }
    return words;
}

// Prefixed terms (bigrams, titles, facets...) begin with an upper-case ASCII letter; words never do.
bool is_word_term(std::string_view term)
{
    return !term.empty() && !std::isupper(static_cast<unsigned char>(term.front()));
}

// The syllable at byte `offset` of `term`, or 0 if there is none there.
char32_t syllable_at(const std::string& term, std::size_t offset)
{
    const std::u32string rest = to_u32(std::string_view(term).substr(offset, 3));
    return !rest.empty() && is_hangul_syllable(rest.front()) ? rest.front() : 0;
}

// Every word beginning with `head`, `head` itself included.
void collect_all(const Xapian::Database& db, const std::string& head, Found& found)
{
    for (Xapian::TermIterator it = db.allterms_begin(head); it != db.allterms_end(head); ++it) {
        found[*it] = it.get_termfreq();
    }
}

// Every word that is `head` followed by a syllable in [first, last] (and anything after it).
void collect_range(const Xapian::Database& db, const std::string& head, char32_t first, char32_t last, Found& found)
{
    Xapian::TermIterator it = db.allterms_begin(head);
    it.skip_to(head + to_utf8(std::u32string(1, first)));
    for (; it != db.allterms_end(head); ++it) {
        const std::string word = *it;
        const char32_t next = syllable_at(word, head.size());
        if (next == 0 || next > last) {
            break;
        }
        found[word] = it.get_termfreq();
    }
}

// Words that `head` + typed `keys` can become: a syllable taking all remaining keys (and perhaps more), or a
// syllable taking some of them and the rest going on to the next (알 + ㅌㅡㅁ → 알트만, 알틈...).
void collect_typed(const Xapian::Database& db, const std::string& head, std::u32string_view keys, Found& found)
{
    if (keys.empty()) {
        collect_all(db, head, found);
        return;
    }
    const auto [first, last] = analysis::syllables_with_initial(keys.front());
    if (first == 0) {
        return;  // a vowel or a cluster cannot begin a syllable
    }
    char32_t run_start = 0;  // a run of syllables that take every key
    for (char32_t s = first; s <= last + 1; ++s) {
        const std::u32string own = s <= last ? keystrokes(std::u32string(1, s)) : std::u32string();
        const bool takes_all = !own.empty() && own.size() >= keys.size() && own.starts_with(keys);
        if (takes_all && run_start == 0) {
            run_start = s;
        } else if (!takes_all && run_start != 0) {
            collect_range(db, head, run_start, s - 1, found);
            run_start = 0;
        }
        if (!own.empty() && own.size() < keys.size() && keys.starts_with(own)) {
            const std::string longer = head + to_utf8(std::u32string(1, s));
            if (db.allterms_begin(longer) != db.allterms_end(longer)) {
                collect_typed(db, longer, keys.substr(own.size()), found);
            }
        }
    }
}

// Words whose syllables begin with `initials`: exactly that many syllables, or at least (for completion).
void collect_initials(const Xapian::Database& db, const std::string& head, std::u32string_view initials, bool exact,
                      Found& found)
{
    if (initials.empty()) {
        if (!exact) {
            collect_all(db, head, found);
        } else if (const Xapian::doccount n = db.get_termfreq(head); n > 0) {
            found[head] = n;
        }
        return;
    }
    const auto [first, last] = analysis::syllables_with_initial(initials.front());
    if (first == 0) {
        return;
    }
    Xapian::TermIterator it = db.allterms_begin(head);
    it.skip_to(head + to_utf8(std::u32string(1, first)));
    while (it != db.allterms_end(head)) {
        const char32_t next = syllable_at(*it, head.size());
        if (next == 0 || next > last) {
            break;
        }
        const std::string longer = head + to_utf8(std::u32string(1, next));
        collect_initials(db, longer, initials.substr(1), exact, found);
        it.skip_to(head + to_utf8(std::u32string(1, next + 1)));
    }
}

}  // namespace

Xapian::doccount Vocabulary::passages_with(std::string_view word) const
{
    const std::string t = schema::term(schema::kStemPrefix, word);
    return word.empty() || t.size() > schema::kMaxTermBytes ? 0 : db_.get_termfreq(t);
}

Xapian::doccount Vocabulary::passages_with_term(const std::string& term) const
{
    return term.size() > schema::kMaxTermBytes ? 0 : db_.get_termfreq(term);
}

bool Vocabulary::has_all_bigrams(const std::vector<std::string>& bigrams) const
{
    std::vector<Xapian::Query> terms;
    for (const std::string& bigram : bigrams) {
        terms.emplace_back(schema::term(schema::kBigramPrefix, bigram));
    }
    if (terms.empty()) {
        return false;
    }
    Xapian::Enquire enquire(db_);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end()));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return !enquire.get_mset(0, 1).empty();
}

std::vector<WordCount> Vocabulary::completions(std::string_view prefix, std::size_t limit) const
{
    std::u32string typed = to_u32(prefix);
    for (char32_t& c : typed) {
        c = c < 0x80 ? static_cast<char32_t>(std::tolower(static_cast<int>(c))) : c;
    }
    Found found;
    if (std::all_of(typed.begin(), typed.end(), analysis::is_consonant_letter) && !typed.empty()) {
        collect_initials(db_, "", typed, false, found);
    } else {
        // The last syllable and any letters after it are still being typed: 알트ㅁ, 알틈 (알트만 on its way).
        std::size_t settled = typed.size();
        while (settled > 0 && analysis::is_consonant_letter(typed[settled - 1])) {
            --settled;
        }
        if (settled > 0 && is_hangul_syllable(typed[settled - 1])) {
            --settled;
        }
        const std::string head = to_utf8(std::u32string_view(typed).substr(0, settled));
        const std::u32string keys = keystrokes(std::u32string_view(typed).substr(settled));
        if (!head.empty() || !keys.empty()) {
            collect_typed(db_, head, keys, found);
        }
    }
    std::erase_if(found, [](const auto& entry) { return !is_word_term(entry.first); });
    const std::string written = to_utf8(typed);
    std::vector<Ranked> ranked;
    for (const auto& [word, passages] : found) {
        ranked.push_back({word.starts_with(written) ? 0 : 1, {word, passages}});
    }
    // Walk down the ranking, skipping a word's forms with particles when the word itself is listed.
    std::vector<WordCount> words;
    std::size_t sorted = 0;
    for (std::size_t i = 0; i < ranked.size() && words.size() < limit; ++i) {
        if (i == sorted) {
            sorted = std::min(ranked.size(), sorted + 4 * limit);
            sort_ranked(ranked, sorted);  // sorts a longer head each time; the head keeps its order
        }
        const WordCount& candidate = ranked[i].count;
        const std::vector<analysis::Token> tokens = analyzer_.analyze(candidate.word);
        const bool inflected =
            tokens.size() == 1 && tokens.front().stem != candidate.word && found.contains(tokens.front().stem);
        if (!inflected) {
            words.push_back(candidate);
        }
    }
    return words;
}

std::vector<WordCount> Vocabulary::with_initials(std::u32string_view initials, std::size_t limit) const
{
    Found found;
    collect_initials(db_, "", initials, true, found);
    return most_common_first(found, limit);
}

std::optional<WordCount> Vocabulary::most_common(const std::vector<std::string>& candidates) const
{
    std::optional<WordCount> best;
    for (const std::string& word : candidates) {
        const Xapian::doccount n = passages_with(word);
        if (n > 0 && (!best || n > best->passages)) {
            best = WordCount{word, n};
        }
    }
    return best;
}

}  // namespace ks::searcher
