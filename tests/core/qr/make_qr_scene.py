# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes test images for the QR decoder with tools independent of Tessera (python3-qrcode for the
symbols, python3-pil for everything else), written as 8-bit grey PGM (P5) so the core test can
read them without QtGui.

Usage: make_qr_scene.py [--angle DEG] [--module PX] [--scale F] [--seed N] SCENARIO PAYLOAD... OUTPUT

Scenarios (PAYLOAD is the text to encode unless noted):
  plain          one dark-on-light code on a white page
  inverted       one light-on-dark code in a dark-mode "app window"
  rotated        like plain, rotated by --angle degrees (bicubic, white fill)
  small          like plain with --module pixels per module (default 2), then resized by --scale
                 (bilinear, like a HiDPI screenshot at a fractional scale factor)
  blurred        Gaussian blur, then JPEG quality 40, re-read as grey
  screen4k       3840x2160 busy desktop; every PAYLOAD gets a code, every second one inverted
  screen1080     1920x1080 busy desktop with one code
  grid           codes in rows of three on a white page, each nudged up or down by up to 12 px
                 (reading order must still be row by row, left to right)
  nocode         3840x2160 busy desktop, no PAYLOAD, no code
  barcode        an EAN-13 barcode of PAYLOAD (12 digits) and no QR code
  fuzzseed       a seed for tests/fuzz/corpus/qr_decode: the code (--module px, inverted if
                 --angle is 180) in fuzz_qr_decode's layout (width-1, height-1, padding, pixels)
  convert        PAYLOAD is an image file (PNG, JPEG, PGM) to convert to grey PGM
  topng          PAYLOAD is an image file to convert to grey PNG
"""

import io
import random
import sys

import qrcode
from PIL import Image, ImageDraw, ImageFilter

WHITE = 255
BLACK = 0


def qr_image(text, module, dark=BLACK, light=WHITE, border=4):
    """The symbol with `border` modules of quiet zone, `module` px per module, as mode L."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1, border=border)
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    matrix = code.get_matrix()  # includes the border
    size = len(matrix)
    img = Image.new("L", (size, size), light)
    pixels = img.load()
    for y, row in enumerate(matrix):
        for x, dark_module in enumerate(row):
            if dark_module:
                pixels[x, y] = dark
    # Nearest-neighbour upscaling keeps square modules exactly `module` px wide.
    return img.resize((size * module, size * module), Image.NEAREST)


def page_with(img, pad=40, fill=WHITE):
    page = Image.new("L", (img.width + 2 * pad, img.height + 2 * pad), fill)
    page.paste(img, (pad, pad))
    return page


