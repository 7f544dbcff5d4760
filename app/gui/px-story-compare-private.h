/* px-story-compare-private.h: the comparison engine's results as claim items
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"

G_BEGIN_DECLS

/* Compares the articles (blocking, for a worker thread) and returns the
 * claims as PxClaimItem, with character offsets into each article's text.
 */
GPtrArray *_px_story_compare (PxArticle   **articles,
                              guint         n_articles,
                              GCancellable *cancellable,
                              GError      **error);

G_END_DECLS
