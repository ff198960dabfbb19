// What a user's exports take of the GUI thread on a large ACO (ACO_BENCH_DB, the large demo in
// tests/bench/run.sh), against the goal that no operation blocks the window for more than
// 100 ms: the part each export does on the GUI thread, and apart from it the part the window
// hands to another thread (writing the workbook, compressing a PNG), which may take longer.
#include "charts/chartexport.h"
#include "charts/peercomparisonview.h"
#include "diagrams/diagramexporter.h"
#include "diagrams/driverdiagramview.h"
#include "export/modeltable.h"
#include "export/tablewriter.h"
#include "mainwindow.h"
#include "savefile.h"
#include "providers/providersview.h"
#include "scenarios/scenarioreport.h"
#include "scenarios/scenariosview.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QtCore/qtestsupport_core.h>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>

namespace {

using aco::ui::MainWindow;

// The window open read-only on ACO_BENCH_DB with every view made once; null (and the benchmark
// skipped) without it. A top-level widget, which the benchmarks' main() deletes before the
// application ends (a static would outlive the QApplication and crash at exit).
MainWindow* window(benchmark::State& state)
{
    static QPointer<MainWindow> shown;
    const char* path = std::getenv("ACO_BENCH_DB");
    if (!path) {
        state.SkipWithError("set ACO_BENCH_DB to an ACO Workbench file");
        return nullptr;
    }
    if (!shown) {
        shown = new MainWindow;
        shown->resize(1400, 880);
        shown->show();
        shown->openDatabase(QString::fromLocal8Bit(path), true);
        for (int view = 0; view < MainWindow::viewCount; ++view) {
            shown->showView(static_cast<MainWindow::View>(view));
            if (!QTest::qWaitFor([] { return !shown->isBusy(); }, 120000)) {
                state.SkipWithError("the window did not finish reading the file in two minutes");
                return nullptr;
            }
        }
    }
    return shown;
}

QString scratch(const char* name)
{
    return QDir::temp().filePath(QStringLiteral("aco-bench-") + QLatin1String(name));
}

void providersTableRead(benchmark::State& state)
{
    MainWindow* w = window(state);
    if (!w)
        return;
    const auto& model = *w->findChild<aco::ui::ProvidersView*>()->shownModel();
    for (auto _ : state)
        benchmark::DoNotOptimize(
            aco::ui::tableFromModel(model, QStringLiteral("Providers"), false));
    state.counters["rows"] = model.rowCount();
}
BENCHMARK(providersTableRead)->Unit(benchmark::kMillisecond)->UseRealTime();

void providersTableWrittenAside(benchmark::State& state)
{
    MainWindow* w = window(state);
    if (!w)
        return;
    const aco::Table table = aco::ui::tableFromModel(
        *w->findChild<aco::ui::ProvidersView*>()->shownModel(), QStringLiteral("Providers"), false);
    for (auto _ : state)
        QFile::remove(aco::writeTableBeside(table, scratch("providers.xlsx"), false));
}
BENCHMARK(providersTableWrittenAside)->Unit(benchmark::kMillisecond)->UseRealTime();

// The longest page of the scenario report (the window answers between pages) and the whole.
void scenarioReportPages(benchmark::State& state)
{
    MainWindow* w = window(state);
    if (!w)
        return;
    const auto* view = w->findChild<aco::ui::ScenariosView*>();
    const std::optional<aco::MonteCarloResult> none;
    const aco::Scenario scenario;
    const aco::ui::ScenarioReport report(scenario, view->allocation(), none);
    double longest = 0;
    for (auto _ : state) {
        QElapsedTimer page;
        page.start();
        benchmark::DoNotOptimize(report.pdf([&](int) {
            longest = std::max(longest, double(page.nsecsElapsed()) / 1e6);
            page.restart();
            return true;
        }));
    }
    state.counters["pages"] = report.pageCount();
    state.counters["longestPageMs"] = longest;
}
BENCHMARK(scenarioReportPages)->Unit(benchmark::kMillisecond)->UseRealTime();

void chartPngDrawn(benchmark::State& state)
{
    MainWindow* w = window(state);
    if (!w)
        return;
    QChart* chart = w->findChild<aco::ui::PeerComparisonView*>()->currentChart();
    for (auto _ : state)
        benchmark::DoNotOptimize(aco::ui::ChartExport::image(chart));
}
BENCHMARK(chartPngDrawn)->Unit(benchmark::kMillisecond)->UseRealTime();

void chartPngSavedAside(benchmark::State& state)
{
    MainWindow* w = window(state);
    if (!w)
        return;
    const QImage image =
        aco::ui::ChartExport::image(w->findChild<aco::ui::PeerComparisonView*>()->currentChart());
    for (auto _ : state)
        aco::ui::savePng(image, scratch("chart.png"));
    QFile::remove(scratch("chart.png"));
}
BENCHMARK(chartPngSavedAside)->Unit(benchmark::kMillisecond)->UseRealTime();

// The diagram on show in the window, or null (and the benchmark skipped).
const aco::DiagramLayout* diagram(benchmark::State& state)
{
    MainWindow* w = window(state);
    if (!w)
        return nullptr;
    const aco::DiagramLayout* layout = w->findChild<aco::ui::DriverDiagramView*>()->layout();
    if (!layout)
        state.SkipWithError("the file has no driver diagram");
    return layout;
}

void diagramPngDrawn(benchmark::State& state)
{
    const aco::DiagramLayout* layout = diagram(state);
    if (!layout)
        return;
    for (auto _ : state)
        benchmark::DoNotOptimize(aco::ui::DiagramExporter::image(*layout));
}
BENCHMARK(diagramPngDrawn)->Unit(benchmark::kMillisecond)->UseRealTime();

void diagramPngSavedAside(benchmark::State& state)
{
    const aco::DiagramLayout* layout = diagram(state);
    if (!layout)
        return;
    const QImage image = aco::ui::DiagramExporter::image(*layout);
    for (auto _ : state)
        aco::ui::savePng(image, scratch("diagram.png"));
    QFile::remove(scratch("diagram.png"));
}
BENCHMARK(diagramPngSavedAside)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