def busy_desktop(width, height, rng):
    """A screenshot-like background: gradients, windows with title bars, lines of 'text', noise."""
    desk = Image.linear_gradient("L").resize((width, height)).point(lambda v: 60 + v // 3)
    draw = ImageDraw.Draw(desk)
    for _ in range(14):
        w = rng.randint(width // 6, width // 2)
        h = rng.randint(height // 6, height // 2)
        x = rng.randint(0, width - w)
        y = rng.randint(0, height - h)
        dark = rng.random() < 0.4
        body = rng.randint(20, 50) if dark else rng.randint(225, 250)
        ink = 200 if dark else 30
        draw.rectangle((x, y, x + w, y + h), fill=body, outline=120)
        draw.rectangle((x, y, x + w, y + 28), fill=rng.randint(80, 170))
        # Text-like lines: words are short dark bars with gaps, like a rendered paragraph.
        ty = y + 40
        while ty < y + h - 14:
            tx = x + 12
            while tx < x + w - 40:
                word = rng.randint(12, 70)
                draw.rectangle((tx, ty, min(tx + word, x + w - 12), ty + rng.choice((7, 9, 11))), fill=ink)
                tx += word + rng.randint(5, 9)
            ty += rng.choice((16, 18, 22))
        if rng.random() < 0.5:
            draw.text((x + 14, y + 8), "Settings - Accounts  0123456789 ABCDEF", fill=ink)
    # Two noisy photo-like regions.
    for _ in range(2):
        w, h = width // 5, height // 5
        noise = Image.effect_noise((w, h), 60).filter(ImageFilter.GaussianBlur(2))
        desk.paste(noise, (rng.randint(0, width - w), rng.randint(0, height - h)))
    return desk


def place_codes(desk, payloads, rng, module):
    """Puts one code per payload in its own panel, in a grid so they never overlap; every second
    code is light-on-dark (a dark-mode window)."""
    columns = 3 if len(payloads) > 2 else len(payloads)
    rows = (len(payloads) + columns - 1) // columns
    cell_w, cell_h = desk.width // columns, desk.height // rows
    for i, text in enumerate(payloads):
        inverted = i % 2 == 1
        code = qr_image(text, module, dark=(235 if inverted else 15), light=(30 if inverted else 250))
        panel = page_with(code, pad=24, fill=(30 if inverted else 250))
        cx, cy = (i % columns) * cell_w, (i // columns) * cell_h
        x = cx + rng.randint(0, max(0, cell_w - panel.width))
        y = cy + rng.randint(0, max(0, cell_h - panel.height))
        desk.paste(panel, (x, y))


EAN_L = ["0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011", "0110111", "0001011"]
EAN_G = ["0100111", "0110011", "0011011", "0100001", "0011101", "0111001", "0000101", "0010001", "0001001", "0010111"]
EAN_R = ["1110010", "1100110", "1101100", "1000010", "1011100", "1001110", "1010000", "1000100", "1001000", "1110100"]
EAN_PARITY = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"]


def ean13(digits12, bar=3, height=160):
    digits = [int(c) for c in digits12]
    check = (10 - (sum(digits[0::2]) + 3 * sum(digits[1::2])) % 10) % 10
    digits.append(check)
    bits = "101"
    for i, d in enumerate(digits[1:7]):
        bits += (EAN_L if EAN_PARITY[digits[0]][i] == "L" else EAN_G)[d]
    bits += "01010"
    for d in digits[7:]:
        bits += EAN_R[d]
    bits += "101"
    img = Image.new("L", ((len(bits) + 20) * bar, height + 20), WHITE)
    draw = ImageDraw.Draw(img)
    for i, b in enumerate(bits):
        if b == "1":
            x = (i + 10) * bar
            draw.rectangle((x, 10, x + bar - 1, 10 + height), fill=BLACK)
    return img


def main(argv):
    options = {"--angle": "0", "--module": "2", "--scale": "1", "--seed": "1"}
    args = []
    i = 0
    while i < len(argv):
        if argv[i] in options and i + 1 < len(argv):
            options[argv[i]] = argv[i + 1]
            i += 2
        else:
            args.append(argv[i])
            i += 1
    if len(args) < 2:
        sys.stderr.write(__doc__)
        return 2
    scenario, payloads, output = args[0], args[1:-1], args[-1]
    rng = random.Random(int(options["--seed"]))

    if scenario == "plain":
        img = page_with(qr_image(payloads[0], 4))
    elif scenario == "inverted":
        # Dark-mode window: near-black background, light modules, a title bar above.
        code = qr_image(payloads[0], 4, dark=230, light=28)
        img = page_with(code, pad=60, fill=28)
        ImageDraw.Draw(img).rectangle((0, 0, img.width, 30), fill=55)
    elif scenario == "rotated":
        code = page_with(qr_image(payloads[0], 5))
        img = code.rotate(float(options["--angle"]), resample=Image.BICUBIC, expand=True, fillcolor=WHITE)
    elif scenario == "small":
        img = page_with(qr_image(payloads[0], int(options["--module"])), pad=10)
        scale = float(options["--scale"])
        if scale != 1:
            img = img.resize((round(img.width * scale), round(img.height * scale)), Image.BILINEAR)
    elif scenario == "blurred":
        blurred = page_with(qr_image(payloads[0], 6)).filter(ImageFilter.GaussianBlur(2.0))
        jpeg = io.BytesIO()
        blurred.save(jpeg, "JPEG", quality=40)
        jpeg.seek(0)
        img = Image.open(jpeg).convert("L")
    elif scenario == "screen4k":
        img = busy_desktop(3840, 2160, rng)
        place_codes(img, payloads, rng, int(options["--module"]) if options["--module"] != "2" else 5)
    elif scenario == "screen1080":
        img = busy_desktop(1920, 1080, rng)
        place_codes(img, payloads[:1], rng, 4)
    elif scenario == "grid":
        codes = [qr_image(text, 3) for text in payloads]
        cell = max(c.width for c in codes) + 60
        rows = (len(codes) + 2) // 3
        img = Image.new("L", (3 * cell, rows * cell + 40), WHITE)
        for i, code in enumerate(codes):
            img.paste(code, ((i % 3) * cell + 30, (i // 3) * cell + 30 + rng.randint(-12, 12)))
    elif scenario == "nocode":
        img = busy_desktop(3840, 2160, rng)
    elif scenario == "barcode":
        img = page_with(ean13(payloads[0]))
    elif scenario == "fuzzseed":
        module = int(options["--module"])
        if options["--angle"] == "180":
            img = qr_image(payloads[0], module, dark=WHITE, light=BLACK)
        else:
            img = qr_image(payloads[0], module)
        if img.width > 256 or img.height > 256:
            sys.stderr.write("fuzz seeds are at most 256x256\n")
            return 2
        with open(output, "wb") as seed:
            seed.write(bytes([img.width - 1, img.height - 1, 0]) + img.tobytes())
        return 0
    elif scenario in ("convert", "topng"):
        img = Image.open(payloads[0]).convert("L")
        img.save(output, "PNG" if scenario == "topng" else "PPM")
        return 0
    else:
        sys.stderr.write("unknown scenario %s\n" % scenario)
        return 2
    img.convert("L").save(output, "PPM")  # mode L is written as binary PGM (P5)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
