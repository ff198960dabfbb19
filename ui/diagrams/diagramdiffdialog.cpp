#include "diagramdiffdialog.h"

#include "diagramdocument.h"
#include "diagrams/diagramdiff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace aco::ui {

DiagramDiffDialog::DiagramDiffDialog(DiagramDocument& document, int fromYear, int toYear,
                                     QWidget* parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Compare Driver Diagrams"));
    auto* layout = new QVBoxLayout(this);
    auto* choose = new QHBoxLayout;
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    for (const int year : document.years()) {
        m_from->addItem(QString::number(year), year);
        m_to->addItem(QString::number(year), year);
    }
    m_from->setCurrentIndex(m_from->findData(fromYear));
    m_to->setCurrentIndex(m_to->findData(toYear));
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to:"), this);
    toLabel->setBuddy(m_to);
    choose->addWidget(fromLabel);
    choose->addWidget(m_from);
    choose->addWidget(toLabel);
    choose->addWidget(m_to);
    choose->addStretch();
    layout->addLayout(choose);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    layout->addWidget(m_summary);
    m_changes = new QTreeWidget(this);
    m_changes->setRootIsDecorated(false);
    m_changes->setHeaderLabels({tr("Change"), tr("Column"), tr("Node"), tr("Detail")});
    m_changes->setWordWrap(true);
    m_changes->setAlternatingRowColors(true);
    m_changes->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_changes->setMinimumSize(1000, 420);
    layout->addWidget(m_changes, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &DiagramDiffDialog::reject);
    layout->addWidget(buttons);

    connect(m_from, &QComboBox::currentIndexChanged, this, &DiagramDiffDialog::compare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &DiagramDiffDialog::compare);
    compare();
}

void DiagramDiffDialog::compare()
{
    m_changes->clear();
    const auto before = m_document.diagramOf(m_from->currentData().toInt());
    const auto after = m_document.diagramOf(m_to->currentData().toInt());
    if (!before || !after) {
        m_summary->setText(tr("Choose two years with diagrams."));
        return;
    }
    const std::vector<DiagramChange> changes = DiagramDiff::compare(*before, *after);
    std::map<DiagramChange::Kind, int> counts;
    for (const DiagramChange& change : changes) {
        ++counts[change.kind];
        auto* item = new QTreeWidgetItem(m_changes, {DiagramDiff::kindLabel(change.kind),
                                                     columnTitle(change.nodeKind), change.text,
                                                     change.detail});
        item->setToolTip(2, change.text);
        item->setToolTip(3, change.detail);
    }
    for (int c = 0; c < m_changes->columnCount(); ++c)
        if (c != 2)
            m_changes->resizeColumnToContents(c);
    using Kind = DiagramChange::Kind;
    if (changes.empty()) {
        m_summary->setText(
            tr("The %1 and %2 diagrams are the same.").arg(before->year()).arg(after->year()));
        return;
    }
    m_summary->setText(
        tr("From %1 to %2: %3 added, %4 removed, %5 retargeted, %6 status changes, %7 link "
           "changes.")
            .arg(before->year())
            .arg(after->year())
            .arg(counts[Kind::Added])
            .arg(counts[Kind::Removed])
            .arg(counts[Kind::Retargeted])
            .arg(counts[Kind::StatusChanged])
            .arg(counts[Kind::LinkAdded] + counts[Kind::LinkRemoved] + counts[Kind::LinkChanged]));
}

} // namespace aco::ui
