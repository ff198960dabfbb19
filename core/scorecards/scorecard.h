#pragma once

#include "measures/measureengine.h"
#include "measures/tierscheme.h"
#include "organisation.h"
#include "patients/patientlists.h"
#include "scenarios/fundsflow.h"
#include "scorecards/scorecardrisk.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace aco {

// What a monthly provider scorecard covers and how it is printed.
struct ScorecardOptions
{
    Period period;
    Window window = defaultWindow;
    PeerGroup peers = PeerGroup::SameKind;
    int minimumDenominator = 20; // below it a provider is shown but not ranked
    int pursuitLimit = 20;       // the toolkit: no more than 20 beneficiaries
    int careGapLimit = 12;
    int riskChangeLimit = 8;     // patients whose risk score changed most, each comparison
    int focusMeasures = 2;       // measures charted against named peers
    bool maskPhi = false;        // initials and MBI's last four for copies that leave the practice
    bool blinded = false;        // peers shown by rank instead of by name
};

// Whether a measure moved the right way since the prior window.
enum class Trend { Better, Worse, Same, Unknown };

// One measure's line on a scorecard.
struct ScorecardRow
{
    Measure measure;
    Sums current;
    std::optional<double> value;
    std::optional<double> priorValue;
    Trend trend = Trend::Unknown;
    std::optional<double> peerMedian;
    std::optional<int> rank;
    int peerCount = 0;
    bool belowMinimum = false;
    std::optional<TierAssessment> tier; // when the year has a tier scheme for the measure
    QString nextTierText;               // "3 more screenings for Best (80.0%)"
};

// A bar of the peer chart: one ranked provider's value (providers too small to rank are left out).
struct PeerBar
{
    QString label; // the provider's name, or "#4" when blinded
    double value = 0.0;
};

// A measure charted across the provider's peers, best first. The bars are shared by every
// scorecard of the same peer group; `focal` says which one is this scorecard's provider.
struct PeerChart
{
    Measure measure;
    std::shared_ptr<const std::vector<PeerBar>> peers;
    size_t focal = 0;
    std::optional<double> median;
    std::optional<double> acoValue;
    const TierScheme* tiers = nullptr;

    const std::vector<PeerBar>& bars() const { return *peers; }
};

// The shared-savings payment the provider is tracking toward under the ACO's chosen scenario,
// if its performance year to date holds (the funds flow projection as of the scorecard's month).
struct ScorecardProjection
{
    QString scenarioName;
    QString recipientName; // the practice or department the scenario pays; empty for the provider
    std::int64_t projectedCents = 0;
    std::int64_t maximumCents = 0;
};

// Everything one provider's scorecard shows.
struct Scorecard
{
    AcoInfo aco;
    Provider provider;
    ScorecardOptions options;
    PeriodRange range;
    QString peerGroupName;
    std::vector<ScorecardRow> rows;
    std::vector<PeerChart> charts;
    QDate listsAsOf; // the pursuit list's and care gaps' date: the period's end (listsAsOf())
    std::vector<PursuitEntry> pursuit; // primary care providers only
    std::vector<CareGapEntry> careGaps;
    std::optional<ScorecardProjection> projection; // with a scenario, when it pays the provider
    std::optional<ScorecardRisk> risk; // primary care providers, when the file has risk scores
};

// Builds scorecards for many providers from one pass over the results: every measure is compared
// across all providers once, then each scorecard picks its provider's lines.
class ScorecardBuilder
{
public:
  // Validates the request: a period with results and tier schemes in order. Throws
  // aco::Error naming what is wrong; nothing is built for an invalid request. With a scenario,
  // every scorecard carries the payment projected under it (see projectFundsFlow).
  ScorecardBuilder(const Database& db, const ScorecardOptions& options,
                   const std::optional<Scenario>& scenario = std::nullopt);

  const std::vector<Provider>& providers() const { return m_engine.providers(); }
  const Database& database() const { return m_db; }
  const ScorecardOptions& options() const { return m_options; }
  // The providers a request names: one NPI, one practice (by code or name), or all. Throws
  // aco::Error naming the NPI or practice when there is no such one.
  std::vector<Provider> select(const QString& npi, const QString& practice) const;

  // Reads the pursuit list and care gaps through `patients` when given: a connection of the
  // calling thread's own, so that several threads can build scorecards at once (the rest of
  // the builder is read-only after construction).
  Scorecard build(const Provider& provider, const Database* patients = nullptr) const;

private:
    const Database& m_db;
    ScorecardOptions m_options;
    MeasureEngine m_engine;
    AcoInfo m_aco;
    QDate m_asOf;
    std::optional<AverageRisk> m_acoRisk; // of the period's year, when the file has scores
    std::vector<TierScheme> m_tiers;
    std::optional<FundsFlowReport> m_projection;
    // Per measure (in measure order): the comparison across all providers, where each provider's
    // unit is in it, and per peer group the chart bars (ranked peers, best first) and where each
    // provider's bar is among them.
    struct PeerBars
    {
        std::shared_ptr<const std::vector<PeerBar>> bars;
        std::unordered_map<std::int64_t, size_t> position;
    };
    struct Compared
    {
        MeasureComparison comparison;
        std::unordered_map<std::int64_t, size_t> unitOf;
        std::vector<PeerBars> groups;
    };
    std::vector<Compared> m_compared;
};

} // namespace aco
