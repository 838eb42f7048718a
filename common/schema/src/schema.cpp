#include "ks/schema/schema.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace ks::schema {

int index_schema_version(const Xapian::Database& db)
{
    const std::string value = db.get_metadata(std::string(kSchemaVersionKey));
    if (value.empty()) {
        return db.get_doccount() == 0 ? kSchemaVersion : 1;
    }
    try {
        return std::stoi(value);
    } catch (const std::exception&) {
        return 1;  // not a number we wrote: read as the oldest
    }
}

std::uint64_t stable_hash(std::string_view text)
{
    std::uint64_t hash = 14695981039346656037ULL;
    for (unsigned char c : text) {
        hash = (hash ^ c) * 1099511628211ULL;
    }
    return hash;
}

std::string file_key(std::string_view path)
{
    const std::uint64_t hash = stable_hash(path);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

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

PassageRef parse_order_key(std::string_view key)
{
    constexpr std::size_t kDigits = 8;
    const std::size_t separator = key.size() > kDigits ? key.size() - kDigits - 1 : std::string_view::npos;
    if (separator == std::string_view::npos || key[separator] != '\0') {
        throw std::invalid_argument("not a passage order key");
    }
    PassageRef ref{std::string(key.substr(0, separator)), 0};
    for (char digit : key.substr(separator + 1)) {
        if (digit < '0' || digit > '9') {
            throw std::invalid_argument("not a passage order key");
        }
        ref.passage = ref.passage * 10 + static_cast<unsigned>(digit - '0');
    }
    return ref;
}

namespace {
constexpr char kValueSeparator = '\x1f';
}

// Two letters: whether provisional passages count (p, or - not), whether pending ones do (r, or -).
std::string encode_verdict(PersonVerdict verdict)
{
    return {verdict.provisional_counts ? 'p' : '-', verdict.pending_counts ? 'r' : '-'};
}

PersonVerdict decode_verdict(std::string_view encoded)
{
    if (encoded.size() != 2) {
        return {};
    }
    return {encoded[0] == 'p', encoded[1] == 'r'};
}

std::string settled_person_key(std::string_view person)
{
    std::string key = term(kSettledPersonMetadataPrefix, person);
    return key.size() > kMaxTermBytes ? std::string() : key;
}

Xapian::Query person_query(const Xapian::Database& db, const std::string& person)
{
    Xapian::Query counted(term(kPersonPrefix, person));
    const std::string key = settled_person_key(person);
    if (key.empty()) {
        return counted;  // too long for a key Xapian takes, and for a term the indexer wrote
    }
    const PersonVerdict verdict = decode_verdict(db.get_metadata(key));
    if (!verdict.provisional_counts) {
        counted =
            Xapian::Query(Xapian::Query::OP_AND_NOT, counted, Xapian::Query(term(kProvisionalPersonPrefix, person)));
    }
    if (verdict.pending_counts) {
        counted = Xapian::Query(Xapian::Query::OP_OR, counted, Xapian::Query(term(kPendingPersonPrefix, person)));
    }
    return counted;
}

std::string encode_values(const std::vector<std::string>& values)
{
    std::string encoded;
    for (const std::string& value : values) {
        if (!encoded.empty()) {
            encoded += kValueSeparator;
        }
        encoded += value;
    }
    return encoded;
}

std::vector<std::string> decode_values(std::string_view encoded)
{
    std::vector<std::string> values;
    while (!encoded.empty()) {
        const std::size_t end = encoded.find(kValueSeparator);
        values.emplace_back(encoded.substr(0, end));
        encoded = end == std::string_view::npos ? std::string_view() : encoded.substr(end + 1);
    }
    return values;
}

std::vector<std::string> counted_values(const std::string& encoded, std::size_t truncate)
{
    std::vector<std::string> values = decode_values(encoded);
    if (truncate > 0) {
        for (std::string& value : values) {
            value.resize(std::min(value.size(), truncate));
        }
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
    }
    return values;
}

std::string cannot_open_message(const std::string& path, const std::string& xapian_reason)
{
    std::string message = "cannot open index '" + path + "': ";
    if (std::filesystem::is_regular_file(path) && xapian_reason.find("Bad line") != std::string::npos) {
        // Xapian reads a plain file as a stub listing databases: a line it cannot read means the file is neither.
        return message +
               "it is a file, not an index (an index is the folder indexer writes, or a stub file listing "
               "databases; " +
               xapian_reason + ")";
    }
    return message + xapian_reason;
}

namespace {

// The databases a stub file lists by path (auto, glass, chert, honey lines), relative to the stub's folder.
std::vector<std::filesystem::path> stub_entries(const std::filesystem::path& stub)
{
    std::vector<std::filesystem::path> entries;
    std::ifstream in(stub);
    std::string kind;
    std::string location;
    while (in >> kind && std::getline(in >> std::ws, location)) {
        if (kind == "auto" || kind == "glass" || kind == "chert" || kind == "honey") {
            const std::filesystem::path entry(location);
            entries.push_back(entry.is_absolute() ? entry : stub.parent_path() / entry);
        }
    }
    return entries;
}

std::string loop_from(const std::filesystem::path& path, std::vector<std::filesystem::path>& chain)
{
    constexpr std::size_t kDeepest = 32;  // stubs of stubs, deeper than any real layout
    std::error_code error;
    const std::filesystem::path canonical = std::filesystem::weakly_canonical(path, error);
    const auto seen = std::find(chain.begin(), chain.end(), canonical);
    if (seen != chain.end() || chain.size() > kDeepest) {
        std::string description;
        for (auto it = seen == chain.end() ? chain.begin() : seen; it != chain.end(); ++it) {
            description += it->string() + " → ";
        }
        return description + canonical.string();
    }
    std::filesystem::path stub = canonical;
    if (std::filesystem::is_directory(canonical, error)) {
        stub = canonical / "XAPIANDB";
    }
    if (!std::filesystem::is_regular_file(stub, error)) {
        return {};
    }
    chain.push_back(canonical);
    for (const std::filesystem::path& entry : stub_entries(stub)) {
        if (std::string loop = loop_from(entry, chain); !loop.empty()) {
            return loop;
        }
    }
    chain.pop_back();
    return {};
}

}  // namespace

std::string stub_loop(const std::string& path)
{
    std::vector<std::filesystem::path> chain;
    return loop_from(path, chain);
}

}  // namespace ks::schema
