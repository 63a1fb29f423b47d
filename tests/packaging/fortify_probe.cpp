// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A witness for ctest packaging.hardening: built with the project's global flags like every
// program, and certain to contain a call _FORTIFY_SOURCE rewrites (snprintf into an array of
// known size becomes __snprintf_chk). tessera and tessera-cli, mostly Qt containers, may offer
// FORTIFY nothing to rewrite, so their symbols alone cannot show whether it was on.
#include <cstdio>

int main(int argc, char** /*argv*/)
{
    char text[16];
    std::snprintf(text, sizeof text, "%d", argc);
    std::puts(text);
    return 0;
}
