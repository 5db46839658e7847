#!/usr/bin/env bash
# Takes screenshots of the main window with a fixture profile, under Xvfb, into docs/screenshots/
# (or the folder given). Needs a build (./satchel.sh build) and xvfb-run + ImageMagick's import
# (both installed by scripts/bootstrap.sh).
#   scripts/screenshots.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

build="${SATCHEL_BUILD_DIR:-build}" # another build folder, for example build-asan
cli=$build/app/satchel-cli
gui=$build/app/satchel
export SATCHEL_NO_WIZARD=1 # the fixture profile has no account: no account setup wizard
"$cli" --profile "$profile" import --folder Friends --mbox tests/data/screenshots/sample.mbox >/dev/null

shoot() { # name, then arguments for satchel
    local name="$1"; shift
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$0" --profile "$1" "${@:3}" & pid=$!
        sleep 4
        import -window root "$2"
        kill "$pid"; wait "$pid" 2>/dev/null || true
    ' "$gui" "$profile" "$out/$name.png" "$@"
    echo "wrote $out/$name.png"
}

# The window opens on the first folder; SATCHEL_SCREENSHOT_FOLDER and _MESSAGE pick what it shows.
SATCHEL_SCREENSHOT_FOLDER=Friends SATCHEL_SCREENSHOT_MESSAGE=4 shoot main
SATCHEL_SCREENSHOT_FOLDER=Friends SATCHEL_SCREENSHOT_MESSAGE=3 shoot html
SATCHEL_SCREENSHOT_FOLDER=Friends SATCHEL_SCREENSHOT_SEARCH="from:ann OR has:attachment" shoot search

# An account's settings (SATCHEL_SCREENSHOT_ACTION triggers a window action by object name), on
# a profile of its own: the account's server does not exist, so the check on start fails.
printf 'secret
' | "$cli" --profile "$profile/account" account add --name Home \
    --email ann@example.com --host pop.example.com --security tls --user ann \
    --password-stdin --store-password-in-profile >/dev/null 2>&1
profile="$profile/account" SATCHEL_SCREENSHOT_FOLDER=Inbox \
    SATCHEL_SCREENSHOT_ACTION=actionAccountSettings shoot account-settings

# The same in German (its strings run about 40 % longer than the English ones): the main window,
# the account settings and the account setup wizard, which opens by itself on an empty profile.
export LANGUAGE=de LANG=de_DE.UTF-8
SATCHEL_SCREENSHOT_FOLDER=Friends SATCHEL_SCREENSHOT_MESSAGE=4 shoot main-de
profile="$profile/account" SATCHEL_SCREENSHOT_FOLDER=Posteingang \
    SATCHEL_SCREENSHOT_ACTION=actionAccountSettings shoot account-settings-de # folders by shown name
mkdir "$profile/empty"
unset SATCHEL_NO_WIZARD
profile="$profile/empty" shoot wizard-de
