// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// "If this computer died today": the readiness audit, account by account, each gap with a button
// that goes straight to its fix (a backup, the recovery password, the account's recovery details).
Page {
    id: root

    readonly property var report: {
        RecoveryController.revision; // re-read after every save
        BackupController.lastBackupTime; // and after every automatic backup
        VaultController.hasPasswordSlot; // and a recovery password set or changed
        return RecoveryController.readiness();
    }
    readonly property var accounts: report.accounts || []
    // What "Back up now" did, said here rather than on the backup screen the user did not open.
    property bool backingUp: false
    property string backupMessage
    property bool backupFailed: false

    function outcomeText(outcome) {
        switch (outcome) {
        case "backup":
            return qsTr("Comes back from your backup");
        case "service":
            return qsTr("Only through the service's recovery");
        default:
            return qsTr("Would be lost");
        }
    }
    function fixLabel(findingId) {
        switch (findingId) {
        case "no-backup-since-change":
            return BackupController.automaticEnabled ? qsTr("Back up now") : qsTr("Back up…");
        case "no-recovery-password":
            return qsTr("Set one…");
        case "no-backup-codes":
        case "few-backup-codes":
        case "all-backup-codes-used":
            return qsTr("Add codes…");
        case "no-recovery-contact":
        case "no-login-url":
            return qsTr("Add…");
        case "recovery-details-unconfirmed":
            return qsTr("Check…");
        default:
            return "";
        }
    }
    function fix(findingId, accountId) {
        switch (findingId) {
        case "no-backup-since-change":
            if (BackupController.automaticEnabled) {
                backingUp = true;
                backupMessage = "";
                BackupController.backUpNow();
            }
            else
                StackView.view.push(backupComponent, {}, StackView.Immediate);
            break;
        case "no-recovery-password":
            StackView.view.push(settingsComponent, { showRecoveryPassword: true }, StackView.Immediate);
            break;
        default:
            StackView.view.push(detailsComponent, { accountId: accountId }, StackView.Immediate);
            break;
        }
    }
    function close() {
        if (StackView.view && StackView.view.currentItem === root)
            StackView.view.pop(StackView.Immediate);
    }

    objectName: "readinessPage"

    Connections {
        target: BackupController
        enabled: root.backingUp

        function onDone(message) {
            root.backingUp = false;
            root.backupFailed = false;
            root.backupMessage = message;
        }
        function onFailed(message) {
            root.backingUp = false;
            root.backupFailed = true;
            root.backupMessage = message;
        }
    }
    title: qsTr("Recovery readiness")
    Accessible.name: title

    header: PageHeader {
        title: root.title
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
                objectName: "readinessSummary"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.bold: true
                text: root.report.summary || ""
            }
            Label {
                objectName: "lastBackupText"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: (root.report.lastBackup || "").length > 0 ? qsTr("Last backup or emergency kit: %1.").arg(new Date(root.report.lastBackup).toLocaleString(Qt.locale(), Locale.ShortFormat)) : qsTr("No backup or emergency kit has been made yet.")
            }
            Label {
                objectName: "backupMessage"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                visible: root.backupMessage.length > 0
                color: root.backupFailed ? Theme.danger : Theme.success
                text: root.backupMessage
            }
            Repeater {
                model: root.report.vaultFindings || []

                ReadinessFinding {
                    required property var modelData

                    objectName: "vaultFinding_" + modelData.id
                    Layout.fillWidth: true
                    findingId: modelData.id
                    severity: modelData.severity
                    text: modelData.text
                    fixLabel: root.fixLabel(modelData.id)
                    onFixRequested: id => root.fix(id, "")
                }
            }

            Repeater {
                model: root.accounts

                Pane {
                    id: accountPane

                    required property var modelData

                    objectName: "readiness_" + modelData.accountId
                    Layout.fillWidth: true
                    padding: Theme.spacing * 1.5
                    background: Rectangle {
                        color: Theme.card
                        radius: 6
                    }

                    ColumnLayout {
                        width: parent.width
                        spacing: Theme.spacing / 2

                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            font.bold: true
                            text: accountPane.modelData.label
                        }
                        Label {
                            objectName: "outcomeText"
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: accountPane.modelData.outcome === "backup" ? Theme.success : (accountPane.modelData.outcome === "service" ? Theme.warning : Theme.danger)
                            text: root.outcomeText(accountPane.modelData.outcome)
                        }
                        Repeater {
                            model: accountPane.modelData.findings

                            ReadinessFinding {
                                required property var modelData

                                objectName: "finding_" + modelData.id
                                Layout.fillWidth: true
                                findingId: modelData.id
                                severity: modelData.severity
                                text: modelData.text
                                fixLabel: root.fixLabel(modelData.id)
                                onFixRequested: id => root.fix(id, accountPane.modelData.accountId)
                            }
                        }
                        Label {
                            visible: accountPane.modelData.findings.length === 0
                            color: Theme.success
                            text: qsTr("Nothing missing.")
                        }
                    }
                }
            }
        }
    }

    Component {
        id: backupComponent

        BackupPage {}
    }
    Component {
        id: settingsComponent

        SettingsPage {}
    }
    Component {
        id: detailsComponent

        RecoveryDetailsPage {}
    }
}
