#include "charts/chartexport.h"
#include "charts/peerchartfactory.h"
#include "charts/peercomparisonview.h"
#include "error.h"
#include "screenshot.h"
#include "store/store.h"
#include "smalldemotest.h"
#include "testsupport.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QLegendMarker>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

using namespace aco;

namespace {

class SmallDemoCharts : public test::SmallDemoTest
{
};

} // namespace

TEST_F(SmallDemoCharts, ClickingABarSelectsThatProvider)
{
    ui::PeerComparisonView view;
    view.resize(1100, 650);
    view.setDatabase(&m_store->db());
    view.setMeasure(QStringLiteral("BCS"));
    QChart* chart = view.currentChart();
    ASSERT_NE(chart, nullptr);
    const auto& units = ui::PeerChartFactory::unitsOf(chart);
    ASSERT_EQ(units.size(), 15u); // the small demo's primary care providers
    QAreaSeries* bars = nullptr;
    for (QAbstractSeries* s : chart->series())
        if (s->name().startsWith(QStringLiteral("Ranked")))
            bars = qobject_cast<QAreaSeries*>(s);
    ASSERT_NE(bars, nullptr);

    QSignalSpy selected(&view, &ui::PeerComparisonView::providerSelected);
    // Fifteen bars lie down, best at the top: the third from the top spans 12 to 13 up the chart.
    Q_EMIT bars->clicked(QPointF(10.0, 12.5));
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.front().front().toLongLong(), units[2].id);
    // The chart is drawn again with that provider as the focus.
    const auto& redrawn = ui::PeerChartFactory::unitsOf(view.currentChart());
    EXPECT_TRUE(redrawn[2].focal);
    test::screenshot(view, QStringLiteral("peer-comparison.png"));

    // The funnel and the trend follow the same focus.
    auto* tabs = view.findChild<QTabWidget*>();
    tabs->setCurrentIndex(1);
    EXPECT_EQ(ui::PeerChartFactory::unitsOf(view.currentChart()).size(), 15u);
    tabs->setCurrentIndex(2);
    EXPECT_FALSE(view.currentChart()->series().isEmpty());
}

// The trend's legend shows the peers' middle half as the band is drawn: filled with its grey as
// it shows on the white plot (a9b8c4 at 110/255 over white), not a black box around a fill that
// barely shows.
TEST_F(SmallDemoCharts, TheTrendLegendShowsTheBandFilled)
{
    ui::PeerComparisonView view;
    view.resize(1100, 650);
    view.setDatabase(&m_store->db());
    view.setMeasure(QStringLiteral("BCS"));
    view.selectProvider(ui::PeerChartFactory::unitsOf(view.currentChart()).front().id);
    view.findChild<QTabWidget*>()->setCurrentIndex(2);
    const QLegendMarker* band = nullptr;
    for (QLegendMarker* marker : view.currentChart()->legend()->markers())
        if (marker->label().startsWith(QStringLiteral("Peers' middle half")))
            band = marker;
    ASSERT_NE(band, nullptr);
    EXPECT_EQ(band->brush().style(), Qt::SolidPattern);
    const auto onWhite = [](int c) { return static_cast<int>(std::lround((c * 110 + 255 * 145) / 255.0)); };
    EXPECT_EQ(band->brush().color(), QColor(onWhite(0xa9), onWhite(0xb8), onWhite(0xc4)));
    EXPECT_EQ(band->pen().color(), band->brush().color());
}

// The ranked chart names each reference line for what it is: the ACO's value, its target for the
// year (from the driver diagram), and the external benchmark.
TEST_F(SmallDemoCharts, TheReferenceLinesSayWhatTheyAre)
{
    ui::PeerComparisonView view;
    view.resize(1100, 650);
    view.setDatabase(&m_store->db());
    view.setMeasure(QStringLiteral("FU7"));
    QStringList names;
    for (const QAbstractSeries* s : view.currentChart()->series())
        names << s->name();
    const QString target = m_store->db().queryText(
        "SELECT printf('%.1f', n.target) FROM driver_node n JOIN driver_diagram d ON d.id = "
        "n.diagram_id JOIN measure m ON m.id = n.measure_id WHERE d.year = 2026 AND m.code = 'FU7'");
    ASSERT_FALSE(target.isEmpty());
    EXPECT_TRUE(names.contains(QStringLiteral("ACO target \u2265 %1%").arg(target))) << names.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("Illustrative national benchmark 60.0%")));
    EXPECT_EQ(names.filter(QStringLiteral("ACO value ")).size(), 1);

    // An ACO exactly on target shows both lines: the value's dashes drawn after (over) the
    // target's wider line.
    const auto series = view.currentChart()->series();
    const auto named = [&](const QString& start) {
        for (int i = 0; i < series.size(); ++i)
            if (series[i]->name().startsWith(start))
                return i;
        return -1;
    };
    const int targetLine = named(QStringLiteral("ACO target"));
    const int valueLine = named(QStringLiteral("ACO value"));
    ASSERT_GE(targetLine, 0);
    EXPECT_GT(valueLine, targetLine);
    const QPen targetPen = qobject_cast<QLineSeries*>(series[targetLine])->pen();
    const QPen valuePen = qobject_cast<QLineSeries*>(series[valueLine])->pen();
    EXPECT_EQ(valuePen.style(), Qt::DashLine);
    EXPECT_GE(targetPen.widthF(), valuePen.widthF() + 2); // a pixel of target either side
}

