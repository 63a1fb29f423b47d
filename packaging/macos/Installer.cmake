# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The macOS disk image (CPack DragNDrop): included from packaging/Package.cmake on macOS, before
# include(CPack), so these settings replace the Debian ones where both name the same thing.
# `cpack -G DragNDrop` writes tessera-<version>-macos.dmg, a window holding Tessera.app and a
# link to /Applications to drag it onto. Configuration only: hdiutil, which makes the image,
# exists on macOS alone (packaging/macos/README.md).
if(NOT APPLE)
    return()
endif()

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_NAME Tessera)
set(CPACK_PACKAGE_VENDOR "Tessera contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_FILE_NAME "tessera-${PROJECT_VERSION}-macos")
# The image's top level is the install prefix: Tessera.app sits there, not under Package.cmake's /usr.
set(CPACK_PACKAGING_INSTALL_PREFIX /)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Tessera)
# Only the bundle (MacOS.cmake installs it, tessera-cli inside and Qt deployed, as this
# component): not the Unix layout (bin/, share/man, completions) the other install rules add for
# `cmake --install`, whose programs would look for Qt where the build machine has it.
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};Tessera;tessera_macos_bundle;/")
set(CPACK_DMG_VOLUME_NAME Tessera)
set(CPACK_DMG_FORMAT UDZO)  # compressed, read-only
set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_LIST_DIR}/Tessera.icns)  # the mounted volume's icon
# No licence dialog when the image opens (it needs hdiutil's deprecated resource editing); the
# GPL lies beside the bundle as LICENSE.txt (MacOS.cmake).
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
# CPack adds the /Applications link itself (CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK is off).
