#include "periodselector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace aco::ui {

namespace {

QComboBox* addBox(QHBoxLayout* row, const QString& label, const QString& name, const QString& tip,
                  QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setToolTip(tip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* text = new QLabel(label, parent);
    text->setBuddy(box);
    text->setToolTip(tip);
    row->addWidget(text);
    row->addWidget(box);
    row->addSpacing(8);
    return box;
}

} // namespace

PeriodSelector::PeriodSelector(QWidget* parent) : QWidget(parent)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(4, 0, 4, 0);
    m_year = addBox(row, tr("P&erformance year:"), QStringLiteral("yearSelector"),
                    tr("The performance year every view shows (years with results)"), this);
    m_month = addBox(row, tr("&Month:"), QStringLiteral("periodSelector"),
                     tr("The month the figures end with (months with results)"), this);
    m_window = addBox(row, tr("Wi&ndow:"), QStringLiteral("windowSelector"),
                      tr("The months each figure is summed over, ending with the month"), this);
    for (Window w : windowChoices)
        m_window->addItem(windowLabel(w), static_cast<int>(w));
    setEnabled(false);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling || m_year->currentIndex() < 0)
            return;
        fillMonths(m_year->currentData().toInt());
        update();
    });
    connect(m_month, &QComboBox::currentIndexChanged, this, &PeriodSelector::update);
    connect(m_window, &QComboBox::currentIndexChanged, this, &PeriodSelector::update);
}

void PeriodSelector::setPeriods(std::vector<Period> periods)
{
    std::sort(periods.begin(), periods.end(), std::greater<>());
    m_periods = std::move(periods);
    m_filling = true;
    m_year->clear();
    for (const Period& p : m_periods)
        if (m_year->findData(p.year()) < 0)
            m_year->addItem(QString::number(p.year()), p.year());
    m_filling = false;
    setEnabled(!m_periods.empty());
    if (m_periods.empty()) {
        m_month->clear();
        m_choice.period = Period();
        return;
    }
    m_choice.period = Period(); // emit even when the latest month is the one shown before
    setChoice({m_periods.front(), m_choice.window});
}

void PeriodSelector::setChoice(const PeriodChoice& choice)
{
    if (std::find(m_periods.begin(), m_periods.end(), choice.period) == m_periods.end())
        return;
    m_filling = true;
    m_year->setCurrentIndex(m_year->findData(choice.year()));
    fillMonths(choice.year());
    m_month->setCurrentIndex(m_month->findData(choice.period.toInt()));
    m_window->setCurrentIndex(m_window->findData(static_cast<int>(choice.window)));
    m_filling = false;
    update();
}

void PeriodSelector::fillMonths(int year)
{
    const bool filling = m_filling;
    m_filling = true;
    m_month->clear();
    for (const Period& p : m_periods)
        if (p.year() == year)
            m_month->addItem(p.toString(), p.toInt());
    m_month->setCurrentIndex(0); // the year's latest
    m_filling = filling;
}

void PeriodSelector::update()
{
    if (m_filling || m_month->currentIndex() < 0)
        return;
    const PeriodChoice choice{Period::fromInt(m_month->currentData().toInt()),
                              static_cast<Window>(m_window->currentData().toInt())};
    if (choice == m_choice)
        return;
    m_choice = choice;
    Q_EMIT changed(m_choice);
}

} // namespace aco::ui
