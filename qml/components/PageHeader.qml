// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The bar on top of every page pushed over the accounts list: back (Esc does the same), the
// page's title and, while the page works in the background, a busy indicator.
ToolBar {
    id: root

    property string title
    property bool busy: false
    // What the page is busy with, for screen readers.
    property string busyText

    signal backClicked()

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ToolButton {
            objectName: "backButton"
            text: "‹"
            font.pixelSize: 22
            Accessible.name: qsTr("Back")
            onClicked: root.backClicked()
        }
        Label {
            Layout.fillWidth: true
            text: root.title
            font.bold: true
            elide: Text.ElideRight
        }
        BusyIndicator {
            running: root.busy
            visible: running
            implicitHeight: 32
            implicitWidth: 32
            Accessible.name: root.busyText
        }
    }
}
