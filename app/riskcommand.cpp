#include "riskcommand.h"

#include "error.h"
#include "mssp/msspformat.h"
#include "risk/acorisk.h"
#include "risk/riskmodel.h"
#include "risk/riskscoring.h"
#include "riskreport.h"
#include "store/store.h"

#include <boost/program_options/value_semantic.hpp>

#include <iomanip>
#include <iostream>
#include <optional>

namespace po = boost::program_options;

namespace aco::app {

namespace {

std::string count(std::int64_t n)
{
    return MsspFormat::count(n).toStdString();
}

std::string score(double value)
{
    return QString::number(value, 'f', 3).toStdString();
}

std::string percent(double fraction)
{
    return (fraction >= 0 ? "+" : "") + QString::number(fraction * 100.0, 'f', 1).toStdString() +
           '%';
}

void printScoring(const RiskScoringResult& result)
{
    for (const RiskYearSummary& y : result.years) {
        const RiskModel& model = riskModelFor(y.paymentYear);
        std::cout << "Scored " << count(y.scored) << " of "
                  << count(y.scored + y.withoutDemographics + y.deceased)
                  << " beneficiaries for payment year " << y.paymentYear << " from the claims of "
                  << y.paymentYear - 1 << ", with " << model.name().toStdString()
                  << " (the tables of " << y.modelYear << ", normalization factor "
                  << model.normalizationFactor() << ").\n";
        std::cout << "  Segments:";
        const char* separator = " ";
        for (int s = 0; s < riskSegmentCount; ++s) {
            if (y.bySegment[size_t(s)] == 0)
                continue;
            std::cout << separator << riskSegmentName(RiskSegment(s)) << ' '
                      << count(y.bySegment[size_t(s)]);
            separator = ", ";
        }
        if (y.scored == 0)
            std::cout << " none";
        std::cout << " (community: the claims do not say who lives in an institution).\n"
                  << "  " << count(y.withDiagnoses) << " with at least one payment HCC, from "
                  << count(y.diagnoses) << " diagnoses that count for risk adjustment.\n";
        if (y.scored > 0)
            std::cout << "  Average score: raw " << score(y.averageRaw) << ", normalized "
                      << score(y.averageNormalized) << ".\n";
        if (y.withoutDemographics > 0 || y.deceased > 0)
            std::cout << "  Not scored: " << count(y.withoutDemographics)
                      << " without a birth date or sex in the roster (CCLF8 gives them), "
                      << count(y.deceased) << " who died before " << y.paymentYear << ".\n";
    }
    for (const QString& note : result.notes)
        std::cout << "Note: " << note.toStdString() << '\n';
}

void printGrowth(const AcoRiskGrowth& g)
{
    if (g.beneficiaries > 0) {
        std::cout << "\nAverage normalized score by enrollment type, " << g.performanceYear;
        if (g.rule)
            std::cout << ", against benchmark year 3 (" << g.rule->benchmarkYear
                      << ") of the agreement period from " << g.rule->agreementStartYear;
        std::cout << ":\n";
        const auto row = [](const char* name, int beneficiaries,
                            const std::optional<double>& average) {
            std::cout << "  " << std::left << std::setw(14) << name << std::right << std::setw(9)
                      << count(beneficiaries) << "  "
                      << (average ? score(*average) : std::string("-"));
        };
        for (const EnrollmentRisk& t : g.types) {
            row(enrollmentTypeName(t.type), t.beneficiaries, t.average);
            if (t.benchmarkAverage && g.rule)
                std::cout << "  (" << g.rule->benchmarkYear << ": " << score(*t.benchmarkAverage)
                          << ")";
            if (t.growth) {
                std::cout << "  change " << percent(t.growth->growth());
                if (t.growth->capRatio)
                    std::cout << ", cap " << percent(*t.growth->capRatio - 1.0) << ", honoured "
                              << percent(t.growth->honouredGrowth())
                              << (t.growth->capped ? " (capped)" : "");
            }
            std::cout << '\n';
        }
        row("all", g.beneficiaries, g.average);
        std::cout << '\n';
    }
    if (g.rule)
        std::cout << "Rule: " << g.rule->description.toStdString() << " ("
                  << g.rule->citation.toStdString() << ")\n";
    for (const QString& note : g.notes)
        std::cout << "Note: " << note.toStdString() << '\n';
}

} // namespace

void RiskCommand::addOptions(po::options_description& options) const
{
    // clang-format off
    options.add_options()
        ("db", po::value<std::string>()->required()->value_name("FILE"), "the ACO Workbench file, with CCLF claims")
        ("year", po::value<int>()->required()->value_name("YYYY"),
         "the payment year to score, from the diagnoses of the year before; years without tables of "
         "their own are scored with the latest the program has, and the output says so")
        ("provider", po::value<std::string>()->value_name("NPI"),
         "also show this provider's attributed patients: their average against the ACO's, the "
         "largest changes since the prior year and quarter, and the recapture list")
        ("limit", po::value<int>()->default_value(20)->value_name("N"),
         "at most N patients in each of the provider's lists")
        ("mask-phi", "patients by initials and the MBI's last four characters");
    // clang-format on
}

ExitCode RiskCommand::run(const po::variables_map& values) const
{
    const QString dbPath = QString::fromStdString(values["db"].as<std::string>());
    const int year = values["year"].as<int>();
    if (year < 2012 || year > 2100)
        throw Error("--year " + std::to_string(year) +
                        " is not a payment year the Shared Savings Program has had; "
                        "give one from 2012 on.",
                    Error::Kind::Usage);
    const int limit = values["limit"].as<int>();
    if (limit < 0)
        throw Error("--limit must be 0 or more.", Error::Kind::Usage);

    Store store = Store::open(dbPath);
    store.requireWritable(QStringLiteral("store the risk scores"));
    std::optional<std::int64_t> provider;
    if (values.count("provider"))
        provider =
            providerIdOf(store.db(), QString::fromStdString(values["provider"].as<std::string>()));

    printScoring(scoreRiskYears(store.db(), {year}));
    printGrowth(acoRiskGrowth(store.db(), year));
    if (provider)
        printProviderRisk(store.db(), *provider, year, limit, values.count("mask-phi") > 0);
    return ExitOk;
}

} // namespace aco::app
