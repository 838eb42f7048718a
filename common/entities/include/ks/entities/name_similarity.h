#pragma once

#include <string_view>

namespace ks::entities {

/// Whether two names are spellings of one foreign name in Hangul transliteration: 수츠케버 / 서츠케버,
/// 알트만 / 알트먼. Compared word by word on jamo (initial, medial, final of each syllable), never on whole
/// syllables, and conservatively: the same number of words and syllables, words of two syllables or fewer
/// identical, at most one jamo changed in a longer word and at most one changed word in all. 마크 저커버그 and
/// 마크 첸 never meet.
bool same_transliterated_name(std::string_view a, std::string_view b);

}  // namespace ks::entities
