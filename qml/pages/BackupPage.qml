// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// Backups and exports: an encrypted Tessera backup, automatic backups to a folder, moving the
// accounts to a phone (Google Authenticator transfer codes), an Aegis file, the emergency kit,
// and — behind a warning — unencrypted exports.
Page {
    id: root

    objectName: "backupPage"

    property string message
    property bool messageIsError: false
    // Google Authenticator transfer codes being shown (they carry the secrets).
    property var googleCodes: []
    property int googleIndex: 0

    function close() {
        if (StackView.view && StackView.view.currentItem === root)
            StackView.view.pop(StackView.Immediate);
    }
    function save(purpose) {
        saveDialog.purpose = purpose;
        // A dated name in Documents: nothing to type, and Qt Quick's own dialog (no desktop
        // theme) accepts it even in an empty folder, where it offered no file to confirm.
        const date = new Date().toISOString().slice(0, 10);
        const names = {
            "tessera": "tessera-backup-" + date + ".tessera",
            "kit": "tessera-emergency-kit-" + date + ".pdf",
            "uris": "tessera-accounts-" + date + ".txt"
        };
        const name = names[purpose] || "tessera-aegis-" + date + ".json";
        saveDialog.selectedFile = ApplicationInfo.documentsFolder + "/" + name;
        saveDialog.open();
    }
    function hideGoogleCodes() {
        googleCodes = [];
        googleIndex = 0;
    }
    function formatTime(time) {
        return time && !isNaN(time) ? time.toLocaleString(Qt.locale(), Locale.ShortFormat) : "";
    }

    title: qsTr("Backups and export")
    Accessible.name: title
    Component.onDestruction: hideGoogleCodes()

    Connections {
        target: BackupController

        function onDone(message) {
            root.message = message;
            root.messageIsError = false;
        }
        function onFailed(message) {
            root.message = message;
            root.messageIsError = true;
        }
    }

    FileDialog {
        id: saveDialog

        property string purpose

        fileMode: FileDialog.SaveFile
        currentFolder: ApplicationInfo.documentsFolder
        title: qsTr("Save as")
        defaultSuffix: purpose === "tessera" ? "tessera" : purpose === "kit" ? "pdf" : purpose === "uris" ? "txt" : "json"
        onAccepted: {
            root.message = "";
            switch (purpose) {
            case "tessera":
                BackupController.exportTesseraBackup(selectedFile, manualForm.password);
                manualForm.clear();
                break;
            case "aegis":
                BackupController.exportAegis(selectedFile, aegisForm.password);
                aegisForm.clear();
                break;
            case "kit":
                BackupController.exportEmergencyKit(selectedFile);
                break;
            default:
                BackupController.exportPlain(selectedFile, purpose);
                break;
            }
        }
    }
    FolderDialog {
        id: folderDialog

        currentFolder: ApplicationInfo.documentsFolder
        title: qsTr("Folder for automatic backups")
        onAccepted: {
            root.message = "";
            BackupController.enableAutomatic(selectedFolder, automaticForm.password);
            automaticForm.clear();
        }
    }
    Dialog {
        id: plainWarning

        property string format: "aegis-plain"

        title: qsTr("Export without encryption?")
        modal: true
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        standardButtons: Dialog.Cancel | Dialog.Ok
        onAccepted: root.save(format)

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("The file will hold every secret in clear: anyone who reads it — another program, a cloud folder, someone with your USB stick — can make your codes. Use it only to move to an app that cannot read an encrypted file, then delete it.")
            }
            RadioButton {
                checked: plainWarning.format === "aegis-plain"
                text: qsTr("Aegis file, unencrypted (JSON)")
                Accessible.name: text
                onToggled: plainWarning.format = "aegis-plain"
            }
            RadioButton {
                checked: plainWarning.format === "uris"
                text: qsTr("List of otpauth:// links (text)")
                Accessible.name: text
                onToggled: plainWarning.format = "uris"
            }
        }
    }
    Dialog {
        id: googleConfirm

        title: qsTr("Show the transfer codes?")
        modal: true
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        standardButtons: Dialog.Cancel | Dialog.Ok
        onAccepted: {
            root.googleCodes = BackupController.googleExportCodes();
            root.googleIndex = 0;
        }

        ColumnLayout {
            anchors.fill: parent

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("The QR codes hold your secrets. Make sure nobody can see your screen or record it, then scan them with Google Authenticator (Transfer accounts → Import accounts).")
            }
        }
    }

    header: PageHeader {
        title: root.title
        busy: root.visible && BackupController.busy
        busyText: qsTr("Working")
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
                objectName: "backupMessage"
                Layout.fillWidth: true
                visible: root.message.length > 0
                wrapMode: Text.WordWrap
                color: root.messageIsError ? Theme.danger : Theme.success
                text: root.message
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            // Encrypted backup.
            Label {
                text: qsTr("Encrypted backup")
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("A file with all your accounts, locked with a password of its own. Keep it somewhere other than this computer; Tessera (Import) opens it on any computer with that password.")
            }
            BackupPasswordForm {
                id: manualForm

                Layout.fillWidth: true
                purpose: qsTr("Backup password")
            }
            Button {
                objectName: "saveBackupButton"
                text: qsTr("Save backup…")
                enabled: manualForm.acceptable && !BackupController.busy
                Accessible.name: qsTr("Save an encrypted backup")
                onClicked: root.save("tessera")
            }

            MenuSeparator { Layout.fillWidth: true }

            // Automatic backups.
            Label {
                text: qsTr("Automatic backups")
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "automaticStatus"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: {
                    if (!BackupController.automaticEnabled)
                        return qsTr("Off. When on, Tessera writes an encrypted backup to a folder of your choice after every change and keeps the last ten.");
                    const last = BackupController.lastBackupTime;
                    const lastText = last && !isNaN(last) ? qsTr("Last backup: %1.").arg(root.formatTime(last)) : qsTr("No backup written yet.");
                    return qsTr("On, into %1.").arg(BackupController.automaticFolder) + " " + lastText;
                }
            }
            Label {
                Layout.fillWidth: true
                visible: BackupController.automaticEnabled && BackupController.hasUnbackedChanges
                wrapMode: Text.WordWrap
                color: Theme.warning
                text: qsTr("Changes not yet backed up.")
            }
            RowLayout {
                visible: BackupController.automaticEnabled
                spacing: Theme.spacing

                Button {
                    text: qsTr("Back up now")
                    enabled: !BackupController.busy
                    Accessible.name: text
                    onClicked: BackupController.backUpNow()
                }
                Button {
                    text: qsTr("Turn off")
                    enabled: !BackupController.busy
                    Accessible.name: qsTr("Turn automatic backups off")
                    onClicked: BackupController.disableAutomatic()
                }
            }
            BackupPasswordForm {
                id: automaticForm

                Layout.fillWidth: true
                visible: !BackupController.automaticEnabled
                purpose: qsTr("Password for the automatic backups")
            }
            Button {
                visible: !BackupController.automaticEnabled
                text: qsTr("Choose folder and turn on…")
                enabled: automaticForm.acceptable && !BackupController.busy
                Accessible.name: qsTr("Choose a folder and turn automatic backups on")
                onClicked: folderDialog.open()
            }

            MenuSeparator { Layout.fillWidth: true }

            // Moving to a phone.
            Label {
                text: qsTr("Move to a phone")
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Google Authenticator reads its own transfer QR codes, up to ten accounts each.")
            }
            Button {
                objectName: "showGoogleCodesButton"
                visible: root.googleCodes.length === 0
                text: qsTr("Show transfer QR codes…")
                enabled: VaultController.accountCount > 0
                Accessible.name: qsTr("Show Google Authenticator transfer QR codes")
                onClicked: googleConfirm.open()
            }
            ColumnLayout {
                visible: root.googleCodes.length > 0
                Layout.fillWidth: true
                spacing: Theme.spacing

                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.min(column.width, 320)
                    Layout.preferredHeight: Layout.preferredWidth
                    color: "white"

                    QrCodeItem {
                        objectName: "googleQrCode"
                        anchors.fill: parent
                        anchors.margins: 12
                        text: root.googleCodes.length > 0 ? root.googleCodes[root.googleIndex] : ""
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Transfer QR code %1 of %2").arg(root.googleIndex + 1).arg(root.googleCodes.length)
                    }
                }
                Label {
                    objectName: "googlePosition"
                    Layout.alignment: Qt.AlignHCenter
                    //: Position in the sequence of transfer QR codes, e.g. "1 of 3".
                    text: qsTr("%1 of %2").arg(root.googleIndex + 1).arg(root.googleCodes.length)
                    font.bold: true
                }
                RowLayout {
                    Layout.alignment: Qt.AlignHCenter
                    spacing: Theme.spacing

                    Button {
                        text: qsTr("Previous")
                        enabled: root.googleIndex > 0
                        Accessible.name: qsTr("Previous QR code")
                        onClicked: root.googleIndex -= 1
                    }
                    Button {
                        text: qsTr("Next")
                        enabled: root.googleIndex + 1 < root.googleCodes.length
                        Accessible.name: qsTr("Next QR code")
                        onClicked: root.googleIndex += 1
                    }
                    Button {
                        text: qsTr("Hide")
                        highlighted: true
                        Accessible.name: qsTr("Hide the QR codes")
                        onClicked: root.hideGoogleCodes()
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: BackupController.skippedForGoogle.length > 0
                    wrapMode: Text.WordWrap
                    text: qsTr("Not included (Google Authenticator cannot hold them):")
                }
                Repeater {
                    model: root.googleCodes.length > 0 ? BackupController.skippedForGoogle : []

                    Label {
                        required property string modelData

                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.warning
                        text: "• " + modelData
                    }
                }
            }

            MenuSeparator { Layout.fillWidth: true }

            // Aegis.
            Label {
                text: qsTr("Aegis file")
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("An encrypted vault file that Aegis (Android) imports, with groups, notes and favourites.")
            }
            BackupPasswordForm {
                id: aegisForm

                Layout.fillWidth: true
                purpose: qsTr("Password for the Aegis file")
            }
            Button {
                text: qsTr("Save Aegis file…")
                enabled: aegisForm.acceptable && !BackupController.busy
                Accessible.name: qsTr("Save an encrypted Aegis file")
                onClicked: root.save("aegis")
            }

            MenuSeparator { Layout.fillWidth: true }

            // Emergency kit.
            Label {
                text: qsTr("Emergency kit")
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("A PDF to print: every account's QR code and setup key, so you can set them up again from paper. It is not encrypted — print it, keep the paper somewhere safe and delete the file.")
            }
            Button {
                text: qsTr("Save emergency kit…")
                enabled: !BackupController.busy && VaultController.accountCount > 0
                Accessible.name: qsTr("Save the emergency kit PDF")
                onClicked: root.save("kit")
            }

            MenuSeparator { Layout.fillWidth: true }

            // Unencrypted exports.
            Label {
                text: qsTr("Unencrypted export")
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Button {
                objectName: "plainExportButton"
                text: qsTr("Export without encryption…")
                enabled: !BackupController.busy && VaultController.accountCount > 0
                Accessible.name: qsTr("Export without encryption")
                onClicked: plainWarning.open()
            }
        }
    }
}
