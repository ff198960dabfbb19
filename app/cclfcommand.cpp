#include "cclfcommand.h"

#include "claims/cclfload.h"
#include "claims/claimsspending.h"
#include "csv/csvwriter.h"
#include "error.h"
#include "mssp/msspformat.h"
#include "store/store.h"

#include <QStringList>

#include <boost/program_options/value_semantic.hpp>

#include <unistd.h>

#include <iomanip>
#include <iostream>

namespace po = boost::program_options;

namespace aco::app {

namespace {

// Problems shown on stderr; all of them go to --problems FILE.
constexpr size_t shownProblems = 100;

QByteArray problemsCsv(const CclfLoadResult& result)
{
    CsvWriter csv;
    csv.addRecord({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                   QStringLiteral("reason")});
    for (const CclfProblem& p : result.problems.kept())
        csv.addRecord({p.file, QString::number(p.line), QString::number(p.column), p.reason});
    return csv.data();
}

std::string money(std::int64_t cents)
{
    return MsspFormat::cents(cents).toStdString();
}

std::string count(std::int64_t value)
{
    return MsspFormat::count(value).toStdString();
}

// A progress line that rewrites itself on a terminal; elsewhere (a log), a line per delivery.
class ProgressLine
{
public:
    ProgressLine() : m_terminal(isatty(STDERR_FILENO) != 0) {}
    ~ProgressLine() { clear(); }

