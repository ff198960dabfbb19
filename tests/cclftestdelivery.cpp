#include "cclftestdelivery.h"

#include "claims/cclfdeliverywriter.h"


namespace aco::test {

CclfTestDelivery::CclfTestDelivery(int fileDate, const QString& acoId, CclfFileName::Kind kind)
{
    m_id.acoId = acoId;
    m_id.kind = kind;
    m_id.performanceYear = fileDate / 10000;
    m_id.fileDate = fileDate;
    m_id.fileTime = QStringLiteral("0112000");
}

CclfRecordBuilder CclfTestDelivery::builder(CclfFile file, int recordLength) const
{
    const int length = recordLength ? recordLength : cclfRecordLengths(file).front();
    return CclfRecordBuilder(*cclfLayout(file, length));
}

void CclfTestDelivery::addRecord(CclfFile file, const std::string& record)
{
    m_records[file].push_back(record);
}

void CclfTestDelivery::addPartA(const PartA& c)
{
    auto b = builder(CclfFile::PartAHeader);
    b.digits("CUR_CLM_UNIQ_ID", c.id)
        .text("PRVDR_OSCAR_NUM", c.ccn)
        .text("BENE_MBI_ID", c.mbi)
        .digits("CLM_TYPE_CD", c.claimType)
        .date("CLM_FROM_DT", c.from)
        .date("CLM_THRU_DT", c.thru)
        .text("CLM_BILL_FAC_TYPE_CD", c.billType.substr(0, 1))
        .text("CLM_BILL_CLSFCTN_CD", c.billType.substr(1, 1))
        .text("CLM_BILL_FREQ_CD", c.billType.substr(2, 1))
        .text("PRNCPL_DGNS_CD", c.principalDx)
        .amount("CLM_PMT_AMT", c.paidCents)
        .text("BENE_PTNT_STUS_CD", c.dischargeStatus)
        .text("CLM_ADMSN_TYPE_CD", c.admissionType)
        .text("FAC_PRVDR_NPI_NUM", "1003000126")
        .text("CLM_ADJSMT_TYPE_CD", std::to_string(c.adjustment))
        .date("CLM_EFCTV_DT", c.effective)
        .date("CLM_IDR_LD_DT", c.effective)
        .amount("CLM_OPRTNL_IME_AMT", c.imeCents)
        .amount("CLM_OPRTNL_DSPRPRTNT_AMT", c.dshCents)
        .amount("CLM_HIPPS_UNCOMPD_CARE_AMT", c.uncompensatedCents)
        .text("CLM_BLG_PRVDR_OSCAR_NUM", c.ccn)
        .text("CLM_CNTL_NUM", "A" + std::to_string(c.id));
    addRecord(CclfFile::PartAHeader, b.record());
}

void CclfTestDelivery::addRevenueLine(std::int64_t claimId, int line, const std::string& revenueCenter,
                                      const std::string& hcpcs, std::int64_t paidCents, int date)
{
    auto b = builder(CclfFile::PartARevenue);
    b.digits("CUR_CLM_UNIQ_ID", claimId)
        .digits("CLM_LINE_NUM", line)
        .text("CLM_LINE_PROD_REV_CTR_CD", revenueCenter)
        .text("CLM_LINE_HCPCS_CD", hcpcs)
        .date("CLM_LINE_FROM_DT", date)
        .date("CLM_LINE_THRU_DT", date)
        .quantity("CLM_LINE_SRVC_UNIT_QTY", 1)
        .amount("CLM_LINE_CVRD_PD_AMT", paidCents);
    addRecord(CclfFile::PartARevenue, b.record());
}

void CclfTestDelivery::addDiagnosis(std::int64_t claimId, int sequence, const std::string& code)
{
    auto b = builder(CclfFile::PartADiagnosis);
    b.digits("CUR_CLM_UNIQ_ID", claimId)
        .text("CLM_PROD_TYPE_CD", sequence == 0 ? "P" : "D")
        .digits("CLM_VAL_SQNC_NUM", sequence)
        .text("CLM_DGNS_CD", code)
        .text("CLM_POA_IND", "Y");
    addRecord(CclfFile::PartADiagnosis, b.record());
}

void CclfTestDelivery::addProcedure(std::int64_t claimId, int sequence, const std::string& code, int date)
{
    auto b = builder(CclfFile::PartAProcedure);
    b.digits("CUR_CLM_UNIQ_ID", claimId)
        .digits("CLM_VAL_SQNC_NUM", sequence)
        .text("CLM_PRCDR_CD", code)
        .date("CLM_PRCDR_PRFRM_DT", date);
    addRecord(CclfFile::PartAProcedure, b.record());
}

void CclfTestDelivery::addPartB(const Line& l)
{
    auto b = builder(CclfFile::PartBPhysician);
    b.digits("CUR_CLM_UNIQ_ID", l.claimId)
        .digits("CLM_LINE_NUM", l.line)
        .text("BENE_MBI_ID", l.mbi)
        .digits("CLM_TYPE_CD", l.claimType)
        .date("CLM_FROM_DT", l.from)
        .date("CLM_THRU_DT", l.thru)
        .text("CLM_POS_CD", l.placeOfService)
        .date("CLM_LINE_FROM_DT", l.from)
        .date("CLM_LINE_THRU_DT", l.thru)
        .text("CLM_LINE_HCPCS_CD", l.hcpcs)
        .amount("CLM_LINE_CVRD_PD_AMT", l.paidCents)
        .text("RNDRG_PRVDR_NPI_NUM", l.npi)
        .text("CLM_ADJSMT_TYPE_CD", std::to_string(l.adjustment))
        .date("CLM_EFCTV_DT", l.effective)
        .date("CLM_IDR_LD_DT", l.effective)
        .text("CLM_CNTL_NUM", l.control)
        .amount("CLM_LINE_ALOWD_CHRG_AMT", l.paidCents * 5 / 4)
        .quantity("CLM_LINE_SRVC_UNIT_QTY", 1)
        .text("CLM_LINE_DGNS_CD", l.lineDiagnosis);
    for (size_t i = 0; i < l.diagnoses.size(); ++i)
        b.text("CLM_DGNS_" + std::to_string(i + 1) + "_CD", l.diagnoses[i]);
    addRecord(CclfFile::PartBPhysician, b.record());
}

void CclfTestDelivery::addDme(const Line& l)
{
    auto b = builder(CclfFile::PartBDme);
    b.digits("CUR_CLM_UNIQ_ID", l.claimId)
        .digits("CLM_LINE_NUM", l.line)
        .text("BENE_MBI_ID", l.mbi)
        .digits("CLM_TYPE_CD", 82)
        .date("CLM_FROM_DT", l.from)
        .date("CLM_THRU_DT", l.thru)
        .text("CLM_POS_CD", "12")
        .date("CLM_LINE_FROM_DT", l.from)
        .date("CLM_LINE_THRU_DT", l.thru)
        .text("CLM_LINE_HCPCS_CD", "E0601")
        .amount("CLM_LINE_CVRD_PD_AMT", l.paidCents)
        .text("PAYTO_PRVDR_NPI_NUM", l.npi)
        .text("CLM_ADJSMT_TYPE_CD", std::to_string(l.adjustment))
        .date("CLM_EFCTV_DT", l.effective)
        .date("CLM_IDR_LD_DT", l.effective)
        .text("CLM_CNTL_NUM", l.control)
        .amount("CLM_LINE_ALOWD_CHRG_AMT", l.paidCents);
    addRecord(CclfFile::PartBDme, b.record());
}

void CclfTestDelivery::addPartD(std::int64_t id, const std::string& mbi, int fillDate, int adjustment)
{
    auto b = builder(CclfFile::PartD);
    b.digits("CUR_CLM_UNIQ_ID", id)
        .text("BENE_MBI_ID", mbi)
        .text("CLM_LINE_NDC_CD", "00093715601")
        .digits("CLM_TYPE_CD", 1)
        .date("CLM_LINE_FROM_DT", fillDate)
        .text("PRVDR_SRVC_ID_QLFYR_CD", "01")
        .text("CLM_SRVC_PRVDR_GNRC_ID_NUM", "1234567893")
        .text("CLM_DSPNSNG_STUS_CD", "P")
        .quantity("CLM_LINE_SRVC_UNIT_QTY", 30)
        .digits("CLM_LINE_DAYS_SUPLY_QTY", 30)
        .amount("CLM_LINE_BENE_PMT_AMT", 500)
        .text("CLM_ADJSMT_TYPE_CD", std::to_string(adjustment))
        .date("CLM_EFCTV_DT", fillDate)
        .digits("CLM_LINE_RX_SRVC_RFRNC_NUM", 555000 + id % 1000)
        .text("CLM_LINE_RX_FILL_NUM", "1");
    addRecord(CclfFile::PartD, b.record());
}

void CclfTestDelivery::addBeneficiary(const std::string& mbi, const std::string& first, const std::string& last,
                                      int birthDate, char sex, const std::string& medicareStatus,
                                      const std::string& dualStatus, int deathDate)
{
    addBeneficiary({.mbi = mbi, .first = first, .last = last, .birthDate = birthDate, .sex = sex,
                    .medicareStatus = medicareStatus, .dualStatus = dualStatus, .deathDate = deathDate});
}

void CclfTestDelivery::addBeneficiary(const Beneficiary& p)
{
    auto b = builder(CclfFile::Beneficiary);
    const std::string orec = !p.orec.empty() ? p.orec : p.medicareStatus.starts_with('2') ? "1" : "0";
    b.text("BENE_MBI_ID", p.mbi)
        .text("BENE_ZIP_CD", "49503")
        .date("BENE_DOB", p.birthDate)
        .text("BENE_SEX_CD", std::string(1, p.sex))
        .text("BENE_MDCR_STUS_CD", p.medicareStatus)
        .text("BENE_DUAL_STUS_CD", p.dualStatus)
        .date("BENE_DEATH_DT", p.deathDate)
        .text("BENE_1ST_NAME", p.first)
        .text("BENE_LAST_NAME", p.last)
        .text("BENE_ORGNL_ENTLMT_RSN_CD", orec)
        .date("BENE_PART_B_ENRLMT_BGN_DT", p.partBStart);
    addRecord(CclfFile::Beneficiary, b.record());
}

void CclfTestDelivery::addXref(const std::string& previous, const std::string& current, int effective)
{
    auto b = builder(CclfFile::MbiXref);
    b.text("HICN_MBI_XREF_IND", "M")
        .text("CRNT_NUM", current)
        .text("PRVS_NUM", previous)
        .date("PRVS_ID_EFCTV_DT", effective)
        .date("PRVS_ID_OBSLT_DT", 99991231);
    addRecord(CclfFile::MbiXref, b.record());
}

QString CclfTestDelivery::write(const QString& folder, bool zip) const
{
    const QString target = zip ? folder + QLatin1Char('/') + CclfDeliveryWriter::zipName(m_id)
                               : folder + QLatin1Char('/') + CclfDeliveryWriter::zipName(m_id).chopped(4);
    {
        CclfDeliveryWriter writer(target, m_id,
                                  zip ? CclfDeliveryWriter::Packing::Zip : CclfDeliveryWriter::Packing::Folder);
        for (const auto& [file, records] : m_records)
            for (const std::string& record : records)
                writer.add(file, record);
        bool summary = true;
        for (CclfFile file : m_omitted) {
            if (file == CclfFile::Summary)
                summary = false;
            else
                writer.leaveOut(file);
        }
        writer.finish(summary);
    }
    return target;
}

} // namespace aco::test
