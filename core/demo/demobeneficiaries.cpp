#include "demo/democontext.h"
#include "demo/demoidentifiers.h"
#include "demo/demombichanges.h"
#include "demo/demomeasures.h"
#include "demo/demonames.h"
#include "demo/demoplans.h"
#include "demo/demorandom.h"
#include "store/database.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_set>

namespace aco::demo {

namespace {

// Splits `total` among weights in whole units, largest remainders first: the parts add up.
std::vector<int> apportion(int total, const std::vector<double>& weights)
{
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<int> parts(weights.size());
    std::vector<std::pair<double, size_t>> remainders;
    int given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const double exact = total * weights[i] / sum;
        parts[i] = static_cast<int>(std::floor(exact));
        given += parts[i];
        remainders.emplace_back(exact - parts[i], i);
    }
    std::sort(remainders.begin(), remainders.end(),
              [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    for (int i = 0; i < total - given; ++i)
        ++parts[remainders[static_cast<size_t>(i)].second];
    return parts;
}

std::string iso(QDate date)
{
    return date.toString(Qt::ISODate).toStdString();
}

// Open care gaps of the EHR's measures are due from three months before the data date to six
// months after it (those of the claims-based measures come from the claims).
const QDate gapWindowStart(2026, 7, 1);
const QDate asOf(2026, 9, 30);

struct Gap
{
    const char* measure;
    const char* description;
    double probability; // of an open gap among the eligible
};

} // namespace

void writeBeneficiaries(DemoContext& context)
{
    context.report(2, "Writing beneficiaries");
    DemoRandom random(context.options.seed, BeneficiaryStream);
    DemoRandom profiles(context.options.seed, ProfileStream);
    Database& db = context.db;

    // Panel sizes: log-normal spread; providers who joined recently have smaller panels.
    std::vector<size_t> primaryCare;
    std::vector<double> weights;
    for (size_t i = 0; i < context.providers.size(); ++i) {
        if (!context.providers[i].primaryCare)
            continue;
        primaryCare.push_back(i);
        const bool recent = context.providers[i].joined > firstPeriod;
        weights.push_back(random.lognormalMean(1.0, 0.45) * (recent ? 0.4 : 1.0));
    }
    const std::vector<int> panels = apportion(context.spec.beneficiaries, weights);

    // CCLF8's demographics are in the roster as a load of the claims leaves them.
    auto beneficiary = db.prepare(R"sql(
        INSERT INTO beneficiary (id, mbi, last_name, first_name, birth_date, sex, provider_id,
                                 risk_score, medicare_status, dual_status, orec, zip)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql");
    auto gap = db.prepare("INSERT INTO care_gap (beneficiary_id, measure_id, description, "
                          "due_date, closed_date) VALUES (?1, ?2, ?3, ?4, ?5)");
    std::unordered_set<std::string> mbis;
    mbis.reserve(static_cast<size_t>(context.spec.beneficiaries) * 2);
    std::vector<std::string> originalMbis;
    originalMbis.reserve(static_cast<size_t>(context.spec.beneficiaries));
    context.beneficiaries.reserve(static_cast<size_t>(context.spec.beneficiaries));
    const int gapDays = static_cast<int>(gapWindowStart.daysTo(QDate(2027, 3, 31))) + 1;

    std::int64_t id = 0;
    for (size_t k = 0; k < primaryCare.size(); ++k) {
        DemoProvider& pcp = context.providers[primaryCare[k]];
        const double caseMix = random.lognormalMean(1.0, 0.08);
        double riskSum = 0.0;
        for (int n = 0; n < panels[k]; ++n) {
            ++id;
            const bool female = random.chance(0.55);
            const bool disabled = random.chance(0.08);
            const int age = disabled ? random.between(40, 64)
                                     : 65 + std::min(34, static_cast<int>(std::fabs(random.normal()) * 11.0));
            const QDate birth = QDate(2025 - age, 1, 1).addDays(random.between(0, 364));
            const double risk = std::clamp(caseMix * random.lognormalMean(1.0, 0.6), 0.2, 8.0);
            const double roundedRisk = std::round(risk * 1000.0) / 1000.0;
            DemoBeneficiary b;
            b.id = id;
            b.birthDate = birth.year() * 10000 + birth.month() * 100 + birth.day();
            b.female = female;
            b.risk = static_cast<float>(roundedRisk);
            b.provider = static_cast<std::uint32_t>(primaryCare[k]);
            b.profile = drawProfile(b.birthDate, roundedRisk, profiles);
            originalMbis.push_back(drawMbi(random, mbis));
            beneficiary.bind(1, id)
                .bind(2, originalMbis.back())
                .bind(3, random.pick(names::last))
                .bind(4, female ? random.pick(names::femaleFirst) : random.pick(names::maleFirst))
                .bind(5, iso(birth))
                .bind(6, female ? "F" : "M")
                .bind(7, pcp.id)
                .bind(8, roundedRisk)
                .bind(9, b.profile.medicare())
                .bind(10, b.profile.dual())
                .bind(11, std::string_view(&b.profile.originalReason, 1))
                .bind(12, b.profile.zip())
                .run();
            riskSum += roundedRisk;
            pcp.panel.push_back(static_cast<std::uint32_t>(context.beneficiaries.size()));
            context.beneficiaries.push_back(b);

            // Conditions become likelier with risk; screening cohorts follow age and sex.
            const double sicker = std::min(1.0, (risk - 0.5) / 3.0);
            const bool diabetes = random.chance(0.18 + 0.30 * sicker);
            const bool hypertension = random.chance(0.45 + 0.35 * sicker);
            const bool cardiovascular = random.chance(0.12 + 0.35 * sicker);
            auto& cohort = pcp.cohort;
            ++cohort[static_cast<int>(Cohort::Panel)];
            cohort[static_cast<int>(Cohort::Diabetes)] += diabetes;
            cohort[static_cast<int>(Cohort::Hypertension)] += hypertension;
            cohort[static_cast<int>(Cohort::Cardiovascular)] += cardiovascular;

            // The EHR's care gaps; those of the claims-based measures come from the claims.
            const Gap gaps[] = {
                {"HBA1C", "HbA1c test due (diabetes)", diabetes ? 0.35 : 0.0},
                {"BP", "Blood pressure recheck (hypertension)", hypertension ? 0.18 : 0.0},
                {"STATIN", "No statin on record (cardiovascular disease)", cardiovascular ? 0.20 : 0.0},
            };
            for (const Gap& g : gaps) {
                if (!random.chance(g.probability))
                    continue;
                const QDate due = gapWindowStart.addDays(random.between(0, gapDays - 1));
                gap.bind(1, id).bind(2, measureId(g.measure)).bind(3, g.description).bind(4, iso(due));
                if (random.chance(0.2)) // closed since the list was drawn
                    gap.bind(5, iso(std::min(asOf, gapWindowStart.addDays(random.between(0, 91)))));
                gap.run();
            }
        }
        pcp.meanRisk = panels[k] > 0 ? riskSum / panels[k] : 1.0;
        if (k % 64 == 0)
            context.report(2 + static_cast<int>(13 * k / primaryCare.size()), "Writing beneficiaries");
    }

    // Specialists have no attributed beneficiaries; their measures count the patients they treat.
    for (DemoProvider& p : context.providers) {
        if (p.primaryCare)
            continue;
        const int patients = random.between(120, 400);
        const bool heart = p.specialty == "Cardiology";
        const bool endocrine = p.specialty == "Endocrinology";
        p.meanRisk = random.lognormalMean(1.3, 0.15);
        p.cohort[static_cast<int>(Cohort::Panel)] = patients;
        p.cohort[static_cast<int>(Cohort::Diabetes)] = static_cast<int>(patients * (endocrine ? 0.8 : 0.3));
        p.cohort[static_cast<int>(Cohort::Hypertension)] = static_cast<int>(patients * (heart ? 0.8 : 0.6));
        p.cohort[static_cast<int>(Cohort::Cardiovascular)] = static_cast<int>(patients * (heart ? 0.7 : 0.25));
    }

    // A few beneficiaries get a new MBI during the three years; the roster holds the one current
    // at the end, as the deliveries leave it. They are drawn among those enrolled from the first
    // month, so that every change shows in the deliveries.
    std::vector<size_t> enrolledFirst;
    for (size_t k : primaryCare) {
        const DemoProvider& pcp = context.providers[k];
        const int members = plannedMembers(pcp, 0);
        for (int i = 0; i < members; ++i)
            enrolledFirst.push_back(pcp.panel[static_cast<size_t>(i)]);
    }
    DemoRandom mbiRandom(context.options.seed, MbiStream);
    auto changes = std::make_shared<DemoMbiChanges>(context.beneficiaries, originalMbis, enrolledFirst,
                                                    mbis, mbiRandom);
    auto rename = db.prepare("UPDATE beneficiary SET mbi = ?2 WHERE id = ?1");
    for (const auto& [b, count] : changes->changed())
        rename.bind(1, context.beneficiaries[b].id).bind(2, changes->finalMbi(b)).run();
    context.mbiChanges = std::move(changes);
}

} // namespace aco::demo
