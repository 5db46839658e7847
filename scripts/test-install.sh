#!/usr/bin/env bash
# Builds Satchel's Debian package, installs it on this machine with apt (which resolves its
# dependencies), tries what it installed, and removes it again.
#
#   1. installs the tools it needs when missing (dpkg-dev, desktop-file-utils, appstream,
#      man-db, groff-base) and the build's packages (scripts/bootstrap.sh);
#   2. builds build-package/satchel_<version>_<arch>.deb (./satchel.sh package) and checks its
#      fields and contents;
#   3. apt-get install ./satchel_<version>_<arch>.deb;
#   4. runs the installed satchel --version, satchel-cli --help and an offscreen start of the
#      window on a fresh profile (satchel --quit-after-start), and satchel-cli on that profile;
#   5. validates the installed .desktop file and AppStream metainfo, and renders the manual
#      pages with warnings on;
#   6. apt-get remove satchel, and checks that its files are gone.
#
# Exits non-zero, saying what failed, at the first failure; the package is removed again on the
# way out. Refuses to run when a satchel package is installed already.
# Usage: scripts/test-install.sh        (root, or a user who may sudo)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

fail() {
    echo "test-install: FAILED: $*" >&2
    exit 1
}
step() { echo "test-install: $*"; }

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
apt_get() { "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 "$@"; }

# ---- 1. tools ----------------------------------------------------------------------------------
tools=(dpkg-dev desktop-file-utils appstream man-db groff-base gzip)
missing=()
for p in "${tools[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    step "installing ${missing[*]}"
    apt_get update -qq
    apt_get install -y -qq --no-install-recommends "${missing[@]}" ||
        fail "could not install ${missing[*]}"
fi

status=$(dpkg-query -W -f='${db:Status-Status}' satchel 2>/dev/null || true)
if [ "$status" = installed ]; then
    fail "a satchel package is installed already; remove it first (apt-get remove satchel)"
fi

# ---- 2. the package ----------------------------------------------------------------------------
step "building the package (build-package/)"
./satchel.sh package || fail "building the package failed"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build-package/CMakeCache.txt)
arch=$(dpkg --print-architecture)
deb="$here/build-package/satchel_${version}_${arch}.deb"
[ -n "$version" ] || fail "no project version in build-package/CMakeCache.txt"
[ -f "$deb" ] || fail "no package at $deb"
step "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = satchel ] || fail "the package is not called satchel"
[ "$(field Version)" = "$version" ] || fail "the package's version is not $version"
[ "$(field Section)" = mail ] || fail "the package's section is not mail"
[ -n "$(field Homepage)" ] || fail "the package has no Homepage"
depends=$(field Depends)
echo "  Depends: $depends"
echo "  Recommends: $(field Recommends)   Suggests: $(field Suggests)"
# Found by dpkg-shlibdeps, and added by hand for what Qt loads at run time.
for dep in libqt6widgets6 libqt6network6 libqt6sql6 libgmime-3.0-0 libqt6keychain1 \
           libqt6sql6-sqlite libqt6svg6 ca-certificates; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done

expected_files=(
    ./usr/bin/satchel
    ./usr/bin/satchel-cli
    ./usr/share/applications/satchel.desktop
    ./usr/share/icons/hicolor/scalable/apps/satchel.svg
    ./usr/share/man/man1/satchel.1.gz
    ./usr/share/man/man1/satchel-cli.1.gz
)
for size in 16 24 32 48 64 128 256; do
    expected_files+=("./usr/share/icons/hicolor/${size}x${size}/apps/satchel.png")
done
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in "${expected_files[@]}"; do
    grep -qxF "$f" <<<"$listing" || fail "the package lacks $f"
done
metainfo=$(grep -E '^\./usr/share/metainfo/.+\.metainfo\.xml$' <<<"$listing" | sed 's/^\.//') ||
    fail "the package has no AppStream metainfo"
if grep -Eq '^\./usr/local/' <<<"$listing"; then
    fail "the package installs into /usr/local"
fi

