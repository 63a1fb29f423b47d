// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One account in the list: avatar, issuer and name, the current code and its countdown, the next
// code in the last seconds. It only reports what the user asked for (signals); the page calls the
// backend, so the component is tested without it.
ItemDelegate {
    id: root

    // Model roles (AccountListModel).
    required property int index
    required property string accountId
    required property string issuer
    required property string name
    required property string label
    required property string type
    required property string code
    required property string nextCode
    required property int period
    required property int counter
    required property bool favorite
    required property string initials
    required property color avatarColor
    required property string iconSource

    // Not a model role: the page binds it to AccountListModel.unixSeconds, so a second changes
    // only the rows on screen (the model sends no dataChanged for the countdown).
    property int secondsRemaining: 0

    // Preferences.hideCodes: codes show as dots until revealed, for 30 s.
    property bool codesHidden: false
    property int revealSeconds: 30
    property bool revealed: false

    readonly property bool hotp: type === "hotp"
    readonly property bool codeVisible: !codesHidden || revealed
    readonly property string shownCode: codeVisible ? code : code.replace(/[^ ]/g, "•")

    signal copyRequested(string accountId)
    signal detailsRequested(string accountId)
    signal favoriteToggled(string accountId, bool favorite)
    signal nextCodeRequested(string accountId)

    function reveal() {
        revealed = true;
        rehideTimer.restart();
    }

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacing
    leftPadding: Theme.margin
    rightPadding: Theme.spacing
    highlighted: ListView.isCurrentItem

    Accessible.role: Accessible.ListItem
    //: Accessible name of a row in the accounts list; %1 is the account, %2 its code.
    Accessible.name: codeVisible ? qsTr("%1, code %2").arg(label).arg(code) : label
    Accessible.description: qsTr("Press to copy the code")

    onClicked: root.copyRequested(root.accountId)

    // A reused delegate starts hidden again (ListView.reuseItems).
    ListView.onPooled: {
        rehideTimer.stop();
        revealed = false;
    }
    onAccountIdChanged: {
        rehideTimer.stop();
        revealed = false;
    }

    Timer {
        id: rehideTimer

        interval: root.revealSeconds * 1000
        onTriggered: root.revealed = false
    }

    contentItem: RowLayout {
        spacing: Theme.spacing * 1.5

        AccountAvatar {
            Layout.alignment: Qt.AlignVCenter
            initials: root.initials
            avatarColor: root.avatarColor
            iconSource: root.iconSource
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            spacing: 0

            Label {
                objectName: "title"
                Layout.fillWidth: true
                text: root.issuer !== "" ? root.issuer : root.name
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "subtitle"
                Layout.fillWidth: true
                visible: root.issuer !== "" && root.name !== ""
                text: root.name
                color: Theme.mutedText
                elide: Text.ElideRight
            }
            // Only the next code gives way when the row is narrow (long translations of
            // "next:"): it is elided, never pushing the buttons out of the window.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    id: codeLabel

                    objectName: "code"
                    text: root.shownCode
                    font.family: Theme.monospaceFamily
                    font.pixelSize: Theme.codePixelSize
                    color: Theme.text
                    Accessible.ignored: true
                }
                Label {
                    id: nextCodeLabel

                    //: The code that follows the current one, shown in its last seconds.
                    readonly property string longText: qsTr("next: %1").arg(root.nextCode)

                    objectName: "nextCode"
                    // Its width is what the row has left, never what its text asks for: the
                    // text is chosen from the width (no binding loop).
                    Layout.fillWidth: true
                    Layout.minimumWidth: 0
                    Layout.preferredWidth: 0
                    elide: Text.ElideRight
                    visible: root.nextCode !== "" && root.codeVisible
                    // A narrow row (or a long word for "next") keeps the code whole: an arrow
                    // instead of the word, never a cut-off code.
                    text: nextCodeMetrics.advanceWidth <= parent.width - codeLabel.width - parent.spacing ? longText : "→ " + root.nextCode
                    font.family: Theme.monospaceFamily
                    color: Theme.mutedText
                    Accessible.name: qsTr("Next code %1").arg(root.nextCode)

                    TextMetrics {
                        id: nextCodeMetrics

                        font: nextCodeLabel.font
                        text: nextCodeLabel.longText
                    }
                }
            }
        }

        ToolButton {
            objectName: "revealButton"
            visible: root.codesHidden && !root.revealed
            //: Button that shows a code hidden behind dots.
            text: qsTr("Show")
            //: Button that shows a hidden code for 30 seconds.
            Accessible.name: qsTr("Show code for %1").arg(root.label)
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: root.reveal()
        }

        CountdownIndicator {
            objectName: "countdown"
            visible: !root.hotp
            Layout.alignment: Qt.AlignVCenter
            secondsRemaining: root.secondsRemaining
            period: root.period
        }

        ToolButton {
            objectName: "nextCodeButton"
            visible: root.hotp
            text: "↻"
            //: HOTP accounts: moves the counter on and shows a new code.
            Accessible.name: qsTr("New code for %1").arg(root.label)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("New code (counter %1)").arg(root.counter)
            onClicked: root.nextCodeRequested(root.accountId)
        }

        ToolButton {
            objectName: "favoriteButton"
            text: root.favorite ? "★" : "☆"
            font.pixelSize: 18
            palette.buttonText: root.favorite ? Theme.favorite : Theme.mutedText
            Accessible.name: root.favorite ? qsTr("Remove %1 from favorites").arg(root.label) : qsTr("Add %1 to favorites").arg(root.label)
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: root.favoriteToggled(root.accountId, !root.favorite)
        }

        ToolButton {
            objectName: "detailsButton"
            text: "⋯"
            font.pixelSize: 18
            Accessible.name: qsTr("Details of %1").arg(root.label)
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: root.detailsRequested(root.accountId)
        }
    }
}
