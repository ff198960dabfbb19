#include "export/table.h"

#include "mssp/msspformat.h"

#include <QDate>

#include <algorithm>

namespace aco {

bool Table::hasPatientColumns() const
{
    return std::any_of(columns.begin(), columns.end(),
                       [](const TableColumn& column) { return column.patientData; });
}

QString Table::csvText(const QVariant& value, ColumnType type, int decimals)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case ColumnType::Text:
        return value.toString();
    case ColumnType::Integer:
        return QString::number(value.toLongLong());
    case ColumnType::Cents:
        return MsspFormat::plainCents(value.toLongLong()); // integer arithmetic, no double
    case ColumnType::Percent:
        return QString::number(value.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
    case ColumnType::Decimal:
        return QString::number(value.toDouble(), 'f', decimals);
    case ColumnType::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString();
}

} // namespace aco
