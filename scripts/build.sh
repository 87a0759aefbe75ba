#!/usr/bin/env bash
# Configures and builds storlab. Usage: scripts/build.sh release|debug
#   release: build/release, optimised (what the lab runs)
#   debug:   build/debug, Debug with AddressSanitizer + UBSan (what the tests use)
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-release}
case "$kind" in
  release) dir=build/release; args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTORLAB_SANITIZE=OFF);;
  debug) dir=build/debug; args=(-DCMAKE_BUILD_TYPE=Debug -DSTORLAB_SANITIZE=ON);;
  *) echo "usage: scripts/build.sh release|debug" >&2; exit 2;;
esac
cmake -S . -B "$dir" -G Ninja "${args[@]}" >/dev/null
cmake --build "$dir" -j "$(nproc)"
