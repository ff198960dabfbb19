#include "import/caregapimport.h"

#include "import/importrowreader.h"
#include "store/database.h"

namespace aco {

namespace {

enum Column
{
    Mbi,
    MeasureCode,
    Description,
    DueDate,
    ClosedDate
};

} // namespace

struct CareGapImport::Row
{
    std::int64_t beneficiaryId;
    std::optional<std::int64_t> measureId;
    std::string_view description;
    QDate dueDate;
    std::optional<QDate> closedDate;
};

CareGapImport::CareGapImport(const Database& db)
    : m_beneficiaries(loadIds(db, "SELECT mbi, id FROM beneficiary")),
      m_measures(loadIds(db, "SELECT code, id FROM measure"))
{
}

std::optional<CareGapImport::Row> CareGapImport::read(ImportRowReader& row) const
{
    const auto mbi = row.mbi(Mbi);
    const auto beneficiaryId = mbi ? findId(m_beneficiaries, *mbi) : std::nullopt;
    if (mbi && !beneficiaryId)
        row.report(Mbi, QStringLiteral("MBI %1 is not a beneficiary of this ACO; import the "
                                       "beneficiaries first")
                            .arg(toQString(*mbi)));
    const auto code = row.text(MeasureCode);
    const auto measureId = code ? findId(m_measures, *code) : std::nullopt;
    if (code && !measureId)
        row.report(MeasureCode, QStringLiteral("measure_code \"%1\" is not a measure of this ACO; "
                                               "leave it empty or use one that is")
                                    .arg(toQString(*code)));
    const auto description = row.text(Description);
    const auto dueDate = row.date(DueDate);
    const auto closedDate = row.isEmpty(ClosedDate) ? std::nullopt : row.date(ClosedDate);
    if (!row.rowOk())
        return std::nullopt;
    return Row{*beneficiaryId, measureId, *description, *dueDate, closedDate};
}

void CareGapImport::importRow(ImportRowReader& row, bool write)
{
    const auto gap = read(row);
    std::string key;
    for (int column : {Mbi, MeasureCode, Description, DueDate})
        key.append(row.raw(column)).push_back('\0');
    if (const auto first = m_gaps.seen(std::move(key), row.line()))
        row.report(Description, QStringLiteral("the same care gap (MBI, measure, description and "
                                               "due date) is already on line %1; keep one of the "
                                               "two rows")
                                    .arg(*first));
    if (!write || !row.rowOk())
        return;
    // The first row of a beneficiary replaces the gaps they had.
    if (m_replaced.insert(gap->beneficiaryId).second)
        m_remove->bind(1, gap->beneficiaryId).run();
    m_insert->bind(1, gap->beneficiaryId)
        .bind(2, gap->measureId)
        .bind(3, gap->description)
        .bind(4, gap->dueDate.toString(Qt::ISODate));
    if (gap->closedDate)
        m_insert->bind(5, gap->closedDate->toString(Qt::ISODate));
    else
        m_insert->bindNull(5);
    m_insert->run();
}

void CareGapImport::beginWrite(Database& db)
{
    m_remove.emplace(db.prepare("DELETE FROM care_gap WHERE beneficiary_id = ?1"));
    m_insert.emplace(db.prepare("INSERT INTO care_gap (beneficiary_id, measure_id, description, "
                                "due_date, closed_date) VALUES (?1, ?2, ?3, ?4, ?5)"));
}

} // namespace aco
