// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// The recovery center: "I can't get into my account" → which account, which service, what
// happened → a checklist. Opened from the main menu (no account chosen) or from an account's
// details (that account and its service chosen). The readiness summary sits on top: the
// calm time to prepare is before anything goes wrong.
Page {
    id: root

    // The account whose progress is kept ("" = just reading the steps).
    property string accountId
    property string serviceId: accountId.length > 0 ? RecoveryController.serviceFor(accountId) : "generic"

    readonly property var accountChoices: {
        RecoveryController.revision; // re-read after every save or lock
        return [{ accountId: "", label: qsTr("No account, just read the steps"), serviceId: "" }].concat(RecoveryController.accounts());
    }
    readonly property var serviceChoices: {
        RecoveryController.revision;
        return RecoveryController.services();
    }
    readonly property var scenarioList: {
        RecoveryController.revision;
        return RecoveryController.scenarios(serviceId, accountId);
    }
    readonly property string readinessSummary: {
        RecoveryController.revision;
        BackupController.lastBackupTime; // an automatic backup changes the answer too
        VaultController.hasPasswordSlot; // and a recovery password set or changed
        return RecoveryController.readiness().summary;
    }
    readonly property string loginUrl: RecoveryController.officialUrl(serviceId, "login")

    function indexOfValue(list, key, value) {
        for (let i = 0; i < list.length; ++i) {
            if (list[i][key] === value)
                return i;
        }
        return 0;
    }
    function close() {
        if (StackView.view && StackView.view.currentItem === root)
            StackView.view.pop(StackView.Immediate);
    }
    function openScenario(scenarioId) {
        StackView.view.push(checklistComponent, {
            accountId: root.accountId,
            serviceId: root.serviceId,
            scenarioId: scenarioId
        }, StackView.Immediate);
    }

    objectName: "recoveryCenterPage"
    title: qsTr("Recovery center")
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
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Locked out, forgot a password, or think someone got in? Choose what happened and follow the steps one by one. Tessera keeps your place.")
            }

            Pane {
                Layout.fillWidth: true
                padding: Theme.spacing * 1.5
                background: Rectangle {
                    color: Theme.card
                    radius: 6
                }

                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing

                    Label {
                        objectName: "readinessSummary"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: root.readinessSummary
                    }
                    Button {
                        objectName: "openReadinessButton"
                        text: qsTr("Check what is missing…")
                        Accessible.name: qsTr("Open the recovery readiness check")
                        onClicked: root.StackView.view.push(readinessComponent, {}, StackView.Immediate)
                    }
                }
            }

            Label {
                text: qsTr("Account")
            }
            ComboBox {
                id: accountChoice

                objectName: "accountChoice"
                Layout.fillWidth: true
                model: root.accountChoices
                textRole: "label"
                valueRole: "accountId"
                currentIndex: root.indexOfValue(root.accountChoices, "accountId", root.accountId)
                Accessible.name: qsTr("Account to recover")
                onActivated: index => {
                    const choice = root.accountChoices[index];
                    root.accountId = choice.accountId;
                    if (choice.serviceId.length > 0)
                        root.serviceId = choice.serviceId;
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                visible: root.accountId.length === 0
                text: qsTr("Choose an account and Tessera remembers which steps you have done.")
            }
            Label {
                //: The web service an account belongs to (AliExpress, …).
                text: qsTr("Service")
            }
            ComboBox {
                objectName: "serviceChoice"
                Layout.fillWidth: true
                model: root.serviceChoices
                textRole: "name"
                valueRole: "id"
                currentIndex: root.indexOfValue(root.serviceChoices, "id", root.serviceId)
                Accessible.name: qsTr("Service")
                onActivated: index => root.serviceId = root.serviceChoices[index].id
            }

            RowLayout {
                Layout.fillWidth: true
                visible: root.loginUrl.length > 0 || root.accountId.length > 0
                spacing: Theme.spacing

                Button {
                    objectName: "openLoginButton"
                    visible: root.loginUrl.length > 0
                    text: qsTr("Official login page")
                    Accessible.name: qsTr("Open the official login page: %1").arg(root.loginUrl)
                    ToolTip.visible: hovered
                    ToolTip.text: root.loginUrl
                    onClicked: RecoveryController.openOfficialPage(root.serviceId, "login")
                }
                Button {
                    objectName: "openDetailsButton"
                    visible: root.accountId.length > 0
                    text: qsTr("Backup codes and recovery info…")
                    Accessible.name: qsTr("Open the recovery details of this account")
                    onClicked: root.StackView.view.push(detailsComponent, { accountId: root.accountId }, StackView.Immediate)
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                visible: root.loginUrl.length > 0
                text: qsTr("Sign in only from here or by typing the address yourself, never from a link in an email or a message: that is how accounts are stolen.")
            }

            Label {
                Layout.topMargin: Theme.spacing
                font.bold: true
                text: qsTr("What happened?")
            }
            Repeater {
                model: root.scenarioList

                ItemDelegate {
                    id: scenarioDelegate

                    required property var modelData

                    objectName: "scenario_" + modelData.id
                    Layout.fillWidth: true
                    Accessible.name: modelData.title
                    Accessible.description: modelData.summary
                    onClicked: root.openScenario(modelData.id)

                    contentItem: ColumnLayout {
                        spacing: 2

                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            font.bold: true
                            text: scenarioDelegate.modelData.title
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: Theme.mutedText
                            text: scenarioDelegate.modelData.summary
                        }
                        Label {
                            objectName: "scenarioProgress"
                            visible: scenarioDelegate.modelData.doneCount > 0
                            color: scenarioDelegate.modelData.doneCount === scenarioDelegate.modelData.stepCount ? Theme.success : Theme.accent
                            //: %1 steps ticked of %2.
                            text: qsTr("%1 of %2 steps done").arg(scenarioDelegate.modelData.doneCount).arg(scenarioDelegate.modelData.stepCount)
                        }
                    }
                }
            }
        }
    }

    Component {
        id: checklistComponent

        ScenarioChecklistPage {}
    }
    Component {
        id: detailsComponent

        RecoveryDetailsPage {}
    }
    Component {
        id: readinessComponent

        ReadinessPage {}
    }
}
