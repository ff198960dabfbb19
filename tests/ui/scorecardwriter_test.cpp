#include "error.h"
#include "export/exportlog.h"
#include "scorecards/scorecardwriter.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace aco;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    process.waitForFinished(60000);
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

class SmallDemoScorecards : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
        m_path = m_folder.path(QStringLiteral("small.aco"));
        test::writeSmallDemo(m_path);
        m_store = std::make_unique<Store>(Store::openReadOnly(m_path));
    }
    ScorecardOptions options(bool mask) const
    {
        ScorecardOptions o;
        o.period = Period(2026, 9);
        o.maskPhi = mask;
        return o;
    }

    test::TempFolder m_folder;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

} // namespace

TEST_F(SmallDemoScorecards, CombinedPdfHasOnePagePerProviderWithItsNumbers)
{
    const ScorecardBuilder builder(m_store->db(), options(false));
    const QString pdf = m_folder.path(QStringLiteral("all.pdf"));
    const mode_t old = umask(022);
    EXPECT_EQ(ui::ScorecardWriter(builder).write(builder.providers(), pdf), 25);
    umask(old);
    EXPECT_EQ(test::fileMode(pdf), 0600u); // patients' names and MBIs: readable by its owner only
    const auto log = loadExportLog(m_store->db());
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].kind, QStringLiteral("scorecards"));
    EXPECT_EQ(log[0].rows, 25);
    EXPECT_EQ(log[0].patientData, PatientData::Included);
    EXPECT_EQ(pdfPages(pdf), 25);
    const QString text = pdfText(pdf);
    for (const Provider& p : builder.providers())
        EXPECT_TRUE(text.contains(QStringLiteral("NPI ") + p.npi)) << p.npi.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Page 25 of 25")));
    // Unmasked, the pursuit lists name patients: one of the first provider's is in the text.
    const Scorecard first = builder.build(builder.providers().front());
    ASSERT_FALSE(first.pursuit.empty());
    EXPECT_TRUE(text.contains(first.pursuit.front().mbi));
}

TEST_F(SmallDemoScorecards, MaskingLeavesNoPatientNameOrMbiInThePdf)
{
    const ScorecardBuilder builder(m_store->db(), options(true));
    const QString pdf = m_folder.path(QStringLiteral("masked.pdf"));
    const mode_t old = umask(022);
    ui::ScorecardWriter(builder).write(builder.providers(), pdf);
    umask(old);
    EXPECT_EQ(test::fileMode(pdf), 0644u);
    const auto log = loadExportLog(m_store->db());
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].patientData, PatientData::Masked);
    const QString text = pdfText(pdf);
    ASSERT_TRUE(text.contains(QStringLiteral("Patient names and MBIs are masked")));
    // Patients who share a provider's name are left out: the provider's name is printed.
    auto query = m_store->db().prepare(
        "SELECT mbi, first_name || ' ' || last_name, last_name || ', ' || first_name FROM beneficiary b "
        "WHERE NOT EXISTS (SELECT 1 FROM provider p WHERE p.last_name = b.last_name AND p.first_name = b.first_name)");
    int checked = 0;
    while (query.step()) {
        ++checked;
        EXPECT_FALSE(text.contains(query.text(0))) << query.text(0).toStdString();
        EXPECT_FALSE(text.contains(query.text(2))) << query.text(2).toStdString();
    }
    EXPECT_GT(checked, 2900);
}

TEST_F(SmallDemoScorecards, FolderHasOneFileNamedByNpiAndName)
{
    const ScorecardBuilder builder(m_store->db(), options(false));
    const auto practice = builder.select(QString(), builder.providers().front().practiceName);
    const QString folder = m_folder.path(QStringLiteral("cards"));
    EXPECT_EQ(ui::ScorecardWriter(builder).write(practice, folder), static_cast<int>(practice.size()));
    const QStringList files = QDir(folder).entryList(QDir::Files);
    EXPECT_EQ(files.size(), static_cast<qsizetype>(practice.size()));
    for (const Provider& p : practice) {
        const QString file = ui::ScorecardWriter::fileNameFor(p);
        EXPECT_TRUE(file.startsWith(p.npi + QLatin1Char('-')));
        EXPECT_TRUE(files.contains(file)) << file.toStdString();
        EXPECT_EQ(pdfPages(QDir(folder).filePath(file)), 1);
    }
}

TEST_F(SmallDemoScorecards, CancellingACombinedFileLeavesNothing)
{
    const ScorecardBuilder builder(m_store->db(), options(false));
    const QString pdf = m_folder.path(QStringLiteral("cancelled.pdf"));
    EXPECT_THROW(ui::ScorecardWriter(builder).write(builder.providers(), pdf, [](int done, int) { return done < 3; }), Error);
    EXPECT_FALSE(QFile::exists(pdf));
}

// A past month's scorecard prints its lists as of that month's end: a gap is overdue when it fell
// due before then, and the dates carry their year.
TEST_F(SmallDemoScorecards, APastMonthPrintsItsListsAsOfItsEnd)
{
    ScorecardOptions o = options(false);
    o.period = Period(2025, 12);
    const ScorecardBuilder builder(m_store->db(), o);
    std::vector<Provider> primaryCare;
    for (const Provider& p : builder.providers())
        if (p.primaryCare)
            primaryCare.push_back(p);
    const QString pdf = m_folder.path(QStringLiteral("december.pdf"));
    ui::ScorecardWriter(builder).write(primaryCare, pdf);
    const QString text = pdfText(pdf);
    EXPECT_EQ(text.count(QStringLiteral("Open care gaps on 12/31/25")),
              static_cast<qsizetype>(primaryCare.size()));
    EXPECT_EQ(text.count(QStringLiteral("12 months to 12/31/25")),
              static_cast<qsizetype>(primaryCare.size()));
    // The gaps open on 12/31/25 that fell due before it, counted from the file's rows; each list
    // starts with the oldest, so a provider with one shows it.
    const std::int64_t overdueThen = m_store->db().queryInt64(
        "SELECT count(DISTINCT b.provider_id) FROM care_gap g JOIN beneficiary b ON b.id = g.beneficiary_id "
        "JOIN provider p ON p.id = b.provider_id WHERE p.kind = 'primary_care' AND g.due_date < '2025-12-31' "
        "AND (g.closed_date IS NULL OR g.closed_date > '2025-12-31')");
    ASSERT_GT(overdueThen, 0);
    const std::int64_t overdueGaps = m_store->db().queryInt64(
        "SELECT count(*) FROM care_gap g JOIN beneficiary b ON b.id = g.beneficiary_id "
        "JOIN provider p ON p.id = b.provider_id WHERE p.kind = 'primary_care' AND g.due_date < '2025-12-31' "
        "AND (g.closed_date IS NULL OR g.closed_date > '2025-12-31')");
    EXPECT_GE(text.count(QStringLiteral("overdue")), overdueThen);
    EXPECT_LE(text.count(QStringLiteral("overdue")), overdueGaps);
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("\\d\\d/\\d\\d/2[3-7]"))));
}
