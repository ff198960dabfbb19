#include "claims/claimsingest.h"

#include "claims/claimtable.h"
#include "claims/mbiregistry.h"
#include "identifiers.h"
#include "store/database.h"

#include <algorithm>
#include <cstring>

namespace aco {

const char* groupedTableName(GroupedTable table)
{
    switch (table) {
    case GroupedTable::PartA:
        return "claim_a";
    case GroupedTable::PartB:
        return "claim_b_line";
    case GroupedTable::Dme:
        return "claim_dme_line";
    case GroupedTable::PartD:
        return "claim_d";
    }
    return "";
}

void RecordIngester::insertGrouped(ClaimTable& table, IngestContext& context, GroupedTable which,
                                   std::int64_t id, std::int64_t hash, std::int64_t group, int adjustment)
{
    std::int64_t oldGroup = 0;
    auto& touched = context.touchedOf(which);
    const ClaimTable::Outcome outcome = table.insert(id, hash, &oldGroup);
    tally(outcome);
    const auto listed = static_cast<ClaimsChanges::Table>(which);
    const bool measured = which != GroupedTable::PartD;
    if (outcome == ClaimTable::Outcome::Inserted) {
        if (adjustment != 0 || context.unmatchedOf(which).contains(group))
            touched.push_back(group);
        if (measured)
            context.changes.insertedRow(listed, id);
    } else if (outcome == ClaimTable::Outcome::Replaced) {
        touched.push_back(group);
        touched.push_back(oldGroup);
        if (measured)
            context.changes.replacedRow(listed, id, ingest::beneficiaryOf(oldGroup), ingest::beneficiaryOf(group));
    }
}

namespace ingest {

std::int64_t contentHash(const CclfLayout& layout, std::string_view record)
{
    // The record with its beneficiary identifiers blanked, eight bytes at a time.
    thread_local std::string copy;
    copy.assign(record);
    for (const char* name : {"BENE_MBI_ID", "BENE_HIC_NUM", "BENE_EQTBL_BIC_HICN_NUM"}) {
        const int i = layout.find(name);
        if (i >= 0) {
            const CclfField& f = layout.field(i);
            std::memset(copy.data() + f.start, ' ', static_cast<size_t>(f.length));
        }
    }
    copy.append((8 - copy.size() % 8) % 8, ' ');
    std::uint64_t h = 0x243F6A8885A308D3ull ^ copy.size();
    for (size_t i = 0; i < copy.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, copy.data() + i, 8);
        h ^= word;
        h *= 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return static_cast<std::int64_t>(h);
}

std::int64_t groupKey(std::int64_t beneId, std::uint32_t restHash)
{
    return static_cast<std::int64_t>((static_cast<std::uint64_t>(beneId) << 32) | restHash);
}

std::int64_t beneficiaryOf(std::int64_t groupKey)
{
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(groupKey) >> 32);
}

std::uint32_t keyHash(std::initializer_list<std::string_view> parts)
{
    std::uint32_t h = 2166136261u;
    for (std::string_view part : parts) {
        for (char c : part) {
            h ^= static_cast<unsigned char>(c);
            h *= 16777619u;
        }
        h ^= 0x1Fu;
        h *= 16777619u;
    }
    return h;
}

std::uint32_t partAKeyHash(std::string_view ccn, int fromDate, int thruDate)
{
    return keyHash({ccn, std::to_string(fromDate), std::to_string(thruDate)});
}

std::uint32_t lineKeyHash(std::string_view controlNumber, std::int64_t lineNumber)
{
    return keyHash({controlNumber, std::to_string(lineNumber)});
}

std::uint32_t partDKeyHash(int fillDate, std::string_view serviceProvider, std::string_view dispensingStatus,
                       std::int64_t referenceNumber, std::string_view fillNumber)
{
    return keyHash({std::to_string(fillDate), serviceProvider, dispensingStatus,
                    std::to_string(referenceNumber), fillNumber});
}

std::int64_t beneficiary(CclfFieldReader& record, int field, MbiRegistry& mbis)
{
    const std::string_view mbi = record.text(field);
    if (mbi.empty()) {
        record.problem(field, QStringLiteral("is blank; every record must name its beneficiary"));
        return 0;
    }
    if (!isValidMbi(mbi)) {
        record.problem(field, QStringLiteral("'%1' is not an MBI (11 characters in CMS's format)")
                                  .arg(record.qtext(field)));
        return 0;
    }
    return mbis.current(mbis.id(mbi));
}

int adjustment(CclfFieldReader& record, int field)
{
    const std::string_view code = record.text(field);
    if (code.empty() || code == "0" || code == "00")
        return 0;
    if (code == "1" || code == "01")
        return 1;
    if (code == "2" || code == "02")
        return 2;
    record.problem(field, QStringLiteral("'%1' is not an adjustment type (0 original, 1 "
                                         "cancellation, 2 adjustment)")
                              .arg(record.qtext(field)));
    return 0;
}

std::int64_t lineId(CclfFieldReader& record, std::int64_t claimId, int lineField)
{
    const std::int64_t line = record.digits(lineField, true);
    if (line >= 100000) {
        record.problem(lineField, QStringLiteral("%1 is beyond the 99,999 lines a claim can have "
                                                 "here").arg(line));
        return 0;
    }
    return claimId * 100000 + line;
}

std::string joined(const CclfFieldReader& record, std::span<const int> fields)
{
    std::string text;
    for (int field : fields) {
        const std::string_view value = record.text(field);
        if (value.empty())
            continue;
        if (!text.empty())
            text += ' ';
        text += value;
    }
    return text;
}

bool hasHeader(CclfFieldReader& record, int claimField, std::int64_t claimId, IngestContext& context)
{
    if (std::binary_search(context.headerIds.begin(), context.headerIds.end(), claimId))
        return true;
    if (!context.headerLookup)
        context.headerLookup = std::make_shared<Statement>(
            context.db.prepare("SELECT 1 FROM claim_a WHERE id = ?1"));
    Statement& lookup = *context.headerLookup;
    lookup.bind(1, claimId);
    const bool found = lookup.step();
    lookup.reset();
    if (!found)
        record.problem(claimField, QStringLiteral("%1 has no Part A header: CCLF1 of this delivery "
                                                  "and the claims already loaded lack it; the "
                                                  "delivery is incomplete")
                                       .arg(claimId));
    return found;
}

} // namespace ingest

