#include "scorecardspage.h"

#include "scorecardpreview.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace aco::ui {

ScorecardsPage::ScorecardsPage(QWidget* parent) : QWidget(parent)
{
    auto* controls = new QHBoxLayout;
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("scorecardProvider"));
    m_provider->setEditable(true);
    m_provider->setInsertPolicy(QComboBox::NoInsert);
    m_provider->completer()->setFilterMode(Qt::MatchContains);
    m_provider->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_provider->setMinimumContentsLength(30);
    m_provider->setToolTip(
        tr("The provider whose scorecard is shown; type part of a name to search"));
    auto* label = new QLabel(tr("P&rovider:"), this);
    label->setBuddy(m_provider);
    controls->addWidget(label);
    controls->addWidget(m_provider);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("scorecardCaption"));
    controls->addWidget(m_caption, 1);
    m_print = new QPushButton(tr("&Print Scorecards..."), this);
    m_print->setToolTip(tr("Print, preview or save as PDF the scorecards of this provider, a "
                           "practice or all providers"));
    controls->addWidget(m_print);

    m_preview = new ScorecardPreview(this);
    m_preview->setObjectName(QStringLiteral("scorecardPreview"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_preview, 1);
    setFocusProxy(m_provider);

    connect(m_provider, &QComboBox::activated, this, [this](int index) {
        if (index >= 0) {
            m_selected = m_provider->itemData(index).toLongLong();
            Q_EMIT providerSelected(*m_selected);
        }
    });
    connect(m_print, &QPushButton::clicked, this, &ScorecardsPage::printRequested);
}

void ScorecardsPage::setProviders(const std::vector<Provider>& providers)
{
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    m_unlisted = providers;
    m_selected.reset();
    m_preview->setMessage(tr("Choose a provider to see their scorecard."));
    if (isVisible())
        fillPicker();
}

void ScorecardsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fillPicker();
}

void ScorecardsPage::fillPicker()
{
    if (m_unlisted.empty())
        return;
    std::sort(m_unlisted.begin(), m_unlisted.end(), [](const Provider& a, const Provider& b) {
        return std::pair(a.lastName, a.firstName) < std::pair(b.lastName, b.firstName);
    });
    const QSignalBlocker blocker(m_provider);
    for (const Provider& p : m_unlisted)
        m_provider->addItem(tr("%1 (%2)").arg(p.displayName(), p.npi),
                            static_cast<qlonglong>(p.id));
    m_unlisted.clear();
    m_provider->setCurrentIndex(
        m_selected ? m_provider->findData(static_cast<qlonglong>(*m_selected)) : -1);
}

void ScorecardsPage::selectProvider(std::int64_t providerId)
{
    m_selected = providerId;
    const QSignalBlocker blocker(m_provider);
    m_provider->setCurrentIndex(m_provider->findData(static_cast<qlonglong>(providerId)));
}

} // namespace aco::ui
