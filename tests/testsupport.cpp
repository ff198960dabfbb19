#include "testsupport.h"

#include "demo/demoaco.h"

#include <QCryptographicHash>
#include <QFile>

#include <stdexcept>

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

} // namespace aco::test
