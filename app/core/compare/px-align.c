/* px-align.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-align.h"

#include "px-comparison-private.h"
#include "px-quantity.h"
#include "px-similarity.h"
#include "px-sorted-private.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The thresholds the fitting chose on the development splits
 * (tools/fit-similarity.py, resources/lexicon/similarity.txt): a pair below
 * "edge" never joins two claims; clusters merge while the mean probability
 * across their members stays at "link" or above; a second sentence of a
 * source already in a cluster joins only above "same_source". Pairs below
 * FLOOR count as 0 in the mean. A sentence still alone may join a claim on
 * a pair between "link" and "edge" (joins_lone_sentence()).
 *
 * A story of at most "few_sources" reports (three or four outlets, the way
 * Parallax is mostly used) has thresholds of its own, "few_edge",
 * "few_link" and "few_same_source": with few reports a claim has few
 * pairs to show it, and the keys of three-outlet coverage (wide claims,
 * the same fact in other words) want the recall that many-outlet
 * coverage, where a claim has many pairs, does not need
 * (tools/choose-few-thresholds.py). Without them, every story has the
 * same thresholds.
 */
#define FLOOR 0.02

/* Two articles whose words, as wholes, meet at a cosine below this
 * (_px_align_article_affinity()) have their sentences' probabilities scaled down by
 * their cosine over it. Chosen on the ecbplus-dev development topics by
 * cross-validation over topics (the weights refitted and the thresholds
 * chosen on two thirds, scored on the rest; 0.1 to 0.3 were tried).
 */
#define ARTICLE_AFFINITY 0.2

/* The same in a story of more than "few_sources" reports (ECB+-like
 * coverage of ~11 outlets): there the happenings step (HAPPENING_*) keeps
 * the reports of other happenings apart, and two reports of one happening
 * from other angles may link more freely. Chosen on the ecbplus-dev
 * development topics by tools/simulate-held.py's robust figure
 * (twenty-second session): the low tenth of the engine's margin over
 * TF-IDF over 48 deals of the topics into a fit part, where the weights
 * are refitted, and a test part, half random thirds of the topics and half
 * parts of topics mostly of several happenings (0.075 to 0.2 tried: +0.033
 * here, +0.015 at 0.15, -0.020 at 0.2, -0.043 at 0.1); the happenings
 * keep their articles' cosine (HAPPENING_COSINE).
 */
#define MANY_ARTICLE_AFFINITY 0.125

/* Two claims of CLAIMS_SIZE sentences or more each join only when the mean
 * link across them is at least CLAIMS_LINK (or "link", when that is
 * higher); smaller groups join at "link" (_px_align_required_link()).
 * Chosen on the development topics by cross-validation over topics (0.3 to
 * 0.5 tried, beside none; sizes 2 and 3), also scored on harder folds that
 * pool the two halves of a topic (ECB+ ecb and ecbplus: two happenings of
 * one kind) into one comparison (tools/study-grouping.py).
 */
#define CLAIMS_LINK 0.4
#define CLAIMS_SIZE 3

/* In a story of few reports, two claims of CLAIMS_SIZE sentences or more
 * each join at FEW_CLAIMS_LINK (or "few_link", when that is higher): with
 * three or four outlets a claim has few pairs across, most of them no
 * candidate at all, and the keys of three-outlet coverage (claims of one
 * fact told in several sentences by each outlet) want claims joined that
 * CLAIMS_LINK, chosen on stories of eleven outlets, keeps apart. Chosen on
 * the development keys (basil dev, K14, K16-K19; 0.4, 0.3, 0.25, 0.2,
 * 0.15 tried): the most high-salience differences found and flags right
 * without a look-alike more (0.15 flagged one), then align F1
 * (docs/benchmarks.md, twentieth session): 0.2 then. With the
 * few-report pair weights (twenty-first session; few_link 0.2) chosen
 * again on basil dev, K14, K16-K19, K21, K22: 0.25 and 0.3 find as many
 * (flags right 26, high 15, no look-alike; 0.4 one fewer of each), align
 * F1 0.539 and 0.538, the project's stories 0.764 and 0.794: 0.3.
 */
#define FEW_CLAIMS_LINK 0.3

/* Two groups of sentences need a mean link across them of at least
 * COHESION_SHARE of the looser group's own (_px_align_required_link()).
 * Chosen on the development keys (basil dev, ../dev-keys4, ../dev-keys5)
 * and the ecbplus-dev development topics, cross-validated by topic with
 * the weights refitted (tools/study-grouping.py: 0.2 to 0.3 tried, beside
 * none); ../dev-keys6 and ../dev-keys7 checked after, not chosen on.
 */
#define COHESION_SHARE 0.25

/* A sentence the neighbour rule brings into a claim (neighbours_claims())
 * needs a mean link of FEW_NEIGHBOUR_LINK or more to the claim's sentences
 * of other outlets: the rule lets it in on one other outlet's sentence
 * that holds both halves, far under the "few_link" a lone sentence needs,
 * and where the claim's other sentences share nothing with it at all it
 * mostly tells another fact beside its neighbour's. Chosen on the
 * development keys (basil dev, K14, K16-K19, K21, K22, K24, K25; 0 (none),
 * 0.08, 0.1, 0.12 and 0.15 tried, each set scored at the value chosen on
 * the other nine: 0.12 in nine folds of ten, 0.1 in one), checked on K26,
 * which no choice saw (docs/benchmarks.md, twenty-fourth session).
 */
#define FEW_NEIGHBOUR_LINK 0.12
/* the claims' members mean_link_into() may walk, per sentence of the story */
#define NEIGHBOUR_WALKS 64

/* A sentence still alone in a story of few reports joins a claim of two
 * sentences or more where it gives a figure one of the claim's sentences
 * of another outlet gives too, the same quantity (figures_claims()), when
 * its mean link to those sentences is FEW_FIGURE_MEAN or more and its
 * best FEW_FIGURE_BEST or more, a pair under the candidate search's gate
 * scored all the same (in the mean that joins a sentence to a claim such a
 * pair counts 0). Chosen on the development keys (basil dev, K14,
 * K16-K19, K21, K22, K24-K30; means 0.05 to 0.35 and bests 0 to 0.4
 * tried, each set scored at the pair chosen on the other fourteen: a mean
 * of 0.2 in thirteen folds, 0.15 and 0.25 in one each; a best of 0 to 0.3
 * gives the same claims at 0.2, 0.3 is align30's; docs/benchmarks.md,
 * figure30). The settings few_figure_mean and few_figure_best, when a
 * model file sets them, are for measures.
 */
#define FEW_FIGURE_MEAN 0.2
#define FEW_FIGURE_BEST 0.3
/* the figures figures_claims() may compare and the pairs it may score,
 * per sentence of the story */
#define FIGURE_WALKS 64

/* In a story of few reports, a sentence whose best partner in every other
 * report (two others or more) lies in one claim, not its own, moves into
 * that claim when the weakest of those partners' links is FEW_AGREE_LINK
 * or more (agreeing_claims()): each report's own best reading of the
 * sentence says where it belongs, whether the grouping left it alone or
 * put it beside a claim of weaker pairs, where its mean link to a claim of
 * many members kept it out. Chosen on the development keys (basil dev,
 * K14, K16-K19, K21, K22, K24-K30; 0.3 to 0.6 tried, each set scored at
 * the value chosen on the other fourteen: 0.35 in all fifteen folds;
 * docs/benchmarks.md, assembly37). The setting few_agree_link, when a
 * model file sets it, is for measures (0: none).
 */
#define FEW_AGREE_LINK 0.35

/* In a story of few reports, a claim of two outlets whose one outlet has a
 * single sentence there and the other several (a hub: one sentence beside
 * a run of another outlet's) keeps a sentence of the run only when its
 * link to the single sentence is at least HUB_SHARE of the run's best
 * (hub_apart()). Chosen on the development keys (basil dev, K14, K16-K19,
 * K21, K22, K24-K26; 0.3 to 0.7 tried, each set scored at the value chosen
 * on the other ten) by tools/study-claim-shapes.py (docs/benchmarks.md,
 * twenty-fifth session).
 */
#define HUB_SHARE 0.45

/* The names an article is about (written in two of its sentences or more)
 * that FOREIGN_NAME_ARTICLES articles of the story or more use, yet the
 * other article never does, say that the two report different happenings:
 * the pair's factor falls from 1 towards FOREIGN_NAMES with the mean of
 * the two articles' shares of such names (foreign_names()). Chosen on the
 * development topics and the pooled halves by cross-validation over topics
 * (none, 0.3 and 0 tried; 2 or 3 articles).
 */
#define FOREIGN_NAMES 0.3
#define FOREIGN_NAME_ARTICLES 3

