#include "demo/demopanelfacts.h"

#include "claims/finalaction.h"
#include "claimsmeasures/factextractor.h"
#include "demo/democlaimsinput.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace aco::demo {

namespace {

constexpr std::int64_t linesPerClaim = 100000; // a line's record id: claim id * this + line number

std::int64_t sign(const Processing& processing)
{
    return processing.adjustment == 1 ? -1 : 1; // a cancellation's amounts count negative
}

} // namespace

DemoPanelFacts::DemoPanelFacts(const DemoClaimsInput& input, const ClaimsCodes& codes, const FactExtractor& extract,
                               size_t panel)
    : m_extract(extract),
      m_firstOfPanel(input.pcp(panel).panel.front()), m_facts(input.pcp(panel).panel.size())
{
    // Demographics and membership as the roster and each delivery's CCLF8 give them.
    const DemoProvider& pcp = input.pcp(panel);
    for (size_t position = 0; position < m_facts.size(); ++position) {
        const DemoBeneficiary& b = input.beneficiaries[pcp.panel[position]];
        BeneficiaryFacts& f = m_facts[position];
        f.birthDate = b.birthDate;
        f.sex = b.female ? 'F' : 'M';
        f.enrollment = codes.enrollment(b.profile.medicare(), b.profile.dual());
        for (int m = 0; m < monthCount; ++m)
            if (static_cast<int>(position) < pcp.plan[static_cast<size_t>(m)].members)
                f.memberMonths.push_back(firstPeriod.addMonths(m).toInt());
    }
}

void DemoPanelFacts::add(const MonthClaims& claims, const std::vector<DeliveredRecord>& records)
{
    // The records of a claim come together, each version's lines in order.
    for (size_t begin = 0; begin < records.size();) {
        size_t end = begin + 1;
        while (end < records.size() && records[end].part == records[begin].part &&
               records[end].claim == records[begin].claim)
            ++end;
        const DeliveredRecord* first = records.data() + begin;
        const DeliveredRecord* last = records.data() + end;
        if (first->part == DeliveredRecord::Part::A) {
            m_versions.clear();
            for (const DeliveredRecord* r = first; r != last; ++r)
                m_versions.push_back(r);
            related(claims);
        } else {
            // Each line is a record of its own, related to the same line of the other versions.
            std::int16_t lines = 0;
            for (const DeliveredRecord* r = first; r != last; ++r)
                lines = std::max<std::int16_t>(lines, static_cast<std::int16_t>(r->line + 1));
            for (std::int16_t line = 0; line < lines; ++line) {
                m_versions.clear();
                for (const DeliveredRecord* r = first; r != last; ++r)
                    if (r->line == line)
                        m_versions.push_back(r);
                related(claims);
            }
        }
        begin = end;
    }
}

std::int64_t DemoPanelFacts::signedPayment(const MonthClaims& claims, const DeliveredRecord& r) const
{
    if (r.part == DeliveredRecord::Part::A)
        return sign(r.processing) * claims.partA[r.claim].amountsAt(r.firstPaid).paymentCents();
    const bool physician = r.part == DeliveredRecord::Part::B;
    const PartBLine& line = physician ? claims.partB[r.claim].lines[static_cast<size_t>(r.line)]
                                      : claims.dme[r.claim].lines[static_cast<size_t>(r.line)];
    const double factor = physician ? claims.partB[r.claim].firstPaidFactor : claims.dme[r.claim].firstPaidFactor;
    return sign(r.processing) * (r.firstPaid ? firstPaidCents(line.paidCents, factor) : line.paidCents);
}

