// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Tessera.Ui

// A plain-words hint about a password: length and variety of characters. Only a hint: it does
// not know dictionary words, so "Strong" needs length as well as variety.
Label {
    id: root

    property string password
    property int minimumLength: 8

    // 0 empty, 1 too short, 2 weak, 3 fair, 4 strong.
    readonly property int score: {
        const length = password.length;
        if (length === 0)
            return 0;
        if (length < minimumLength)
            return 1;
        let kinds = 0;
        if (/[a-z]/.test(password)) kinds++;
        if (/[A-Z]/.test(password)) kinds++;
        if (/[0-9]/.test(password)) kinds++;
        if (/[^A-Za-z0-9]/.test(password)) kinds++;
        if (length >= 16 || (length >= 12 && kinds >= 3))
            return 4;
        if (length >= 10 && kinds >= 2)
            return 3;
        return 2;
    }

    wrapMode: Text.WordWrap
    color: score <= 2 ? Theme.danger : (score === 3 ? Theme.warning : Theme.success)
    text: {
        switch (score) {
        case 1:
            return qsTr("Too short: use at least %n characters.", "", minimumLength);
        case 2:
            return qsTr("Weak: a longer password, or a few unrelated words, is much harder to guess.");
        case 3:
            return qsTr("Fair: a few more characters would make it strong.");
        case 4:
            return qsTr("Strong.");
        }
        return "";
    }
    visible: score > 0
    Accessible.name: text
}
