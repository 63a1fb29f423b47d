// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// "Codes are rejected": is this computer's clock right? Whether the system sets it from the
// internet (asked at once), and on request how far it is from the time a site the user picks
// states; a plain sentence says whether codes would be accepted and how to fix the clock.
Dialog {
    id: root

    // The site offered for the comparison (the service's official login page).
    property string suggestedSite

    title: qsTr("Check this computer's clock")
    modal: true
    standardButtons: Dialog.Close
    onOpened: {
        ClockCheck.refreshNtpStatus();
        siteField.text = suggestedSite.length > 0 ? suggestedSite : "https://";
    }
    onClosed: ClockCheck.cancel()

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Login codes depend on the time: if this computer's clock is more than a few seconds off, the service rejects them.")
        }
        Label {
            objectName: "ntpMessage"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: ClockCheck.ntpStatus === ClockCheck.NotSynchronized ? Theme.warning : Theme.text
            text: ClockCheck.ntpMessage
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Compare with the time a website states:")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TextField {
                id: siteField

                objectName: "clockSiteField"
                Layout.fillWidth: true
                selectByMouse: true
                inputMethodHints: Qt.ImhUrlCharactersOnly
                Accessible.name: qsTr("Website to compare with")
                onAccepted: checkButton.clicked()
            }
            Button {
                id: checkButton

                objectName: "clockCheckButton"
                enabled: !ClockCheck.checking && siteField.text.trim().length > 0
                text: qsTr("Compare")
                Accessible.name: qsTr("Compare the clock with this website")
                onClicked: ClockCheck.checkAgainst(siteField.text.trim())
            }
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: ClockCheck.checking
            running: visible
        }
        // The banner: green when codes would be accepted, red when not (or the check failed).
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: resultText.implicitHeight + 2 * Theme.spacing
            visible: !ClockCheck.checking && ClockCheck.message.length > 0
            radius: 4
            color: Qt.rgba(bannerColor.r, bannerColor.g, bannerColor.b, 0.15)
            border.color: bannerColor

            readonly property color bannerColor: ClockCheck.hasResult && ClockCheck.clockFine ? Theme.success : Theme.danger

            Label {
                id: resultText

                objectName: "clockResult"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                wrapMode: Text.WordWrap
                text: ClockCheck.message
            }
        }
    }
}
