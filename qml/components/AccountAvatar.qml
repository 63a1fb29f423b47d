// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Tessera.Ui

// The issuer's brand icon when there is one, otherwise its initials on a coloured circle.
Item {
    id: root

    property string initials
    property color avatarColor: "#607d8b"
    property string iconSource
    // True while the brand icon is shown (the initials are the fallback while it loads or fails).
    readonly property bool showsIcon: icon.status === Image.Ready

    implicitWidth: Theme.avatarSize
    implicitHeight: Theme.avatarSize

    Accessible.role: Accessible.Graphic
    Accessible.ignored: true

    Rectangle {
        id: circle

        anchors.fill: parent
        radius: width / 2
        color: root.avatarColor
        visible: !root.showsIcon

        Text {
            id: initialsText

            objectName: "initials"
            anchors.centerIn: parent
            text: root.initials
            color: Theme.textOn(root.avatarColor)
            font.pixelSize: Math.round(parent.height * 0.4)
            font.bold: true
        }
    }

    // The brand icons are black shapes: on a dark window they sit on a light tile.
    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: "#f2f2f2"
        visible: root.showsIcon && Theme.dark
    }

    Image {
        id: icon

        objectName: "icon"
        anchors.fill: parent
        anchors.margins: Theme.dark ? Math.round(parent.width * 0.18) : 0
        source: root.iconSource
        sourceSize.width: width
        sourceSize.height: height
        fillMode: Image.PreserveAspectFit
        asynchronous: false
        visible: root.showsIcon
    }
}
