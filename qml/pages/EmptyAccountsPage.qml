// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend

Page {
    id: root

    Accessible.name: qsTr("Accounts")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 320)
        spacing: 12

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: ApplicationInfo.name
            font.pixelSize: 28
            font.bold: true
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("No accounts yet.")
            font.pixelSize: 18
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            opacity: 0.7
            //: Shown on the empty accounts screen of the first version.
            text: qsTr("Your login codes will appear here once you add an account.")
            Accessible.name: text
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            opacity: 0.5
            text: qsTr("Version %1").arg(ApplicationInfo.version)
            Accessible.name: text
        }
    }
}
