#!/usr/bin/env bash
# Builds the CSV importer's fuzz target with clang, ASan and UBSan in its own build directory,
# then runs it for a bounded time from the seed corpus. Exits non-zero on a crash, a sanitizer
# report or a leak.
#   tests/fuzz/run.sh [seconds=60] [build-dir=build-fuzz]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-60}
build=${2:-$root/build-fuzz}
launcher=()
command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DACO_BUILD_FUZZ=ON -DACO_BUILD_UI=OFF \
    -DACO_BUILD_TESTS=OFF -DACO_BUILD_BENCHMARKS=OFF "${launcher[@]}" > /dev/null
cmake --build "$build" --target fuzz_import -j "$(nproc)"
# New inputs go to a scratch corpus so the committed seeds stay as they are.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
"$build/tests/fuzz/fuzz_import" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -max_len=8192 -print_final_stats=1 -artifact_prefix="$build/" "$work" "$root/tests/fuzz/corpus"
