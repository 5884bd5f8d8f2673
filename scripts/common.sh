# Shared by the set-up scripts: paths and small helpers. Source it, don't run it.
LIKENESS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIKENESS_CACHE_DIR="${LIKENESS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/likeness}"
LIKENESS_BUILD_DIR="${LIKENESS_BUILD_DIR:-$LIKENESS_ROOT/build}"
export LIKENESS_CACHE_DIR
# ccache: paths relative to the checkout, so a fresh clone elsewhere reuses the cache.
export CCACHE_BASEDIR="$LIKENESS_ROOT"

log() { printf '\033[1m[likeness]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[likeness] error:\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root (directly, or through sudo when available).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run: $* (install sudo or run as root)"; fi
}

# Pinned sha256 of an asset from scripts/assets.lock.
lock_sha() { awk -v n="$1" '$1==n {print $2}' "$LIKENESS_ROOT/scripts/assets.lock"; }

# verify FILE NAME: checks FILE against the pinned sha256 of NAME.
verify() {
  local want got
  want="$(lock_sha "$2")"; [ -n "$want" ] || die "no pinned checksum for $2"
  got="$(sha256sum "$1" | cut -d' ' -f1)"
  [ "$got" = "$want" ] || { rm -f "$1"; die "checksum mismatch for $2 ($1): got $got, want $want. Removed it; run scripts/setup.sh again."; }
}