void DemoPanelFacts::related(const MonthClaims& claims)
{
    // A record delivered again (the same claim id and line) counts once.
    const auto recordId = [](const DeliveredRecord* r) {
        return r->part == DeliveredRecord::Part::A ? r->processing.claimId
                                                   : r->processing.claimId * linesPerClaim + r->line + 1;
    };
    std::sort(m_versions.begin(), m_versions.end(),
              [&](const DeliveredRecord* a, const DeliveredRecord* b) { return recordId(a) < recordId(b); });
    m_versions.erase(std::unique(m_versions.begin(), m_versions.end(),
                                 [&](const DeliveredRecord* a, const DeliveredRecord* b) { return recordId(a) == recordId(b); }),
                     m_versions.end());
    m_related.clear();
    for (const DeliveredRecord* r : m_versions) {
        RelatedClaim claim;
        claim.rowId = recordId(r);
        claim.adjustment = r->processing.adjustment;
        claim.effectiveDate = r->processing.effective;
        claim.cents = signedPayment(claims, *r);
        claim.claimId = r->processing.claimId;
        m_related.push_back(claim);
    }
    markFinalActions(m_related);
    for (const DeliveredRecord* r : m_versions) {
        const auto marked = std::find_if(m_related.begin(), m_related.end(),
                                         [&](const RelatedClaim& c) { return c.rowId == recordId(r); });
        feed(claims, *r, marked->action);
    }
}

std::vector<BeneficiaryFacts> DemoPanelFacts::finish()
{
    for (BeneficiaryFacts& f : m_facts)
        f.finish();
    return std::move(m_facts);
}

void DemoPanelFacts::feed(const MonthClaims& claims, const DeliveredRecord& record, int action)
{
    const Processing& processing = record.processing;
    if (record.part == DeliveredRecord::Part::A) {
        const PartAClaim& c = claims.partA[record.claim];
        BeneficiaryFacts& facts = m_facts[c.beneficiary - m_firstOfPanel];
        const PartAAmounts amounts = c.amountsAt(record.firstPaid);
        PartARecord r;
        r.id = processing.claimId;
        r.action = action;
        r.claimType = c.claimType;
        r.billType = c.billType;
        r.ccn = c.facility->ccn;
        r.from = c.from;
        r.thru = c.thru;
        r.paidCents = sign(processing) * amounts.paymentCents();
        r.excludedCents = sign(processing) * amounts.excludedCents();
        r.principalDx = c.principalDiagnosis;
        r.dischargeStatus = c.dischargeStatus;
        r.admissionType = c.admissionType;
        FactExtractor::spend(facts, FactExtractor::spending(r));
        if (action != RelatedClaim::Final)
            return;
        m_extract.partA(facts, r);
        // A final claim's lines, diagnoses (principal, admitting, others) and procedures.
        for (const PartALine& l : c.lines)
            m_extract.partALine(facts, r, l.revenueCenter, l.hcpcs, l.date);
        m_extract.partADiagnosis(facts, r, c.principalDiagnosis);
        if (*c.admittingDiagnosis)
            m_extract.partADiagnosis(facts, r, c.admittingDiagnosis);
        for (const char* code : c.otherDiagnoses)
            m_extract.partADiagnosis(facts, r, code);
        for (const auto& [code, date] : c.procedures)
            m_extract.partAProcedure(facts, r, code, date);
        return;
    }
    const std::int64_t cents = signedPayment(claims, record);
    if (record.part == DeliveredRecord::Part::Dme) {
        const DmeClaim& c = claims.dme[record.claim];
        FactExtractor::spend(m_facts[c.beneficiary - m_firstOfPanel],
                             FactExtractor::dmeSpending(c.lines[static_cast<size_t>(record.line)].date, cents));
        return;
    }
    const PartBClaim& c = claims.partB[record.claim];
    const PartBLine& l = c.lines[static_cast<size_t>(record.line)];
    std::string& diagnoses = m_diagnoses;
    diagnoses.clear();
    for (int d = 0; d < c.diagnosisCount; ++d) {
        if (d > 0)
            diagnoses += ' ';
        diagnoses += c.diagnoses[static_cast<size_t>(d)];
    }
    PartBRecord r;
    r.action = action;
    r.date = l.date;
    r.hcpcs = l.hcpcs;
    r.placeOfService = c.placeOf(l);
    r.renderingNpi = c.rendering->npi;
    r.paidCents = cents;
    r.allowedCents = sign(processing) * allowedCents(sign(processing) * cents);
    r.lineDx = c.diagnosisCount > 0 ? c.diagnoses[0] : "";
    r.diagnoses = diagnoses;
    BeneficiaryFacts& facts = m_facts[c.beneficiary - m_firstOfPanel];
    FactExtractor::spend(facts, FactExtractor::spending(r));
    if (action == RelatedClaim::Final)
        m_extract.partB(facts, r);
}

} // namespace aco::demo
