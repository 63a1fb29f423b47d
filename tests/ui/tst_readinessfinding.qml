// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Tessera.Ui

TestCase {
    id: testCase

    name: "ReadinessFinding"
    when: windowShown
    visible: true
    width: 420
    height: 120

    Component {
        id: findingComponent

        ReadinessFinding {
            width: 420
            findingId: "no-backup-codes"
            severity: "warning"
            text: "No backup codes are saved."
            fixLabel: "Add codes…"
        }
    }

    SignalSpy {
        id: spy
    }

    function test_fixButtonReportsTheFinding() {
        const finding = createTemporaryObject(findingComponent, testCase);
        verify(finding);
        compare(findChild(finding, "findingText").text, "No backup codes are saved.");
        const button = findChild(finding, "fixButton");
        verify(button.visible);
        verify(button.Accessible.name.indexOf("No backup codes") >= 0, "the button says which gap it fixes");
        spy.target = finding;
        spy.signalName = "fixRequested";
        spy.clear();
        mouseClick(button);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "no-backup-codes");
    }

    function test_noButtonWithoutAFix() {
        const finding = createTemporaryObject(findingComponent, testCase, { fixLabel: "" });
        verify(!findChild(finding, "fixButton").visible);
    }
}
