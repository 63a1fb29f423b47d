// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordMeter.h"

#include "PasswordStrength.h"
#include "recovery/PasswordGenerator.h"
#include "recovery/PasswordRules.h"

#include <QJSValue>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QPointer>
#include <QQmlEngine>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcPasswordMeter, "tessera.app.passwordmeter", QtInfoMsg)

namespace tessera {

namespace {

Result<recovery::PasswordRules> rulesFrom(const QVariant& value)
{
    // From QML a JS object arrives as a QJSValue; from C++ usually as a QVariantMap.
    const QVariant plain =
        value.metaType() == QMetaType::fromType<QJSValue>() ? value.value<QJSValue>().toVariant() : value;
    return recovery::PasswordRules::fromJson(plain.isValid() ? QJsonValue::fromVariant(plain) : QJsonValue());
}

} // namespace

PasswordMeter::PasswordMeter(QObject* parent)
    : QObject(parent)
{
}

PasswordMeter::~PasswordMeter() = default;

int PasswordMeter::score(const QString& password) const
{
    return PasswordStrength::score(password);
}

QString PasswordMeter::advice(const QString& password) const
{
    return PasswordStrength::advice(password);
}

QString PasswordMeter::generate(const QVariant& rules) const
{
    const Result<recovery::PasswordRules> parsed = rulesFrom(rules);
    if (!parsed) {
        qCWarning(lcPasswordMeter, "No password generated: %s", qPrintable(parsed.error().message()));
        return {};
    }
    Result<QString> password = recovery::PasswordGenerator().generate(*parsed);
    if (!password) {
        qCWarning(lcPasswordMeter, "No password generated: %s", qPrintable(password.error().message()));
        return {};
    }
    return std::move(password).value();
}

QStringList PasswordMeter::brokenRules(const QString& password, const QVariant& rules) const
{
    const Result<recovery::PasswordRules> parsed = rulesFrom(rules);
    if (!parsed) {
        qCWarning(lcPasswordMeter, "Unusable password rules: %s", qPrintable(parsed.error().message()));
        return {tr("This service's password rules could not be read; follow the rules the site shows.")};
    }
    using Problem = recovery::PasswordRules::Problem;
    QStringList sentences;
    for (const recovery::PasswordRules::Finding& finding : parsed->findings(password)) {
        switch (finding.problem) {
        case Problem::TooShort:
            sentences.append(tr("Use at least %n characters.", "", parsed->minLength()));
            break;
        case Problem::TooLong:
            sentences.append(tr("Use at most %n characters.", "", parsed->maxLength()));
            break;
        case Problem::NoLetter:
            sentences.append(tr("Include at least one letter (a–z or A–Z)."));
            break;
        case Problem::NoDigit:
            sentences.append(tr("Include at least one digit (0–9)."));
            break;
        case Problem::NoPunctuation:
            sentences.append(tr("Include at least one of these marks: %1").arg(parsed->allowedPunctuation()));
            break;
        case Problem::RefusedCharacters: {
            QStringList shown;
            for (const char32_t c : finding.refused.toUcs4()) {
                //: A space character in a list of characters a site does not allow.
                shown.append(c == U' ' ? tr("space") : u"“%1”"_s.arg(QString::fromUcs4(&c, 1)));
            }
            //: %1 is a list of characters, such as “ä”, “~”
            sentences.append(tr("This site does not allow %1.").arg(shown.join(u", "_s)));
            break;
        }
        }
    }
    return sentences;
}

} // namespace tessera
