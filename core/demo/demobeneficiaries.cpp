#include "demo/democontext.h"
#include "demo/demoidentifiers.h"
#include "demo/demomeasures.h"
#include "demo/demonames.h"
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

// Open care gaps are due from three months before the data date to six months after it.
const QDate gapWindowStart(2026, 7, 1);
const QDate asOf(2026, 9, 30);
// Utilization events cover the twelve months to the data date.
const QDate eventWindowStart(2025, 10, 1);

struct Gap
{
    const char* measure;
    const char* description;
    double probability; // of an open gap among the eligible
};

} // namespace

void writeBeneficiaries(DemoContext& context)
{
    context.report(5, "Writing beneficiaries");
    DemoRandom random(context.options.seed, BeneficiaryStream);
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

    auto beneficiary = db.prepare(R"sql(
        INSERT INTO beneficiary (id, mbi, last_name, first_name, birth_date, sex, provider_id,
                                 risk_score) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql");
    auto gap = db.prepare("INSERT INTO care_gap (beneficiary_id, measure_id, description, "
                          "due_date, closed_date) VALUES (?1, ?2, ?3, ?4, ?5)");
    auto event = db.prepare("INSERT INTO utilization_event (beneficiary_id, event_date, kind, "
                            "cost_cents) VALUES (?1, ?2, ?3, ?4)");
    std::unordered_set<std::string> mbis;
    mbis.reserve(static_cast<size_t>(context.spec.beneficiaries) * 2);
    const int eventDays = static_cast<int>(eventWindowStart.daysTo(asOf)) + 1;
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
            beneficiary.bind(1, id)
                .bind(2, drawMbi(random, mbis))
                .bind(3, random.pick(names::last))
                .bind(4, female ? random.pick(names::femaleFirst) : random.pick(names::maleFirst))
                .bind(5, iso(birth))
                .bind(6, female ? "F" : "M")
                .bind(7, pcp.id)
                .bind(8, roundedRisk)
                .run();
            riskSum += roundedRisk;

            // Conditions become likelier with risk; screening cohorts follow age and sex.
            const double sicker = std::min(1.0, (risk - 0.5) / 3.0);
            const bool diabetes = random.chance(0.18 + 0.30 * sicker);
            const bool hypertension = random.chance(0.45 + 0.35 * sicker);
            const bool cardiovascular = random.chance(0.12 + 0.35 * sicker);
            const bool colorectalAge = age >= 50 && age <= 75;
            const bool breastAge = female && age >= 50 && age <= 74;
            auto& cohort = pcp.cohort;
            ++cohort[static_cast<int>(Cohort::Panel)];
            cohort[static_cast<int>(Cohort::Diabetes)] += diabetes;
            cohort[static_cast<int>(Cohort::Hypertension)] += hypertension;
            cohort[static_cast<int>(Cohort::Cardiovascular)] += cardiovascular;
            cohort[static_cast<int>(Cohort::ColorectalAge)] += colorectalAge;
            cohort[static_cast<int>(Cohort::BreastAge)] += breastAge;

            const Gap gaps[] = {
                {"AWV", "Annual wellness visit due", 0.40},
                {"FLU", "Influenza vaccine for the 2026-27 season", 0.35},
                {"CRC", "Colorectal cancer screening overdue", colorectalAge ? 0.28 : 0.0},
                {"BCS", "Mammogram due", breastAge ? 0.25 : 0.0},
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

            const int admissions = random.poisson(0.22 * std::pow(risk, 1.2) * pcp.costFactor);
            for (int a = 0; a < admissions; ++a) {
                const int day = random.between(0, eventDays - 1);
                event.bind(1, id).bind(2, iso(eventWindowStart.addDays(day))).bind(3, "admission")
                    .bind(4, static_cast<std::int64_t>(std::llround(random.lognormalMean(15500.0, 0.6) * 100)))
                    .run();
                const int readmitDay = day + random.between(3, 30);
                if (random.chance(0.14) && readmitDay < eventDays)
                    event.bind(1, id).bind(2, iso(eventWindowStart.addDays(readmitDay)))
                        .bind(3, "readmission")
                        .bind(4, static_cast<std::int64_t>(std::llround(random.lognormalMean(13000.0, 0.6) * 100)))
                        .run();
            }
            const int edVisits = random.poisson(0.5 * std::pow(risk, 0.8));
            for (int e = 0; e < edVisits; ++e)
                event.bind(1, id).bind(2, iso(eventWindowStart.addDays(random.between(0, eventDays - 1))))
                    .bind(3, "ed_visit")
                    .bind(4, static_cast<std::int64_t>(std::llround(random.lognormalMean(1450.0, 0.7) * 100)))
                    .run();
        }
        pcp.meanRisk = panels[k] > 0 ? riskSum / panels[k] : 1.0;
        if (k % 64 == 0)
            context.report(5 + static_cast<int>(35 * k / primaryCare.size()), "Writing beneficiaries");
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
        p.cohort[static_cast<int>(Cohort::ColorectalAge)] = static_cast<int>(patients * 0.7);
        p.cohort[static_cast<int>(Cohort::BreastAge)] = static_cast<int>(patients * 0.35);
    }
}

} // namespace aco::demo
