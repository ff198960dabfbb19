#pragma once

#include "scenarios/scenariocomparison.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace aco::ui {

// One scenario of a comparison, with what it was applied to: the dialog keeps them, as the
// comparison refers to them.
struct SimulatedScenario
{
    Scenario scenario;
    ScenarioBasis basis;
    Allocation allocation;
};

// Two to four saved scenarios side by side: a table of the pool split and the payments by group,
// grouped bars, and the biggest winners and losers from the first (A) to each other, with an
// export of the comparison as a one-page PDF.
class ScenarioCompareDialog : public QDialog
{
    Q_OBJECT

  public:
    ScenarioCompareDialog(std::vector<SimulatedScenario> scenarios, QString acoName,
                          QWidget* parent = nullptr);

    const ScenarioComparison& comparison() const { return m_comparison; }
    // Throws aco::Error naming the file when it cannot be written.
    void exportPdf(const QString& path) const;

  private:
    QTableWidget* totalsTable() const;
    QTableWidget* changesTable() const;

    std::vector<SimulatedScenario> m_scenarios;
    ScenarioComparison m_comparison;
    QString m_acoName;
};

} // namespace aco::ui
