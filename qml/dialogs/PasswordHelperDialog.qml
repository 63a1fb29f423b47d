// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// The password helper of a "set a new password" step: a password the service's rules accept,
// made here, and a check of one the user chose (strength by zxcvbn, the service's rules).
// Nothing is stored: the passwords live in this dialog and are cleared when it closes.
Dialog {
    id: root

    // The service's rules as RecoveryController.passwordRules gives them ({} = none stated).
    property var rules: ({})
    property string serviceName

    readonly property int minimumLength: rules.minLength !== undefined ? rules.minLength : 12
    readonly property var brokenRules: ownField.text.length > 0 ? PasswordMeter.brokenRules(ownField.text, rules) : []
    // The rules in one sentence, so the user knows what the site will ask before typing.
    readonly property string rulesText: {
        if (rules.minLength === undefined)
            return qsTr("%1 states no password rules; Tessera makes a long one with letters, digits and punctuation.").arg(serviceName);
        const parts = [];
        if (rules.requireLetter)
            parts.push(qsTr("letters"));
        if (rules.requireDigit)
            parts.push(qsTr("digits"));
        if (rules.requirePunctuation)
            parts.push(qsTr("punctuation"));
        const length = rules.maxLength !== undefined ? qsTr("%1 to %2 characters").arg(rules.minLength).arg(rules.maxLength) : qsTr("at least %n character(s)", "", rules.minLength);
        //: %1 the service, %2 e.g. "6 to 20 characters", %3 e.g. "letters, digits, punctuation".
        return parts.length > 0 ? qsTr("%1 asks for %2 with %3.").arg(serviceName).arg(length).arg(parts.join(", ")) : qsTr("%1 asks for %2.").arg(serviceName).arg(length);
    }

    function generate() {
        generatedField.text = PasswordMeter.generate(rules);
    }

    title: qsTr("A new password")
    modal: true
    standardButtons: Dialog.Close
    onOpened: {
        generate();
        ownField.clear();
    }
    onClosed: {
        generatedField.clear();
        ownField.clear();
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing

        Label {
            objectName: "rulesText"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: root.rulesText
        }
        TextField {
            id: generatedField

            objectName: "generatedPassword"
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            font.family: Theme.monospaceFamily
            Accessible.name: qsTr("Generated password")
        }
        Label {
            objectName: "generateError"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            visible: generatedField.text.length === 0 && root.opened
            color: Theme.danger
            text: qsTr("Tessera could not make a password for these rules. Make one yourself and check it below.")
        }
        RowLayout {
            spacing: Theme.spacing

            Button {
                objectName: "regenerateButton"
                text: qsTr("Make another")
                Accessible.name: qsTr("Make another password")
                onClicked: root.generate()
            }
            Button {
                objectName: "copyPasswordButton"
                enabled: generatedField.text.length > 0
                text: qsTr("Copy")
                Accessible.name: qsTr("Copy the password")
                // As a secret: kept out of clipboard history and cleared after a while.
                onClicked: ClipboardService.copySecret(generatedField.text, "", 0)
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("Paste it into the official site's password fields, then save it in your password manager. Tessera does not keep it.")
        }

        MenuSeparator {
            Layout.fillWidth: true
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Or check a password you chose:")
        }
        PasswordField {
            id: ownField

            objectName: "ownPasswordField"
            Layout.fillWidth: true
            accessibleName: qsTr("A password to check")
        }
        Repeater {
            model: root.brokenRules

            Label {
                required property string modelData

                objectName: "brokenRule"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.danger
                text: modelData
            }
        }
        PasswordStrength {
            objectName: "ownPasswordStrength"
            Layout.fillWidth: true
            password: ownField.text
            minimumLength: root.minimumLength
        }
    }
}
