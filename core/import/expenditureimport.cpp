#include "import/expenditureimport.h"

#include "import/importrowreader.h"
#include "store/database.h"

#include <limits>

namespace aco {

namespace {

enum Column
{
    PeriodColumn,
    BeneficiaryMonths,
    Expenditure,
    Benchmark
};

constexpr std::int64_t maximumMonths = std::numeric_limits<std::int32_t>::max();

} // namespace

void ExpenditureImport::importRow(ImportRowReader& row, bool write)
{
    const auto period = row.month(PeriodColumn);
    const auto months = row.integer(BeneficiaryMonths, 0, maximumMonths);
    const auto expenditure = row.cents(Expenditure);
    const auto benchmark = row.cents(Benchmark);
    if (!row.isEmpty(PeriodColumn))
        if (const auto first = m_months.seen(std::string(row.raw(PeriodColumn)), row.line()))
            row.report(PeriodColumn, QStringLiteral("month %1 is already on line %2; keep one of "
                                                    "the two rows")
                                         .arg(toQString(row.raw(PeriodColumn)))
                                         .arg(*first));
    if (write && row.rowOk())
        m_upsert->bind(1, *period).bind(2, *months).bind(3, *expenditure).bind(4, *benchmark).run();
}

void ExpenditureImport::beginWrite(Database& db)
{
    m_upsert.emplace(db.prepare(R"sql(
        INSERT INTO expenditure (period, beneficiary_months, expenditure_cents, benchmark_cents)
        VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT (period) DO UPDATE SET
            beneficiary_months = excluded.beneficiary_months,
            expenditure_cents = excluded.expenditure_cents,
            benchmark_cents = excluded.benchmark_cents)sql"));
}

} // namespace aco
