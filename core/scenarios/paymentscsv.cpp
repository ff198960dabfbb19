#include "scenarios/paymentscsv.h"

#include "csv/csvwriter.h"
#include "mssp/msspformat.h"

#include <cmath>

namespace aco {

namespace {

// The Monte Carlo's percentiles of a payment are payments at percentiles of the pool: whole cents.
std::int64_t cents(double value)
{
    return std::llround(value);
}

} // namespace

QByteArray paymentsCsv(const Allocation& allocation, const std::optional<MonteCarloResult>& mc)
{
    CsvWriter csv;
    csv.addRecord({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("eligible"),
                   QStringLiteral("maximum"), QStringLiteral("payment"), QStringLiteral("p5"),
                   QStringLiteral("p50"), QStringLiteral("p95")});
    for (size_t i = 0; i < allocation.recipients.size(); ++i) {
        const RecipientAllocation& r = allocation.recipients[i];
        // Without a Monte Carlo (--trials 0) the percentiles are left empty, not made up.
        const auto percentile = [&](double MonteCarloSummary::*field) {
            return mc ? MsspFormat::plainCents(cents(mc->recipients[i].payment.*field)) : QString();
        };
        csv.addRecord({QString::number(r.id), r.name,
                       r.eligible ? QStringLiteral("true") : QStringLiteral("false"),
                       MsspFormat::plainCents(r.maximumCents), MsspFormat::plainCents(r.paymentCents),
                       percentile(&MonteCarloSummary::p5), percentile(&MonteCarloSummary::p50),
                       percentile(&MonteCarloSummary::p95)});
    }
    return csv.data();
}

} // namespace aco
