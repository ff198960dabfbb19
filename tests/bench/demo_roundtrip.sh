#!/bin/sh
# The demo ACO's claims round trip at any size: writes the demo with its CCLF deliveries, makes a
# new file from the demo's roster and measure catalogue (`create` with extracts written by
# `import --sample`), loads every delivery into it with `cclf`, and compares what the claims gave
# the two files: the claims-based results (measure, month, NPI, numerator, denominator), the
# monthly expenditures and those by enrollment type, attribution (month, MBI, NPI, spending), the
# care gaps and utilization events computed from claims, and each beneficiary's PCP. Prints the
# rows of each and how many differ either way; exits 1 when any does. Not run by CI (the medium
# and large demos take minutes); the small one's round trip is a core test.
#
#   tests/bench/demo_roundtrip.sh [small|medium|large] [BUILD_DIR] [WORK_DIR]
set -eu
size=${1:-medium}
build=${2:-build}
work=${3:-$(mktemp -d)}
workbench="$(cd "$build" && pwd)/app/aco-workbench"
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed (apt install sqlite3)" >&2; exit 2; }
mkdir -p "$work"
cd "$work"
rm -rf demo.aco loaded.aco cclf ./*.csv
echo "writing the $size demo and its deliveries into $work"
/usr/bin/time -o time.txt -f "  demo --cclf: %e s wall, %U s user, %M KB peak" \
    "$workbench" demo --out demo.aco --size "$size" --cclf cclf >/dev/null 2>&1
cat time.txt
for kind in years measures practices departments providers; do
    "$workbench" import --db demo.aco --kind "$kind" --sample "$kind.csv" >/dev/null
done
"$workbench" create --db loaded.aco --aco-id A9001 --name "Riverbend Health Partners ACO" \
    --years years.csv --measures measures.csv --practices practices.csv \
    --departments departments.csv --providers providers.csv --no-standard-measures >/dev/null
/usr/bin/time -o time.txt -f "  cclf: %e s wall, %U s user, %M KB peak" \
    "$workbench" cclf --db loaded.aco --in cclf >/dev/null 2>&1
cat time.txt
sqlite3 demo.aco <<'SQL' | tee compare.txt
ATTACH 'loaded.aco' AS n;
CREATE TEMP VIEW d_results AS SELECT m.code, r.period, p.npi, r.numerator, r.denominator
    FROM main.measure_result r JOIN main.measure m ON m.id = r.measure_id JOIN main.provider p ON p.id = r.provider_id
    WHERE m.code IN ('TCOC', 'ADM', 'EDV', 'READM', 'FU7', 'NOVISIT', 'AWV', 'FLU', 'BCS', 'CRC');
CREATE TEMP VIEW n_results AS SELECT m.code, r.period, p.npi, r.numerator, r.denominator
    FROM n.measure_result r JOIN n.measure m ON m.id = r.measure_id JOIN n.provider p ON p.id = r.provider_id
    WHERE m.code IN ('TCOC', 'ADM', 'EDV', 'READM', 'FU7', 'NOVISIT', 'AWV', 'FLU', 'BCS', 'CRC');
CREATE TEMP VIEW d_expenditure AS SELECT period, beneficiary_months, expenditure_cents, benchmark_cents FROM main.expenditure;
CREATE TEMP VIEW n_expenditure AS SELECT period, beneficiary_months, expenditure_cents, benchmark_cents FROM n.expenditure;
CREATE TEMP VIEW d_by_type AS SELECT * FROM main.expenditure_by_type;
CREATE TEMP VIEW n_by_type AS SELECT * FROM n.expenditure_by_type;
CREATE TEMP VIEW d_attribution AS SELECT a.month, b.mbi, p.npi, a.spending_cents
    FROM main.attribution a JOIN main.beneficiary b ON b.id = a.beneficiary_id JOIN main.provider p ON p.id = a.provider_id;
CREATE TEMP VIEW n_attribution AS SELECT a.month, b.mbi, p.npi, a.spending_cents
    FROM n.attribution a JOIN n.beneficiary b ON b.id = a.beneficiary_id JOIN n.provider p ON p.id = a.provider_id;
CREATE TEMP VIEW d_gaps AS SELECT b.mbi, m.code, g.description, g.due_date FROM main.care_gap g
    JOIN main.beneficiary b ON b.id = g.beneficiary_id JOIN main.measure m ON m.id = g.measure_id WHERE g.source = 'claims';
CREATE TEMP VIEW n_gaps AS SELECT b.mbi, m.code, g.description, g.due_date FROM n.care_gap g
    JOIN n.beneficiary b ON b.id = g.beneficiary_id JOIN n.measure m ON m.id = g.measure_id WHERE g.source = 'claims';
CREATE TEMP VIEW d_events AS SELECT b.mbi, e.event_date, e.kind, e.cost_cents FROM main.utilization_event e
    JOIN main.beneficiary b ON b.id = e.beneficiary_id WHERE e.source = 'claims';
CREATE TEMP VIEW n_events AS SELECT b.mbi, e.event_date, e.kind, e.cost_cents FROM n.utilization_event e
    JOIN n.beneficiary b ON b.id = e.beneficiary_id WHERE e.source = 'claims';
CREATE TEMP VIEW d_pcp AS SELECT b.mbi, p.npi FROM main.beneficiary b LEFT JOIN main.provider p ON p.id = b.provider_id;
CREATE TEMP VIEW n_pcp AS SELECT b.mbi, p.npi FROM n.beneficiary b LEFT JOIN n.provider p ON p.id = b.provider_id;
SELECT printf('%-12s %10s %10s %10s %10s', 'what', 'demo rows', 'loaded', 'only demo', 'only loaded');
SELECT printf('%-12s %10d %10d %10d %10d', 'results', (SELECT count(*) FROM d_results), (SELECT count(*) FROM n_results),
    (SELECT count(*) FROM (SELECT * FROM d_results EXCEPT SELECT * FROM n_results)),
    (SELECT count(*) FROM (SELECT * FROM n_results EXCEPT SELECT * FROM d_results)));
SELECT printf('%-12s %10d %10d %10d %10d', 'expenditure', (SELECT count(*) FROM d_expenditure), (SELECT count(*) FROM n_expenditure),
    (SELECT count(*) FROM (SELECT * FROM d_expenditure EXCEPT SELECT * FROM n_expenditure)),
    (SELECT count(*) FROM (SELECT * FROM n_expenditure EXCEPT SELECT * FROM d_expenditure)));
SELECT printf('%-12s %10d %10d %10d %10d', 'by type', (SELECT count(*) FROM d_by_type), (SELECT count(*) FROM n_by_type),
    (SELECT count(*) FROM (SELECT * FROM d_by_type EXCEPT SELECT * FROM n_by_type)),
    (SELECT count(*) FROM (SELECT * FROM n_by_type EXCEPT SELECT * FROM d_by_type)));
SELECT printf('%-12s %10d %10d %10d %10d', 'attribution', (SELECT count(*) FROM d_attribution), (SELECT count(*) FROM n_attribution),
    (SELECT count(*) FROM (SELECT * FROM d_attribution EXCEPT SELECT * FROM n_attribution)),
    (SELECT count(*) FROM (SELECT * FROM n_attribution EXCEPT SELECT * FROM d_attribution)));
SELECT printf('%-12s %10d %10d %10d %10d', 'care gaps', (SELECT count(*) FROM d_gaps), (SELECT count(*) FROM n_gaps),
    (SELECT count(*) FROM (SELECT * FROM d_gaps EXCEPT SELECT * FROM n_gaps)),
    (SELECT count(*) FROM (SELECT * FROM n_gaps EXCEPT SELECT * FROM d_gaps)));
SELECT printf('%-12s %10d %10d %10d %10d', 'events', (SELECT count(*) FROM d_events), (SELECT count(*) FROM n_events),
    (SELECT count(*) FROM (SELECT * FROM d_events EXCEPT SELECT * FROM n_events)),
    (SELECT count(*) FROM (SELECT * FROM n_events EXCEPT SELECT * FROM d_events)));
SELECT printf('%-12s %10d %10d %10d %10d', 'roster PCP', (SELECT count(*) FROM d_pcp), (SELECT count(*) FROM n_pcp),
    (SELECT count(*) FROM (SELECT * FROM d_pcp EXCEPT SELECT * FROM n_pcp)),
    (SELECT count(*) FROM (SELECT * FROM n_pcp EXCEPT SELECT * FROM d_pcp)));
SQL
if awk 'NR > 1 && ($(NF - 1) != 0 || $NF != 0) { bad = 1 } END { exit bad ? 0 : 1 }' compare.txt; then
    echo "round trip: the loaded file differs" >&2
    exit 1
fi
echo "round trip: identical"
