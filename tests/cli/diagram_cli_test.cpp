#ifdef ACO_HAS_UI // the diagram command paints, so it exists only where the window is built

#include "testsupport.h"
#include "workbench.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using aco::test::Outcome;
using aco::test::workbench;

namespace {

QStringList args(std::initializer_list<QString> items)
{
    return QStringList(items);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The file's content hash from `check`, to prove a refused import changed nothing.
QString contentHash(const QString& db)
{
    const Outcome check =
        workbench({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    return QJsonDocument::fromJson(check.stdoutBytes)
        .object()
        .value(QStringLiteral("content_sha256"))
        .toString();
}

class DiagramCli : public ::testing::Test
{
  protected:
    static void SetUpTestSuite()
    {
        s_folder = new aco::test::TempFolder;
        aco::test::writeSmallDemo(s_folder->path(QStringLiteral("demo.aco")));
    }
    static void TearDownTestSuite()
    {
        delete s_folder;
        s_folder = nullptr;
    }
    void SetUp() override
    {
        m_db = m_folder.path(QStringLiteral("demo.aco"));
        QFile::copy(s_folder->path(QStringLiteral("demo.aco")), m_db);
    }
    QString path(const char* name) const { return m_folder.path(QString::fromUtf8(name)); }

    static aco::test::TempFolder* s_folder;
    aco::test::TempFolder m_folder;
    QString m_db;
};

aco::test::TempFolder* DiagramCli::s_folder = nullptr;

// Expects exit code 3 with a one-line message holding `fragment`, and the file unchanged.
void expectInvalid(const QString& db, const QString& json, const QByteArray& bytes,
                   const QString& fragment)
{
    aco::test::writeFile(json, bytes);
    const QString before = contentHash(db);
    const Outcome run = workbench(
        {QStringLiteral("diagram"), QStringLiteral("--db"), db, QStringLiteral("--import"), json});
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(fragment)) << run.err.toStdString();
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    EXPECT_EQ(contentHash(db), before);
}

} // namespace

TEST_F(DiagramCli, ExportsEveryFormat)
{
    for (const char* name : {"d.png", "d.svg", "d.pdf", "d.json"}) {
        const Outcome run = workbench({QStringLiteral("diagram"), QStringLiteral("--db"), m_db,
                                       QStringLiteral("--year"), QStringLiteral("2026"),
                                       QStringLiteral("--out"), path(name)});
        EXPECT_EQ(run.exitCode, 0) << name << run.err.toStdString();
        EXPECT_TRUE(run.out.startsWith(
            QStringLiteral("Wrote the 2026 driver diagram (24 nodes, 27 links, 2 crossings)")))
            << run.out.toStdString();
        EXPECT_GT(QFile(path(name)).size(), 1000) << name;
    }
    EXPECT_TRUE(readAll(path("d.png")).startsWith("\x89PNG"));
    EXPECT_TRUE(readAll(path("d.pdf")).startsWith("%PDF"));
    const QJsonObject json = QJsonDocument::fromJson(readAll(path("d.json"))).object();
    EXPECT_EQ(json.value(QStringLiteral("year")).toInt(), 2026);
    EXPECT_EQ(json.value(QStringLiteral("nodes")).toArray().size(), 24);
    EXPECT_EQ(json.value(QStringLiteral("links")).toArray().size(), 27);
    EXPECT_EQ(json.value(QStringLiteral("order")).toString(), QStringLiteral("arranged"));

    // --arrange changes the order drawn, not the file.
    const QString before = contentHash(m_db);
    const Outcome arranged = workbench(
        {QStringLiteral("diagram"), QStringLiteral("--db"), m_db, QStringLiteral("--year"),
         QStringLiteral("2025"), QStringLiteral("--arrange"), QStringLiteral("--period"),
         QStringLiteral("2025-12"), QStringLiteral("--window"), QStringLiteral("r12"),
         QStringLiteral("--out"), path("a.pdf")});
    EXPECT_EQ(arranged.exitCode, 0) << arranged.err.toStdString();
    EXPECT_TRUE(arranged.out.contains(QStringLiteral("1 crossing)"))) << arranged.out.toStdString();
    EXPECT_TRUE(arranged.out.contains(QStringLiteral("smallest text prints at")))
        << arranged.out.toStdString();
    EXPECT_EQ(contentHash(m_db), before);
}

TEST_F(DiagramCli, UsageErrorsExitWithTwoAndWriteNothing)
{
    const QString out = path("x.png");
    const QString db = m_db;
    const QString diagram = QStringLiteral("diagram");
    for (const QStringList& arguments :
         {args({diagram, QStringLiteral("--db"), db}),
          args({diagram, QStringLiteral("--db"), db, QStringLiteral("--out"), out}),
          args({diagram, QStringLiteral("--db"), db, QStringLiteral("--year"),
                QStringLiteral("2026"), QStringLiteral("--out"), path("x.bmp")}),
          args({diagram, QStringLiteral("--db"), db, QStringLiteral("--year"),
                QStringLiteral("2026"), QStringLiteral("--period"), QStringLiteral("2026-13"),
                QStringLiteral("--out"), out}),
          args({diagram, QStringLiteral("--db"), db, QStringLiteral("--year"),
                QStringLiteral("2026"), QStringLiteral("--window"), QStringLiteral("week"),
                QStringLiteral("--out"), out}),
          args({diagram, QStringLiteral("--db"), db, QStringLiteral("--year"),
                QStringLiteral("2031"), QStringLiteral("--out"), out}),
          args({diagram, QStringLiteral("--db"), db, QStringLiteral("--year"),
                QStringLiteral("2026"), QStringLiteral("--out"), out, QStringLiteral("--import"),
                path("in.json")}),
          args({diagram, QStringLiteral("--db"), db, QStringLiteral("--year"),
                QStringLiteral("2026"), QStringLiteral("--import"), path("in.json")}),
          args({diagram, QStringLiteral("--db"), db, QStringLiteral("--year"),
                QStringLiteral("twenty")})}) {
        const Outcome run = workbench(arguments);
        EXPECT_EQ(run.exitCode, 2)
            << arguments.join(QLatin1Char(' ')).toStdString() << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
    const Outcome unknownYear =
        workbench({diagram, QStringLiteral("--db"), db, QStringLiteral("--year"),
                   QStringLiteral("2031"), QStringLiteral("--out"), out});
    EXPECT_TRUE(unknownYear.err.contains(
        QStringLiteral("has no driver diagram for 2031; it has diagrams for 2025, 2026.")))
        << unknownYear.err.toStdString();
}

TEST_F(DiagramCli, FailuresExitWithOne)
{
    const Outcome missing = workbench(
        {QStringLiteral("diagram"), QStringLiteral("--db"), path("missing.aco"),
         QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--out"), path("x.png")});
    EXPECT_EQ(missing.exitCode, 1);
    const Outcome noFolder = workbench({QStringLiteral("diagram"), QStringLiteral("--db"), m_db,
                                        QStringLiteral("--year"), QStringLiteral("2026"),
                                        QStringLiteral("--out"), path("no/such/x.png")});
    EXPECT_EQ(noFolder.exitCode, 1);
    // An existing output is replaced whole or not at all.
    aco::test::writeFile(path("keep.pdf"), "keep");
    const Outcome noYear = workbench({QStringLiteral("diagram"), QStringLiteral("--db"), m_db,
                                      QStringLiteral("--year"), QStringLiteral("2030"),
                                      QStringLiteral("--out"), path("keep.pdf")});
    EXPECT_NE(noYear.exitCode, 0);
    EXPECT_EQ(readAll(path("keep.pdf")), QByteArray("keep"));
}

TEST_F(DiagramCli, ImportRoundTripsAndRefusesToOverwriteUnlessAsked)
{
    const QString json = path("2025.json");
    ASSERT_EQ(
        workbench({QStringLiteral("diagram"), QStringLiteral("--db"), m_db,
                   QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), json})
            .exitCode,
        0);
    const Outcome refused = workbench({QStringLiteral("diagram"), QStringLiteral("--db"), m_db,
                                       QStringLiteral("--import"), json});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("already has a driver diagram for 2025")))
        << refused.err.toStdString();

    // As 2027 (edited year), then back out again: the same diagram.
    QJsonObject object = QJsonDocument::fromJson(readAll(json)).object();
    object.insert(QStringLiteral("year"), 2027);
    aco::test::writeFile(path("2027.json"), QJsonDocument(object).toJson());
    const Outcome imported = workbench({QStringLiteral("diagram"), QStringLiteral("--db"), m_db,
                                        QStringLiteral("--import"), path("2027.json")});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.startsWith(
        QStringLiteral("Imported the 2027 driver diagram (19 nodes, 21 links)")))
        << imported.out.toStdString();
    ASSERT_EQ(workbench({QStringLiteral("diagram"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--out"),
                         path("again.json")})
                  .exitCode,
              0);
    EXPECT_EQ(readAll(path("again.json")), readAll(path("2027.json")));

    const Outcome replaced =
        workbench({QStringLiteral("diagram"), QStringLiteral("--db"), m_db,
                   QStringLiteral("--import"), json, QStringLiteral("--replace")});
    EXPECT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    EXPECT_TRUE(replaced.out.startsWith(QStringLiteral("Replaced the 2025 driver diagram")))
        << replaced.out.toStdString();
}

TEST_F(DiagramCli, BadImportsExitWithThreeNamingTheNodeAndChangeNothing)
{
    const QString json = path("bad.json");
    const auto diagram = [](const char* nodes, const char* links) {
        return QByteArray(R"({"year": 2027, "aim": {"what": "Fewer admissions"}, "nodes": [)") +
               nodes + R"(], "links": [)" + links + "]}";
    };
    const char* nodes =
        R"({"id": "A", "kind": "aim"}, {"id": "P", "kind": "primary", "text": "Transitions"},
                           {"id": "S", "kind": "secondary", "text": "Follow-up"},
                           {"id": "C", "kind": "change", "text": "Calls"})";
    expectInvalid(m_db, json, diagram(R"({"id": "A", "kind": "aim", "colour": "red"})", ""),
                  QStringLiteral("node 'A' has an unknown field 'colour'"));
    expectInvalid(m_db, json, diagram(nodes, R"({"from": "C", "to": "P"})"),
                  QStringLiteral("the link from 'C' to 'P' skips a column"));
    expectInvalid(m_db, json,
                  diagram(nodes, R"({"from": "S", "to": "P"}, {"from": "P", "to": "S"})"),
                  QStringLiteral("the links form a cycle through the node 'P'"));
    expectInvalid(
        m_db, json,
        diagram(
            R"({"id": "A", "kind": "aim"}, {"id": "P", "kind": "primary", "text": "T", "measure": "XYZ"})",
            ""),
        QStringLiteral("node 'P' uses the measure 'XYZ'"));
    expectInvalid(m_db, json,
                  R"({"year": 2027, "aim": {"what": ""}, "nodes": [{"id": "A", "kind": "aim"}]})",
                  QStringLiteral("the aim is empty"));
    expectInvalid(m_db, json, "{not json", QStringLiteral("not valid JSON"));
}

#endif
