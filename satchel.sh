#!/usr/bin/env bash
# Satchel's one entry point for people and CI. Every command installs what is missing first.
#
#   ./satchel.sh run [args]   build and launch the Satchel GUI
#   ./satchel.sh test         build with warnings as errors and run the whole test suite, then
#                             the unit, integration and GUI tests again under ASan+UBSan, then
#                             each fuzz target on its seeds for 10 s (clang, build-fuzz/)
#   ./satchel.sh build        build only (build/)
#   ./satchel.sh asan         the sanitizer half of `test` alone (build-asan/)
#   ./satchel.sh tsan         the unit, integration and GUI tests under ThreadSanitizer
#                             (build-tsan/; slow, so not part of `test`)
#   ./satchel.sh bench        build and run the benchmarks (they print numbers)
#   ./satchel.sh fuzz [secs]  build the libFuzzer targets with clang (build-fuzz/) and run each
#                             on its seeds, 20 s each, or the given seconds each (600: the
#                             10-minute run)
#   ./satchel.sh package      build the Debian package satchel_<version>_<arch>.deb (build-package/)
#   ./satchel.sh install-test build it, install it with apt, try it, remove it (scripts/test-install.sh)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
jobs=$(nproc 2>/dev/null || echo 2)

configure_and_build() { # <build dir> [cmake options...]
    local dir=$1; shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "$@" >/dev/null
    cmake --build "$dir" --parallel "$jobs"
}

run_ctest() { # <build dir> <label regex>
    ctest --test-dir "$1" --label-regex "$2" --output-on-failure --parallel "$jobs" \
          --no-tests=error
}

main_build() { configure_and_build build -DSATCHEL_WERROR=ON; }

asan() {
    configure_and_build build-asan -DSATCHEL_WERROR=ON -DSATCHEL_SANITIZE=ON \
                        -DCMAKE_BUILD_TYPE=Debug
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions="$here/tests/lsan.supp":print_suppressions=0 \
        run_ctest build-asan '^(unit|integration|gui)$'
}

# Qt, GLib, GMime and SQLite are not built with TSan: tests/tsan.supp names the reports that
# come from inside them. Any other report stops the test that made it.
tsan() {
    configure_and_build build-tsan -DSATCHEL_WERROR=ON -DSATCHEL_TSAN=ON \
                        -DCMAKE_BUILD_TYPE=Debug
    TSAN_OPTIONS="suppressions=$here/tests/tsan.supp:halt_on_error=1:second_deadlock_stack=1:die_after_fork=0" \
        run_ctest build-tsan '^(unit|integration|gui)$'
}

# Every libFuzzer target (tests/fuzz) for the given seconds each, one after another.
fuzz() { # <seconds>
    cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DSATCHEL_FUZZ=ON \
          -DSATCHEL_FUZZ_SECONDS="$1" -DCMAKE_BUILD_TYPE=Debug \
          -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    cmake --build build-fuzz --parallel "$jobs" --target fuzz_mimeparse fuzz_pop3reply fuzz_searchquery \
        fuzz_pop3session fuzz_htmlsanitizer fuzz_mboxreader
    ctest --test-dir build-fuzz --label-regex '^fuzz$' --output-on-failure --no-tests=error
}

# The Debian package: a Release build without the tests, packed by CPack (installer/).
package() {
    configure_and_build build-package -DCMAKE_BUILD_TYPE=Release -DSATCHEL_TESTS=OFF
    (cd build-package && cpack -G DEB)
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    scripts/bootstrap.sh
    configure_and_build build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "satchel.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
        echo "Run it in a desktop session, or headless with: xvfb-run -a ./satchel.sh run" >&2
        exit 1
    fi
    exec build/app/satchel "$@"
    ;;
test)
    scripts/bootstrap.sh
    main_build
    run_ctest build '^(unit|integration|gui)$'
    asan
    fuzz 10
    echo "satchel.sh: all tests passed"
    ;;
build)
    scripts/bootstrap.sh
    main_build
    ;;
asan)
    scripts/bootstrap.sh
    asan
    ;;
tsan)
    scripts/bootstrap.sh
    tsan
    echo "satchel.sh: all tests passed under ThreadSanitizer"
    ;;
fuzz)
    scripts/bootstrap.sh
    fuzz "${1:-20}"
    ;;
bench)
    scripts/bootstrap.sh
    main_build
    ctest --test-dir build --label-regex '^bench$' --verbose
    ;;
package)
    scripts/bootstrap.sh
    package
    ;;
install-test)
    exec scripts/test-install.sh
    ;;
*)
    sed -n '2,17s/^# \{0,1\}//p' "$0"
    [ -z "$command" ] || [ "$command" = help ] || exit 2
    ;;
esac
