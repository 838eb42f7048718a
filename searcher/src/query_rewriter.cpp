#include "ks/searcher/query_rewriter.h"

#include <algorithm>
#include <optional>

#include "ks/analysis/hangul.h"
#include "ks/analysis/jamo.h"
#include "ks/analysis/question_words.h"
#include "ks/schema/schema.h"
#include "ks/text/utf8.h"

namespace ks::searcher {

namespace {

using analysis::Token;
using text::to_u32;
using text::to_utf8;

// A word in this many passages or fewer is rare: a much more common near spelling is suggested.
constexpr Xapian::doccount kRarePassages = 2;
// How many times more passages a near spelling needs before it is suggested for a rare word.
constexpr Xapian::doccount kSuggestionFactor = 50;
// A word the index lacks is taken for the beginning of the words it begins when the most common of them is in this
// many passages or more: a word being typed, not a typo.
constexpr Xapian::doccount kPrefixPassages = 3;

bool is_ascii_word(std::u32string_view word)
{
    return !word.empty() &&
           std::all_of(word.begin(), word.end(), [](char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; });
}

bool has_hangul(std::u32string_view word)
{
    return std::any_of(word.begin(), word.end(), [](char32_t c) {
        return analysis::is_hangul_syllable(c) || analysis::is_consonant_letter(c) || analysis::is_vowel_letter(c);
    });
}

// A word whose last letters are still being typed: syllables, then a lone letter (알트ㅁ, 저커버ㄱ).
bool ends_half_typed(std::u32string_view word)
{
    return word.size() >= 2 && (analysis::is_consonant_letter(word.back()) || analysis::is_vowel_letter(word.back())) &&
           std::any_of(word.begin(), word.end(), analysis::is_hangul_syllable);
}

// Passages holding the word in any of the forms the index keeps: stem, longer stem, exact form, in a title,
// or, for a compound, all of its bigrams (초지능팀 where passages write 초지능 팀).
Xapian::doccount passages_with_word(const Token& token, const Vocabulary& vocabulary)
{
    Xapian::doccount n = std::max(vocabulary.passages_with(token.stem), vocabulary.passages_with(token.alternative));
    n = std::max(n, vocabulary.passages_with_term(schema::term(schema::kSurfacePrefix, token.surface)));
    n = std::max(n, vocabulary.passages_with_term(schema::term(schema::kTitlePrefix, token.stem)));
    if (n == 0 && token.bigrams.size() >= 2 && vocabulary.has_all_bigrams(token.bigrams)) {
        n = 1;
    }
    return n;
}

struct Candidate {
    std::string text;  ///< the query word to search instead, particles kept
    Xapian::doccount passages = 0;
    RewriteKind kind = RewriteKind::kTypo;
};

// Each run of Latin letters read as Korean keys; digits and punctuation read the same in both modes
// (1989sus? is 1989년?). Empty when there are no letters.
std::string latin_runs_as_hangul(std::u32string_view word)
{
    std::string reading;
    std::u32string run;
    bool any = false;
    const auto flush = [&] {
        reading += to_utf8(analysis::latin_keys_as_hangul(run));
        run.clear();
    };
    for (char32_t c : word) {
        if (is_ascii_word(std::u32string_view(&c, 1))) {
            run += c;
            any = true;
        } else {
            flush();
            reading += static_cast<char>(c);
        }
    }
    flush();
    return any ? reading : std::string();
}

// The word typed with the keyboard in the other mode, if the index knows that reading.
std::optional<Candidate> keyboard_reading(const std::string& typed, const Vocabulary& vocabulary,
                                          analysis::Analyzer& analyzer)
{
    const std::u32string word = to_u32(typed);
    std::string reading;
    if (std::all_of(word.begin(), word.end(), [](char32_t c) { return c < 0x80; })) {
        reading = latin_runs_as_hangul(word);
    } else if (has_hangul(word)) {
        reading = analysis::hangul_keys_as_latin(word);
    }
    const std::vector<Token> tokens = reading.empty() ? std::vector<Token>() : analyzer.analyze(reading);
    if (tokens.size() != 1) {
        return std::nullopt;
    }
    const Xapian::doccount n = passages_with_word(tokens.front(), vocabulary);
    return n > 0 ? std::optional<Candidate>(Candidate{reading, n, RewriteKind::kKeyboard}) : std::nullopt;
}

std::vector<std::string> as_utf8(const std::vector<std::u32string>& words)
{
    std::vector<std::string> out;
    out.reserve(words.size());
    for (const std::u32string& word : words) {
        out.push_back(to_utf8(word));
    }
    return out;
}

// The most common indexed spelling near `form` (a stem of the word): a transliteration variant, or one letter
// away. One-syllable and short Latin words are left alone: too many real words lie one letter from them.
std::optional<Candidate> near_spelling(const std::string& form, const std::string& typed, const Vocabulary& vocabulary)
{
    const std::u32string word = to_u32(form);
    std::optional<WordCount> variant;
    std::optional<WordCount> typo;
    if (std::all_of(word.begin(), word.end(), analysis::is_hangul_syllable) && word.size() >= 2) {
        variant = vocabulary.most_common(as_utf8(analysis::transliteration_variants(word)));
        typo = vocabulary.most_common(as_utf8(analysis::jamo_edits(word)));
    } else if (is_ascii_word(word) && word.size() >= 4) {
        typo = vocabulary.most_common(analysis::latin_edits(form));
    }
    RewriteKind kind = RewriteKind::kVariant;
    if (!variant || (typo && typo->passages > variant->passages)) {
        variant = typo;
        kind = RewriteKind::kTypo;
    }
    if (!variant) {
        return std::nullopt;
    }
    // Keep what followed the stem as typed (알트민은 → 알트만은); the analyzer takes it off again.
    const bool form_leads = typed.starts_with(form);
    return Candidate{form_leads ? variant->word + typed.substr(form.size()) : variant->word, variant->passages, kind};
}

// The best near spelling of either stem of an ambiguous split (클로 or 클로도 of 클로도).
std::optional<Candidate> near_spelling(const Token& token, const std::string& typed, const Vocabulary& vocabulary)
{
    std::optional<Candidate> best = near_spelling(token.stem, typed, vocabulary);
    if (!token.alternative.empty()) {
        std::optional<Candidate> other = near_spelling(token.alternative, typed, vocabulary);
        if (other && (!best || other->passages > best->passages)) {
            best = std::move(other);
        }
    }
    return best;
}

QueryItem with_text(const QueryItem& item, std::string text, double weight = 1.0)
{
    QueryItem rewritten = item;
    rewritten.text = std::move(text);
    rewritten.weight = weight;
    return rewritten;
}

// The expansions of a word as alternatives weighted by how common each is against the most common.
std::vector<QueryItem> expanded(const QueryItem& item, const std::vector<WordCount>& words, Rewrite& rewrite)
{
    std::vector<QueryItem> items;
    for (const WordCount& w : words) {
        const double weight = static_cast<double>(w.passages) / static_cast<double>(words.front().passages);
        items.push_back(with_text(item, w.word, weight));
        rewrite.to.push_back(w.word);
    }
    return items;
}

class ItemRewriter {
public:
    ItemRewriter(const Vocabulary& vocabulary, analysis::Analyzer& analyzer, const RewriteOptions& options,
                 std::vector<Rewrite>& rewrites)
        : vocabulary_(vocabulary), analyzer_(analyzer), options_(options), rewrites_(rewrites)
    {
    }

