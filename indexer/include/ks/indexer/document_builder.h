#pragma once

#include <xapian.h>

#include <vector>

#include "ks/analysis/analyzer.h"
#include "ks/entities/entity_extractor.h"
#include "ks/indexer/article.h"
#include "ks/indexer/passage_splitter.h"
#include "ks/text/segmenter.h"

namespace ks::indexer {

/// A passage ready to be written, with the key of its Q term.
struct PassageDocument {
    std::string key;  ///< `<doc>#<passage>`
    Xapian::Document document;
};

/// An article ready to be written: its passages, and the names its text taught (for the index's name table).
struct ArticleDocuments {
    std::vector<PassageDocument> passages;
    std::vector<entities::LearnedName> names;
};

/// Turns an article into one Xapian document per passage (terms as in ks/schema/schema.h).
/// Holds an analyzer and ICU state: one per thread.
class DocumentBuilder {
public:
    /// `names` must outlive the builder.
    explicit DocumentBuilder(const entities::Gazetteer& names = entities::Gazetteer::builtin(),
                             PassageLimits limits = {})
        : limits_(limits), entities_(names)
    {
    }

    /// The article's passages as documents, numbered from 1 (a part of a long article: from its first_passage).
    /// Throws text::IcuError.
    ArticleDocuments build(const Article& article);

private:
    PassageLimits limits_;
    analysis::Analyzer analyzer_;
    text::SentenceSegmenter sentences_;
    entities::EntityExtractor entities_;
};

}  // namespace ks::indexer
