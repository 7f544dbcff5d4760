/* px-anchor.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-anchor.h"

#include <string.h>

#include <glib/gi18n-lib.h>

G_DEFINE_QUARK (px-anchor-error-quark, px_anchor_error)

/* Quotes of at least this many words are specific enough that finding
 * them once, word for word, is enough even when the context changed.
 */
#define SPECIFIC_QUOTE_WORDS 8

/* Fuzzy matching is not attempted for quotes shorter than this, nor when
 * quote and text are so long that it would take more than a moment.
 */
#define FUZZY_MIN_WORDS 3
#define FUZZY_MAX_CELLS (40 * 1000 * 1000)

/* Two candidates whose scores are closer than this cannot be told apart. */
#define CONTEXT_MARGIN 0.25
#define FUZZY_MARGIN   0.1

/* A candidate's confidence when it cannot be told apart from another. */
#define AMBIGUOUS_CONFIDENCE 0.5

PxTextSelector *
px_text_selector_new (const char *exact,
                      const char *prefix,
                      const char *suffix,
                      guint       start,
                      guint       end)
{
  PxTextSelector *self = g_new0 (PxTextSelector, 1);

  self->exact = g_strdup (exact != NULL ? exact : "");
  self->prefix = g_strdup (prefix != NULL ? prefix : "");
  self->suffix = g_strdup (suffix != NULL ? suffix : "");
  self->start = start;
  self->end = end;

  return self;
}

PxTextSelector *
px_text_selector_copy (const PxTextSelector *self)
{
  return px_text_selector_new (self->exact, self->prefix, self->suffix, self->start, self->end);
}

void
px_text_selector_free (PxTextSelector *self)
{
  if (self == NULL)
    return;

  g_free (self->exact);
  g_free (self->prefix);
  g_free (self->suffix);
  g_free (self);
}

const char *
px_anchor_method_to_string (PxAnchorMethod method)
{
  switch (method)
    {
    case PX_ANCHOR_METHOD_POSITION:
      return "position";
    case PX_ANCHOR_METHOD_QUOTE:
      return "quote";
    case PX_ANCHOR_METHOD_FUZZY:
      return "fuzzy";
    case PX_ANCHOR_METHOD_NONE:
    default:
      return "none";
    }
}

/* Builds the selector for bytes [@bstart, @bend) of @text. */
static PxTextSelector *
selector_for_bytes (const char *text,
                    gsize       bstart,
                    gsize       bend)
{
  const char *p_start = text + bstart;
  const char *p_end = text + bend;
  const char *before = p_start;
  const char *after = p_end;
  g_autofree char *exact = g_strndup (p_start, bend - bstart);
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  glong start = g_utf8_pointer_to_offset (text, p_start);
  glong end = start + g_utf8_pointer_to_offset (p_start, p_end);

  for (int i = 0; i < PX_ANCHOR_CONTEXT_CHARS && before > text; i++)
    before = g_utf8_prev_char (before);
  for (int i = 0; i < PX_ANCHOR_CONTEXT_CHARS && *after != '\0'; i++)
    after = g_utf8_next_char (after);

  prefix = g_strndup (before, p_start - before);
  suffix = g_strndup (p_end, after - p_end);

  return px_text_selector_new (exact, prefix, suffix, start, end);
}

PxTextSelector *
px_anchor_select_range (const char  *text,
                        guint        start,
                        guint        end,
                        GError     **error)
{
  glong n_chars = g_utf8_strlen (text, -1);
  const char *p_start;
  const char *p_end;

  if (start >= end || end > (gulong) n_chars)
    {
      g_set_error (error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_OUT_OF_RANGE,
                   /* Translators: the first two numbers are where a passage starts and ends in a text, the
                    * third the text’s length, all in characters */
                   _("Characters %u to %u are not a passage of a text of %ld characters"),
                   start, end, n_chars);
      return NULL;
    }

  p_start = g_utf8_offset_to_pointer (text, start);
  p_end = g_utf8_offset_to_pointer (p_start, end - start);

  return selector_for_bytes (text, p_start - text, p_end - text);
}

