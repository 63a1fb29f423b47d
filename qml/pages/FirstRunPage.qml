// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// First run: what the system keychain can do for the vault, in plain words, and the offer of a
// recovery password (required when there is no keychain). Creating the vault unlocks it; the
// empty accounts screen then offers to add the first account.
Page {
    id: root

    readonly property bool keychain: VaultController.keychainAvailable
    readonly property bool wantsPassword: !keychain || recoverySwitch.checked
    readonly property bool passwordAcceptable: !wantsPassword || (strength.score >= 2 && passwordField.text === confirmField.text)

    function create() {
        if (!passwordAcceptable || VaultController.busy)
            return;
        const password = wantsPassword ? passwordField.text : "";
        VaultController.createVault(keychain, password);
    }

    Accessible.name: qsTr("Welcome to Tessera")

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            x: Math.max(Theme.margin, (parent.width - width) / 2)
            y: Theme.margin
            width: Math.min(parent.width - 2 * Theme.margin, 400)
            spacing: Theme.spacing * 1.5

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Welcome to Tessera")
                font.pixelSize: 24
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Tessera keeps your two-step verification codes in an encrypted vault on this computer.")
            }

            Frame {
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    Label {
                        objectName: "keychainHeading"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.bold: true
                        color: root.keychain ? Theme.success : Theme.warning
                        text: root.keychain ? qsTr("Your system keychain works") : qsTr("No working system keychain was found")
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: root.keychain ? qsTr("Tessera will keep the vault's key in it, so the vault opens by itself when you are logged in, and stays closed for anyone who copies the file.") : qsTr("Tessera will protect the vault with a password instead. You will type it each time Tessera opens. Choose one you will remember: without it, the codes cannot be recovered.")
                    }
                    Label {
                        objectName: "keychainDiagnosis"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        visible: text !== ""
                        color: Theme.mutedText
                        //: %1 is what the keychain check found, in a sentence.
                        text: VaultController.keychainDiagnosis !== "" ? qsTr("What was found: %1").arg(VaultController.keychainDiagnosis) : ""
                    }
                }
            }

            Switch {
                id: recoverySwitch

                objectName: "recoverySwitch"
                Layout.fillWidth: true
                visible: root.keychain
                checked: true
                text: qsTr("Also set a recovery password (recommended)")
                Accessible.name: qsTr("Also set a recovery password")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                visible: root.keychain
                color: Theme.mutedText
                text: recoverySwitch.checked ? qsTr("If the keychain is ever lost (a new computer, a reinstalled system), the recovery password still opens your vault and its backups.") : qsTr("Without a recovery password, losing the keychain means losing access to the vault. You can set one later in Settings.")
            }

            ColumnLayout {
                Layout.fillWidth: true
                visible: root.wantsPassword
                spacing: Theme.spacing

                Label {
                    text: root.keychain ? qsTr("Recovery password") : qsTr("Password")
                }
                PasswordField {
                    id: passwordField

                    objectName: "passwordField"
                    Layout.fillWidth: true
                    accessibleName: root.keychain ? qsTr("Recovery password") : qsTr("Password")
                    onAccepted: confirmField.focusField()
                }
                PasswordStrength {
                    id: strength

                    Layout.fillWidth: true
                    password: passwordField.text
                }
                Label {
                    text: qsTr("Type it again")
                }
                PasswordField {
                    id: confirmField

                    objectName: "confirmField"
                    Layout.fillWidth: true
                    accessibleName: qsTr("Repeat the password")
                    onAccepted: root.create()
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    visible: confirmField.text !== "" && confirmField.text !== passwordField.text
                    color: Theme.danger
                    text: qsTr("The two passwords differ.")
                    Accessible.name: text
                }
            }

            Button {
                objectName: "createButton"
                Layout.fillWidth: true
                highlighted: true
                enabled: root.passwordAcceptable && !VaultController.busy
                text: qsTr("Create my vault")
                Accessible.name: text
                onClicked: root.create()
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: VaultController.busy
                running: root.visible && VaultController.busy
                Accessible.name: qsTr("Creating the vault")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                visible: text !== ""
                color: Theme.danger
                text: VaultController.lastError
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                font.pixelSize: 11
                text: qsTr("Vault file: %1").arg(VaultController.vaultPath)
            }
        }
    }
}
