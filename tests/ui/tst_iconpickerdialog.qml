// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Tessera.Ui

TestCase {
    id: testCase

    name: "IconPickerDialog"
    when: windowShown
    // TestCase is invisible by default; the components are clicked and checked for visibility.
    visible: true
    width: 560
    height: 640

    // Stands in for AccountListModel.brandChoices(): the real icons, sorted by title.
    readonly property var sampleBrands: [
        { slug: "github", title: "GitHub", source: "qrc:/brands/github.svg" },
        { slug: "google", title: "Google", source: "qrc:/brands/google.svg" },
        { slug: "paypal", title: "PayPal", source: "qrc:/brands/paypal.svg" }
    ]
    property var chosen: []

    Component {
        id: dialogComponent

        IconPickerDialog {
            accountLabel: "GitHub (mia)"
            brands: testCase.sampleBrands
            onBrandChosen: slug => testCase.chosen.push("brand:" + slug)
            onRemovePictureRequested: testCase.chosen.push("remove")
            onPictureFileChosen: fileUrl => testCase.chosen.push("file:" + fileUrl)
        }
    }

    function openDialog(properties) {
        chosen = [];
        const dialog = createTemporaryObject(dialogComponent, testCase, properties || {});
        verify(dialog);
        dialog.open();
        tryCompare(dialog, "opened", true, 5000);
        return dialog;
    }
    function child(dialog, objectName) {
        const found = findChild(dialog.contentItem, objectName);
        verify(found, objectName + " exists");
        return found;
    }
    function findTile(grid, slug) {
        for (let i = 0; i < grid.count; ++i) {
            const item = grid.itemAtIndex(i);
            if (item && item.objectName === "brand_" + slug)
                return item;
        }
        return null;
    }
    // The grid makes its delegates when it is laid out, after the dialog opened.
    function tileOf(dialog, slug) {
        const grid = child(dialog, "iconGrid");
        tryVerify(() => findTile(grid, slug) !== null, 5000, "the tile of " + slug + " is shown");
        return findTile(grid, slug);
    }

    function test_gridShowsEveryBrandWithItsTitle() {
        const dialog = openDialog();
        const grid = child(dialog, "iconGrid");
        compare(grid.count, 3);
        const tile = tileOf(dialog, "paypal");
        verify(tile, "the PayPal tile is shown");
        compare(tile.Accessible.name, "PayPal");
        verify(!child(dialog, "noBrandsLabel").visible);
    }

    function test_searchFilters() {
        const dialog = openDialog();
        const grid = child(dialog, "iconGrid");
        child(dialog, "iconSearchField").text = "pay";
        compare(grid.count, 1);
        verify(tileOf(dialog, "paypal"));
        child(dialog, "iconSearchField").text = "GOO";
        compare(grid.count, 1);
        verify(tileOf(dialog, "google"));
        child(dialog, "iconSearchField").text = "nothing like this";
        compare(grid.count, 0);
        verify(child(dialog, "noBrandsLabel").visible);
    }

    function test_clickingABrandChoosesItAndCloses() {
        const dialog = openDialog();
        const tile = tileOf(dialog, "google");
        verify(tile);
        mouseClick(tile);
        compare(chosen, ["brand:google"]);
        tryCompare(dialog, "visible", false, 5000);
    }

    function test_enterChoosesTheOnlyMatch() {
        const dialog = openDialog();
        const search = child(dialog, "iconSearchField");
        tryVerify(() => search.activeFocus, 5000, "the search field has the focus");
        keyClick("h");
        keyClick("u");
        keyClick("b");
        compare(child(dialog, "iconGrid").count, 1);
        keyClick(Qt.Key_Return);
        compare(chosen, ["brand:github"]);
    }

    function test_automaticAndLetters() {
        let dialog = openDialog({ currentChoice: "letters" });
        verify(child(dialog, "lettersIconButton").highlighted);
        verify(!child(dialog, "automaticIconButton").highlighted);
        mouseClick(child(dialog, "automaticIconButton"));
        compare(chosen, ["brand:"]);
        dialog = openDialog();
        mouseClick(child(dialog, "lettersIconButton"));
        compare(chosen, ["brand:letters"]);
    }

    function test_currentBrandIsMarked() {
        const dialog = openDialog({ currentChoice: "paypal" });
        const tile = tileOf(dialog, "paypal");
        verify(tile.highlighted);
        compare(tile.Accessible.name, "PayPal (current icon)");
        verify(!tileOf(dialog, "github").highlighted);
    }

    function test_removePictureOnlyWithAPicture() {
        let dialog = openDialog();
        verify(!child(dialog, "removePictureButton").visible);
        dialog = openDialog({ hasPicture: true });
        const remove = child(dialog, "removePictureButton");
        verify(remove.visible);
        mouseClick(remove);
        compare(chosen, ["remove"]);
        tryCompare(dialog, "visible", false, 5000);
    }

    function test_errorIsShownAndClearedOnClose() {
        const dialog = openDialog();
        const label = child(dialog, "iconErrorLabel");
        verify(!label.visible);
        dialog.errorText = "This picture is larger than 256 KB.";
        verify(label.visible);
        compare(label.text, "This picture is larger than 256 KB.");
        dialog.close();
        tryCompare(dialog, "visible", false, 5000);
        compare(dialog.errorText, "");
    }

    function test_everyButtonHasAnAccessibleName() {
        const dialog = openDialog({ hasPicture: true });
        for (const name of ["iconSearchField", "automaticIconButton", "lettersIconButton", "pictureFileButton", "removePictureButton", "iconGrid"])
            verify(child(dialog, name).Accessible.name !== "", name + " has an accessible name");
    }
}
