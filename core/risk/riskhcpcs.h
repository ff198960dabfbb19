#pragma once

#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace aco {

// CMS's list of the CPT/HCPCS codes whose claims may supply diagnoses for risk adjustment (the
// "Medicare risk adjustment eligible CPT/HCPCS codes" of a calendar year of service): a Part B
// physician line counts only with one of them, and a hospital outpatient claim only when one of
// its revenue-center lines has one. Immutable once read; lookups allocate nothing.
class RiskHcpcsList
{
  public:
    // Reads CMS's list as published in CSV, `hcpcs,included`: the codes marked `yes`; the notes
    // CMS adds after the codes are skipped. A code that is not five letters or digits is an
    // aco::Error of kind InvalidData naming the file and line.
    static RiskHcpcsList read(const QString& path);
    // The list built into the program (`resources/risk/`), for services in 2026; read once.
    static const RiskHcpcsList& builtIn();

    // The calendar year of service the list is for.
    int serviceYear() const { return m_serviceYear; }
    std::size_t size() const { return m_codes.size(); }
    // Whether `hcpcs` (five characters; spaces around it ignored) is on the list.
    bool contains(std::string_view hcpcs) const;

  private:
    std::vector<std::uint64_t> m_codes; // five characters packed one byte each, sorted
    int m_serviceYear = 0;
};

} // namespace aco
