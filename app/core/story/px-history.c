/* px-history.c: what changed between two versions of one source
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-history.h"

#include "px-comparison-private.h"
#include "px-differ.h"
#include "px-json-private.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/* A dynamic programming table over more cells than this gives way to a
 * greedy match, so that memory stays bounded whatever the two texts are.
 */
#define MAX_TABLE_CELLS (4 * 1024 * 1024)
/* How far ahead the greedy match looks for a partner. */
#define GREEDY_WINDOW 256
/* Two sentences sharing this much of their content words (Dice) are one
 * sentence reworded rather than one removed and another added.
 */
#define REWORDED_SIMILARITY 0.5

struct _PxHistoryDiff
{
  grefcount ref_count;
  PxDocument *documents[2];
  char *labels[2];
  PxDocument *title_documents[2];  /* NULL without a title on that side */
  PxDocument *byline_documents[2];
  PxHistoryField title;
  PxHistoryField byline;
  char *field_values[4];           /* what title and byline point to */
  GArray *entries;                 /* PxHistoryEntry */
  gboolean text_changed;
};

const char *
px_history_change_to_string (PxHistoryChange change)
{
  static const char * const names[] = { "unchanged", "added", "removed", "reworded" };

  g_return_val_if_fail (change <= PX_HISTORY_REWORDED, NULL);
  return names[change];
}

/* Sequence matching */

/* Matches equal ids of @a and @b, in order: fills @match_a[i] with the
 * index in @b matched to a[i], or -1. A longest common subsequence when
 * its table fits in MAX_TABLE_CELLS, else a greedy match in order.
 */
static void
match_sequences (const guint *a,
                 guint        n,
                 const guint *b,
                 guint        m,
                 int         *match_a)
{
  guint prefix = 0;
  guint suffix = 0;
  guint inner_n, inner_m;

  for (guint i = 0; i < n; i++)
    match_a[i] = -1;

  while (prefix < n && prefix < m && a[prefix] == b[prefix])
    {
      match_a[prefix] = prefix;
      prefix++;
    }
  while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix])
    {
      match_a[n - 1 - suffix] = m - 1 - suffix;
      suffix++;
    }

  inner_n = n - prefix - suffix;
  inner_m = m - prefix - suffix;
  if (inner_n == 0 || inner_m == 0)
    return;

  if ((guint64) (inner_n + 1) * (inner_m + 1) <= MAX_TABLE_CELLS)
    {
      g_autofree guint *table = g_new0 (guint, (gsize) (inner_n + 1) * (inner_m + 1));
      const guint *ia = a + prefix;
      const guint *ib = b + prefix;
      guint i = 0, j = 0;

#define CELL(i, j) table[(gsize) (i) * (inner_m + 1) + (j)]
      for (guint x = inner_n; x-- > 0;)
        for (guint y = inner_m; y-- > 0;)
          CELL (x, y) = ia[x] == ib[y] ? CELL (x + 1, y + 1) + 1 : MAX (CELL (x + 1, y), CELL (x, y + 1));

      while (i < inner_n && j < inner_m)
        {
          if (ia[i] == ib[j] && CELL (i, j) == CELL (i + 1, j + 1) + 1)
            match_a[prefix + i++] = prefix + j++;
          else if (CELL (i + 1, j) >= CELL (i, j + 1))
            i++;
          else
            j++;
        }
#undef CELL
    }
  else
    {
      guint next = prefix;

      for (guint i = prefix; i < n - suffix; i++)
        for (guint j = next; j < m - suffix && j < next + GREEDY_WINDOW; j++)
          if (a[i] == b[j])
            {
              match_a[i] = j;
              next = j + 1;
              break;
            }
    }
}

static guint
intern (GHashTable *ids,
        char       *key)
{
  gpointer id;

  if (g_hash_table_lookup_extended (ids, key, NULL, &id))
    {
      g_free (key);
      return GPOINTER_TO_UINT (id);
    }

  id = GUINT_TO_POINTER (g_hash_table_size (ids));
  g_hash_table_insert (ids, key, id);
  return GPOINTER_TO_UINT (id);
}

