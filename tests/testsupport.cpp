#include "testsupport.h"

#include "demo/demoaco.h"

#include <QCryptographicHash>
#include <QFile>

#include <stdexcept>
#include <sys/stat.h>

namespace aco::test {

TempFolder::TempFolder()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

void writeSmallDemo(const QString& path, std::uint64_t seed)
{
    writeDemo(path, {DemoSize::Small, seed}, false);
}

unsigned fileMode(const QString& path)
{
    struct stat status = {};
    if (stat(QFile::encodeName(path).constData(), &status) != 0)
        return 07777;
    return status.st_mode & 0777;
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const QRegularExpression& mbiPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b[1-9][A-Z][A-Z0-9][0-9][A-Z][A-Z0-9][0-9][A-Z]{2}[0-9]{2}\\b"));
    return pattern;
}

} // namespace aco::test
