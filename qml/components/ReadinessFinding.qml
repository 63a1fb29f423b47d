// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One gap the readiness audit found: what is missing and a button that goes straight to the fix.
RowLayout {
    id: root

    required property string findingId
    required property string severity
    required property string text
    // Empty: nothing Tessera can open for it.
    property string fixLabel

    signal fixRequested(string findingId)

    spacing: Theme.spacing

    Label {
        Layout.alignment: Qt.AlignTop
        // A glyph as well as a colour, so the severity does not depend on seeing colours.
        text: root.severity === "critical" ? "!" : "•"
        font.bold: true
        color: root.severity === "critical" ? Theme.danger : (root.severity === "warning" ? Theme.warning : Theme.mutedText)
        Accessible.ignored: true
    }
    Label {
        objectName: "findingText"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: root.text
    }
    Button {
        objectName: "fixButton"
        Layout.alignment: Qt.AlignTop
        visible: root.fixLabel.length > 0
        text: root.fixLabel
        Accessible.name: qsTr("%1: %2").arg(root.fixLabel).arg(root.text)
        onClicked: root.fixRequested(root.findingId)
    }
}
