#pragma once

#include "claims/cclffilename.h"
#include "claims/cclflayout.h"
#include "claims/cclfrecordbuilder.h"

#include <QString>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace aco::test {

// A CCLF delivery made by hand for tests, record by record, with plausible values in the fields
// a test does not care about. Amounts are cents as the file holds them (unsigned for
// cancellations, as CMS writes them); dates YYYYMMDD.
class CclfTestDelivery
{
public:
    explicit CclfTestDelivery(int fileDate = 20251215, const QString& acoId = QStringLiteral("A1234"),
                              CclfFileName::Kind kind = CclfFileName::Kind::Monthly);

    struct PartA
    {
        std::int64_t id = 0;
        std::string mbi;
        std::string ccn = "654321";
        int from = 20120701;
        int thru = 20120708;
        std::int64_t paidCents = 0;
        int adjustment = 0;
        int effective = 20120720;
        int claimType = 60;
        std::string billType = "111";
        std::int64_t imeCents = 0;
        std::int64_t dshCents = 0;
        std::int64_t uncompensatedCents = 0;
        std::string dischargeStatus = "01";
        std::string admissionType = "1";
        std::string principalDx = "I5030";
    };
    struct Line // Part B physician or DME
    {
        std::int64_t claimId = 0;
        int line = 1;
        std::string mbi;
        std::string control = "7";
        std::int64_t paidCents = 0;
        int adjustment = 0;
        int effective = 20120902;
        int from = 20120815;
        int thru = 20120815;
        std::string hcpcs = "99213";
        std::string npi = "1234567893";
        std::string placeOfService = "11";
        int claimType = 71;                                // CCLF5: 71 physician, 72 DMEPOS
        std::vector<std::string> diagnoses = {"E119", "I10"}; // CCLF5's claim diagnoses
        std::string lineDiagnosis = "";
    };
    struct Beneficiary // CCLF8
    {
        std::string mbi;
        std::string first = "Jane";
        std::string last = "Doe";
        int birthDate = 19500101;
        char sex = '2';
        std::string medicareStatus = "10";
        std::string dualStatus = "NA";
        std::string orec = ""; // blank: 1 for a disabled Medicare status (2x), else 0
        int partBStart = 0;
        int deathDate = 0;
    };

    void addPartA(const PartA& claim);
    void addRevenueLine(std::int64_t claimId, int line, const std::string& revenueCenter,
                        const std::string& hcpcs, std::int64_t paidCents, int date = 20120701);
    void addDiagnosis(std::int64_t claimId, int sequence, const std::string& code);
    void addProcedure(std::int64_t claimId, int sequence, const std::string& code, int date);
    void addPartB(const Line& line);
    void addDme(const Line& line);
    void addPartD(std::int64_t id, const std::string& mbi, int fillDate, int adjustment = 0);
    void addBeneficiary(const std::string& mbi, const std::string& first, const std::string& last,
                        int birthDate, char sex = '2', const std::string& medicareStatus = "10",
                        const std::string& dualStatus = "NA", int deathDate = 0);
    void addBeneficiary(const Beneficiary& beneficiary);
    void addXref(const std::string& previous, const std::string& current, int effective = 20250101);
    // A record made elsewhere (a malformed one, say).
    void addRecord(CclfFile file, const std::string& record);
    // A builder of `file`'s records, cleared.
    CclfRecordBuilder builder(CclfFile file, int recordLength = 0) const;
    // Leaves a file out of the delivery (a damaged delivery), or leaves out CCLF0.
    void omit(CclfFile file) { m_omitted.push_back(file); }

    const CclfFileName& id() const { return m_id; }
    // Writes the delivery into `folder`: its files in a subfolder named after the delivery, or a
    // zip there. Returns the subfolder's or zip's path.
    QString write(const QString& folder, bool zip) const;

private:
    CclfFileName m_id;
    std::map<CclfFile, std::vector<std::string>> m_records;
    std::vector<CclfFile> m_omitted;
};

} // namespace aco::test
