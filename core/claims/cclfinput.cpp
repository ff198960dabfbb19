#include "claims/cclfinput.h"

#include "error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <algorithm>

namespace aco {

namespace {

std::string zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

[[noreturn]] void damagedZip(const QString& zipPath, const std::string& why)
{
    throw Error(quoted(zipPath) + " is not a readable zip file (" + why +
                    "); download the delivery again.",
                Error::Kind::InvalidData);
}

// An open zip archive, closed (without writing) on destruction.
class ZipArchive
{
public:
    explicit ZipArchive(const QString& path) : m_path(path)
    {
        int code = 0;
        m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
        if (!m_zip)
            damagedZip(path, zipErrorText(code));
    }
    ~ZipArchive()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    zip_t* get() const { return m_zip; }
    const QString& path() const { return m_path; }

private:
    QString m_path;
    zip_t* m_zip = nullptr;
};

class FolderFileStream final : public CclfByteStream
{
public:
    explicit FolderFileStream(const QString& path) : m_file(path)
    {
        if (!m_file.open(QIODevice::ReadOnly))
            throw Error("cannot read " + quoted(path) + ": " + m_file.errorString().toStdString() + '.');
    }
    std::int64_t read(char* buffer, std::int64_t size) override
    {
        const qint64 n = m_file.read(buffer, size);
        if (n < 0)
            throw Error("cannot read " + quoted(m_file.fileName()) + ": " +
                        m_file.errorString().toStdString() + '.');
        return n;
    }

private:
    QFile m_file;
};

class ZipEntryStream final : public CclfByteStream
{
public:
    ZipEntryStream(const QString& zipPath, const QString& entry) : m_archive(zipPath), m_entry(entry)
    {
        m_file = zip_fopen(m_archive.get(), entry.toUtf8().constData(), 0);
        if (!m_file)
            damagedZip(zipPath, "its entry " + entry.toStdString() + ": " +
                                    zip_strerror(m_archive.get()));
    }
    ~ZipEntryStream() override { zip_fclose(m_file); }
    std::int64_t read(char* buffer, std::int64_t size) override
    {
        const zip_int64_t n = zip_fread(m_file, buffer, static_cast<zip_uint64_t>(size));
        if (n < 0)
            damagedZip(m_archive.path(), "its entry " + m_entry.toStdString() + ": " +
                                             zip_file_strerror(m_file));
        return n;
    }

private:
    ZipArchive m_archive;
    QString m_entry;
    zip_file_t* m_file = nullptr;
};

void addFile(std::vector<CclfDeliveryFiles>& deliveries, const QString& source, CclfInputFile file)
{
    auto it = std::find_if(deliveries.begin(), deliveries.end(), [&](const CclfDeliveryFiles& d) {
        return d.source == source && d.id.sameDelivery(file.name);
    });
    if (it == deliveries.end()) {
        deliveries.push_back({source, file.name, {}});
        it = std::prev(deliveries.end());
    }
    const auto existing = it->files.find(file.name.file);
    if (existing != it->files.end())
        throw Error(quoted(source) + " holds two " + cclfFileLabel(file.name.file) +
                        " files of one delivery (" + existing->second.baseName().toStdString() +
                        " and " + file.baseName().toStdString() +
                        "); keep one delivery's files in a folder or zip.",
                    Error::Kind::InvalidData);
    it->files.emplace(file.name.file, std::move(file));
}

void scanZip(std::vector<CclfDeliveryFiles>& deliveries, const QString& zipPath)
{
    ZipArchive archive(zipPath);
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0)
            damagedZip(zipPath, zip_strerror(archive.get()));
        const QString entry = QString::fromUtf8(stat.name);
        const auto name = CclfFileName::parse(QFileInfo(entry).fileName());
        if (!name)
            continue;
        addFile(deliveries, zipPath,
                {*name, zipPath, entry, static_cast<std::int64_t>(stat.size)});
    }
}

void scanFolder(std::vector<CclfDeliveryFiles>& deliveries, const QString& folder, int depth)
{
    const QFileInfoList entries = QDir(folder).entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
    for (const QFileInfo& info : entries) {
        if (info.isDir()) {
            if (depth < 2)
                scanFolder(deliveries, info.filePath(), depth + 1);
        } else if (const auto name = CclfFileName::parse(info.fileName())) {
            addFile(deliveries, folder, {*name, {}, info.filePath(), info.size()});
        } else if (looksLikeZip(info.filePath())) {
            scanZip(deliveries, info.filePath());
        }
    }
}

} // namespace

QString CclfInputFile::displayName() const
{
    return container.isEmpty() ? path : container + QLatin1Char(':') + path;
}

QString CclfInputFile::baseName() const
{
    return QFileInfo(path).fileName();
}

std::unique_ptr<CclfByteStream> CclfInputFile::open() const
{
    if (container.isEmpty())
        return std::make_unique<FolderFileStream>(path);
    return std::make_unique<ZipEntryStream>(container, path);
}

bool looksLikeZip(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    return head == QByteArrayLiteral("PK\x03\x04") || head == QByteArrayLiteral("PK\x05\x06");
}

std::vector<CclfDeliveryFiles> findCclfDeliveries(const std::vector<QString>& paths)
{
    std::vector<CclfDeliveryFiles> deliveries;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const size_t before = deliveries.size();
        if (!info.exists())
            throw Error(quoted(path) + " does not exist; give a CCLF delivery's zip or folder.");
        if (info.isDir()) {
            scanFolder(deliveries, path, 0);
        } else if (looksLikeZip(path)) {
            scanZip(deliveries, path);
        } else if (const auto name = CclfFileName::parse(info.fileName())) {
            addFile(deliveries, info.path(), {*name, {}, path, info.size()});
        } else {
            throw Error(quoted(path) + " is neither a zip file nor a folder of CCLF files; give "
                                       "the delivery's zip as CMS sends it, or the folder it was "
                                       "unzipped to.",
                        Error::Kind::InvalidData);
        }
        if (deliveries.size() == before)
            throw Error(quoted(path) + " holds no CCLF file (names such as "
                                       "P.A1234.ACO.ZC1Y25.D251215.T0112000).",
                        Error::Kind::InvalidData);
    }
    std::stable_sort(deliveries.begin(), deliveries.end(),
                     [](const CclfDeliveryFiles& a, const CclfDeliveryFiles& b) {
                         if (a.id.fileDate != b.id.fileDate)
                             return a.id.fileDate < b.id.fileDate;
                         return a.id.fileTime < b.id.fileTime;
                     });
    return deliveries;
}

} // namespace aco