/* The story's articles grouped into the happenings they report (average
 * linkage over the articles' affinity: groups join while the mean factor
 * across them is at least the factor an articles' cosine of
 * HAPPENING_COSINE gets, 0.5 over ARTICLE_AFFINITY, 0.8 over
 * MANY_ARTICLE_AFFINITY); two groups of HAPPENING_ARTICLES
 * articles or more each are two happenings, and the factor between their
 * articles is scaled by HAPPENING_APART (_px_align_happenings()). Chosen on the
 * development topics and the pooled halves by cross-validation over topics
 * (tools/study-grouping.py: links 0.4 to 0.7, factors 0 to 0.7, sizes 2 to
 * 5; the factor changes nothing between 0 and 0.7, groups of 2 or 3
 * articles split single happenings); kept at the same cosine when the
 * many-report scale moved (at 0.15 with link 0.5 the articles of two
 * happenings fell into one group: the pooled halves 0.699 against 0.719).
 */
#define HAPPENING_COSINE 0.1
#define HAPPENING_ARTICLES 4
#define HAPPENING_APART 0.5

typedef struct
{
  guint a;
  guint b;
  float probability;
} Edge;

/* the scored pairs at the edge are rewritten as edges in place */
G_STATIC_ASSERT (sizeof (Edge) == sizeof (PxScoredPair));

static guint64
pair_key (guint a,
          guint b)
{
  return (a < b ? ((guint64) a << 32) | b : ((guint64) b << 32) | a) + 1;
}

static int
compare_edges (gconstpointer a,
               gconstpointer b)
{
  const Edge *ea = a, *eb = b;

  if (ea->probability != eb->probability)
    return ea->probability > eb->probability ? -1 : 1;
  if (ea->a != eb->a)
    return ea->a < eb->a ? -1 : 1;
  return (ea->b > eb->b) - (ea->b < eb->b);
}

/* Sinks @edges[@root] into the heap of @edges[0..@n), the edge last in
 * compare_edges()'s order on top. */
static void
sift_edge (Edge *edges,
           gsize root,
           gsize n)
{
  Edge top = edges[root];

  for (;;)
    {
      gsize child = 2 * root + 1;

      if (child >= n)
        break;
      if (child + 1 < n && compare_edges (&edges[child + 1], &edges[child]) > 0)
        child++;
      if (compare_edges (&edges[child], &top) <= 0)
        break;
      edges[root] = edges[child];
      root = child;
    }
  edges[root] = top;
}

/* Sorts @edges[0..@n) by compare_edges() where they lie (a heap sort). */
static void
heap_sort_edges (Edge *edges,
                 gsize n)
{
  for (gsize r = n / 2; r-- > 0;)
    sift_edge (edges, r, n);
  for (gsize end = n; end > 1; end--)
    {
      Edge last = edges[end - 1];

      edges[end - 1] = edges[0];
      edges[0] = last;
      sift_edge (edges, 0, end - 1);
    }
}

static inline void
swap_edges (Edge *a,
            Edge *b)
{
  Edge t = *a;

  *a = *b;
  *b = t;
}

/* Runs this short are sorted by insertion. */
#define EDGES_INSERTION 16

/* Sorts @edges by compare_edges() where they lie: qsort() and
 * g_array_sort() merge through a copy of the array, and on template input
 * the edges are most of the memory. A quicksort (median of three, the
 * shorter side first so that the stack stays short) that falls back on a
 * heap sort past twice the depth a balanced one needs, so that no input
 * makes it quadratic; a heap sort alone took three times as long on
 * millions of edges, its reads spread over the whole array.
 * compare_edges() orders every two distinct edges strictly (it ends on
 * the two sentences), so any sort gives the one order a stable sort
 * would. */
static void
sort_edges (Edge *edges,
            gsize n)
{
  guint depth = 0;

  for (gsize m = n; m > 1; m /= 2)
    depth += 2;
  while (n > EDGES_INSERTION)
    {
      gsize mid = n / 2, lo = 0, hi = n - 1;
      Edge pivot;

      if (depth-- == 0)
        {
          heap_sort_edges (edges, n);
          return;
        }
      /* the median of the first, middle and last at the middle, the
       * first no greater and the last no less than it */
      if (compare_edges (&edges[mid], &edges[0]) < 0)
        swap_edges (&edges[mid], &edges[0]);
      if (compare_edges (&edges[n - 1], &edges[mid]) < 0)
        {
          swap_edges (&edges[n - 1], &edges[mid]);
          if (compare_edges (&edges[mid], &edges[0]) < 0)
            swap_edges (&edges[mid], &edges[0]);
        }
      pivot = edges[mid];
      /* Hoare's partition: [0, lo) no greater than the pivot, (hi, n) no less */
      for (;;)
        {
          while (compare_edges (&edges[lo], &pivot) < 0)
            lo++;
          while (compare_edges (&pivot, &edges[hi]) < 0)
            hi--;
          if (lo >= hi)
            break;
          swap_edges (&edges[lo], &edges[hi]);
          lo++;
          hi--;
        }
      /* [0, hi] and (hi, n): the shorter sorted first, by recursion */
      if (hi + 1 < n - hi - 1)
        {
          sort_edges (edges, hi + 1);
          edges += hi + 1;
          n -= hi + 1;
        }
      else
        {
          sort_edges (edges + hi + 1, n - hi - 1);
          n = hi + 1;
        }
    }
  for (gsize i = 1; i < n; i++)
    {
      Edge edge = edges[i];
      gsize j = i;

      for (; j > 0 && compare_edges (&edges[j - 1], &edge) > 0; j--)
        edges[j] = edges[j - 1];
      edges[j] = edge;
    }
}

/* The edges an edge's probability must have on the mean for
 * sort_edges_by_value() to sort them, the least number of distinct
 * probabilities it takes however few the edges, and the fewest edges it
 * sorts (fewer are as quickly compared, and a story's own are). */
#define EDGES_A_VALUE 64
#define EDGE_VALUES_MIN 64
#define EDGES_BY_VALUE_MIN 1024

/* No probability's bits: a NaN's. */
#define NO_VALUE G_MAXUINT32

/* The slot of @bits in @slots (a power of two of them past the right
 * @shift of a 32-bit word, NO_VALUE where free): where it is or the free
 * slot it goes in. */
static inline guint32
value_slot (const guint32 *slots,
            guint          shift,
            guint32        bits)
{
  guint32 mask = G_MAXUINT32 >> shift;
  guint32 at = (bits * 0x9e3779b1u) >> shift;

  while (slots[at] != NO_VALUE && slots[at] != bits)
    at = (at + 1) & mask;
  return at;
}

static inline guint32
value_bits (float value)
{
  guint32 bits;

  memcpy (&bits, &value, sizeof bits);
  return bits;
}

static int
compare_values (gconstpointer a,
                gconstpointer b)
{
  float fa = *(const float *) a, fb = *(const float *) b;

  return (fa < fb) - (fa > fb);
}

static inline guint32
edge_rank (const Edge *edge)
{
  guint32 rank;

  memcpy (&rank, &edge->probability, sizeof rank);
  return rank;
}

/* Puts the @n @edges, their probabilities' ranks written over them, in
 * the order of their ranks' bits from @shift up (an American flag sort:
 * 256 buckets a byte, each filled where it lies), then of the bits
 * below. */
static void
sort_edges_by_rank (Edge  *edges,
                    gsize  n,
                    guint  shift)
{
  gsize head[256], tail[256] = { 0 };

  for (gsize e = 0; e < n; e++)
    tail[(edge_rank (&edges[e]) >> shift) & 0xff]++;
  for (gsize d = 0, at = 0; d < 256; d++)
    {
      head[d] = at;
      at += tail[d];
      tail[d] = at;
    }
  for (guint d = 0; d < 256; d++)
    while (head[d] < tail[d])
      {
        Edge carry = edges[head[d]];
        guint to = (edge_rank (&carry) >> shift) & 0xff;

        while (to != d)
          {
            Edge next = edges[head[to]];

            edges[head[to]++] = carry;
            carry = next;
            to = (edge_rank (&carry) >> shift) & 0xff;
          }
        edges[head[d]++] = carry;
      }
  if (shift == 0)
    return;
  for (guint d = 0, from = 0; d < 256; from = tail[d++])
    if (tail[d] - from > 1)
      sort_edges_by_rank (edges + from, tail[d] - from, shift - 8);
}

