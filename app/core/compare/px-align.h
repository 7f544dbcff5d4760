/* px-align.h: claim clusters across sources
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-comparison.h"
#include "px-similarity.h"
#include "px-text.h"

G_BEGIN_DECLS

/* Groups the sentences of @documents into claim clusters: returns a
 * GPtrArray of GArray of PxSentenceRef (sources as indexes into
 * @documents), every sentence in exactly one cluster. Two sentences are
 * linked by the probability that they report the same claim
 * (px-similarity.h: word overlap weighted by rarity over the story, WordNet
 * synonyms, predicates, names, numbers, quotations); candidates come from
 * an inverted index; a pair's probability is scaled down when its two
 * articles, as wholes, share few words (reports of two happenings of one
 * kind); clusters grow from the most probable pairs down while the mean
 * probability across the cluster stays high, and may hold several
 * sentences of one source. Bylines, datelines, stamps, credits and teasers
 * stay claims of their own. The result depends only on the documents'
 * contents and their order; callers that want it independent of the order
 * sort the documents first. NULL when @cancellable is cancelled.
 */
GPtrArray *px_align (PxDocument   **documents,
                     guint          n_documents,
                     GCancellable  *cancellable);

/* How far px_align() lets sentences of two sources be linked, from how
 * alike their articles are as wholes and whether each writes the names
 * the other is about: an @n_documents square of factors
 * (at most 1) by which it scales their pairs' probabilities. Free with
 * g_free().
 */
double *_px_align_article_affinity (PxSimilarity *similarity,
                                    const guint  *source,
                                    guint         n_sentences,
                                    guint         n_documents);

/* Scales the factors of @affinity (an @n_documents square) between the
 * articles of two happenings: groups of articles alike as wholes (their
 * mean factor at @link or more), each told by several outlets (px-align.c,
 * HAPPENING_*).
 */
void _px_align_happenings (guint   n_documents,
                           double  link,
                           double *affinity);

/* Sorts the @n @edges (i, j, probability) where they lie by probability
 * from the highest, then by i, then by j, as px_align() reads them: by
 * the ranks of their probabilities first where many edges share each
 * probability (the copies of one text), else by comparing them.
 */
void _px_align_sort_edges (PxScoredPair *edges,
                           gsize         n);

/* A group of sentences px_align() may make one claim of another with. */
typedef struct
{
  guint members;   /* its sentences */
  double cohesion; /* the mean link of its pairs of sentences of two outlets, -1 with none */
} PxAlignGroup;

/* The mean link px_align() needs across @a and @b to make them one claim,
 * "link" being @link_min.
 */
double _px_align_required_link (const PxAlignGroup *a,
                                const PxAlignGroup *b,
                                double              link_min);

/* The same in a story of few reports ("few_sources"), "few_link" being
 * @link_min: two claims of several sentences each need less than
 * CLAIMS_LINK (FEW_CLAIMS_LINK).
 */
double _px_align_required_link_few (const PxAlignGroup *a,
                                    const PxAlignGroup *b,
                                    double              link_min);

G_END_DECLS
