// The main() of the benchmarks that paint: a QApplication (offscreen unless a platform is set)
// around Google Benchmark's runner.
#include <QApplication>
#include <QPointer>
#include <QWidget>

#include <benchmark/benchmark.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    // Windows the benchmarks kept between runs go before the application, whose destructor
    // they need to outlive.
    QList<QPointer<QWidget>> windows;
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (!widget->parentWidget()) // a dialog or menu goes with its parent
            windows.append(widget);
    for (const QPointer<QWidget>& widget : windows)
        delete widget.data();
    return 0;
}
