// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Tessera.Ui

TestCase {
    id: testCase

    name: "ManualEntryDialog"
    when: windowShown
    // TestCase is invisible by default; the components are clicked and checked for visibility.
    visible: true
    width: 480
    height: 640

    property var submitted: null
    property string submitAnswer: ""

    Component {
        id: dialogComponent

        ManualEntryDialog {
            // Stands in for VaultController.validateManual: Base32 only, and a name or issuer.
            validator: (issuer, name, secret, type, algorithm, digits, period) => {
                if (!/^[A-Za-z2-7 =]*$/.test(secret))
                    return "The setup key has characters that are not Base32.";
                if (issuer === "" && name === "")
                    return "Give the account an issuer or a name.";
                return "";
            }
            submitter: (issuer, name, secret, type, algorithm, digits, period, counter) => {
                testCase.submitted = { issuer: issuer, name: name, secret: secret, type: type, algorithm: algorithm, digits: digits, period: period, counter: counter };
                return testCase.submitAnswer;
            }
        }
    }

    function openDialog() {
        submitted = null;
        submitAnswer = "";
        const dialog = createTemporaryObject(dialogComponent, testCase);
        verify(dialog);
        dialog.open();
        tryCompare(dialog, "opened", true, 5000);
        return dialog;
    }
    function field(dialog, objectName) {
        const found = findChild(dialog.contentItem, objectName);
        verify(found, objectName + " exists");
        return found;
    }
    function addButton(dialog) {
        const found = findChild(dialog.footer, "addButton");
        verify(found, "the Add button exists");
        return found;
    }

    function test_addDisabledUntilThereIsAKey() {
        const dialog = openDialog();
        verify(!addButton(dialog).enabled);
        field(dialog, "issuerField").text = "GitHub";
        verify(!addButton(dialog).enabled, "no key yet");
        field(dialog, "secretField").text = "JBSWY3DPEHPK3PXP";
        verify(addButton(dialog).enabled);
    }

    function test_liveValidationShowsTheProblem() {
        const dialog = openDialog();
        field(dialog, "issuerField").text = "GitHub";
        field(dialog, "secretField").text = "JBSW1";
        const label = field(dialog, "validationLabel");
        verify(label.visible);
        compare(label.text, "The setup key has characters that are not Base32.");
        verify(!addButton(dialog).enabled);
        field(dialog, "secretField").text = "JBSWY";
        verify(!label.visible);
        verify(addButton(dialog).enabled);
    }

    function test_noComplaintOnAnEmptyForm() {
        const dialog = openDialog();
        verify(!field(dialog, "validationLabel").visible);
    }

    function test_addHandsOverEverythingAndCloses() {
        const dialog = openDialog();
        field(dialog, "issuerField").text = "GitHub";
        field(dialog, "nameField").text = "me@example.com";
        field(dialog, "secretField").text = "JBSWY3DPEHPK3PXP";
        mouseClick(addButton(dialog));
        verify(testCase.submitted !== null, "the submitter was called");
        compare(testCase.submitted.issuer, "GitHub");
        compare(testCase.submitted.name, "me@example.com");
        compare(testCase.submitted.secret, "JBSWY3DPEHPK3PXP");
        compare(testCase.submitted.type, "totp");
        compare(testCase.submitted.algorithm, "SHA1");
        compare(testCase.submitted.digits, 6);
        compare(testCase.submitted.period, 30);
        tryCompare(dialog, "visible", false, 5000);
        compare(field(dialog, "secretField").text, "", "the key does not stay in the form");
    }

    function test_advancedSettingsReachTheSubmitter() {
        const dialog = openDialog();
        field(dialog, "advancedSwitch").checked = true;
        const typeBox = field(dialog, "typeBox");
        verify(typeBox.visible);
        typeBox.currentIndex = 1; // HOTP
        compare(dialog.accountType, "hotp");
        verify(!field(dialog, "periodBox").visible);
        verify(field(dialog, "counterBox").visible);
        field(dialog, "counterBox").value = 7;
        field(dialog, "algorithmBox").currentIndex = 1;
        field(dialog, "digitsBox").value = 8;
        field(dialog, "nameField").text = "me";
        field(dialog, "secretField").text = "JBSWY3DPEHPK3PXP";
        dialog.submit();
        compare(testCase.submitted.type, "hotp");
        compare(testCase.submitted.algorithm, "SHA256");
        compare(testCase.submitted.digits, 8);
        compare(testCase.submitted.counter, 7);
    }

    function test_steamHasFiveDigits() {
        const dialog = openDialog();
        field(dialog, "typeBox").currentIndex = 2;
        compare(dialog.accountType, "steam");
        compare(dialog.digits, 5);
    }

    function test_refusedAddKeepsTheDialogOpenWithTheReason() {
        const dialog = openDialog();
        testCase.submitAnswer = "This account is already in the vault.";
        field(dialog, "issuerField").text = "GitHub";
        field(dialog, "secretField").text = "JBSWY3DPEHPK3PXP";
        mouseClick(addButton(dialog));
        verify(dialog.visible);
        compare(field(dialog, "validationLabel").text, "This account is already in the vault.");
    }

    function test_accessibleNames() {
        const dialog = openDialog();
        const names = ["issuerField", "nameField", "advancedSwitch", "typeBox", "algorithmBox", "digitsBox", "periodBox", "counterBox"];
        for (let i = 0; i < names.length; ++i)
            verify(field(dialog, names[i]).Accessible.name !== "", names[i] + " has an accessible name");
        verify(addButton(dialog).Accessible.name !== "");
        verify(findChild(dialog.footer, "cancelButton").Accessible.name !== "");
    }
}
