// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// How hard a backup password is to guess: five steps (BackupController.passwordStrength) and one
// sentence of advice. A backup file can be attacked offline for as long as the attacker likes,
// so the screens ask for at least "fair" (2).
ColumnLayout {
    id: root

    property string password
    readonly property int score: BackupController.passwordStrength(password)
    readonly property string scoreText: [qsTr("Very weak"), qsTr("Weak"), qsTr("Fair"), qsTr("Good"), qsTr("Strong")][score]
    readonly property color scoreColor: score <= 1 ? Theme.danger : score === 2 ? Theme.warning : Theme.success

    spacing: 4
    visible: password.length > 0

    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        Accessible.role: Accessible.Indicator
        Accessible.name: qsTr("Password strength: %1").arg(root.scoreText)

        Repeater {
            model: 5

            Rectangle {
                required property int index

                Layout.fillWidth: true
                implicitHeight: 6
                radius: 3
                color: index <= root.score ? root.scoreColor : Theme.separator
            }
        }
        Label {
            text: root.scoreText
            color: root.scoreColor
            Accessible.ignored: true
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        text: BackupController.passwordAdvice(root.password)
        Accessible.name: text
    }
}