/* A sentence's words with runs of white space as one space: re-wrapping
 * a paragraph does not change its sentences.
 */
static char *
sentence_key (PxDocument *doc,
              guint       sentence)
{
  PxSentence *s = px_document_sentence (doc, sentence);
  GString *key = g_string_sized_new (s->end - s->start);

  for (guint t = s->first_token; t < s->first_token + s->n_tokens; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if (key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append_len (key, doc->text + token->start, token->end - token->start);
    }

  return g_string_free (key, FALSE);
}

/* Word spans */

/* A run of tokens compared word by word: a sentence, or a whole headline. */
typedef struct
{
  PxDocument *doc;
  guint side;
  guint sentence;
  guint first_token;
  guint n_tokens;
  guint base;  /* the byte the span offsets count from */
} TokenRun;

static TokenRun
sentence_run (PxDocument *doc,
              guint       side,
              guint       sentence)
{
  PxSentence *s = px_document_sentence (doc, sentence);
  TokenRun run = { doc, side, sentence, s->first_token, s->n_tokens, s->start };

  return run;
}

static TokenRun
document_run (PxDocument *doc,
              guint       side)
{
  TokenRun run = { doc, side, 0, 0, doc->tokens->len, 0 };

  return run;
}

static PxTextSpan
make_span (const TokenRun *run,
           guint           start,
           guint           end)
{
  const char *base = run->doc->text + run->base;
  PxTextSpan span = { run->side, run->sentence, start - run->base, end - run->base, 0, 0 };

  span.char_start = g_utf8_strlen (base, span.start);
  span.char_end = span.char_start + g_utf8_strlen (base + span.start, span.end - span.start);
  return span;
}

static guint *
token_ids (const TokenRun *run,
           GHashTable     *ids)
{
  guint *result = g_new (guint, MAX (run->n_tokens, 1));

  for (guint t = 0; t < run->n_tokens; t++)
    {
      PxToken *token = px_document_token (run->doc, run->first_token + t);

      result[t] = intern (ids, g_strndup (run->doc->text + token->start, token->end - token->start));
    }

  return result;
}

/* Appends to @spans the runs of @run's tokens that @matched marks -1. */
static void
add_unmatched_spans (const TokenRun *run,
                     const int      *matched,
                     GArray         *spans)
{
  for (guint t = 0; t < run->n_tokens;)
    {
      guint first, last;

      if (matched[t] >= 0)
        {
          t++;
          continue;
        }
      first = last = t;
      while (last + 1 < run->n_tokens && matched[last + 1] < 0)
        last++;

      {
        PxTextSpan span = make_span (run, px_document_token (run->doc, run->first_token + first)->start,
                                     px_document_token (run->doc, run->first_token + last)->end);

        g_array_append_val (spans, span);
      }
      t = last + 1;
    }
}

/* The words, numbers and punctuation, exactly as written, that @to has and
 * @from lacks (@added) and the other way round (@removed). Exact: a
 * synonym or a changed case is an edit.
 */
static void
diff_words (const TokenRun *from,
            const TokenRun *to,
            GArray         *removed,
            GArray         *added)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree guint *from_ids = token_ids (from, ids);
  g_autofree guint *to_ids = token_ids (to, ids);
  g_autofree int *from_match = g_new (int, MAX (from->n_tokens, 1));
  g_autofree int *to_match = g_new (int, MAX (to->n_tokens, 1));

  match_sequences (from_ids, from->n_tokens, to_ids, to->n_tokens, from_match);
  for (guint t = 0; t < to->n_tokens; t++)
    to_match[t] = -1;
  for (guint t = 0; t < from->n_tokens; t++)
    if (from_match[t] >= 0)
      to_match[from_match[t]] = t;

  add_unmatched_spans (from, from_match, removed);
  add_unmatched_spans (to, to_match, added);
}

