#pragma once

// What the facade lets out: its own errors (ks/types.h, ks/korean_search.h) and the standard ones, never
// Xapian's or ICU's.

#include <xapian.h>

#include <stdexcept>
#include <string>

#include "ks/korean_search.h"

namespace ks::api {

/// Runs `work`, turning what the layers below throw into `Error` (SearchError or WriteError) with the index's
/// path; ArticleError and FilterError, which name the bad input, and the facade's own errors pass unchanged.
template <typename Error, typename Work>
auto with_errors_of(const std::string& index, Work work) -> decltype(work())
{
    try {
        return work();
    } catch (const ArticleError&) {
        throw;
    } catch (const SearchError&) {
        throw;
    } catch (const WriteError&) {
        throw;
    } catch (const Xapian::Error& e) {
        throw Error("index '" + index + "': " + e.get_description());
    } catch (const std::runtime_error& e) {  // a locked index, ICU failing, a record that cannot be read
        throw Error("index '" + index + "': " + e.what());
    }
}

}  // namespace ks::api
