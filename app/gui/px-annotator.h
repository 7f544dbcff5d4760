/* px-annotator.h: annotations between the store, the columns and the panel
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-annotation-popover.h"
#include "px-annotations-panel.h"
#include "px-claim-item.h"
#include "px-library.h"
#include "px-story-view.h"

G_BEGIN_DECLS

#define PX_TYPE_ANNOTATOR (px_annotator_get_type ())

G_DECLARE_FINAL_TYPE (PxAnnotator, px_annotator, PX, ANNOTATOR, GObject)

/* Underlines the story's annotations in the columns of @view, lists them
 * in @panel, and says what happened in toasts on @toasts.
 */
PxAnnotator *px_annotator_new (PxStoryView        *view,
                               PxAnnotationsPanel *panel,
                               AdwToastOverlay    *toasts);

/* @store may be NULL (no library); @story_id 0 when there is no story. */
void px_annotator_set_story (PxAnnotator *self,
                             PxLibrary   *store,
                             gint64       story_id);
/* Reads the story's annotations again; "annotations-changed" says when. */
void px_annotator_reload (PxAnnotator *self);
/* A colleague made, changed or deleted annotation @annotation_id of the
 * story shown (a team library's "remote-change"): that one is read again,
 * with the others changed meanwhile, and its underline and row redrawn;
 * "annotations-changed" follows. Any other library reads them all again.
 */
void px_annotator_annotation_changed (PxAnnotator *self,
                                      gint64       annotation_id);
/* TRUE while a save, or a read of the annotations, is under way. */
gboolean px_annotator_get_busy (PxAnnotator *self);
/* The story's annotations as last read (PxAnnotation); do not keep. */
GPtrArray *px_annotator_get_annotations (PxAnnotator *self);

/* Ctrl+M: annotates the passage selected in a column, or edits the
 * annotation under the caret; in the claims panel, the selected claim.
 * FALSE, with a toast, when there is nothing to annotate.
 */
gboolean px_annotator_annotate (PxAnnotator *self);
gboolean px_annotator_annotate_claim (PxAnnotator *self,
                                      PxClaimItem *claim);
/* Annotates outlet @source's sentences of @claim, as a table cell shows
 * them: the popover opens on @parent, pointing at @pointing_to (in
 * @parent's coordinates; NULL: the whole widget), and parent must present
 * its popover children when it is allocated.
 */
gboolean px_annotator_annotate_sentences (PxAnnotator        *self,
                                          PxClaimItem        *claim,
                                          guint               source,
                                          GtkWidget          *parent,
                                          const GdkRectangle *pointing_to);
/* The claim the claims panel last selected, or NULL. */
void px_annotator_set_selected_claim (PxAnnotator *self,
                                      PxClaimItem *claim);
/* Selects the annotation's passage in its column and opens its popover. */
gboolean px_annotator_edit (PxAnnotator *self,
                            gint64       annotation_id);
/* Deletes, with an Undo toast. */
gboolean px_annotator_delete (PxAnnotator *self,
                              gint64       annotation_id);
gboolean px_annotator_undo_delete (PxAnnotator *self,
                                   gint64       annotation_id);
/* A needs-review passage attached to what is selected in its column. */
gboolean px_annotator_reattach (PxAnnotator *self,
                                gint64       annotation_id,
                                gint64       target_id);
gboolean px_annotator_dismiss (PxAnnotator *self,
                               gint64       annotation_id);

/* The open popover, or NULL. */
PxAnnotationPopover *px_annotator_get_popover (PxAnnotator *self);

G_END_DECLS
