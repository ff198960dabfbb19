#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>

namespace aco {

// The built-in demo ACO: fictitious, deterministic (the same size and seed always give the same
// content) and realistic enough that every view has something true-looking to show.
enum class DemoSize { Small, Medium, Large };

std::optional<DemoSize> parseDemoSize(const QString& name);
QString demoSizeName(DemoSize size);

struct DemoOptions
{
    // Not an aggregate, so that `{size, seed}` leaves the folder empty without a warning.
    DemoOptions(DemoSize demoSize = DemoSize::Medium, std::uint64_t demoSeed = 1, QString claimsFolder = {})
        : size(demoSize), seed(demoSeed), cclfFolder(std::move(claimsFolder))
    {
    }

    DemoSize size;
    std::uint64_t seed;
    // Where to write the demo's claims as CMS's monthly CCLF deliveries (zips); empty: none.
    QString cclfFolder;
};

// Called as the demo is written with the percent done (0-100) and what is being written;
// returning false cancels the writing, which then throws aco::Error and leaves nothing behind.
using DemoProgress = std::function<bool(int percent, const QString& step)>;

// Writes the demo ACO to `path`. The file is built under a temporary name beside it and renamed
// into place only when complete, so a failure or interruption leaves `path` as it was. An
// existing file is replaced only when `replace` is true. With `options.cclfFolder`, the demo's
// claims are written there too, as the 45 CCLF deliveries (zips) CMS would have sent for its
// three years; they are put in place with the file, and an existing one is replaced only when
// `replace` is true. The file is the same with or without them.
void writeDemo(const QString& path, const DemoOptions& options, bool replace,
               const DemoProgress& progress = {});

} // namespace aco
