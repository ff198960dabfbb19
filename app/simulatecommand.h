#pragma once

#include "command.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace aco {
struct Allocation;
struct MonteCarloResult;
struct Scenario;
struct ScenarioBasis;
} // namespace aco

namespace aco::app {

// What a simulation produced, for a report.
struct SimulationResult
{
    const Scenario& scenario;
    const ScenarioBasis& basis;
    const Allocation& allocation;
    const std::optional<MonteCarloResult>& monteCarlo;
    QString acoName;
};

// `aco-workbench simulate`: applies a savings-sharing scenario (from a JSON file or saved in the
// ACO file) to the file's providers, runs the Monte Carlo, and writes the result as JSON or CSV;
// optionally saves the scenario in the file under a name. A PDF report needs painting, which only
// the GUI build has: it hands the command a writer (setPdfWriter); without one, --out FILE.pdf
// fails with a message saying so.
class SimulateCommand : public Command
{
public:
    const char* name() const override { return "simulate"; }
    const char* summary() const override
    {
        return "Apply a shared-savings distribution scenario to the providers of a file and "
               "simulate it under uncertainty, writing the payments as JSON, CSV or a PDF report.";
    }
    const char* usage() const override
    {
        return "--db FILE (--scenario FILE.json | --name NAME) [--trials N] [--seed N] "
               "[--expenditure-cv X] [--quality-sd X] --out FILE.json|FILE.csv|FILE.pdf [--save NAME]";
    }
    const char* inTheWindow() const override { return "Save in the Scenarios view"; }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;

    // The report's bytes; throws aco::Error on failure.
    using PdfWriter = std::function<QByteArray(const SimulationResult&)>;
    void setPdfWriter(PdfWriter writer) { m_pdfWriter = std::move(writer); }

private:
    PdfWriter m_pdfWriter;
};

} // namespace aco::app
