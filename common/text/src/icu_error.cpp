#include "ks/text/icu_error.h"

namespace ks::text {

void check_icu(UErrorCode status, const char* what)
{
    if (U_FAILURE(status)) {
        throw IcuError(std::string("ICU ") + what + " failed: " + u_errorName(status));
    }
}

}  // namespace ks::text
