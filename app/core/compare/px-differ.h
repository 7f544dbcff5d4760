/* px-differ.h: how the outlets that carry one claim differ
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-comparison.h"
#include "px-text.h"

G_BEGIN_DECLS

/* The typed differences between the sources of one claim cluster (its
 * @members, sorted by source then sentence), as a GPtrArray of
 * PxDifference that frees them. @labels name the sources in summaries.
 */
GPtrArray *px_differ (PxDocument         **documents,
                      const char * const  *labels,
                      guint                n_documents,
                      const PxSentenceRef *members,
                      guint                n_members);

/* Slot links: figures, times, places or accounts of two sentences of
 * different sources that the aligner put in different @claims (PxClaim)
 * but that state the same slot (the same thing counted by the same act,
 * one holder's running total, one person's age, a share named alike; one
 * verb's time; one act's place in one role; one post's account), tied to
 * one story. Their differences go to the linked list of the
 * lower-numbered claim of the two. Cancelled, it stops
 * with some links left out: the caller then drops the comparison.
 */
void px_differ_links (PxDocument         **documents,
                      const char * const  *labels,
                      guint                n_documents,
                      GPtrArray           *claims,
                      GCancellable        *cancellable);

/* Tokens of sentence A (indexes into A's document) that are not in the
 * longest common subsequence of A's and B's words: what A's wording has
 * that B's lacks. A GArray of guint.
 */
GArray *px_differ_unmatched_words (PxDocument *doc_a,
                                   guint       sentence_a,
                                   PxDocument *doc_b,
                                   guint       sentence_b);

G_END_DECLS
