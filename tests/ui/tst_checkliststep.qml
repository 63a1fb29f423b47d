// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Tessera.Ui

TestCase {
    id: testCase

    name: "ChecklistStep"
    when: windowShown
    visible: true
    width: 420
    height: 400

    Component {
        id: stepComponent

        ChecklistStep {
            width: 420
            index: 1
            stepTitle: "Choose “Forgot password?”"
            detail: "Next to the password box there is a small link."
            tips: ["You may be taken to an Alibaba page.", "It works the same way in the app."]
            actionLabel: "Open the official page"
            done: false
        }
    }

    SignalSpy {
        id: spy
    }

    function createStep(properties) {
        const item = createTemporaryObject(stepComponent, testCase, properties || {});
        verify(item, "the step was created");
        return item;
    }

    function test_showsNumberTitleDetailAndEveryTip() {
        const item = createStep();
        compare(findChild(item, "stepTitle").text, "2. Choose “Forgot password?”");
        verify(findChild(item, "stepDetail").visible);
        const tips = findChild(item, "stepTips");
        compare(tips.count, 2);
        verify(tips.itemAt(1).text.indexOf("It works the same way in the app.") >= 0);
    }

    function test_tickingReportsTheStepAndItsNewState() {
        const item = createStep();
        spy.target = item;
        spy.signalName = "doneToggled";
        spy.clear();
        const box = findChild(item, "stepDoneBox");
        mouseClick(box);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], 1);
        compare(spy.signalArguments[0][1], true);
    }

    function test_actionButtonOnlyWhenTheStepHasOne() {
        const item = createStep();
        const button = findChild(item, "stepActionButton");
        verify(button.visible);
        spy.target = item;
        spy.signalName = "actionRequested";
        spy.clear();
        mouseClick(button);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], 1);

        const plain = createStep({ actionLabel: "" });
        verify(!findChild(plain, "stepActionButton").visible);
    }

    function test_doneStepIsStruckThrough() {
        const item = createStep({ done: true });
        verify(findChild(item, "stepTitle").font.strikeout);
        verify(findChild(item, "stepDoneBox").checked);
    }
}
