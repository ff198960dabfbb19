#pragma once

#include "scenarios/scenariocomparison.h"

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace aco::ui {

class ReportCanvas;

// One amount of the comparison, a value per scenario in cents: the totals table lists these and
// the comparison chart draws the same ones, so that the two never disagree.
struct ComparisonFigure
{
    QString label;
    bool part = false;    // a part of the line above it (a group of the provider payments)
    bool charted = false; // one of the bars of the split and payments chart
    std::vector<std::int64_t> cents;
};

// The printable comparison of two to four scenarios on one US Letter page in points: the totals
// side by side, the grouped bar chart, and the biggest winners and losers from scenario A to each
// other. paint() draws on any painter whose window is the page; paint(painter, area) draws the
// payments by group and the winners and losers into part of another document's page, such as a
// board packet's, with as many winners and losers as the area holds.
class ComparisonReport
{
  public:
    static constexpr int changesShown = 5; // winners and losers per pair, at most

    explicit ComparisonReport(const ScenarioComparison& comparison, QString acoName = {});

    void paint(QPainter& painter) const;
    // Paints no chart, so that it may run on any thread; amounts in whole dollars, for the board.
    void paint(QPainter& painter, const QRectF& area) const;
    // Throws aco::Error when it cannot be painted.
    QByteArray pdf() const;

    // "A" for the first scenario, "B" for the second...
    static QString letter(size_t index);
    // The amounts compared, top to bottom; with `poolSplit`, the pool and its split as well as
    // the provider payments.
    static std::vector<ComparisonFigure> figures(const ScenarioComparison& comparison,
                                                 bool poolSplit = true);
    // The totals' rows (label, then one cell per scenario), for the report and the window's table.
    static std::vector<QStringList> totalsRows(const ScenarioComparison& comparison);

  private:
    // "A: first; B: second..."
    QString key() const;
    // The scenarios' columns after the rows' labels, which take `labelWidth` of the width.
    void paintTable(ReportCanvas& canvas, const std::vector<QStringList>& rows,
                    double labelWidth) const;
    void paintChanges(ReportCanvas& canvas, bool wholeDollars) const;

    const ScenarioComparison& m_comparison;
    QString m_acoName;
};

} // namespace aco::ui
