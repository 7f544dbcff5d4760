/* px-align.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-align.h"

#include "px-comparison-private.h"
#include "px-cues.h"
#include "px-entities.h"
#include "px-quantity.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Tuned on tests/bench/alignment: a pair of sentences below EDGE_MIN is
 * never linked, nor below EDGE_MIN_FEW when they share only MIN_SHARED
 * words; clusters merge while the mean similarity across their
 * members stays at LINK_MIN or above; a second sentence of a source already
 * in a cluster joins only above SAME_SOURCE_MIN.
 */
#define EDGE_MIN 0.18
#define LINK_MIN 0.12
#define SAME_SOURCE_MIN 0.45
#define MIN_SHARED 2
#define EDGE_MIN_FEW 0.3

/* Weights over the rarity of a word. */
#define BOOST_NAME 1.5
#define BOOST_NUMBER 2.0
#define BOOST_QUOTED 1.3
#define BOOST_SPEAKER 0.4

/* A feature shared by more sentences than this (per source) generates no
 * candidates; it still counts in the similarity of candidates found
 * otherwise. Such a word is common in the story and weighs little, and
 * the cap keeps the candidate search linear in the story's length.
 */
#define MAX_POSTINGS_PER_SOURCE 16
#define MIN_MAX_POSTINGS 100

typedef struct
{
  guint feature;
  float weight;
} Feature;

typedef struct
{
  guint sentence;
  float weight;
} Posting;

typedef struct
{
  guint a;
  guint b;
  float similarity;
} Edge;

typedef struct
{
  guint n_sentences;
  guint *source;      /* per sentence */
  guint *index;       /* per sentence: index within its source */
  GArray **vectors;   /* per sentence: Feature sorted by feature */
  float *norms;
} Space;

static int
compare_features (gconstpointer a,
                  gconstpointer b)
{
  const Feature *fa = a, *fb = b;

  return (fa->feature > fb->feature) - (fa->feature < fb->feature);
}

static guint
intern_feature (GHashTable   *ids,
                GStringChunk *chunk,
                const char   *name)
{
  gpointer id;

  if (g_hash_table_lookup_extended (ids, name, NULL, &id))
    return GPOINTER_TO_UINT (id);
  id = GUINT_TO_POINTER (g_hash_table_size (ids));
  g_hash_table_insert (ids, g_string_chunk_insert_const (chunk, name), id);
  return GPOINTER_TO_UINT (id);
}

static void
add_feature (GArray *vector,
             guint   feature,
             float   weight)
{
  Feature f = { feature, weight };

  g_array_append_val (vector, f);
}

/* A quantity that has a feature of its own: a figure with what it counts,
 * or with a unit; a bare "one of them" says little.
 */
static gboolean
has_value_feature (const PxQuantity *quantity)
{
  return !quantity->vague && (quantity->dimension != PX_DIMENSION_COUNT || quantity->n_heads > 0);
}

static gboolean
is_quantity_figure (PxSentence    *sentence,
                    const PxToken *token)
{
  for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
    {
      const PxQuantity *quantity = &g_array_index (sentence->quantities, PxQuantity, q);

      if (has_value_feature (quantity) && token->start >= quantity->number_start && token->end <= quantity->number_end)
        return TRUE;
    }
  return FALSE;
}

/* The raw features of a sentence (boosts as weights, duplicates merged by
 * keeping the largest boost).
 */
static GArray *
sentence_features (PxDocument   *doc,
                   PxSentence   *sentence,
                   GHashTable   *ids,
                   GStringChunk *chunk)
{
  GArray *vector = g_array_new (FALSE, FALSE, sizeof (Feature));
  guint end = sentence->first_token + sentence->n_tokens;
  guint speaker_first = G_MAXUINT, speaker_end = 0;
  GArray *merged;

  px_cues_speaker_extent (doc, sentence, &speaker_first, &speaker_end);

  for (guint t = sentence->first_token; t < end; t++)
    {
      PxToken *token = px_document_token (doc, t);
      float boost = 1;

      if (token->kind == PX_TOKEN_SYMBOL && g_str_equal (token->concept, "percent"))
        ;
      else if (token->kind == PX_TOKEN_WORD)
        {
          /* one letter on its own is no feature, unless a capital */
          if (token->is_stop || (*g_utf8_next_char (token->norm) == '\0' && !token->is_capital))
            continue;
          if (token->is_capital && !token->sentence_initial)
            boost = BOOST_NAME;
        }
      else if (token->kind == PX_TOKEN_NUMBER)
        boost = BOOST_NUMBER;
      else
        continue;
      /* the figure of a quantity is the quantity's own feature below, so
       * that "ninety-one" is "91" and a figure that differs between two
       * reports does not keep them apart */
      if (is_quantity_figure (sentence, token))
        continue;
      if (token->in_quote)
        boost *= BOOST_QUOTED;
      /* who says it is not what is said: "Los Angeles County Sheriff
       * Robert Luna said" must not pair a sentence with every other
       * statement of his */
      if (t >= speaker_first && t < speaker_end)
        boost *= BOOST_SPEAKER;
      add_feature (vector, intern_feature (ids, chunk, token->concept), boost);
    }

  /* "ninety-one", "91" and "a dozen", "12" are the same feature. */
  for (guint q = 0; sentence->quantities != NULL && q < sentence->quantities->len; q++)
    {
      const PxQuantity *quantity = &g_array_index (sentence->quantities, PxQuantity, q);
      char name[64];

      if (!has_value_feature (quantity))
        continue;
      g_snprintf (name, sizeof name, "#%d:%g", quantity->dimension, quantity->value);
      add_feature (vector, intern_feature (ids, chunk, name), BOOST_NUMBER);
    }

  g_array_sort (vector, compare_features);
  merged = g_array_sized_new (FALSE, FALSE, sizeof (Feature), vector->len);
  for (guint i = 0; i < vector->len; i++)
    {
      Feature *f = &g_array_index (vector, Feature, i);

      if (merged->len > 0 && g_array_index (merged, Feature, merged->len - 1).feature == f->feature)
        {
          Feature *last = &g_array_index (merged, Feature, merged->len - 1);

          last->weight = MAX (last->weight, f->weight);
        }
      else
        g_array_append_val (merged, *f);
    }
  g_array_unref (vector);
  return merged;
}