/* Similarity of sentences */

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Each sentence's content words (stems) and numbers, as sorted ids. */
static GArray *
content_ids (PxDocument *doc,
             guint       sentence,
             GHashTable *ids)
{
  PxSentence *s = px_document_sentence (doc, sentence);
  GArray *result = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint t = s->first_token; t < s->first_token + s->n_tokens; t++)
    {
      PxToken *token = px_document_token (doc, t);
      guint id;

      if (token->kind == PX_TOKEN_NUMBER)
        id = intern (ids, g_strdup (token->norm));
      else if (token->kind == PX_TOKEN_WORD && !token->is_stop)
        id = intern (ids, g_strdup (token->stem));
      else
        continue;
      g_array_append_val (result, id);
    }

  g_array_sort (result, compare_ids);
  return result;
}

/* Dice coefficient of two sorted multisets. */
static double
similarity (GArray *a,
            GArray *b)
{
  guint i = 0, j = 0, common = 0;

  if (a->len + b->len == 0)
    return 0;

  while (i < a->len && j < b->len)
    {
      guint x = g_array_index (a, guint, i), y = g_array_index (b, guint, j);

      if (x == y)
        {
          common++;
          i++;
          j++;
        }
      else if (x < y)
        i++;
      else
        j++;
    }

  return 2.0 * common / (a->len + b->len);
}

static double
pair_score (GPtrArray *from_content,
            GPtrArray *to_content,
            guint      i,
            guint      j)
{
  double score = similarity (g_ptr_array_index (from_content, i), g_ptr_array_index (to_content, j));

  return score >= REWORDED_SIMILARITY ? score : 0;
}

/* Pairs the unmatched sentences between two matched ones, [from_first,
 * from_end) with [to_first, to_end), in order, most similar first:
 * @pairs[i] gets the partner of FROM sentence i.
 */
static void
pair_reworded (GPtrArray *from_content,
               GPtrArray *to_content,
               guint      from_first,
               guint      from_end,
               guint      to_first,
               guint      to_end,
               int       *pairs)
{
  guint n = from_end - from_first, m = to_end - to_first;

  if (n == 0 || m == 0)
    return;

  if ((guint64) (n + 1) * (m + 1) <= MAX_TABLE_CELLS)
    {
      /* The order-keeping pairing with the highest total similarity. */
      g_autofree float *table = g_new0 (float, (gsize) (n + 1) * (m + 1));
      guint i = 0, j = 0;

#define CELL(i, j) table[(gsize) (i) * (m + 1) + (j)]
      for (guint x = n; x-- > 0;)
        for (guint y = m; y-- > 0;)
          {
            double score = pair_score (from_content, to_content, from_first + x, to_first + y);
            float best = MAX (CELL (x + 1, y), CELL (x, y + 1));

            if (score > 0)
              best = MAX (best, CELL (x + 1, y + 1) + (float) score);
            CELL (x, y) = best;
          }

      while (i < n && j < m)
        {
          double score = pair_score (from_content, to_content, from_first + i, to_first + j);

          if (score > 0 && CELL (i, j) == CELL (i + 1, j + 1) + (float) score)
            pairs[from_first + i++] = to_first + j++;
          else if (CELL (i + 1, j) >= CELL (i, j + 1))
            i++;
          else
            j++;
        }
#undef CELL
    }
  else
    {
      guint next = to_first;

      for (guint i = from_first; i < from_end; i++)
        {
          double best = 0;
          guint best_j = 0;

          for (guint j = next; j < to_end && j < next + GREEDY_WINDOW; j++)
            {
              double score = pair_score (from_content, to_content, i, j);

              if (score > best)
                {
                  best = score;
                  best_j = j;
                }
            }
          if (best > 0)
            {
              pairs[i] = best_j;
              next = best_j + 1;
            }
        }
    }
}

/* Building the diff */

static void
entry_clear (PxHistoryEntry *entry)
{
  g_clear_pointer (&entry->removed_words, g_array_unref);
  g_clear_pointer (&entry->added_words, g_array_unref);
  g_clear_pointer (&entry->differences, g_ptr_array_unref);
}

static GPtrArray *
no_differences (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) _px_difference_free);
}

