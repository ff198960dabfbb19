#pragma once

#include "scorecards/scorecard.h"

#include <QAbstractScrollArea>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QToolBar;

namespace aco::ui {

// A scorecard's pages as they print, one below the other, in a document viewer: fit to the
// width or to a whole page, or at a zoom of its own (Ctrl+wheel, Ctrl+plus and Ctrl+minus, 100%
// for the printed size), and scrolled when larger than the view; double-click opens it full size in a window of its own.
// The zoom is kept (QSettings, per preview by its object name). Says what it is waiting for
// while there is no scorecard.
class ScorecardPreview : public QAbstractScrollArea
{
    Q_OBJECT

  public:
    enum class ZoomMode
    {
        FitWidth,
        FitPage,
        Fixed
    };

    // The zoom at which the measure table's 7.5-point text shows at 9 points: readable on screen
    // like the window's own text.
    static constexpr double readableZoom = 9.0 / 7.5;

    explicit ScorecardPreview(QWidget* parent = nullptr);

    void setScorecard(std::shared_ptr<const Scorecard> card);
    // Shows `message` instead of a page.
    void setMessage(const QString& message);
    const Scorecard* scorecard() const { return m_card.get(); }
    const QString& message() const { return m_message; }

    ZoomMode zoomMode() const { return m_mode; }
    // The zoom shown: 1 is the printed size (a point of the page is a point on screen).
    double zoom() const;
    void setZoomMode(ZoomMode mode);
    // Fixes the zoom at `zoom` (clamped to 25%-400%).
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    // The window opened by a double-click, while it is open.
    QWidget* fullSizeWindow() const { return m_fullSize; }
    void openFullSize();
    // The preview's width at which Fit Width shows the pages at `zoom`.
    int widthForZoom(double zoom) const;

    // Fit Width, Fit Page, Zoom In, Zoom Out, Actual Size: on the preview's bar and context menu.
    QAction* fitWidthAction() const { return m_fitWidth; }
    QAction* fitPageAction() const { return m_fitPage; }
    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }
    QAction* actualSizeAction() const { return m_actualSize; }

    QSize sizeHint() const override;

  Q_SIGNALS:
    void zoomChanged();

  protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

  private:
    QAction* addZoomAction(const QString& text, const QString& name, const QString& tip);
    // Device pixels per point of the page at `zoom`.
    double pixelsPerPoint(double zoom) const;
    QSizeF pageSize() const; // in pixels, at the zoom shown
    int pageCount() const;
    QSizeF documentSize() const; // the pages one below the other, in pixels at the zoom shown
    QRectF pageRect() const;     // of all the pages, in the viewport, scrolled
    void zoomAround(double zoom, const QPointF& anchor);
    void updateScrollBars();
    void showZoom();
    void keepZoom() const;
    void restoreZoom();

    std::shared_ptr<const Scorecard> m_card;
    QString m_message;
    ZoomMode m_mode = ZoomMode::FitWidth;
    double m_fixedZoom = 1.0;
    bool m_restored = false;
    QToolBar* m_bar = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QAction* m_fitWidth = nullptr;
    QAction* m_fitPage = nullptr;
    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_actualSize = nullptr;
    QPointer<QWidget> m_fullSize;
};

} // namespace aco::ui
