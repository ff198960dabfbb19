// The board dashboard on a large ACO (ACO_BENCH_DB, the large demo in tests/bench/run.sh): from
// opening the file to the dashboard's numbers, from constructing the view to its first paint, and
// the two together, which is what a user waits for after the file opens. With
// ACO_SCREENSHOT_DIR set, the painted dashboard is saved there as dashboard.png.

#include "dashboard/dashboardview.h"
#include "store/store.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>

namespace {

aco::DashboardRequest request(aco::Window window)
{
    aco::DashboardRequest r;
    r.year = 2026;
    r.period = aco::Period(2026, 9);
    r.window = window;
    return r;
}

const char* databasePath(benchmark::State& state)
{
    const char* path = std::getenv("ACO_BENCH_DB");
    if (!path)
        state.SkipWithError("set ACO_BENCH_DB to an ACO Workbench file");
    return path;
}

aco::DashboardData compute(const char* path, aco::Window window)
{
    const aco::Store store = aco::Store::openReadOnly(QString::fromLocal8Bit(path));
    return aco::computeDashboard(store.db(), request(window));
}

// At 1400 x 950, or for the picture (`whole`) as tall as the tiles ask: squeezed into 950 they
// overlap.
QPixmap paint(const aco::DashboardData& data, bool whole = false)
{
    aco::ui::DashboardView view;
    view.resize(1400, 950);
    view.setData(data);
    if (whole)
        view.resize(1400, std::max(950, view.sizeHint().height()));
    return view.grab();
}

// Opening the file and computing every number the dashboard shows (arg: 0 year to date, 1 rolling
// 12).
void openAndCompute(benchmark::State& state)
{
    const char* path = databasePath(state);
    if (!path)
        return;
    const auto window = state.range(0) == 0 ? aco::Window::YearToDate : aco::Window::Rolling12;
    for (auto _ : state)
        benchmark::DoNotOptimize(compute(path, window).measures.size());
}
BENCHMARK(openAndCompute)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(5);

// Constructing the view with its numbers and painting it at 1400 x 950.
void constructAndPaint(benchmark::State& state)
{
    const char* path = databasePath(state);
    if (!path)
        return;
    const aco::DashboardData data = compute(path, aco::Window::YearToDate);
    for (auto _ : state)
        benchmark::DoNotOptimize(paint(data).width());
}
BENCHMARK(constructAndPaint)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

// Both: from an open request to a painted dashboard.
void openToPaintedDashboard(benchmark::State& state)
{
    const char* path = databasePath(state);
    if (!path)
        return;
    for (auto _ : state)
        benchmark::DoNotOptimize(paint(compute(path, aco::Window::YearToDate)).width());
    const QString folder = qEnvironmentVariable("ACO_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        paint(compute(path, aco::Window::YearToDate), true)
            .save(QDir(folder).filePath(QStringLiteral("dashboard.png")));
}
BENCHMARK(openToPaintedDashboard)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

} // namespace
