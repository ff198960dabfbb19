#include "riskchange.h"

#include "risk/riskmodel.h"
#include "risk/riskpanel.h"
#include "risk/riskscoring.h"
#include "risk/riskstore.h"
#include "store/database.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace aco {

namespace {

std::vector<int> numbersOf(const RiskModel& model, const HccSet& hccs)
{
    std::vector<int> numbers;
    hccs.forEach([&](int index) { numbers.push_back(model.hccNumber(index)); });
    return numbers;
}

std::vector<int> without(const std::vector<int>& a, const std::vector<int>& b)
{
    std::vector<int> rest;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(rest));
    return rest;
}

PatientRiskChange changeOf(const RiskPanelPatient& patient, double before, double after,
                           const std::vector<int>& hccsBefore, const std::vector<int>& hccsAfter)
{
    return {patient.person.beneficiaryId,
            patient.mbi,
            patient.firstName,
            patient.lastName,
            before,
            after,
            without(hccsAfter, hccsBefore),
            without(hccsBefore, hccsAfter)};
}

// Keeps the `limit` largest changes, largest first; fills in the averages.
void finish(PanelRiskChanges& panel, std::vector<PatientRiskChange> changes, double sumAfter,
            int countAfter, double sumBefore, int countBefore, int limit)
{
    if (countAfter > 0)
        panel.panelAverage = sumAfter / countAfter;
    if (countBefore > 0)
        panel.panelPriorAverage = sumBefore / countBefore;
    panel.compared = static_cast<int>(changes.size());
    const auto larger = [](const PatientRiskChange& a, const PatientRiskChange& b) {
        // Scores have three decimals: compare in thousandths, so that equal changes tie.
        const auto size = [](const PatientRiskChange& c) {
            return std::llround(std::abs(c.change()) * 1000.0);
        };
        if (size(a) != size(b))
            return size(a) > size(b);
        return a.mbi < b.mbi;
    };
    const size_t kept = std::min(changes.size(), static_cast<size_t>(std::max(limit, 0)));
    std::partial_sort(changes.begin(), changes.begin() + static_cast<long>(kept), changes.end(),
                      larger);
    changes.resize(kept);
    panel.changes = std::move(changes);
}

} // namespace

std::optional<AverageRisk> acoAverageRisk(const Database& db, int paymentYear)
{
    auto query =
        db.prepare("SELECT count(*), avg(normalized) FROM risk_score WHERE payment_year = ?1");
    query.bind(1, paymentYear);
    if (!query.step() || query.int64(0) == 0)
        return std::nullopt;
    return AverageRisk{query.integer(0), query.real(1)};
}

PanelRiskChanges yearRiskChanges(const Database& db, std::int64_t providerId, int paymentYear,
                                 int limit)
{
    const std::vector<RiskPanelPatient> panel =
        loadRiskPanel(db, providerId, QDate(paymentYear, 12, 31));
    std::vector<std::int64_t> ids;
    for (const RiskPanelPatient& patient : panel)
        ids.push_back(patient.person.beneficiaryId);
    std::unordered_map<std::int64_t, StoredRiskScore> prior;
    for (StoredRiskScore& score : storedRiskScores(db, ids, paymentYear - 1))
        prior.emplace(score.beneficiaryId, std::move(score));
    std::unordered_map<std::int64_t, StoredRiskScore> current;
    for (StoredRiskScore& score : storedRiskScores(db, ids, paymentYear))
        current.emplace(score.beneficiaryId, std::move(score));

    PanelRiskChanges result;
    result.patients = static_cast<int>(panel.size());
    std::vector<PatientRiskChange> changes;
    double sumAfter = 0.0, sumBefore = 0.0;
    for (const RiskPanelPatient& patient : panel) {
        const auto after = current.find(patient.person.beneficiaryId);
        const auto before = prior.find(patient.person.beneficiaryId);
        if (after != current.end())
            sumAfter += after->second.normalized;
        if (before != prior.end())
            sumBefore += before->second.normalized;
        if (after != current.end() && before != prior.end())
            changes.push_back(changeOf(patient, before->second.normalized, after->second.normalized,
                                       before->second.hccs, after->second.hccs));
    }
    finish(result, std::move(changes), sumAfter, static_cast<int>(current.size()), sumBefore,
           static_cast<int>(prior.size()), limit);
    return result;
}

QDate lastQuarterEnd(const QDate& date)
{
    const QDate quarterEnd =
        QDate(date.year(), (date.month() - 1) / 3 * 3 + 3, 1).addMonths(1).addDays(-1);
    return date == quarterEnd
               ? quarterEnd
               : QDate(quarterEnd.year(), quarterEnd.month(), 1).addMonths(-2).addDays(-1);
}

QuarterRiskChanges quarterRiskChanges(const Database& db, std::int64_t providerId,
                                      const QDate& asOf, int limit)
{
    QuarterRiskChanges result;
    result.windowEnd = lastQuarterEnd(asOf);
    result.priorWindowEnd =
        QDate(result.windowEnd.year(), result.windowEnd.month(), 1).addMonths(-2).addDays(-1);
    result.paymentYear = result.windowEnd.year() + 1;
    const auto windowStart = [](const QDate& end) {
        return QDate(end.year(), end.month(), 1).addMonths(-11);
    };

    const std::vector<RiskPanelPatient> panel = loadRiskPanel(db, providerId, asOf);
    result.patients = static_cast<int>(panel.size());
    const RiskModel& model = riskModelFor(result.paymentYear);
    const std::vector<HccSet> later = panelConditions(
        db, panel, model, result.paymentYear, windowStart(result.windowEnd), result.windowEnd);
    const std::vector<HccSet> earlier =
        panelConditions(db, panel, model, result.paymentYear, windowStart(result.priorWindowEnd),
                        result.priorWindowEnd);
    std::vector<PatientRiskChange> changes;
    double sumAfter = 0.0, sumBefore = 0.0;
    int scored = 0;
    for (size_t i = 0; i < panel.size(); ++i) {
        const RiskRosterEntry& person = panel[i].person;
        if (!person.scorable() || person.diedBefore(result.paymentYear))
            continue;
        const BeneficiaryRisk after = scoreBeneficiary(model, result.paymentYear, person, later[i]);
        const BeneficiaryRisk before =
            scoreBeneficiary(model, result.paymentYear, person, earlier[i]);
        ++scored;
        sumAfter += after.normalized;
        sumBefore += before.normalized;
        changes.push_back(changeOf(panel[i], before.normalized, after.normalized,
                                   numbersOf(model, before.hccs), numbersOf(model, after.hccs)));
    }
    finish(result, std::move(changes), sumAfter, scored, sumBefore, scored, limit);
    return result;
}

} // namespace aco
