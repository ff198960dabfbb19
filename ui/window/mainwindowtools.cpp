// The main window's views made by their own modules (dashboard, scenarios) and the tools of the
// File menu that work on the open file: import, export, funds flow report, board packet.
#include "mainwindow.h"

#include "charts/peercomparisonview.h"
#include "dashboard/dashboardview.h"
#include "data/dataview.h"
#include "export/exportfiledialog.h"
#include "import/cclfloaddialog.h"
#include "import/importdialog.h"
#include "packet/packetdialog.h"
#include "providers/providersview.h"
#include "scenarios/scenariosview.h"
#include "scorecards/fundsflowdialog.h"
#include "store/store.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>

namespace aco::ui {

void MainWindow::createToolActions(QMenu* file)
{
    m_import = file->addAction(tr("&Import CSV..."), this, &MainWindow::importCsv);
    m_import->setObjectName(QStringLiteral("importCsv"));
    m_import->setToolTip(tr("Check a CSV extract row by row and load it, all or nothing"));
    m_loadCclf = file->addAction(tr("Load CCLF &Delivery..."), this, &MainWindow::loadCclfDelivery);
    m_loadCclf->setObjectName(QStringLiteral("loadCclf"));
    m_loadCclf->setToolTip(tr("Load the claims files CMS sends every month (a zip or a folder), all or nothing"));
    QMenu* exports = createExportMenu(file);
    file->addSeparator();
    QAction* fundsFlow =
        file->addAction(tr("&Funds Flow Report..."), this, &MainWindow::fundsFlowReport);
    fundsFlow->setToolTip(tr("Each provider's projected shared-savings payment for a quarter"));
    QAction* packet = file->addAction(tr("&Board Packet..."), this, &MainWindow::boardPacket);
    packet->setObjectName(QStringLiteral("boardPacket"));
    packet->setToolTip(tr("One PDF for the board: dashboard, driver diagram, scenarios, "
                          "measure definitions"));
    m_checkFile = createCheckAction();
    m_fileActions = {m_import, m_loadCclf, exports->menuAction(), fundsFlow, packet, m_checkFile};
    for (QAction* action : std::as_const(m_fileActions))
        action->setEnabled(false);
    m_data->addActionButton(m_import);
    m_data->addActionButton(m_loadCclf);
    m_data->addActionButton(exports->menuAction());
    m_data->addActionButton(m_checkFile);
}

void MainWindow::connectDashboard()
{
    connect(m_dashboard, &DashboardView::msspRequested, this, [this] { showView(View::Mssp); });
    connect(m_dashboard, &DashboardView::measureRequested, this, [this](const QString& code) {
        m_peers->setMeasure(code);
        showView(View::PeerComparison);
    });
    connect(m_dashboard, &DashboardView::providerRequested, this, [this](qint64 providerId) {
        selectProvider(providerId);
        showView(View::Providers);
    });
    // The providers table shows each provider's overall tier.
    connect(m_dashboard, &DashboardView::tiersRequested, this,
            [this] { showView(View::Providers); });
}

void MainWindow::showScenarios()
{
    // The view is made when first shown rather than while the file opens: it starts reading its
    // scenario's recipients and results when made.
    QWidget* old = m_scenarios ? viewPage(View::Scenarios) : nullptr;
    m_scenarios = nullptr;
    setViewPage(View::Scenarios, new QWidget(this));
    delete old; // at once: it reads the file being closed
    if (currentView() == View::Scenarios)
        makeScenarios();
}

void MainWindow::makeScenarios()
{
    if (m_scenarios || !m_store)
        return;
    m_scenarios = new ScenariosView(*m_store, *m_queue, this);
    m_scenarios->setObjectName(QStringLiteral("scenarios"));
    connect(m_scenarios, &ScenariosView::reading, m_statusWork, &QLabel::setText);
    connect(m_scenarios, &ScenariosView::fileChanged, this, &MainWindow::refreshAfterChange);
    connect(m_scenarios, &ScenariosView::providerActivated, this, [this](std::int64_t providerId) {
        selectProvider(providerId);
        showView(View::Providers);
    });
    setViewPage(View::Scenarios, scrollable(m_scenarios));
}

void MainWindow::offerReadOnly(const QString& path, const QString& why)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("File in Use"),
                                why + QLatin1Char('\n') + tr("Open it read-only instead?"),
                                QMessageBox::Open | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Open);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, path](int result) {
        if (result == QMessageBox::Open)
            openDatabase(path, true);
        else
            Q_EMIT openFailed(path);
    });
    box->open();
}

void MainWindow::importCsv()
{
    if (!m_store)
        return;
    ImportDialog dialog(*m_store, this);
    bool imported = false;
    connect(&dialog, &ImportDialog::imported, this, [&imported] { imported = true; });
    dialog.exec();
    // The import wrote through a connection of its own: every view reads the file again.
    if (imported)
        openDatabase(m_store->path());
}

void MainWindow::loadCclfDelivery()
{
    if (!m_store)
        return;
    CclfLoadDialog dialog(*m_store, this);
    bool loaded = false;
    connect(&dialog, &CclfLoadDialog::loaded, this, [&loaded] { loaded = true; });
    dialog.exec();
    // The load wrote through a connection of its own: every view reads the file again.
    if (loaded)
        openDatabase(m_store->path());
}

void MainWindow::exportProviders()
{
    if (m_store)
        exportModel(this, *m_store, *m_providers->shownModel(), tr("Providers"),
                    [this](bool written) {
                        if (written)
                            refreshAfterChange(); // the export log has a row more
                    });
}

void MainWindow::fundsFlowReport()
{
    if (!m_store)
        return;
    FundsFlowDialog dialog(m_store->path(), m_store->db(), m_selected, this);
    dialog.exec();
}

void MainWindow::boardPacket()
{
    if (!m_store)
        return;
    PacketDialog dialog(m_store->path(), m_store->db(), this);
    dialog.exec();
}

} // namespace aco::ui
