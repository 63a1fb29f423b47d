#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""ctest packaging.platformicons: the committed Windows and macOS icons (made from the SVG by
tools/update-platform-icons.sh) parse and hold every size the platforms ask for:
  packaging/windows/tessera.ico  16, 24, 32, 48, 64, 128, 256, 32 bits per pixel
  packaging/macos/Tessera.icns   16, 32, 48, 128 with masks, and 256, 512, 1024 as PNG
Each image's own header is read, not only the directory, so a truncated or mislabelled image
fails too.

Usage: check-platform-icons.py SOURCE_DIR"""
import struct
import sys
from pathlib import Path

source = Path(sys.argv[1])
failures = []

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data):
    """(width, height) of a PNG, or None when it is not one."""
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def check_ico(path):
    data = path.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    if reserved != 0 or kind != 1:
        failures.append(f"{path.name}: not an icon file (reserved {reserved}, type {kind})")
        return
    sizes = []
    for index in range(count):
        width, height, _colours, _reserved, _planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index:22 + 16 * index])
        width, height = width or 256, height or 256
        image = data[offset:offset + length]
        if len(image) != length or length == 0:
            failures.append(f"{path.name}: image {index + 1} ({width}x{height}) runs past the end of the file")
            continue
        if png_size(image) is not None:
            actual = png_size(image)
        elif struct.unpack("<I", image[:4])[0] == 40:  # BITMAPINFOHEADER: height counts the mask too
            dib_width, dib_height, _planes, dib_bits = struct.unpack("<iiHH", image[4:16])
            actual = (dib_width, dib_height // 2)
            bits = dib_bits
        else:
            failures.append(f"{path.name}: image {index + 1} is neither PNG nor a bitmap")
            continue
        if actual != (width, height):
            failures.append(f"{path.name}: entry says {width}x{height}, the image is {actual[0]}x{actual[1]}")
        if bits != 32:
            failures.append(f"{path.name}: the {width}x{height} image has {bits} bits per pixel, not 32")
        sizes.append(width)
    expected = [16, 24, 32, 48, 64, 128, 256]
    if sorted(sizes) != expected:
        failures.append(f"{path.name}: sizes {sorted(sizes)}, expected {expected}")
    print(f"{path.name}: {count} images, {sorted(sizes)}")


# ICNS chunk types: the classic ones (RLE or raw pixels, each with its 8-bit mask) and the PNG ones.
CLASSIC = {b"is32": (16, b"s8mk"), b"il32": (32, b"l8mk"), b"ih32": (48, b"h8mk"), b"it32": (128, b"t8mk")}
PNG_TYPES = {b"ic08": 256, b"ic09": 512, b"ic10": 1024}


def check_icns(path):
    data = path.read_bytes()
    if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        failures.append(f"{path.name}: not an ICNS file, or its length field is not the file's length")
        return
    chunks = {}
    offset = 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        if length < 8 or offset + length > len(data):
            failures.append(f"{path.name}: chunk {kind!r} at {offset} runs past the end of the file")
            return
        chunks[kind] = data[offset + 8:offset + length]
        offset += length
    sizes = []
    for kind, (size, mask) in CLASSIC.items():
        if kind in chunks:
            if len(chunks.get(mask, b"")) != size * size:
                failures.append(f"{path.name}: {kind.decode()} ({size}x{size}) has no {mask.decode()} mask of {size * size} bytes")
            sizes.append(size)
    for kind, size in PNG_TYPES.items():
        if kind in chunks:
            actual = png_size(chunks[kind])
            if actual != (size, size):
                failures.append(f"{path.name}: {kind.decode()} should be a {size}x{size} PNG, it is {actual or 'not a PNG'}")
            sizes.append(size)
    expected = [16, 32, 48, 128, 256, 512, 1024]
    if sorted(sizes) != expected:
        failures.append(f"{path.name}: sizes {sorted(sizes)}, expected {expected}")
    print(f"{path.name}: chunks {', '.join(kind.decode() for kind in chunks)}")


for check, relative in ((check_ico, "packaging/windows/tessera.ico"), (check_icns, "packaging/macos/Tessera.icns")):
    path = source / relative
    if not path.is_file():
        failures.append(f"{relative} is missing (tools/update-platform-icons.sh makes it)")
    else:
        check(path)

if failures:
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    sys.exit(1)
