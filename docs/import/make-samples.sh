#!/usr/bin/env bash
# Writes docs/import/KIND.csv, a sample import file of each kind, from the small demo ACO: the
# first rows of each table in the import format. Run from the repository after a build:
#   docs/import/make-samples.sh [build-dir=build] [rows=12]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
rows=${2:-12}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/app/aco-workbench" demo --size small --out "$work/small.aco" --quiet
for kind in years measures practices departments providers beneficiaries results expenditures \
    care-gaps tiers; do
    "$build/app/aco-workbench" import --db "$work/small.aco" --kind "$kind" \
        --sample "$root/docs/import/$kind.csv" --rows "$rows"
done
