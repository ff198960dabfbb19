#include "claimsmeasures/claimsaggregator.h"

#include "claimsmeasures/beneficiaryoutcome.h"
#include "claimsmeasures/claimdates.h"
#include "organisation.h"
#include "store/database.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

namespace aco {

namespace {

using claimdates::addMonths;
using claimdates::monthsBetween;

constexpr size_t attributionRowsPerInsert = 64;

std::string attributionInsert(size_t rows)
{
    std::string sql = "INSERT INTO attribution (month, beneficiary_id, provider_id, spending_cents) VALUES ";
    for (size_t i = 0; i < rows; ++i)
        sql += i == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)";
    return sql;
}

constexpr const char* codeNames[ClaimsAggregator::CodeCount] = {"TCOC", "ADM",     "EDV", "READM", "FU7",
                                                                 "NOVISIT", "AWV", "FLU", "BCS",   "CRC"};

// A gap's description and a date as the tables hold them, made for every gap and event of every
// member: plain text, without QString's formatting.
std::string gapDescription(std::string_view measure, int dueDate)
{
    if (measure == "AWV")
        return "Annual wellness visit due";
    if (measure == "FLU") {
        const int year = dueDate / 10000;
        char text[64];
        std::snprintf(text, sizeof text, "Influenza vaccine for the %d-%02d season", year, (year + 1) % 100);
        return text;
    }
    if (measure == "BCS")
        return "Mammogram due";
    return "Colorectal cancer screening due";
}

struct IsoDate
{
    char text[10];
    explicit IsoDate(int yyyymmdd)
    {
        // yyyymmdd is a valid date: eight digits, YYYY-MM-DD.
        int digits = yyyymmdd;
        for (int i = 9; i >= 0; --i) {
            if (i == 4 || i == 7) {
                text[i] = '-';
                continue;
            }
            text[i] = static_cast<char>('0' + digits % 10);
            digits /= 10;
        }
    }
    std::string_view view() const { return {text, 10}; }
};

} // namespace

const char* ClaimsAggregator::codeName(Code code)
{
    return codeNames[code];
}

ClaimsAggregator::ClaimsAggregator(Database& db, int firstMonth, int lastMonth)
    : m_db(db), m_first(firstMonth), m_last(lastMonth), m_months(monthsBetween(firstMonth, lastMonth) + 1),
      m_spending(static_cast<size_t>(std::max(0, m_months))),
      m_attribution(db.prepare(attributionInsert(1))),
      m_attributionRows(db.prepare(attributionInsert(attributionRowsPerInsert))),
      m_gap(db.prepare("INSERT INTO care_gap (beneficiary_id, measure_id, description, due_date, source) "
                       "VALUES (?1, ?2, ?3, ?4, 'claims')")),
      m_event(db.prepare("INSERT INTO utilization_event (beneficiary_id, event_date, kind, cost_cents, source) "
                         "VALUES (?1, ?2, ?3, ?4, 'claims')")),
      m_pcp(db.prepare("UPDATE beneficiary SET provider_id = ?2 WHERE id = ?1")),
      m_removeGaps(db.prepare("DELETE FROM care_gap WHERE beneficiary_id = ?1 AND source = 'claims'")),
      m_removeEvents(db.prepare("DELETE FROM utilization_event WHERE beneficiary_id = ?1 AND source = 'claims'"))
{
    m_report.firstMonth = firstMonth;
    m_report.lastMonth = lastMonth;
    auto measures = db.prepare("SELECT id, code FROM measure");
    while (measures.step())
        for (int c = 0; c < CodeCount; ++c)
            if (measures.utf8(1) == codeNames[c])
                m_measureId[static_cast<size_t>(c)] = measures.int64(0);
    m_computable.fill(true);
    auto pcps = db.prepare("SELECT id, coalesce(provider_id, 0) FROM beneficiary");
    while (pcps.step())
        m_oldPcp.emplace(pcps.int64(0), pcps.int64(1));
    auto gaps = db.prepare("SELECT beneficiary_id, coalesce(measure_id, 0) || '|' || description || '|' || due_date "
                           "FROM care_gap WHERE source = 'claims' ORDER BY id");
    while (gaps.step())
        m_oldGaps[gaps.int64(0)].emplace_back(gaps.utf8(1));
    auto events = db.prepare("SELECT beneficiary_id, event_date || '|' || kind || '|' || cost_cents "
                             "FROM utilization_event WHERE source = 'claims' ORDER BY id");
    while (events.step())
        m_oldEvents[events.int64(0)].emplace_back(events.utf8(1));
}

