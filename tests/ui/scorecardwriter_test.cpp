#include "error.h"
#include "export/exportlog.h"
#include "scorecards/scorecardpainter.h"
#include "scorecards/scorecardwriter.h"
#include "store/store.h"
#include "testsupport.h"
#include "textrecorder.h"

#include <QDir>
#include <QFile>
#include <QPainter>
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

// Whether `text` holds the words of `whole` in order, whatever lies between them (the other
// cells of a row whose cell wraps).
bool wordsInOrder(const QString& text, const QString& whole)
{
    qsizetype at = 0;
    for (const QString& word : whole.split(QLatin1Char(' '))) {
        at = text.indexOf(word, at);
        if (at < 0)
            return false;
        at += word.size();
    }
    return true;
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
    // The first primary care provider the builder lists.
    static Provider firstPrimaryCare(const ScorecardBuilder& builder)
    {
        for (const Provider& p : builder.providers())
            if (p.primaryCare)
                return p;
        return {};
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
    EXPECT_TRUE(text.contains(QStringLiteral("Scorecard 25 of 25")));
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

// With risk scores for the year, a primary care provider's scorecard has a second page: the
// panel's average against the ACO's, the largest changes, masked like every patient list.
TEST_F(SmallDemoScorecards, ARiskPageFollowsWhenTheFileHasScores)
{
    const Provider pcp = firstPrimaryCare(ScorecardBuilder(m_store->db(), options(false)));
    ASSERT_TRUE(pcp.primaryCare);
    // Two of the provider's patients: 1.000 then 1.500 (+0.500), 0.900 then 0.700 (-0.200); one
    // of another provider's at 0.500 in 2026. The panel's 2026 average (1.500 + 0.700) / 2 =
    // 1.100 against the ACO's 2.700 / 3 = 0.900: 22% higher.
    QStringList mbis;
    {
        Store writable = Store::open(m_path);
        auto mine = writable.db().prepare(
            "SELECT id, mbi FROM beneficiary WHERE provider_id = ?1 ORDER BY id LIMIT 2");
        mine.bind(1, pcp.id);
        std::vector<std::int64_t> ids;
        while (mine.step()) {
            ids.push_back(mine.int64(0));
            mbis << mine.text(1);
        }
        ASSERT_EQ(ids.size(), 2u);
        const std::int64_t other = writable.db().queryInt64(
            "SELECT min(id) FROM beneficiary WHERE provider_id <> " + std::to_string(pcp.id));
        auto insert = writable.db().prepare(
            "INSERT INTO risk_score (beneficiary_id, payment_year, segment, raw, normalized, "
            "hccs, model_year) VALUES (?1, ?2, 'CNA', 1, ?3, '', 2026)");
        const auto add = [&](std::int64_t id, int year, double score) {
            insert.bind(1, id).bind(2, year).bind(3, score);
            insert.run();
        };
        add(ids[0], 2025, 1.0);
        add(ids[0], 2026, 1.5);
        add(ids[1], 2025, 0.9);
        add(ids[1], 2026, 0.7);
        add(other, 2026, 0.5);
    }
    for (const bool mask : {false, true}) {
        const ScorecardBuilder builder(m_store->db(), options(mask));
        const QString pdf = m_folder.path(mask ? QStringLiteral("risk-masked.pdf")
                                               : QStringLiteral("risk.pdf"));
        ui::ScorecardWriter(builder).write({pcp}, pdf);
        EXPECT_EQ(pdfPages(pdf), 2);
        const QString text = pdfText(pdf);
        EXPECT_TRUE(text.contains(QStringLiteral("Your panel's average risk score: 1.100")))
            << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("the ACO's: 0.900 (22% higher)")));
        EXPECT_TRUE(text.contains(QStringLiteral("+0.500")));
        EXPECT_TRUE(text.contains(QStringLiteral("\u22120.200")));
        EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 2")));
        EXPECT_TRUE(text.contains(QStringLiteral("Page 2 of 2")));
        for (const QString& mbi : mbis)
            EXPECT_EQ(text.contains(mbi), !mask) << mbi.toStdString();
    }
}