/* Sorts @edges by compare_edges() as sort_edges() does when they take few
 * probabilities, all positive (EDGES_A_VALUE edges a probability or more):
 * where every source tells the same text, each sentence's copies are
 * hundreds of edges of one probability. The probabilities are ranked,
 * the edges put in the order of their ranks by the bytes of the rank
 * (sort_edges_by_rank(), the rank written over the probability
 * meanwhile), and the edges of each probability, a few hundred, sorted by
 * their sentences: the levels of comparisons a quicksort spends on
 * telling the probabilities apart are saved, and no pass reaches over
 * the whole array at random. FALSE, and @edges as they were, when they do not
 * qualify. */
static gboolean
sort_edges_by_value (Edge  *edges,
                     gsize  n)
{
  gsize most = MAX (n / EDGES_A_VALUE, EDGE_VALUES_MIN), n_values = 0;
  guint shift = 31, n_slots = 2, rank_shift = 0;
  g_autofree guint32 *slots = NULL, *rank = NULL;
  g_autofree float *values = NULL;
  g_autofree gsize *start = NULL;

  if (n < EDGES_BY_VALUE_MIN || n >= G_MAXUINT32)
    return FALSE;
  /* the slots at most half full, grown as the values come */
  while (n_slots < 2 * EDGE_VALUES_MIN)
    n_slots *= 2, shift--;
  slots = g_new (guint32, n_slots);
  memset (slots, 0xff, n_slots * sizeof *slots);
  values = g_new (float, most);
  for (gsize e = 0; e < n; e++)
    {
      guint32 at;

      if (!(edges[e].probability > 0))
        return FALSE;
      at = value_slot (slots, shift, value_bits (edges[e].probability));
      if (slots[at] != NO_VALUE)
        continue;
      if (n_values == most)
        return FALSE;
      values[n_values++] = edges[e].probability;
      if (2 * n_values <= n_slots)
        {
          slots[at] = value_bits (edges[e].probability);
          continue;
        }
      n_slots *= 2, shift--;
      slots = g_renew (guint32, slots, n_slots);
      memset (slots, 0xff, n_slots * sizeof *slots);
      for (gsize v = 0; v < n_values; v++)
        slots[value_slot (slots, shift, value_bits (values[v]))] = value_bits (values[v]);
    }

  /* the probabilities from the highest, each one's rank in its slot */
  qsort (values, n_values, sizeof *values, compare_values);
  rank = g_new (guint32, n_slots);
  start = g_new0 (gsize, n_values + 1);
  for (guint32 v = 0; v < n_values; v++)
    rank[value_slot (slots, shift, value_bits (values[v]))] = v;
  for (gsize e = 0; e < n; e++)
    {
      guint32 r = rank[value_slot (slots, shift, value_bits (edges[e].probability))];

      start[r + 1]++;
      memcpy (&edges[e].probability, &r, sizeof r);
    }
  for (gsize v = 0; v < n_values; v++)
    start[v + 1] += start[v];
  while (rank_shift + 8 < 32 && (n_values - 1) >> (rank_shift + 8) != 0)
    rank_shift += 8;
  sort_edges_by_rank (edges, n, rank_shift);

  for (gsize v = 0; v < n_values; v++)
    {
      for (gsize e = start[v]; e < start[v + 1]; e++)
        edges[e].probability = values[v];
      sort_edges (edges + start[v], start[v + 1] - start[v]);
    }
  return TRUE;
}

/* Sorts the @n @edges (px-similarity.h: i, j, probability) by probability
 * from the highest, then by i, then by j, where they lie, as px_align()
 * reads them. */
void
_px_align_sort_edges (PxScoredPair *edges,
                      gsize         n)
{
  if (!sort_edges_by_value ((Edge *) edges, n))
    sort_edges ((Edge *) edges, n);
}

typedef struct
{
  GArray *members; /* guint sentence ids, NULL once merged into another */
  guint32 sources; /* bit per source */
  double link_sum; /* the links of its pairs of sentences of two outlets */
  guint link_pairs; /* and how many such pairs it has */
} Cluster;

/* Clusters whose merge failed, and their sizes then: while neither has
 * grown, the mean link between them is the same, so another edge between
 * them need not compute it again.
 */
static gboolean
failed_before (GHashTable *failed,
               guint       a,
               guint       b,
               guint64     sizes)
{
  guint64 key = pair_key (a, b);
  const guint64 *then = g_hash_table_lookup (failed, &key);

  return then != NULL && *then == sizes;
}

static void
remember_failure (GHashTable *failed,
                  guint       a,
                  guint       b,
                  guint64     sizes)
{
  guint64 *key = g_new (guint64, 1);
  guint64 *value = g_new (guint64, 1);

  *key = pair_key (a, b);
  *value = sizes;
  g_hash_table_replace (failed, key, value);
}

/* Below the edge a pair may still bring a sentence that no claim has taken
 * into the claim it links to best (the pairs come most probable first), as
 * long as the mean link holds: a sentence joining a claim costs at most its
 * own pairs, where two claims joined on a weak pair put every sentence of
 * one beside every sentence of the other (on stories of several happenings,
 * two happenings). Real coverage paraphrases more than it repeats: a lone
 * sentence's best pair often lies just below the edge.
 */
static gboolean
joins_lone_sentence (const Cluster *a,
                     const Cluster *b)
{
  return a->members->len == 1 || b->members->len == 1;
}

/* The mean link two groups of sentences need to become one claim. Two
 * claims of a few outlets each are each held together by their own pairs,
 * and the mean between them runs over every cross pair: a mean just above
 * "link" over many pairs says steadily that they are alike, not that they
 * are one. Reports of two happenings of one kind (two climbers' falls, a
 * second rehab) are alike in that way, and one such merge puts every
 * sentence of one happening beside every sentence of the other. A sentence
 * or a pair has few cross pairs; the mean over them is the evidence itself.
 *
 * A group held together by near-identical wording (a sentence or a quote
 * two outlets print word for word) is evidence of one fact told once; a
 * sentence or a claim whose links to it are a small part of that (a third
 * outlet's sentence on the same people, in the same words of the story)
 * tells another fact, however alike its words: the mean across two groups
 * must be COHESION_SHARE of the looser group's own mean or more.
 * @link_min: the setting "link"; @claims_link: the mean two claims of
 * CLAIMS_SIZE sentences or more each need.
 */
static double
required_link (const PxAlignGroup *a,
               const PxAlignGroup *b,
               double              link_min,
               double              claims_link)
{
  double required = link_min;
  double looser = -1;

  if (a->members >= CLAIMS_SIZE && b->members >= CLAIMS_SIZE)
    required = MAX (link_min, claims_link);
  for (guint side = 0; side < 2; side++)
    {
      double cohesion = (side == 0 ? a : b)->cohesion;

      if (cohesion >= 0 && (looser < 0 || cohesion < looser))
        looser = cohesion;
    }
  if (looser >= 0)
    required = MAX (required, COHESION_SHARE * looser);
  return required;
}

double
_px_align_required_link (const PxAlignGroup *a,
                         const PxAlignGroup *b,
                         double              link_min)
{
  return required_link (a, b, link_min, CLAIMS_LINK);
}

double
_px_align_required_link_few (const PxAlignGroup *a,
                             const PxAlignGroup *b,
                             double              link_min)
{
  return required_link (a, b, link_min, FEW_CLAIMS_LINK);
}

typedef struct
{
  guint id;
  double weight;
} ArticleWord;

PX_DEFINE_SORT_UNIQUE (guint, sort_uints, sort_unique_uints)

