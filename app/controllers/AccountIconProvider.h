// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QQuickImageProvider>
#include <QSize>

namespace tessera {

class AccountListModel;

/* Shows the pictures users gave their accounts (vault::AccountIcon, e.g. Aegis custom icons) as
 * "image://accounticon/<account id>/<short hash of the picture>"; AccountListModel puts that URL
 * in the row's iconSource. The hash only makes the URL change with the picture, so Qt's pixmap
 * cache never shows an old one.
 *
 * Qt may call requestImage() off the GUI thread (asynchronous images): the provider only reads
 * the model's picture table, which AccountListModel guards with a mutex. A picture is untrusted
 * input: it is decoded at most at kMaxSide × kMaxSide, and one that does not decode gives a null
 * image, on which the avatar shows the initials. */
class AccountIconProvider : public QQuickImageProvider {
public:
    static constexpr int kMaxSide = 512;
    /* A decoder that cannot scale while decoding (PNG) first allocates the whole picture: larger
     * ones are refused rather than decoded. 2048² × 4 bytes is 16 MiB. */
    static constexpr int kMaxSourceSide = 2048;

    /* `accounts` must outlive the provider (the engine that owns it is destroyed first). */
    explicit AccountIconProvider(const AccountListModel& accounts);

    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

    /* Decodes `data` (by its content, not a name) scaled to fit `requestedSize` (the picture's
     * own size if neither side is set), at most kMaxSide on each side; a null image if it does
     * not decode. */
    [[nodiscard]] static QImage decode(const QByteArray& data, const QSize& requestedSize);

private:
    const AccountListModel& m_accounts;
};

} // namespace tessera
