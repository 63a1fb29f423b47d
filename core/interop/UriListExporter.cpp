// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/UriListExporter.h"

#include "uri/OtpAuthUri.h"

#include <openssl/crypto.h>

#include <cstring>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

/* OtpAuthUri::format writes Steam as `otpauth://totp/…&encoder=steam` (KeePassXC's form). In a
 * list meant for Aegis and Ente that would be wrong: both take the type from the host, ignore
 * `encoder`, and would make a five-digit numeric TOTP whose codes Steam refuses. Both read
 * `otpauth://steam/` (Aegis writes it in its own text export, fixture aegis-txt.txt; Ente lists
 * hosts totp, hotp, steam), so Steam lines get that host. `encoder=steam` stays for KeePassXC,
 * which ignores the host, and UriListImporter reads the combination as Steam. */
QString uriFor(const otp::OtpToken& token)
{
    QString uri = uri::OtpAuthUri::format(token);
    if (token.parameters().type() == otp::OtpType::Steam) {
        static const QString totpPrefix = u"otpauth://totp/"_s;
        if (uri.startsWith(totpPrefix)) {
            uri.replace(0, totpPrefix.size(), u"otpauth://steam/"_s);
        }
    }
    return uri;
}

} // namespace

QString UriListExporter::id() const
{
    return u"uris"_s;
}

QString UriListExporter::name() const
{
    return u"otpauth:// list"_s;
}

bool UriListExporter::writesPlaintext() const
{
    return true;
}

Result<ExportOutput> UriListExporter::write(const vault::VaultContent& content,
                                            const std::optional<crypto::SecureBytes>& /*password*/) const
{
    // Each link is UTF-8 of percent-encoded ASCII; the lines are gathered first so the output
    // buffer has its final size and is never reallocated (that would leave a copy unwiped).
    std::vector<QByteArray> lines;
    lines.reserve(content.accounts.size());
    std::size_t size = 0;
    for (const vault::Account& account : content.accounts) {
        QString uri = uriFor(account.token());
        lines.push_back(uri.toUtf8());
        OPENSSL_cleanse(uri.data(), static_cast<std::size_t>(uri.size()) * sizeof(QChar));
        size += static_cast<std::size_t>(lines.back().size()) + 1;
    }
    ExportOutput output;
    output.bytes = crypto::SecureBytes(size);
    std::size_t offset = 0;
    for (QByteArray& line : lines) {
        std::memcpy(output.bytes.data() + offset, line.constData(), static_cast<std::size_t>(line.size()));
        offset += static_cast<std::size_t>(line.size());
        output.bytes.data()[offset++] = '\n';
        OPENSSL_cleanse(line.data(), static_cast<std::size_t>(line.size()));
    }
    return output;
}

} // namespace tessera::interop
