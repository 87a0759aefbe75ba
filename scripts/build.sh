#!/usr/bin/env bash
# Configures and builds storlab. Usage: scripts/build.sh release|debug [TARGET...]
#   release: build/release, optimised (what the lab and the benchmarks run)
#   debug:   build/debug, Debug with AddressSanitizer + UBSan (what the tests use)
# With TARGETs (e.g. storlabd storlabctl) only those and what they need are
# built; without, everything including the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-release}
shift || true
case "$kind" in
  release) dir=build/release; args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTORLAB_SANITIZE=OFF);;
  debug) dir=build/debug; args=(-DCMAKE_BUILD_TYPE=Debug -DSTORLAB_SANITIZE=ON);;
  *) echo "usage: scripts/build.sh release|debug [TARGET...]" >&2; exit 2;;
esac
# ccache, when installed, makes rebuilds in a fresh directory cheap.
if command -v ccache >/dev/null 2>&1; then
  export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache} CMAKE_C_COMPILER_LAUNCHER=${CMAKE_C_COMPILER_LAUNCHER:-ccache}
fi
cmake -S . -B "$dir" -G Ninja "${args[@]}" >/dev/null
if [ $# -gt 0 ]; then
  cmake --build "$dir" -j "$(nproc)" --target "$@"
else
  cmake --build "$dir" -j "$(nproc)"
fi
