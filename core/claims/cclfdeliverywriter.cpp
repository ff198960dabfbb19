#include "claims/cclfdeliverywriter.h"

#include "claims/cclflayout.h"
#include "error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <zip.h>

#include <algorithm>
#include <cstdio>

namespace aco {

struct CclfDeliveryWriter::Output
{
    QFile file;
    std::string buffer;
    std::int64_t records = 0;
    int recordLength = 0;
};

namespace {

constexpr size_t flushSize = size_t{1} << 20;

QString fileNameFor(CclfFileName id, CclfFile file)
{
    id.file = file;
    return id.toString();
}

// The time a zip entry carries, in MS-DOS form: the delivery's own date and time (its name's D and
// T), rather than when the temporary file was written, so that the same delivery always packs to
// the same bytes, in any time zone.
struct DosTime
{
    zip_uint16_t time;
    zip_uint16_t date;
};

DosTime dosTimeOf(const CclfFileName& id)
{
    const int year = std::clamp(id.fileDate / 10000, 1980, 2107);
    const int month = id.fileDate / 100 % 100;
    const int day = id.fileDate % 100;
    const auto part = [&](int from) { return id.fileTime.mid(from, 2).toInt(); };
    const int hour = std::clamp(part(0), 0, 23);
    const int minute = std::clamp(part(2), 0, 59);
    const int second = std::clamp(part(4), 0, 59);
    return {static_cast<zip_uint16_t>(hour << 11 | minute << 5 | second / 2),
            static_cast<zip_uint16_t>((year - 1980) << 9 | month << 5 | day)};
}

} // namespace

CclfDeliveryWriter::CclfDeliveryWriter(const QString& target, const CclfFileName& id, Packing packing)
    : m_target(target), m_id(id), m_packing(packing)
{
    if (packing == Packing::Folder) {
        if (!QDir().mkpath(target))
            throw Error("cannot create the folder " + quoted(target) + '.');
        m_folder = target;
    } else {
        m_temporary = std::make_unique<QTemporaryDir>(QFileInfo(target).absolutePath() +
                                                      QStringLiteral("/.cclf-XXXXXX"));
        if (!m_temporary->isValid())
            throw Error("cannot write beside " + quoted(target) + ": " +
                        m_temporary->errorString().toStdString() + '.');
        m_folder = m_temporary->path();
    }
    for (CclfFile file : cclfDataFiles)
        output(file);
}

CclfDeliveryWriter::~CclfDeliveryWriter()
{
    if (m_finished || m_packing == Packing::Zip)
        return; // the temporary folder removes itself
    for (auto& [file, out] : m_outputs) {
        out->file.close();
        out->file.remove();
    }
}

CclfDeliveryWriter::Output& CclfDeliveryWriter::output(CclfFile file)
{
    auto& slot = m_outputs[file];
    if (!slot) {
        slot = std::make_unique<Output>();
        slot->file.setFileName(m_folder + QLatin1Char('/') + fileNameFor(m_id, file));
        if (!slot->file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw Error("cannot write " + quoted(slot->file.fileName()) + ": " +
                        slot->file.errorString().toStdString() + '.');
    }
    return *slot;
}

void CclfDeliveryWriter::flush(Output& out)
{
    if (out.buffer.empty())
        return;
    if (out.file.write(out.buffer.data(), static_cast<qint64>(out.buffer.size())) !=
        static_cast<qint64>(out.buffer.size()))
        throw Error("cannot write " + quoted(out.file.fileName()) + ": " +
                    out.file.errorString().toStdString() + '.');
    out.buffer.clear();
}

void CclfDeliveryWriter::add(CclfFile file, std::string_view record)
{
    Output& out = output(file);
    out.buffer.append(record);
    out.buffer.append("\r\n");
    out.recordLength = static_cast<int>(record.size());
    ++out.records;
    if (out.buffer.size() >= flushSize)
        flush(out);
}

std::int64_t CclfDeliveryWriter::records(CclfFile file) const
{
    const auto it = m_outputs.find(file);
    return it == m_outputs.end() ? 0 : it->second->records;
}

void CclfDeliveryWriter::leaveOut(CclfFile file)
{
    const auto it = m_outputs.find(file);
    if (it == m_outputs.end())
        return;
    it->second->file.close();
    it->second->file.remove();
    m_outputs.erase(it);
    m_leftOut.push_back(file);
}

void CclfDeliveryWriter::writeSummary()
{
    Output& out = output(CclfFile::Summary);
    char line[128];
    std::snprintf(line, sizeof line, "%-13s|%-20s|%-20s|%-13s", "File Number", "File Description",
                  "Total Records Count", "Record Length");
    out.buffer.append(line).append("\r\n");
    for (CclfFile file : {CclfFile::PartAHeader, CclfFile::PartARevenue, CclfFile::PartAProcedure,
                          CclfFile::PartADiagnosis, CclfFile::PartBPhysician, CclfFile::PartBDme,
                          CclfFile::PartD, CclfFile::Beneficiary, CclfFile::MbiXref,
                          CclfFile::PartABenefit, CclfFile::PartBBenefit}) {
        if (std::find(m_leftOut.begin(), m_leftOut.end(), file) != m_leftOut.end())
            continue;
        const Output& data = output(file);
        const int length = data.records > 0 ? data.recordLength : cclfRecordLengths(file).front();
        std::snprintf(line, sizeof line, "%-7s|%-43s|%11lld|%5d ", cclfFileLabel(file).c_str(),
                      cclfFileDescription(file), static_cast<long long>(data.records), length);
        out.buffer.append(line).append("\r\n");
    }
}

void CclfDeliveryWriter::finish(bool withSummary)
{
    if (withSummary)
        writeSummary();
    for (auto& [file, out] : m_outputs) {
        flush(*out);
        out->file.close();
    }
    if (m_packing == Packing::Zip) {
        const QString partial = m_target + QStringLiteral(".partial");
        int code = 0;
        zip_t* zip = zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
        if (!zip)
            throw Error("cannot write " + quoted(partial) + '.');
        const DosTime stamp = dosTimeOf(m_id);
        for (auto& [file, out] : m_outputs) {
            const QString path = out->file.fileName();
            zip_source_t* source = zip_source_file(zip, QFile::encodeName(path).constData(), 0, -1);
            const zip_int64_t index =
                source ? zip_file_add(zip, QFileInfo(path).fileName().toUtf8().constData(), source,
                                      ZIP_FL_ENC_UTF_8)
                       : -1;
            // zlib's default level: libzip's own (9) is five times slower on these files for
            // three percent less.
            if (index < 0 ||
                zip_file_set_dostime(zip, static_cast<zip_uint64_t>(index), stamp.time, stamp.date, 0) < 0 ||
                zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 6) < 0) {
                if (index < 0)
                    zip_source_free(source);
                zip_discard(zip);
                QFile::remove(partial);
                throw Error("cannot add " + quoted(path) + " to " + quoted(partial) + '.');
            }
        }
        if (zip_close(zip) != 0) {
            zip_discard(zip);
            QFile::remove(partial);
            throw Error("cannot write " + quoted(partial) + '.');
        }
        QFile::remove(m_target);
        if (!QFile::rename(partial, m_target))
            throw Error("cannot rename " + quoted(partial) + " to " + quoted(m_target) + '.');
    }
    m_finished = true;
}

QString CclfDeliveryWriter::zipName(const CclfFileName& id)
{
    return QStringLiteral("P.%1.ACO.ZC%2%3.D%4.T%5.zip")
        .arg(id.acoId)
        .arg(QLatin1Char(static_cast<char>(id.kind)))
        .arg(id.performanceYear % 100, 2, 10, QLatin1Char('0'))
        .arg(id.fileDate % 1000000, 6, 10, QLatin1Char('0'))
        .arg(id.fileTime);
}

} // namespace aco
