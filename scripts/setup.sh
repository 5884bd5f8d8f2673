#!/usr/bin/env bash
# One-stop set-up: Debian packages (only the missing ones), pinned assets, build.
# Usage: scripts/setup.sh            -> installs, fetches, configures and builds
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$LIKENESS_ROOT/scripts/install_deps.sh"
"$LIKENESS_ROOT/scripts/fetch_assets.sh"
if [ ! -f "$LIKENESS_BUILD_DIR/build.ninja" ]; then
  cmake -S "$LIKENESS_ROOT" -B "$LIKENESS_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
log "building (this takes a while the first time; ccache makes rebuilds fast)"
cmake --build "$LIKENESS_BUILD_DIR" -j "$(nproc)"
