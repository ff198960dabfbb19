// `aco-workbench demo --cclf`: the demo ACO's claims as the CCLF deliveries CMS sends, for a new
// user to try the load with.
#include "testsupport.h"
#include "workbench.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace aco;
using aco::test::Outcome;
using aco::test::workbench;

TEST(DemoCli, WritesTheClaimsUnderCmsNamesAndTheyLoad)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    const QString cclf = folder.path(QStringLiteral("cclf"));
    const Outcome demo =
        workbench({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small"),
                   QStringLiteral("--out"), path, QStringLiteral("--cclf"), cclf});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.contains(QStringLiteral("CCLF deliveries to ") + cclf))
        << demo.out.toStdString();

    // One zip per delivery, named as CMS names them (CCLF IP 4.2): 36 monthly ('Y'), 9 run-out
    // ('R').
    static const QRegularExpression name(
        QStringLiteral("^P\\.A9001\\.ACO\\.ZC([YR])[0-9]{2}\\.D[0-9]{6}\\.T[0-9]{7}\\.zip$"));
    const QStringList zips = QDir(cclf).entryList(QDir::Files | QDir::Hidden);
    ASSERT_EQ(zips.size(), 45);
    int monthly = 0;
    for (const QString& zip : zips) {
        const auto match = name.match(zip);
        ASSERT_TRUE(match.hasMatch()) << zip.toStdString();
        monthly += match.captured(1) == QStringLiteral("Y") ? 1 : 0;
    }
    EXPECT_EQ(monthly, 36);

    // Written again, the deliveries are refused unless --force, and left as they were.
    const QString first = cclf + QLatin1Char('/') + zips.filter(QStringLiteral("D231115")).front();
    const QByteArray before = test::fileSha256(first);
    const QString other = folder.path(QStringLiteral("other.aco"));
    const Outcome again =
        workbench({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small"),
                   QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--out"), other,
                   QStringLiteral("--cclf"), cclf});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--force"))) << again.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(other));
    EXPECT_EQ(test::fileSha256(first), before);

    // The first delivery loads into the demo ACO itself.
    const Outcome load = workbench(
        {QStringLiteral("cclf"), QStringLiteral("--db"), path, QStringLiteral("--in"), first});
    EXPECT_EQ(load.exitCode, 0) << load.err.toStdString();

    const Outcome help = workbench({QStringLiteral("demo"), QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("--cclf DIR"))) << help.out.toStdString();
}
