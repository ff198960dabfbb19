#include "demo/demomeasures.h"

#include "claimsmeasures/claimsaggregator.h"

#include <stdexcept>
#include <string>

namespace aco::demo {

const std::array<MeasureDef, catalogSize>& measureCatalog()
{
    static const std::array<MeasureDef, catalogSize> catalog = {{
        {"TCOC", "Total cost of care", "cost", "lower", "pmpm", nullptr,
         "Medicare Parts A and B spending for attributed beneficiaries, dollars per member per "
         "month.",
         1060.0, 0.0, 0.025, 0.04, 1, Cohort::Panel, Reporters::PrimaryCare, "", 1100.0},
        {"ADM", "Inpatient admissions", "utilization", "lower", "per_1000", nullptr,
         "Acute inpatient admissions per 1,000 attributed beneficiaries per year.",
         260.0, 0.18, -0.03, 0.08, 1, Cohort::Panel, Reporters::PrimaryCare, "", 250.0},
        {"EDV", "Emergency department visits", "utilization", "lower", "per_1000", nullptr,
         "Emergency department visits not resulting in admission, per 1,000 attributed "
         "beneficiaries per year.",
         580.0, 0.20, -0.03, 0.10, 2, Cohort::Panel, Reporters::PrimaryCare, "", 560.0},
        {"READM", "All-cause readmissions", "utilization", "lower", "percent", nullptr,
         "Share of acute discharges followed by an unplanned readmission within 30 days.",
         0.155, 0.25, -0.04, 0.0, 1, Cohort::Panel, Reporters::PrimaryCare, "", 15.0},
        {"FU7", "Follow-up within 7 days of discharge", "utilization", "higher", "percent",
         nullptr, "Share of acute discharges with an office visit within seven days.",
         0.52, 0.45, 0.15, 0.0, 1, Cohort::Panel, Reporters::PrimaryCare, "", 60.0},
        {"NOVISIT", "Beneficiaries without an office visit", "utilization", "lower", "percent",
         nullptr, "Share of attributed beneficiaries with no office visit in the past 12 months.",
         0.14, 0.35, -0.05, 0.0, 1, Cohort::Panel, Reporters::PrimaryCare, "", 12.0},
        {"AWV", "Annual wellness visits", "quality", "higher", "percent", nullptr,
         "Share of attributed beneficiaries with an annual wellness visit in the past 12 months.",
         0.48, 0.55, 0.18, 0.0, 1, Cohort::Panel, Reporters::PrimaryCare, "", 55.0},
        {"FLU", "Influenza immunization", "quality", "higher", "percent", "ACO-14",
         "Share of beneficiaries immunized against influenza for the current season.",
         0.62, 0.40, 0.05, 0.0, 1, Cohort::Panel, Reporters::PrimaryCare, "", 70.0},
        {"CRC", "Colorectal cancer screening", "quality", "higher", "percent", "ACO-19",
         "Share of beneficiaries aged 46-75 with a colorectal cancer screening test within its "
         "lookback (colonoscopy 10 years, stool DNA 3 years, fecal occult blood test 1 year).",
         0.68, 0.40, 0.08, 0.0, 1, Cohort::Panel, Reporters::PrimaryCare, "", 72.0},
        {"BCS", "Breast cancer screening", "quality", "higher", "percent", "ACO-20",
         "Share of women aged 52-74 with a mammogram in the past 27 months.",
         0.71, 0.35, 0.06, 0.0, 1, Cohort::Panel, Reporters::PrimaryCare, "", 75.0},
        {"HBA1C", "Diabetes: HbA1c poor control (>9%)", "quality", "lower", "percent", "ACO-27",
         "Share of beneficiaries with diabetes whose most recent HbA1c is above 9%.",
         0.17, 0.35, -0.05, 0.0, 1, Cohort::Diabetes, Reporters::PrimaryCareAndSpecialties,
         "Endocrinology", 15.0},
        {"BP", "Controlling high blood pressure", "quality", "higher", "percent", "ACO-28",
         "Share of beneficiaries with hypertension whose blood pressure is below 140/90.",
         0.69, 0.35, 0.07, 0.0, 1, Cohort::Hypertension, Reporters::PrimaryCareAndSpecialties,
         "Cardiology|Nephrology", 72.0},
        {"STATIN", "Statin therapy for cardiovascular disease", "quality", "higher", "percent",
         "ACO-42", "Share of beneficiaries with cardiovascular disease prescribed a statin.",
         0.80, 0.40, 0.05, 0.0, 1, Cohort::Cardiovascular,
         Reporters::PrimaryCareAndSpecialties, "Cardiology", 82.0},
        {"ENG", "Provider meeting attendance", "engagement", "higher", "percent", nullptr,
         "Share of monthly ACO provider meetings attended.",
         0.75, 1.0, 0.0, 0.0, 1, Cohort::Panel, Reporters::Everyone, "", 0.0},
    }};
    return catalog;
}

bool fromClaims(const MeasureDef& measure)
{
    for (int c = 0; c < ClaimsAggregator::CodeCount; ++c)
        if (std::string_view(measure.code) == ClaimsAggregator::codeName(static_cast<ClaimsAggregator::Code>(c)))
            return true;
    return false;
}

bool isMonthlyStatus(const MeasureDef& measure)
{
    const std::string_view code = measure.code;
    return std::string_view(measure.unit) == "percent" && code != "READM" && code != "FU7" && code != "ENG";
}

std::int64_t measureId(std::string_view code)
{
    const auto& catalog = measureCatalog();
    for (size_t i = 0; i < catalog.size(); ++i)
        if (code == catalog[i].code)
            return static_cast<std::int64_t>(i + 1);
    throw std::logic_error("unknown demo measure " + std::string(code));
}

} // namespace aco::demo
