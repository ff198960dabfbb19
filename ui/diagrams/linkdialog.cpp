#include "linkdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace aco::ui {

LinkDialog::LinkDialog(const DriverDiagram& diagram, std::int64_t id, QWidget* parent)
    : QDialog(parent)
{
    const DriverNode& node = *diagram.find(id);
    setWindowTitle(tr("Links of %1").arg(capitalised(nodeKindLabel(node.kind))));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>%1</b>").arg(node.text.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto* inner = new QWidget;
    auto* grid = new QGridLayout(inner);
    int row = 0;
    const auto addSection = [&](int column, bool drives) {
        if (column < 0 || column >= nodeKindCount || diagram.column(kindOfColumn(column)).empty())
            return;
        const NodeKind kind = kindOfColumn(column);
        auto* title = new QLabel(drives ? tr("Drives (%1):").arg(columnTitle(kind).toLower())
                                        : tr("Driven by (%1):").arg(columnTitle(kind).toLower()),
                                 inner);
        title->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 6px"));
        grid->addWidget(title, row++, 0, 1, 2);
        for (const DriverNode& other : diagram.column(kind)) {
            const std::int64_t from = drives ? id : other.id;
            const std::int64_t to = drives ? other.id : id;
            const DriverLink* link = diagram.link(from, to);
            auto* choice = new QComboBox(inner);
            choice->addItem(tr("Not linked"));
            choice->addItem(tr("Strong link"));
            choice->addItem(tr("Weak link"));
            choice->setCurrentIndex(!link ? 0 : link->strength == LinkStrength::Strong ? 1 : 2);
            auto* label = new QLabel(other.text, inner);
            label->setWordWrap(true);
            label->setBuddy(choice);
            grid->addWidget(label, row, 0);
            grid->addWidget(choice, row++, 1);
            m_rows.push_back(
                {from, to, link ? std::optional(link->strength) : std::nullopt, choice});
        }
    };
    addSection(columnOf(node.kind) - 1, true);
    addSection(columnOf(node.kind) + 1, false);
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(row, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rowHeight =
        m_rows.empty() ? 30
                       : m_rows.front().choice->sizeHint().height() + grid->verticalSpacing() + 2;
    scroll->setMinimumSize(560, std::min(480, (row + 1) * rowHeight + 16));
    layout->addWidget(scroll, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LinkDialog::reject);
    layout->addWidget(buttons);
    if (!m_rows.empty())
        m_rows.front().choice->setFocus();
}

std::vector<DiagramEdit::LinkChange> LinkDialog::changes() const
{
    std::vector<DiagramEdit::LinkChange> changes;
    for (const Row& row : m_rows) {
        const int index = row.choice->currentIndex();
        const std::optional<LinkStrength> now =
            index == 0 ? std::nullopt
                       : std::optional(index == 1 ? LinkStrength::Strong : LinkStrength::Weak);
        if (now != row.before)
            changes.push_back({row.from, row.to, now});
    }
    return changes;
}

} // namespace aco::ui
