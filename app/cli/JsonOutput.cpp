// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonOutput.h"

#include "otp/Base32.h"
#include "otp/OtpToken.h"
#include "vault/Account.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

JsonOutput& JsonOutput::add(QStringView key, const QString& value)
{
    addRaw(key, quoted(value));
    return *this;
}

JsonOutput& JsonOutput::add(QStringView key, qint64 value)
{
    addRaw(key, QString::number(value));
    return *this;
}

JsonOutput& JsonOutput::add(QStringView key, quint64 value)
{
    addRaw(key, QString::number(value));
    return *this;
}

JsonOutput& JsonOutput::addNull(QStringView key)
{
    addRaw(key, u"null"_s);
    return *this;
}

JsonOutput& JsonOutput::addBool(QStringView key, bool value)
{
    addRaw(key, value ? u"true"_s : u"false"_s);
    return *this;
}

JsonOutput& JsonOutput::addRaw(QStringView key, const QString& jsonValue)
{
    m_members.append(quoted(key) + u':' + jsonValue);
    return *this;
}

QString JsonOutput::quoted(QStringView text)
{
    QString result;
    result.reserve(text.size() + 2);
    result += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            result += u"\\\""_s;
            break;
        case u'\\':
            result += u"\\\\"_s;
            break;
        case u'\n':
            result += u"\\n"_s;
            break;
        case u'\r':
            result += u"\\r"_s;
            break;
        case u'\t':
            result += u"\\t"_s;
            break;
        case u'\b':
            result += u"\\b"_s;
            break;
        case u'\f':
            result += u"\\f"_s;
            break;
        default:
            /* Other control characters must be escaped; DEL as well, so a terminal showing the
             * JSON never receives a raw control byte from a QR payload. */
            if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
                result += u"\\u%1"_s.arg(static_cast<uint>(c.unicode()), 4, 16, QChar(u'0'));
            } else {
                result += c;
            }
        }
    }
    result += u'"';
    return result;
}

QString JsonOutput::array(const QStringList& values)
{
    return u'[' + values.join(u',') + u']';
}

QString JsonOutput::account(const otp::OtpToken& token, const QString& id)
{
    JsonOutput json;
    addToken(json, token, id, Secret::Include);
    return json.toString();
}

QString JsonOutput::account(const vault::Account& account, Secret secret)
{
    JsonOutput json;
    addToken(json, account.token(), account.id(), secret);
    if (!account.group.isEmpty()) {
        json.add(u"group", account.group);
    }
    if (!account.note.isEmpty()) {
        json.add(u"note", account.note);
    }
    if (account.favorite) {
        json.addBool(u"favorite", true);
    }
    return json.toString();
}

void JsonOutput::addToken(JsonOutput& json, const otp::OtpToken& token, const QString& id, Secret secret)
{
    const otp::OtpParameters& parameters = token.parameters();
    if (id.isEmpty()) {
        json.addNull(u"id");
    } else {
        json.add(u"id", id);
    }
    json.add(u"type", otp::OtpParameters::typeName(parameters.type()))
        .add(u"issuer", token.issuer())
        .add(u"name", token.name());
    if (secret == Secret::Include) {
        // The secret passes through a QString here (not wipeable); acceptable only because the
        // user asked for it to be printed, which puts it in our output buffer anyway.
        json.add(u"secret", otp::Base32::encode(token.secret().bytes()));
    }
    json.add(u"algorithm", otp::OtpParameters::algorithmName(parameters.algorithm()))
        .add(u"digits", parameters.digits());
    if (parameters.isTimeBased()) {
        json.add(u"period", parameters.period());
    } else {
        json.add(u"counter", static_cast<quint64>(parameters.counter()));
    }
}

} // namespace tessera::cli