    bool operator()(int percent, const QString& what)
    {
        if (m_terminal) {
            std::cerr << "\r\033[K" << percent << "%  " << what.toStdString() << std::flush;
            m_shown = true;
            return true;
        }
        const QString delivery = what.section(QLatin1Char(':'), 0, 0);
        if (delivery != m_last && what.contains(QLatin1Char(':')))
            std::cerr << "Loading the " << delivery.toLower().toStdString() << '\n';
        m_last = delivery;
        return true;
    }
    void clear()
    {
        if (m_shown)
            std::cerr << "\r\033[K" << std::flush;
        m_shown = false;
    }

private:
    bool m_terminal;
    bool m_shown = false;
    QString m_last;
};

void printDelivery(const CclfDeliveryLoad& d)
{
    const QString date = QStringLiteral("%1-%2-%3")
                             .arg(d.id.fileDate / 10000)
                             .arg(d.id.fileDate / 100 % 100, 2, 10, QLatin1Char('0'))
                             .arg(d.id.fileDate % 100, 2, 10, QLatin1Char('0'));
    std::cout << "Delivery of " << date.toStdString() << " (" << CclfFileName::kindName(d.id.kind).toStdString()
              << ", performance year " << d.id.performanceYear << ") from '" << d.source.toStdString() << "'";
    if (d.alreadyLoaded) {
        std::cout << ": already loaded on " << d.loadedBefore.left(10).toStdString()
                  << ", byte for byte; nothing changed.\n";
        return;
    }
    std::cout << ":\n";
    for (const CclfFileLoad& f : d.files) {
        std::cout << "  " << std::left << std::setw(6) << cclfFileLabel(f.file) << std::setw(42)
                  << cclfFileDescription(f.file) << std::right << std::setw(12) << count(f.records) << " records";
        if (f.duplicates > 0 || f.replaced > 0)
            std::cout << "  (" << count(f.duplicates) << " delivered before, counted once"
                      << (f.replaced > 0 ? "; " + count(f.replaced) + " replaced by this version" : "") << ')';
        std::cout << '\n';
    }
}

QString monthText(int yyyymm)
{
    return QStringLiteral("%1-%2").arg(yyyymm / 100).arg(yyyymm % 100, 2, 10, QLatin1Char('0'));
}

void printMeasures(const ClaimsMeasuresReport& m)
{
    if (m.firstMonth == 0)
        return;
    std::cout << "Measures computed from the claims for " << monthText(m.firstMonth).toStdString() << " to "
              << monthText(m.lastMonth).toStdString() << ": " << count(m.memberMonths) << " member-months, "
              << count(m.unattributedMemberMonths) << " of them without a primary care provider of the roster.\n";
    if (m.changedMonths.empty()) {
        std::cout << "No month's results changed.\n";
    } else {
        QStringList months;
        for (int month : m.changedMonths)
            months << monthText(month);
        std::cout << "Results changed in " << months.size() << (months.size() == 1 ? " month: " : " months: ")
                  << months.join(QStringLiteral(", ")).toStdString() << ".\n";
    }
    if (m.beneficiariesNotInCclf8 > 0)
        std::cout << "Claims of " << count(m.beneficiariesNotInCclf8)
                  << " beneficiaries in no delivery's beneficiary file (CCLF8) are in no measure.\n";
    if (m.spendingOutsideMembershipCents != 0)
        std::cout << money(m.spendingOutsideMembershipCents)
                  << " of claims fall in months their beneficiary was not a member: in no measure or expenditure.\n";
    for (const QString& note : m.notes)
        std::cout << "Note: " << note.toStdString() << '\n';
}

} // namespace

void CclfCommand::addOptions(po::options_description& options) const
{
    // clang-format off
    options.add_options()
        ("db", po::value<std::string>()->required()->value_name("FILE"), "the ACO Workbench file to load into")
        ("in", po::value<std::vector<std::string>>()->required()->value_name("PATH"),
         "a CCLF delivery: the zip CMS sends, or the folder it was unzipped to (a folder of "
         "several deliveries or zips loads them all); repeat for more; loaded oldest first by "
         "the files' date")
        ("dry-run", "read and check everything, but write nothing")
        ("problems", po::value<std::string>()->value_name("FILE.csv"),
         "also write every problem found to this CSV file (file, line, column, reason)");
    // clang-format on
}

ExitCode CclfCommand::run(const po::variables_map& values) const
{
    const QString dbPath = QString::fromStdString(values["db"].as<std::string>());
    std::vector<QString> paths;
    for (const std::string& path : values["in"].as<std::vector<std::string>>())
        paths.push_back(QString::fromStdString(path));
    const bool dryRun = values.count("dry-run") > 0;

    Store store = dryRun ? Store::openReadOnly(dbPath) : Store::open(dbPath);
    if (!dryRun)
        store.requireWritable(QStringLiteral("take the claims"));
    // Reads of the whole claims tables (the summary's totals) would keep them mapped in memory.
    store.db().exec("PRAGMA mmap_size = 0");
    ProgressLine progress;
    const CclfLoadResult result =
        loadCclf(store.db(), paths, dryRun, [&](int percent, const QString& what) { return progress(percent, what); });
    progress.clear();
    if (values.count("problems"))
        writeAtomically(QString::fromStdString(values["problems"].as<std::string>()), problemsCsv(result));

    if (!result.ok()) {
        const auto& kept = result.problems.kept();
        for (size_t i = 0; i < std::min(kept.size(), shownProblems); ++i)
            std::cerr << kept[i].toString().toStdString() << '\n';
        if (static_cast<size_t>(result.problems.count()) > shownProblems)
            std::cerr << "... and " << result.problems.count() - static_cast<std::int64_t>(shownProblems)
                      << " more problems; --problems FILE.csv lists them all.\n";
        std::cerr << "aco-workbench: the CCLF deliver" << (result.deliveries.size() == 1 ? "y has " : "ies have ")
                  << result.problems.count() << " problem" << (result.problems.count() == 1 ? "" : "s")
                  << "; nothing was loaded into '" << dbPath.toStdString()
                  << "'. Get a correct copy of the files named and load again.\n";
        return ExitInvalidData;
    }

    for (const CclfDeliveryLoad& d : result.deliveries)
        printDelivery(d);
    const DeliveredTotals& t = result.delivered;
    std::cout << (dryRun ? "Checked" : "Read") << ": Part A " << money(t.partACents) << " (less IME, DSH and "
              << "uncompensated care: " << money(t.partACents - t.partAExcludedCents) << "), Part B physician "
              << money(t.partBCents) << ", DME " << money(t.dmeCents) << "; total "
              << money(t.partACents + t.partBCents + t.dmeCents) << ".\n";
    for (const QString& note : result.notes)
        std::cout << "Note: " << note.toStdString() << '\n';
    if (dryRun) {
        std::cout << "No problem found. Nothing was written (--dry-run).\n";
        return ExitOk;
    }
    printMeasures(result.measures);
    const ClaimsTotals f = claimsTotals(store.db());
    std::cout << "In '" << dbPath.toStdString() << "' now: " << count(f.beneficiaries) << " beneficiaries with claims; "
              << count(f.partAClaims) << " Part A claims, " << count(f.partBLines) << " Part B lines, "
              << count(f.dmeLines) << " DME lines, " << count(f.partDClaims) << " Part D claims ("
              << count(f.finalActionClaims) << " final action); spending Part A " << money(f.partACents)
              << " (benchmark basis " << money(f.partABenchmarkCents) << "), Part B physician "
              << money(f.partBCents) << ", DME " << money(f.dmeCents) << ", total "
              << money(f.partACents + f.partBCents + f.dmeCents) << ".\n";
    return ExitOk;
}

} // namespace aco::app
