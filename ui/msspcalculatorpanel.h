#pragma once

#include "mssp/msspcalculator.h"
#include "mssp/msspinput.h"
#include "mssp/msspresult.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace aco::ui {

// The Shared Savings Program calculator: the inputs of one ACO's reconciliation on the left,
// and on the right what it earns or owes with every step in words and numbers, recomputed on
// each change so that staff can see what moves the result.
class MsspCalculatorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MsspCalculatorPanel(QWidget* parent = nullptr);

    // Fills every field from `input` (for instance the performance year's data) and recomputes.
    void setInputs(const MsspInput& input);
    // The inputs as the fields show them.
    MsspInput inputs() const;
    // The result shown, or nullopt while the inputs have a problem.
    const std::optional<MsspResult>& result() const { return m_result; }
    // Back to the inputs last given to setInputs() (the file's performance year).
    void reset();
    // The inputs and the steps shown, as a document for the printer: the headline, each input
    // as its field shows it, every step that applies, the notes.
    QString reportHtml() const;
    // Writes reportHtml() as a PDF to `path`; false (and a message box) when it cannot.
    bool exportPdf(const QString& path);
    void print();
    // Whether the step of `key` (see MsspExplanation) is shown: the steps of savings are
    // hidden for a loss and those of losses for savings.
    bool isStepShown(const QString& key) const;

Q_SIGNALS:
    void resultChanged();

private:
    void createInputs(QFormLayout* form);
    QWidget* createResults();
    void updateElections();
    void recompute();
    void showProblems(const std::vector<MsspInputProblem>& problems);

    void choosePdf();

    MsspCalculator m_calculator;
    std::optional<MsspResult> m_result;
    MsspInput m_given;      // by setInputs(), for reset()
    MsspInput m_givenShown; // the same as the fields show it (rounded to their decimals)
    bool m_filling = false;

    QFormLayout* m_form = nullptr;
    QComboBox* m_track = nullptr;
    QSpinBox* m_year = nullptr;
    QSpinBox* m_beneficiaries = nullptr;
    QDoubleSpinBox* m_benchmark = nullptr;
    QDoubleSpinBox* m_expenditure = nullptr;
    QDoubleSpinBox* m_qualityScore = nullptr;
    QCheckBox* m_metStandard = nullptr;
    QCheckBox* m_metAlternative = nullptr;
    QCheckBox* m_lowRevenue = nullptr;
    QComboBox* m_election = nullptr;
    QDoubleSpinBox* m_suppliedMsr = nullptr;
    QSpinBox* m_agreementStart = nullptr;
    QSpinBox* m_agreementYear = nullptr;
    QDoubleSpinBox* m_revenue = nullptr;
    QDoubleSpinBox* m_disaster = nullptr;
    QHash<QString, QWidget*> m_fieldForColumn;

    QLabel* m_headline = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QLabel* m_notes = nullptr;
    QTableWidget* m_steps = nullptr;
};

} // namespace aco::ui
