#include "driverdiagramview.h"

#include "backgroundtask.h"
#include "diagramcanvas.h"
#include "diagramdiffdialog.h"
#include "diagramdocument.h"
#include "diagramedit.h"
#include "diagramexporter.h"
#include "diagramprompts.h"
#include "diagrams/crossingreduction.h"
#include "diagrams/diagramdiff.h"
#include "error.h"
#include "linkdialog.h"
#include "measures/measureengine.h"
#include "nodedialog.h"
#include "savefile.h"
#include "store/store.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace aco::ui {

DriverDiagramView::DriverDiagramView(const QString& path, QWidget* parent)
    : DriverDiagramView(std::make_unique<Store>(Store::open(path)), nullptr, parent)
{
}

DriverDiagramView::DriverDiagramView(Store& store, QWidget* parent)
    : DriverDiagramView(nullptr, &store, parent)
{
}

DriverDiagramView::DriverDiagramView(std::unique_ptr<Store> owned, Store* store, QWidget* parent)
    : QWidget(parent), m_ownedStore(std::move(owned)),
      m_store(m_ownedStore ? *m_ownedStore : *store), m_measures(loadMeasures(m_store.db()))
{
    m_document = new DiagramDocument(m_store.db(), this);
    m_undo = new QUndoStack(this);
    createActions();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_years = new QComboBox(this);
    m_years->setObjectName(QStringLiteral("diagramYear"));
    m_years->setToolTip(tr("The performance year whose diagram is shown"));
    auto* yearLabel = new QLabel(tr("&Year: "), this);
    yearLabel->setBuddy(m_years);
    toolbar->addWidget(yearLabel);
    toolbar->addWidget(m_years);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    auto* addMenu = new QMenu(this);
    addMenu->addActions({m_addPrimary, m_addSecondary, m_addChange});
    auto* add = new QToolButton(this);
    add->setText(tr("&Add"));
    add->setMenu(addMenu);
    add->setPopupMode(QToolButton::InstantPopup);
    add->setToolTip(tr("Add a driver or change idea (Insert adds one after the selected box)"));
    toolbar->addWidget(add);
    toolbar->addActions({m_edit, m_delete, m_links, m_arrange});
    toolbar->addSeparator();
    auto* yearMenu = new QMenu(this);
    yearMenu->addActions({m_new, m_carryForward, m_compare, m_deleteDiagram});
    yearMenu->addSeparator();
    yearMenu->addActions({m_import, m_export});
    auto* diagramButton = new QToolButton(this);
    diagramButton->setText(tr("Di&agram"));
    diagramButton->setMenu(yearMenu);
    diagramButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(diagramButton);
    toolbar->addActions({m_compare, m_export});
    toolbar->addSeparator();
    toolbar->addActions({m_zoomOut, m_zoomIn});
    layout->addWidget(toolbar);

    auto* captions = new QHBoxLayout;
    captions->setContentsMargins(8, 0, 8, 0);
    // The metrics' period is in the diagram's own subtitle; this line says how to work it.
    m_hint = new QLabel(
        tr("Drag a box up or down to reorder, onto a box in the next column to link "
           "(Shift: weak) \u00B7 Enter edits \u00B7 Insert adds \u00B7 Ctrl+L links \u00B7 "
           "click a metric to compare providers"),
        this);
    m_hint->setObjectName(QStringLiteral("diagramHint"));
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid)"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("diagramMessage"));
    m_message->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    captions->addWidget(m_hint);
    captions->addWidget(m_message, 1);
    layout->addLayout(captions);

    m_pages = new QStackedWidget(this);
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    auto* emptyText =
        new QLabel(tr("<p>This file has no driver diagram yet.</p><p>Start one for a performance "
                      "year, or import one saved as JSON.</p>"),
                   empty);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(emptyText);
    for (QAction* action : {m_new, m_import}) {
        auto* button = new QPushButton(action->text(), empty);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        emptyLayout->addWidget(button, 0, Qt::AlignHCenter);
    }
    emptyLayout->addStretch();
    m_pages->addWidget(empty);
    m_scroll = new QScrollArea(this);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_canvas = new DiagramCanvas;
    m_canvas->setObjectName(QStringLiteral("diagramCanvas"));
    m_scroll->setWidget(m_canvas);
    m_pages->addWidget(m_scroll);
    layout->addWidget(m_pages, 1);
    setFocusProxy(m_canvas);

    connect(m_years, &QComboBox::activated, this,
            [this](int index) { showYear(m_years->itemData(index).toInt()); });
    connect(m_document, &DiagramDocument::changed, this, &DriverDiagramView::refresh);
    connect(m_document, &DiagramDocument::stored, this, &DriverDiagramView::fileChanged);
    connect(m_document, &DiagramDocument::yearsChanged, this, &DriverDiagramView::refreshYears);
    connect(m_document, &DiagramDocument::failed, this, &DriverDiagramView::showFailure);
    connect(m_canvas, &DiagramCanvas::selectionChanged, this, &DriverDiagramView::updateActions);
    connect(m_canvas, &DiagramCanvas::editRequested, this, &DriverDiagramView::editNode);
    connect(m_canvas, &DiagramCanvas::insertRequested, this, &DriverDiagramView::addNode);
    connect(m_canvas, &DiagramCanvas::deleteRequested, this, &DriverDiagramView::deleteNode);
    connect(m_canvas, &DiagramCanvas::moveRequested, this, &DriverDiagramView::moveNode);
    connect(m_canvas, &DiagramCanvas::linkRequested, this, &DriverDiagramView::linkNodes);
    connect(m_canvas, &DiagramCanvas::contextMenuRequested, this,
            &DriverDiagramView::showContextMenu);
    connect(m_canvas, &DiagramCanvas::metricActivated, this, [this](std::int64_t id) {
        if (const DriverNode* node =
                m_document->diagram() ? m_document->diagram()->find(id) : nullptr)
            if (!node->measure.isEmpty())
                Q_EMIT measureActivated(node->measure);
    });

    refreshYears();
    const auto& years = m_document->years();
    if (!years.empty()) {
        showYear(years.back()); // the latest: the one being worked on
    } else {
        refresh();
    }
}

