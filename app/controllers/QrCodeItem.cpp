// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCodeItem.h"

#include "qr/QrEncoder.h"

#include <QPainter>
#include <QQuickWindow>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

namespace {

constexpr int kQuietZone = 4; // modules, the standard's minimum

} // namespace

QrCodeItem::QrCodeItem(QQuickItem* parent)
    : QQuickPaintedItem(parent)
{
    // Hard module edges: smoothing would grey them and blur the code for a phone's camera.
    setAntialiasing(false);
    setFillColor(Qt::white);
}

QrCodeItem::~QrCodeItem()
{
    wipe();
}

void QrCodeItem::wipe()
{
    std::fill(m_matrix.begin(), m_matrix.end(), std::uint8_t(0));
    m_matrix.clear();
    m_modules = 0;
    if (!m_text.isEmpty()) {
        // QString shares its buffer; detach() gives us the one we own before overwriting it.
        m_text.detach();
        std::fill(m_text.begin(), m_text.end(), QChar(u'\0'));
        m_text.clear();
    }
}

void QrCodeItem::setText(const QString& text)
{
    if (text == m_text) {
        return;
    }
    wipe();
    m_errorString.clear();
    m_text = text;
    if (!m_text.isEmpty()) {
        // One pixel per module: the matrix itself; paint() scales it to whole device pixels.
        auto bitmap = qr::QrEncoder::encode(m_text, qr::ErrorCorrection::Medium, 1, kQuietZone);
        if (bitmap) {
            m_modules = bitmap->width;
            m_matrix = std::move(bitmap->pixels);
            std::fill(bitmap->pixels.begin(), bitmap->pixels.end(), std::uint8_t(0));
        } else {
            m_errorString = bitmap.error().message();
        }
    }
    setImplicitSize(m_modules * 4, m_modules * 4);
    Q_EMIT textChanged();
    update();
}

void QrCodeItem::paint(QPainter* painter)
{
    // The fill colour has already painted everything white.
    if (m_modules == 0) {
        return;
    }
    const qreal dpr = window() != nullptr ? window()->effectiveDevicePixelRatio() : 1.0;
    const qreal side = std::min(width(), height()) * dpr;
    // Whole device pixels per module (at least one), so every module edge lands on a pixel edge.
    const int moduleSize = std::max(1, static_cast<int>(std::floor(side / m_modules)));
    const qreal size = qreal(moduleSize * m_modules) / dpr;
    const qreal left = std::round((width() - size) / 2 * dpr) / dpr;
    const qreal top = std::round((height() - size) / 2 * dpr) / dpr;
    const qreal module = qreal(moduleSize) / dpr;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::black);
    for (int y = 0; y < m_modules; ++y) {
        const std::uint8_t* row = m_matrix.data() + static_cast<std::size_t>(y) * m_modules;
        int x = 0;
        while (x < m_modules) {
            if (row[x] != 0) {
                ++x;
                continue;
            }
            // One rectangle per run of dark modules: fewer, seamless rectangles.
            const int start = x;
            while (x < m_modules && row[x] == 0) {
                ++x;
            }
            painter->drawRect(QRectF(left + start * module, top + y * module, (x - start) * module, module));
        }
    }
    painter->restore();
}

} // namespace tessera
