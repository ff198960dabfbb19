#include "scorecardpreview.h"

#include "scorecardpainter.h"

#include <QPainter>

#include <cmath>

namespace aco::ui {

ScorecardPreview::ScorecardPreview(QWidget* parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMinimumWidth(240);
    setAccessibleName(tr("Scorecard preview"));
}

void ScorecardPreview::setScorecard(std::shared_ptr<const Scorecard> card)
{
    m_card = std::move(card);
    m_message.clear();
    updateGeometry(); // a risk page makes the card taller
    setToolTip(m_card ? tr("%1's scorecard as it prints").arg(m_card->provider.displayName())
                      : QString());
    update();
}

void ScorecardPreview::setMessage(const QString& message)
{
    m_card.reset();
    m_message = message;
    setToolTip(QString());
    update();
}

int ScorecardPreview::heightForWidth(int width) const
{
    const int pages = m_card ? ScorecardPainter::pageCount(*m_card) : 1;
    return static_cast<int>(std::lround(width * ScorecardPainter::pageHeight /
                                        ScorecardPainter::pageWidth * pages)) +
           (pages - 1) * pageGap;
}

QSize ScorecardPreview::sizeHint() const
{
    return {480, heightForWidth(480)};
}

void ScorecardPreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_card) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }
    // The pages, one below the other, scaled to fit, on white paper with a thin edge, centred.
    const int pages = ScorecardPainter::pageCount(*m_card);
    const double scale =
        std::min(width() / ScorecardPainter::pageWidth,
                 (height() - (pages - 1) * pageGap) / (ScorecardPainter::pageHeight * pages));
    const QSizeF size(ScorecardPainter::pageWidth * scale, ScorecardPainter::pageHeight * scale);
    for (int i = 0; i < pages; ++i) {
        const QRectF page(QPointF((width() - size.width()) / 2.0, i * (size.height() + pageGap)),
                          size);
        painter.save();
        painter.fillRect(page, Qt::white);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(page.adjusted(0, 0, -1, -1));
        painter.translate(page.topLeft());
        painter.scale(scale, scale);
        ScorecardPainter().paint(painter, *m_card, 1, 1, i);
        painter.restore();
    }
}

} // namespace aco::ui
