#pragma once

#include "packetcontent.h"
#include "packetsection.h"

#include <QFont>

#include <optional>
#include <vector>

class QPainter;
class QPicture;

namespace aco::ui {

// The board packet's own pages, painted in points: the cover, the dashboard picture, the
// scenarios side by side and compared, the appendix of measure definitions, and each page's
// frame.
class PacketPages
{
  public:
    struct Contents
    {
        QString title;
        int page = 0;
    };

    static QFont font(double points, bool bold = false);

    static void paintCover(QPainter& painter, const QRectF& page, const PacketContent& content,
                           const std::vector<Contents>& contents);
    // The heading above a page's content and the footer below it.
    static void paintFrame(QPainter& painter, const QString& heading, const PacketContent& content,
                           int page, int pageCount);
    static void paintPicture(QPainter& painter, const QRectF& area, const QPicture& picture);
    // The scenarios side by side, at most four a page, then their comparison if there is one.
    static PacketSection scenarioSection(const std::vector<ScenarioSummary>& scenarios,
                                         const std::optional<ScenarioComparison>& comparison);
    // As many pages as the definitions need, each measure with its target for `year` (none in
    // `targets`: no target).
    static PacketSection appendixSection(const std::vector<Measure>& measures,
                                         const std::map<QString, MeasureTarget>& targets, int year,
                                         const QRectF& content);
};

} // namespace aco::ui