static gboolean
article_uses (GArray *vector,
              guint   id)
{
  guint lo = 0, hi = vector->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      guint here = g_array_index (vector, ArticleWord, mid).id;

      if (here == id)
        return TRUE;
      if (here < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

/* Scales @affinity by the names each article is about that the other
 * article never uses (FOREIGN_NAMES). Two reports of one happening name
 * its people, places and days, each somewhere in its own words; the
 * coverage of another happening of the same kind (the other climber's
 * fall, the second earthquake) has names of its own, which several of the
 * story's outlets write and the first article never does. A name one
 * outlet alone is about (its own witness, its own spokesman) is no such
 * evidence, and neither is one the other article writes even once.
 * @vectors: each article's words (ids ascending); @articles_using: how
 * many articles use each word (by id + 1).
 */
static void
foreign_names (PxSimilarity *similarity,
               const guint  *source,
               guint         n_sentences,
               guint         n_documents,
               GArray      **vectors,
               GHashTable   *articles_using,
               double       *affinity)
{
  GArray **named = g_new0 (GArray *, n_documents);
  GArray **central = g_new0 (GArray *, n_documents);

  /* each article's names, once per sentence naming it */
  for (guint d = 0; d < n_documents; d++)
    {
      named[d] = g_array_new (FALSE, FALSE, sizeof (guint));
      central[d] = g_array_new (FALSE, FALSE, sizeof (guint));
    }
  for (guint i = 0; i < n_sentences; i++)
    {
      guint n_names;
      g_autofree guint *names = _px_similarity_name_ids (similarity, i, &n_names);

      g_array_append_vals (named[source[i]], names, n_names);
    }
  for (guint d = 0; d < n_documents; d++)
    {
      sort_uints ((guint *) named[d]->data, named[d]->len);
      for (guint w = 1; w < named[d]->len; w++)
        {
          guint id = g_array_index (named[d], guint, w);

          if (id == g_array_index (named[d], guint, w - 1)
              && (central[d]->len == 0 || g_array_index (central[d], guint, central[d]->len - 1) != id))
            g_array_append_val (central[d], id);
        }
    }

  for (guint a = 0; a < n_documents; a++)
    for (guint b = a + 1; b < n_documents; b++)
      {
        double share = 0;

        for (guint side = 0; side < 2; side++)
          {
            GArray *names = central[side == 0 ? a : b];
            GArray *other = vectors[side == 0 ? b : a];
            guint foreign = 0;

            for (guint w = 0; w < names->len; w++)
              {
                guint id = g_array_index (names, guint, w);
                guint using = GPOINTER_TO_UINT (g_hash_table_lookup (articles_using, GUINT_TO_POINTER (id + 1)));

                if (using >= FOREIGN_NAME_ARTICLES && !article_uses (other, id))
                  foreign++;
              }
            if (names->len > 0)
              share += (double) foreign / names->len / 2;
          }
        affinity[a * n_documents + b] *= 1 - (1 - FOREIGN_NAMES) * share;
        affinity[b * n_documents + a] = affinity[a * n_documents + b];
      }

  for (guint d = 0; d < n_documents; d++)
    {
      g_array_unref (named[d]);
      g_array_unref (central[d]);
    }
  g_free (named);
  g_free (central);
}

/* Two happenings of one kind told side by side (two earthquakes of one
 * night, two climbers' falls, a first and a second rehab) make a story
 * whose articles fall into groups: each group's articles are alike as
 * wholes (affinity near 1), the groups less so. A sentence of one group
 * and a sentence of the other may still share every word of the kind
 * ("earthquake kills at least nine"), and one such link puts two
 * happenings' claims together. Grouping the articles first, over the whole
 * story, weighs every article's evidence at once where a pair of articles
 * weighs only its own. A group must be reported by several outlets
 * (HAPPENING_ARTICLES) to count as a happening: an article that stands
 * apart alone, or with one or two others, is more often one outlet's angle
 * on the same happening than another happening. Scales @affinity (an
 * @n_documents square) in place.
 */
void
_px_align_happenings (guint   n_documents,
                      double  link,
                      double *affinity)
{
  guint *group = g_new (guint, n_documents); /* each article's group: its first article */
  guint *size = g_new0 (guint, n_documents);
  double *between = g_new (double, n_documents * n_documents);

  for (guint d = 0; d < n_documents; d++)
    group[d] = d, size[d] = 1;
  for (;;)
    {
      double best = -1;
      guint best_x = 0, best_y = 0;

      /* the sum of the factors between every two groups */
      memset (between, 0, sizeof (double) * n_documents * n_documents);
      for (guint a = 0; a < n_documents; a++)
        for (guint b = 0; b < n_documents; b++)
          if (group[a] < group[b])
            between[group[a] * n_documents + group[b]] += affinity[a * n_documents + b];
      /* the two groups (by first article, ascending) most alike */
      for (guint x = 0; x < n_documents; x++)
        for (guint y = x + 1; size[x] > 0 && y < n_documents; y++)
          {
            double mean;

            if (size[y] == 0)
              continue;
            mean = between[x * n_documents + y] / ((double) size[x] * size[y]);
            if (mean >= link && mean > best)
              best = mean, best_x = x, best_y = y;
          }
      if (best < 0)
        break;
      for (guint d = 0; d < n_documents; d++)
        if (group[d] == best_y)
          group[d] = best_x;
      size[best_x] += size[best_y];
      size[best_y] = 0;
    }

  for (guint a = 0; a < n_documents; a++)
    for (guint b = 0; b < n_documents; b++)
      if (group[a] != group[b] && size[group[a]] >= HAPPENING_ARTICLES && size[group[b]] >= HAPPENING_ARTICLES)
        affinity[a * n_documents + b] *= HAPPENING_APART;
  g_free (group);
  g_free (size);
  g_free (between);
}

/* How far two articles' sentences may be linked, from how alike the
 * articles are as wholes: the cosine of their words, each weighted by
 * (1 + ln n) for the n sentences of the article that use it and by
 * ln (1 + articles / articles using it), over ARTICLE_AFFINITY (over
 * MANY_ARTICLE_AFFINITY in a story of more than "few_sources" reports), at
 * most 1.
 * Reports of another happening of the same kind (a second rehab, another
 * climber's fall) share a story's words sentence by sentence, most of all
 * in their headlines and leads, yet as wholes they are less alike than
 * two reports of one happening. The factor is scaled down further where
 * the articles are about names the other never writes (foreign_names()),
 * and between articles of two happenings the story's articles fall into
 * (_px_align_happenings()). Returns an @n_documents square of factors by source.
 */
double *
_px_align_article_affinity (PxSimilarity *similarity,
                            const guint  *source,
                            guint         n_sentences,
                            guint         n_documents)
{
  g_autoptr(GHashTable) articles_using = g_hash_table_new (NULL, NULL);
  GArray **words = g_new0 (GArray *, n_documents);
  double *affinity = g_new (double, n_documents * n_documents);
  double scale = n_documents > _px_similarity_setting ("few_sources", 0) ? MANY_ARTICLE_AFFINITY : ARTICLE_AFFINITY;

  /* each article's words, one entry per sentence using it, sorted */
  for (guint d = 0; d < n_documents; d++)
    words[d] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < n_sentences; i++)
    {
      guint n;
      g_autofree guint *ids = _px_similarity_word_ids (similarity, i, &n);

      g_array_append_vals (words[source[i]], ids, n);
    }

  /* then runs of one word become one weighted ArticleWord */
  for (guint d = 0; d < n_documents; d++)
    {
      sort_uints ((guint *) words[d]->data, words[d]->len);
      for (guint w = 0; w < words[d]->len; w++)
        if (w == 0 || g_array_index (words[d], guint, w - 1) != g_array_index (words[d], guint, w))
          {
            gpointer key = GUINT_TO_POINTER (g_array_index (words[d], guint, w) + 1);

            g_hash_table_insert (articles_using, key,
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (articles_using, key)) + 1));
          }
    }
  for (guint d = 0; d < n_documents; d++)
    {
      GArray *vector = g_array_new (FALSE, FALSE, sizeof (ArticleWord));
      double norm = 0;

      for (guint w = 0, run; w < words[d]->len; w += run)
        {
          guint id = g_array_index (words[d], guint, w);
          guint using = GPOINTER_TO_UINT (g_hash_table_lookup (articles_using, GUINT_TO_POINTER (id + 1)));
          ArticleWord word = { id, 0 };

          for (run = 1; w + run < words[d]->len && g_array_index (words[d], guint, w + run) == id; run++)
            ;
          word.weight = (1 + log (run)) * log (1 + (double) n_documents / using);
          norm += word.weight * word.weight;
          g_array_append_val (vector, word);
        }
      norm = sqrt (norm);
      for (guint w = 0; w < vector->len; w++)
        g_array_index (vector, ArticleWord, w).weight /= norm > 0 ? norm : 1;
      g_array_unref (words[d]);
      words[d] = vector;
    }

  for (guint a = 0; a < n_documents; a++)
    for (guint b = a; b < n_documents; b++)
      {
        double cosine = 0;

        for (guint x = 0, y = 0; x < words[a]->len && y < words[b]->len;)
          {
            const ArticleWord *wa = &g_array_index (words[a], ArticleWord, x);
            const ArticleWord *wb = &g_array_index (words[b], ArticleWord, y);

            if (wa->id == wb->id)
              cosine += wa->weight * wb->weight, x++, y++;
            else if (wa->id < wb->id)
              x++;
            else
              y++;
          }
        affinity[a * n_documents + b] = affinity[b * n_documents + a] = MIN (1.0, cosine / scale);
      }
  foreign_names (similarity, source, n_sentences, n_documents, words, articles_using, affinity);
  _px_align_happenings (n_documents, HAPPENING_COSINE / scale, affinity);

  for (guint d = 0; d < n_documents; d++)
    g_array_unref (words[d]);
  g_free (words);
  return affinity;
}

/* The link of sentences @x and @y of two outlets: their probability
 * scaled by their articles' affinity.
 */
