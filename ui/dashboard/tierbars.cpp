#include "tierbars.h"

#include "dashboardcolors.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace aco::ui {

namespace {

constexpr std::array<Tier, 5> tiers = {Tier::BelowBaseline, Tier::Baseline, Tier::Better,
                                       Tier::Best, Tier::ExtraCredit};

} // namespace

TierBars::TierBars(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TierBars::setDistributions(std::vector<TierDistribution> distributions)
{
    m_distributions = std::move(distributions);
    updateGeometry();
    update();
}

double TierBars::legendHeight() const
{
    return fontMetrics().height() * 1.8;
}

double TierBars::rowHeight() const
{
    const double rows = std::max<double>(1.0, static_cast<double>(m_distributions.size()));
    return (height() - legendHeight()) / rows;
}

int TierBars::rowAt(QPointF point) const
{
    const double y = point.y() - legendHeight();
    const int row = static_cast<int>(y / rowHeight());
    return y >= 0 && row < static_cast<int>(m_distributions.size()) ? row : -1;
}

QSize TierBars::sizeHint() const
{
    return {520,
            static_cast<int>(legendHeight() + fontMetrics().height() * 1.4 *
                                                  std::max<size_t>(1, m_distributions.size()))};
}

QSize TierBars::minimumSizeHint() const
{
    return {320,
            static_cast<int>(legendHeight() + fontMetrics().height() * 1.1 *
                                                  std::max<size_t>(1, m_distributions.size()))};
}

void TierBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QFontMetricsF metrics(font());
    const double w = width();

    // The legend: a swatch and each tier's name, left to right from below baseline.
    double x = 0;
    const double swatch = metrics.height() * 0.8;
    for (Tier tier : tiers) {
        painter.setPen(QPen(DashboardColors::muted(), 0.8));
        painter.setBrush(DashboardColors::tier(tier));
        painter.drawRect(QRectF(x, (legendHeight() - swatch) / 2, swatch, swatch));
        painter.setPen(DashboardColors::ink());
        const QString name = tierName(tier);
        painter.drawText(QPointF(x + swatch + 4, legendHeight() / 2 + metrics.ascent() / 2 - 1),
                         name);
        x += swatch + 4 + metrics.horizontalAdvance(name) + 14;
    }

    const double h = rowHeight();
    // Measures by name, as wide as the longest needs up to nearly half the width (the packet
    // prints the tile half a page wide); a longer name is elided, and its row's tooltip has it
    // whole.
    double widestName = 0.0;
    for (const TierDistribution& d : m_distributions)
        widestName = std::max(widestName, metrics.horizontalAdvance(d.measure.name));
    const double labelWidth = std::min(widestName + 10, w * 0.45);
    const double countWidth = metrics.horizontalAdvance(QStringLiteral("n = 5,000")) + 8;
    const double barWidth = std::max(40.0, w - labelWidth - countWidth);
    for (size_t i = 0; i < m_distributions.size(); ++i) {
        const TierDistribution& d = m_distributions[i];
        const QRectF line(0, legendHeight() + static_cast<double>(i) * h, w, h);
        painter.setPen(DashboardColors::ink());
        painter.drawText(QRectF(0, line.top(), labelWidth - 6, h), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(d.measure.name, Qt::ElideRight, labelWidth - 6));
        const int total = d.assessed();
        double left = labelWidth;
        const QRectF bar(labelWidth, line.top() + h * 0.1, barWidth, h * 0.8);
        for (Tier tier : tiers) {
            const int count = d.providers[static_cast<size_t>(tier)];
            if (total == 0 || count == 0)
                continue;
            const QRectF segment(left, bar.top(), barWidth * count / total, bar.height());
            painter.fillRect(segment, DashboardColors::tier(tier));
            const QString text = QString::number(count);
            if (metrics.horizontalAdvance(text) + 4 < segment.width()) {
                painter.setPen(tier >= Tier::Best ? Qt::white : DashboardColors::ink());
                painter.drawText(segment, Qt::AlignCenter, text);
            }
            left += segment.width();
        }
        painter.setPen(DashboardColors::muted());
        painter.drawText(QRectF(labelWidth + barWidth + 8, line.top(), countWidth, h),
                         Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("n = %L1").arg(total));
    }
}

bool TierBars::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const int row = rowAt(help->pos());
    if (row < 0) {
        QToolTip::hideText();
        return true;
    }
    const TierDistribution& d = m_distributions[static_cast<size_t>(row)];
    QStringList parts;
    for (Tier tier : tiers)
        parts << QStringLiteral("%1: %2")
                     .arg(tierName(tier))
                     .arg(d.providers[static_cast<size_t>(tier)]);
    QString text =
        tr("%1, providers by tier: %2.").arg(d.measure.name, parts.join(QStringLiteral(", ")));
    if (d.belowMinimum > 0)
        text += tr(" %n more with too small a denominator to assess.", nullptr, d.belowMinimum);
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace aco::ui