/* Byte offsets of every occurrence of @needle in @text, overlapping ones included. */
static GArray *
find_all (const char *text,
          const char *needle)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (gsize));
  const char *p = text;

  if (*needle == '\0')
    return hits;

  while ((p = strstr (p, needle)) != NULL)
    {
      gsize offset = p - text;

      g_array_append_val (hits, offset);
      p = g_utf8_next_char (p);
    }

  return hits;
}

/* Picks the occurrence in @hits (byte offsets in @text of a quote of
 * @quote_len bytes) that has @prefix_hint right before it and @suffix_hint
 * right after it; returns how many do.
 */
static guint
choose_occurrence (const char *text,
                   GArray     *hits,
                   gsize       quote_len,
                   const char *prefix_hint,
                   const char *suffix_hint,
                   gsize      *chosen)
{
  guint n_chosen = 0;

  for (guint i = 0; i < hits->len; i++)
    {
      gsize at = g_array_index (hits, gsize, i);
      gboolean prefix_ok = TRUE;
      gboolean suffix_ok = TRUE;

      if (prefix_hint != NULL && *prefix_hint != '\0')
        {
          gsize plen = strlen (prefix_hint);

          prefix_ok = plen <= at && memcmp (text + at - plen, prefix_hint, plen) == 0;
        }
      if (suffix_hint != NULL && *suffix_hint != '\0')
        suffix_ok = g_str_has_prefix (text + at + quote_len, suffix_hint);

      if (prefix_ok && suffix_ok)
        {
          *chosen = at;
          n_chosen++;
        }
    }

  return n_chosen;
}

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F;
}

/* The text as a quote is typed: runs of white space as one space, curly
 * apostrophes and quotation marks straight, dashes as hyphens. With @map,
 * also where each byte of the result comes from in @text (one entry more,
 * for the end).
 */
static char *
normalize_for_quotes (const char *text,
                      GArray     *map)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      gsize origin = p - text;
      char replacement = 0;

      if (is_space (c))
        {
          while (*next != '\0' && is_space (g_utf8_get_char (next)))
            next = g_utf8_next_char (next);
          replacement = ' ';
        }
      else if (c == 0x2018 || c == 0x2019 || c == 0x02BC)
        replacement = '\'';
      else if (c == 0x201C || c == 0x201D)
        replacement = '"';
      else if (c == 0x2010 || c == 0x2011 || c == 0x2013 || c == 0x2014 || c == 0x2212)
        replacement = '-';

      if (replacement != 0)
        {
          g_string_append_c (out, replacement);
          if (map != NULL)
            g_array_append_val (map, origin);
        }
      else
        for (const char *b = p; b < next; b++)
          {
            g_string_append_c (out, *b);
            if (map != NULL)
              {
                gsize byte_origin = b - text;

                g_array_append_val (map, byte_origin);
              }
          }
      p = next;
    }

  if (map != NULL)
    {
      gsize end = p - text;

      g_array_append_val (map, end);
    }

  return g_string_free (out, FALSE);
}

