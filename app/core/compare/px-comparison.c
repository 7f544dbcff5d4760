/* px-comparison.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-comparison.h"

#include "px-align.h"
#include "px-comparison-private.h"
#include "px-differ.h"
#include "px-outlets.h"
#include "px-parallel.h"
#include "px-similarity.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

G_DEFINE_QUARK (px-compare-error-quark, px_compare_error)

static const char * const kind_names[PX_N_DIFFERENCE_KINDS] = {
  "number", "time", "quote", "hedging", "contradiction", "entity", "attribution",
};

const char *
px_difference_kind_to_string (PxDifferenceKind kind)
{
  g_return_val_if_fail (kind < PX_N_DIFFERENCE_KINDS, NULL);
  return kind_names[kind];
}

gboolean
px_difference_kind_from_string (const char       *name,
                                PxDifferenceKind *kind)
{
  for (guint k = 0; k < PX_N_DIFFERENCE_KINDS; k++)
    if (g_strcmp0 (name, kind_names[k]) == 0)
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}

static void
claim_free (PxClaim *claim)
{
  g_array_unref (claim->members);
  g_array_unref (claim->sources);
  g_array_unref (claim->missing);
  /* a comparison cancelled before the differ reached the claim has none */
  g_clear_pointer (&claim->differences, g_ptr_array_unref);
  g_clear_pointer (&claim->linked, g_ptr_array_unref);
  g_array_unref (claim->word_spans);
  g_free (claim);
}

static char *
make_label (PxArticle *article)
{
  char *name;

  if (article->outlet != NULL && *article->outlet != '\0')
    return g_strdup (article->outlet);
  if ((name = px_outlet_name_for_input (article->input, article->url)) != NULL)
    return name;
  return g_strdup ("stdin");
}

/* Two sources of one outlet (two pages of one site, two texts named
 * alike) are told apart wherever their label is: files of one name by
 * their folders ("a/source", "b/source"), others numbered, the second
 * "BBC (2)", the third "BBC (3)"; the summaries had said "83.3 percent
 * (BBC, BBC)".
 */
static void
tell_labels_apart (char       **labels,
                   PxArticle  **articles,
                   guint        n)
{
  g_auto(GStrv) plain = g_strdupv (labels);
  g_autofree const char **inputs = g_new0 (const char *, n + 1);
  g_autofree const char **urls = g_new0 (const char *, n + 1);
  g_autofree char **folder_labels = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      inputs[i] = articles[i]->input;
      urls[i] = articles[i]->url;
    }
  px_outlet_folder_labels ((const char * const *) plain, inputs, urls, n, folder_labels);

  for (guint i = 0; i < n; i++)
    {
      guint same = 0;

      if (folder_labels[i] != NULL)
        {
          g_free (labels[i]);
          labels[i] = folder_labels[i];
          continue;
        }
      for (guint j = 0; j < i; j++)
        same += folder_labels[j] == NULL && strcmp (plain[j], plain[i]) == 0;
      if (same == 0)
        continue;
      g_free (labels[i]);
      labels[i] = px_outlet_numbered (plain[i], same + 1);
    }
}

/* A canonical order of the sources that does not depend on the order
 * they were given in: by text, then by input.
 */
static int
compare_documents (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  PxDocument **documents = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  int cmp = strcmp (documents[ia]->text, documents[ib]->text);

  if (cmp == 0)
    cmp = g_strcmp0 (documents[ia]->article->input, documents[ib]->article->input);
  if (cmp == 0)
    cmp = (ia > ib) - (ia < ib);
  return cmp;
}

/* Tokens to highlight in a member: words none of the other sources' members
 * of the claim have.
 */
static void
add_word_spans (PxComparison *self,
                PxClaim      *claim)
{
  g_autoptr(GHashTable) concepts = NULL;

  if (claim->sources->len < 2)
    return;

  /* concept -> a bit per source whose members have it */
  concepts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint m = 0; m < claim->members->len; m++)
    {
      const PxSentenceRef *ref = &g_array_index (claim->members, PxSentenceRef, m);
      PxDocument *doc = self->documents[ref->source];
      PxSentence *sentence = px_document_sentence (doc, ref->sentence);

      for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
        {
          const char *concept = px_document_token (doc, t)->concept;
          guint32 mask = GPOINTER_TO_UINT (g_hash_table_lookup (concepts, concept));

          g_hash_table_insert (concepts, (gpointer) concept, GUINT_TO_POINTER (mask | (1u << ref->source)));
        }
    }

  for (guint m = 0; m < claim->members->len; m++)
    {
      const PxSentenceRef *ref = &g_array_index (claim->members, PxSentenceRef, m);
      PxDocument *doc = self->documents[ref->source];
      PxSentence *sentence = px_document_sentence (doc, ref->sentence);
      guint run_start = 0, run_end = 0;
      gboolean in_run = FALSE;

      for (guint t = sentence->first_token; t <= sentence->first_token + sentence->n_tokens; t++)
        {
          gboolean neutral = FALSE;

          if (t < sentence->first_token + sentence->n_tokens)
            {
              PxToken *token = px_document_token (doc, t);
              guint32 mask;

              neutral = token->kind == PX_TOKEN_WORD && token->is_stop;
              mask = GPOINTER_TO_UINT (g_hash_table_lookup (concepts, token->concept));
              if (((token->kind == PX_TOKEN_WORD && !token->is_stop) || token->kind == PX_TOKEN_NUMBER)
                  && (mask & ~(1u << ref->source)) == 0)
                {
                  if (!in_run)
                    run_start = token->start;
                  run_end = token->end;
                  in_run = TRUE;
                  continue;
                }
            }
          /* a stop word between two unique words stays inside the run */
          if (in_run && neutral)
            continue;
          if (in_run)
            {
              PxTextSpan span = _px_text_span_make (doc, ref->source, ref->sentence, run_start, run_end);

              g_array_append_val (claim->word_spans, span);
            }
          in_run = FALSE;
        }
    }
}

