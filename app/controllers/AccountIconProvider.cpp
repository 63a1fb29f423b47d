// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountIconProvider.h"

#include "AccountListModel.h"

#include <QBuffer>
#include <QImageReader>

namespace tessera {

AccountIconProvider::AccountIconProvider(const AccountListModel& accounts)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_accounts(accounts)
{
}

QImage AccountIconProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize)
{
    // "<account id>/<hash>": the hash is only there to change the URL with the picture.
    const QString accountId = id.section(u'/', 0, 0);
    QImage image;
    if (const auto picture = m_accounts.pictureOf(accountId)) {
        image = decode(picture->data, requestedSize);
    }
    if (size) {
        *size = image.size();
    }
    return image;
}

QImage AccountIconProvider::decode(const QByteArray& data, const QSize& requestedSize)
{
    QByteArray bytes = data; // shared, not copied: QBuffer only reads it
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly)) {
        return {};
    }
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QSize source = reader.size();
    if (!source.isValid() || source.isEmpty()) {
        return {};
    }
    const bool scalesWhileDecoding = reader.supportsOption(QImageIOHandler::ScaledSize);
    if (!scalesWhileDecoding && (source.width() > kMaxSourceSide || source.height() > kMaxSourceSide)) {
        return {};
    }

    QSize target = source;
    if (requestedSize.width() > 0 || requestedSize.height() > 0) {
        // A side left at 0 follows the other, keeping the picture's proportions.
        const QSize bound(requestedSize.width() > 0 ? requestedSize.width() : kMaxSide,
                          requestedSize.height() > 0 ? requestedSize.height() : kMaxSide);
        target = source.scaled(bound, Qt::KeepAspectRatio);
    }
    if (target.width() > kMaxSide || target.height() > kMaxSide) {
        target = target.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio);
    }
    target = target.expandedTo(QSize(1, 1));
    if (target != source) {
        reader.setScaledSize(target);
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return {};
    }
    if (image.size() != target) {
        image = image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

} // namespace tessera
