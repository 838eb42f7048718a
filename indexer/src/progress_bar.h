#pragma once

#include <chrono>
#include <cstdio>

#include "ks/indexer/indexer.h"

namespace ks::indexer {

/// A one-line progress bar on a terminal: share of input done, passages, passages per second, time left.
/// Redraws at most ten times a second; finish() clears the line so the summary stands alone.
class ProgressBar {
public:
    explicit ProgressBar(std::FILE* terminal) : out_(terminal) {}

    void update(const Progress& progress);
    void finish();

private:
    std::FILE* out_;
    std::chrono::steady_clock::time_point last_draw_{};
    bool drawn_ = false;
};

}  // namespace ks::indexer
