#include "dashboardcolors.h"

namespace aco::ui {

QColor DashboardColors::tier(Tier tier)
{
    switch (tier) {
    case Tier::BelowBaseline:
        return {0xf1, 0xe4, 0xd8};
    case Tier::Baseline:
        return {0xc9, 0xdb, 0xe8};
    case Tier::Better:
        return {0x8c, 0xb4, 0xd2};
    case Tier::Best:
        return {0x3f, 0x7f, 0xb0};
    case Tier::ExtraCredit:
        return {0x1b, 0x3f, 0x63};
    }
    return ink();
}

} // namespace aco::ui
