#include "claims/claimsingest.h"

#include "claims/mbiregistry.h"

#include <vector>

namespace aco {

namespace {

// CCLF5 and CCLF6: Part B physician and DME claim lines, each carrying its claim's fields.
class LineIngester final : public RecordIngester
{
public:
    LineIngester(CclfFile file, const CclfLayout& l, IngestContext& context)
        : m_layout(l), m_context(context), m_physician(file == CclfFile::PartBPhysician),
          m_claim(l.index("CUR_CLM_UNIQ_ID")), m_line(l.index("CLM_LINE_NUM")), m_mbi(l.index("BENE_MBI_ID")),
          m_type(l.index("CLM_TYPE_CD")), m_claimFrom(l.index("CLM_FROM_DT")), m_claimThru(l.index("CLM_THRU_DT")),
          m_from(l.index("CLM_LINE_FROM_DT")), m_thru(l.index("CLM_LINE_THRU_DT")),
          m_pos(l.index("CLM_POS_CD")), m_hcpcs(l.index("CLM_LINE_HCPCS_CD")),
          m_paid(l.index("CLM_LINE_CVRD_PD_AMT")), m_allowed(l.index("CLM_LINE_ALOWD_CHRG_AMT")),
          m_adjustment(l.index("CLM_ADJSMT_TYPE_CD")), m_effective(l.index("CLM_EFCTV_DT")),
          m_loaded(l.index("CLM_IDR_LD_DT")), m_control(l.index("CLM_CNTL_NUM"))
    {
        if (m_physician) {
            m_npi = l.index("RNDRG_PRVDR_NPI_NUM");
            m_npiFallback = l.index("CLM_RNDRG_PRVDR_NPI_NUM");
            m_tin = l.index("CLM_RNDRG_PRVDR_TAX_NUM");
            m_specialty = l.index("CLM_PRVDR_SPCLTY_CD");
            m_units = l.index("CLM_LINE_SRVC_UNIT_QTY");
            m_lineDx = l.index("CLM_LINE_DGNS_CD");
            m_denial = l.index("CLM_CARR_PMT_DNL_CD");
            m_processing = l.index("CLM_PRCSG_IND_CD");
            for (int i = 1; i <= 5; ++i)
                m_modifiers.push_back(l.index("HCPCS_" + std::to_string(i) + "_MDFR_CD"));
            for (int i = 1; i <= 12; ++i)
                m_diagnoses.push_back(l.index("CLM_DGNS_" + std::to_string(i) + "_CD"));
        } else {
            m_npi = l.index("PAYTO_PRVDR_NPI_NUM");
            m_npiFallback = l.index("CLM_BLG_PRVDR_NPI_NUM");
            m_ordering = l.index("ORDRG_PRVDR_NPI_NUM");
        }
        if (!context.write)
            return;
        if (m_physician)
            m_table = std::make_unique<ClaimTable>(
                context.db, "claim_b_line",
                std::vector<std::string>{"id", "bene_id", "group_key", "action", "adjustment", "claim_type",
                                         "control_number", "from_date", "thru_date", "hcpcs", "modifiers",
                                         "place_of_service", "rendering_npi", "rendering_tin", "specialty",
                                         "paid_cents", "allowed_cents", "units", "line_dx", "diagnoses",
                                         "denial_code", "processing_code", "effective_date", "load_date",
                                         "delivery_id", "content_hash"},
                true);
        else
            m_table = std::make_unique<ClaimTable>(
                context.db, "claim_dme_line",
                std::vector<std::string>{"id", "bene_id", "group_key", "action", "adjustment", "claim_type",
                                         "control_number", "from_date", "thru_date", "hcpcs",
                                         "place_of_service", "paid_cents", "allowed_cents", "pay_to_npi",
                                         "ordering_npi", "effective_date", "load_date", "delivery_id",
                                         "content_hash"},
                true);
    }

