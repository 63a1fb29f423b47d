# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The libraries Tessera is built on, found the way each platform ships them:
#   Debian/Ubuntu  system packages (tools/install-deps.sh): CMake packages, pkg-config, libzxcvbn;
#   Windows        vcpkg (packaging/windows/README.md), whose libsodium has a CMake package only;
#   macOS          Homebrew (packaging/macos/README.md), which has no zxcvbn;
#   Flatpak        modules of packaging/flatpak/org.tessera.Tessera.yml, zxcvbn as a source tree.
# Our targets link two names that hide the difference: tessera_sodium and, for the desktop
# program's password meter, tessera_zxcvbn.
find_package(Qt6Keychain REQUIRED)  # 0.13.2 on Debian 12; imported target qt6keychain
find_package(OpenSSL 3.0 REQUIRED)
find_package(ZXing REQUIRED)        # 1.4.0 on Debian 12; imported target ZXing::ZXing

# libsodium (Argon2id, XChaCha20-Poly1305 of Ente's and Aegis' files): pkg-config where it has a
# .pc file (Linux, Homebrew, Flatpak), vcpkg's CMake package elsewhere.
add_library(tessera_sodium INTERFACE)
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(SODIUM QUIET IMPORTED_TARGET libsodium)
endif()
if(TARGET PkgConfig::SODIUM)
    target_link_libraries(tessera_sodium INTERFACE PkgConfig::SODIUM)
else()
    find_package(unofficial-sodium CONFIG)
    if(NOT TARGET unofficial-sodium::sodium)
        message(FATAL_ERROR "libsodium not found: install libsodium-dev (Debian), libsodium "
                            "(Homebrew) or the vcpkg port libsodium.")
    endif()
    target_link_libraries(tessera_sodium INTERFACE unofficial-sodium::sodium)
endif()

# zxcvbn's C port, the desktop program's password meter (app/controllers/PasswordStrength).
# Debian's libzxcvbn-dev has neither a pkg-config nor a CMake file, so it is found by its header
# and library; where no system has it (Windows, macOS, the Flatpak runtime) it is built from its
# sources (cmake/BundledZxcvbn.cmake): TESSERA_ZXCVBN_SOURCE_DIR names a source tree, else the
# tag is fetched from GitHub at configure time.
set(TESSERA_ZXCVBN_SOURCE_DIR "" CACHE PATH
    "A zxcvbn-c source tree to build the password meter's library from when the system has none")
if(TESSERA_BUILD_APP)
    add_library(tessera_zxcvbn INTERFACE)
    if(NOT TESSERA_ZXCVBN_SOURCE_DIR)
        find_path(TESSERA_ZXCVBN_INCLUDE_DIR zxcvbn.h)
        find_library(TESSERA_ZXCVBN_LIBRARY zxcvbn)
    endif()
    if(TESSERA_ZXCVBN_INCLUDE_DIR AND TESSERA_ZXCVBN_LIBRARY)
        target_include_directories(tessera_zxcvbn INTERFACE ${TESSERA_ZXCVBN_INCLUDE_DIR})
        target_link_libraries(tessera_zxcvbn INTERFACE ${TESSERA_ZXCVBN_LIBRARY})
    else()
        include(${CMAKE_CURRENT_LIST_DIR}/BundledZxcvbn.cmake)
        target_link_libraries(tessera_zxcvbn INTERFACE tessera_bundled_zxcvbn)
    endif()
endif()
