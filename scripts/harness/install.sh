#!/usr/bin/env bash
# Installs the real-VS-Code test harness: Debian packages (Chromium, ripgrep, build headers) and
# code-server 4.100.3 (VS Code 1.100.3, the newest release that runs on Node 20) into a cache folder
# outside the repo's node_modules. Idempotent: a marker file records a complete install and makes
# re-runs a no-op. Prints the code-server binary path on the last line of stdout.
#
# Why the tricks: see ../shared/REAL-VSCODE.md — code-server's postinstall refuses root without
# unsafe_perm, node-pty runs `npx node-gyp` (needs yes), and @vscode/ripgrep downloads rg from GitHub
# unless a tarball is already in its cache path, which we fill with Debian's /usr/bin/rg.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE_ROOT="${FACTDESK_HARNESS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/factdesk-harness}"
PREFIX="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION"
MARKER="$PREFIX/.factdesk-install-complete"
BIN="$PREFIX/node_modules/.bin/code-server"
APT_PACKAGES=(libkrb5-dev ripgrep chromium pkg-config libx11-dev libxkbfile-dev libsecret-1-dev)

log() { echo "[harness:install] $*" >&2; }
started=$(date +%s)

# --- Debian packages: only what is missing --------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
  log "apt-get installing: ${missing[*]}"
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # The package lists may be stale or absent on a fresh machine: update once, then install.
  timeout 300 $SUDO apt-get update -qq >&2
  timeout 900 $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
else
  log "Debian packages present"
fi

# --- code-server -------------------------------------------------------------------------------------
if [[ -f "$MARKER" && -x "$BIN" ]]; then
  log "code-server $CODE_SERVER_VERSION reused from $PREFIX"
else
  log "installing code-server $CODE_SERVER_VERSION into $PREFIX"
  rm -rf "$PREFIX"
  mkdir -p "$PREFIX"
  echo '{"name":"factdesk-harness","private":true}' > "$PREFIX/package.json"
  work_tmp=$(mktemp -d "${TMPDIR:-/tmp}/factdesk-harness-install.XXXXXX")
  trap 'rm -rf "$work_tmp"' EXIT

  # Pre-seed @vscode/ripgrep's download cache with Debian's rg. The tarball name needs two versions:
  # the @vscode/ripgrep package version pinned by VS Code's shrinkwrap, and the rg release its
  # postinstall fetches. Read both from the packages themselves (npm pack fetches only tarballs).
  (cd "$work_tmp" && timeout 300 npm pack --silent code-server@$CODE_SERVER_VERSION >/dev/null)
  tar -xzf "$work_tmp"/code-server-*.tgz -C "$work_tmp" package/lib/vscode/npm-shrinkwrap.json
  rg_pkg_version=$(node -e '
    const s = require(process.argv[1]);
    const p = (s.packages || {})["node_modules/@vscode/ripgrep"] || (s.dependencies || {})["@vscode/ripgrep"];
    if (!p) process.exit(1);
    console.log(p.version);' "$work_tmp/package/lib/vscode/npm-shrinkwrap.json")
  (cd "$work_tmp" && timeout 300 npm pack --silent "@vscode/ripgrep@$rg_pkg_version" >/dev/null)
  tar -xzf "$work_tmp"/vscode-ripgrep-*.tgz -C "$work_tmp" package/lib/postinstall.js
  rg_version=$(sed -nE "s/^const VERSION = '([^']+)'.*/\1/p" "$work_tmp/package/lib/postinstall.js")
  [[ -n "$rg_version" ]] || { log "could not read ripgrep VERSION from @vscode/ripgrep@$rg_pkg_version"; exit 1; }
  rg_cache="$work_tmp/vscode-ripgrep-cache-$rg_pkg_version"
  mkdir -p "$rg_cache" "$work_tmp/rgbin"
  cp "$(command -v rg)" "$work_tmp/rgbin/rg"
  # The postinstall untars into its bin/ folder and expects `rg` at the archive's top level.
  tar -czf "$rg_cache/ripgrep-$rg_version-x86_64-unknown-linux-musl.tar.gz" -C "$work_tmp/rgbin" rg
  log "ripgrep cache seeded: @vscode/ripgrep $rg_pkg_version, rg $rg_version"

  (
    cd "$PREFIX"
    export TMPDIR="$work_tmp" npm_config_unsafe_perm=true npm_config_yes=true
    timeout 1200 npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2
  )
  [[ -x "$BIN" ]] || { log "install finished but $BIN is missing"; exit 1; }
  [[ -x "$PREFIX/node_modules/@vscode/ripgrep/bin/rg" || -n "$(find "$PREFIX/node_modules" -path '*@vscode/ripgrep/bin/rg' -print -quit)" ]] \
    || log "warning: @vscode/ripgrep binary not found (search in the workbench may not work)"
  XDG_CONFIG_HOME="$work_tmp" XDG_DATA_HOME="$work_tmp" "$BIN" --version >&2
  date -u +%FT%TZ > "$MARKER"
fi

log "done in $(( $(date +%s) - started )) s"
echo "$BIN"
