#!/usr/bin/env bash
# Renders the GUI screenshots (main window, each wizard page, library views)
# at 1280x800 into <build>/screenshots/ — for reviewers, not pass/fail.
# Usage: tests/gui/screenshots.sh [BUILD_DIR]   (default: build/debug)
set -euo pipefail
build=${1:-build/debug}
cmake --build "$build" --target gui_test_screenshots storlabd
mkdir -p "$build/screenshots"
QT_QPA_PLATFORM=offscreen STORLAB_SCREENSHOT_DIR="$(cd "$build" && pwd)/screenshots" \
  "$build/tests/gui_test_screenshots" || true
ls -1 "$build/screenshots"/*.png
