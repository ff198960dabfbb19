#pragma once

#include "mssp/msspparameters.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace aco {

// Where the MSR or MLR used came from.
enum class MsspRateSource {
    SizeTable,     // interpolated from the size table (two-sided: MLR = MSR)
    Elected,       // the ACO's election of 0, 0.5, 1, 1.5 or 2%
    Fixed,         // Track 2 agreements of 2012-2015: 2%
    Supplied,      // given with the input (CMS's figure, e.g. below 5,000 beneficiaries)
    NotApplicable, // the MLR of a one-sided track
};

QString msspRateSourceCode(MsspRateSource source); // "size_table", "elected", ...

// Every step of one reconciliation, so that a window or a report can explain the result.
// Money is in dollars, unrounded, except the result itself: earnedCents, rounded once, at the
// end, to whole cents (positive: shared savings earned; negative: shared losses owed). Rates are
// fractions.
struct MsspResult
{
    MsspRules rules;
    double grossSavings = 0; // benchmark - expenditures; negative for losses
    double savingsRate = 0;  // grossSavings / benchmark, unrounded
    double msr = 0;
    MsspRateSource msrSource = MsspRateSource::SizeTable;
    std::optional<double> mlr; // nullopt for one-sided tracks
    MsspRateSource mlrSource = MsspRateSource::NotApplicable;
    bool metMsr = false;
    bool metMlr = false;   // losses at or beyond the MLR (two-sided only)
    bool halfRate = false; // 42 CFR 425.605(h): shared at half the rate below the MSR
    double generated = 0;  // shared-savings-eligible savings (or losses); 0 inside the corridor
    double maxSharingRate = 0;
    double finalSharingRate = 0;
    std::optional<double> finalLossRate; // nullopt for one-sided tracks
    double sequestration = 0;
    double savingsAfterSequestration = 0; // generated x final sharing rate x (1 - sequestration)
    double paymentLimit = 0;              // performance payment limit in dollars
    bool capped = false;
    double lossesBeforeLimit = 0;    // generated x final loss rate, negative
    double lossesAfterLimit = 0;     // after the loss limit, before the disaster reduction
    std::optional<double> lossLimit; // in dollars; nullopt for one-sided tracks
    QString lossLimitBasis;          // how the loss limit was set, in words
    bool lossLimitApplied = false;
    double disasterReduction = 0; // losses forgiven, in dollars (positive)
    std::int64_t earnedCents = 0;
    QStringList notes; // in the order the steps ran

    double earned() const { return static_cast<double>(earnedCents) / 100.0; }
};

} // namespace aco
