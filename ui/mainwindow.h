#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace aco {
class Store;
}

namespace aco::ui {

class DriverDiagramView;
class MsspCalculatorPanel;
class PeerComparisonView;
class ProviderTableModel;

// The application's window: opens an ACO Workbench file (or creates the demo ACO) and lists its
// providers, searchable and sortable.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path`, replacing the file shown; on failure says why and keeps the current one.
    bool openDatabase(const QString& path);
    const Store* store() const { return m_store.get(); }

private:
    void createActions();
    QWidget* createWelcomePage();
    QWidget* createFilePage();
    QWidget* createProvidersPage();
    QWidget* createMsspPage();
    void loadMsspYear();
    void selectProviderRow(std::int64_t providerId);
    void showDiagram();
    void chooseDatabase();
    void createDemo();
    void showAbout();
    void printScorecards();
    void updateStatus();

    std::unique_ptr<Store> m_store;
    QStackedWidget* m_pages = nullptr;
    ProviderTableModel* m_providers = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;
    MsspCalculatorPanel* m_mssp = nullptr;
    PeerComparisonView* m_peers = nullptr;
    DriverDiagramView* m_diagram = nullptr; // one per open file
    QLabel* m_msspSource = nullptr;
    QLabel* m_statusAco = nullptr;
    QLabel* m_statusAsOf = nullptr;
    QAction* m_printScorecards = nullptr;
};

} // namespace aco::ui
