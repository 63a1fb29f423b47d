// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureGuard.h"

#include <QWindow>

#import <AppKit/AppKit.h>

namespace tessera {

// Qt's winId() on macOS is the window's NSView; its NSWindow says who may capture it.
CaptureGuard::Result CaptureGuard::exclude(QWindow* window)
{
    if (window == nullptr) {
        return Result::Failed;
    }
    NSView* view = reinterpret_cast<NSView*>(window->winId());
    if (view == nil || view.window == nil) {
        return Result::Failed;
    }
    view.window.sharingType = NSWindowSharingNone;
    return Result::Excluded;
}

} // namespace tessera
