// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Tessera.Ui

// A ring that empties as the code's period runs out. It is redrawn only when secondsRemaining
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
    //: Accessible name of the countdown ring next to a code.
    Accessible.name: qsTr("%n second(s) left", "", secondsRemaining)

    onFractionChanged: ring.requestPaint()
    onWarningChanged: ring.requestPaint()

    Canvas {
        id: ring

        anchors.fill: parent
        renderStrategy: Canvas.Immediate
        onPaint: {
            const context = getContext("2d");
            context.reset();
            const lineWidth = 3;
            const radius = Math.min(width, height) / 2 - lineWidth;
            const centerX = width / 2;
            const centerY = height / 2;
            context.lineWidth = lineWidth;
            context.strokeStyle = Theme.separator;
            context.beginPath();
            context.arc(centerX, centerY, radius, 0, 2 * Math.PI);
            context.stroke();
            if (root.fraction > 0) {
                context.strokeStyle = root.warning ? Theme.danger : Theme.accent;
                context.beginPath();
                context.arc(centerX, centerY, radius, -Math.PI / 2, -Math.PI / 2 + 2 * Math.PI * root.fraction);
                context.stroke();
            }
        }
    }

    Text {
        objectName: "seconds"
        anchors.centerIn: parent
        text: root.secondsRemaining
        color: root.warning ? Theme.danger : Theme.mutedText
        font.pixelSize: Math.round(root.height * 0.38)
    }
}
