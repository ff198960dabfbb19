#include "democommand.h"

#include "demo/demoaco.h"
#include "error.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QString>

#include <boost/program_options/value_semantic.hpp>

#include <iostream>
#include <unistd.h>

namespace po = boost::program_options;

namespace aco::app {

void DemoCommand::addOptions(po::options_description& options) const
{
    options.add_options()
        ("out,o", po::value<std::string>()->required()->value_name("FILE"),
         "the file to write (an SQLite database; .aco by convention)")
        ("size", po::value<std::string>()->default_value("medium")->value_name("SIZE"),
         "small (25 providers, 3,000 beneficiaries), medium (400, 60,000) or "
         "large (5,000, 500,000)")
        ("seed", po::value<std::uint64_t>()->default_value(1)->value_name("N"),
         "seed of the random draws; another seed gives another ACO of the same size")
        ("cclf", po::value<std::string>()->value_name("DIR"),
         "also write the demo's claims into DIR as the CCLF deliveries CMS would have sent "
         "(45 zips: monthly from November 2023 to October 2026, and the run-outs of 2023-2025), "
         "to try `aco-workbench cclf` with")
        ("force", "replace FILE, and the deliveries in DIR, if they exist")
        ("quiet,q", "print nothing but errors");
}

ExitCode DemoCommand::run(const po::variables_map& values) const
{
    const QString path = QString::fromStdString(values["out"].as<std::string>());
    const auto size = parseDemoSize(QString::fromStdString(values["size"].as<std::string>()));
    if (!size)
        throw Error("the size must be small, medium or large, not '" +
                        values["size"].as<std::string>() + "'.",
                    Error::Kind::Usage);
    const bool force = values.count("force") > 0;
    if (QFileInfo::exists(path) && !force)
        throw Error("'" + path.toStdString() +
                    "' already exists; pass --force to replace it, or choose another name.");

    const bool quiet = values.count("quiet") > 0;
    const bool terminal = isatty(STDERR_FILENO) != 0;
    QString lastStep;
    DemoProgress progress;
    if (!quiet) {
        progress = [&](int percent, const QString& step) {
            if (terminal) {
                std::cerr << '\r' << step.toStdString() << "... " << percent << "%\033[K" << std::flush;
            } else if (step != lastStep && percent < 100) {
                std::cerr << step.toStdString() << "...\n";
            }
            lastStep = step;
            return true;
        };
    }

    QElapsedTimer timer;
    timer.start();
    try {
        const QString cclf = values.count("cclf") ? QString::fromStdString(values["cclf"].as<std::string>())
                                                  : QString();
        writeDemo(path, {*size, values["seed"].as<std::uint64_t>(), cclf}, force, progress);
    } catch (...) {
        if (!quiet && terminal)
            std::cerr << '\n';
        throw;
    }
    if (!quiet) {
        if (terminal)
            std::cerr << '\n';
        std::cout << "Wrote the " << demoSizeName(*size).toStdString() << " demo ACO to "
                  << path.toStdString();
        if (values.count("cclf"))
            std::cout << ", and its CCLF deliveries to " << values["cclf"].as<std::string>();
        std::cout << " in " << timer.elapsed() / 1000.0 << " s.\n";
    }
    return ExitOk;
}

} // namespace aco::app
