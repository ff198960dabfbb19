#include "claimsmeasures/factextractor.h"

#include "claimsmeasures/claimdates.h"

#include <algorithm>

namespace aco {

FactExtractor::FactExtractor(const ClaimsCodes& codes, const std::vector<std::pair<std::string, std::int64_t>>& primaryCare)
    : m_codes(codes)
{
    // Ties of attribution go to the smaller NPI: each PCP's rank in NPI order.
    std::vector<std::pair<std::string, std::int64_t>> byNpi = primaryCare;
    std::sort(byNpi.begin(), byNpi.end());
    for (size_t i = 0; i < byNpi.size(); ++i)
        m_primaryCare[byNpi[i].first] = {byNpi[i].second, static_cast<int>(i)};
}

bool FactExtractor::isAcuteStay(const PartARecord& claim) const
{
    return claim.claimType == 60 && claim.billType.size() >= 2 && claim.billType.substr(0, 2) == "11" &&
           m_codes.isAcuteHospital(claim.ccn);
}

void FactExtractor::partA(BeneficiaryFacts& facts, const PartARecord& claim) const
{
    facts.spending.emplace_back(claimdates::monthOf(claim.thru), claim.paidCents - claim.excludedCents);
    if (claim.action != 1)
        return;
    if (claim.claimType == 50)
        facts.hospice.emplace_back(claim.from, claim.thru);
    if (!claim.principalDx.empty())
        exclusion(facts, claim.principalDx, claim.thru);
    if (!isAcuteStay(claim))
        return;
    BeneficiaryFacts::Stay stay;
    stay.claimId = claim.id;
    stay.from = claim.from;
    stay.thru = claim.thru;
    stay.ccn = std::string(claim.ccn);
    stay.frequency = claim.billType.size() >= 3 ? claim.billType[2] : '1';
    stay.discharge = m_codes.discharge(claim.dischargeStatus);
    stay.elective = claim.admissionType == "3";
    stay.alwaysPlanned = !claim.principalDx.empty() && m_codes.isAlwaysPlannedDiagnosis(claim.principalDx);
    stay.paidCents = claim.paidCents;
    facts.inpatient.push_back(std::move(stay));
}

void FactExtractor::partALine(BeneficiaryFacts& facts, const PartARecord& claim, std::string_view revenueCenter,
                              std::string_view hcpcs, int date) const
{
    if (claim.action != 1)
        return;
    const int day = date != 0 ? date : claim.from;
    if (isOutpatient(claim) && m_codes.isEdRevenueCenter(revenueCenter))
        facts.edServices.push_back({day, claim.id, claim.paidCents});
    // Hospital clinic (13x), rural health clinic (71x) and FQHC (77x) visits follow up a
    // discharge; so do their encounter revenue centers.
    const std::string_view facility = claim.billType.substr(0, std::min<size_t>(2, claim.billType.size()));
    const bool clinic = facility == "13" || facility == "71" || facility == "77";
    if (clinic && (m_codes.isFollowUpVisit(hcpcs) || m_codes.isFollowUpRevenueCenter(revenueCenter)))
        facts.followUps.push_back(day);
    // Screenings, vaccines and wellness visits done in a hospital outpatient department.
    if (claim.claimType != 60 && !hcpcs.empty())
        service(facts, hcpcs, day);
}

void FactExtractor::partADiagnosis(BeneficiaryFacts& facts, const PartARecord& claim, std::string_view code) const
{
    if (claim.action == 1)
        exclusion(facts, code, claim.thru);
}

void FactExtractor::partAProcedure(BeneficiaryFacts& facts, const PartARecord& claim, std::string_view code,
                                   int date) const
{
    if (claim.action != 1)
        return;
    exclusion(facts, code, date != 0 ? date : claim.thru);
    for (auto it = facts.inpatient.rbegin(); it != facts.inpatient.rend(); ++it) {
        if (it->claimId != claim.id)
            continue;
        it->alwaysPlanned = it->alwaysPlanned || m_codes.isAlwaysPlannedProcedure(code);
        it->potentiallyPlanned = it->potentiallyPlanned || m_codes.isPotentiallyPlannedProcedure(code);
        break;
    }
}

void FactExtractor::partB(BeneficiaryFacts& facts, const PartBRecord& line) const
{
    facts.spending.emplace_back(claimdates::monthOf(line.date), line.paidCents);
    if (line.action != 1)
        return;
    if (m_codes.isPrimaryCareService(line.hcpcs, line.date / 10000, line.placeOfService)) {
        const auto pcp = m_primaryCare.find(std::string(line.renderingNpi));
        if (pcp != m_primaryCare.end())
            facts.primaryCare.push_back({line.date, pcp->second.id, pcp->second.npiRank, line.allowedCents});
    }
    if (m_codes.isEdHcpcs(line.hcpcs) || m_codes.isEdPlaceOfService(line.placeOfService))
        facts.edServices.push_back({line.date, 0, line.paidCents});
    if (m_codes.isFollowUpVisit(line.hcpcs))
        facts.followUps.push_back(line.date);
    service(facts, line.hcpcs, line.date);
    if (!line.lineDx.empty())
        exclusion(facts, line.lineDx, line.date);
    for (size_t begin = 0; begin < line.diagnoses.size();) {
        size_t end = line.diagnoses.find(' ', begin);
        if (end == std::string_view::npos)
            end = line.diagnoses.size();
        if (end > begin)
            exclusion(facts, line.diagnoses.substr(begin, end - begin), line.date);
        begin = end + 1;
    }
}

void FactExtractor::dme(BeneficiaryFacts& facts, int date, std::int64_t paidCents) const
{
    facts.spending.emplace_back(claimdates::monthOf(date), paidCents);
}

void FactExtractor::service(BeneficiaryFacts& facts, std::string_view hcpcs, int date) const
{
    if (m_codes.isWellnessVisit(hcpcs))
        facts.wellness.push_back(date);
    if (m_codes.isFluImmunization(hcpcs))
        facts.flu.push_back(date);
    if (m_codes.isMammogram(hcpcs))
        facts.mammograms.push_back(date);
    if (const int lookback = m_codes.colorectalLookbackMonths(hcpcs))
        facts.colorectal.push_back({date, lookback});
    exclusion(facts, hcpcs, date);
}

void FactExtractor::exclusion(BeneficiaryFacts& facts, std::string_view code, int date) const
{
    const ClaimsCodes::Exclusion why = m_codes.exclusion(code);
    if (why != ClaimsCodes::Exclusion::None)
        facts.exclusions.push_back({date, why});
}

void BeneficiaryFacts::finish()
{
    const auto sortUnique = [](std::vector<int>& dates) {
        std::sort(dates.begin(), dates.end());
        dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    };
    sortUnique(memberMonths);
    std::sort(edServices.begin(), edServices.end(), [](const EdService& a, const EdService& b) {
        return a.date != b.date ? a.date < b.date : a.claimId < b.claimId;
    });
    sortUnique(followUps);
    sortUnique(wellness);
    sortUnique(flu);
    sortUnique(mammograms);
    std::sort(spending.begin(), spending.end());
    size_t out = 0;
    for (size_t i = 0; i < spending.size(); ++i) {
        if (out > 0 && spending[out - 1].first == spending[i].first)
            spending[out - 1].second += spending[i].second;
        else
            spending[out++] = spending[i];
    }
    spending.resize(out);
    std::sort(primaryCare.begin(), primaryCare.end(),
              [](const PrimaryCare& a, const PrimaryCare& b) { return a.date < b.date; });
    std::sort(inpatient.begin(), inpatient.end(), [](const Stay& a, const Stay& b) {
        return a.from != b.from ? a.from < b.from : a.thru != b.thru ? a.thru < b.thru : a.claimId < b.claimId;
    });
    std::sort(colorectal.begin(), colorectal.end(),
              [](const Colorectal& a, const Colorectal& b) { return a.date < b.date; });
    std::sort(exclusions.begin(), exclusions.end(), [](const Excluded& a, const Excluded& b) { return a.date < b.date; });
    std::sort(hospice.begin(), hospice.end());
}

} // namespace aco
