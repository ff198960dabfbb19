#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aco {

// The files of a CCLF delivery. CMS names each by one character after "ZC" in the file name
// (ZC1 ... ZC9, ZCA, ZCB, and ZC0 for the summary statistics).
enum class CclfFile : std::uint8_t {
    PartAHeader,    // CCLF1
    PartARevenue,   // CCLF2
    PartAProcedure, // CCLF3
    PartADiagnosis, // CCLF4
    PartBPhysician, // CCLF5
    PartBDme,       // CCLF6
    PartD,          // CCLF7
    Beneficiary,    // CCLF8
    MbiXref,        // CCLF9
    PartABenefit,   // CCLFA
    PartBBenefit,   // CCLFB
    Summary,        // CCLF0
};

// The eleven fixed-width files every delivery holds, in the order a load reads them: headers
// before the lines that need them, the cross-reference before the claims that use old MBIs.
inline constexpr std::array<CclfFile, 11> cclfDataFiles = {
    CclfFile::MbiXref,        CclfFile::Beneficiary,    CclfFile::PartAHeader,
    CclfFile::PartARevenue,   CclfFile::PartAProcedure, CclfFile::PartADiagnosis,
    CclfFile::PartBPhysician, CclfFile::PartBDme,       CclfFile::PartD,
    CclfFile::PartABenefit,   CclfFile::PartBBenefit};

char cclfFileCode(CclfFile file);                   // '1' ... '9', 'A', 'B', '0'
std::optional<CclfFile> cclfFileFromCode(char code); // case-insensitive
std::string cclfFileLabel(CclfFile file);           // "CCLF1"
std::optional<CclfFile> cclfFileFromLabel(std::string_view label);
const char* cclfFileDescription(CclfFile file);     // "Part A Claims Header File", as CCLF0 says

// How a field's characters are to be read (the packet's COBOL-style formats).
enum class CclfFormat : std::uint8_t {
    Text,     // X(n): left-justified, right-padded with spaces
    Digits,   // 9(n): an unsigned whole number
    Amount,   // -9(n).99, and amounts given as X(n): signed dollars and cents
    Quantity, // -9(n).9999: a signed decimal
    Date,     // YYYY-MM-DD
};

struct CclfField
{
    std::string name;
    int start = 0;  // 0-based
    int length = 0;
    CclfFormat format = CclfFormat::Text;
    std::string picture; // as the layout gives it: "9(13)", "X(15)", "-9(13).99", "YYYY-MM-DD"
};

// One record layout: the fields of one file at one record length.
class CclfLayout
{
public:
    CclfLayout(CclfFile file, std::vector<CclfField> fields);

    CclfFile file() const { return m_file; }
    int recordLength() const { return m_recordLength; }
    const std::vector<CclfField>& fields() const { return m_fields; }
    const CclfField& field(int index) const { return m_fields[static_cast<size_t>(index)]; }
    // The index of the field of that name, or -1.
    int find(std::string_view name) const;
    // The index of a field the program relies on; throws std::logic_error when the layout lacks
    // it (a layout table out of step with the code, not bad input).
    int index(std::string_view name) const;

private:
    CclfFile m_file;
    int m_recordLength = 0;
    std::vector<CclfField> m_fields;
};

// The layouts compiled into the program (resources/cclf/), read once: one per file, two for
// CCLF7 (the 195-byte record of packet 38 and the later 230-byte one). CCLF0 is pipe-delimited
// and has none.
const std::vector<CclfLayout>& cclfLayouts();
// The layout of `file` whose records are `recordLength` bytes long, or nullptr.
const CclfLayout* cclfLayout(CclfFile file, int recordLength);
// The record lengths `file` may have, ascending ("437", or "195 or 230").
std::vector<int> cclfRecordLengths(CclfFile file);

} // namespace aco
