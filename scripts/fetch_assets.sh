#!/usr/bin/env bash
# Fetches the pinned model assets and sample photos into the cache (outside the
# repository), verifies their checksums, converts the face topology, and
# (re)generates the TF.js reference outputs the tests compare against.
# Re-running it repairs a missing or corrupt asset. Layout under $LIKENESS_CACHE_DIR:
#   models/human-3.3.6/{blazeface,facemesh,iris}.{json,bin}, facemeshcoords.ts
#   models/face_topology.json
#   samples/grace_hopper_512x512.jpg, samples/640px-IceBlockNearJoekullsarlon.jpg
#   node/reference/node_modules   (TF.js for the reference tool, from package-lock.json)
#   node/validators/node_modules  (the Khronos glTF validator for the export tests, from package-lock.json)
#   reference/index.json + *.f32  (TF.js CPU-backend outputs for fixed inputs)
#   reference/demo_human.json     (the upstream Human pipeline's landmarks on the demo photo)
set -euo pipefail
source "$(dirname "$0")/common.sh"

C="$LIKENESS_CACHE_DIR"
MODELS="$C/models/human-3.3.6"
mkdir -p "$C/downloads" "$MODELS" "$C/samples" "$C/node/reference" "$C/node/validators" "$C/reference"

pinned_ok() { [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$(lock_sha "$2")" ]; }

# --- Models: @vladmandic/human@3.3.6 from the npm registry --------------------
need_models=0
for f in blazeface.json blazeface.bin facemesh.json facemesh.bin iris.json iris.bin; do
  pinned_ok "$MODELS/$f" "$f" || need_models=1
done
[ -f "$MODELS/facemeshcoords.ts" ] || need_models=1
if [ $need_models = 1 ]; then
  tgz="$C/downloads/vladmandic-human-3.3.6.tgz"
  if ! pinned_ok "$tgz" npm-tarball; then
    log "downloading @vladmandic/human@3.3.6 from the npm registry"
    (cd "$C/downloads" && npm pack --silent @vladmandic/human@3.3.6 >/dev/null)
    verify "$tgz" npm-tarball
  fi
  tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
  tar -xzf "$tgz" -C "$tmp" package/models/blazeface.json package/models/blazeface.bin \
    package/models/facemesh.json package/models/facemesh.bin package/models/iris.json \
    package/models/iris.bin package/src/face/facemeshcoords.ts
  for f in blazeface.json blazeface.bin facemesh.json facemesh.bin iris.json iris.bin; do
    cp "$tmp/package/models/$f" "$MODELS/$f"; verify "$MODELS/$f" "$f"
  done
  cp "$tmp/package/src/face/facemeshcoords.ts" "$MODELS/facemeshcoords.ts"
  rm -f "$C/models/face_topology.json"
fi

# --- Face topology (UV468, TRI468, meshAnnotations) as a JSON asset -----------
if [ ! -s "$C/models/face_topology.json" ] || [ "$LIKENESS_ROOT/scripts/extract_topology.mjs" -nt "$C/models/face_topology.json" ]; then
  log "converting the face topology"
  node "$LIKENESS_ROOT/scripts/extract_topology.mjs" "$MODELS/facemeshcoords.ts" "$C/models/face_topology.json.tmp"
  mv "$C/models/face_topology.json.tmp" "$C/models/face_topology.json"
fi

# --- Sample photos from Debian's facedetect package (downloaded, not installed)
for f in grace_hopper_512x512.jpg 640px-IceBlockNearJoekullsarlon.jpg; do
  if ! pinned_ok "$C/samples/$f" "$f"; then
    log "downloading Debian's facedetect package for its sample photos"
    tmp2="$(mktemp -d)"
    (cd "$tmp2" && apt-get download -q facedetect >/dev/null && dpkg-deb -x facedetect_*.deb x)
    for g in grace_hopper_512x512.jpg 640px-IceBlockNearJoekullsarlon.jpg; do
      cp "$(find "$tmp2/x" -name "$g" | head -n1)" "$C/samples/$g"; verify "$C/samples/$g" "$g"
    done
    rm -rf "$tmp2"; break
  fi
done

# --- TF.js reference tool and its outputs --------------------------------------
REF_SRC="$LIKENESS_ROOT/tests/reference"
if [ -f "$REF_SRC/package-lock.json" ]; then
  stamp="$(cat "$REF_SRC/package-lock.json" | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$C/node/reference/.stamp" 2>/dev/null)" != "$stamp" ]; then
    log "installing the TF.js reference tool's npm packages (pinned by package-lock.json)"
    cp "$REF_SRC/package.json" "$REF_SRC/package-lock.json" "$C/node/reference/"
    (cd "$C/node/reference" && npm ci --silent --no-audit --no-fund)
    echo "$stamp" > "$C/node/reference/.stamp"
  fi
  rstamp="$(cat "$REF_SRC"/*.mjs "$REF_SRC/package-lock.json" "$MODELS"/*.json | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$C/reference/.stamp" 2>/dev/null)" != "$rstamp" ] || [ ! -f "$C/reference/index.json" ]; then
    log "generating TF.js reference outputs"
    node "$REF_SRC/make_reference.mjs" --cache "$C"
    log "running the upstream TF.js face pipeline (@vladmandic/human) on the demo photo"
    node "$REF_SRC/human_pipeline.mjs" --cache "$C"
    echo "$rstamp" > "$C/reference/.stamp"
  fi
fi
# --- Validators the export tests run (npm, pinned by package-lock.json) -------
VAL_SRC="$LIKENESS_ROOT/tests/validators"
vstamp="$(cat "$VAL_SRC/package-lock.json" | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$C/node/validators/.stamp" 2>/dev/null)" != "$vstamp" ] || [ ! -d "$C/node/validators/node_modules/gltf-validator" ]; then
  log "installing the glTF validator (npm, pinned by tests/validators/package-lock.json)"
  cp "$VAL_SRC/package.json" "$VAL_SRC/package-lock.json" "$C/node/validators/"
  (cd "$C/node/validators" && npm ci --silent --no-audit --no-fund)
  echo "$vstamp" > "$C/node/validators/.stamp"
fi
log "assets ready in $C"
