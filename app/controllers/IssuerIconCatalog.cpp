// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssuerIconCatalog.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

namespace {

struct Brand {
    QString slug;
    QString title;
    QColor color;
};

// Lower case, letters and digits only: "Battle.net" and "battle net" both become "battlenet".
QString compact(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    return out;
}

class Catalog {
public:
    Catalog()
    {
        QFile file(u":/brands/brands.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("tessera: the brand icon list is missing from the program");
            return;
        }
        const QJsonArray brands = QJsonDocument::fromJson(file.readAll()).object().value("brands"_L1).toArray();
        // Slugs and titles first, then aliases: a brand's own name beats another brand's alias.
        QList<QPair<QString, qsizetype>> aliases;
        for (const QJsonValue& value : brands) {
            const QJsonObject object = value.toObject();
            Brand brand{object.value("slug"_L1).toString(), object.value("title"_L1).toString(),
                        QColor(u'#' + object.value("hex"_L1).toString())};
            if (brand.slug.isEmpty() || !QFile::exists(u":/brands/"_s + brand.slug + u".svg"_s)) {
                continue;
            }
            const qsizetype index = m_brands.size();
            m_brands.append(brand);
            add(brand.slug, index);
            add(brand.title, index);
            for (const QJsonValue& alias : object.value("aliases"_L1).toArray()) {
                aliases.append({alias.toString(), index});
            }
        }
        for (const auto& alias : std::as_const(aliases)) {
            add(alias.first, alias.second);
        }
    }

    [[nodiscard]] std::optional<Brand> find(const QString& issuer) const
    {
        for (const QString& key : candidates(issuer)) {
            const auto it = m_byKey.constFind(key);
            if (it != m_byKey.cend()) {
                return m_brands.at(*it);
            }
        }
        return std::nullopt;
    }

    [[nodiscard]] QStringList slugs() const
    {
        QStringList out;
        for (const Brand& brand : m_brands) {
            out.append(brand.slug);
        }
        return out;
    }

private:
    void add(const QString& name, qsizetype index)
    {
        const QString key = compact(name);
        if (!key.isEmpty() && !m_byKey.contains(key)) {
            m_byKey.insert(key, index);
        }
    }

    // The keys an issuer may match, most specific first.
    static QStringList candidates(const QString& issuer)
    {
        QString text = issuer.trimmed().toLower();
        for (const auto scheme : {"https://"_L1, "http://"_L1}) {
            if (text.startsWith(scheme)) {
                text = text.mid(scheme.size());
            }
        }
        QStringList out{compact(text)};

        // A web address: "www.paypal.com", "accounts.google.com/signin", "paypal.co.uk".
        if (!text.contains(u' ') && text.contains(u'.')) {
            QString host = text.section(u'/', 0, 0);
            if (host.startsWith("www."_L1)) {
                host = host.mid(4);
            }
            out.append(compact(host));
            QStringList labels = host.split(u'.', Qt::SkipEmptyParts);
            // Drop the ending: "com", or "co.uk"-style two-part endings.
            if (labels.size() >= 2) {
                labels.removeLast();
                static const QStringList secondLevel{u"co"_s, u"com"_s, u"org"_s, u"net"_s, u"ac"_s, u"gov"_s};
                if (labels.size() >= 2 && secondLevel.contains(labels.last())) {
                    labels.removeLast();
                }
                out.append(compact(labels.last()));
            }
        }

        // Words that say which part of the service it is, not which service: "Google Account",
        // "Steam Guard", "Apple ID", "Example Inc.".
        static const QStringList generic{u"account"_s,  u"accounts"_s,   u"id"_s,  u"login"_s, u"signin"_s,
                                         u"guard"_s,    u"2fa"_s,        u"mfa"_s, u"sso"_s,   u"auth"_s,
                                         u"security"_s, u"inc"_s,        u"llc"_s, u"ltd"_s,   u"gmbh"_s,
                                         u"corp"_s,     u"corporation"_s};
        QStringList words;
        for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
            const QString key = compact(word);
            if (!key.isEmpty()) {
                words.append(key);
            }
        }
        bool stripped = false;
        while (words.size() > 1 && generic.contains(words.last())) {
            words.removeLast();
            stripped = true;
        }
        if (stripped) {
            out.append(words.join(QString()));
        }
        out.removeAll(QString());
        return out;
    }

    QList<Brand> m_brands;
    QHash<QString, qsizetype> m_byKey;
};

const Catalog& catalog()
{
    static const Catalog instance; // thread-safe, loaded on first use
    return instance;
}

} // namespace

QString IssuerIconCatalog::iconSourceFor(const QString& issuer)
{
    const auto brand = catalog().find(issuer);
    return brand ? u"qrc:/brands/"_s + brand->slug + u".svg"_s : QString();
}

QColor IssuerIconCatalog::brandColor(const QString& issuer)
{
    const auto brand = catalog().find(issuer);
    return brand ? brand->color : QColor();
}

QString IssuerIconCatalog::slugFor(const QString& issuer)
{
    const auto brand = catalog().find(issuer);
    return brand ? brand->slug : QString();
}

QString IssuerIconCatalog::titleFor(const QString& issuer)
{
    const auto brand = catalog().find(issuer);
    return brand ? brand->title : QString();
}

QStringList IssuerIconCatalog::slugs()
{
    return catalog().slugs();
}

} // namespace tessera
