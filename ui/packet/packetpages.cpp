#include "packetpages.h"

#include "boardpacket.h"
#include "dashboard/dashboardcolors.h"
#include "mssp/msspformat.h"
#include "scenarios/comparisonreport.h"
#include "scorecards/pagepainting.h"

#include <QDate>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPicture>

#include <algorithm>
#include <memory>

namespace aco::ui {

namespace {

constexpr int scenariosPerPage = 4;

QString sourceOf(const Measure& m)
{
    return m.acoNumber.isEmpty() ? QObject::tr("ACO-defined")
                                 : QObject::tr("CMS %1").arg(m.acoNumber);
}

// The year's target, named for what it is, and the benchmark beside an ACO target.
QString targetOf(const Measure& m, const std::optional<MeasureTarget>& target)
{
    if (!target)
        return QObject::tr("none");
    QString text = target->label(m);
    if (target->source == MeasureTarget::Source::Aco && m.benchmark)
        text += QStringLiteral("; ") +
                MeasureTarget{MeasureTarget::Source::Benchmark, *m.benchmark, m.higherIsBetter}
                    .label(m);
    return text;
}

QString definitionOf(const Measure& m)
{
    const QString counts = m.denominatorText();
    return m.description.isEmpty() ? counts : m.description + QLatin1Char(' ') + counts;
}

QString directionOf(const Measure& m)
{
    return QObject::tr("%1 is better; %2; %3")
        .arg(m.higherIsBetter ? QObject::tr("Higher") : QObject::tr("Lower"), m.unitLabel(),
             m.domain);
}

// The appendix's columns as shares of the content's width.
constexpr std::array<double, 5> appendixColumns = {0.20, 0.38, 0.17, 0.09, 0.16};

// Text measured as it prints: on a device of 72 dots per inch, where a point is a device unit.
QFontMetricsF printMetrics(const QFont& font)
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(2835); // 72 per inch
        image.setDotsPerMeterY(2835);
        return image;
    }();
    return QFontMetricsF(font, &device);
}

// A measure of the appendix with its target for the year.
struct Definition
{
    Measure measure;
    std::optional<MeasureTarget> target;
};

std::array<QString, 5> appendixCells(const Definition& d)
{
    const Measure& m = d.measure;
    return {m.code + QStringLiteral(" — ") + m.name, definitionOf(m), directionOf(m), sourceOf(m),
            targetOf(m, d.target)};
}

double cellHeight(const QFontMetricsF& metrics, const std::array<QString, 5>& cells, double width)
{
    double height = 0;
    for (size_t c = 0; c < cells.size(); ++c)
        height =
            std::max(height, metrics
                                 .boundingRect(QRectF(0, 0, width * appendixColumns[c] - 8, 1000),
                                               Qt::TextWordWrap, cells[c])
                                 .height());
    return height + 8;
}

void paintAppendixPage(QPainter& painter, const QRectF& area,
                       const std::vector<Definition>& measures, int year)
{
    const QStringList headings = {QObject::tr("Measure"), QObject::tr("Definition"),
                                  QObject::tr("Better, unit, domain"), QObject::tr("Steward"),
                                  QObject::tr("Target for %1").arg(year)};
    painter.setFont(PacketPages::font(9, true));
    double x = area.left();
    for (int c = 0; c < headings.size(); ++c) {
        painter.drawText(
            QRectF(x, area.top(), area.width() * appendixColumns[static_cast<size_t>(c)] - 8, 16),
            Qt::AlignLeft | Qt::AlignVCenter, headings[c]);
        x += area.width() * appendixColumns[static_cast<size_t>(c)];
    }
    double y = area.top() + 18;
    painter.setPen(QPen(DashboardColors::muted(), 0.8));
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    const QFont body = PacketPages::font(9);
    const QFontMetricsF metrics = printMetrics(body);
    for (const Definition& m : measures) {
        const auto cells = appendixCells(m);
        const double h = cellHeight(metrics, cells, area.width());
        x = area.left();
        for (size_t c = 0; c < cells.size(); ++c) {
            painter.setFont(c == 0 ? PacketPages::font(9, true) : body);
            painter.setPen(DashboardColors::ink());
            painter.drawText(QRectF(x, y + 4, area.width() * appendixColumns[c] - 8, h),
                             Qt::TextWordWrap, cells[c]);
            x += area.width() * appendixColumns[c];
        }
        y += h;
        painter.setPen(QPen(DashboardColors::track(), 0.8));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
}

} // namespace

