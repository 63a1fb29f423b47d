// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Tessera.Ui

// The seconds left before the code changes. It is redrawn only when secondsRemaining
// changes (once a second, from the model's shared timer): no animation runs in between
// (STYLE.md rule 11), so an idle window draws one frame a second.
Item {
    id: root

    property int secondsRemaining: 0
    property int period: 30
    // Turns to the warning colour in the last seconds, when the next code is shown as well.
    property int warningSeconds: 5

    readonly property real fraction: period > 0 ? Math.max(0, Math.min(1, secondsRemaining / period)) : 0
    readonly property bool warning: secondsRemaining <= warningSeconds

    implicitWidth: 28
    implicitHeight: 28

    Accessible.role: Accessible.Indicator
    //: Accessible name of the countdown next to a code.
    Accessible.name: qsTr("%n second(s) left", "", secondsRemaining)

    // Plain rectangles only: a Canvas or a Shape reaches the screen one frame after it changes,
    // which made every second cost two frames (SECURITY.md P4 allows one). A circle with the
    // seconds in it, and under it a bar that shortens as the period runs out.
    Rectangle {
        anchors.fill: parent
        anchors.bottomMargin: 4
        anchors.leftMargin: 2
        anchors.rightMargin: 2
        radius: height / 2
        color: "transparent"
        border.width: 2
        border.color: root.warning ? Theme.danger : Theme.separator
    }
    Rectangle {
        objectName: "bar"
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        width: Math.round(parent.width * root.fraction)
        height: 3
        radius: 1
        color: root.warning ? Theme.danger : Theme.accent
    }

    Text {
        objectName: "seconds"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.verticalCenter: parent.verticalCenter
        anchors.verticalCenterOffset: -2
        text: root.secondsRemaining
        color: root.warning ? Theme.danger : Theme.mutedText
        font.pixelSize: Math.round(root.height * 0.38)
    }
}