// A patient's long name and a long care gap print whole, wrapped onto more lines, in the pursuit
// list and the care gaps alike, where the demo's names and gaps fit on one line.
TEST_F(SmallDemoScorecards, LongNamesAndGapsWrapRatherThanBeingCut)
{
    {
        Store writable = Store::open(m_path);
        writable.db().exec("UPDATE beneficiary SET last_name = last_name || ' Ashworth', "
                           "first_name = first_name || ' Anne'");
        writable.db().exec(
            "UPDATE care_gap SET description = description || ' at the next visit, with labs'");
    }
    const ScorecardBuilder builder(m_store->db(), options(false));
    const Provider pcp = firstPrimaryCare(builder);
    const Scorecard card = builder.build(pcp);
    ASSERT_GE(card.pursuit.size(), 2u);
    ASSERT_FALSE(card.careGaps.empty());
    const QString pdf = m_folder.path(QStringLiteral("long.pdf"));
    ui::ScorecardWriter(builder).write({pcp}, pdf);
    // The lines of a wrapped cell are read between the other cells of its row: each word in
    // order, and nothing elided anywhere on the page.
    const QString text = pdfText(pdf).simplified();
    EXPECT_FALSE(text.contains(QStringLiteral("\u2026"))) << text.toStdString();
    const auto inOrder = [&text](const QString& whole) { return wordsInOrder(text, whole); };
    for (const PursuitEntry& e : {card.pursuit[0], card.pursuit[1]})
        EXPECT_TRUE(inOrder(e.lastName + QStringLiteral(", ") + e.firstName))
            << e.lastName.toStdString();
    const CareGapEntry& gap = card.careGaps.front();
    EXPECT_TRUE(inOrder(gap.lastName + QStringLiteral(", ") + gap.firstName + QLatin1Char(' ') +
                        gap.description))
        << text.toStdString();
}

// Every text of the measure table prints at 7.5 points, which the preview shows at 9 points on a
// laptop's screen: a long measure name or note wraps and its row grows rather than the text
// shrinking, and a rank among thousands of peers is given whole, not cut to "1,785 of 3...".
TEST_F(SmallDemoScorecards, TheMeasureTablePrintsAtSevenAndAHalfPointsWrappingWhatIsLong)
{
    const QString longName =
        QStringLiteral("Statin therapy for the prevention and treatment of cardiovascular disease");
    {
        Store writable = Store::open(m_path);
        writable.db().exec("UPDATE measure SET name = '" + longName.toStdString() + "' WHERE id = 13");
    }
    const ScorecardBuilder builder(m_store->db(), options(false));
    const Provider pcp = firstPrimaryCare(builder);
    Scorecard card = builder.build(pcp);
    ASSERT_GE(card.rows.size(), 13u);
    ASSERT_EQ(card.rows[12].measure.name, longName);
    card.rows[1].rank = 1785;
    card.rows[1].peerCount = 3000;
    card.rows[1].belowMinimum = false;
    card.rows[2].nextTierText = QStringLiteral("12 fewer emergency department visits for Extra credit (397)");

    test::TextRecorder page;
    {
        QPainter painter(&page);
        ui::ScorecardPainter().paint(painter, card, 1, 1);
    }
    // The table's runs: from its "Measure" heading to the end of the note below it.
    const std::vector<test::TextRecorder::Run>& runs = page.runs();
    const auto first = std::find_if(runs.begin(), runs.end(),
                                    [](const auto& r) { return r.text == QStringLiteral("Measure"); });
    const auto last = std::find_if(first, runs.end(), [](const auto& r) {
        return r.text.endsWith(QStringLiteral("four = extra credit."));
    });
    ASSERT_NE(first, runs.end());
    ASSERT_NE(last, runs.end());
    QString table;
    int runsOfTheLongName = 0;
    for (auto r = first; r <= last; ++r) {
        EXPECT_GE(r->points, 7.5 - 1e-6) << r->text.toStdString();
        EXPECT_FALSE(r->text.contains(QChar(0x2026))) << r->text.toStdString(); // nothing elided
        table += r->text + QLatin1Char(' ');
        runsOfTheLongName += r->text.size() > 8 && longName.contains(r->text);
    }
    EXPECT_TRUE(table.contains(QStringLiteral("1,785 of 3,000"))) << table.toStdString();
    for (const ScorecardRow& row : card.rows) {
        EXPECT_TRUE(wordsInOrder(table, row.measure.name)) << row.measure.name.toStdString();
        EXPECT_TRUE(wordsInOrder(table, row.nextTierText)) << row.nextTierText.toStdString();
    }
    EXPECT_GE(runsOfTheLongName, 2) << "the long name on more than one line";
    // The rows below a two-line row move down by a line: the table's rule lines are not recorded,
    // but the next measure's name sits more than one row (14 points) below the long one's.
    const auto baseline = [&](const QString& start) {
        return std::find_if(first, last, [&](const auto& r) { return r.text.startsWith(start); })->y;
    };
    EXPECT_GT(baseline(card.rows[13].measure.name) - baseline(QStringLiteral("Statin")),
              14 + 5 * (runsOfTheLongName - 1));
}
