#include "import/importkind.h"

#include <array>

namespace aco {

namespace {

constexpr std::array<ImportKind, 10> kinds = {
    ImportKind::Years,         ImportKind::Measures, ImportKind::Practices,
    ImportKind::Departments,   ImportKind::Providers, ImportKind::Beneficiaries,
    ImportKind::Results,       ImportKind::Expenditures, ImportKind::CareGaps,
    ImportKind::Tiers};

constexpr std::array<ImportColumn, 14> yearColumns = {{
    {"year", "integer", true, "The performance year, 2012 to 2100; once in the import."},
    {"track", "track", true,
     "TRACK_1, TRACK_1_PLUS, TRACK_2, TRACK_3, BASIC_A to BASIC_E or ENHANCED; one that ran in "
     "the year."},
    {"agreement_start_year", "integer", true,
     "The year the agreement period began, from 2012 to the performance year."},
    {"agreement_year", "integer", true,
     "1 in the agreement's first performance year; at most year - agreement_start_year + 1."},
    {"assigned_beneficiaries", "integer", true,
     "0 or more: the beneficiaries assigned for the year."},
    {"benchmark_per_capita", "dollars", true,
     "The year's benchmark per assigned beneficiary, above 0 (12345.67)."},
    {"msr", "number", false,
     "Minimum savings rate, 0 to under 1 (0.02 for 2%); empty: CMS's size table, which needs "
     "5,000 beneficiaries."},
    {"mlr", "number", false,
     "Minimum loss rate of a two-sided track, 0 to under 1; empty: the MSR's rate."},
    {"quality_score", "number", false, "The quality score, 0 to 1; empty while not known."},
    {"low_revenue", "one of 0, 1", false,
     "1 for a low-revenue ACO, 0 for high-revenue; 1 when empty."},
    {"benchmark_esrd", "dollars", false,
     "The year's benchmark per assigned beneficiary with ESRD, above 0; empty: "
     "benchmark_per_capita."},
    {"benchmark_disabled", "dollars", false,
     "The same for disabled beneficiaries; empty: benchmark_per_capita."},
    {"benchmark_aged_dual", "dollars", false,
     "The same for aged beneficiaries also eligible for Medicaid; empty: "
     "benchmark_per_capita."},
    {"benchmark_aged_non_dual", "dollars", false,
     "The same for aged beneficiaries not eligible for Medicaid; empty: "
     "benchmark_per_capita."},
}};

constexpr std::array<ImportColumn, 10> measureColumns = {{
    {"code", "code", true, "The measure's own code, once in the import (e.g. AWV)."},
    {"name", "text", true, "The measure's name."},
    {"domain", "domain", true, "quality, utilization, cost or engagement."},
    {"direction", "one of higher, lower", true,
     "Which way is better; fixed once the measure has tier schemes."},
    {"unit", "one of percent, per_1000, pmpm", true,
     "Percent, events per 1,000 per year, or dollars per member per month; fixed once results, "
     "tiers or driver diagram targets use it."},
    {"aco_number", "text", false, "CMS's number for the measure (ACO-14, ...), if it has one."},
    {"description", "text", false, "What the measure counts."},
    {"benchmark", "number", false,
     "External benchmark in the measure's unit (72.5 for 72.5%), 0 or more (at most 100 for "
     "percent); empty for none."},
    {"benchmark_label", "text", false, "Where the benchmark comes from."},
    {"denominator_kind", "one of events, monthly_status", false,
     "What a month's denominator counts: events, or the beneficiaries eligible that month; "
     "events when empty."},
}};

constexpr std::array<ImportColumn, 3> practiceColumns = {{
    {"code", "code", true, "The practice's own code, once in the import (e.g. PR001)."},
    {"name", "text", true, "The practice's name."},
    {"city", "text", false, "Where it is."},
}};

constexpr std::array<ImportColumn, 2> departmentColumns = {{
    {"code", "code", true, "The department's own code, once in the import (e.g. CARD)."},
    {"name", "text", true, "The department's name."},
}};

constexpr std::array<ImportColumn, 11> providerColumns = {{
    {"npi", "NPI", true,
     "Ten digits starting with 1 or 2, the last a valid check digit; once in the import."},
    {"last_name", "text", true, "Family name."},
    {"first_name", "text", true, "Given name."},
    {"credential", "text", false, "MD, DO, NP, PA, ..."},
    {"specialty", "text", true, "Family Medicine, Cardiology, ..."},
    {"kind", "one of primary_care, specialist", true, "Whether the provider is primary care."},
    {"employment", "one of employed, independent", true,
     "Employed by the ACO's medical group or independent."},
    {"practice_code", "code", true, "The code of a practice already in the workbench file."},
    {"department_code", "code", false, "The code of a department already in the workbench file."},
    {"active_from", "date", true, "YYYY-MM-DD, the first day with the ACO."},
    {"active_to", "date", false, "YYYY-MM-DD, the last day with the ACO; not before active_from."},
}};

constexpr std::array<ImportColumn, 7> beneficiaryColumns = {{
    {"mbi", "MBI", true,
     "Medicare Beneficiary Identifier, 11 characters in CMS's format, without dashes; once in the "
     "import."},
    {"last_name", "text", true, "Family name."},
    {"first_name", "text", true, "Given name."},
    {"birth_date", "date", true, "YYYY-MM-DD, not after today."},
    {"sex", "one of F, M", true, "As in the attribution file."},
    {"pcp_npi", "NPI", false,
     "The attributed primary care provider, already in the workbench file."},
    {"risk_score", "number", true, "The HCC risk score, above 0."},
}};

constexpr std::array<ImportColumn, 5> resultColumns = {{
    {"measure_code", "code", true,
     "The code of a measure in the workbench file (ADM, AWV, HBA1C, ...)."},
    {"period", "month", true, "YYYY-MM, the month the counts are for."},
    {"npi", "NPI", true,
     "A provider already in the workbench file; a measure, month and NPI once in the import."},
    {"numerator", "integer", true, "0 or more; for a percent measure, at most the denominator."},
    {"denominator", "integer", true, "0 or more: patients, discharges or member-months."},
}};

constexpr std::array<ImportColumn, 4> expenditureColumns = {{
    {"period", "month", true, "YYYY-MM; once in the import."},
    {"beneficiary_months", "integer", true, "0 or more: assigned beneficiaries in the month."},
    {"expenditure", "dollars", true, "0 or more, at most two decimals (1234.56), no $ or commas."},
    {"benchmark", "dollars", true, "The month's share of the benchmark, as expenditure."},
}};

constexpr std::array<ImportColumn, 5> careGapColumns = {{
    {"mbi", "MBI", true, "A beneficiary already in the workbench file."},
    {"measure_code", "code", false, "The measure the gap counts against, if any."},
    {"description", "text", true, "What is due (e.g. Annual wellness visit)."},
    {"due_date", "date", true,
     "YYYY-MM-DD; an MBI, measure, description and due date once in the import."},
    {"closed_date", "date", false, "YYYY-MM-DD when the gap was closed; empty while open."},
}};

constexpr std::array<ImportColumn, 10> tierColumns = {{
    {"measure_code", "code", true, "The code of a measure in the workbench file."},
    {"year", "integer", true,
     "The performance year, 2012 to 2100; a measure and year once in the import."},
    {"baseline", "number", true, "Cut-point of the baseline tier, in the measure's display unit."},
    {"better", "number", true, "Beyond baseline in the measure's better direction."},
    {"best", "number", true, "Beyond better."},
    {"extra_credit", "number", true, "Beyond best."},
    {"payout_baseline", "number", false,
     "Share of the maximum paid at baseline, 0 to 1; 0.20 when empty."},
    {"payout_better", "number", false, "Share paid at better; 0.50 when empty."},
    {"payout_best", "number", false, "Share paid at best; 0.75 when empty."},
    {"payout_extra_credit", "number", false,
     "Share paid at extra credit; 1.00 when empty. The shares must increase."},
}};

} // namespace

std::span<const ImportKind> importKinds()
{
    return kinds;
}

QString importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Practices:
        return QStringLiteral("practices");
    case ImportKind::Departments:
        return QStringLiteral("departments");
    case ImportKind::Providers:
        return QStringLiteral("providers");
    case ImportKind::Beneficiaries:
        return QStringLiteral("beneficiaries");
    case ImportKind::Results:
        return QStringLiteral("results");
    case ImportKind::Expenditures:
        return QStringLiteral("expenditures");
    case ImportKind::CareGaps:
        return QStringLiteral("care-gaps");
    case ImportKind::Tiers:
        return QStringLiteral("tiers");
    case ImportKind::Years:
        return QStringLiteral("years");
    case ImportKind::Measures:
        return QStringLiteral("measures");
    }
    return {};
}

