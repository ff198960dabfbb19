#pragma once

#include "scenarios/scenario.h"
#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <memory>

namespace aco::test {

// Four employed providers, results January to June 2026 on two measures with cut-points
// 60/70/80/90% paying 25/50/75/100% of the measure's maximum:
//   provider 1: BCS 7 of 10 a month in Q1, 9 of 10 in Q2; AWV 5 of 10 in Q1, 10 of 10 in Q2
//   provider 2: BCS 10 of 10, AWV 6 of 10 every month
//   provider 3: nothing on either
//   provider 4: BCS 8 of 10, AWV 9 of 10 every month
// Expenditures: $950 per beneficiary-month in Q1, $1,000 in Q2, against a benchmark of $12,000 a
// year ($1,000 a month) for 1,000 assigned beneficiaries.
class FundsFlowFile : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        m_path = m_folder.path(QStringLiteral("ff.aco"));
        m_store = std::make_unique<Store>(Store::create(m_path));
        Database& db = m_store->db();
        db.exec(R"sql(
            INSERT INTO aco VALUES (1, 'A0002', 'Quarter ACO', '2026-06-30');
            INSERT INTO performance_year (year, track, agreement_start_year, agreement_year,
                assigned_beneficiaries, benchmark_per_capita_cents, msr, quality_score, low_revenue)
            VALUES (2026, 'BASIC_E', 2022, 5, 1000, 1200000, 0.02, 0.88, 1);
            INSERT INTO practice (id, code, name) VALUES (1, 'P1', 'Main Street');
            INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, employment,
                                  practice_id, active_from) VALUES
              (1, '1000000001', 'Avery', 'Ann', 'Family Medicine', 'primary_care', 'employed', 1, '2020-01-01'),
              (2, '1000000002', 'Brown', 'Ben', 'Family Medicine', 'primary_care', 'employed', 1, '2020-01-01'),
              (3, '1000000003', 'Cole', 'Cy', 'Family Medicine', 'primary_care', 'employed', 1, '2020-01-01'),
              (4, '1000000004', 'Diaz', 'Di', 'Family Medicine', 'primary_care', 'employed', 1, '2020-01-01');
            INSERT INTO measure (id, code, name, domain, direction, unit) VALUES
              (1, 'BCS', 'Breast cancer screening', 'quality', 'higher', 'percent'),
              (2, 'AWV', 'Annual wellness visits', 'quality', 'higher', 'percent');
            INSERT INTO tier_scheme (measure_id, year, baseline, better, best, extra_credit,
                payout_baseline, payout_better, payout_best, payout_extra_credit) VALUES
              (1, 2026, 60, 70, 80, 90, 0.25, 0.5, 0.75, 1.0),
              (2, 2026, 60, 70, 80, 90, 0.25, 0.5, 0.75, 1.0);
        )sql");
        auto result = db.prepare("INSERT INTO measure_result VALUES (?1, ?2, ?3, ?4, 10)");
        auto spend = db.prepare("INSERT INTO expenditure VALUES (?1, 1000, ?2, 0)");
        for (int month = 1; month <= 6; ++month) {
            const bool q1 = month <= 3;
            const int rows[][3] = {{1, 1, q1 ? 7 : 9}, {2, 1, q1 ? 5 : 10}, {1, 2, 10}, {2, 2, 6},
                                   {1, 3, 0},          {2, 3, 0},           {1, 4, 8},  {2, 4, 9}};
            for (const auto& r : rows) {
                result.bind(1, r[0]).bind(2, 202600 + month).bind(3, r[1]).bind(4, r[2]);
                result.step();
                result.reset();
            }
            spend.bind(1, 202600 + month).bind(2, q1 ? 95'000'000 : 100'000'000);
            spend.step();
            spend.reset();
        }
    }

    // $16,000 all to providers, equal maximums of $4,000, half on each measure; what is not
    // earned goes to infrastructure.
    static Scenario plan()
    {
        Scenario s;
        s.name = QStringLiteral("Board plan");
        s.source = Scenario::Source::Amount;
        s.amountCents = 1'600'000;
        s.year = 2025; // the report's year replaces it
        s.infrastructureBasisPoints = 0;
        s.providerBasisPoints = 10000;
        s.basis = Scenario::Basis::Tiers;
        s.maximumBy = Scenario::MaximumBy::Equal;
        s.measures = {{QStringLiteral("BCS"), 5000}, {QStringLiteral("AWV"), 5000}};
        return s;
    }

    const Database& db() const { return m_store->db(); }

    TempFolder m_folder;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

} // namespace aco::test
