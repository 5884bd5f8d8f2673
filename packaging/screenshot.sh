#!/usr/bin/env bash
# Renders a studio screenshot: the main window with the demo photo analysed (and,
# with -f N, its face fitted with N iterations: live chart, results, render overlay;
# with -v 3d as well, the 3D view of the fitted face instead of the photo).
# scripts/demo.sh writes both after a fit into its output folder.
#
#   packaging/screenshot.sh [-b BUILD_DIR] [-o OUT.png] [-l LANG] [-f N] [-v photo|3d] [--xvfb] [IMAGE]
#
# Defaults: BUILD_DIR=build, OUT=docs/screenshot.png, LANG=en, IMAGE = the demo
# photo from the asset cache (scripts/fetch_assets.sh). Runs under Qt's offscreen
# platform unless --xvfb is given (then under xvfb-run, with the xcb platform);
# the 3D view needs OpenGL, so -v 3d implies --xvfb when there is no display.
# The GUI's hidden option does the work:
#   likeness --screenshot OUT.png IMAGE   (opens IMAGE, waits for the analysis,
#   grabs the main window to OUT.png, quits; exit code as likeness-cli's)
#   likeness --screenshot OUT.png --screenshot-fit N IMAGE   (fits the first face first)
#   likeness --screenshot OUT.png --screenshot-fit N --screenshot-view 3d IMAGE
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build"
out="$root/docs/screenshot.png"
lang=en
xvfb=0
fit=0
view=photo
image=""
while [ $# -gt 0 ]; do
  case "$1" in
    -b) build="$2"; shift 2 ;;
    -o) out="$2"; shift 2 ;;
    -l) lang="$2"; shift 2 ;;
    -f) fit="$2"; shift 2 ;;
    -v) view="$2"; shift 2 ;;
    --xvfb) xvfb=1; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "screenshot.sh: unknown option $1" >&2; exit 2 ;;
    *) image="$1"; shift ;;
  esac
done

cache="${LIKENESS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/likeness}"
[ -n "$image" ] || image="$cache/samples/grace_hopper_512x512.jpg"
[ -f "$image" ] || { echo "screenshot.sh: no image at $image (run scripts/fetch_assets.sh)" >&2; exit 3; }

gui="$build/app/likeness"
if [ ! -x "$gui" ]; then
  echo "screenshot.sh: building likeness in $build" >&2
  cmake --build "$build" --target likeness
fi

mkdir -p "$(dirname "$out")"
# A private settings home, so the user's window layout and recent files play no part.
settings_home="$(mktemp -d)"
trap 'rm -rf "$settings_home"' EXIT
export XDG_CONFIG_HOME="$settings_home"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$settings_home}"
fit_args=()
[ "$fit" -gt 0 ] && fit_args=(--screenshot-fit "$fit")
platform=offscreen
if [ "$view" = 3d ]; then
  [ "$fit" -gt 0 ] || { echo "screenshot.sh: -v 3d needs -f N (a fitted face)" >&2; exit 2; }
  fit_args+=(--screenshot-view 3d)
  # OpenGL: the desktop's display when there is one, else Xvfb's.
  if [ -n "${DISPLAY:-}" ] && [ "$xvfb" = 0 ]; then platform=xcb; else xvfb=1; fi
fi

if [ "$xvfb" = 1 ]; then
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$gui" --lang "$lang" --screenshot "$out" "${fit_args[@]}" "$image"
elif [ "$platform" = xcb ]; then
  QT_QPA_PLATFORM=xcb "$gui" --lang "$lang" --screenshot "$out" "${fit_args[@]}" "$image"
else
  QT_QPA_PLATFORM=offscreen "$gui" --lang "$lang" --screenshot "$out" "${fit_args[@]}" "$image"
fi
echo "wrote $out"