PxTextSelector *
px_anchor_select_quote (const char  *text,
                        const char  *quote,
                        const char  *prefix_hint,
                        const char  *suffix_hint,
                        GError     **error)
{
  g_autoptr(GArray) hits = NULL;
  gsize start = 0;
  gsize end = 0;
  guint n_chosen;

  if (quote == NULL || *quote == '\0')
    {
      g_set_error_literal (error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_EMPTY, _("The quote is empty"));
      return NULL;
    }

  hits = find_all (text, quote);
  if (hits->len > 0)
    {
      n_chosen = choose_occurrence (text, hits, strlen (quote), prefix_hint, suffix_hint, &start);
      end = start + strlen (quote);
    }
  else
    {
      /* Typed rather than copied: other spaces, straight apostrophes. */
      g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (gsize));
      g_autofree char *loose_text = normalize_for_quotes (text, map);
      g_autofree char *loose_quote = g_strstrip (normalize_for_quotes (quote, NULL));
      g_autofree char *loose_prefix = prefix_hint != NULL ? normalize_for_quotes (prefix_hint, NULL) : NULL;
      g_autofree char *loose_suffix = suffix_hint != NULL ? normalize_for_quotes (suffix_hint, NULL) : NULL;
      gsize loose_start = 0;

      g_clear_pointer (&hits, g_array_unref);
      hits = find_all (loose_text, loose_quote);
      if (hits->len == 0)
        {
          g_set_error (error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_NOT_FOUND,
                       /* Translators: %s is a quote the user gave */
                       _("The quote “%s” does not appear in the source's text"), quote);
          return NULL;
        }

      n_chosen = choose_occurrence (loose_text, hits, strlen (loose_quote), loose_prefix, loose_suffix,
                                    &loose_start);
      start = g_array_index (map, gsize, loose_start);
      end = g_array_index (map, gsize, loose_start + strlen (loose_quote));
    }

  if (n_chosen == 1)
    return selector_for_bytes (text, start, end);

  if (n_chosen == 0)
    g_set_error (error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_NOT_FOUND,
                 /* Translators: %s is a quote the user gave */
                 _("The quote “%s” appears in the source's text, but not with the text given "
                   "before or after it"), quote);
  else
    g_set_error (error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_AMBIGUOUS,
                 /* Translators: %s is a quote the user gave, %u how many times it appears */
                 _("The quote “%s” appears %u times in the source's text; give some of the text "
                   "right before or after it to choose one"), quote, n_chosen);
  return NULL;
}

/* How many bytes at the end of @a[0..a_len) and @b[0..b_len) agree. */
static gsize
common_suffix (const char *a,
               gsize       a_len,
               const char *b,
               gsize       b_len)
{
  gsize n = 0;

  while (n < a_len && n < b_len && a[a_len - 1 - n] == b[b_len - 1 - n])
    n++;

  return n;
}

/* How well the text around bytes [@bstart, @bend) agrees with the
 * selector's prefix and suffix: 1 when both are there unchanged.
 */
static double
context_score (const char           *text,
               gsize                 text_len,
               gsize                 bstart,
               gsize                 bend,
               const PxTextSelector *selector)
{
  gsize plen = strlen (selector->prefix);
  gsize slen = strlen (selector->suffix);
  double prefix_score;
  double suffix_score;

  if (plen == 0)
    prefix_score = bstart == 0 ? 1.0 : 0.0;
  else
    prefix_score = (double) common_suffix (selector->prefix, plen, text, bstart) / plen;

  if (slen == 0)
    suffix_score = bend == text_len ? 1.0 : 0.0;
  else
    {
      gsize n = 0;

      while (n < slen && bend + n < text_len && selector->suffix[n] == text[bend + n])
        n++;
      suffix_score = (double) n / slen;
    }

  return (prefix_score + suffix_score) / 2.0;
}

typedef struct
{
  char *folded;
  gsize start; /* bytes */
  gsize end;
} Word;

static void
word_clear (gpointer data)
{
  g_free (((Word *) data)->folded);
}

/* Words (runs of letters and digits, with inner apostrophes), casefolded,
 * with their byte ranges in @text.
 */
static GArray *
split_words (const char *text)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  const char *p = text;

  g_array_set_clear_func (words, word_clear);

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *start;

      if (!g_unichar_isalnum (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      start = p;
      while (*p != '\0')
        {
          c = g_utf8_get_char (p);
          if (g_unichar_isalnum (c))
            p = g_utf8_next_char (p);
          else if ((c == '\'' || c == 0x2019) && g_unichar_isalnum (g_utf8_get_char (g_utf8_next_char (p))))
            p = g_utf8_next_char (p);
          else
            break;
        }

      {
        Word word = { g_utf8_casefold (start, p - start), start - text, p - text };

        g_array_append_val (words, word);
      }
    }

  return words;
}

static guint
count_words (const char *text)
{
  g_autoptr(GArray) words = split_words (text);

  return words->len;
}

