#pragma once

#include "diagrams/diagrammetrics.h"
#include "measures/measure.h"
#include "measures/measuretarget.h"
#include "measures/resultsums.h"
#include "measures/tierscheme.h"
#include "measures/window.h"
#include "dashboard/dashboardenrollment.h"
#include "mssp/msspinput.h"
#include "mssp/msspresult.h"
#include "organisation.h"
#include "statistics/funnel.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace aco {

class Database;

// What the board dashboard is asked for: a performance year, the month its numbers run to, and
// the window the measures are summed over.
struct DashboardRequest
{
    int year = 0;
    Period period;
    Window window = defaultWindow;
    int minimumDenominator = 20; // providers with less are not assessed or ranked
    int moverCount = 5;          // improvers and decliners each
    // A mover's change must lie outside the funnel's limits of this coverage for its
    // denominators (isRealChange), so that small panels' noise is not news.
    double moverLimit = FunnelLimits::z95;
};

// One month of the ACO's spending for its assigned beneficiaries against the benchmark.
struct ExpenditureMonth
{
    Period period;
    std::int64_t beneficiaryMonths = 0;
    std::int64_t expenditureCents = 0;
    std::int64_t benchmarkCents = 0;

    double expenditurePmpm() const; // dollars per beneficiary-month; 0 without beneficiaries
    double benchmarkPmpm() const;
};

// The performance year's money: the months so far and the reconciliation they project.
struct DashboardFinances
{
    std::vector<ExpenditureMonth> months; // January of the year to the period (or December)
    std::optional<MsspInput> input;       // the year's terms with spending to date annualised
    std::optional<MsspResult> projection; // the MSSP engine on that input
    QString unavailable;                  // why there is no projection, for people
};

// One measure of the ACO against its target for the year (MeasureTarget: the driver diagram's,
// else the external benchmark), this window and the last.
struct DashboardMeasure
{
    Measure measure;
    MeasureTarget target;
    Sums current;
    Sums prior;
    std::optional<double> value;
    std::optional<double> priorValue;

    // Met, not met within 10%, or not met, as everywhere else; none without a value.
    std::optional<TargetStatus> status() const;
};

// How many providers reach each tier of one measure's scheme in the window.
struct TierDistribution
{
    Measure measure;
    std::array<int, 5> providers{}; // by Tier, BelowBaseline first
    int belowMinimum = 0;           // reported, but with too small a denominator to assess

    int assessed() const;
};

// A provider whose value on a headline measure moved furthest since the prior window, measured
// in standard deviations of the providers' prior values so that measures in different units can
// be ranked together, among the moves larger than chance allows. Positive `score` is a move in
// the better direction.
struct DashboardMover
{
    std::int64_t providerId = 0;
    QString providerName;
    QString npi;
    Measure measure;
    double priorValue = 0.0;
    double value = 0.0;
    double score = 0.0;
    std::int64_t priorDenominator = 0;
    std::int64_t denominator = 0;

    double change() const { return value - priorValue; }
    bool improved() const { return score > 0.0; }
};

// Everything the board dashboard shows, computed once from the file.
struct DashboardData
{
    AcoInfo aco;
    DashboardRequest request;
    PeriodRange range;
    PeriodRange priorRange;
    DashboardFinances finances;
    std::vector<DashboardMeasure> measures; // every measure with a target, cost excluded
    std::vector<TierDistribution> tiers;    // every measure with a tier scheme in the year
    std::vector<DashboardMover> improvers;  // best first
    std::vector<DashboardMover> decliners;  // worst first
    // The measures the movers are about: those with a tier scheme in the year (the ones the
    // ACO pays on), or the quality measures when the year has none.
    QStringList headline;
    DashboardEnrollment enrollment; // risk and spending by Medicare enrollment type
    QStringList notes; // what was left out and why

    // The numbers run to December of the year: they are the year's, final, not a projection.
    bool yearClosed() const { return request.period.toInt() >= request.year * 100 + 12; }
};

// Computes the dashboard from the file. Measure sums are read with one range query per measure
// and window (as ResultSums does), so that the cost follows the window, not the file's size; the
// prior window on a second, read-only connection to the same file at the same time.
// Throws aco::Error (Usage) when the file has no ACO or the period is not a month.
DashboardData computeDashboard(const Database& db, const DashboardRequest& request);

} // namespace aco
