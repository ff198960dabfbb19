#pragma once

#include "dashboard/dashboard.h"

#include <QWidget>

#include <memory>
#include <vector>

class QChartView;
class QGridLayout;
class QLabel;
class QThread;

namespace aco {
class Database;
}

namespace aco::ui {

class DashboardTile;
class EnrollmentTable;
class MeasureBars;
class MoversTable;
class TierBars;

// The board's dashboard: spending against the benchmark by month with the minimum savings rate,
// the projected savings rate and shared savings with the quality determination, measures against
// their targets, providers by tier, the top movers, and risk and spending by enrollment type, as
// tiles large enough to read across a board room. Each tile clicks through (mouse, Enter or Space) by a signal the window connects.
// The numbers are computed off the GUI thread, on a connection of the worker's own.
class DashboardView : public QWidget
{
    Q_OBJECT

  public:
    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    // The file to read (by its path, on a connection of the worker's own); nullptr clears.
    void setDatabase(const Database* db);
    // Recomputes for the performance year, the month the numbers run to and the window.
    void setSelection(int year, Period period, Window window);
    // Computes again from the file after another view changed it (a target, say).
    void reload() { recompute(); }
    // Shows numbers already computed (for the board packet and tests).
    void setData(DashboardData data);
    const DashboardData* data() const { return m_data.get(); }
    bool isComputing() const { return !m_workers.empty(); }

    // Screen: one screen of tiles. Print: two pages of the board packet.
    enum class Arrangement
    {
        Screen,
        Print
    };
    void setArrangement(Arrangement arrangement);
    // In the print arrangement, whether long names wrap in the tables (the default) or are
    // elided on one line: wrapped names may need more room than a page has.
    void setNamesWrapped(bool wrapped);
    // In the print arrangement, the parts of the view that make one page each.
    std::vector<QRect> printPages() const;

    // The tiles, for the board packet and tests: the KPIs, then chart, measures, tiers, movers,
    // enrollment types.
    const std::vector<DashboardTile*>& tiles() const { return m_tiles; }

  Q_SIGNALS:
    void msspRequested();
    void measureRequested(const QString& code);
    void providerRequested(qint64 providerId);
    void tiersRequested();
    void computed();                     // new numbers are shown
    void failed(const QString& message); // they could not be computed; the message says why

  private:
    DashboardTile* addTile(const QString& title, QWidget* body, const QString& tooltip);
    void recompute();
    void showMessage(const QString& text);
    void showKpis();
    void setKpiScale(double scale); // the KPI values' size, times the view's font
    void showChart();

    QString m_path;
    DashboardRequest m_request;
    std::unique_ptr<DashboardData> m_data;
    Arrangement m_arrangement = Arrangement::Screen;
    int m_generation = 0;
    std::vector<QThread*> m_workers;

    QGridLayout* m_grid = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_subheading = nullptr;
    QLabel* m_message = nullptr;
    std::vector<DashboardTile*> m_tiles;
    std::vector<QLabel*> m_kpiValues;
    std::vector<QLabel*> m_kpiCaptions;
    QChartView* m_chart = nullptr;
    QLabel* m_chartLegend = nullptr;
    MeasureBars* m_measures = nullptr;
    TierBars* m_tiers = nullptr;
    MoversTable* m_movers = nullptr;
    EnrollmentTable* m_enrollment = nullptr;
};

} // namespace aco::ui
