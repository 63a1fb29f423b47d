// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// The import wizard: choose files → (their password) → preview (new / duplicate / conflict /
// invalid and why, a choice per conflict) → Import, one save → result. Nothing changes in the
// vault before Import; leaving the page forgets the files and their secrets.
Page {
    id: root

    objectName: "importPage"

    property var files: []
    property int imported: -1 // after Import: how many accounts were added

    // Wrapped labels get their width up front, so their height is right at the first layout pass.
    readonly property real textWidth: width - 2 * Theme.margin
    readonly property string step: imported >= 0 ? "result" : ImportController.needsPassword ? "password" : ImportController.hasPreview ? "preview" : "choose"

    function close() {
        if (StackView.view && StackView.view.currentItem === root)
            StackView.view.pop(StackView.Immediate);
    }
    function openPassword() {
        const password = passwordField.text;
        passwordField.clear();
        ImportController.readFiles(root.files, password);
    }

    title: qsTr("Import accounts")
    Accessible.name: title
    Component.onDestruction: ImportController.reset()

    Connections {
        target: ImportController

        function onApplied(added) {
            root.imported = added;
        }
        function onPasswordChanged() {
            if (ImportController.needsPassword)
                passwordField.focusField();
        }
    }

    FileDialog {
        id: fileDialog

        title: qsTr("Choose the files to import")
        currentFolder: ApplicationInfo.documentsFolder
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Backups, exports and screenshots (*.json *.tessera *.2fas *.txt *.bin *.xml *.csv *.aes *.png *.jpg *.jpeg *.gif *.bmp *.webp)"), qsTr("All files (*)")]
        onAccepted: {
            root.imported = -1;
            root.files = selectedFiles;
            ImportController.readFiles(root.files, "");
        }
    }

    header: PageHeader {
        title: root.title
        busy: root.visible && ImportController.busy
        busyText: qsTr("Reading the files")
        onBackClicked: root.close()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // Step 1: choose files.
        ColumnLayout {
            visible: root.step === "choose"
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: root.textWidth
                wrapMode: Text.WordWrap
                text: qsTr("Import accounts from a Tessera backup or from another authenticator's export: Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP, FreeOTP+, Proton Authenticator, Steam (maFile), a list of otpauth:// links, or screenshots of QR codes (a Google Authenticator transfer split over several pictures is read together). You will see what would be imported before anything changes.")
            }
            Button {
                objectName: "chooseFilesButton"
                text: qsTr("Choose files…")
                enabled: !ImportController.busy
                highlighted: true
                Accessible.name: qsTr("Choose the files to import")
                onClicked: fileDialog.open()
            }
        }

        // Step 2: the password of an encrypted file.
        ColumnLayout {
            visible: root.step === "password"
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: root.textWidth
                wrapMode: Text.WordWrap
                text: qsTr("%1 is encrypted. Enter the password it was saved with.").arg(ImportController.passwordFile)
            }
            PasswordField {
                id: passwordField

                Layout.fillWidth: true
                accessibleName: qsTr("Password of the file to import")
                enabled: !ImportController.busy
                onAccepted: root.openPassword()
            }
            Label {
                Layout.fillWidth: true
                visible: ImportController.passwordError.length > 0
                wrapMode: Text.WordWrap
                color: Theme.danger
                text: ImportController.passwordError
            }
            RowLayout {
                spacing: Theme.spacing

                Button {
                    objectName: "openEncryptedButton"
                    text: qsTr("Open")
                    highlighted: true
                    enabled: !ImportController.busy && passwordField.text.length > 0
                    Accessible.name: qsTr("Open the encrypted file")
                    onClicked: root.openPassword()
                }
                Button {
                    text: qsTr("Choose other files")
                    enabled: !ImportController.busy
                    Accessible.name: text
                    onClicked: {
                        ImportController.reset();
                        fileDialog.open();
                    }
                }
            }
        }

        // Step 3: the preview.
        ColumnLayout {
            visible: root.step === "preview"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Label {
                objectName: "importSummary"
                Layout.fillWidth: true
                Layout.preferredWidth: root.textWidth
                wrapMode: Text.WordWrap
                font.bold: true
                text: qsTr("%1 new, %2 already in the vault, %3 with the same name as a vault account, %4 that cannot be imported.")
                    .arg(ImportController.newCount).arg(ImportController.duplicateCount)
                    .arg(ImportController.conflictCount).arg(ImportController.invalidCount)
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: root.textWidth
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                visible: ImportController.formats.length > 0
                text: qsTr("Read as: %1").arg(ImportController.formats.join(", "))
            }
            Repeater {
                model: ImportController.warnings

                Label {
                    required property string modelData

                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.warning
                    text: modelData
                }
            }
            ListView {
                id: entries

                objectName: "importPreviewList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: ImportController.previewModel
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                Accessible.name: qsTr("Accounts in the files")
                ScrollBar.vertical: ScrollBar {}

                delegate: ImportEntryDelegate {
                    onResolutionChosen: (row, resolution) => ImportController.setResolution(row, resolution)
                }
            }
            Label {
                Layout.fillWidth: true
                visible: ImportController.lastError.length > 0
                wrapMode: Text.WordWrap
                color: Theme.danger
                text: ImportController.lastError
            }
            RowLayout {
                spacing: Theme.spacing

                Button {
                    objectName: "importButton"
                    highlighted: true
                    enabled: !ImportController.busy
                    text: ImportController.toImportCount > 0 ? qsTr("Import %n account(s)", "", ImportController.toImportCount) : qsTr("Nothing to import")
                    Accessible.name: text
                    onClicked: ImportController.apply()
                }
                Button {
                    text: qsTr("Cancel")
                    enabled: !ImportController.busy
                    Accessible.name: qsTr("Cancel the import")
                    onClicked: root.close()
                }
            }
        }

        // Step 4: the result.
        ColumnLayout {
            visible: root.step === "result"
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                objectName: "importResult"
                Layout.fillWidth: true
                Layout.preferredWidth: root.textWidth
                wrapMode: Text.WordWrap
                font.bold: true
                text: root.imported > 0 ? qsTr("Imported %n account(s).", "", root.imported) : qsTr("Nothing new to import; the vault was not changed.")
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: root.textWidth
                wrapMode: Text.WordWrap
                visible: root.imported > 0
                text: qsTr("If the files you imported are not encrypted, delete them now: anyone who reads them can make your codes.")
            }
            RowLayout {
                spacing: Theme.spacing

                Button {
                    text: qsTr("Done")
                    highlighted: true
                    Accessible.name: qsTr("Back to the accounts")
                    onClicked: root.close()
                }
                Button {
                    text: qsTr("Import more")
                    Accessible.name: qsTr("Import more files")
                    onClicked: {
                        root.imported = -1;
                        fileDialog.open();
                    }
                }
            }
        }

        // Read errors (damaged or unknown files) before a preview.
        Label {
            Layout.fillWidth: true
            visible: root.step === "choose" && ImportController.lastError.length > 0
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: ImportController.lastError
        }
        Item {
            visible: root.step !== "preview"
            Layout.fillHeight: true
        }
    }
}
