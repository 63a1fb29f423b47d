// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWindow;

namespace tessera {

/* Keeps the window out of screenshots, screen sharing and recordings where the system offers
 * that (issue 5 item 6, SECURITY.md S11): a shared screen in a video call should show a black
 * box, not the codes. Windows 10 2004 and later: SetWindowDisplayAffinity with
 * WDA_EXCLUDEFROMCAPTURE (older Windows: WDA_MONITOR, a black window in captures). macOS:
 * NSWindow.sharingType = NSWindowSharingNone (CaptureGuard_macos.mm). X11 and Wayland have no
 * such request — any client may read the screen on X11, and Wayland captures go through the
 * compositor's portal, which asks the user — so there the answer is NotSupported. */
class CaptureGuard {
public:
    enum class Result { Excluded, NotSupported, Failed };

    /* Call after the window has a native handle (after it was created or shown). */
    static Result exclude(QWindow* window);
};

} // namespace tessera
