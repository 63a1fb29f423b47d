// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace tessera {

/* Which brand icon goes with an account's issuer (issue 5 item 1). The icons are the curated
 * simple-icons subset in resources/brands (tools/update-brand-icons.sh), compiled in under
 * qrc:/brands; brands.json beside them gives each brand's title, colour and the other names and
 * web domains an issuer may use ("PayPal", "paypal.com", "www.paypal.com" → paypal).
 *
 * Matching is deliberately exact after normalising (case, spaces, punctuation, "www.", the
 * domain ending, trailing words like "Account"): a wrong brand logo is worse than the lettered
 * avatar the QML shows when nothing matches. The icons are single-colour paths (black); show
 * them tinted (e.g. a control's icon.color) or in white on brandColor(). */
class IssuerIconCatalog {
public:
    /* "qrc:/brands/<slug>.svg", or an empty string when no brand matches. */
    [[nodiscard]] static QString iconSourceFor(const QString& issuer);
    /* The brand's colour, or an invalid QColor when no brand matches. */
    [[nodiscard]] static QColor brandColor(const QString& issuer);
    /* The simple-icons slug ("paypal", "battledotnet"), or an empty string. */
    [[nodiscard]] static QString slugFor(const QString& issuer);
    /* The brand's own spelling ("PayPal", "Battle.net"), or an empty string. */
    [[nodiscard]] static QString titleFor(const QString& issuer);
    /* Every slug in the catalog, in brands.txt order. */
    [[nodiscard]] static QStringList slugs();
};

} // namespace tessera
