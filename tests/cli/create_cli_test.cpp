// `aco-workbench create`: a new ACO file from CSV extracts, as an administrator would run it.
#include "import/importkind.h"
#include "organisation.h"
#include "store/store.h"
#include "testsupport.h"
#include "workbench.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace aco;
using aco::test::Outcome;
using aco::test::workbench;

namespace {

class CreateCli : public ::testing::Test
{
  protected:
    // Every row of `kind` in `db`, in the import format.
    QByteArray extract(const QString& db, ImportKind kind)
    {
        const QString out = m_folder.path(importKindName(kind) + QStringLiteral("-out.csv"));
        const Outcome sample = workbench({QStringLiteral("import"), QStringLiteral("--db"), db,
                                          QStringLiteral("--kind"), importKindName(kind),
                                          QStringLiteral("--sample"), out});
        EXPECT_EQ(sample.exitCode, 0) << sample.err.toStdString();
        QFile file(out);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    test::TempFolder m_folder;
};

} // namespace

// The demo's extracts of every kind make a new file that holds the same extracts: nothing is
// lost or altered on the way through CSV, and the kinds go in in the order they need.
TEST_F(CreateCli, AFileMadeFromTheDemosExtractsHoldsTheSameExtracts)
{
    const QString demo = m_folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(demo);
    QStringList arguments = {QStringLiteral("create"),
                             QStringLiteral("--db"),
                             m_folder.path(QStringLiteral("new.aco")),
                             QStringLiteral("--aco-id"),
                             QStringLiteral("A9001"),
                             QStringLiteral("--name"),
                             QStringLiteral("Riverbend Health Partners ACO")};
    for (ImportKind kind : importKinds()) {
        const QString csv = m_folder.path(importKindName(kind) + QStringLiteral(".csv"));
        test::writeFile(csv, extract(demo, kind));
        arguments << QStringLiteral("--") + importKindName(kind) << csv;
    }
    // A problems list from an earlier attempt is replaced by an empty one.
    const QString problems = m_folder.path(QStringLiteral("problems.csv"));
    test::writeFile(problems, "file,line,column,reason\r\nold.csv,2,1,an old problem\r\n");
    arguments << QStringLiteral("--problems") << problems;
    const Outcome created = workbench(arguments);
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_EQ(test::readText(problems), QStringLiteral("file,line,column,reason\r\n"));
    EXPECT_TRUE(created.out.startsWith(QStringLiteral("Created '%1' for A9001 Riverbend Health "
                                                      "Partners ACO\n  years: 4 rows from")
                                           .arg(m_folder.path(QStringLiteral("new.aco")))))
        << created.out.toStdString();
    EXPECT_TRUE(created.out.contains(QStringLiteral("\n  practices: 4 rows from")));
    EXPECT_TRUE(created.out.contains(QStringLiteral("\n  providers: 25 rows from")));
    for (ImportKind kind : importKinds())
        EXPECT_EQ(extract(m_folder.path(QStringLiteral("new.aco")), kind), extract(demo, kind))
            << importKindName(kind).toStdString();
    // The small demo's data runs to September 2026.
    const Store store = Store::openReadOnly(m_folder.path(QStringLiteral("new.aco")));
    EXPECT_EQ(loadAcoInfo(store.db())->dataAsOf, QStringLiteral("2026-09-30"));
}

TEST_F(CreateCli, AProblemCreatesNothingAndSaysWhereItIs)
{
    const QString practices = m_folder.path(QStringLiteral("practices.csv"));
    test::writeFile(practices, "code,name\nRV1,Riverside\nRV1,Hillcrest\n");
    const QString problems = m_folder.path(QStringLiteral("problems.csv"));
    const QString target = m_folder.path(QStringLiteral("new.aco"));
    const Outcome created = workbench(
        {QStringLiteral("create"), QStringLiteral("--db"), target, QStringLiteral("--aco-id"),
         QStringLiteral("A1234"), QStringLiteral("--name"), QStringLiteral("Riverside"),
         QStringLiteral("--practices"), practices, QStringLiteral("--problems"), problems});
    EXPECT_EQ(created.exitCode, 3);
    EXPECT_EQ(created.err,
              QStringLiteral("%1:3:1: practice RV1 is already on line 2; keep one of the two rows\n"
                             "aco-workbench: '%1' has 1 problem in 2 rows of practices; '%2' was "
                             "not created. Correct them and create the file again.\n")
                  .arg(practices, target));
    EXPECT_FALSE(QFile::exists(target));
    QFile list(problems);
    ASSERT_TRUE(list.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(list.readAll()),
              QStringLiteral("file,line,column,reason\r\n%1,3,1,practice RV1 is already on line "
                             "2; keep one of the two rows\r\n")
                  .arg(practices));
}

TEST_F(CreateCli, RefusesAWrongAcoId)
{
    const Outcome created =
        workbench({QStringLiteral("create"), QStringLiteral("--db"),
                   m_folder.path(QStringLiteral("new.aco")), QStringLiteral("--aco-id"),
                   QStringLiteral("V123"), QStringLiteral("--name"), QStringLiteral("Riverside")});
    EXPECT_EQ(created.exitCode, 2);
    EXPECT_EQ(created.err, QStringLiteral("aco-workbench: the ACO ID 'V123' is not CMS's form of "
                                          "an ACO identifier; write the letter A and four "
                                          "digits, as in A1234.\n"));
}
