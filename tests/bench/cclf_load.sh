#!/usr/bin/env bash
# Loading the medium demo's CCLF deliveries (36 monthly and 9 run-out, October 2023 to September
# 2026), against the sqlite3 shell's own .import of the same records into the same tables with the
# same indexes, in the same run. Run from the repository after a build:
#   tests/bench/cclf_load.sh [build-dir] [work-dir]
# The demo and its deliveries are written to WORK (default /tmp/aco-bench-cclf) once and reused.
# Prints, for each side, wall time and peak memory; and records per second for the load. Then
# the last delivery alone into a file that has every earlier one ("one new month"), and the
# recomputation of every claims-based measure alone and the new month's load by phase
# (bench_claims).
set -euo pipefail
build=${1:-build}
work=${2:-/tmp/aco-bench-cclf}
exe="$(cd "$build" && pwd)/app/aco-workbench"
mkdir -p "$work"
cd "$work"

if [ ! -d cclf ] || [ ! -f medium.aco ]; then
    echo "== writing the medium demo and its deliveries"
    rm -rf cclf
    /usr/bin/time -f "%e s wall, %M KiB peak" "$exe" demo --size medium --out medium.aco --cclf cclf --force --quiet
fi
# The demo's roster and measure catalogue, so that the load attributes beneficiaries to its
# primary care providers and writes their results, as a real ACO's file would.
if [ ! -f roster/providers.csv ]; then
    mkdir -p roster
    for kind in years measures practices departments providers; do
        "$exe" import --db medium.aco --kind "$kind" --sample "roster/$kind.csv" > /dev/null
    done
fi
new_file() {
    rm -f "$1" "$1-wal" "$1-shm" "$1.lock"
    "$exe" create --db "$1" --aco-id A9001 --name Bench --years roster/years.csv \
        --measures roster/measures.csv --practices roster/practices.csv \
        --departments roster/departments.csv --providers roster/providers.csv \
        --no-standard-measures > /dev/null
}
du -sh cclf | awk '{print "deliveries: " $1 " in " }' | tr -d '\n'; ls cclf | wc -l | awk '{print $1 " zips"}'

echo "== aco-workbench cclf: every delivery, one call, one transaction"
new_file load.aco
/usr/bin/time -f "%e s wall, %U s user, %S s system, %M KiB peak" -o load.time \
    "$exe" cclf --db load.aco --in cclf > load.txt 2> /dev/null
cat load.time
records=$(grep -oE '[0-9,]+ records' load.txt | tr -d ',' | awk '{ n += $1 } END { print n }')
seconds=$(awk '{print $1; exit}' load.time)
awk -v r="$records" -v s="$seconds" 'BEGIN { printf "%d records read: %.0f records per second\n", r, r / s }'
tail -1 load.txt

echo "== sqlite3 .import of the same rows into the same tables and indexes"
# One CSV per table the load writes, in delivery order (within a delivery, in a pseudo-random
# order as files come), made from what the load stored; then a file with the same schema.
rm -rf csv import.db import.db-wal import.db-shm
mkdir csv
tables="beneficiary cclf_mbi cclf_mbi_link cclf_member claim_a claim_a_line claim_a_procedure
        claim_a_diagnosis claim_b_line claim_dme_line claim_d"
for t in $tables; do
    order="ORDER BY rowid"
    case $t in
    claim_*) order="ORDER BY delivery_id, content_hash" ;;
    cclf_member | cclf_mbi_link) order="" ;; # without rowid: in key order
    esac
    sqlite3 -csv load.aco "SELECT * FROM $t $order" > "csv/$t.csv"
done
{
    # The page cache the load uses, so that both do the same work with the same memory.
    echo "PRAGMA journal_mode = WAL; PRAGMA cache_size = -262144;"
    sqlite3 load.aco ".schema" | grep -v '^CREATE TABLE sqlite_'
    echo ".mode csv"
    echo "BEGIN;"
    for t in $tables; do echo ".import csv/$t.csv $t"; done
    echo "COMMIT;"
} > import.sql
/usr/bin/time -f "%e s wall, %U s user, %S s system, %M KiB peak" -o import.time \
    sqlite3 import.db < import.sql > /dev/null
cat import.time
rows=0
for t in $tables; do rows=$((rows + $(wc -l < "csv/$t.csv"))); done
echo "$rows rows imported"
awk -v a="$seconds" -v b="$(awk '{print $1; exit}' import.time)" \
    'BEGIN { printf "load / import: %.2f (goal: at most 1.25)\n", a / b }'

echo "== one new month: the last delivery, loaded into a file that has every earlier one"
new_file month.aco
last=$(ls cclf | sort -t. -k5 | tail -1)
earlier=()
for zip in cclf/*.zip; do [ "$(basename "$zip")" = "$last" ] || earlier+=(--in "$zip"); done
"$exe" cclf --db month.aco "${earlier[@]}" > /dev/null 2>&1
cp month.aco before.aco # for bench_claims newMonth below
/usr/bin/time -f "%e s wall, %U s user, %S s system, %M KiB peak" -o month.time \
    "$exe" cclf --db month.aco --in "cclf/$last" > month.txt 2> /dev/null
echo "$last:"
cat month.time
grep -E "^Measures computed|^Results changed|^Note: CMS-HCC risk scores computed" month.txt
echo "== recomputing every measure of the 36 months alone (rolled back); one new month again, by phase"
ACO_BENCH_CLAIMS_DB="$work/load.aco" ACO_BENCH_CLAIMS_BEFORE="$work/before.aco" \
    ACO_BENCH_CLAIMS_MONTH="$work/cclf/$last" "$(cd "$(dirname "$exe")/.." && pwd)/tests/bench/bench_claims"
rm -f before.aco
