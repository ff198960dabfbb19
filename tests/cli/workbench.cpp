#include "workbench.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace aco::test {

Outcome workbench(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(ACO_WORKBENCH_EXE), arguments);
    EXPECT_TRUE(process.waitForFinished(120000)) << arguments.join(QLatin1Char(' ')).toStdString();
    Outcome outcome;
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.stdoutBytes = process.readAllStandardOutput();
    outcome.out = QString::fromUtf8(outcome.stdoutBytes);
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

} // namespace aco::test
