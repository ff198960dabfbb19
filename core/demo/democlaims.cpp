#include "demo/democlaims.h"

#include "claims/cclfdeliverywriter.h"
#include "claimsmeasures/factextractor.h"
#include "demo/democarenetwork.h"
#include "demo/democlaimrecords.h"
#include "demo/democlaimsinput.h"
#include "demo/demodeliveries.h"
#include "demo/demombichanges.h"
#include "demo/demopanelclaims.h"
#include "demo/demopanelfacts.h"
#include "demo/demopanelworkers.h"
#include "demo/demorandom.h"
#include "store/database.h"

#include <algorithm>
#include <memory>

namespace aco::demo {

namespace {

// The care network draws from its own stream, so that both passes over the claims see the same.
DemoCareNetwork careNetwork(const DemoContext& context, const DemoClaimsInput& input)
{
    DemoRandom random(context.options.seed, ClaimsStream);
    return DemoCareNetwork(input, random);
}

} // namespace

void writeClaimsResults(DemoContext& context)
{
    context.report(20, "Making the claims");
    const DemoClaimsInput input(context);
    const DemoCareNetwork network = careNetwork(context, input);
    const ClaimsCodes& codes = ClaimsCodes::builtIn();
    std::vector<std::pair<std::string, std::int64_t>> primaryCare;
    for (const DemoProvider& p : context.providers)
        if (p.primaryCare)
            primaryCare.emplace_back(p.npi, p.id);
    const FactExtractor extract(codes, primaryCare);

    // Each panel's three years of claims, as the deliveries bring them, become its beneficiaries'
    // facts and outcomes (on other threads); the aggregator adds them up as a load of the
    // deliveries does.
    ClaimsAggregator aggregator(context.db, firstPeriod.toInt(), lastPeriod.toInt());
    aggregator.setClaimsPresent(true, true);
    const int first = aggregator.firstMonth();
    const int last = aggregator.lastMonth();
    DemoPanelWorkers workers(input.panels.size(), [&](size_t panel) {
        DemoPanelClaims generator(input, network, panel);
        DemoPanelFacts facts(input, codes, extract, panel);
        MonthClaims claims;
        std::vector<DeliveredRecord> records;
        for (int month = 0; month < monthCount; ++month) {
            generator.generate(month, claims, records);
            facts.add(claims, records);
        }
        DemoPanelWorkers::Panel made;
        made.facts = facts.finish();
        for (const BeneficiaryFacts& f : made.facts)
            made.outcomes.push_back(f.memberMonths.empty() ? BeneficiaryOutcome() : computeOutcome(f, first, last));
        return made;
    });
    for (size_t panel = 0; panel < input.panels.size(); ++panel) {
        const DemoPanelWorkers::Panel made = workers.next();
        const DemoProvider& pcp = input.pcp(panel);
        for (size_t i = 0; i < made.facts.size(); ++i)
            aggregator.add(context.beneficiaries[pcp.panel[i]].id, made.facts[i], made.outcomes[i]);
        if (panel % 16 == 0)
            context.report(20 + static_cast<int>(65 * panel / input.panels.size()), "Making the claims");
    }
    context.report(85, "Writing results and expenditures from the claims");
    writePerformanceYears(context, aggregator.spending());
    aggregator.finish();
}

void writeClaims(DemoContext& context, DemoDeliveries& deliveries)
{
    context.report(0, "Writing CCLF claims");
    const DemoClaimsInput input(context);
    const DemoCareNetwork network = careNetwork(context, input);
    const DemoMbiChanges& mbis = *context.mbiChanges;
    std::vector<DemoClaimRecords::Identity> identities;
    identities.reserve(context.beneficiaries.size());
    auto roster = context.db.prepare("SELECT mbi, first_name, last_name FROM beneficiary ORDER BY id");
    while (roster.step())
        identities.push_back({std::string(roster.utf8(0)), std::string(roster.utf8(1)), std::string(roster.utf8(2))});
    DemoClaimRecords out(input, std::move(identities));
    std::vector<std::unique_ptr<DemoPanelClaims>> panels;
    for (size_t panel = 0; panel < input.panels.size(); ++panel)
        panels.push_back(std::make_unique<DemoPanelClaims>(input, network, panel));

    // The MBI a delivery writes for a beneficiary: the one current when it is made.
    const auto mbiIn = [&](std::uint32_t b, size_t delivery) {
        return mbis.mbiAt(b, DemoDeliveries::schedule()[delivery].calendarMonth, out.identity(b).mbi);
    };
    // What a delivery holds besides claims: the beneficiaries enrolled in its month (CCLF8) and
    // the whole MBI cross-reference known when it is made (CCLF9).
    const auto complete = [&](const DemoDeliveries::Delivery& delivery, CclfDeliveryWriter& writer) {
        for (size_t panel = 0; panel < input.panels.size(); ++panel) {
            const DemoProvider& pcp = input.pcp(panel);
            const int members = pcp.plan[static_cast<size_t>(delivery.dataMonth)].members;
            for (int i = 0; i < members; ++i) {
                const std::uint32_t b = pcp.panel[static_cast<size_t>(i)];
                out.beneficiary(writer, b, mbis.mbiAt(b, delivery.calendarMonth, out.identity(b).mbi),
                                delivery.id.fileDate);
            }
        }
        for (const DemoMbiChanges::Link& link : mbis.linksKnownAt(delivery.calendarMonth))
            out.xref(writer, link.current, link.previous, link.effective, link.obsolete);
    };

    const size_t count = std::max<size_t>(1, input.panels.size());
    int reported = -1;
    MonthClaims claims;
    std::vector<DeliveredRecord> records;
    std::vector<PartDFill> fills;
    std::vector<DemoClaimScheduler::DeliveredFill> delivered;
    for (int month = 0; month < monthCount; ++month) {
        for (size_t panel = 0; panel < input.panels.size(); ++panel) {
            panels[panel]->generate(month, claims, records);
            for (const DeliveredRecord& r : records) {
                CclfDeliveryWriter& writer = deliveries.writer(r.delivery);
                switch (r.part) {
                case DeliveredRecord::Part::A: {
                    const PartAClaim& c = claims.partA[r.claim];
                    out.partA(writer, c, r.firstPaid, r.processing, mbiIn(c.beneficiary, r.delivery));
                    break;
                }
                case DeliveredRecord::Part::B: {
                    const PartBClaim& c = claims.partB[r.claim];
                    out.partB(writer, c, static_cast<size_t>(r.line), r.firstPaid, r.processing,
                              mbiIn(c.beneficiary, r.delivery));
                    break;
                }
                case DeliveredRecord::Part::Dme: {
                    const DmeClaim& c = claims.dme[r.claim];
                    out.dme(writer, c, static_cast<size_t>(r.line), r.firstPaid, r.processing,
                            mbiIn(c.beneficiary, r.delivery));
                    break;
                }
                }
            }
            panels[panel]->fills(fills, delivered);
            for (const DemoClaimScheduler::DeliveredFill& d : delivered) {
                const PartDFill& fill = fills[d.fill];
                out.partD(deliveries.writer(d.delivery), fill, d.processing, mbiIn(fill.beneficiary, d.delivery));
            }
            const auto percent = static_cast<int>(100 * (static_cast<size_t>(month) * count + panel) /
                                                  (count * (monthCount + 1)));
            if (percent != reported)
                context.report(percent, "Writing CCLF claims");
            reported = percent;
        }
        // Nothing later is loaded in this month or before: its deliveries are complete.
        deliveries.finishThrough(month, complete);
    }
    deliveries.finishThrough(DemoDeliveries::lastCalendarMonth, complete);
}

} // namespace aco::demo
