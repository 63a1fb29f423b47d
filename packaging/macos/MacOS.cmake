# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# macOS build configuration, included from packaging/CMakeLists.txt on APPLE (the disk image's
# CPack settings are in Installer.cmake, included from packaging/Package.cmake). What it does:
#   - tessera becomes Tessera.app, with Info.plist.in (identifier, versions, the otpauth and
#     otpauth-migration URL schemes) and Tessera.icns;
#   - `cmake --install` (component tessera_macos_bundle, the one the DMG holds) installs
#     Tessera.app at the top of the prefix with tessera-cli inside it (Contents/MacOS), the GPL
#     beside it, then runs macdeployqt on it — Qt's frameworks and plugins and the QML modules
#     the window imports go into the bundle, and both programs are pointed at them — and signs it.
# Configuration only: no Mac builds it here. See packaging/macos/README.md.
include(GNUInstallDirs)

if(NOT TESSERA_BUILD_APP)
    return()
endif()

set(_tessera_icns ${CMAKE_CURRENT_LIST_DIR}/Tessera.icns)
# The icon is a source of the target, copied into Contents/Resources; the property is set in
# the target's own directory (app/), where CMake looks for it.
target_sources(tessera PRIVATE ${_tessera_icns})
set_source_files_properties(${_tessera_icns} TARGET_DIRECTORY tessera PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(tessera PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Tessera  # Tessera.app in Finder, Contents/MacOS/Tessera
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})

set(_tessera_component tessera_macos_bundle)
install(TARGETS tessera BUNDLE DESTINATION . COMPONENT ${_tessera_component})
# tessera-cli inside the bundle, so macdeployqt points it at the bundle's Qt as well; the README
# says how to put it on PATH.
install(PROGRAMS $<TARGET_FILE:tessera-cli> DESTINATION Tessera.app/Contents/MacOS COMPONENT ${_tessera_component})
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt COMPONENT ${_tessera_component})

# macdeployqt comes with Qt (packaging/FindQtDeployTool.cmake says where it is looked for).
include(${CMAKE_CURRENT_LIST_DIR}/../FindQtDeployTool.cmake)
tessera_find_qt_deploy_tool(TESSERA_MACDEPLOYQT NAMES macdeployqt macdeployqt6
                            DOC "Qt's macdeployqt, run by `cmake --install` to put Qt into Tessera.app")
# Signing: ad hoc ("-") unless an identity is given; Apple Silicon runs no unsigned code, and
# macdeployqt's edits void the linker's signature. A Developer ID identity gets the hardened
# runtime, which notarisation needs (notarising itself is not scripted).
set(TESSERA_MACOS_SIGNING_IDENTITY "-" CACHE STRING
    "codesign identity for Tessera.app: - (ad hoc) or a Developer ID Application identity")

if(NOT TESSERA_MACDEPLOYQT)
    message(WARNING "macdeployqt not found next to Qt (${_tessera_qt_bin_hints}): `cmake --install` "
                    "and the disk image will fail until -DTESSERA_MACDEPLOYQT=<path to macdeployqt> is given")
    install(CODE "message(FATAL_ERROR \"Tessera: macdeployqt was not found when this build was configured, so \"
                  \"Qt cannot be put into Tessera.app. Configure again with -DTESSERA_MACDEPLOYQT=<Qt folder>/bin/macdeployqt.\")"
            COMPONENT ${_tessera_component})
    return()
endif()

# macdeployqt and codesign run on the installed bundle (so also in CPack's staging install),
# from a script configured here rather than install(CODE): no second level of quoting.
configure_file(${CMAKE_CURRENT_LIST_DIR}/Deploy.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/macos/Deploy.cmake @ONLY)
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/macos/Deploy.cmake COMPONENT ${_tessera_component})
