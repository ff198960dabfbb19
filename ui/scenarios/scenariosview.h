#pragma once

#include "scenariocomparedialog.h"
#include "scenarios/allocator.h"
#include "scenarios/montecarlo.h"
#include "scenarios/scenariobasis.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

class QChart;
class QChartView;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace aco {
class Store;
}

namespace aco::ui {

class BackgroundQueue;
class PaymentsTableModel;
class ScenarioEditor;

// The Scenarios page: the file's saved shared-savings plans (new, duplicate, rename, delete,
// save), an editor whose every change re-allocates the pool at once, the results as figures, a
// payments table and charts, a Monte Carlo run in the background on request, a comparison of two
// to four saved scenarios, and exports (payments CSV, scenario report PDF). What takes long on a
// large file, reading the recipients and their results (when the view opens and on a change of
// who is eligible or what decides the payments) and a comparison's, is done on the window's
// queue; meanwhile the view says it is reading and claims no results.
class ScenariosView : public QWidget
{
    Q_OBJECT

  public:
    ScenariosView(Store& store, BackgroundQueue& queue, QWidget* parent = nullptr);
    // Drops its reading in progress: nothing reports to the view once it is gone.
    ~ScenariosView() override;

    // Shows `scenario` in the editor as a new, unsaved one, with its results.
    void setScenario(const Scenario& scenario);
    // Re-reads the saved scenarios (after the file changed outside the view).
    void reload();
    QString currentName() const { return m_name; }
    // What the view's title says: the scenario's name, or "New scenario", with an asterisk when
    // the editor holds changes not saved in the file.
    QString title() const;
    bool isModified() const;
    // Before the editor's scenario is dropped (another one opened, a new one started, the file
    // or window closed): when it has unsaved changes, asks whether to save them. False when the
    // user cancels, or saving failed: keep it.
    bool maybeDropChanges();
    const Allocation& allocation() const { return m_allocation; }
    ScenarioEditor* editor() const { return m_editor; }
    // True while the recipients of the editor's scenario are read; its results follow.
    bool isLoading() const { return m_loadingFor.has_value(); }

    // What the buttons do once they have a name or a file; each says what went wrong in the view's
    // message line and returns false rather than throwing.
    bool open(const QString& name);
    bool saveAs(const QString& name);
    bool duplicateAs(const QString& name);
    bool renameTo(const QString& name);
    bool removeCurrent();
    bool exportCsv(const QString& path);
    bool exportPdf(const QString& path);
    // Reads the saved scenarios' recipients in the background, then shows their comparison
    // non-modally and emits comparisonShown(); false (and a message) when it cannot start, and
    // a message when the reading fails.
    bool compare(const QStringList& names);
    // Runs the Monte Carlo in the background (progress and Cancel); the results follow.
    void runMonteCarlo();
    // Stops the reading of recipients or of a comparison under way (the window's Cancel); the
    // view says so, and the next change of an input reads again.
    void cancelReading();

  Q_SIGNALS:
    // A provider's row was activated (at the individual-provider level only).
    void providerActivated(std::int64_t providerId);
    void monteCarloFinished();
    // The results of the editor's inputs are on show (or their problem, in the message line).
    void resultsShown();
    void comparisonShown(ScenarioCompareDialog* dialog);
    // Work on the window's queue has begun: what it is, for the status bar.
    void reading(const QString& what);
    // A scenario was saved, renamed or deleted in the file.
    void fileChanged();

  private:
    QWidget* listPanel();
    QWidget* resultsPanel();
    QWidget* uncertaintyTab();
    void recompute();
    void loadBasis();
    void cancelLoading();
    void showResults();
    void refreshVisibleChart();
    void showChart(QChartView* view, QChart* chart);
    void showMessage(const QString& text, bool error);
    bool attempt(const QString& what, const std::function<void()>& action);
    void selectName(const QString& name);
    // The editor's scenario is as the file has it (or as it was started): no unsaved changes.
    void markSaved();
    void showTitle();
    void askName(const QString& title, const QString& suggestion,
                 bool (ScenariosView::*action)(const QString&));
    void chooseAndCompare();
    void export_(const QString& title, const QString& filter,
                 bool (ScenariosView::*action)(const QString&));

    Store& m_store;
    QPointer<BackgroundQueue> m_queue; // the window's, which may go first when it closes
    QString m_acoName;
    QString m_name; // the saved scenario on show, empty for a new one
    QJsonObject m_saved; // the scenario as saved or started, without its name
    ScenarioEditor* m_editor = nullptr;
    std::shared_ptr<const ScenarioBasis> m_basis;
    Scenario m_basisScenario;             // the one m_basis was loaded for
    std::optional<Scenario> m_loadingFor; // the one whose basis is being read
    Scenario m_scenario;
    Allocation m_allocation;
    std::optional<MonteCarloResult> m_monteCarlo;
    bool m_valid = false;
    int m_generation = 0; // of the inputs, so that a Monte Carlo of older inputs is not shown
    bool m_paymentsChartStale = true; // rebuilt when its tab is shown

    QLabel* m_title = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_listHint = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_figures = nullptr;
    QTabWidget* m_tabs = nullptr;
    PaymentsTableModel* m_payments = nullptr;
    QTableView* m_table = nullptr;
    QChartView* m_splitChart = nullptr;
    QChartView* m_paymentsChart = nullptr;
    QChartView* m_histogram = nullptr;
    QChartView* m_tornado = nullptr;
    QLabel* m_monteCarloSummary = nullptr;
    QSpinBox* m_trials = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportPdf = nullptr;
};

} // namespace aco::ui
