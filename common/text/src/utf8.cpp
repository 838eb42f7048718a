#include "ks/text/utf8.h"

#include <unicode/utf8.h>

namespace ks::text {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kBom = "\xEF\xBB\xBF";

}  // namespace

bool is_valid_utf8(std::string_view bytes)
{
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) {
            return false;
        }
    }
    return true;
}

std::string repair_utf8(std::string_view bytes, std::size_t* replaced)
{
    std::size_t count = 0;
    std::string out;
    out.reserve(bytes.size());
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) {
            out += kReplacement;
            ++count;
        } else {
            out.append(bytes.data() + start, static_cast<std::size_t>(i - start));
        }
    }
    if (replaced != nullptr) {
        *replaced = count;
    }
    return out;
}

std::string_view strip_bom(std::string_view bytes)
{
    if (bytes.starts_with(kBom)) {
        bytes.remove_prefix(kBom.size());
    }
    return bytes;
}

std::u32string to_u32(std::string_view utf8)
{
    std::u32string out;
    out.reserve(utf8.size());
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
    }
    return out;
}

std::string to_utf8(std::u32string_view text)
{
    std::string out;
    out.reserve(text.size() * 3);
    for (char32_t c : text) {
        uint8_t buffer[U8_MAX_LENGTH];
        int32_t n = 0;
        UBool error = false;
        U8_APPEND(buffer, n, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
        if (error) {
            out += kReplacement;
        } else {
            out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
        }
    }
    return out;
}

std::size_t count_code_points(std::string_view utf8)
{
    std::size_t n = 0;
    for (char c : utf8) {
        // Count every byte that is not a continuation byte (10xxxxxx).
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }
    return n;
}

std::string printable(std::string_view utf8)
{
    constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        const bool c0_or_del = (byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7F;
        const bool c1 = byte == 0xC2 && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(utf8[i + 1]) <= 0x9F;  // U+0080..U+009F
        if (c0_or_del || c1) {
            out += kReplacement;
            i += c1 ? 1 : 0;
        } else {
            out += utf8[i];
        }
    }
    return out;
}

std::string_view truncate_utf8(std::string_view utf8, std::size_t max_bytes)
{
    if (utf8.size() <= max_bytes) {
        return utf8;
    }
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80) {
        --end;  // a continuation byte: the code point began earlier
    }
    return utf8.substr(0, end);
}

}  // namespace ks::text
