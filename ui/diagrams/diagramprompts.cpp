#include "diagramprompts.h"

#include "diagrams/diagramjson.h"
#include "diagrams/diagramrepository.h"
#include "error.h"
#include "nodedialog.h"

#include <QCoreApplication>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>

namespace aco::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("aco::ui::DiagramPrompts", text);
}

} // namespace

std::optional<DriverDiagram> DiagramPrompts::newDiagram(QWidget* parent,
                                                        DiagramRepository& repository,
                                                        const std::vector<Measure>& measures,
                                                        int suggestedYear,
                                                        std::optional<int>* existing)
{
    bool ok = false;
    const int year = QInputDialog::getInt(parent, tr("New Driver Diagram"), tr("Performance year:"),
                                          suggestedYear, 2012, 2100, 1, &ok);
    if (!ok)
        return std::nullopt;
    if (repository.contains(year)) {
        QMessageBox::information(parent, tr("New Driver Diagram"),
                                 tr("%1 already has a driver diagram.").arg(year));
        *existing = year;
        return std::nullopt;
    }
    DriverNode aimNode;
    aimNode.kind = NodeKind::Aim;
    NodeDialog dialog(aimNode, measures, parent);
    dialog.setWindowTitle(tr("The Aim of the %1 Diagram").arg(year));
    dialog.setAim(tr("Driver diagram %1").arg(year),
                  {QString(), QString(), QString(), tr("December 31, %1").arg(year)});
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    DriverDiagram diagram(year, dialog.title(), dialog.aim(), repository.newNodeId());
    DriverNode node = dialog.node();
    node.id = diagram.aimNode()->id;
    diagram.updateNode(node);
    diagram.setAim(dialog.aim());
    return diagram;
}

std::optional<DiagramPrompts::Import>
DiagramPrompts::importDiagram(QWidget* parent, DiagramRepository& repository, const QString& path)
{
    try {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error("'" + path.toStdString() + "' cannot be read (" +
                        file.errorString().toStdString() + ").");
        const DriverDiagram read = DiagramJson::read(
            file.readAll(), path, [&](const QString& code) { return repository.hasMeasure(code); });
        std::optional<DriverDiagram> replaced = repository.load(read.year());
        if (replaced && QMessageBox::question(parent, tr("Import Driver Diagram"),
                                              tr("Replace the %1 driver diagram with the one in "
                                                 "the file? Undo brings it back.")
                                                  .arg(read.year())) != QMessageBox::Yes)
            return std::nullopt;
        return Import{repository.withNewIds(read), std::move(replaced)};
    } catch (const Error& error) {
        QMessageBox::warning(parent, tr("Import Driver Diagram"),
                             QString::fromStdString(error.what()));
        return std::nullopt;
    }
}

} // namespace aco::ui
