#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace aco::test {

// What a run of the aco-workbench executable left: exit code and output.
struct Outcome
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QByteArray stdoutBytes;
    QString out; // stdout as text
    QString err;
};

// Runs the built aco-workbench with `arguments`, as a user would from a shell.
Outcome workbench(const QStringList& arguments);

} // namespace aco::test
