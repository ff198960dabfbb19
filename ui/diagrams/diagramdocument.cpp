#include "diagramdocument.h"

#include "error.h"

#include <algorithm>

namespace aco::ui {

DiagramDocument::DiagramDocument(Database& db, QObject* parent) : QObject(parent), m_repository(db)
{
    refreshYears();
}

void DiagramDocument::refreshYears()
{
    m_years = m_repository.years();
}

std::optional<DriverDiagram> DiagramDocument::diagramOf(int year) const
{
    if (m_diagram && m_diagram->year() == year)
        return m_diagram;
    return m_repository.load(year);
}

void DiagramDocument::showYear(int year)
{
    m_diagram = m_repository.load(year);
    Q_EMIT changed();
}

void DiagramDocument::reload()
{
    refreshYears();
    if (m_diagram)
        m_diagram = m_repository.load(m_diagram->year());
    Q_EMIT yearsChanged();
    Q_EMIT changed();
}

void DiagramDocument::change(int year, const std::function<void(DriverDiagram&)>& edit)
{
    std::optional<DriverDiagram> diagram = diagramOf(year);
    if (!diagram)
        throw Error("There is no driver diagram for " + std::to_string(year) + " to change.");
    edit(*diagram); // on a copy: a refused edit leaves the one on show alone
    m_diagram = m_repository.save(*diagram); // one transaction; arranged unless ordered by hand
    Q_EMIT changed();
    Q_EMIT stored();
}

void DiagramDocument::storeDiagram(const DriverDiagram& diagram)
{
    m_diagram = m_repository.save(diagram);
    refreshYears();
    Q_EMIT yearsChanged();
    Q_EMIT changed();
    Q_EMIT stored();
}

void DiagramDocument::removeDiagram(int year)
{
    m_repository.remove(year);
    refreshYears();
    if (m_diagram && m_diagram->year() == year) {
        // Show the nearest year left.
        const auto later = std::lower_bound(m_years.begin(), m_years.end(), year);
        m_diagram = later != m_years.end() ? m_repository.load(*later)
                    : m_years.empty()      ? std::nullopt
                                           : m_repository.load(m_years.back());
    }
    Q_EMIT yearsChanged();
    Q_EMIT changed();
    Q_EMIT stored();
}

void DiagramDocument::reportFailure(const QString& message)
{
    Q_EMIT failed(message);
}

} // namespace aco::ui
