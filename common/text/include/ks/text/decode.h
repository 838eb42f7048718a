#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ks::text {

/// Bytes of a text file as UTF-8, whatever encoding they came in.
struct DecodedText {
    std::string text;          ///< UTF-8, without a byte order mark
    std::string encoding;      ///< what the bytes were: UTF-8, UTF-16LE, UTF-16BE or windows-949 (CP949/EUC-KR)
    std::size_t replaced = 0;  ///< ill-formed sequences replaced by U+FFFD
};

/// Thrown for bytes that are not text (NUL bytes with no sign of UTF-16: images, archives, executables).
class NotTextError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Detects the encoding of `bytes` and converts them to UTF-8.
///
/// A byte order mark decides (UTF-8, UTF-16LE, UTF-16BE). Without one: well-formed UTF-8 is taken as is;
/// NUL bytes mean UTF-16 when ICU's charset detector says so, and binary data otherwise (NotTextError);
/// ill-formed UTF-8 is read as CP949 (a superset of EUC-KR, the usual encoding of older Korean text) when it
/// converts cleanly that way, and otherwise as UTF-8 with the bad sequences replaced and counted.
DecodedText decode_text(std::string_view bytes);

}  // namespace ks::text
