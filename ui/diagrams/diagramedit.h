#pragma once

#include "diagrams/crossingreduction.h"
#include "diagrams/driverdiagram.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace aco::ui {

class DiagramDocument;

// One user edit of the driver diagrams, undoable: a pair of steps that each call the model's own
// methods through DiagramDocument (one transaction each). Built by the named factories below,
// which capture whatever undoing needs (a removed node's place and links, a node's old fields).
// The view runs an edit once with apply() before pushing it, so that an edit the file refuses
// never reaches the undo stack; later redo() and undo() calls report failures to the document.
class DiagramEdit : public QUndoCommand
{
  public:
    using Step = std::function<void(DiagramDocument&)>;

    DiagramEdit(DiagramDocument& document, const QString& text, Step redo, Step undo);

    // Runs the edit for the first time; throws aco::Error when it cannot be done. The next
    // redo() (QUndoStack::push calls it) then does nothing.
    void apply();
    void redo() override;
    void undo() override;

    // Adds `node` at `index` of its column, with `links` (to or from it) in the same step.
    static DiagramEdit* addNode(DiagramDocument& document, int year, int index,
                                const DriverNode& node, const std::vector<DriverLink>& links = {});
    static DiagramEdit* removeNode(DiagramDocument& document, const DriverDiagram& diagram,
                                   std::int64_t id);
    static DiagramEdit* editNode(DiagramDocument& document, const DriverDiagram& diagram,
                                 const DriverNode& after);
    static DiagramEdit* moveNode(DiagramDocument& document, const DriverDiagram& diagram,
                                 std::int64_t id, int index);
    // Puts the columns in `orders` and leaves the diagram to the workbench to keep arranged;
    // moveNode() takes it back into the user's hands.
    static DiagramEdit* arrange(DiagramDocument& document, const DriverDiagram& diagram,
                                const CrossingReduction::Orders& orders);
    // Keeps the columns as they are from now on, whatever the crossings.
    static DiagramEdit* orderByHand(DiagramDocument& document, const DriverDiagram& diagram);
    // Adds the link, or changes its strength.
    static DiagramEdit* setLink(DiagramDocument& document, const DriverDiagram& diagram,
                                const DriverLink& link);
    static DiagramEdit* removeLink(DiagramDocument& document, const DriverDiagram& diagram,
                                   std::int64_t from, std::int64_t to);
    // Several links of one node set (a strength) or removed (none) in one step.
    struct LinkChange
    {
        std::int64_t from = 0;
        std::int64_t to = 0;
        std::optional<LinkStrength> strength;
    };
    static DiagramEdit* changeLinks(DiagramDocument& document, const DriverDiagram& diagram,
                                    const QString& text, const std::vector<LinkChange>& changes);
    static DiagramEdit* editAim(DiagramDocument& document, const DriverDiagram& diagram,
                                const QString& title, const Aim& aim, const DriverNode& aimNode);
    // Stores `diagram` as its year's; undoing restores `replaced`, or removes the year.
    static DiagramEdit* storeDiagram(DiagramDocument& document, const QString& text,
                                     const DriverDiagram& diagram,
                                     const std::optional<DriverDiagram>& replaced);
    static DiagramEdit* removeDiagram(DiagramDocument& document, const DriverDiagram& diagram);

  private:
    void run(const Step& step);

    DiagramDocument& m_document;
    Step m_redo;
    Step m_undo;
    bool m_applied = false;
};

} // namespace aco::ui