ClaimsAggregator::~ClaimsAggregator() = default;

void ClaimsAggregator::setClaimsPresent(bool partA, bool partB)
{
    m_computable.fill(partB);
    if (!partA) {
        m_computable[Adm] = m_computable[Readm] = m_computable[Fu7] = false;
        m_report.notes.push_back(QStringLiteral("No Part A claims: admissions, readmissions and follow-up "
                                                "after discharge are not computed."));
    }
    if (!partB)
        m_report.notes.push_back(QStringLiteral("No Part B physician claims: beneficiaries cannot be "
                                                "attributed to primary care providers, so no claims-based "
                                                "measure is computed."));
}

void ClaimsAggregator::add(std::int64_t rosterId, const BeneficiaryFacts& f)
{
    add(rosterId, f, f.memberMonths.empty() ? BeneficiaryOutcome() : computeOutcome(f, m_first, m_last));
}

void ClaimsAggregator::add(std::int64_t rosterId, const BeneficiaryFacts& f, const BeneficiaryOutcome& out)
{
    if (f.memberMonths.empty()) {
        if (!f.spending.empty() || !f.primaryCare.empty())
            ++m_report.beneficiariesNotInCclf8;
        for (const auto& [month, cents] : f.spending)
            m_report.spendingOutsideMembershipCents += cents;
        return;
    }
    for (const auto& [month, cents] : f.spending)
        if (month < m_first || month > m_last)
            m_report.spendingOutsideMembershipCents += cents;
    const auto status = [](Sums& sums, Code code, BeneficiaryOutcome::Status s) {
        if (s == BeneficiaryOutcome::NotEligible)
            return;
        ++sums.denominator[code];
        sums.numerator[code] += s == BeneficiaryOutcome::Met;
    };
    std::int64_t provider = 0;
    std::vector<Sums>* sums = nullptr; // the provider's, by month
    for (int i = 0; i < m_months; ++i) {
        const BeneficiaryOutcome::Month& m = out.months[static_cast<size_t>(i)];
        const int month = addMonths(m_first, i);
        if (!m.member) {
            m_report.spendingOutsideMembershipCents += m.spendingCents;
            continue;
        }
        ++m_report.memberMonths;
        MonthSpending& s = m_spending[static_cast<size_t>(i)];
        ++s.members[static_cast<size_t>(f.enrollment)];
        s.cents[static_cast<size_t>(f.enrollment)] += m.spendingCents;
        if (m.provider == 0) {
            ++m_report.unattributedMemberMonths;
            continue;
        }
        if (rosterId != 0)
            m_attributed.push_back({rosterId, m.spendingCents, month, static_cast<int>(m.provider)});
        if (m.provider != provider) {
            provider = m.provider;
            sums = &m_sums.try_emplace(provider, static_cast<size_t>(m_months)).first->second;
        }
        Sums& t = (*sums)[static_cast<size_t>(i)];
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
        status(t, NoVisit, m.noVisit);
        status(t, Awv, m.wellness);
        status(t, Flu, m.flu);
        status(t, Bcs, m.breast);
        status(t, Crc, m.colorectal);
    }
    if (rosterId != 0)
        writePatient(rosterId, out);
}

