#include "scorecardspage.h"

#include "scorecardpreview.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

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
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    scroll->setBackgroundRole(QPalette::Dark);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(scroll, 1);
    setFocusProxy(m_provider);

    connect(m_provider, &QComboBox::activated, this, [this](int index) {
        if (index >= 0)
            Q_EMIT providerSelected(m_provider->itemData(index).toLongLong());
    });
    connect(m_print, &QPushButton::clicked, this, &ScorecardsPage::printRequested);
}

void ScorecardsPage::setProviders(const std::vector<Provider>& providers)
{
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    std::vector<const Provider*> sorted;
    for (const Provider& p : providers)
        sorted.push_back(&p);
    std::sort(sorted.begin(), sorted.end(), [](const Provider* a, const Provider* b) {
        return QString::localeAwareCompare(a->displayName(), b->displayName()) < 0;
    });
    for (const Provider* p : sorted)
        m_provider->addItem(tr("%1 (%2)").arg(p->displayName(), p->npi),
                            static_cast<qlonglong>(p->id));
    m_provider->setCurrentIndex(-1);
    m_preview->setMessage(tr("Choose a provider to see their scorecard."));
}

void ScorecardsPage::selectProvider(std::int64_t providerId)
{
    const QSignalBlocker blocker(m_provider);
    m_provider->setCurrentIndex(m_provider->findData(static_cast<qlonglong>(providerId)));
}

std::optional<std::int64_t> ScorecardsPage::selectedProvider() const
{
    if (m_provider->currentIndex() < 0)
        return std::nullopt;
    return m_provider->currentData().toLongLong();
}

} // namespace aco::ui
