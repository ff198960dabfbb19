#pragma once

#include "claims/cclffieldreader.h"
#include "claims/claimschanges.h"
#include "claims/claimtable.h"
#include "claims/cclflayout.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace aco {

class Database;
class MbiRegistry;
class Statement;

// The claims tables whose related claims are found by a natural key.
enum class GroupedTable { PartA, PartB, Dme, PartD };
inline constexpr int groupedTableCount = 4;
static_assert(static_cast<int>(GroupedTable::PartA) == ClaimsChanges::PartA &&
              static_cast<int>(GroupedTable::PartB) == ClaimsChanges::PartB &&
              static_cast<int>(GroupedTable::Dme) == ClaimsChanges::Dme);
const char* groupedTableName(GroupedTable table); // "claim_a", ...

// Spending and counts of the records a load read, signed as CCLF IP 5.3.1 says.
struct DeliveredTotals
{
    std::int64_t partACents = 0;
    std::int64_t partAExcludedCents = 0; // IME, DSH and uncompensated care, in partACents
    std::int64_t partBCents = 0;
    std::int64_t dmeCents = 0;
};

// What the files of one delivery share while they are read.
struct IngestContext
{
    Database& db;
    bool write;               // false: a dry run, which reads and checks only
    std::int64_t deliveryId;
    MbiRegistry& mbis;
    DeliveredTotals& totals;
    // Part A claim ids of the delivery's CCLF1, sorted once it is read: its lines need them.
    std::vector<std::int64_t> headerIds;
    // Groups of related claims that new records joined, whose final action is to be decided again.
    std::array<std::vector<std::int64_t>, groupedTableCount> touched;
    // Groups holding a cancellation whose claim is not in the file: a later original completes it.
    std::array<std::unordered_set<std::int64_t>, groupedTableCount> unmatched;
    std::shared_ptr<Statement> headerLookup; // made when first needed
    // What the load changed, for the facts kept from the loads before.
    ClaimsChanges changes;

    std::vector<std::int64_t>& touchedOf(GroupedTable t) { return touched[static_cast<size_t>(t)]; }
    std::unordered_set<std::int64_t>& unmatchedOf(GroupedTable t) { return unmatched[static_cast<size_t>(t)]; }
};

// Reads the records of one file into the ACO file's tables (or only checks them, in a dry run).
class RecordIngester
{
public:
    virtual ~RecordIngester() = default;
    // One record; what is wrong with it goes to `record`'s problems.
    virtual void ingest(CclfFieldReader& record) = 0;
    // After the file's last record.
    virtual void finish() {}

    std::int64_t inserted = 0;
    std::int64_t duplicates = 0;
    std::int64_t replaced = 0;

protected:
    // Inserts a row bound on `table` into a grouped table and notes the groups whose final action
    // is to be decided again: those a cancellation or adjustment joined, those an original joined
    // that held an unmatched cancellation, and both groups of a replaced record.
    void insertGrouped(ClaimTable& table, IngestContext& context, GroupedTable which, std::int64_t id,
                       std::int64_t hash, std::int64_t group, int adjustment);
    // Tallies a line, diagnosis or procedure of Part A claim `claim`, noting the claim when the
    // row is new or changed.
    void noteDetail(IngestContext& context, std::int64_t claim, ClaimTable::Outcome outcome)
    {
        tally(outcome);
        if (outcome != ClaimTable::Outcome::Duplicate)
            context.changes.detailOf(claim, outcome == ClaimTable::Outcome::Replaced);
    }
    void tally(ClaimTable::Outcome outcome)
    {
        switch (outcome) {
        case ClaimTable::Outcome::Inserted:
            ++inserted;
            break;
        case ClaimTable::Outcome::Duplicate:
            ++duplicates;
            break;
        case ClaimTable::Outcome::Replaced:
            ++replaced;
            break;
        }
    }
};

std::unique_ptr<RecordIngester> makeIngester(CclfFile file, const CclfLayout& layout, IngestContext& context);
std::unique_ptr<RecordIngester> makePartAIngester(CclfFile file, const CclfLayout& layout, IngestContext& context);
std::unique_ptr<RecordIngester> makePartBIngester(CclfFile file, const CclfLayout& layout, IngestContext& context);
std::unique_ptr<RecordIngester> makePartDIngester(const CclfLayout& layout, IngestContext& context);

namespace ingest {

// A hash of a record's content without its beneficiary identifiers (MBI, HICN), which CMS
// rewrites to the current MBI when it delivers a record again.
std::int64_t contentHash(const CclfLayout& layout, std::string_view record);
// The group key of related claims: the beneficiary in the high 32 bits, a hash of the rest of
// the natural key in the low.
std::int64_t groupKey(std::int64_t beneId, std::uint32_t restHash);
std::int64_t beneficiaryOf(std::int64_t groupKey);
// FNV-1a over the parts, each followed by a separator.
std::uint32_t keyHash(std::initializer_list<std::string_view> parts);
// The rest of each natural key (CCLF IP 5.1.2), after the beneficiary.
std::uint32_t partAKeyHash(std::string_view ccn, int fromDate, int thruDate);
std::uint32_t lineKeyHash(std::string_view controlNumber, std::int64_t lineNumber); // Part B and DME
std::uint32_t partDKeyHash(int fillDate, std::string_view serviceProvider, std::string_view dispensingStatus,
                       std::int64_t referenceNumber, std::string_view fillNumber);
// The beneficiary (current MBI id) of the record's BENE_MBI_ID field, or 0 with a problem.
std::int64_t beneficiary(CclfFieldReader& record, int field, MbiRegistry& mbis);
// CLM_ADJSMT_TYPE_CD: 0, 1 or 2 (blank reads as 0); other values are a problem.
int adjustment(CclfFieldReader& record, int field);
// The amount signed as CCLF IP 5.3.1 says: a cancellation's payment counts negative.
inline std::int64_t signedCents(std::int64_t cents, int adjustment)
{
    return adjustment == 1 && cents > 0 ? -cents : cents;
}
// A line's key: the claim id times 100,000 plus the line number; 0 with a problem when the line
// number does not fit.
std::int64_t lineId(CclfFieldReader& record, std::int64_t claimId, int lineField);
// The texts of `fields` that are not blank, separated by single spaces.
std::string joined(const CclfFieldReader& record, std::span<const int> fields);
// Whether `claimId` has its Part A header in this delivery or in the file; reports the line as
// a problem when not.
bool hasHeader(CclfFieldReader& record, int claimField, std::int64_t claimId, IngestContext& context);

} // namespace ingest

} // namespace aco
