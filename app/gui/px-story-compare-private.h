/* px-story-compare-private.h: the comparison engine's results as claim items
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"

G_BEGIN_DECLS

/* Which differences the window shows besides the confident ones. */
typedef enum
{
  PX_STORY_SHOW_UNCERTAIN = 1 << 0,   /* "Show less certain differences" */
  PX_STORY_SHOW_ATTRIBUTION = 1 << 1, /* the quiet attribution kind */
} PxStoryShow;

/* Compares the articles (blocking, for a worker thread) and returns the
 * claims as PxClaimItem, with character offsets into each article's text,
 * and the differences @show allows; @n_hidden, when not NULL, gets how
 * many less certain differences were left out.
 */
GPtrArray *_px_story_compare (PxArticle   **articles,
                              guint         n_articles,
                              PxStoryShow   show,
                              guint        *n_hidden,
                              GCancellable *cancellable,
                              GError      **error);

G_END_DECLS
