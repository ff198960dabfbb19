#pragma once

#include "diagrams/diagramlayout.h"
#include "diagrams/diagrammetrics.h"
#include "fonttextmeasurer.h"
#include "measures/window.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QThread;
class QUndoStack;

namespace aco {
class Store;
}

namespace aco::ui {

class DiagramCanvas;
class DiagramDocument;
class DiagramEdit;

// The driver diagram editor: one performance year's diagram at a time, laid out automatically
// with live metrics, edited with mouse or keyboard, every edit undoable and saved to the file at
// once. For the main window: construct it on a file (or a Store), give it the period with
// setPeriod(), put undoAction()/redoAction() in a toolbar, and connect measureActivated() to the
// peer comparison.
class DriverDiagramView : public QWidget
{
    Q_OBJECT

  public:
    // Opens `path` read-write with a connection of its own (read-only if the file is); throws
    // aco::Error when it cannot be opened.
    explicit DriverDiagramView(const QString& path, QWidget* parent = nullptr);
    // Uses `store`, which must outlive the view.
    explicit DriverDiagramView(Store& store, QWidget* parent = nullptr);
    ~DriverDiagramView() override;

    // The window the live metrics cover; until called, each year's latest month, year to date.
    void setPeriod(Period end, Window window);
    void showYear(int year);
    int year() const;

    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    QUndoStack* undoStack() const { return m_undo; }
    DiagramDocument& document() const { return *m_document; }
    DiagramCanvas* canvas() const { return m_canvas; }
    const DiagramLayout* layout() const { return m_layout ? &*m_layout : nullptr; }
    const DiagramMetrics& metrics() const { return m_metrics; }
    // True while the live metrics are read off the GUI thread; metricsReady() tells the end.
    bool isComputing() const { return m_worker != nullptr; }

    // The editor's commands, also offered as actions in its toolbar and context menu.
    void addNode(NodeKind kind, int index);
    void editNode(std::int64_t id);
    void deleteNode(std::int64_t id);
    void moveNode(std::int64_t id, int index);
    void linkNodes(std::int64_t from, std::int64_t to, LinkStrength strength);
    void editLinks(std::int64_t id);
    // Arranges the columns and leaves the diagram to the workbench to keep arranged (the
    // checked Keep Arranged); orderByHand() keeps the order the columns have (unchecked).
    void arrange();
    void orderByHand();
    void carryForward();
    void newDiagram();
    void compareYears();
    // Writes the diagram on show to `path` by its extension; a PNG is saved in the background.
    // exported() follows, unless the user cancels the saving.
    void exportTo(const QString& path);
    void importFrom(const QString& path);

  Q_SIGNALS:
    // A node's metric was clicked: show that measure's peer comparison.
    void measureActivated(const QString& code);
    void metricsReady();
    // An export ended: `failure` is empty when the file was written.
    void exported(const QString& path, const QString& failure);
    // A diagram was written to the file: what other views show of it (targets) may be stale.
    void fileChanged();

  private:
    DriverDiagramView(std::unique_ptr<Store> owned, Store* store, QWidget* parent);
    void createActions();
    void refresh();
    void refreshYears();
    void computeValues(const DriverDiagram& diagram, Period period);
    void updateActions();
    bool perform(DiagramEdit* edit);
    void showMessage(const QString& message);
    void showFailure(const QString& message);
    void showContextMenu(std::int64_t id, const QPoint& globalPosition);
    void chooseExport();
    void chooseImport();
    void deleteDiagram();
    QAction* makeAction(const QString& text, const QString& name,
                        void (DriverDiagramView::*slot)());

    std::unique_ptr<Store> m_ownedStore;
    Store& m_store;
    DiagramDocument* m_document = nullptr;
    QUndoStack* m_undo = nullptr;
    std::vector<Measure> m_measures;
    QThread* m_worker = nullptr; // computing the live metrics
    FontTextMeasurer m_measurer;
    std::optional<Period> m_period; // set by setPeriod(); otherwise per year
    Window m_window = defaultWindow;
    MetricValues m_values; // for the period and window in use
    std::optional<Period> m_valuesPeriod;
    Window m_valuesWindow = defaultWindow;
    QString m_valuesFailure;
    DiagramMetrics m_metrics;
    std::optional<DiagramLayout> m_layout;

    QComboBox* m_years = nullptr;
    QLabel* m_hint = nullptr; // how to work the editor
    QLabel* m_message = nullptr;
    QStackedWidget* m_pages = nullptr;
    QScrollArea* m_scroll = nullptr;
    DiagramCanvas* m_canvas = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_addPrimary = nullptr;
    QAction* m_addSecondary = nullptr;
    QAction* m_addChange = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_links = nullptr;
    QAction* m_arrange = nullptr;
    QAction* m_new = nullptr;
    QAction* m_carryForward = nullptr;
    QAction* m_compare = nullptr;
    QAction* m_deleteDiagram = nullptr;
    QAction* m_export = nullptr;
    QAction* m_import = nullptr;
    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
};

} // namespace aco::ui
