#pragma once

#include <QString>

namespace aco {

// The kinds of text a driver diagram shows; each has its own font in the front end.
enum class TextRole
{
    Title,    // the diagram's title
    Subtitle, // what the metrics show, and when
    Header,   // column headings
    AimText,  // the aim's "what"
    Label,    // small headings inside the aim box ("HOW MUCH")
    Body,     // node text
    Detail,   // metrics, status, the aim's details
    Legend,
};

// Measures text for the layout, so that the core can wrap text and size boxes without a font
// engine; the window implements it with QFontMetricsF, tests with fixed-width characters.
class TextMeasurer
{
  public:
    virtual ~TextMeasurer() = default;
    // The advance width of `text` on one line.
    virtual double width(const QString& text, TextRole role) const = 0;
    // Baseline to baseline.
    virtual double lineHeight(TextRole role) const = 0;
    // Top of the line to its baseline.
    virtual double ascent(TextRole role) const = 0;
};

} // namespace aco
