#include "export/tablewriter.h"

#include "csv/csvwriter.h"
#include "error.h"
#include "store/temporaryfiles.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <fcntl.h>
#include <unistd.h>

namespace aco {

namespace {

[[noreturn]] void cannotWrite(const QString& path, const std::string& why)
{
    throw Error("cannot write " + quoted(path) + " (" + why +
                "); check the folder exists, that you may write there and that the disk has "
                "space.");
}

QByteArray csvBytes(const Table& table)
{
    CsvWriter csv;
    QStringList header;
    for (const TableColumn& column : table.columns)
        header.append(column.title);
    csv.addRecord(header);
    for (const auto& row : table.rows) {
        QStringList fields;
        for (size_t c = 0; c < table.columns.size(); ++c)
            fields.append(c < row.size() ? Table::csvText(row[c], table.columns[c].type, table.columns[c].decimals)
                                         : QString());
        csv.addRecord(fields);
    }
    return csv.data();
}

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\ .
std::string sheetName(const QString& title)
{
    QString name = title.isEmpty() ? QStringLiteral("Export") : title;
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, QLatin1Char(' '));
    return name.left(31).toStdString();
}

// Empty on success, else what went wrong.
std::string writeXlsx(const Table& table, const QString& file)
{
    const QByteArray name = QFile::encodeName(file);
    lxw_workbook* book = workbook_new(name.constData());
    if (!book)
        return "the workbook cannot be started";
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName(table.title).c_str());
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    const auto numberFormat = [&](const char* pattern) {
        lxw_format* format = workbook_add_format(book);
        format_set_num_format(format, pattern);
        return format;
    };
    lxw_format* money = numberFormat("$#,##0.00");
    lxw_format* percent = numberFormat("0.0%");
    std::map<int, lxw_format*> decimalFormats; // by places: "#,##0.00", "#,##0.000", ...
    const auto decimal = [&](int places) {
        lxw_format*& format = decimalFormats[places];
        if (!format)
            format = numberFormat(("#,##0" + (places > 0 ? "." + std::string(size_t(places), '0') : std::string()))
                                      .c_str());
        return format;
    };
    lxw_format* integer = numberFormat("#,##0");
    lxw_format* date = numberFormat("yyyy-mm-dd");

    const auto columns = static_cast<lxw_col_t>(table.columns.size());
    std::vector<int> widths(table.columns.size());
    for (lxw_col_t c = 0; c < columns; ++c) {
        worksheet_write_string(sheet, 0, c, table.columns[c].title.toStdString().c_str(), header);
        widths[c] = static_cast<int>(table.columns[c].title.size());
    }
    lxw_row_t r = 1;
    for (const auto& row : table.rows) {
        for (lxw_col_t c = 0; c < columns && c < row.size(); ++c) {
            const QVariant& value = row[c];
            if (!value.isValid() || value.isNull())
                continue;
            const ColumnType type = table.columns[c].type;
            const int decimals = table.columns[c].decimals;
            widths[c] = std::max(widths[c], static_cast<int>(Table::csvText(value, type, decimals).size()) +
                                                (type == ColumnType::Cents ? 4 : 1));
            switch (type) {
            case ColumnType::Text:
                worksheet_write_string(sheet, r, c, value.toString().toStdString().c_str(),
                                       nullptr);
                break;
            case ColumnType::Integer:
                worksheet_write_number(sheet, r, c, value.toDouble(), integer);
                break;
            case ColumnType::Cents:
                worksheet_write_number(sheet, r, c, static_cast<double>(value.toLongLong()) / 100.0,
                                       money);
                break;
            case ColumnType::Percent:
                worksheet_write_number(sheet, r, c, value.toDouble(), percent);
                break;
            case ColumnType::Decimal:
                worksheet_write_number(sheet, r, c, value.toDouble(), decimal(decimals));
                break;
            case ColumnType::Date: {
                const QDate d = value.toDate();
                lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0.0};
                worksheet_write_datetime(sheet, r, c, &when, date);
                break;
            }
            }
        }
        ++r;
    }
    for (lxw_col_t c = 0; c < columns; ++c)
        worksheet_set_column(sheet, c, c, std::clamp(widths[c] + 2, 8, 60), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(sheet, 0, 0, r - 1, columns - 1);
    const lxw_error result = workbook_close(book);
    return result == LXW_NO_ERROR ? std::string() : std::string(lxw_strerror(result));
}

} // namespace

ExportFormat exportFormatOf(const QString& path)
{
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return ExportFormat::Csv;
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return ExportFormat::Xlsx;
    throw Error(quoted(path) + " must end in .csv or .xlsx.", Error::Kind::Usage);
}

QString writeTableBeside(const Table& table, const QString& path, bool ownerOnly)
{
    const ExportFormat format = exportFormatOf(path);
    const QFileInfo info(path);
    if (info.isDir())
        throw Error(quoted(path) + " is a folder; give a file name ending in .csv or .xlsx.",
                    Error::Kind::Usage);
    // Created with its final permissions before any byte is written, then renamed into place.
    // Named for the process and the export, so that two exports to one path do not meet.
    static std::atomic<int> exports = 0;
    TemporaryFiles::removeStale(path); // of exports whose process was killed outright
    const QString partial = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                            QStringLiteral(".partial-%1-%2").arg(getpid()).arg(++exports);
    const TemporaryFiles::Guard temporary(partial); // removed on SIGTERM while it is written
    const QByteArray partialName = QFile::encodeName(partial);
    ::unlink(partialName.constData());
    const int fd = ::open(partialName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          ownerOnly ? 0600 : 0666);
    if (fd < 0)
        cannotWrite(path, std::strerror(errno));
    std::string failure;
    if (format == ExportFormat::Csv) {
        const QByteArray bytes = csvBytes(table);
        QFile file;
        if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle) ||
            file.write(bytes) != bytes.size() || !file.flush() || ::fsync(fd) != 0)
            failure = file.errorString().toStdString();
    } else {
        ::close(fd);
        failure = writeXlsx(table, partial);
    }
    if (!failure.empty()) {
        ::unlink(partialName.constData());
        cannotWrite(path, failure);
    }
    return partial;
}

void moveIntoPlace(const QString& written, const QString& path)
{
    if (std::rename(QFile::encodeName(written).constData(), QFile::encodeName(path).constData()) !=
        0) {
        const std::string failure = std::strerror(errno);
        QFile::remove(written);
        cannotWrite(path, failure);
    }
}

void writeTable(const Table& table, const QString& path, bool ownerOnly)
{
    moveIntoPlace(writeTableBeside(table, path, ownerOnly), path);
}

} // namespace aco
