#pragma once

#include "organisation.h"
#include "periodselector.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace aco {
class Store;
}

namespace aco::ui {

class BackgroundQueue;
class DashboardView;
class DataView;
class DriverDiagramView;
class MsspCalculatorPanel;
class PeerComparisonView;
class ProvidersView;
class RecentFiles;
class ScenariosView;
class ScorecardsPage;
class ScorecardSource;
struct OpenedFile;

// The application's window: opens an ACO Workbench file (or creates the demo ACO) and shows it
// in views chosen from a sidebar, all following one performance year, month and window.
// Reading runs off the GUI thread; the last file, view and layout come back at the next start.
class MainWindow : public QMainWindow
{
    Q_OBJECT

  public:
    // The views, in sidebar order (Ctrl+1 to Ctrl+8).
    enum class View
    {
        Dashboard,
        Providers,
        Scorecards,
        PeerComparison,
        DriverDiagram,
        Mssp,
        Scenarios,
        Data
    };
    static constexpr int viewCount = 8;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts opening `path` off the GUI thread; then emits fileOpened(), or says why it cannot
    // and emits openFailed(), keeping the file shown.
    // With `readOnly`, the file is opened for viewing only (and not locked).
    void openDatabase(const QString& path, bool readOnly = false);
    // Opens the file used last, when there is one and it still exists.
    void restoreLastDatabase();
    const Store* store() const { return m_store.get(); }

    void showView(View view);
    View currentView() const;
    // Puts `page` in place of a view's page (the window takes it); for views made elsewhere.
    void setViewPage(View view, QWidget* page);
    QWidget* viewPage(View view) const;
    PeriodChoice periodChoice() const { return m_selector->choice(); }
    bool maskPhi() const;
    // True while reading or computing for a view goes on in the background.
    bool isBusy() const;

  Q_SIGNALS:
    void fileOpened(const QString& path);
    void openFailed(const QString& path);
    // What every view shows changed; views made elsewhere follow it.
    void periodChanged(const aco::ui::PeriodChoice& choice);
    void providerSelected(std::int64_t providerId);
    void busyChanged(bool busy);

  protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

  private:
    void createActions();
    void createViewActions(QMenu* menu);
    void createToolActions(QMenu* file);
    void connectDashboard();
    void showScenarios();
    void makeScenarios();
    void importCsv();
    void loadCclfDelivery();
    void exportProviders();
    QMenu* createExportMenu(QMenu* file);
    void exportData(const QString& kind, const QString& title);
    QAction* createCheckAction();
    void checkFile();
    void fundsFlowReport();
    void boardPacket();
    QWidget* createWelcomePage();
    QWidget* createFileViews();
    QWidget* createMsspPage();
    void offerReadOnly(const QString& path, const QString& why);
    QWidget* scrollable(QWidget* view);
    void adopt(const std::shared_ptr<OpenedFile>& opened);
    void adoptStep(const std::shared_ptr<OpenedFile>& opened, int step);
    void applyPeriod(const PeriodChoice& choice);
    void computeProviderMeasures();
    void loadMsspYear(int year);
    void selectProvider(std::int64_t providerId);
    void refreshPreviews();
    void showDiagram();
    void chooseDatabase();
    void openRecent(const QString& path);
    void createDemo();
    void createFromCsv();
    void showAbout();
    void showUserGuide();
    void printScorecards();
    void setMaskPhi(bool mask);
    void cancelBackground();
    void showProblem(const QString& title, const QString& text);
    void restoreLayout();
    // Brings the window inside the available area of its screen: a size saved on a larger
    // screen, or a position on a screen since gone, would leave part of it out of reach.
    void fitToScreen();
    void updateStatus();
    // After a view changed the file (a scenario saved, a target set, an export logged): the
    // others read it again. An import or a load reads everything again anyway.
    void refreshAfterChange();
    void readSummary();

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Store> m_closing; // the file before, until no view reads it
    bool m_adopting = false;
    std::shared_ptr<OpenedFile> m_nextFile; // opened while the one before was being shown
    std::optional<AcoInfo> m_aco;
    std::optional<std::int64_t> m_selected;
    bool m_restoreView = false; // the first file shown comes back on the view left
    bool m_fitRestored = false; // fit the restored geometry again once the frame is known
    BackgroundQueue* m_queue = nullptr;
    ScorecardSource* m_cards = nullptr;
    RecentFiles* m_recent = nullptr;

    QStackedWidget* m_pages = nullptr; // the welcome page, then the file's views
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_views = nullptr;
    QLabel* m_readOnlyNotice = nullptr;
    PeriodSelector* m_selector = nullptr;
    ProvidersView* m_providers = nullptr;
    ScorecardsPage* m_scorecards = nullptr;
    PeerComparisonView* m_peers = nullptr;
    DriverDiagramView* m_diagram = nullptr; // one per open file
    MsspCalculatorPanel* m_mssp = nullptr;
    DataView* m_data = nullptr;
    DashboardView* m_dashboard = nullptr;
    ScenariosView* m_scenarios = nullptr; // one per open file
    QLabel* m_msspSource = nullptr;

    QLabel* m_statusAco = nullptr;
    QLabel* m_statusAsOf = nullptr;
    QLabel* m_statusWork = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    QAction* m_printScorecards = nullptr;
    QAction* m_maskPhi = nullptr;
    QAction* m_import = nullptr;
    QAction* m_checkFile = nullptr; // in the Tools menu
    QAction* m_loadCclf = nullptr;
    QList<QAction*> m_fileActions; // enabled while a file is open
    QToolBar* m_periodBar = nullptr;
};

} // namespace aco::ui
