// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// Shown while the vault is locked: nothing of the accounts exists in the window then.
Page {
    id: root

    function unlockWithPassword() {
        if (passwordField.text === "" || VaultController.busy)
            return;
        const password = passwordField.text;
        passwordField.clear();
        VaultController.unlockWithPassword(password);
    }

    Accessible.name: qsTr("Tessera is locked")
    Component.onCompleted: {
        if (VaultController.hasPasswordSlot)
            passwordField.focusField();
    }

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
                text: qsTr("Tessera is locked")
                font.pixelSize: 22
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: VaultController.hasKeychainSlot && VaultController.hasPasswordSlot ? qsTr("Unlock with your system keychain or with your recovery password.") : (VaultController.hasKeychainSlot ? qsTr("Unlock with your system keychain.") : qsTr("Type your password to unlock."))
            }
            Button {
                objectName: "keychainButton"
                Layout.fillWidth: true
                visible: VaultController.hasKeychainSlot
                enabled: !VaultController.busy
                highlighted: true
                text: qsTr("Unlock with system keychain")
                Accessible.name: text
                onClicked: VaultController.unlockWithKeychain()
            }
            Label {
                visible: VaultController.hasPasswordSlot
                text: VaultController.hasKeychainSlot ? qsTr("Recovery password") : qsTr("Password")
            }
            PasswordField {
                id: passwordField

                objectName: "passwordField"
                Layout.fillWidth: true
                visible: VaultController.hasPasswordSlot
                enabled: !VaultController.busy
                accessibleName: qsTr("Password")
                onAccepted: root.unlockWithPassword()
            }
            Button {
                objectName: "unlockButton"
                Layout.fillWidth: true
                visible: VaultController.hasPasswordSlot
                enabled: passwordField.text !== "" && !VaultController.busy
                highlighted: !VaultController.hasKeychainSlot
                text: qsTr("Unlock with password")
                Accessible.name: text
                onClicked: root.unlockWithPassword()
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: VaultController.busy
                running: root.visible && VaultController.busy
                Accessible.name: qsTr("Unlocking")
            }
            Label {
                objectName: "errorLabel"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                visible: text !== ""
                color: Theme.danger
                text: VaultController.lastError
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                visible: !VaultController.hasKeychainSlot && !VaultController.hasPasswordSlot
                color: Theme.mutedText
                text: qsTr("This vault has no way to unlock it from here.")
            }
        }
    }
}
