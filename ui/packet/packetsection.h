#pragma once

#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QPainter;

namespace aco::ui {

// Paints one page of a packet section into `content`: the part of a landscape US Letter page
// (in points) inside the margins, between the page's heading and its footer.
using PacketPagePainter = std::function<void(QPainter& painter, const QRectF& content)>;

// One part of the board packet: the heading its pages carry and the pages themselves. Pages are
// painted on the thread that writes the packet, so a painter must not touch widgets.
struct PacketSection
{
    QString title;
    std::vector<PacketPagePainter> pages;
};

} // namespace aco::ui
