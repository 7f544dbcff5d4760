/* px-highlight.h: how each kind of difference looks in the window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The seven difference kinds of the engine, in its order, plus the marking
 * of sentences that only one outlet carries.
 */
typedef enum
{
  PX_HIGHLIGHT_NUMBER,
  PX_HIGHLIGHT_TIME,
  PX_HIGHLIGHT_QUOTE,
  PX_HIGHLIGHT_HEDGING,
  PX_HIGHLIGHT_CONTRADICTION,
  PX_HIGHLIGHT_ENTITY,
  PX_HIGHLIGHT_ATTRIBUTION,
  PX_HIGHLIGHT_UNIQUE,
} PxHighlightKind;

#define PX_N_HIGHLIGHT_KINDS 8

const char *px_highlight_kind_to_id (PxHighlightKind kind);
gboolean px_highlight_kind_from_id (const char      *id,
                                    PxHighlightKind *kind);
const char *px_highlight_kind_get_label (PxHighlightKind kind);
const char *px_highlight_kind_get_description (PxHighlightKind kind);
const char *px_highlight_kind_get_tag_name (PxHighlightKind kind);

/* Sets the colours and line styles of @tag for @kind; @dark picks the
 * variant for a dark background.
 */
void px_highlight_kind_style_tag (PxHighlightKind kind,
                                  GtkTextTag     *tag,
                                  gboolean        dark);

/* The same look as Pango attributes, for legends and badges. */
PangoAttrList *px_highlight_kind_get_attributes (PxHighlightKind kind,
                                                 gboolean        dark);

G_END_DECLS