    void ingest(CclfFieldReader& r) override
    {
        const std::int64_t claim = r.digits(m_claim, true);
        const std::int64_t id = ingest::lineId(r, claim, m_line);
        const std::int64_t bene = ingest::beneficiary(r, m_mbi, m_context.mbis);
        const int adjustment = ingest::adjustment(r, m_adjustment);
        const std::int64_t type = r.digits(m_type, false);
        // Spending goes by the line's through date (CCLF IP 5.3); the claim's dates stand in for
        // a line's missing ones.
        int from = r.date(m_from, false);
        int thru = r.date(m_thru, false);
        const int claimFrom = r.date(m_claimFrom, false);
        const int claimThru = r.date(m_claimThru, false);
        from = from ? from : claimFrom;
        thru = thru ? thru : claimThru;
        if (thru == 0 && r.ok())
            r.problem(m_thru, QStringLiteral("and CLM_THRU_DT are both missing: the line cannot be "
                                             "placed in a month"));
        const std::int64_t paid = ingest::signedCents(r.cents(m_paid), adjustment);
        const std::int64_t allowed = ingest::signedCents(r.cents(m_allowed), adjustment);
        const int effective = r.date(m_effective, false);
        const int loaded = r.date(m_loaded, false);
        const double units = m_physician ? r.decimal(m_units) : 0.0;
        if (!r.ok())
            return;
        (m_physician ? m_context.totals.partBCents : m_context.totals.dmeCents) += paid;
        if (!m_context.write)
            return;

        const std::string_view control = r.text(m_control);
        const std::int64_t group = ingest::groupKey(bene, ingest::lineKeyHash(control, id % 100000));
        const std::int64_t hash = ingest::contentHash(m_layout, r.record());
        const std::string_view npi = !r.text(m_npi).empty() ? r.text(m_npi) : r.text(m_npiFallback);
        Statement& row = m_table->row();
        row.bind(1, id).bind(2, bene).bind(3, group).bind(4, adjustment == 1 ? 2 : 1).bind(5, adjustment)
            .bind(6, type).bindStatic(7, control).bind(8, from).bind(9, thru).bindStatic(10, r.text(m_hcpcs));
        if (m_physician)
            row.bind(11, std::string_view(ingest::joined(r, m_modifiers))).bindStatic(12, r.text(m_pos))
                .bindStatic(13, npi).bindStatic(14, r.text(m_tin)).bindStatic(15, r.text(m_specialty)).bind(16, paid)
                .bind(17, allowed).bind(18, units).bindStatic(19, r.text(m_lineDx))
                .bind(20, std::string_view(ingest::joined(r, m_diagnoses))).bindStatic(21, r.text(m_denial))
                .bindStatic(22, r.text(m_processing)).bind(23, effective).bind(24, loaded)
                .bind(25, m_context.deliveryId).bind(26, hash);
        else
            row.bindStatic(11, r.text(m_pos)).bind(12, paid).bind(13, allowed).bindStatic(14, npi)
                .bindStatic(15, r.text(m_ordering)).bind(16, effective).bind(17, loaded)
                .bind(18, m_context.deliveryId).bind(19, hash);
        insertGrouped(*m_table, m_context, m_physician ? GroupedTable::PartB : GroupedTable::Dme, id,
                      hash, group, adjustment);
    }

private:
    const CclfLayout& m_layout;
    IngestContext& m_context;
    bool m_physician;
    std::unique_ptr<ClaimTable> m_table;
    int m_claim, m_line, m_mbi, m_type, m_claimFrom, m_claimThru, m_from, m_thru, m_pos, m_hcpcs, m_paid,
        m_allowed, m_adjustment, m_effective, m_loaded, m_control;
    int m_npi = -1, m_npiFallback = -1, m_tin = -1, m_specialty = -1, m_units = -1, m_lineDx = -1,
        m_denial = -1, m_processing = -1, m_ordering = -1;
    std::vector<int> m_modifiers;
    std::vector<int> m_diagnoses;
};

} // namespace

std::unique_ptr<RecordIngester> makePartBIngester(CclfFile file, const CclfLayout& layout, IngestContext& context)
{
    return std::make_unique<LineIngester>(file, layout, context);
}

} // namespace aco
