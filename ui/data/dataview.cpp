#include "dataview.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace aco::ui {

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
    m_tables->setHorizontalHeaderLabels({tr("Table"), tr("Rows")});
    m_tables->verticalHeader()->hide();
    m_tables->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_tables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tables->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tables->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tables->setAlternatingRowColors(true);
    m_tables->setToolTip(tr("How many rows each table of the file holds"));
    m_tables->setFixedWidth(24 * fontMetrics().averageCharWidth() +
                            12 * fontMetrics().averageCharWidth());

    m_buttons = new QHBoxLayout;
    m_buttons->addStretch();

    auto* top = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* title = new QLabel(tr("<h3>What this file holds</h3>"), this);
    left->addWidget(title);
    left->addLayout(m_form);
    left->addStretch();
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
    m_tables->setRowCount(static_cast<int>(summary.tables.size()));
    for (int row = 0; row < m_tables->rowCount(); ++row) {
        const auto& [name, count] = summary.tables[static_cast<size_t>(row)];
        m_tables->setItem(row, 0, new QTableWidgetItem(name));
        auto* rows = new QTableWidgetItem(en.toString(static_cast<qlonglong>(count)));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tables->setItem(row, 1, rows);
    }
}

void DataView::addActionButton(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

QString DataView::fieldText(const QString& name) const
{
    const auto* label = findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

} // namespace aco::ui
