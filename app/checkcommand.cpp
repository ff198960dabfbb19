#include "checkcommand.h"

#include "check.h"
#include "store/migrations.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <boost/program_options/value_semantic.hpp>

#include <iomanip>
#include <iostream>

namespace po = boost::program_options;

namespace aco::app {

void CheckCommand::addOptions(po::options_description& options) const
{
    options.add_options()
        ("db", po::value<std::string>()->required()->value_name("FILE"), "the file to check")
        ("json", "print the report as a JSON object");
}

ExitCode CheckCommand::run(const po::variables_map& values) const
{
    const QString path = QString::fromStdString(values["db"].as<std::string>());
    const Store store = Store::openReadOnly(path);
    const CheckReport report = checkDatabase(store.db());

    if (values.count("json")) {
        QJsonObject counts;
        for (const auto& [table, rows] : report.rowCounts)
            counts.insert(QString::fromStdString(table), static_cast<qint64>(rows));
        QJsonArray problems;
        for (const std::string& problem : report.problems)
            problems.append(QString::fromStdString(problem));
        const QJsonObject json{
            {QStringLiteral("file"), path},
            {QStringLiteral("schema_version"), report.schemaVersion},
            {QStringLiteral("ok"), report.ok()},
            {QStringLiteral("rows"), counts},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("content_sha256"), report.contentHash},
        };
        std::cout << QJsonDocument(json).toJson(QJsonDocument::Indented).toStdString();
    } else {
        std::cout << "File:           " << path.toStdString() << '\n'
                  << "Schema version: " << report.schemaVersion
                  << (report.schemaVersion == latestSchemaVersion() ? " (current)" : "") << '\n'
                  << "Rows:\n";
        for (const auto& [table, rows] : report.rowCounts)
            std::cout << "  " << std::left << std::setw(20) << table << std::right << std::setw(12)
                      << rows << '\n';
        std::cout << "Content SHA-256: " << report.contentHash.toStdString() << '\n';
        if (report.ok()) {
            std::cout << "Result: no problems found.\n";
        } else {
            std::cout << "Result: " << report.problems.size() << " problem"
                      << (report.problems.size() == 1 ? "" : "s") << " found:\n";
            for (const std::string& problem : report.problems)
                std::cout << "  - " << problem << '\n';
        }
    }
    if (!report.ok())
        std::cerr << "aco-workbench: '" << path.toStdString() << "' has problems; see the report above.\n";
    return report.ok() ? ExitOk : ExitInvalidData;
}

} // namespace aco::app
