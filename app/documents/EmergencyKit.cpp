// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmergencyKit.h"

#include "otp/Base32.h"
#include "qr/QrEncoder.h"
#include "uri/OtpAuthUri.h"

#include <QBuffer>
#include <QFont>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::Literals::StringLiterals;

namespace tessera::documents {

namespace {

constexpr int kDpi = 300;
constexpr double kPageWidthMm = 210;
constexpr double kPageHeightMm = 297;
constexpr double kMarginMm = 15;
constexpr double kHeaderMm = 64; // title, date and instructions on the first page
constexpr double kRowMm = 48;    // one account: a 42 mm QR code and its text
constexpr double kQrMm = 42;
constexpr double kFooterMm = 8;

double mm(double millimetres)
{
    return millimetres * kDpi / 25.4;
}

int rowsOnPage(bool first)
{
    const double usable = kPageHeightMm - 2 * kMarginMm - kFooterMm - (first ? kHeaderMm : 0);
    return std::max(1, int(usable / kRowMm));
}

QFont font(double points, bool bold = false, bool mono = false)
{
    QFont f(mono ? u"DejaVu Sans Mono"_s : u"DejaVu Sans"_s);
    f.setStyleHint(mono ? QFont::Monospace : QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

/* The QR code as vector squares, one per dark module: sharp at any printer resolution, where a
 * scaled bitmap would be blurred by the viewer's interpolation. */
Result<void> drawQr(QPainter& painter, const QString& text, const QRectF& area)
{
    auto bitmap = qr::QrEncoder::encode(text, qr::ErrorCorrection::Medium, 1, 4);
    if (!bitmap) {
        return bitmap.error();
    }
    const double module = area.width() / bitmap->width;
    painter.fillRect(area, Qt::white);
    for (int y = 0; y < bitmap->height; ++y) {
        for (int x = 0; x < bitmap->width; ++x) {
            if (bitmap->pixels[std::size_t(y) * std::size_t(bitmap->width) + std::size_t(x)] < 128) {
                // A hair of overlap so no white seams appear between neighbouring squares.
                painter.fillRect(QRectF(area.left() + x * module, area.top() + y * module, module + 0.5, module + 0.5),
                                 Qt::black);
            }
        }
    }
    return {};
}

QString details(const otp::OtpToken& token)
{
    const otp::OtpParameters& p = token.parameters();
    switch (p.type()) {
    case otp::OtpType::Totp:
        //: Printed under an account in the emergency kit: %1 algorithm (SHA1), %2 digits, %3 seconds.
        return EmergencyKit::tr("Time-based (TOTP) · %1 · %2 digits · every %3 s")
            .arg(otp::OtpParameters::algorithmName(p.algorithm()), QString::number(p.digits()),
                 QString::number(p.period()));
    case otp::OtpType::Hotp:
        return EmergencyKit::tr("Counter-based (HOTP) · %1 · %2 digits · next counter %3")
            .arg(otp::OtpParameters::algorithmName(p.algorithm()), QString::number(p.digits()),
                 QString::number(p.counter()));
    case otp::OtpType::Steam:
        return EmergencyKit::tr("Steam Guard · 5 characters · every 30 s");
    }
    return {};
}

/* The setup key in groups of four, as apps show it for typing by hand. */
QString groupedKey(const otp::OtpToken& token)
{
    const QString key = otp::Base32::encode(token.secret().bytes());
    QStringList groups;
    for (qsizetype i = 0; i < key.size(); i += 4) {
        groups.append(key.mid(i, 4));
    }
    return groups.join(u' ');
}

} // namespace

Result<QByteArray> EmergencyKit::pdf(const vault::VaultContent& content, const QDateTime& created)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::Internal, tr("The emergency kit could not be prepared."));
    }
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kDpi);
    writer.setTitle(tr("Tessera emergency kit"));
    writer.setCreator(u"Tessera"_s);

    const std::size_t total = content.accounts.size();
    int pages = 1;
    for (std::size_t left = total > std::size_t(rowsOnPage(true)) ? total - std::size_t(rowsOnPage(true)) : 0; left > 0;
         left = left > std::size_t(rowsOnPage(false)) ? left - std::size_t(rowsOnPage(false)) : 0) {
        ++pages;
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        return Error(ErrorCode::Internal, tr("The emergency kit could not be drawn."));
    }
    const double left = mm(kMarginMm);
    const double width = mm(kPageWidthMm - 2 * kMarginMm);
    // The month in the kit's language (the default locale follows the window's language).
    const QString date = QLocale().toString(created.toLocalTime(), u"d MMMM yyyy, HH:mm"_s);

    auto footer = [&](int page) {
        painter.setFont(font(8));
        painter.setPen(Qt::darkGray);
        painter.drawText(
            QRectF(left, mm(kPageHeightMm - kMarginMm - kFooterMm), width, mm(kFooterMm)),
            Qt::AlignLeft | Qt::AlignVCenter,
            tr("Tessera emergency kit · %1 · page %2 of %3 · keep it private").arg(date).arg(page).arg(pages));
        painter.setPen(Qt::black);
    };

    // First page: what this is, when it was made, how to use it.
    double y = mm(kMarginMm);
    painter.setFont(font(22, true));
    painter.drawText(QRectF(left, y, width, mm(12)), Qt::AlignLeft | Qt::AlignVCenter, tr("Tessera emergency kit"));
    y += mm(13);
    painter.setFont(font(10));
    painter.drawText(QRectF(left, y, width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                     //: %1 a date and time; %n how many accounts the kit holds.
                     tr("Made on %1 · %n account(s)", nullptr, int(total)).arg(date));
    y += mm(9);
    const QString instructions =
        tr("This paper holds the keys to your two-factor codes. Anyone who has it can make your login codes: "
           "keep it somewhere safe (a locked drawer, a safe), never photograph it, and destroy older kits when you "
           "print a new one.\n"
           "To get an account back: open Tessera — or any authenticator app — on your new computer or phone, "
           "choose “Add account” and scan its QR code below. If a code will not scan, choose manual entry and type "
           "the setup key shown beside it, with the same type, digits and period.\n"
           "Then check that the code the app shows is accepted by the site before you rely on it.");
    painter.setFont(font(9.5));
    const QRectF box(left, y, width, mm(kHeaderMm - 26));
    painter.drawRect(box);
    painter.drawText(box.adjusted(mm(3), mm(2), -mm(3), -mm(2)), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                     instructions);
    y = mm(kMarginMm + kHeaderMm);

    int page = 1;
    int rowsLeft = rowsOnPage(true);
    for (std::size_t i = 0; i < total; ++i) {
        if (rowsLeft == 0) {
            footer(page);
            writer.newPage();
            ++page;
            y = mm(kMarginMm);
            rowsLeft = rowsOnPage(false);
        }
        const vault::Account& account = content.accounts[i];
        const otp::OtpToken& token = account.token();
        const QString uri = uri::OtpAuthUri::format(token);
        if (auto drawn = drawQr(painter, uri, QRectF(left, y, mm(kQrMm), mm(kQrMm))); !drawn) {
            painter.end();
            return drawn.error();
        }
        const double textLeft = left + mm(kQrMm + 6);
        const double textWidth = width - mm(kQrMm + 6);
        double line = y + mm(1);
        painter.setFont(font(14, true));
        const QString issuer = token.issuer().isEmpty() ? token.name() : token.issuer();
        painter.drawText(QRectF(textLeft, line, textWidth, mm(8)), Qt::AlignLeft | Qt::AlignVCenter, issuer);
        line += mm(8);
        painter.setFont(font(11));
        if (!token.issuer().isEmpty() && !token.name().isEmpty()) {
            painter.drawText(QRectF(textLeft, line, textWidth, mm(6)), Qt::AlignLeft | Qt::AlignVCenter, token.name());
        }
        line += mm(7);
        painter.setFont(font(8.5));
        painter.drawText(QRectF(textLeft, line, textWidth, mm(5)), Qt::AlignLeft | Qt::AlignVCenter, details(token));
        line += mm(7);
        painter.drawText(QRectF(textLeft, line, textWidth, mm(5)), Qt::AlignLeft | Qt::AlignVCenter, tr("Setup key:"));
        line += mm(5);
        painter.setFont(font(10, false, true));
        painter.drawText(QRectF(textLeft, line, textWidth, mm(12)), Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop,
                         groupedKey(token));
        if (!account.note.isEmpty()) {
            painter.setFont(font(8.5));
            painter.drawText(QRectF(textLeft, y + mm(kQrMm - 5), textWidth, mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
                             //: Before the account's own note in the emergency kit.
                             tr("Note: %1").arg(account.note));
        }
        painter.setPen(Qt::lightGray);
        painter.drawLine(QPointF(left, y + mm(kRowMm - 3)), QPointF(left + width, y + mm(kRowMm - 3)));
        painter.setPen(Qt::black);
        y += mm(kRowMm);
        --rowsLeft;
    }
    footer(page);
    if (!painter.end()) {
        return Error(ErrorCode::Internal, tr("The emergency kit could not be drawn."));
    }
    buffer.close();
    return bytes;
}

} // namespace tessera::documents
