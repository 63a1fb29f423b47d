# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a C++ file differs from what clang-format (with the repository's .clang-format)
# would write. Fix with: clang-format -i $(git ls-files '*.h' '*.cpp')
file(GLOB_RECURSE files
    "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp"
    "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp")
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
                RESULT_VARIABLE result ERROR_VARIABLE errors)
list(LENGTH files count)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format would change these files:\n${errors}")
endif()
message(STATUS "clang-format: ${count} files formatted as .clang-format says")
