# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# zxcvbn-c built from its sources, for platforms that do not package it (cmake/Dependencies.cmake).
# Only its library is built, the way its makefile builds the "inline" variant: a small C++ tool
# (dict-generate.cpp) turns the word lists into dict-src.h, which zxcvbn.c compiles in, so the
# program needs no dictionary file at run time. Its own build files are not used: they differ
# between releases and build tests and shared libraries we do not want.
include(FetchContent)
enable_language(C)

# v2.5 is the release Debian 12 packages, the one the password meter's tests run against.
FetchContent_Declare(zxcvbn
    GIT_REPOSITORY https://github.com/tsyrogit/zxcvbn-c.git
    GIT_TAG v2.5
    GIT_SHALLOW TRUE)
if(TESSERA_ZXCVBN_SOURCE_DIR)
    # A source tree given by the packager (the Flatpak build has no network): used as it is.
    set(FETCHCONTENT_SOURCE_DIR_ZXCVBN ${TESSERA_ZXCVBN_SOURCE_DIR})
endif()
FetchContent_GetProperties(zxcvbn)
if(NOT zxcvbn_POPULATED)
    FetchContent_Populate(zxcvbn)
endif()

foreach(_tessera_zxcvbn_file zxcvbn.c zxcvbn.h dict-generate.cpp)
    if(NOT EXISTS ${zxcvbn_SOURCE_DIR}/${_tessera_zxcvbn_file})
        message(FATAL_ERROR "${zxcvbn_SOURCE_DIR} is not a zxcvbn-c source tree: it has no ${_tessera_zxcvbn_file}")
    endif()
endforeach()
# The word lists' names changed between releases (words-english.txt became words-eng_wiki.txt);
# every list the tree has goes in, in name order as the makefile lists them.
file(GLOB _tessera_zxcvbn_words ${zxcvbn_SOURCE_DIR}/words-*.txt)
list(SORT _tessera_zxcvbn_words)
if(NOT _tessera_zxcvbn_words)
    message(FATAL_ERROR "${zxcvbn_SOURCE_DIR} has no word lists (words-*.txt)")
endif()

add_executable(tessera_zxcvbn_dictgen ${zxcvbn_SOURCE_DIR}/dict-generate.cpp)
set(_tessera_zxcvbn_generated ${CMAKE_CURRENT_BINARY_DIR}/zxcvbn-generated)
add_custom_command(
    OUTPUT ${_tessera_zxcvbn_generated}/dict-src.h
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_tessera_zxcvbn_generated}
    COMMAND tessera_zxcvbn_dictgen -o ${_tessera_zxcvbn_generated}/dict-src.h ${_tessera_zxcvbn_words}
    DEPENDS tessera_zxcvbn_dictgen ${_tessera_zxcvbn_words}
    COMMENT "Generating zxcvbn's dictionary (dict-src.h)"
    VERBATIM)

add_library(tessera_bundled_zxcvbn STATIC
    ${zxcvbn_SOURCE_DIR}/zxcvbn.c ${_tessera_zxcvbn_generated}/dict-src.h)
target_include_directories(tessera_bundled_zxcvbn
    PRIVATE ${_tessera_zxcvbn_generated}
    PUBLIC ${zxcvbn_SOURCE_DIR})
if(NOT WIN32)
    target_link_libraries(tessera_bundled_zxcvbn PUBLIC m)  # log(), pow()
endif()
