// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Adding an account from its setup key. The page hands in two functions so that this dialog knows
// nothing of the backend (and is tested without it):
//   validator(issuer, name, secret, type, algorithm, digits, period) → error sentence or ""
//   submitter(issuer, name, secret, type, algorithm, digits, period, counter) → error sentence or ""
Dialog {
    id: root

    property var validator: null
    property var submitter: null

    readonly property string accountType: typeBox.currentValue !== undefined ? typeBox.currentValue : "totp"
    readonly property string algorithm: algorithmBox.currentValue !== undefined ? algorithmBox.currentValue : "SHA1"
    readonly property int digits: accountType === "steam" ? 5 : digitsBox.value
    readonly property int period: periodBox.value
    readonly property int counter: counterBox.value
    readonly property string validationError: {
        if (!validator)
            return "";
        return validator(issuerField.text, nameField.text, secretField.text, accountType, algorithm, digits, period) || "";
    }
    readonly property bool acceptable: secretField.text.trim() !== "" && validationError === ""
    property string submitError

    function reset() {
        issuerField.clear();
        nameField.clear();
        secretField.clear();
        typeBox.currentIndex = 0;
        algorithmBox.currentIndex = 0;
        digitsBox.value = 6;
        periodBox.value = 30;
        counterBox.value = 0;
        advanced.checked = false;
        submitError = "";
    }
    function submit() {
        if (!acceptable)
            return;
        const error = submitter ? (submitter(issuerField.text, nameField.text, secretField.text, accountType, algorithm, digits, period, counter) || "") : "";
        if (error !== "") {
            submitError = error;
            return;
        }
        secretField.clear();
        close();
    }

    //: Title of the dialog for typing an account's setup key by hand.
    title: qsTr("Enter a setup key")
    modal: true
    focus: true
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 32, 420) : 420
    closePolicy: Popup.CloseOnEscape
    standardButtons: Dialog.NoButton
    onOpened: {
        submitError = "";
        issuerField.forceActiveFocus();
    }
    onClosed: reset()

    footer: DialogButtonBox {
        Button {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: text
        }
        Button {
            objectName: "addButton"
            //: Adds the account typed in the manual-entry dialog.
            text: qsTr("Add")
            enabled: root.acceptable
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            Accessible.name: qsTr("Add account")
            onClicked: root.submit()
        }
        onRejected: root.close()
    }

    contentItem: Flickable {
        implicitHeight: Math.min(form.implicitHeight, 460)
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: form

            width: parent.width
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: qsTr("Sites that show a QR code usually offer a text key too (\"Can't scan it?\"). Type or paste it here.")
            }
            Label {
                //: The service the account belongs to, e.g. GitHub.
                text: qsTr("Issuer (service)")
            }
            TextField {
                id: issuerField

                objectName: "issuerField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. GitHub")
                Accessible.name: qsTr("Issuer")
                onAccepted: root.submit()
            }
            Label {
                //: The user name or e-mail address of the account.
                text: qsTr("Account name")
            }
            TextField {
                id: nameField

                objectName: "nameField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. me@example.com")
                Accessible.name: qsTr("Account name")
                onAccepted: root.submit()
            }
            Label {
                text: qsTr("Setup key")
            }
            PasswordField {
                id: secretField

                objectName: "secretField"
                Layout.fillWidth: true
                accessibleName: qsTr("Setup key")
                placeholderText: qsTr("e.g. JBSW Y3DP EHPK 3PXP")
                onAccepted: root.submit()
            }
            Label {
                objectName: "validationLabel"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.danger
                visible: text !== ""
                text: root.submitError !== "" ? root.submitError : (secretField.text !== "" || issuerField.text !== "" || nameField.text !== "" ? root.validationError : "")
                Accessible.name: text
            }

            Switch {
                id: advanced

                objectName: "advancedSwitch"
                //: Shows the less common code settings (type, algorithm, digits, period).
                text: qsTr("Advanced")
                Accessible.name: qsTr("Show advanced settings")
            }

            GridLayout {
                Layout.fillWidth: true
                visible: advanced.checked
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                Label {
                    //: Kind of code: time-based, counter-based or Steam.
                    text: qsTr("Type")
                }
                ComboBox {
                    id: typeBox

                    objectName: "typeBox"
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        { value: "totp", text: qsTr("Time-based (TOTP)") },
                        { value: "hotp", text: qsTr("Counter-based (HOTP)") },
                        { value: "steam", text: qsTr("Steam") }
                    ]
                    Accessible.name: qsTr("Type")
                }
                Label {
                    text: qsTr("Algorithm")
                    visible: root.accountType !== "steam"
                }
                ComboBox {
                    id: algorithmBox

                    objectName: "algorithmBox"
                    Layout.fillWidth: true
                    visible: root.accountType !== "steam"
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        { value: "SHA1", text: "SHA-1" },
                        { value: "SHA256", text: "SHA-256" },
                        { value: "SHA512", text: "SHA-512" }
                    ]
                    Accessible.name: qsTr("Algorithm")
                }
                Label {
                    text: qsTr("Digits")
                    visible: root.accountType !== "steam"
                }
                SpinBox {
                    id: digitsBox

                    objectName: "digitsBox"
                    visible: root.accountType !== "steam"
                    from: 6
                    to: 10
                    value: 6
                    editable: true
                    Accessible.name: qsTr("Digits")
                }
                Label {
                    //: How long each code lasts, in seconds.
                    text: qsTr("Period (seconds)")
                    visible: root.accountType !== "hotp"
                }
                SpinBox {
                    id: periodBox

                    objectName: "periodBox"
                    visible: root.accountType !== "hotp"
                    from: 1
                    to: 86400
                    value: 30
                    editable: true
                    Accessible.name: qsTr("Period in seconds")
                }
                Label {
                    //: HOTP: the number of codes already used.
                    text: qsTr("Counter")
                    visible: root.accountType === "hotp"
                }
                SpinBox {
                    id: counterBox

                    objectName: "counterBox"
                    visible: root.accountType === "hotp"
                    from: 0
                    to: 2147483647
                    value: 0
                    editable: true
                    Accessible.name: qsTr("Counter")
                }
            }
        }
    }
}
