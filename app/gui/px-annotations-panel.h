/* px-annotations-panel.h: the annotations of a story, and those that need review
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-store-records.h"

G_BEGIN_DECLS

#define PX_TYPE_ANNOTATIONS_PANEL (px_annotations_panel_get_type ())

G_DECLARE_FINAL_TYPE (PxAnnotationsPanel, px_annotations_panel, PX, ANNOTATIONS_PANEL, GtkWidget)

/* Signals, all with the annotation's id:
 *   annotation-activated (gint64): click or Enter on a row.
 *   delete-requested (gint64): Delete on a row.
 *   reattach-requested (gint64, gint64 target_id): a needs-review passage
 *     is to be attached to what is selected in its column.
 *   dismiss-requested (gint64): a needs-review annotation is given up.
 *   review-requested (gint64, gboolean reviewed): a team library's verdict
 *     is to be marked reviewed by this user, or the mark taken away.
 */
PxAnnotationsPanel *px_annotations_panel_new (void);

/* The story's sources in column order, for the outlet names and the
 * filter; the same ones again change nothing.
 */
void px_annotations_panel_set_sources (PxAnnotationsPanel *self,
                                       const gint64       *source_ids,
                                       const char * const *outlets,
                                       guint               n_sources);
/* PxAnnotation of the story; the panel keeps a reference to the array.
 * The array it shows already is not shown again.
 */
void px_annotations_panel_set_annotations (PxAnnotationsPanel *self,
                                           GPtrArray          *annotations);
/* @annotations, where only those of @annotation_ids changed (made,
 * edited or gone): their rows alone are made again.
 */
void px_annotations_panel_update_annotations (PxAnnotationsPanel *self,
                                              GPtrArray          *annotations,
                                              const gint64       *annotation_ids,
                                              guint               n_ids);

/* -1: every verdict. */
void px_annotations_panel_set_verdict_filter (PxAnnotationsPanel *self,
                                              int                 verdict);
/* NULL: every author. */
void px_annotations_panel_set_author_filter (PxAnnotationsPanel *self,
                                             const char         *author);
/* 0: every source. */
void px_annotations_panel_set_source_filter (PxAnnotationsPanel *self,
                                             gint64              source_id);

/* The rows shown, in order: the annotation of row @index, or 0. */
guint px_annotations_panel_get_n_shown (PxAnnotationsPanel *self);
gint64 px_annotations_panel_get_shown (PxAnnotationsPanel *self,
                                       guint               index);
guint px_annotations_panel_get_n_needs_review (PxAnnotationsPanel *self);
/* Focuses the row of @annotation_id; FALSE when it is not shown. */
gboolean px_annotations_panel_focus_annotation (PxAnnotationsPanel *self,
                                                gint64              annotation_id);

G_END_DECLS
