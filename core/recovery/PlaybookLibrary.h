// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Playbook.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace tessera::recovery {

/* Every playbook Tessera has, and which one fits an account. The bundled playbooks are built
 * into the program from resources/playbooks/ (resource prefix :/playbooks); one of them is
 * "generic", the answer for any site without its own. */
class PlaybookLibrary {
public:
    /* Reads every *.json in `directory` (default: the bundled playbooks). Fails, naming the file,
     * if one does not validate, if two share an id or if there is no "generic" playbook. */
    [[nodiscard]] static Result<PlaybookLibrary> load(const QString& directory = QStringLiteral(":/playbooks"));

    /* Sorted by id, "generic" last: the order lists show them in. */
    [[nodiscard]] const QList<Playbook>& all() const { return m_playbooks; }
    [[nodiscard]] const Playbook* find(const QString& id) const;
    [[nodiscard]] const Playbook& generic() const;

    /* The playbook for an account: one whose issuer names match the account's issuer (ignoring
     * case, accents, spaces and punctuation: "Ali Express" is "AliExpress"), else one whose
     * domain appears as a whole host in the issuer or account name ("bob@aliexpress.com",
     * "login.aliexpress.com"), else generic(). */
    [[nodiscard]] const Playbook& forIssuer(const QString& issuer, const QString& accountName = {}) const;

    /* Case-folded, accent-free, letters and digits only: how issuer names are compared. */
    [[nodiscard]] static QString matchKey(const QString& name);

private:
    explicit PlaybookLibrary(QList<Playbook> playbooks);

    QList<Playbook> m_playbooks;
};

} // namespace tessera::recovery