static double
claim_position (PxComparison *self,
                PxClaim      *claim)
{
  double best = G_MAXDOUBLE;

  for (guint m = 0; m < claim->members->len; m++)
    {
      const PxSentenceRef *ref = &g_array_index (claim->members, PxSentenceRef, m);
      double position = (double) ref->sentence / MAX (self->documents[ref->source]->sentences->len, 1);

      best = MIN (best, position);
    }
  return best;
}

static int
compare_claims (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  PxComparison *self = user_data;
  PxClaim *ca = *(PxClaim * const *) a, *cb = *(PxClaim * const *) b;
  double pa = claim_position (self, ca), pb = claim_position (self, cb);
  const PxSentenceRef *ra = &g_array_index (ca->members, PxSentenceRef, 0);
  const PxSentenceRef *rb = &g_array_index (cb->members, PxSentenceRef, 0);

  if (pa != pb)
    return pa < pb ? -1 : 1;
  return _px_sentence_ref_compare (ra, rb);
}

int
_px_sentence_ref_compare (gconstpointer a,
                          gconstpointer b)
{
  const PxSentenceRef *ra = a, *rb = b;

  if (ra->source != rb->source)
    return ra->source < rb->source ? -1 : 1;
  return (ra->sentence > rb->sentence) - (ra->sentence < rb->sentence);
}

static void
comparison_free (PxComparison *self)
{
  for (guint s = 0; s < self->n_sources; s++)
    {
      g_clear_pointer (&self->documents[s], px_document_unref);
      g_clear_pointer (&self->sentence_claims[s], g_array_unref);
    }
  g_free (self->documents);
  g_free (self->sentence_claims);
  g_strfreev (self->labels);
  g_clear_pointer (&self->claims, g_ptr_array_unref);
  g_free (self);
}

/* Sources a thread is started for at least, and claims of more than one
 * source: below, starting it costs more than it saves
 * (tests/bench/scale, 2 cores).
 */
#define MIN_ARTICLES_PER_WORKER 2
#define MIN_CLAIMS_PER_WORKER 8

typedef struct
{
  PxComparison *self;
  PxArticle **articles;
  guint *order;              /* claims, the largest first; or articles, the longest first */
  gboolean links;            /* item 0 finds the slot links (px_differ_links()), the claims follow */
  GCancellable *cancellable;
} Work;

static void
analyse_article_cb (guint    i,
                    guint    worker,
                    gpointer user_data)
{
  Work *work = user_data;
  guint article = work->order[i];

  if (!g_cancellable_is_cancelled (work->cancellable))
    work->self->documents[article] = px_document_new (work->articles[article]);
}

static int
compare_text_lengths (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  const gsize *lengths = user_data;
  guint x = *(const guint *) a, y = *(const guint *) b;

  if (lengths[x] != lengths[y])
    return lengths[x] > lengths[y] ? -1 : 1;
  return (x > y) - (x < y);
}

/* Each article's document, on several threads when there are enough of
 * them, the longest texts first, so that no thread is left with a long
 * one at the end (each document is its article's alone, whichever thread
 * read it); some are left NULL when @cancellable is cancelled.
 */
static void
analyse_articles (PxComparison  *self,
                  PxArticle    **articles,
                  GCancellable  *cancellable)
{
  g_autofree guint *order = g_new (guint, MAX (self->n_sources, 1));
  g_autofree gsize *lengths = g_new (gsize, MAX (self->n_sources, 1));
  Work work = { self, articles, order, FALSE, cancellable };

  for (guint i = 0; i < self->n_sources; i++)
    {
      order[i] = i;
      lengths[i] = articles[i]->text != NULL ? strlen (articles[i]->text) : 0;
    }
  g_qsort_with_data (order, self->n_sources, sizeof (guint), compare_text_lengths, lengths);
  px_parallel_for (self->n_sources, px_parallel_workers_for (self->n_sources, MIN_ARTICLES_PER_WORKER), 1,
                   analyse_article_cb, &work, cancellable);
}

