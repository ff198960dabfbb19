// The risk model's goal: scoring 500,000 beneficiaries with ten diagnoses each in under 2 s on
// two cores. The beneficiaries are made up deterministically: ages 30 to 99, both sexes, every
// OREC, and diagnoses drawn half from the codes in CMS's V28 mapping and half from common codes
// outside it (hypertension, hyperlipidemia, ...), as claims have them.
//   scoreCodes/T: RiskModel::score on the codes as text (as a claims loader would call it), over
//                 T threads, each scoring its share of the beneficiaries.
//   hccBatch:     `aco-workbench hcc` without the disk: CMS's two input files read from memory,
//                 checked, scored on two threads and written as CSV.

#include "csv/csvreader.h"
#include "risk/hccbatch.h"
#include "risk/riskmodel.h"

#include <benchmark/benchmark.h>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

constexpr int beneficiaryCount = 500'000;
constexpr int codesEach = 10;

struct Population
{
    std::vector<aco::RiskBeneficiary> beneficiaries;
    std::vector<std::string> codeText; // beneficiary i's codes are [i * codesEach, ...)
    std::vector<std::string_view> codes;
};

// A small linear congruential generator: the same population on every run and platform.
struct Random
{
    std::uint64_t state = 20260201;
    std::uint32_t next(std::uint32_t bound)
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>((state >> 33) % bound);
    }
};

const Population& population()
{
    static const Population made = [] {
        std::vector<std::string> modelCodes;
        aco::CsvReader mapping = aco::CsvReader::fromFile(
            QStringLiteral(":/risk/v28-2026/ICD10_CC_mappings_CMS_HCC_2026_v28.csv"));
        mapping.next(); // the header
        while (const auto record = mapping.next())
            modelCodes.push_back(record->fields.value(0).toStdString());
        const std::vector<std::string> otherCodes{"I10",   "E785", "E119", "Z0000", "M545",
                                                  "R0789", "K219", "E039", "Z23",   "G4733"};
        Population p;
        Random random;
        p.codeText.reserve(size_t(beneficiaryCount) * codesEach);
        for (int i = 0; i < beneficiaryCount; ++i) {
            aco::RiskBeneficiary b;
            b.birthDate = QDate(1926 + int(random.next(70)), 1 + int(random.next(12)),
                                1 + int(random.next(28)));
            b.sex = random.next(2) == 0 ? aco::RiskSex::Male : aco::RiskSex::Female;
            b.orec = int(random.next(4));
            b.ltiMedicaid = random.next(10) == 0;
            b.newEnrolleeMedicaid = random.next(5) == 0;
            p.beneficiaries.push_back(b);
            for (int c = 0; c < codesEach; ++c)
                p.codeText.push_back(
                    random.next(2) == 0
                        ? modelCodes[random.next(std::uint32_t(modelCodes.size()))]
                        : otherCodes[random.next(std::uint32_t(otherCodes.size()))]);
        }
        p.codes.assign(p.codeText.begin(), p.codeText.end());
        return p;
    }();
    return made;
}

void scoreCodes(benchmark::State& state)
{
    const aco::RiskModel& model = aco::RiskModel::builtIn(2026);
    const Population& p = population();
    const size_t threads = size_t(state.range(0));
    std::vector<double> sums(threads);
    for (auto _ : state) {
        const auto work = [&](size_t worker) {
            double sum = 0;
            for (size_t i = p.beneficiaries.size() * worker / threads,
                        end = p.beneficiaries.size() * (worker + 1) / threads;
                 i < end; ++i)
                sum += model
                           .score(p.beneficiaries[i],
                                  std::span(p.codes).subspan(i * codesEach, codesEach))
                           .continuing[0];
            sums[worker] = sum;
        };
        {
            std::vector<std::jthread> pool;
            for (size_t worker = 1; worker < threads; ++worker)
                pool.emplace_back(work, worker);
            work(0);
        }
        benchmark::DoNotOptimize(sums.data());
    }
    state.SetItemsProcessed(state.iterations() * beneficiaryCount);
}
BENCHMARK(scoreCodes)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void hccBatch(benchmark::State& state)
{
    const aco::RiskModel& model = aco::RiskModel::builtIn(2026);
    const Population& p = population();
    QByteArray beneficiaries = "ID,DOB,SEX,OREC,LTIMCAID,NEMCAID\n";
    QByteArray diagnoses = "ID,ICD10\n";
    for (size_t i = 0; i < p.beneficiaries.size(); ++i) {
        const aco::RiskBeneficiary& b = p.beneficiaries[i];
        const QByteArray id = QByteArray::number(qulonglong(i + 1));
        beneficiaries += id + ',' + b.birthDate.toString(Qt::ISODate).toLatin1() + ',' +
                         (b.sex == aco::RiskSex::Male ? "1," : "2,") + QByteArray::number(b.orec) +
                         (b.ltiMedicaid ? ",1," : ",0,") + (b.newEnrolleeMedicaid ? "1\n" : "0\n");
        for (int c = 0; c < codesEach; ++c)
            diagnoses += id + ',' + p.codeText[i * codesEach + size_t(c)].c_str() + '\n';
    }
    for (auto _ : state) {
        const aco::HccBatch batch =
            aco::HccBatch::score(model, beneficiaries, QStringLiteral("beneficiaries.csv"),
                                 diagnoses, QStringLiteral("diagnoses.csv"), 2);
        if (batch.scoredCount() != beneficiaryCount)
            state.SkipWithError("not every beneficiary was scored");
        benchmark::DoNotOptimize(batch.outputCsv().size());
    }
    state.SetItemsProcessed(state.iterations() * beneficiaryCount);
}
BENCHMARK(hccBatch)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
