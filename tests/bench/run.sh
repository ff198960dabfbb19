#!/usr/bin/env bash
# Measures writing the large demo ACO and opening it. Run from the repository after a build:
#   tests/bench/run.sh [build-dir]
# Prints wall time and peak memory of `aco-workbench demo --size large` (three runs), the Google
# Benchmark figures for opening the file and listing its providers, the scorecard data against
# the sqlite3 shell's own GROUP BY over the same windows, writing all 5,000 scorecard PDFs,
# CMS-HCC risk scores for 500,000 beneficiaries, and every beneficiary of a file with two years of
# claims scored from them.
set -euo pipefail
build=${1:-build}
exe="$build/app/aco-workbench"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== aco-workbench demo --size large (3 runs)"
for run in 1 2 3; do
    /usr/bin/time -f "run $run: %e s wall, %U s user, %S s system, %M KiB peak" \
        "$exe" demo --size large --out "$work/large.aco" --force --quiet
done
ls -l "$work/large.aco" | awk '{printf "file size: %.0f MB\n", $5 / 1e6}'
"$exe" check --db "$work/large.aco" --json | grep -E '"(measure_result|beneficiary|provider)"'

echo "== opening the large demo"
ACO_BENCH_DB="$work/large.aco" "$build/tests/bench/bench_store" --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true

echo "== scorecard data for every provider (rolling 12 months to 2026-09 and the 12 before)"
echo "sqlite3 shell, the equivalent GROUP BY over both windows:"
for run in 1 2 3; do
    /usr/bin/time -f "  run $run: %e s wall" sqlite3 "$work/large.aco" \
        "SELECT count(*) FROM (SELECT measure_id, provider_id, sum(numerator), sum(denominator) FROM measure_result WHERE period BETWEEN 202510 AND 202609 GROUP BY measure_id, provider_id);
         SELECT count(*) FROM (SELECT measure_id, provider_id, sum(numerator), sum(denominator) FROM measure_result WHERE period BETWEEN 202410 AND 202509 GROUP BY measure_id, provider_id);" > /dev/null
done
echo "sqlite3 shell, the same per-measure range queries the application runs:"
for measure in $(seq 1 14); do
    for window in "202510 AND 202609" "202410 AND 202509"; do
        echo "SELECT count(*) FROM (SELECT provider_id, sum(numerator), sum(denominator) FROM measure_result WHERE measure_id = $measure AND period BETWEEN $window GROUP BY provider_id);"
    done
done > "$work/per-measure.sql"
for run in 1 2 3; do
    /usr/bin/time -f "  run $run: %e s wall" sqlite3 "$work/large.aco" < "$work/per-measure.sql" > /dev/null
done
ACO_BENCH_DB="$work/large.aco" "$build/tests/bench/bench_scorecards"

echo "== peer comparison charts: redraw after a measure change, 5,000 providers"
ACO_BENCH_DB="$work/large.aco" "$build/tests/bench/bench_charts"

echo "== the board dashboard: open to numbers, construction to first paint, and both"
ACO_BENCH_DB="$work/large.aco" "$build/tests/bench/bench_dashboard"
echo "== Scenarios view: a slider change, 5,000 providers"
ACO_BENCH_DB="$work/large.aco" "$build/tests/bench/bench_scenario_ui"
echo "== an edit of a driver diagram kept arranged: arranging it, and storing it"
ACO_BENCH_DB="$work/large.aco" "$build/tests/bench/bench_diagram"
echo "== exports: what each takes of the GUI thread, and of another thread"
ACO_BENCH_DB="$work/large.aco" "$build/tests/bench/bench_exports"

echo "== aco-workbench scorecards --all: 5,000 PDFs, one per provider"
/usr/bin/time -f "%e s wall, %U s user, %M KiB peak" \
    "$exe" scorecards --db "$work/large.aco" --period 2026-09 --all --out "$work/cards" --quiet
ls "$work/cards" | wc -l | awk '{print $1 " files"}'

echo "== CMS-HCC V28 risk scores: 500,000 beneficiaries with ten diagnoses each"
"$build/tests/bench/bench_risk" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true

echo "== CMS-HCC scores from the claims: 60,000 beneficiaries with two years of claims (file made once)"
"$build/tests/bench/bench_riskclaims"
