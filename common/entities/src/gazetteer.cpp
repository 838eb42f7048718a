#include "ks/entities/gazetteer.h"

#include <algorithm>

#include "embedded_gazetteer.h"
#include "ks/text/split.h"

namespace ks::entities {

namespace {

using text::split;

std::string_view trim(std::string_view s)
{
    const std::size_t begin = s.find_first_not_of(" \t\r");
    if (begin == std::string_view::npos) {
        return {};
    }
    return s.substr(begin, s.find_last_not_of(" \t\r") - begin + 1);
}

// How a run of tokens reads as a name key: stems joined by spaces. A name's last word may carry a particle
// (알트만은), the words before it may not (샘의 알트만 is not a name).
// How the last word of a name is read: by its stem (메타의 → 메타), its alternative stem, or whole (김정은, whose
// 은 is part of the name).
enum class LastWord { kStem, kAlternative, kSurface };

std::string key_of(const std::vector<analysis::Token>& tokens, std::size_t first, std::size_t count,
                   LastWord read_last = LastWord::kStem)
{
    std::string key;
    for (std::size_t i = first; i < first + count; ++i) {
        const analysis::Token& t = tokens[i];
        const bool last = i + 1 == first + count;
        if (!key.empty()) {
            key += ' ';
        }
        key += !last || read_last == LastWord::kSurface ? t.surface
               : read_last == LastWord::kAlternative    ? t.alternative
                                                        : t.stem;
    }
    return key;
}

}  // namespace

std::string_view kind_name(EntityKind kind) { return kind == EntityKind::kPerson ? "person" : "company"; }

bool parse_kind(std::string_view name, EntityKind& kind)
{
    if (name != "person" && name != "company") {
        return false;
    }
    kind = name == "person" ? EntityKind::kPerson : EntityKind::kCompany;
    return true;
}

void Gazetteer::add_name(std::string_view name, std::size_t entity, analysis::Analyzer& analyzer, std::size_t line)
{
    const std::vector<analysis::Token> tokens = analyzer.analyze(name);
    if (tokens.empty()) {
        throw GazetteerError("line " + std::to_string(line) + ": the name '" + std::string(name) +
                             "' has no word in it");
    }
    // Names are written without particles, so every word is its own surface.
    std::string key;
    for (const analysis::Token& t : tokens) {
        key += (key.empty() ? "" : " ") + t.surface;
    }
    first_words_.insert(key.substr(0, key.find(' ')));
    names_.emplace(std::move(key), entity);  // the first entity to claim a spelling keeps it
    longest_name_ = std::max(longest_name_, tokens.size());
}

std::vector<GazetteerEntry> Gazetteer::read_entries(std::string_view tsv)
{
    std::vector<GazetteerEntry> entries;
    std::size_t number = 0;
    for (std::string_view line : split(tsv, '\n')) {
        ++number;
        line = trim(line);
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const std::vector<std::string_view> fields = split(line, '\t');
        GazetteerEntry entry;
        entry.line = number;
        if (fields.size() != 3 || !parse_kind(fields[0], entry.kind) || trim(fields[1]).empty()) {
            throw GazetteerError("line " + std::to_string(number) +
                                 ": expected person|company, a canonical name and aliases, separated by tabs");
        }
        entry.canonical = std::string(trim(fields[1]));
        for (std::string_view alias : split(fields[2], '|')) {
            if (!trim(alias).empty()) {
                entry.aliases.emplace_back(trim(alias));
            }
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

Gazetteer Gazetteer::parse(std::string_view tsv, analysis::Analyzer& analyzer)
{
    Gazetteer gazetteer;
    for (const GazetteerEntry& entry : read_entries(tsv)) {
        const std::size_t index = gazetteer.entities_.size();
        gazetteer.entities_.push_back({entry.kind, entry.canonical});
        gazetteer.add_name(entry.canonical, index, analyzer, entry.line);
        for (const std::string& alias : entry.aliases) {
            gazetteer.add_name(alias, index, analyzer, entry.line);
        }
    }
    return gazetteer;
}

Gazetteer Gazetteer::builtin_with(std::string_view extra_tsv, analysis::Analyzer& analyzer)
{
    parse(extra_tsv, analyzer);  // errors with the extra file's own line numbers
    return parse(std::string(kEmbeddedGazetteer) + "\n" + std::string(extra_tsv), analyzer);
}

const Gazetteer& Gazetteer::builtin()
{
    static const Gazetteer gazetteer = [] {
        analysis::Analyzer analyzer;
        return parse(kEmbeddedGazetteer, analyzer);
    }();
    return gazetteer;
}

void Gazetteer::add(Entity entity, const std::vector<std::string>& names, analysis::Analyzer& analyzer)
{
    const std::size_t index = entities_.size();
    entities_.push_back(std::move(entity));
    for (const std::string& name : names) {
        if (!trim(name).empty()) {
            add_name(name, index, analyzer, 0);
        }
    }
}

bool Gazetteer::can_start_name(const analysis::Token& token) const
{
    // A key starts with its first word's surface, or for a one-word name with its stem or alternative.
    return first_words_.contains(token.surface) || first_words_.contains(token.stem) ||
           (!token.alternative.empty() && first_words_.contains(token.alternative));
}

const std::size_t* Gazetteer::entity_named(const std::vector<analysis::Token>& tokens, std::size_t first,
                                           std::size_t count) const
{
    const analysis::Token& last = tokens[first + count - 1];
    auto it = names_.find(key_of(tokens, first, count));
    if (it == names_.end() && !last.alternative.empty()) {
        it = names_.find(key_of(tokens, first, count, LastWord::kAlternative));
    }
    if (it == names_.end() && last.surface != last.stem) {
        it = names_.find(key_of(tokens, first, count, LastWord::kSurface));
    }
    return it == names_.end() ? nullptr : &it->second;
}

bool Gazetteer::names_word(const std::vector<analysis::Token>& tokens, std::size_t i) const
{
    return can_start_name(tokens[i]) && entity_named(tokens, i, 1) != nullptr;
}

std::vector<EntityMention> Gazetteer::find(const std::vector<analysis::Token>& tokens) const
{
    std::vector<EntityMention> mentions;
    for (std::size_t first = 0; first < tokens.size();) {
        if (!can_start_name(tokens[first])) {
            ++first;  // most words: one set lookup instead of one key built per name length
            continue;
        }
        std::size_t matched = 0;
        for (std::size_t count = std::min(longest_name_, tokens.size() - first); count > 0 && matched == 0; --count) {
            if (const std::size_t* entity = entity_named(tokens, first, count)) {
                mentions.push_back({*entity, first, count});
                matched = count;
            }
        }
        first += std::max<std::size_t>(matched, 1);
    }
    return mentions;
}

const Entity* Gazetteer::lookup(std::string_view name, analysis::Analyzer& analyzer) const
{
    const std::vector<analysis::Token> tokens = analyzer.analyze(name);
    for (LastWord read_last : {LastWord::kStem, LastWord::kAlternative, LastWord::kSurface}) {
        if (tokens.empty() || (read_last == LastWord::kAlternative && tokens.back().alternative.empty())) {
            continue;
        }
        if (auto it = names_.find(key_of(tokens, 0, tokens.size(), read_last)); it != names_.end()) {
            return &entities_[it->second];
        }
    }
    return nullptr;
}

}  // namespace ks::entities
