#!/usr/bin/env bash
# Idempotent installer: everything GetPower needs on a fresh Debian bookworm (root).
# Only Debian's and npm's registries are used. A second run changes nothing and takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PKGS=(
  build-essential cmake pkg-config git ca-certificates xz-utils
  emscripten binaryen
  libcpp-httplib-dev libsqlitecpp-dev libsqlite3-dev sqlite3 nlohmann-json3-dev
  libgtest-dev libsodium-dev libssl-dev zlib1g-dev libbrotli-dev brotli
  fonts-wqy-microhei python3-fonttools
  chromium
  clang libclang-rt-14-dev
  curl
  python3 wrk linux-perf
  nginx openssl
)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Dear ImGui 1.86 sources from Debian's source package, into the ignored .deps/ folder.
# A private apt state keeps the system's sources list untouched (toolchain.md).
IMGUI=$ROOT/.deps/imgui-1.86
if [ ! -f "$IMGUI/imgui.cpp" ]; then
  W=$ROOT/.deps/apt; mkdir -p "$W/lists/partial" "$W/parts"
  sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources > "$W/parts/src.sources"
  O=(-o "Dir::Etc::SourceParts=$W/parts" -o Dir::Etc::SourceList=/dev/null -o "Dir::State::Lists=$W/lists")
  apt-get "${O[@]}" update -q
  (cd "$ROOT/.deps" && apt-get "${O[@]}" source --download-only imgui=1.86+ds-1 || apt-get "${O[@]}" source --download-only imgui)
  tar xf "$ROOT"/.deps/imgui_1.86*.orig.tar.xz -C "$ROOT/.deps"
  test -f "$IMGUI/imgui.cpp"
fi

# Browser-test driver from npm (never a browser download: Debian's chromium is used).
if [ ! -d "$ROOT/tests/e2e/node_modules/playwright-core" ]; then
  (cd "$ROOT/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "deps: ok"