static void
add_entry (PxHistoryDiff   *self,
           PxHistoryChange  change,
           guint            from_sentence,
           guint            to_sentence)
{
  PxHistoryEntry entry = { change, from_sentence, to_sentence, NULL, NULL, NULL };

  entry.removed_words = g_array_new (FALSE, FALSE, sizeof (PxTextSpan));
  entry.added_words = g_array_new (FALSE, FALSE, sizeof (PxTextSpan));

  if (change == PX_HISTORY_REWORDED)
    {
      PxSentenceRef members[2] = { { PX_HISTORY_FROM, from_sentence }, { PX_HISTORY_TO, to_sentence } };
      TokenRun from = sentence_run (self->documents[PX_HISTORY_FROM], PX_HISTORY_FROM, from_sentence);
      TokenRun to = sentence_run (self->documents[PX_HISTORY_TO], PX_HISTORY_TO, to_sentence);

      diff_words (&from, &to, entry.removed_words, entry.added_words);
      entry.differences = px_differ (self->documents, (const char * const *) self->labels, 2, members, 2);
    }
  else
    entry.differences = no_differences ();

  g_array_append_val (self->entries, entry);
}

static gboolean
align_sentences (PxHistoryDiff  *self,
                 GCancellable   *cancellable,
                 GError        **error)
{
  PxDocument *from = self->documents[PX_HISTORY_FROM];
  PxDocument *to = self->documents[PX_HISTORY_TO];
  guint n = from->sentences->len, m = to->sentences->len;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) from_content = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) to_content = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree guint *from_ids = g_new (guint, MAX (n, 1));
  g_autofree guint *to_ids = g_new (guint, MAX (m, 1));
  g_autofree int *same = g_new (int, MAX (n, 1));     /* FROM sentence -> identical TO sentence */
  g_autofree int *pairs = g_new (int, MAX (n, 1));    /* FROM sentence -> reworded TO sentence */
  g_autofree int *partner = g_new (int, MAX (m, 1));  /* TO sentence -> FROM sentence */
  g_autofree guint *next_paired = g_new (guint, m + 1);
  guint gap_from = 0, gap_to = 0;
  guint next_from = 0;

  for (guint i = 0; i < n; i++)
    from_ids[i] = intern (ids, sentence_key (from, i));
  for (guint j = 0; j < m; j++)
    to_ids[j] = intern (ids, sentence_key (to, j));
  match_sequences (from_ids, n, to_ids, m, same);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  g_hash_table_remove_all (ids);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (from_content, content_ids (from, i, ids));
  for (guint j = 0; j < m; j++)
    g_ptr_array_add (to_content, content_ids (to, j, ids));

  /* Between each two identical sentences, pair the reworded ones. */
  for (guint i = 0; i < n; i++)
    pairs[i] = -1;
  for (guint i = 0; i <= n; i++)
    {
      if (i < n && same[i] < 0)
        continue;
      pair_reworded (from_content, to_content, gap_from, i, gap_to, i < n ? (guint) same[i] : m, pairs);
      if (i < n)
        {
          gap_from = i + 1;
          gap_to = same[i] + 1;
        }
      if (i % 64 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  for (guint j = 0; j < m; j++)
    partner[j] = -1;
  for (guint i = 0; i < n; i++)
    {
      if (same[i] >= 0)
        partner[same[i]] = i;
      else if (pairs[i] >= 0)
        partner[pairs[i]] = i;
    }
  next_paired[m] = n;
  for (guint j = m; j-- > 0;)
    next_paired[j] = partner[j] >= 0 ? (guint) partner[j] : next_paired[j + 1];

  /* In the later version's order; removed sentences where they stood,
   * before what was added in their place.
   */
  for (guint j = 0; j < m; j++)
    {
      for (; next_from < next_paired[j]; next_from++)
        add_entry (self, PX_HISTORY_REMOVED, next_from, PX_HISTORY_NO_SENTENCE);

      if (partner[j] < 0)
        add_entry (self, PX_HISTORY_ADDED, PX_HISTORY_NO_SENTENCE, j);
      else
        {
          add_entry (self, same[partner[j]] >= 0 ? PX_HISTORY_UNCHANGED : PX_HISTORY_REWORDED, partner[j], j);
          next_from = partner[j] + 1;
        }
    }
  for (; next_from < n; next_from++)
    add_entry (self, PX_HISTORY_REMOVED, next_from, PX_HISTORY_NO_SENTENCE);

  return TRUE;
}

static PxDocument *
field_document (PxArticle  *article,
                const char *value)
{
  g_autoptr(PxArticle) field = NULL;

  if (value == NULL || *value == '\0')
    return NULL;

  field = px_article_new (article->input);
  g_free (field->text);
  field->text = g_strdup (value);
  field->language = g_strdup (article->language);
  return px_document_new (field);
}

static void
compare_field (PxHistoryDiff  *self,
               PxHistoryField *field,
               PxDocument    **documents,
               const char     *from,
               const char     *to)
{
  field->from = from;
  field->to = to;
  field->changed = from != NULL && to != NULL && !g_str_equal (from, to);
  field->removed_words = g_array_new (FALSE, FALSE, sizeof (PxTextSpan));
  field->added_words = g_array_new (FALSE, FALSE, sizeof (PxTextSpan));
  field->differences = no_differences ();

  if (field->changed && documents[PX_HISTORY_FROM] != NULL && documents[PX_HISTORY_TO] != NULL)
    {
      g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (PxSentenceRef));
      TokenRun from_run = document_run (documents[PX_HISTORY_FROM], PX_HISTORY_FROM);
      TokenRun to_run = document_run (documents[PX_HISTORY_TO], PX_HISTORY_TO);

      diff_words (&from_run, &to_run, field->removed_words, field->added_words);

      for (guint side = PX_HISTORY_FROM; side <= PX_HISTORY_TO; side++)
        for (guint s = 0; s < documents[side]->sentences->len; s++)
          {
            PxSentenceRef ref = { side, s };

            g_array_append_val (members, ref);
          }
      g_ptr_array_unref (field->differences);
      field->differences = px_differ (documents, (const char * const *) self->labels, 2,
                                      (const PxSentenceRef *) members->data, members->len);
    }
}

