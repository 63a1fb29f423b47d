// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Tessera.Ui

TestCase {
    id: testCase

    name: "AccountDelegate"
    when: windowShown
    // TestCase is invisible by default; the components are clicked and checked for visibility.
    visible: true
    width: 420
    height: 120

    Component {
        id: delegateComponent

        AccountDelegate {
            width: 420
            index: 0
            accountId: "account-1"
            issuer: "GitHub"
            name: "me@example.com"
            label: "GitHub (me@example.com)"
            type: "totp"
            code: "123 456"
            nextCode: ""
            period: 30
            secondsRemaining: 17
            counter: 0
            favorite: false
            initials: "GH"
            avatarColor: "#336699"
            iconSource: ""
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

    function child(item, objectName) {
        const found = findChild(item, objectName);
        verify(found, objectName + " exists");
        return found;
    }

    function test_showsIssuerNameAndGroupedCode() {
        const item = createDelegate();
        compare(child(item, "title").text, "GitHub");
        compare(child(item, "subtitle").text, "me@example.com");
        compare(child(item, "code").text, "123 456");
        verify(child(item, "countdown").visible);
        compare(child(item, "countdown").secondsRemaining, 17);
    }

    function test_nameAloneIsTheTitle() {
        const item = createDelegate({ issuer: "", label: "me@example.com" });
        compare(child(item, "title").text, "me@example.com");
        verify(!child(item, "subtitle").visible);
    }

    function test_nextCodeOnlyWhenGiven() {
        const item = createDelegate();
        const next = child(item, "nextCode");
        verify(!next.visible);
        item.nextCode = "654 321";
        verify(next.visible);
        verify(next.text.indexOf("654 321") >= 0, next.text);
        item.nextCode = "";
        verify(!next.visible);
    }

    function test_nextCodeStaysWholeInANarrowRow() {
        const item = createDelegate({ nextCode: "654 321", width: 520 });
        const next = child(item, "nextCode");
        tryVerify(() => next.text === "next: 654 321", 1000, next.text);
        item.width = 300; // too narrow for the word: an arrow, and the whole code
        tryVerify(() => next.text === "→ 654 321", 1000, next.text);
        const details = child(item, "detailsButton");
        verify(details.mapToItem(item, 0, 0).x + details.width <= item.width + 0.5);
        item.width = 520;
        tryVerify(() => next.text === "next: 654 321", 1000, next.text);
    }

    function test_codeFollowsTheModel() {
        const item = createDelegate();
        item.code = "987 654";
        item.secondsRemaining = 29;
        compare(child(item, "code").text, "987 654");
        compare(child(item, "countdown").secondsRemaining, 29);
    }

    function test_clickCopies() {
        const item = createDelegate();
        spy.target = item;
        spy.signalName = "copyRequested";
        spy.clear();
        mouseClick(item, 80, item.height / 2);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "account-1");
    }

    function test_favoriteButtonReportsTheNewState() {
        const item = createDelegate();
        spy.target = item;
        spy.signalName = "favoriteToggled";
        spy.clear();
        const star = child(item, "favoriteButton");
        compare(star.text, "☆");
        mouseClick(star);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "account-1");
        compare(spy.signalArguments[0][1], true);
        item.favorite = true;
        compare(star.text, "★");
    }

    function test_detailsButton() {
        const item = createDelegate();
        spy.target = item;
        spy.signalName = "detailsRequested";
        spy.clear();
        mouseClick(child(item, "detailsButton"));
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "account-1");
    }

    function test_hotpHasANextCodeButtonAndNoCountdown() {
        const item = createDelegate({ type: "hotp", counter: 4 });
        verify(!child(item, "countdown").visible);
        const button = child(item, "nextCodeButton");
        verify(button.visible);
        spy.target = item;
        spy.signalName = "nextCodeRequested";
        spy.clear();
        mouseClick(button);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "account-1");
    }

    function test_totpHasNoNextCodeButton() {
        const item = createDelegate();
        verify(!child(item, "nextCodeButton").visible);
    }

    function test_accessibleNames() {
        const item = createDelegate({ type: "hotp", codesHidden: true });
        verify(item.Accessible.name.indexOf("GitHub (me@example.com)") >= 0, item.Accessible.name);
        const names = ["favoriteButton", "detailsButton", "nextCodeButton", "revealButton", "countdown"];
        for (let i = 0; i < names.length; ++i) {
            const control = child(item, names[i]);
            verify(control.Accessible.name !== "", names[i] + " has an accessible name");
        }
        verify(child(item, "favoriteButton").Accessible.name.indexOf("GitHub (me@example.com)") >= 0);
        verify(child(item, "detailsButton").Accessible.name.indexOf("GitHub (me@example.com)") >= 0);
    }

    function test_accessibleNameSaysTheCodeOnlyWhenShown() {
        const item = createDelegate();
        verify(item.Accessible.name.indexOf("123 456") >= 0, item.Accessible.name);
        item.codesHidden = true;
        verify(item.Accessible.name.indexOf("123 456") < 0, item.Accessible.name);
    }

    function test_hiddenCodesShowDotsUntilRevealed() {
        const item = createDelegate({ codesHidden: true, revealSeconds: 1, nextCode: "654 321" });
        const code = child(item, "code");
        compare(code.text, "••• •••");
        verify(!child(item, "nextCode").visible, "the next code is hidden too");
        const reveal = child(item, "revealButton");
        verify(reveal.visible);
        mouseClick(reveal);
        compare(code.text, "123 456");
        verify(!reveal.visible);
        // Hidden again once the reveal time (1 s here) is over.
        tryCompare(code, "text", "••• •••", 10000);
    }

    function test_anotherAccountStartsHidden() {
        const item = createDelegate({ codesHidden: true });
        item.reveal();
        compare(child(item, "code").text, "123 456");
        // A reused delegate gets another account: its code must not show.
        item.accountId = "account-2";
        compare(child(item, "code").text, "••• •••");
    }
}
