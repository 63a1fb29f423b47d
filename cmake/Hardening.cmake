# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Hardening for the programs we ship: a vault with secrets is worth attacking, so a memory bug
# should end in an abort, not in code execution. Applied globally (not per target like the
# warnings) because Qt's generated sources end up in the same binaries.
#
# Sanitizer builds (the asan and fuzz presets) are left alone: ASan brings its own stack and
# allocation checks, and FORTIFY's checked functions hide accesses from it.
include(CheckCXXCompilerFlag)
include(CheckLinkerFlag)
include(CheckPIESupported)

option(TESSERA_HARDENING "Build with hardening flags (FORTIFY, stack protector, RELRO, PIE)" ON)

if(TESSERA_HARDENING AND NOT TESSERA_SANITIZE AND MSVC)
    # Windows: ASLR (/DYNAMICBASE, /HIGHENTROPYVA) and DEP (/NXCOMPAT) are the linker's defaults;
    # added are Control Flow Guard (indirect calls checked against the valid targets), the
    # buffer-security check (the stack protector, on by default, spelled out) and CET shadow-stack
    # compatibility. Configuration only: no Windows build runs here (README, "Platforms").
    add_compile_options(/guard:cf /GS)
    add_link_options(/guard:cf /DYNAMICBASE /HIGHENTROPYVA /NXCOMPAT)
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(AMD64|x86_64|X86|x86)$")  # CET is Intel/AMD only
        add_link_options(/CETCOMPAT)
    endif()
elseif(TESSERA_HARDENING AND NOT TESSERA_SANITIZE)
    # PIE: executables get address-space randomisation like the shared libraries they load.
    # Qt already compiles with -fPIC; this makes CMake link executables with -pie too.
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    check_pie_supported(OUTPUT_VARIABLE _tessera_pie_output LANGUAGES CXX)
    if(NOT CMAKE_CXX_LINK_PIE_SUPPORTED)
        message(WARNING "Hardening: the linker cannot make PIE executables: ${_tessera_pie_output}")
    endif()

    # FORTIFY only works with optimisation; at -O0 glibc's headers emit a #warning, which
    # -Werror turns into an error, so Debug builds go without it. Undefine first: some compilers
    # (Ubuntu's GCC, hardening-wrapper) predefine it and a second definition is a warning too.
    add_compile_options(
        "$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")

    foreach(_tessera_flag -fstack-protector-strong -fstack-clash-protection)
        string(MAKE_C_IDENTIFIER "TESSERA_HAS${_tessera_flag}" _tessera_var)
        check_cxx_compiler_flag(${_tessera_flag} ${_tessera_var})
        if(${_tessera_var})
            add_compile_options(${_tessera_flag})
        endif()
    endforeach()
    # Control-flow protection (Intel CET: shadow stack and indirect-branch tracking) exists on
    # x86 only; other architectures reject the flag.
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64|i[3-6]86)$")
        check_cxx_compiler_flag(-fcf-protection TESSERA_HAS_fcf_protection)
        if(TESSERA_HAS_fcf_protection)
            add_compile_options(-fcf-protection)
        endif()
    endif()

    # Full RELRO (relocations read-only after start-up, every symbol bound at load: no writable
    # GOT to overwrite) and a stack that cannot hold code. ELF only: Apple's linker has neither
    # option (its executables are PIE with a non-executable stack already), the check drops them.
    foreach(_tessera_flag "LINKER:-z,relro,-z,now" "LINKER:-z,noexecstack")
        string(MAKE_C_IDENTIFIER "TESSERA_HAS_${_tessera_flag}" _tessera_var)
        check_linker_flag(CXX "${_tessera_flag}" ${_tessera_var})
        if(${_tessera_var})
            add_link_options("${_tessera_flag}")
        endif()
    endforeach()
endif()
