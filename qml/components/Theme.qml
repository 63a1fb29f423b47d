// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick

// Colours and sizes shared by every screen. Light or dark follows the system palette (the Basic
// style draws with the application palette); Qt 6.4 has no styleHints.colorScheme, so "dark"
// is read from the lightness of the window colour.
QtObject {
    id: root

    readonly property SystemPalette system: SystemPalette {
        colorGroup: SystemPalette.Active
    }

    readonly property bool dark: system.window.hslLightness < 0.5

    readonly property color window: system.window
    readonly property color text: system.windowText
    readonly property color mutedText: Qt.rgba(text.r, text.g, text.b, 0.65)
    readonly property color separator: Qt.rgba(text.r, text.g, text.b, 0.12)
    readonly property color card: dark ? Qt.lighter(window, 1.25) : Qt.darker(window, 1.03)
    readonly property color accent: system.highlight
    readonly property color accentText: system.highlightedText
    readonly property color danger: dark ? "#ff8a80" : "#c62828"
    readonly property color warning: dark ? "#ffd54f" : "#8a6100"
    readonly property color success: dark ? "#81c784" : "#2e7d32"
    readonly property color favorite: dark ? "#ffd54f" : "#f9a825"
    readonly property color toastBackground: dark ? "#eeeeee" : "#323232"
    readonly property color toastText: dark ? "#202020" : "#ffffff"

    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int avatarSize: 40
    readonly property int codePixelSize: 26
    readonly property string monospaceFamily: "monospace"

    // Text on a coloured circle: black or white, whichever reads better (relative luminance).
    function textOn(background) {
        const luminance = 0.2126 * background.r + 0.7152 * background.g + 0.0722 * background.b;
        return luminance > 0.6 ? "#000000" : "#ffffff";
    }
}
