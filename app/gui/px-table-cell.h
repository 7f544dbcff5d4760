/* px-table-cell.h: one outlet's sentences for one claim, in the claims table
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-claim-item.h"

G_BEGIN_DECLS

#define PX_TYPE_TABLE_CELL (px_table_cell_get_type ())

G_DECLARE_FINAL_TYPE (PxTableCell, px_table_cell, PX, TABLE_CELL, GtkWidget)

PxTableCell *px_table_cell_new (guint source);

guint px_table_cell_get_source (PxTableCell *self);
/* Shows @source's sentences of @claim (NULL to unbind); @text is the
 * source's article text, @n_chars characters long, which the claim's
 * offsets point into.
 */
void px_table_cell_bind (PxTableCell *self,
                         PxClaimItem *claim,
                         const char  *text,
                         guint        n_chars,
                         const char  *outlet,
                         gboolean     dark);
PxClaimItem *px_table_cell_get_claim (PxTableCell *self);
/* TRUE when the outlet carries the claim. */
gboolean px_table_cell_get_reported (PxTableCell *self);
/* The text shown, and its highlight attributes. */
const char *px_table_cell_get_text (PxTableCell *self);
PangoAttrList *px_table_cell_get_attributes (PxTableCell *self);

G_END_DECLS
