#include "diagramedit.h"

#include "diagramdocument.h"
#include "error.h"

namespace aco::ui {

namespace {

QString quotedText(const DriverNode& node)
{
    QString text = node.text.simplified();
    if (text.size() > 40)
        text = text.left(37) + QStringLiteral("...");
    return QStringLiteral("\u201C") + text + QStringLiteral("\u201D");
}

// Puts the columns in `orders`, ordered by hand or kept arranged; undoing restores both.
DiagramEdit* reorder(DiagramDocument& document, const DriverDiagram& diagram, const QString& text,
                     const CrossingReduction::Orders& orders, bool byHand)
{
    const CrossingReduction::Orders before = CrossingReduction::ordersOf(diagram);
    const bool wasByHand = diagram.orderedByHand();
    const int year = diagram.year();
    const auto apply = [year](const CrossingReduction::Orders& o, bool orderedByHand) {
        return [=](DiagramDocument& d) {
            d.change(year, [&](DriverDiagram& g) {
                for (int c = 0; c < nodeKindCount; ++c)
                    g.setOrder(kindOfColumn(c), o[static_cast<size_t>(c)]);
                g.setOrderedByHand(orderedByHand);
            });
        };
    };
    return new DiagramEdit(document, text, apply(orders, byHand), apply(before, wasByHand));
}

} // namespace

DiagramEdit::DiagramEdit(DiagramDocument& document, const QString& text, Step redo, Step undo)
    : m_document(document), m_redo(std::move(redo)), m_undo(std::move(undo))
{
    setText(text);
}

void DiagramEdit::apply()
{
    m_redo(m_document);
    m_applied = true;
}

void DiagramEdit::run(const Step& step)
{
    // QUndoStack calls these from its actions; an exception must not cross Qt's event loop.
    try {
        step(m_document);
    } catch (const Error& error) {
        m_document.reportFailure(QString::fromStdString(error.what()));
    }
}

void DiagramEdit::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    run(m_redo);
}

void DiagramEdit::undo()
{
    run(m_undo);
}

DiagramEdit* DiagramEdit::addNode(DiagramDocument& document, int year, int index,
                                  const DriverNode& node, const std::vector<DriverLink>& links)
{
    return new DiagramEdit(
        document, QStringLiteral("Add %1 %2").arg(nodeKindLabel(node.kind), quotedText(node)),
        [=](DiagramDocument& d) {
            d.change(year, [&](DriverDiagram& g) {
                g.insertNode(index, node);
                for (const DriverLink& link : links)
                    g.setLink(link);
            });
        },
        [=](DiagramDocument& d) {
            d.change(year, [&](DriverDiagram& g) { g.removeNode(node.id); });
        });
}

DiagramEdit* DiagramEdit::removeNode(DiagramDocument& document, const DriverDiagram& diagram,
                                     std::int64_t id)
{
    const DriverNode node = *diagram.find(id);
    const int index = diagram.indexOf(id);
    const std::vector<DriverLink> links = diagram.linksOf(id);
    const int year = diagram.year();
    return new DiagramEdit(
        document, QStringLiteral("Delete %1 %2").arg(nodeKindLabel(node.kind), quotedText(node)),
        [=](DiagramDocument& d) { d.change(year, [&](DriverDiagram& g) { g.removeNode(id); }); },
        [=](DiagramDocument& d) {
            d.change(year, [&](DriverDiagram& g) {
                g.insertNode(index, node);
                for (const DriverLink& link : links)
                    g.setLink(link);
            });
        });
}

DiagramEdit* DiagramEdit::editNode(DiagramDocument& document, const DriverDiagram& diagram,
                                   const DriverNode& after)
{
    const DriverNode before = *diagram.find(after.id);
    const int year = diagram.year();
    return new DiagramEdit(
        document, QStringLiteral("Edit %1 %2").arg(nodeKindLabel(after.kind), quotedText(after)),
        [=](DiagramDocument& d) { d.change(year, [&](DriverDiagram& g) { g.updateNode(after); }); },
        [=](DiagramDocument& d) {
            d.change(year, [&](DriverDiagram& g) { g.updateNode(before); });
        });
}

DiagramEdit* DiagramEdit::moveNode(DiagramDocument& document, const DriverDiagram& diagram,
                                   std::int64_t id, int index)
{
    // A box moved by hand puts the diagram in the user's order, which the workbench then keeps.
    DriverDiagram moved = diagram;
    moved.moveNode(id, index);
    return reorder(document, diagram, QStringLiteral("Move %1").arg(quotedText(*diagram.find(id))),
                   CrossingReduction::ordersOf(moved), true);
}

DiagramEdit* DiagramEdit::arrange(DiagramDocument& document, const DriverDiagram& diagram,
                                  const CrossingReduction::Orders& orders)
{
    return reorder(document, diagram, QStringLiteral("Arrange"), orders, false);
}

