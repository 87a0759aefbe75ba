#!/usr/bin/env bash
# Sets everything up (Debian packages, Debug + ASan/UBSan build) and runs every
# test with CTest: unit tests, fuzz replays, real clients (qemu-img, iscsi-*),
# and libiscsi's iscsi-test-cu conformance suite. Extra arguments go to ctest.
# With CI=true, a skip of a test listed in tests/ci-must-run.txt fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
scripts/build.sh debug
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd build/debug
# In CI (CI=true) a skipped test that must run there fails the run
# (tests/ci-must-run.txt; scripts/ci_skip_check.py reads ctest's JUnit report).
junit=$PWD/ctest-junit.xml
rc=0
ctest --output-on-failure --timeout 1500 --output-junit "$junit" --test-output-size-passed 1048576 "$@" || rc=$?
if [[ ${CI:-} == true ]]; then
  python3 ../../scripts/ci_skip_check.py "$junit" ../../tests/ci-must-run.txt || rc=1
fi
exit "$rc"
