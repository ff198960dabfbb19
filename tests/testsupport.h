#pragma once

#include <QByteArray>
#include <QRegularExpression>
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
// Writes the extracts of a small ACO, Riverside, to `folder` as KIND.csv: two practices
// (RV1, RV2), a department (FM), three providers (two primary care), two beneficiaries, three
// AWV results (numerators 40, 45 and 10: 95 in all) in August and September 2026 and July 2026's
// expenditures ($2,100.50).
void writeRiversideExtracts(const QString& folder);
// A file's permission bits (0600), or 07777 when there is no such file.
unsigned fileMode(const QString& path);
// A file's bytes as UTF-8 text; empty when it cannot be read.
QString readText(const QString& path);
// The Medicare Beneficiary Identifier's format, from CMS's specification: 11 characters, position
// 1 a digit 1-9, 2, 5, 8 and 9 letters, 4, 7, 10 and 11 digits, 3 and 6 a letter or digit.
const QRegularExpression& mbiPattern();

} // namespace aco::test
