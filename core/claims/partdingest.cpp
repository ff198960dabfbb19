#include "claims/claimsingest.h"

#include "claims/mbiregistry.h"

namespace aco {

namespace {

// CCLF7: Part D prescription drug events, of either record length.
class PartDIngester final : public RecordIngester
{
public:
    PartDIngester(const CclfLayout& l, IngestContext& context)
        : m_layout(l), m_context(context), m_claim(l.index("CUR_CLM_UNIQ_ID")), m_mbi(l.index("BENE_MBI_ID")),
          m_ndc(l.index("CLM_LINE_NDC_CD")), m_fill(l.index("CLM_LINE_FROM_DT")),
          m_serviceQualifier(l.index("PRVDR_SRVC_ID_QLFYR_CD")),
          m_serviceProvider(l.index("CLM_SRVC_PRVDR_GNRC_ID_NUM")), m_status(l.index("CLM_DSPNSNG_STUS_CD")),
          m_quantity(l.index("CLM_LINE_SRVC_UNIT_QTY")), m_days(l.index("CLM_LINE_DAYS_SUPLY_QTY")),
          m_prescriberQualifier(l.index("PRVDR_PRSBNG_ID_QLFYR_CD")),
          m_prescriber(l.index("CLM_PRSBNG_PRVDR_GNRC_ID_NUM")), m_patientPay(l.index("CLM_LINE_BENE_PMT_AMT")),
          m_adjustment(l.index("CLM_ADJSMT_TYPE_CD")), m_effective(l.index("CLM_EFCTV_DT")),
          m_loaded(l.index("CLM_IDR_LD_DT")), m_reference(l.index("CLM_LINE_RX_SRVC_RFRNC_NUM")),
          m_fillNumber(l.index("CLM_LINE_RX_FILL_NUM"))
    {
        if (context.write)
            m_table = std::make_unique<ClaimTable>(
                context.db, "claim_d",
                std::vector<std::string>{"id", "bene_id", "group_key", "action", "adjustment", "ndc",
                                         "fill_date", "service_provider", "prescriber", "dispensing_status",
                                         "reference_number", "fill_number", "quantity", "days_supply",
                                         "patient_pay_cents", "effective_date", "load_date", "delivery_id",
                                         "content_hash"},
                true);
    }

    void ingest(CclfFieldReader& r) override
    {
        const std::int64_t id = r.digits(m_claim, true);
        const std::int64_t bene = ingest::beneficiary(r, m_mbi, m_context.mbis);
        const int adjustment = ingest::adjustment(r, m_adjustment);
        const int fill = r.date(m_fill, true);
        const double quantity = r.decimal(m_quantity);
        const std::int64_t days = r.digits(m_days, false);
        const std::int64_t patientPay = r.cents(m_patientPay);
        const int effective = r.date(m_effective, false);
        const int loaded = r.date(m_loaded, false);
        const std::int64_t reference = r.digits(m_reference, false);
        if (!r.ok() || !m_context.write)
            return;
        const std::string service = std::string(r.text(m_serviceQualifier)) + ':' +
                                    std::string(r.text(m_serviceProvider));
        const std::string prescriber = std::string(r.text(m_prescriberQualifier)) + ':' +
                                       std::string(r.text(m_prescriber));
        // The natural key of CCLF IP 5.1.2, within the beneficiary.
        const std::int64_t group = ingest::groupKey(
            bene, ingest::partDKeyHash(fill, service, r.text(m_status), reference, r.text(m_fillNumber)));
        const std::int64_t hash = ingest::contentHash(m_layout, r.record());
        m_table->row().bind(1, id).bind(2, bene).bind(3, group).bind(4, adjustment == 1 ? 0 : 1)
            .bind(5, adjustment).bindStatic(6, r.text(m_ndc)).bind(7, fill).bind(8, std::string_view(service))
            .bind(9, std::string_view(prescriber)).bindStatic(10, r.text(m_status)).bind(11, reference)
            .bindStatic(12, r.text(m_fillNumber)).bind(13, quantity).bind(14, days).bind(15, patientPay)
            .bind(16, effective).bind(17, loaded).bind(18, m_context.deliveryId).bind(19, hash);
        insertGrouped(*m_table, m_context, GroupedTable::PartD, id, hash, group, adjustment);
    }

private:
    const CclfLayout& m_layout;
    IngestContext& m_context;
    std::unique_ptr<ClaimTable> m_table;
    int m_claim, m_mbi, m_ndc, m_fill, m_serviceQualifier, m_serviceProvider, m_status, m_quantity, m_days,
        m_prescriberQualifier, m_prescriber, m_patientPay, m_adjustment, m_effective, m_loaded, m_reference,
        m_fillNumber;
};

} // namespace

std::unique_ptr<RecordIngester> makePartDIngester(const CclfLayout& layout, IngestContext& context)
{
    return std::make_unique<PartDIngester>(layout, context);
}

} // namespace aco
