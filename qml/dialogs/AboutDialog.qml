// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

Dialog {
    id: root

    title: qsTr("About %1").arg(ApplicationInfo.name)
    modal: true
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 32, 380) : 380
    standardButtons: Dialog.Close

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing

        Label {
            text: qsTr("%1 %2").arg(ApplicationInfo.name).arg(ApplicationInfo.version)
            font.bold: true
            font.pixelSize: 18
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("A two-step verification code generator for the desktop. Your accounts stay in an encrypted vault on this computer.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            //: License notice in the About box.
            text: qsTr("Free software under the GNU General Public License, version 3 or later.")
        }
    }
}
