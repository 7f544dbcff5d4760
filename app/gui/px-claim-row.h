/* px-claim-row.h: a claim in the claims panel
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-claim-item.h"

G_BEGIN_DECLS

#define PX_TYPE_CLAIM_ROW (px_claim_row_get_type ())

G_DECLARE_FINAL_TYPE (PxClaimRow, px_claim_row, PX, CLAIM_ROW, GtkWidget)

PxClaimRow *px_claim_row_new (void);
void px_claim_row_popup_menu (PxClaimRow *self);
PxClaimItem *px_claim_row_get_claim (PxClaimRow *self);
/* What a screen reader says of the claim: who reports it, who leaves it
 * out, how they differ, and the keys to its menu. */
const char *px_claim_row_get_description (PxClaimRow *self);
void px_claim_row_set_claim (PxClaimRow  *self,
                             PxClaimItem *claim);
/* Gives the row of a list view (the list item's widget, the parent of
 * @child, which a screen reader reads when it takes the focus) @claim's
 * accessible name (px_claim_item_dup_accessible_name()), none for NULL:
 * GTK 4.8's list items have no property for it.
 */
void px_claim_row_name_list_item (GtkWidget   *child,
                                  PxClaimItem *claim);

G_END_DECLS