void ClaimsAggregator::writePatient(std::int64_t rosterId, const BeneficiaryOutcome& out)
{
    const BeneficiaryOutcome::Month& latest = out.months.back();
    const std::int64_t pcp = latest.member ? latest.provider : 0;
    const auto oldPcp = m_oldPcp.find(rosterId);
    if (oldPcp == m_oldPcp.end() || oldPcp->second != pcp) {
        m_pcp.bind(1, rosterId);
        if (pcp != 0)
            m_pcp.bind(2, pcp);
        else
            m_pcp.bindNull(2);
        m_pcp.run();
    }

    // The rows as the tables hold them; written when they differ from the stored ones.
    const auto changed = [&](std::unordered_map<std::int64_t, std::vector<std::string>>& stored) {
        const auto old = stored.find(rosterId);
        const bool same = old == stored.end() ? m_newRows.empty() : old->second == m_newRows;
        if (old != stored.end())
            stored.erase(old);
        return !same;
    };
    struct Gap
    {
        std::int64_t measureId;
        std::string description;
        IsoDate due;
    };
    std::vector<Gap> gaps;
    m_newRows.clear();
    for (const BeneficiaryOutcome::Gap& g : out.gaps)
        for (int c = 0; c < CodeCount; ++c)
            if (std::string_view(g.measure) == codeNames[c] && m_measureId[static_cast<size_t>(c)] != 0) {
                const Gap& gap = gaps.emplace_back(Gap{m_measureId[static_cast<size_t>(c)],
                                                       gapDescription(g.measure, g.dueDate), IsoDate(g.dueDate)});
                m_newRows.push_back(std::to_string(gap.measureId) + '|' + gap.description + '|' +
                                    std::string(gap.due.view()));
            }
    if (changed(m_oldGaps)) {
        m_removeGaps.bind(1, rosterId).run();
        for (const Gap& g : gaps)
            m_gap.bind(1, rosterId).bind(2, g.measureId).bind(3, std::string_view(g.description))
                .bind(4, g.due.view()).run();
    }

    static constexpr const char* kinds[] = {"admission", "readmission", "ed_visit"};
    m_newRows.clear();
    for (const BeneficiaryOutcome::Event& e : out.events)
        m_newRows.push_back(std::string(IsoDate(e.date).view()) + '|' + kinds[e.kind] + '|' +
                            std::to_string(e.costCents));
    if (changed(m_oldEvents)) {
        m_removeEvents.bind(1, rosterId).run();
        for (const BeneficiaryOutcome::Event& e : out.events)
            m_event.bind(1, rosterId).bind(2, IsoDate(e.date).view()).bind(3, kinds[e.kind]).bind(4, e.costCents).run();
    }
}

void ClaimsAggregator::removeLeftPatientRows()
{
    // Beneficiaries the claims no longer give gaps or events (no longer members, say).
    for (const auto& [id, rows] : m_oldGaps)
        m_removeGaps.bind(1, id).run();
    for (const auto& [id, rows] : m_oldEvents)
        m_removeEvents.bind(1, id).run();
    m_oldGaps.clear();
    m_oldEvents.clear();
    m_oldPcp.clear();
}

ClaimsMeasuresReport ClaimsAggregator::finish()
{
    removeLeftPatientRows();
    writeAttribution();
    writeResults();
    writeExpenditures();
    updateDataAsOf(m_db);
    return m_report;
}