static void
differ_claim_cb (guint    item,
                 guint    worker,
                 gpointer user_data)
{
  Work *work = user_data;
  PxClaim *claim;

  if (g_cancellable_is_cancelled (work->cancellable))
    return;
  if (work->links && item == 0)
    {
      px_differ_links (work->self->documents, (const char * const *) work->self->labels, work->self->n_sources,
                       work->self->claims, work->cancellable);
      return;
    }
  claim = g_ptr_array_index (work->self->claims, work->order[item - work->links]);
  claim->differences = px_differ (work->self->documents, (const char * const *) work->self->labels,
                                  work->self->n_sources, (const PxSentenceRef *) claim->members->data,
                                  claim->members->len);
  add_word_spans (work->self, claim);
}

static int
compare_claim_sizes (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  GPtrArray *claims = user_data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  guint size_x = ((PxClaim *) g_ptr_array_index (claims, x))->members->len;
  guint size_y = ((PxClaim *) g_ptr_array_index (claims, y))->members->len;

  if (size_x != size_y)
    return size_x > size_y ? -1 : 1;
  return (x > y) - (x < y);
}

/* The differences and word spans of each claim that has none yet (all of
 * them at first; after a slot join, the claims that took a sentence), on
 * several threads when there are enough claims of several sources: the
 * largest claims go first, so that no thread is left with a large one at
 * the end. A claim's differences are a function of its members alone
 * (px_differ()), whichever thread found them, so a claim that kept its
 * members keeps them. With @links, the slot links of all claims
 * (px_differ_links(), which reads the claims' members and writes only
 * their links) are found first, beside the claims, not after them. Some
 * are left NULL when @cancellable is cancelled.
 */
