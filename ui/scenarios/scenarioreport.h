#pragma once

#include "reportcanvas.h"
#include "scenarios/allocator.h"
#include "scenarios/montecarlo.h"
#include "scenarios/scenario.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

class QPainter;

namespace aco::ui {

// The printable report of one scenario, on US Letter pages in points: its inputs, the pool and
// its split, the charts, the Monte Carlo (when run) and every recipient's payment. Each page can be
// painted on any painter whose window is the page (see ReportCanvas), so that another document
// (a board packet) can include them.
class ScenarioReport
{
  public:
    ScenarioReport(const Scenario& scenario, const Allocation& allocation,
                   const std::optional<MonteCarloResult>& monteCarlo, QString acoName = {});

    int pageCount() const;
    void paintPage(QPainter& painter, int page) const; // page from 0
    // The whole report as a PDF; throws aco::Error when it cannot be painted.
    QByteArray pdf(const ReportCanvas::PageDone& pageDone = {}) const;

    // The scenario's inputs in words, one line each, for reports and the compare table.
    // In whole dollars for the board packet.
    static QStringList describe(const Scenario& scenario, bool wholeDollars = false);

  private:
    QString title() const;
    int rowsPerPage() const;
    int firstTablePage() const { return m_monteCarlo ? 2 : 1; }
    void paintSummary(ReportCanvas& canvas) const;
    void paintMonteCarlo(ReportCanvas& canvas) const;
    void paintPayments(ReportCanvas& canvas, int tablePage) const;

    const Scenario& m_scenario;
    const Allocation& m_allocation;
    const std::optional<MonteCarloResult>& m_monteCarlo;
    QString m_acoName;
};

} // namespace aco::ui
