/* px-story-compare-private.h: the session's comparison as claim items
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-session.h"

G_BEGIN_DECLS

/* The claims of the session's comparison as PxClaimItem, one per claim in
 * the comparison's order, with character offsets into each article's text
 * and the differences the session shows; empty without a comparison.
 */
GPtrArray *_px_story_claims (PxSession *session);

G_END_DECLS
