/* px-claims-table.h: the claims of a story lined up, one row per claim and
 * one column per outlet
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-article.h"
#include "px-claim-item.h"

G_BEGIN_DECLS

#define PX_TYPE_CLAIMS_TABLE (px_claims_table_get_type ())

G_DECLARE_FINAL_TYPE (PxClaimsTable, px_claims_table, PX, CLAIMS_TABLE, GtkWidget)

PxClaimsTable *px_claims_table_new (void);

/* The claims to show, in story order, and which one is current: the
 * window's one claim selection, which the claims panel shows too, so both
 * show the same claims and the same current claim.
 */
void px_claims_table_set_selection (PxClaimsTable      *self,
                                    GtkSingleSelection *selection);
/* The compared articles, by source index, which the claims' offsets point
 * into; @outlets names their columns.
 */
void px_claims_table_set_sources (PxClaimsTable      *self,
                                  PxArticle         **articles,
                                  const char * const *outlets,
                                  guint               n_sources);
guint px_claims_table_get_n_sources (PxClaimsTable *self);

/* Selects @claim's row and scrolls to it; FALSE when it is filtered out. */
gboolean px_claims_table_select_claim (PxClaimsTable *self,
                                       PxClaimItem   *claim);
PxClaimItem *px_claims_table_get_selected_claim (PxClaimsTable *self);
/* Emits "open-sentence" for the selected row, at the cell that last had
 * the focus, else the first outlet that reports the claim.
 */
gboolean px_claims_table_open_selected (PxClaimsTable *self);

/* The outlet of the cell with the keyboard cursor. */
guint px_claims_table_get_cursor_source (PxClaimsTable *self);
/* The cursor's cell of the selected row, in the table's coordinates;
 * FALSE when that row is not laid out. Popovers parented on the table are
 * placed by it.
 */
gboolean px_claims_table_get_cell_area (PxClaimsTable *self,
                                        GdkRectangle  *area);
/* Shows the rows again after their claims' annotations were counted again:
 * only the headers whose counts changed are made again.
 */
void px_claims_table_update_rows (PxClaimsTable *self);

G_END_DECLS
