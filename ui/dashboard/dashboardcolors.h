#pragma once

#include "measures/tierscheme.h"

#include <QColor>

namespace aco::ui {

// The dashboard's colours, shared by its tiles and the board packet so that both read alike.
struct DashboardColors
{
    static QColor ink() { return {0x20, 0x20, 0x20}; }
    static QColor muted() { return {0x55, 0x5f, 0x66}; }
    static QColor bar() { return {0x1f, 0x5f, 0x8b}; }
    static QColor track() { return {0xe4, 0xe9, 0xee}; }
    static QColor target() { return {0xb0, 0x5a, 0x00}; }
    static QColor focusRow() { return {0xdd, 0xea, 0xf5}; }
    static QColor nearBand() { return {0xf6, 0xe3, 0xc4}; } // within 10% short of a target
    static QColor msrLine() { return {0x2e, 0x8b, 0x57}; }
    static QColor msrBand() { return {0xf3, 0xe6, 0xd9}; } // savings too small to share
    // From pale to dark, so that the tiers read in order in black and white too.
    static QColor tier(Tier tier);
};

} // namespace aco::ui
