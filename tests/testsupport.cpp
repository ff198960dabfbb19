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

void writeRiversideExtracts(const QString& folder)
{
    const auto write = [&](const char* name, const QByteArray& csv) {
        writeFile(folder + QLatin1Char('/') + QLatin1String(name), csv);
    };
    write("practices.csv", "code,name,city\nRV1,Riverside Family Care,Riverside\n"
                           "RV2,Hillcrest Internists,Hillcrest\n");
    write("departments.csv", "code,name\nFM,Family Medicine\n");
    write("providers.csv",
          "npi,last_name,first_name,credential,specialty,kind,employment,practice_code,"
          "department_code,active_from,active_to\n"
          "1234567893,Lee,Ann,MD,Family Medicine,primary_care,employed,RV1,FM,2020-01-01,\n"
          "1245319599,Kim,Bo,DO,Internal Medicine,primary_care,independent,RV2,,2021-06-01,\n"
          "1003000126,Ortiz,Cy,MD,Cardiology,specialist,independent,RV2,,2022-01-01,\n");
    write("beneficiaries.csv", "mbi,last_name,first_name,birth_date,sex,pcp_npi,risk_score\n"
                               "1EG4TE5MK73,Doe,Jane,1950-03-01,F,1234567893,1.10\n"
                               "2EG4TE5MK73,Roe,John,1948-11-30,M,1245319599,0.90\n");
    write("results.csv", "measure_code,period,npi,numerator,denominator\n"
                         "AWV,2026-08,1234567893,40,100\n"
                         "AWV,2026-09,1234567893,45,100\n"
                         "AWV,2026-09,1245319599,10,20\n");
    write("expenditures.csv",
          "period,beneficiary_months,expenditure,benchmark\n2026-07,2,2100.50,2400.00\n");
}

} // namespace aco::test
