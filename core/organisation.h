#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace aco {

class Database;

// The ACO a file describes.
struct AcoInfo
{
    QString acoId; // CMS identifier, e.g. "A9001"
    QString name;
    QString dataAsOf; // ISO date of the latest data
};

// One row of the provider roster, with the names of its practice and department.
struct Provider
{
    std::int64_t id = 0;
    QString npi;
    QString lastName;
    QString firstName;
    QString credential;
    QString specialty;
    bool primaryCare = false;
    bool employed = false;
    std::int64_t practiceId = 0;
    std::int64_t departmentId = 0; // 0 when the provider has no department
    QString practiceName;
    QString departmentName;
    int attributedBeneficiaries = 0;

    QString displayName() const; // "Last, First Credential"
};

// A practice or a department: a group of providers that results roll up to.
struct ProviderGroup
{
    std::int64_t id = 0;
    QString code;
    QString name;
};

// Nullopt when the file holds no ACO row yet (an empty file just created).
std::optional<AcoInfo> loadAcoInfo(const Database& db);
// Sets the file's data-as-of date to the last day of the latest month with results or
// expenditures ("2026-09-30"), after an import of either or a CCLF load; a file without either
// keeps the date it was created on. (Claims loaded into a file created today are as of their
// last month, not of today.)
void updateDataAsOf(Database& db);
// Every provider ordered by last name, first name, NPI.
std::vector<Provider> loadProviders(const Database& db);
std::vector<ProviderGroup> loadPractices(const Database& db);   // ordered by name
std::vector<ProviderGroup> loadDepartments(const Database& db); // ordered by name

} // namespace aco
