#!/usr/bin/env bash
# Sets everything up (Debian packages, a release build of the programs the lab
# needs: storlabd, storlabctl, storlab, storlab-media; not the tests), puts
# storlabctl, storlab and storlab-media on the shell's PATH
# (scripts/link-programs.sh) and runs the default lab: storlabd in the
# foreground on 127.0.0.1:3260. Extra arguments go to storlabd (e.g. --portal
# 0.0.0.0:3260, --config lab.json, --state-dir DIR). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
scripts/build.sh release lab
scripts/link-programs.sh build/release
exec build/release/daemon/storlabd --foreground "$@"