void ClaimsAggregator::writeAttribution()
{
    std::sort(m_attributed.begin(), m_attributed.end(), [](const Attributed& a, const Attributed& b) {
        return a.month != b.month ? a.month < b.month : a.beneficiary < b.beneficiary;
    });
    // A load changes few rows (the new month; late claims changing some members' spending in the
    // months before it): the rows that differ from those stored are written, the others left.
    // When most rows change (a first load), everything is written at once, the indexes dropped
    // meanwhile and built once after.
    std::vector<size_t> added, updated; // rows of m_attributed
    std::vector<std::pair<int, std::int64_t>> removed; // month, beneficiary
    auto old = m_db.prepare("SELECT month, beneficiary_id, provider_id, spending_cents FROM attribution "
                            "WHERE month BETWEEN ?1 AND ?2 ORDER BY month, beneficiary_id");
    old.bind(1, m_first).bind(2, m_last);
    bool oldRow = old.step();
    const size_t bulk = m_attributed.size() / 2;
    for (size_t next = 0; (next < m_attributed.size() || oldRow) && added.size() + updated.size() + removed.size() <= bulk;) {
        const std::pair<int, std::int64_t> oldKey = oldRow ? std::pair(old.integer(0), old.int64(1))
                                                           : std::pair(INT_MAX, INT64_MAX);
        if (next < m_attributed.size()) {
            const Attributed& a = m_attributed[next];
            const std::pair<int, std::int64_t> key(a.month, a.beneficiary);
            if (key < oldKey) {
                added.push_back(next++);
                continue;
            }
            if (key == oldKey) {
                if (old.integer(2) != a.provider || old.int64(3) != a.spendingCents)
                    updated.push_back(next);
                ++next;
                oldRow = old.step();
                continue;
            }
        }
        removed.push_back(oldKey);
        oldRow = old.step();
    }
    old.reset();

    if (added.size() + updated.size() + removed.size() > bulk) {
        // The table's indexes, dropped while it is written and made again after.
        auto indexes = m_db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                    "tbl_name = 'attribution' AND sql IS NOT NULL");
        std::vector<std::pair<std::string, std::string>> dropped;
        while (indexes.step())
            dropped.emplace_back(indexes.utf8(0), indexes.utf8(1));
        indexes.reset();
        for (const auto& [name, sql] : dropped)
            m_db.exec("DROP INDEX \"" + name + "\"");
        m_db.prepare("DELETE FROM attribution WHERE month BETWEEN ?1 AND ?2").bind(1, m_first).bind(2, m_last).run();
        insertAttribution(0, m_attributed.size());
        for (const auto& [name, sql] : dropped)
            m_db.exec(sql);
    } else {
        auto remove = m_db.prepare("DELETE FROM attribution WHERE month = ?1 AND beneficiary_id = ?2");
        for (const auto& [month, beneficiary] : removed)
            remove.bind(1, month).bind(2, beneficiary).run();
        auto update = m_db.prepare("UPDATE attribution SET provider_id = ?3, spending_cents = ?4 "
                                   "WHERE month = ?1 AND beneficiary_id = ?2");
        for (size_t i : updated) {
            const Attributed& a = m_attributed[i];
            update.bind(1, a.month).bind(2, a.beneficiary).bind(3, a.provider).bind(4, a.spendingCents).run();
        }
        for (size_t i : added) {
            const Attributed& a = m_attributed[i];
            m_attribution.bind(1, a.month).bind(2, a.beneficiary).bind(3, a.provider).bind(4, a.spendingCents).run();
        }
    }
    m_attributed.clear();
    m_attributed.shrink_to_fit();
}

void ClaimsAggregator::insertAttribution(size_t begin, size_t end)
{
    // Many rows to a statement: most of a row's cost would be the statement's own.
    size_t i = begin;
    for (; i + attributionRowsPerInsert <= end; i += attributionRowsPerInsert) {
        for (size_t r = 0; r < attributionRowsPerInsert; ++r) {
            const Attributed& a = m_attributed[i + r];
            const int column = static_cast<int>(4 * r);
            m_attributionRows.bind(column + 1, a.month).bind(column + 2, a.beneficiary).bind(column + 3, a.provider)
                .bind(column + 4, a.spendingCents);
        }
        m_attributionRows.run();
    }
    for (; i < end; ++i) {
        const Attributed& a = m_attributed[i];
        m_attribution.bind(1, a.month).bind(2, a.beneficiary).bind(3, a.provider).bind(4, a.spendingCents).run();
    }
}

