// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// What it takes to get back into one account, kept in the vault with it: the backup codes
// (pasted in, marked used, hidden until asked for), the official login address (opened from here,
// never from an email), which recovery email and phone the service has, and when the user last
// confirmed all that is still right.
Page {
    id: root

    required property string accountId

    property bool codesRevealed: false
    property string codeError
    property string detailsError
    readonly property var details: {
        RecoveryController.revision; // re-read after every save, and emptied by a lock
        return RecoveryController.details(accountId);
    }
    readonly property bool edited: loginField.text.trim() !== (details.loginUrl || "") || emailField.text.trim() !== (details.email || "") || phoneField.text.trim() !== (details.phone || "")

    function resetFields() {
        loginField.text = details.loginUrl || "";
        emailField.text = details.email || "";
        phoneField.text = details.phone || "";
        detailsError = "";
    }
    function saveDetails() {
        detailsError = RecoveryController.saveDetails(accountId, loginField.text, emailField.text, phoneField.text);
    }
    function addCodes() {
        codeError = RecoveryController.addBackupCodes(accountId, pasteArea.text);
        if (codeError.length === 0)
            pasteArea.clear();
    }
    function close() {
        codesRevealed = false;
        if (StackView.view && StackView.view.currentItem === root)
            StackView.view.pop(StackView.Immediate);
    }

    objectName: "recoveryDetailsPage"
    title: qsTr("Recovery details")
    Accessible.name: qsTr("Recovery details of %1").arg(details.label || "")
    Component.onCompleted: resetFields()
    // The codes are hidden again whenever the page is left.
    StackView.onDeactivating: codesRevealed = false
    Component.onDestruction: pasteArea.clear()
    onDetailsChanged: {
        if (details.label === undefined) {
            close(); // the account was removed, or the vault locked
            return;
        }
        if (!edited)
            resetFields();
    }

    header: PageHeader {
        //: %1 is the account.
        title: qsTr("Recovery: %1").arg(root.details.label || "")
        onBackClicked: root.close()
    }

    Flickable {
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
                font.bold: true
                text: qsTr("Backup codes")
            }
            Label {
                objectName: "codeCount"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: root.details.warning ? Theme.danger : Theme.text
                text: {
                    const count = root.details.codeCount || 0;
                    if (count === 0)
                        return qsTr("No backup codes saved. Services that offer them show them once, when two-step login is turned on, or in their security settings: paste them below.");
                    const left = qsTr("%1 of %n code(s) left.", "", count).arg(root.details.remaining);
                    if (root.details.remaining === 0)
                        return qsTr("%1 Every code is used: get new ones from the service's security settings.").arg(left);
                    if (root.details.warning)
                        return qsTr("%1 Get new ones from the service's security settings before they run out.").arg(left);
                    return left;
                }
            }
            Button {
                objectName: "revealCodesButton"
                visible: (root.details.codeCount || 0) > 0
                text: root.codesRevealed ? qsTr("Hide codes") : qsTr("Show codes")
                Accessible.name: text
                onClicked: root.codesRevealed = !root.codesRevealed
            }
            BackupCodeList {
                objectName: "codeList"
                Layout.fillWidth: true
                codes: root.details.codes || []
                // Read again after every change while shown; dropped when hidden.
                revealedCodes: {
                    RecoveryController.revision;
                    return root.codesRevealed ? RecoveryController.backupCodes(root.accountId) : [];
                }
                onUsedToggled: (index, used) => RecoveryController.setBackupCodeUsed(root.accountId, index, used)
                onRemoveRequested: index => RecoveryController.removeBackupCode(root.accountId, index)
            }
            TextArea {
                id: pasteArea

                objectName: "codePasteArea"
                Layout.fillWidth: true
                Layout.minimumHeight: 64
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                placeholderText: qsTr("Paste backup codes here, one per line")
                Accessible.name: qsTr("Backup codes to add")
                // The Basic style draws no frame around a TextArea: without one it looks like text.
                background: Rectangle {
                    color: Theme.system.base
                    border.width: pasteArea.activeFocus ? 2 : 1
                    border.color: pasteArea.activeFocus ? Theme.accent : Theme.system.mid
                }
            }
            Label {
                objectName: "codeError"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                visible: root.codeError.length > 0
                color: Theme.danger
                text: root.codeError
            }
            Button {
                objectName: "addCodesButton"
                enabled: pasteArea.text.trim().length > 0
                text: qsTr("Add codes")
                Accessible.name: qsTr("Add the pasted backup codes")
                onClicked: root.addCodes()
            }

            MenuSeparator {
                Layout.fillWidth: true
            }

            Label {
                font.bold: true
                text: qsTr("Official login page")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: qsTr("Sign in from here or by typing the address yourself, never from a link in an email or a message.")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                TextField {
                    id: loginField

                    objectName: "loginUrlField"
                    Layout.fillWidth: true
                    selectByMouse: true
                    inputMethodHints: Qt.ImhUrlCharactersOnly
                    // The service's official address when Tessera knows it, as an example.
                    placeholderText: RecoveryController.officialUrl(RecoveryController.serviceFor(root.accountId), "login") || "https://login.example.com"
                    Accessible.name: qsTr("Official login address")
                }
                Button {
                    objectName: "openLoginUrlButton"
                    enabled: (root.details.loginUrl || "").length > 0 && !root.edited
                    text: qsTr("Open")
                    Accessible.name: qsTr("Open the saved login page")
                    onClicked: RecoveryController.openSavedLoginUrl(root.accountId)
                }
            }

            Label {
                Layout.topMargin: Theme.spacing
                font.bold: true
                text: qsTr("Recovery email and phone")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: qsTr("Which email address and phone number the service sends recovery codes to. If they are old, update them on the service too.")
            }
            TextField {
                id: emailField

                objectName: "recoveryEmailField"
                Layout.fillWidth: true
                selectByMouse: true
                inputMethodHints: Qt.ImhEmailCharactersOnly
                placeholderText: qsTr("Recovery email")
                Accessible.name: placeholderText
            }
            TextField {
                id: phoneField

                objectName: "recoveryPhoneField"
                Layout.fillWidth: true
                selectByMouse: true
                inputMethodHints: Qt.ImhDialableCharactersOnly
                placeholderText: qsTr("Recovery phone")
                Accessible.name: placeholderText
            }
            Label {
                objectName: "detailsError"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                visible: root.detailsError.length > 0
                color: Theme.danger
                text: root.detailsError
            }
            RowLayout {
                spacing: Theme.spacing

                Button {
                    objectName: "saveDetailsButton"
                    highlighted: true
                    enabled: root.edited
                    text: qsTr("Save")
                    Accessible.name: qsTr("Save the login page and recovery contacts")
                    onClicked: root.saveDetails()
                }
                Button {
                    flat: true
                    enabled: root.edited
                    text: qsTr("Undo changes")
                    Accessible.name: text
                    onClicked: root.resetFields()
                }
            }

            MenuSeparator {
                Layout.fillWidth: true
            }

            Label {
                objectName: "confirmedText"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: (root.details.confirmedAt || "").length > 0 ? qsTr("You last confirmed these details on %1.").arg(new Date(root.details.confirmedAt).toLocaleDateString(Qt.locale(), Locale.LongFormat)) : qsTr("You have not confirmed these details yet. Check them on the service's security settings page.")
            }
            Button {
                objectName: "confirmDetailsButton"
                enabled: !root.edited
                text: qsTr("These details are still right")
                Accessible.name: text
                onClicked: RecoveryController.confirmDetails(root.accountId)
            }
        }
    }
}
