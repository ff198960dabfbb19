#!/usr/bin/env bash
# Packaging test: builds the Debian package from a configured build tree and checks it the way an
# administrator and a desktop meet it:
#   - the control fields (name, version from the project, section, maintainer, homepage,
#     description, dependencies found by dpkg-shlibdeps) and that apt can satisfy them;
#   - the contents: executable, desktop entry, icons, AppStream metainfo, man page, README;
#   - desktop-file-validate, appstreamcli validate and lintian (no errors);
#   - that the desktop entry's Exec, TryExec, Icon and Name resolve to the installed executable
#     and icons, and its id matches the metainfo and the window's desktop file name;
#   - the installed executable, unpacked into a scratch root: no run path, every library found,
#     --version, a small demo ACO, check, and scorecards to PDF;
#   - that `man -l` renders the man page without a warning; commands or options that it does not
#     document (or documents but the program lacks) are reported as warnings.
#
#   packaging/test-package.sh [BUILD_DIR]    BUILD_DIR defaults to build/, configured with the window
#
# packaging/dev.sh test runs it after the unit tests. Exits non-zero on the first failed check,
# with a message naming what is wrong.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/build}" 2>/dev/null && pwd) || { echo "test-package: no build folder ${1:-$root/build}" >&2; exit 1; }
app_id=org.acoworkbench.AcoWorkbench
icon_sizes=(16 24 32 48 64 128 256)
passed=0
started=$SECONDS

fail() {
    echo "test-package: FAIL: $*" >&2
    echo "packaging: $passed passed, 1 failed"
    exit 1
}
ok() {
    passed=$((passed + 1))
    echo "test-package: ok: $*"
}

# --- The tools, and the build tree -----------------------------------------------------------
for tool in dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev desktop-file-validate:desktop-file-utils \
    appstreamcli:appstream lintian:lintian man:man-db readelf:binutils pdfinfo:poppler-utils; do
    command -v "${tool%%:*}" >/dev/null ||
        fail "${tool%%:*} is missing: install the Debian package ${tool#*:} (packaging/dev.sh test installs packaging/debian-packages.txt)"
done
cache=$build/CMakeCache.txt
[ -f "$cache" ] || fail "$build is not a configured build folder (no CMakeCache.txt); run packaging/dev.sh test"
grep -q '^ACO_BUILD_UI:BOOL=ON$' "$cache" || fail "$build is configured with ACO_BUILD_UI=OFF; the package needs the window"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$cache")
[ -n "$version" ] || fail "no project version in $cache"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- Build the package -----------------------------------------------------------------------
rm -f "$build"/aco-workbench_*.deb
if ! cmake --build "$build" -j "$(nproc)" --target package >"$tmp/package.log" 2>&1; then
    cat "$tmp/package.log" >&2
    fail "cmake --build $build --target package failed (output above)"
