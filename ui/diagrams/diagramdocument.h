#pragma once

#include "diagrams/diagramrepository.h"
#include "diagrams/driverdiagram.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

namespace aco::ui {

// The driver diagrams of one open file, and the year on show. Every edit names its year, is
// stored in one transaction through DiagramRepository and only then shown; an edit that cannot
// be stored throws aco::Error and changes nothing. An edit of another year than the one on show
// shows that year, so that undoing is always visible.
class DiagramDocument : public QObject
{
    Q_OBJECT

  public:
    explicit DiagramDocument(Database& db, QObject* parent = nullptr);

    DiagramRepository& repository() { return m_repository; }
    const std::vector<int>& years() const { return m_years; }
    int year() const { return m_diagram ? m_diagram->year() : 0; }
    const DriverDiagram* diagram() const { return m_diagram ? &*m_diagram : nullptr; }
    // The stored diagram of `year` (the one on show, or read from the file).
    std::optional<DriverDiagram> diagramOf(int year) const;

    // Shows a year's diagram (none when the file has none for it).
    void showYear(int year);
    // Reads the year on show again, after a failure left memory and file in doubt.
    void reload();

    // Applies `edit` (calls of DriverDiagram's methods) to a copy of the year's diagram, stores
    // the result in one transaction, then shows it.
    void change(int year, const std::function<void(DriverDiagram&)>& edit);
    // Stores a whole diagram as its year's (new, carried forward, imported, or restored).
    void storeDiagram(const DriverDiagram& diagram);
    void removeDiagram(int year);

    // Undo commands report failures here; the view shows them.
    void reportFailure(const QString& message);

  Q_SIGNALS:
    void changed();      // the diagram on show, or which one is on show
    void yearsChanged(); // diagrams were added or removed
    void stored();       // the file was written: an edit, undone or redone, or a whole diagram
    void failed(const QString& message);

  private:
    void refreshYears();

    DiagramRepository m_repository;
    std::vector<int> m_years;
    std::optional<DriverDiagram> m_diagram;
};

} // namespace aco::ui
