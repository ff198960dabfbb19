#include "claimsmeasures/storedfacts.h"

#include "claimsmeasures/claimscodes.h"
#include "error.h"
#include "store/database.h"

#include <algorithm>
#include <cstring>

namespace aco::storedfacts {

namespace {

// Bumped whenever what is kept, or how the claims are classified into it, changes: facts kept by
// an older program are then read again from the claims.
constexpr int format = 1;

class Writer
{
public:
    explicit Writer(std::string& out) : m_out(out) {}

    void integer(std::int64_t value)
    {
        // Zigzag, then seven bits a byte.
        auto v = (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63);
        while (v >= 0x80) {
            m_out += static_cast<char>((v & 0x7F) | 0x80);
            v >>= 7;
        }
        m_out += static_cast<char>(v);
    }
    // Dates in ascending order, each as the difference from the one before.
    void date(int value)
    {
        integer(value - m_lastDate);
        m_lastDate = value;
    }
    void count(size_t n)
    {
        integer(static_cast<std::int64_t>(n));
        m_lastDate = 0;
    }
    void text(std::string_view s)
    {
        integer(static_cast<std::int64_t>(s.size()));
        m_out.append(s);
    }

private:
    std::string& m_out;
    int m_lastDate = 0;
};

class Reader
{
public:
    explicit Reader(std::string_view in) : m_in(in) {}

