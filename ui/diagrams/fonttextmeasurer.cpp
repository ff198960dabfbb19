#include "fonttextmeasurer.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace aco::ui {

namespace {

struct RoleFont
{
    int pixels;
    bool bold;
};

// Sizes in layout units (pixels on screen at 100%). The smallest, 12, prints at 7.5 pt or more
// on a Letter page when the demo diagram is fitted to it (see DiagramExporter).
constexpr RoleFont roleFonts[] = {
    {21, true},  // Title
    {13, false}, // Subtitle
    {13, true},  // Header
    {16, true},  // AimText
    {12, true},  // Label
    {14, false}, // Body
    {12, false}, // Detail
    {12, false}, // Legend
};

} // namespace

QFont FontTextMeasurer::font(TextRole role)
{
    const RoleFont& spec = roleFonts[static_cast<int>(role)];
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(spec.pixels);
    f.setBold(spec.bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false); // advances then add up the same on every paint device
    return f;
}

double FontTextMeasurer::smallestPixelSize()
{
    int smallest = roleFonts[0].pixels;
    for (const RoleFont& spec : roleFonts)
        smallest = std::min(smallest, spec.pixels);
    return smallest;
}

FontTextMeasurer::FontTextMeasurer()
{
    for (int r = 0; r < roleCount; ++r) {
        Metrics& m = m_metrics[static_cast<size_t>(r)];
        m.font = font(static_cast<TextRole>(r));
        const QFontMetricsF metrics(m.font);
        m.lineHeight = std::ceil(metrics.height() + 1.0);
        m.ascent = metrics.ascent() + 0.5;
    }
}

double FontTextMeasurer::width(const QString& text, TextRole role) const
{
    return QFontMetricsF(m_metrics[static_cast<size_t>(role)].font).horizontalAdvance(text);
}

double FontTextMeasurer::lineHeight(TextRole role) const
{
    return m_metrics[static_cast<size_t>(role)].lineHeight;
}

double FontTextMeasurer::ascent(TextRole role) const
{
    return m_metrics[static_cast<size_t>(role)].ascent;
}

} // namespace aco::ui