static inline double
pair_link (const PxScoredPairs *probabilities,
           const double        *affinity,
           guint                n_documents,
           const guint         *source,
           guint                x,
           guint                y)
{
  return _px_scored_pairs_lookup (probabilities, x, y) * affinity[source[x] * n_documents + source[y]];
}

/* The links of sentence @x to the sentences of @cluster of other outlets
 * than its own: added to *@total, their number returned. With @leads, a
 * pair of leads that only their places made candidates
 * (_px_similarity_lead_only()) counts as a pair of no link.
 */
static guint
links_into (const PxScoredPairs *probabilities,
            PxSimilarity        *leads,
            const double        *affinity,
            guint                n_documents,
            const guint         *source,
            guint                x,
            const Cluster       *cluster,
            double              *total)
{
  guint n = 0;

  for (guint m = 0; m < cluster->members->len; m++)
    {
      guint y = g_array_index (cluster->members, guint, m);

      if (source[x] == source[y])
        continue;
      if (leads == NULL || !_px_similarity_lead_only (leads, x, y))
        *total += pair_link (probabilities, affinity, n_documents, source, x, y);
      n++;
    }
  return n;
}

/* The links of the pairs of sentences of two outlets across @a and @b:
 * their sum in @total, their number returned; @leads as links_into()
 * has it.
 */
static guint
cross_links (const PxScoredPairs *probabilities,
             PxSimilarity        *leads,
             const double        *affinity,
             guint                n_documents,
             const guint         *source,
             const Cluster       *a,
             const Cluster       *b,
             double              *total)
{
  guint n = 0;

  *total = 0;
  for (guint i = 0; i < a->members->len; i++)
    n += links_into (probabilities, leads, affinity, n_documents, source, g_array_index (a->members, guint, i), b,
                     total);
  return n;
}

static PxAlignGroup
align_group (const Cluster *cluster)
{
  PxAlignGroup group = { cluster->members->len, -1 };

  if (cluster->link_pairs > 0)
    group.cohesion = cluster->link_sum / cluster->link_pairs;
  return group;
}

/* The threshold setting @name; for a story of few reports, its "few_"
 * setting when the model has one. */
static double
threshold_setting (const char *name,
                   gboolean    few,
                   double      fallback)
{
  g_autofree char *few_name = few ? g_strconcat ("few_", name, NULL) : NULL;
  double value = _px_similarity_setting (name, fallback);

  return few ? _px_similarity_setting (few_name, value) : value;
}

/* The mean link of sentence @i to the sentences of @cluster of other
 * outlets than its own (0 when it has none). Each call spends the
 * cluster's size from *@budget; once the budget cannot pay for a walk,
 * the call gives 0: on made-up input of many sentences alone beside one
 * large claim the walks stay linear (the development keys' figures are
 * the same without it). With @leads, as links_into() has it. */
static double
mean_link_into (const PxScoredPairs *probabilities,
                PxSimilarity        *leads,
                const double        *affinity,
                guint                n_documents,
                const guint         *source,
                const Cluster       *cluster,
                guint                i,
                guint64             *budget)
{
  double sum = 0;
  guint n;

  if (*budget < cluster->members->len)
    return 0;
  *budget -= cluster->members->len;
  n = links_into (probabilities, leads, affinity, n_documents, source, i, cluster, &sum);
  return n > 0 ? sum / n : 0;
}

/* A sentence the clustering left alone whose neighbour in its own report
 * (the sentence before or after it) is in a claim of several outlets, in
 * a story of few reports: one outlet often tells in one sentence what
 * another tells in two ("The ferry's second engine failed an hour later.
 * It could not be restarted." beside "An hour later the second engine
 * failed and could not be restarted."). Such a sentence joins its neighbour's claim
 * when a sentence of another outlet in that claim is linked to it at
 * @link_min or above (an edge of @edges) and to the neighbour at
 * @edge_min or above: the other outlet's sentence holds both halves. Its
 * mean link to the whole claim, which joins_lone_sentence() asks for, is
 * low in such a case (the claim's other sentences tell the first half
 * only), yet not under FEW_NEIGHBOUR_LINK (mean_link_into()). Of
 * several such claims, the one its link is highest to (the edges come
 * most probable first). Returns, per sentence, the cluster (by
 * first member) it joins, G_MAXUINT for none; the clusters are read as
 * they are, none joined yet, so a run of sentences alone is not pulled in
 * one after another. One pass over the edges, which are bounded per
 * sentence; a claim's members are walked only for a sentence and claim
 * that passed the two links, within a budget linear in the story's
 * sentences (mean_link_into()). */
static guint *
neighbours_claims (const PxScoredPairs *probabilities,
                   PxSimilarity        *similarity,
                   const double        *affinity,
                   guint                n_documents,
                   const guint         *source,
                   guint                n_sentences,
                   const Cluster       *clusters,
                   const guint         *owner,
                   const GArray        *edges,
                   double               edge_min,
                   double               link_min)
{
  guint *joins = g_new (guint, MAX (n_sentences, 1));
  guint64 budget = (guint64) NEIGHBOUR_WALKS * n_sentences;

  for (guint i = 0; i < n_sentences; i++)
    joins[i] = G_MAXUINT;
  for (guint e = 0; e < edges->len; e++)
    {
      const Edge *edge = &g_array_index (edges, Edge, e);

      if (edge->probability < link_min)
        break;
      /* the rule was chosen on pairs that share words: a pair of leads
       * that only their places made candidates shows no half of a fact
       * (_px_similarity_lead_only()), and counts as no link in the mean */
      if (_px_similarity_lead_only (similarity, edge->a, edge->b))
        continue;
      for (guint end = 0; end < 2; end++)
        {
          guint lone = end == 0 ? edge->a : edge->b, other = end == 0 ? edge->b : edge->a;

          if (joins[lone] != G_MAXUINT || clusters[owner[lone]].members->len != 1
              || source[other] == source[lone] || _px_similarity_is_furniture (similarity, lone))
            continue;
          for (guint side = 0; side < 2; side++)
            {
              /* passages come report after report, sentence after sentence */
              guint n = side == 0 ? lone - 1 : lone + 1;

              if ((side == 0 && lone == 0) || n >= n_sentences || source[n] != source[lone]
                  || owner[n] != owner[other])
                continue;
              if (pair_link (probabilities, affinity, n_documents, source, n, other) >= edge_min
                  && mean_link_into (probabilities, similarity, affinity, n_documents, source, &clusters[owner[n]],
                                     lone, &budget) >= FEW_NEIGHBOUR_LINK)
                {
                  joins[lone] = owner[n];
                  break;
                }
            }
        }
    }
  return joins;
}

/* HUB_SHARE, or PARALLAX_HUB_SHARE when set: tools/study-claim-shapes.py
 * reads the claims without the rule (0) to measure it again. */
static double
hub_share (void)
{
  static gsize share; /* the share in thousandths, + 1 */

  if (g_once_init_enter (&share))
    {
      const char *value = g_getenv ("PARALLAX_HUB_SHARE");
      double v = value != NULL ? g_ascii_strtod (value, NULL) : HUB_SHARE;

      if (!(v >= 0)) /* NaN too */
        v = 0;
      g_once_init_leave (&share, (gsize) (MIN (v, 1) * 1000 + 0.5) + 1);
    }
  return (share - 1) / 1000.0;
}

/* PARALLAX_ALIGN_TRACE set: each claim of two sentences or more is written
 * to stderr as it leaves px_align(), "claim N SOURCE:SENTENCE ...", then
 * the link of each two of its members of two outlets, "link N SOURCE:SENTENCE
 * SOURCE:SENTENCE LINK", so that tools/study-claim-shapes.py can read a
 * claim's shape and the links that hold it. */
static gboolean
tracing (void)
{
  static gsize trace;

  if (g_once_init_enter (&trace))
    g_once_init_leave (&trace, g_getenv ("PARALLAX_ALIGN_TRACE") != NULL ? 2 : 1);
  return trace == 2;
}

static void
trace_claim (const PxScoredPairs *probabilities,
             const double        *affinity,
             guint                n_documents,
             const guint         *source,
             const guint         *index,
             const Cluster       *cluster,
             guint                n)
{
  GString *line = g_string_new (NULL);

  g_string_append_printf (line, "claim %u", n);
  for (guint m = 0; m < cluster->members->len; m++)
    {
      guint x = g_array_index (cluster->members, guint, m);

      g_string_append_printf (line, " %u:%u", source[x], index[x]);
    }
  g_string_append_c (line, '\n');
  for (guint m = 0; m < cluster->members->len; m++)
    for (guint k = m + 1; k < cluster->members->len; k++)
      {
        guint x = g_array_index (cluster->members, guint, m);
        guint y = g_array_index (cluster->members, guint, k);

        if (source[x] != source[y])
          g_string_append_printf (line, "link %u %u:%u %u:%u %.4f\n", n, source[x], index[x], source[y], index[y],
                                  pair_link (probabilities, affinity, n_documents, source, x, y));
      }
  fputs (line->str, stderr);
  g_string_free (line, TRUE);
}

