#include "demo/democlaim.h"

#include "scenarios/largestremainder.h"

#include <algorithm>
#include <cmath>

namespace aco::demo {

namespace {

// What a teaching hospital is paid on top of an inpatient stay's payment.
PartAAmounts withTeachingPayments(std::int64_t paidCents, bool teachingStay)
{
    PartAAmounts amounts;
    amounts.paidCents = paidCents;
    if (teachingStay) {
        amounts.imeCents = paidCents * 11 / 100;
        amounts.dshCents = paidCents * 55 / 1000;
        amounts.uncompensatedCents = paidCents * 35 / 1000;
    }
    return amounts;
}

} // namespace

std::int64_t firstPaidCents(std::int64_t cents, double factor)
{
    return static_cast<std::int64_t>(std::llround(static_cast<double>(cents) * factor));
}

PartAAmounts PartAClaim::amountsAt(bool firstPaid) const
{
    if (!firstPaid)
        return amounts;
    return withTeachingPayments(firstPaidCents(amounts.paidCents, firstPaidFactor),
                                claimType == 60 && facility->teaching);
}

void PartAClaim::settle()
{
    std::vector<double> weights;
    double paidLines = 0.0;
    for (const PartALine& l : lines) {
        weights.push_back(l.nominal);
        paidLines += l.nominal;
    }
    if (paidLines > 0.0) {
        const std::vector<std::int64_t> shares = distributeCents(amounts.paidCents, weights);
        for (size_t i = 0; i < lines.size(); ++i)
            lines[i].paidCents = shares[i];
    }
    amounts = withTeachingPayments(amounts.paidCents, claimType == 60 && facility->teaching);
}

void PartBClaim::addDiagnosis(const char* code)
{
    if (diagnosisCount < maxDiagnoses)
        diagnoses[static_cast<size_t>(diagnosisCount++)] = code;
}

int firstDate(const std::vector<PartBLine>& lines)
{
    return std::min_element(lines.begin(), lines.end(),
                            [](const PartBLine& a, const PartBLine& b) { return a.date < b.date; })
        ->date;
}

int lastDate(const std::vector<PartBLine>& lines)
{
    return std::max_element(lines.begin(), lines.end(),
                            [](const PartBLine& a, const PartBLine& b) { return a.date < b.date; })
        ->date;
}

} // namespace aco::demo
