#include "riskscoring.h"

#include "error.h"
#include "risk/riskclaims.h"
#include "risk/riskhcpcs.h"
#include "risk/riskmodel.h"
#include "risk/riskroster.h"
#include "store/database.h"

#include <algorithm>
#include <unordered_map>

namespace aco {

namespace {

// The payment HCCs by number, "37 226": how risk_score keeps them.
QString hccNumbers(const RiskModel& model, const HccSet& hccs)
{
    QString text;
    hccs.forEach([&](int index) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += QString::number(model.hccNumber(index));
    });
    return text;
}

QString count(int n, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

} // namespace

const RiskModel& riskModelFor(int paymentYear)
{
    const QList<int> years = RiskModel::builtInYears();
    return RiskModel::builtIn(years.contains(paymentYear) ? paymentYear : years.back());
}

BeneficiaryRisk scoreBeneficiary(const RiskModel& model, int paymentYear,
                                 const RiskRosterEntry& person, const HccSet& conditions)
{
    const RiskScore score =
        model.scoreConditions(person.modelInput(model, paymentYear), conditions);
    BeneficiaryRisk risk;
    risk.segment =
        riskSegmentFor(score.age, person.dual, isNewEnrollee(person.partBStart, paymentYear));
    const bool newEnrollee = risk.segment == RiskSegment::NewEnrollee;
    const QString name = QString::fromLatin1(riskSegmentName(risk.segment));
    const qsizetype column =
        (newEnrollee ? model.newEnrolleeSegments() : model.continuingSegments()).indexOf(name);
    if (column < 0)
        throw Error(QStringLiteral("the risk model %1 has no segment %2")
                        .arg(model.name(), name)
                        .toStdString(),
                    Error::Kind::InvalidData);
    risk.raw = (newEnrollee ? score.newEnrollee : score.continuing)[size_t(column)];
    if (!newEnrollee)
        risk.hccs = score.hccs; // new enrollees are scored on demographics alone
    risk.normalized = model.normalized(risk.raw);
    return risk;
}

RiskScoringResult scoreRiskYears(Database& db, std::vector<int> paymentYears)
{
    std::sort(paymentYears.begin(), paymentYears.end());
    paymentYears.erase(std::unique(paymentYears.begin(), paymentYears.end()), paymentYears.end());
    RiskScoringResult result;
    if (paymentYears.empty())
        return result;

    const std::vector<RiskRosterEntry> roster = loadRiskRoster(db);
    std::unordered_map<std::int64_t, size_t> byClaimsId;
    for (size_t i = 0; i < roster.size(); ++i) {
        if (roster[i].claimsId != 0)
            byClaimsId.emplace(roster[i].claimsId, i);
    }

    // Each year's model input per beneficiary (ages differ by year) and the conditions their
    // diagnoses give, gathered in one read of the claims.
    struct Year
    {
        const RiskModel* model = nullptr;
        std::vector<RiskBeneficiary> inputs;
        std::vector<HccSet> conditions;
        RiskYearSummary summary;
    };
    std::vector<Year> years(paymentYears.size());
    for (size_t y = 0; y < years.size(); ++y) {
        Year& year = years[y];
        year.model = &riskModelFor(paymentYears[y]);
        year.conditions.assign(roster.size(), HccSet());
        year.inputs.reserve(roster.size());
        for (const RiskRosterEntry& person : roster)
            year.inputs.push_back(person.modelInput(*year.model, paymentYears[y]));
        year.summary.paymentYear = paymentYears[y];
        year.summary.modelYear = year.model->paymentYear();
    }
    const int firstYear = paymentYears.front();
    RiskClaims(db, RiskHcpcsList::builtIn())
        .forEach((firstYear - 1) * 10000 + 101, (paymentYears.back() - 1) * 10000 + 1231,
                 [&](const RiskDiagnosis& d) {
                     const auto person = byClaimsId.find(d.beneId);
                     const int paymentYear = d.date / 10000 + 1;
                     const auto at =
                         std::lower_bound(paymentYears.begin(), paymentYears.end(), paymentYear);
                     if (person == byClaimsId.end() || at == paymentYears.end() ||
                         *at != paymentYear)
                         return;
                     Year& year = years[size_t(at - paymentYears.begin())];
                     ++year.summary.diagnoses;
                     year.model->addConditions(year.inputs[person->second], {&d.code, 1},
                                               year.conditions[person->second]);
                 });

    Transaction transaction(db);
    auto clear = db.prepare("DELETE FROM risk_score WHERE payment_year = ?1");
    auto insert = db.prepare(
        "INSERT INTO risk_score (beneficiary_id, payment_year, segment, raw, normalized, hccs, "
        "model_year) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (size_t y = 0; y < years.size(); ++y) {
        Year& year = years[y];
        RiskYearSummary& s = year.summary;
        clear.bind(1, s.paymentYear).run();
        double rawSum = 0.0, normalizedSum = 0.0;
        for (size_t i = 0; i < roster.size(); ++i) {
            const RiskRosterEntry& person = roster[i];
            if (!person.scorable()) {
                ++s.withoutDemographics;
                continue;
            }
            if (person.diedBefore(s.paymentYear)) {
                ++s.deceased;
                continue;
            }
            const BeneficiaryRisk risk =
                scoreBeneficiary(*year.model, s.paymentYear, person, year.conditions[i]);
            ++s.scored;
            ++s.bySegment[size_t(risk.segment)];
            s.newEnrollees += risk.segment == RiskSegment::NewEnrollee;
            s.withDiagnoses += !risk.hccs.none();
            s.unknownOrec += !person.orecKnown;
            s.esrd += person.enrollmentType() == EnrollmentType::Esrd;
            rawSum += risk.raw;
            normalizedSum += risk.normalized;
            insert.bind(1, person.beneficiaryId)
                .bind(2, s.paymentYear)
                .bind(3, riskSegmentName(risk.segment))
                .bind(4, risk.raw)
                .bind(5, risk.normalized)
                .bind(6, hccNumbers(*year.model, risk.hccs))
                .bind(7, s.modelYear)
                .run();
        }
        if (s.scored > 0) {
            s.averageRaw = rawSum / s.scored;
            s.averageNormalized = normalizedSum / s.scored;
        }

        if (s.modelYear != s.paymentYear)
            result.notes << QStringLiteral(
                                "Payment year %1 was scored with the %2 tables of payment "
                                "year %3: the program has no tables for %1 yet.")
                                .arg(s.paymentYear)
                                .arg(year.model->name())
                                .arg(s.modelYear);
        if (s.diagnoses == 0 && s.scored > 0)
            result.notes << QStringLiteral("No claim in the file counts for risk adjustment in %1: "
                                           "every score for payment year %2 is demographic only.")
                                .arg(s.paymentYear - 1)
                                .arg(s.paymentYear);
        if (s.esrd > 0)
            result.notes << QStringLiteral(
                                "%1 with ESRD in payment year %2 scored with the CMS-HCC "
                                "model; CMS scores ESRD with its ESRD model, which the "
                                "program does not have.")
                                .arg(count(s.esrd, "beneficiary", "beneficiaries"))
                                .arg(s.paymentYear);
        if (s.unknownOrec > 0)
            result.notes << QStringLiteral("%1 in payment year %2 without a known original reason "
                                           "for entitlement (OREC) scored as entitled by age.")
                                .arg(count(s.unknownOrec, "beneficiary", "beneficiaries"))
                                .arg(s.paymentYear);
        result.years.push_back(s);
    }
    transaction.commit();
    return result;
}

} // namespace aco
