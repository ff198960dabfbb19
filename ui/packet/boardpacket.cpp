#include "boardpacket.h"

#include "dashboard/dashboardview.h"
#include "diagrampages.h"
#include "error.h"
#include "packetpages.h"
#include "savefile.h"

#include <QCoreApplication>
#include <QLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSaveFile>

namespace aco::ui {

namespace {

QRectF contentRect()
{
    // Below the heading (32 pt under the running header's rule) and above the footer (22 pt).
    return {BoardPacket::margin, BoardPacket::margin + 32,
            BoardPacket::pageWidth - 2 * BoardPacket::margin,
            BoardPacket::pageHeight - 2 * BoardPacket::margin - 54};
}

// The width the dashboard is laid out at for print. Its pages are then 960 pixels wide, which
// fit the page's 720 points at 0.75 point a pixel: the tiles' text, 12 pixels in the default
// 9-pt font, prints at 9 pt, and the dense tables' cells at 8 pt. The second page fits its
// height at about the same scale with its tiles side by side (DashboardView::setArrangement).
constexpr int viewWidth = 976;

// The dashboard's widgets in their print arrangement, drawn once into a picture per page; the
// pictures then replay on any thread.
std::vector<std::shared_ptr<const QPicture>> dashboardPictures(const DashboardData& data)
{
    DashboardView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setArrangement(DashboardView::Arrangement::Print);
    view.setData(data);
    view.resize(viewWidth, view.sizeHint().height());
    // A window off screen needs no size limits; given them, the offscreen platform of the
    // command line warns on stderr that it cannot pass them on.
    view.layout()->setSizeConstraint(QLayout::SetNoConstraint);
    view.show();
    // Layouts and the chart settle in posted events and a first paint: let them run first. Then
    // the view takes the height its tiles need at this width (wrapped names are higher when
    // narrower), and settles again.
    const auto settle = [&view] {
        QCoreApplication::processEvents();
        view.grab();
        if (view.layout()->hasHeightForWidth())
            view.resize(viewWidth, view.layout()->totalHeightForWidth(viewWidth));
        QCoreApplication::processEvents();
        view.grab();
    };
    settle();
    // Names wrap where the page has room for them, else are elided: the text's size comes first.
    // Room: the second page prints at no less than 97% of the first's scale (its tables' cells,
    // 8.25 pt at the first's, at 8 pt).
    const QRect second = view.printPages().back();
    if (second.height() * contentRect().width() > 1.03 * second.width() * contentRect().height()) {
        view.setNamesWrapped(false);
        settle();
    }
    std::vector<std::shared_ptr<const QPicture>> pages;
    for (const QRect& part : view.printPages()) {
        auto picture = std::make_shared<QPicture>();
        QPainter painter(picture.get());
        view.render(&painter, QPoint(), QRegion(part));
        painter.end();
        picture->setBoundingRect(QRect(QPoint(), part.size())); // the part, not the whole view

        pages.push_back(std::move(picture));
    }
    return pages;
}

} // namespace

BoardPacket::BoardPacket(PacketContent content)
    : m_content(std::move(content)), m_dashboard(dashboardPictures(m_content.dashboard)),
      m_scenarios(PacketPages::scenarioSection(m_content.scenarios, m_content.comparison)),
      m_appendix(PacketPages::appendixSection(m_content.measures, m_content.targets,
                                              m_content.request.year, contentRect()))
{
    if (m_content.diagram)
        m_diagram = DiagramPages::layouts(*m_content.diagram, m_content.diagramMetrics,
                                          m_content.diagramCaption, contentRect().size());
}

BoardPacket::~BoardPacket() = default;

std::vector<PacketSection> BoardPacket::sections() const
{
    std::vector<PacketSection> result;
    PacketSection dashboard{QObject::tr("Dashboard"), {}};
    for (const auto& picture : m_dashboard)
        dashboard.pages.push_back([picture](QPainter& painter, const QRectF& area) {
            PacketPages::paintPicture(painter, area, *picture);
        });
    result.push_back(std::move(dashboard));
    if (!m_diagram.empty()) {
        PacketSection diagram{QObject::tr("Driver diagram %1").arg(m_content.request.year), {}};
        for (const DiagramLayout& layout : m_diagram)
            diagram.pages.push_back([layout](QPainter& painter, const QRectF& area) {
                DiagramPages::paint(painter, area, layout);
            });
        result.push_back(std::move(diagram));
    }
    if (!m_scenarios.pages.empty())
        result.push_back(m_scenarios);
    result.push_back(m_appendix);
    return result;
}

int BoardPacket::pageCount() const
{
    int pages = 1;
    for (const PacketSection& section : sections())
        pages += static_cast<int>(section.pages.size());
    return pages;
}

void BoardPacket::write(const QString& path, const Progress& progress) const
{
    const std::vector<PacketSection> parts = sections();
    std::vector<PacketPages::Contents> contents;
    int page = 2;
    for (const PacketSection& section : parts) {
        contents.push_back({section.title, page});
        page += static_cast<int>(section.pages.size());
    }
    const int total = page - 1;

    QSaveFile file(path);
    openSaveFile(file);
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(72); // device units are points
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Landscape,
                                      QMarginsF(0, 0, 0, 0)));
        pdf.setTitle(QObject::tr("%1 board packet, %2")
                         .arg(m_content.dashboard.aco.name)
                         .arg(m_content.request.year));
        pdf.setCreator(QStringLiteral("ACO Workbench"));
        QPainter painter(&pdf);
        painter.setRenderHint(QPainter::Antialiasing);
        const auto step = [&](int done) {
            if (progress && !progress(done, total)) {
                painter.end();
                file.cancelWriting();
                throw Error("Writing the board packet was cancelled; " + quoted(path) +
                            " was not written.");
            }
        };
        PacketPages::paintCover(painter, QRectF(0, 0, pageWidth, pageHeight), m_content, contents);
        PacketPages::paintFrame(painter, QString(), m_content, 1, total);
        step(1);
        int number = 1;
        for (const PacketSection& section : parts) {
            for (const PacketPagePainter& paint : section.pages) {
                pdf.newPage();
                ++number;
                painter.save();
                paint(painter, contentRect());
                painter.restore();
                PacketPages::paintFrame(painter, section.title, m_content, number, total);
                step(number);
            }
        }
    }
    commitSaveFile(file);
}

} // namespace aco::ui
