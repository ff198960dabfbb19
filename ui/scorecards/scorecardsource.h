#pragma once

#include "scorecards/scorecard.h"

#include <QObject>

#include <functional>
#include <memory>

namespace aco::ui {

class BackgroundQueue;

// Builds single scorecards for the window's previews on its background queue, keeping the
// builder of the latest file and options (building one compares every measure across all
// providers; each scorecard after that takes a few milliseconds).
class ScorecardSource : public QObject
{
    Q_OBJECT

  public:
    // `card` is null when `failure` says why there is none.
    using Ready =
        std::function<void(std::shared_ptr<const Scorecard> card, const QString& failure)>;

    ScorecardSource(BackgroundQueue& queue, QObject* parent = nullptr);

    // Builds `providerId`'s scorecard from the file at `path`; a later request with the same key
    // supersedes this one.
    void request(const QString& key, const QString& path, std::int64_t providerId,
                 const ScorecardOptions& options, Ready ready);

  private:
    struct Cache;
    BackgroundQueue& m_queue;
    std::shared_ptr<Cache> m_cache; // used on the queue's thread only
};

} // namespace aco::ui
