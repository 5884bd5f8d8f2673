#!/usr/bin/env bash
# Builds everything and runs the whole test suite (set-up included: installs
# missing Debian packages, fetches the pinned assets, builds with ccache).
#   scripts/test.sh [extra ctest arguments, e.g. -L unit]
set -euo pipefail
source "$(dirname "$0")/common.sh"
start=$(date +%s)
"$LIKENESS_ROOT/scripts/setup.sh"
built=$(date +%s)
cd "$LIKENESS_BUILD_DIR"
# Xvfb gives the GL viewport tests a display; the other GUI tests use the offscreen platform.
if command -v xvfb-run >/dev/null 2>&1 && [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1280x1024x24" ctest --output-on-failure -j "$(nproc)" "$@"
else
  ctest --output-on-failure -j "$(nproc)" "$@"
fi
log "set-up + build: $((built - start)) s, tests: $(( $(date +%s) - built )) s"
