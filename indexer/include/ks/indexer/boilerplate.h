#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

// Boilerplate: the lines of an article that are its site's, not its story's (a copyright notice, a byline with
// an e-mail address, an image credit, the title repeated with the site's name, a footer every article of the
// source carries). They stay in the passage's text, shown with the article, but give the passage no terms:
// they neither match nor rank.

namespace ks::indexer {

/// Lines by a hash of their normalized form (normalized_line).
using LineSet = std::unordered_set<std::uint64_t>;

/// A line with white space trimmed and each run of it made one space: how lines are compared across articles.
std::string normalized_line(std::string_view line);

/// The hash a LineSet holds for `line` (normalized first).
std::uint64_t line_hash(std::string_view line);

/// Whether a line is boilerplate by its form alone, whatever the source: a copyright notice (ⓒ, ©, Copyright,
/// 무단 전재, 재배포 금지), a short byline with an e-mail address, an image or photo credit (이미지 출처:, 사진=),
/// a navigation label (추천기사, 관련기사), or the article's title repeated with the site's name after it.
bool boilerplate_by_form(std::string_view line, std::string_view title);

/// `text` with its boilerplate lines (by form, or in `repeated`) turned into spaces, byte for byte: what is
/// analyzed for terms and names, while the text itself is stored and shown unchanged. `repeated` may be null.
std::string without_boilerplate(std::string_view text, std::string_view title, const LineSet* repeated);

/// Lines that recur across the articles of one source (a footer, a subscription offer, a site name on the first
/// line), counted over the articles of one input: a .jsonl file by each article's source, or the .txt and .md
/// files of one folder. A line counts once per article; it is boilerplate when at least kMinArticles articles
/// of its source hold it, and at least one in kOneIn of them: an encyclopedia's headings (역사., 개요.) recur
/// too, in under one in twenty of its articles, and are no boilerplate.
class RepeatedLines {
public:
    static constexpr std::size_t kMinArticles = 3;
    static constexpr std::size_t kOneIn = 10;

    /// Counts the distinct lines of one article of `source`.
    void observe(const std::string& source, std::string_view text);

    /// The repeated lines of `source`; null when it has none.
    std::shared_ptr<const LineSet> of(const std::string& source);

private:
    struct Counts {
        std::size_t articles = 0;
        std::unordered_map<std::uint64_t, std::size_t> articles_of_line;
        std::shared_ptr<const LineSet> repeated;  // made from the counts when first asked for
        bool settled = false;
    };
    std::map<std::string, Counts> sources_;
};

}  // namespace ks::indexer
