#pragma once

#include <unicode/edits.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace ks::text {

/// Text after NFKC normalization and case folding, with a map back to the source bytes.
///
/// | source            | normalized |
/// |-------------------|------------|
/// | `ＡＩ` (full width) | `ai`       |
/// | `메타` (jamo)     | `메타`      |
/// | `Meta`            | `meta`     |
class NormalizedText {
public:
    /// Normalizes well-formed UTF-8 `source` with ICU's NFKC_Casefold. Throws IcuError.
    explicit NormalizedText(std::string_view source);
    // The offset map iterates over edits_, so the object stays where it was built.
    NormalizedText(const NormalizedText&) = delete;
    NormalizedText& operator=(const NormalizedText&) = delete;

    /// The normalized UTF-8 text.
    const std::string& text() const { return text_; }

    /// Byte offset in the source of the byte at `offset` in text(); an offset inside a changed span maps to
    /// the start of that span, and text().size() maps to the source's size.
    /// Cheapest when called with increasing offsets.
    std::size_t to_source(std::size_t offset) const;

private:
    std::string text_;
    icu::Edits edits_;
    mutable icu::Edits::Iterator mapper_;
    std::size_t source_size_;
};

/// NFKC_Casefold of `source` without the offset map: the form queries and terms compare in.
std::string normalize(std::string_view source);

}  // namespace ks::text
