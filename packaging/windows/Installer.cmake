# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Windows installer (CPack NSIS): included from packaging/Package.cmake on WIN32, before
# include(CPack), so these settings replace the Debian ones where both name the same thing.
# `cpack -G NSIS` (or `cmake --build . --target package`) writes tessera-<version>-win64.exe:
# it installs into Program Files\Tessera, adds a Start-menu entry, shows the GPL before installing,
# makes Tessera the handler of otpauth: and otpauth-migration: links, and registers an uninstaller
# that removes all of it. makensis is NSIS's compiler (https://nsis.sourceforge.io, or `choco
# install nsis`). ctest packaging.windowsinstaller builds this installer on Linux from a stand-in
# program (tests/packaging/nsis/) and checks the generated script.
if(NOT WIN32)
    return()
endif()

set(CPACK_GENERATOR NSIS)
# CPACK_* values reach the NSIS script exactly as written here (CPack escapes them itself when it
# writes CPackConfig.cmake), so a backslash below is one backslash in the registry.
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_PACKAGE_NAME Tessera)
set(CPACK_PACKAGE_VENDOR "Tessera contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Tessera)  # Program Files\Tessera, not Package.cmake's /usr
unset(CPACK_PACKAGING_INSTALL_PREFIX)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Tessera)
set(CPACK_PACKAGE_FILE_NAME "tessera-${PROJECT_VERSION}-win64")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)

set(CPACK_NSIS_PACKAGE_NAME Tessera)
set(CPACK_NSIS_DISPLAY_NAME Tessera)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/tessera.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/tessera.ico)
# The icon "Installed apps" shows: the one inside tessera.exe (tessera.rc.in).
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\tessera.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Installing over an older version removes it first, so no file of it is left behind.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# CPack's PATH editing truncates long PATH values; tessera-cli is run by its full path or from
# the installation folder instead (packaging/windows/README.md).
set(CPACK_NSIS_MODIFY_PATH OFF)
# The Start-menu entry: bin\tessera.exe, named Tessera. No "Run Tessera" on the last page: the
# installer runs as administrator, and the vault's program should not start with those rights.
set(CPACK_PACKAGE_EXECUTABLES tessera Tessera)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)

# otpauth: and otpauth-migration: links open Tessera (the schemes of the Linux desktop file's
# x-scheme-handler MimeType). SHCTX is HKLM for the all-users install CPack's installer does as
# an administrator, HKCU otherwise. The command is `"<folder>\bin\tessera.exe" "%1"`: NSIS's
# single quotes keep the double quotes, and $INSTDIR is filled in when installing. The
# uninstaller removes a scheme only while it still points at this Tessera, not another program
# registered since; SHChangeNotify(SHCNE_ASSOCCHANGED) tells Explorer the handlers changed.
set(_tessera_url_command [=['"$INSTDIR\bin\tessera.exe" "%1"']=])
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "")
foreach(_scheme otpauth otpauth-migration)
    string(APPEND CPACK_NSIS_EXTRA_INSTALL_COMMANDS
        "  WriteRegStr SHCTX \"Software\\Classes\\${_scheme}\" \"\" \"URL:${_scheme}\"\n"
        "  WriteRegStr SHCTX \"Software\\Classes\\${_scheme}\" \"URL Protocol\" \"\"\n"
        "  WriteRegStr SHCTX \"Software\\Classes\\${_scheme}\\DefaultIcon\" \"\" \"$INSTDIR\\bin\\tessera.exe,0\"\n"
        "  WriteRegStr SHCTX \"Software\\Classes\\${_scheme}\\shell\\open\\command\" \"\" ${_tessera_url_command}\n")
    string(APPEND CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
        "  ReadRegStr $0 SHCTX \"Software\\Classes\\${_scheme}\\shell\\open\\command\" \"\"\n"
        "  StrCmp $0 ${_tessera_url_command} 0 +2\n"
        "    DeleteRegKey SHCTX \"Software\\Classes\\${_scheme}\"\n")
endforeach()
string(APPEND CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'\n")
string(APPEND CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'\n")
