// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Tessera.Ui

TestCase {
    id: testCase

    name: "AccountAvatar"
    when: windowShown
    // TestCase is invisible by default; the components are clicked and checked for visibility.
    visible: true
    width: 100
    height: 100

    // A 2×2 red PNG.
    readonly property string pngDataUrl: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg=="

    Component {
        id: avatarComponent

        AccountAvatar {}
    }

    function createAvatar(properties) {
        const item = createTemporaryObject(avatarComponent, testCase, properties || {});
        verify(item);
        return item;
    }

    function test_initialsWithoutIcon() {
        const item = createAvatar({ initials: "AE", avatarColor: "#123456" });
        const initials = findChild(item, "initials");
        compare(initials.text, "AE");
        verify(initials.visible);
        verify(!item.showsIcon);
        verify(!findChild(item, "icon").visible);
    }

    function test_iconWhenItLoads() {
        const item = createAvatar({ initials: "AE", iconSource: testCase.pngDataUrl });
        tryVerify(() => item.showsIcon, 5000, "the icon loaded");
        verify(findChild(item, "icon").visible);
        verify(!findChild(item, "initials").visible);
    }

    function test_initialsWhenTheIconFails() {
        ignoreWarning(/.*/);
        const item = createAvatar({ initials: "GH", iconSource: "file:///nonexistent/tessera-icon.png" });
        tryCompare(findChild(item, "icon"), "status", Image.Error, 5000);
        verify(!item.showsIcon);
        verify(findChild(item, "initials").visible);
    }

    function test_initialsReadOnTheirColour_data() {
        return [
            { tag: "dark background", background: "#1a237e", text: "#ffffff" },
            { tag: "light background", background: "#fff59d", text: "#000000" }
        ];
    }
    function test_initialsReadOnTheirColour(data) {
        const item = createAvatar({ initials: "X", avatarColor: data.background });
        compare(findChild(item, "initials").color, Qt.color(data.text));
    }
}
