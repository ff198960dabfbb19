#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <ostream>

// Readable QStrings in GoogleTest's failure messages.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace aco::test {

// A fresh temporary folder per test, removed afterwards.
class TempFolder
{
public:
    TempFolder();
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// SHA-256 of a file's bytes: to prove that a file was left untouched.
QByteArray fileSha256(const QString& path);
// Writes `bytes` to `path`, replacing it.
void writeFile(const QString& path, const QByteArray& bytes);
// Writes the small demo ACO with `seed` to `path`.
void writeSmallDemo(const QString& path, std::uint64_t seed = 1);

} // namespace aco::test