TEST_F(SmallDemoCharts, ExportsPngSvgAndPdf)
{
    const MeasureEngine engine(m_store->db());
    const auto comparison = engine.compare(engine.measure(QStringLiteral("ADM")), Period(2026, 9), Window::Rolling12,
                                           {Level::Provider, PeerGroup::SameKind, 20});
    std::unique_ptr<QChart> chart(ui::PeerChartFactory::funnel(funnelChart(comparison, {})));
    for (const char* name : {"funnel.png", "funnel.svg", "funnel.pdf"})
        ui::ChartExport::write(chart.get(), m_folder.path(QString::fromLatin1(name)), QSize(800, 500));
    const QImage png(m_folder.path(QStringLiteral("funnel.png")));
    EXPECT_EQ(png.size(), QSize(1600, 1000)); // twice the size, for print
    QFile svg(m_folder.path(QStringLiteral("funnel.svg")));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("<svg"));
    QFile pdf(m_folder.path(QStringLiteral("funnel.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.readAll().startsWith("%PDF"));
    EXPECT_THROW(ui::ChartExport::write(chart.get(), m_folder.path(QStringLiteral("funnel.gif"))), Error);
}

// The view's export: a PNG, drawn at twice the chart's size for print, is saved in the background
// and reported when done; an SVG is written at once.
TEST_F(SmallDemoCharts, TheViewSavesItsChartAsPngInTheBackground)
{
    ui::PeerComparisonView view;
    view.resize(1100, 650);
    view.setDatabase(&m_store->db());
    view.setMeasure(QStringLiteral("BCS"));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto* tabs = view.findChild<QTabWidget*>();
    const QSize shown = tabs->currentWidget()->size();
    std::optional<QString> failure;
    const QString png = m_folder.path(QStringLiteral("ranked.png"));
    view.exportCurrent(png, [&](const QString& f) { failure = f; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return failure.has_value(); }, 20000));
    EXPECT_TRUE(failure->isEmpty()) << failure->toStdString();
    EXPECT_EQ(QImage(png).size(), shown * 2);

    failure.reset();
    const QString svg = m_folder.path(QStringLiteral("ranked.svg"));
    view.exportCurrent(svg, [&](const QString& f) { failure = f; });
    ASSERT_TRUE(failure.has_value()); // at once
    EXPECT_TRUE(failure->isEmpty()) << failure->toStdString();
    EXPECT_TRUE(test::readText(svg).contains(QStringLiteral("<svg")));
}

// A cost has no funnel: the funnel tab says so where the plot would be, rather than showing an
// empty plot.
TEST_F(SmallDemoCharts, AChartThatCannotBeDrawnSaysWhyInItsArea)
{
    ui::PeerComparisonView view;
    view.resize(1100, 650);
    view.setDatabase(&m_store->db());
    view.setMeasure(QStringLiteral("TCOC"));
    view.findChild<QTabWidget*>()->setCurrentIndex(1);
    QChart* chart = view.currentChart();
    ASSERT_NE(chart, nullptr);
    EXPECT_TRUE(chart->series().isEmpty());
    QStringList texts;
    for (QGraphicsItem* item : chart->childItems())
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            texts << text->text();
    EXPECT_EQ(texts.filter(QStringLiteral("counted events")).size(), 1) << texts.join(QLatin1Char('|')).toStdString();
    test::screenshot(view, QStringLiteral("peer-comparison-no-funnel.png"));
}

// The funnel's names: the focus always, the outliers where there is room, none over another.
TEST_F(SmallDemoCharts, FunnelNamesDoNotOverlapAndTheFocusIsNamed)
{
    const MeasureEngine engine(m_store->db());
    for (const char* code : {"BCS", "ADM", "EDV", "HBA1C"}) {
        const auto comparison = engine.compare(engine.measure(QString::fromLatin1(code)), Period(2026, 9), Window::Rolling12,
                                               {Level::Provider, PeerGroup::SameKind, 20});
        ChartOptions options;
        options.focal = comparison.units.front().id;
        std::unique_ptr<QChart> chart(ui::PeerChartFactory::funnel(funnelChart(comparison, options)));
        ui::ChartExport::image(chart.get(), QSize(800, 500)); // laid out, so the names are placed
        std::vector<QRectF> boxes;
        bool focusNamed = false;
        for (QGraphicsItem* item : chart->childItems())
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item); text && text->isVisible()) {
                boxes.push_back(text->mapRectToScene(text->boundingRect()));
                focusNamed = focusNamed || text->font().bold();
            }
        EXPECT_TRUE(focusNamed) << code;
        for (size_t i = 0; i < boxes.size(); ++i)
            for (size_t j = i + 1; j < boxes.size(); ++j)
                EXPECT_FALSE(boxes[i].intersects(boxes[j])) << code << ": names " << i << " and " << j << " overlap";
    }
}
