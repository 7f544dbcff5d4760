/* px-similarity.h: how likely two passages report the same claim
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A logistic regression over features of a pair of passages (sentences,
 * or whole short documents): the rarity-weighted word overlap, the same
 * overlap with WordNet's synonyms, derivations and hypernyms, whether the
 * predicates meet, whether the names and the numbers agree, a shared
 * quotation, the length ratio, and where both stand in their articles
 * (outlets lead with the same news: a headline and a lede report the main
 * claim). The weights are fitted by
 * tools/fit-similarity.py on the development splits and read from the
 * core's resources (resources/lexicon/similarity.txt), so the fitting
 * script and the engine use the same features: the script reads them from
 * `parallax-cli similarity-features`.
 */
#pragma once

#include <gio/gio.h>

#include "px-text.h"

G_BEGIN_DECLS

typedef enum
{
  PX_FEATURE_COSINE,          /* rarity-weighted cosine of the words */
  PX_FEATURE_EXPANDED,        /* the weighted share of words met, as words or WordNet synonyms */
  PX_FEATURE_PREDICATE,       /* share of the predicates met on the other side */
  PX_FEATURE_PREDICATE_CLASH, /* both have predicates, none met */
  PX_FEATURE_NAMES,           /* share of the names found on both sides */
  PX_FEATURE_NAME_CLASH,      /* both name someone, no name shared */
  PX_FEATURE_NUMBERS,         /* a figure in common */
  PX_FEATURE_NUMBER_CLASH,    /* figures of one kind, none in common */
  PX_FEATURE_QUOTE,           /* the longest run of quoted words in common, over 10 */
  PX_FEATURE_LENGTH,          /* the shorter's content words over the longer's */
  PX_FEATURE_SHARED,          /* log (1 + content words in common) */
  PX_FEATURE_SPEAKER,         /* both say who says it: the same one */
  PX_FEATURE_SPEAKER_CLASH,   /* both say who says it: another one */
  PX_FEATURE_BOTH_FIRST,      /* both open their articles (a headline, or a lede without one) */
  PX_FEATURE_BOTH_TOP2,       /* both are among their articles' first two sentences */
  PX_FEATURE_BOTH_TOP4,       /* both among the first four */
  PX_FEATURE_EARLIER,         /* log (1 + the earlier one's place in its article) */
  PX_FEATURE_LATER,           /* log (1 + the later one's place) */
  PX_FEATURE_TOKENS,          /* Dice of the sets of words, function words too */
  PX_FEATURE_TOKENS_MIN,      /* the words in common over the larger set's */
  PX_FEATURE_TOKEN_PAIRS,     /* Dice of the sets of adjacent pairs of words */
  PX_FEATURE_TRIGRAMS,        /* Dice of the sets of character trigrams */
  PX_FEATURE_ARTICLES_APART,  /* days between the two articles' dates when no day either
                               * dates a happening to is within a day of one the other
                               * does, else 0: not weighed, a rule (the setting apart_days) */
  PX_FEATURE_RARE_SHARED,     /* log (1 + the words both have that few of the story's
                               * sentences have: a claim's own words), in articles only */
  PX_N_FEATURES
} PxFeature;

extern const char * const px_feature_names[PX_N_FEATURES];

/* One passage: @n_sentences sentences of @document from @first. */
typedef struct
{
  PxDocument *document;
  guint first;
  guint n_sentences;
  guint source;
} PxPassage;

typedef struct _PxSimilarity PxSimilarity;

/* Analyses every passage; word rarity is measured over all of them. */
PxSimilarity *_px_similarity_new (const PxPassage *passages,
                                  guint            n_passages);
void _px_similarity_free (PxSimilarity *self);

/* Whether passage @i is no claim at all: a byline, a dateline, a
 * publication stamp, a photo credit, a "Read more" teaser.
 */
gboolean _px_similarity_is_furniture (PxSimilarity *self,
                                      guint         i);

/* Calls @func for each pair (i < j) of passages of different sources whose
 * concepts overlap enough to be worth a look, with their quick cosine.
 */
typedef void (*PxCandidateFunc) (guint    i,
                                 guint    j,
                                 gpointer user_data);

/* Candidates given to be scored since the process started (past the gate
 * and the cap), and those passed over by the cap on a passage's candidates
 * of one other source (MAX_CANDIDATES_PER_SOURCE, 64). */
gsize _px_similarity_candidates_offered (void);
gsize _px_similarity_candidates_capped (void);
/* Scored pairs dropped since the process started because their passage
 * kept more than MAX_PAIRS_PER_PASSAGE (128) with the passages after it. */
gsize _px_similarity_pairs_capped (void);
/* Scored pairs whose probability was recalled, not worked out again,
 * since the process started: their passages' twins (two passages scored
 * alike, as copies of one sentence are) were scored as a pair before. */
gsize _px_similarity_pairs_recalled (void);

void _px_similarity_foreach_candidate (PxSimilarity   *self,
                                       PxCandidateFunc func,
                                       gpointer        user_data,
                                       GCancellable   *cancellable);

