#include "diagrams/diagramlayout.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace aco {

namespace {

constexpr double lineGap = 5.0; // between a node's text and its metric or status

// A box's content, placed relative to the box's top-left corner.
struct Content
{
    std::vector<PlacedText> lines;
    double height = 0.0;
    QRectF metricRect;
    QPointF metricIcon;
    QPointF changeIcon;
};

class ContentWriter
{
  public:
    ContentWriter(const TextMeasurer& measurer, double width) : m_measurer(measurer), m_width(width)
    {
        m_content.height = DiagramLayout::padding;
    }

    // Wrapped lines at `indent` from the padding; returns the top of the first line.
    double write(const QString& text, TextRole role, double indent = 0.0)
    {
        const double top = m_content.height;
        const double x = DiagramLayout::padding + indent;
        for (const QString& line : DiagramLayout::wrap(
                 text, m_width - 2 * DiagramLayout::padding - indent, role, m_measurer)) {
            PlacedText placed;
            placed.text = line;
            placed.role = role;
            placed.top = m_content.height;
            placed.height = m_measurer.lineHeight(role);
            placed.baseline = QPointF(x, placed.top + m_measurer.ascent(role));
            placed.width = m_measurer.width(line, role);
            m_content.lines.push_back(placed);
            m_content.height += placed.height;
        }
        return top;
    }

    void space(double height) { m_content.height += height; }

    Content finish()
    {
        m_content.height += DiagramLayout::padding;
        return std::move(m_content);
    }

    Content& content() { return m_content; }

