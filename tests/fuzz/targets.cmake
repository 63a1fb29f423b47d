# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
tessera_add_fuzz_target(base32 fuzz_base32.cpp)
tessera_add_fuzz_target(qr_decode fuzz_qr_decode.cpp)
tessera_add_fuzz_target(otpauth_uri fuzz_otpauth_uri.cpp)
tessera_add_fuzz_target(migration fuzz_migration.cpp)
tessera_add_fuzz_target(container fuzz_container.cpp)
tessera_add_fuzz_target(urilist fuzz_urilist.cpp)
tessera_add_fuzz_target(twofas fuzz_twofas.cpp)
tessera_add_fuzz_target(aegis fuzz_aegis.cpp)
tessera_add_fuzz_target(ente fuzz_ente.cpp)
tessera_add_fuzz_target(proton fuzz_proton.cpp)
tessera_add_fuzz_target(steam fuzz_steam.cpp)
tessera_add_fuzz_target(bitwarden fuzz_bitwarden.cpp)
