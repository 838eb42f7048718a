#include "ks/schema/failure.h"

#include <xapian.h>

#include <exception>

namespace ks::schema {

std::string current_failure()
{
    try {
        throw;
    } catch (const Xapian::Error& e) {
        return e.get_description();
    } catch (const std::exception& e) {
        return e.what();
    } catch (...) {
        return "unknown error";
    }
}

}  // namespace ks::schema
