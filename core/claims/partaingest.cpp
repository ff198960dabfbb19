#include "claims/claimsingest.h"

#include "claims/claimtable.h"
#include "claims/mbiregistry.h"

#include <algorithm>

namespace aco {

namespace {

// CCLF1: Part A claim headers, the claims their lines, procedures and diagnoses belong to.
class HeaderIngester final : public RecordIngester
{
public:
    HeaderIngester(const CclfLayout& l, IngestContext& context)
        : m_layout(l), m_context(context), m_id(l.index("CUR_CLM_UNIQ_ID")),
          m_mbi(l.index("BENE_MBI_ID")), m_type(l.index("CLM_TYPE_CD")), m_from(l.index("CLM_FROM_DT")),
          m_thru(l.index("CLM_THRU_DT")), m_facility(l.index("CLM_BILL_FAC_TYPE_CD")),
          m_classification(l.index("CLM_BILL_CLSFCTN_CD")), m_frequency(l.index("CLM_BILL_FREQ_CD")),
          m_principal(l.index("PRNCPL_DGNS_CD")), m_admitting(l.index("ADMTG_DGNS_CD")),
          m_nonpayment(l.index("CLM_MDCR_NPMT_RSN_CD")), m_paid(l.index("CLM_PMT_AMT")),
          m_status(l.index("BENE_PTNT_STUS_CD")), m_drg(l.index("DGNS_DRG_CD")),
          m_facilityNpi(l.index("FAC_PRVDR_NPI_NUM")), m_operatingNpi(l.index("OPRTG_PRVDR_NPI_NUM")),
          m_attendingNpi(l.index("ATNDG_PRVDR_NPI_NUM")), m_otherNpi(l.index("OTHR_PRVDR_NPI_NUM")),
          m_adjustment(l.index("CLM_ADJSMT_TYPE_CD")), m_effective(l.index("CLM_EFCTV_DT")),
          m_loaded(l.index("CLM_IDR_LD_DT")), m_admissionType(l.index("CLM_ADMSN_TYPE_CD")),
          m_admissionSource(l.index("CLM_ADMSN_SRC_CD")), m_ime(l.index("CLM_OPRTNL_IME_AMT")),
          m_dsh(l.index("CLM_OPRTNL_DSPRPRTNT_AMT")), m_uncompensated(l.index("CLM_HIPPS_UNCOMPD_CARE_AMT")),
          m_ccn(l.index("CLM_BLG_PRVDR_OSCAR_NUM")), m_oscar(l.index("PRVDR_OSCAR_NUM")),
          m_billingNpi(l.index("CLM_BLG_PRVDR_NPI_NUM")), m_pecosOperating(l.index("CLM_OPRTG_PRVDR_NPI_NUM")),
          m_pecosAttending(l.index("CLM_ATNDG_PRVDR_NPI_NUM")), m_pecosOther(l.index("CLM_OTHR_PRVDR_NPI_NUM"))
    {
        if (context.write)
            m_table = std::make_unique<ClaimTable>(
                context.db, "claim_a",
                std::vector<std::string>{"id", "bene_id", "group_key", "action", "adjustment", "claim_type",
                                         "bill_type", "ccn", "from_date", "thru_date", "effective_date",
                                         "load_date", "paid_cents", "excluded_cents", "principal_dx",
                                         "admitting_dx", "drg", "discharge_status", "admission_type",
                                         "admission_source", "nonpayment_reason", "facility_npi",
                                         "attending_npi", "operating_npi", "other_npi", "delivery_id",
                                         "content_hash"},
                true);
    }

