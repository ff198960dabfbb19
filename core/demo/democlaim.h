#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace aco::demo {

// Who gives or bills care, as the claims name them.
struct CareProvider
{
    std::string npi;
    std::string tin;       // the tax number professional claims carry
    std::string specialty; // CMS's provider specialty code ("08": family practice)
    std::string ccn;       // facilities: the CMS certification number
    std::string field;     // clinicians: the roster's name of their specialty ("Cardiology")
    bool teaching = false; // a teaching hospital: paid IME, DSH and uncompensated care on top
};

// The claims of one month, as generated: what was done, for whom, by whom, and for how much.
// Amounts are the benchmark-comparable cents; `nominal` is the typical price a month's cost of
// care is spread by. Dates are YYYYMMDD.
struct PartALine
{
    std::string revenueCenter;
    std::string hcpcs;
    std::string apcHipps;
    int date = 0;
    double units = 1.0;
    double nominal = 0.0;
    std::int64_t paidCents = 0;
};

struct PartAClaim
{
    size_t beneficiary = 0;
    int claimType = 60;   // 60 inpatient, 40 outpatient, 20 SNF, 10 home health
    std::string billType; // "111"
    const CareProvider* facility = nullptr;
    const CareProvider* attending = nullptr;
    const CareProvider* operating = nullptr;
    int from = 0;
    int thru = 0;
    std::string principalDiagnosis;
    std::string admittingDiagnosis;
    std::vector<std::string> otherDiagnoses;
    std::vector<std::pair<std::string, int>> procedures; // ICD-10-PCS, date
    std::string drg;
    std::string dischargeStatus = "01";
    std::string admissionType;
    std::string admissionSource;
    std::vector<PartALine> lines;
    bool event = false;     // an admission or ED visit the month's results count
    bool snfWaiver = false; // admitted under the SNF three-day rule waiver (CCLFA)
    double nominal = 0.0;
    std::int64_t paidCents = 0; // comparable with the benchmark
    std::int64_t imeCents = 0;  // paid on top, for teaching hospitals
    std::int64_t dshCents = 0;
    std::int64_t uncompensatedCents = 0;
    std::string controlNumber;

    std::int64_t paymentCents() const
    {
        return paidCents + imeCents + dshCents + uncompensatedCents;
    }
    // Sets what follows from `paidCents`: the revenue centers' payments where they are paid one
    // by one (by their nominal prices; inpatient stays are paid at the header), and a teaching
    // hospital's IME, DSH and uncompensated care on top of an inpatient stay, which the benchmark
    // comparison leaves out.
    void settle();
};

struct PartBLine
{
    std::string hcpcs;
    std::string modifier;
    std::string betos;
    char typeOfService = '1';
    int date = 0;
    double units = 1.0;
    double nominal = 0.0;
    std::int64_t paidCents = 0;
    bool telehealth = false; // carries the telehealth benefit enhancement (CCLFB)
};

// The first and last dates of a professional or DME claim's lines: the claim's from and through.
int firstDate(const std::vector<PartBLine>& lines);
int lastDate(const std::vector<PartBLine>& lines);

struct PartBClaim
{
    size_t beneficiary = 0;
    const CareProvider* rendering = nullptr;
    std::string placeOfService;
    std::vector<std::string> diagnoses;
    std::vector<PartBLine> lines;
    bool event = false;
    std::string controlNumber;
};

struct DmeClaim
{
    size_t beneficiary = 0;
    const CareProvider* supplier = nullptr;
    const CareProvider* ordering = nullptr;
    std::vector<PartBLine> lines;
    std::string controlNumber;
};

struct PartDFill
{
    size_t beneficiary = 0;
    std::string ndc;
    int fillDate = 0;
    const CareProvider* pharmacy = nullptr;
    const CareProvider* prescriber = nullptr;
    int quantity = 30;
    int daysSupply = 30;
    int fillNumber = 0;
    std::int64_t patientPayCents = 0;
    std::int64_t referenceNumber = 0;
};

struct MonthClaims
{
    std::vector<PartAClaim> partA;
    std::vector<PartBClaim> partB;
    std::vector<DmeClaim> dme;
    std::vector<PartDFill> partD;
};

// How one version of a claim went through CMS's processing.
struct Processing
{
    std::int64_t claimId = 0; // CUR_CLM_UNIQ_ID
    int adjustment = 0;       // 0 original, 1 cancellation, 2 adjustment
    int effective = 0;        // CLM_EFCTV_DT
    int loaded = 0;           // CLM_IDR_LD_DT
};

} // namespace aco::demo
