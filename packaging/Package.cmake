# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian package: `cpack -G DEB --config BUILD_DIR/CPackConfig.cmake` turns the install rules
# into tessera_<version>_<arch>.deb, which `apt install ./tessera_*.deb` installs with its
# dependencies. Checked by tests/packaging/check-deb.sh (ctest packaging.deb) and, installed into
# the real system, by tools/check-package.sh.
set(CPACK_PACKAGE_NAME tessera)
set(CPACK_PACKAGE_VENDOR "Tessera contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES OFF)  # keep symbols: dpkg-shlibdeps and crash reports read them

set(CPACK_DEBIAN_PACKAGE_NAME tessera)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # tessera_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Tessera contributors")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The long description is every line after the first, indented by one space (deb-control(5)).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
Tessera shows the one-time codes (TOTP, HOTP, Steam Guard) that websites ask for
when you sign in with two-factor authentication. Accounts are added from QR codes
on screen, image files or otpauth:// links, and kept in an encrypted vault whose
key is held by the system keychain, with an optional recovery password.
.
This package holds the desktop program (tessera) and the command line
(tessera-cli), with translations into Spanish, French, Brazilian Portuguese and
Russian.")

# dpkg-shlibdeps (dpkg-dev) finds the shared libraries the programs link: Qt, QtKeychain,
# ZXing, OpenSSL, libsodium, zxcvbn. What it cannot see is loaded at run time: Debian ships every
# QML module, the SVG and WebP image plugins, Qt's own translations as separate packages, a
# missing one only shows when the window fails to load. The list is tools/install-deps.sh's
# run_packages (keep the two in step); QtKeychain dlopens libsecret for the Secret Service.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(TESSERA_BUILD_APP)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, \
qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtqml-workerscript, \
qml6-module-qtqml-models, qml6-module-qtquick-dialogs, qml6-module-qt-labs-folderlistmodel, \
libqt6svg6, qt6-image-formats-plugins, qt6-translations-l10n, fonts-dejavu-core, libsecret-1-0")
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, fonts-dejavu-core")
endif()
# A keychain to hold the vault's key (either desktop's), the GTK theme so the window follows
# GNOME's light or dark style, and native Wayland windows (without it Qt uses XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-gtk-platformtheme, qt6-wayland")

include(${CMAKE_CURRENT_LIST_DIR}/windows/Installer.cmake)  # the NSIS installer, on Windows only
include(${CMAKE_CURRENT_LIST_DIR}/macos/Installer.cmake)  # the DMG, on macOS only
include(CPack)
