#pragma once

#include "measures/measure.h"
#include "scenarios/scenario.h"

#include <QWidget>

#include <map>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTableWidget;

namespace aco {
class Database;
}

namespace aco::ui {

// Edits one scenario: where the savings come from, how the pool is split, who is eligible, how
// performance decides each payment, what happens to unearned money and who bears a loss. Emits
// changed() on every edit, slider moves included, so that the results can follow at once. The
// split's four shares keep their total at 100% by moving the provider share (or, when the
// provider share itself moves, the infrastructure share); when the others alone exceed 100% the
// balancing share drops to zero, the excess is shown in red and splitProblem() says it.
class ScenarioEditor : public QWidget
{
    Q_OBJECT

  public:
    explicit ScenarioEditor(const Database& db, QWidget* parent = nullptr);

    void setScenario(const Scenario& scenario); // emits nothing
    Scenario scenario() const;
    QString splitProblem() const; // empty when the shares total 100%

  Q_SIGNALS:
    void changed();

  private:
    enum Part
    {
        Infrastructure,
        CareRedesign,
        Providers,
        Reserve,
        PartCount
    };

    QWidget* sourceBox();
    QWidget* splitBox();
    QWidget* eligibilityBox();
    QWidget* paymentBox();
    QWidget* lossBox();
    QWidget* uncertaintyBox();
    void fillMeasures(int year, const std::vector<ScenarioMeasure>& weights);
    void splitEdited(Part part, int basisPoints);
    void showSplit();
    void updateEnabled();
    void edited();
    // The year's own quality score, which the score's slider shows unless overridden.
    std::optional<double> yearsQuality() const;
    void showYearsQuality();

    const Database& m_db;
    std::vector<Measure> m_measures;
    std::map<int, std::optional<double>> m_yearQuality;
    QString m_name;
    bool m_updating = false;
    int m_split[PartCount] = {2000, 0, 8000, 0};

    QComboBox* m_source = nullptr;
    QComboBox* m_year = nullptr;
    QSlider* m_expenditureChange = nullptr;
    QLabel* m_expenditureLabel = nullptr;
    QCheckBox* m_overrideQuality = nullptr;
    QSlider* m_quality = nullptr;
    QLabel* m_qualityLabel = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QSlider* m_splitSliders[PartCount] = {};
    QDoubleSpinBox* m_splitSpins[PartCount] = {};
    QLabel* m_splitTotal = nullptr;
    QComboBox* m_level = nullptr;
    QCheckBox* m_primaryCare = nullptr;
    QCheckBox* m_specialists = nullptr;
    QCheckBox* m_employed = nullptr;
    QCheckBox* m_independent = nullptr;
    QSpinBox* m_minimumBeneficiaries = nullptr;
    QCheckBox* m_engagement = nullptr;
    QComboBox* m_engagementMeasure = nullptr;
    QDoubleSpinBox* m_engagementMinimum = nullptr;
    QComboBox* m_basis = nullptr;
    QComboBox* m_maximumBy = nullptr;
    QTableWidget* m_weights = nullptr;
    QLabel* m_weightTotal = nullptr;
    QComboBox* m_unearned = nullptr;
    QComboBox* m_lossBearer = nullptr;
    QCheckBox* m_shieldIndependent = nullptr;
    QDoubleSpinBox* m_priorReserve = nullptr;
    QCheckBox* m_historyCv = nullptr;
    QDoubleSpinBox* m_expenditureCv = nullptr;
    QDoubleSpinBox* m_qualitySd = nullptr;
};

} // namespace aco::ui
