// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One row of the import preview: what the entry is, what the import will do with it and why; for
// a conflict, the user's choice (keep both, skip, replace).
ItemDelegate {
    id: root

    required property int index
    required property string label
    required property string status
    required property string reason
    required property string resolution
    required property string source

    signal resolutionChosen(int row, string resolution)

    readonly property string statusText: {
        switch (status) {
        case "new":
            return qsTr("New");
        case "duplicate":
            return qsTr("Already in the vault");
        case "conflict":
            return qsTr("Same name, other secret");
        default:
            return qsTr("Cannot be imported");
        }
    }
    // A glyph as well as a colour, so the status does not depend on seeing colours.
    readonly property string statusGlyph: status === "new" ? "+" : status === "duplicate" ? "=" : status === "conflict" ? "!" : "×"
    readonly property color statusColor: status === "new" ? Theme.success : status === "invalid" ? Theme.danger : status === "conflict" ? Theme.warning : Theme.mutedText

    width: ListView.view ? ListView.view.width : implicitWidth
    hoverEnabled: false
    focusPolicy: Qt.TabFocus
    Accessible.name: reason.length > 0 ? qsTr("%1: %2. %3").arg(label).arg(statusText).arg(reason) : qsTr("%1: %2").arg(label).arg(statusText)

    contentItem: RowLayout {
        spacing: Theme.spacing

        Label {
            Layout.preferredWidth: Theme.avatarSize
            Layout.alignment: Qt.AlignTop
            horizontalAlignment: Text.AlignHCenter
            text: root.statusGlyph
            font.pixelSize: 22
            font.bold: true
            color: root.statusColor
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.label
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "statusText"
                Layout.fillWidth: true
                text: root.statusText
                color: root.statusColor
            }
            Label {
                objectName: "reasonText"
                Layout.fillWidth: true
                visible: root.reason.length > 0
                text: root.reason
                wrapMode: Text.WordWrap
                color: Theme.mutedText
            }
        }
        ComboBox {
            id: choice

            objectName: "resolutionChoice"
            visible: root.status === "conflict"
            Layout.alignment: Qt.AlignTop
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "add", text: qsTr("Keep both") },
                { value: "skip", text: qsTr("Skip") },
                { value: "replace", text: qsTr("Replace the vault's secret") }
            ]
            currentIndex: ["add", "skip", "replace"].indexOf(root.resolution)
            Accessible.name: qsTr("What to do with %1").arg(root.label)
            onActivated: root.resolutionChosen(root.index, currentValue)
        }
    }
}
