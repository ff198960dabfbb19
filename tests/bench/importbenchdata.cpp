#include "importbenchdata.h"

#include "demo/demoaco.h"
#include "identifiers.h"
#include "import/importer.h"
#include "period.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>

#include <stdexcept>
#include <string>
#include <vector>

namespace aco::bench {

namespace {

constexpr std::int64_t targetRows = 5'000'000;
constexpr int extraProviders = 1000;

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

ImportBenchData make()
{
    static QTemporaryDir folder;
    ImportBenchData data{folder.filePath(QStringLiteral("bench.aco")),
                         folder.filePath(QStringLiteral("results.csv")), 0};
    writeDemo(data.database, {DemoSize::Small, 1}, true);
    Store store = Store::open(data.database);

    QByteArray providers = "npi,last_name,first_name,specialty,kind,employment,practice_code,"
                           "active_from\n";
    for (int i = 0; i < extraProviders; ++i) {
        const std::string nine = std::to_string(190'000'000 + i);
        providers += QByteArray::fromStdString(nine + npiCheckDigit(nine)) +
                     ",Bench,Provider,Internal Medicine,primary_care,employed,PR001,1990-01-01\n";
    }
    const ImportReport added =
        importCsv(store.db(), ImportKind::Providers,
                  std::string_view(providers.constData(), size_t(providers.size())),
                  QStringLiteral("providers.csv"), false);
    if (!added.written)
        throw std::runtime_error("the benchmark's providers were not imported");

    std::vector<std::string> npis;
    auto query = store.db().prepare("SELECT npi FROM provider ORDER BY npi");
    while (query.step())
        npis.emplace_back(query.utf8(0));
    std::vector<std::string> measures;
    auto measureQuery = store.db().prepare("SELECT code FROM measure ORDER BY code");
    while (measureQuery.step())
        measures.emplace_back(measureQuery.utf8(0));

    // Months back from 2025-12, as many as the rows need; ordered as extracts usually are.
    const auto perMonth = static_cast<std::int64_t>(npis.size() * measures.size());
    const int months = static_cast<int>((targetRows + perMonth - 1) / perMonth);
    const Period first = Period(2025, 12).addMonths(1 - months);
    std::string csv = "measure_code,period,npi,numerator,denominator\n";
    csv.reserve(static_cast<size_t>(targetRows) * 40);
    for (const std::string& measure : measures) {
        for (int m = 0; m < months; ++m) {
            const std::string month = first.addMonths(m).toString().toStdString();
            for (size_t p = 0; p < npis.size(); ++p) {
                const int denominator = 20 + static_cast<int>((p * 7 + size_t(m) * 13) % 400);
                const int numerator =
                    static_cast<int>((p * 31 + size_t(m)) % size_t(denominator + 1));
                csv += measure + ',' + month + ',' + npis[p] + ',' + std::to_string(numerator) +
                       ',' + std::to_string(denominator) + '\n';
                ++data.rows;
            }
        }
    }
    writeFile(data.results, QByteArray::fromStdString(csv));
    return data;
}

} // namespace

const ImportBenchData& importBenchData()
{
    static const ImportBenchData data = make();
    return data;
}

} // namespace aco::bench
