#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ks/analysis/analyzer.h"

namespace ks::entities {

enum class EntityKind { kPerson, kCompany };

/// "person" or "company", as gazetteer files and the index write it.
std::string_view kind_name(EntityKind kind);

/// The kind a name from kind_name() stands for; false for another string.
bool parse_kind(std::string_view name, EntityKind& kind);

/// A person or company under its canonical name.
struct Entity {
    EntityKind kind = EntityKind::kPerson;
    std::string canonical;  ///< the name facets show: 샘 알트만, 오픈AI
};

/// Where a known name stands in analyzed text.
struct EntityMention {
    std::size_t entity = 0;       ///< index into Gazetteer::entities()
    std::size_t first_token = 0;  ///< index of the name's first token
    std::size_t token_count = 0;
};

/// Thrown when a gazetteer cannot be read; the message names the line.
class GazetteerError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// One line of a gazetteer file: `kind<TAB>canonical<TAB>alias|alias...`.
struct GazetteerEntry {
    EntityKind kind = EntityKind::kPerson;
    std::string canonical;
    std::vector<std::string> aliases;
    std::size_t line = 0;  ///< in the file, for messages
};

/// Known people and companies with all their spellings (샘 알트만 / Sam Altman / 알트만 / 올트먼).
///
/// Names are compared as the analyzer sees them, so particles never stop a match (알트만은, 메타의) and
/// Latin spellings match in any case. Matching prefers the longest name: 구글 딥마인드 over 구글.
class Gazetteer {
public:
    /// Reads `kind<TAB>canonical<TAB>alias|alias...` lines; `#` starts a comment. Throws GazetteerError.
    static Gazetteer parse(std::string_view tsv, analysis::Analyzer& analyzer);

    /// The lines of a gazetteer file; `#` starts a comment. Throws GazetteerError naming the line.
    static std::vector<GazetteerEntry> read_entries(std::string_view tsv);

    /// The gazetteer that ships with the project (common/entities/data/gazetteer.tsv, built in).
    static const Gazetteer& builtin();

    /// The built-in gazetteer and the entries of `extra_tsv` after it (a newsroom's own names); a spelling
    /// both give keeps the built-in entity. Throws GazetteerError naming the line of `extra_tsv`.
    static Gazetteer builtin_with(std::string_view extra_tsv, analysis::Analyzer& analyzer);

    const std::vector<Entity>& entities() const { return entities_; }

    /// Every known name in `tokens`, left to right, longest first where names overlap.
    std::vector<EntityMention> find(const std::vector<analysis::Token>& tokens) const;

    /// Whether the word at `i` of `tokens` is a known name by itself.
    bool names_word(const std::vector<analysis::Token>& tokens, std::size_t i) const;

    /// The entity a name typed by a user stands for (any alias, any case, with or without particles), or
    /// nullptr.
    const Entity* lookup(std::string_view name, analysis::Analyzer& analyzer) const;

    /// Adds an entity known by `names` (spellings as written, without particles). A spelling already taken
    /// keeps its entity. Throws GazetteerError for a name with no word in it.
    void add(Entity entity, const std::vector<std::string>& names, analysis::Analyzer& analyzer);

private:
    void add_name(std::string_view name, std::size_t entity, analysis::Analyzer& analyzer, std::size_t line);

    std::vector<Entity> entities_;
    bool can_start_name(const analysis::Token& token) const;
    /// The entity `count` words from `first` name, their last word read by its stem, alternative or whole form;
    /// nullptr when they name none.
    const std::size_t* entity_named(const std::vector<analysis::Token>& tokens, std::size_t first,
                                    std::size_t count) const;

    std::unordered_map<std::string, std::size_t> names_;  ///< stems of a name joined by spaces → entity
    std::unordered_set<std::string> first_words_;         ///< the first word of every key in names_
    std::size_t longest_name_ = 0;                        ///< in tokens
};

}  // namespace ks::entities
