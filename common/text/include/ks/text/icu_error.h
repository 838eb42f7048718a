#pragma once

#include <unicode/utypes.h>

#include <stdexcept>
#include <string>

namespace ks::text {

/// Thrown when an ICU call fails; the message names the call and ICU's error code.
class IcuError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Throws IcuError if `status` is a failure; `what` names the ICU call for the message.
void check_icu(UErrorCode status, const char* what);

}  // namespace ks::text
