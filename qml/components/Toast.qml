// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A short message at the bottom of the window ("Code copied — clears in 20 s"), with an optional
// action (Undo). It never takes focus, and it goes away by itself: no animation, just a timer.
Popup {
    id: root

    property string message
    property string actionText
    property var action: null
    property int shownSeconds: 4

    // Shows `message`; `actionText` and `action` (a function) add a button, e.g. Undo.
    function show(message, actionText, action) {
        root.message = message;
        root.actionText = actionText || "";
        root.action = action || null;
        hideTimer.interval = (root.actionText !== "" ? 8 : root.shownSeconds) * 1000;
        hideTimer.restart();
        open();
    }

    parent: Overlay.overlay
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? parent.height - height - Theme.margin * 2 : 0
    width: parent ? Math.min(parent.width - Theme.margin * 2, implicitWidth) : implicitWidth
    modal: false
    focus: false
    closePolicy: Popup.NoAutoClose
    padding: Theme.spacing
    leftPadding: Theme.margin
    enter: null
    exit: null

    background: Rectangle {
        color: Theme.toastBackground
        radius: 6
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        Accessible.role: Accessible.AlertMessage
        Accessible.name: root.message

        Label {
            objectName: "toastMessage"
            Layout.fillWidth: true
            text: root.message
            color: Theme.toastText
            wrapMode: Text.WordWrap
        }
        Button {
            objectName: "toastAction"
            visible: root.actionText !== ""
            text: root.actionText
            flat: true
            palette.buttonText: Theme.toastText
            Accessible.name: text
            onClicked: {
                const action = root.action;
                root.close();
                if (action)
                    action();
            }
        }
    }

    Timer {
        id: hideTimer

        onTriggered: root.close()
    }
}