/* A figure of a sentence, as figures_claims() compares it: the value in
 * its dimension's unit (so "12", "twelve" and "a dozen" are one figure, as
 * are "2km" and "two kilometres") with the dimension and currency. */
typedef struct
{
  double value;
  const char *currency;
  guint dimension;
  guint sentence;
  const PxQuantity *quantity;
} Figure;

static int
compare_figures (gconstpointer a,
                 gconstpointer b)
{
  const Figure *x = a, *y = b;

  if (x->dimension != y->dimension)
    return x->dimension < y->dimension ? -1 : 1;
  if (x->value != y->value)
    return x->value < y->value ? -1 : 1;
  return g_strcmp0 (x->currency, y->currency);
}

static gboolean
same_figure (const Figure *a,
             const Figure *b)
{
  return a->dimension == b->dimension && a->value == b->value && g_strcmp0 (a->currency, b->currency) == 0;
}

/* Whether most words of @sentence start with a capital: a headline, where
 * a capital says nothing of a name. */
static gboolean
capitalised_throughout (PxDocument *doc,
                        PxSentence *sentence)
{
  guint n_words = 0, n_capital = 0;

  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      const PxToken *token = px_document_token (doc, t);

      if (token->kind != PX_TOKEN_WORD || token->is_stop)
        continue;
      n_words++;
      n_capital += token->is_capital;
    }
  return n_words > 0 && 2 * n_capital > n_words;
}

/* Whether the figure at token @t is one side of a score or a record,
 * written against another with a dash and no space ("won 65-53", "a 7-0
 * run", "(25-7)", "a 12-all game"): two counts of two sides, not a
 * quantity. */
static gboolean
scored_against (PxDocument *doc,
                PxSentence *sentence,
                guint       t)
{
  guint first = sentence->first_token, end = sentence->first_token + sentence->n_tokens;

  for (int side = -1; side <= 1; side += 2)
    {
      guint dash = t + side, far = t + 2 * side;
      const PxToken *a, *b;

      if ((side < 0 && t < first + 2) || (side > 0 && far >= end))
        continue;
      a = px_document_token (doc, MIN (t, dash));
      b = px_document_token (doc, MAX (t, dash));
      if (a->end != b->start || !g_str_equal (px_document_token (doc, dash)->norm, "-"))
        continue;
      a = px_document_token (doc, MIN (dash, far));
      b = px_document_token (doc, MAX (dash, far));
      if (a->end == b->start
          && (px_document_token (doc, far)->kind == PX_TOKEN_NUMBER || g_str_equal (px_document_token (doc, far)->norm, "all")))
        return TRUE;
    }
  return FALSE;
}

/* Whether quantity @q of @sentence tells a figure of what happened that
 * two reports would give alike: the quantity reader has left out years,
 * dates, times of day and labels ("No. 10"); not an age or a height (who
 * someone is), a rank, a vague amount ("dozens"), a count of one (an
 * article's "one"), nor a figure that follows a capitalised word inside
 * the sentence, the figure of a name ("Flight 370", "Apollo 11", "Route
 * 66"), outside a headline. */
static gboolean
is_figure (PxDocument       *doc,
           PxSentence       *sentence,
           gboolean          headline,
           const PxQuantity *q)
{
  guint t = q->first_token;

  if (q->vague || q->height || q->ordinal || q->dimension == PX_DIMENSION_AGE
      || (q->dimension == PX_DIMENSION_COUNT && q->value < 2) || !(q->value > 0))
    return FALSE;
  while (t + 1 < q->end_token && px_document_token (doc, t)->end <= q->number_start)
    t++;
  if (scored_against (doc, sentence, t))
    return FALSE;
  if (!headline && t > sentence->first_token)
    {
      const PxToken *before = px_document_token (doc, t - 1);

      if (before->kind == PX_TOKEN_WORD && before->is_capital && !before->sentence_initial
          && before->end == px_document_token (doc, t)->start - 1)
        return FALSE;
    }
  return TRUE;
}

/* The figures of sentence @i (is_figure()) appended to @figures. */
static void
add_figures (const PxPassage *passage,
             guint            i,
             GArray          *figures)
{
  PxSentence *sentence = px_document_sentence (passage->document, passage->first);
  gboolean headline;

  if (sentence->quantities == NULL || sentence->quantities->len == 0)
    return;
  headline = capitalised_throughout (passage->document, sentence);
  for (guint k = 0; k < sentence->quantities->len; k++)
    {
      const PxQuantity *q = &g_array_index (sentence->quantities, PxQuantity, k);
      Figure figure = { q->value, q->currency, q->dimension, i, q };

      if (is_figure (passage->document, sentence, headline, q))
        g_array_append_val (figures, figure);
    }
}

/* The probability that sentences @x and @y report one claim whether or
 * not the candidate search's gate let the pair through; a pair that shares
 * no word has none. Not scaled by the articles' affinity: the rule was
 * chosen on the probability itself (scaled, it gains nothing left out:
 * docs/benchmarks.md, figure30). */
static double
open_link (PxSimilarity *similarity,
           guint         x,
           guint         y)
{
  if (_px_similarity_quick (similarity, x, y) <= 0)
    return 0;
  return _px_similarity_probability (similarity, x, y);
}

/* A sentence the clustering and the neighbour rule left alone, in a story
 * of few reports, that gives a figure (is_figure()) a sentence of another
 * outlet gives in a claim of two sentences or more: a figure is the fact
 * reports repeat most exactly ("the blaze destroyed 48 homes" beside "48
 * houses were lost, officials said"), yet one word weighs little in a
 * long sentence, and such pairs often fall under the gate. The sentence
 * joins that claim when its links to the claim's sentences of other
 * outlets, every pair scored (open_link()), reach FEW_FIGURE_BEST at best
 * and FEW_FIGURE_MEAN on the mean: one figure ties two facts as often as
 * one, and the words around it have to say it is one. The same number of
 * two things ("12 were killed", "12 were arrested") is no figure in
 * common: px_quantity_comparable() asks the dimension and, for a count,
 * a head noun in common, as the differ does. Of several such claims,
 * the one of the highest mean. The claims are read as they are, none
 * joined yet. Returns, per sentence, the cluster it joins, G_MAXUINT for
 * none. The figures are sorted once; the figures a sentence meets and the
 * pairs scored stay within a budget linear in the story's sentences.
 * With PARALLAX_ALIGN_TRACE, each claim weighed is written to stderr,
 * "figure SOURCE:SENTENCE MEAN BEST SOURCE:SENTENCE ..." (its members). */
