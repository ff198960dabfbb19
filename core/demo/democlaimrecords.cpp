#include "demo/democlaimrecords.h"

#include "claims/cclfdeliverywriter.h"
#include "demo/democlaimcodes.h"
#include "demo/democlaimsinput.h"
#include "demo/demonames.h"

#include <algorithm>

namespace aco::demo {

namespace {

constexpr const char* partAContractor = "08101"; // the region's Medicare administrative contractor
constexpr const char* partBContractor = "08102";
constexpr int missingDate = 0; // written as 1000-01-01
constexpr int openEnded = 99991231;

std::string adjustmentCode(int adjustment)
{
    return std::to_string(adjustment);
}

// What the facility charged: Medicare pays a fraction of it.
std::int64_t charges(std::int64_t paidCents)
{
    return paidCents * 32 / 10;
}

// Each version of a Part A claim has its own document control number; the first one is the
// original's, which the others name as CLM_ORG_CNTL_NUM.
std::string versionControl(std::int64_t control, int adjustment)
{
    return std::to_string(control) + (adjustment == 0 ? "" : adjustment == 1 ? "C" : "A");
}

int ageOn(int birth, int date)
{
    return date / 10000 - birth / 10000 - (date % 10000 < birth % 10000 ? 1 : 0);
}

} // namespace

DemoClaimRecords::DemoClaimRecords(const DemoClaimsInput& input, std::vector<Identity> identities)
    : m_input(input), m_identities(std::move(identities))
{
    // The summary file (CCLF0) is the delivery writer's; every other file has a builder.
    for (int f = 0; f < static_cast<int>(CclfFile::Summary); ++f) {
        const auto file = static_cast<CclfFile>(f);
        const CclfLayout* layout = cclfLayout(file, cclfRecordLengths(file).front());
        Builder builder{CclfRecordBuilder(*layout), {}};
        for (const CclfField& field : layout->fields())
            if (field.format == CclfFormat::Amount)
                builder.amounts.push_back(field.name);
        m_builders.push_back(std::move(builder));
    }
}

DemoClaimRecords::Builder& DemoClaimRecords::start(CclfFile file)
{
    Builder& b = m_builders[static_cast<size_t>(file)];
    b.record.clear();
    for (const std::string& amount : b.amounts)
        b.record.amount(amount, 0);
    return b;
}

void DemoClaimRecords::partA(CclfDeliveryWriter& out, const PartAClaim& claim, bool firstPaid,
                             const Processing& p, std::string_view mbi)
{
    // The version first paid has its own amounts, spread over its revenue centers alike.
    PartAClaim version;
    if (firstPaid) {
        version = claim;
        version.amounts.paidCents = firstPaidCents(claim.amounts.paidCents, claim.firstPaidFactor);
        version.settle();
    }
    const PartAClaim& c = firstPaid ? version : claim;
    const PartAAmounts& amounts = c.amounts;
    CclfRecordBuilder& r = start(CclfFile::PartAHeader).record;
    r.digits("CUR_CLM_UNIQ_ID", p.claimId)
        .text("PRVDR_OSCAR_NUM", c.facility->ccn)
        .text("BENE_MBI_ID", mbi)
        .digits("CLM_TYPE_CD", c.claimType)
        .date("CLM_FROM_DT", c.from)
        .date("CLM_THRU_DT", c.thru)
        .text("CLM_BILL_FAC_TYPE_CD", std::string_view(c.billType, 1))
        .text("CLM_BILL_CLSFCTN_CD", std::string_view(c.billType + 1, 1))
        .text("CLM_BILL_FREQ_CD", std::string_view(c.billType + 2, 1))
        .text("PRNCPL_DGNS_CD", c.principalDiagnosis)
        .text("ADMTG_DGNS_CD", c.admittingDiagnosis)
        .amount("CLM_PMT_AMT", amounts.paymentCents())
        .text("PRVDR_FAC_FIPS_ST_CD", "26")
        .text("BENE_PTNT_STUS_CD", c.dischargeStatus)
        .text("DGNS_DRG_CD", c.drg)
        .text("FAC_PRVDR_NPI_NUM", c.facility->npi)
        .text("ATNDG_PRVDR_NPI_NUM", c.attending ? std::string_view(c.attending->npi) : "")
        .text("OPRTG_PRVDR_NPI_NUM", c.operating ? std::string_view(c.operating->npi) : "")
        .text("CLM_ADJSMT_TYPE_CD", adjustmentCode(p.adjustment))
        .date("CLM_EFCTV_DT", p.effective)
        .date("CLM_IDR_LD_DT", p.loaded)
        .text("CLM_ADMSN_TYPE_CD", c.admissionType)
        .text("CLM_ADMSN_SRC_CD", c.admissionSource)
        .text("CLM_QUERY_CD", "3")
        .text("DGNS_PRCDR_ICD_IND", "0")
        .amount("CLM_MDCR_INSTNL_TOT_CHRG_AMT", charges(amounts.paymentCents()))
        .amount("CLM_OPRTNL_IME_AMT", amounts.imeCents)
        .amount("CLM_OPRTNL_DSPRPRTNT_AMT", amounts.dshCents)
        .amount("CLM_HIPPS_UNCOMPD_CARE_AMT", amounts.uncompensatedCents)
        .text("CLM_BLG_PRVDR_OSCAR_NUM", c.facility->ccn)
        .text("CLM_BLG_PRVDR_NPI_NUM", c.facility->npi)
        .text("CLM_ATNDG_PRVDR_NPI_NUM", c.attending ? std::string_view(c.attending->npi) : "")
        .text("CLM_OPRTG_PRVDR_NPI_NUM", c.operating ? std::string_view(c.operating->npi) : "")
        .text("CLM_CNTL_NUM", versionControl(c.controlNumber, p.adjustment))
        .text("CLM_ORG_CNTL_NUM", p.adjustment == 0 ? std::string() : std::to_string(c.controlNumber))
        .text("CLM_CNTRCTR_NUM", partAContractor);
    out.add(CclfFile::PartAHeader, r.record());
    for (size_t line = 0; line < c.lines.size(); ++line)
        partALine(out, c, p, mbi, line);
    partACodes(out, c, p, mbi);

    if (c.snfWaiver && p.adjustment != 1) {
        CclfRecordBuilder& a = start(CclfFile::PartABenefit).record;
        a.digits("CUR_CLM_UNIQ_ID", p.claimId)
            .text("BENE_MBI_ID", mbi)
            .digits("CLM_TYPE_CD", c.claimType)
            .date("CLM_ACTV_CARE_FROM_DT", c.from);
        for (const char* flag :
             {"CLM_NGACO_PBPMT_SW", "CLM_NGACO_PDSCHRG_HCBS_SW", "CLM_NGACO_TLHLTH_SW",
              "CLM_NGACO_CPTATN_SW", "CLM_NGACO_CMG_WVR_SW"})
            a.text(flag, "N");
        a.text("CLM_NGACO_SNF_WVR_SW", "Y");
        out.add(CclfFile::PartABenefit, a.record());
    }
}

void DemoClaimRecords::partALine(CclfDeliveryWriter& out, const PartAClaim& c, const Processing& p,
                                 std::string_view mbi, size_t index)
{
    const PartALine& l = c.lines[index];
    CclfRecordBuilder& r = start(CclfFile::PartARevenue).record;
    r.digits("CUR_CLM_UNIQ_ID", p.claimId)
        .digits("CLM_LINE_NUM", static_cast<std::int64_t>(index) + 1)
        .text("BENE_MBI_ID", mbi)
        .digits("CLM_TYPE_CD", c.claimType)
        .date("CLM_LINE_FROM_DT", l.date)
        .date("CLM_LINE_THRU_DT", l.date)
        .text("CLM_LINE_PROD_REV_CTR_CD", l.revenueCenter)
        .date("CLM_LINE_INSTNL_REV_CTR_DT", l.date)
        .text("CLM_LINE_HCPCS_CD", l.hcpcs)
        .text("PRVDR_OSCAR_NUM", c.facility->ccn)
        .date("CLM_FROM_DT", c.from)
        .date("CLM_THRU_DT", c.thru)
        .quantity("CLM_LINE_SRVC_UNIT_QTY", l.units)
        .amount("CLM_LINE_CVRD_PD_AMT", l.paidCents)
        .text("CLM_REV_APC_HIPPS_CD", l.apcHipps)
        .text("CLM_FAC_PRVDR_OSCAR_NUM", c.facility->ccn);
    out.add(CclfFile::PartARevenue, r.record());
}

void DemoClaimRecords::partACodes(CclfDeliveryWriter& out, const PartAClaim& c, const Processing& p,
                                  std::string_view mbi)
{
    const bool inpatient = c.claimType == 60;
    const auto diagnosis = [&](const char* product, int sequence, std::string_view code) {
        CclfRecordBuilder& r = start(CclfFile::PartADiagnosis).record;
        r.digits("CUR_CLM_UNIQ_ID", p.claimId)
            .text("BENE_MBI_ID", mbi)
            .digits("CLM_TYPE_CD", c.claimType)
            .text("CLM_PROD_TYPE_CD", product)
            .digits("CLM_VAL_SQNC_NUM", sequence)
            .text("CLM_DGNS_CD", code)
            .text("PRVDR_OSCAR_NUM", c.facility->ccn)
            .date("CLM_FROM_DT", c.from)
            .date("CLM_THRU_DT", c.thru)
            .text("CLM_POA_IND", inpatient ? "Y" : "")
            .text("DGNS_PRCDR_ICD_IND", "0")
            .text("CLM_BLG_PRVDR_OSCAR_NUM", c.facility->ccn);
        out.add(CclfFile::PartADiagnosis, r.record());
    };
    diagnosis("P", 0, c.principalDiagnosis);
    if (*c.admittingDiagnosis)
        diagnosis("A", 0, c.admittingDiagnosis);
    for (size_t i = 0; i < c.otherDiagnoses.size(); ++i)
        diagnosis("D", static_cast<int>(i) + 1, c.otherDiagnoses[i]);

    for (size_t i = 0; i < c.procedures.size(); ++i) {
        CclfRecordBuilder& r = start(CclfFile::PartAProcedure).record;
        r.digits("CUR_CLM_UNIQ_ID", p.claimId)
            .text("BENE_MBI_ID", mbi)
            .digits("CLM_TYPE_CD", c.claimType)
            .digits("CLM_VAL_SQNC_NUM", static_cast<std::int64_t>(i) + 1)
            .text("CLM_PRCDR_CD", c.procedures[i].first)
            .date("CLM_PRCDR_PRFRM_DT", c.procedures[i].second)
            .text("PRVDR_OSCAR_NUM", c.facility->ccn)
            .date("CLM_FROM_DT", c.from)
            .date("CLM_THRU_DT", c.thru)
            .text("DGNS_PRCDR_ICD_IND", "0")
            .text("CLM_BLG_PRVDR_OSCAR_NUM", c.facility->ccn);
        out.add(CclfFile::PartAProcedure, r.record());
    }
}

CclfRecordBuilder& DemoClaimRecords::claimLine(CclfFile file, int claimType,
                                               const std::vector<PartBLine>& lines, size_t index,
                                               std::int64_t paidCents, std::int64_t controlNumber,
                                               const Processing& p, std::string_view mbi)
{
    const PartBLine& l = lines[index];
    CclfRecordBuilder& r = start(file).record;
    r.digits("CUR_CLM_UNIQ_ID", p.claimId)
        .digits("CLM_LINE_NUM", static_cast<std::int64_t>(index) + 1)
        .text("BENE_MBI_ID", mbi)
        .digits("CLM_TYPE_CD", claimType)
        .date("CLM_FROM_DT", firstDate(lines))
        .date("CLM_THRU_DT", lastDate(lines))
        .text("CLM_FED_TYPE_SRVC_CD", std::string_view(&l.typeOfService, 1))
        .date("CLM_LINE_FROM_DT", l.date)
        .date("CLM_LINE_THRU_DT", l.date)
        .text("CLM_LINE_HCPCS_CD", l.hcpcs)
        .amount("CLM_LINE_CVRD_PD_AMT", paidCents)
        .text("CLM_CARR_PMT_DNL_CD", "1")
        .text("CLM_PRCSG_IND_CD", "A")
        .text("CLM_ADJSMT_TYPE_CD", adjustmentCode(p.adjustment))
        .date("CLM_EFCTV_DT", p.effective)
        .date("CLM_IDR_LD_DT", p.loaded)
        .text("CLM_CNTL_NUM", std::to_string(controlNumber))
        .amount("CLM_LINE_ALOWD_CHRG_AMT", allowedCents(paidCents))
        .text("CLM_DISP_CD", "01");
    return r;
}

void DemoClaimRecords::partB(CclfDeliveryWriter& out, const PartBClaim& c, size_t i, bool firstPaid,
                             const Processing& p, std::string_view mbi)
{
    const PartBLine& l = c.lines[i];
    const std::int64_t paid = firstPaid ? firstPaidCents(l.paidCents, c.firstPaidFactor) : l.paidCents;
    CclfRecordBuilder& r = claimLine(CclfFile::PartBPhysician, 71, c.lines, i, paid, c.controlNumber, p, mbi);
    r.text("RNDRG_PRVDR_TYPE_CD", "1")
        .text("RNDRG_PRVDR_FIPS_ST_CD", "26")
        .text("CLM_PRVDR_SPCLTY_CD", c.rendering->specialty)
        .text("CLM_POS_CD", c.placeOf(l))
        .text("CLM_LINE_DGNS_CD", c.diagnoses[0])
        .text("CLM_RNDRG_PRVDR_TAX_NUM", c.rendering->tin)
        .text("RNDRG_PRVDR_NPI_NUM", c.rendering->npi)
        .quantity("CLM_LINE_SRVC_UNIT_QTY", l.units)
        .text("HCPCS_1_MDFR_CD", l.telehealth ? "95" : l.modifier)
        .text("DGNS_PRCDR_ICD_IND", "0")
        .text("HCPCS_BETOS_CD", l.betos)
        .text("CLM_RNDRG_PRVDR_NPI_NUM", c.rendering->npi)
        .text("CLM_CNTRCTR_NUM", partBContractor);
    static const std::array<std::string, PartBClaim::maxDiagnoses> fields = [] {
        std::array<std::string, PartBClaim::maxDiagnoses> names;
        for (size_t d = 0; d < names.size(); ++d)
            names[d] = "CLM_DGNS_" + std::to_string(d + 1) + "_CD";
        return names;
    }();
    for (int d = 0; d < c.diagnosisCount; ++d)
        r.text(fields[static_cast<size_t>(d)], c.diagnoses[static_cast<size_t>(d)]);
    out.add(CclfFile::PartBPhysician, r.record());

    if (l.telehealth && p.adjustment != 1) {
        CclfRecordBuilder& b = start(CclfFile::PartBBenefit).record;
        b.digits("CUR_CLM_UNIQ_ID", p.claimId)
            .digits("CLM_LINE_NUM", static_cast<std::int64_t>(i) + 1)
            .text("BENE_MBI_ID", mbi)
            .digits("CLM_TYPE_CD", 71);
        for (const char* flag : {"CLM_LINE_NGACO_PBPMT_SW", "CLM_LINE_NGACO_PDSCHRG_HCBS_SW",
                                 "CLM_LINE_NGACO_SNF_WVR_SW", "CLM_LINE_NGACO_CPTATN_SW", "CLM_NGACO_CMG_WVR_SW"})
            b.text(flag, "N");
        b.text("CLM_LINE_NGACO_TLHLTH_SW", "Y");
        out.add(CclfFile::PartBBenefit, b.record());
    }
}

void DemoClaimRecords::dme(CclfDeliveryWriter& out, const DmeClaim& c, size_t i, bool firstPaid,
                           const Processing& p, std::string_view mbi)
{
    const std::int64_t paid = firstPaid ? firstPaidCents(c.lines[i].paidCents, c.firstPaidFactor) : c.lines[i].paidCents;
    CclfRecordBuilder& r = claimLine(CclfFile::PartBDme, 82, c.lines, i, paid, c.controlNumber, p, mbi);
    r.text("CLM_POS_CD", "12")
        .text("PAYTO_PRVDR_NPI_NUM", c.supplier->npi)
        .text("ORDRG_PRVDR_NPI_NUM", c.ordering->npi)
        .text("CLM_BLG_PRVDR_NPI_NUM", c.supplier->npi)
        .text("CLM_RFRG_PRVDR_NPI_NUM", c.ordering->npi);
    out.add(CclfFile::PartBDme, r.record());
}

void DemoClaimRecords::partD(CclfDeliveryWriter& out, const PartDFill& f, const Processing& p,
                             std::string_view mbi)
{
    CclfRecordBuilder& r = start(CclfFile::PartD).record;
    r.digits("CUR_CLM_UNIQ_ID", p.claimId)
        .text("BENE_MBI_ID", mbi)
        .text("CLM_LINE_NDC_CD", f.ndc)
        .digits("CLM_TYPE_CD", 1)
        .date("CLM_LINE_FROM_DT", f.fillDate)
        .text("PRVDR_SRVC_ID_QLFYR_CD", "01")
        .text("CLM_SRVC_PRVDR_GNRC_ID_NUM", f.pharmacy->npi)
        .text("CLM_DAW_PROD_SLCTN_CD", "0")
        .quantity("CLM_LINE_SRVC_UNIT_QTY", f.quantity)
        .digits("CLM_LINE_DAYS_SUPLY_QTY", f.daysSupply)
        .text("PRVDR_PRSBNG_ID_QLFYR_CD", "01")
        .text("CLM_PRSBNG_PRVDR_GNRC_ID_NUM", f.prescriber->npi)
        .amount("CLM_LINE_BENE_PMT_AMT", f.patientPayCents)
        .text("CLM_ADJSMT_TYPE_CD", adjustmentCode(p.adjustment))
        .date("CLM_EFCTV_DT", p.effective)
        .date("CLM_IDR_LD_DT", p.loaded)
        .digits("CLM_LINE_RX_SRVC_RFRNC_NUM", f.referenceNumber)
        .text("CLM_LINE_RX_FILL_NUM", std::to_string(f.fillNumber))
        .text("CLM_PHRMCY_SRVC_TYPE_CD", "01");
    out.add(CclfFile::PartD, r.record());
}

void DemoClaimRecords::beneficiary(CclfDeliveryWriter& out, size_t index, std::string_view mbi, int asOf)
{
    const DemoBeneficiary& b = m_input.beneficiaries[index];
    const BeneficiaryProfile& p = b.profile;
    const Identity& identity = m_identities[index];
    const int rows = p.hospiceStart[0] != 0 ? 2 : 1;
    const std::string zip = p.zip();
    const std::string zip4 = std::to_string(p.zip4);
    const std::string address = p.address();
    for (int row = 0; row < rows; ++row) {
        CclfRecordBuilder& r = start(CclfFile::Beneficiary).record;
        r.text("BENE_MBI_ID", mbi)
            .digits("BENE_FIPS_STATE_CD", 26)
            .digits("BENE_FIPS_CNTY_CD", p.county())
            .text("BENE_ZIP_CD", zip)
            .date("BENE_DOB", b.birthDate)
            .text("BENE_SEX_CD", b.female ? "2" : "1")
            .text("BENE_RACE_CD", std::string_view(&p.race, 1))
            .digits("BENE_AGE", ageOn(b.birthDate, asOf))
            .text("BENE_MDCR_STUS_CD", p.medicare())
            .text("BENE_DUAL_STUS_CD", p.dual())
            .date("BENE_DEATH_DT", missingDate)
            .date("BENE_RNG_BGN_DT", rows == 2 ? p.hospiceStart[row] : missingDate)
            .date("BENE_RNG_END_DT", rows == 2 ? p.hospiceEnd[row] : openEnded)
            .text("BENE_1ST_NAME", identity.firstName)
            .text("BENE_MIDL_NAME", p.middleInitial ? std::string_view(&p.middleInitial, 1) : std::string_view())
            .text("BENE_LAST_NAME", identity.lastName)
            .text("BENE_ORGNL_ENTLMT_RSN_CD", std::string_view(&p.originalReason, 1))
            .text("BENE_ENTLMT_BUYIN_IND", std::string_view(&p.buyIn, 1))
            .date("BENE_PART_A_ENRLMT_BGN_DT", p.partAStart)
            .date("BENE_PART_B_ENRLMT_BGN_DT", p.partAStart)
            .text("BENE_LINE_1_ADR", address)
            .text("GEO_ZIP_PLC_NAME", names::places[p.place])
            .text("GEO_USPS_STATE_CD", "MI")
            .text("GEO_ZIP5_CD", zip)
            .text("GEO_ZIP4_CD", zip4);
        out.add(CclfFile::Beneficiary, r.record());
    }
}

void DemoClaimRecords::xref(CclfDeliveryWriter& out, std::string_view current,
                            std::string_view previous, int effective, int obsolete)
{
    CclfRecordBuilder& r = start(CclfFile::MbiXref).record;
    r.text("HICN_MBI_XREF_IND", "M")
        .text("CRNT_NUM", current)
        .text("PRVS_NUM", previous)
        .date("PRVS_ID_EFCTV_DT", effective)
        .date("PRVS_ID_OBSLT_DT", obsolete);
    out.add(CclfFile::MbiXref, r.record());
}

} // namespace aco::demo
