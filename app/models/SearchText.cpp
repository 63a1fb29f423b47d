// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchText.h"

namespace tessera {

QString SearchText::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            break;
        default:
            folded += c;
        }
    }
    return folded.toCaseFolded();
}

QString SearchText::keyOf(const QString& issuer, const QString& name, const QString& group, const QString& note)
{
    // Line breaks keep a word from matching across two fields ("pal" + "ex…" is not "palex").
    return fold(issuer + u'\n' + name + u'\n' + group + u'\n' + note);
}

} // namespace tessera
