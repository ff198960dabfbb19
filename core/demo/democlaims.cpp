#include "claims/cclfdeliverywriter.h"
#include "demo/democarenetwork.h"
#include "demo/democlaimrecords.h"
#include "demo/democlaimscheduler.h"
#include "demo/democlaimsinput.h"
#include "demo/democontext.h"
#include "demo/demodeliveries.h"
#include "demo/demombichanges.h"
#include "demo/demopanelmonth.h"
#include "demo/demoprofiles.h"
#include "demo/demorandom.h"

#include <algorithm>

namespace aco::demo {

void writeClaims(DemoContext& context, DemoDeliveries& deliveries)
{
    context.report(0, "Writing CCLF claims");
    DemoRandom random(context.options.seed, ClaimsStream);
    const DemoClaimsInput input = DemoClaimsInput::read(context.db);
    const std::vector<BeneficiaryProfile> profiles = drawProfiles(input, random);
    const DemoCareNetwork network(input, random);
    const DemoMbiChanges mbis(input, profiles, random);
    DemoClaimRecords records(input, profiles);
    DemoPanelMonth generator(input, profiles, network, random);
    DemoClaimScheduler scheduler(deliveries, records, mbis, random);

    // What a delivery holds besides claims: the beneficiaries enrolled in its month (CCLF8) and
    // the whole MBI cross-reference known when it is made (CCLF9).
    const auto complete = [&](const DemoDeliveries::Delivery& delivery, CclfDeliveryWriter& out) {
        for (const auto& panel : input.panels) {
            const int members = panel.months[static_cast<size_t>(delivery.dataMonth)].members;
            for (int i = 0; i < members; ++i) {
                const size_t b = panel.beneficiaries[static_cast<size_t>(i)];
                records.beneficiary(out, b, mbis.mbiAt(b, delivery.calendarMonth),
                                    delivery.id.fileDate);
            }
        }
        for (const DemoMbiChanges::Link& link : mbis.linksKnownAt(delivery.calendarMonth))
            records.xref(out, link.current, link.previous, link.effective, link.obsolete);
    };

    const size_t panels = std::max<size_t>(1, input.panels.size());
    int reported = -1;
    const auto report = [&](size_t done) {
        const auto percent = static_cast<int>(100 * done / (panels * (monthCount + 1)));
        if (percent != reported)
            context.report(percent, "Writing CCLF claims");
        reported = percent;
    };
    for (int month = 0; month < monthCount; ++month) {
        for (size_t panel = 0; panel < input.panels.size(); ++panel) {
            scheduler.deliver(generator.generate(panel, month), month);
            report(static_cast<size_t>(month) * panels + panel);
        }
        // Nothing later is loaded in this month or before: its deliveries are complete.
        deliveries.finishThrough(month, complete);
    }
    deliveries.finishThrough(DemoDeliveries::lastCalendarMonth, complete);
}

} // namespace aco::demo
