# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# SECURITY.md S3: QtKeychain's plaintext fallback is never called, not even to switch it off
# (so no later edit can flip an argument). Any call in core/ or app/ fails this test.
file(GLOB_RECURSE files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/app/*.h"
     "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.mm")
set(violations "")
foreach(file IN LISTS files)
    file(STRINGS "${file}" lines REGEX "setInsecureFallback[ \t]*\\(")
    if(lines)
        list(APPEND violations "${file}: ${lines}")
    endif()
endforeach()
list(LENGTH files count)
if(violations)
    message(FATAL_ERROR "QtKeychain's insecure fallback must never be called (SECURITY.md S3):\n${violations}")
endif()
message(STATUS "keychain fallback: ${count} files checked, no call")
