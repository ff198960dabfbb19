// CMS-HCC scores from the claims in the file: every beneficiary of an ACO scored for a payment
// year, as `aco-workbench risk` and each CCLF load do. The file is made up once, deterministically,
// and kept in ACO_BENCH_RISK_DIR (default /tmp/aco-bench-risk): ACO_BENCH_BENEFICIARIES
// beneficiaries (default 60,000, the medium demo's), 240 primary care providers, and for each
// beneficiary and each of 2024 and 2025, as Medicare fee-for-service beneficiaries average: 35
// Part B physician lines (three in five with a code on CMS's list, one to three diagnoses each),
// four outpatient claims (three revenue lines, four diagnoses), an inpatient stay for one in four
// (ten diagnoses) and a skilled nursing or home health claim for one in five. One diagnosis in
// 32 is a code of the V28 model, the rest common codes outside it.
//   scoreYear:      scoreRiskYears for payment year 2026 (the diagnoses of 2025), written.
//   scoreTwoYears:  2025 and 2026 in one read of the claims.
//   touchedYears:   what a CCLF load adds to find the years its claims touched: those of a month's
//                   claims (the file's last month), listed by the load.
//   providerLists:  one provider's (250 patients) changes since the prior year and quarter and
//                   recapture list, as a scorecard would show them (after scoreTwoYears).

#include "claims/cclfload.h"
#include "csv/csvreader.h"
#include "risk/recapture.h"
#include "risk/riskchange.h"
#include "risk/riskrefresh.h"
#include "risk/riskscoring.h"
#include "store/store.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>

#include <cstdlib>
#include <string>
#include <vector>

namespace {

struct Random
{
    std::uint64_t state = 20251231;
    std::uint32_t next(std::uint32_t bound)
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>((state >> 33) % bound);
    }
};

int beneficiaryCount()
{
    const char* count = std::getenv("ACO_BENCH_BENEFICIARIES");
    return count ? std::atoi(count) : 60'000;
}

// An MBI in CMS's format for beneficiary n.
std::string mbiOf(int n)
{
    static const char letters[] = "ACDEFGHJKMNPQRTUVWXY";
    std::string mbi = "1A00A00AA00";
    mbi[2] = letters[n % 20];
    mbi[3] = char('0' + n / 20 % 10);
    mbi[4] = letters[n / 200 % 20];
    mbi[5] = letters[n / 4000 % 20];
    mbi[6] = char('0' + n / 80000 % 10);
    mbi[7] = letters[n / 800000 % 20];
    mbi[9] = char('0' + n % 100 / 10);
    mbi[10] = char('0' + n % 10);
    return mbi;
}

