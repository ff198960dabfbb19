#pragma once

#include "measures/window.h"

#include <QWidget>

#include <vector>

class QComboBox;

namespace aco::ui {

// What every view of the window shows: the window of months ending with a period.
struct PeriodChoice
{
    Period period;
    Window window = defaultWindow;
    int year() const { return period.year(); } // the performance year
    bool operator==(const PeriodChoice&) const = default;
};

// The window's global selector: performance year, the month (only months with results) and the
// window of months each value covers. Every view follows what it emits.
class PeriodSelector : public QWidget
{
    Q_OBJECT

  public:
    explicit PeriodSelector(QWidget* parent = nullptr);

    // The months with results, latest first; selects the latest (keeping the window) and emits.
    void setPeriods(std::vector<Period> periods);
    // Selects `choice` when its month has results; emits when that changes what is shown.
    void setChoice(const PeriodChoice& choice);
    PeriodChoice choice() const { return m_choice; }
    bool hasChoice() const { return m_choice.period.isValid(); }

  Q_SIGNALS:
    void changed(const aco::ui::PeriodChoice& choice);

  private:
    void fillMonths(int year);
    void update();

    std::vector<Period> m_periods;
    PeriodChoice m_choice;
    bool m_filling = false;
    QComboBox* m_year = nullptr;
    QComboBox* m_month = nullptr;
    QComboBox* m_window = nullptr;
};

} // namespace aco::ui
