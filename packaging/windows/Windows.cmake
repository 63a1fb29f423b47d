# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Windows build configuration, included from packaging/CMakeLists.txt on WIN32 (the installer's
# CPack settings are in Installer.cmake, included from packaging/Package.cmake). What it does:
#   - tessera.exe is a GUI program (no console window), with the icon and version resources of
#     tessera.rc.in; tessera-cli.exe stays a console program;
#   - `cmake --install` puts beside the two programs every DLL they need: the imported
#     dependencies' DLLs CMake knows of, Qt with its plugins and the QML modules the window
#     imports (windeployqt), the compiler's runtime, and whatever other DLL they load from the
#     dependency folders (e.g. OpenSSL or libsodium found without a CMake package).
# Configuration only: no Windows machine builds it here. See packaging/windows/README.md.
include(GNUInstallDirs)

# The GPL beside the programs (the installer also shows it before installing).
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)

# The DLLs of imported targets with a known location (Qt, QtKeychain, ZXing, … when found as
# CMake packages). windeployqt copies Qt's again; the copies are the same files.
install(FILES $<TARGET_RUNTIME_DLLS:tessera-cli> DESTINATION ${CMAKE_INSTALL_BINDIR})
set(_tessera_windows_programs tessera-cli.exe)
set(_tessera_windows_dll_dirs)
if(TESSERA_BUILD_APP)
    set_target_properties(tessera PROPERTIES WIN32_EXECUTABLE ON)
    # RC is enabled by CMake itself with the C++ compiler on Windows (MSVC and MinGW alike).
    set(TESSERA_WINDOWS_ICON ${CMAKE_CURRENT_LIST_DIR}/tessera.ico)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/tessera.rc.in ${CMAKE_CURRENT_BINARY_DIR}/windows/tessera.rc @ONLY)
    target_sources(tessera PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/windows/tessera.rc)
    install(FILES $<TARGET_RUNTIME_DLLS:tessera> DESTINATION ${CMAKE_INSTALL_BINDIR})
    list(PREPEND _tessera_windows_programs tessera.exe)
endif()

# The compiler's runtime: MSVC's DLLs (vcruntime, msvcp) through CMake's own module, so the
# installer needs no separate Visual C++ redistributable; MinGW's are copied by windeployqt.
if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CMAKE_INSTALL_UCRT_LIBRARIES ON)
    include(InstallRequiredSystemLibraries)
    set(_tessera_windeployqt_runtime --no-compiler-runtime)
else()
    set(_tessera_windeployqt_runtime --compiler-runtime)
endif()

# windeployqt comes with Qt (packaging/FindQtDeployTool.cmake says where it is looked for).
include(${CMAKE_CURRENT_LIST_DIR}/../FindQtDeployTool.cmake)
tessera_find_qt_deploy_tool(TESSERA_WINDEPLOYQT NAMES windeployqt windeployqt6
                            DOC "Qt's windeployqt, run by `cmake --install` to copy Qt beside the programs")

# Folders other DLLs are looked up in at install time: those of the imported DLLs, the prefix
# path's bin folders (vcpkg, conda, a hand-built libsodium) and PATH.
foreach(_prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND _tessera_windows_dll_dirs ${_prefix}/bin)
endforeach()

if(QT6_INSTALL_PREFIX)
    list(APPEND _tessera_windows_dll_dirs ${QT6_INSTALL_PREFIX}/bin)
endif()

if(NOT TESSERA_WINDEPLOYQT)
    message(WARNING "windeployqt not found next to Qt (${_tessera_qt_bin_hints}): `cmake --install` "
                    "and the installer will fail until -DTESSERA_WINDEPLOYQT=<path to windeployqt.exe> is given")
    install(CODE "message(FATAL_ERROR \"Tessera: windeployqt was not found when this build was configured, so \"
                  \"Qt cannot be copied beside the programs. Configure again with \"
                  \"-DTESSERA_WINDEPLOYQT=<Qt folder>/bin/windeployqt.exe.\")")
    return()
endif()

# windeployqt and the DLL sweep run on the installed programs (so also in CPack's staging
# install), from a script configured here rather than install(CODE): no second level of quoting.
configure_file(${CMAKE_CURRENT_LIST_DIR}/Deploy.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/windows/Deploy.cmake @ONLY)
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/windows/Deploy.cmake)
