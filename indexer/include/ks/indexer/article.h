#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ks/indexer/boilerplate.h"
#include "ks/indexer/passage_splitter.h"
#include "ks/types.h"

namespace ks::indexer {

using ks::ArticleError;

/// One source document before it is split into passages. All strings are well-formed UTF-8.
struct Article {
    std::string id;  ///< unique id: file name without extension, or the .jsonl "id"
    std::string title;
    std::string text;  ///< body, without the title line of a .txt/.md article
    std::string date;  ///< ISO date of the article ("2025", "2025-07", "2025-07-01"), or empty
    std::string source;
    std::string url;
    /// A part of a long article (parts_of in article_parts.h): the number of its first passage, and its passages,
    /// cut from the whole text so that parts number them on without a gap. 1 and empty for an article in one
    /// piece, which is split into passages when built.
    unsigned first_passage = 1;
    std::vector<PassageSpan> spans;
    /// The whole article's article_fingerprint, set on its last part only, which is written last: stored with the
    /// part's passages, it says the index holds the article whole. Empty: none stored.
    std::string fingerprint;
    /// Lines its source repeats in many articles (boilerplate.h): they neither match nor rank. Null: none known.
    std::shared_ptr<const LineSet> repeated_lines;
};

/// A text file's bytes made into article text.
struct CleanText {
    std::string text;          ///< UTF-8, LF line ends, no control characters but tab and LF
    std::string encoding;      ///< what the file was in: UTF-8, UTF-16LE, UTF-16BE, windows-949
    std::size_t replaced = 0;  ///< ill-formed sequences replaced by U+FFFD
};

/// Bytes of a text file as article text: the encoding detected and converted (text::decode_text), CRLF and CR
/// turned into LF, other control characters into spaces. Throws text::NotTextError for binary data.
CleanText clean_text(std::string_view bytes);

/// A .txt/.md article: its first non-empty line is the title, the lines after it the text. When the next
/// non-empty line is a date line (`2025-07-01`, `2025.07.01 10:30`, `날짜: 2025-07-01`, `2025년 7월 1일`), it
/// becomes the article's date and leaves the text. A first line that is a site's name (one short word set apart
/// by a blank line above a headline, or a line in `repeated_lines`, those the files of its folder repeat)
/// becomes the source, and the next line the title. Throws ArticleError for an article with no text at all.
Article parse_text_article(std::string id, std::string_view content, const LineSet* repeated_lines = nullptr);

/// One line of a .jsonl file: {"id", "title", "text"} with optional "date", "source", "url".
/// Throws ArticleError naming the field that is missing or of the wrong type.
Article parse_jsonl_article(std::string_view line);

/// An article whose fields a program filled (as parse_jsonl_article fills them from JSON), checked and made
/// whole: an id check_article_id accepts, an ISO date or none, text or else the title as text, well-formed UTF-8
/// (ill-formed sequences replaced). Throws ArticleError naming the field.
Article checked_article(Article article);

/// A fingerprint of what an article says (id, title, text, date, source, url), the same in every run and on
/// every machine: 16 hex digits of FNV-1a.
std::string article_fingerprint(const Article& article);

/// Checks an article id: non-empty, at most 200 bytes, no control characters. Throws ArticleError.
void check_article_id(std::string_view id);

/// The article date a line states, as ISO, or empty when the line is not a date line.
std::string date_line(std::string_view line);

/// The date as stored if `value` is an ISO date naming a real day (YYYY, YYYY-MM, YYYY-MM-DD, optionally followed
/// by a time; schema::iso_date_part);
/// empty otherwise.
std::string iso_date(std::string_view value);

}  // namespace ks::indexer