void makeFile(const QString& path, int beneficiaries)
{
    std::vector<std::string> modelCodes;
    aco::CsvReader mapping = aco::CsvReader::fromFile(
        QStringLiteral(":/risk/v28-2026/ICD10_CC_mappings_CMS_HCC_2026_v28.csv"));
    mapping.next();
    while (const auto record = mapping.next())
        modelCodes.push_back(record->fields.value(0).toStdString());
    const std::vector<std::string> commonCodes{"I10",  "E785", "Z0000", "M545",  "R0789", "K219",
                                               "E039", "Z23",  "G4733", "M1990", "R51",   "J069"};
    const std::vector<std::string> listed{"99213", "99214", "99215", "99232",
                                          "G0439", "93000", "20610"};
    const std::vector<std::string> unlisted{"80053", "85025", "36415", "71046", "83036"};
    Random random;
    // One diagnosis in 32 from the model: one or two payment HCCs a year each, as the average
    // beneficiary has.
    const auto code = [&] {
        return random.next(32) == 0 ? modelCodes[random.next(std::uint32_t(modelCodes.size()))]
                                    : commonCodes[random.next(std::uint32_t(commonCodes.size()))];
    };

    QFile::remove(path);
    aco::Store store = aco::Store::create(path);
    aco::Database& db = store.db();
    db.exec("PRAGMA journal_mode = OFF");
    aco::Transaction transaction(db);
    db.exec(R"sql(
        INSERT INTO aco (id, aco_id, name, data_as_of) VALUES (1, 'A9001', 'Bench', '2026-09-30');
        INSERT INTO practice (id, code, name) VALUES (1, 'P1', 'Practice');
        INSERT INTO cclf_delivery (id, aco_id, kind, performance_year, file_date, file_time, source,
                                   loaded_at, loaded_by)
            VALUES (1, 'A9001', 'monthly', 2025, '2026-01-15', '0112000', 'bench',
                    '2026-01-16T00:00:00Z', 'bench'))sql");
    auto provider = db.prepare(R"sql(
        INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, employment,
                              practice_id, active_from)
            VALUES (?1, ?2, 'Doctor', 'A', 'Family Medicine', 'primary_care', 'employed', 1,
                    '2020-01-01'))sql");
    for (int p = 1; p <= 240; ++p)
        provider.bind(1, p).bind(2, std::to_string(1000000000 + p)).run();
    auto bene = db.prepare(R"sql(
        INSERT INTO beneficiary (id, mbi, last_name, first_name, birth_date, sex, provider_id,
                                 medicare_status, dual_status, orec, part_b_start)
            VALUES (?1, ?2, 'Doe', 'Pat', ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql");
    auto mbi = db.prepare("INSERT INTO cclf_mbi (id, mbi, current_id) VALUES (?1, ?2, ?1)");
    auto claimA = db.prepare(R"sql(
        INSERT INTO claim_a (id, bene_id, group_key, action, adjustment, claim_type, bill_type, ccn,
                             from_date, thru_date, effective_date, load_date, paid_cents,
                             excluded_cents, principal_dx, admitting_dx, drg, discharge_status,
                             admission_type, admission_source, nonpayment_reason, facility_npi,
                             attending_npi, operating_npi, other_npi, delivery_id, content_hash)
            VALUES (?1, ?2, ?3, 1, 0, ?4, ?5, '230001', ?6, ?6, ?6, ?6, 150000, 0, ?7, '', '', '01',
                    '', '', '', '1003000126', '', '', '', 1, ?1))sql");
    auto lineA = db.prepare(R"sql(
        INSERT INTO claim_a_line (id, revenue_center, hcpcs, modifiers, from_date, thru_date, units,
                                  paid_cents, apc_hipps, delivery_id, content_hash)
            VALUES (?1, '0510', ?2, '', ?3, ?3, 1, 5000, '', 1, ?1))sql");
    auto diagnosis = db.prepare(R"sql(
        INSERT INTO claim_a_diagnosis (id, product_type, code, present_on_admission, delivery_id,
                                       content_hash)
            VALUES (?1, 'D', ?2, 'Y', 1, ?1))sql");
    auto lineB = db.prepare(R"sql(
        INSERT INTO claim_b_line (id, bene_id, group_key, action, adjustment, claim_type,
                                  control_number, from_date, thru_date, hcpcs, modifiers,
                                  place_of_service, rendering_npi, rendering_tin, specialty,
                                  paid_cents, allowed_cents, units, line_dx, diagnoses, denial_code,
                                  processing_code, effective_date, load_date, delivery_id,
                                  content_hash)
            VALUES (?1, ?2, ?3, 1, 0, 71, ?4, ?5, ?5, ?6, '', '11', '1234567893', '123456789', '08',
                    7500, 9500, 1, ?7, ?8, '', 'A', ?5, ?5, 1, ?1))sql");
    std::int64_t claimId = 1;
    for (int b = 1; b <= beneficiaries; ++b) {
        const int birthYear = 1930 + int(random.next(40)); // a fifth under 65, disabled
        const char* status = birthYear > 1961 ? "20" : random.next(40) == 0 ? "11" : "10";
        const char* dual = random.next(6) == 0 ? "02" : random.next(10) == 0 ? "03" : "NA";
        // One in 25 new to Part B in 2025; the disabled since 2015, the others since 65.
        const QString partB = random.next(25) == 0 ? QStringLiteral("2025-06-01")
                              : status[0] == '2'   ? QStringLiteral("2015-01-01")
                                                   : QStringLiteral("%1-01-01").arg(birthYear + 65);
        bene.bind(1, b)
            .bind(2, mbiOf(b))
            .bind(3, QStringLiteral("%1-%2-15")
                         .arg(birthYear)
                         .arg(1 + random.next(12), 2, 10, QLatin1Char('0')))
            .bind(4, random.next(2) == 0 ? "F" : "M")
            .bind(5, 1 + b % 240)
            .bind(6, status)
            .bind(7, dual)
            .bind(8, std::string_view(status[0] == '2' ? "1" : "0"))
            .bind(9, partB)
            .run();
        mbi.bind(1, b).bind(2, mbiOf(b)).run();
        const std::int64_t key = std::int64_t(b) << 32;
        for (int year : {2024, 2025}) {
            const auto date = [&] {
                return year * 10000 + int(1 + random.next(12)) * 100 + int(1 + random.next(28));
            };
            for (int l = 0; l < 35; ++l) {
                const std::int64_t id = claimId++ * 100000 + 1;
                std::string codes = code();
                for (std::uint32_t more = random.next(3); more > 0; --more)
                    codes += ' ' + code();
                const std::string& hcpcs =
                    random.next(5) < 3 ? listed[random.next(std::uint32_t(listed.size()))]
                                       : unlisted[random.next(std::uint32_t(unlisted.size()))];
                lineB.bind(1, id)
                    .bind(2, b)
                    .bind(3, key + l)
                    .bind(4, std::to_string(id))
                    .bind(5, date())
                    .bind(6, hcpcs)
                    .bind(7, codes.substr(0, codes.find(' ')))
                    .bind(8, codes)
                    .run();
            }
            const auto partA = [&](int type, const char* bill, int lines, int diagnoses) {
                const std::int64_t id = claimId++;
                const int when = date();
                const std::string principal = code();
                claimA.bind(1, id)
                    .bind(2, b)
                    .bind(3, key + std::int64_t(id % 1000000))
                    .bind(4, type)
                    .bind(5, bill)
                    .bind(6, when)
                    .bind(7, principal)
                    .run();
                for (int l = 1; l <= lines; ++l)
                    lineA.bind(1, id * 100000 + l)
                        .bind(2, l == 1 ? listed[random.next(std::uint32_t(listed.size()))]
                                        : unlisted[random.next(std::uint32_t(unlisted.size()))])
                        .bind(3, when)
                        .run();
                for (int d = 0; d < diagnoses; ++d)
                    diagnosis.bind(1, id * 10000 + 36 * 100 + d)
                        .bind(2, d == 0 ? principal : code())
                        .run();
            };
            for (int o = 0; o < 4; ++o)
                partA(40, "131", 3, 4);
            if (random.next(4) == 0)
                partA(60, "111", 0, 10);
            if (random.next(5) == 0)
                partA(random.next(2) == 0 ? 20 : 10, random.next(2) == 0 ? "211" : "321", 2, 5);
        }
    }
    transaction.commit();
}

// The file, made once per size.
const QString& benchFile()
{
    static const QString path = [] {
        const char* dir = std::getenv("ACO_BENCH_RISK_DIR");
        const QString folder =
            dir ? QString::fromLocal8Bit(dir) : QStringLiteral("/tmp/aco-bench-risk");
        QDir().mkpath(folder);
        const QString file = folder + QStringLiteral("/claims-%1.aco").arg(beneficiaryCount());
        if (!QFile::exists(file)) {
            const QString partial = file + QStringLiteral(".partial");
            makeFile(partial, beneficiaryCount());
            QFile::rename(partial, file);
        }
        return file;
    }();
    return path;
}

void scoreYears(benchmark::State& state, std::vector<int> years)
{
    aco::Store store = aco::Store::open(benchFile());
    int scored = 0;
    for (auto _ : state) {
        const aco::RiskScoringResult result = aco::scoreRiskYears(store.db(), years);
        scored = result.years.front().scored;
    }
    state.counters["beneficiaries"] = scored;
    state.SetItemsProcessed(state.iterations() * scored * std::int64_t(years.size()));
}

void scoreYear(benchmark::State& state)
{
    scoreYears(state, {2026});
}
BENCHMARK(scoreYear)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void scoreTwoYears(benchmark::State& state)
{
    scoreYears(state, {2025, 2026});
}
BENCHMARK(scoreTwoYears)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void touchedYears(benchmark::State& state)
{
    aco::Store store = aco::Store::open(benchFile());
    // What a monthly delivery brings: the claims of the file's last month (December 2025).
    aco::ClaimsChanges load;
    load.deliveries.push_back(1);
    for (const auto& [table, name] : {std::pair(aco::ClaimsChanges::PartA, "claim_a"),
                                      std::pair(aco::ClaimsChanges::PartB, "claim_b_line")}) {
        auto rows = store.db().prepare(std::string("SELECT id FROM ") + name + " WHERE thru_date >= 20251201");
        while (rows.step())
            load.inserted[table].push_back(rows.int64(0));
    }
    state.counters["rows"] = static_cast<double>(load.inserted[0].size() + load.inserted[1].size());
    for (auto _ : state)
        benchmark::DoNotOptimize(aco::paymentYearsTouchedBy(store.db(), load));
}
BENCHMARK(touchedYears)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void providerLists(benchmark::State& state)
{
    aco::Store store = aco::Store::open(benchFile());
    if (aco::acoAverageRisk(store.db(), 2025) == std::nullopt)
        aco::scoreRiskYears(store.db(), {2025, 2026});
    int patients = 0;
    for (auto _ : state) {
        const auto year = aco::yearRiskChanges(store.db(), 7, 2026);
        const auto quarter = aco::quarterRiskChanges(store.db(), 7, QDate(2026, 3, 31));
        const auto recapture = aco::recaptureList(store.db(), 7, QDate(2026, 3, 31));
        patients = year.patients;
        benchmark::DoNotOptimize(quarter.changes.size() + recapture.entries.size());
    }
    state.counters["patients"] = patients;
}
BENCHMARK(providerLists)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

} // namespace

BENCHMARK_MAIN();
