#include "dataview.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QMenu>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace aco::ui {

QString DataView::tableLabel(const QString& table)
{
    // What the application calls each table's rows; a table of a newer version not yet named
    // here shows its name in words.
    static const std::map<QString, QString> labels = {
        {QStringLiteral("aco"), tr("ACO")},
        {QStringLiteral("attribution"), tr("Attributions to providers")},
        {QStringLiteral("beneficiary"), tr("Beneficiaries")},
        {QStringLiteral("care_gap"), tr("Care gaps")},
        {QStringLiteral("cclf_delivery"), tr("CCLF deliveries")},
        {QStringLiteral("cclf_delivery_file"), tr("CCLF delivery files")},
        {QStringLiteral("cclf_mbi"), tr("Claims beneficiaries (MBIs)")},
        {QStringLiteral("cclf_mbi_link"), tr("MBI changes")},
        {QStringLiteral("cclf_member"), tr("Claims enrollment months")},
        {QStringLiteral("claim_a"), tr("Part A claims")},
        {QStringLiteral("claim_a_diagnosis"), tr("Part A diagnoses")},
        {QStringLiteral("claim_a_line"), tr("Part A claim lines")},
        {QStringLiteral("claim_a_procedure"), tr("Part A procedures")},
        {QStringLiteral("claim_b_line"), tr("Part B claim lines")},
        {QStringLiteral("claim_d"), tr("Part D claims")},
        {QStringLiteral("claim_dme_line"), tr("DME claim lines")},
        {QStringLiteral("claims_facts"), tr("Claims summaries kept between loads")},
        {QStringLiteral("claims_facts_basis"), tr("What the claims summaries were read with")},
        {QStringLiteral("department"), tr("Departments")},
        {QStringLiteral("driver_diagram"), tr("Driver diagrams")},
        {QStringLiteral("driver_link"), tr("Driver diagram links")},
        {QStringLiteral("driver_node"), tr("Driver diagram boxes")},
        {QStringLiteral("expenditure"), tr("Expenditures by month")},
        {QStringLiteral("expenditure_by_type"), tr("Expenditures by type")},
        {QStringLiteral("export_log"), tr("Export log")},
        {QStringLiteral("measure"), tr("Measures")},
        {QStringLiteral("measure_result"), tr("Measure results")},
        {QStringLiteral("performance_year"), tr("Performance years")},
        {QStringLiteral("practice"), tr("Practices")},
        {QStringLiteral("provider"), tr("Providers")},
        {QStringLiteral("risk_score"), tr("Risk scores")},
        {QStringLiteral("scenario"), tr("Saved scenarios")},
        {QStringLiteral("tier_scheme"), tr("Tier schemes")},
        {QStringLiteral("utilization_event"), tr("Admissions and visits")},
    };
    const auto label = labels.find(table);
    if (label != labels.end())
        return label->second;
    QString words = table;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return words.left(1).toUpper() + words.mid(1);
}

