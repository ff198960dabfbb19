#include "measurebars.h"

#include "dashboardcolors.h"
#include "diagrams/diagrampainter.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace aco::ui {

namespace {

constexpr double scaleReach = 0.3; // the bars' ends: 30% worse or better than the target

// `main` over `note` in a cell, the note smaller and muted; side by side when the row is too low
// for two lines.
void paintCell(QPainter& p, const QRectF& cell, const QString& main, const QString& note,
               const QFont& mainFont, const QFont& noteFont)
{
    const double mainHeight = QFontMetricsF(mainFont).height();
    const double noteHeight = QFontMetricsF(noteFont).height();
    p.setFont(mainFont);
    if (note.isEmpty() || cell.height() < mainHeight + noteHeight) {
        p.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft,
                   note.isEmpty() ? main : main + QLatin1Char(' ') + note);
        return;
    }
    const double top = cell.center().y() - (mainHeight + noteHeight) / 2;
    p.drawText(QRectF(cell.left(), top, cell.width(), mainHeight), Qt::AlignLeft, main);
    p.setFont(noteFont);
    p.setPen(DashboardColors::muted());
    p.drawText(QRectF(cell.left(), top + mainHeight, cell.width(), noteHeight), Qt::AlignLeft,
               note);
}

// A row's three figures, each with its note: the value and its unit, the target and whose it is,
// the verdict ("not met," with "within 10%").
struct RowCells
{
    QString value, valueNote, target, targetNote, status, statusNote;
};

RowCells cellsOf(const DashboardMeasure& row)
{
    const Measure& m = row.measure;
    RowCells cells;
    cells.value = row.value ? m.formatValue(*row.value) : QStringLiteral("-");
    if (row.value && m.unit == Measure::Unit::Per1000)
        cells.valueNote = QObject::tr("per 1,000");
    cells.target = QStringLiteral("%1 %2").arg(row.target.higherIsBetter ? QStringLiteral("\u2265")
                                                                         : QStringLiteral("\u2264"),
                                               m.formatValue(row.target.value));
    cells.targetNote = row.target.source == MeasureTarget::Source::Aco
                           ? QObject::tr("ACO target")
                           : QObject::tr("benchmark");
    if (const auto status = row.status()) {
        const QString label = targetStatusLabel(*status);
        const qsizetype comma = label.indexOf(QStringLiteral(", "));
        cells.status = comma < 0 ? label : label.left(comma + 1);
        cells.statusNote = comma < 0 ? QString() : label.mid(comma + 2);
    }
    return cells;
}

} // namespace