static gboolean
check_text (const char  *label,
            const char  *text,
            GError     **error)
{
  gsize len = strlen (text);

  if (len > PX_COMPARE_MAX_TEXT_BYTES)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *limit = g_format_size (PX_COMPARE_MAX_TEXT_BYTES);

      g_set_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_TOO_LONG,
                   /* Translators: the first %s names a version of a source (“Version 2 of BBC”), the second
                    * its size (“3.1 MB”), the third the most a comparison takes */
                   _("%s has %s of text, more than the %s a comparison takes per version"), label, size, limit);
      return FALSE;
    }
  if (!g_utf8_validate (text, len, NULL))
    {
      /* Translators: %s names a version of a source (“Version 2 of BBC”) */
      g_set_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_INVALID, _("%s has text that is not valid UTF-8"),
                   label);
      return FALSE;
    }

  return TRUE;
}

/* The article as it is, or a copy with px_article_new()'s empty text in
 * place of none.
 */
static PxArticle *
with_text (PxArticle *article)
{
  PxArticle *copy;

  if (article->text != NULL)
    return px_article_ref (article);

  copy = px_article_new (article->input);
  copy->title = g_strdup (article->title);
  copy->byline = g_strdup (article->byline);
  copy->language = g_strdup (article->language);
  return copy;
}