static void
differ_claims (PxComparison *self,
               gboolean      links,
               GCancellable *cancellable)
{
  g_autofree guint *order = g_new (guint, MAX (self->claims->len, 1));
  Work work = { self, NULL, order, links, cancellable };
  guint shared = 0, n = 0, workers;

  for (guint c = 0; c < self->claims->len; c++)
    {
      PxClaim *claim = g_ptr_array_index (self->claims, c);

      if (claim->differences != NULL)
        continue;
      order[n++] = c;
      shared += claim->sources->len > 1;
    }
  g_qsort_with_data (order, n, sizeof (guint), compare_claim_sizes, self->claims);
  /* the links weigh at least a worker's share of claims: after a slot
   * join, the few claims that took a sentence cost less than the links
   * of all claims, and go on their own thread beside them */
  workers = px_parallel_workers_for (shared, MIN_CLAIMS_PER_WORKER);
  if (links && shared > 0)
    workers = MIN (workers + 1, px_parallel_max_workers ());
  px_parallel_for (n + links, workers, 1, differ_claim_cb, &work, cancellable);
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* Each sentence's claim, and the count of all claims' differences. */
static void
index_claims (PxComparison *self)
{
  self->n_differences = 0;
  for (guint c = 0; c < self->claims->len; c++)
    {
      PxClaim *claim = g_ptr_array_index (self->claims, c);

      for (guint m = 0; m < claim->members->len; m++)
        {
          const PxSentenceRef *ref = &g_array_index (claim->members, PxSentenceRef, m);

          g_array_index (self->sentence_claims[ref->source], guint, ref->sentence) = c;
        }
      self->n_differences += claim->differences != NULL ? claim->differences->len : 0;
    }
}

/* Slot joins (issue 11): a slot link (px_differ_links(), any kind) ties
 * sentences of two claims or more; each of them alone in its claim joins
 * the largest of those claims (the first found of equal size), which may
 * hold another sentence of its report, so the differ compares the two
 * inside one claim. A sentence of a claim of two or more stays where the
 * aligner put it. Only in a story of few reports (the setting
 * few_sources). Reads which claim holds a sentence from the index
 * index_claims() made, kept as sentences move. Returns whether a
 * sentence moved; the differences and word spans of each claim that took
 * a sentence are cleared then (differ_claims() finds them again), every
 * claim's links, and the claims sorted again (index_claims() is due
 * after).
 */
static gboolean
join_linked_sentences (PxComparison *self)
{
  gboolean moved = FALSE;

  if (self->n_sources > _px_similarity_setting ("few_sources", 0))
    return FALSE;
  for (guint c = 0; c < self->claims->len; c++)
    {
      PxClaim *home = g_ptr_array_index (self->claims, c);

      for (guint l = 0; home->linked != NULL && l < home->linked->len; l++)
        {
          PxDifference *link = g_ptr_array_index (home->linked, l);
          guint claims[PX_COMPARE_MAX_SOURCES], n_claims = 0, target = G_MAXUINT;
          PxClaim *to;

          /* the claims the link's sentences are in; the largest takes the lone ones */
          for (guint s = 0; s < link->spans->len && n_claims < G_N_ELEMENTS (claims); s++)
            {
              const PxTextSpan *span = &g_array_index (link->spans, PxTextSpan, s);
              guint held = g_array_index (self->sentence_claims[span->source], guint, span->sentence), k;

              for (k = 0; k < n_claims && claims[k] != held; k++)
                ;
              if (held == G_MAXUINT || k < n_claims)
                continue;
              claims[n_claims++] = held;
              if (target == G_MAXUINT
                  || ((PxClaim *) g_ptr_array_index (self->claims, held))->members->len
                         > ((PxClaim *) g_ptr_array_index (self->claims, target))->members->len)
                target = held;
            }
          if (n_claims < 2)
            continue;
          to = g_ptr_array_index (self->claims, target);
          for (guint k = 0; k < n_claims; k++)
            {
              PxClaim *from = g_ptr_array_index (self->claims, claims[k]);
              PxSentenceRef ref;

              if (claims[k] == target || from->members->len != 1)
                continue;
              ref = g_array_index (from->members, PxSentenceRef, 0);
              g_array_set_size (from->members, 0);
              g_array_set_size (from->sources, 0);
              g_array_append_val (to->members, ref);
              g_array_sort (to->members, _px_sentence_ref_compare);
              g_array_index (self->sentence_claims[ref.source], guint, ref.sentence) = target;
              if (!px_claim_has_source (to, ref.source))
                {
                  g_array_append_val (to->sources, ref.source);
                  g_array_sort (to->sources, compare_uints);
                }
              for (guint m = 0; m < to->missing->len; m++)
                if (g_array_index (to->missing, guint, m) == ref.source)
                  {
                    g_array_remove_index (to->missing, m);
                    break;
                  }
              to->furniture = to->furniture && from->furniture;
              /* compared again: the claims that kept their members keep their differences */
              g_clear_pointer (&to->differences, g_ptr_array_unref);
              g_array_set_size (to->word_spans, 0);
              moved = TRUE;
            }
        }
    }
  if (!moved)
    return FALSE;
  for (guint c = self->claims->len; c-- > 0;)
    {
      PxClaim *claim = g_ptr_array_index (self->claims, c);

      if (claim->members->len == 0)
        {
          g_ptr_array_remove_index (self->claims, c);
          continue;
        }
      g_clear_pointer (&claim->linked, g_ptr_array_unref);
    }
  g_ptr_array_sort_with_data (self->claims, compare_claims, self);
  return TRUE;
}

gboolean
_px_comparison_join_linked (PxComparison *self,
                            GCancellable *cancellable)
{
  if (!join_linked_sentences (self))
    return FALSE;
  differ_claims (self, TRUE, cancellable);
  if (g_cancellable_is_cancelled (cancellable))
    return TRUE;
  index_claims (self);
  return TRUE;
}

gboolean
px_compare_check_article (const PxArticle  *article,
                          GError          **error)
{
  const char *input;
  gsize len;

  g_return_val_if_fail (article != NULL, FALSE);

  input = article->input != NULL ? article->input : _("A source");
  len = article->text != NULL ? strlen (article->text) : 0;
  if (len == 0)
    {
      /* Translators: %s is the source's file or web address (or “A source”) */
      g_set_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_EMPTY, _("%s has no text to compare"), input);
      return FALSE;
    }
  if (len > PX_COMPARE_MAX_TEXT_BYTES)
    {
      /* in the units of the fetch's limit ("20.0 MiB"): "512.0 KiB", not "524.3 kB" */
      g_autofree char *size = g_format_size_full (len, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (PX_COMPARE_MAX_TEXT_BYTES, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_TOO_LONG,
                   /* Translators: the first %s is the source's file or web address, the second its text's
                    * size (“3.2 MiB”), the third the largest size a comparison takes (“512.0 KiB”) */
                   _("%s has %s of text, more than the %s a comparison takes per source"), input, size, limit);
      return FALSE;
    }
  if (!g_utf8_validate (article->text, len, NULL))
    {
      g_set_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_INVALID, _("%s has text that is not valid UTF-8"),
                   input);
      return FALSE;
    }
  return TRUE;
}

/* Compares @articles with the claims px_align() finds, or with @given
 * (GArray of PxSentenceRef per claim, sources in input order), which
 * development tools use to measure the differ on a key's own claims.
 */
