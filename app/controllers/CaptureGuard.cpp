// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureGuard.h"

#include <QWindow>

#ifdef Q_OS_WIN
#include <windows.h>
// Windows 10 2004 (SDK 10.0.19041); older SDKs lack the name, older systems refuse the value.
#ifndef WDA_EXCLUDEFROMCAPTURE
#define WDA_EXCLUDEFROMCAPTURE 0x00000011
#endif
#endif

namespace tessera {

#ifndef Q_OS_MACOS // macOS: CaptureGuard_macos.mm
CaptureGuard::Result CaptureGuard::exclude(QWindow* window)
{
    if (window == nullptr) {
        return Result::Failed;
    }
#ifdef Q_OS_WIN
    const auto handle = reinterpret_cast<HWND>(window->winId());
    if (SetWindowDisplayAffinity(handle, WDA_EXCLUDEFROMCAPTURE)) {
        return Result::Excluded;
    }
    // Before Windows 10 2004: the window shows as black in captures, which still hides the codes.
    return SetWindowDisplayAffinity(handle, WDA_MONITOR) ? Result::Excluded : Result::Failed;
#else
    return Result::NotSupported;
#endif
}
#endif

} // namespace tessera
