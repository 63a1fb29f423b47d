// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The accounts screen with no account yet: every way to add the first one, one button each.
Page {
    id: root

    signal scanScreenRequested()
    signal openImageRequested()
    signal pasteRequested()
    signal manualEntryRequested()
    signal importRequested()

    Accessible.name: qsTr("No accounts yet")
    background: null

    Flickable {
        anchors.fill: parent
        contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.margin)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column

            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.margin, 340)
            spacing: Theme.spacing * 1.5

            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Add your first account")
                font.pixelSize: 22
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                //: Shown on the empty accounts screen.
                text: qsTr("When a site shows a QR code for two-step verification, put it on screen and scan it, or use any of the other ways below.")
            }
            Button {
                objectName: "scanScreenButton"
                Layout.fillWidth: true
                highlighted: true
                text: qsTr("Scan QR code on screen")
                Accessible.name: text
                onClicked: root.scanScreenRequested()
            }
            Button {
                objectName: "openImageButton"
                Layout.fillWidth: true
                text: qsTr("Open an image…")
                Accessible.name: qsTr("Open an image of a QR code")
                onClicked: root.openImageRequested()
            }
            Button {
                objectName: "pasteButton"
                Layout.fillWidth: true
                //: Pastes a copied QR code picture or otpauth link.
                text: qsTr("Paste image or link")
                Accessible.name: text
                onClicked: root.pasteRequested()
            }
            Button {
                objectName: "manualButton"
                Layout.fillWidth: true
                text: qsTr("Enter a setup key…")
                Accessible.name: qsTr("Enter a setup key by hand")
                onClicked: root.manualEntryRequested()
            }
            Button {
                objectName: "importButton"
                Layout.fillWidth: true
                flat: true
                text: qsTr("Import from another app…")
                Accessible.name: text
                onClicked: root.importRequested()
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: qsTr("You can also drop an image or a link onto this window.")
            }
        }
    }
}
