// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Tessera.Ui

TestCase {
    id: testCase

    name: "CountdownIndicator"
    when: windowShown
    // TestCase is invisible by default; the components are clicked and checked for visibility.
    visible: true
    width: 100
    height: 100

    Component {
        id: indicatorComponent

        CountdownIndicator {}
    }

    function createIndicator(properties) {
        const item = createTemporaryObject(indicatorComponent, testCase, properties || {});
        verify(item);
        return item;
    }

    function test_fraction_data() {
        return [
            { tag: "full", seconds: 30, period: 30, fraction: 1 },
            { tag: "half", seconds: 15, period: 30, fraction: 0.5 },
            { tag: "last second", seconds: 1, period: 60, fraction: 1 / 60 },
            { tag: "expired", seconds: 0, period: 30, fraction: 0 },
            { tag: "more than a period is clamped", seconds: 45, period: 30, fraction: 1 },
            { tag: "no period", seconds: 10, period: 0, fraction: 0 }
        ];
    }
    function test_fraction(data) {
        const item = createIndicator({ secondsRemaining: data.seconds, period: data.period });
        fuzzyCompare(item.fraction, data.fraction, 1e-9);
    }

    function test_showsTheSecondsLeft() {
        const item = createIndicator({ secondsRemaining: 12, period: 30 });
        compare(findChild(item, "seconds").text, "12");
        item.secondsRemaining = 11;
        compare(findChild(item, "seconds").text, "11");
    }

    function test_warnsInTheLastSeconds() {
        const item = createIndicator({ secondsRemaining: 6, period: 30, warningSeconds: 5 });
        verify(!item.warning);
        item.secondsRemaining = 5;
        verify(item.warning);
    }

    function test_accessibleNameSaysTheSeconds() {
        const item = createIndicator({ secondsRemaining: 7, period: 30 });
        verify(item.Accessible.name.indexOf("7") >= 0, item.Accessible.name);
    }

    // Stepped, not animated: nothing in the indicator runs between two model ticks.
    function test_noAnimationRuns() {
        const item = createIndicator({ secondsRemaining: 20, period: 30 });
        waitForRendering(item);
        function runningAnimations(object) {
            let count = 0;
            if (object.running === true && object.duration !== undefined)
                ++count;
            const kids = object.children || [];
            for (let i = 0; i < kids.length; ++i)
                count += runningAnimations(kids[i]);
            return count;
        }
        compare(runningAnimations(item), 0);
        item.secondsRemaining = 19;
        compare(runningAnimations(item), 0);
    }
}
