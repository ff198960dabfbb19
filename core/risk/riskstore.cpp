#include "riskstore.h"

#include "store/database.h"

namespace aco {

namespace {

constexpr const char* columns = "SELECT beneficiary_id, payment_year, segment, raw, normalized, "
                                "hccs, model_year FROM risk_score";

StoredRiskScore scoreOf(const Statement& row)
{
    StoredRiskScore s;
    s.beneficiaryId = row.int64(0);
    s.paymentYear = row.integer(1);
    s.segment = riskSegmentNamed(row.utf8(2)).value_or(RiskSegment::CommunityNonDualAged);
    s.raw = row.real(3);
    s.normalized = row.real(4);
    std::string_view hccs = row.utf8(5);
    while (!hccs.empty()) {
        const size_t space = hccs.find(' ');
        const std::string_view number = hccs.substr(0, space);
        int value = 0;
        for (char c : number)
            value = value * 10 + (c - '0');
        if (!number.empty())
            s.hccs.push_back(value);
        hccs = space == std::string_view::npos ? std::string_view() : hccs.substr(space + 1);
    }
    s.modelYear = row.integer(6);
    return s;
}

} // namespace

std::optional<StoredRiskScore> storedRiskScore(const Database& db, std::int64_t beneficiaryId,
                                               int paymentYear)
{
    const std::int64_t ids[] = {beneficiaryId};
    std::vector<StoredRiskScore> found = storedRiskScores(db, ids, paymentYear);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<StoredRiskScore> storedRiskScores(const Database& db, int paymentYear)
{
    auto query =
        db.prepare(std::string(columns) + " WHERE payment_year = ?1 ORDER BY beneficiary_id");
    query.bind(1, paymentYear);
    std::vector<StoredRiskScore> scores;
    while (query.step())
        scores.push_back(scoreOf(query));
    return scores;
}

std::vector<StoredRiskScore> storedRiskScores(const Database& db, std::span<const std::int64_t> ids,
                                              int paymentYear)
{
    auto query =
        db.prepare(std::string(columns) + " WHERE beneficiary_id = ?1 AND payment_year = ?2");
    std::vector<StoredRiskScore> scores;
    for (std::int64_t id : ids) {
        query.bind(1, id).bind(2, paymentYear);
        if (query.step())
            scores.push_back(scoreOf(query));
        query.reset();
    }
    return scores;
}

std::vector<int> scoredPaymentYears(const Database& db)
{
    // One seek per year through the year index, rather than a scan of every row.
    std::vector<int> years;
    auto next = db.prepare("SELECT min(payment_year) FROM risk_score WHERE payment_year > ?1");
    for (int after = 0;;) {
        next.bind(1, after);
        next.step();
        if (next.isNull(0))
            break;
        after = next.integer(0);
        years.push_back(after);
        next.reset();
    }
    return years;
}

QString hccListText(std::span<const int> hccs)
{
    QString text;
    for (int hcc : hccs) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += QStringLiteral("HCC%1").arg(hcc);
    }
    return text;
}

} // namespace aco
