#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>

namespace aco {

class Database;
class RiskHcpcsList;

// One diagnosis the claims offer the risk model: whose (the current MBI's id in cclf_mbi, the
// claims tables' bene_id), the ICD-10 code (Icd10Code), and the date of service (yyyymmdd: a Part A
// claim's through date, a Part B line's).
struct RiskDiagnosis
{
    std::int64_t beneId = 0;
    std::uint64_t code = 0;
    int date = 0;
};
using RiskDiagnosisSink = std::function<void(const RiskDiagnosis&)>;

// Reads from the CCLF claims in the file the diagnoses that count for risk adjustment, as CMS
// filters fee-for-service and encounter data (docs/risk.md): final-action claims only; Part A
// inpatient claims (claim type 60, bill type 11x or 41x) whole; Part A outpatient claims (type 40,
// bill type 12x, 13x, 43x, 71x, 73x, 76x, 77x or 85x) when one of their revenue-center lines has
// a code on CMS's risk-adjustment list; Part B physician lines (type 71) with a listed code, their
// claim's diagnoses and the line's; never DME (CCLF6, or type 72 on CCLF5), never other Part A
// claims (SNF, home health, hospice). A diagnosis that is not written as ICD-10 gives nothing.
class RiskClaims
{
  public:
    RiskClaims(const Database& db, const RiskHcpcsList& hcpcs);

    // Every diagnosis with a date of service from `fromDate` to `thruDate` (both included), of
    // every beneficiary, in no particular order: a full read of the claims tables.
    void forEach(int fromDate, int thruDate, const RiskDiagnosisSink& sink) const;
    // The same for some beneficiaries (bene_id), read through the claims' beneficiary index: for
    // a panel, not for everyone.
    void forEachOf(std::span<const std::int64_t> beneIds, int fromDate, int thruDate,
                   const RiskDiagnosisSink& sink) const;

    // The rules by claim type and bill type (CCLF1's CLM_TYPE_CD and the three characters of
    // CLM_BILL_FAC_TYPE_CD, CLM_BILL_CLSFCTN_CD and CLM_BILL_FREQ_CD).
    static bool isInpatientSource(int claimType, std::string_view billType);
    static bool isOutpatientSource(int claimType, std::string_view billType);

  private:
    void read(int fromDate, int thruDate, const std::int64_t* beneId,
              const RiskDiagnosisSink& sink) const;

    const Database& m_db;
    const RiskHcpcsList& m_hcpcs;
};

} // namespace aco