    // The items to search for one typed item.
    std::vector<QueryItem> rewrite(const QueryItem& item, bool last)
    {
        if (item.phrase) {
            return {item};
        }
        std::string typed = item.text;
        const bool starred = typed.size() > 1 && typed.back() == '*';
        if (starred) {
            typed.pop_back();
        }
        const std::u32string word = to_u32(typed);
        const bool may_rewrite = options_.correct || starred || (options_.prefix && last);
        if (may_rewrite && ++rewritten_words_ > kMaxRewrittenWords) {
            note_limited(typed);
            return {with_text(item, typed)};
        }
        if (options_.correct && analysis::is_initials_query(word)) {
            return expand(item, typed, vocabulary_.with_initials(word, kMaxExpansions), RewriteKind::kInitials);
        }
        if (starred || (options_.prefix && last && !item.excluded) || (options_.correct && ends_half_typed(word))) {
            return expand(item, typed, vocabulary_.completions(typed, kMaxExpansions), RewriteKind::kCompletion);
        }
        if (!options_.correct || item.excluded) {
            return {item};
        }
        return correct(item, typed);
    }

private:
    // One rewrite lists every word searched as typed past the bound.
    void note_limited(const std::string& typed)
    {
        if (!limited_index_) {
            rewrites_.push_back(Rewrite{"", {}, RewriteKind::kLimited, true});
            limited_index_ = rewrites_.size() - 1;
        }
        Rewrite& limited = rewrites_[*limited_index_];
        limited.to.push_back(typed);
        limited.from =
            std::to_string(limited.to.size()) + " words after the first " + std::to_string(kMaxRewrittenWords);
    }

    std::vector<QueryItem> expand(const QueryItem& item, const std::string& typed, const std::vector<WordCount>& words,
                                  RewriteKind kind)
    {
        if (words.empty()) {
            return {with_text(item, typed)};  // nothing to grow into: searched as typed, and finds nothing
        }
        Rewrite rewrite{typed, {}, kind, true};
        std::vector<QueryItem> items = expanded(item, words, rewrite);
        rewrites_.push_back(std::move(rewrite));
        return items;
    }

