#include "tierbars.h"

#include "dashboardcolors.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace aco::ui {

namespace {

constexpr std::array<Tier, 5> tiers = {Tier::BelowBaseline, Tier::Baseline, Tier::Better,
                                       Tier::Best, Tier::ExtraCredit};

constexpr double legendGap = 10; // between one tier's name and the next one's swatch

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

void TierBars::setWrapped(bool wrapped)
{
    m_wrapped = wrapped;
    updateGeometry();
    update();
}

// A swatch, a gap, the tier's name and a gap before the next.
int TierBars::legendLines(double width) const
{
    const QFontMetricsF metrics(font());
    const double swatch = metrics.height() * 0.8;
    int lines = 1;
    double x = 0;
    for (Tier tier : tiers) {
        const double entry = swatch + 4 + metrics.horizontalAdvance(tierName(tier));
        if (x > 0 && x + entry > width) {
            ++lines;
            x = 0;
        }
        x += entry + legendGap;
    }
    return lines;
}

double TierBars::legendHeight() const
{
    return fontMetrics().height() * (0.8 + legendLines(width()));
}

// The names as wide as the longest needs, up to half the width (the packet prints the tile less
// than half a page wide); a longer name wraps or is elided.
double TierBars::nameWidth(double width) const
{
    const QFontMetricsF metrics(font());
    double widest = 0.0;
    for (const TierDistribution& d : m_distributions)
        widest = std::max(widest, metrics.horizontalAdvance(d.measure.name));
    return std::min(widest + 10, width * 0.5);
}

std::vector<double> TierBars::rowNeeds(double width, double spacing) const
{
    const QFontMetricsF metrics(font());
    const double names = nameWidth(width) - 6;
    std::vector<double> needs;
    for (const TierDistribution& d : m_distributions) {
        const double text =
            m_wrapped
                ? metrics.boundingRect(QRectF(0, 0, names, 1e6), Qt::TextWordWrap, d.measure.name)
                      .height()
                : metrics.height();
        needs.push_back(std::max(metrics.height(), text) + metrics.height() * spacing);
    }
    return needs;
}

std::vector<double> TierBars::rowEdges() const
{
    const std::vector<double> needs = rowNeeds(width(), 0.1);
    double needed = 0.0;
    for (const double n : needs)
        needed += n;
    // Room beyond what the rows need is shared out evenly.
    const double extra =
        needs.empty() ? 0.0 : std::max(0.0, height() - legendHeight() - needed) / needs.size();
    std::vector<double> edges = {legendHeight()};
    for (const double n : needs)
        edges.push_back(edges.back() + n + extra);
    return edges;
}

int TierBars::rowAt(QPointF point) const
{
    const std::vector<double> edges = rowEdges();
    for (size_t row = 0; row + 1 < edges.size(); ++row)
        if (point.y() >= edges[row] && point.y() < edges[row + 1])
            return static_cast<int>(row);
    return -1;
}

// Before the layout has given the widget a width, the hint is for the width it prefers.
QSize TierBars::sizeHint() const
{
    const double w = width() > 100 ? width() : 520.0;
    double rows = 0.0;
    for (const double n : rowNeeds(w, 0.2))
        rows += n;
    const double legend = fontMetrics().height() * (0.8 + legendLines(w));
    return {520,
            static_cast<int>(std::ceil(legend + std::max(rows, fontMetrics().height() * 1.4)))};
}

QSize TierBars::minimumSizeHint() const
{
    double rows = 0.0;
    for (const double n : rowNeeds(std::max(320, width()), 0.1))
        rows += n;
    return {320, static_cast<int>(std::ceil(legendHeight() + rows))};
}

void TierBars::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateGeometry();
}

void TierBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QFontMetricsF metrics(font());
    const double w = width();

    // The legend: a swatch and each tier's name, left to right from below baseline, on as many
    // lines as the width needs.
    double x = 0;
    double y = fontMetrics().height() * 0.4;
    const double swatch = metrics.height() * 0.8;
    for (Tier tier : tiers) {
        const QString name = tierName(tier);
        const double entry = swatch + 4 + metrics.horizontalAdvance(name);
        if (x > 0 && x + entry > w) {
            x = 0;
            y += metrics.height();
        }
        painter.setPen(QPen(DashboardColors::muted(), 0.8));
        painter.setBrush(DashboardColors::tier(tier));
        painter.drawRect(QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch));
        painter.setPen(DashboardColors::ink());
        painter.drawText(QPointF(x + swatch + 4, y + metrics.ascent()), name);
        x += entry + legendGap;
    }

    const std::vector<double> edges = rowEdges();
    const double labelWidth = nameWidth(w);
    const double countWidth = metrics.horizontalAdvance(QStringLiteral("n = 5,000")) + 8;
    const double barWidth = std::max(40.0, w - labelWidth - countWidth);
    const double barHeight = metrics.height() * 1.2;
    for (size_t i = 0; i < m_distributions.size(); ++i) {
        const TierDistribution& d = m_distributions[i];
        const double h = edges[i + 1] - edges[i];
        const QRectF line(0, edges[i], w, h);
        painter.setPen(DashboardColors::ink());
        const QRectF name(0, line.top(), labelWidth - 6, h);
        if (m_wrapped)
            painter.drawText(name, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap,
                             d.measure.name);
        else
            painter.drawText(name, Qt::AlignVCenter | Qt::AlignLeft,
                             metrics.elidedText(d.measure.name, Qt::ElideRight, name.width()));
        const int total = d.assessed();
        double left = labelWidth;
        // Wrapped, a bar as high as a one-line row's, whatever the name's lines.
        const double height = m_wrapped ? std::min(h * 0.8, barHeight) : h * 0.8;
        const QRectF bar(labelWidth, line.center().y() - height / 2, barWidth, height);
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
