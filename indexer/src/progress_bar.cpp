#include "progress_bar.h"

#include <algorithm>
#include <string>

namespace ks::indexer {

namespace {

std::string clock_time(double seconds)
{
    const auto s = static_cast<long>(seconds + 0.5);
    char out[32];
    std::snprintf(out, sizeof out, "%ld:%02ld", s / 60, s % 60);
    return out;
}

}  // namespace

void ProgressBar::update(const Progress& p)
{
    const auto now = std::chrono::steady_clock::now();
    if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) {
        return;
    }
    last_draw_ = now;
    drawn_ = true;
    constexpr int kWidth = 30;
    const double share = p.bytes_total == 0 ? 1.0 : std::min(1.0, double(p.bytes_done) / double(p.bytes_total));
    const int filled = static_cast<int>(share * kWidth);
    const double rate = p.seconds > 0 ? double(p.passages) / p.seconds : 0;
    const std::string left = share > 0.01 ? clock_time(p.seconds * (1 - share) / share) : "?";
    std::fprintf(out_, "\r[%s%s] %3.0f%%  %zu passages  %.0f passages/s  %s left\x1b[K",
                 std::string(static_cast<std::size_t>(filled), '#').c_str(),
                 std::string(static_cast<std::size_t>(kWidth - filled), '.').c_str(), share * 100, p.passages, rate,
                 left.c_str());
    std::fflush(out_);
}

void ProgressBar::finish()
{
    if (drawn_) {
        std::fprintf(out_, "\r\x1b[K");
        std::fflush(out_);
    }
}

}  // namespace ks::indexer
