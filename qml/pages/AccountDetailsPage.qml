// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// One account: edit issuer, name, group and note, its icon (IconPickerDialog), favorite, show
// its QR code to move it to a phone (after a warning), delete (with Undo in the toast).
Page {
    id: root

    required property string accountId

    property string label
    property bool favorite: false
    property string initials
    property color avatarColor: "#607d8b"
    property string iconSource
    property bool hasPicture: false
    property string iconChoice
    // The QR code exists only while shown: the link holds the secret.
    property bool qrShown: false
    readonly property bool edited: issuerField.text !== originalIssuer || nameField.text !== originalName || groupField.text !== originalGroup || noteArea.text !== originalNote
    property string originalIssuer
    property string originalName
    property string originalGroup
    property string originalNote
    readonly property var recovery: {
        RecoveryController.revision; // re-read after every save
        return RecoveryController.details(accountId);
    }

    function roleValue(row, role) {
        return AccountListModel.data(AccountListModel.index(row, 0), role);
    }
    function load() {
        const row = AccountListModel.rowOf(accountId);
        if (row < 0) {
            // Removed (or the vault locked): nothing left to show.
            close();
            return;
        }
        label = roleValue(row, AccountListModel.LabelRole) || "";
        favorite = !!roleValue(row, AccountListModel.FavoriteRole);
        initials = roleValue(row, AccountListModel.InitialsRole) || "";
        avatarColor = roleValue(row, AccountListModel.AvatarColorRole) || "#607d8b";
        iconSource = roleValue(row, AccountListModel.IconSourceRole) || "";
        hasPicture = !!roleValue(row, AccountListModel.HasPictureRole);
        iconChoice = roleValue(row, AccountListModel.IconChoiceRole) || "";
        originalIssuer = roleValue(row, AccountListModel.IssuerRole) || "";
        originalName = roleValue(row, AccountListModel.NameRole) || "";
        originalGroup = roleValue(row, AccountListModel.GroupRole) || "";
        originalNote = roleValue(row, AccountListModel.NoteRole) || "";
    }
    function resetFields() {
        issuerField.text = originalIssuer;
        nameField.text = originalName;
        groupField.text = originalGroup;
        noteArea.text = originalNote;
    }
    function save() {
        VaultController.updateAccount(accountId, issuerField.text.trim(), nameField.text.trim(), groupField.text.trim(), noteArea.text);
    }
    function close() {
        qrShown = false;
        if (StackView.view && StackView.view.currentItem === root)
            StackView.view.pop(StackView.Immediate);
    }

    title: label
    Accessible.name: qsTr("Details of %1").arg(label)
    Component.onCompleted: {
        load();
        resetFields();
    }
    Component.onDestruction: qrShown = false
    StackView.onDeactivating: qrShown = false

    Connections {
        target: AccountListModel

        function onModelReset() {
            const wasEdited = root.edited;
            root.load();
            if (!wasEdited)
                root.resetFields();
        }
        // An edit of this account (its icon, favorite, fields) updates the row in place.
        function onDataChanged(topLeft, bottomRight) {
            const row = AccountListModel.rowOf(root.accountId);
            if (row < topLeft.row || row > bottomRight.row)
                return;
            const wasEdited = root.edited;
            root.load();
            if (!wasEdited)
                root.resetFields();
        }
    }

    header: PageHeader {
        title: root.label
        onBackClicked: root.close()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            RowLayout {
                spacing: Theme.spacing * 1.5

                AccountAvatar {
                    objectName: "detailsAvatar"
                    initials: root.initials
                    avatarColor: root.avatarColor
                    iconSource: root.iconSource
                }
                Button {
                    objectName: "changeIconButton"
                    text: qsTr("Change icon…")
                    Accessible.name: qsTr("Change the icon of %1").arg(root.label)
                    onClicked: {
                        iconPicker.brands = AccountListModel.brandChoices();
                        iconPicker.open();
                    }
                }
                Switch {
                    objectName: "favoriteSwitch"
                    text: qsTr("Favorite")
                    checked: root.favorite
                    Accessible.name: qsTr("Favorite (shown on top and in the tray menu)")
                    onToggled: VaultController.setFavorite(root.accountId, checked)
                }
            }

            Label {
                text: qsTr("Issuer (service)")
            }
            TextField {
                id: issuerField

                objectName: "issuerField"
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Issuer")
            }
            Label {
                text: qsTr("Account name")
            }
            TextField {
                id: nameField

                objectName: "nameField"
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Account name")
            }
            Label {
                text: qsTr("Group")
            }
            TextField {
                id: groupField

                objectName: "groupField"
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: qsTr("e.g. Work")
                Accessible.name: qsTr("Group")
            }
            Label {
                //: A free text note kept with the account (e.g. where its backup codes are).
                text: qsTr("Note")
            }
            TextArea {
                id: noteArea

                objectName: "noteArea"
                Layout.fillWidth: true
                Layout.minimumHeight: 72
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                placeholderText: qsTr("e.g. where the backup codes are kept")
                Accessible.name: qsTr("Note")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Button {
                    objectName: "saveButton"
                    highlighted: true
                    enabled: root.edited
                    text: qsTr("Save changes")
                    Accessible.name: text
                    onClicked: root.save()
                }
                Button {
                    flat: true
                    enabled: root.edited
                    text: qsTr("Undo changes")
                    Accessible.name: text
                    onClicked: root.resetFields()
                }
            }

            MenuSeparator {
                Layout.fillWidth: true
            }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.bold: true
                //: Heading: getting back into this account if it is ever locked.
                text: qsTr("Recovery")
            }
            Label {
                objectName: "recoverySummary"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: root.recovery.warning ? Theme.danger : Theme.mutedText
                text: {
                    const count = root.recovery.codeCount || 0;
                    if (count === 0)
                        return qsTr("No backup codes saved.");
                    return qsTr("%1 of %n backup code(s) left.", "", count).arg(root.recovery.remaining);
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Button {
                    objectName: "recoveryDetailsButton"
                    text: qsTr("Backup codes and recovery info…")
                    Accessible.name: qsTr("Backup codes and recovery info of %1").arg(root.label)
                    onClicked: root.StackView.view.push(recoveryDetailsComponent, { accountId: root.accountId }, StackView.Immediate)
                }
                Button {
                    objectName: "recoveryCenterButton"
                    //: Opens the recovery checklists for this account.
                    text: qsTr("Locked out?")
                    Accessible.name: qsTr("Recovery steps for %1").arg(root.label)
                    onClicked: root.StackView.view.push(recoveryCenterComponent, { accountId: root.accountId }, StackView.Immediate)
                }
            }

            MenuSeparator {
                Layout.fillWidth: true
            }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.bold: true
                text: qsTr("Move to a phone")
            }
            Button {
                objectName: "showQrButton"
                visible: !root.qrShown
                text: qsTr("Show QR code…")
                Accessible.name: qsTr("Show QR code to move to a phone")
                onClicked: qrWarning.open()
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: root.qrShown
                spacing: Theme.spacing

                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.min(column.width, 260)
                    Layout.preferredHeight: Layout.preferredWidth
                    color: "white"

                    QrCodeItem {
                        objectName: "qrCode"
                        anchors.fill: parent
                        anchors.margins: 12
                        text: root.qrShown ? VaultController.uriOf(root.accountId) : ""
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR code of %1").arg(root.label)
                    }
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Scan it with the authenticator app on your phone.")
                }
                Button {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Hide QR code")
                    Accessible.name: text
                    onClicked: root.qrShown = false
                }
            }

            MenuSeparator {
                Layout.fillWidth: true
            }

            Button {
                objectName: "deleteButton"
                text: qsTr("Delete account")
                palette.buttonText: Theme.danger
                Accessible.name: qsTr("Delete %1").arg(root.label)
                onClicked: {
                    VaultController.removeAccount(root.accountId);
                    root.close();
                }
            }
        }
    }

    Component {
        id: recoveryDetailsComponent

        RecoveryDetailsPage {}
    }
    Component {
        id: recoveryCenterComponent

        RecoveryCenterPage {}
    }

    IconPickerDialog {
        id: iconPicker

        objectName: "iconPicker"
        parent: Overlay.overlay
        accountLabel: root.label
        currentChoice: root.iconChoice
        hasPicture: root.hasPicture
        onBrandChosen: slug => VaultController.setIconBrand(root.accountId, slug)
        onRemovePictureRequested: VaultController.removeIconPicture(root.accountId)
        onPictureFileChosen: fileUrl => {
            const error = VaultController.setIconPicture(root.accountId, fileUrl.toString());
            if (error !== "") {
                iconPicker.errorText = error;
                if (!iconPicker.opened)
                    iconPicker.open();
                return;
            }
            iconPicker.close();
        }
    }

    Dialog {
        id: qrWarning

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(root.width - 32, 380)
        modal: true
        title: qsTr("Show the QR code?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        Component.onCompleted: standardButton(Dialog.Ok).text = qsTr("Show")
        onAccepted: root.qrShown = true

        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Anyone who sees this code can copy your account, and get its codes as you do. Make sure nobody is looking at your screen and that it is not being recorded or shared.")
        }
    }
}