/* The selector's quote, word by word, against every stretch of @text:
 * an edit distance in words where the stretch may start and end anywhere.
 * Returns the best stretch as a word range and its similarity (1 = the
 * same words), and the similarity of the best stretch that does not
 * overlap it.
 */
static gboolean
fuzzy_best (GArray     *quote,
            GArray     *text,
            guint      *out_first,
            guint      *out_last,
            double     *out_similarity,
            double     *out_runner_up)
{
  guint m = quote->len;
  guint n = text->len;
  g_autofree guint *prev = g_new (guint, n + 1);
  g_autofree guint *cur = g_new (guint, n + 1);
  g_autofree guint *prev_start = g_new (guint, n + 1);
  g_autofree guint *cur_start = g_new (guint, n + 1);
  guint best_j = 0;
  guint best_cost = G_MAXUINT;
  guint runner_cost = G_MAXUINT;

  if (m == 0 || n == 0)
    return FALSE;

  for (guint j = 0; j <= n; j++)
    {
      prev[j] = 0;
      prev_start[j] = j;
    }

  for (guint i = 1; i <= m; i++)
    {
      const char *qword = g_array_index (quote, Word, i - 1).folded;

      cur[0] = i;
      cur_start[0] = 0;
      for (guint j = 1; j <= n; j++)
        {
          guint subst = prev[j - 1] + (g_str_equal (qword, g_array_index (text, Word, j - 1).folded) ? 0 : 1);
          guint skip_quote = prev[j] + 1;
          guint skip_text = cur[j - 1] + 1;

          if (subst <= skip_quote && subst <= skip_text)
            {
              cur[j] = subst;
              cur_start[j] = prev_start[j - 1];
            }
          else if (skip_quote <= skip_text)
            {
              cur[j] = skip_quote;
              cur_start[j] = prev_start[j];
            }
          else
            {
              cur[j] = skip_text;
              cur_start[j] = cur_start[j - 1];
            }
        }

      {
        guint *swap = prev;

        prev = cur;
        cur = swap;
        swap = prev_start;
        prev_start = cur_start;
        cur_start = swap;
      }
    }

  for (guint j = 1; j <= n; j++)
    if (prev_start[j] < j && prev[j] < best_cost)
      {
        best_cost = prev[j];
        best_j = j;
      }

  if (best_cost == G_MAXUINT)
    return FALSE;

  for (guint j = 1; j <= n; j++)
    if (prev_start[j] < j && (j <= prev_start[best_j] || prev_start[j] >= best_j) && prev[j] < runner_cost)
      runner_cost = prev[j];

  *out_first = prev_start[best_j];
  *out_last = best_j - 1;
  *out_similarity = best_cost >= m ? 0.0 : 1.0 - (double) best_cost / m;
  *out_runner_up = runner_cost >= m ? 0.0 : 1.0 - (double) runner_cost / m;

  return TRUE;
}

static void
set_match (PxAnchorMatch  *match,
           const char     *text,
           PxAnchorMethod  method,
           double          confidence,
           gsize           bstart,
           gsize           bend)
{
  match->method = method;
  match->confidence = CLAMP (confidence, 0.0, 1.0);
  match->start = g_utf8_pointer_to_offset (text, text + bstart);
  match->end = match->start + g_utf8_pointer_to_offset (text + bstart, text + bend);
}

static gboolean
locate_by_position (const char           *text,
                    gsize                 text_len,
                    const PxTextSelector *selector,
                    guint                 n_occurrences,
                    PxAnchorMatch        *match)
{
  glong n_chars = g_utf8_strlen (text, text_len);
  const char *p_start;
  const char *p_end;
  gsize exact_len = strlen (selector->exact);

  if (selector->end > (gulong) n_chars || selector->start >= selector->end)
    return FALSE;

  p_start = g_utf8_offset_to_pointer (text, selector->start);
  p_end = g_utf8_offset_to_pointer (p_start, selector->end - selector->start);

  if ((gsize) (p_end - p_start) != exact_len || memcmp (p_start, selector->exact, exact_len) != 0)
    return FALSE;

  /* The same words at the same place may still be another copy of a
   * repeated phrase: with copies elsewhere, the context must agree too.
   */
  if (n_occurrences > 1
      && context_score (text, text_len, p_start - text, p_end - text, selector) < 0.5)
    return FALSE;

  set_match (match, text, PX_ANCHOR_METHOD_POSITION, 1.0, p_start - text, p_end - text);
  return TRUE;
}

