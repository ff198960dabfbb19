#include <QApplication>

#include <gtest/gtest.h>

// The widget tests share one application object, made before and destroyed after all tests,
// on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // Widget tests never need a display, also when CTest lists them at build time.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    return RUN_ALL_TESTS();
}
