#include "claimsmeasures/claimscodes.h"

#include "csv/csvscanner.h"

#include <QFile>

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>

namespace aco {

namespace {

// One code list: its rows as maps from column name to text.
std::vector<std::map<std::string, std::string>> readList(const char* name)
{
    QFile file(QStringLiteral(":/measures/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        throw std::logic_error(std::string("the code list ") + name + " is not built in");
    const QByteArray bytes = file.readAll();
    CsvScanner scanner(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
    std::vector<CsvField> fields;
    std::vector<CsvSyntaxProblem> problems;
    int line = 0;
    std::vector<std::string> header;
    std::vector<std::map<std::string, std::string>> rows;
    while (scanner.next(fields, line, problems)) {
        if (header.empty()) {
            for (const CsvField& f : fields)
                header.emplace_back(f.text);
            continue;
        }
        auto& row = rows.emplace_back();
        for (size_t i = 0; i < fields.size() && i < header.size(); ++i)
            row[header[i]] = std::string(fields[i].text);
    }
    if (!problems.empty())
        throw std::logic_error(std::string("the code list ") + name + " is not valid CSV");
    return rows;
}

const std::string& field(const std::map<std::string, std::string>& row, const char* name)
{
    static const std::string empty;
    const auto it = row.find(name);
    return it == row.end() ? empty : it->second;
}

int toYear(const std::string& text)
{
    return text.empty() ? 0 : std::stoi(text);
}

} // namespace

std::string normalizedCode(std::string_view code)
{
    std::string result;
    result.reserve(code.size());
    for (char c : code) {
        if (c == '.' || c == ' ')
            continue;
        result += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return result;
}

const ClaimsCodes& ClaimsCodes::builtIn()
{
    static const ClaimsCodes codes;
    return codes;
}

ClaimsCodes::ClaimsCodes()
{
    for (const auto& row : readList("primary-care-services.csv")) {
        PrimaryCare service{toYear(field(row, "first_py")), toYear(field(row, "last_py")), {}};
        const std::string& condition = field(row, "condition");
        if (condition.find("place of service is 31") != std::string::npos)
            service.excludedPlace = "31";
        else if (condition.find("place of service 21") != std::string::npos)
            service.excludedPlace = "21";
        else if (!condition.empty())
            continue; // institutional only (G0463, FQHC/RHC revenue centers): not on Part B lines
        m_primaryCare[normalizedCode(field(row, "code"))] = service;
    }
    for (const auto& row : readList("ed-visits.csv")) {
        const std::string& system = field(row, "code_system");
        const std::string code = normalizedCode(field(row, "code"));
        (system == "revenue_center" ? m_edRevenue : system == "place_of_service" ? m_edPlace : m_edHcpcs).insert(code);
    }
    for (const auto& row : readList("follow-up-visits.csv"))
        (field(row, "code_system") == "revenue_center" ? m_followUpRevenue : m_followUp)
            .insert(normalizedCode(field(row, "code")));
    for (const auto& row : readList("annual-wellness-visits.csv"))
        if (field(row, "counts") == "yes")
            m_wellness.insert(normalizedCode(field(row, "code")));
    for (const auto& row : readList("influenza-immunization.csv"))
        m_flu.insert(normalizedCode(field(row, "code")));
    for (const auto& row : readList("mammography.csv"))
        m_mammogram.insert(normalizedCode(field(row, "code")));
    for (const auto& row : readList("colorectal-screening.csv"))
        m_colorectal[normalizedCode(field(row, "code"))] = 12 * std::stoi(field(row, "lookback_years"));
    for (const auto& row : readList("screening-exclusions.csv")) {
        const std::string& rule = field(row, "rule");
        const std::string& system = field(row, "code_system");
        if (system == "claim_type")
            continue; // hospice claims: by claim type, not by code
        Exclusion exclusion = Exclusion::ColorectalCancer;
        if (rule.starts_with("bilateral mastectomy"))
            exclusion = Exclusion::BilateralMastectomy;
        else if (rule.starts_with("right side"))
            exclusion = Exclusion::RightMastectomy;
        else if (rule.starts_with("left side"))
            exclusion = Exclusion::LeftMastectomy;
        else if (field(row, "code") == "Z51.5")
            exclusion = Exclusion::Palliative;
        const std::string code = normalizedCode(field(row, "code"));
        m_exclusions[code] = exclusion;
        m_exclusionFirst[static_cast<unsigned char>(code.front())] = true;
    }
    for (const auto& row : readList("planned-readmissions.csv")) {
        const std::string& rule = field(row, "rule");
        std::regex pattern(field(row, "pattern"), std::regex::optimize);
        if (rule == "always_planned_diagnosis")
            m_alwaysDiagnosis.push_back(std::move(pattern));
        else if (rule == "always_planned_procedure")
            m_alwaysProcedure.push_back(std::move(pattern));
        else if (rule == "potentially_planned_procedure")
            m_potentialProcedure.push_back(std::move(pattern));
    }
    for (const auto& row : readList("acute-inpatient.csv")) {
        const std::string& element = field(row, "element");
        const std::string& value = field(row, "value");
        const std::string& role = field(row, "role");
        if (element == "ccn_range" && role == "acute hospital") {
            const auto dash = value.find('-');
            m_acuteRanges.emplace_back(std::stoi(value.substr(0, dash)), std::stoi(value.substr(dash + 1)));
        } else if (element == "ccn_third_character") {
            m_nonAcuteThird += value;
        } else if (element == "discharge_status") {
            Discharge d = Discharge::Other;
            if (role == "community discharge")
                d = Discharge::Community;
            else if (role == "transfer to acute care")
                d = Discharge::TransferAcute;
            else if (role == "post-acute discharge")
                d = Discharge::PostAcute;
            else if (role == "died")
                d = Discharge::Died;
            else if (role == "against medical advice")
                d = Discharge::AgainstAdvice;
            else if (role == "still a patient")
                d = Discharge::StillPatient;
            m_discharge[value] = d;
        }
    }
    for (const auto& row : readList("enrollment-types.csv"))
        if (field(row, "field") == "BENE_DUAL_STUS_CD")
            m_dual[field(row, "code")] = field(row, "category").find("dual") != std::string::npos &&
                                                 !field(row, "category").starts_with("not")
                                             ? 'D'
                                             : 'N';
}

bool ClaimsCodes::isPrimaryCareService(std::string_view hcpcs, int year, std::string_view placeOfService) const
{
    const auto it = m_primaryCare.find(hcpcs);
    if (it == m_primaryCare.end())
        return false;
    const PrimaryCare& s = it->second;
    return year >= s.firstYear && (s.lastYear == 0 || year <= s.lastYear) &&
           (s.excludedPlace.empty() || placeOfService != s.excludedPlace);
}

bool ClaimsCodes::isEdRevenueCenter(std::string_view revenueCenter) const
{
    return m_edRevenue.contains(revenueCenter);
}

bool ClaimsCodes::isEdHcpcs(std::string_view hcpcs) const
{
    return m_edHcpcs.contains(hcpcs);
}

bool ClaimsCodes::isEdPlaceOfService(std::string_view placeOfService) const
{
    return m_edPlace.contains(placeOfService);
}

bool ClaimsCodes::isFollowUpVisit(std::string_view hcpcs) const
{
    return m_followUp.contains(hcpcs);
}

bool ClaimsCodes::isFollowUpRevenueCenter(std::string_view revenueCenter) const
{
    return m_followUpRevenue.contains(revenueCenter);
}

bool ClaimsCodes::isWellnessVisit(std::string_view hcpcs) const
{
    return m_wellness.contains(hcpcs);
}

bool ClaimsCodes::isFluImmunization(std::string_view hcpcs) const
{
    return m_flu.contains(hcpcs);
}

bool ClaimsCodes::isMammogram(std::string_view hcpcs) const
{
    return m_mammogram.contains(hcpcs);
}

int ClaimsCodes::colorectalLookbackMonths(std::string_view hcpcs) const
{
    const auto it = m_colorectal.find(hcpcs);
    return it == m_colorectal.end() ? 0 : it->second;
}

ClaimsCodes::Exclusion ClaimsCodes::exclusion(std::string_view code) const
{
    // Every diagnosis of every line comes here, and few of them could be an exclusion.
    if (code.empty() || !m_exclusionFirst[static_cast<unsigned char>(std::toupper(static_cast<unsigned char>(code.front())))])
        return Exclusion::None;
    const bool normal = std::none_of(code.begin(), code.end(), [](char c) {
        return c == '.' || c == ' ' || std::islower(static_cast<unsigned char>(c));
    });
    const auto it = normal ? m_exclusions.find(code) : m_exclusions.find(normalizedCode(code));
    return it == m_exclusions.end() ? Exclusion::None : it->second;
}

namespace {

bool anyMatch(const std::vector<std::regex>& patterns, std::string_view code)
{
    const std::string text = normalizedCode(code);
    return std::any_of(patterns.begin(), patterns.end(),
                       [&](const std::regex& p) { return std::regex_search(text, p); });
}

} // namespace

bool ClaimsCodes::isAlwaysPlannedDiagnosis(std::string_view icd10) const
{
    return anyMatch(m_alwaysDiagnosis, icd10);
}

bool ClaimsCodes::isAlwaysPlannedProcedure(std::string_view pcs) const
{
    return anyMatch(m_alwaysProcedure, pcs);
}

bool ClaimsCodes::isPotentiallyPlannedProcedure(std::string_view pcs) const
{
    return anyMatch(m_potentialProcedure, pcs);
}

bool ClaimsCodes::isAcuteHospital(std::string_view ccn) const
{
    // A CCN is six characters: the state (two digits), then the type; the third is a letter for
    // a hospital's unit or swing bed.
    if (ccn.size() != 6)
        return false;
    if (m_nonAcuteThird.find(ccn[2]) != std::string::npos)
        return false;
    int last4 = 0;
    for (size_t i = 2; i < 6; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(ccn[i])))
            return false;
        last4 = last4 * 10 + (ccn[i] - '0');
    }
    return std::any_of(m_acuteRanges.begin(), m_acuteRanges.end(),
                       [&](const auto& r) { return last4 >= r.first && last4 <= r.second; });
}

ClaimsCodes::Discharge ClaimsCodes::discharge(std::string_view status) const
{
    const auto it = m_discharge.find(status);
    return it == m_discharge.end() ? Discharge::Other : it->second;
}

ClaimsCodes::Enrollment ClaimsCodes::enrollment(std::string_view medicareStatus, std::string_view dualStatus) const
{
    if (medicareStatus == "11" || medicareStatus == "21" || medicareStatus == "31")
        return Enrollment::Esrd;
    if (medicareStatus == "20")
        return Enrollment::Disabled;
    const auto it = m_dual.find(dualStatus);
    return it != m_dual.end() && it->second == 'D' ? Enrollment::AgedDual : Enrollment::AgedNonDual;
}

const char* ClaimsCodes::enrollmentName(Enrollment type)
{
    switch (type) {
    case Enrollment::Esrd:
        return "esrd";
    case Enrollment::Disabled:
        return "disabled";
    case Enrollment::AgedDual:
        return "aged_dual";
    case Enrollment::AgedNonDual:
        return "aged_non_dual";
    }
    return "";
}

} // namespace aco
