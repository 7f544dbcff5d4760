/* px-claim-annotations-private.h: which claims a story's annotations touch
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-store.h"

G_BEGIN_DECLS

/* Sets each PxClaimItem of @claims' annotation counts from @annotations
 * (PxAnnotation): an annotation counts for a claim when one of its passages
 * overlaps a member sentence. @source_ids maps the claims' source indexes
 * to the store's sources (0: not stored). Returns how many annotations
 * need review.
 */
guint _px_claims_apply_annotations (GListModel   *claims,
                                    GPtrArray    *annotations,
                                    const gint64 *source_ids,
                                    guint         n_sources);

G_END_DECLS
