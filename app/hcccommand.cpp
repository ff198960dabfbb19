#include "hcccommand.h"

#include "error.h"
#include "risk/hccbatch.h"
#include "risk/riskmodel.h"

#include <QFile>
#include <QStringList>

#include <boost/program_options/value_semantic.hpp>

#include <algorithm>
#include <cstdint>
#include <iostream>

namespace po = boost::program_options;

namespace aco::app {

namespace {

// Problems shown on stderr; a file with more is likely wrong throughout.
constexpr size_t shownProblems = 100;

QByteArray readInput(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error("cannot read " + quoted(path) + ": " + file.errorString().toStdString() + '.');
    return file.readAll();
}

QString builtInYearList()
{
    QStringList years;
    for (int year : RiskModel::builtInYears())
        years << QString::number(year);
    return years.join(QStringLiteral(", "));
}

} // namespace

void HccCommand::addOptions(po::options_description& options) const
{
    const QList<int> years = RiskModel::builtInYears();
    // clang-format off
    options.add_options()
        ("beneficiaries", po::value<std::string>()->required()->value_name("FILE.csv"),
         "one row per beneficiary, CMS's columns ID,DOB,SEX,OREC,LTIMCAID,NEMCAID (DOB as "
         "YYYY-MM-DD, YYYYMMDD or MM/DD/YYYY; SEX 1 male, 2 female; OREC 0-3; the Medicaid flags "
         "0 or 1)")
        ("diagnoses", po::value<std::string>()->required()->value_name("FILE.csv"),
         "one row per diagnosis, CMS's columns ID,ICD10 (ICD-10-CM, with or without the dot)")
        ("out,o", po::value<std::string>()->required()->value_name("FILE.csv"),
         "the scores, one row per beneficiary: ID,HCCS, the raw score of each "
         "continuing-enrollee segment and NE; replaced whole, never half-written")
        ("year", po::value<int>()->default_value(years.isEmpty() ? 0 : years.back())
                     ->value_name("YYYY"),
         ("the payment year, whose model and tables are used (built in: " +
          builtInYearList().toStdString() + ")")
             .c_str());
    // clang-format on
}

ExitCode HccCommand::run(const po::variables_map& values) const
{
    const auto path = [&](const char* key) {
        return QString::fromStdString(values[key].as<std::string>());
    };
    const QString beneficiariesPath = path("beneficiaries");
    const QString diagnosesPath = path("diagnoses");
    const QString outPath = path("out");
    const RiskModel& model = RiskModel::builtIn(values["year"].as<int>());
    const HccBatch batch = HccBatch::score(model, readInput(beneficiariesPath), beneficiariesPath,
                                           readInput(diagnosesPath), diagnosesPath);
    writeAtomically(outPath, batch.outputCsv());

    const std::string scored = std::to_string(batch.scoredCount()) + " of " +
                               std::to_string(batch.beneficiaryRows()) + " beneficiaries";
    for (size_t i = 0; i < std::min(batch.problems().size(), shownProblems); ++i)
        std::cerr << HccBatch::problemText(batch.problems()[i]).toStdString() << '\n';
    if (batch.problems().size() > shownProblems)
        std::cerr << "... and " << batch.problems().size() - shownProblems << " more problems.\n";
    if (const std::int64_t unmatched = batch.unmatchedDiagnoses(); unmatched > 0)
        std::cerr << "aco-workbench: " << unmatched
                  << (unmatched == 1 ? " diagnosis in " : " diagnoses in ") << quoted(diagnosesPath)
                  << (unmatched == 1 ? " is for an ID" : " are for IDs") << " not in "
                  << quoted(beneficiariesPath) << "; not used.\n";
    if (!batch.problems().empty()) {
        std::cerr << "aco-workbench: " << batch.problems().size() << " problem"
                  << (batch.problems().size() == 1 ? "" : "s")
                  << " in the input; a beneficiary with one is not scored. Wrote " << scored
                  << " to " << quoted(outPath) << ".\n";
        return ExitInvalidData;
    }
    std::cout << "Scored " << scored << " with " << model.name().toStdString()
              << " for payment year " << model.paymentYear() << " into " << quoted(outPath)
              << ".\n";
    return ExitOk;
}

} // namespace aco::app
