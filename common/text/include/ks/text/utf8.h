#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ks::text {

/// True if `bytes` is well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes);

/// Returns `bytes` with every ill-formed UTF-8 sequence replaced by U+FFFD; `replaced`, if given,
/// receives how many replacements were made. Valid input comes back unchanged.
std::string repair_utf8(std::string_view bytes, std::size_t* replaced = nullptr);

/// Strips a leading UTF-8 byte order mark, if any.
std::string_view strip_bom(std::string_view bytes);

/// Decodes well-formed UTF-8 into code points (ill-formed sequences become U+FFFD).
std::u32string to_u32(std::string_view utf8);

/// Encodes code points as UTF-8.
std::string to_utf8(std::u32string_view text);

/// Number of code points in well-formed UTF-8.
std::size_t count_code_points(std::string_view utf8);

/// `utf8` safe to print on a terminal: control characters (C0 but tab and line feed, DEL, C1) become U+FFFD,
/// so that indexed text cannot clear the screen or retitle the window (ESC [2J, OSC 0;...).
std::string printable(std::string_view utf8);

/// The longest start of `utf8` of at most `max_bytes` bytes that cuts no code point: for quoting a long value.
std::string_view truncate_utf8(std::string_view utf8, std::size_t max_bytes);

}  // namespace ks::text
