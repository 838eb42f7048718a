#include "ks/text/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include "ks/text/icu_error.h"

namespace ks::text {

namespace {

const icu::Normalizer2& nfkc_casefold()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFKCCasefoldInstance(status);
    check_icu(status, "Normalizer2::getNFKCCasefoldInstance");
    return *instance;
}

}  // namespace

NormalizedText::NormalizedText(std::string_view source) : source_size_(source.size())
{
    UErrorCode status = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&text_, static_cast<int32_t>(source.size()));
    nfkc_casefold().normalizeUTF8(0, icu::StringPiece(source.data(), static_cast<int32_t>(source.size())), sink,
                                  &edits_, status);
    check_icu(status, "Normalizer2::normalizeUTF8");
    mapper_ = edits_.getFineIterator();
}

std::size_t NormalizedText::to_source(std::size_t offset) const
{
    if (!edits_.hasChanges()) {
        return offset;
    }
    if (offset >= text_.size()) {
        return source_size_;
    }
    UErrorCode status = U_ZERO_ERROR;
    const int32_t mapped = mapper_.sourceIndexFromDestinationIndex(static_cast<int32_t>(offset), status);
    check_icu(status, "Edits::Iterator::sourceIndexFromDestinationIndex");
    return static_cast<std::size_t>(mapped);
}

std::string normalize(std::string_view source)
{
    std::string out;
    UErrorCode status = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(source.size()));
    nfkc_casefold().normalizeUTF8(0, icu::StringPiece(source.data(), static_cast<int32_t>(source.size())), sink,
                                  nullptr, status);
    check_icu(status, "Normalizer2::normalizeUTF8");
    return out;
}

}  // namespace ks::text
