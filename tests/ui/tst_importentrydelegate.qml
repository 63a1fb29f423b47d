// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Tessera.Ui

TestCase {
    id: testCase

    name: "ImportEntryDelegate"
    when: windowShown
    visible: true
    width: 480
    height: 160

    Component {
        id: delegateComponent

        ImportEntryDelegate {
            width: 480
            index: 3
            label: "SPDX / James"
            status: "conflict"
            reason: "The vault has an account named SPDX / James with another secret; by default both are kept."
            resolution: "add"
            source: "aegis.json"
        }
    }

    SignalSpy {
        id: spy
    }

    function createDelegate(properties) {
        const item = createTemporaryObject(delegateComponent, testCase, properties || {});
        verify(item, "the delegate was created");
        return item;
    }

    function test_conflictOffersAChoice() {
        const item = createDelegate();
        const choice = findChild(item, "resolutionChoice");
        verify(choice.visible);
        compare(choice.currentValue, "add");
        verify(findChild(item, "reasonText").visible);
        verify(item.Accessible.name.indexOf("SPDX / James") >= 0);

        spy.target = item;
        spy.signalName = "resolutionChosen";
        spy.clear();
        choice.forceActiveFocus();
        choice.currentIndex = 1;
        choice.activated(1);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], 3);
        compare(spy.signalArguments[0][1], "skip");
    }

    function test_otherStatusesHaveNoChoice() {
        for (const status of ["new", "duplicate", "invalid"]) {
            const item = createDelegate({ status: status, reason: status === "new" ? "" : "why" });
            verify(!findChild(item, "resolutionChoice").visible, status);
            compare(findChild(item, "reasonText").visible, status !== "new", status);
            verify(findChild(item, "statusText").text.length > 0, status);
        }
    }
}