namespace {

// CCLF9: the links from previous MBIs to current ones. They are resolved once the file is read.
class XrefIngester final : public RecordIngester
{
public:
    XrefIngester(const CclfLayout& layout, IngestContext& context)
        : m_context(context), m_indicator(layout.index("HICN_MBI_XREF_IND")),
          m_current(layout.index("CRNT_NUM")), m_previous(layout.index("PRVS_NUM")),
          m_effective(layout.index("PRVS_ID_EFCTV_DT")), m_obsolete(layout.index("PRVS_ID_OBSLT_DT"))
    {
    }

    void ingest(CclfFieldReader& r) override
    {
        // 'H' rows cross-reference HICNs, blank since 2020 and of no use for MBIs.
        if (r.text(m_indicator) == "H")
            return;
        const std::string_view current = r.text(m_current);
        const std::string_view previous = r.text(m_previous);
        for (int field : {m_current, m_previous}) {
            if (!isValidMbi(r.text(field)))
                r.problem(field, QStringLiteral("'%1' is not an MBI (11 characters in CMS's format)")
                                     .arg(r.qtext(field)));
        }
        const int effective = r.date(m_effective, false);
        const int obsolete = r.date(m_obsolete, false);
        if (!r.ok() || current == previous)
            return;
        if (m_context.mbis.addLink(previous, current, effective, obsolete, m_context.deliveryId))
            ++inserted;
        else
            ++duplicates;
    }

private:
    IngestContext& m_context;
    int m_indicator, m_current, m_previous, m_effective, m_obsolete;
};

// CCLF8: the beneficiaries of the delivery, written into the beneficiary roster by current MBI.
class BeneficiaryIngester final : public RecordIngester
{
public:
    BeneficiaryIngester(const CclfLayout& layout, IngestContext& context)
        : m_context(context), m_mbi(layout.index("BENE_MBI_ID")), m_birth(layout.index("BENE_DOB")),
          m_sex(layout.index("BENE_SEX_CD")), m_status(layout.index("BENE_MDCR_STUS_CD")),
          m_dual(layout.index("BENE_DUAL_STUS_CD")), m_death(layout.index("BENE_DEATH_DT")),
          m_first(layout.index("BENE_1ST_NAME")), m_last(layout.index("BENE_LAST_NAME")),
          m_orec(layout.index("BENE_ORGNL_ENTLMT_RSN_CD")), m_zip(layout.index("BENE_ZIP_CD")),
          m_partB(layout.index("BENE_PART_B_ENRLMT_BGN_DT"))
    {
        if (!context.write)
            return;
        m_upsert = std::make_unique<Statement>(context.db.prepare(R"sql(
            INSERT INTO beneficiary (mbi, last_name, first_name, birth_date, sex, medicare_status,
                                     dual_status, orec, death_date, zip, part_b_start)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            ON CONFLICT(mbi) DO UPDATE SET last_name = excluded.last_name,
                first_name = excluded.first_name, birth_date = excluded.birth_date,
                sex = excluded.sex, medicare_status = excluded.medicare_status,
                dual_status = excluded.dual_status, orec = excluded.orec,
                death_date = excluded.death_date, zip = excluded.zip,
                part_b_start = excluded.part_b_start
            WHERE (last_name, first_name, birth_date, sex, medicare_status, dual_status, orec,
                   death_date, zip, part_b_start)
                IS NOT (excluded.last_name, excluded.first_name, excluded.birth_date, excluded.sex,
                        excluded.medicare_status, excluded.dual_status, excluded.orec,
                        excluded.death_date, excluded.zip, excluded.part_b_start))sql"));
        m_member = std::make_unique<Statement>(context.db.prepare(
            "INSERT INTO cclf_member (delivery_id, bene_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING"));
    }

    void ingest(CclfFieldReader& r) override
    {
        const std::int64_t bene = ingest::beneficiary(r, m_mbi, m_context.mbis);
        const int birth = r.date(m_birth, false);
        const int death = r.date(m_death, false);
        const int partB = r.date(m_partB, false);
        const std::string_view sex = r.text(m_sex);
        if (!sex.empty() && sex != "0" && sex != "1" && sex != "2")
            r.problem(m_sex, QStringLiteral("'%1' is not a sex code (1 male, 2 female, 0 unknown)")
                                 .arg(r.qtext(m_sex)));
        if (!r.ok() || !m_context.write)
            return;
        const auto optionalText = [&](int field) -> std::optional<std::string_view> {
            const std::string_view t = r.text(field);
            return t.empty() ? std::nullopt : std::optional(t);
        };
        const auto isoDate = [](int date) -> std::optional<QString> {
            if (date == 0)
                return std::nullopt;
            return QStringLiteral("%1-%2-%3")
                .arg(date / 10000, 4, 10, QLatin1Char('0'))
                .arg(date / 100 % 100, 2, 10, QLatin1Char('0'))
                .arg(date % 100, 2, 10, QLatin1Char('0'));
        };
        m_upsert->bind(1, std::string_view(m_context.mbis.mbi(bene)))
            .bind(2, r.qtext(m_last))
            .bind(3, r.qtext(m_first))
            .bind(4, isoDate(birth))
            .bind(5, sex == "1" ? std::optional<std::string_view>("M")
                     : sex == "2" ? std::optional<std::string_view>("F")
                                  : std::nullopt)
            .bind(6, optionalText(m_status))
            .bind(7, optionalText(m_dual))
            .bind(8, optionalText(m_orec))
            .bind(9, isoDate(death))
            .bind(10, optionalText(m_zip))
            .bind(11, isoDate(partB))
            .run();
        if (m_context.db.changes() > 0)
            ++inserted;
        else
            ++duplicates;
        m_member->bind(1, m_context.deliveryId).bind(2, bene).run();
    }

private:
    IngestContext& m_context;
    int m_mbi, m_birth, m_sex, m_status, m_dual, m_death, m_first, m_last, m_orec, m_zip, m_partB;
    std::unique_ptr<Statement> m_upsert;
    std::unique_ptr<Statement> m_member;
};

// CCLFA and CCLFB (benefit enhancement and demonstration codes): checked and counted; nothing the
// application shows depends on them, so they are not kept.
class BenefitIngester final : public RecordIngester
{
public:
    explicit BenefitIngester(const CclfLayout& layout)
        : m_claim(layout.index("CUR_CLM_UNIQ_ID")), m_mbi(layout.index("BENE_MBI_ID"))
    {
    }
    void ingest(CclfFieldReader& r) override
    {
        r.digits(m_claim, true);
        if (r.text(m_mbi).empty())
            r.problem(m_mbi, QStringLiteral("is blank; every record must name its beneficiary"));
    }

private:
    int m_claim, m_mbi;
};

} // namespace

std::unique_ptr<RecordIngester> makeIngester(CclfFile file, const CclfLayout& layout, IngestContext& context)
{
    switch (file) {
    case CclfFile::MbiXref:
        return std::make_unique<XrefIngester>(layout, context);
    case CclfFile::Beneficiary:
        return std::make_unique<BeneficiaryIngester>(layout, context);
    case CclfFile::PartAHeader:
    case CclfFile::PartARevenue:
    case CclfFile::PartAProcedure:
    case CclfFile::PartADiagnosis:
        return makePartAIngester(file, layout, context);
    case CclfFile::PartBPhysician:
    case CclfFile::PartBDme:
        return makePartBIngester(file, layout, context);
    case CclfFile::PartD:
        return makePartDIngester(layout, context);
    case CclfFile::PartABenefit:
    case CclfFile::PartBBenefit:
        return std::make_unique<BenefitIngester>(layout);
    case CclfFile::Summary:
        break;
    }
    return nullptr;
}

} // namespace aco
