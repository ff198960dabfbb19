#include "claimsmeasures/claimsfacts.h"

#include "claimsmeasures/claimdates.h"
#include "claimsmeasures/factextractor.h"
#include "store/database.h"

#include <map>


namespace aco {

namespace {

int isoToInt(std::string_view iso)
{
    // "2025-12-15" -> 20251215; blank or malformed -> 0.
    if (iso.size() != 10)
        return 0;
    int value = 0;
    for (size_t i = 0; i < iso.size(); ++i) {
        if (i == 4 || i == 7)
            continue;
        if (iso[i] < '0' || iso[i] > '9')
            return 0;
        value = value * 10 + (iso[i] - '0');
    }
    return value;
}

// A final-action Part A claim, kept while its lines, diagnoses and procedures are read.
struct Header
{
    std::int64_t bene = 0;
    PartARecord record;
    char billType[3] = {' ', ' ', ' '};
};

} // namespace

int deliveryDataMonth(int fileDate)
{
    return claimdates::addMonths(claimdates::monthOf(fileDate), -1);
}

ClaimsFacts readClaimsFacts(const Database& db, const ClaimsCodes& codes)
{
    ClaimsFacts result;
    const auto size = static_cast<size_t>(db.queryInt64("SELECT coalesce(max(id), 0) FROM cclf_mbi") + 1);
    result.facts.resize(size);
    result.rosterId.resize(size);
    std::vector<std::int64_t> current(size);
    {
        auto mbis = db.prepare("SELECT m.id, m.current_id, b.id, b.birth_date, b.sex, b.death_date, "
                               "b.medicare_status, b.dual_status FROM cclf_mbi m "
                               "LEFT JOIN beneficiary b ON b.mbi = m.mbi");
        while (mbis.step()) {
            const auto id = static_cast<size_t>(mbis.int64(0));
            current[id] = mbis.int64(1);
            if (mbis.int64(1) != mbis.int64(0) || mbis.isNull(2))
                continue;
            result.rosterId[id] = mbis.int64(2);
            BeneficiaryFacts& f = result.facts[id];
            f.birthDate = isoToInt(mbis.utf8(3));
            const std::string_view sex = mbis.utf8(4);
            f.sex = sex.empty() ? 0 : sex.front();
            f.deathDate = isoToInt(mbis.utf8(5));
            f.enrollment = codes.enrollment(mbis.utf8(6), mbis.utf8(7));
        }
    }
    const auto factsOf = [&](std::int64_t bene) -> BeneficiaryFacts& {
        const auto i = static_cast<size_t>(bene);
        return result.facts[i < size && current[i] ? static_cast<size_t>(current[i]) : 0];
    };

    // Membership: the months of the monthly deliveries, then who was in each. Kept as one flat
    // table of beneficiaries by months, as are the months' spending: millions of rows come in no
    // order of beneficiary, and a flat table touches one place of memory for each.
    std::map<std::int64_t, int> deliveryMonth;
    auto deliveries = db.prepare("SELECT id, file_date FROM cclf_delivery WHERE kind = 'monthly'");
    while (deliveries.step()) {
        const int month = deliveryDataMonth(isoToInt(deliveries.utf8(1)));
        deliveryMonth[deliveries.int64(0)] = month;
        result.firstMonth = result.firstMonth == 0 ? month : std::min(result.firstMonth, month);
        result.lastMonth = std::max(result.lastMonth, month);
    }
    const size_t span = result.firstMonth == 0 ? 0 : static_cast<size_t>(claimdates::monthsBetween(result.firstMonth, result.lastMonth) + 1);
    const auto personOf = [&](std::int64_t bene) {
        const auto i = static_cast<size_t>(bene);
        return i < size ? static_cast<size_t>(current[i]) : 0;
    };
    std::vector<char> member(size * span);
    std::vector<std::int64_t> spent(size * span);
    auto members = db.prepare("SELECT delivery_id, bene_id FROM cclf_member");
    for (auto month = deliveryMonth.end(); members.step();) {
        if (month == deliveryMonth.end() || month->first != members.int64(0))
            month = deliveryMonth.find(members.int64(0));
        if (month != deliveryMonth.end())
            member[personOf(members.int64(1)) * span +
                   static_cast<size_t>(claimdates::monthsBetween(result.firstMonth, month->second))] = 1;
    }
    const auto spend = [&](std::int64_t bene, FactExtractor::Spent s) {
        const size_t person = personOf(bene);
        const int offset = span ? claimdates::monthsBetween(result.firstMonth, s.month) : -1;
        if (offset >= 0 && static_cast<size_t>(offset) < span)
            spent[person * span + static_cast<size_t>(offset)] += s.cents;
        else
            FactExtractor::spend(result.facts[person], s);
    };

    std::vector<std::pair<std::string, std::int64_t>> pcps;
    auto providers = db.prepare("SELECT npi, id FROM provider WHERE kind = 'primary_care'");
    while (providers.step())
        pcps.emplace_back(std::string(providers.utf8(0)), providers.int64(1));
    const FactExtractor extract(codes, pcps);

    // Part A headers: spending of every one; the final-action ones kept for their lines, which
    // come in the same order (their keys are the claim's id times a power of ten).
    std::vector<Header> headers;
    auto partA = db.prepare("SELECT id, bene_id, action, claim_type, bill_type, ccn, from_date, thru_date, "
                            "paid_cents, excluded_cents, principal_dx, discharge_status, admission_type "
                            "FROM claim_a ORDER BY id");
    while (partA.step()) {
        result.hasPartA = true;
        PartARecord r;
        r.id = partA.int64(0);
        r.action = partA.integer(2);
        r.claimType = partA.integer(3);
        r.billType = partA.utf8(4);
        r.ccn = partA.utf8(5);
        r.from = partA.integer(6);
        r.thru = partA.integer(7);
        r.paidCents = partA.int64(8);
        r.excludedCents = partA.int64(9);
        r.principalDx = partA.utf8(10);
        r.dischargeStatus = partA.utf8(11);
        r.admissionType = partA.utf8(12);
        spend(partA.int64(1), FactExtractor::spending(r));
        if (r.action != 1)
            continue;
        extract.partA(factsOf(partA.int64(1)), r);
        Header& h = headers.emplace_back();
        h.bene = partA.int64(1);
        for (size_t i = 0; i < 3 && i < r.billType.size(); ++i)
            h.billType[i] = r.billType[i];
        h.record = r;
        h.record.ccn = {};
        h.record.principalDx = {};
        h.record.dischargeStatus = {};
        h.record.admissionType = {};
    }
    for (Header& h : headers) // now that the vector no longer moves
        h.record.billType = std::string_view(h.billType, 3);
    // Walks the headers alongside a table of their lines in key order.
    const auto forEachWithHeader = [&](const char* sql, std::int64_t scale, const auto& each) {
        auto rows = db.prepare(sql);
        size_t at = 0;
        while (rows.step()) {
            const std::int64_t claim = rows.int64(0) / scale;
            while (at < headers.size() && headers[at].record.id < claim)
                ++at;
            if (at < headers.size() && headers[at].record.id == claim)
                each(headers[at], rows);
        }
    };
    forEachWithHeader("SELECT id, revenue_center, hcpcs, thru_date FROM claim_a_line ORDER BY id", 100000,
                      [&](const Header& h, const Statement& row) {
                          extract.partALine(factsOf(h.bene), h.record, row.utf8(1), row.utf8(2), row.integer(3));
                      });
    forEachWithHeader("SELECT id, code FROM claim_a_diagnosis ORDER BY id", 10000,
                      [&](const Header& h, const Statement& row) {
                          extract.partADiagnosis(factsOf(h.bene), h.record, row.utf8(1));
                      });
    // Procedures after the headers: a stay's planned procedures are set on the stay.
    forEachWithHeader("SELECT id, code, performed_date FROM claim_a_procedure ORDER BY id", 1000,
                      [&](const Header& h, const Statement& row) {
                          extract.partAProcedure(factsOf(h.bene), h.record, row.utf8(1), row.integer(2));
                      });

    auto partB = db.prepare("SELECT bene_id, action, thru_date, hcpcs, place_of_service, rendering_npi, "
                            "paid_cents, allowed_cents, line_dx, diagnoses FROM claim_b_line");
    while (partB.step()) {
        result.hasPartB = true;
        PartBRecord r;
        r.action = partB.integer(1);
        r.date = partB.integer(2);
        r.hcpcs = partB.utf8(3);
        r.placeOfService = partB.utf8(4);
        r.renderingNpi = partB.utf8(5);
        r.paidCents = partB.int64(6);
        r.allowedCents = partB.int64(7);
        r.lineDx = partB.utf8(8);
        r.diagnoses = partB.utf8(9);
        spend(partB.int64(0), FactExtractor::spending(r));
        if (r.action == 1)
            extract.partB(factsOf(partB.int64(0)), r);
    }
    auto dme = db.prepare("SELECT bene_id, thru_date, paid_cents FROM claim_dme_line");
    while (dme.step())
        spend(dme.int64(0), FactExtractor::dmeSpending(dme.integer(1), dme.int64(2)));

    for (size_t person = 0; person < size; ++person) {
        BeneficiaryFacts& f = result.facts[person];
        for (size_t m = 0; m < span; ++m) {
            const int month = claimdates::addMonths(result.firstMonth, static_cast<int>(m));
            if (member[person * span + m])
                f.memberMonths.push_back(month);
            if (const std::int64_t cents = spent[person * span + m])
                FactExtractor::spend(f, {month, cents});
        }
        f.finish();
    }
    return result;
}

} // namespace aco