static PxComparison *
compare_articles (PxArticle    **articles,
                  guint          n_articles,
                  GPtrArray     *given,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(PxComparison) self = NULL;
  g_autofree guint *order = NULL;
  g_autofree PxDocument **canonical = NULL;
  g_autoptr(GPtrArray) clusters = NULL;

  if (n_articles < PX_COMPARE_MIN_SOURCES)
    {
      g_set_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_TOO_FEW,
                   /* Translators: %d is the fewest sources a comparison takes, %u how many were given */
                   _("A comparison needs at least %d sources; %u given"), PX_COMPARE_MIN_SOURCES, n_articles);
      return NULL;
    }
  if (n_articles > PX_COMPARE_MAX_SOURCES)
    {
      g_set_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_TOO_MANY,
                   /* Translators: %d is the most sources a comparison takes, %u how many were given */
                   _("A comparison takes at most %d sources; %u given"), PX_COMPARE_MAX_SOURCES, n_articles);
      return NULL;
    }
  for (guint i = 0; i < n_articles; i++)
    if (!px_compare_check_article (articles[i], error))
      return NULL;

  self = g_new0 (PxComparison, 1);
  g_ref_count_init (&self->ref_count);
  self->n_sources = n_articles;
  self->documents = g_new0 (PxDocument *, n_articles);
  self->sentence_claims = g_new0 (GArray *, n_articles);
  self->labels = g_new0 (char *, n_articles + 1);
  self->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) claim_free);

  analyse_articles (self, articles, cancellable);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  for (guint i = 0; i < n_articles; i++)
    {
      self->labels[i] = make_label (articles[i]);
      self->sentence_claims[i] = g_array_new (FALSE, TRUE, sizeof (guint));
      g_array_set_size (self->sentence_claims[i], self->documents[i]->sentences->len);
    }
  tell_labels_apart (self->labels, articles, n_articles);

  order = g_new (guint, n_articles);
  canonical = g_new (PxDocument *, n_articles);
  for (guint i = 0; i < n_articles; i++)
    order[i] = i;
  if (given == NULL)
    g_qsort_with_data (order, n_articles, sizeof (guint), compare_documents, self->documents);
  for (guint i = 0; i < n_articles; i++)
    canonical[i] = self->documents[order[i]];

  for (guint c = 0; given != NULL && c < given->len; c++)
    {
      GArray *refs = g_ptr_array_index (given, c);

      for (guint m = 0; m < refs->len; m++)
        {
          const PxSentenceRef *ref = &g_array_index (refs, PxSentenceRef, m);

          if (ref->sentence >= self->documents[ref->source]->sentences->len)
            {
              g_set_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_INVALID, "claim %u names sentence %u of source %u",
                           c, ref->sentence, ref->source);
              return NULL;
            }
        }
    }
  clusters = given != NULL ? g_ptr_array_ref (given) : px_align (canonical, n_articles, cancellable);
  if (clusters == NULL)
    {
      g_cancellable_set_error_if_cancelled (cancellable, error);
      return NULL;
    }

  for (guint c = 0; c < clusters->len; c++)
    {
      GArray *refs = g_ptr_array_index (clusters, c);
      PxClaim *claim = g_new0 (PxClaim, 1);
      guint32 present = 0;

      claim->members = g_array_sized_new (FALSE, FALSE, sizeof (PxSentenceRef), refs->len);
      claim->sources = g_array_new (FALSE, FALSE, sizeof (guint));
      claim->missing = g_array_new (FALSE, FALSE, sizeof (guint));
      claim->word_spans = g_array_new (FALSE, FALSE, sizeof (PxTextSpan));
      for (guint m = 0; m < refs->len; m++)
        {
          PxSentenceRef ref = g_array_index (refs, PxSentenceRef, m);

          ref.source = order[ref.source];
          present |= 1u << ref.source;
          g_array_append_val (claim->members, ref);
        }
      g_array_sort (claim->members, _px_sentence_ref_compare);
      claim->furniture = claim->members->len > 0;
      for (guint m = 0; m < claim->members->len && claim->furniture; m++)
        {
          const PxSentenceRef *ref = &g_array_index (claim->members, PxSentenceRef, m);
          PxDocument *doc = self->documents[ref->source];

          claim->furniture = _px_sentence_is_stamp (doc, px_document_sentence (doc, ref->sentence));
        }
      for (guint s = 0; s < n_articles; s++)
        g_array_append_val ((present & (1u << s)) ? claim->sources : claim->missing, s);
      g_ptr_array_add (self->claims, claim);
    }

  /* given claims keep their order: the tool that gave them reads them back */
  if (given == NULL)
    g_ptr_array_sort_with_data (self->claims, compare_claims, self);

  /* with the figures of one slot that the aligner put in two claims; a
   * lone sentence a link ties to another claim joins it */
  differ_claims (self, given == NULL, cancellable);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  index_claims (self);
  if (given == NULL)
    _px_comparison_join_linked (self, cancellable);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return g_steal_pointer (&self);
}

PxComparison *
px_compare (PxArticle    **articles,
            guint          n_articles,
            GCancellable  *cancellable,
            GError       **error)
{
  g_return_val_if_fail (articles != NULL || n_articles == 0, NULL);

  return compare_articles (articles, n_articles, NULL, cancellable, error);
}

PxComparison *
_px_compare_with_claims (PxArticle    **articles,
                         guint          n_articles,
                         GPtrArray     *claims,
                         GError       **error)
{
  g_return_val_if_fail (articles != NULL && claims != NULL, NULL);

  for (guint c = 0; c < claims->len; c++)
    {
      GArray *refs = g_ptr_array_index (claims, c);

      if (refs->len == 0)
        {
          g_set_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_INVALID, "claim %u has no sentence", c);
          return NULL;
        }
      for (guint m = 0; m < refs->len; m++)
        {
          const PxSentenceRef *ref = &g_array_index (refs, PxSentenceRef, m);

          if (ref->source >= n_articles)
            {
              g_set_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_INVALID, "claim %u names source %u of %u", c,
                           ref->source, n_articles);
              return NULL;
            }
        }
    }
  return compare_articles (articles, n_articles, claims, NULL, error);
}

