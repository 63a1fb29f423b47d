// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Tessera.Ui

// One step of a recovery checklist: a tick box, what to do, why and the tips, and at most one
// button that does part of it for the user (open the official page, make a password, …).
// The page decides what the button does; this only reports the click.
Pane {
    id: root

    required property int index
    required property string stepTitle
    required property string detail
    required property var tips
    required property string actionLabel
    required property bool done
    // The first step not done yet: where the user left off.
    property bool current: false
    // False when ticks cannot be kept (no account chosen): the box is then only for the moment.
    property bool savable: true

    signal doneToggled(int index, bool done)
    signal actionRequested(int index)

    padding: Theme.spacing * 1.5
    background: Rectangle {
        color: Theme.card
        radius: 6
        border.width: root.current ? 2 : 0
        border.color: Theme.accent
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Step %1: %2").arg(index + 1).arg(stepTitle)

    // Plain positioners, not layouts: wrapped texts that grow as the width settles are then always
    // stacked by their final height (a ColumnLayout here overlapped them in Qt 6.4).
    contentItem: Item {
        implicitHeight: Math.max(box.implicitHeight, texts.implicitHeight)

        CheckBox {
            id: box

            objectName: "stepDoneBox"
            checked: root.done
            Accessible.name: root.done ? qsTr("Step %1 is done; mark it not done").arg(root.index + 1) : qsTr("Mark step %1 done").arg(root.index + 1)
            onToggled: root.doneToggled(root.index, checked)
        }
        Column {
            id: texts

            x: box.width + Theme.spacing
            width: parent.width - x
            spacing: Theme.spacing / 2

            Label {
                objectName: "stepTitle"
                width: parent.width
                wrapMode: Text.WordWrap
                font.bold: true
                font.strikeout: root.done
                color: root.done ? Theme.mutedText : Theme.text
                //: %1 is the step's number, %2 what to do.
                text: qsTr("%1. %2").arg(root.index + 1).arg(root.stepTitle)
            }
            Label {
                objectName: "stepDetail"
                width: parent.width
                wrapMode: Text.WordWrap
                visible: root.detail.length > 0
                text: root.detail
                color: root.done ? Theme.mutedText : Theme.text
            }
            Repeater {
                objectName: "stepTips"
                model: root.tips

                Label {
                    required property string modelData

                    width: texts.width
                    wrapMode: Text.WordWrap
                    color: Theme.mutedText
                    //: A tip under a checklist step.
                    text: qsTr("Tip: %1").arg(modelData)
                }
            }
            Button {
                objectName: "stepActionButton"
                visible: root.actionLabel.length > 0
                text: root.actionLabel
                Accessible.name: text
                onClicked: root.actionRequested(root.index)
            }
        }
    }
}
