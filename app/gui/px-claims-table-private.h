/* px-claims-table-private.h: for the UI tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-claims-table.h"

G_BEGIN_DECLS

/* How many row widgets the table created since its sources were set. */
guint _px_claims_table_get_n_rows_created (PxClaimsTable *self);
/* The rows' model: a GtkSingleSelection over the claims shown. */
GListModel *_px_claims_table_get_rows (PxClaimsTable *self);

G_END_DECLS
