#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running Satchel needs.
# Idempotent: when everything is present it only checks and returns quickly.
# Usage: scripts/bootstrap.sh [--dry-run]
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config ccache git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools linguist-qt6 libgl-dev libvulkan-dev
    libgmime-3.0-dev qtkeychain-qt6-dev libsqlite3-dev qt6-networkauth-dev
    # run (GUI platform plugins, icons, fonts)
    qt6-qpa-plugins libqt6svg6 fonts-dejavu-core qt6-translations-l10n
    # tests: offscreen and Xvfb GUI runs, a real POP3 server, TLS test certificates
    xvfb xauth dovecot-core dovecot-pop3d openssl time imagemagick
    # sanitizer and fuzz builds (clang's runtime), benchmark peers (POP3 retrieval, search)
    clang libclang-rt-14-dev mpop notmuch
    # packaging (./satchel.sh package, install-test): dpkg-shlibdeps, validators, man pages
    dpkg-dev desktop-file-utils appstream man-db groff-base
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "bootstrap: all ${#packages[@]} packages present"
    exit 0
fi

echo "bootstrap: installing ${#missing[@]} package(s): ${missing[*]}"
[ "${1:-}" = --dry-run ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
# Dovecot's package would start a system-wide server on 110/995; the tests start their own.
"${sudo[@]}" mkdir -p /usr/sbin
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee /usr/sbin/policy-rc.d >/dev/null
    "${sudo[@]}" chmod +x /usr/sbin/policy-rc.d
    trap '"${sudo[@]}" rm -f /usr/sbin/policy-rc.d' EXIT
fi
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "bootstrap: done"