PxHistoryDiff *
px_history_diff_new (PxArticle     *from,
                     PxArticle     *to,
                     const char    *from_label,
                     const char    *to_label,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(PxHistoryDiff) self = NULL;
  PxArticle *articles[2];

  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);
  g_return_val_if_fail (from_label != NULL && to_label != NULL, NULL);

  self = g_new0 (PxHistoryDiff, 1);
  g_ref_count_init (&self->ref_count);
  self->labels[PX_HISTORY_FROM] = g_strdup (from_label);
  self->labels[PX_HISTORY_TO] = g_strdup (to_label);
  self->entries = g_array_new (FALSE, TRUE, sizeof (PxHistoryEntry));
  g_array_set_clear_func (self->entries, (GDestroyNotify) entry_clear);

  articles[PX_HISTORY_FROM] = from;
  articles[PX_HISTORY_TO] = to;
  for (guint side = PX_HISTORY_FROM; side <= PX_HISTORY_TO; side++)
    {
      g_autoptr(PxArticle) article = with_text (articles[side]);

      if (!check_text (self->labels[side], article->text, error))
        return NULL;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      self->documents[side] = px_document_new (article);
      self->title_documents[side] = field_document (article, article->title);
      self->byline_documents[side] = field_document (article, article->byline);
    }

  self->text_changed = !g_str_equal (self->documents[PX_HISTORY_FROM]->text, self->documents[PX_HISTORY_TO]->text);
  self->field_values[0] = g_strdup (from->title);
  self->field_values[1] = g_strdup (to->title);
  self->field_values[2] = g_strdup (from->byline);
  self->field_values[3] = g_strdup (to->byline);
  compare_field (self, &self->title, self->title_documents, self->field_values[0], self->field_values[1]);
  compare_field (self, &self->byline, self->byline_documents, self->field_values[2], self->field_values[3]);
  if (!align_sentences (self, cancellable, error))
    return NULL;

  return g_steal_pointer (&self);
}

PxHistoryDiff *
px_history_diff_ref (PxHistoryDiff *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

static void
field_clear (PxHistoryField *field)
{
  g_clear_pointer (&field->removed_words, g_array_unref);
  g_clear_pointer (&field->added_words, g_array_unref);
  g_clear_pointer (&field->differences, g_ptr_array_unref);
}

void
px_history_diff_unref (PxHistoryDiff *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  field_clear (&self->title);
  field_clear (&self->byline);
  g_clear_pointer (&self->entries, g_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->field_values); i++)
    g_free (self->field_values[i]);
  for (guint side = PX_HISTORY_FROM; side <= PX_HISTORY_TO; side++)
    {
      g_clear_pointer (&self->documents[side], px_document_unref);
      g_clear_pointer (&self->title_documents[side], px_document_unref);
      g_clear_pointer (&self->byline_documents[side], px_document_unref);
      g_free (self->labels[side]);
    }
  g_free (self);
}

PxDocument *
px_history_diff_get_document (PxHistoryDiff *self,
                              guint          side)
{
  g_return_val_if_fail (self != NULL && side <= PX_HISTORY_TO, NULL);

  return self->documents[side];
}

const char *
px_history_diff_get_label (PxHistoryDiff *self,
                           guint          side)
{
  g_return_val_if_fail (self != NULL && side <= PX_HISTORY_TO, NULL);

  return self->labels[side];
}

gboolean
px_history_diff_text_changed (PxHistoryDiff *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->text_changed;
}

gboolean
px_history_diff_has_changes (PxHistoryDiff *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->text_changed || self->title.changed || self->byline.changed;
}

const PxHistoryField *
px_history_diff_get_title (PxHistoryDiff *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->title;
}

const PxHistoryField *
px_history_diff_get_byline (PxHistoryDiff *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->byline;
}

guint
px_history_diff_get_n_entries (PxHistoryDiff *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->entries->len;
}

const PxHistoryEntry *
px_history_diff_get_entry (PxHistoryDiff *self,
                           guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return &g_array_index (self->entries, PxHistoryEntry, index);
}

guint
px_history_diff_count (PxHistoryDiff   *self,
                       PxHistoryChange  change)
{
  guint count = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->entries->len; i++)
    count += g_array_index (self->entries, PxHistoryEntry, i).change == change;
  return count;
}

char *
px_history_diff_dup_sentence_text (PxHistoryDiff *self,
                                   guint          side,
                                   guint          sentence)
{
  PxDocument *doc;
  PxSentence *s;

  g_return_val_if_fail (self != NULL && side <= PX_HISTORY_TO, NULL);
  doc = self->documents[side];
  g_return_val_if_fail (sentence < doc->sentences->len, NULL);

  s = px_document_sentence (doc, sentence);
  return g_strndup (doc->text + s->start, s->end - s->start);
}

/* JSON */

static const char *
side_name (guint side)
{
  return side == PX_HISTORY_FROM ? "from" : "to";
}

