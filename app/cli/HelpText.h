// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::cli {

/* What `tessera-cli --help`, `tessera-cli help [COMMAND]` and `COMMAND --help` print. Kept in
 * step with docs/cli.md by hand; the tests check that every command appears. */
class HelpText {
public:
    [[nodiscard]] static QString general();
    /* Help for `init`, `add`, `list`, `code`, `remove`, `passwd`, `uri [parse]`,
     * `qr [decode|encode]`, `recovery [list|show]`; nullopt for anything else. */
    [[nodiscard]] static std::optional<QString> forCommand(const QStringList& words);

    /* Commands of ARCHITECTURE.md §4 that later versions bring. */
    [[nodiscard]] static bool isLaterCommand(const QString& command);
};

} // namespace tessera::cli
