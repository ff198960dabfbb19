#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace aco {

// What one CCLF load changed in the claims tables, so that the beneficiaries' facts kept from the
// loads before can be brought up to date instead of read again from every claim
// (claimsmeasures/storedfacts.h). Ids are row ids of the claims tables; beneficiaries are the
// cclf_mbi ids the claims are stored under. Part D is not listed: no measure reads it.
struct ClaimsChanges
{
    enum Table { PartA, PartB, Dme, TableCount };

    // Read every claim again: MBIs were merged, so claims moved between beneficiaries.
    bool everything = false;
    // Whether the rows below are listed: a load of more rows than a few months bring (a first
    // load of years of claims) lists none, and its readers read every claim instead.
    bool rowsListed = true;
    static constexpr size_t listedRowsAtMost = 2'000'000;

    // Rows new to the file (Part A headers; Part B and DME lines), final action or not.
    std::array<std::vector<std::int64_t>, TableCount> inserted;
    // Part A claims that got new lines, diagnoses or procedures; and those whose lines, diagnoses
    // or procedures came again with other content.
    std::vector<std::int64_t> partADetails;
    std::vector<std::int64_t> partADetailsReplaced;
    // Rows whose final action was decided again (CCLF IP 5.2: `action` before and after, 1 final).
    struct Redecided
    {
        Table table = PartA;
        std::int64_t row = 0;
        std::int64_t beneficiary = 0;
        int before = 0;
        int after = 0;
    };
    std::vector<Redecided> redecided;
    // Rows replaced by a record with the same key and other content, and their beneficiaries
    // (before and after).
    std::array<std::vector<std::int64_t>, TableCount> replacedRows;
    std::vector<std::int64_t> replaced;
    // Deliveries the load added (their CCLF8 members are new).
    std::vector<std::int64_t> deliveries;

    // What the load does, as it does it: a row inserted; a row replaced, with its beneficiary
    // before and after; a Part A claim's line or code inserted or replaced; a row's final action
    // decided again. Lists nothing more once there are too many.
    void insertedRow(Table table, std::int64_t id)
    {
        if (list())
            inserted[table].push_back(id);
    }
    void replacedRow(Table table, std::int64_t id, std::int64_t beneficiaryBefore, std::int64_t beneficiary)
    {
        if (!list())
            return;
        replacedRows[table].push_back(id);
        replaced.push_back(beneficiaryBefore);
        replaced.push_back(beneficiary);
    }
    void detailOf(std::int64_t claim, bool replacedDetail)
    {
        if (list())
            (replacedDetail ? partADetailsReplaced : partADetails).push_back(claim);
    }
    void redecidedRow(const Redecided& row)
    {
        if (list())
            redecided.push_back(row);
    }
    // Whether readers of the rows must read every claim.
    bool readEveryClaim() const { return everything || !rowsListed; }

private:
    bool list()
    {
        if (!rowsListed)
            return false;
        if (++m_listed <= listedRowsAtMost)
            return true;
        rowsListed = false;
        for (auto* lists : {&inserted, &replacedRows})
            for (auto& rows : *lists)
                std::vector<std::int64_t>().swap(rows);
        for (auto* rows : {&partADetails, &partADetailsReplaced, &replaced})
            std::vector<std::int64_t>().swap(*rows);
        std::vector<Redecided>().swap(redecided);
        return false;
    }

    size_t m_listed = 0;
};

} // namespace aco
