#include "measures/measure.h"

#include "error.h"
#include "store/database.h"

#include <QLocale>

namespace aco {

namespace {

Measure::Unit parseUnit(std::string_view unit)
{
    if (unit == "per_1000")
        return Measure::Unit::Per1000;
    if (unit == "pmpm")
        return Measure::Unit::Pmpm;
    return Measure::Unit::Percent;
}

constexpr const char* selectMeasures =
    "SELECT id, code, name, domain, direction, unit, coalesce(aco_number, ''), description, "
    "benchmark, benchmark_label, denominator_kind FROM measure";

Measure readMeasure(const Statement& row)
{
    Measure m;
    m.id = row.int64(0);
    m.code = row.text(1);
    m.name = row.text(2);
    m.domain = row.text(3);
    m.higherIsBetter = row.utf8(4) == "higher";
    m.unit = parseUnit(row.utf8(5));
    m.acoNumber = row.text(6);
    m.description = row.text(7);
    m.benchmark = row.optionalReal(8);
    m.benchmarkLabel = row.text(9);
    m.monthlyStatus = row.utf8(10) == "monthly_status";
    return m;
}

} // namespace

double Measure::value(double numerator, double denominator) const
{
    switch (unit) {
    case Unit::Percent:
        return 100.0 * numerator / denominator;
    case Unit::Per1000:
        return 12000.0 * numerator / denominator;
    case Unit::Pmpm:
        return numerator / denominator / 100.0;
    }
    return 0.0;
}

QString Measure::formatValue(double v) const
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    switch (unit) {
    case Unit::Percent:
        return locale.toString(v, 'f', 1) + QLatin1Char('%');
    case Unit::Per1000:
        return locale.toString(v, 'f', 0);
    case Unit::Pmpm:
        return QLatin1Char('$') + locale.toString(v, 'f', 0);
    }
    return {};
}

QString Measure::denominatorText() const
{
    switch (unit) {
    case Unit::Per1000:
        return QStringLiteral("The denominator counts member-months (each beneficiary once a "
                              "month); the numerator counts the events.");
    case Unit::Pmpm:
        return QStringLiteral("The denominator counts member-months (each beneficiary once a "
                              "month); the numerator is the spending.");
    case Unit::Percent:
        break;
    }
    return monthlyStatus
               ? QStringLiteral("The denominator counts the beneficiaries eligible each month, so "
                                "a longer window counts them again every month.")
               : QStringLiteral("The denominator counts the cases the share is of, each once, in "
                                "the month it falls in.");
}

QString Measure::unitLabel() const
{
    switch (unit) {
    case Unit::Percent:
        return QStringLiteral("%");
    case Unit::Per1000:
        return QStringLiteral("per 1,000 per year");
    case Unit::Pmpm:
        return QStringLiteral("$ PMPM");
    }
    return {};
}

std::vector<Measure> loadMeasures(const Database& db)
{
    auto query = db.prepare(std::string(selectMeasures) + " ORDER BY id");
    std::vector<Measure> measures;
    while (query.step())
        measures.push_back(readMeasure(query));
    return measures;
}

Measure findMeasure(const Database& db, const QString& code)
{
    auto query = db.prepare(std::string(selectMeasures) + " WHERE code = ?1");
    query.bind(1, code);
    if (!query.step())
        throw Error("There is no measure '" + code.toStdString() + "' in '" +
                        db.path().toStdString() + "'.",
                    Error::Kind::Usage);
    return readMeasure(query);
}

} // namespace aco
