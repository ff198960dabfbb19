#include "claimsmeasures/claimsfacts.h"

#include "claimsmeasures/claimdates.h"
#include "claimsmeasures/factextractor.h"
#include "store/database.h"

#include <unordered_map>

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

    auto members = db.prepare("SELECT m.bene_id, d.file_date FROM cclf_member m "
                              "JOIN cclf_delivery d ON d.id = m.delivery_id WHERE d.kind = 'monthly'");
    while (members.step()) {
        const int month = deliveryDataMonth(isoToInt(members.utf8(1)));
        factsOf(members.int64(0)).memberMonths.push_back(month);
        result.firstMonth = result.firstMonth == 0 ? month : std::min(result.firstMonth, month);
        result.lastMonth = std::max(result.lastMonth, month);
    }

    std::vector<std::pair<std::string, std::int64_t>> pcps;
    auto providers = db.prepare("SELECT npi, id FROM provider WHERE kind = 'primary_care'");
    while (providers.step())
        pcps.emplace_back(std::string(providers.utf8(0)), providers.int64(1));
    const FactExtractor extract(codes, pcps);

    // Part A headers: spending of every one; the final-action ones kept for their lines.
    std::unordered_map<std::int64_t, Header> headers;
    auto partA = db.prepare("SELECT id, bene_id, action, claim_type, bill_type, ccn, from_date, thru_date, "
                            "paid_cents, excluded_cents, principal_dx, discharge_status, admission_type "
                            "FROM claim_a");
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
        extract.partA(factsOf(partA.int64(1)), r);
        if (r.action != 1)
            continue;
        Header& h = headers[r.id];
        h.bene = partA.int64(1);
        for (size_t i = 0; i < 3 && i < r.billType.size(); ++i)
            h.billType[i] = r.billType[i];
        h.record = r;
        h.record.billType = std::string_view(h.billType, 3);
        h.record.ccn = {};
        h.record.principalDx = {};
        h.record.dischargeStatus = {};
        h.record.admissionType = {};
    }
    const auto headerOf = [&](std::int64_t claimId) -> const Header* {
        const auto it = headers.find(claimId);
        return it == headers.end() ? nullptr : &it->second;
    };
    auto lines = db.prepare("SELECT id, revenue_center, hcpcs, thru_date FROM claim_a_line");
    while (lines.step())
        if (const Header* h = headerOf(lines.int64(0) / 100000))
            extract.partALine(factsOf(h->bene), h->record, lines.utf8(1), lines.utf8(2), lines.integer(3));
    auto diagnoses = db.prepare("SELECT id, code FROM claim_a_diagnosis");
    while (diagnoses.step())
        if (const Header* h = headerOf(diagnoses.int64(0) / 10000))
            extract.partADiagnosis(factsOf(h->bene), h->record, diagnoses.utf8(1));
    // Procedures after the headers: a stay's planned procedures are set on the stay.
    auto procedures = db.prepare("SELECT id, code, performed_date FROM claim_a_procedure");
    while (procedures.step())
        if (const Header* h = headerOf(procedures.int64(0) / 1000))
            extract.partAProcedure(factsOf(h->bene), h->record, procedures.utf8(1), procedures.integer(2));

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
        extract.partB(factsOf(partB.int64(0)), r);
    }
    auto dme = db.prepare("SELECT bene_id, thru_date / 100 * 100 + 1, sum(paid_cents) FROM claim_dme_line "
                          "GROUP BY bene_id, thru_date / 100");
    while (dme.step())
        extract.dme(factsOf(dme.int64(0)), dme.integer(1), dme.int64(2));

    for (BeneficiaryFacts& f : result.facts)
        f.finish();
    return result;
}

} // namespace aco
