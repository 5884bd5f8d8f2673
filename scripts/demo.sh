#!/usr/bin/env bash
# The main job on the bundled demo photo: sets everything up (packages, assets,
# build) if needed, then analyses Grace Hopper's portrait and writes the
# landmark overlay and the JSON results to a folder it prints.
#   scripts/demo.sh [OUTPUT_DIR]      (default: out/demo in the repository)
set -euo pipefail
source "$(dirname "$0")/common.sh"
OUT="${1:-$LIKENESS_ROOT/out/demo}"
"$LIKENESS_ROOT/scripts/setup.sh"
mkdir -p "$OUT"
"$LIKENESS_BUILD_DIR/app/likeness-cli" analyze "$LIKENESS_CACHE_DIR/samples/grace_hopper_512x512.jpg" \
  --json "$OUT/analysis.json" --overlay "$OUT"
log "demo results written to: $OUT"
echo "$OUT"
