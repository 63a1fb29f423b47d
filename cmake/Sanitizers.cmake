# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# TESSERA_SANITIZE=address,undefined builds everything (our code, not system libraries)
# with the sanitizers; undefined behaviour aborts so a test cannot pass over it.
if(TESSERA_SANITIZE)
    add_compile_options(-fsanitize=${TESSERA_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${TESSERA_SANITIZE})
endif()