    void ingest(CclfFieldReader& r) override
    {
        const std::int64_t id = r.digits(m_id, true);
        const std::int64_t bene = ingest::beneficiary(r, m_mbi, m_context.mbis);
        const int adjustment = ingest::adjustment(r, m_adjustment);
        const std::int64_t type = r.digits(m_type, false);
        const int from = r.date(m_from, true);
        const int thru = r.date(m_thru, true);
        const int effective = r.date(m_effective, false);
        const int loaded = r.date(m_loaded, false);
        const std::int64_t paid = ingest::signedCents(r.cents(m_paid), adjustment);
        const std::int64_t excluded = ingest::signedCents(
            r.cents(m_ime) + r.cents(m_dsh) + r.cents(m_uncompensated), adjustment);
        if (!r.ok())
            return;
        m_context.headerIds.push_back(id);
        m_context.totals.partACents += paid;
        m_context.totals.partAExcludedCents += excluded;
        if (!m_context.write)
            return;

        // The natural key's provider is the billing CCN (CCLF IP 5.1.2), from PECOS, else claims.
        const std::string_view ccn = !r.text(m_ccn).empty() ? r.text(m_ccn) : r.text(m_oscar);
        const auto orElse = [&](int field, int fallback) {
            return !r.text(field).empty() ? r.text(field) : r.text(fallback);
        };
        const std::int64_t group = ingest::groupKey(bene, ingest::partAKeyHash(ccn, from, thru));
        const std::string bill = std::string(r.text(m_facility)) + std::string(r.text(m_classification)) +
                           std::string(r.text(m_frequency));
        const std::int64_t hash = ingest::contentHash(m_layout, r.record());
        Statement& row = m_table->row();
        row.bind(1, id).bind(2, bene).bind(3, group).bind(4, adjustment == 1 ? 2 : 1).bind(5, adjustment)
            .bind(6, type).bind(7, std::string_view(bill)).bindStatic(8, ccn).bind(9, from).bind(10, thru)
            .bind(11, effective).bind(12, loaded).bind(13, paid).bind(14, excluded)
            .bindStatic(15, r.text(m_principal)).bindStatic(16, r.text(m_admitting)).bindStatic(17, r.text(m_drg))
            .bindStatic(18, r.text(m_status)).bindStatic(19, r.text(m_admissionType)).bindStatic(20, r.text(m_admissionSource))
            .bindStatic(21, r.text(m_nonpayment)).bindStatic(22, orElse(m_facilityNpi, m_billingNpi))
            .bindStatic(23, orElse(m_attendingNpi, m_pecosAttending)).bindStatic(24, orElse(m_operatingNpi, m_pecosOperating))
            .bindStatic(25, orElse(m_otherNpi, m_pecosOther)).bind(26, m_context.deliveryId).bind(27, hash);
        insertGrouped(*m_table, m_context, GroupedTable::PartA, id, hash, group, adjustment);
    }

    void finish() override { std::sort(m_context.headerIds.begin(), m_context.headerIds.end()); }

private:
    const CclfLayout& m_layout;
    IngestContext& m_context;
    std::unique_ptr<ClaimTable> m_table;
    int m_id, m_mbi, m_type, m_from, m_thru, m_facility, m_classification, m_frequency, m_principal,
        m_admitting, m_nonpayment, m_paid, m_status, m_drg, m_facilityNpi, m_operatingNpi,
        m_attendingNpi, m_otherNpi, m_adjustment, m_effective, m_loaded, m_admissionType,
        m_admissionSource, m_ime, m_dsh, m_uncompensated, m_ccn, m_oscar, m_billingNpi,
        m_pecosOperating, m_pecosAttending, m_pecosOther;
};

// CCLF2: revenue-center lines.
class RevenueIngester final : public RecordIngester
{
public:
    RevenueIngester(const CclfLayout& l, IngestContext& context)
        : m_layout(l), m_context(context), m_claim(l.index("CUR_CLM_UNIQ_ID")),
          m_line(l.index("CLM_LINE_NUM")), m_from(l.index("CLM_LINE_FROM_DT")),
          m_thru(l.index("CLM_LINE_THRU_DT")), m_revenue(l.index("CLM_LINE_PROD_REV_CTR_CD")),
          m_hcpcs(l.index("CLM_LINE_HCPCS_CD")), m_units(l.index("CLM_LINE_SRVC_UNIT_QTY")),
          m_paid(l.index("CLM_LINE_CVRD_PD_AMT")), m_apc(l.index("CLM_REV_APC_HIPPS_CD")),
          m_modifiers{l.index("HCPCS_1_MDFR_CD"), l.index("HCPCS_2_MDFR_CD"), l.index("HCPCS_3_MDFR_CD"),
                      l.index("HCPCS_4_MDFR_CD"), l.index("HCPCS_5_MDFR_CD")}
    {
        if (context.write)
            m_table = std::make_unique<ClaimTable>(
                context.db, "claim_a_line",
                std::vector<std::string>{"id", "revenue_center", "hcpcs", "modifiers", "from_date",
                                         "thru_date", "units", "paid_cents", "apc_hipps", "delivery_id",
                                         "content_hash"},
                false);
    }

