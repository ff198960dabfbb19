// Redrawing the peer comparison charts after a measure change on a large ACO (ACO_BENCH_DB, the
// large demo in tests/bench/run.sh): computing the comparison, building the chart and painting
// it at window size, as the window does.

#include "charts/peerchartfactory.h"
#include "measures/measureengine.h"
#include "store/store.h"

#include <QApplication>
#include <QChart>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>

namespace {

void paint(QChart* chart)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 1100, 620));
    QImage image(1100, 620, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter);
    scene.removeItem(chart);
}

template <typename Build> void redraw(benchmark::State& state, Build build)
{
    const char* path = std::getenv("ACO_BENCH_DB");
    if (!path) {
        state.SkipWithError("set ACO_BENCH_DB to an ACO Workbench file");
        return;
    }
    const aco::Store store = aco::Store::openReadOnly(QString::fromLocal8Bit(path));
    const aco::MeasureEngine engine(store.db());
    const auto tiers = aco::loadTierSchemes(store.db(), 2026);
    size_t next = 0;
    for (auto _ : state) {
        // Each iteration is a change to another counted measure (cost measures have no funnel).
        const aco::Measure* measure = nullptr;
        do
            measure = &engine.measures()[next++ % engine.measures().size()];
        while (measure->unit == aco::Measure::Unit::Pmpm);
        const auto comparison = engine.compare(*measure, aco::Period(2026, 9), aco::Window::Rolling12,
                                               {aco::Level::Provider, aco::PeerGroup::Everyone, 20});
        std::unique_ptr<QChart> chart(build(comparison, tiers));
        paint(chart.get());
    }
}

void rankedRedraw(benchmark::State& state)
{
    redraw(state, [](const aco::MeasureComparison& c, const std::vector<aco::TierScheme>& tiers) {
        return aco::ui::PeerChartFactory::ranked(aco::rankedChart(c, tiers, {}));
    });
}
BENCHMARK(rankedRedraw)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(20);

void funnelRedraw(benchmark::State& state)
{
    redraw(state, [](const aco::MeasureComparison& c, const std::vector<aco::TierScheme>&) {
        return aco::ui::PeerChartFactory::funnel(aco::funnelChart(c, {}));
    });
}
BENCHMARK(funnelRedraw)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(20);

} // namespace
