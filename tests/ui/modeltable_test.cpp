#include "export/exportfiledialog.h"
#include "export/exportlog.h"
#include "export/modeltable.h"
#include "providers/providertablemodel.h"
#include "smalldemotest.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <optional>

using namespace aco;

namespace {

// A patient list as a view might show it: names and MBIs, with masked forms for export.
std::unique_ptr<QStandardItemModel> patientModel()
{
    auto model = std::make_unique<QStandardItemModel>(2, 3);
    model->setHorizontalHeaderLabels(
        {QStringLiteral("Patient"), QStringLiteral("MBI"), QStringLiteral("Cost")});
    model->setHeaderData(0, Qt::Horizontal, true, ui::PatientDataRole);
    model->setHeaderData(1, Qt::Horizontal, true, ui::PatientDataRole);
    model->setHeaderData(2, Qt::Horizontal, static_cast<int>(ColumnType::Cents),
                         ui::ExportColumnTypeRole);
    const QStringList names = {QStringLiteral("Rivera, Ana"), QStringLiteral("Okafor, Ben")};
    const QStringList masked = {QStringLiteral("A. R."), QStringLiteral("B. O.")};
    const QStringList mbis = {QStringLiteral("1EG4TE5MK73"), QStringLiteral("2AB3CD4EF56")};
    for (int r = 0; r < 2; ++r) {
        model->setData(model->index(r, 0), names[r]);
        model->setData(model->index(r, 0), masked[r], ui::MaskedTextRole);
        model->setData(model->index(r, 1), mbis[r]);
        model->setData(model->index(r, 1), QStringLiteral("*******") + mbis[r].right(4),
                       ui::MaskedTextRole);
        model->setData(model->index(r, 2), QStringLiteral("$1,234.50"), Qt::DisplayRole);
        model->setData(model->index(r, 2), qint64(123450 * (r + 1)), Qt::EditRole);
    }
    return model;
}

} // namespace

using ModelTable = test::SmallDemoTest;

TEST_F(ModelTable, TheProviderTableIsExportedAsShownWithNumbersAsNumbers)
{
    ui::ProviderTableModel providers;
    providers.setProviders(loadProviders(m_store->db()));
    QSortFilterProxyModel shown;
    shown.setSourceModel(&providers);
    shown.setFilterKeyColumn(ui::ProviderTableModel::Kind);
    shown.setFilterFixedString(QStringLiteral("Primary care"));
    shown.sort(ui::ProviderTableModel::Attributed, Qt::DescendingOrder);

    const Table table = ui::tableFromModel(shown, QStringLiteral("Providers"), false);
    ASSERT_EQ(table.columns.size(), 8u);
    EXPECT_EQ(table.columns[7].title, QStringLiteral("Attributed"));
    EXPECT_EQ(table.columns[7].type, ColumnType::Integer);
    EXPECT_EQ(table.columns[1].type, ColumnType::Text); // NPIs stay text
    const auto primary =
        m_store->db().queryInt64("SELECT count(*) FROM provider WHERE kind = 'primary_care'");
    ASSERT_EQ(table.rows.size(), static_cast<size_t>(primary));
    // Largest panel first, as the sorted view shows; it is the file's largest.
    EXPECT_EQ(
        table.rows.front()[7].toLongLong(),
        m_store->db().queryInt64("SELECT max(n) FROM (SELECT count(*) AS n FROM beneficiary b "
                                 "JOIN provider p ON p.id = b.provider_id "
                                 "WHERE p.kind = 'primary_care' GROUP BY b.provider_id)"));
    for (size_t r = 1; r < table.rows.size(); ++r)
        EXPECT_GE(table.rows[r - 1][7].toLongLong(), table.rows[r][7].toLongLong());
}

TEST_F(ModelTable, PatientColumnsAreMaskedOnRequest)
{
    const auto model = patientModel();
    const Table full = ui::tableFromModel(*model, QStringLiteral("Patients"), false);
    const Table masked = ui::tableFromModel(*model, QStringLiteral("Patients"), true);
    EXPECT_TRUE(full.hasPatientColumns());
    EXPECT_EQ(full.rows[1][0], QVariant(QStringLiteral("Okafor, Ben")));
    EXPECT_EQ(masked.rows[1][0], QVariant(QStringLiteral("B. O.")));
    EXPECT_EQ(masked.rows[0][1], QVariant(QStringLiteral("*******MK73")));
    EXPECT_EQ(masked.rows[1][2].toLongLong(), 246900); // the raw cents, not "$1,234.50"
}

TEST_F(ModelTable, ExportChoosesAFileWritesItMaskedAndLogsIt)
{
    const auto model = patientModel();
    // The setting goes to the test's own folder, not the user's configuration.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_folder.path(QStringLiteral("settings")));
    EXPECT_FALSE(ui::maskPhiSetting()); // off unless chosen
    ui::setMaskPhiSetting(true);
    const QString path = m_folder.path(QStringLiteral("patients.csv"));
    // Answer the save dialog as a user would: type the name, press Save.
    QTimer::singleShot(200, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        ASSERT_NE(name, nullptr);
        name->clear();
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    QWidget window; // the export's progress is modal to a window
    std::optional<bool> written;
    EXPECT_TRUE(ui::exportModel(&window, *m_store, *model, QStringLiteral("Patients"),
                                [&](bool placed) { written = placed; }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return written.has_value(); }, 20000));
    EXPECT_TRUE(*written);
    ui::setMaskPhiSetting(false);
    EXPECT_EQ(test::readText(path), QStringLiteral("Patient,MBI,Cost\r\n"
                                                   "A. R.,*******MK73,1234.50\r\n"
                                                   "B. O.,*******EF56,2469.00\r\n"));
    const auto log = loadExportLog(m_store->db());
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].kind, QStringLiteral("table:Patients"));
    EXPECT_EQ(log[0].patientData, PatientData::Masked);
    EXPECT_EQ(log[0].rows, 2);
}
