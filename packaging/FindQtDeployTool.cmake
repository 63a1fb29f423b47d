# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tessera_find_qt_deploy_tool(<cache variable> NAMES <name>… DOC <text>)
# Finds one of Qt's deployment programs (windeployqt, macdeployqt), which come with Qt beside
# qmake: <prefix>/bin for Qt's own installer, aqtinstall and Homebrew, tools/Qt6/bin for vcpkg.
# -D<cache variable>=<path> names another. The folders searched are left in
# _tessera_qt_bin_hints, for the caller's message when the tool is missing.
function(tessera_find_qt_deploy_tool variable)
    cmake_parse_arguments(ARG "" "DOC" "NAMES" ${ARGN})
    set(hints)
    if(QT6_INSTALL_PREFIX)
        list(APPEND hints ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} ${QT6_INSTALL_PREFIX}/bin
             ${QT6_INSTALL_PREFIX}/tools/Qt6/bin)
    endif()
    if(TARGET Qt6::qmake)
        foreach(property IMPORTED_LOCATION IMPORTED_LOCATION_RELEASE IMPORTED_LOCATION_DEBUG)
            get_target_property(qmake Qt6::qmake ${property})
            if(qmake)
                get_filename_component(qmake_dir ${qmake} DIRECTORY)
                list(APPEND hints ${qmake_dir})
            endif()
        endforeach()
    endif()
    find_program(${variable} NAMES ${ARG_NAMES} HINTS ${hints} DOC "${ARG_DOC}")
    set(_tessera_qt_bin_hints ${hints} PARENT_SCOPE)
endfunction()
