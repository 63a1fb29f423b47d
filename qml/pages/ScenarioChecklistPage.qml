// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// One scenario of a playbook as a checklist ("I forgot my password" for AliExpress): steps to
// tick, each with its tips and, where it helps, a button that does part of the step. Ticks are
// saved with the account (resumed where the user left off, "Start over" forgets them); without an
// account they last only while the page is open.
Page {
    id: root

    property string accountId
    required property string serviceId
    required property string scenarioId

    // Ticks made without an account: step id → true, for this visit only.
    property var localDone: ({})
    readonly property var checklist: {
        RecoveryController.revision; // re-read after every save or language change
        return RecoveryController.checklist(serviceId, scenarioId, accountId);
    }
    readonly property var steps: checklist.steps || []
    readonly property int doneCount: {
        let count = 0;
        for (let i = 0; i < steps.length; ++i) {
            if (isDone(i))
                ++count;
        }
        return count;
    }
    readonly property string resumeStep: {
        if (accountId.length > 0)
            return checklist.resumeStep || "";
        for (let i = 0; i < steps.length; ++i) {
            if (!isDone(i))
                return steps[i].id;
        }
        return "";
    }

    function isDone(index) {
        const step = steps[index];
        return accountId.length > 0 ? step.done : localDone[step.id] === true;
    }
    function setDone(index, done) {
        const step = steps[index];
        if (accountId.length > 0) {
            RecoveryController.setStepDone(accountId, serviceId, scenarioId, step.id, done);
            return;
        }
        const copy = Object.assign({}, localDone);
        copy[step.id] = done;
        localDone = copy;
    }
    function startOver() {
        if (accountId.length > 0)
            RecoveryController.resetScenario(accountId, serviceId, scenarioId);
        localDone = {};
        flick.contentY = 0;
    }
    function runAction(index) {
        const step = steps[index];
        switch (step.action) {
        case "open-url":
            RecoveryController.openOfficialPage(serviceId, step.actionUrlKey);
            break;
        case "generate-password":
            passwordHelper.rules = RecoveryController.passwordRules(serviceId);
            passwordHelper.open();
            break;
        case "check-clock":
            clockDialog.open();
            break;
        case "open-account-recovery-info":
            if (accountId.length > 0)
                StackView.view.push(detailsComponent, { accountId: accountId }, StackView.Immediate);
            else
                noAccountDialog.open();
            break;
        }
    }
    function scrollToResumeStep() {
        const index = resumeIndex();
        if (index <= 0)
            return;
        // Not "index > 0 ? itemAt(index) : null": Qt 6.4's QML compiler crashes reading .y of it.
        const step = stepRepeater.itemAt(index);
        if (step !== null)
            flick.contentY = Math.max(0, Math.min(column.y + step.y - Theme.spacing, flick.contentHeight - flick.height));
    }
    function resumeIndex() {
        for (let i = 0; i < steps.length; ++i) {
            if (steps[i].id === resumeStep)
                return i;
        }
        return -1;
    }
    function close() {
        if (StackView.view && StackView.view.currentItem === root)
            StackView.view.pop(StackView.Immediate);
    }

    objectName: "checklistPage"
    title: checklist.title || ""
    Accessible.name: title
    // Back where the user left off: the first step not done. Wrapped texts above it keep growing
    // for a few frames while the page lays out, so the position is applied again until it
    // settles — or until the user scrolls.
    Component.onCompleted: resumeTimer.start()

    Timer {
        id: resumeTimer

        property int runs: 0

        interval: 40
        repeat: true
        onTriggered: {
            root.scrollToResumeStep();
            if (++runs >= 8)
                stop();
        }
    }

    header: PageHeader {
        //: %1 the service (AliExpress), %2 the scenario ("I forgot my password").
        title: qsTr("%1: %2").arg(root.checklist.serviceName || "").arg(root.title)
        onBackClicked: root.close()
    }

    Flickable {
        id: flick

        objectName: "stepList"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}
        onMovementStarted: resumeTimer.stop()

        ColumnLayout {
            id: column

            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: root.checklist.summary || ""
            }
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, root.steps.length)
                value: root.doneCount
                Accessible.name: progressText.text
            }
            Label {
                id: progressText

                objectName: "progressText"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: {
                    if (root.steps.length > 0 && root.doneCount === root.steps.length)
                        return qsTr("All %n step(s) done.", "", root.steps.length);
                    const done = qsTr("%1 of %2 steps done.").arg(root.doneCount).arg(root.steps.length);
                    if (root.checklist.updated && root.doneCount > 0)
                        //: %1 "3 of 8 steps done.", %2 a date and time.
                        return qsTr("%1 Last worked on %2.").arg(done).arg(new Date(root.checklist.updated).toLocaleString(Qt.locale(), Locale.ShortFormat));
                    return done;
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                visible: root.accountId.length === 0
                text: qsTr("No account is chosen, so these ticks are not kept. Open the checklist from the account to keep your place.")
            }
            Repeater {
                id: stepRepeater

                model: root.steps

                ChecklistStep {
                    required property var modelData

                    Layout.fillWidth: true
                    stepTitle: modelData.title
                    detail: modelData.detail
                    tips: modelData.tips
                    actionLabel: modelData.actionLabel
                    done: root.isDone(index)
                    current: modelData.id === root.resumeStep
                    onDoneToggled: (index, done) => root.setDone(index, done)
                    onActionRequested: index => root.runAction(index)
                }
            }
            Button {
                objectName: "startOverButton"
                Layout.topMargin: Theme.spacing
                enabled: root.doneCount > 0
                text: qsTr("Start over")
                Accessible.name: qsTr("Start over: untick every step")
                onClicked: startOverDialog.open()
            }
        }
    }

    PasswordHelperDialog {
        id: passwordHelper

        objectName: "passwordHelper"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(root.width - 32, 420)
        serviceName: root.checklist.serviceName || ""
    }
    ClockCheckDialog {
        id: clockDialog

        objectName: "clockDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(root.width - 32, 420)
        suggestedSite: RecoveryController.officialUrl(root.serviceId, "login")
    }
    Dialog {
        id: startOverDialog

        objectName: "startOverDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(root.width - 32, 380)
        modal: true
        title: qsTr("Start over?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        Component.onCompleted: {
            standardButton(Dialog.Ok).text = qsTr("Start over");
            standardButton(Dialog.Ok).objectName = "startOverConfirm";
        }
        onAccepted: root.startOver()

        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Every step of this checklist will be unticked.")
        }
    }
    Dialog {
        id: noAccountDialog

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(root.width - 32, 380)
        modal: true
        title: qsTr("Which account?")
        standardButtons: Dialog.Ok

        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Backup codes and recovery info are kept per account. Go back, choose the account at the top of the recovery center, and open this checklist again.")
        }
    }
    Component {
        id: detailsComponent

        RecoveryDetailsPage {}
    }
}