QFont PacketPages::font(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void PacketPages::paintCover(QPainter& painter, const QRectF& page, const PacketContent& content,
                             const std::vector<Contents>& contents)
{
    const DashboardData& d = content.dashboard;
    const double left = page.left() + 72;
    double y = page.top() + 110;
    painter.setPen(DashboardColors::bar());
    painter.fillRect(QRectF(page.left(), page.top() + 70, 14, 150), DashboardColors::bar());
    painter.setFont(font(30, true));
    painter.drawText(QRectF(left, y, page.width() - 144, 44), Qt::AlignLeft | Qt::AlignVCenter,
                     d.aco.name);
    y += 48;
    painter.setPen(DashboardColors::ink());
    painter.setFont(font(20));
    painter.drawText(QRectF(left, y, page.width() - 144, 30), Qt::AlignLeft | Qt::AlignVCenter,
                     QObject::tr("Board packet — performance year %1").arg(content.request.year));
    y += 40;
    painter.setFont(font(13));
    painter.setPen(DashboardColors::muted());
    const QStringList lines = {
        QObject::tr("Period: %1; measures %2, %3")
            .arg(page::monthName(content.request.period.year(), content.request.period.month()),
                 windowLabel(content.request.window).toLower(), d.range.toString()),
        QObject::tr("Data as of %1 (%2, %3)").arg(d.aco.dataAsOf, d.aco.acoId, d.aco.name),
        QObject::tr("Prepared %1 with ACO Workbench")
            .arg(QDate::currentDate().toString(Qt::ISODate)),
    };
    for (const QString& line : lines) {
        painter.drawText(QRectF(left, y, page.width() - 144, 20), Qt::AlignLeft | Qt::AlignVCenter,
                         line);
        y += 22;
    }
    y += 30;
    painter.setPen(DashboardColors::ink());
    painter.setFont(font(14, true));
    painter.drawText(QPointF(left, y), QObject::tr("Contents"));
    y += 10;
    painter.setFont(font(13));
    for (const Contents& entry : contents) {
        y += 22;
        painter.drawText(QPointF(left, y), entry.title);
        painter.drawText(QRectF(left + 300, y - 16, 80, 20), Qt::AlignRight | Qt::AlignVCenter,
                         QObject::tr("page %1").arg(entry.page));
    }
}

void PacketPages::paintFrame(QPainter& painter, const QString& heading,
                             const PacketContent& content, int page, int pageCount)
{
    const double m = BoardPacket::margin;
    if (!heading.isEmpty()) {
        painter.setPen(DashboardColors::ink());
        painter.setFont(font(15, true));
        painter.drawText(QRectF(m, m - 8, BoardPacket::pageWidth - 2 * m, 26),
                         Qt::AlignLeft | Qt::AlignVCenter, heading);
    }
    const double y = BoardPacket::pageHeight - m - 14;
    painter.setPen(QPen(DashboardColors::track(), 0.8));
    painter.drawLine(QPointF(m, y - 4), QPointF(BoardPacket::pageWidth - m, y - 4));
    painter.setPen(DashboardColors::muted());
    painter.setFont(font(8.5));
    const DashboardData& d = content.dashboard;
    painter.drawText(
        QRectF(m, y, BoardPacket::pageWidth - 2 * m, 16), Qt::AlignLeft | Qt::AlignVCenter,
        QObject::tr("%1 · Board packet, performance year %2 · data as of %3 · printed %4")
            .arg(d.aco.name)
            .arg(content.request.year)
            .arg(d.aco.dataAsOf, QDate::currentDate().toString(Qt::ISODate)));
    painter.drawText(QRectF(m, y, BoardPacket::pageWidth - 2 * m, 16),
                     Qt::AlignRight | Qt::AlignVCenter,
                     QObject::tr("Page %1 of %2").arg(page).arg(pageCount));
}

void PacketPages::paintPicture(QPainter& painter, const QRectF& area, const QPicture& picture)
{
    const QRectF bounds = picture.boundingRect();
    if (bounds.isEmpty())
        return;
    const double scale = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    // A picture replays scaled from its own resolution to the device's: undo that, so that
    // `scale` alone fits it to the area.
    const double resolution =
        static_cast<double>(picture.logicalDpiX()) / painter.device()->logicalDpiX();
    painter.save();
    painter.translate(area.left() + (area.width() - bounds.width() * scale) / 2, area.top());
    painter.scale(scale * resolution, scale * resolution);
    painter.drawPicture(-bounds.topLeft() / resolution, picture);
    painter.restore();
}

PacketSection PacketPages::scenarioSection(const std::vector<ScenarioSummary>& scenarios,
                                           const std::optional<ScenarioComparison>& comparison)
{
    PacketSection section{QObject::tr("Shared-savings scenarios"), {}};
    for (size_t first = 0; first < scenarios.size(); first += scenariosPerPage) {
        const std::vector<ScenarioSummary> page(
            scenarios.begin() + static_cast<std::ptrdiff_t>(first),
            scenarios.begin() +
                static_cast<std::ptrdiff_t>(std::min(scenarios.size(), first + scenariosPerPage)));
        section.pages.push_back([page](QPainter& painter, const QRectF& area) {
            struct Line
            {
                QString label;
                std::function<QString(const ScenarioSummary&)> value;
                bool bold = false;
            };
            const auto cents = [](std::int64_t c) { return MsspFormat::cents(c); };
            const std::vector<Line> lines = {
                {QObject::tr("Pool (earned or owed)"),
                 [&](const ScenarioSummary& s) { return cents(s.allocation.poolCents); }, true},
                {QObject::tr("Infrastructure"),
                 [&](const ScenarioSummary& s) { return cents(s.allocation.infrastructureCents); }},
                {QObject::tr("Care redesign"),
                 [&](const ScenarioSummary& s) { return cents(s.allocation.careRedesignCents); }},
                {QObject::tr("Reserve"),
                 [&](const ScenarioSummary& s) { return cents(s.allocation.reserveCents); }},
                {QObject::tr("Provider pool"),
                 [&](const ScenarioSummary& s) { return cents(s.allocation.providerPoolCents); }},
                {QObject::tr("Paid to recipients"),
                 [&](const ScenarioSummary& s) { return cents(s.paidCents); }, true},
                {QObject::tr("Not earned, to infrastructure"),
                 [&](const ScenarioSummary& s) {
                     return cents(s.allocation.unearnedToInfrastructureCents);
                 }},
                {QObject::tr("Loss repaid from the prior reserve"),
                 [&](const ScenarioSummary& s) {
                     return cents(s.allocation.fromPriorReserveCents);
                 }},
                {QObject::tr("Loss borne by the medical group"),
                 [&](const ScenarioSummary& s) { return cents(s.allocation.medicalGroupCents); }},
                {QObject::tr("Loss absorbed by the ACO"),
                 [&](const ScenarioSummary& s) { return cents(s.allocation.absorbedByAcoCents); }},
                {QObject::tr("Recipients paid / eligible"),
                 [](const ScenarioSummary& s) {
                     return QStringLiteral("%1 / %2").arg(s.paidRecipients).arg(s.recipients);
                 }},
            };
            const double labelWidth = area.width() * 0.32;
            const double column = (area.width() - labelWidth) / scenariosPerPage;
            const double rowHeight = 26;
            double y = area.top();
            painter.setFont(PacketPages::font(12, true));
            painter.setPen(DashboardColors::ink());
            for (size_t s = 0; s < page.size(); ++s)
                painter.drawText(QRectF(area.left() + labelWidth + column * static_cast<double>(s),
                                        y, column - 10, 2 * rowHeight),
                                 Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, page[s].name);
            y += 2 * rowHeight + 4;
            for (size_t l = 0; l < lines.size(); ++l) {
                if (l % 2 == 0)
                    painter.fillRect(QRectF(area.left(), y, area.width(), rowHeight),
                                     QColor(0xf3, 0xf5, 0xf7));
                painter.setFont(PacketPages::font(11, lines[l].bold));
                painter.drawText(QRectF(area.left() + 6, y, labelWidth, rowHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, lines[l].label);
                for (size_t s = 0; s < page.size(); ++s)
                    painter.drawText(
                        QRectF(area.left() + labelWidth + column * static_cast<double>(s), y,
                               column - 10, rowHeight),
                        Qt::AlignRight | Qt::AlignVCenter, lines[l].value(page[s]));
                y += rowHeight;
            }
            painter.setFont(PacketPages::font(9.5));
            painter.setPen(DashboardColors::muted());
            painter.drawText(
                QRectF(area.left(), y + 12, area.width(), 40), Qt::TextWordWrap,
                QObject::tr(
                    "Each saved scenario applied to this file as `aco-workbench simulate` applies "
                    "it: the amounts add up to the pool to the cent."));
        });
    }
    if (!comparison)
        return section;
    const auto compared = std::make_shared<const ScenarioComparison>(*comparison);
    const size_t chosen = scenarios.size();
    section.pages.push_back([compared, chosen](QPainter& painter, const QRectF& area) {
        QRectF rest = area;
        if (chosen > compared->scenarios.size()) {
            painter.setFont(PacketPages::font(9.5));
            painter.setPen(DashboardColors::muted());
            painter.drawText(QRectF(area.left(), area.top(), area.width(), 16),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QObject::tr("Compared: the first %1 of the %2 scenarios chosen (a "
                                         "comparison takes at most %1).")
                                 .arg(compared->scenarios.size())
                                 .arg(chosen));
            rest.setTop(area.top() + 18);
        }
        ComparisonReport(*compared).paint(painter, rest);
    });
    return section;
}

PacketSection PacketPages::appendixSection(const std::vector<Measure>& measures,
                                           const std::map<QString, MeasureTarget>& targets,
                                           int year, const QRectF& content)
{
    PacketSection section{QObject::tr("Appendix: measure definitions"), {}};
    const QFontMetricsF metrics = printMetrics(font(9));
    std::vector<Definition> page;
    double used = 22;
    const auto addPage = [&] {
        section.pages.push_back([page, year](QPainter& p, const QRectF& area) {
            paintAppendixPage(p, area, page, year);
        });
    };
    for (const Measure& m : measures) {
        const auto target = targets.find(m.code);
        const Definition d{m, target == targets.end() ? std::nullopt
                                                      : std::optional(target->second)};
        const double h = cellHeight(metrics, appendixCells(d), content.width());
        if (!page.empty() && used + h > content.height()) {
            addPage();
            page.clear();
            used = 22;
        }
        page.push_back(d);
        used += h;
    }
    if (!page.empty())
        addPage();
    return section;
}

} // namespace aco::ui
