// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tessera.Backend
import Tessera.Ui

// Choosing an account's icon: a brand from Tessera's catalog, "Automatic" (by the issuer),
// "Letters only", or a picture from a file. The page hands in the brands and the current choice
// and acts on the signals, so this dialog knows nothing of the backend (and is tested without it).
Dialog {
    id: root

    property string accountLabel
    // [{slug, title, source}], sorted by title (AccountListModel.brandChoices()).
    property var brands: []
    // "" (automatic), "letters", or a brand slug.
    property string currentChoice
    property bool hasPicture: false
    // Set by the page when a picture file was refused; shown until the next choice.
    property string errorText

    readonly property var shownBrands: {
        const query = searchField.text.trim().toLowerCase();
        if (query === "")
            return brands;
        return brands.filter(brand => brand.title.toLowerCase().indexOf(query) >= 0 || brand.slug.indexOf(query) >= 0);
    }

    signal brandChosen(string slug)
    signal pictureFileChosen(url fileUrl)
    signal removePictureRequested

    function choose(slug) {
        errorText = "";
        brandChosen(slug);
        close();
    }

    //: Title of the dialog that sets the picture shown for an account; %1 is the account.
    title: qsTr("Icon for %1").arg(accountLabel)
    modal: true
    focus: true
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 32, 520) : 520
    height: parent ? Math.min(parent.height - 32, 600) : 600
    closePolicy: Popup.CloseOnEscape
    standardButtons: Dialog.Close
    onOpened: {
        searchField.clear();
        searchField.forceActiveFocus();
    }
    onClosed: errorText = ""

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            visible: root.hasPicture
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("This account shows its own picture. Remove the picture to show a brand icon or letters instead.")
        }
        TextField {
            id: searchField

            objectName: "iconSearchField"
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("Search brands")
            Accessible.name: qsTr("Search brand icons")
            Keys.onReturnPressed: {
                if (root.shownBrands.length === 1)
                    root.choose(root.shownBrands[0].slug);
            }
        }
        GridView {
            id: grid

            objectName: "iconGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            clip: true
            cellWidth: 96
            cellHeight: 88
            model: root.shownBrands
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Brand icons")
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: tile

                required property var modelData
                readonly property bool current: modelData.slug === root.currentChoice

                objectName: "brand_" + modelData.slug
                width: grid.cellWidth - 4
                height: grid.cellHeight - 4
                highlighted: current
                Accessible.name: current ? qsTr("%1 (current icon)").arg(modelData.title) : modelData.title
                onClicked: root.choose(modelData.slug)

                contentItem: ColumnLayout {
                    spacing: 4

                    // Brand icons are black shapes: on a dark window they sit on a light tile.
                    Rectangle {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: 40
                        Layout.preferredHeight: 40
                        radius: 8
                        color: Theme.dark ? "#f2f2f2" : "transparent"

                        Image {
                            anchors.fill: parent
                            anchors.margins: 6
                            source: tile.modelData.source
                            sourceSize.width: 28
                            sourceSize.height: 28
                            fillMode: Image.PreserveAspectFit
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        elide: Text.ElideRight
                        font.pixelSize: 12
                        font.bold: tile.current
                        text: tile.modelData.title
                    }
                }
            }
        }
        Label {
            objectName: "noBrandsLabel"
            Layout.fillWidth: true
            visible: root.shownBrands.length === 0
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("No brand icon matches. Use letters or a picture from a file instead.")
        }
        Label {
            objectName: "iconErrorLabel"
            Layout.fillWidth: true
            visible: root.errorText !== ""
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: root.errorText
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Button {
                objectName: "automaticIconButton"
                //: Icon choice: the brand icon matching the issuer, if any, else letters.
                text: (highlighted ? "✓ " : "") + qsTr("Automatic")
                highlighted: root.currentChoice === ""
                Accessible.name: qsTr("Automatic icon (by the service name)")
                onClicked: root.choose("")
            }
            Button {
                objectName: "lettersIconButton"
                //: Icon choice: always show the account's initials on a coloured circle.
                text: (highlighted ? "✓ " : "") + qsTr("Letters only")
                highlighted: root.currentChoice === "letters"
                Accessible.name: qsTr("Letters only, no brand icon")
                onClicked: root.choose("letters")
            }
            Button {
                objectName: "pictureFileButton"
                text: qsTr("Picture from a file…")
                Accessible.name: qsTr("Use a picture from a file")
                onClicked: fileDialog.open()
            }
            Button {
                objectName: "removePictureButton"
                visible: root.hasPicture
                text: qsTr("Remove picture")
                palette.buttonText: Theme.danger
                Accessible.name: qsTr("Remove the account's own picture")
                onClicked: {
                    root.errorText = "";
                    root.removePictureRequested();
                    root.close();
                }
            }
        }
    }

    FileDialog {
        id: fileDialog

        title: qsTr("Choose a picture for %1").arg(root.accountLabel)
        currentFolder: ApplicationInfo.picturesFolder
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.svg *.webp)"), qsTr("All files (*)")]
        onAccepted: root.pictureFileChosen(selectedFile)
    }
}