    std::vector<QueryItem> correct(const QueryItem& item, const std::string& typed)
    {
        const std::vector<Token> tokens = analyzer_.analyze(typed);
        std::optional<Xapian::doccount> passages;  // of the word as typed; unknown for a word of several tokens
        if (tokens.size() == 1) {
            if (analysis::is_question_word(tokens.front().stem)) {
                return {item};
            }
            passages = passages_with_word(tokens.front(), vocabulary_);
        } else if (!tokens.empty() || !has_hangul(to_u32(typed))) {
            return {item};  // several words (GPT-4o) are searched as typed
        }
        if (passages && *passages > kRarePassages) {
            return {item};
        }
        if (passages == 0u) {
            if (std::optional<std::string> noun = noun_before_particle(typed)) {
                return {with_text(item, *noun)};  // another reading of the same word: no rewrite to report
            }
        }
        const bool has_digit = std::any_of(typed.begin(), typed.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (passages == 0u && !has_digit && analysis::ends_in_hangul(to_u32(typed))) {
            // A word the index lacks that begins words it holds often is a word being typed, not a typo: 저커 on
            // the way to 저커버그 (not 저서), 앤트로 to 앤트로픽, 알틈 to 알트만.
            std::vector<WordCount> completions = vocabulary_.completions(typed, kMaxExpansions);
            if (!completions.empty() && completions.front().passages >= kPrefixPassages) {
                return expand(item, typed, completions, RewriteKind::kCompletion);
            }
        }
        std::optional<Candidate> best = keyboard_reading(typed, vocabulary_, analyzer_);
        if (!best && tokens.size() == 1 && !has_digit) {  // 5월 is not a typo of 6월
            best = near_spelling(tokens.front(), typed, vocabulary_);
        }
        const Xapian::doccount have = passages.value_or(0);
        if (!best && have == 0 && !has_digit && analysis::ends_in_hangul(to_u32(typed))) {
            // Perhaps typed mid-syllable, its last consonant not yet moved on (알틈 on the way to 알트만).
            return expand(item, typed, vocabulary_.completions(typed, kMaxExpansions), RewriteKind::kCompletion);
        }
        if (!best || (have > 0 && best->passages < kSuggestionFactor * have)) {
            return {item};
        }
        const bool apply = have == 0;  // a word the index holds, however rarely, is searched as typed
        rewrites_.push_back(Rewrite{typed, {best->text}, best->kind, apply});
        return {apply ? with_text(item, best->text) : item};
    }

    // A word the analyzer split wrongly, read again as a noun the index holds and a one-syllable particle:
    // 콜레라는 is split 콜레 + 라는 (as 회사라는 is), which no passage has, but 콜레라 + 는 is the word.
    std::optional<std::string> noun_before_particle(const std::string& typed) const
    {
        static const std::u32string kParticles = U"는은가이를을의도와과로에고며만";
        const std::u32string word = to_u32(typed);
        if (word.size() < 3 || kParticles.find(word.back()) == std::u32string::npos ||
            !analysis::is_hangul_syllable(word[word.size() - 2])) {
            return std::nullopt;
        }
        const std::string noun = to_utf8(std::u32string_view(word).substr(0, word.size() - 1));
        const std::vector<Token> tokens = analyzer_.analyze(noun);
        if (tokens.size() != 1 || passages_with_word(tokens.front(), vocabulary_) == 0) {
            return std::nullopt;
        }
        return noun;
    }

    const Vocabulary& vocabulary_;
    analysis::Analyzer& analyzer_;
    const RewriteOptions& options_;
    std::vector<Rewrite>& rewrites_;
    std::size_t rewritten_words_ = 0;           // words that could be rewritten, so far
    std::optional<std::size_t> limited_index_;  // the kLimited rewrite's place in rewrites_, once there is one
};

}  // namespace

std::string_view rewrite_kind_name(RewriteKind kind)
{
    switch (kind) {
        case RewriteKind::kInitials:
            return "initials";
        case RewriteKind::kCompletion:
            return "completion";
        case RewriteKind::kKeyboard:
            return "keyboard";
        case RewriteKind::kVariant:
            return "variant";
        case RewriteKind::kTypo:
            return "typo";
        case RewriteKind::kLimited:
            return "limited";
        case RewriteKind::kLoosePhrase:
            return "loose_phrase";
        case RewriteKind::kUnclosedQuote:
            return "unclosed_quote";
    }
    return "typo";
}

RewrittenQuery rewrite_query(const ParsedQuery& parsed, const Vocabulary& vocabulary, analysis::Analyzer& analyzer,
                             const RewriteOptions& options)
{
    RewrittenQuery result;
    ItemRewriter rewriter(vocabulary, analyzer, options, result.rewrites);
    for (std::size_t g = 0; g < parsed.groups.size(); ++g) {
        std::vector<QueryItem> group;
        for (std::size_t i = 0; i < parsed.groups[g].size(); ++i) {
            const bool last = g + 1 == parsed.groups.size() && i + 1 == parsed.groups[g].size();
            for (QueryItem& item : rewriter.rewrite(parsed.groups[g][i], last)) {
                group.push_back(std::move(item));
            }
        }
        result.parsed.groups.push_back(std::move(group));
    }
    return result;
}

}  // namespace ks::searcher
