/* px-annotation-popover.h: the verdict and note of one annotation
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-store-records.h"

G_BEGIN_DECLS

#define PX_TYPE_ANNOTATION_POPOVER (px_annotation_popover_get_type ())

G_DECLARE_FINAL_TYPE (PxAnnotationPopover, px_annotation_popover, PX, ANNOTATION_POPOVER, GtkPopover)

/* Signals:
 *   saved (): the user saved; read the verdict and the note.
 *   delete-requested (): the user asked to delete the annotation.
 */
PxAnnotationPopover *px_annotation_popover_new (void);

/* @quote: the passage, shown for reference. @editing: an annotation that
 * exists, which can be deleted.
 */
void px_annotation_popover_set_passage (PxAnnotationPopover *self,
                                        const char          *heading,
                                        const char          *quote,
                                        gboolean             editing);
PxVerdict px_annotation_popover_get_verdict (PxAnnotationPopover *self);
void px_annotation_popover_set_verdict (PxAnnotationPopover *self,
                                        PxVerdict            verdict);
/* A new string. */
char *px_annotation_popover_get_note (PxAnnotationPopover *self);
void px_annotation_popover_set_note (PxAnnotationPopover *self,
                                     const char          *note);
/* What the Save button does. */
void px_annotation_popover_save (PxAnnotationPopover *self);

G_END_DECLS
