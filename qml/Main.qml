// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// The window. Which screen shows follows VaultController.state; leaving Unlocked clears the
// stack, so the accounts (and any open details page or QR code) are destroyed, not hidden.
ApplicationWindow {
    id: root

    readonly property bool unlocked: VaultController.state === VaultController.Unlocked
    readonly property bool shown: visible && visibility !== Window.Minimized
    // Links a scan found that could not be added, shown together once all were tried.
    property var pendingScreenshots: []

    function accountsPage() {
        const page = stack.get(0, StackView.DontLoad);
        return unlocked && page && page.objectName === "accountsPage" ? page : null;
    }
    function showPageForState() {
        stack.clear(StackView.Immediate);
        switch (VaultController.state) {
        case VaultController.NoVault:
            stack.push(firstRunComponent, {}, StackView.Immediate);
            break;
        case VaultController.Locked:
            stack.push(lockComponent, {}, StackView.Immediate);
            break;
        case VaultController.Unlocked:
            stack.push(accountsComponent, {}, StackView.Immediate);
            break;
        default:
            // Starting: an empty window, nothing secret and nothing to do yet.
            break;
        }
    }
    function backToAccounts() {
        if (stack.depth > 1)
            stack.pop(null, StackView.Immediate);
        return accountsPage();
    }
    // Pages written later (import wizard, backup screens) are pushed by URL, only once they exist.
    function pushOptional(fileName) {
        if (!unlocked)
            return;
        const component = Qt.createComponent(Qt.resolvedUrl(fileName));
        if (component.status !== Component.Ready) {
            toast.show(qsTr("This part of Tessera is not available yet."));
            return;
        }
        backToAccounts();
        stack.push(component, {}, StackView.Immediate);
    }
    function openImport() {
        pushOptional("pages/ImportPage.qml");
    }
    function openBackup() {
        pushOptional("pages/BackupPage.qml");
    }
    function openSettings() {
        backToAccounts();
        stack.push(settingsComponent, {}, StackView.Immediate);
    }
    function openRecoveryCenter() {
        backToAccounts();
        stack.push(recoveryCenterComponent, {}, StackView.Immediate);
    }
    function openDetails(accountId) {
        backToAccounts();
        stack.push(detailsComponent, { accountId: accountId }, StackView.Immediate);
    }
    function lockNow() {
        ClipboardService.clearNow();
        if (VaultController.state === VaultController.Unlocked)
            VaultController.lock();
    }
    // Links found by a scan, a paste, a drop or the command line: added one by one, problems shown
    // together.
    function addLinks(links, sourceDescription, screenshotFiles) {
        const problems = [];
        for (let i = 0; i < links.length; ++i) {
            const error = VaultController.addFromUri(links[i]);
            if (error !== "")
                problems.push(error);
        }
        if (problems.length > 0) {
            problemDialog.details = problems.join("\n");
            problemDialog.summary = links.length === 1 ? qsTr("The account from %1 could not be added.").arg(sourceDescription) : qsTr("%1 of %2 accounts from %3 could not be added.").arg(problems.length).arg(links.length).arg(sourceDescription);
            problemDialog.open();
        }
        if (screenshotFiles && screenshotFiles.length > 0 && problems.length < links.length) {
            pendingScreenshots = screenshotFiles;
            deleteScreenshotDialog.open();
        }
    }
    function updateTrayFavorites() {
        if (!unlocked) {
            TrayIcon.setFavorites([]);
            return;
        }
        const favorites = [];
        for (let row = 0; row < AccountListModel.count; ++row) {
            const index = AccountListModel.index(row, 0);
            if (AccountListModel.data(index, AccountListModel.FavoriteRole))
                favorites.push({
                    accountId: AccountListModel.data(index, AccountListModel.IdRole),
                    label: AccountListModel.data(index, AccountListModel.LabelRole)
                });
        }
        TrayIcon.setFavorites(favorites);
    }

    width: 440
    height: 660
    minimumWidth: 320
    minimumHeight: 400
    visible: true
    title: ApplicationInfo.name
    // Light or dark as the system is: the Basic style draws with its own fixed light palette, so
    // every control gets the system's colours (QGuiApplication's palette, which the platform
    // theme — KDE's, or GTK's on GNOME — fills in) through the window's palette.
    palette.window: Theme.system.window
    palette.windowText: Theme.system.windowText
    palette.base: Theme.system.base
    palette.alternateBase: Theme.system.alternateBase
    palette.text: Theme.system.text
    palette.button: Theme.system.button
    palette.buttonText: Theme.system.buttonText
    palette.highlight: Theme.system.highlight
    // Not the system's: the Basic style draws a highlighted menu or list entry (a ComboBox's
    // current choice) on palette.light, so its text must read on that, not on the highlight.
    palette.highlightedText: Theme.system.windowText
    palette.light: Theme.system.light
    palette.midlight: Theme.system.midlight
    palette.mid: Theme.system.mid
    palette.dark: Theme.system.dark
    palette.shadow: Theme.system.shadow
    palette.placeholderText: Theme.system.placeholderText

    Binding {
        target: AccountListModel
        property: "active"
        value: root.shown && root.unlocked
    }
    Binding {
        target: TrayIcon
        property: "locked"
        value: !root.unlocked
    }
    Binding {
        target: TrayIcon
        property: "windowShown"
        value: root.shown
    }
    Binding {
        target: SessionLockWatcher
        property: "enabled"
        value: Preferences.lockOnScreenLock
    }
    Binding {
        target: IdleWatcher
        property: "enabled"
        value: root.unlocked && Preferences.autoLockMinutes > 0
    }
    Binding {
        target: IdleWatcher
        property: "timeoutSeconds"
        value: Preferences.autoLockMinutes * 60
    }

    Component.onCompleted: {
        showPageForState();
        if (VaultController.state === VaultController.Starting)
            VaultController.start();
    }
    onClosing: close => {
        if (Preferences.closeToTray && TrayIcon.available) {
            close.accepted = false;
            root.hide();
        } else {
            ClipboardService.clearNow();
        }
    }

    Connections {
        target: VaultController

        function onStateChanged() {
            root.showPageForState();
            Qt.callLater(root.updateTrayFavorites);
        }
        function onAccountsAdded(count, firstLabel) {
            toast.show(count === 1 ? qsTr("Added %1").arg(firstLabel) : qsTr("Added %n account(s)", "", count));
        }
        function onAccountRemoved(label) {
            toast.show(qsTr("Removed %1").arg(label), VaultController.canUndoRemove ? qsTr("Undo") : "", () => VaultController.undoRemove());
        }
        function onErrorOccurred(message) {
            toast.show(message);
        }
    }
    Connections {
        target: AccountListModel

        function onModelReset() {
            Qt.callLater(root.updateTrayFavorites);
        }
        function onDataChanged(topLeft, bottomRight, roles) {
            if (roles.length === 0 || roles.indexOf(AccountListModel.FavoriteRole) >= 0 || roles.indexOf(AccountListModel.LabelRole) >= 0)
                Qt.callLater(root.updateTrayFavorites);
        }
    }
    Connections {
        target: ClipboardService

        function onCopied(label, clearInSeconds) {
            if (label.length === 0)
                //: A password (not a code) was copied; the clipboard is emptied after %n seconds.
                toast.show(clearInSeconds > 0 ? qsTr("Copied — clears in %n s", "", clearInSeconds) : qsTr("Copied"));
            else
                //: %1 is the account; the clipboard is emptied after %n seconds.
                toast.show(qsTr("Code for %1 copied — clears in %n s", "", clearInSeconds).arg(label));
        }
        function onCleared() {
            toast.show(qsTr("Clipboard cleared"));
        }
    }
    Connections {
        target: IdleWatcher

        function onIdleTimeout() {
            root.lockNow();
        }
    }
    Connections {
        target: SessionLockWatcher

        // Sent more than once for one lock (screensaver and logind): locking twice is harmless.
        function onSessionLocked() {
            if (Preferences.lockOnScreenLock)
                root.lockNow();
        }
    }
    Connections {
        target: AddSourceController

        function onLinksFound(links, sourceDescription, screenshotFiles) {
            if (root.unlocked)
                root.addLinks(links, sourceDescription, screenshotFiles);
        }
        function onNothingFound(message) {
            toast.show(message);
        }
        function onNotice(message) {
            toast.show(message);
        }
    }
    Connections {
        target: TrayIcon

        function onCopyRequested(accountId) {
            if (root.unlocked)
                AccountListModel.copyCode(accountId);
        }
        function onShowHideRequested() {
            if (root.visible && root.visibility !== Window.Minimized) {
                root.hide();
            } else {
                root.show();
                root.raise();
                root.requestActivate();
            }
        }
        function onShowRequested() {
            root.show();
            root.raise();
            root.requestActivate();
        }
        function onLockRequested() {
            root.lockNow();
        }
        function onQuitRequested() {
            ClipboardService.clearNow();
            Qt.quit();
        }
    }

    Shortcut {
        sequences: [StandardKey.New]
        enabled: root.unlocked
        onActivated: {
            const page = root.backToAccounts();
            if (page)
                page.openAddMenu();
        }
    }
    Shortcut {
        // Only when no text field has the focus: there Ctrl+V pastes text as usual.
        sequences: [StandardKey.Paste]
        enabled: root.unlocked && !(root.activeFocusItem && root.activeFocusItem.cursorPosition !== undefined)
        onActivated: AddSourceController.pasteFromClipboard()
    }
    Shortcut {
        sequence: "Ctrl+I"
        enabled: root.unlocked
        onActivated: root.openImport()
    }
    Shortcut {
        sequence: "Ctrl+L"
        enabled: root.unlocked
        onActivated: root.lockNow()
    }
    Shortcut {
        sequences: [StandardKey.Find]
        enabled: root.unlocked
        onActivated: {
            const page = root.backToAccounts();
            if (page)
                page.focusSearch();
        }
    }
    Shortcut {
        // Esc: back from a pushed page, else clear the search (dialogs close themselves first).
        sequence: "Escape"
        enabled: root.unlocked && stack.depth > 1
        onActivated: stack.pop(StackView.Immediate)
    }

    StackView {
        id: stack

        anchors.fill: parent
        focus: true
    }

    DropArea {
        anchors.fill: parent
        enabled: root.unlocked
        onDropped: drop => {
            AddSourceController.handleDrop(drop.hasUrls ? drop.urls : [], drop.hasText ? drop.text : "");
            drop.accept();
        }
    }

    Component {
        id: firstRunComponent

        FirstRunPage {}
    }
    Component {
        id: lockComponent

        LockPage {}
    }
    Component {
        id: accountsComponent

        AccountsPage {
            objectName: "accountsPage"
            onImportRequested: root.openImport()
            onBackupRequested: root.openBackup()
            onRecoveryRequested: root.openRecoveryCenter()
            onSettingsRequested: root.openSettings()
            onAboutRequested: aboutDialog.open()
            onDetailsRequested: accountId => root.openDetails(accountId)
        }
    }
    Component {
        id: detailsComponent

        AccountDetailsPage {}
    }
    Component {
        id: recoveryCenterComponent

        RecoveryCenterPage {}
    }
    Component {
        id: settingsComponent

        SettingsPage {
            onAboutRequested: aboutDialog.open()
        }
    }

    Toast {
        id: toast
    }

    AboutDialog {
        id: aboutDialog

        parent: Overlay.overlay
    }

    Dialog {
        id: problemDialog

        property string summary
        property string details

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(root.width - 32, 400)
        modal: true
        title: qsTr("Some accounts were not added")
        standardButtons: Dialog.Ok

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: problemDialog.summary
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: problemDialog.details
            }
        }
    }

    Dialog {
        id: deleteScreenshotDialog

        objectName: "deleteScreenshotDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(root.width - 32, 400)
        modal: true
        title: qsTr("Delete the screenshot?")
        standardButtons: Dialog.Yes | Dialog.No
        Component.onCompleted: {
            //: Button of the "Delete the screenshot?" question.
            standardButton(Dialog.Yes).text = qsTr("Delete");
            standardButton(Dialog.Yes).objectName = "deleteScreenshotConfirm";
            //: Button of the "Delete the screenshot?" question.
            standardButton(Dialog.No).text = qsTr("Keep");
        }
        onAccepted: {
            const failed = [];
            for (let i = 0; i < root.pendingScreenshots.length; ++i) {
                if (!AddSourceController.deleteFile(root.pendingScreenshots[i]))
                    failed.push(root.pendingScreenshots[i]);
            }
            root.pendingScreenshots = [];
            toast.show(failed.length === 0 ? qsTr("Screenshot deleted") : qsTr("Could not delete %1").arg(failed.join(", ")));
        }
        onRejected: root.pendingScreenshots = []

        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("It shows your secret key: anyone who gets the picture can make your codes. The account is now in Tessera, so the picture is no longer needed.\n\n%1").arg(root.pendingScreenshots.join("\n"))
        }
    }
}
