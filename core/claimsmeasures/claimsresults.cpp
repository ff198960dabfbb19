#include "claimsmeasures/claimsresults.h"

#include "claimsmeasures/beneficiaryoutcome.h"
#include "claimsmeasures/claimdates.h"
#include "claimsmeasures/claimsfacts.h"
#include "organisation.h"
#include "store/database.h"

#include <array>
#include <cmath>
#include <map>
#include <unordered_map>

namespace aco {

namespace {

using claimdates::addMonths;
using claimdates::monthsBetween;

// The measures computed from claims, in the order of their sums.
enum Code { Tcoc, Adm, Edv, Readm, Fu7, NoVisit, Awv, Flu, Bcs, Crc, CodeCount };
constexpr const char* codeNames[CodeCount] = {"TCOC", "ADM", "EDV", "READM", "FU7", "NOVISIT", "AWV", "FLU", "BCS", "CRC"};

struct Sums
{
    std::array<std::int64_t, CodeCount> numerator{};
    std::array<std::int64_t, CodeCount> denominator{};
};

void addStatus(Sums& sums, Code code, BeneficiaryOutcome::Status status)
{
    if (status == BeneficiaryOutcome::NotEligible)
        return;
    ++sums.denominator[code];
    sums.numerator[code] += status == BeneficiaryOutcome::Met;
}

QString gapDescription(const char* measure, int dueDate)
{
    const QString code = QString::fromLatin1(measure);
    if (code == QLatin1String("AWV"))
        return QStringLiteral("Annual wellness visit due");
    if (code == QLatin1String("FLU")) {
        const int year = dueDate / 10000;
        return QStringLiteral("Influenza vaccine for the %1-%2 season").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
    }
    if (code == QLatin1String("BCS"))
        return QStringLiteral("Mammogram due");
    return QStringLiteral("Colorectal cancer screening due");
}

QString isoDate(int yyyymmdd)
{
    return QStringLiteral("%1-%2-%3")
        .arg(yyyymmdd / 10000, 4, 10, QLatin1Char('0'))
        .arg(yyyymmdd / 100 % 100, 2, 10, QLatin1Char('0'))
        .arg(yyyymmdd % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

ClaimsMeasuresReport recomputeClaimsMeasures(Database& db)
{
    ClaimsMeasuresReport report;
    const ClaimsCodes& codes = ClaimsCodes::builtIn();
    const ClaimsFacts all = readClaimsFacts(db, codes);
    if (all.firstMonth == 0)
        return report;
    const int first = all.firstMonth;
    const int last = all.lastMonth;
    report.firstMonth = first;
    report.lastMonth = last;

    std::array<std::int64_t, CodeCount> measureId{};
    {
        auto measures = db.prepare("SELECT id, code FROM measure");
        while (measures.step())
            for (int c = 0; c < CodeCount; ++c)
                if (measures.utf8(1) == codeNames[c])
                    measureId[static_cast<size_t>(c)] = measures.int64(0);
    }
    // Which measures the claims present can give (docs/measures.md).
    std::array<bool, CodeCount> computable{};
    computable.fill(all.hasPartB); // attribution needs Part B
    if (!all.hasPartA) {
        computable[Adm] = computable[Readm] = computable[Fu7] = false;
        report.notes.push_back(QStringLiteral("No Part A claims: admissions, readmissions and follow-up "
                                              "after discharge are not computed."));
    }
    if (!all.hasPartB)
        report.notes.push_back(QStringLiteral("No Part B physician claims: beneficiaries cannot be "
                                              "attributed to primary care providers, so no claims-based "
                                              "measure is computed."));

    const int months = monthsBetween(first, last) + 1;
    std::map<std::pair<int, std::int64_t>, Sums> sums; // (month, provider)
    struct Spending
    {
        std::array<std::int64_t, ClaimsCodes::enrollmentCount> members{};
        std::array<std::int64_t, ClaimsCodes::enrollmentCount> cents{};
    };
    std::vector<Spending> spending(static_cast<size_t>(months));
    auto attribution = db.prepare("INSERT INTO attribution (month, beneficiary_id, provider_id, spending_cents) "
                                  "VALUES (?1, ?2, ?3, ?4)");
    auto gap = db.prepare("INSERT INTO care_gap (beneficiary_id, measure_id, description, due_date, source) "
                          "VALUES (?1, ?2, ?3, ?4, 'claims')");
    auto event = db.prepare("INSERT INTO utilization_event (beneficiary_id, event_date, kind, cost_cents, source) "
                            "VALUES (?1, ?2, ?3, ?4, 'claims')");
    auto pcp = db.prepare("UPDATE beneficiary SET provider_id = ?2 WHERE id = ?1");
    db.prepare("DELETE FROM attribution WHERE month BETWEEN ?1 AND ?2").bind(1, first).bind(2, last).run();
    db.exec("DELETE FROM care_gap WHERE source = 'claims'; DELETE FROM utilization_event WHERE source = 'claims'");

    for (size_t id = 1; id < all.facts.size(); ++id) {
        const BeneficiaryFacts& f = all.facts[id];
        const std::int64_t roster = all.rosterId[id];
        if (f.memberMonths.empty()) {
            if (!f.spending.empty() || !f.primaryCare.empty())
                ++report.beneficiariesNotInCclf8;
            for (const auto& [month, cents] : f.spending)
                report.spendingOutsideMembershipCents += cents;
            continue;
        }
        const BeneficiaryOutcome out = computeOutcome(f, first, last);
        for (const auto& [month, cents] : f.spending)
            if (month < first || month > last)
                report.spendingOutsideMembershipCents += cents;
        for (int i = 0; i < months; ++i) {
            const BeneficiaryOutcome::Month& m = out.months[static_cast<size_t>(i)];
            const int month = addMonths(first, i);
            if (!m.member) {
                report.spendingOutsideMembershipCents += m.spendingCents;
                continue;
            }
            ++report.memberMonths;
            Spending& s = spending[static_cast<size_t>(i)];
            ++s.members[static_cast<size_t>(f.enrollment)];
            s.cents[static_cast<size_t>(f.enrollment)] += m.spendingCents;
            if (m.provider == 0) {
                ++report.unattributedMemberMonths;
                continue;
            }
            if (roster != 0)
                attribution.bind(1, month).bind(2, roster).bind(3, m.provider).bind(4, m.spendingCents).run();
            Sums& t = sums[{month, m.provider}];
            t.numerator[Tcoc] += m.spendingCents;
            ++t.denominator[Tcoc];
            t.numerator[Adm] += m.admissions;
            ++t.denominator[Adm];
            t.numerator[Edv] += m.edVisits;
            ++t.denominator[Edv];
            t.numerator[Readm] += m.readmissions;
            t.denominator[Readm] += m.indexDischarges;
            t.numerator[Fu7] += m.followedUp;
            t.denominator[Fu7] += m.followUpEligible;
            addStatus(t, NoVisit, m.noVisit);
            addStatus(t, Awv, m.wellness);
            addStatus(t, Flu, m.flu);
            addStatus(t, Bcs, m.breast);
            addStatus(t, Crc, m.colorectal);
        }
        if (roster == 0)
            continue;
        const BeneficiaryOutcome::Month& latest = out.months.back();
        pcp.bind(1, roster);
        if (latest.member && latest.provider != 0)
            pcp.bind(2, latest.provider);
        else
            pcp.bindNull(2);
        pcp.run();
        for (const BeneficiaryOutcome::Gap& g : out.gaps) {
            for (int c = 0; c < CodeCount; ++c)
                if (std::string_view(g.measure) == codeNames[c] && measureId[static_cast<size_t>(c)] != 0)
                    gap.bind(1, roster).bind(2, measureId[static_cast<size_t>(c)])
                        .bind(3, gapDescription(g.measure, g.dueDate)).bind(4, isoDate(g.dueDate)).run();
        }
        static constexpr const char* kinds[] = {"admission", "readmission", "ed_visit"};
        for (const BeneficiaryOutcome::Event& e : out.events)
            event.bind(1, roster).bind(2, isoDate(e.date)).bind(3, kinds[e.kind]).bind(4, e.costCents).run();
    }

    // The results as they were, to say which months changed.
    std::map<std::tuple<std::int64_t, int, std::int64_t>, std::pair<std::int64_t, std::int64_t>> before;
    auto old = db.prepare("SELECT measure_id, period, provider_id, numerator, denominator FROM measure_result "
                          "WHERE measure_id = ?1 AND period BETWEEN ?2 AND ?3");
    auto remove = db.prepare("DELETE FROM measure_result WHERE measure_id = ?1 AND period BETWEEN ?2 AND ?3");
    for (int c = 0; c < CodeCount; ++c) {
        const std::int64_t measure = measureId[static_cast<size_t>(c)];
        if (measure == 0)
            continue;
        old.bind(1, measure).bind(2, first).bind(3, last);
        while (old.step())
            before[{measure, old.integer(1), old.int64(2)}] = {old.int64(3), old.int64(4)};
        old.reset();
        remove.bind(1, measure).bind(2, first).bind(3, last).run();
    }
    std::map<std::tuple<std::int64_t, int, std::int64_t>, std::pair<std::int64_t, std::int64_t>> after;
    auto result = db.prepare("INSERT INTO measure_result (measure_id, period, provider_id, numerator, denominator) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const auto& [key, s] : sums) {
        for (int c = 0; c < CodeCount; ++c) {
            const std::int64_t measure = measureId[static_cast<size_t>(c)];
            if (measure == 0 || !computable[static_cast<size_t>(c)] || s.denominator[static_cast<size_t>(c)] <= 0)
                continue;
            // Spending may net below zero in a month of refunds; a result cannot.
            const std::int64_t numerator = std::max<std::int64_t>(0, s.numerator[static_cast<size_t>(c)]);
            result.bind(1, measure).bind(2, key.first).bind(3, key.second).bind(4, numerator)
                .bind(5, s.denominator[static_cast<size_t>(c)]).run();
            after[{measure, key.first, key.second}] = {numerator, s.denominator[static_cast<size_t>(c)]};
        }
    }
    std::map<int, bool> changed;
    for (const auto& [key, value] : before) {
        const auto it = after.find(key);
        if (it == after.end() || it->second != value)
            changed[std::get<1>(key)] = true;
    }
    for (const auto& [key, value] : after)
        if (!before.contains(key))
            changed[std::get<1>(key)] = true;
    for (const auto& [month, yes] : changed)
        report.changedMonths.push_back(month);

    // Expenditures: every member's spending (attributed or not), against the year's benchmark.
    db.prepare("DELETE FROM expenditure WHERE period BETWEEN ?1 AND ?2").bind(1, first).bind(2, last).run();
    db.prepare("DELETE FROM expenditure_by_type WHERE period BETWEEN ?1 AND ?2").bind(1, first).bind(2, last).run();
    auto year = db.prepare("SELECT benchmark_per_capita_cents, benchmark_esrd_cents, benchmark_disabled_cents, "
                           "benchmark_aged_dual_cents, benchmark_aged_non_dual_cents FROM performance_year WHERE year = ?1");
    auto expenditure = db.prepare("INSERT INTO expenditure (period, beneficiary_months, expenditure_cents, "
                                  "benchmark_cents) VALUES (?1, ?2, ?3, ?4)");
    auto byType = db.prepare("INSERT INTO expenditure_by_type (period, enrollment_type, beneficiary_months, "
                             "expenditure_cents) VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < months; ++i) {
        const int month = addMonths(first, i);
        const Spending& s = spending[static_cast<size_t>(i)];
        std::int64_t members = 0;
        std::int64_t cents = 0;
        std::int64_t benchmarkMonths = 0; // members times their yearly benchmark, in cents
        year.bind(1, month / 100);
        const bool known = year.step();
        for (int t = 0; t < ClaimsCodes::enrollmentCount; ++t) {
            members += s.members[static_cast<size_t>(t)];
            cents += s.cents[static_cast<size_t>(t)];
            if (s.members[static_cast<size_t>(t)] > 0)
                byType.bind(1, month).bind(2, ClaimsCodes::enrollmentName(static_cast<ClaimsCodes::Enrollment>(t)))
                    .bind(3, s.members[static_cast<size_t>(t)]).bind(4, s.cents[static_cast<size_t>(t)]).run();
            // The benchmark by enrollment type when the year gives it, else the ACO's per capita.
            if (known) {
                const int column = year.isNull(1 + t) ? 0 : 1 + t;
                benchmarkMonths += s.members[static_cast<size_t>(t)] * year.int64(column);
            }
        }
        year.reset();
        if (members == 0)
            continue;
        expenditure.bind(1, month).bind(2, members).bind(3, std::max<std::int64_t>(0, cents))
            .bind(4, static_cast<std::int64_t>(std::llround(static_cast<double>(benchmarkMonths) / 12.0))).run();
    }
    advanceDataAsOf(db);
    return report;
}

} // namespace aco