static guint *
figures_claims (const PxPassage *passages,
                PxSimilarity    *similarity,
                const guint     *source,
                const guint     *index,
                guint            n_sentences,
                const Cluster   *clusters,
                const guint     *owner)
{
  guint *joins = g_new (guint, MAX (n_sentences, 1));
  g_autofree double *joined_mean = g_new (double, MAX (n_sentences, 1));
  g_autoptr(GArray) figures = g_array_new (FALSE, FALSE, sizeof (Figure));
  g_autoptr(GArray) weighed = g_array_new (FALSE, FALSE, sizeof (guint));
  guint64 walks = (guint64) FIGURE_WALKS * n_sentences, pairs = (guint64) FIGURE_WALKS * n_sentences;
  double mean_min = _px_similarity_setting ("few_figure_mean", FEW_FIGURE_MEAN);
  double best_min = _px_similarity_setting ("few_figure_best", FEW_FIGURE_BEST);
  gboolean trace = tracing ();

  for (guint i = 0; i < n_sentences; i++)
    {
      joins[i] = G_MAXUINT;
      if (!_px_similarity_is_furniture (similarity, i))
        add_figures (&passages[i], i, figures);
    }
  g_array_sort (figures, compare_figures);

  for (guint f = 0; f < figures->len;)
    {
      const Figure *first = &g_array_index (figures, Figure, f);
      guint end = f + 1;

      while (end < figures->len && same_figure (first, &g_array_index (figures, Figure, end)))
        end++;
      /* each sentence alone among them against the others' claims */
      for (guint a = f; a < end; a++)
        {
          const PxQuantity *figure = g_array_index (figures, Figure, a).quantity;
          guint lone = g_array_index (figures, Figure, a).sentence;

          if (clusters[owner[lone]].members->len != 1)
            continue;
          g_array_set_size (weighed, 0);
          for (guint b = f; b < end; b++)
            {
              guint other = g_array_index (figures, Figure, b).sentence;
              const Cluster *claim = &clusters[owner[other]];
              double sum = 0, best = 0, mean;
              guint n = 0, c;

              if (walks == 0)
                break;
              walks--;
              if (source[other] == source[lone] || claim->members->len < 2
                  || !px_quantity_comparable (figure, g_array_index (figures, Figure, b).quantity, NULL, NULL))
                continue;
              for (c = 0; c < weighed->len && g_array_index (weighed, guint, c) != owner[other]; c++)
                ;
              if (c < weighed->len || pairs < claim->members->len)
                continue;
              g_array_append_val (weighed, owner[other]);
              pairs -= claim->members->len;
              for (guint m = 0; m < claim->members->len; m++)
                {
                  guint y = g_array_index (claim->members, guint, m);
                  double link;

                  if (source[y] == source[lone])
                    continue;
                  link = open_link (similarity, lone, y);
                  sum += link;
                  best = MAX (best, link);
                  n++;
                }
              mean = n > 0 ? sum / n : 0;
              if (trace)
                {
                  GString *line = g_string_new (NULL);

                  g_string_append_printf (line, "figure %u:%u %.4f %.4f", source[lone], index[lone], mean, best);
                  for (guint m = 0; m < claim->members->len; m++)
                    {
                      guint y = g_array_index (claim->members, guint, m);

                      g_string_append_printf (line, " %u:%u", source[y], index[y]);
                    }
                  g_string_append_c (line, '\n');
                  fputs (line->str, stderr);
                  g_string_free (line, TRUE);
                }
              if (n == 0 || mean < mean_min || best < best_min)
                continue;
              /* the sentence may give several figures: the best claim of all */
              if (joins[lone] == G_MAXUINT || mean > joined_mean[lone])
                {
                  joins[lone] = owner[other];
                  joined_mean[lone] = mean;
                }
            }
        }
      f = end;
    }
  return joins;
}

/* Marks in @apart the sentences that leave @cluster under HUB_SHARE: one
 * sentence of one outlet (the hub) beside several of another, no third
 * outlet. The hub is linked at its best to the sentence of the run that
 * tells its claim; a sentence linked to it at under HUB_SHARE of that
 * shares the story's words with it, not its fact (a lede beside a run of another
 * outlet's background), and with only the hub to tie it, nothing else in
 * the claim says otherwise. Where the run's outlet has one sentence too,
 * or a third outlet is there, the claim holds more than one tie and is left
 * as it is: the keys' claims hold an outlet's headline, lede and body
 * beside their match in two others. */
static void
hub_apart (const PxScoredPairs *probabilities,
           const double        *affinity,
           guint                n_documents,
           const guint         *source,
           const Cluster       *cluster,
           gboolean            *apart)
{
  guint hub = G_MAXUINT, counts[2] = { 0, 0 }, outlets[2] = { G_MAXUINT, G_MAXUINT };
  double best = 0;

  if (cluster->members->len < 3)
    return;
  for (guint m = 0; m < cluster->members->len; m++)
    {
      guint x = g_array_index (cluster->members, guint, m);
      guint o = 0;

      while (o < 2 && outlets[o] != G_MAXUINT && outlets[o] != source[x])
        o++;
      if (o == 2)
        return; /* a third outlet */
      outlets[o] = source[x];
      counts[o]++;
    }
  if (counts[0] != 1 && counts[1] != 1)
    return;
  for (guint m = 0; m < cluster->members->len; m++)
    {
      guint x = g_array_index (cluster->members, guint, m);

      if (source[x] == outlets[counts[0] == 1 ? 0 : 1])
        hub = x;
    }
  for (guint m = 0; m < cluster->members->len; m++)
    {
      guint x = g_array_index (cluster->members, guint, m);

      if (x != hub)
        best = MAX (best, pair_link (probabilities, affinity, n_documents, source, hub, x));
    }
  for (guint m = 0; m < cluster->members->len; m++)
    {
      guint x = g_array_index (cluster->members, guint, m);

      if (x != hub && pair_link (probabilities, affinity, n_documents, source, hub, x) < hub_share () * best)
        apart[x] = TRUE;
    }
}

/* Each sentence alone that @joins gives a cluster (neighbours_claims(),
 * figures_claims()) moved into it. */
static void
join_alone (Cluster     *clusters,
            guint       *owner,
            const guint *joins,
            guint        n_sentences)
{
  for (guint i = 0; i < n_sentences; i++)
    if (joins[i] != G_MAXUINT)
      {
        g_array_append_val (clusters[joins[i]].members, i);
        g_clear_pointer (&clusters[owner[i]].members, g_array_unref);
        owner[i] = joins[i];
      }
}

/* Each sentence's best partner in every other report, by the links of
 * @edges (every pair of two outlets whose link is at the grouping's least,
 * scaled by the articles' affinity as the grouping reads them): where the
 * partners all lie in one claim, not the sentence's own, and the weakest of
 * their links is @min or more, the sentence's entry is that claim's owner,
 * else G_MAXUINT. The claims are read as they stand (@owner; a sentence
 * @apart is alone), before any sentence moves.
 */
static guint *
agreeing_claims (const GArray   *edges,
                 guint           n_documents,
                 const guint    *source,
                 guint           n_sentences,
                 const guint    *owner,
                 const gboolean *apart,
                 double          min)
{
  guint *moves = g_new (guint, MAX (n_sentences, 1));
  g_autofree guint *partner = g_new (guint, MAX (n_sentences * n_documents, 1));
  g_autofree float *best = g_new0 (float, MAX (n_sentences * n_documents, 1));

  for (guint i = 0; i < n_sentences * n_documents; i++)
    partner[i] = G_MAXUINT;
  for (guint e = 0; e < edges->len; e++)
    {
      const Edge *edge = &g_array_index (edges, Edge, e);
      guint ends[2] = { edge->a, edge->b };

      if (source[edge->a] == source[edge->b])
        continue;
      for (guint k = 0; k < 2; k++)
        {
          guint slot = ends[k] * n_documents + source[ends[1 - k]];

          if (edge->probability > best[slot])
            {
              best[slot] = edge->probability;
              partner[slot] = ends[1 - k];
            }
        }
    }

  for (guint x = 0; x < n_sentences; x++)
    {
      guint claim = G_MAXUINT;
      guint others = 0;

      moves[x] = G_MAXUINT;
      for (guint d = 0; d < n_documents; d++)
        {
          guint y = partner[x * n_documents + d];

          if (d == source[x])
            continue;
          if (y == G_MAXUINT || apart[y] || best[x * n_documents + d] < min
              || (claim != G_MAXUINT && owner[y] != claim))
            {
              claim = G_MAXUINT;
              break;
            }
          claim = owner[y];
          others++;
        }
      if (claim != G_MAXUINT && others >= 2 && (apart[x] || owner[x] != claim))
        moves[x] = claim;
    }
  return moves;
}

/* Each sentence that @moves gives a claim (agreeing_claims()) taken out of
 * its own, or out of those hub_apart() set @apart, and put in that one; a
 * claim left empty is gone, until a sentence moves into it. */
static void
move_agreeing (Cluster     *clusters,
               guint       *owner,
               gboolean    *apart,
               const guint *moves,
               guint        n_sentences)
{
  for (guint x = 0; x < n_sentences; x++)
    {
      if (moves[x] == G_MAXUINT)
        continue;
      if (apart[x])
        apart[x] = FALSE;
      else
        {
          GArray *members = clusters[owner[x]].members;

          for (guint m = 0; m < members->len; m++)
            if (g_array_index (members, guint, m) == x)
              {
                g_array_remove_index (members, m);
                break;
              }
          if (members->len == 0)
            g_clear_pointer (&clusters[owner[x]].members, g_array_unref);
        }
      if (clusters[moves[x]].members == NULL)
        clusters[moves[x]].members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (clusters[moves[x]].members, x);
      owner[x] = moves[x];
    }
}

