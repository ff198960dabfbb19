#pragma once

#include "measures/measure.h"
#include "measures/resultsums.h"
#include "measures/window.h"
#include "organisation.h"

#include <QString>

#include <optional>
#include <vector>

namespace aco {

class Database;

// What results are compared across.
enum class Level { Provider, Practice, Department, Aco };
// Whom a provider is ranked against: providers of the same kind (primary care or specialist) or
// every provider. Practices and departments are ranked against their own kind.
enum class PeerGroup { SameKind, Everyone };

std::optional<Level> parseLevel(const QString& name); // provider, practice, department, aco
QString levelName(Level level);

// Statistics of the ranked units of one peer group.
struct PeerStatistics
{
    QString name; // "Primary care", "Specialists", "All providers", "All practices", ...
    int count = 0;
    double mean = 0.0; // of the units' values, unweighted
    double median = 0.0;
    double p25 = 0.0;
    double p75 = 0.0;
};

// One provider, practice, department or the ACO on one measure.
struct UnitResult
{
    std::int64_t id = 0; // provider, practice or department id; 0 for the ACO
    QString name;
    size_t peerGroup = 0; // index into MeasureComparison::peers
    Sums current;
    Sums prior;
    std::optional<double> value;
    std::optional<double> priorValue;
    std::optional<double> change; // value - priorValue
    bool belowMinimum = false;    // has results, but too few to rank: shown, not ranked
    std::optional<int> rank;      // 1 = best; ties share the better rank ("1, 2, 2, 4")
    std::optional<double> percentile; // 100 = best of its peers, 0 = worst
};

// A measure compared across every unit of a level for a window.
struct MeasureComparison
{
    Measure measure;
    Level level = Level::Provider;
    Window window = Window::Month;
    PeriodRange range;
    PeriodRange priorRange;
    int minimumDenominator = 0;
    std::vector<UnitResult> units; // every unit with results in the window
    std::vector<PeerStatistics> peers;
    Sums acoCurrent;
    Sums acoPrior;
    std::optional<double> acoValue; // pooled over every provider
    std::optional<double> acoPriorValue;

    const UnitResult* find(std::int64_t id) const;
    const PeerStatistics& peersOf(const UnitResult& unit) const { return peers[unit.peerGroup]; }
};

// Computes measures at any level and window from the monthly results: values from summed
// numerators and denominators, the prior window, and peer statistics and ranks.
class MeasureEngine
{
public:
    struct Options
    {
        Level level = Level::Provider;
        PeerGroup peers = PeerGroup::SameKind;
        int minimumDenominator = 20; // below it a unit is shown but not ranked
    };

    explicit MeasureEngine(const Database& db);

    const std::vector<Measure>& measures() const { return m_measures; }
    // Throws aco::Error naming the code when the file has no such measure.
    const Measure& measure(const QString& code) const;
    const std::vector<Provider>& providers() const { return m_providers; }

    MeasureComparison compare(const Measure& measure, Period end, Window window,
                              const Options& options) const;
    // The same from sums already loaded (all measures at once, as batch scorecards do).
    MeasureComparison compare(const Measure& measure, Window window, const ResultSums& current,
                              const ResultSums& prior, const Options& options) const;

private:
    const Database& m_db;
    std::vector<Measure> m_measures;
    std::vector<Provider> m_providers;
    std::vector<ProviderGroup> m_practices;
    std::vector<ProviderGroup> m_departments;
};

} // namespace aco
