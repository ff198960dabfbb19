#include "claimsmeasures/claimsfacts.h"

#include "claims/claimschanges.h"
#include "claimsmeasures/claimdates.h"
#include "claimsmeasures/factextractor.h"
#include "claimsmeasures/storedfacts.h"
#include "error.h"
#include "store/database.h"

#include <algorithm>
#include <climits>
#include <array>
#include <functional>
#include <map>
#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace aco {

namespace {

int isoToInt(std::string_view iso)
{
    // "2025-12-15" -> 20251215; blank or malformed -> 0.
    if (iso.size() != 10)
        return 0;
    int value = 0;
    for (size_t i = 0; i < iso.size(); ++i) {
        if (i == 4 || i == 7)
            continue;
        if (iso[i] < '0' || iso[i] > '9')
            return 0;
        value = value * 10 + (iso[i] - '0');
    }
    return value;
}

// The columns each claims table is read with, in the order the record helpers below take them.
constexpr const char* partAColumns = "id, bene_id, action, claim_type, bill_type, ccn, from_date, thru_date, "
                                     "paid_cents, excluded_cents, principal_dx, discharge_status, admission_type";
constexpr const char* partBColumns = "bene_id, action, thru_date, hcpcs, place_of_service, rendering_npi, "
                                     "paid_cents, allowed_cents, line_dx, diagnoses";
constexpr const char* dmeColumns = "bene_id, thru_date, paid_cents";
// A Part A claim's lines, diagnoses and procedures: keys of the claim's id times these.
constexpr std::int64_t lineScale = 100000, diagnosisScale = 10000, procedureScale = 1000;

PartARecord partARecord(const Statement& row)
{
    PartARecord r;
    r.id = row.int64(0);
    r.action = row.integer(2);
    r.claimType = row.integer(3);
    r.billType = row.utf8(4);
    r.ccn = row.utf8(5);
    r.from = row.integer(6);
    r.thru = row.integer(7);
    r.paidCents = row.int64(8);
    r.excludedCents = row.int64(9);
    r.principalDx = row.utf8(10);
    r.dischargeStatus = row.utf8(11);
    r.admissionType = row.utf8(12);
    return r;
}

PartBRecord partBRecord(const Statement& row)
{
    PartBRecord r;
    r.action = row.integer(1);
    r.date = row.integer(2);
    r.hcpcs = row.utf8(3);
    r.placeOfService = row.utf8(4);
    r.renderingNpi = row.utf8(5);
    r.paidCents = row.int64(6);
    r.allowedCents = row.int64(7);
    r.lineDx = row.utf8(8);
    r.diagnoses = row.utf8(9);
    return r;
}

// A final-action Part A claim, kept while its lines, diagnoses and procedures are read.
struct Header
{
    std::int64_t bene = 0;
    PartARecord record;
    char billType[3] = {' ', ' ', ' '};

    Header(std::int64_t beneficiary, const PartARecord& r) : bene(beneficiary), record(r)
    {
        for (size_t i = 0; i < 3 && i < r.billType.size(); ++i)
            billType[i] = r.billType[i];
        record.ccn = {};
        record.principalDx = {};
        record.dischargeStatus = {};
        record.admissionType = {};
        pin();
    }
    // The record's bill type views this header's copy; again after the header moved.
    void pin() { record.billType = std::string_view(billType, 3); }
};

// Reads a file's claims into the facts of the beneficiaries, keyed by the cclf_mbi id of each
// one's current MBI ("person").
using PrimaryCare = std::vector<std::pair<std::string, std::int64_t>>; // NPI and provider id

PrimaryCare primaryCareProviders(const Database& db)
{
    PrimaryCare pcps;
    auto providers = db.prepare("SELECT npi, id FROM provider WHERE kind = 'primary_care'");
    while (providers.step())
        pcps.emplace_back(std::string(providers.utf8(0)), providers.int64(1));
    return pcps;
}

class FactsReader
{
public:
    FactsReader(const Database& db, const ClaimsCodes& codes, const PrimaryCare& primaryCare, ClaimsFacts& result,
                ClaimsProgress progress = {})
        : m_db(db), m_codes(codes), m_result(result), m_extract(codes, primaryCare), m_progress(std::move(progress))
    {
        const auto size = static_cast<size_t>(db.queryInt64("SELECT coalesce(max(id), 0) FROM cclf_mbi") + 1);
        m_result.facts.resize(size);
        m_result.rosterId.resize(size);
        m_current.resize(size);
        auto mbis = db.prepare("SELECT id, current_id FROM cclf_mbi");
        while (mbis.step())
            m_current[static_cast<size_t>(mbis.int64(0))] = mbis.int64(1);
        auto deliveries = db.prepare("SELECT id, file_date FROM cclf_delivery WHERE kind = 'monthly'");
        while (deliveries.step()) {
            const int month = deliveryDataMonth(isoToInt(deliveries.utf8(1)));
            m_deliveryMonth[deliveries.int64(0)] = month;
            m_result.firstMonth = m_result.firstMonth == 0 ? month : std::min(m_result.firstMonth, month);
            m_result.lastMonth = std::max(m_result.lastMonth, month);
        }
    }

