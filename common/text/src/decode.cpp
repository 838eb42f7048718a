#include "ks/text/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

#include "ks/text/icu_error.h"
#include "ks/text/utf8.h"

namespace ks::text {

namespace {

constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts with ICU. strict: fail on the first unmappable or ill-formed byte (std::nullopt) instead of
// substituting U+FFFD.
std::optional<DecodedText> convert(std::string_view bytes, const char* encoding, bool strict)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(encoding, &status));
    check_icu(status, "opening converter");
    if (strict) {
        ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
        check_icu(status, "setting converter callback");
    }
    std::vector<UChar> utf16(bytes.size() + 1);
    const int32_t length = ucnv_toUChars(converter.get(), utf16.data(), static_cast<int32_t>(utf16.size()),
                                         bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) {
        if (strict) {
            return std::nullopt;
        }
        check_icu(status, "converting text");
    }
    DecodedText out{"", encoding, 0};
    // UTF-16 → UTF-8 through ICU's own converter, counting the U+FFFD it had to put in.
    std::string utf8(static_cast<std::size_t>(length) * 3 + 1, '\0');
    UErrorCode to_status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> to_utf8(ucnv_open("UTF-8", &to_status));
    check_icu(to_status, "opening converter");
    const int32_t written = ucnv_fromUChars(to_utf8.get(), utf8.data(), static_cast<int32_t>(utf8.size()), utf16.data(),
                                            length, &to_status);
    check_icu(to_status, "converting to UTF-8");
    utf8.resize(static_cast<std::size_t>(written));
    for (int32_t i = 0; i < length; ++i) {
        out.replaced += utf16[static_cast<std::size_t>(i)] == 0xFFFD;
    }
    out.text = std::move(utf8);
    return out;
}

// ICU's best guess at the charset of `bytes`, or "" when it has none.
std::string detect_charset(std::string_view bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector* detector = ucsdet_open(&status);
    check_icu(status, "opening charset detector");
    ucsdet_setText(detector, bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    const UCharsetMatch* match = ucsdet_detect(detector, &status);
    std::string name;
    if (U_SUCCESS(status) && match != nullptr) {
        const char* detected = ucsdet_getName(match, &status);
        if (U_SUCCESS(status) && detected != nullptr && ucsdet_getConfidence(match, &status) >= 30) {
            name = detected;
        }
    }
    ucsdet_close(detector);
    return name;
}

}  // namespace

DecodedText decode_text(std::string_view bytes)
{
    bytes = strip_bom(bytes);
    if (bytes.starts_with(kUtf16LeBom)) {
        return *convert(bytes.substr(kUtf16LeBom.size()), "UTF-16LE", false);
    } else if (bytes.starts_with(kUtf16BeBom)) {
        return *convert(bytes.substr(kUtf16BeBom.size()), "UTF-16BE", false);
    }
    if (bytes.find('\0') != std::string_view::npos) {
        const std::string charset = detect_charset(bytes);
        if (charset == "UTF-16LE" || charset == "UTF-16BE") {
            return *convert(bytes, charset.c_str(), false);
        }
        throw NotTextError("not text: it holds NUL bytes (binary data, or an encoding not recognized)");
    }
    if (is_valid_utf8(bytes)) {
        return {std::string(bytes), "UTF-8", 0};
    }
    DecodedText repaired{"", "UTF-8", 0};
    repaired.text = repair_utf8(bytes, &repaired.replaced);
    // CP949 text is ill-formed UTF-8 nearly everywhere it is not ASCII; UTF-8 with a stray byte here and there
    // is not, and must not be read as CP949 just because its bytes happen to pair up.
    const auto non_ascii = static_cast<std::size_t>(
        std::count_if(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
    constexpr std::size_t kCp949Share = 10;  // at least one bad sequence per 10 non-ASCII bytes
    if (repaired.replaced * kCp949Share >= non_ascii) {
        if (std::optional<DecodedText> korean = convert(bytes, "windows-949", true)) {
            return std::move(*korean);
        }
    }
    return repaired;
}

}  // namespace ks::text
