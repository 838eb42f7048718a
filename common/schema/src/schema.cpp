#include "ks/schema/schema.h"

#include <cstdio>

namespace ks::schema {

std::string passage_key(std::string_view doc, unsigned passage)
{
    return std::string(doc) + '#' + std::to_string(passage);
}

std::string order_key(std::string_view doc, unsigned passage)
{
    char number[16];
    std::snprintf(number, sizeof number, "%08u", passage);
    std::string key(doc);
    key += '\0';
    key += number;
    return key;
}

}  // namespace ks::schema