fi
debs=("$build"/aco-workbench_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one aco-workbench_*.deb in $build, found: ${debs[*]}"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "aco-workbench_${version}_${arch}.deb" ] ||
    fail "package file is $(basename "$deb"), expected aco-workbench_${version}_${arch}.deb"
ok "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# --- Control fields --------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = aco-workbench ] || fail "Package is '$(field Package)', expected aco-workbench"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected the project version $version"
case "$(field Section)" in misc | science | utils) ;; *) fail "Section is '$(field Section)', expected misc" ;; esac
[[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer '$(field Maintainer)' is not 'Name <address>'"
[[ "$(field Homepage)" =~ ^https?:// ]] || fail "Homepage '$(field Homepage)' is not a URL"
description=$(field Description)
[ "$(printf '%s\n' "$description" | wc -l)" -ge 3 ] || fail "Description has no long description: '$description'"
depends=$(field Depends)
for dep in libc6 libqt6core6 libqt6widgets6 libqt6gui6 libsqlite3-0 libboost-program-options libqt6svg6 fonts-dejavu-core; do
    [[ ", $depends" == *", $dep"* ]] || fail "Depends lacks $dep (dpkg-shlibdeps or CPACK_DEBIAN_PACKAGE_DEPENDS): $depends"
done
ok "control fields: $(field Package) $(field Version), section $(field Section), maintainer and homepage set"
ok "Depends: $depends"

if ! apt-get install --simulate --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1; then
    cat "$tmp/apt.log" >&2
    fail "apt cannot satisfy the package's dependencies (output above)"
fi
ok "apt can install it (apt-get install --simulate)"

# --- Contents --------------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$tmp/contents"
expected=(
    /usr/bin/aco-workbench
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/aco-workbench.1.gz
    /usr/share/doc/aco-workbench/README.md
    /usr/share/doc/aco-workbench/copyright
    /usr/share/doc/aco-workbench/changelog.gz
)
for size in "${icon_sizes[@]}"; do expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"); done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$tmp/contents" || fail "the package lacks $path (dpkg-deb -c)"
done
ok "contents: executable, desktop entry, metainfo, ${#icon_sizes[@]} PNG icons and the SVG, man page, README, copyright, changelog"

# Unpack into a scratch root: the files as `apt install` would place them under /.
inst=$tmp/root
dpkg -x "$deb" "$inst"
exe=$inst/usr/bin/aco-workbench
desktop=$inst/usr/share/applications/$app_id.desktop
metainfo=$inst/usr/share/metainfo/$app_id.metainfo.xml
manpage=$inst/usr/share/man/man1/aco-workbench.1.gz

# --- Validators ------------------------------------------------------------------------------
desktop-file-validate "$desktop" >"$tmp/dfv.log" 2>&1 || { cat "$tmp/dfv.log" >&2; fail "desktop-file-validate rejects $app_id.desktop"; }
[ ! -s "$tmp/dfv.log" ] || { cat "$tmp/dfv.log" >&2; fail "desktop-file-validate has remarks on $app_id.desktop"; }
ok "desktop-file-validate: no remarks"
appstreamcli validate --no-net "$metainfo" >"$tmp/as.log" 2>&1 || { cat "$tmp/as.log" >&2; fail "appstreamcli validate rejects $app_id.metainfo.xml"; }
ok "appstreamcli validate: $(grep -o 'Validation was successful.*' "$tmp/as.log" || echo 'passed')"

# --- The desktop entry resolves to what is installed ------------------------------------------
entry() { # key: its value in the [Desktop Entry] group
    awk -F= -v key="$1" '/^\[/ { group = $0 } group == "[Desktop Entry]" && $1 == key { sub(/^[^=]*=/, ""); print; exit }' "$desktop"
}
resolve_exec() { # program named by Exec or TryExec: the installed file it runs
    case "$1" in
    /*) echo "$inst$1" ;;
    *) echo "$inst/usr/bin/$1" ;; # /usr/bin is where PATH finds a packaged program
    esac
}
exec_program=$(entry Exec | awk '{ print $1 }')
[ -n "$exec_program" ] || fail "$app_id.desktop has no Exec"
[ -x "$(resolve_exec "$exec_program")" ] || fail "Exec=$exec_program does not resolve to an installed executable"
[ "$(resolve_exec "$exec_program")" = "$exe" ] || fail "Exec=$exec_program is not /usr/bin/aco-workbench"
try_exec=$(entry TryExec)
[ -z "$try_exec" ] || [ -x "$(resolve_exec "$try_exec")" ] || fail "TryExec=$try_exec does not resolve to an installed executable"
icon=$(entry Icon)
[ -n "$icon" ] && [[ "$icon" != */* && "$icon" != *.png && "$icon" != *.svg && "$icon" != *.xpm ]] ||
    fail "Icon='$icon' is not a bare icon name (the theme looks it up without path or extension)"
[ -f "$inst/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "Icon=$icon: no hicolor/scalable/apps/$icon.svg"
for size in "${icon_sizes[@]}"; do
    png=$inst/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png
    [ -f "$png" ] || fail "Icon=$icon: no hicolor/${size}x${size}/apps/$icon.png"
    [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$png is not a PNG"
    read -r width height < <(od -An -tu4 --endian=big -j16 -N8 "$png")
    [ "$width" = "$size" ] && [ "$height" = "$size" ] || fail "$png is ${width}x${height}, expected ${size}x${size}"
done
name=$(entry Name)
[ "$name" = "ACO Workbench" ] || fail "Name='$name', expected 'ACO Workbench'"
grep -q "<name>$name</name>" "$metainfo" || fail "the metainfo's <name> is not the desktop entry's Name '$name'"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo's launchable is not $app_id.desktop"
grep -q "setDesktopFileName(QStringLiteral(\"$app_id\"))" "$root/app/window_gui.cpp" ||
    fail "app/window_gui.cpp does not set the desktop file name $app_id, so the window would not find its entry"
ok "desktop entry: Exec=$exec_program -> /usr/bin/aco-workbench, Icon=$icon -> SVG and ${icon_sizes[*]} px PNGs of those sizes, Name=$name; id matches metainfo and window"

# --- The installed executable ----------------------------------------------------------------
if readelf -d "$exe" | grep -qE '\((RPATH|RUNPATH)\)'; then
    fail "the installed executable has a run path: $(readelf -d "$exe" | grep -E 'RPATH|RUNPATH')"
fi
missing=$(ldd "$exe" | grep 'not found' || true)
[ -z "$missing" ] || fail "the installed executable needs libraries that are not found: $missing"
ok "executable: no run path, every shared library found"

unset LD_LIBRARY_PATH # the packaged program must run on the system's libraries alone
out=$("$exe" --version) || fail "'aco-workbench --version' failed"
[ "$out" = "aco-workbench $version" ] || fail "'aco-workbench --version' printed '$out', expected 'aco-workbench $version'"
ok "installed aco-workbench --version: $out"
"$exe" demo --size small --out "$tmp/small.aco" --quiet || fail "installed 'aco-workbench demo --size small' failed"
[ -s "$tmp/small.aco" ] || fail "installed 'aco-workbench demo' wrote no file"
"$exe" check --db "$tmp/small.aco" >"$tmp/check.log" || { cat "$tmp/check.log" >&2; fail "installed 'aco-workbench check' found a problem in the demo"; }
ok "installed aco-workbench demo --size small: $(du -k "$tmp/small.aco" | cut -f1) KiB, check passes"
"$exe" scorecards --db "$tmp/small.aco" --period 2026-09 --all --out "$tmp/scorecards.pdf" --quiet ||
    fail "installed 'aco-workbench scorecards --all' failed"
pages=$(pdfinfo "$tmp/scorecards.pdf" | awk '/^Pages:/ { print $2 }')
[ "${pages:-0}" -eq 25 ] || fail "installed 'aco-workbench scorecards --all' wrote ${pages:-no} pages, expected 25 (one per provider)"
ok "installed aco-workbench scorecards --all: a PDF of $pages pages"

# --- The man page ----------------------------------------------------------------------------
if ! LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$manpage" >"$tmp/man.txt" 2>"$tmp/man.err" || [ -s "$tmp/man.err" ]; then
    cat "$tmp/man.err" >&2
    fail "man -l does not render aco-workbench.1 cleanly (warnings above)"
fi
grep -q '^NAME' "$tmp/man.txt" && grep -q 'EXIT STATUS' "$tmp/man.txt" || fail "man -l rendered aco-workbench.1 without its sections"
# Every command and long option the program has should be in the man page, and only those. Other
# work adds commands and options, so a gap is reported loudly but does not fail the package.
man_source=$(zcat "$manpage")
options_of() { "$exe" "$@" --help | grep -oE '^  +(-[a-z] \[ )?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+'; }
# Commands are listed two spaces in; their wrapped descriptions are indented further.
commands=$("$exe" --help | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on && /^  [a-z]/ { print $1 }')
[ -n "$commands" ] || fail "could not read the commands from 'aco-workbench --help'"
undocumented=()
for option in $(options_of); do
    grep -qF -- "${option//-/\\-}" <<<"$man_source" || undocumented+=("$option")
done
for command in $commands; do
    if ! grep -q "^\.SS \"$command " <<<"$man_source"; then
        undocumented+=("$command")
        continue
    fi
    for option in $(options_of "$command"); do
        grep -qF -- "${option//-/\\-}" <<<"$man_source" || undocumented+=("$command $option")
    done
done
stale=()
for section in $(sed -n 's/^\.SS "\([a-z][a-z-]*\) .*/\1/p' <<<"$man_source"); do
    grep -qxF "$section" <<<"$commands" || stale+=("$section")
done
if ((${#undocumented[@]})); then
    printf 'test-package: WARNING: the man page (packaging/aco-workbench.1.in) does not document: %s\n' \
        "$(IFS=,; echo "${undocumented[*]}" | sed 's/,/, /g')" >&2
fi
if ((${#stale[@]})); then
    echo "test-package: WARNING: the man page documents commands the program does not have: ${stale[*]}" >&2
fi
ok "man -l renders aco-workbench(1) without warnings; of the commands $(tr "\n" " " <<<"$commands")and their options, ${#undocumented[@]} undocumented; ${#stale[@]} stale sections"

# --- Lintian ---------------------------------------------------------------------------------
# Lintian warns when run as root (as CI is); that remark is not about the package.
lintian --fail-on error --display-info "$deb" >"$tmp/lintian.log" 2>&1 || lintian_failed=1
grep -v 'running with root privileges is not recommended' "$tmp/lintian.log" | sed 's/^/    /' || true
errors=$(grep -c '^E:' "$tmp/lintian.log" || true)
warnings=$(grep -c '^W:' "$tmp/lintian.log" || true)
infos=$(grep -c '^I:' "$tmp/lintian.log" || true)
[ -z "${lintian_failed:-}" ] && [ "$errors" -eq 0 ] || fail "lintian reports $errors errors (above)"
ok "lintian: $errors errors, $warnings warnings, $infos informational tags"

echo "test-package: all checks passed in $((SECONDS - started)) s"
echo "packaging: $passed passed, 0 failed"
