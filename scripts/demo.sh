#!/usr/bin/env bash
# The main job on the bundled demo photo: sets everything up (packages, assets,
# build) if needed, analyses Grace Hopper's portrait (landmark overlay + JSON)
# fits the face (mesh, rig weights, light, renders, losses) and exports it
# (GLB, FBX, OBJ with maps and the 52 ARKit blendshapes) into a folder it prints,
# with two screenshots of the studio after a fit (the photo and the 3D view).
#   scripts/demo.sh [OUTPUT_DIR]      (default: out/demo in the repository)
set -euo pipefail
source "$(dirname "$0")/common.sh"
OUT="${1:-$LIKENESS_ROOT/out/demo}"
PHOTO="$LIKENESS_CACHE_DIR/samples/grace_hopper_512x512.jpg"
"$LIKENESS_ROOT/scripts/setup.sh"
mkdir -p "$OUT"
"$LIKENESS_BUILD_DIR/app/likeness-cli" analyze "$PHOTO" --json "$OUT/analysis.json" --overlay "$OUT"
log "fitting and exporting the face (coarse stage; about 10-20 s on 2 cores)"
"$LIKENESS_BUILD_DIR/app/likeness-cli" fit "$PHOTO" -o "$OUT/fit" --stages coarse,medium,fine --export glb,fbx,obj
log "screenshots of the studio after a fit (photo and 3D view, under Xvfb without a display)"
"$LIKENESS_ROOT/packaging/screenshot.sh" -b "$LIKENESS_BUILD_DIR" -o "$OUT/studio_photo.png" -f 300 --xvfb "$PHOTO"
"$LIKENESS_ROOT/packaging/screenshot.sh" -b "$LIKENESS_BUILD_DIR" -o "$OUT/studio_3d.png" -f 300 -v 3d "$PHOTO"
log "demo results written to: $OUT (analysis.json, *_overlay.png, fit/, fit/export/, studio_*.png)"
echo "$OUT"
