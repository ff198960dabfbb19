#include "import/tierimport.h"

#include "error.h"
#include "import/importrowreader.h"
#include "store/database.h"

#include <algorithm>

namespace aco {

namespace {

enum Column
{
    MeasureCode,
    Year,
    Baseline,
    Better,
    Best,
    ExtraCredit,
    PayoutBaseline,
    PayoutBetter,
    PayoutBest,
    PayoutExtraCredit
};

} // namespace

TierImport::TierImport(const Database& db) : m_measures(loadMeasures(db)) {}

std::optional<TierScheme> TierImport::read(ImportRowReader& row) const
{
    TierScheme scheme;
    const auto code = row.text(MeasureCode);
    const auto measure =
        code ? std::find_if(m_measures.begin(), m_measures.end(),
                            [&](const Measure& m) { return m.code == toQString(*code); })
             : m_measures.end();
    if (code && measure == m_measures.end())
        row.report(MeasureCode, QStringLiteral("measure_code \"%1\" is not a measure of this ACO")
                                    .arg(toQString(*code)));
    const auto year = row.integer(Year, 2012, 2100);
    for (int i = 0; i < 4; ++i) {
        if (const auto cut = row.number(Baseline + i))
            scheme.cutPoints[static_cast<size_t>(i)] = *cut;
        if (!row.isEmpty(PayoutBaseline + i))
            if (const auto payout = row.number(PayoutBaseline + i))
                scheme.payouts[static_cast<size_t>(i)] = *payout;
    }
    if (!row.rowOk())
        return std::nullopt;
    scheme.measureId = measure->id;
    scheme.year = static_cast<int>(*year);
    try {
        scheme.validate(*measure);
    } catch (const Error& error) {
        row.report(Baseline, QString::fromStdString(error.what()));
        return std::nullopt;
    }
    return scheme;
}

void TierImport::importRow(ImportRowReader& row, bool write)
{
    const auto scheme = read(row);
    std::string key(row.raw(MeasureCode));
    key.append(1, '\0').append(row.raw(Year));
    if (const auto first = m_schemes.seen(std::move(key), row.line()))
        row.report(MeasureCode, QStringLiteral("the tiers of measure %1 for %2 are already on line "
                                               "%3; keep one of the two rows")
                                    .arg(toQString(row.raw(MeasureCode)), toQString(row.raw(Year)))
                                    .arg(*first));
    if (!write || !row.rowOk())
        return;
    m_upsert->bind(1, scheme->measureId).bind(2, scheme->year);
    for (int i = 0; i < 4; ++i) {
        m_upsert->bind(3 + i, scheme->cutPoints[static_cast<size_t>(i)]);
        m_upsert->bind(7 + i, scheme->payouts[static_cast<size_t>(i)]);
    }
    m_upsert->run();
}

void TierImport::beginWrite(Database& db)
{
    m_upsert.emplace(db.prepare(R"sql(
        INSERT INTO tier_scheme (measure_id, year, baseline, better, best, extra_credit,
                                 payout_baseline, payout_better, payout_best, payout_extra_credit)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
        ON CONFLICT (measure_id, year) DO UPDATE SET
            baseline = excluded.baseline, better = excluded.better, best = excluded.best,
            extra_credit = excluded.extra_credit, payout_baseline = excluded.payout_baseline,
            payout_better = excluded.payout_better, payout_best = excluded.payout_best,
            payout_extra_credit = excluded.payout_extra_credit)sql"));
}

} // namespace aco
