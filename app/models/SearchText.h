// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tessera {

/* What search compares: text case folded, compatibility-decomposed and without combining marks
 * ("Équipe ﬁn" → "equipe fin"), so "equipe" finds "Équipe" and "ebay" finds "eBay". Folding
 * is the costly part of a search; AccountListModel folds each account once (SearchKeyRole), the
 * filter folds only the query, once per keystroke. */
class SearchText {
public:
    [[nodiscard]] static QString fold(const QString& text);
    /* One folded key for everything an account is found by. */
    [[nodiscard]] static QString keyOf(const QString& issuer, const QString& name, const QString& group,
                                       const QString& note);
};

} // namespace tessera
