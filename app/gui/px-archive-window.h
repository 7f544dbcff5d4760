/* px-archive-window.h: a window for one archived original
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-archive-view.h"
#include "px-snapshot.h"

G_BEGIN_DECLS

#define PX_TYPE_ARCHIVE_WINDOW (px_archive_window_get_type ())

G_DECLARE_FINAL_TYPE (PxArchiveWindow, px_archive_window, PX, ARCHIVE_WINDOW, AdwWindow)

/* @application may be NULL; with one, the application stays alive while
 * the window is open.
 */
PxArchiveWindow *px_archive_window_new (GtkApplication *application,
                                        PxSnapshot     *snapshot);
PxArchiveView *px_archive_window_get_view (PxArchiveWindow *self);

G_END_DECLS
