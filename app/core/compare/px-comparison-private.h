/* px-comparison-private.h: what px-align, px-differ and px-comparison share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-comparison.h"
#include "px-text.h"

G_BEGIN_DECLS

struct _PxDifference
{
  PxDifferenceKind kind;
  GArray *sources;   /* guint, ascending */
  char *summary;       /* English, for the CLI's JSON and scripts */
  char *local_summary; /* the same in the user's language, for the window */
  GArray *spans;     /* PxTextSpan */
  GArray *sides;     /* guint per entry of sources: which side it is on */
  GPtrArray *values; /* char *, per entry of sources: its wording */
  double confidence;
  double *features;  /* PX_DIFFERENCE_N_FEATURES, or NULL: see px-differ.c */
};

/* What the differ's confidence model reads of a difference: one feature
 * per kind (the PxDifferenceKind's index), then these.
 */
enum
{
  PX_DIFFERENCE_FEATURE_SLOT = PX_N_DIFFERENCE_KINDS,
  PX_DIFFERENCE_FEATURE_ALIGNED,
  PX_DIFFERENCE_FEATURE_VAGUE,
  PX_DIFFERENCE_FEATURE_LEAD,
  PX_DIFFERENCE_FEATURE_ANCHORED, /* the rule tied the slot by structure, not shared words only */
  PX_DIFFERENCE_FEATURE_EXACT,    /* and figures and times given exactly on every side */
  PX_DIFFERENCE_FEATURE_PLAIN,    /* no side's sentence doubts or distances itself */
  PX_DIFFERENCE_FEATURE_COHESION, /* how much the claim's members share, on average */
  PX_DIFFERENCE_FEATURE_MAJORITY, /* two sources or more on one side */
  PX_DIFFERENCE_FEATURE_LINKED,   /* a slot link across two claims (px_differ_links()) */
  PX_DIFFERENCE_N_FEATURES,
};

extern const char * const px_difference_feature_names[PX_DIFFERENCE_N_FEATURES];

struct _PxClaim
{
  GArray *members;   /* PxSentenceRef */
  GArray *sources;   /* guint */
  GArray *missing;   /* guint */
  GPtrArray *differences;
  GArray *word_spans; /* PxTextSpan */
  GPtrArray *linked;  /* PxDifference between a member and a sentence of another claim, or NULL */
  gboolean furniture; /* every member a stamp or byline line (_px_sentence_is_stamp()) */
};

struct _PxComparison
{
  grefcount ref_count;
  guint n_sources;
  PxDocument **documents;  /* in input order */
  char **labels;
  GPtrArray *claims;
  GArray **sentence_claims; /* per source: guint claim per sentence */
  guint n_differences;
};

void _px_difference_free (PxDifference *difference);

PxComparison *_px_compare_with_claims (PxArticle    **articles,
                                       guint          n_articles,
                                       GPtrArray     *claims,
                                       GError       **error);

/* After px_differ_links(), in a story of at most "few_sources" reports:
 * each sentence alone in its claim that a slot link ties to a larger
 * claim joins that claim, and the claims that took one are compared
 * again (issue 11). Returns whether a sentence moved. */
gboolean _px_comparison_join_linked (PxComparison *self,
                                     GCancellable *cancellable);

/* Orders PxSentenceRefs by source, then by sentence (a GCompareFunc). */
int _px_sentence_ref_compare (gconstpointer a,
                              gconstpointer b);

/* A span in @doc's sentence @sentence for the bytes [start, end) of the
 * document's text.
 */
PxTextSpan _px_text_span_make (PxDocument *doc,
                               guint       source,
                               guint       sentence,
                               guint       start,
                               guint       end);

/* For the tests: the pairs of items (figures, times, quotations, names)
 * the differ has weighed for a slot, all comparisons of the process
 * together; it grows by at most a bound a claim (see members_within_bounds()
 * in px-differ.c), however many items a hostile sentence has.
 */
gsize _px_differ_pairs_weighed (void);

G_END_DECLS
