/* px-author-filter.h: the Annotations panel's choice of one colleague's annotations
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PX_TYPE_AUTHOR_FILTER (px_author_filter_get_type ())

G_DECLARE_FINAL_TYPE (PxAuthorFilter, px_author_filter, PX, AUTHOR_FILTER, GtkWidget)

/* A drop-down of "All Authors" and each author of the annotations shown,
 * hidden while none has an author (My library keeps none).
 * Property "author": the one chosen, or NULL for all.
 */
PxAuthorFilter *px_author_filter_new (void);

/* The authors of @annotations (PxAnnotation), sorted; the choice stays
 * when its author is still among them.
 */
void px_author_filter_set_annotations (PxAuthorFilter *self,
                                       GPtrArray      *annotations);
const char *px_author_filter_get_author (PxAuthorFilter *self);
/* NULL: all; an author not among them: all. */
void px_author_filter_set_author (PxAuthorFilter *self,
                                  const char     *author);

G_END_DECLS
