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

namespace {

// A payment year to score: everyone's scores, or those of some beneficiaries (claims' bene_id).
struct YearScope
{
    int paymentYear = 0;
    bool everyone = true;
    std::vector<std::int64_t> claimsIds;
};

RiskScoringResult scoreYears(Database& db, std::vector<YearScope> scopes)
{
    std::sort(scopes.begin(), scopes.end(),
              [](const YearScope& a, const YearScope& b) { return a.paymentYear < b.paymentYear; });
    RiskScoringResult result;
    if (scopes.empty())
        return result;

    const std::vector<RiskRosterEntry> roster = loadRiskRoster(db);
    std::unordered_map<std::int64_t, size_t> byClaimsId;
    for (size_t i = 0; i < roster.size(); ++i) {
        if (roster[i].claimsId != 0)
            byClaimsId.emplace(roster[i].claimsId, i);
    }

    // Each year's model input per beneficiary (ages differ by year) and the conditions their
    // diagnoses give; every year scored for everyone gathered in one read of the claims.
    struct Year
    {
        const RiskModel* model = nullptr;
        bool everyone = true;
        std::vector<size_t> people; // the roster's entries scored
        std::vector<std::int64_t> claimsIds;
        std::vector<RiskBeneficiary> inputs;
        std::vector<HccSet> conditions;
        RiskYearSummary summary;
    };
    std::vector<Year> years(scopes.size());
    std::vector<int> paymentYears;
    for (size_t y = 0; y < years.size(); ++y) {
        Year& year = years[y];
        const int paymentYear = scopes[y].paymentYear;
        paymentYears.push_back(paymentYear);
        year.model = &riskModelFor(paymentYear);
        year.everyone = scopes[y].everyone;
        if (year.everyone) {
            for (size_t i = 0; i < roster.size(); ++i)
                year.people.push_back(i);
        } else {
            for (const std::int64_t id : scopes[y].claimsIds) {
                const auto person = byClaimsId.find(id);
                if (person != byClaimsId.end()) {
                    year.people.push_back(person->second);
                    year.claimsIds.push_back(id);
                }
            }
            std::sort(year.people.begin(), year.people.end());
        }
        year.conditions.assign(roster.size(), HccSet());
        year.inputs.resize(roster.size());
        for (const size_t i : year.people)
            year.inputs[i] = roster[i].modelInput(*year.model, paymentYear);
        year.summary.paymentYear = paymentYear;
        year.summary.modelYear = year.model->paymentYear();
    }
    const auto add = [&](const RiskDiagnosis& d, bool everyone) {
        const auto person = byClaimsId.find(d.beneId);
        const auto at = std::lower_bound(paymentYears.begin(), paymentYears.end(), d.date / 10000 + 1);
        if (person == byClaimsId.end() || at == paymentYears.end() || *at != d.date / 10000 + 1)
            return;
        Year& year = years[size_t(at - paymentYears.begin())];
        if (year.everyone != everyone)
            return;
        ++year.summary.diagnoses;
        year.model->addConditions(year.inputs[person->second], {&d.code, 1}, year.conditions[person->second]);
    };
    const RiskClaims claims(db, RiskHcpcsList::builtIn());
    const auto everyoneFirst = std::find_if(years.begin(), years.end(), [](const Year& y) { return y.everyone; });
    const auto everyoneLast = std::find_if(years.rbegin(), years.rend(), [](const Year& y) { return y.everyone; });
    if (everyoneFirst != years.end())
        claims.forEach((everyoneFirst->summary.paymentYear - 1) * 10000 + 101,
                       (everyoneLast->summary.paymentYear - 1) * 10000 + 1231,
                       [&](const RiskDiagnosis& d) { add(d, true); });
    for (const Year& year : years) {
        if (!year.everyone)
            claims.forEachOf(year.claimsIds, (year.summary.paymentYear - 1) * 10000 + 101,
                             (year.summary.paymentYear - 1) * 10000 + 1231,
                             [&](const RiskDiagnosis& d) { add(d, false); });
    }

    Transaction transaction(db);
    auto clear = db.prepare("DELETE FROM risk_score WHERE payment_year = ?1");
    auto clearOne = db.prepare("DELETE FROM risk_score WHERE payment_year = ?1 AND beneficiary_id = ?2");
    auto insert = db.prepare(
        "INSERT INTO risk_score (beneficiary_id, payment_year, segment, raw, normalized, hccs, "
        "model_year) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (size_t y = 0; y < years.size(); ++y) {
        Year& year = years[y];
        RiskYearSummary& s = year.summary;
        if (year.everyone)
            clear.bind(1, s.paymentYear).run();
        double rawSum = 0.0, normalizedSum = 0.0;
        for (const size_t i : year.people) {
            const RiskRosterEntry& person = roster[i];
            if (!year.everyone)
                clearOne.bind(1, s.paymentYear).bind(2, person.beneficiaryId).run();
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

} // namespace

RiskScoringResult scoreRiskYears(Database& db, std::vector<int> paymentYears)
{
    std::sort(paymentYears.begin(), paymentYears.end());
    paymentYears.erase(std::unique(paymentYears.begin(), paymentYears.end()), paymentYears.end());
    std::vector<YearScope> scopes;
    for (const int year : paymentYears)
        scopes.push_back({year, true, {}});
    return scoreYears(db, std::move(scopes));
}

RiskRescoreResult rescoreRiskYears(Database& db, std::vector<RiskYearChange> changes)
{
    const auto rosterSize = db.queryInt64("SELECT count(*) FROM beneficiary");
    auto scored = db.prepare("SELECT EXISTS (SELECT 1 FROM risk_score WHERE payment_year = ?1)");
    RiskRescoreResult result;
    std::vector<YearScope> scopes;
    for (RiskYearChange& change : changes) {
        std::sort(change.claimsIds.begin(), change.claimsIds.end());
        change.claimsIds.erase(std::unique(change.claimsIds.begin(), change.claimsIds.end()), change.claimsIds.end());
        // A year never scored is scored for everyone: its average must be the ACO's.
        scored.bind(1, change.paymentYear);
        const bool scoredBefore = scored.step() && scored.integer(0) != 0;
        scored.reset();
        const bool everyone =
            !scoredBefore || static_cast<std::int64_t>(change.claimsIds.size()) * 10 > rosterSize;
        if (!everyone)
            result.partialYears.push_back(change.paymentYear);
        scopes.push_back({change.paymentYear, everyone,
                          everyone ? std::vector<std::int64_t>() : std::move(change.claimsIds)});
    }
    result.scoring = scoreYears(db, std::move(scopes));
    return result;
}

} // namespace aco
