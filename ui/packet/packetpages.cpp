#include "packetpages.h"

#include "boardpacket.h"
#include "dashboard/dashboardcolors.h"
#include "mssp/msspformat.h"
#include "scenarios/comparisonreport.h"
#include "scenarios/money.h"
#include "scenarios/scenarioreport.h"
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

// Three a page leave each column room for its description.
constexpr int scenariosPerPage = 3;

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

// A row of the scenarios' table: a label and a cell per scenario.
struct ScenarioRow
{
    QString label;
    QStringList cells;
    bool bold = false;
    bool description = false; // wrapped text above the figures
};

// What a scenario is, before its figures: "Savings", "Split", "Eligible", "Payment", "Losses",
// each as the scenario report words it ("Split: infrastructure 20%, ...").
std::vector<std::pair<QString, QString>> descriptionOf(const Scenario& scenario)
{
    std::vector<std::pair<QString, QString>> parts;
    for (const QString& line : ScenarioReport::describe(scenario, true)) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        parts.emplace_back(line.left(colon), line.mid(colon + 2));
    }
    return parts;
}

// The figures in whole dollars that add up to the pool in each column, as the board reads them;
// rows of loss (or of savings) that no scenario on the page has are left out.
std::vector<ScenarioRow> scenarioRows(const std::vector<ScenarioSummary>& page)
{
    std::vector<ScenarioRow> rows;
    for (size_t d = 0; d < descriptionOf(Scenario{}).size(); ++d) {
        ScenarioRow row{descriptionOf(page.front().scenario)[d].first, {}, false, true};
        for (const ScenarioSummary& s : page)
            row.cells.append(descriptionOf(s.scenario)[d].second);
        rows.push_back(row);
    }
    enum Leaf { Infrastructure, Care, Reserve, Paid, Unearned, Prior, Group, Absorbed, Leaves };
    std::vector<std::vector<std::int64_t>> leaves;
    for (const ScenarioSummary& s : page) {
        const Allocation& a = s.allocation;
        leaves.push_back(Money::wholeDollarParts(
            {a.infrastructureCents, a.careRedesignCents, a.reserveCents, s.paidCents,
             a.unearnedToInfrastructureCents, a.fromPriorReserveCents, a.medicalGroupCents,
             a.absorbedByAcoCents}));
    }
    const auto add = [&](const QString& label, std::initializer_list<int> parts, bool bold,
                         bool always) {
        ScenarioRow row{label, {}, bold, false};
        bool any = always;
        for (const std::vector<std::int64_t>& l : leaves) {
            std::int64_t cents = 0;
            for (const int part : parts)
                cents += l[size_t(part)];
            any = any || cents != 0;
            row.cells.append(Money::wholeDollars(cents));
        }
        if (any)
            rows.push_back(row);
    };
    add(QObject::tr("Pool (earned or owed)"),
        {Infrastructure, Care, Reserve, Paid, Unearned, Prior, Group, Absorbed}, true, true);
    add(QObject::tr("Infrastructure"), {Infrastructure}, false, false);
    add(QObject::tr("Care redesign"), {Care}, false, false);
    add(QObject::tr("Reserve"), {Reserve}, false, false);
    add(QObject::tr("Provider pool"), {Paid, Unearned}, false, false);
    add(QObject::tr("Paid to recipients"), {Paid}, true, true);
    add(QObject::tr("Not earned, to infrastructure"), {Unearned}, false, false);
    add(QObject::tr("Loss repaid from the prior reserve"), {Prior}, false, false);
    add(QObject::tr("Loss borne by the medical group"), {Group}, false, false);
    add(QObject::tr("Loss absorbed by the ACO"), {Absorbed}, false, false);
    static_assert(Leaves == 8);
    ScenarioRow recipients{QObject::tr("Recipients paid / eligible"), {}, false, false};
    for (const ScenarioSummary& s : page)
        recipients.cells.append(QStringLiteral("%1 / %2").arg(s.paidRecipients).arg(s.recipients));
    rows.push_back(recipients);
    return rows;
}

