/* px-table-row.h: one claim of the claims table, with a cell per outlet,
 * drawn as one widget so a row costs one widget however many outlets there are
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-article.h"
#include "px-claim-item.h"

G_BEGIN_DECLS

/* The claim column's and each outlet column's width, in pixels. */
#define PX_TABLE_CLAIM_WIDTH 220
#define PX_TABLE_CELL_WIDTH 300

#define PX_TYPE_TABLE_ROW (px_table_row_get_type ())

G_DECLARE_FINAL_TYPE (PxTableRow, px_table_row, PX, TABLE_ROW, GtkWidget)

PxTableRow *px_table_row_new (void);

/* Shows @claim (NULL to unbind) across @n_sources outlets: @articles (by
 * source index) hold the texts the claim's offsets point into, @n_chars
 * their lengths in characters.
 */
void px_table_row_bind (PxTableRow         *self,
                        PxClaimItem        *claim,
                        PxArticle * const  *articles,
                        const guint        *n_chars,
                        const char * const *outlets,
                        guint               n_sources,
                        gboolean            dark);
/* The claim's annotations were counted again: the header follows, when
 * its counts changed (the cells are left as they are).
 */
void px_table_row_update_annotations (PxTableRow *self,
                                      gboolean    dark);
PxClaimItem *px_table_row_get_claim (PxTableRow *self);
guint px_table_row_get_n_cells (PxTableRow *self);
/* TRUE when outlet @source carries the claim. */
gboolean px_table_row_get_reported (PxTableRow *self,
                                    guint       source);
/* The text of @source's cell, and its highlights. */
const char *px_table_row_get_text (PxTableRow *self,
                                   guint       source);
PangoAttrList *px_table_row_get_attributes (PxTableRow *self,
                                            guint       source);
/* The row header's text: number, coverage, kinds, annotations. */
const char *px_table_row_get_header_text (PxTableRow *self);

/* The cell with the keyboard cursor (G_MAXUINT: none); the table keeps one
 * cursor column for every row.
 */
void px_table_row_set_cursor (PxTableRow *self,
                              guint       source);
/* The outlet under @x, in the row's coordinates, or G_MAXUINT. */
guint px_table_row_get_source_at (PxTableRow *self,
                                  double      x);

G_END_DECLS