# ---- 3. install ---------------------------------------------------------------------------------
installed=0
tmp=$(mktemp -d)
cleanup() {
    if [ "$installed" -eq 1 ]; then
        echo "test-install: removing the package again" >&2
        apt_get remove -y -qq satchel >/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

step "apt-get install $deb"
apt_get install -y "$deb" || fail "apt-get could not install the package"
installed=1
[ "$(dpkg-query -W -f='${db:Status-Status}' satchel)" = installed ] ||
    fail "dpkg does not list satchel as installed"

# ---- 4. run what was installed -------------------------------------------------------------------
for bin in /usr/bin/satchel /usr/bin/satchel-cli; do
    [ -x "$bin" ] || fail "$bin is missing or not executable"
    ldd "$bin" >"$tmp/ldd" || fail "ldd $bin failed"
    if grep 'not found' "$tmp/ldd" >&2; then
        fail "$bin needs libraries that are not installed"
    fi
done

# A clean environment: no display, a fresh home and profile, no wizard.
mkdir -m 0700 "$tmp/home" "$tmp/runtime"
run() {
    env -i PATH=/usr/bin:/bin HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen SATCHEL_NO_WIZARD=1 "$@"
}

out=$(run /usr/bin/satchel --version) || fail "satchel --version exited with $?"
grep -qF "$version" <<<"$out" || fail "satchel --version printed '$out', not $version"
step "satchel --version: $out"

out=$(run /usr/bin/satchel-cli --help) || fail "satchel-cli --help exited with $?"
grep -q '^Commands:' <<<"$out" || fail "satchel-cli --help printed no command list"
step "satchel-cli --help: $(wc -l <<<"$out") lines"

profile="$tmp/profile"
step "offscreen start of the window (satchel --quit-after-start, profile $profile)"
status=0
run timeout 120 /usr/bin/satchel --profile "$profile" --quit-after-start >"$tmp/gui.log" 2>&1 ||
    status=$?
if [ "$status" -ne 0 ]; then
    cat "$tmp/gui.log" >&2
    fail "the window did not start and quit cleanly (exit status $status)"
fi
[ -f "$profile/satchel.sqlite" ] || fail "the window made no archive in $profile"
if [ -s "$tmp/gui.log" ]; then
    echo "  what it printed:"
    sed 's/^/    /' "$tmp/gui.log"
fi

out=$(run /usr/bin/satchel-cli --profile "$profile" folders) ||
    fail "satchel-cli folders on the new profile exited with $?"
grep -q '^Local Folders/Trash' <<<"$out" || fail "satchel-cli folders did not list Trash"
run /usr/bin/satchel-cli --profile "$profile" check >/dev/null ||
    fail "satchel-cli check found a problem in the new archive"
step "satchel-cli folders and check on that profile: ok"

# ---- 5. desktop integration ----------------------------------------------------------------------
desktop-file-validate /usr/share/applications/satchel.desktop ||
    fail "desktop-file-validate rejected satchel.desktop"
step "desktop-file-validate satchel.desktop: ok"

# Warnings fail the validation too; --pedantic only adds notes, printed here.
appstreamcli validate --no-net --pedantic "$metainfo" ||
    fail "appstreamcli validate rejected $metainfo"

for page in satchel satchel-cli; do
    file=/usr/share/man/man1/$page.1.gz
    [ "$(man -w "$page")" = "$file" ] || fail "man does not find $page (expected $file)"
    warnings=$(zcat "$file" | groff -man -Tutf8 -ww -z 2>&1)
    [ -z "$warnings" ] || fail "the manual page $page has problems: $warnings"
    warnings=$(MANWIDTH=80 man --warnings -l "$file" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man -l $file warns: $warnings"
done
step "manual pages render without warnings"

# ---- 6. remove -----------------------------------------------------------------------------------
step "apt-get remove satchel"
apt_get remove -y satchel || fail "apt-get could not remove the package"
installed=0
for f in "${expected_files[@]}" ".$metainfo"; do
    [ ! -e "${f#.}" ] || fail "${f#.} is still there after removing the package"
done
status=$(dpkg-query -W -f='${db:Status-Status}' satchel 2>/dev/null || true)
[ "$status" != installed ] || fail "dpkg still lists satchel as installed"

step "passed"
