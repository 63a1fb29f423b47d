// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A setting's number: a wrapped label on the left, the spin box on the right, both centred on one
// row. Anchors rather than a RowLayout: a layout asks a wrapped Label for its height before it
// has a width, keeps the tall answer, and the spin box ended up below its label, over the next
// row (seen under Xvfb). Here the row is as tall as the taller of the two for the real width.
Item {
    id: root

    property alias text: label.text
    property alias from: spin.from
    property alias to: spin.to
    property alias stepSize: spin.stepSize
    property alias value: spin.value
    property string accessibleName
    readonly property alias spinBox: spin

    signal valueModified(int value)

    implicitHeight: Math.max(label.implicitHeight, spin.implicitHeight)
    implicitWidth: label.implicitWidth + Theme.spacing + spin.implicitWidth

    Label {
        id: label

        anchors.left: parent.left
        anchors.right: spin.left
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        wrapMode: Text.WordWrap
    }
    SpinBox {
        id: spin

        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        editable: true
        Accessible.name: root.accessibleName
        onValueModified: root.valueModified(value)
    }
}
