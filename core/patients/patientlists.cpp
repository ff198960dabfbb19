#include "patients/patientlists.h"

#include "identifiers.h"
#include "store/database.h"

#include <algorithm>

namespace aco {

double pursuitScore(double riskScore, int admissions, int readmissions, int edVisits,
                    std::int64_t costCents)
{
    return riskScore + 0.5 * admissions + 0.25 * readmissions + 0.25 * edVisits +
           static_cast<double>(costCents) / 2'500'000.0;
}

std::vector<PursuitEntry> pursuitList(const Database& db, std::int64_t providerId, QDate asOf,
                                      int limit)
{
    auto query = db.prepare(R"sql(
        SELECT b.id, b.mbi, b.first_name, b.last_name, b.birth_date, b.risk_score,
               coalesce(e.admissions, 0), coalesce(e.readmissions, 0), coalesce(e.ed, 0),
               coalesce(e.cost, 0),
               (SELECT count(*) FROM care_gap g WHERE g.beneficiary_id = b.id AND g.closed_date IS NULL)
        FROM beneficiary b
        LEFT JOIN (
            SELECT u.beneficiary_id,
                   sum(u.kind = 'admission') AS admissions, sum(u.kind = 'readmission') AS readmissions,
                   sum(u.kind = 'ed_visit') AS ed, sum(u.cost_cents) AS cost
            FROM utilization_event u JOIN beneficiary o ON o.id = u.beneficiary_id
            WHERE o.provider_id = ?1 AND u.event_date > ?2 AND u.event_date <= ?3
            GROUP BY u.beneficiary_id) e ON e.beneficiary_id = b.id
        WHERE b.provider_id = ?1)sql");
    query.bind(1, providerId)
        .bind(2, asOf.addYears(-1).toString(Qt::ISODate))
        .bind(3, asOf.toString(Qt::ISODate));
    std::vector<PursuitEntry> entries;
    while (query.step()) {
        PursuitEntry e;
        e.beneficiaryId = query.int64(0);
        e.mbi = query.text(1);
        e.firstName = query.text(2);
        e.lastName = query.text(3);
        e.birthDate = QDate::fromString(query.text(4), Qt::ISODate);
        e.riskScore = query.real(5);
        e.admissions = query.integer(6);
        e.readmissions = query.integer(7);
        e.edVisits = query.integer(8);
        e.costCents = query.int64(9);
        e.openGaps = query.integer(10);
        e.score = pursuitScore(e.riskScore, e.admissions, e.readmissions, e.edVisits, e.costCents);
        entries.push_back(std::move(e));
    }
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
        WHERE b.provider_id = ?1 AND g.closed_date IS NULL
        ORDER BY g.due_date, b.last_name, b.first_name, b.mbi, g.id
        LIMIT ?2)sql");
    query.bind(1, providerId).bind(2, std::max(limit, 0));
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
