#include "scorecardpreview.h"

#include "scorecardpainter.h"

#include <QAction>
#include <QDialog>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace aco::ui {

namespace {

constexpr double minimumZoom = 0.25;
constexpr double maximumZoom = 4.0;
// The steps of Zoom In and Zoom Out, as document viewers offer them.
constexpr std::array<double, 15> zoomSteps = {0.25, 0.33, 0.5, 0.67, 0.75, 0.85, 1.0, 1.1,
                                              1.25, 1.5,  1.75, 2.0, 2.5,  3.0,  4.0};
constexpr int paper = 10;  // pixels of background around the pages
constexpr int pageGap = 8; // pixels between pages

const QString fitWidthValue = QStringLiteral("fit-width");
const QString fitPageValue = QStringLiteral("fit-page");

} // namespace

ScorecardPreview::ScorecardPreview(QWidget* parent) : QAbstractScrollArea(parent)
{
    setMinimumWidth(240);
    setAccessibleName(tr("Scorecard preview"));
    setFocusPolicy(Qt::StrongFocus); // a click gives it the keyboard's zoom shortcuts
    setBackgroundRole(QPalette::Dark);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);

    m_bar = new QToolBar(this);
    m_bar->setObjectName(QStringLiteral("previewZoomBar"));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar->setAutoFillBackground(true);
    m_fitWidth = addZoomAction(tr("Fit &Width"), QStringLiteral("fitWidth"),
                               tr("Zoom so that the page fills the width"));
    m_fitPage = addZoomAction(tr("Fit &Page"), QStringLiteral("fitPage"),
                              tr("Zoom so that the whole page shows"));
    m_bar->addSeparator();
    m_zoomOut = addZoomAction(QStringLiteral("\u2212"), QStringLiteral("zoomOut"),
                              tr("Zoom out (Ctrl+minus, or Ctrl+wheel)"));
    m_zoomLabel = new QLabel(m_bar);
    m_zoomLabel->setObjectName(QStringLiteral("previewZoom"));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("400%")) + 8);
    m_zoomLabel->setToolTip(tr("The zoom: 100% is the printed size"));
    m_bar->addWidget(m_zoomLabel);
    m_zoomIn = addZoomAction(QStringLiteral("+"), QStringLiteral("zoomIn"),
                             tr("Zoom in (Ctrl+plus, or Ctrl+wheel)"));
    m_actualSize = addZoomAction(tr("100%"), QStringLiteral("actualSize"),
                                 tr("The printed size (Ctrl+0)"));
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut->setShortcuts(QKeySequence::ZoomOut);
    m_actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitWidth->setCheckable(true);
    m_fitPage->setCheckable(true);
    connect(m_fitWidth, &QAction::triggered, this, [this] { setZoomMode(ZoomMode::FitWidth); });
    connect(m_fitPage, &QAction::triggered, this, [this] { setZoomMode(ZoomMode::FitPage); });
    connect(m_zoomIn, &QAction::triggered, this, &ScorecardPreview::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &ScorecardPreview::zoomOut);
    connect(m_actualSize, &QAction::triggered, this, [this] { setZoom(1.0); });
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setViewportMargins(0, m_bar->sizeHint().height(), 0, 0);
    showZoom();
}

QAction* ScorecardPreview::addZoomAction(const QString& text, const QString& name,
                                         const QString& tip)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setToolTip(tip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_bar->addAction(action);
    addAction(action); // the context menu, and the shortcuts while the preview has the focus
    return action;
}

void ScorecardPreview::setScorecard(std::shared_ptr<const Scorecard> card)
{
    m_card = std::move(card);
    m_message.clear();
    setToolTip(m_card ? tr("%1's scorecard as it prints; double-click to open it full size")
                            .arg(m_card->provider.displayName())
                      : QString());
    updateScrollBars();
    viewport()->update();
}

void ScorecardPreview::setMessage(const QString& message)
{
    m_card.reset();
    m_message = message;
    setToolTip(QString());
    updateScrollBars();
    viewport()->update();
}

QSize ScorecardPreview::sizeHint() const
{
    const int width = 480;
    return {width, m_bar->sizeHint().height() +
                       static_cast<int>(width * ScorecardPainter::pageHeight /
                                        ScorecardPainter::pageWidth)};
}

