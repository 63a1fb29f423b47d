// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A password or secret entry with a show/hide button. `text` is the typed value.
RowLayout {
    id: root

    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias field: field
    property string accessibleName: qsTr("Password")
    property bool shown: false

    signal accepted()

    function clear() {
        field.clear();
        shown = false;
    }
    function focusField() {
        field.forceActiveFocus();
    }

    spacing: 0

    TextField {
        id: field

        Layout.fillWidth: true
        echoMode: root.shown ? TextInput.Normal : TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        selectByMouse: true
        Accessible.name: root.accessibleName
        Accessible.passwordEdit: !root.shown
        onAccepted: root.accepted()
    }
    ToolButton {
        text: root.shown ? qsTr("Hide") : qsTr("Show")
        focusPolicy: Qt.TabFocus
        Accessible.name: root.shown ? qsTr("Hide %1").arg(root.accessibleName) : qsTr("Show %1").arg(root.accessibleName)
        onClicked: root.shown = !root.shown
    }
}
