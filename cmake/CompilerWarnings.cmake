# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Warnings for Tessera's own targets. Applied per target (not globally) so third-party
# headers and Qt's generated sources keep their own rules.
add_library(tessera_warnings INTERFACE)
if(MSVC)
    # /permissive- and /Zc:__cplusplus: standard C++ as GCC and Clang read it; /utf-8: our
    # sources (and the u"…" literals in them) are UTF-8 whatever the Windows code page is.
    target_compile_options(tessera_warnings INTERFACE /W4 /permissive- /Zc:__cplusplus /utf-8)
    if(TESSERA_WERROR)
        target_compile_options(tessera_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(tessera_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wformat=2 -Wundef -Wcast-qual -Wimplicit-fallthrough)
    if(TESSERA_WERROR)
        target_compile_options(tessera_warnings INTERFACE -Werror)
    endif()
endif()
# Deprecated OpenSSL APIs (HMAC_CTX, AES_*) must not compile in our code.
target_compile_definitions(tessera_warnings INTERFACE OPENSSL_API_COMPAT=30000 OPENSSL_NO_DEPRECATED)
