#include "claimsmeasures/claimscodes.h"

#include "csv/csvscanner.h"

#include <QDir>
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

// The code as the planned-readmission patterns read it: without dots or spaces, in upper case.
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

} // namespace

const ClaimsCodes& ClaimsCodes::builtIn()
{
    static const ClaimsCodes codes;
    return codes;
}

std::uint64_t ClaimsCodes::listsFingerprint()
{
    std::uint64_t hash = 0xcbf29ce484222325ull; // FNV-1a
    const auto add = [&hash](const QByteArray& bytes) {
        for (const char c : bytes) {
            hash ^= static_cast<unsigned char>(c);
            hash *= 0x100000001b3ull;
        }
    };
    const QDir lists(QStringLiteral(":/measures"));
    for (const QString& name : lists.entryList(QDir::Files, QDir::Name)) {
        QFile file(lists.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw std::logic_error("the code list " + name.toStdString() + " cannot be read");
        add(name.toUtf8());
        add(file.readAll());
    }
    return hash;
}

ClaimsCodes::ClaimsCodes()
{
    for (const auto& row : readList("primary-care-services.csv")) {
        const std::string& condition = field(row, "condition");
        char excluded[2] = {0, 0};
        if (condition.find("place of service is 31") != std::string::npos)
            excluded[0] = '3', excluded[1] = '1';
        else if (condition.find("place of service 21") != std::string::npos)
            excluded[0] = '2', excluded[1] = '1';
        else if (!condition.empty())
            continue; // institutional only (G0463, FQHC/RHC revenue centers): not on Part B lines
        Hcpcs& h = m_hcpcs[key(field(row, "code"))];
        h.primaryCare = true;
        h.firstYear = static_cast<std::uint16_t>(toYear(field(row, "first_py")));
        h.lastYear = static_cast<std::uint16_t>(toYear(field(row, "last_py")));
        h.excludedPlace[0] = excluded[0];
        h.excludedPlace[1] = excluded[1];
    }
    for (const auto& row : readList("ed-visits.csv")) {
        const std::string& system = field(row, "code_system");
        if (system == "revenue_center")
            m_edRevenue.insert(key(field(row, "code")));
        else if (system != "place_of_service")
            m_hcpcs[key(field(row, "code"))].ed = true;
    }
    for (const auto& row : readList("follow-up-visits.csv")) {
        if (field(row, "code_system") == "revenue_center")
            m_followUpRevenue.insert(key(field(row, "code")));
        else
            m_hcpcs[key(field(row, "code"))].followUp = true;
    }
    for (const auto& row : readList("annual-wellness-visits.csv"))
        if (field(row, "counts") == "yes")
            m_hcpcs[key(field(row, "code"))].wellness = true;
    for (const auto& row : readList("influenza-immunization.csv"))
        m_hcpcs[key(field(row, "code"))].flu = true;
    for (const auto& row : readList("mammography.csv"))
        m_hcpcs[key(field(row, "code"))].mammogram = true;
    for (const auto& row : readList("colorectal-screening.csv"))
        m_hcpcs[key(field(row, "code"))].colorectalMonths = static_cast<std::uint8_t>(12 * std::stoi(field(row, "lookback_years")));
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
        if (system == "CPT" || system == "HCPCS")
            m_hcpcs[key(field(row, "code"))].exclusion = exclusion;
        else
            m_diagnoses[key(field(row, "code"))] = exclusion;
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

std::uint64_t ClaimsCodes::key(std::string_view code)
{
    std::uint64_t packed = 0;
    int length = 0;
    for (char c : code) {
        if (c == '.' || c == ' ')
            continue;
        if (++length > 8)
            return 0;
        packed = packed << 8 | static_cast<unsigned char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    }
    return packed;
}

bool ClaimsCodes::Hcpcs::primaryCareIn(int year, std::string_view placeOfService) const
{
    return primaryCare && year >= firstYear && (lastYear == 0 || year <= lastYear) &&
           !(excludedPlace[0] != 0 && placeOfService.size() == 2 && placeOfService[0] == excludedPlace[0] &&
             placeOfService[1] == excludedPlace[1]);
}

const ClaimsCodes::Hcpcs* ClaimsCodes::hcpcs(std::string_view code) const
{
    const auto it = m_hcpcs.find(key(code));
    return it == m_hcpcs.end() ? nullptr : &it->second;
}

bool ClaimsCodes::isEdRevenueCenter(std::string_view revenueCenter) const
{
    return m_edRevenue.contains(key(revenueCenter));
}

bool ClaimsCodes::isFollowUpRevenueCenter(std::string_view revenueCenter) const
{
    return m_followUpRevenue.contains(key(revenueCenter));
}

ClaimsCodes::Exclusion ClaimsCodes::diagnosisExclusion(std::string_view code) const
{
    if (m_diagnoses.empty() || code.empty())
        return Exclusion::None;
    const auto it = m_diagnoses.find(key(code));
    return it == m_diagnoses.end() ? Exclusion::None : it->second;
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
    const auto it = m_discharge.find(std::string(status));
    return it == m_discharge.end() ? Discharge::Other : it->second;
}

ClaimsCodes::Enrollment ClaimsCodes::enrollment(std::string_view medicareStatus, std::string_view dualStatus) const
{
    if (medicareStatus == "11" || medicareStatus == "21" || medicareStatus == "31")
        return Enrollment::Esrd;
    if (medicareStatus == "20")
        return Enrollment::Disabled;
    const auto it = m_dual.find(std::string(dualStatus));
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