    size_t personOf(std::int64_t bene) const
    {
        const auto i = static_cast<size_t>(bene);
        return i < m_current.size() ? static_cast<size_t>(m_current[i]) : 0;
    }
    BeneficiaryFacts& factsOf(std::int64_t bene) { return m_result.facts[personOf(bene)]; }

    // Says `percent` of the reading is done; a cancel throws.
    void done(int percent)
    {
        m_percent = percent;
        if (m_progress && !m_progress(percent))
            throw Error("Computing the claims-based measures was cancelled.");
    }
    // One more row read: now and then, the share done so far is said again (a cancel is seen).
    void tick()
    {
        if ((++m_rows & 0xFFFF) == 0)
            done(m_percent);
    }

    // Every claim and membership, one pass over each table. Membership and the months' spending
    // are kept as flat tables of persons by months meanwhile: millions of rows come in no order of
    // beneficiary, and a flat table touches one place of memory for each.
    void readEverything()
    {
        const size_t size = m_current.size();
        const size_t span = m_result.firstMonth == 0
                                ? 0
                                : static_cast<size_t>(
                                      claimdates::monthsBetween(m_result.firstMonth, m_result.lastMonth) + 1);
        std::vector<char> member(size * span);
        std::vector<std::int64_t> spent(size * span);
        auto members = m_db.prepare("SELECT delivery_id, bene_id FROM cclf_member");
        for (auto month = m_deliveryMonth.end(); members.step();) {
            tick();
            if (month == m_deliveryMonth.end() || month->first != members.int64(0))
                month = m_deliveryMonth.find(members.int64(0));
            if (month != m_deliveryMonth.end())
                member[personOf(members.int64(1)) * span +
                       static_cast<size_t>(claimdates::monthsBetween(m_result.firstMonth, month->second))] = 1;
        }
        m_spend = [&](std::int64_t bene, FactExtractor::Spent s) {
            const size_t person = personOf(bene);
            const int offset = span ? claimdates::monthsBetween(m_result.firstMonth, s.month) : -1;
            if (offset >= 0 && static_cast<size_t>(offset) < span)
                spent[person * span + static_cast<size_t>(offset)] += s.cents;
            else
                FactExtractor::spend(m_result.facts[person], s);
        };

        // Part A headers first; the final-action ones are kept for their lines, which come in the
        // same order (their keys are the claim's id times a power of ten).
        done(10);
        std::vector<Header> headers;
        auto partA = m_db.prepare(std::string("SELECT ") + partAColumns + " FROM claim_a ORDER BY id");
        while (partA.step()) {
            tick();
            if (const PartARecord r = header(partA); r.action == 1)
                headers.emplace_back(partA.int64(1), r);
        }
        for (Header& h : headers) // now that the vector no longer moves
            h.pin();
        done(20);
        const auto forEachWithHeader = [&](const char* sql, std::int64_t scale, int percentAfter, const auto& each) {
            auto rows = m_db.prepare(sql);
            size_t at = 0;
            while (rows.step()) {
                tick();
                const std::int64_t claim = rows.int64(0) / scale;
                while (at < headers.size() && headers[at].record.id < claim)
                    ++at;
                if (at < headers.size() && headers[at].record.id == claim)
                    each(headers[at], rows);
            }
            done(percentAfter);
        };
        forEachWithHeader("SELECT id, revenue_center, hcpcs, thru_date FROM claim_a_line ORDER BY id", lineScale, 35,
                          [&](const Header& h, const Statement& row) { line(factsOf(h.bene), h, row); });
        forEachWithHeader("SELECT id, code FROM claim_a_diagnosis ORDER BY id", diagnosisScale, 45,
                          [&](const Header& h, const Statement& row) { diagnosis(factsOf(h.bene), h, row); });
        // Procedures after the headers: a stay's planned procedures are set on the stay.
        forEachWithHeader("SELECT id, code, performed_date FROM claim_a_procedure ORDER BY id", procedureScale, 50,
                          [&](const Header& h, const Statement& row) { procedure(factsOf(h.bene), h, row); });

        auto partB = m_db.prepare(std::string("SELECT ") + partBColumns + " FROM claim_b_line");
        while (partB.step()) {
            tick();
            partBLine(partB);
        }
        done(85);
        auto dme = m_db.prepare(std::string("SELECT ") + dmeColumns + " FROM claim_dme_line");
        while (dme.step()) {
            tick();
            dmeLine(dme);
        }
        done(95);

        for (size_t person = 0; person < size; ++person) {
            BeneficiaryFacts& f = m_result.facts[person];
            for (size_t m = 0; m < span; ++m) {
                const int month = claimdates::addMonths(m_result.firstMonth, static_cast<int>(m));
                if (member[person * span + m])
                    f.memberMonths.push_back(month);
                if (const std::int64_t cents = spent[person * span + m])
                    FactExtractor::spend(f, {month, cents});
            }
        }
        m_spend = {};
    }

