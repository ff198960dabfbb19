// The Scenarios view's goal: a slider change shows its new results in under 50 ms on a large ACO
// (ACO_BENCH_DB, the large demo in tests/bench/run.sh). Each iteration moves the infrastructure
// slider a step, as a board member dragging it does: the view re-allocates the pool to every
// provider, refills the payments table and updates the split chart (and the payments chart when
// its tab is on show); then the window repaints what changed, as the event loop would.

#include "backgroundqueue.h"
#include "mssp/msspyear.h"
#include "scenarios/scenariosview.h"
#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QSlider>
#include <QTabWidget>
#include <QtCore/qtestsupport_core.h>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>

namespace {

enum class Paint
{
    Nothing,        // the computation and the widgets' updates alone
    ChangedWidgets, // the window shown: the event loop repaints what changed
    WholeWindow,    // the whole window painted into an image, every widget
};

// Waits for the view to have read its scenario's recipients in the background; false (and the
// benchmark skipped) when it has not within a minute.
bool loaded(benchmark::State& state, const aco::ui::ScenariosView& view)
{
    if (QTest::qWaitFor([&] { return !view.isLoading(); }, 60000))
        return true;
    state.SkipWithError("the recipients were not read within a minute");
    return false;
}

void sliderChange(benchmark::State& state, int tab, Paint paint)
{
    const char* path = std::getenv("ACO_BENCH_DB");
    if (!path) {
        state.SkipWithError("set ACO_BENCH_DB to an ACO Workbench file");
        return;
    }
    aco::Store store = aco::Store::openReadOnly(QString::fromLocal8Bit(path));
    aco::ui::BackgroundQueue queue;
    aco::ui::ScenariosView view(store, queue);
    view.resize(1500, 900);
    aco::Scenario
        scenario; // the MSSP reconciliation of the latest year (listed first), by beneficiaries
    scenario.year = aco::performanceYears(store.db()).front();
    scenario.basis = aco::Scenario::Basis::Beneficiaries;
    view.setScenario(scenario);
    if (!loaded(state, view))
        return;
    view.findChild<QTabWidget*>()->setCurrentIndex(tab);
    if (paint == Paint::ChangedWidgets) {
        view.show();
        QApplication::processEvents();
    }
    auto* slider = view.findChild<QSlider*>(QStringLiteral("infrastructureSlider"));
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    int step = 0;
    for (auto _ : state) {
        slider->setValue(2000 + 50 * (++step % 20));
        if (paint == Paint::ChangedWidgets)
            QApplication::processEvents();
        else if (paint == Paint::WholeWindow)
            view.render(&image);
    }
    state.counters["recipients"] = double(view.allocation().recipients.size());
}

void tableShown(benchmark::State& state)
{
    sliderChange(state, 0, Paint::ChangedWidgets);
}
BENCHMARK(tableShown)->Unit(benchmark::kMillisecond)->UseRealTime();

void chartShown(benchmark::State& state)
{
    sliderChange(state, 2, Paint::ChangedWidgets);
}
BENCHMARK(chartShown)->Unit(benchmark::kMillisecond)->UseRealTime();

// The split chart's stacked bar on show: its parts follow the slider in place.
void splitShown(benchmark::State& state)
{
    sliderChange(state, 1, Paint::ChangedWidgets);
}
BENCHMARK(splitShown)->Unit(benchmark::kMillisecond)->UseRealTime();

void chartShownWholeWindowPainted(benchmark::State& state)
{
    sliderChange(state, 2, Paint::WholeWindow);
}
BENCHMARK(chartShownWholeWindowPainted)->Unit(benchmark::kMillisecond)->UseRealTime();

void chartShownWithoutPainting(benchmark::State& state)
{
    sliderChange(state, 2, Paint::Nothing);
}
BENCHMARK(chartShownWithoutPainting)->Unit(benchmark::kMillisecond)->UseRealTime();

// Not a slider: an eligibility change (the independent providers in and out) reads the
// recipients again and, under tiers, their year-to-date results on three measures, in the
// background; each iteration lasts until the results are on show.
void eligibilityChange(benchmark::State& state)
{
    const char* path = std::getenv("ACO_BENCH_DB");
    if (!path) {
        state.SkipWithError("set ACO_BENCH_DB to an ACO Workbench file");
        return;
    }
    aco::Store store = aco::Store::openReadOnly(QString::fromLocal8Bit(path));
    aco::ui::BackgroundQueue queue;
    aco::ui::ScenariosView view(store, queue);
    aco::Scenario scenario;
    scenario.year = aco::performanceYears(store.db()).front();
    scenario.measures = {{QStringLiteral("AWV"), 4000},
                         {QStringLiteral("BCS"), 3000},
                         {QStringLiteral("HBA1C"), 3000}};
    view.setScenario(scenario);
    if (!loaded(state, view))
        return;
    auto* independent = view.findChild<QCheckBox*>(QStringLiteral("independent"));
    for (auto _ : state) {
        independent->toggle();
        if (!loaded(state, view))
            return;
    }
    state.counters["recipients"] = double(view.allocation().recipients.size());
}
BENCHMARK(eligibilityChange)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