    std::int64_t integer()
    {
        std::uint64_t v = 0;
        for (int shift = 0;; shift += 7) {
            if (m_at >= m_in.size() || shift > 63)
                fail();
            const auto byte = static_cast<unsigned char>(m_in[m_at++]);
            v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                break;
        }
        return static_cast<std::int64_t>((v >> 1) ^ (~(v & 1) + 1));
    }
    int date()
    {
        m_lastDate += static_cast<int>(integer());
        return m_lastDate;
    }
    size_t count()
    {
        const std::int64_t n = integer();
        if (n < 0 || static_cast<size_t>(n) > m_in.size())
            fail();
        m_lastDate = 0;
        return static_cast<size_t>(n);
    }
    std::string text()
    {
        const size_t n = count();
        if (m_in.size() - m_at < n)
            fail();
        std::string s(m_in.substr(m_at, n));
        m_at += n;
        return s;
    }
    bool done() const { return m_at == m_in.size(); }
    [[noreturn]] static void fail()
    {
        throw Error("The claims' facts kept in the file are damaged; they are read again from the claims.");
    }

private:
    std::string_view m_in;
    size_t m_at = 0;
    int m_lastDate = 0;
};

template <typename T, typename Each> void writeList(Writer& w, const std::vector<T>& list, Each each)
{
    w.count(list.size());
    for (const T& item : list)
        each(item);
}

template <typename T, typename Each> void readList(Reader& r, std::vector<T>& list, Each each)
{
    list.resize(r.count());
    for (T& item : list)
        each(item);
}

template <typename E> E enumOf(std::int64_t value, E last)
{
    if (value < 0 || value > static_cast<std::int64_t>(last))
        Reader::fail();
    return static_cast<E>(value);
}

} // namespace

std::string encode(const BeneficiaryFacts& f)
{
    std::string out;
    Writer w(out);
    writeList(w, f.memberMonths, [&](int month) { w.date(month); });
    writeList(w, f.spending, [&](const auto& s) {
        w.date(s.first);
        w.integer(s.second);
    });
    writeList(w, f.primaryCare, [&](const BeneficiaryFacts::PrimaryCare& p) {
        w.date(p.date);
        w.integer(p.providerId);
        w.integer(p.npiRank);
        w.integer(p.allowedCents);
    });
    writeList(w, f.inpatient, [&](const BeneficiaryFacts::Stay& s) {
        w.integer(s.claimId);
        w.integer(s.from);
        w.integer(s.thru - s.from);
        w.text(s.ccn);
        w.integer(s.frequency);
        w.integer(static_cast<int>(s.discharge));
        w.integer((s.elective ? 1 : 0) | (s.alwaysPlanned ? 2 : 0) | (s.potentiallyPlanned ? 4 : 0));
        w.integer(s.paidCents);
    });
    writeList(w, f.edServices, [&](const BeneficiaryFacts::EdService& e) {
        w.date(e.date);
        w.integer(e.claimId);
        w.integer(e.paidCents);
    });
    for (const std::vector<int>* dates : {&f.followUps, &f.wellness, &f.flu, &f.mammograms})
        writeList(w, *dates, [&](int date) { w.date(date); });
    writeList(w, f.colorectal, [&](const BeneficiaryFacts::Colorectal& c) {
        w.date(c.date);
        w.integer(c.lookbackMonths);
    });
    writeList(w, f.exclusions, [&](const BeneficiaryFacts::Excluded& e) {
        w.date(e.date);
        w.integer(static_cast<int>(e.why));
    });
    writeList(w, f.hospice, [&](const auto& h) {
        w.integer(h.first);
        w.integer(h.second - h.first);
    });
    return out;
}

void decode(std::string_view bytes, BeneficiaryFacts& f)
{
    Reader r(bytes);
    readList(r, f.memberMonths, [&](int& month) { month = r.date(); });
    readList(r, f.spending, [&](auto& s) {
        s.first = r.date();
        s.second = r.integer();
    });
    readList(r, f.primaryCare, [&](BeneficiaryFacts::PrimaryCare& p) {
        p.date = r.date();
        p.providerId = r.integer();
        p.npiRank = static_cast<int>(r.integer());
        p.allowedCents = r.integer();
    });
    readList(r, f.inpatient, [&](BeneficiaryFacts::Stay& s) {
        s.claimId = r.integer();
        s.from = static_cast<int>(r.integer());
        s.thru = s.from + static_cast<int>(r.integer());
        s.ccn = r.text();
        s.frequency = static_cast<char>(r.integer());
        s.discharge = enumOf(r.integer(), ClaimsCodes::Discharge::Other);
        const std::int64_t flags = r.integer();
        s.elective = flags & 1;
        s.alwaysPlanned = flags & 2;
        s.potentiallyPlanned = flags & 4;
        s.paidCents = r.integer();
    });
    readList(r, f.edServices, [&](BeneficiaryFacts::EdService& e) {
        e.date = r.date();
        e.claimId = r.integer();
        e.paidCents = r.integer();
    });
    for (std::vector<int>* dates : {&f.followUps, &f.wellness, &f.flu, &f.mammograms})
        readList(r, *dates, [&](int& date) { date = r.date(); });
    readList(r, f.colorectal, [&](BeneficiaryFacts::Colorectal& c) {
        c.date = r.date();
        c.lookbackMonths = static_cast<int>(r.integer());
    });
    readList(r, f.exclusions, [&](BeneficiaryFacts::Excluded& e) {
        e.date = r.date();
        e.why = enumOf(r.integer(), ClaimsCodes::Exclusion::Palliative);
    });
    readList(r, f.hospice, [&](auto& h) {
        h.first = static_cast<int>(r.integer());
        h.second = h.first + static_cast<int>(r.integer());
    });
    if (!r.done())
        Reader::fail();
}

std::string basis(const std::vector<std::pair<std::string, std::int64_t>>& primaryCare)
{
    std::vector<std::pair<std::string, std::int64_t>> sorted = primaryCare;
    std::sort(sorted.begin(), sorted.end());
    std::string text = "format " + std::to_string(format) + "; code lists " +
                       std::to_string(ClaimsCodes::listsFingerprint()) + "; primary care";
    for (const auto& [npi, id] : sorted)
        text += ' ' + npi + '=' + std::to_string(id);
    return text;
}

std::string storedBasis(const Database& db)
{
    auto query = db.prepare("SELECT basis FROM claims_facts_basis WHERE id = 1");
    return query.step() ? std::string(query.utf8(0)) : std::string();
}

void readAll(const Database& db, std::vector<BeneficiaryFacts>& facts)
{
    auto rows = db.prepare("SELECT person, facts FROM claims_facts");
    while (rows.step()) {
        const std::int64_t person = rows.int64(0);
        if (person > 0 && static_cast<size_t>(person) < facts.size())
            decode(rows.blob(1), facts[static_cast<size_t>(person)]);
    }
}

void write(Database& db, const std::vector<BeneficiaryFacts>& facts, const std::vector<char>& changed,
           bool everything, const std::string& basis)
{
    if (everything)
        db.exec("DELETE FROM claims_facts");
    auto keep = db.prepare("INSERT OR REPLACE INTO claims_facts (person, facts) VALUES (?1, ?2)");
    auto drop = db.prepare("DELETE FROM claims_facts WHERE person = ?1");
    for (size_t person = 1; person < facts.size(); ++person) {
        if (!everything && !(person < changed.size() && changed[person]))
            continue;
        const std::string bytes = encode(facts[person]);
        const bool empty = bytes.find_first_not_of('\0') == std::string::npos;
        if (!empty)
            keep.bind(1, static_cast<std::int64_t>(person)).bindBlob(2, bytes).run();
        else if (!everything)
            drop.bind(1, static_cast<std::int64_t>(person)).run();
    }
    auto setBasis = db.prepare("INSERT OR REPLACE INTO claims_facts_basis (id, basis) VALUES (1, ?1)");
    setBasis.bind(1, std::string_view(basis)).run();
}

} // namespace aco::storedfacts