    // What `changes` brought to facts kept from before (already in the result): the rows it
    // inserted and their members; the facts of claims loaded before that it made final action or
    // no longer; new lines and codes of such claims; and every claim again of a beneficiary for
    // whom that is not enough (a record with other content). Marks the persons whose facts changed.
    void readChanges(const ClaimsChanges& changes, std::vector<char>& changed)
    {
        m_result.reading.everyClaimRead = false;
        changed.assign(m_current.size(), 0);
        m_spend = [&](std::int64_t bene, FactExtractor::Spent s) { FactExtractor::spend(factsOf(bene), s); };
        std::array<std::vector<std::int64_t>, ClaimsChanges::TableCount> inserted = changes.inserted;
        for (auto& ids : inserted)
            std::sort(ids.begin(), ids.end());
        const auto isNew = [&](ClaimsChanges::Table table, std::int64_t row) {
            return std::binary_search(inserted[table].begin(), inserted[table].end(), row);
        };
        // The load's rows carry a delivery id from its first delivery's on.
        const std::int64_t firstDelivery =
            changes.deliveries.empty() ? INT64_MAX : *std::min_element(changes.deliveries.begin(), changes.deliveries.end());

        auto partA = m_db.prepare(std::string("SELECT ") + partAColumns + " FROM claim_a WHERE id = ?1");
        auto partB = m_db.prepare(std::string("SELECT ") + partBColumns + " FROM claim_b_line WHERE id = ?1");
        // Calls `each` with the row of `id` in `query`, if there is one.
        const auto withRow = [](Statement& query, std::int64_t id, const auto& each) {
            query.bind(1, id);
            if (query.step())
                each(query);
            query.reset();
        };
        const auto claimPerson = [&](std::int64_t claim) {
            size_t person = 0;
            withRow(partA, claim, [&](const Statement& row) { person = personOf(row.int64(1)); });
            return person;
        };

        // Beneficiaries to read again in full: a record replaced by other content.
        std::unordered_set<size_t> again;
        for (std::int64_t bene : changes.replaced)
            again.insert(personOf(bene));
        for (std::int64_t claim : changes.partADetailsReplaced) {
            if (!isNew(ClaimsChanges::PartA, claim))
                again.insert(claimPerson(claim));
        }
        // Rows loaded before whose final action was decided again: as they were before the load
        // and as they are now.
        std::map<std::pair<int, std::int64_t>, ClaimsChanges::Redecided> decided;
        for (const ClaimsChanges::Redecided& r : changes.redecided) {
            if (isNew(r.table, r.row))
                continue;
            const auto [it, first] = decided.try_emplace({r.table, r.row}, r);
            if (!first)
                it->second.after = r.after;
        }
        // Claims loaded before that got new lines or codes; read again with those when their
        // final action changed too.
        std::vector<std::int64_t> detailed;
        for (std::int64_t claim : changes.partADetails) {
            if (!isNew(ClaimsChanges::PartA, claim))
                detailed.push_back(claim);
        }
        std::sort(detailed.begin(), detailed.end());
        detailed.erase(std::unique(detailed.begin(), detailed.end()), detailed.end());
        for (std::int64_t claim : detailed) {
            if (decided.contains({ClaimsChanges::PartA, claim}))
                again.insert(claimPerson(claim));
        }
        again.erase(0);

        for (std::int64_t claim : detailed) {
            withRow(partA, claim, [&](const Statement& row) {
                const size_t person = personOf(row.int64(1));
                if (again.contains(person))
                    return;
                changed[person] = 1;
                const PartARecord r = partARecord(row);
                if (r.action == 1)
                    claimDetails(Header(row.int64(1), r), m_result.facts[person], firstDelivery);
            });
        }
        for (const auto& [key, d] : decided) {
            const size_t person = personOf(d.beneficiary);
            if ((d.before == 1) == (d.after == 1) || person == 0 || again.contains(person))
                continue;
            BeneficiaryFacts claim; // what the row gives as final action
            if (d.table == ClaimsChanges::PartA) {
                withRow(partA, d.row, [&](const Statement& row) {
                    PartARecord r = partARecord(row);
                    r.action = 1;
                    m_extract.partA(claim, r);
                    claimDetails(Header(row.int64(1), r), claim, 0);
                });
            } else if (d.table == ClaimsChanges::PartB) {
                withRow(partB, d.row, [&](const Statement& row) {
                    PartBRecord r = partBRecord(row);
                    r.action = 1;
                    m_extract.partB(claim, r);
                });
            } else {
                continue; // DME lines give spending alone, whatever their action
            }
            BeneficiaryFacts& f = m_result.facts[person];
            if (d.after == 1)
                f.add(claim);
            else if (!f.remove(claim))
                again.insert(person); // not as kept: read it all
            changed[person] = 1;
        }
        for (size_t person : again) {
            readPersonAgain(person);
            changed[person] = 1;
        }
        m_result.reading.beneficiariesReadAgain = static_cast<std::int64_t>(again.size());

        // The rows the load inserted, but those of beneficiaries read again.
        const auto skip = [&](std::int64_t bene) {
            const size_t person = personOf(bene);
            changed[person] = 1;
            return person == 0 || again.contains(person);
        };
        for (std::int64_t id : inserted[ClaimsChanges::PartA]) {
            withRow(partA, id, [&](const Statement& row) {
                if (!skip(row.int64(1)))
                    wholePartAClaim(row);
            });
        }
        for (std::int64_t id : inserted[ClaimsChanges::PartB]) {
            withRow(partB, id, [&](const Statement& row) {
                if (!skip(row.int64(0)))
                    partBLine(row);
            });
        }
        auto dme = m_db.prepare(std::string("SELECT ") + dmeColumns + " FROM claim_dme_line WHERE id = ?1");
        for (std::int64_t id : inserted[ClaimsChanges::Dme]) {
            withRow(dme, id, [&](const Statement& row) {
                if (!skip(row.int64(0)))
                    dmeLine(row);
            });
        }

        auto members = m_db.prepare("SELECT bene_id FROM cclf_member WHERE delivery_id = ?1");
        for (std::int64_t delivery : changes.deliveries) {
            const auto month = m_deliveryMonth.find(delivery);
            if (month == m_deliveryMonth.end())
                continue; // a run-out delivery has no members
            members.bind(1, delivery);
            while (members.step()) {
                const size_t person = personOf(members.int64(0));
                m_result.facts[person].memberMonths.push_back(month->second);
                changed[person] = 1;
            }
            members.reset();
        }
        changed[0] = 0;
        m_spend = {};
    }

