// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickPaintedItem>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <cstdint>
#include <vector>

namespace tessera {

/* Draws a QR code of `text`, for the "move to a phone" and Google Authenticator export screens.
 *
 * Always black on white with a quiet zone of four modules, whatever the theme: phone scanners
 * expect dark modules on a light background, and many fail on a dark-mode (inverted) code.
 * Each module is a whole number of device pixels so the edges stay sharp; the code is centred
 * in the item and the rest stays white.
 *
 * The text is usually a secret (an otpauth:// link). It lives only in the `text` property and
 * in the module matrix; both are wiped when `text` becomes "" and when the item is destroyed. */
class QrCodeItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    /* Modules per side including the quiet zone, 0 when nothing is drawn. */
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)
    /* Why `text` cannot be drawn (too long for a QR code), or empty. */
    Q_PROPERTY(QString errorString READ errorString NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem* parent = nullptr);
    ~QrCodeItem() override;

    [[nodiscard]] const QString& text() const { return m_text; }
    void setText(const QString& text);
    [[nodiscard]] int modules() const { return m_modules; }
    [[nodiscard]] const QString& errorString() const { return m_errorString; }

    void paint(QPainter* painter) override;

Q_SIGNALS:
    void textChanged();

private:
    void wipe();

    QString m_text;
    std::vector<std::uint8_t> m_matrix; // m_modules × m_modules, 0 = dark module
    int m_modules = 0;
    QString m_errorString;
};

} // namespace tessera
