#pragma once

#include "diagrams/textmeasurer.h"

#include <QFont>

#include <array>

namespace aco::ui {

// Measures the driver diagram's text with QFontMetricsF and the fonts DiagramPainter draws with,
// so that the layout wraps text exactly where the painting will. Fonts are unhinted, in pixel
// sizes of layout units, so that measures hold on the screen, in PNG, SVG and PDF alike.
class FontTextMeasurer : public TextMeasurer
{
  public:
    FontTextMeasurer();

    static QFont font(TextRole role);
    // The smallest font the diagram uses, in layout units.
    static double smallestPixelSize();

    double width(const QString& text, TextRole role) const override;
    double lineHeight(TextRole role) const override;
    double ascent(TextRole role) const override;

  private:
    struct Metrics
    {
        QFont font;
        double lineHeight = 0.0;
        double ascent = 0.0;
    };
    static constexpr int roleCount = static_cast<int>(TextRole::Legend) + 1;
    std::array<Metrics, roleCount> m_metrics;
};

} // namespace aco::ui