    // The roster's row and demographics of each person, and the order finish() gives the facts.
    void finish()
    {
        auto people = m_db.prepare("SELECT m.id, b.id, b.birth_date, b.sex, b.death_date, b.medicare_status, "
                                   "b.dual_status FROM cclf_mbi m JOIN beneficiary b ON b.mbi = m.mbi "
                                   "WHERE m.current_id = m.id");
        while (people.step()) {
            const auto id = static_cast<size_t>(people.int64(0));
            m_result.rosterId[id] = people.int64(1);
            BeneficiaryFacts& f = m_result.facts[id];
            f.birthDate = isoToInt(people.utf8(2));
            const std::string_view sex = people.utf8(3);
            f.sex = sex.empty() ? 0 : sex.front();
            f.deathDate = isoToInt(people.utf8(4));
            f.enrollment = m_codes.enrollment(people.utf8(5), people.utf8(6));
        }
        for (BeneficiaryFacts& f : m_result.facts)
            f.finish();
        m_result.hasPartA = m_db.queryInt64("SELECT EXISTS (SELECT 1 FROM claim_a)") != 0;
        m_result.hasPartB = m_db.queryInt64("SELECT EXISTS (SELECT 1 FROM claim_b_line)") != 0;
    }

private:
    // A Part A header: its spending, and what it is when it is final action.
    PartARecord header(const Statement& row)
    {
        const PartARecord r = partARecord(row);
        m_spend(row.int64(1), FactExtractor::spending(r));
        if (r.action == 1)
            m_extract.partA(factsOf(row.int64(1)), r);
        return r;
    }
    void line(BeneficiaryFacts& f, const Header& h, const Statement& row)
    {
        m_extract.partALine(f, h.record, row.utf8(1), row.utf8(2), row.integer(3));
    }
    void diagnosis(BeneficiaryFacts& f, const Header& h, const Statement& row)
    {
        m_extract.partADiagnosis(f, h.record, row.utf8(1));
    }
    void procedure(BeneficiaryFacts& f, const Header& h, const Statement& row)
    {
        m_extract.partAProcedure(f, h.record, row.utf8(1), row.integer(2));
    }
    void partBLine(const Statement& row)
    {
        const PartBRecord r = partBRecord(row);
        m_spend(row.int64(0), FactExtractor::spending(r));
        if (r.action == 1)
            m_extract.partB(factsOf(row.int64(0)), r);
    }
    void dmeLine(const Statement& row)
    {
        m_spend(row.int64(0), FactExtractor::dmeSpending(row.integer(1), row.int64(2)));
    }

