// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// The accounts screen: search, group and sort, the list of codes, and every way to add an account.
// Keyboard: typing searches, ↑/↓ move, Enter copies, Esc clears the search.
Page {
    id: root

    // Distinct groups of the accounts, sorted; recomputed when accounts come or go, not per tick.
    property var groups: []

    signal importRequested()
    signal backupRequested()
    signal recoveryRequested()
    signal settingsRequested()
    signal aboutRequested()
    signal detailsRequested(string accountId)

    function focusSearch() {
        searchField.forceActiveFocus();
        searchField.selectAll();
    }
    function clearSearch() {
        if (searchField.text === "")
            return false;
        searchField.clear();
        list.forceActiveFocus();
        return true;
    }
    function openAddMenu() {
        addMenu.popup(addButton, 0, addButton.height);
    }
    function openManualEntry() {
        manualEntry.open();
    }
    function openImageFiles() {
        imageDialog.open();
    }
    function copyAt(row) {
        const id = filter.idAt(row);
        if (id !== "")
            AccountListModel.copyCode(id);
    }
    function collectGroups() {
        const seen = {};
        const found = [];
        for (let row = 0; row < AccountListModel.count; ++row) {
            const group = AccountListModel.data(AccountListModel.index(row, 0), AccountListModel.GroupRole);
            if (group && !seen[group]) {
                seen[group] = true;
                found.push(group);
            }
        }
        found.sort((left, right) => left.localeCompare(right));
        groups = found;
        if (filter.group !== "" && found.indexOf(filter.group) < 0)
            Preferences.lastGroup = "";
    }

    Accessible.name: qsTr("Accounts")
    Component.onCompleted: {
        collectGroups();
        list.forceActiveFocus();
    }

    Connections {
        target: AccountListModel

        function onModelReset() {
            Qt.callLater(root.collectGroups);
        }
        function onRowsInserted() {
            Qt.callLater(root.collectGroups);
        }
        function onRowsRemoved() {
            Qt.callLater(root.collectGroups);
        }
        function onDataChanged(topLeft, bottomRight, roles) {
            if (roles.length === 0 || roles.indexOf(AccountListModel.GroupRole) >= 0)
                Qt.callLater(root.collectGroups);
        }
    }

    AccountFilterModel {
        id: filter

        sourceModel: AccountListModel
        searchText: searchField.text
        group: Preferences.lastGroup
        sortOrder: Preferences.sortOrder
    }

    header: ToolBar {
        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                spacing: Theme.spacing / 2

                TextField {
                    id: searchField

                    objectName: "searchField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search")
                    selectByMouse: true
                    Accessible.name: qsTr("Search accounts")
                    Accessible.role: Accessible.EditableText
                    Keys.onEscapePressed: event => {
                        if (text !== "") {
                            clear();
                            event.accepted = true;
                        }
                        list.forceActiveFocus();
                    }
                    Keys.onDownPressed: {
                        list.forceActiveFocus();
                        if (list.count > 0)
                            list.currentIndex = Math.max(0, list.currentIndex);
                    }
                    onAccepted: root.copyAt(Math.max(0, list.currentIndex))
                    onTextChanged: list.currentIndex = 0
                }
                BusyIndicator {
                    Layout.preferredWidth: 28
                    Layout.preferredHeight: 28
                    visible: AddSourceController.busy
                    running: visible && root.visible
                    Accessible.name: qsTr("Looking for QR codes")
                }
                ToolButton {
                    id: addButton

                    objectName: "addButton"
                    text: "+"
                    font.pixelSize: 20
                    Accessible.name: qsTr("Add account")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Add account (Ctrl+N)")
                    onClicked: root.openAddMenu()
                }
                ToolButton {
                    objectName: "lockButton"
                    //: Toolbar button that locks the vault.
                    text: qsTr("Lock")
                    Accessible.name: qsTr("Lock Tessera")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Lock (Ctrl+L)")
                    onClicked: {
                        ClipboardService.clearNow();
                        VaultController.lock();
                    }
                }
                ToolButton {
                    id: menuButton

                    objectName: "menuButton"
                    text: "⋮"
                    font.pixelSize: 20
                    Accessible.name: qsTr("Menu")
                    onClicked: mainMenu.popup(menuButton, 0, menuButton.height)
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: AccountListModel.count > 0
                spacing: Theme.spacing

                ComboBox {
                    id: groupBox

                    objectName: "groupBox"
                    Layout.fillWidth: true
                    visible: root.groups.length > 0
                    model: [qsTr("All groups")].concat(root.groups)
                    currentIndex: Math.max(0, root.groups.indexOf(filter.group) + 1)
                    Accessible.name: qsTr("Group")
                    onActivated: index => Preferences.lastGroup = index === 0 ? "" : root.groups[index - 1]
                }
                Item {
                    Layout.fillWidth: true
                    visible: !groupBox.visible
                }
                ToolButton {
                    id: sortButton

                    objectName: "sortButton"
                    //: Opens the menu of sort orders for the accounts list.
                    text: qsTr("Sort")
                    Accessible.name: qsTr("Sort order")
                    onClicked: sortMenu.popup(sortButton, 0, sortButton.height)
                }
            }
        }
    }

    Menu {
        id: addMenu

        MenuItem {
            text: qsTr("Scan QR code on screen")
            Accessible.name: text
            onTriggered: AddSourceController.captureScreen()
        }
        MenuItem {
            text: qsTr("Open image…")
            Accessible.name: qsTr("Open an image of a QR code")
            onTriggered: root.openImageFiles()
        }
        MenuItem {
            //: Pastes a copied QR code picture or otpauth link.
            text: qsTr("Paste image or link")
            Accessible.name: text
            onTriggered: AddSourceController.pasteFromClipboard()
        }
        MenuItem {
            text: qsTr("Enter a setup key…")
            Accessible.name: qsTr("Enter a setup key by hand")
            onTriggered: root.openManualEntry()
        }
        MenuSeparator {}
        MenuItem {
            text: qsTr("Import from another app…")
            Accessible.name: text
            onTriggered: root.importRequested()
        }
    }

    Menu {
        id: mainMenu

        MenuItem {
            text: qsTr("Backup and export…")
            Accessible.name: qsTr("Backup and export")
            onTriggered: root.backupRequested()
        }
        MenuItem {
            objectName: "recoveryMenuItem"
            text: qsTr("Recovery center…")
            Accessible.name: qsTr("Recovery center: get back into an account")
            onTriggered: root.recoveryRequested()
        }
        MenuItem {
            text: qsTr("Settings…")
            Accessible.name: qsTr("Settings")
            onTriggered: root.settingsRequested()
        }
        MenuItem {
            text: qsTr("About Tessera")
            Accessible.name: text
            onTriggered: root.aboutRequested()
        }
    }

    Menu {
        id: sortMenu

        Repeater {
            model: [
                { order: AccountFilterModel.Issuer, text: qsTr("By issuer") },
                { order: AccountFilterModel.Name, text: qsTr("By account name") },
                { order: AccountFilterModel.DateAdded, text: qsTr("Oldest first") },
                { order: AccountFilterModel.DateAddedNewestFirst, text: qsTr("Newest first") }
            ]
            delegate: MenuItem {
                required property var modelData

                text: modelData.text
                checkable: true
                checked: Preferences.sortOrder === modelData.order
                Accessible.name: qsTr("Sort %1").arg(text)
                onTriggered: Preferences.sortOrder = modelData.order
            }
        }
    }

    FileDialog {
        id: imageDialog

        title: qsTr("Open images of QR codes")
        currentFolder: ApplicationInfo.picturesFolder
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"), qsTr("All files (*)")]
        onAccepted: AddSourceController.openImageFiles(selectedFiles)
    }

    ManualEntryDialog {
        id: manualEntry

        parent: Overlay.overlay
        validator: (issuer, name, secret, type, algorithm, digits, period) => VaultController.validateManual(issuer, name, secret, type, algorithm, digits, period)
        submitter: (issuer, name, secret, type, algorithm, digits, period, counter) => VaultController.addManual(issuer, name, secret, type, algorithm, digits, period, counter)
    }

    EmptyAccountsPage {
        anchors.fill: parent
        visible: AccountListModel.count === 0
        onScanScreenRequested: AddSourceController.captureScreen()
        onOpenImageRequested: root.openImageFiles()
        onPasteRequested: AddSourceController.pasteFromClipboard()
        onManualEntryRequested: root.openManualEntry()
        onImportRequested: root.importRequested()
    }

    Label {
        objectName: "noMatchLabel"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        visible: AccountListModel.count > 0 && filter.count === 0
        color: Theme.mutedText
        text: searchField.text !== "" ? qsTr("No account matches “%1”.").arg(searchField.text) : qsTr("No account in this group.")
    }

    ListView {
        id: list

        objectName: "accountList"
        anchors.fill: parent
        visible: AccountListModel.count > 0
        model: filter
        reuseItems: true
        clip: true
        focus: true
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        boundsBehavior: Flickable.StopAtBounds
        currentIndex: 0
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Accounts")
        ScrollBar.vertical: ScrollBar {}

        Keys.onReturnPressed: root.copyAt(currentIndex)
        Keys.onEnterPressed: root.copyAt(currentIndex)
        Keys.onEscapePressed: event => event.accepted = root.clearSearch()
        // Type to search: a printable key typed in the list goes to the search field.
        Keys.onPressed: event => {
            if (event.text.length === 1 && event.text >= " " && event.text !== "\u007f" && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))) {
                searchField.forceActiveFocus();
                searchField.insert(searchField.cursorPosition, event.text);
                event.accepted = true;
            }
        }

        delegate: AccountDelegate {
            codesHidden: Preferences.hideCodes
            secondsRemaining: hotp || period <= 0 ? 0 : period - AccountListModel.unixSeconds % period
            onCopyRequested: accountId => {
                list.currentIndex = index;
                AccountListModel.copyCode(accountId);
            }
            onDetailsRequested: accountId => root.detailsRequested(accountId)
            onFavoriteToggled: (accountId, favorite) => VaultController.setFavorite(accountId, favorite)
            onNextCodeRequested: accountId => VaultController.advanceCounter(accountId)
        }
    }

    footer: Frame {
        objectName: "batchBanner"
        visible: AddSourceController.batchProgress !== "" && !AddSourceController.batchComplete

        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: AddSourceController.batchProgress
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Button {
                //: Scans the screen again for the next QR code of a multi-part transfer.
                text: qsTr("Scan next")
                Accessible.name: qsTr("Scan the next transfer code")
                onClicked: AddSourceController.captureScreen()
            }
            Button {
                flat: true
                text: qsTr("Stop")
                Accessible.name: qsTr("Stop scanning transfer codes")
                onClicked: AddSourceController.resetBatch()
            }
        }
    }
}