std::optional<ImportKind> parseImportKind(const QString& name)
{
    for (ImportKind kind : kinds)
        if (importKindName(kind) == name)
            return kind;
    return std::nullopt;
}

std::span<const ImportColumn> importColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Practices:
        return practiceColumns;
    case ImportKind::Departments:
        return departmentColumns;
    case ImportKind::Providers:
        return providerColumns;
    case ImportKind::Beneficiaries:
        return beneficiaryColumns;
    case ImportKind::Results:
        return resultColumns;
    case ImportKind::Expenditures:
        return expenditureColumns;
    case ImportKind::CareGaps:
        return careGapColumns;
    case ImportKind::Tiers:
        return tierColumns;
    case ImportKind::Years:
        return yearColumns;
    case ImportKind::Measures:
        return measureColumns;
    }
    return {};
}

QString importReplaceRule(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Practices:
        return QStringLiteral(
            "A practice whose code is already in the workbench file is updated; others are added.");
    case ImportKind::Departments:
        return QStringLiteral("A department whose code is already in the workbench file is "
                              "updated; others are added.");
    case ImportKind::Providers:
        return QStringLiteral(
            "A provider whose NPI is already in the workbench file is updated; others are added.");
    case ImportKind::Beneficiaries:
        return QStringLiteral("A beneficiary whose MBI is already in the workbench file is "
                              "updated; others are added.");
    case ImportKind::Results:
        return QStringLiteral("Every measure and month present in the import replaces all of that "
                              "measure's results for that month, for every provider.");
    case ImportKind::Expenditures:
        return QStringLiteral(
            "A month already in the workbench file is replaced; others are added.");
    case ImportKind::CareGaps:
        return QStringLiteral("Every beneficiary present in the import has all their care gaps "
                              "replaced by the import's.");
    case ImportKind::Tiers:
        return QStringLiteral(
            "A measure and year already in the workbench file is replaced; others are added.");
    case ImportKind::Years:
        return QStringLiteral(
            "A performance year already in the workbench file is replaced; others are added.");
    case ImportKind::Measures:
        return QStringLiteral("A measure whose code is already in the workbench file is updated, "
                              "keeping its results, tiers and driver diagram links; others are "
                              "added.");
    }
    return {};
}

} // namespace aco