    // One Part A claim with its lines, diagnoses and procedures.
    void wholePartAClaim(const Statement& row)
    {
        const PartARecord r = header(row);
        if (r.action == 1)
            claimDetails(Header(row.int64(1), r), factsOf(row.int64(1)), 0);
    }

    // A Part A claim's lines, diagnoses and procedures (those of deliveries from `fromDelivery`
    // on), found by their keys' range, into `f`.
    void claimDetails(const Header& h, BeneficiaryFacts& f, std::int64_t fromDelivery)
    {
        if (!m_lines) {
            const auto prepare = [&](const char* columns, const char* table) {
                return std::make_unique<Statement>(m_db.prepare(std::string("SELECT ") + columns + " FROM " +
                                                                table + " WHERE id BETWEEN ?1 AND ?2 AND "
                                                                        "delivery_id >= ?3"));
            };
            m_lines = prepare("id, revenue_center, hcpcs, thru_date", "claim_a_line");
            m_diagnoses = prepare("id, code", "claim_a_diagnosis");
            m_procedures = prepare("id, code, performed_date", "claim_a_procedure");
        }
        const auto details = [&](Statement& query, std::int64_t scale, const auto& each) {
            query.bind(1, h.record.id * scale).bind(2, h.record.id * scale + scale - 1).bind(3, fromDelivery);
            while (query.step())
                each(query);
            query.reset();
        };
        details(*m_lines, lineScale, [&](const Statement& q) { line(f, h, q); });
        details(*m_diagnoses, diagnosisScale, [&](const Statement& q) { diagnosis(f, h, q); });
        // Procedures last: a stay's planned procedures are set on the stay.
        details(*m_procedures, procedureScale, [&](const Statement& q) { procedure(f, h, q); });
    }

