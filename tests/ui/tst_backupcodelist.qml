// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Tessera.Ui

TestCase {
    id: testCase

    name: "BackupCodeList"
    when: windowShown
    visible: true
    width: 420
    height: 300

    Component {
        id: listComponent

        BackupCodeList {
            width: 420
            codes: [{ used: true }, { used: false }]
        }
    }

    SignalSpy {
        id: spy
    }

    function rows(list, name) {
        const found = [];
        const repeater = findChild(list, "codeRepeater");
        for (let i = 0; i < repeater.count; ++i)
            found.push(findChild(repeater.itemAt(i), name));
        return found;
    }

    function test_codesAreNotDrawnUntilRevealed() {
        const list = createTemporaryObject(listComponent, testCase);
        verify(list);
        const texts = rows(list, "codeText");
        compare(texts.length, 2);
        for (const text of texts) {
            verify(text.text.indexOf("ab12") < 0 && text.text.indexOf("ef56") < 0, "a hidden code is drawn: " + text.text);
            verify(text.Accessible.name.indexOf("hidden") >= 0);
        }
        verify(!list.revealed);
        list.revealedCodes = ["ab12-cd34", "ef56-gh78"];
        verify(list.revealed);
        compare(texts[0].text, "ab12-cd34");
        compare(texts[1].text, "ef56-gh78");
        verify(texts[0].font.strikeout, "a used code is struck through");
        verify(!texts[1].font.strikeout);
    }

    function test_markingUsedAndRemovingReportTheRow() {
        const list = createTemporaryObject(listComponent, testCase);
        spy.target = list;
        spy.signalName = "usedToggled";
        spy.clear();
        const boxes = rows(list, "codeUsedBox");
        verify(boxes[0].checked);
        mouseClick(boxes[1]);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], 1);
        compare(spy.signalArguments[0][1], true);

        spy.signalName = "removeRequested";
        spy.clear();
        mouseClick(rows(list, "codeRemoveButton")[0]);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], 0);
    }
}
