#!/usr/bin/env bash
# Sets everything up (Debian packages, Debug + ASan/UBSan build) and runs every
# test with CTest: unit tests, fuzz replays, real clients (qemu-img, iscsi-*),
# and libiscsi's iscsi-test-cu conformance suite. Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
scripts/build.sh debug
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd build/debug
ctest --output-on-failure --timeout 1500 "$@"
