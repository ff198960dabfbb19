#include "scorecardsource.h"

#include "backgroundqueue.h"
#include "error.h"
#include "store/store.h"

#include <algorithm>

namespace aco::ui {

// The builder of one file and options, with the connection it reads.
struct ScorecardSource::Cache
{
    QString path;
    ScorecardOptions options;
    std::unique_ptr<Store> store;
    std::unique_ptr<ScorecardBuilder> builder; // destroyed before the store it reads

    bool matches(const QString& p, const ScorecardOptions& o) const
    {
        return builder && path == p && options.period == o.period && options.window == o.window &&
               options.maskPhi == o.maskPhi && options.blinded == o.blinded &&
               options.pursuitLimit == o.pursuitLimit;
    }
};

ScorecardSource::ScorecardSource(BackgroundQueue& queue, QObject* parent)
    : QObject(parent), m_queue(queue), m_cache(std::make_shared<Cache>())
{
}

void ScorecardSource::request(const QString& key, const QString& path, std::int64_t providerId,
                              const ScorecardOptions& options, Ready ready)
{
    auto card = std::make_shared<std::shared_ptr<const Scorecard>>();
    m_queue.post(
        key, path,
        [cache = m_cache, path, providerId, options, card](const Database*) {
            if (!cache->matches(path, options)) {
                cache->builder.reset();
                cache->store = std::make_unique<Store>(Store::openReadOnly(path));
                cache->builder = std::make_unique<ScorecardBuilder>(cache->store->db(), options);
                cache->path = path;
                cache->options = options;
            }
            const auto& providers = cache->builder->providers();
            const auto found = std::find_if(providers.begin(), providers.end(),
                                            [&](const Provider& p) { return p.id == providerId; });
            if (found == providers.end())
                throw Error("The provider chosen is no longer in the file; choose another.");
            *card = std::make_shared<const Scorecard>(cache->builder->build(*found));
        },
        [card, ready = std::move(ready)](const QString& failure) { ready(*card, failure); });
}

} // namespace aco::ui