    void ingest(CclfFieldReader& r) override
    {
        const std::int64_t claim = r.digits(m_claim, true);
        const std::int64_t id = ingest::lineId(r, claim, m_line);
        const int from = r.date(m_from, false);
        const int thru = r.date(m_thru, false);
        const double units = r.decimal(m_units);
        const std::int64_t paid = r.cents(m_paid);
        if (!r.ok() || !ingest::hasHeader(r, m_claim, claim, m_context) || !m_context.write)
            return;
        const std::int64_t hash = ingest::contentHash(m_layout, r.record());
        m_table->row().bind(1, id).bindStatic(2, r.text(m_revenue)).bindStatic(3, r.text(m_hcpcs))
            .bind(4, std::string_view(ingest::joined(r, m_modifiers))).bind(5, from).bind(6, thru)
            .bind(7, units).bind(8, paid).bindStatic(9, r.text(m_apc)).bind(10, m_context.deliveryId)
            .bind(11, hash);
        noteDetail(m_context, claim, m_table->insert(id, hash));
    }

private:
    const CclfLayout& m_layout;
    IngestContext& m_context;
    std::unique_ptr<ClaimTable> m_table;
    int m_claim, m_line, m_from, m_thru, m_revenue, m_hcpcs, m_units, m_paid, m_apc;
    int m_modifiers[5];
};

// CCLF3 and CCLF4: procedures and diagnoses of Part A claims.
class CodeIngester final : public RecordIngester
{
public:
    CodeIngester(CclfFile file, const CclfLayout& l, IngestContext& context)
        : m_layout(l), m_context(context), m_diagnoses(file == CclfFile::PartADiagnosis),
          m_claim(l.index("CUR_CLM_UNIQ_ID")), m_sequence(l.index("CLM_VAL_SQNC_NUM")),
          m_code(l.index(m_diagnoses ? "CLM_DGNS_CD" : "CLM_PRCDR_CD")),
          m_extra(l.index(m_diagnoses ? "CLM_POA_IND" : "CLM_PRCDR_PRFRM_DT")),
          m_product(m_diagnoses ? l.index("CLM_PROD_TYPE_CD") : -1)
    {
        if (!context.write)
            return;
        m_table = m_diagnoses
                      ? std::make_unique<ClaimTable>(
                            context.db, "claim_a_diagnosis",
                            std::vector<std::string>{"id", "product_type", "code", "present_on_admission",
                                                     "delivery_id", "content_hash"},
                            false)
                      : std::make_unique<ClaimTable>(
                            context.db, "claim_a_procedure",
                            std::vector<std::string>{"id", "code", "performed_date", "delivery_id",
                                                     "content_hash"},
                            false);
    }

    void ingest(CclfFieldReader& r) override
    {
        const std::int64_t claim = r.digits(m_claim, true);
        const std::int64_t sequence = r.digits(m_sequence, false);
        const int performed = m_diagnoses ? 0 : r.date(m_extra, false);
        // The key: claim, then (for diagnoses) the product type's character, then the sequence.
        const std::string_view product = m_diagnoses ? r.raw(m_product) : std::string_view();
        const int productCode = m_diagnoses ? static_cast<unsigned char>(product[0]) - 32 : 0;
        if (productCode < 0 || productCode > 94)
            r.problem(m_product, QStringLiteral("is not a printable character"));
        if (!r.ok() || !ingest::hasHeader(r, m_claim, claim, m_context) || !m_context.write)
            return;
        const std::int64_t id = m_diagnoses ? claim * 10000 + productCode * 100 + sequence
                                            : claim * 1000 + sequence;
        const std::int64_t hash = ingest::contentHash(m_layout, r.record());
        Statement& row = m_table->row();
        if (m_diagnoses)
            row.bind(1, id).bindStatic(2, r.text(m_product)).bindStatic(3, r.text(m_code)).bindStatic(4, r.text(m_extra))
                .bind(5, m_context.deliveryId).bind(6, hash);
        else
            row.bind(1, id).bindStatic(2, r.text(m_code)).bind(3, performed).bind(4, m_context.deliveryId)
                .bind(5, hash);
        noteDetail(m_context, claim, m_table->insert(id, hash));
    }

private:
    const CclfLayout& m_layout;
    IngestContext& m_context;
    bool m_diagnoses;
    std::unique_ptr<ClaimTable> m_table;
    int m_claim, m_sequence, m_code, m_extra, m_product;
};

} // namespace

std::unique_ptr<RecordIngester> makePartAIngester(CclfFile file, const CclfLayout& layout, IngestContext& context)
{
    switch (file) {
    case CclfFile::PartAHeader:
        return std::make_unique<HeaderIngester>(layout, context);
    case CclfFile::PartARevenue:
        return std::make_unique<RevenueIngester>(layout, context);
    default:
        return std::make_unique<CodeIngester>(file, layout, context);
    }
}

} // namespace aco