DataView::DataView(QWidget* parent) : QWidget(parent)
{
    m_form = new QFormLayout;
    m_path = addField(tr("File:"), QStringLiteral("dataPath"), tr("Where the open file is"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_size = addField(tr("Size:"), QStringLiteral("dataSize"), tr("The file's size on disk"));
    m_access = addField(tr("Access:"), QStringLiteral("dataAccess"),
                        tr("Whether this window may change the file"));
    m_aco = addField(tr("ACO:"), QStringLiteral("dataAco"),
                     tr("The ACO the file belongs to and its CMS identifier"));
    m_asOf = addField(tr("Data as of:"), QStringLiteral("dataAsOf"),
                      tr("The date of the latest data in the file"));
    m_months =
        addField(tr("Months with results:"), QStringLiteral("dataMonths"),
                 tr("The months that have measure results, which the period selector offers"));
    m_schema = addField(
        tr("Schema version:"), QStringLiteral("dataSchema"),
        tr("The version of the file's layout; newer versions of the application upgrade it"));

    m_tables = new QTableWidget(0, 2, this);
    m_tables->setObjectName(QStringLiteral("dataTables"));
    m_tables->setHorizontalHeaderLabels({tr("Contents"), tr("Rows")});
    m_tables->verticalHeader()->hide();
    m_tables->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_tables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tables->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tables->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tables->setAlternatingRowColors(true);
    m_tables->setToolTip(tr("How many of each the file holds"));
    m_tables->setFixedWidth(24 * fontMetrics().averageCharWidth() +
                            12 * fontMetrics().averageCharWidth());

    m_deliveriesTitle = new QLabel(this);
    m_deliveriesTitle->setWordWrap(true);
    m_deliveries = new QTableWidget(0, 8, this);
    m_deliveries->setObjectName(QStringLiteral("dataDeliveries"));
    m_deliveries->setHorizontalHeaderLabels({tr("Files of"), tr("Kind"), tr("Year"), tr("Records"), tr("New"),
                                             tr("Delivered before"), tr("Loaded"), tr("From")});
    m_deliveries->horizontalHeaderItem(5)->setToolTip(
        tr("Records CMS had sent already, with the same content: counted once"));
    m_deliveries->verticalHeader()->hide();
    m_deliveries->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_deliveries->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deliveries->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Stretch);
    m_deliveries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deliveries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deliveries->setAlternatingRowColors(true);
    m_deliveries->setToolTip(tr("The CCLF deliveries loaded into this file, newest first"));

    m_buttons = new QHBoxLayout;
    m_buttons->addStretch();

    auto* top = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* title = new QLabel(tr("<h3>What this file holds</h3>"), this);
    left->addWidget(title);
    left->addLayout(m_form);
    left->addSpacing(fontMetrics().height());
    left->addWidget(m_deliveriesTitle);
    left->addWidget(m_deliveries, 1);
    left->addStretch(0); // takes the room while no delivery is listed
    left->addLayout(m_buttons);
    top->addLayout(left, 1);
    top->addWidget(m_tables);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
}

QLabel* DataView::addField(const QString& label, const QString& name, const QString& tip)
{
    auto* value = new QLabel(this);
    value->setObjectName(name);
    value->setToolTip(tip);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    return value;
}

void DataView::setFile(const QString& path, bool readOnly)
{
    const QLocale locale;
    const QFileInfo info(path);
    m_path->setText(QDir::toNativeSeparators(info.absoluteFilePath()));
    m_size->setText(locale.formattedDataSize(info.size()));
    m_access->setText(readOnly ? tr("Read-only: viewing only, nothing can be changed")
                               : tr("Read and write"));
    for (QLabel* label : {m_aco, m_asOf, m_months, m_schema})
        label->setText(tr("Reading..."));
    m_tables->setRowCount(0);
    m_deliveries->setRowCount(0);
    m_deliveriesTitle->clear();
}

void DataView::setSummary(const FileSummary& summary)
{
    const QLocale en(QLocale::English);
    m_aco->setText(summary.acoId.isEmpty() ? summary.acoName
                                           : tr("%1 (%2)").arg(summary.acoName, summary.acoId));
    m_asOf->setText(summary.dataAsOf.isEmpty() ? tr("not recorded") : summary.dataAsOf);
    m_months->setText(summary.periods.empty() ? tr("none")
                                              : tr("%1 to %2 (%3 months)")
                                                    .arg(summary.periods.back().toString(),
                                                         summary.periods.front().toString())
                                                    .arg(summary.periods.size()));
    m_schema->setText(QString::number(summary.schemaVersion));
    m_tables->setSortingEnabled(false);
    m_tables->setRowCount(static_cast<int>(summary.tables.size()));
    for (int row = 0; row < m_tables->rowCount(); ++row) {
        const auto& [name, count] = summary.tables[static_cast<size_t>(row)];
        auto* label = new QTableWidgetItem(tableLabel(name));
        label->setToolTip(tr("Table %1 in the file").arg(name));
        label->setData(Qt::UserRole, name);
        m_tables->setItem(row, 0, label);
        auto* rows = new QTableWidgetItem(en.toString(static_cast<qlonglong>(count)));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tables->setItem(row, 1, rows);
    }
    m_tables->sortItems(0); // by what users call them
    // As wide as the longest name, so that none is cut short.
    int widest = 0;
    for (int row = 0; row < m_tables->rowCount(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(m_tables->item(row, 0)->text()));
    m_tables->setFixedWidth(widest + 16 + 12 * fontMetrics().averageCharWidth() +
                            style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                            2 * m_tables->frameWidth());
    showDeliveries(summary.deliveries);
}

void DataView::showDeliveries(const std::vector<DeliverySummary>& deliveries)
{
    const QLocale en(QLocale::English);
    m_deliveriesTitle->setText(deliveries.empty()
                                   ? tr("<b>Claims (CCLF)</b>: none loaded yet. File > Load CCLF Delivery "
                                        "loads the zip CMS sends every month.")
                                   : deliveries.size() == 1
                                   ? tr("<b>Claims (CCLF)</b>: 1 delivery loaded.")
                                   : tr("<b>Claims (CCLF)</b>: %1 deliveries loaded, newest first.")
                                         .arg(deliveries.size()));
    m_deliveries->setVisible(!deliveries.empty());
    m_deliveries->setRowCount(static_cast<int>(deliveries.size()));
    const auto number = [&](std::int64_t value) {
        auto* item = new QTableWidgetItem(en.toString(static_cast<qlonglong>(value)));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int row = 0; row < m_deliveries->rowCount(); ++row) {
        const DeliverySummary& d = deliveries[static_cast<size_t>(row)];
        m_deliveries->setItem(row, 0, new QTableWidgetItem(d.fileDate));
        m_deliveries->setItem(row, 1, new QTableWidgetItem(d.kind));
        m_deliveries->setItem(row, 2, new QTableWidgetItem(QString::number(d.performanceYear)));
        m_deliveries->setItem(row, 3, number(d.records));
        m_deliveries->setItem(row, 4, number(d.newRecords));
        m_deliveries->setItem(row, 5, number(d.duplicates));
        const QDateTime loaded = QDateTime::fromString(d.loadedAt, Qt::ISODate);
        m_deliveries->setItem(row, 6, new QTableWidgetItem(loaded.isValid()
                                                               ? QLocale().toString(loaded.toLocalTime(), QLocale::ShortFormat)
                                                               : d.loadedAt));
        auto* from = new QTableWidgetItem(QFileInfo(d.source).fileName());
        from->setToolTip(QDir::toNativeSeparators(d.source));
        m_deliveries->setItem(row, 7, from);
    }
}

void DataView::addActionButton(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (action->menu())
        button->setPopupMode(QToolButton::InstantPopup); // File > Export's kinds
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

QString DataView::fieldText(const QString& name) const
{
    const auto* label = findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

} // namespace aco::ui
