// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// An account's backup codes: each can be marked used or removed. Until the page hands over their
// texts (revealedCodes, on "Show codes") only dots are drawn, so a glance or a screen share shows
// nothing, and the texts are not even in the page's memory.
ColumnLayout {
    id: root

    // [{used}] as RecoveryController.details() gives them.
    property var codes: []
    // The codes' texts, in the same order: given only while the user wants them shown.
    property var revealedCodes: []
    readonly property bool revealed: revealedCodes.length === codes.length && codes.length > 0

    signal usedToggled(int index, bool used)
    signal removeRequested(int index)

    spacing: Theme.spacing / 2

    Repeater {
        objectName: "codeRepeater"
        model: root.codes

        RowLayout {
            id: row

            required property int index
            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacing

            CheckBox {
                objectName: "codeUsedBox"
                checked: row.modelData.used
                //: Ticked when a backup code was used (each works once).
                text: qsTr("Used")
                Accessible.name: row.modelData.used ? qsTr("Code %1 is used; mark it unused").arg(row.index + 1) : qsTr("Mark code %1 used").arg(row.index + 1)
                onToggled: root.usedToggled(row.index, checked)
            }
            Label {
                objectName: "codeText"
                Layout.fillWidth: true
                font.family: Theme.monospaceFamily
                font.pixelSize: 16
                font.strikeout: row.modelData.used
                color: row.modelData.used ? Theme.mutedText : Theme.text
                text: root.revealed ? root.revealedCodes[row.index] : "•".repeat(8)
                Accessible.name: root.revealed ? text : qsTr("Code %1, hidden").arg(row.index + 1)
            }
            ToolButton {
                objectName: "codeRemoveButton"
                text: "×"
                font.pixelSize: 18
                Accessible.name: qsTr("Remove code %1").arg(row.index + 1)
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: root.removeRequested(row.index)
            }
        }
    }
}
