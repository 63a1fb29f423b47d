# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails if a file under core/ includes QtGui, QtQml or QtQuick headers, or if the keychain's
# plaintext fallback is ever switched on (SECURITY.md S3).
file(GLOB_RECURSE core_files "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(violations "")
foreach(file IN LISTS core_files)
    file(STRINGS "${file}" lines REGEX "#include *<(QtGui|QtQml|QtQuick|QImage|QGuiApplication|QClipboard|QQml|QQuick|QValidator|QPixmap)")
    if(lines)
        list(APPEND violations "${file}: ${lines}")
    endif()
    file(STRINGS "${file}" lines REGEX "setInsecureFallback *\\( *true")
    if(lines)
        list(APPEND violations "${file}: ${lines}")
    endif()
endforeach()
list(LENGTH core_files count)
if(violations)
    message(FATAL_ERROR "core/ must not depend on the GUI layer:\n${violations}")
endif()
message(STATUS "core layering: ${count} files checked, no GUI includes")