static void
space_clear (Space *space)
{
  for (guint i = 0; i < space->n_sentences; i++)
    g_array_unref (space->vectors[i]);
  g_free (space->vectors);
  g_free (space->norms);
  g_free (space->source);
  g_free (space->index);
}

static void
build_space (Space       *space,
             PxDocument **documents,
             guint        n_documents)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GStringChunk *chunk = g_string_chunk_new (4096);
  guint *df;
  guint n_features;
  guint k = 0;

  space->n_sentences = 0;
  for (guint d = 0; d < n_documents; d++)
    space->n_sentences += documents[d]->sentences->len;

  space->source = g_new (guint, space->n_sentences);
  space->index = g_new (guint, space->n_sentences);
  space->vectors = g_new (GArray *, space->n_sentences);
  space->norms = g_new0 (float, space->n_sentences);

  for (guint d = 0; d < n_documents; d++)
    for (guint s = 0; s < documents[d]->sentences->len; s++, k++)
      {
        space->source[k] = d;
        space->index[k] = s;
        space->vectors[k] = sentence_features (documents[d], px_document_sentence (documents[d], s), ids, chunk);
      }

  n_features = g_hash_table_size (ids);
  df = g_new0 (guint, n_features + 1);
  for (guint i = 0; i < space->n_sentences; i++)
    for (guint f = 0; f < space->vectors[i]->len; f++)
      df[g_array_index (space->vectors[i], Feature, f).feature]++;

  for (guint i = 0; i < space->n_sentences; i++)
    {
      double norm = 0;

      for (guint f = 0; f < space->vectors[i]->len; f++)
        {
          Feature *feature = &g_array_index (space->vectors[i], Feature, f);
          double idf = log (1.0 + (double) space->n_sentences / df[feature->feature]);

          feature->weight = (float) (feature->weight * idf);
          norm += (double) feature->weight * feature->weight;
        }
      space->norms[i] = (float) sqrt (norm);
    }

  g_free (df);
  g_string_chunk_free (chunk);
}

static double
cosine (const Space *space,
        guint        a,
        guint        b)
{
  const GArray *va = space->vectors[a], *vb = space->vectors[b];
  double dot = 0;
  guint i = 0, j = 0;

  if (space->norms[a] == 0 || space->norms[b] == 0)
    return 0;
  while (i < va->len && j < vb->len)
    {
      const Feature *fa = &g_array_index (va, Feature, i);
      const Feature *fb = &g_array_index (vb, Feature, j);

      if (fa->feature == fb->feature)
        {
          dot += (double) fa->weight * fb->weight;
          i++, j++;
        }
      else if (fa->feature < fb->feature)
        i++;
      else
        j++;
    }
  return dot / ((double) space->norms[a] * space->norms[b]);
}

static int
compare_edges (gconstpointer a,
               gconstpointer b)
{
  const Edge *ea = a, *eb = b;

  if (ea->similarity != eb->similarity)
    return ea->similarity > eb->similarity ? -1 : 1;
  if (ea->a != eb->a)
    return ea->a < eb->a ? -1 : 1;
  return (ea->b > eb->b) - (ea->b < eb->b);
}

