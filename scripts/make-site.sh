#!/usr/bin/env bash
# Packs everything the browser loads into SITE_DIR:
#   index.html, boot.js (public/), getpower-app.js + .wasm (WASM build dir),
#   fonts/base.ttf, fonts/slice-NN.ttf, fonts/manifest.json (subsets of WenQuanYi Micro Hei),
# each with precompressed siblings X.br and X.gz (the server sends them with Content-Encoding).
# usage: scripts/make-site.sh build/wasm build/site
set -euo pipefail
SELF=$(realpath "$0")
WASM_DIR=$(realpath -m "${1:?usage: make-site.sh WASM_BUILD_DIR SITE_DIR}")
SITE=$(realpath -m "${2:?usage: make-site.sh WASM_BUILD_DIR SITE_DIR}")
cd "$(dirname "$SELF")/.."
FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
PY=/usr/bin/python3  # Debian's python3-fonttools lives there, not in a pyenv/venv python
FONT_CACHE=build/font-cache

for f in "$WASM_DIR/getpower-app.js" "$WASM_DIR/getpower-app.wasm" "$FONT"; do
  [ -f "$f" ] || { echo "make-site: missing $f" >&2; exit 1; }
done

# --- fonts ---------------------------------------------------------------------------------
# The base subset holds ASCII, punctuation, GB2312's symbols and its 3,755 common (level-1)
# hanzi, plus every character written in our sources (string table, shared data, messages), so
# the first screens never wait for more. The rest of the face is cut into slices of consecutive
# code points that the app fetches only when a character from one appears (fonts.h).
# Regenerated only when the font, this script or the sources' characters change.
SOURCES=$(find wasm shared -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.json' \) | LC_ALL=C sort)
# shellcheck disable=SC2086
chars=$("$PY" -c 'import sys; print("".join(sorted({c for f in sys.argv[1:] for c in open(f, encoding="utf-8", errors="ignore").read() if ord(c) >= 0x80})))' $SOURCES)
font_key=$( { sha256sum "$FONT" "$SELF"; printf '%s' "$chars"; } | sha256sum | cut -c1-16)
if [ ! -f "$FONT_CACHE/$font_key/manifest.json" ]; then
  rm -rf "$FONT_CACHE"; mkdir -p "$FONT_CACHE/$font_key"
  echo "make-site: subsetting $FONT (once per change of font, script or source characters)"
  printf '%s' "$chars" > "$FONT_CACHE/sources.txt"
  "$PY" - "$FONT" "$FONT_CACHE/$font_key" "$FONT_CACHE/sources.txt" <<'PY'
import io, json, multiprocessing, sys
from fontTools import subset
from fontTools.ttLib import TTFont

SRC, OUT, SOURCES = sys.argv[1], sys.argv[2], sys.argv[3]
SLICE_GLYPHS = 512  # ~100 KB raw / ~70 KB brotli of hanzi per lazily fetched slice

def options():
    o = subset.Options()
    o.font_number = 0
    o.hinting = False          # stb_truetype ignores hinting
    o.layout_features = []     # ImGui 1.86 does no shaping or kerning
    o.glyph_names = False
    o.notdef_outline = True
    o.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # keep copyright/licence names
    o.drop_tables += ['kern', 'FFTM', 'gasp', 'DSIG', 'vhea', 'vmtx', 'GSUB', 'GPOS', 'GDEF', 'BASE',
                      'prep', 'fpgm', 'cvt ']
    return o

def cut(args):
    name, cps = args
    font = TTFont(SRC, fontNumber=0)
    s = subset.Subsetter(options())
    s.populate(unicodes=cps)
    s.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    with open(f'{OUT}/{name}', 'wb') as f:
        f.write(buf.getvalue())
    return name

cmap = TTFont(SRC, fontNumber=0).getBestCmap()
base = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | set(range(0x2000, 0x2070)) \
     | set(range(0x2190, 0x2200)) | set(range(0x2460, 0x2500)) | set(range(0x25A0, 0x2600)) \
     | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0)) | {0xFFFD}
def gb2312(row_lo, row_hi):  # GB2312 rows (1-based) to Unicode
    out = set()
    for r in range(row_lo, row_hi + 1):
        for c in range(0xA1, 0xFF):
            try: out.add(ord(bytes([0xA0 + r, c]).decode('gb2312')))
            except UnicodeDecodeError: pass
    return out
base |= gb2312(1, 3) | gb2312(16, 55)  # symbols, full-width forms, level-1 hanzi
base |= {ord(ch) for ch in open(SOURCES, encoding='utf-8', errors='ignore').read() if ord(ch) >= 0x80}
base &= set(cmap)
rest = sorted(set(cmap) - base)
jobs = [('base.ttf', sorted(base))]
slices = []
for i in range(0, len(rest), SLICE_GLYPHS):
    part = rest[i:i + SLICE_GLYPHS]
    name = f'slice-{len(slices):02d}.ttf'
    slices.append({'file': name, 'lo': part[0], 'hi': part[-1], 'glyphs': len(part)})
    jobs.append((name, part))
with multiprocessing.Pool() as pool:
    pool.map(cut, jobs)
with open(f'{OUT}/manifest.json', 'w') as f:
    json.dump({'base': 'base.ttf', 'source': 'WenQuanYi Micro Hei (wqy-microhei.ttc, face 0)',
               'glyphs': len(base), 'slices': slices}, f, separators=(',', ':'))
print(f'make-site: base {len(base)} glyphs, {len(slices)} slices of up to {SLICE_GLYPHS}')
PY
  for f in "$FONT_CACHE/$font_key"/*; do
    gzip -9 -n -k -f "$f"
    brotli -q 11 -k -f "$f"
  done
fi

# --- assemble --------------------------------------------------------------------------------
NEW="$SITE.new"
rm -rf "$NEW"
mkdir -p "$NEW/fonts"
cp public/* "$NEW/"
cp "$WASM_DIR/getpower-app.js" "$WASM_DIR/getpower-app.wasm" "$NEW/"
cp "$FONT_CACHE/$font_key"/* "$NEW/fonts/"
for f in "$NEW"/*.html "$NEW"/*.js "$NEW"/*.css "$NEW"/*.wasm; do
  [ -f "$f" ] || continue
  gzip -9 -n -k -f "$f"
  brotli -q 11 -k -f "$f"
done
rm -rf "$SITE.old"
[ -d "$SITE" ] && mv "$SITE" "$SITE.old"
mv "$NEW" "$SITE"
rm -rf "$SITE.old"

# --- report ----------------------------------------------------------------------------------
size() { stat -c %s "$1" 2>/dev/null || echo 0; }
printf 'make-site: %-22s %10s %10s %10s\n' file raw gzip brotli
for f in getpower-app.wasm getpower-app.js index.html boot.js fonts/base.ttf fonts/manifest.json; do
  [ -f "$SITE/$f" ] || continue
  printf 'make-site: %-22s %10d %10d %10d\n' "$f" "$(size "$SITE/$f")" "$(size "$SITE/$f.gz")" "$(size "$SITE/$f.br")"
done
slices_raw=0; slices_br=0; n=0
for f in "$SITE"/fonts/slice-*.ttf; do
  slices_raw=$((slices_raw + $(size "$f"))); slices_br=$((slices_br + $(size "$f.br"))); n=$((n + 1))
done
printf 'make-site: %-22s %10d %10s %10d  (%d slices, fetched on demand)\n' 'fonts/slice-*.ttf' "$slices_raw" '' "$slices_br" "$n"