double ScorecardPreview::pixelsPerPoint(double zoom) const
{
    return zoom * logicalDpiX() / 72.0;
}

double ScorecardPreview::zoom() const
{
    const double atFullSize = pixelsPerPoint(1.0);
    const double width = (viewport()->width() - 2 * paper) / (ScorecardPainter::pageWidth * atFullSize);
    const double height =
        (viewport()->height() - 2 * paper) / (ScorecardPainter::pageHeight * atFullSize);
    double zoom = m_fixedZoom;
    if (m_mode == ZoomMode::FitWidth)
        zoom = width;
    else if (m_mode == ZoomMode::FitPage)
        zoom = std::min(width, height);
    return std::clamp(zoom, minimumZoom / 2, maximumZoom);
}

void ScorecardPreview::setZoomMode(ZoomMode mode)
{
    m_mode = mode;
    updateScrollBars();
    showZoom();
    keepZoom();
    viewport()->update();
    Q_EMIT zoomChanged();
}

void ScorecardPreview::setZoom(double zoom)
{
    zoomAround(zoom, QPointF(viewport()->width() / 2.0, 0.0));
}

void ScorecardPreview::zoomIn()
{
    const double now = zoom();
    const auto next = std::upper_bound(zoomSteps.begin(), zoomSteps.end(), now + 0.005);
    setZoom(next == zoomSteps.end() ? maximumZoom : *next);
}

void ScorecardPreview::zoomOut()
{
    const double now = zoom();
    const auto next = std::lower_bound(zoomSteps.begin(), zoomSteps.end(), now - 0.005);
    setZoom(next == zoomSteps.begin() ? minimumZoom : *std::prev(next));
}

// Keeps the point of the page under `anchor` (in the viewport) where it is.
void ScorecardPreview::zoomAround(double zoom, const QPointF& anchor)
{
    const QRectF before = pageRect();
    const QPointF onPage((anchor.x() - before.left()) / before.width(),
                         (anchor.y() - before.top()) / before.height());
    m_mode = ZoomMode::Fixed;
    m_fixedZoom = std::clamp(zoom, minimumZoom, maximumZoom);
    updateScrollBars();
    const QSizeF size = documentSize();
    horizontalScrollBar()->setValue(
        static_cast<int>(std::lround(paper + onPage.x() * size.width() - anchor.x())));
    verticalScrollBar()->setValue(
        static_cast<int>(std::lround(paper + onPage.y() * size.height() - anchor.y())));
    showZoom();
    keepZoom();
    viewport()->update();
    Q_EMIT zoomChanged();
}

QSizeF ScorecardPreview::pageSize() const
{
    const double scale = pixelsPerPoint(zoom());
    return {ScorecardPainter::pageWidth * scale, ScorecardPainter::pageHeight * scale};
}

int ScorecardPreview::pageCount() const
{
    return m_card ? ScorecardPainter::pageCount(*m_card) : 1;
}

QSizeF ScorecardPreview::documentSize() const
{
    const QSizeF page = pageSize();
    return {page.width(), page.height() * pageCount() + (pageCount() - 1) * pageGap};
}

QRectF ScorecardPreview::pageRect() const
{
    const QSizeF size = documentSize();
    // Centred while narrower than the view, else from the scrolled edge.
    const double x = size.width() + 2 * paper <= viewport()->width()
                         ? (viewport()->width() - size.width()) / 2.0
                         : paper - horizontalScrollBar()->value();
    const double y = size.height() + 2 * paper <= viewport()->height()
                         ? paper
                         : paper - verticalScrollBar()->value();
    return {QPointF(x, y), size};
}

void ScorecardPreview::updateScrollBars()
{
    const QSizeF size = m_card ? documentSize() : QSizeF();
    const auto range = [](QScrollBar* bar, double content, int shown) {
        // Less a hair: at Fit Width the page's width, computed back from the view's, may come
        // out a rounding error wider, which would scroll by one pixel.
        bar->setRange(0, std::max(0, static_cast<int>(std::ceil(content + 2 * paper - 1e-6)) - shown));
        bar->setPageStep(shown);
        bar->setSingleStep(std::max(1, shown / 20));
    };
    range(horizontalScrollBar(), size.width(), viewport()->width());
    range(verticalScrollBar(), size.height(), viewport()->height());
}

