#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Remakes the Windows and macOS application icons from resources/icons/org.tessera.Tessera.svg:
#   packaging/windows/tessera.ico  16, 24, 32, 48, 64, 128 (bitmaps) and 256 (PNG) pixels
#   packaging/macos/Tessera.icns   16, 32, 48, 128 (classic RLE + mask) and 256, 512, 1024 (PNG)
# The results are committed: Windows and macOS builders have no SVG renderer, while Linux renders
# its PNG sizes at build time (packaging/linux/CMakeLists.txt). Run it after changing the SVG;
# ctest packaging.platformicons checks that both files hold every size.
#
# Needs rsvg-convert (Debian: librsvg2-bin), icotool (icoutils), png2icns (icnsutils) and python3,
# only to run this script, not to build Tessera. Usage:
#   tools/update-platform-icons.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
svg="$root/resources/icons/org.tessera.Tessera.svg"
ico="$root/packaging/windows/tessera.ico"
icns="$root/packaging/macos/Tessera.icns"

for tool in rsvg-convert:librsvg2-bin icotool:icoutils png2icns:icnsutils python3:python3; do
    if ! command -v "${tool%%:*}" >/dev/null; then
        echo "update-platform-icons: ${tool%%:*} is needed (Debian: apt-get install ${tool##*:})" >&2
        exit 1
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width="$size" --height="$size" --keep-aspect-ratio --output="$work/$size.png" "$svg"
done

# Windows: the small sizes as bitmaps (every Windows version reads them), 256 as PNG (--raw),
# as Windows Vista and later expect it; a 256 bitmap would be a quarter of a megabyte.
icotool --create --output="$ico" \
    "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" \
    --raw="$work/256.png"

# macOS: png2icns writes the classic types with their masks (RLE, fiddly by hand) but stores
# 256, 512 and 1024 as JPEG 2000. Those three become the PNGs themselves, as Apple's iconutil
# writes them: same chunk types, a format every macOS since 10.7 reads, and smaller files.
png2icns "$work/tessera.icns" "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" \
    "$work/256.png" "$work/512.png" "$work/1024.png" >/dev/null
python3 - "$work/tessera.icns" "$icns" "$work" <<'PYTHON'
import struct
import sys

source, target, pngs = sys.argv[1:4]
png_chunks = {b"ic08": 256, b"ic09": 512, b"ic10": 1024}
data = open(source, "rb").read()
if data[:4] != b"icns":
    sys.exit("update-platform-icons: png2icns did not write an ICNS file")
chunks = b""
offset = 8
while offset < len(data):
    kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
    payload = data[offset + 8:offset + length]
    if kind in png_chunks:
        payload = open(f"{pngs}/{png_chunks.pop(kind)}.png", "rb").read()
    chunks += kind + struct.pack(">I", len(payload) + 8) + payload
    offset += length
if png_chunks:
    sys.exit(f"update-platform-icons: png2icns wrote no {sorted(png_chunks)} chunk")
with open(target, "wb") as out:
    out.write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)
PYTHON

echo "update-platform-icons: wrote ${ico#"$root/"} and ${icns#"$root/"}"