DriverDiagramView::~DriverDiagramView()
{
    if (m_worker)
        m_worker->wait(); // it ends soon, and reports to no one
}

QAction* DriverDiagramView::makeAction(const QString& text, const QString& name,
                                       void (DriverDiagramView::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void DriverDiagramView::createActions()
{
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    for (QAction* action : {m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    const auto selected = [this] { return m_canvas->selected(); };
    const auto adder = [this](NodeKind kind) {
        return [this, kind] {
            const DriverDiagram* d = m_document->diagram();
            const DriverNode* node = d ? d->find(m_canvas->selected()) : nullptr;
            const int index = node && node->kind == kind
                                  ? d->indexOf(node->id) + 1
                                  : static_cast<int>(d ? d->column(kind).size() : 0);
            addNode(kind, index);
        };
    };
    m_addPrimary = makeAction(tr("Add &Primary Driver..."), QStringLiteral("addPrimary"), nullptr);
    connect(m_addPrimary, &QAction::triggered, this, adder(NodeKind::Primary));
    m_addSecondary =
        makeAction(tr("Add &Secondary Driver..."), QStringLiteral("addSecondary"), nullptr);
    connect(m_addSecondary, &QAction::triggered, this, adder(NodeKind::Secondary));
    m_addChange = makeAction(tr("Add &Change Idea..."), QStringLiteral("addChange"), nullptr);
    connect(m_addChange, &QAction::triggered, this, adder(NodeKind::Change));
    m_edit = makeAction(tr("&Edit..."), QStringLiteral("editNode"), nullptr);
    m_edit->setToolTip(tr("Edit the selected box (Enter)"));
    connect(m_edit, &QAction::triggered, this, [this, selected] { editNode(selected()); });
    m_delete = makeAction(tr("&Delete"), QStringLiteral("deleteNode"), nullptr);
    m_delete->setToolTip(tr("Delete the selected box and its links (Delete)"));
    connect(m_delete, &QAction::triggered, this, [this, selected] { deleteNode(selected()); });
    m_links = makeAction(tr("&Links..."), QStringLiteral("editLinks"), nullptr);
    m_links->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_links->setToolTip(
        tr("Link the selected box to boxes in the next columns, strong or weak (Ctrl+L)"));
    connect(m_links, &QAction::triggered, this, [this, selected] { editLinks(selected()); });
    // The diagram's stored choice, shown as the button's state: checked, the workbench keeps every
    // column in the order with the fewest crossing links; moving a box by hand unchecks it.
    m_arrange = makeAction(tr("Keep A&rranged"), QStringLiteral("arrange"), nullptr);
    m_arrange->setCheckable(true);
    m_arrange->setToolTip(
        tr("Checked: the columns are kept in the order with the fewest crossing links, also "
           "after edits; moving a box by hand unchecks it. Unchecked: the columns keep the order "
           "you give them. Undoable."));
    connect(m_arrange, &QAction::triggered, this,
            [this](bool keep) {
                keep ? arrange() : orderByHand();
                updateActions(); // the button shows what was stored, also when nothing was
            });
    m_new = makeAction(tr("&New Diagram..."), QStringLiteral("newDiagram"),
                       &DriverDiagramView::newDiagram);
    m_carryForward = makeAction(tr("&Carry Forward to Next Year"), QStringLiteral("carryForward"),
                                &DriverDiagramView::carryForward);
    m_compare = makeAction(tr("C&ompare Years..."), QStringLiteral("compareYears"),
                           &DriverDiagramView::compareYears);
    m_deleteDiagram = makeAction(tr("Delete This Year's Diagram"), QStringLiteral("deleteDiagram"),
                                 &DriverDiagramView::deleteDiagram);
    m_export = makeAction(tr("E&xport..."), QStringLiteral("exportDiagram"),
                          &DriverDiagramView::chooseExport);
    m_export->setToolTip(tr("Save the diagram as PNG, SVG, PDF (one landscape page) or JSON"));
    m_import = makeAction(tr("&Import..."), QStringLiteral("importDiagram"),
                          &DriverDiagramView::chooseImport);
    m_zoomIn = makeAction(tr("Zoom &In"), QStringLiteral("zoomIn"), nullptr);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomIn, &QAction::triggered, this,
            [this] { m_canvas->setZoom(m_canvas->zoom() * 1.2); });
    m_zoomOut = makeAction(tr("Zoom &Out"), QStringLiteral("zoomOut"), nullptr);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, this,
            [this] { m_canvas->setZoom(m_canvas->zoom() / 1.2); });
}

void DriverDiagramView::setPeriod(Period end, Window window)
{
    m_period = end;
    m_window = window;
    refresh();
}

void DriverDiagramView::showYear(int year)
{
    m_document->showYear(year);
}

int DriverDiagramView::year() const
{
    return m_document->year();
}

void DriverDiagramView::refreshYears()
{
    m_years->clear();
    for (const int y : m_document->years())
        m_years->addItem(QString::number(y), y);
    m_years->setCurrentIndex(m_years->findData(m_document->year()));
}

void DriverDiagramView::refresh()
{
    const DriverDiagram* diagram = m_document->diagram();
    m_years->setCurrentIndex(m_years->findData(m_document->year()));
    if (!diagram) {
        m_layout.reset();
        m_metrics.clear();
        m_canvas->setContent(nullptr, nullptr);
        m_pages->setCurrentIndex(0);
        updateActions();
        return;
    }
    const std::optional<Period> period =
        m_period ? m_period : defaultMetricPeriod(m_store.db(), diagram->year());
    QString caption = tr("No measure results in this file");
    m_metrics.clear();
    if (period) {
        if (period != m_valuesPeriod ||
            m_window != m_valuesWindow) { // values are cached per window
            m_values.clear();
            m_valuesFailure.clear();
            m_valuesPeriod = period;
            m_valuesWindow = m_window;
        }
        if (hasMetricValues(*diagram, m_measures, m_values)) {
            m_metrics = metricsFromValues(m_measures, *diagram, m_values);
            caption = metricsCaption(*period, m_window);
        } else if (!m_valuesFailure.isEmpty()) { // the diagram is still worth showing without them
            caption = tr("Live metrics unavailable: %1").arg(m_valuesFailure);
        } else {
            caption = tr("Computing the live metrics...");
            computeValues(*diagram, *period);
        }
    }
    m_layout = DiagramLayout::compute(*diagram, m_metrics, m_measurer, caption);
    m_canvas->setContent(diagram, &*m_layout);
    m_pages->setCurrentIndex(1);
    updateActions();
}

void DriverDiagramView::computeValues(const DriverDiagram& diagram, Period period)
{
    if (m_worker)
        return; // refresh() comes again when it ends
    auto values = std::make_shared<MetricValues>(m_values);
    auto failure = std::make_shared<QString>();
    const QString path = m_store.path();
    const Window window = m_window;
    m_worker = QThread::create([=, copy = diagram] {
        try {
            // A connection of the worker's own: SQLite connections are not shared between threads.
            const Store store = Store::openReadOnly(path);
            const MeasureEngine engine(store.db());
            computeMetricValues(engine, copy, period, window, *values);
        } catch (const Error& error) {
            *failure = QString::fromStdString(error.what());
        }
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &QThread::finished, this, [=, this] {
        m_worker = nullptr;
        if (m_valuesPeriod == period && m_valuesWindow == window) {
            m_values.insert(values->begin(), values->end());
            m_valuesFailure = *failure;
        }
        refresh();
        if (!m_worker)
            Q_EMIT metricsReady();
    });
    m_worker->start();
}

void DriverDiagramView::updateActions()
{
    const DriverDiagram* d = m_document->diagram();
    const bool writable = !m_store.isReadOnly();
    const DriverNode* node = d ? d->find(m_canvas->selected()) : nullptr;
    for (QAction* action :
         {m_addPrimary, m_addSecondary, m_addChange, m_arrange, m_carryForward, m_deleteDiagram})
        action->setEnabled(writable && d);
    m_edit->setEnabled(writable && node);
    m_delete->setEnabled(writable && node && node->kind != NodeKind::Aim);
    m_links->setEnabled(writable && node);
    m_new->setEnabled(writable);
    m_import->setEnabled(writable);
    m_compare->setEnabled(m_document->years().size() >= 2);
    m_export->setEnabled(d != nullptr);
    m_arrange->setChecked(d && !d->orderedByHand()); // toggled() is not connected: no edit
    if (d)
        m_carryForward->setText(tr("&Carry Forward to %1").arg(d->year() + 1));
}

bool DriverDiagramView::perform(DiagramEdit* edit)
{
    std::unique_ptr<DiagramEdit> owned(edit);
    try {
        owned->apply();
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Driver Diagram"), QString::fromStdString(error.what()));
        return false;
    }
    showMessage(owned->text());
    m_undo->push(owned.release());
    return true;
}

void DriverDiagramView::showMessage(const QString& message)
{
    m_message->setText(message);
}

void DriverDiagramView::showFailure(const QString& message)
{
    QMessageBox::warning(
        this, tr("Driver Diagram"),
        tr("%1\n\nThe diagram was read again from the file, and the undo history cleared.")
            .arg(message));
    // Not from inside the undo stack's own call that failed.
    QTimer::singleShot(0, this, [this] {
        m_undo->clear();
        m_document->reload();
    });
}

void DriverDiagramView::showContextMenu(std::int64_t id, const QPoint& globalPosition)
{
    QMenu menu(this);
    const DriverNode* node = m_document->diagram() ? m_document->diagram()->find(id) : nullptr;
    if (node) {
        menu.addAction(m_edit);
        menu.addAction(m_links);
        if (!node->measure.isEmpty())
            menu.addAction(tr("Compare Providers on %1").arg(node->measure), this,
                           [this, code = node->measure] { Q_EMIT measureActivated(code); });
        menu.addAction(m_delete);
        menu.addSeparator();
    }
    menu.addActions({m_addPrimary, m_addSecondary, m_addChange});
    menu.addSeparator();
    menu.addAction(m_arrange);
    menu.exec(globalPosition);
}

void DriverDiagramView::addNode(NodeKind kind, int index)
{
    const DriverDiagram* d = m_document->diagram();
    if (!d || m_store.isReadOnly() || kind == NodeKind::Aim)
        return;
    DriverNode node;
    node.kind = kind;
    if (kind == NodeKind::Change)
        node.status = ChangeStatus::NotTested;
    NodeDialog dialog(node, m_measures, this);
    dialog.setWindowTitle(tr("Add %1").arg(capitalised(nodeKindLabel(kind))));
    if (dialog.exec() != QDialog::Accepted)
        return;
    node = dialog.node();
    node.id = m_document->repository().newNodeId();
    // A new box drives the selected box one column left, or is driven by one a column right.
    std::vector<DriverLink> links;
    if (const DriverNode* selected = d->find(m_canvas->selected())) {
        if (columnOf(selected->kind) == columnOf(kind) - 1)
            links.push_back({node.id, selected->id, LinkStrength::Strong});
        else if (columnOf(selected->kind) == columnOf(kind) + 1)
            links.push_back({selected->id, node.id, LinkStrength::Strong});
    }
    if (perform(DiagramEdit::addNode(*m_document, d->year(), index, node, links)))
        m_canvas->select(node.id);
}

void DriverDiagramView::editNode(std::int64_t id)
{
    const DriverDiagram* d = m_document->diagram();
    const DriverNode* node = d ? d->find(id) : nullptr;
    if (!node || m_store.isReadOnly())
        return;
    NodeDialog dialog(*node, m_measures, this);
    if (node->kind == NodeKind::Aim)
        dialog.setAim(d->title(), d->aim());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (node->kind == NodeKind::Aim) {
        if (dialog.title() != d->title() || dialog.aim() != d->aim() || dialog.node() != *node)
            perform(
                DiagramEdit::editAim(*m_document, *d, dialog.title(), dialog.aim(), dialog.node()));
    } else if (dialog.node() != *node) {
        perform(DiagramEdit::editNode(*m_document, *d, dialog.node()));
    }
}

void DriverDiagramView::deleteNode(std::int64_t id)
{
    const DriverDiagram* d = m_document->diagram();
    const DriverNode* node = d ? d->find(id) : nullptr;
    if (!node || m_store.isReadOnly())
        return;
    if (node->kind == NodeKind::Aim) {
        showMessage(tr("The aim cannot be deleted; edit it instead."));
        return;
    }
    // Keep the keyboard where it was: select the box below (or above) the deleted one.
    const auto& column = d->column(node->kind);
    const int index = d->indexOf(id);
    const std::int64_t next = index + 1 < static_cast<int>(column.size())
                                  ? column[static_cast<size_t>(index + 1)].id
                              : index > 0 ? column[static_cast<size_t>(index - 1)].id
                                          : 0;
    if (perform(DiagramEdit::removeNode(*m_document, *d, id)))
        m_canvas->select(next);
}

void DriverDiagramView::moveNode(std::int64_t id, int index)
{
    const DriverDiagram* d = m_document->diagram();
    if (!d || !d->find(id) || m_store.isReadOnly() || d->indexOf(id) == index)
        return;
    perform(DiagramEdit::moveNode(*m_document, *d, id, index));
}

void DriverDiagramView::linkNodes(std::int64_t from, std::int64_t to, LinkStrength strength)
{
    const DriverDiagram* d = m_document->diagram();
    if (!d || m_store.isReadOnly())
        return;
    const DriverLink* existing = d->link(from, to);
    if (existing && existing->strength == strength) {
        showMessage(tr("Already linked."));
        return;
    }
    perform(DiagramEdit::setLink(*m_document, *d, {from, to, strength}));
}

void DriverDiagramView::editLinks(std::int64_t id)
{
    const DriverDiagram* d = m_document->diagram();
    if (!d || !d->find(id) || m_store.isReadOnly())
        return;
    LinkDialog dialog(*d, id, this);
    if (dialog.exec() != QDialog::Accepted || dialog.changes().empty())
        return;
    perform(DiagramEdit::changeLinks(*m_document, *d, tr("Change links of %1").arg(d->describe(id)),
                                     dialog.changes()));
}

void DriverDiagramView::arrange()
{
    const DriverDiagram* d = m_document->diagram();
    if (!d || m_store.isReadOnly())
        return;
    const int before = CrossingReduction::countCrossings(*d);
    const CrossingReduction::Orders orders = CrossingReduction::reduce(*d);
    if (orders == CrossingReduction::ordersOf(*d) && !d->orderedByHand()) {
        showMessage(tr("Already arranged: %n crossing link(s).", nullptr, before));
        updateActions();
        return;
    }
    if (perform(DiagramEdit::arrange(*m_document, *d, orders)))
        showMessage(tr("Arranged, and kept so: crossings %1 \u2192 %2.")
                        .arg(before)
                        .arg(CrossingReduction::countCrossings(*m_document->diagram())));
}

void DriverDiagramView::orderByHand()
{
    const DriverDiagram* d = m_document->diagram();
    if (!d || m_store.isReadOnly() || d->orderedByHand())
        return;
    if (perform(DiagramEdit::orderByHand(*m_document, *d)))
        showMessage(tr("The columns keep the order you give them."));
}

void DriverDiagramView::carryForward()
{
    const DriverDiagram* d = m_document->diagram();
    if (!d || m_store.isReadOnly())
        return;
    const int next = d->year() + 1;
    if (m_document->repository().contains(next)) {
        QMessageBox::information(
            this, tr("Carry Forward"),
            tr("%1 already has a driver diagram. Compare Years shows how it differs from %2's.")
                .arg(next)
                .arg(d->year()));
        return;
    }
    const DriverDiagram copy =
        m_document->repository().withNewIds(DiagramDiff::carriedForward(*d, next));
    perform(DiagramEdit::storeDiagram(*m_document, tr("Carry forward to %1").arg(next), copy,
                                      std::nullopt));
}

void DriverDiagramView::newDiagram()
{
    if (m_store.isReadOnly())
        return;
    const auto& years = m_document->years();
    std::optional<int> existing;
    const auto diagram = DiagramPrompts::newDiagram(
        this, m_document->repository(), loadMeasures(m_store.db()),
        years.empty() ? QDate::currentDate().year() : years.back() + 1, &existing);
    if (existing)
        showYear(*existing);
    if (diagram)
        perform(DiagramEdit::storeDiagram(*m_document, tr("New %1 diagram").arg(diagram->year()),
                                          *diagram, std::nullopt));
}

void DriverDiagramView::compareYears()
{
    const auto& years = m_document->years();
    if (years.size() < 2)
        return;
    const int to = m_document->diagram() ? m_document->year() : years.back();
    const auto at = std::find(years.begin(), years.end(), to);
    const int from = at != years.begin() ? *(at - 1) : years[1];
    DiagramDiffDialog dialog(*m_document, from == to ? years.front() : from, to, this);
    dialog.exec();
}

void DriverDiagramView::deleteDiagram()
{
    const DriverDiagram* d = m_document->diagram();
    if (!d || m_store.isReadOnly())
        return;
    if (QMessageBox::question(
            this, tr("Delete Diagram"),
            tr("Delete the %1 driver diagram? Undo brings it back.").arg(d->year())) !=
        QMessageBox::Yes)
        return;
    perform(DiagramEdit::removeDiagram(*m_document, *d));
}

void DriverDiagramView::chooseExport()
{
    const DriverDiagram* d = m_document->diagram();
    if (!d)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Driver Diagram"), QStringLiteral("driver-diagram-%1.png").arg(d->year()),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF, one landscape page (*.pdf);;JSON "
           "(*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void DriverDiagramView::exportTo(const QString& path)
{
    const DriverDiagram* d = m_document->diagram();
    if (!d || !m_layout)
        return;
    const auto finished = [this, path](const QString& failure) {
        if (failure.isEmpty())
            showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        else
            QMessageBox::warning(this, tr("Export Driver Diagram"), failure);
        Q_EMIT exported(path, failure);
    };
    try {
        if (DiagramExporter::formatOf(path) != DiagramExporter::Format::Png) {
            DiagramExporter::write(path, *d, *m_layout);
            finished({});
            return;
        }
        // Drawn here; compressed and saved in the background, the slow part.
        const QImage image = DiagramExporter::image(*m_layout);
        BackgroundTask::run(
            this, tr("Saving %1...").arg(QFileInfo(path).fileName()), 0,
            [image, path](const BackgroundTask::Report& report) {
                savePng(image, path, [&] { return report(0, QString()); });
            },
            [this, finished](const QString& failure, bool cancelled) {
                if (cancelled)
                    showMessage(tr("Cancelled: the diagram was not saved."));
                else
                    finished(failure);
            });
    } catch (const Error& error) {
        finished(QString::fromStdString(error.what()));
    }
}

void DriverDiagramView::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Driver Diagram"), QString(),
                                                      tr("JSON (*.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

void DriverDiagramView::importFrom(const QString& path)
{
    if (m_store.isReadOnly())
        return;
    if (const auto import = DiagramPrompts::importDiagram(this, m_document->repository(), path))
        perform(DiagramEdit::storeDiagram(*m_document,
                                          tr("Import the %1 diagram").arg(import->diagram.year()),
                                          import->diagram, import->replaced));
}

} // namespace aco::ui
