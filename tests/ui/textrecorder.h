#pragma once

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QString>
#include <QTextItem>

#include <vector>

namespace aco::test {

// A page-sized paint device (612 x 792 points at 72 dpi) that keeps the text painted on it: each
// run's string as drawn (elided or not), its size in points on the page and where it sits.
// Everything else painted is dropped.
class TextRecorder : public QPaintDevice
{
public:
    struct Run
    {
        QString text;
        double points = 0;
        double y = 0; // the baseline, in points from the page's top
    };

    TextRecorder() : m_engine(*this) {}
    QPaintEngine* paintEngine() const override { return &m_engine; }
    const std::vector<Run>& runs() const { return m_runs; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 612;
        case PdmHeight:
            return 792;
        case PdmWidthMM:
            return 216;
        case PdmHeightMM:
            return 279;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 72;
        case PdmNumColors:
            return 256;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder& recorder) : QPaintEngine(AllFeatures), m_recorder(recorder) {}
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        Type type() const override { return User; }
        void updateState(const QPaintEngineState&) override {}
        void drawTextItem(const QPointF& at, const QTextItem& item) override
        {
            const QTransform t = painter()->combinedTransform();
            const QFont font = item.font();
            const double size = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF();
            m_recorder.m_runs.push_back({item.text(), size * t.m22(), t.map(at).y()});
        }
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
        void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override {}
        void drawTiledPixmap(const QRectF&, const QPixmap&, const QPointF&) override {}
        void drawPath(const QPainterPath&) override {}
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint*, int, PolygonDrawMode) override {}
        void drawRects(const QRectF*, int) override {}
        void drawRects(const QRect*, int) override {}
        void drawLines(const QLineF*, int) override {}
        void drawLines(const QLine*, int) override {}
        void drawEllipse(const QRectF&) override {}
        void drawEllipse(const QRect&) override {}
        void drawPoints(const QPointF*, int) override {}
        void drawPoints(const QPoint*, int) override {}

    private:
        TextRecorder& m_recorder;
    };

    mutable Engine m_engine;
    std::vector<Run> m_runs;
};

} // namespace aco::test