/* Candidate pairs from the inverted index, with their similarity. */
static GArray *
find_edges (const Space  *space,
            guint         n_documents,
            GCancellable *cancellable)
{
  guint max_postings = MAX (MAX_POSTINGS_PER_SOURCE * n_documents, MIN_MAX_POSTINGS);
  GArray *edges = g_array_new (FALSE, FALSE, sizeof (Edge));
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                       (GDestroyNotify) g_array_unref);
  double *dots = g_new0 (double, space->n_sentences);
  guint *shared = g_new0 (guint, space->n_sentences);
  guint *touched = g_new (guint, space->n_sentences);

  for (guint i = 0; i < space->n_sentences; i++)
    for (guint f = 0; f < space->vectors[i]->len; f++)
      {
        const Feature *feature = &g_array_index (space->vectors[i], Feature, f);
        GArray *postings = g_hash_table_lookup (index, GUINT_TO_POINTER (feature->feature));
        Posting posting = { i, feature->weight };

        if (postings == NULL)
          {
            postings = g_array_new (FALSE, FALSE, sizeof (Posting));
            g_hash_table_insert (index, GUINT_TO_POINTER (feature->feature), postings);
          }
        g_array_append_val (postings, posting);
      }

  for (guint i = 0; i < space->n_sentences; i++)
    {
      guint n_touched = 0;

      if (i % 256 == 0 && g_cancellable_is_cancelled (cancellable))
        break;

      for (guint f = 0; f < space->vectors[i]->len; f++)
        {
          const Feature *feature = &g_array_index (space->vectors[i], Feature, f);
          GArray *postings = g_hash_table_lookup (index, GUINT_TO_POINTER (feature->feature));

          if (postings->len > max_postings)
            continue;
          for (guint p = 0; p < postings->len; p++)
            {
              const Posting *posting = &g_array_index (postings, Posting, p);
              guint j = posting->sentence;

              if (j <= i || space->source[j] == space->source[i])
                continue;
              if (dots[j] == 0)
                touched[n_touched++] = j;
              dots[j] += (double) feature->weight * posting->weight;
              shared[j]++;
            }
        }

      for (guint t = 0; t < n_touched; t++)
        {
          guint j = touched[t];
          double similarity = dots[j] / ((double) space->norms[i] * space->norms[j]);

          dots[j] = 0;
          /* one word in common is a coincidence, whatever its weight; two
           * ("New York") must weigh more */
          if (similarity >= (shared[j] > MIN_SHARED ? EDGE_MIN : EDGE_MIN_FEW) && shared[j] >= MIN_SHARED)
            {
              Edge edge = { i, j, (float) similarity };

              g_array_append_val (edges, edge);
            }
          shared[j] = 0;
        }
    }

  g_free (dots);
  g_free (shared);
  g_free (touched);
  g_array_sort (edges, compare_edges);
  return edges;
}

typedef struct
{
  GArray *members; /* guint sentence ids, NULL once merged into another */
  guint32 sources; /* bit per source */
} Cluster;

static double
mean_link (const Space   *space,
           const Cluster *a,
           const Cluster *b)
{
  double total = 0;
  guint n = 0;

  for (guint i = 0; i < a->members->len; i++)
    for (guint j = 0; j < b->members->len; j++)
      {
        guint x = g_array_index (a->members, guint, i);
        guint y = g_array_index (b->members, guint, j);

        if (space->source[x] == space->source[y])
          continue;
        total += cosine (space, x, y);
        n++;
      }
  return n > 0 ? total / n : 0;
}

GPtrArray *
px_align (PxDocument   **documents,
          guint          n_documents,
          GCancellable  *cancellable)
{
  Space space = { 0, };
  g_autoptr(GArray) edges = NULL;
  Cluster *clusters;
  guint *owner;
  GPtrArray *result;

  g_return_val_if_fail (n_documents <= 32, NULL);

  build_space (&space, documents, n_documents);
  edges = find_edges (&space, n_documents, cancellable);

  clusters = g_new0 (Cluster, space.n_sentences);
  owner = g_new (guint, space.n_sentences);
  for (guint i = 0; i < space.n_sentences; i++)
    {
      clusters[i].members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (clusters[i].members, i);
      clusters[i].sources = 1u << space.source[i];
      owner[i] = i;
    }

  for (guint e = 0; e < edges->len; e++)
    {
      const Edge *edge = &g_array_index (edges, Edge, e);
      Cluster *a = &clusters[owner[edge->a]];
      Cluster *b = &clusters[owner[edge->b]];
      guint from, into;

      if (e % 1024 == 0 && g_cancellable_is_cancelled (cancellable))
        break;
      if (a == b)
        continue;
      if ((a->sources & b->sources) != 0 && edge->similarity < SAME_SOURCE_MIN)
        continue;
      if (mean_link (&space, a, b) < LINK_MIN)
        continue;

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
      g_clear_pointer (&clusters[from].members, g_array_unref);
    }

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < space.n_sentences; i++)
    {
      GArray *refs;

      if (clusters[i].members == NULL)
        continue;
      refs = g_array_sized_new (FALSE, FALSE, sizeof (PxSentenceRef), clusters[i].members->len);
      for (guint m = 0; m < clusters[i].members->len; m++)
        {
          guint member = g_array_index (clusters[i].members, guint, m);
          PxSentenceRef ref = { space.source[member], space.index[member] };

          g_array_append_val (refs, ref);
        }
      g_array_sort (refs, _px_sentence_ref_compare);
      g_ptr_array_add (result, refs);
      g_array_unref (clusters[i].members);
    }

  g_free (clusters);
  g_free (owner);
  space_clear (&space);

  if (g_cancellable_is_cancelled (cancellable))
    g_clear_pointer (&result, g_ptr_array_unref);
  return result;
}