/* A candidate pair (i < j) with the probability that it reports one claim. */
typedef struct
{
  guint i;
  guint j;
  float probability;
} PxScoredPair;

/* The candidates _px_similarity_foreach_candidate() gives with their
 * probabilities, those at a floor or above, kept passage by passage in
 * 8 bytes a pair (a huge input has millions).
 */
typedef struct _PxScoredPairs PxScoredPairs;

/* Scores the candidates, on several threads when there are enough passages
 * to pay for them, and keeps those at @floor or above; those at @edge or
 * above are also listed in _px_scored_pairs_edges(). When @cancellable is
 * cancelled, those scored before.
 */
PxScoredPairs *_px_similarity_score_candidates (PxSimilarity *self,
                                                double        floor,
                                                double        edge,
                                                GCancellable *cancellable);

/* The probability kept for the pair @a, @b (either order), as a float; 0
 * when it was not kept. */
float _px_scored_pairs_lookup (const PxScoredPairs *pairs,
                               guint                a,
                               guint                b);

/* The pairs at the edge or above, in the order of their first passage,
 * then of the other: a GArray of PxScoredPair, owned by @pairs. They are
 * read from the pairs kept when first asked for (here or in
 * _px_scored_pairs_steal_edges()), not while scoring, so that a caller
 * may give back the similarity first and never hold both. */
GArray *_px_scored_pairs_edges (PxScoredPairs *pairs);

/* The pairs at the edge (PxScoredPair), the caller's now:
 * _px_scored_pairs_edges() is empty after; the pairs kept stay. */
GArray *_px_scored_pairs_steal_edges (PxScoredPairs *pairs);
void _px_scored_pairs_free (PxScoredPairs *pairs);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxScoredPairs, _px_scored_pairs_free)

/* The quick cosine of the candidate search (0 for furniture). */
double _px_similarity_quick (PxSimilarity *self,
                             guint         i,
                             guint         j);

void _px_similarity_features (PxSimilarity *self,
                              guint         i,
                              guint         j,
                              double        features[PX_N_FEATURES]);

/* "FURNITURE ID:WEIGHT ...": passage @i's weighted words, for tools. */
char *_px_similarity_describe (PxSimilarity *self,
                               guint         i);

/* The distinct words of passage @i (furniture's too) as ids shared by
 * every passage of @self, ascending, newly allocated; @n_words is set to
 * their count. For measures over whole articles.
 */
guint *_px_similarity_word_ids (PxSimilarity *self,
                                guint         i,
                                guint        *n_words);

/* The distinct names of passage @i (the words _px_similarity_describe_words()
 * gives KIND n) as ids, ascending, newly allocated; @n_names is set to their
 * count.
 */
guint *_px_similarity_name_ids (PxSimilarity *self,
                                guint         i,
                                guint        *n_names);

/* "NORM|KIND|ID|WEIGHT ...": passage @i's content words in order of
 * feature id, KIND n for a name, p a predicate, w another word WordNet
 * knows, o any other; WEIGHT the word's rarity weight (for tools; valid
 * while the passages' documents are). */
char *_px_similarity_describe_words (PxSimilarity *self,
                                     guint         i);

/* Whether passages @i and @j of two sources are among their articles'
 * first sentences in a story of few reports (the setting "few_top") and a
 * candidate only for that: their quick cosine under the gate and no rare
 * word shared. */
gboolean _px_similarity_lead_only (PxSimilarity *self,
                                   guint         i,
                                   guint         j);

/* What the probability of passages @i and @j is scaled by when they tell
 * of two happenings of one kind in a story of many reports: the setting
 * happenings_apart, else 1. The fitting scripts' replica of the
 * probability reads it (similarity-features --apart). */
double _px_similarity_apart_factor (PxSimilarity *self,
                                    guint         i,
                                    guint         j);

/* The probability that passages @i and @j report the same claim. */
double _px_similarity_probability (PxSimilarity *self,
                                   guint         i,
                                   guint         j);

/* A named setting of the fitted model (a threshold the fitting chose), or
 * @fallback.
 */
double _px_similarity_setting (const char *name,
                               double      fallback);

/* The day (Julian, as GDate counts) time @time of sentence @sentence of
 * @doc dates a happening to, read against its article's date @reference
 * (Julian); 0 when it cannot be placed. */
int _px_similarity_happening_day (PxDocument *doc,
                                  guint       sentence,
                                  guint       time,
                                  int         reference);

/* Whether @sentence of @doc is page furniture rather than a claim. */
gboolean _px_sentence_is_furniture (PxDocument *doc,
                                    PxSentence *sentence);
/* The narrowest part of it, which never holds a claim: a line of dates and
 * times ("Tuesday, May 14, 2019", "Updated 10:32 EST") or a byline. */
gboolean _px_sentence_is_stamp (PxDocument *doc,
                                PxSentence *sentence);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSimilarity, _px_similarity_free)

G_END_DECLS
