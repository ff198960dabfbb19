#include "riskclaims.h"

#include "risk/icd10code.h"
#include "risk/riskhcpcs.h"
#include "store/database.h"

#include <algorithm>
#include <string>
#include <vector>

namespace aco {

namespace {

// The claims of one beneficiary are one range of group_key (bene_id in its high 32 bits).
std::int64_t firstKey(std::int64_t beneId)
{
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(beneId) << 32);
}
std::int64_t lastKey(std::int64_t beneId)
{
    return firstKey(beneId) | std::int64_t(0xFFFFFFFF);
}

// The condition that limits a query to one beneficiary, or nothing.
std::string beneficiaryCondition(const char* table, bool one)
{
    return one ? std::string(" AND ") + table + ".group_key BETWEEN ?3 AND ?4" : std::string();
}

void emit(std::int64_t beneId, int date, std::string_view code, const RiskDiagnosisSink& sink)
{
    if (const auto parsed = Icd10Code::parse(code))
        sink({beneId, *parsed, date});
}

} // namespace

RiskClaims::RiskClaims(const Database& db, const RiskHcpcsList& hcpcs) : m_db(db), m_hcpcs(hcpcs) {}

bool RiskClaims::isInpatientSource(int claimType, std::string_view billType)
{
    return claimType == 60 && (billType.starts_with("11") || billType.starts_with("41"));
}

bool RiskClaims::isOutpatientSource(int claimType, std::string_view billType)
{
    if (claimType != 40)
        return false;
    for (const char* prefix : {"12", "13", "43", "71", "73", "76", "77", "85"}) {
        if (billType.starts_with(prefix))
            return true;
    }
    return false;
}

void RiskClaims::forEach(int fromDate, int thruDate, const RiskDiagnosisSink& sink) const
{
    read(fromDate, thruDate, nullptr, sink);
}

void RiskClaims::forEachOf(std::span<const std::int64_t> beneIds, int fromDate, int thruDate,
                           const RiskDiagnosisSink& sink) const
{
    for (const std::int64_t& beneId : beneIds)
        read(fromDate, thruDate, &beneId, sink);
}

void RiskClaims::read(int fromDate, int thruDate, const std::int64_t* beneId,
                      const RiskDiagnosisSink& sink) const
{
    const bool one = beneId != nullptr;
    const auto bind = [&](Statement& query) {
        query.bind(1, fromDate).bind(2, thruDate);
        if (one)
            query.bind(3, firstKey(*beneId)).bind(4, lastKey(*beneId));
    };

    // Outpatient claims count when a revenue-center line has a listed code: find them first.
    // Lines are keyed claim id * 100,000 + line number, diagnoses claim id * 10,000 + ...: a
    // claim's are one range of the key, which CROSS JOIN (the claims outside) makes SQLite use.
    std::vector<std::int64_t> outpatient;
    auto lines = m_db.prepare(
        "SELECT a.id, a.bill_type, l.hcpcs FROM claim_a a "
        "CROSS JOIN claim_a_line l ON l.id BETWEEN a.id * 100000 AND a.id * 100000 + 99999 "
        "WHERE a.action = 1 AND a.claim_type = 40 AND a.thru_date BETWEEN ?1 AND ?2" +
        beneficiaryCondition("a", one));
    bind(lines);
    while (lines.step()) {
        const std::int64_t claim = lines.int64(0);
        if ((outpatient.empty() || outpatient.back() != claim) &&
            isOutpatientSource(40, lines.utf8(1)) && m_hcpcs.contains(lines.utf8(2)))
            outpatient.push_back(claim);
    }
    std::sort(outpatient.begin(), outpatient.end());

    auto partA = m_db.prepare(
        "SELECT a.id, a.bene_id, a.thru_date, a.claim_type, a.bill_type, d.code FROM claim_a a "
        "CROSS JOIN claim_a_diagnosis d ON d.id BETWEEN a.id * 10000 AND a.id * 10000 + 9999 "
        "WHERE a.action = 1 AND a.claim_type IN (40, 60) AND a.thru_date BETWEEN ?1 AND ?2" +
        beneficiaryCondition("a", one));
    bind(partA);
    while (partA.step()) {
        const int type = partA.integer(3);
        const bool counts =
            type == 60 ? isInpatientSource(type, partA.utf8(4))
                       : std::binary_search(outpatient.begin(), outpatient.end(), partA.int64(0));
        if (counts)
            emit(partA.int64(1), partA.integer(2), partA.utf8(5), sink);
    }

    // Part B physician lines: the claim's diagnoses repeated on each line, and the line's own.
    auto partB = m_db.prepare(
        "SELECT b.bene_id, b.thru_date, b.hcpcs, b.line_dx, b.diagnoses FROM claim_b_line b "
        "WHERE b.action = 1 AND b.claim_type = 71 AND b.thru_date BETWEEN ?1 AND ?2" +
        beneficiaryCondition("b", one));
    bind(partB);
    while (partB.step()) {
        if (!m_hcpcs.contains(partB.utf8(2)))
            continue;
        const std::int64_t bene = partB.int64(0);
        const int date = partB.integer(1);
        emit(bene, date, partB.utf8(3), sink);
        std::string_view codes = partB.utf8(4);
        while (!codes.empty()) {
            const size_t space = codes.find(' ');
            emit(bene, date, codes.substr(0, space), sink);
            codes = space == std::string_view::npos ? std::string_view() : codes.substr(space + 1);
        }
    }
}

} // namespace aco
