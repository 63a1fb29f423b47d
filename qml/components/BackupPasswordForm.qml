// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A new password for a backup: typed twice, with the strength meter. `acceptable` once the two
// match and the password is at least fair.
ColumnLayout {
    id: root

    property string purpose: qsTr("Backup password")
    readonly property string password: first.text
    readonly property bool matches: first.text === second.text
    readonly property bool acceptable: first.text.length > 0 && matches && meter.score >= 2

    function clear() {
        first.clear();
        second.clear();
    }

    spacing: Theme.spacing

    PasswordField {
        id: first

        Layout.fillWidth: true
        placeholderText: root.purpose
        accessibleName: root.purpose
    }
    PasswordField {
        id: second

        Layout.fillWidth: true
        placeholderText: qsTr("The same password again")
        accessibleName: qsTr("%1, again").arg(root.purpose)
    }
    BackupStrengthMeter {
        id: meter

        Layout.fillWidth: true
        password: first.text
    }
    Label {
        Layout.fillWidth: true
        visible: second.text.length > 0 && !root.matches
        wrapMode: Text.WordWrap
        color: Theme.danger
        text: qsTr("The two passwords are not the same.")
    }
}