  private:
    const TextMeasurer& m_measurer;
    double m_width;
    Content m_content;
};

Content contentOf(const DriverDiagram& diagram, const DriverNode& node,
                  const DiagramMetrics& metrics, const TextMeasurer& measurer, double width)
{
    ContentWriter writer(measurer, width);
    if (node.kind == NodeKind::Aim) {
        const Aim& aim = diagram.aim();
        writer.write(aim.what, TextRole::AimText);
        const std::pair<const char*, QString> details[] = {
            {"HOW MUCH", aim.howMuch}, {"FOR WHOM", aim.forWhom}, {"BY WHEN", aim.byWhen}};
        for (const auto& [label, value] : details) {
            if (value.trimmed().isEmpty())
                continue;
            writer.space(lineGap);
            writer.write(QString::fromLatin1(label), TextRole::Label);
            writer.write(value, TextRole::Detail);
        }
    } else {
        writer.write(node.text, TextRole::Body);
    }

    const auto metric = metrics.find(node.id);
    if (metric != metrics.end()) {
        writer.space(lineGap);
        const bool icon = metric->second.status.has_value();
        const double indent = icon ? DiagramLayout::iconSize + 5.0 : 0.0;
        const double top = writer.write(metric->second.valueLine, TextRole::Detail, indent);
        if (!metric->second.targetLine.isEmpty())
            writer.write(metric->second.targetLine, TextRole::Detail, indent);
        Content& c = writer.content();
        c.metricRect = QRectF(DiagramLayout::padding - 3, top - 2,
                              width - 2 * DiagramLayout::padding + 6, c.height - top + 4);
        c.metricIcon = QPointF(DiagramLayout::padding + DiagramLayout::iconSize / 2,
                               top + measurer.lineHeight(TextRole::Detail) / 2);
    }
    if (node.status) {
        // On the last line of text when it fits there, right-aligned; else on a line of its own.
        const QString label = changeStatusLabel(*node.status);
        const double labelWidth = measurer.width(label, TextRole::Detail);
        const double statusWidth = DiagramLayout::iconSize + 5.0 + labelWidth;
        Content& c = writer.content();
        const PlacedText& last = c.lines.back();
        const double inner = width - 2 * DiagramLayout::padding;
        if (metric == metrics.end() && last.role == TextRole::Body &&
            last.width + 14.0 + statusWidth <= inner) {
            const double x = width - DiagramLayout::padding - labelWidth;
            PlacedText placed;
            placed.text = label;
            placed.role = TextRole::Detail;
            placed.width = labelWidth;
            placed.height = measurer.lineHeight(TextRole::Detail);
            placed.baseline = QPointF(x, last.baseline.y());
            placed.top = last.baseline.y() - measurer.ascent(TextRole::Detail);
            c.lines.push_back(placed);
            c.changeIcon = QPointF(x - 5.0 - DiagramLayout::iconSize / 2,
                                   placed.top + measurer.lineHeight(TextRole::Detail) / 2);
        } else {
            writer.space(lineGap);
            const double top = writer.write(label, TextRole::Detail, DiagramLayout::iconSize + 5.0);
            c.changeIcon = QPointF(DiagramLayout::padding + DiagramLayout::iconSize / 2,
                                   top + measurer.lineHeight(TextRole::Detail) / 2);
        }
    }
    return writer.finish();
}

// Places boxes of `heights` in their order, at least `gap` apart, as close as possible (least
// squares) to the tops they want: pool-adjacent-violators on each top minus the room the boxes
// above it need, which turns the spacing constraints into plain "non-decreasing" ones.
std::vector<double> placeInOrder(const std::vector<double>& wanted,
                                 const std::vector<double>& heights, double gap)
{
    const size_t n = wanted.size();
    std::vector<double> offsets(n, 0.0);
    for (size_t i = 1; i < n; ++i)
        offsets[i] = offsets[i - 1] + heights[i - 1] + gap;
    struct Block
    {
        double sum;
        int count;
        double mean() const { return sum / count; }
    };
    std::vector<Block> blocks;
    for (size_t i = 0; i < n; ++i) {
        blocks.push_back({wanted[i] - offsets[i], 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
            blocks[blocks.size() - 2].sum += blocks.back().sum;
            blocks[blocks.size() - 2].count += blocks.back().count;
            blocks.pop_back();
        }
    }
    std::vector<double> tops;
    for (const Block& block : blocks)
        for (int k = 0; k < block.count; ++k)
            tops.push_back(block.mean() + offsets[tops.size()]);
    return tops;
}

} // namespace

QStringList DiagramLayout::wrap(const QString& text, double width, TextRole role,
                                const TextMeasurer& measurer)
{
    QStringList lines;
    QString line;
    bool broken = false; // `line` is the end of a word broken between characters
    const auto fits = [&](const QString& s) { return measurer.width(s, role) <= width; };
    for (const QString& word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fits(candidate)) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            lines.append(line);
        line = word;
        broken = false;
        while (!fits(line) && line.size() > 1) { // a word longer than the line: break it
            qsizetype cut = line.size() - 1;
            while (cut > 1 && !fits(line.left(cut)))
                --cut;
            lines.append(line.left(cut));
            line = line.mid(cut);
            broken = true;
        }
    }
    // A last word alone on its line reads as cut off ("not met, within" over "10%"): the line
    // above gives it its own last word when both still fit.
    if (!lines.isEmpty() && !broken && !line.contains(QLatin1Char(' '))) {
        QString& above = lines.last();
        const qsizetype space = above.lastIndexOf(QLatin1Char(' '));
        if (space > 0 && fits(above.mid(space + 1) + QLatin1Char(' ') + line)) {
            line = above.mid(space + 1) + QLatin1Char(' ') + line;
            above.truncate(space);
        }
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}

DiagramLayout DiagramLayout::compute(const DriverDiagram& diagram, const DiagramMetrics& metrics,
                                     const TextMeasurer& measurer, const QString& subtitle)
{
    return compute(diagram, metrics, measurer, subtitle, Geometry{});
}

DiagramLayout DiagramLayout::compute(const DriverDiagram& diagram, const DiagramMetrics& metrics,
                                     const TextMeasurer& measurer, const QString& subtitle,
                                     const Geometry& geometry)
{
    DiagramLayout layout;
    const std::array<double, nodeKindCount>& widths = geometry.columnWidths;
    const auto shown = [&widths](int c) { return widths[static_cast<size_t>(c)] > 0.0; };
    const double edge = geometry.margin;
    std::array<double, nodeKindCount> x{};
    double right = edge;
    for (int c = 0; c < nodeKindCount; ++c) {
        if (!shown(c))
            continue;
        if (right > edge)
            right += geometry.columnGap;
        x[static_cast<size_t>(c)] = right;
        right += widths[static_cast<size_t>(c)];
    }
    const double contentWidth = right - edge;
    const auto linkShown = [&](const DriverLink& l) {
        return shown(columnOf(diagram.find(l.from)->kind)) &&
               shown(columnOf(diagram.find(l.to)->kind));
    };

    // Title and subtitle.
    double y = edge;
    const auto addText = [&](const QString& text, TextRole role, double left, double width,
                             bool centred) {
        for (const QString& line : wrap(text, width, role, measurer)) {
            PlacedText placed;
            placed.text = line;
            placed.role = role;
            placed.width = measurer.width(line, role);
            placed.top = y;
            placed.height = measurer.lineHeight(role);
            placed.baseline = QPointF(centred ? left + (width - placed.width) / 2 : left,
                                      y + measurer.ascent(role));
            layout.m_texts.push_back(placed);
            y += placed.height;
        }
    };
    addText(diagram.title(), TextRole::Title, edge, contentWidth, false);
    if (!subtitle.isEmpty()) {
        y += 2;
        addText(subtitle, TextRole::Subtitle, edge, contentWidth, false);
    }
    y += 14;
    const double headerTop = y;
    double headerBottom = y;
    for (int c = 0; c < nodeKindCount; ++c) {
        if (!shown(c))
            continue;
        y = headerTop;
        addText(columnTitle(kindOfColumn(c)).toUpper(), TextRole::Header, x[static_cast<size_t>(c)],
                widths[static_cast<size_t>(c)], true);
        headerBottom = std::max(headerBottom, y);
    }
    const double nodesTop = headerBottom + 10;

    // Box contents, then heights.
    std::map<std::int64_t, Content> contents;
    std::array<std::vector<std::int64_t>, nodeKindCount> order;
    std::map<std::int64_t, double> heights;
    for (int c = 0; c < nodeKindCount; ++c) {
        if (!shown(c))
            continue;
        for (const DriverNode& node : diagram.column(kindOfColumn(c))) {
            contents[node.id] =
                contentOf(diagram, node, metrics, measurer, widths[static_cast<size_t>(c)]);
            heights[node.id] = contents[node.id].height;
            order[static_cast<size_t>(c)].push_back(node.id);
        }
    }

    // Each column starts stacked and centred on 0; then, a few times across the columns, every
    // node is pulled towards the mean height of the nodes it links to (the aim, which links to
    // every primary driver, only when there is nothing else).
    std::map<std::int64_t, double> tops;
    for (const auto& column : order) {
        double total = -nodeGap;
        for (const std::int64_t id : column)
            total += heights[id] + nodeGap;
        double top = -total / 2;
        for (const std::int64_t id : column) {
            tops[id] = top;
            top += heights[id] + nodeGap;
        }
    }
    std::map<std::int64_t, std::vector<std::int64_t>> neighbours;
    for (const DriverLink& l : diagram.links()) {
        if (!linkShown(l))
            continue;
        neighbours[l.from].push_back(l.to);
        neighbours[l.to].push_back(l.from);
    }
    const auto centre = [&](std::int64_t id) { return tops[id] + heights[id] / 2; };
    for (int round = 0; round < 8; ++round) {
        for (int step = 0; step < nodeKindCount; ++step) {
            const int c = round % 2 == 0 ? step : nodeKindCount - 1 - step;
            const auto& column = order[static_cast<size_t>(c)];
            if (column.empty())
                continue;
            std::vector<double> wanted;
            std::vector<double> h;
            for (const std::int64_t id : column) {
                double sum = 0.0;
                int count = 0;
                for (const int pass : {0, 1}) { // pass 1 only when pass 0 found no neighbour
                    if (pass == 1 && count > 0)
                        break;
                    for (const std::int64_t other : neighbours[id]) {
                        const bool isAim = diagram.find(other)->kind == NodeKind::Aim;
                        if (isAim == (pass == 0))
                            continue;
                        sum += centre(other);
                        ++count;
                    }
                }
                wanted.push_back(count > 0 ? sum / count - heights[id] / 2 : tops[id]);
                h.push_back(heights[id]);
            }
            const std::vector<double> placed = placeInOrder(wanted, h, nodeGap);
            for (size_t i = 0; i < column.size(); ++i)
                tops[column[i]] = placed[i];
        }
    }
    double highest = 0.0;
    double lowest = 0.0;
    bool first = true;
    for (const auto& [id, top] : tops) {
        highest = first ? top : std::min(highest, top);
        lowest = first ? top + heights[id] : std::max(lowest, top + heights[id]);
        first = false;
    }
    const double shift = nodesTop - highest;
    const double nodesBottom = tops.empty() ? nodesTop + 40 : lowest + shift;

    for (int c = 0; c < nodeKindCount; ++c) {
        if (!shown(c))
            continue;
        const auto cu = static_cast<size_t>(c);
        layout.m_columns[cu] = QRectF(x[cu], headerTop, widths[cu], nodesBottom - headerTop);
        for (size_t i = 0; i < order[cu].size(); ++i) {
            const std::int64_t id = order[cu][i];
            const DriverNode& node = *diagram.find(id);
            Content& content = contents[id];
            NodeBox box;
            box.id = id;
            box.kind = node.kind;
            box.index = static_cast<int>(i);
            box.rect = QRectF(x[cu], tops[id] + shift, widths[cu], heights[id]);
            const QPointF origin = box.rect.topLeft();
            for (PlacedText line : content.lines) {
                line.baseline += origin;
                line.top += origin.y();
                box.lines.push_back(line);
            }
            if (const auto metric = metrics.find(id); metric != metrics.end()) {
                box.metricRect = content.metricRect.translated(origin);
                box.metricIcon = content.metricIcon + origin;
                box.status = metric->second.status;
            }
            if (node.status) {
                box.changeStatus = node.status;
                box.changeIcon = content.changeIcon + origin;
            }
            layout.m_boxes.push_back(box);
        }
    }

    // Links: where several meet one side of a box they fan out a little, ordered by the height
    // of their other ends so that they do not cross at the box.
    std::map<std::int64_t, std::vector<std::pair<double, size_t>>>
        leftPorts; // box -> (other end's y, link)
    std::map<std::int64_t, std::vector<std::pair<double, size_t>>> rightPorts;
    for (const DriverLink& l : diagram.links()) {
        if (!linkShown(l))
            continue;
        const NodeBox* from = layout.box(l.from);
        const NodeBox* to = layout.box(l.to);
        LinkCurve curve{l.from, l.to, l.strength,
                        QPointF(from->rect.left(), from->rect.center().y()),
                        QPointF(to->rect.right(), to->rect.center().y())};
        leftPorts[l.from].emplace_back(to->rect.center().y(), layout.m_links.size());
        rightPorts[l.to].emplace_back(from->rect.center().y(), layout.m_links.size());
        layout.m_links.push_back(curve);
    }
    const auto spread = [&](auto& ports, bool start) {
        for (auto& [id, list] : ports) {
            std::stable_sort(list.begin(), list.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            const QRectF rect = layout.box(id)->rect;
            const double step =
                std::min(8.0, (rect.height() - 8) / static_cast<double>(list.size() + 1));
            const double topPort =
                rect.center().y() - step * static_cast<double>(list.size() - 1) / 2;
            for (size_t k = 0; k < list.size(); ++k) {
                LinkCurve& curve = layout.m_links[list[k].second];
                (start ? curve.start : curve.end).setY(topPort + step * static_cast<double>(k));
            }
        }
    };
    spread(leftPorts, true);
    spread(rightPorts, false);

    // The legend, in one or more rows under the nodes.
    y = nodesBottom + 20;
    double legendX = edge;
    const double rowHeight = std::max(measurer.lineHeight(TextRole::Legend), iconSize) + 4;
    using Symbol = LegendEntry::Symbol;
    const std::pair<Symbol, const char*> entries[] = {
        {Symbol::StrongLink, "strong link"}, {Symbol::WeakLink, "weak link"},
        {Symbol::Met, "target met"},
        {Symbol::Near, "not met, within 10% of target"},
        {Symbol::NotMet, "target not met"},  {Symbol::NotTested, "not yet tested"},
        {Symbol::Testing, "testing"},        {Symbol::Adopted, "adopted"},
        {Symbol::Abandoned, "abandoned"}};
    for (const auto& [symbol, word] : entries) {
        const bool line = symbol == Symbol::StrongLink || symbol == Symbol::WeakLink;
        const double symbolWidth = line ? 26.0 : iconSize;
        LegendEntry entry;
        entry.symbol = symbol;
        entry.label.text = QString::fromLatin1(word);
        entry.label.role = TextRole::Legend;
        entry.label.width = measurer.width(entry.label.text, TextRole::Legend);
        entry.label.height = measurer.lineHeight(TextRole::Legend);
        const double entryWidth = symbolWidth + 5 + entry.label.width;
        if (legendX > edge && legendX + entryWidth > edge + contentWidth) {
            legendX = edge;
            y += rowHeight;
        }
        entry.symbolRect = QRectF(legendX, y + (rowHeight - iconSize) / 2, symbolWidth, iconSize);
        entry.label.top = y + (rowHeight - entry.label.height) / 2;
        entry.label.baseline =
            QPointF(legendX + symbolWidth + 5, entry.label.top + measurer.ascent(TextRole::Legend));
        layout.m_legend.push_back(entry);
        legendX += entryWidth + 18;
    }
    layout.m_size = QSizeF(right + edge, y + rowHeight + edge);
    return layout;
}

const NodeBox* DiagramLayout::box(std::int64_t id) const
{
    for (const NodeBox& b : m_boxes)
        if (b.id == id)
            return &b;
    return nullptr;
}

const NodeBox* DiagramLayout::boxAt(QPointF point) const
{
    for (const NodeBox& b : m_boxes)
        if (b.rect.contains(point))
            return &b;
    return nullptr;
}

std::optional<NodeKind> DiagramLayout::columnAt(double x) const
{
    for (int c = 0; c < nodeKindCount; ++c) {
        const QRectF& r = m_columns[static_cast<size_t>(c)];
        if (!r.isNull() && x >= r.left() && x <= r.right())
            return kindOfColumn(c);
    }
    return std::nullopt;
}

int DiagramLayout::insertionIndex(NodeKind kind, double y, std::int64_t moving) const
{
    int index = 0;
    for (const NodeBox& b : m_boxes)
        if (b.kind == kind && b.id != moving && b.rect.center().y() < y)
            ++index;
    return index;
}

int DiagramLayout::overlaps() const
{
    int count = 0;
    for (size_t a = 0; a < m_boxes.size(); ++a)
        for (size_t b = a + 1; b < m_boxes.size(); ++b)
            if (m_boxes[a].rect.intersects(m_boxes[b].rect))
                ++count;
    return count;
}

} // namespace aco
