#pragma once

#include <string>

namespace ks::schema {

/// What went wrong, for a program's last message: called inside `catch (...)`, the message of the exception being
/// handled, a Xapian::Error (which is no std::exception) or a std::exception; "unknown error" for anything else.
std::string current_failure();

}  // namespace ks::schema
