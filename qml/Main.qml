// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Tessera.Backend

ApplicationWindow {
    id: root

    width: 420
    height: 640
    minimumWidth: 320
    minimumHeight: 400
    visible: true
    title: ApplicationInfo.name

    EmptyAccountsPage {
        anchors.fill: parent
    }
}