void paintScenarioPage(QPainter& painter, const QRectF& area,
                       const std::vector<ScenarioSummary>& page)
{
    const double labelWidth = area.width() * 0.22;
    const double column = (area.width() - labelWidth) / scenariosPerPage;
    const double rowHeight = 22;
    double y = area.top();
    painter.setFont(PacketPages::font(12, true));
    painter.setPen(DashboardColors::ink());
    for (size_t s = 0; s < page.size(); ++s)
        painter.drawText(QRectF(area.left() + labelWidth + column * double(s), y, column - 12,
                                2 * rowHeight),
                         Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, page[s].name);
    y += 2 * rowHeight + 4;
    painter.setPen(QPen(DashboardColors::muted(), 0.8));
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    const QFont small = PacketPages::font(8.5);
    const QFontMetricsF metrics = printMetrics(small);
    const std::vector<ScenarioRow> rows = scenarioRows(page);
    int figure = 0; // of the figures' rows, shaded every other one
    for (const ScenarioRow& row : rows) {
        double height = rowHeight;
        if (row.description)
            for (const QString& cell : row.cells)
                height = std::max(height, metrics
                                              .boundingRect(QRectF(0, 0, column - 12, 1000),
                                                            Qt::TextWordWrap, cell)
                                              .height() +
                                              8);
        if (!row.description && figure++ % 2 == 0)
            painter.fillRect(QRectF(area.left(), y, area.width(), height),
                             QColor(0xf3, 0xf5, 0xf7));
        painter.setPen(DashboardColors::ink());
        painter.setFont(PacketPages::font(row.description ? 9.5 : 11, row.bold || row.description));
        painter.drawText(QRectF(area.left() + 6, y + (row.description ? 4 : 0), labelWidth,
                                row.description ? height - 4 : height),
                         Qt::AlignLeft | (row.description ? Qt::AlignTop : Qt::AlignVCenter),
                         row.label);
        painter.setFont(row.description ? small : PacketPages::font(11, row.bold));
        for (qsizetype s = 0; s < row.cells.size(); ++s) {
            const QRectF cell(area.left() + labelWidth + column * double(s), y, column - 12,
                              height);
            if (row.description)
                painter.drawText(cell.adjusted(0, 4, 0, 0), Qt::AlignLeft | Qt::TextWordWrap,
                                 row.cells[s]);
            else
                painter.drawText(cell, Qt::AlignRight | Qt::AlignVCenter, row.cells[s]);
        }
        y += height;
    }
    painter.setFont(PacketPages::font(9.5));
    painter.setPen(DashboardColors::muted());
    painter.drawText(QRectF(area.left(), y + 10, area.width(), 40), Qt::TextWordWrap,
                     QObject::tr("Each saved scenario applied to this file's figures. Amounts in "
                                 "whole dollars, rounded so that each column still adds up to "
                                 "its pool; the scenario's own report gives them to the cent."));
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
    // As the scorecard frames its pages: the ACO and what the page belongs to above a rule; the
    // data's date, the print date and the page number below one.
    const double m = BoardPacket::margin;
    const double width = BoardPacket::pageWidth - 2 * m;
    const DashboardData& d = content.dashboard;
    const QString period =
        page::monthName(content.request.period.year(), content.request.period.month());
    if (!heading.isEmpty()) {
        painter.setPen(DashboardColors::ink());
        painter.setFont(font(9.5, true));
        painter.drawText(QRectF(m, m - 22, width, 16), Qt::AlignLeft | Qt::AlignVCenter,
                         d.aco.name);
        painter.setFont(font(9.5));
        painter.drawText(QRectF(m, m - 22, width, 16), Qt::AlignRight | Qt::AlignVCenter,
                         QObject::tr("Board packet · performance year %1 · %2")
                             .arg(content.request.year)
                             .arg(period));
        painter.setPen(QPen(DashboardColors::ink(), 0.8));
        painter.drawLine(QPointF(m, m - 4), QPointF(m + width, m - 4));
        painter.setFont(font(15, true));
        painter.drawText(QRectF(m, m, width, 26), Qt::AlignLeft | Qt::AlignVCenter, heading);
    }
    const double y = BoardPacket::pageHeight - m - 14;
    painter.setPen(QPen(DashboardColors::track(), 0.8));
    painter.drawLine(QPointF(m, y - 4), QPointF(m + width, y - 4));
    painter.setPen(DashboardColors::muted());
    painter.setFont(font(8.5));
    const QRectF footer(m, y, width, 16);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                     QObject::tr("Data as of %1").arg(d.aco.dataAsOf));
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter,
                     QObject::tr("For the board of %1 · printed %2")
                         .arg(d.aco.name, QDate::currentDate().toString(Qt::ISODate)));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
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
            paintScenarioPage(painter, area, page);
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