G_DEFINE_BOXED_TYPE (PxComparison, px_comparison, px_comparison_ref, px_comparison_unref)

PxComparison *
px_comparison_ref (PxComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
px_comparison_unref (PxComparison *self)
{
  g_return_if_fail (self != NULL);

  if (g_ref_count_dec (&self->ref_count))
    comparison_free (self);
}

guint
px_comparison_get_n_sources (PxComparison *self)
{
  return self->n_sources;
}

PxArticle *
px_comparison_get_source (PxComparison *self,
                          guint         source)
{
  g_return_val_if_fail (source < self->n_sources, NULL);
  return self->documents[source]->article;
}

const char *
px_comparison_get_source_label (PxComparison *self,
                                guint         source)
{
  g_return_val_if_fail (source < self->n_sources, NULL);
  return self->labels[source];
}

guint
px_comparison_get_n_sentences (PxComparison *self,
                               guint         source)
{
  g_return_val_if_fail (source < self->n_sources, 0);
  return self->documents[source]->sentences->len;
}

static PxSentence *
get_sentence (PxComparison *self,
              guint         source,
              guint         sentence)
{
  g_return_val_if_fail (source < self->n_sources, NULL);
  g_return_val_if_fail (sentence < self->documents[source]->sentences->len, NULL);
  return px_document_sentence (self->documents[source], sentence);
}

void
px_comparison_get_sentence_range (PxComparison *self,
                                  guint         source,
                                  guint         sentence,
                                  PxSpan       *bytes,
                                  PxSpan       *chars)
{
  PxSentence *s = get_sentence (self, source, sentence);

  g_return_if_fail (s != NULL);
  if (bytes != NULL)
    bytes->start = s->start, bytes->end = s->end;
  if (chars != NULL)
    chars->start = s->char_start, chars->end = s->char_end;
}

char *
px_comparison_dup_sentence_text (PxComparison *self,
                                 guint         source,
                                 guint         sentence)
{
  PxSentence *s = get_sentence (self, source, sentence);

  g_return_val_if_fail (s != NULL, NULL);
  return g_strndup (self->documents[source]->text + s->start, s->end - s->start);
}

guint
px_comparison_get_sentence_claim (PxComparison *self,
                                  guint         source,
                                  guint         sentence)
{
  g_return_val_if_fail (get_sentence (self, source, sentence) != NULL, G_MAXUINT);
  return g_array_index (self->sentence_claims[source], guint, sentence);
}

guint
px_comparison_find_sentence (PxComparison *self,
                             guint         source,
                             guint         offset)
{
  GArray *sentences;
  guint low = 0, high;

  g_return_val_if_fail (source < self->n_sources, G_MAXUINT);
  sentences = self->documents[source]->sentences;
  if (sentences->len == 0)
    return G_MAXUINT;

  /* the last sentence that starts at or before @offset */
  high = sentences->len;
  while (high - low > 1)
    {
      guint mid = (low + high) / 2;

      if (g_array_index (sentences, PxSentence, mid).start <= offset)
        low = mid;
      else
        high = mid;
    }
  return low;
}

guint
px_comparison_get_n_claims (PxComparison *self)
{
  return self->claims->len;
}

PxClaim *
px_comparison_get_claim (PxComparison *self,
                         guint         claim)
{
  g_return_val_if_fail (claim < self->claims->len, NULL);
  return g_ptr_array_index (self->claims, claim);
}

guint
px_comparison_get_n_differences (PxComparison *self)
{
  return self->n_differences;
}

const PxSentenceRef *
px_claim_get_members (PxClaim *claim,
                      guint   *n_members)
{
  *n_members = claim->members->len;
  return (const PxSentenceRef *) claim->members->data;
}

const guint *
px_claim_get_sources (PxClaim *claim,
                      guint   *n_sources)
{
  *n_sources = claim->sources->len;
  return (const guint *) claim->sources->data;
}

gboolean
px_claim_has_source (PxClaim *claim,
                     guint    source)
{
  for (guint i = 0; i < claim->sources->len; i++)
    if (g_array_index (claim->sources, guint, i) == source)
      return TRUE;
  return FALSE;
}

gboolean
px_claim_is_furniture (PxClaim *claim)
{
  return claim->furniture;
}

const guint *
px_claim_get_missing (PxClaim *claim,
                      guint   *n_missing)
{
  *n_missing = claim->missing->len;
  return (const guint *) claim->missing->data;
}

guint
px_claim_get_n_differences (PxClaim *claim)
{
  return claim->differences->len;
}

PxDifference *
px_claim_get_difference (PxClaim *claim,
                         guint    index)
{
  g_return_val_if_fail (index < claim->differences->len, NULL);
  return g_ptr_array_index (claim->differences, index);
}

guint
px_claim_get_n_linked_differences (PxClaim *claim)
{
  return claim->linked != NULL ? claim->linked->len : 0;
}

PxDifference *
px_claim_get_linked_difference (PxClaim *claim,
                                guint    index)
{
  g_return_val_if_fail (index < px_claim_get_n_linked_differences (claim), NULL);
  return g_ptr_array_index (claim->linked, index);
}

const PxTextSpan *
px_claim_get_word_spans (PxClaim *claim,
                         guint   *n_spans)
{
  *n_spans = claim->word_spans->len;
  return (const PxTextSpan *) claim->word_spans->data;
}

PxDifferenceKind
px_difference_get_kind (PxDifference *difference)
{
  return difference->kind;
}

const guint *
px_difference_get_sources (PxDifference *difference,
                           guint        *n_sources)
{
  *n_sources = difference->sources->len;
  return (const guint *) difference->sources->data;
}

const char *
px_difference_get_summary (PxDifference *difference)
{
  return difference->summary;
}

const char *
px_difference_get_display_summary (PxDifference *difference)
{
  return difference->local_summary != NULL ? difference->local_summary : difference->summary;
}

const PxTextSpan *
px_difference_get_spans (PxDifference *difference,
                         guint        *n_spans)
{
  *n_spans = difference->spans->len;
  return (const PxTextSpan *) difference->spans->data;
}

double
px_difference_get_confidence (PxDifference *difference)
{
  return difference->confidence;
}

gboolean
px_difference_is_confident (PxDifference *difference)
{
  return difference->confidence >= PX_DIFFERENCE_CONFIDENT;
}

guint
px_difference_get_n_sides (PxDifference *difference)
{
  guint n = 0;

  for (guint i = 0; i < difference->sides->len; i++)
    n = MAX (n, g_array_index (difference->sides, guint, i) + 1);
  return n;
}

static int
source_position (PxDifference *difference,
                 guint         source)
{
  for (guint i = 0; i < difference->sources->len; i++)
    if (g_array_index (difference->sources, guint, i) == source)
      return (int) i;
  return -1;
}

guint
px_difference_get_side (PxDifference *difference,
                        guint         source)
{
  int i = source_position (difference, source);

  return i < 0 ? G_MAXUINT : g_array_index (difference->sides, guint, i);
}

const char *
px_difference_get_value (PxDifference *difference,
                         guint         source)
{
  int i = source_position (difference, source);

  return i < 0 ? NULL : g_ptr_array_index (difference->values, i);
}

GArray *
px_comparison_diff_words (PxComparison *self,
                          guint         source_a,
                          guint         sentence_a,
                          guint         source_b,
                          guint         sentence_b)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PxTextSpan));
  g_autoptr(GArray) tokens = NULL;
  PxDocument *doc;

  g_return_val_if_fail (get_sentence (self, source_a, sentence_a) != NULL, spans);
  g_return_val_if_fail (get_sentence (self, source_b, sentence_b) != NULL, spans);

  doc = self->documents[source_a];
  tokens = px_differ_unmatched_words (doc, sentence_a, self->documents[source_b], sentence_b);

  /* runs of unmatched tokens next to each other, unless only stop words */
  for (guint i = 0; i < tokens->len;)
    {
      guint first = g_array_index (tokens, guint, i), last = first;
      gboolean content = FALSE;

      for (; i < tokens->len && g_array_index (tokens, guint, i) <= last + 1; i++)
        {
          PxToken *token = px_document_token (doc, g_array_index (tokens, guint, i));

          last = g_array_index (tokens, guint, i);
          content |= !token->is_stop;
        }
      if (content)
        {
          PxTextSpan span = _px_text_span_make (doc, source_a, sentence_a, px_document_token (doc, first)->start,
                                                px_document_token (doc, last)->end);

          g_array_append_val (spans, span);
        }
    }
  return spans;
}

