#pragma once

#include "claimsmeasures/beneficiaryfacts.h"
#include "claimsmeasures/claimsresults.h"
#include "store/statement.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace aco {

class Database;
struct BeneficiaryOutcome;

// Adds the beneficiaries' outcomes up into what the file keeps: care gaps and utilization events
// as each beneficiary is added; attribution rows, sums per provider and month, and spending per
// month and enrollment type, written by finish(). Used by the CCLF load (beneficiaries read from
// the file's claims) and by the demo (beneficiaries its generator made): one way from claims to
// results. The attribution table is written anew for the months computed, a row per member-month:
// its secondary indexes are dropped meanwhile and built once in finish(), and its rows are
// written in key order a batch at a time, several times faster than row by row with the indexes
// kept up to date (within the caller's transaction, so a failure leaves the file as it was).
class ClaimsAggregator
{
public:
    // The measures computed from claims, in the order of their sums.
    enum Code { Tcoc, Adm, Edv, Readm, Fu7, NoVisit, Awv, Flu, Bcs, Crc, CodeCount };
    static const char* codeName(Code code);

    struct MonthSpending
    {
        std::array<std::int64_t, ClaimsCodes::enrollmentCount> members{};
        std::array<std::int64_t, ClaimsCodes::enrollmentCount> cents{};
    };

    // Removes what claims gave before for the months firstMonth..lastMonth (and the claims' care
    // gaps and events), within the caller's transaction.
    ClaimsAggregator(Database& db, int firstMonth, int lastMonth);
    ~ClaimsAggregator();

    // What the claims present can give: without Part A no admissions, readmissions or follow-up;
    // without Part B no attribution, so nothing.
    void setClaimsPresent(bool partA, bool partB);
    // One beneficiary: `rosterId` is its row in the beneficiary table, 0 when it has none.
    void add(std::int64_t rosterId, const BeneficiaryFacts& facts);
    // The same with the beneficiary's outcome computed already (computeOutcome of `facts` for
    // this aggregator's months), so that callers may compute outcomes on other threads.
    void add(std::int64_t rosterId, const BeneficiaryFacts& facts, const BeneficiaryOutcome& outcome);
    int firstMonth() const { return m_first; }
    int lastMonth() const { return m_last; }
    // Members and spending of each month so far, first month first.
    const std::vector<MonthSpending>& spending() const { return m_spending; }
    // Writes the measures' results and the expenditures (against performance_year's benchmarks
    // as they are then), says which months' results changed, and moves the data date on.
    ClaimsMeasuresReport finish();

private:
    struct Sums
    {
        std::array<std::int64_t, CodeCount> numerator{};
        std::array<std::int64_t, CodeCount> denominator{};
    };

    struct Attributed // a row of the attribution table
    {
        std::int64_t beneficiary = 0;
        std::int64_t spendingCents = 0;
        int month = 0;
        int provider = 0; // a provider's rowid: the roster is small
        bool operator==(const Attributed&) const = default;
    };

    void writeAttribution();
    void insertAttribution(size_t begin, size_t end); // rows of m_attributed
    void writePatient(std::int64_t rosterId, const BeneficiaryOutcome& out);
    void removeLeftPatientRows();
    void writeResults();
    void writeExpenditures();

    Database& m_db;
    int m_first;
    int m_last;
    int m_months;
    ClaimsMeasuresReport m_report;
    std::array<std::int64_t, CodeCount> m_measureId{};
    std::array<bool, CodeCount> m_computable{};
    std::map<std::int64_t, std::vector<Sums>> m_sums; // by provider, then month
    std::vector<MonthSpending> m_spending;
    std::vector<Attributed> m_attributed; // every row, written by finish()
    Statement m_attribution;
    Statement m_attributionRows; // many rows at once
    // What the claims gave each beneficiary before (roster id): the PCP and the care gaps and
    // events, each row as text; a beneficiary's rows are written again only when they changed.
    std::unordered_map<std::int64_t, std::int64_t> m_oldPcp;
    std::unordered_map<std::int64_t, std::vector<std::string>> m_oldGaps, m_oldEvents;
    std::vector<std::string> m_newRows;
    Statement m_gap;
    Statement m_event;
    Statement m_pcp;
    Statement m_removeGaps;
    Statement m_removeEvents;
};

} // namespace aco
