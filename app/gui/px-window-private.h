/* px-window-private.h: for the UI tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-annotator.h"
#include "px-window.h"

G_BEGIN_DECLS

GtkEditable *_px_window_get_url_entry (PxWindow *self);
PxAnnotator *_px_window_get_annotator (PxWindow *self);
PxAnnotationsPanel *_px_window_get_annotations_panel (PxWindow *self);

G_END_DECLS