void ScorecardPreview::showZoom()
{
    m_zoomLabel->setText(QStringLiteral("%1%").arg(std::lround(zoom() * 100)));
    m_fitWidth->setChecked(m_mode == ZoomMode::FitWidth);
    m_fitPage->setChecked(m_mode == ZoomMode::FitPage);
}

void ScorecardPreview::keepZoom() const
{
    if (objectName().isEmpty())
        return;
    QSettings().setValue(QStringLiteral("preview/%1/zoom").arg(objectName()),
                         m_mode == ZoomMode::FitWidth  ? fitWidthValue
                         : m_mode == ZoomMode::FitPage ? fitPageValue
                                                       : QString::number(m_fixedZoom));
}

void ScorecardPreview::restoreZoom()
{
    // Once, when first shown: by then the preview has the object name it is kept under.
    if (std::exchange(m_restored, true) || objectName().isEmpty())
        return;
    const QString kept =
        QSettings().value(QStringLiteral("preview/%1/zoom").arg(objectName())).toString();
    bool number = false;
    const double fixed = kept.toDouble(&number);
    if (kept == fitPageValue)
        m_mode = ZoomMode::FitPage;
    else if (number && fixed > 0) {
        m_mode = ZoomMode::Fixed;
        m_fixedZoom = std::clamp(fixed, minimumZoom, maximumZoom);
    }
    updateScrollBars();
    showZoom();
}

void ScorecardPreview::showEvent(QShowEvent* event)
{
    restoreZoom();
    QAbstractScrollArea::showEvent(event);
}

void ScorecardPreview::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_bar->setGeometry(frameWidth(), frameWidth(), width() - 2 * frameWidth(),
                       m_bar->sizeHint().height());
    updateScrollBars();
    showZoom();
}

void ScorecardPreview::scrollContentsBy(int, int)
{
    viewport()->update();
}

void ScorecardPreview::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || !m_card) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // A notch (120) is one step of 10%, around the point under the mouse.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomAround(zoom() * std::pow(1.1, notches), event->position());
    event->accept();
}

void ScorecardPreview::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_card)
        openFullSize();
}

void ScorecardPreview::openFullSize()
{
    if (!m_card)
        return;
    if (m_fullSize)
        m_fullSize->close();
    auto* window = new QDialog(this);
    window->setObjectName(QStringLiteral("scorecardFullSize"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Scorecard: %1").arg(m_card->provider.displayName()));
    auto* full = new ScorecardPreview(window);
    full->setObjectName(QStringLiteral("fullSizePreview"));
    full->setScorecard(m_card);
    auto* layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(full);
    // The page at its printed size (fit to the width), as tall as the screen allows.
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
    const int width = std::min(available.width() * 9 / 10, widthForZoom(1.0));
    const int height = available.height() * 9 / 10;
    window->resize(width, height);
    m_fullSize = window;
    window->show();
    full->setFocus();
}

int ScorecardPreview::widthForZoom(double zoom) const
{
    // The pages are taller than they are wide, so at Fit Width the vertical scroll bar shows.
    return static_cast<int>(std::ceil(pixelsPerPoint(zoom) * ScorecardPainter::pageWidth)) +
           2 * paper + 2 * frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
}

void ScorecardPreview::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_card) {
        painter.fillRect(viewport()->rect(), palette().window());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                         Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    // The pages one below the other, each on white paper with a thin edge.
    const QRectF document = pageRect();
    const QSizeF size = pageSize();
    const double scale = pixelsPerPoint(zoom());
    for (int i = 0; i < pageCount(); ++i) {
        const QRectF page(document.topLeft() + QPointF(0, i * (size.height() + pageGap)), size);
        painter.save();
        painter.fillRect(page, Qt::white);
        painter.setPen(palette().color(QPalette::Shadow));
        painter.drawRect(page.adjusted(-0.5, -0.5, 0.5, 0.5));
        painter.translate(page.topLeft());
        painter.scale(scale, scale);
        ScorecardPainter().paint(painter, *m_card, 1, 1, i);
        painter.restore();
    }
}

} // namespace aco::ui