    // Every claim of one person again, under each MBI it ever had (claims are stored under the
    // current one, but read each in case), found through the claims' group keys: the beneficiary
    // is their high 32 bits.
    void readPersonAgain(size_t person)
    {
        BeneficiaryFacts& f = m_result.facts[person];
        std::vector<int> members = std::move(f.memberMonths);
        f = BeneficiaryFacts();
        f.memberMonths = std::move(members);
        if (m_aliases.empty()) {
            for (size_t id = 1; id < m_current.size(); ++id)
                m_aliases.emplace(static_cast<size_t>(m_current[id]), static_cast<std::int64_t>(id));
        }
        const auto range = [](std::int64_t bene) {
            const auto low = static_cast<std::int64_t>(static_cast<std::uint64_t>(bene) << 32);
            return std::pair(low, low | 0xFFFFFFFF);
        };
        auto partA = m_db.prepare(std::string("SELECT ") + partAColumns +
                                  " FROM claim_a WHERE group_key BETWEEN ?1 AND ?2");
        auto partB = m_db.prepare(std::string("SELECT ") + partBColumns +
                                  " FROM claim_b_line WHERE group_key BETWEEN ?1 AND ?2");
        auto dme = m_db.prepare(std::string("SELECT ") + dmeColumns +
                                " FROM claim_dme_line WHERE group_key BETWEEN ?1 AND ?2");
        const auto [first, last] = m_aliases.equal_range(person);
        for (auto alias = first; alias != last; ++alias) {
            const auto [low, high] = range(alias->second);
            for (Statement* query : {&partA, &partB, &dme})
                query->bind(1, low).bind(2, high);
            while (partA.step())
                wholePartAClaim(partA);
            while (partB.step())
                partBLine(partB);
            while (dme.step())
                dmeLine(dme);
            for (Statement* query : {&partA, &partB, &dme})
                query->reset();
        }
    }

    const Database& m_db;
    const ClaimsCodes& m_codes;
    ClaimsFacts& m_result;
    const FactExtractor m_extract;
    std::vector<std::int64_t> m_current; // the current MBI's id of each cclf_mbi id
    std::map<std::int64_t, int> m_deliveryMonth; // monthly deliveries' data months
    std::function<void(std::int64_t, FactExtractor::Spent)> m_spend;
    std::unordered_multimap<size_t, std::int64_t> m_aliases; // person -> its MBIs' ids
    std::unique_ptr<Statement> m_lines, m_diagnoses, m_procedures;
    ClaimsProgress m_progress;
    int m_percent = 0;     // of the reading done, as last said
    std::int64_t m_rows = 0; // read so far
};

} // namespace

int deliveryDataMonth(int fileDate)
{
    return claimdates::addMonths(claimdates::monthOf(fileDate), -1);
}

ClaimsFacts readClaimsFacts(const Database& db, const ClaimsCodes& codes)
{
    ClaimsFacts result;
    FactsReader reader(db, codes, primaryCareProviders(db), result);
    reader.readEverything();
    reader.finish();
    return result;
}

ClaimsFacts updateClaimsFacts(Database& db, const ClaimsCodes& codes, const ClaimsChanges& changes,
                              const ClaimsProgress& progress)
{
    ClaimsFacts result;
    const PrimaryCare primaryCare = primaryCareProviders(db);
    FactsReader reader(db, codes, primaryCare, result, progress);
    const std::string basis = storedfacts::basis(primaryCare);
    bool again = changes.readEveryClaim() || storedfacts::storedBasis(db) != basis;
    if (!again) {
        try {
            storedfacts::readAll(db, result.facts);
        } catch (const Error&) {
            // Facts kept that cannot be read are read again from every claim.
            again = true;
            std::fill(result.facts.begin(), result.facts.end(), BeneficiaryFacts());
        }
    }
    std::vector<char> changed;
    if (again)
        reader.readEverything();
    else
        reader.readChanges(changes, changed);
    reader.finish();
    storedfacts::write(db, result.facts, changed, again, basis);
    reader.done(100);
    return result;
}

} // namespace aco
