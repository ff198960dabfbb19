#include "patients/patientlists.h"

#include "identifiers.h"
#include "store/database.h"

#include <algorithm>
#include <unordered_map>

namespace aco {

QDate listsAsOf(QDate dataAsOf, Period period)
{
    const QDate end = QDate(period.year(), period.month(), 1).addMonths(1).addDays(-1);
    return dataAsOf.isValid() && dataAsOf < end ? dataAsOf : end;
}

double pursuitScore(double riskScore, int admissions, int readmissions, int edVisits,
                    std::int64_t costCents)
{
    return riskScore + 0.5 * admissions + 0.25 * readmissions + 0.25 * edVisits +
           static_cast<double>(costCents) / 2'500'000.0;
}

std::vector<PursuitEntry> pursuitList(const Database& db, std::int64_t providerId, QDate asOf,
                                      int limit)
{
    // Three simple queries merged here: cheaper than one that joins a grouped subquery, for
    // which SQLite builds a temporary index on every call.
    // The risk score computed from the claims for the data date's payment year where there is
    // one (risk_score), else the one the extracts gave.
    auto panel = db.prepare(
        "SELECT b.id, b.mbi, b.first_name, b.last_name, b.birth_date, "
        "coalesce((SELECT r.normalized FROM risk_score r WHERE r.beneficiary_id = b.id AND r.payment_year = ?2), "
        "b.risk_score) FROM beneficiary b WHERE b.provider_id = ?1");
    panel.bind(1, providerId).bind(2, asOf.year());
    std::vector<PursuitEntry> entries;
    std::unordered_map<std::int64_t, size_t> index;
    while (panel.step()) {
        PursuitEntry e;
        e.beneficiaryId = panel.int64(0);
        e.mbi = panel.text(1);
        e.firstName = panel.text(2);
        e.lastName = panel.text(3);
        e.birthDate = QDate::fromString(panel.text(4), Qt::ISODate);
        e.riskScore = panel.real(5);
        index[e.beneficiaryId] = entries.size();
        entries.push_back(std::move(e));
    }

    auto events = db.prepare(R"sql(
        SELECT u.beneficiary_id, u.kind, u.cost_cents FROM beneficiary b
        JOIN utilization_event u ON u.beneficiary_id = b.id
        WHERE b.provider_id = ?1 AND u.event_date > ?2 AND u.event_date <= ?3)sql");
    events.bind(1, providerId)
        .bind(2, asOf.addYears(-1).toString(Qt::ISODate))
        .bind(3, asOf.toString(Qt::ISODate));
    while (events.step()) {
        PursuitEntry& e = entries[index.at(events.int64(0))];
        const std::string_view kind = events.utf8(1);
        e.admissions += kind == "admission";
        e.readmissions += kind == "readmission";
        e.edVisits += kind == "ed_visit";
        e.costCents += events.int64(2);
    }

    // With claims, the cost is all the beneficiary's spending in those twelve months, not only
    // that of the events.
    auto spending = db.prepare(R"sql(
        SELECT a.beneficiary_id, sum(a.spending_cents) FROM attribution a
        JOIN beneficiary b ON b.id = a.beneficiary_id
        WHERE b.provider_id = ?1 AND a.month > ?2 AND a.month <= ?3 GROUP BY a.beneficiary_id)sql");
    spending.bind(1, providerId)
        .bind(2, asOf.addYears(-1).year() * 100 + asOf.addYears(-1).month())
        .bind(3, asOf.year() * 100 + asOf.month());
    while (spending.step())
        if (const auto it = index.find(spending.int64(0)); it != index.end())
            entries[it->second].costCents = spending.int64(1);

    auto gaps = db.prepare("SELECT g.beneficiary_id FROM beneficiary b JOIN care_gap g ON g.beneficiary_id = b.id "
                           "WHERE b.provider_id = ?1 AND (g.closed_date IS NULL OR g.closed_date > ?2)");
    gaps.bind(1, providerId).bind(2, asOf.toString(Qt::ISODate));
    while (gaps.step())
        ++entries[index.at(gaps.int64(0))].openGaps;

    for (PursuitEntry& e : entries)
        e.score = pursuitScore(e.riskScore, e.admissions, e.readmissions, e.edVisits, e.costCents);
    const auto order = [](const PursuitEntry& a, const PursuitEntry& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.riskScore != b.riskScore)
            return a.riskScore > b.riskScore;
        return a.mbi < b.mbi;
    };
    const size_t kept = std::min(entries.size(), static_cast<size_t>(std::max(limit, 0)));
    std::partial_sort(entries.begin(), entries.begin() + static_cast<long>(kept), entries.end(), order);
    entries.resize(kept);
    return entries;
}

std::vector<CareGapEntry> openCareGaps(const Database& db, std::int64_t providerId, QDate asOf,
                                       int limit)
{
    auto query = db.prepare(R"sql(
        SELECT b.id, b.mbi, b.first_name, b.last_name, coalesce(m.code, ''), g.description, g.due_date
        FROM beneficiary b
        JOIN care_gap g ON g.beneficiary_id = b.id
        LEFT JOIN measure m ON m.id = g.measure_id
        WHERE b.provider_id = ?1 AND (g.closed_date IS NULL OR g.closed_date > ?3)
        ORDER BY g.due_date, b.last_name, b.first_name, b.mbi, g.id
        LIMIT ?2)sql");
    query.bind(1, providerId).bind(2, std::max(limit, 0)).bind(3, asOf.toString(Qt::ISODate));
    std::vector<CareGapEntry> gaps;
    while (query.step()) {
        CareGapEntry g;
        g.beneficiaryId = query.int64(0);
        g.mbi = query.text(1);
        g.firstName = query.text(2);
        g.lastName = query.text(3);
        g.measureCode = query.text(4);
        g.description = query.text(5);
        g.dueDate = QDate::fromString(query.text(6), Qt::ISODate);
        g.overdue = g.dueDate < asOf;
        gaps.push_back(std::move(g));
    }
    return gaps;
}

QString patientName(const QString& first, const QString& last, bool mask)
{
    if (!mask)
        return last + QStringLiteral(", ") + first;
    const auto initial = [](const QString& name) {
        return name.isEmpty() ? QString() : name.left(1) + QLatin1Char('.');
    };
    return initial(first) + QLatin1Char(' ') + initial(last);
}

QString patientMbi(const QString& mbi, bool mask)
{
    return mask ? QString::fromStdString(maskedMbi(mbi.toStdString())) : mbi;
}

} // namespace aco
