/* px-history-view.h: one source's versions, and what changed between two
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-library.h"

G_BEGIN_DECLS

#define PX_TYPE_HISTORY_VIEW (px_history_view_get_type ())

G_DECLARE_FINAL_TYPE (PxHistoryView, px_history_view, PX, HISTORY_VIEW, AdwWindow)

/* The history of stored source @source_id; compares the first version with
 * the newest one at once.
 */
PxHistoryView *px_history_view_new (GtkWindow *parent,
                                    PxLibrary *store,
                                    gint64     source_id);

/* The source's name as its column says it, "BBC (2)" for a story's second
 * report from the BBC, in the title in place of the stored outlet's;
 * before the source is read (at once after px_history_view_new()).
 */
void px_history_view_set_outlet_name (PxHistoryView *self,
                                      const char    *name);

guint px_history_view_get_n_versions (PxHistoryView *self);
/* Compares versions @from and @to (1 = first) in a worker thread. */
void px_history_view_compare (PxHistoryView *self,
                              guint          from,
                              guint          to);
/* TRUE while a comparison runs. */
gboolean px_history_view_get_busy (PxHistoryView *self);
/* The diff as shown, and the annotations listed for review. */
GtkTextBuffer *px_history_view_get_buffer (PxHistoryView *self);
guint px_history_view_get_n_needs_review (PxHistoryView *self);

G_END_DECLS
