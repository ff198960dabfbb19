#pragma once

#include <array>
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
// Codes point into the demo's static code tables. Amounts are the benchmark-comparable cents;
// `nominal` is the typical price a month's cost of care is spread by. Dates are YYYYMMDD.
struct PartALine
{
    const char* revenueCenter = "";
    const char* hcpcs = "";
    const char* apcHipps = "";
    int date = 0;
    double units = 1.0;
    double nominal = 0.0;
    std::int64_t paidCents = 0;
};

// What a Part A claim was paid, the benchmark-comparable payment and what is paid on top.
struct PartAAmounts
{
    std::int64_t paidCents = 0; // comparable with the benchmark
    std::int64_t imeCents = 0;  // paid on top, for teaching hospitals
    std::int64_t dshCents = 0;
    std::int64_t uncompensatedCents = 0;

    std::int64_t paymentCents() const { return paidCents + excludedCents(); }
    std::int64_t excludedCents() const { return imeCents + dshCents + uncompensatedCents; }
};

struct PartAClaim
{
    std::uint32_t beneficiary = 0;
    int claimType = 60;          // 60 inpatient, 40 outpatient, 20 SNF, 10 home health
    const char* billType = "111";
    const CareProvider* facility = nullptr;
    const CareProvider* attending = nullptr;
    const CareProvider* operating = nullptr;
    int from = 0;
    int thru = 0;
    const char* principalDiagnosis = "";
    const char* admittingDiagnosis = "";
    std::vector<const char*> otherDiagnoses;
    std::vector<std::pair<const char*, int>> procedures; // ICD-10-PCS, date
    const char* drg = "";
    const char* dischargeStatus = "01";
    const char* admissionType = "";
    const char* admissionSource = "";
    std::vector<PartALine> lines;
    bool event = false;     // an admission or ED visit: priced first when a month is settled
    bool history = false;   // a service before the beneficiary's first month in the ACO
    bool snfWaiver = false; // admitted under the SNF three-day rule waiver (CCLFA)
    double nominal = 0.0;
    PartAAmounts amounts;
    double firstPaidFactor = 1.0; // a corrected claim was first paid this share of its amount
    std::int64_t controlNumber = 0; // CLM_CNTL_NUM of the original

    // The amounts of the claim as finally paid, or as first paid before its correction.
    PartAAmounts amountsAt(bool firstPaid) const;
    // Sets what follows from `amounts.paidCents`: the revenue centers' payments where they are
    // paid one by one (by their nominal prices; inpatient stays are paid at the header), and a
    // teaching hospital's IME, DSH and uncompensated care on top of an inpatient stay, which the
    // benchmark comparison leaves out.
    void settle();
};

struct PartBLine
{
    const char* hcpcs = "";
    const char* modifier = "";
    const char* betos = "";
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
// A line amount as first paid, before its claim's correction.
std::int64_t firstPaidCents(std::int64_t cents, double factor);
// A Part B line's allowed amount: Medicare pays 80% of it.
inline std::int64_t allowedCents(std::int64_t paidCents)
{
    return paidCents * 5 / 4;
}

struct PartBClaim
{
    static constexpr int maxDiagnoses = 12;

    std::uint32_t beneficiary = 0;
    const CareProvider* rendering = nullptr;
    const char* placeOfService = "11";
    std::array<const char*, maxDiagnoses> diagnoses{};
    int diagnosisCount = 0;
    std::vector<PartBLine> lines;
    bool event = false;
    bool history = false;
    double firstPaidFactor = 1.0;
    std::int64_t controlNumber = 0; // CLM_CNTL_NUM

    void addDiagnosis(const char* code);
    // The place of service a line is billed with: a video visit's is telehealth (10).
    const char* placeOf(const PartBLine& line) const { return line.telehealth ? "10" : placeOfService; }
};

struct DmeClaim
{
    std::uint32_t beneficiary = 0;
    const CareProvider* supplier = nullptr;
    const CareProvider* ordering = nullptr;
    std::vector<PartBLine> lines;
    bool history = false;
    double firstPaidFactor = 1.0;
    std::int64_t controlNumber = 0; // CLM_CNTL_NUM
};

struct PartDFill
{
    std::uint32_t beneficiary = 0;
    const char* ndc = "";
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
};

// How one version of a claim went through CMS's processing.
struct Processing
{
    std::int64_t claimId = 0; // CUR_CLM_UNIQ_ID
    int adjustment = 0;       // 0 original, 1 cancellation, 2 adjustment
    int effective = 0;        // CLM_EFCTV_DT
    int loaded = 0;           // CLM_IDR_LD_DT
};

// One record of a month's claims as a delivery brings it: a version of a claim (a Part A claim
// with its lines, procedures and diagnoses; a Part B or DME line), when it was processed and in
// which delivery. A record delivered again is a second DeliveredRecord with the same processing.
struct DeliveredRecord
{
    enum class Part : std::uint8_t { A, B, Dme };

    Part part = Part::A;
    bool firstPaid = false;  // the amounts as first paid (a corrected claim's original and cancellation)
    std::int16_t line = -1;  // Part B and DME: the line; Part A: -1
    std::uint16_t delivery = 0;
    std::uint32_t claim = 0; // index in the month's claims of its part
    Processing processing;
};

} // namespace aco::demo
