#include <QApplication>

#include <gtest/gtest.h>

// The widget tests share one application object, made before and destroyed after all tests,
// on the offscreen platform unless QT_QPA_PLATFORM names another.
int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // Widget tests never need a display, also when CTest lists them at build time; their screen
    // is a common laptop's, 1366 x 768, rather than the platform's 800 x 800 square.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen")
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" ACO_TEST_SCREEN);
    QApplication application(argc, argv);
    return RUN_ALL_TESTS();
}
