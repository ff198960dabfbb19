#include "riskreport.h"

#include "error.h"
#include "organisation.h"
#include "patients/patientlists.h"
#include "risk/recapture.h"
#include "risk/riskchange.h"
#include "risk/riskstore.h"
#include "store/database.h"

#include <QDate>

#include <iostream>

namespace aco::app {

namespace {

std::string score(double value)
{
    return QString::number(value, 'f', 3).toStdString();
}

std::string patient(const QString& first, const QString& last, const QString& mbi, bool mask)
{
    const QString name = patientName(first, last, mask);
    return (name + QString(std::max<qsizetype>(1, 24 - name.size()), QLatin1Char(' ')) +
            patientMbi(mbi, mask))
        .toStdString();
}

void printChanges(const std::vector<PatientRiskChange>& changes, int compared, bool mask)
{
    for (const PatientRiskChange& c : changes) {
        const QString sign = c.change() >= 0 ? QStringLiteral("+") : QString();
        std::cout << "    " << patient(c.firstName, c.lastName, c.mbi, mask) << "  "
                  << score(c.before) << " -> " << score(c.after) << "  " << sign.toStdString()
                  << score(c.change());
        if (!c.gained.empty())
            std::cout << "  gained " << hccListText(c.gained).toStdString();
        if (!c.lost.empty())
            std::cout << "  lost " << hccListText(c.lost).toStdString();
        std::cout << '\n';
    }
    if (compared > static_cast<int>(changes.size()))
        std::cout << "    ... and " << compared - static_cast<int>(changes.size()) << " more.\n";
}

} // namespace

std::int64_t providerIdOf(const Database& db, const QString& npi)
{
    auto query = db.prepare("SELECT id FROM provider WHERE npi = ?1");
    query.bind(1, npi);
    if (!query.step())
        throw Error("there is no provider with NPI " + npi.toStdString() + " in '" +
                        db.path().toStdString() +
                        "'; the providers' NPIs are in 'aco-workbench export --kind providers'.",
                    Error::Kind::Usage);
    return query.int64(0);
}

void printProviderRisk(const Database& db, std::int64_t providerId, int paymentYear, int limit,
                       bool mask)
{
    const auto info = loadAcoInfo(db);
    const QDate asOf = info ? QDate::fromString(info->dataAsOf, Qt::ISODate) : QDate();
    auto name =
        db.prepare("SELECT last_name || ', ' || first_name, npi FROM provider WHERE id = ?1");
    name.bind(1, providerId);
    name.step();

    const PanelRiskChanges year = yearRiskChanges(db, providerId, paymentYear, limit);
    std::cout << "\nProvider " << name.text(0).toStdString() << " (NPI "
              << name.text(1).toStdString() << "): " << year.patients << " attributed patients.\n";
    const auto aco = acoAverageRisk(db, paymentYear);
    std::cout << "  Average normalized score " << paymentYear << ": "
              << (year.panelAverage ? score(*year.panelAverage) : std::string("-")) << " (ACO "
              << (aco ? score(aco->average) : std::string("-")) << ")";
    if (year.panelPriorAverage)
        std::cout << "; " << paymentYear - 1 << ": " << score(*year.panelPriorAverage);
    std::cout << ".\n";
    std::cout << "  Largest changes since " << paymentYear - 1 << " (" << year.compared
              << " patients scored in both years):\n";
    if (year.compared == 0)
        std::cout << "    none: run aco-workbench risk --year " << paymentYear - 1
                  << " for the prior year's scores.\n";
    printChanges(year.changes, year.compared, mask);

    if (!asOf.isValid())
        return;
    const QuarterRiskChanges quarter = quarterRiskChanges(db, providerId, asOf, limit);
    std::cout << "  Largest changes since the prior quarter (interim scores for "
              << quarter.paymentYear << ": the claims of the 12 months to "
              << quarter.windowEnd.toString(Qt::ISODate).toStdString()
              << " against the 12 months to "
              << quarter.priorWindowEnd.toString(Qt::ISODate).toStdString() << "):\n";
    printChanges(quarter.changes, quarter.compared, mask);

    const RecaptureList recapture = recaptureList(db, providerId, asOf);
    std::cout << "  To document again in " << recapture.year << " (conditions of "
              << recapture.year - 1 << " not yet seen by "
              << asOf.toString(Qt::ISODate).toStdString() << "): " << recapture.entries.size()
              << '\n';
    for (size_t i = 0; i < recapture.entries.size() && i < static_cast<size_t>(limit); ++i) {
        const RecaptureEntry& e = recapture.entries[i];
        std::cout << "    " << patient(e.firstName, e.lastName, e.mbi, mask) << "  HCC" << e.hcc
                  << ' ' << e.hccLabel.toStdString() << "; last seen "
                  << e.lastSeen.toString(Qt::ISODate).toStdString() << '\n';
    }
    if (recapture.entries.size() > static_cast<size_t>(limit))
        std::cout << "    ... and " << recapture.entries.size() - static_cast<size_t>(limit)
                  << " more.\n";
}

} // namespace aco::app