void ClaimsAggregator::writeResults()
{
    // The results as they were: those that differ are written, and their months said to change.
    using Key = std::tuple<std::int64_t, int, std::int64_t>;
    std::map<Key, std::pair<std::int64_t, std::int64_t>> before;
    auto old = m_db.prepare("SELECT period, provider_id, numerator, denominator FROM measure_result "
                            "WHERE measure_id = ?1 AND period BETWEEN ?2 AND ?3");
    for (std::int64_t measure : m_measureId) {
        if (measure == 0)
            continue;
        old.bind(1, measure).bind(2, m_first).bind(3, m_last);
        while (old.step())
            before[{measure, old.integer(0), old.int64(1)}] = {old.int64(2), old.int64(3)};
        old.reset();
    }
    std::set<int> changed;
    auto write = m_db.prepare("INSERT OR REPLACE INTO measure_result (measure_id, period, provider_id, numerator, "
                              "denominator) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (int i = 0; i < m_months; ++i) {
        const int month = addMonths(m_first, i);
        for (const auto& [provider, months] : m_sums) {
            const Sums& s = months[static_cast<size_t>(i)];
            for (size_t c = 0; c < CodeCount; ++c) {
                const std::int64_t measure = m_measureId[c];
                if (measure == 0 || !m_computable[c] || s.denominator[c] <= 0)
                    continue;
                // Spending may net below zero in a month of refunds; a result cannot.
                const std::int64_t numerator = std::max<std::int64_t>(0, s.numerator[c]);
                const auto was = before.find({measure, month, provider});
                if (was == before.end() || was->second != std::pair(numerator, s.denominator[c])) {
                    write.bind(1, measure).bind(2, month).bind(3, provider).bind(4, numerator)
                        .bind(5, s.denominator[c]).run();
                    changed.insert(month);
                }
                if (was != before.end())
                    before.erase(was);
            }
        }
    }
    auto remove = m_db.prepare("DELETE FROM measure_result WHERE measure_id = ?1 AND period = ?2 AND provider_id = ?3");
    for (const auto& [key, value] : before) { // rows that are no more
        remove.bind(1, std::get<0>(key)).bind(2, std::get<1>(key)).bind(3, std::get<2>(key)).run();
        changed.insert(std::get<1>(key));
    }
    m_report.changedMonths.assign(changed.begin(), changed.end());
}

void ClaimsAggregator::writeExpenditures()
{
    // Every member's spending (attributed or not), against the year's benchmark: by enrollment
    // type when the year gives one, else the ACO's per capita.
    m_db.prepare("DELETE FROM expenditure WHERE period BETWEEN ?1 AND ?2").bind(1, m_first).bind(2, m_last).run();
    m_db.prepare("DELETE FROM expenditure_by_type WHERE period BETWEEN ?1 AND ?2").bind(1, m_first).bind(2, m_last).run();
    auto year = m_db.prepare("SELECT benchmark_per_capita_cents, benchmark_esrd_cents, benchmark_disabled_cents, "
                             "benchmark_aged_dual_cents, benchmark_aged_non_dual_cents FROM performance_year "
                             "WHERE year = ?1");
    auto expenditure = m_db.prepare("INSERT INTO expenditure (period, beneficiary_months, expenditure_cents, "
                                    "benchmark_cents) VALUES (?1, ?2, ?3, ?4)");
    auto byType = m_db.prepare("INSERT INTO expenditure_by_type (period, enrollment_type, beneficiary_months, "
                               "expenditure_cents) VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < m_months; ++i) {
        const int month = addMonths(m_first, i);
        const MonthSpending& s = m_spending[static_cast<size_t>(i)];
        std::int64_t members = 0;
        std::int64_t cents = 0;
        std::int64_t benchmarkMonths = 0; // members times their yearly benchmark, in cents
        year.bind(1, month / 100);
        const bool known = year.step();
        for (int t = 0; t < ClaimsCodes::enrollmentCount; ++t) {
            const auto type = static_cast<size_t>(t);
            members += s.members[type];
            cents += s.cents[type];
            if (s.members[type] > 0)
                byType.bind(1, month).bind(2, ClaimsCodes::enrollmentName(static_cast<ClaimsCodes::Enrollment>(t)))
                    .bind(3, s.members[type]).bind(4, s.cents[type]).run();
            if (known)
                benchmarkMonths += s.members[type] * year.int64(year.isNull(1 + t) ? 0 : 1 + t);
        }
        year.reset();
        if (members == 0)
            continue;
        expenditure.bind(1, month).bind(2, members).bind(3, std::max<std::int64_t>(0, cents))
            .bind(4, static_cast<std::int64_t>(std::llround(static_cast<double>(benchmarkMonths) / 12.0))).run();
    }
}

} // namespace aco
