/* px-claims-panel.h: every claim of a story, with who carries it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-claim-item.h"

G_BEGIN_DECLS

typedef enum
{
  PX_CLAIMS_FILTER_ALL,
  PX_CLAIMS_FILTER_DIFFERENCES,
  PX_CLAIMS_FILTER_UNIQUE,
  PX_CLAIMS_FILTER_ANNOTATED,
} PxClaimsFilter;

#define PX_TYPE_CLAIMS_PANEL (px_claims_panel_get_type ())

G_DECLARE_FINAL_TYPE (PxClaimsPanel, px_claims_panel, PX, CLAIMS_PANEL, GtkWidget)

PxClaimsPanel *px_claims_panel_new (void);
void px_claims_panel_set_model (PxClaimsPanel *self,
                                GListModel    *claims);
void px_claims_panel_set_filter (PxClaimsPanel *self,
                                 PxClaimsFilter filter);
/* How many less certain differences are not shown, for what an empty
 * "Differ" list says. */
void px_claims_panel_set_n_hidden (PxClaimsPanel *self,
                                   guint          n_hidden);
/* The claims the filter lets through. */
PxClaimsFilter px_claims_panel_get_filter (PxClaimsPanel *self);
/* Call when the claims' annotations changed, to filter them again. */
void px_claims_panel_refilter (PxClaimsPanel *self);
GListModel *px_claims_panel_get_visible_claims (PxClaimsPanel *self);
/* The current claim among the visible ones: the one selection the claims
 * table shares.
 */
GtkSingleSelection *px_claims_panel_get_selection (PxClaimsPanel *self);
void px_claims_panel_select (PxClaimsPanel *self,
                             guint          position);
/* Gives the keyboard to @claim's row; FALSE when the list shows no row of
 * it (filtered out, or not yet laid out). */
gboolean px_claims_panel_focus_claim (PxClaimsPanel *self,
                                      PxClaimItem   *claim);

G_END_DECLS
