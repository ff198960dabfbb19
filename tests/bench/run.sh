#!/usr/bin/env bash
# Measures writing the large demo ACO and opening it. Run from the repository after a build:
#   tests/bench/run.sh [build-dir]
# Prints wall time and peak memory of `aco-workbench demo --size large` (three runs), then the
# Google Benchmark figures for opening the file and listing its providers.
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
