// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A witness for ctest packaging.hardening (never run): built with the project's global flags
// like every program, and certain to contain a call _FORTIFY_SOURCE rewrites. tessera and
// tessera-cli, mostly Qt containers, may offer FORTIFY nothing to rewrite, so their symbols
// alone cannot show whether it was on. memcpy into an array of known size with a length the
// compiler cannot bound becomes __memcpy_chk with GCC and with clang (clang leaves the printf
// family and read() alone on glibc, so those would not do).
#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    char text[16] = {};
    std::memcpy(text, argv[0], static_cast<std::size_t>(argc));
    std::puts(text);
    return 0;
}
