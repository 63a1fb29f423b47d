// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// QR decoding speed (SECURITY.md goal P5): QrDecoder::decodeAll against raw ZXing-C++ with its
// default hints (all formats) and against zbar (QR only), on grey "screenshots" built here with
// QrEncoder — no external tools. Median of N runs (default 30; `bench_qr 100` for more);
// `bench_qr N DIR` also writes the scenes to DIR as PGM, to try them with other decoders.
#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"

// zbar.h first: its C++ wrappers declare a class that one of ZXing's macros (UnsupportedError)
// would otherwise rewrite. Its C API lives in namespace zbar when compiled as C++.
#include <zbar.h>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <QString>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using tessera::qr::ErrorCorrection;
using tessera::qr::GreyImage;
using tessera::qr::QrBitmap;
using tessera::qr::QrDecoder;
using tessera::qr::QrEncoder;
using namespace zbar;

namespace {

struct Scene {
    const char* name;
    int width;
    int height;
    std::vector<std::uint8_t> pixels;
    int codes = 0;       // placed in the scene
    double goalMs = 0.0; // P5
};

// A small deterministic generator, so every run measures the same image.
class Lcg {
public:
    explicit Lcg(std::uint32_t seed)
        : m_state(seed)
    {
    }
    int next(int lo, int hi) // inclusive
    {
        m_state = m_state * 1664525u + 1013904223u;
        return lo + static_cast<int>((m_state >> 8) % static_cast<std::uint32_t>(hi - lo + 1));
    }

private:
    std::uint32_t m_state;
};

void fillRect(Scene& s, int x0, int y0, int x1, int y1, std::uint8_t value)
{
    x0 = std::clamp(x0, 0, s.width);
    x1 = std::clamp(x1, 0, s.width);
    y0 = std::clamp(y0, 0, s.height);
    y1 = std::clamp(y1, 0, s.height);
    for (int y = y0; y < y1; ++y) {
        std::fill(s.pixels.begin() + std::ptrdiff_t(y) * s.width + x0,
                  s.pixels.begin() + std::ptrdiff_t(y) * s.width + x1, value);
    }
}

// Desktop-like clutter: vertical gradient, windows with title bars and lines of "words",
// a noisy photo-like patch. This is what makes decoders spend time on false finder patterns.
Scene desktop(const char* name, int width, int height, double goalMs, std::uint32_t seed)
{
    Scene s{name, width, height, std::vector<std::uint8_t>(std::size_t(width) * height), 0, goalMs};
    for (int y = 0; y < height; ++y) {
        std::fill_n(s.pixels.begin() + std::ptrdiff_t(y) * width, width,
                    static_cast<std::uint8_t>(60 + 80 * y / height));
    }
    Lcg rng(seed);
    for (int w = 0; w < 12; ++w) {
        const int ww = rng.next(width / 6, width / 2);
        const int wh = rng.next(height / 6, height / 2);
        const int x = rng.next(0, width - ww);
        const int y = rng.next(0, height - wh);
        const bool dark = rng.next(0, 9) < 4;
        const auto ink = static_cast<std::uint8_t>(dark ? 200 : 30);
        fillRect(s, x, y, x + ww, y + wh, static_cast<std::uint8_t>(dark ? rng.next(20, 50) : rng.next(225, 250)));
        fillRect(s, x, y, x + ww, y + 28, static_cast<std::uint8_t>(rng.next(80, 170)));
        for (int ty = y + 40; ty < y + wh - 14; ty += rng.next(16, 22)) {
            for (int tx = x + 12; tx < x + ww - 40;) {
                const int word = rng.next(12, 70);
                fillRect(s, tx, ty, std::min(tx + word, x + ww - 12), ty + rng.next(7, 11), ink);
                tx += word + rng.next(5, 9);
            }
        }
    }
    const int pw = width / 5;
    const int ph = height / 5;
    const int px = rng.next(0, width - pw);
    const int py = rng.next(0, height - ph);
    for (int y = py; y < py + ph; ++y) {
        for (int x = px; x < px + pw; ++x) {
            s.pixels[std::size_t(y) * width + x] = static_cast<std::uint8_t>(rng.next(70, 190));
        }
    }
    return s;
}

// Pastes an encoded code (with its quiet zone) at (x, y); `inverted` paints it light-on-dark
// like a dark-mode app.
void place(Scene& s, const QString& text, int moduleSize, int x, int y, bool inverted)
{
    auto bitmap = QrEncoder::encode(text, ErrorCorrection::Medium, moduleSize, 4);
    if (!bitmap) {
        std::fprintf(stderr, "encode failed: %s\n", qPrintable(bitmap.error().message()));
        std::exit(1);
    }
    for (int by = 0; by < bitmap->height && y + by < s.height; ++by) {
        for (int bx = 0; bx < bitmap->width && x + bx < s.width; ++bx) {
            const std::uint8_t v = bitmap->pixels[std::size_t(by) * bitmap->width + bx];
            // Screen colours, not pure black and white.
            s.pixels[std::size_t(y + by) * s.width + x + bx] = inverted
                                                                   ? (v == 0 ? std::uint8_t(230) : std::uint8_t(30))
                                                                   : (v == 0 ? std::uint8_t(20) : std::uint8_t(245));
        }
    }
    ++s.codes;
}

double medianMs(int runs, const std::function<void()>& work)
{
    work(); // warm-up: page in the image, first-use allocations
    std::vector<double> times;
    times.reserve(std::size_t(runs));
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int zbarCount(zbar_image_scanner_t* scanner, const Scene& s)
{
    zbar_image_t* image = zbar_image_create();
    zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image, static_cast<unsigned>(s.width), static_cast<unsigned>(s.height));
    zbar_image_set_data(image, s.pixels.data(), s.pixels.size(), nullptr);
    zbar_scan_image(scanner, image);
    int qr = 0;
    for (const zbar_symbol_t* sym = zbar_image_first_symbol(image); sym; sym = zbar_symbol_next(sym)) {
        qr += zbar_symbol_get_type(sym) == ZBAR_QRCODE ? 1 : 0;
    }
    zbar_image_destroy(image);
    return qr;
}

} // namespace

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;
    const QString totp =
        u"otpauth://totp/ACME%20Co:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30"_s;
    QString migration = u"otpauth-migration://offline?data="_s;
    for (int i = 0; i < 6; ++i) { // about the size of a 6-account Google export
        migration += u"CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZSABKAEwAg"_s;
    }
    migration += u"%3D%3D"_s;

    std::vector<Scene> scenes;
    {
        Scene vga = desktop("640x480 frame, 1 code", 640, 480, 3.0, 7);
        place(vga, totp, 3, 200, 120, false);
        scenes.push_back(std::move(vga));
    }
    {
        Scene hd = desktop("1920x1080 screenshot, 1 code", 1920, 1080, 8.0, 11);
        place(hd, totp, 4, 1200, 400, false);
        scenes.push_back(std::move(hd));
    }
    {
        Scene uhd = desktop("3840x2160 screenshot, 3 codes (1 inverted)", 3840, 2160, 30.0, 13);
        place(uhd, totp, 5, 300, 300, false);
        place(uhd, migration, 4, 1700, 900, false);
        place(uhd, totp + u"&issuer=Dark"_s, 5, 3000, 1500, true);
        scenes.push_back(std::move(uhd));
    }

    if (argc > 2) {
        for (std::size_t i = 0; i < scenes.size(); ++i) {
            const std::string path = std::string(argv[2]) + "/bench_qr_scene" + std::to_string(i) + ".pgm";
            if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
                std::fprintf(f, "P5\n%d %d\n255\n", scenes[i].width, scenes[i].height);
                std::fwrite(scenes[i].pixels.data(), 1, scenes[i].pixels.size(), f);
                std::fclose(f);
            }
        }
    }

    zbar_image_scanner_t* zbarScanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(zbarScanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(zbarScanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);

    std::printf("QR decoding, median of %d runs (ms); ours = QrDecoder::decodeAll (QR only, normal + inverted pass)\n",
                runs);
    bool allPass = true;
    for (const Scene& s : scenes) {
        const GreyImage image{s.pixels.data(), s.width, s.height, s.width};
        int ours = 0;
        const double oursMs = medianMs(runs, [&] {
            auto r = QrDecoder::decodeAll(image);
            ours = r ? int(r->size()) : -1;
        });
        int zxing = 0;
        const double zxingMs = medianMs(runs, [&] {
            const auto r =
                ZXing::ReadBarcodes(ZXing::ImageView(s.pixels.data(), s.width, s.height, ZXing::ImageFormat::Lum));
            zxing = static_cast<int>(std::count_if(r.begin(), r.end(), [](const ZXing::Result& x) {
                return x.isValid() && x.format() == ZXing::BarcodeFormat::QRCode;
            }));
        });
        int zbar = 0;
        const double zbarMs = medianMs(runs, [&] { zbar = zbarCount(zbarScanner, s); });

        const bool fast = oursMs <= s.goalMs;
        const bool found = ours >= zbar && ours == s.codes;
        allPass = allPass && fast && found;
        std::printf("\n%s (%d placed)\n", s.name, s.codes);
        std::printf("  ours            %8.2f ms  %d codes\n", oursMs, ours);
        std::printf("  zxing all-fmt   %8.2f ms  %d codes (QR)\n", zxingMs, zxing);
        std::printf("  zbar QR-only    %8.2f ms  %d codes\n", zbarMs, zbar);
        std::printf("  zbar_ms/ours_ms %.2f   zxing_all_ms/ours_ms %.2f   codes ours vs zbar: %d vs %d\n",
                    zbarMs / oursMs, zxingMs / oursMs, ours, zbar);
        std::printf("  %s: %.2f ms vs goal <= %.0f ms; %s\n", fast && found ? "PASS" : "MISS", oursMs, s.goalMs,
                    found ? "found all placed codes and >= zbar" : "MISSED codes");
    }
    zbar_image_scanner_destroy(zbarScanner);
    return allPass ? 0 : 1;
}
