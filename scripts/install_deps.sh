#!/usr/bin/env bash
# Installs the Debian 12 packages Likeness needs, only those missing.
set -euo pipefail
source "$(dirname "$0")/common.sh"

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-charts-dev qt6-multimedia-dev libqt6opengl6-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6svg6 libgl-dev
  libtorch-dev libopencv-dev libopen3d-dev libassimp-dev libeigen3-dev nlohmann-json3-dev
  libopenblas0-pthread
  xvfb xauth xfonts-base
  blender python3-numpy   # the export tests import our FBX/glTF in Blender (its glTF importer needs numpy)
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm may come from elsewhere (e.g. NodeSource, whose nodejs conflicts
# with Debian's npm): install Debian's only when the commands are missing.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# libblas.so.3 must be OpenBLAS: Debian's reference BLAS is ~30x slower.
alt=libblas.so.3-x86_64-linux-gnu
want=/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3
if [ "$(readlink -f /etc/alternatives/$alt 2>/dev/null)" != "$(readlink -f $want)" ]; then
  log "pointing libblas.so.3 at OpenBLAS"
  as_root update-alternatives --set "$alt" "$want"
fi

# ccache: large enough for the whole tree, and able to cache PCH builds.
ccache --max-size=8G >/dev/null
ccache --set-config=sloppiness=pch_defines,time_macros,include_file_mtime,include_file_ctime >/dev/null
ccache --set-config=hash_dir=false >/dev/null   # clones in other folders share hits
