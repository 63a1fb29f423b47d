# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Warnings for Tessera's own targets. Applied per target (not globally) so third-party
# headers and Qt's generated sources keep their own rules.
add_library(tessera_warnings INTERFACE)
target_compile_options(tessera_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wformat=2 -Wundef -Wcast-qual -Wimplicit-fallthrough)
if(TESSERA_WERROR)
    target_compile_options(tessera_warnings INTERFACE -Werror)
endif()
# Deprecated OpenSSL APIs (HMAC_CTX, AES_*) must not compile in our code.
target_compile_definitions(tessera_warnings INTERFACE OPENSSL_API_COMPAT=30000 OPENSSL_NO_DEPRECATED)
