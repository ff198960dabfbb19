#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace aco {

class Database;
class Statement;

// Every MBI the claims files have named, each with the beneficiary's most recent MBI (CCLF IP
// 3.1 and 5.1.1), kept in memory during a load and written to cclf_mbi as it changes. The most
// recent MBI follows the cross-reference links (CCLF9) through chains of any length
// (A -> B -> C), whichever delivery brought each link; where one MBI has links to several, the
// latest link (by its effective date) counts. A cycle of links (A -> B -> A, a data error) is
// resolved to one of its MBIs, the target of its latest link, and reported.
class MbiRegistry
{
public:
    // With `write` false (a dry run), new MBIs and links are kept in memory only.
    MbiRegistry(Database& db, bool write);
    ~MbiRegistry();
    MbiRegistry(const MbiRegistry&) = delete;
    MbiRegistry& operator=(const MbiRegistry&) = delete;

    // The id of `mbi`, registered as its own most recent MBI when new.
    std::int64_t id(std::string_view mbi);
    // The id of the most recent MBI of `id`.
    std::int64_t current(std::int64_t id) const { return m_entries[static_cast<size_t>(id)].current; }
    const std::string& mbi(std::int64_t id) const { return m_entries[static_cast<size_t>(id)].mbi; }

    // Records the link previous -> current (CCLF9's PRVS_NUM and CRNT_NUM); false when the file
    // already had it.
    bool addLink(std::string_view previous, std::string_view current, int effectiveDate,
                 int obsoleteDate, std::int64_t deliveryId);

    // An MBI that was a beneficiary's most recent and no longer is: everything stored under
    // `from` now belongs to `to`.
    struct Move
    {
        std::int64_t from;
        std::int64_t to;
    };
    // Follows the links again after addLink(), stores the new most recent MBIs, and returns the
    // moves. Cycles are described in `notes`.
    std::vector<Move> resolve(std::vector<QString>& notes);

private:
    struct Entry
    {
        std::string mbi;
        std::int64_t current = 0;
    };
    struct Link
    {
        std::int64_t target = 0;
        int effectiveDate = 0;
    };
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
    };

    Database& m_db;
    std::vector<Entry> m_entries; // by id; id 0 unused
    std::unordered_map<std::string, std::int64_t, Hash, std::equal_to<>> m_ids;
    std::unordered_map<std::int64_t, Link> m_next; // the link each MBI follows
    std::unique_ptr<Statement> m_insertMbi;
    std::unique_ptr<Statement> m_insertLink;
    bool m_linksChanged = false;
};

} // namespace aco
