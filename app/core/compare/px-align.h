/* px-align.h: claim clusters across sources
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-comparison.h"
#include "px-text.h"

G_BEGIN_DECLS

/* Groups the sentences of @documents into claim clusters: returns a
 * GPtrArray of GArray of PxSentenceRef (sources as indexes into
 * @documents), every sentence in exactly one cluster. Sentences that report
 * the same claim are linked by a cosine similarity that weighs each word by
 * its rarity over the story (inverse document frequency over all
 * sentences), with names, numbers and quoted words weighted up; candidates
 * come from an inverted index; clusters grow from the most similar pairs
 * down while the average similarity across the cluster stays high. The
 * result depends only on the documents' contents and their order; callers
 * that want it independent of the order sort the documents first. NULL when
 * @cancellable is cancelled.
 */
GPtrArray *px_align (PxDocument   **documents,
                     guint          n_documents,
                     GCancellable  *cancellable);

G_END_DECLS