static void
build_spans_json (JsonBuilder *builder,
                  const char  *name,
                  GArray      *spans,
                  const char  *base)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < spans->len; i++)
    {
      const PxTextSpan *span = &g_array_index (spans, PxTextSpan, i);
      g_autofree char *text = g_strndup (base + span->start, span->end - span->start);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, span->char_start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, span->char_end);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_differences_json (JsonBuilder *builder,
                        GPtrArray   *differences)
{
  json_builder_set_member_name (builder, "differences");
  json_builder_begin_array (builder);
  for (guint i = 0; i < differences->len; i++)
    {
      PxDifference *difference = g_ptr_array_index (differences, i);
      guint n_spans;
      const PxTextSpan *spans = px_difference_get_spans (difference, &n_spans);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, px_difference_kind_to_string (px_difference_get_kind (difference)));
      json_builder_set_member_name (builder, "summary");
      json_builder_add_string_value (builder, px_difference_get_summary (difference));
      json_builder_set_member_name (builder, "spans");
      json_builder_begin_array (builder);
      for (guint s = 0; s < n_spans; s++)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "version");
          json_builder_add_string_value (builder, side_name (spans[s].source));
          json_builder_set_member_name (builder, "start");
          json_builder_add_int_value (builder, spans[s].char_start);
          json_builder_set_member_name (builder, "end");
          json_builder_add_int_value (builder, spans[s].char_end);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_field_json (JsonBuilder          *builder,
                  const char           *name,
                  const PxHistoryField *field)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  _px_json_add_string_or_null (builder, "from", field->from);
  _px_json_add_string_or_null (builder, "to", field->to);
  json_builder_set_member_name (builder, "changed");
  json_builder_add_boolean_value (builder, field->changed);
  build_spans_json (builder, "removed_words", field->removed_words, field->from);
  build_spans_json (builder, "added_words", field->added_words, field->to);
  build_differences_json (builder, field->differences);
  json_builder_end_object (builder);
}

static void
build_sentence_json (JsonBuilder   *builder,
                     PxHistoryDiff *self,
                     guint          side,
                     guint          sentence)
{
  PxDocument *doc = self->documents[side];
  PxSentence *s;
  g_autofree char *text = NULL;

  json_builder_set_member_name (builder, side_name (side));
  if (sentence == PX_HISTORY_NO_SENTENCE)
    {
      json_builder_add_null_value (builder);
      return;
    }

  s = px_document_sentence (doc, sentence);
  text = g_strndup (doc->text + s->start, s->end - s->start);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "sentence");
  json_builder_add_int_value (builder, sentence);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, s->char_start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, s->char_end);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);
}

void
px_history_diff_build_json (PxHistoryDiff *self,
                            JsonBuilder   *builder)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (JSON_IS_BUILDER (builder));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text_changed");
  json_builder_add_boolean_value (builder, self->text_changed);
  build_field_json (builder, "title", &self->title);
  build_field_json (builder, "byline", &self->byline);

  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (PxHistoryChange change = PX_HISTORY_UNCHANGED; change <= PX_HISTORY_REWORDED; change++)
    {
      json_builder_set_member_name (builder, px_history_change_to_string (change));
      json_builder_add_int_value (builder, px_history_diff_count (self, change));
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "sentences");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->entries->len; i++)
    {
      const PxHistoryEntry *entry = &g_array_index (self->entries, PxHistoryEntry, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "change");
      json_builder_add_string_value (builder, px_history_change_to_string (entry->change));
      build_sentence_json (builder, self, PX_HISTORY_FROM, entry->from_sentence);
      build_sentence_json (builder, self, PX_HISTORY_TO, entry->to_sentence);
      if (entry->change == PX_HISTORY_REWORDED)
        {
          PxDocument *from = self->documents[PX_HISTORY_FROM];
          PxDocument *to = self->documents[PX_HISTORY_TO];

          build_spans_json (builder, "removed_words", entry->removed_words,
                            from->text + px_document_sentence (from, entry->from_sentence)->start);
          build_spans_json (builder, "added_words", entry->added_words,
                            to->text + px_document_sentence (to, entry->to_sentence)->start);
          build_differences_json (builder, entry->differences);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}
