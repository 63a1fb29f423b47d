// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// Settings: clipboard, locking, display, language, recovery password, about.
Page {
    id: root

    // Opened to set the recovery password (the readiness view's fix): scrolled there, field focused.
    property bool showRecoveryPassword: false

    signal aboutRequested()

    function close() {
        if (StackView.view && StackView.view.currentItem === root)
            StackView.view.pop(StackView.Immediate);
    }
    function setPassword() {
        if (strength.score < 2 || passwordField.text !== confirmField.text)
            return;
        const password = passwordField.text;
        passwordField.clear();
        confirmField.clear();
        VaultController.setRecoveryPassword(password);
    }

    title: qsTr("Settings")
    Accessible.name: title
    Component.onCompleted: {
        if (showRecoveryPassword)
            Qt.callLater(() => {
                settingsFlick.contentY = Math.max(0, Math.min(column.y + recoveryHeading.y - Theme.spacing, settingsFlick.contentHeight - settingsFlick.height));
                passwordField.focusField();
            });
    }

    header: PageHeader {
        title: root.title
        onBackClicked: root.close()
    }

    Flickable {
        id: settingsFlick

        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            Label {
                text: qsTr("Security")
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            LabeledSpinBox {
                objectName: "clipboardSpin"
                Layout.fillWidth: true
                //: Setting: seconds after which a copied code is removed from the clipboard.
                text: qsTr("Clear copied codes after (seconds)")
                from: 5
                to: 300
                stepSize: 5
                value: Preferences.clipboardClearSeconds
                accessibleName: qsTr("Clear copied codes after this many seconds")
                onValueModified: (seconds) => Preferences.clipboardClearSeconds = seconds
            }
            LabeledSpinBox {
                objectName: "autoLockSpin"
                Layout.fillWidth: true
                //: Setting: minutes without use before Tessera locks; 0 means never.
                text: qsTr("Lock when idle for (minutes, 0 = never)")
                from: 0
                to: 240
                value: Preferences.autoLockMinutes
                accessibleName: qsTr("Lock when idle for this many minutes")
                onValueModified: (minutes) => Preferences.autoLockMinutes = minutes
            }
            Switch {
                objectName: "screenLockSwitch"
                Layout.fillWidth: true
                text: qsTr("Lock when the screen locks or the computer sleeps")
                checked: Preferences.lockOnScreenLock
                Accessible.name: text
                onToggled: Preferences.lockOnScreenLock = checked
            }
            Switch {
                objectName: "hideCodesSwitch"
                Layout.fillWidth: true
                text: qsTr("Hide codes until I click Show")
                checked: Preferences.hideCodes
                Accessible.name: qsTr("Hide codes")
                onToggled: Preferences.hideCodes = checked
            }
            Switch {
                objectName: "closeToTraySwitch"
                Layout.fillWidth: true
                visible: TrayIcon.available
                text: qsTr("Keep running in the system tray when the window is closed")
                checked: Preferences.closeToTray
                Accessible.name: text
                onToggled: Preferences.closeToTray = checked
            }

            MenuSeparator {
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Language")
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            ComboBox {
                id: languageBox

                objectName: "languageBox"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                // Language names are written in their own language, so nobody needs to read a
                // foreign one to find theirs.
                model: [
                    { value: "", text: qsTr("System language") },
                    { value: "en", text: "English" },
                    { value: "es", text: "Español" },
                    { value: "ru", text: "Русский" },
                    { value: "pt_BR", text: "Português (Brasil)" },
                    { value: "fr", text: "Français" }
                ]
                Accessible.name: qsTr("Language")
                Component.onCompleted: currentIndex = Math.max(0, indexOfValue(Preferences.language))
                onActivated: Preferences.language = currentValue
            }

            MenuSeparator {
                Layout.fillWidth: true
            }
            Label {
                id: recoveryHeading

                text: qsTr("Recovery password")
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Label {
                objectName: "recoveryStatus"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: VaultController.hasPasswordSlot ? Theme.mutedText : Theme.warning
                text: VaultController.hasPasswordSlot ? qsTr("A recovery password is set. It opens the vault when the system keychain cannot. Setting a new one replaces it.") : qsTr("No recovery password is set: if the system keychain is lost, so are your accounts. Set one now.")
            }
            PasswordField {
                id: passwordField

                objectName: "passwordField"
                Layout.fillWidth: true
                accessibleName: qsTr("New recovery password")
                placeholderText: qsTr("New recovery password")
                onAccepted: confirmField.focusField()
            }
            PasswordStrength {
                id: strength

                Layout.fillWidth: true
                password: passwordField.text
            }
            PasswordField {
                id: confirmField

                objectName: "confirmField"
                Layout.fillWidth: true
                accessibleName: qsTr("Repeat the new recovery password")
                placeholderText: qsTr("Type it again")
                onAccepted: root.setPassword()
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                visible: confirmField.text !== "" && confirmField.text !== passwordField.text
                color: Theme.danger
                text: qsTr("The two passwords differ.")
            }
            Button {
                objectName: "setPasswordButton"
                enabled: strength.score >= 2 && passwordField.text === confirmField.text && !VaultController.busy
                text: VaultController.hasPasswordSlot ? qsTr("Change recovery password") : qsTr("Set recovery password")
                Accessible.name: text
                onClicked: root.setPassword()
            }
            BusyIndicator {
                visible: VaultController.busy
                running: root.visible && VaultController.busy
                Accessible.name: qsTr("Saving")
            }

            MenuSeparator {
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("About")
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("%1 %2").arg(ApplicationInfo.name).arg(ApplicationInfo.version)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                color: Theme.mutedText
                text: qsTr("Vault file: %1").arg(VaultController.vaultPath)
            }
            Button {
                text: qsTr("About Tessera…")
                Accessible.name: qsTr("About Tessera")
                onClicked: root.aboutRequested()
            }
        }
    }
}
