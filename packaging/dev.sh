#!/usr/bin/env bash
# One-step set-up for a Debian 12 machine: installs what is missing, builds, then either starts
# the application on the demo ACO or runs every test.
#
#   packaging/dev.sh run [--size small|medium|large]   build and open the demo ACO in the window
#   packaging/dev.sh test                               build (twice: full and core-only), run all tests,
#                                                       fuzz the CSV importer for a minute, then build
#                                                       and check the Debian package
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"
jobs=$(nproc)

install_missing() {
    local pkgs=() missing=() p
    mapfile -t pkgs < <(grep -vE '^[[:space:]]*(#|$)' "$root/packaging/debian-packages.txt")
    for p in "${pkgs[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    ((${#missing[@]})) || return 0
    echo "Installing missing packages: ${missing[*]}"
    local as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    "${as_root[@]}" apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}

configure_and_build() { # build-dir, extra cmake arguments...
    local dir=$1
    shift
    local strict=OFF
    [ "${CI:-}" = "true" ] && strict=ON
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DACO_WARNINGS_AS_ERRORS=$strict "$@"
    cmake --build "$dir" -j "$jobs"
}

run_app() {
    local size=medium
    if [ "${1:-}" = "--size" ] && [ -n "${2:-}" ]; then size=$2; fi
    configure_and_build "$build"
    local demo="$build/demo/$size.aco"
    if [ ! -f "$demo" ]; then
        mkdir -p "$build/demo"
        "$build/app/aco-workbench" demo --size "$size" --out "$demo"
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: the window cannot open here. The demo ACO is at $demo;" >&2
        echo "try: xvfb-run $build/app/aco-workbench --db $demo" >&2
        exit 1
    fi
    exec "$build/app/aco-workbench" --db "$demo"
}

run_tests() {
    configure_and_build "$build"
    ctest --test-dir "$build" --output-on-failure -j "$jobs"
    # The core library and the command line must build and pass without any Qt GUI module.
    configure_and_build "$root/build-core" -DACO_BUILD_UI=OFF
    ctest --test-dir "$root/build-core" --output-on-failure -j "$jobs"
    # The CSV importer under libFuzzer with ASan and UBSan, for a bounded time, in build-fuzz/.
    "$root/tests/fuzz/run.sh" 60
    # The Debian package, from the full build: contents, validators, lintian, the installed program.
    "$root/packaging/test-package.sh" "$build"
}

case "${1:-}" in
run) install_missing; shift; run_app "$@" ;;
test) install_missing; run_tests ;;
*) echo "usage: packaging/dev.sh run [--size small|medium|large] | packaging/dev.sh test" >&2; exit 2 ;;
esac
