#include "export/modeltable.h"

#include <QAbstractItemModel>
#include <QDate>

namespace aco::ui {

namespace {

QVariant cellValue(const QAbstractItemModel& model, const QModelIndex& index)
{
    const QVariant edit = model.data(index, Qt::EditRole);
    return edit.isValid() ? edit : model.data(index, Qt::DisplayRole);
}

ColumnType inferredType(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return ColumnType::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return ColumnType::Decimal;
    case QMetaType::QDate:
        return ColumnType::Date;
    default:
        return ColumnType::Text;
    }
}

ColumnType columnType(const QAbstractItemModel& model, int column)
{
    const QVariant declared = model.headerData(column, Qt::Horizontal, ExportColumnTypeRole);
    if (declared.isValid())
        return static_cast<ColumnType>(declared.toInt());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant value = cellValue(model, model.index(row, column));
        if (value.isValid() && !value.isNull())
            return inferredType(value);
    }
    return ColumnType::Text;
}

QVariant converted(const QVariant& value, ColumnType type)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Cents:
        return value.toLongLong();
    case ColumnType::Percent:
    case ColumnType::Decimal:
        return value.toDouble();
    case ColumnType::Date:
        return value.toDate();
    case ColumnType::Text:
        break;
    }
    return value.toString();
}

} // namespace

Table tableFromModel(const QAbstractItemModel& model, const QString& title, bool maskPhi)
{
    Table table;
    table.title = title;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c)
        table.columns.push_back({model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(),
                                 columnType(model, c),
                                 model.headerData(c, Qt::Horizontal, PatientDataRole).toBool()});
    const int rows = model.rowCount();
    table.rows.reserve(static_cast<size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        std::vector<QVariant> row;
        row.reserve(static_cast<size_t>(columns));
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            const TableColumn& column = table.columns[static_cast<size_t>(c)];
            row.push_back(maskPhi && column.patientData
                              ? converted(model.data(index, MaskedTextRole), ColumnType::Text)
                              : converted(cellValue(model, index), column.type));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace aco::ui
