#pragma once

// What the tests of risk scores from the claims share: an ACO file, CCLF deliveries made by hand
// and loaded into it, and the stored scores.
#include "cclftestdelivery.h"
#include "claims/cclfload.h"
#include "risk/riskstore.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace aco::test {

// yyyymmdd `days` later.
inline int later(int yyyymmdd, int days)
{
    const QDate date = QDate(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100).addDays(days);
    return date.year() * 10000 + date.month() * 100 + date.day();
}

// A final-action Part B physician line with one diagnosis (a claim of its own).
inline CclfTestDelivery::Line visit(std::int64_t claim, const char* mbi, const char* hcpcs,
                                    const char* diagnosis, int date)
{
    return {.claimId = claim,
            .mbi = mbi,
            .control = "C" + std::to_string(claim),
            .paidCents = 9000,
            .effective = later(date, 20),
            .from = date,
            .thru = date,
            .hcpcs = hcpcs,
            .diagnoses = {diagnosis}};
}

// A Part A claim with one diagnosis.
inline void addPartA(CclfTestDelivery& d, std::int64_t id, const char* mbi, int claimType,
                     const char* billType, const char* diagnosis, int thru)
{
    d.addPartA({.id = id,
                .mbi = mbi,
                .ccn = "2300" + std::to_string(id % 100),
                .from = later(thru, -2),
                .thru = thru,
                .paidCents = 100000,
                .effective = later(thru, 15),
                .claimType = claimType,
                .billType = billType});
    d.addDiagnosis(id, 0, diagnosis);
}

class RiskFileTest : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        m_path = m_folder.path(QStringLiteral("aco.aco"));
        Store store = Store::create(m_path);
        store.db().exec(
            "INSERT INTO aco (id, aco_id, name, data_as_of) VALUES (1, 'A1234', 'Test ACO', "
            "'2026-09-30')");
    }

    CclfLoadResult load(const CclfTestDelivery& delivery)
    {
        const QString folder = m_folder.path(QStringLiteral("in%1").arg(++m_deliveries));
        QDir().mkpath(folder);
        Store store = Store::open(m_path);
        CclfLoadResult result = loadCclf(store.db(), {delivery.write(folder, true)}, false);
        std::string problems;
        for (const CclfProblem& p : result.problems.kept())
            problems += p.toString().toStdString() + "\n";
        EXPECT_TRUE(result.ok()) << problems;
        return result;
    }

    std::int64_t idOf(const char* mbi) const
    {
        return Store::openReadOnly(m_path).db().queryInt64(
            "SELECT id FROM beneficiary WHERE mbi = '" + std::string(mbi) + "'");
    }

    std::optional<StoredRiskScore> score(const char* mbi, int paymentYear) const
    {
        const std::int64_t id = idOf(mbi);
        if (id == 0)
            return std::nullopt;
        return storedRiskScore(Store::openReadOnly(m_path).db(), id, paymentYear);
    }

    std::int64_t count(const std::string& sql) const
    {
        return Store::openReadOnly(m_path).db().queryInt64(sql);
    }
    void exec(const std::string& sql) { Store::open(m_path).db().exec(sql); }

    TempFolder m_folder;
    QString m_path;
    int m_deliveries = 0;
};

} // namespace aco::test
