#include "nodedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace aco::ui {

NodeDialog::NodeDialog(const DriverNode& node, const std::vector<Measure>& measures,
                       QWidget* parent)
    : QDialog(parent), m_node(node), m_measures(measures)
{
    const bool aim = node.kind == NodeKind::Aim;
    setWindowTitle(aim ? tr("Edit the Aim")
                       : tr("Edit %1").arg(capitalised(nodeKindLabel(node.kind))));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    if (aim) {
        m_title = new QLineEdit(this);
        m_what = new QLineEdit(this);
        m_what->setPlaceholderText(tr("What is to be achieved"));
        m_howMuch = new QLineEdit(this);
        m_howMuch->setPlaceholderText(tr("How much: the measurable change"));
        m_forWhom = new QLineEdit(this);
        m_forWhom->setPlaceholderText(tr("For whom: the population"));
        m_byWhen = new QLineEdit(this);
        m_byWhen->setPlaceholderText(tr("By when: the date"));
        form->addRow(tr("&Title:"), m_title);
        form->addRow(tr("&What:"), m_what);
        form->addRow(tr("&How much:"), m_howMuch);
        form->addRow(tr("&For whom:"), m_forWhom);
        form->addRow(tr("&By when:"), m_byWhen);
        for (QLineEdit* edit : {m_title, m_what, m_howMuch, m_forWhom, m_byWhen})
            edit->setMinimumWidth(380);
    } else {
        m_text = new QPlainTextEdit(node.text, this);
        m_text->setTabChangesFocus(true); // Tab moves on, as in every other field
        m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
        m_text->setMinimumWidth(380);
        form->addRow(tr("&Text:"), m_text);
    }

    m_measure = new QComboBox(this);
    m_measure->addItem(tr("(none)"), QString());
    for (const Measure& m : measures)
        m_measure->addItem(m.code + QStringLiteral(" \u2014 ") + m.name, m.code);
    m_measure->setCurrentIndex(std::max(0, m_measure->findData(node.measure)));
    form->addRow(tr("&Measure:"), m_measure);

    auto* targetRow = new QHBoxLayout;
    m_target = new QLineEdit(this);
    m_target->setPlaceholderText(tr("none"));
    m_target->setValidator(new QDoubleValidator(m_target));
    if (node.target)
        m_target->setText(QLocale().toString(*node.target, 'g', 10));
    m_unit = new QLabel(this);
    m_unit->setMinimumWidth(
        m_unit->fontMetrics().horizontalAdvance(QStringLiteral("per 1,000 per year")));
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_unit);
    auto* targetLabel = new QLabel(tr("Tar&get:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);

    m_direction = new QComboBox(this);
    m_direction->addItem(QString()); // "as the measure": its text follows the measure
    m_direction->addItem(tr("Higher is better"), directionName(TargetDirection::Higher));
    m_direction->addItem(tr("Lower is better"), directionName(TargetDirection::Lower));
    m_direction->setCurrentIndex(
        node.direction ? m_direction->findData(directionName(*node.direction)) : 0);
    form->addRow(tr("&Direction:"), m_direction);

    if (node.kind == NodeKind::Change) {
        m_status = new QComboBox(this);
        for (const ChangeStatus s : {ChangeStatus::NotTested, ChangeStatus::Testing,
                                     ChangeStatus::Adopted, ChangeStatus::Abandoned})
            m_status->addItem(changeStatusLabel(s), changeStatusName(s));
        m_status->setCurrentIndex(
            m_status->findData(changeStatusName(node.status.value_or(ChangeStatus::NotTested))));
        form->addRow(tr("&Status:"), m_status);
    }

    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NodeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NodeDialog::reject);
    layout->addWidget(buttons);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &NodeDialog::updateUnit);
    updateUnit();
}

void NodeDialog::setAim(const QString& title, const Aim& aim)
{
    if (!m_what)
        return;
    m_title->setText(title);
    m_what->setText(aim.what);
    m_howMuch->setText(aim.howMuch);
    m_forWhom->setText(aim.forWhom);
    m_byWhen->setText(aim.byWhen);
}

void NodeDialog::updateUnit()
{
    const QString code = m_measure->currentData().toString();
    const Measure* measure = nullptr;
    for (const Measure& m : m_measures)
        if (m.code == code)
            measure = &m;
    m_unit->setText(measure ? measure->unitLabel() : QString());
    m_direction->setItemText(0, measure ? (measure->higherIsBetter
                                               ? tr("As the measure (higher is better)")
                                               : tr("As the measure (lower is better)"))
                                        : tr("As the measure"));
}

std::optional<double> NodeDialog::target(bool* ok) const
{
    *ok = true;
    const QString text = m_target->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(text, ok);
    if (!*ok)
        value = QLocale::c().toDouble(text, ok);
    return *ok ? std::optional(value) : std::nullopt;
}

DriverNode NodeDialog::node() const
{
    DriverNode node = m_node;
    node.text = m_what ? m_what->text().simplified() : m_text->toPlainText().simplified();
    node.measure = m_measure->currentData().toString();
    bool ok = false;
    node.target = target(&ok);
    const QString direction = m_direction->currentData().toString();
    node.direction = direction.isEmpty() ? std::nullopt : parseDirection(direction);
    if (m_status)
        node.status = parseChangeStatus(m_status->currentData().toString());
    return node;
}

Aim NodeDialog::aim() const
{
    if (!m_what)
        return {};
    return {m_what->text().simplified(), m_howMuch->text().simplified(),
            m_forWhom->text().simplified(), m_byWhen->text().simplified()};
}

QString NodeDialog::title() const
{
    return m_title ? m_title->text().simplified() : QString();
}

void NodeDialog::accept()
{
    QString problem;
    bool ok = false;
    target(&ok);
    if (m_what && m_what->text().trimmed().isEmpty())
        problem = tr("Say what the aim is to achieve.");
    else if (m_text && m_text->toPlainText().trimmed().isEmpty())
        problem = tr("The %1 needs a text.").arg(nodeKindLabel(m_node.kind));
    else if (!ok)
        problem = tr("The target must be a number, or empty for none.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace aco::ui