DiagramEdit* DiagramEdit::orderByHand(DiagramDocument& document, const DriverDiagram& diagram)
{
    return reorder(document, diagram, QStringLiteral("Order by hand"),
                   CrossingReduction::ordersOf(diagram), true);
}

DiagramEdit* DiagramEdit::setLink(DiagramDocument& document, const DriverDiagram& diagram,
                                  const DriverLink& link)
{
    const DriverLink* existing = diagram.link(link.from, link.to);
    const std::optional<DriverLink> before = existing ? std::optional(*existing) : std::nullopt;
    const int year = diagram.year();
    const QString text = before ? QStringLiteral("Make link %1") : QStringLiteral("Link %1");
    return new DiagramEdit(
        document,
        text.arg(quotedText(*diagram.find(link.from)) + QStringLiteral(" \u2192 ") +
                 quotedText(*diagram.find(link.to))),
        [=](DiagramDocument& d) { d.change(year, [&](DriverDiagram& g) { g.setLink(link); }); },
        [=](DiagramDocument& d) {
            d.change(year, [&](DriverDiagram& g) {
                if (before)
                    g.setLink(*before);
                else
                    g.removeLink(link.from, link.to);
            });
        });
}

DiagramEdit* DiagramEdit::removeLink(DiagramDocument& document, const DriverDiagram& diagram,
                                     std::int64_t from, std::int64_t to)
{
    const DriverLink link = *diagram.link(from, to);
    const int year = diagram.year();
    return new DiagramEdit(
        document,
        QStringLiteral("Unlink %1")
            .arg(quotedText(*diagram.find(from)) + QStringLiteral(" \u2192 ") +
                 quotedText(*diagram.find(to))),
        [=](DiagramDocument& d) {
            d.change(year, [&](DriverDiagram& g) { g.removeLink(from, to); });
        },
        [=](DiagramDocument& d) { d.change(year, [&](DriverDiagram& g) { g.setLink(link); }); });
}

DiagramEdit* DiagramEdit::changeLinks(DiagramDocument& document, const DriverDiagram& diagram,
                                      const QString& text, const std::vector<LinkChange>& changes)
{
    std::vector<LinkChange> before;
    for (const LinkChange& change : changes) {
        const DriverLink* link = diagram.link(change.from, change.to);
        before.push_back(
            {change.from, change.to, link ? std::optional(link->strength) : std::nullopt});
    }
    const int year = diagram.year();
    const auto apply = [year](const std::vector<LinkChange>& list) {
        return [=](DiagramDocument& d) {
            d.change(year, [&](DriverDiagram& g) {
                for (const LinkChange& c : list) {
                    if (c.strength)
                        g.setLink({c.from, c.to, *c.strength});
                    else
                        g.removeLink(c.from, c.to);
                }
            });
        };
    };
    return new DiagramEdit(document, text, apply(changes), apply(before));
}

DiagramEdit* DiagramEdit::editAim(DiagramDocument& document, const DriverDiagram& diagram,
                                  const QString& title, const Aim& aim, const DriverNode& aimNode)
{
    const QString oldTitle = diagram.title();
    const Aim oldAim = diagram.aim();
    const DriverNode oldNode = *diagram.aimNode();
    const int year = diagram.year();
    const auto apply = [year](const QString& t, const Aim& a, const DriverNode& n) {
        return [=](DiagramDocument& d) {
            d.change(year, [&](DriverDiagram& g) {
                g.setTitle(t);
                g.updateNode(n);
                g.setAim(a); // after the node, whose text it sets
            });
        };
    };
    return new DiagramEdit(document, QStringLiteral("Edit the aim"), apply(title, aim, aimNode),
                           apply(oldTitle, oldAim, oldNode));
}

DiagramEdit* DiagramEdit::storeDiagram(DiagramDocument& document, const QString& text,
                                       const DriverDiagram& diagram,
                                       const std::optional<DriverDiagram>& replaced)
{
    const int year = diagram.year();
    return new DiagramEdit(
        document, text, [=](DiagramDocument& d) { d.storeDiagram(diagram); },
        [=](DiagramDocument& d) {
            if (replaced)
                d.storeDiagram(*replaced);
            else
                d.removeDiagram(year);
        });
}

DiagramEdit* DiagramEdit::removeDiagram(DiagramDocument& document, const DriverDiagram& diagram)
{
    const int year = diagram.year();
    return new DiagramEdit(
        document, QStringLiteral("Delete the %1 diagram").arg(year),
        [=](DiagramDocument& d) { d.removeDiagram(year); },
        [=](DiagramDocument& d) { d.storeDiagram(diagram); });
}

} // namespace aco::ui
