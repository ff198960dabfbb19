#include "claims/mbiregistry.h"

#include "store/database.h"
#include "store/statement.h"

#include <QStringList>

#include <algorithm>
#include <optional>

namespace aco {

MbiRegistry::MbiRegistry(Database& db, bool write) : m_db(db)
{
    if (write) {
        m_insertMbi = std::make_unique<Statement>(
            db.prepare("INSERT INTO cclf_mbi (id, mbi, current_id) VALUES (?1, ?2, ?1)"));
        m_insertLink = std::make_unique<Statement>(db.prepare(
            "INSERT INTO cclf_mbi_link (previous_mbi, current_mbi, effective_date, obsolete_date, "
            "delivery_id) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING"));
    }
    m_entries.resize(1);
    auto mbis = db.prepare("SELECT id, mbi, current_id FROM cclf_mbi ORDER BY id");
    while (mbis.step()) {
        const auto id = static_cast<size_t>(mbis.int64(0));
        if (id >= m_entries.size())
            m_entries.resize(id + 1);
        m_entries[id] = {std::string(mbis.utf8(1)), mbis.int64(2)};
        m_ids.emplace(m_entries[id].mbi, static_cast<std::int64_t>(id));
    }
    auto links = db.prepare("SELECT previous_mbi, current_mbi, effective_date FROM cclf_mbi_link");
    while (links.step()) {
        const std::int64_t from = id(links.utf8(0));
        const std::int64_t to = id(links.utf8(1));
        Link& link = m_next[from];
        const int effective = links.integer(2);
        if (link.target == 0 || effective > link.effectiveDate ||
            (effective == link.effectiveDate && to > link.target))
            link = {to, effective};
    }
}

MbiRegistry::~MbiRegistry() = default;

std::int64_t MbiRegistry::id(std::string_view mbi)
{
    const auto it = m_ids.find(mbi);
    if (it != m_ids.end())
        return it->second;
    const auto id = static_cast<std::int64_t>(m_entries.size());
    m_entries.push_back({std::string(mbi), id});
    m_ids.emplace(std::string(mbi), id);
    if (m_insertMbi)
        m_insertMbi->bind(1, id).bind(2, mbi).run();
    return id;
}

bool MbiRegistry::addLink(std::string_view previous, std::string_view current, int effectiveDate,
                          int obsoleteDate, std::int64_t deliveryId)
{
    const std::int64_t from = id(previous);
    const std::int64_t to = id(current);
    if (m_insertLink) {
        m_insertLink->bind(1, previous).bind(2, current).bind(3, effectiveDate).bind(4, obsoleteDate)
            .bind(5, deliveryId).run();
        if (m_db.changes() == 0)
            return false;
    } else if (m_next.contains(from) && m_next.at(from).target == to) {
        return false;
    }
    Link& link = m_next[from];
    if (link.target == 0 || effectiveDate > link.effectiveDate ||
        (effectiveDate == link.effectiveDate && to > link.target)) {
        link = {to, effectiveDate};
        m_linksChanged = true;
    }
    return true;
}

std::vector<MbiRegistry::Move> MbiRegistry::resolve(std::vector<QString>& notes)
{
    std::vector<Move> moves;
    if (!m_linksChanged)
        return moves;
    m_linksChanged = false;

    // Follows each MBI's links to the end; every MBI on the way gets the same most recent MBI.
    const size_t count = m_entries.size();
    std::vector<std::int64_t> resolved(count, 0);
    std::vector<int> onPath(count, 0);
    std::vector<std::int64_t> path;
    for (size_t start = 1; start < count; ++start) {
        if (resolved[start] != 0)
            continue;
        path.clear();
        auto node = static_cast<std::int64_t>(start);
        std::int64_t end = 0;
        for (;;) {
            if (resolved[static_cast<size_t>(node)] != 0) {
                end = resolved[static_cast<size_t>(node)];
                break;
            }
            if (onPath[static_cast<size_t>(node)]) {
                // A cycle: from `node` round to itself. Its representative is the target of its
                // latest link.
                const auto first = std::find(path.begin(), path.end(), node);
                std::int64_t best = node;
                int bestDate = -1;
                QStringList members;
                for (auto it = first; it != path.end(); ++it) {
                    const Link& link = m_next.at(*it);
                    members << QString::fromStdString(m_entries[static_cast<size_t>(*it)].mbi);
                    if (link.effectiveDate > bestDate ||
                        (link.effectiveDate == bestDate && link.target > best)) {
                        best = link.target;
                        bestDate = link.effectiveDate;
                    }
                }
                notes.push_back(QStringLiteral("The MBI cross-reference links form a cycle (%1); "
                                               "their claims are counted under %2.")
                                    .arg(members.join(QStringLiteral(" -> ")),
                                         QString::fromStdString(m_entries[static_cast<size_t>(best)].mbi)));
                end = best;
                break;
            }
            onPath[static_cast<size_t>(node)] = 1;
            path.push_back(node);
            const auto next = m_next.find(node);
            if (next == m_next.end()) {
                end = node;
                break;
            }
            node = next->second.target;
        }
        for (std::int64_t member : path) {
            resolved[static_cast<size_t>(member)] = end;
            onPath[static_cast<size_t>(member)] = 0;
        }
    }

    std::optional<Statement> update;
    if (m_insertMbi)
        update.emplace(m_db.prepare("UPDATE cclf_mbi SET current_id = ?2 WHERE id = ?1"));
    for (size_t id = 1; id < count; ++id) {
        Entry& entry = m_entries[id];
        if (entry.current == resolved[id])
            continue;
        if (entry.current == static_cast<std::int64_t>(id))
            moves.push_back({entry.current, resolved[id]});
        entry.current = resolved[id];
        if (update)
            update->bind(1, static_cast<std::int64_t>(id)).bind(2, entry.current).run();
    }
    return moves;
}

} // namespace aco