static void
add_uint_array (JsonBuilder *builder,
                const char  *name,
                GArray      *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < values->len; i++)
    json_builder_add_int_value (builder, g_array_index (values, guint, i));
  json_builder_end_array (builder);
}

static void
build_difference_json (PxComparison *self,
                       PxDifference *difference,
                       gboolean      linked,
                       JsonBuilder  *builder)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, px_difference_kind_to_string (difference->kind));
  add_uint_array (builder, "sources", difference->sources);
  json_builder_set_member_name (builder, "summary");
  json_builder_add_string_value (builder, difference->summary);
  /* added fields: who sides with whom, how sure, and each wording */
  json_builder_set_member_name (builder, "confidence");
  json_builder_add_double_value (builder, round (difference->confidence * 100) / 100);
  if (difference->features != NULL)
    {
      /* PARALLAX_DIFFER_FEATURES: for tests/bench/differences/calibrate.py */
      json_builder_set_member_name (builder, "features");
      json_builder_begin_object (builder);
      for (guint f = 0; f < PX_DIFFERENCE_N_FEATURES; f++)
        {
          json_builder_set_member_name (builder, px_difference_feature_names[f]);
          json_builder_add_double_value (builder, difference->features[f]);
        }
      json_builder_end_object (builder);
    }
  json_builder_set_member_name (builder, "sides");
  json_builder_begin_array (builder);
  for (guint side = 0; side < px_difference_get_n_sides (difference); side++)
    {
      json_builder_begin_array (builder);
      for (guint i = 0; i < difference->sources->len; i++)
        if (g_array_index (difference->sides, guint, i) == side)
          json_builder_add_int_value (builder, g_array_index (difference->sources, guint, i));
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "values");
  json_builder_begin_array (builder);
  for (guint i = 0; i < difference->sources->len; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "source");
      json_builder_add_int_value (builder, g_array_index (difference->sources, guint, i));
      json_builder_set_member_name (builder, "value");
      json_builder_add_string_value (builder, g_ptr_array_index (difference->values, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "spans");
  json_builder_begin_array (builder);
  for (guint s = 0; s < difference->spans->len; s++)
    {
      const PxTextSpan *span = &g_array_index (difference->spans, PxTextSpan, s);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "source");
      json_builder_add_int_value (builder, span->source);
      json_builder_set_member_name (builder, "sentence");
      json_builder_add_int_value (builder, span->sentence);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, span->char_start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, span->char_end);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (linked)
    {
      /* a slot link: the sentences it spans, each with its claim */
      json_builder_set_member_name (builder, "members");
      json_builder_begin_array (builder);
      for (guint s = 0; s < difference->spans->len; s++)
        {
          const PxTextSpan *span = &g_array_index (difference->spans, PxTextSpan, s);
          gboolean seen = FALSE;

          for (guint e = 0; e < s && !seen; e++)
            seen = g_array_index (difference->spans, PxTextSpan, e).source == span->source
                   && g_array_index (difference->spans, PxTextSpan, e).sentence == span->sentence;
          if (seen)
            continue;
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "source");
          json_builder_add_int_value (builder, span->source);
          json_builder_set_member_name (builder, "sentence");
          json_builder_add_int_value (builder, span->sentence);
          json_builder_set_member_name (builder, "claim");
          json_builder_add_int_value (builder, g_array_index (self->sentence_claims[span->source], guint, span->sentence));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

JsonNode *
px_comparison_to_json (PxComparison *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  px_comparison_build_json (self, builder);
  return json_builder_get_root (builder);
}

void
px_comparison_build_source_json (PxComparison *self,
                                 guint         source,
                                 JsonBuilder  *builder)
{
  PxDocument *doc;

  g_return_if_fail (self != NULL);
  g_return_if_fail (source < self->n_sources);

  doc = self->documents[source];
  json_builder_begin_object (builder);
  px_article_build_json (doc->article, builder);
  json_builder_set_member_name (builder, "sentences");
  json_builder_begin_array (builder);
  for (guint i = 0; i < doc->sentences->len; i++)
    {
      PxSentence *sentence = px_document_sentence (doc, i);
      g_autofree char *text = g_strndup (doc->text + sentence->start, sentence->end - sentence->start);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, sentence->char_start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, sentence->char_end);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

void
px_comparison_build_claim_json (PxComparison *self,
                                guint         index,
                                JsonBuilder  *builder)
{
  PxClaim *claim;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->claims->len);

  claim = g_ptr_array_index (self->claims, index);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "members");
  json_builder_begin_array (builder);
  for (guint m = 0; m < claim->members->len; m++)
    {
      const PxSentenceRef *ref = &g_array_index (claim->members, PxSentenceRef, m);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "source");
      json_builder_add_int_value (builder, ref->source);
      json_builder_set_member_name (builder, "sentence");
      json_builder_add_int_value (builder, ref->sentence);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_uint_array (builder, "missing", claim->missing);
  /* added: a line of the page, not a claim (a date line, a byline) */
  if (claim->furniture)
    {
      json_builder_set_member_name (builder, "furniture");
      json_builder_add_boolean_value (builder, TRUE);
    }

  json_builder_set_member_name (builder, "differences");
  json_builder_begin_array (builder);
  for (guint d = 0; d < claim->differences->len; d++)
    build_difference_json (self, g_ptr_array_index (claim->differences, d), FALSE, builder);
  json_builder_end_array (builder);
  /* added: differences with a sentence of another claim (slot links) */
  if (claim->linked != NULL)
    {
      json_builder_set_member_name (builder, "linked_differences");
      json_builder_begin_array (builder);
      for (guint d = 0; d < claim->linked->len; d++)
        build_difference_json (self, g_ptr_array_index (claim->linked, d), TRUE, builder);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

void
px_comparison_build_json (PxComparison *self,
                          JsonBuilder  *builder)
{
  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint s = 0; s < self->n_sources; s++)
    px_comparison_build_source_json (self, s, builder);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "claims");
  json_builder_begin_array (builder);
  for (guint c = 0; c < self->claims->len; c++)
    px_comparison_build_claim_json (self, c, builder);
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}
