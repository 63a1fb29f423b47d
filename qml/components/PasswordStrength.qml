// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Tessera.Backend
import Tessera.Ui

// A plain-words hint about a password, from the same zxcvbn estimate as the backup screens
// (PasswordMeter in C++): it knows dictionary words, names, keyboard patterns and dates, so
// "Password1!" is weak however varied it looks. Pages accept a score of 2 or more.
Label {
    id: root

    property string password
    property int minimumLength: 8

    // 0 (empty or guessed at once) … 4 (out of reach); at most 1 while shorter than minimumLength.
    readonly property int score: {
        if (password.length === 0)
            return 0;
        const estimate = PasswordMeter.score(password);
        return password.length < minimumLength ? Math.min(estimate, 1) : estimate;
    }

    wrapMode: Text.WordWrap
    color: score <= 1 ? Theme.danger : (score === 2 ? Theme.warning : Theme.success)
    text: {
        if (password.length === 0)
            return "";
        if (password.length < minimumLength)
            return qsTr("Too short: use at least %n characters.", "", minimumLength);
        return PasswordMeter.advice(password);
    }
    visible: password.length > 0
    Accessible.name: text
}