GPtrArray *
px_align (PxDocument   **documents,
          guint          n_documents,
          GCancellable  *cancellable)
{
  g_autoptr(GArray) passages = g_array_new (FALSE, FALSE, sizeof (PxPassage));
  g_autoptr(PxScoredPairs) probabilities = NULL;
  g_autoptr(GHashTable) failed = g_hash_table_new_full (px_pair_id_hash, g_int64_equal, g_free, g_free);
  g_autoptr(PxSimilarity) similarity = NULL;
  g_autoptr(GArray) edges = NULL;
  gboolean few = n_documents <= _px_similarity_setting ("few_sources", 0);
  double edge_min = threshold_setting ("edge", few, 0.5);
  double link_min = threshold_setting ("link", few, 0.4);
  double same_source_min = threshold_setting ("same_source", few, 0.7);
  double lone_min = MIN (edge_min, link_min); /* joins_lone_sentence() */
  /* whether a pair of leads (_px_similarity_lead_only()) counts in the mean
   * that joins two claims: the setting few_top_in_claims, for measures */
  gboolean leads_in_claims = _px_similarity_setting ("few_top_in_claims", 0) != 0;
  guint n_sentences;
  guint *source, *index;
  Cluster *clusters;
  guint *owner;
  g_autofree double *affinity = NULL;
  gboolean *apart;
  GPtrArray *result;

  g_return_val_if_fail (n_documents <= 32, NULL);

  for (guint d = 0; d < n_documents; d++)
    for (guint s = 0; s < documents[d]->sentences->len; s++)
      {
        PxPassage passage = { documents[d], s, 1, d };

        g_array_append_val (passages, passage);
      }
  n_sentences = passages->len;
  source = g_new (guint, n_sentences);
  index = g_new (guint, n_sentences);
  for (guint i = 0; i < n_sentences; i++)
    {
      source[i] = g_array_index (passages, PxPassage, i).source;
      index[i] = g_array_index (passages, PxPassage, i).first;
    }

  similarity = _px_similarity_new ((PxPassage *) passages->data, n_sentences);
  probabilities = _px_similarity_score_candidates (similarity, FLOOR, lone_min, cancellable);
  affinity = _px_align_article_affinity (similarity, source, n_sentences, n_documents);
  /* a story of many reports reads nothing more of the similarity (the
   * leads, neighbours and figures of a few reports do): its passages as
   * analysed are given back to the system before the edges are read from
   * the pairs kept, so that the two are never held at once (where every
   * sentence is like many others, both are most of the memory) */
  if (!few)
    {
      g_clear_pointer (&similarity, _px_similarity_free);
#ifdef __GLIBC__
      malloc_trim (0);
#endif
    }
  /* the pairs at the edge become the edges where they lie: on made-up
   * input of one template in every source they are most of the memory */
  edges = _px_scored_pairs_steal_edges (probabilities);
  {
    guint n_edges = 0;

    for (guint p = 0; p < edges->len; p++)
      {
        const PxScoredPair *pair = &g_array_index (edges, PxScoredPair, p);
        Edge edge = { pair->i, pair->j, pair->probability * affinity[source[pair->i] * n_documents + source[pair->j]] };

        if (edge.probability >= lone_min)
          g_array_index (edges, Edge, n_edges++) = edge;
      }
    g_array_set_size (edges, n_edges);
  }
  _px_align_sort_edges ((PxScoredPair *) edges->data, edges->len);

  clusters = g_new0 (Cluster, n_sentences);
  owner = g_new (guint, n_sentences);
  for (guint i = 0; i < n_sentences; i++)
    {
      clusters[i].members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (clusters[i].members, i);
      clusters[i].sources = 1u << source[i];
      owner[i] = i;
    }

  for (guint e = 0; e < edges->len; e++)
    {
      const Edge *edge = &g_array_index (edges, Edge, e);
      Cluster *a = &clusters[owner[edge->a]];
      Cluster *b = &clusters[owner[edge->b]];
      PxAlignGroup group_a, group_b;
      guint from, into, n_cross;
      guint64 sizes;
      double cross, mean;

      if (e % 1024 == 0 && g_cancellable_is_cancelled (cancellable))
        break;
      if (a == b)
        continue;
      if (edge->probability < edge_min && !joins_lone_sentence (a, b))
        continue;
      if ((a->sources & b->sources) != 0 && edge->probability < same_source_min)
        continue;
      sizes = owner[edge->a] < owner[edge->b] ? ((guint64) a->members->len << 32) | b->members->len
                                              : ((guint64) b->members->len << 32) | a->members->len;
      if (failed_before (failed, owner[edge->a], owner[edge->b], sizes))
        continue;
      /* a pair of leads may bring a sentence alone into a claim, yet two
       * claims are one on their other pairs: two outlets' ledes are alike
       * in place, and the claims of the first paragraphs would join
       * through them (the victory and the seats of an election) */
      n_cross = cross_links (probabilities, joins_lone_sentence (a, b) || !few || leads_in_claims ? NULL : similarity,
                             affinity, n_documents, source, a, b, &cross);
      group_a = align_group (a);
      group_b = align_group (b);
      mean = n_cross > 0 ? cross / n_cross : 0;
      if (n_cross == 0
          || (few && mean < _px_align_required_link_few (&group_a, &group_b, link_min))
          || (!few && mean < _px_align_required_link (&group_a, &group_b, link_min)))
        {
          remember_failure (failed, owner[edge->a], owner[edge->b], sizes);
          continue;
        }

      /* the larger cluster absorbs the smaller */
      into = owner[edge->a], from = owner[edge->b];
      if (clusters[from].members->len > clusters[into].members->len)
        {
          guint swap = into;

          into = from;
          from = swap;
        }
      for (guint m = 0; m < clusters[from].members->len; m++)
        {
          guint member = g_array_index (clusters[from].members, guint, m);

          owner[member] = into;
          g_array_append_val (clusters[into].members, member);
        }
      clusters[into].sources |= clusters[from].sources;
      clusters[into].link_sum += clusters[from].link_sum + cross;
      clusters[into].link_pairs += clusters[from].link_pairs + n_cross;
      g_clear_pointer (&clusters[from].members, g_array_unref);
    }

  if (few && !g_cancellable_is_cancelled (cancellable))
    {
      g_autofree guint *joins = neighbours_claims (probabilities, similarity, affinity, n_documents, source,
                                                   n_sentences, clusters, owner, edges, edge_min, link_min);

      join_alone (clusters, owner, joins, n_sentences);
    }

  if (few && !g_cancellable_is_cancelled (cancellable))
    {
      g_autofree guint *joins = figures_claims ((PxPassage *) passages->data, similarity, source, index,
                                                n_sentences, clusters, owner);

      join_alone (clusters, owner, joins, n_sentences);
    }

  apart = g_new0 (gboolean, MAX (n_sentences, 1));
  if (few && !g_cancellable_is_cancelled (cancellable))
    for (guint i = 0; i < n_sentences; i++)
      if (clusters[i].members != NULL)
        hub_apart (probabilities, affinity, n_documents, source, &clusters[i], apart);
  for (guint i = 0; i < n_sentences; i++)
    if (clusters[i].members != NULL)
      {
        guint kept = 0;

        for (guint m = 0; m < clusters[i].members->len; m++)
          {
            guint member = g_array_index (clusters[i].members, guint, m);

            if (!apart[member])
              g_array_index (clusters[i].members, guint, kept++) = member;
          }
        g_array_set_size (clusters[i].members, kept);
      }

  if (few && !g_cancellable_is_cancelled (cancellable))
    {
      double agree_min = _px_similarity_setting ("few_agree_link", FEW_AGREE_LINK);

      if (agree_min > 0)
        {
          g_autofree guint *moves = agreeing_claims (edges, n_documents, source, n_sentences, owner, apart,
                                                     MAX (agree_min, lone_min));

          move_agreeing (clusters, owner, apart, moves, n_sentences);
        }
    }

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n_sentences; i++)
    {
      GArray *refs;

      if (clusters[i].members == NULL)
        continue;
      if (clusters[i].members->len > 1 && tracing ())
        trace_claim (probabilities, affinity, n_documents, source, index, &clusters[i], result->len);
      refs = g_array_sized_new (FALSE, FALSE, sizeof (PxSentenceRef), clusters[i].members->len);
      for (guint m = 0; m < clusters[i].members->len; m++)
        {
          guint member = g_array_index (clusters[i].members, guint, m);
          PxSentenceRef ref = { source[member], index[member] };

          g_array_append_val (refs, ref);
        }
      g_array_sort (refs, _px_sentence_ref_compare);
      g_ptr_array_add (result, refs);
      g_array_unref (clusters[i].members);
    }
  /* the sentences hub_apart() took out, each alone */
  for (guint i = 0; i < n_sentences; i++)
    if (apart[i])
      {
        GArray *refs = g_array_sized_new (FALSE, FALSE, sizeof (PxSentenceRef), 1);
        PxSentenceRef ref = { source[i], index[i] };

        g_array_append_val (refs, ref);
        g_ptr_array_add (result, refs);
      }
  g_free (apart);

  g_free (clusters);
  g_free (owner);
  g_free (source);
  g_free (index);

  if (g_cancellable_is_cancelled (cancellable))
    g_clear_pointer (&result, g_ptr_array_unref);
  return result;
}
