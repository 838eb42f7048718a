#include "ks/indexer/boilerplate.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "ks/text/split.h"
#include "ks/text/utf8.h"

namespace ks::indexer {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool contains_any(std::string_view line, std::initializer_list<std::string_view> needles)
{
    return std::any_of(needles.begin(), needles.end(),
                       [line](std::string_view n) { return line.find(n) != std::string_view::npos; });
}

std::size_t word_count(std::string_view normalized)
{
    return normalized.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(normalized.begin(), normalized.end(), ' '));
}

bool email_char(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '+';
}

// name@host.domain, with Latin letters around the @.
bool has_email_address(std::string_view line)
{
    for (std::size_t at = line.find('@'); at != std::string_view::npos; at = line.find('@', at + 1)) {
        if (at == 0 || !email_char(line[at - 1])) {
            continue;
        }
        std::size_t end = at + 1;
        while (end < line.size() && email_char(line[end])) {
            ++end;
        }
        const std::string_view host = line.substr(at + 1, end - at - 1);
        if (const std::size_t dot = host.find('.'); dot != std::string_view::npos && dot > 0 && dot + 1 < host.size()) {
            return true;
        }
    }
    return false;
}

// Notices are short: a sentence about copyright in an article's story is longer than the notice at its foot.
constexpr std::size_t kNoticeMaxChars = 100;
constexpr std::size_t kCreditMaxChars = 100;
constexpr std::size_t kBylineMaxChars = 80;
constexpr std::size_t kBylineMaxWords = 8;
// A title shorter than this repeated at a line's start is as likely the story's own words.
constexpr std::size_t kRepeatedTitleMinChars = 8;

// <저작권자 © 한빛일보 무단전재-재배포금지>, Copyright ... All rights reserved: a mark, or the phrase that
// forbids copying and passing on (a story's sentence on a copying dispute says one of them, not both).
bool copyright_notice(std::string_view line, std::size_t chars)
{
    if (chars > kNoticeMaxChars) {
        return false;
    }
    return contains_any(line, {"ⓒ", "©", "Copyright", "COPYRIGHT", "All rights reserved", "all rights reserved"}) ||
           (contains_any(line, {"무단 전재", "무단전재", "무단 복제", "무단복제"}) &&
            line.find("재배포") != std::string_view::npos);
}

bool byline(std::string_view line, std::size_t chars)
{
    return chars <= kBylineMaxChars && word_count(line) <= kBylineMaxWords && has_email_address(line);
}

// 이미지 출처: Sequoia Capital, (사진=연합뉴스), [사진 제공: ...]
bool image_credit(std::string_view line, std::size_t chars)
{
    if (chars > kCreditMaxChars) {
        return false;
    }
    while (!line.empty() &&
           (line.front() == '(' || line.front() == '[' || line.front() == '<' || line.front() == ' ')) {
        line.remove_prefix(1);
    }
    static constexpr std::array<std::string_view, 9> kCredits = {
        "이미지 출처", "사진 출처", "영상 출처", "사진=", "사진 =", "사진제공", "사진 제공", "그래픽=", "이미지=",
    };
    return std::any_of(kCredits.begin(), kCredits.end(), [line](std::string_view c) { return line.starts_with(c); });
}

bool navigation_label(std::string_view line)
{
    static constexpr std::array<std::string_view, 8> kLabels = {
        "추천기사", "추천 기사", "관련기사", "관련 기사", "인기기사", "많이 본 뉴스", "많이 본 기사", "주요뉴스",
    };
    return std::find(kLabels.begin(), kLabels.end(), line) != kLabels.end();
}

// The title again, alone or with the site's name after a separator: `<title> – AI 매터스 l AI Matters`. A colon
// is no such separator (`괜찮다, 다 괜찮다: 공지영이 ...` opens a sentence with a book's whole name), nor is a
// long rest.
bool title_with_site_name(std::string_view line, std::string_view title)
{
    constexpr std::size_t kSiteNameMaxChars = 30;
    if (text::count_code_points(title) < kRepeatedTitleMinChars || !line.starts_with(title)) {
        return false;
    }
    std::string_view rest = line.substr(title.size());
    if (rest.empty()) {
        return true;
    }
    static constexpr std::array<std::string_view, 5> kSeparators = {" – ", " — ", " - ", " | ", " · "};
    return text::count_code_points(rest) <= kSiteNameMaxChars &&
           std::any_of(kSeparators.begin(), kSeparators.end(),
                       [rest](std::string_view s) { return rest.starts_with(s); });
}

std::uint64_t hash_of_normalized(std::string_view normalized)
{
    std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a, 64 bits: the same in every run
    for (const char c : normalized) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    return hash;
}

// boilerplate_by_form on a line and a title already normalized.
bool by_form(const std::string& normalized, const std::string& normalized_title)
{
    if (normalized.empty()) {
        return false;
    }
    const std::size_t chars = text::count_code_points(normalized);
    return copyright_notice(normalized, chars) || byline(normalized, chars) || image_credit(normalized, chars) ||
           navigation_label(normalized) || title_with_site_name(normalized, normalized_title);
}

}  // namespace

std::string normalized_line(std::string_view line)
{
    std::string out;
    out.reserve(line.size());
    bool space = false;
    for (const char c : line) {
        if (is_space(c)) {
            space = !out.empty();
        } else {
            if (space) {
                out += ' ';
                space = false;
            }
            out += c;
        }
    }
    return out;
}

std::uint64_t line_hash(std::string_view line) { return hash_of_normalized(normalized_line(line)); }

bool boilerplate_by_form(std::string_view line, std::string_view title)
{
    return by_form(normalized_line(line), normalized_line(title));
}

std::string without_boilerplate(std::string_view text, std::string_view title, const LineSet* repeated)
{
    std::string out(text);
    const std::string normalized_title = normalized_line(title);  // once, not per line
    for (const std::string_view line : text::split(text, '\n')) {
        const std::string normalized = normalized_line(line);
        if (by_form(normalized, normalized_title) || (repeated && repeated->contains(hash_of_normalized(normalized)))) {
            const auto start = static_cast<std::ptrdiff_t>(line.data() - text.data());
            std::fill(out.begin() + start, out.begin() + start + static_cast<std::ptrdiff_t>(line.size()), ' ');
        }
    }
    return out;
}

void RepeatedLines::observe(const std::string& source, std::string_view text)
{
    Counts& counts = sources_[source];
    ++counts.articles;
    counts.settled = false;
    LineSet lines;
    for (const std::string_view line : text::split(text, '\n')) {
        if (std::string normalized = normalized_line(line); !normalized.empty()) {
            lines.insert(hash_of_normalized(normalized));
        }
    }
    for (const std::uint64_t line : lines) {
        ++counts.articles_of_line[line];
    }
}

std::shared_ptr<const LineSet> RepeatedLines::of(const std::string& source)
{
    const auto it = sources_.find(source);
    if (it == sources_.end()) {
        return nullptr;
    }
    Counts& counts = it->second;
    if (!counts.settled) {
        const std::size_t needed = std::max(kMinArticles, (counts.articles + kOneIn - 1) / kOneIn);
        auto repeated = std::make_shared<LineSet>();
        for (const auto& [line, articles] : counts.articles_of_line) {
            if (articles >= needed) {
                repeated->insert(line);
            }
        }
        counts.repeated = repeated->empty() ? nullptr : std::move(repeated);
        counts.settled = true;
    }
    return counts.repeated;
}

}  // namespace ks::indexer