static void
locate_by_quote (const char           *text,
                 gsize                 text_len,
                 const PxTextSelector *selector,
                 GArray               *hits,
                 PxAnchorMatch        *match)
{
  gsize exact_len = strlen (selector->exact);
  double best = -1.0;
  double runner_up = -1.0;
  gsize best_at = 0;
  double confidence;

  for (guint i = 0; i < hits->len; i++)
    {
      gsize at = g_array_index (hits, gsize, i);
      double score = context_score (text, text_len, at, at + exact_len, selector);

      if (score > best)
        {
          runner_up = best;
          best = score;
          best_at = at;
        }
      else if (score > runner_up)
        runner_up = score;
    }

  if (hits->len == 1)
    {
      double specificity = MIN (1.0, (double) count_words (selector->exact) / SPECIFIC_QUOTE_WORDS);

      /* A short phrase found once elsewhere, with other words around it,
       * is not evidence that it is the passage that was annotated.
       */
      confidence = 0.5 + 0.5 * MAX (best, specificity);
    }
  else if (best - runner_up >= CONTEXT_MARGIN)
    confidence = 0.5 + 0.5 * best;
  else
    confidence = MIN (AMBIGUOUS_CONFIDENCE, 0.5 + 0.5 * best);

  set_match (match, text, PX_ANCHOR_METHOD_QUOTE, confidence, best_at, best_at + exact_len);
}

static void
locate_fuzzy (const char           *text,
              gsize                 text_len,
              const PxTextSelector *selector,
              PxAnchorMatch        *match)
{
  g_autoptr(GArray) quote_words = split_words (selector->exact);
  g_autoptr(GArray) text_words = NULL;
  guint first;
  guint last;
  double similarity;
  double runner_up;
  gsize bstart;
  gsize bend;
  double confidence;

  if (quote_words->len < FUZZY_MIN_WORDS)
    return;

  text_words = split_words (text);
  if ((guint64) quote_words->len * text_words->len > FUZZY_MAX_CELLS
      || !fuzzy_best (quote_words, text_words, &first, &last, &similarity, &runner_up))
    return;

  if (similarity <= 0.0)
    return;

  bstart = g_array_index (text_words, Word, first).start;
  bend = g_array_index (text_words, Word, last).end;

  confidence = 0.8 * similarity + 0.2 * context_score (text, text_len, bstart, bend, selector);
  if (runner_up > similarity - FUZZY_MARGIN)
    confidence = MIN (AMBIGUOUS_CONFIDENCE, confidence);

  set_match (match, text, PX_ANCHOR_METHOD_FUZZY, confidence, bstart, bend);
}

gboolean
px_anchor_locate (const char           *text,
                  const PxTextSelector *selector,
                  PxAnchorMatch        *match)
{
  gsize text_len = strlen (text);
  g_autoptr(GArray) hits = NULL;

  match->method = PX_ANCHOR_METHOD_NONE;
  match->confidence = 0.0;
  match->start = 0;
  match->end = 0;

  if (*selector->exact == '\0')
    return FALSE;

  hits = find_all (text, selector->exact);

  if (locate_by_position (text, text_len, selector, hits->len, match))
    return TRUE;

  /* When the exact words are still there, a fuzzy search would only find
   * them again: their context decides, or nobody does.
   */
  if (hits->len > 0)
    locate_by_quote (text, text_len, selector, hits, match);
  else
    locate_fuzzy (text, text_len, selector, match);

  return match->method != PX_ANCHOR_METHOD_NONE && match->confidence >= PX_ANCHOR_THRESHOLD;
}