MeasureBars::MeasureBars(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MeasureBars::setMeasures(std::vector<DashboardMeasure> measures)
{
    m_measures = std::move(measures);
    m_current = 0;
    updateGeometry();
    update();
}

void MeasureBars::setCurrentRow(int row)
{
    if (row < 0 || row >= static_cast<int>(m_measures.size()) || row == m_current)
        return;
    m_current = row;
    update();
}

double MeasureBars::headerHeight() const
{
    return fontMetrics().height() * 1.4;
}

double MeasureBars::rowHeight() const
{
    const double rows = std::max<double>(1.0, static_cast<double>(m_measures.size()));
    return std::max(fontMetrics().height() * 1.3, (height() - headerHeight()) / rows);
}

QRectF MeasureBars::rowRect(int row) const
{
    return {0, headerHeight() + row * rowHeight(), static_cast<double>(width()), rowHeight()};
}

int MeasureBars::rowAt(QPointF point) const
{
    const double y = point.y() - headerHeight();
    const int row = static_cast<int>(y / rowHeight());
    return y >= 0 && row < static_cast<int>(m_measures.size()) ? row : -1;
}

QSize MeasureBars::sizeHint() const
{
    return {520, static_cast<int>(fontMetrics().height() * 2.0 *
                                  std::max<size_t>(1, m_measures.size()))};
}

QSize MeasureBars::minimumSizeHint() const
{
    return {320, static_cast<int>(headerHeight() + fontMetrics().height() * 1.3 *
                                                       std::max<size_t>(1, m_measures.size()))};
}

QString MeasureBars::valueText(const Measure& measure, double value)
{
    const QString text = measure.formatValue(value);
    return measure.unit == Measure::Unit::Per1000 ? text + QStringLiteral(" per 1,000") : text;
}

QString MeasureBars::rowText(const DashboardMeasure& row) const
{
    const Measure& m = row.measure;
    QString text = QStringLiteral("%1: %2").arg(m.name, row.value ? valueText(m, *row.value)
                                                                  : tr("no results"));
    text += QStringLiteral("; ") + row.target.label(m);
    if (const auto status = row.status())
        text += QStringLiteral(", ") + targetStatusLabel(*status);
    if (row.target.source == MeasureTarget::Source::Aco && m.benchmark)
        text += tr("; %1 %2")
                    .arg(m.benchmarkLabel.isEmpty() ? tr("external benchmark") : m.benchmarkLabel,
                         valueText(m, *m.benchmark));
    if (row.priorValue)
        text += tr("; prior window %1").arg(valueText(m, *row.priorValue));
    text += tr("; %1 is better. Click or press Enter for the peer comparison.")
                .arg(m.higherIsBetter ? tr("higher") : tr("lower"));
    return text;
}

void MeasureBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_measures.empty()) { // a new file: no measure has a target or benchmark yet
        painter.setPen(DashboardColors::muted());
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No measure has a target yet: give the year's driver diagram targets, "
                            "or import the measures with their benchmarks (File > Import CSV, "
                            "kind measures)."));
        return;
    }
    const QFontMetricsF metrics(font());
    const double h = rowHeight();
    const double w = width();
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.92); // 8 pt printed
    const QFontMetricsF smallMetrics(small);
    // Each figure with a note saying what it is: the unit, whose target, how near it is; under
    // it when a row holds two lines, else beside it (see paintCell). The columns are as wide as
    // their widest cell, and the bars have the rest.
    const bool twoLines = h >= metrics.height() + smallMetrics.height();
    const auto cellWidth = [&](const QFontMetricsF& main, const QString& figure,
                               const QString& note) {
        if (note.isEmpty())
            return main.horizontalAdvance(figure) + 10;
        return (twoLines ? std::max(main.horizontalAdvance(figure),
                                    smallMetrics.horizontalAdvance(note))
                         : main.horizontalAdvance(figure + QLatin1Char(' ') + note)) +
               10;
    };
    std::vector<RowCells> cells;
    double valueWidth = metrics.horizontalAdvance(tr("ACO")) + 10;
    double targetWidth = metrics.horizontalAdvance(tr("Target")) + 10;
    double statusWidth = 0;
    for (const DashboardMeasure& row : m_measures) {
        const RowCells& c = cells.emplace_back(cellsOf(row));
        valueWidth = std::max(valueWidth, cellWidth(QFontMetricsF(bold), c.value, c.valueNote));
        targetWidth = std::max(targetWidth, cellWidth(metrics, c.target, c.targetNote));
        statusWidth = std::max(statusWidth, cellWidth(metrics, c.status, c.statusNote) + h * 0.6);
    }
    // The names as wide as the longest where the bars keep a fair share of the tile; beyond that
    // a long name wraps when the row holds two lines, else is elided (the tooltip has it whole).
    // Rows of two lines leave the bars a larger share: a wrapped name reads as well, a bar
    // squeezed to a stub does not.
    const bool wrapNames = h >= 2 * metrics.height();
    double longestName = 0;
    for (const DashboardMeasure& row : m_measures)
        longestName = std::max(longestName, metrics.horizontalAdvance(row.measure.name) + 8);
    const double barShare = std::max(60.0, w * (wrapNames ? 0.25 : 0.15));
    const double room = w - 6 - valueWidth - targetWidth - statusWidth - 8 - barShare;
    const double nameWidth = std::min(longestName, std::max(w * 0.3, room));
    const double barLeft = nameWidth + 6;
    const double barWidth =
        std::max(40.0, w - barLeft - valueWidth - targetWidth - statusWidth - 8);

    // Column headings: what the bars and the two figures are.
    painter.setPen(DashboardColors::muted());
    const QRectF header(0, 0, w, headerHeight());
    // The bars' heading, shortened to what their column holds in a narrow tile.
    const QString barsHeading = metrics.horizontalAdvance(tr("worse · target · better")) <= barWidth
                                    ? tr("worse · target · better")
                                    : tr("target");
    painter.drawText(QRectF(barLeft, 0, barWidth, header.height()), Qt::AlignCenter, barsHeading);
    painter.drawText(QRectF(barLeft + barWidth + 8, 0, valueWidth, header.height()),
                     Qt::AlignVCenter | Qt::AlignLeft, tr("ACO"));
    painter.drawText(QRectF(barLeft + barWidth + 8 + valueWidth, 0, targetWidth, header.height()),
                     Qt::AlignVCenter | Qt::AlignLeft, tr("Target"));

    for (size_t i = 0; i < m_measures.size(); ++i) {
        const DashboardMeasure& row = m_measures[i];
        const Measure& m = row.measure;
        const QRectF line = rowRect(static_cast<int>(i));
        if (static_cast<int>(i) == m_current && hasFocus())
            painter.fillRect(line, DashboardColors::focusRow());
        painter.setFont(font()); // the cells of the row before leave theirs
        painter.setPen(DashboardColors::ink());
        const QRectF nameCell(4, line.top(), nameWidth - 4, h);
        if (wrapNames && metrics.horizontalAdvance(m.name) > nameWidth - 6)
            painter.drawText(nameCell, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, m.name);
        else
            painter.drawText(nameCell, Qt::AlignVCenter | Qt::AlignLeft,
                             metrics.elidedText(m.name, Qt::ElideRight, nameWidth - 6));

        // The distance from the target as a share of it, better to the right, on one scale for
        // every row; the stretch just short of the target is shaded.
        const MeasureTarget& target = row.target;
        const bool higher = target.higherIsBetter;
        const auto x = [&](double v) {
            const double gap =
                (higher ? v - target.value : target.value - v) / std::max(std::abs(target.value), 1e-9);
            return barLeft + barWidth / 2 * (1.0 + std::clamp(gap / scaleReach, -1.0, 1.0));
        };
        const QRectF track(barLeft, line.top() + h * 0.22, barWidth, h * 0.56);
        painter.fillRect(track, DashboardColors::track());
        const auto status = row.status();
        const double centre = barLeft + barWidth / 2;
        const double near = x(target.value * (higher ? 0.9 : 1.1));
        painter.fillRect(QRectF(near, track.top(), centre - near, track.height()),
                         DashboardColors::nearBand());
        if (row.value && status) {
            const double end = x(*row.value);
            painter.fillRect(QRectF(std::min(centre, end), track.top() + track.height() * 0.2,
                                    std::abs(end - centre), track.height() * 0.6),
                             DiagramPainter::statusColor(*status));
        }
        if (row.priorValue) {
            painter.setPen(QPen(DashboardColors::ink(), 1.5));
            painter.setBrush(Qt::white);
            painter.drawEllipse(QPointF(x(*row.priorValue), track.center().y()), h * 0.13,
                                h * 0.13);
        }
        painter.setPen(QPen(DashboardColors::target(), 3));
        painter.drawLine(QPointF(centre, line.top() + h * 0.1),
                         QPointF(centre, line.bottom() - h * 0.1));
        const RowCells& c = cells[i];
        painter.setPen(DashboardColors::ink());
        paintCell(painter, QRectF(barLeft + barWidth + 8, line.top(), valueWidth, h), c.value,
                  c.valueNote, bold, small);
        painter.setPen(DashboardColors::ink());
        paintCell(painter, QRectF(barLeft + barWidth + 8 + valueWidth, line.top(), targetWidth, h),
                  c.target, c.targetNote, font(), small);
        if (status) { // "not met," with "within 10%": a near miss reads as the miss it is
            const QRectF area(w - statusWidth, line.top(), statusWidth, h);
            DiagramPainter::paintTargetIcon(
                painter, QPointF(area.left() + h * 0.3, area.center().y()), h * 0.5, *status);
            painter.setPen(DashboardColors::ink());
            paintCell(painter, area.adjusted(h * 0.6 + 4, 0, 0, 0), c.status, c.statusNote,
                      font(), small);
        }
    }
}

void MeasureBars::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentRow(m_current - 1);
        return;
    case Qt::Key_Down:
        setCurrentRow(m_current + 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_measures.empty())
            Q_EMIT rowActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MeasureBars::mouseReleaseEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position());
    if (event->button() != Qt::LeftButton || row < 0) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    setCurrentRow(row);
    Q_EMIT rowActivated(row);
}

bool MeasureBars::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), rowText(m_measures[static_cast<size_t>(row)]),
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace aco::ui
