#include "export/table.h"

#include <QDate>

#include <algorithm>
#include <cstdlib>

namespace aco {

bool Table::hasPatientColumns() const
{
    return std::any_of(columns.begin(), columns.end(),
                       [](const TableColumn& column) { return column.patientData; });
}

QString Table::csvText(const QVariant& value, ColumnType type)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case ColumnType::Text:
        return value.toString();
    case ColumnType::Integer:
        return QString::number(value.toLongLong());
    case ColumnType::Cents: {
        // Integer arithmetic: no rounding through double.
        const qint64 cents = value.toLongLong();
        const auto magnitude = static_cast<qulonglong>(std::llabs(cents));
        return QStringLiteral("%1%2.%3")
            .arg(cents < 0 ? QStringLiteral("-") : QString())
            .arg(magnitude / 100)
            .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    }
    case ColumnType::Percent:
        return QString::number(value.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
    case ColumnType::Decimal:
        return QString::number(value.toDouble(), 'f', 2);
    case ColumnType::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString();
}

} // namespace aco
