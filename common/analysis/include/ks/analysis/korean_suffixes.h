#pragma once

#include <cstddef>
#include <string_view>

namespace ks::analysis {

/// Where a Korean word's stem ends once particles (조사) and common endings (어미) are taken off.
struct StemSplit {
    std::size_t stem_length = 0;  ///< code points of the word that form the stem
    /// When the last suffix taken off could also end a plain noun (과 in 결과, 해 in 지난해, 도 in 인도), the
    /// length of the longer form, which counts as a stem too; 0 otherwise.
    std::size_t alternative_length = 0;
};

/// Splits a normalized word into stem and suffix by rule, without a dictionary.
///
/// | word          | stem   | rule                                   |
/// |---------------|--------|----------------------------------------|
/// | `알트만이`    | 알트만 | particle after a final consonant       |
/// | `메타의`      | 메타   | particle                               |
/// | `회사에서는`  | 회사   | auxiliary particle, then case particle |
/// | `사람들이`    | 사람   | particle, then plural 들               |
/// | `영입하며`    | 영입   | 하다 verb ending                        |
/// | `영입했다`    | 영입   | 하다 verb ending                        |
/// | `보도됐다`    | 보도   | 되다 verb ending                        |
/// | `사례였다`    | 사례   | copula ending                          |
/// | `밝혔다`      | 밝혔   | general verb ending                    |
/// | `오픈ai를`    | 오픈ai | particle after a Latin part            |
/// | `메타`        | 메타   | nothing to take off                    |
/// | `마을`        | 마을   | 을 follows only a final consonant       |
/// | `결과`        | 결     | ambiguous: 결과 is the alternative      |
///
/// A stem always keeps at least one syllable, and a word never loses a suffix that does not follow Hangul
/// or a Latin/number part.
StemSplit split_stem(std::u32string_view word);

}  // namespace ks::analysis
