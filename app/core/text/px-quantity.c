/* px-quantity.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-quantity.h"

#include "px-calendar-private.h"
#include "px-dates.h"
#include "px-lexicon.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  const char *word;
  int value;
} NumberWord;

static const NumberWord small_numbers[] = {
  { "zero", 0 }, { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 }, { "five", 5 },
  { "six", 6 }, { "seven", 7 }, { "eight", 8 }, { "nine", 9 }, { "ten", 10 }, { "eleven", 11 },
  { "twelve", 12 }, { "thirteen", 13 }, { "fourteen", 14 }, { "fifteen", 15 }, { "sixteen", 16 },
  { "seventeen", 17 }, { "eighteen", 18 }, { "nineteen", 19 }, { "twenty", 20 }, { "thirty", 30 },
  { "forty", 40 }, { "fifty", 50 }, { "sixty", 60 }, { "seventy", 70 }, { "eighty", 80 },
  { "ninety", 90 },
};

static const NumberWord scales[] = {
  { "thousand", 1000 }, { "million", 1000000 }, { "billion", 1000000000 }, { "bn", 1000000000 },
  { "mn", 1000000 }, { "mln", 1000000 }, { "bln", 1000000000 },
  /* South Asian: "Tk 2 lakh" is 200,000 taka, "Rs 5 crore" 50 million rupees */
  { "lakh", 100000 }, { "lakhs", 100000 }, { "crore", 10000000 }, { "crores", 10000000 },
};

typedef enum
{
  QUALIFIER_NONE,
  QUALIFIER_AT_LEAST,
  QUALIFIER_AT_MOST,
  QUALIFIER_ABOUT,
  QUALIFIER_NEARLY,
} Qualifier;

typedef struct
{
  const char *words;
  Qualifier qualifier;
} QualifierWords;

static const QualifierWords qualifiers[] = {
  { "at least", QUALIFIER_AT_LEAST }, { "more than", QUALIFIER_AT_LEAST },
  { "over", QUALIFIER_AT_LEAST }, { "just over", QUALIFIER_AT_LEAST },
  { "upwards of", QUALIFIER_AT_LEAST }, { "in excess of", QUALIFIER_AT_LEAST },
  { "up to", QUALIFIER_AT_MOST }, { "as many as", QUALIFIER_AT_MOST },
  { "fewer than", QUALIFIER_AT_MOST }, { "less than", QUALIFIER_AT_MOST },
  { "under", QUALIFIER_AT_MOST }, { "no more than", QUALIFIER_AT_MOST },
  { "about", QUALIFIER_ABOUT }, { "around", QUALIFIER_ABOUT }, { "approximately", QUALIFIER_ABOUT },
  { "roughly", QUALIFIER_ABOUT }, { "some", QUALIFIER_ABOUT }, { "an estimated", QUALIFIER_ABOUT },
  { "estimated", QUALIFIER_ABOUT }, { "close to", QUALIFIER_ABOUT }, { "almost", QUALIFIER_NEARLY },
  { "nearly", QUALIFIER_NEARLY }, { "just under", QUALIFIER_NEARLY }, { "just shy of", QUALIFIER_NEARLY },
};

typedef struct
{
  const char *word;
  double low;
  double high;
  gboolean fits_figures;
} VagueWord;

/* "Several games" is no rival of "four games"; "dozens of drones" is of
 * "91 drones" (what is known differs), as the design has it.
 */
static const VagueWord vague_words[] = {
  { "dozens", 24, 99, FALSE }, { "scores", 40, 99, FALSE }, { "hundreds", 200, 999, FALSE },
  { "thousands", 2000, 9999, FALSE }, { "millions", 2e6, 9.99e8, FALSE }, { "several", 3, 9, TRUE },
  { "tens", 20, 99, FALSE },
};

static GHashTable *
number_word_table (const NumberWord *table,
                   gsize             n)
{
  GHashTable *words = g_hash_table_new (g_str_hash, g_str_equal);

  for (gsize i = 0; i < n; i++)
    g_hash_table_insert (words, (gpointer) table[i].word, GINT_TO_POINTER (table[i].value + 1));
  return words;
}

/* The value of a number word in @table (small_numbers or scales), -1 if
 * it is not one; the tables are hashed once and only read afterwards.
 */
static int
lookup_number_word (const NumberWord *table,
                    gsize             n,
                    const char       *word)
{
  static GHashTable *small, *scale;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      small = number_word_table (small_numbers, G_N_ELEMENTS (small_numbers));
      scale = number_word_table (scales, G_N_ELEMENTS (scales));
      g_once_init_leave (&initialised, 1);
    }
  g_assert (table == small_numbers || table == scales);
  return GPOINTER_TO_INT (g_hash_table_lookup (table == small_numbers ? small : scale, word)) - 1;
}

/* The factor of a scale word ("million", "bn", "lakh", "trillion"), 0 for
 * another word; a trillion does not fit the table's integers.
 */
static double
scale_word (const char *norm)
{
  int scale;

  if (px_word_equal (norm, "trillion") || px_word_equal (norm, "tn") || px_word_equal (norm, "trn"))
    return 1e12;
  scale = lookup_number_word (scales, G_N_ELEMENTS (scales), norm);
  return scale > 0 ? scale : 0;
}

/* The factor of a scale word in the plural, "thousands" (or the
 * singular), 0 for another word.
 */
static double
plural_scale (const char *norm)
{
  gsize len = strlen (norm);
  g_autofree char *singular = NULL;

  if (scale_word (norm) > 0 || len < 2 || norm[len - 1] != 's')
    return scale_word (norm);
  singular = g_strndup (norm, len - 1);
  return scale_word (singular);
}

/* The factor of a scale word in the singular that a vague word may
 * multiply: "dozen", "hundred", "thousand", "million", "billion"; 0 for
 * another word. */
static double
singular_scale (const char *norm)
{
  if (g_str_equal (norm, "dozen"))
    return 12;
  if (g_str_equal (norm, "hundred"))
    return 100;
  return scale_word (norm);
}

static const char *norm_at (PxDocument *doc,
                            guint       k,
                            guint       end);

/* "a few" and "a handful": 2 to 10, any figure in it agrees, as with
 * "several" ("a few minutes" may be ten, "a handful of people" five);
 * with a scale, "a few hundred", "a few dozen", a vague amount as
 * "hundreds", "dozens" are. Fills @q's range and @vague, returns the
 * tokens read, 0 when there is none at @j. */
static guint
few_span (PxDocument *doc,
          guint       j,
          guint       end,
          PxQuantity *q,
          gboolean   *vague)
{
  double scale;

  if (!g_str_equal (norm_at (doc, j, end), "a")
      || !px_word_is_one_of (norm_at (doc, j + 1, end), (const char * const[]) { "few", "handful", NULL }))
    return 0;
  q->low = 2;
  q->high = 10;
  q->fits_figures = TRUE;
  *vague = TRUE;
  if (g_str_equal (norm_at (doc, j + 1, end), "few") && (scale = singular_scale (norm_at (doc, j + 2, end))) > 0)
    {
      q->low *= scale;
      q->high *= scale;
      q->fits_figures = FALSE;
      q->value = (q->low + q->high) / 2;
      return 3;
    }
  q->value = (q->low + q->high) / 2;
  return 2;
}

/* The month a sentence names in English, whole or cut ("December",
 * "Dec", "Sept"), or 0.
 */
static int
month_of (const char *norm)
{
  return _px_calendar_month_in (norm, strlen (norm), PX_CALENDAR_ENGLISH | PX_CALENDAR_NAMES | PX_CALENDAR_CUTS);
}

/* The weekday a sentence names in English, whole ("Tuesday": "Tue" is
 * a stamp's), or 0.
 */
static int
weekday_of (const char *norm)
{
  return _px_calendar_weekday_in (norm, strlen (norm), PX_CALENDAR_ENGLISH | PX_CALENDAR_NAMES);
}

/* A small number written in words, "ninety-one" included; -1 if not one. */
static int
small_number (const char *norm)
{
  const char *dash = strchr (norm, '-');
  int tens, units;
  char first[16];

  if (dash == NULL)
    return lookup_number_word (small_numbers, G_N_ELEMENTS (small_numbers), norm);
  if (dash - norm >= (int) sizeof first)
    return -1;

  memcpy (first, norm, dash - norm);
  first[dash - norm] = '\0';
  tens = lookup_number_word (small_numbers, G_N_ELEMENTS (small_numbers), first);
  units = lookup_number_word (small_numbers, G_N_ELEMENTS (small_numbers), dash + 1);
  if (tens < 20 || tens % 10 != 0 || units < 1 || units > 9)
    return -1;
  return tens + units;
}

static const char *
norm_at (PxDocument *doc,
         guint       index,
         guint       end)
{
  if (index >= end)
    return "";
  return px_document_token (doc, index)->norm;
}

/* The value of a vulgar fraction character ("½", "¾", "⅓"); 0 for any
 * other character.
 */
static double
vulgar_fraction (gunichar c)
{
  static const struct { gunichar c; double value; } fractions[] = {
    { 0x00BC, 1 / 4.0 }, { 0x00BD, 1 / 2.0 }, { 0x00BE, 3 / 4.0 }, { 0x2150, 1 / 7.0 },
    { 0x2151, 1 / 9.0 }, { 0x2152, 1 / 10.0 }, { 0x2153, 1 / 3.0 }, { 0x2154, 2 / 3.0 },
    { 0x2155, 1 / 5.0 }, { 0x2156, 2 / 5.0 }, { 0x2157, 3 / 5.0 }, { 0x2158, 4 / 5.0 },
    { 0x2159, 1 / 6.0 }, { 0x215A, 5 / 6.0 }, { 0x215B, 1 / 8.0 }, { 0x215C, 3 / 8.0 },
    { 0x215D, 5 / 8.0 }, { 0x215E, 7 / 8.0 },
  };

  for (gsize f = 0; f < G_N_ELEMENTS (fractions); f++)
    if (fractions[f].c == c)
      return fractions[f].value;
  return 0;
}

/* The value of a word that is one vulgar fraction, "⅓" in "⅓ of voters";
 * 0 for another word.
 */
static double
fraction_word (const char *norm)
{
  gunichar c;

  if ((guchar) *norm < 0x80)
    return 0;
  c = g_utf8_get_char_validated (norm, -1);
  if (c == (gunichar) -1 || c == (gunichar) -2 || *g_utf8_next_char (norm) != '\0')
    return 0;
  return vulgar_fraction (c);
}

/* Splits a number token into its value and the letters after it ("2km"
 * gives 2 and "km"; "4½" gives 4.5). FALSE for clock times and malformed
 * numbers.
 */
static gboolean
split_number (const char  *norm,
              double      *value,
              const char **suffix)
{
  GString *digits = g_string_new (NULL);
  const char *p = norm;
  gboolean ok;
  char *end = NULL;

  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) || *p == '.')
        g_string_append_c (digits, *p);
      else if (*p == ',')
        continue;
      else
        break;
    }
  *value = g_ascii_strtod (digits->str, &end);
  ok = digits->len > 0 && end != NULL && *end == '\0' && strchr (norm, ':') == NULL;
  /* a vulgar fraction stuck to the whole number: "4½", "2¼" */
  if ((guchar) *p >= 0x80)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c != (gunichar) -1 && c != (gunichar) -2 && vulgar_fraction (c) > 0)
        {
          *value += vulgar_fraction (c);
          p = g_utf8_next_char (p);
        }
    }
  *suffix = p;
  g_string_free (digits, TRUE);
  return ok;
}

static double duration_days (const char *w);

/* "412" read as the "4 1/2" it is when a page lost the slash of a written
 * fraction (or the sup/sub markup of "4<sup>1</sup>/<sub>2</sub>"); 0
 * when the digits cannot be one: a whole number, then a proper fraction
 * of halves, thirds, quarters or eighths.
 */
static double
unslashed_value (const char *norm)
{
  gsize len = strlen (norm);
  int numerator, denominator;

  if (len < 3 || len > 4)
    return 0;
  for (gsize c = 0; c < len; c++)
    if (!g_ascii_isdigit (norm[c]))
      return 0;
  numerator = norm[len - 2] - '0';
  denominator = norm[len - 1] - '0';
  if (numerator < 1 || numerator >= denominator
      || (denominator != 2 && denominator != 3 && denominator != 4 && denominator != 8))
    return 0;
  return g_ascii_strtod (norm, NULL) / 100 - (numerator * 10 + denominator) / 100.0
         + (double) numerator / denominator;
}

/* Whether @w is a unit a glued fraction is written before ("41/2 months"
 * for "4 1/2 months"): a length of time, a distance, a weight.
 */
static gboolean
is_fraction_unit (const char *w)
{
  static const char * const units[] = {
    "mile", "miles", "km", "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres",
    "meter", "meters", "inch", "inches", "foot", "feet", "pound", "pounds", "ton", "tons", "tonnes",
    "percent", "%", "per",
  };

  if (duration_days (w) > 0)
    return TRUE;
  for (gsize u = 0; u < G_N_ELEMENTS (units); u++)
    if (g_str_equal (w, units[u]))
      return TRUE;
  return FALSE;
}

/* Whether the tokens @i, @i + 1 and @i + 2 are a written fraction, the
 * numerator, a slash touching both and the denominator: "1/2", "3⁄4";
 * sets them. Only the fractions of everyday measures (halves, thirds,
 * quarters, eighths) and not a date ("1/2/2020").
 */
static gboolean
slash_fraction (PxDocument *doc,
                guint       i,
                guint       end,
                gboolean    mixed,
                int        *numerator,
                int        *denominator)
{
  PxToken *n, *slash, *d;
  const char *after = norm_at (doc, i + 3, end);
  char *rest;

  if (i + 2 >= end)
    return FALSE;
  n = px_document_token (doc, i);
  slash = px_document_token (doc, i + 1);
  d = px_document_token (doc, i + 2);
  if (n->kind != PX_TOKEN_NUMBER || d->kind != PX_TOKEN_NUMBER
      || (!g_str_equal (slash->norm, "/") && !g_str_equal (slash->norm, "\xe2\x81\x84"))
      || n->end != slash->start || slash->end != d->start)
    return FALSE;
  /* a hyphen after it joins a unit to a mixed number ("4-1/2-month"),
   * else it is a date's ("1/2-3/2") */
  if (g_str_equal (after, "/") || g_str_equal (after, "\xe2\x81\x84") || (g_str_equal (after, "-") && !mixed))
    return FALSE;
  *denominator = (int) g_ascii_strtoll (d->norm, &rest, 10);
  if (*rest != '\0' || (*denominator != 2 && *denominator != 3 && *denominator != 4 && *denominator != 8))
    return FALSE;
  *numerator = (int) g_ascii_strtoll (n->norm, &rest, 10);
  return *rest == '\0' && strlen (n->norm) <= 3;
}

/* Whether "and a half" follows at token @i: "four and a half months". */
static gboolean
and_a_half (PxDocument *doc,
            guint       i,
            guint       end)
{
  return g_str_equal (norm_at (doc, i, end), "and") && g_str_equal (norm_at (doc, i + 1, end), "a")
         && g_str_equal (norm_at (doc, i + 2, end), "half");
}

/* The value of a word for a part: "half", "quarter", "third",
 * "three-quarters", "two-thirds"; 0 for another word.
 */
static double
part_word (const char *norm)
{
  static const struct { const char *word; double value; } parts[] = {
    { "half", 1 / 2.0 }, { "quarter", 1 / 4.0 }, { "third", 1 / 3.0 }, { "three-quarters", 3 / 4.0 },
    { "three-quarter", 3 / 4.0 }, { "two-thirds", 2 / 3.0 }, { "two-third", 2 / 3.0 }, { "fifth", 1 / 5.0 },
    { "tenth", 1 / 10.0 }, { "one-half", 1 / 2.0 }, { "one-third", 1 / 3.0 }, { "one-quarter", 1 / 4.0 },
    { "one-fifth", 1 / 5.0 }, { "one-tenth", 1 / 10.0 },
  };

  for (gsize p = 0; p < G_N_ELEMENTS (parts); p++)
    if (px_word_equal (norm, parts[p].word))
      return parts[p].value;
  return 0;
}

/* A part of a scale word at token @i: "half a million", "a quarter of a
 * million", "three-quarters of a billion", "half a dozen"; returns the
 * tokens used (0 if none) and the value.
 */
static guint
fraction_of_scale (PxDocument *doc,
                   guint       i,
                   guint       end,
                   double     *value)
{
  guint k = i;
  double part, scale;

  if (g_str_equal (norm_at (doc, k, end), "a") || g_str_equal (norm_at (doc, k, end), "one"))
    k++;
  part = part_word (norm_at (doc, k, end));
  if (part == 0)
    return 0;
  k++;
  /* "half a million", "a quarter of a million", "a third of a billion" */
  if (g_str_equal (norm_at (doc, k, end), "of"))
    k++;
  else if (part != 0.5)
    return 0;
  if (!g_str_equal (norm_at (doc, k, end), "a") && !g_str_equal (norm_at (doc, k, end), "one"))
    return 0;
  k++;
  scale = g_str_equal (norm_at (doc, k, end), "dozen") ? 12 : scale_word (norm_at (doc, k, end));
  if (g_str_equal (norm_at (doc, k, end), "hundred"))
    scale = 100;
  if (scale == 0)
    return 0;
  *value = part * scale;
  return k + 1 - i;
}

/* Whether the unit of time at token @i is one told with "a" that is a
 * length by itself: followed by "and a half" ("a year and a half", "an
 * hour and a half"). "A year" alone is as often a rate ("$5m a year") or
 * a time ago, and "for a decade" a manner of speaking.
 */
static gboolean
a_unit_alone (PxDocument *doc,
              guint       i,
              guint       end)
{
  return duration_days (norm_at (doc, i, end)) > 0 && and_a_half (doc, i + 1, end);
}

guint
px_quantity_parse_number (PxDocument *doc,
                          guint       index,
                          guint       end,
                          double     *value)
{
  PxToken *token;
  double total = 0, current = 0;
  guint i = index;
  gboolean any = FALSE;

  if (index >= end)
    return 0;
  token = px_document_token (doc, index);

  if (token->kind == PX_TOKEN_NUMBER)
    {
      const char *suffix;
      double number, scale;

      int numerator, denominator;

      if (!split_number (token->norm, &number, &suffix))
        return 0;
      /* no figure is written with a leading zero: "007", and "000ft" is
       * what is left of "2, 000ft"
       */
      if (token->norm[0] == '0' && g_ascii_isdigit (token->norm[1]))
        return 0;
      /* "91st", "1990s", "3pm" are not quantities; "2km", "$5bn", "50kg"
       * are ("$1.5m" is read by the caller, which knows the currency) */
      if (*suffix != '\0' && !g_str_equal (suffix, "km") && !g_str_equal (suffix, "m")
          && !g_str_equal (suffix, "mi") && !g_str_equal (suffix, "ft") && !g_str_equal (suffix, "k")
          && !g_str_equal (suffix, "kg") && !g_str_equal (suffix, "lb") && !g_str_equal (suffix, "lbs")
          && !g_str_equal (suffix, "cm") && !g_str_equal (suffix, "p") && scale_word (suffix) == 0)
        return 0;
      if (scale_word (suffix) > 0)
        number *= scale_word (suffix);
      else if (g_str_equal (suffix, "k"))
        number *= 1e3;
      i++;
      if (*suffix == '\0' && number == floor (number) && strchr (token->norm, '.') == NULL)
        {
          const char *previous = index > 0 ? px_document_token (doc, index - 1)->norm : "";

          if (slash_fraction (doc, index, end, FALSE, &numerator, &denominator))
            {
              /* "1/2 mile", "3/4 of voters"; "on 1/2" is a date, and
               * "41/2 months" is what extraction leaves of "4<sup>1</sup>/2":
               * four and a half.
               */
              if (numerator < denominator && !g_str_equal (previous, "on") && !g_str_equal (previous, "since")
                  && !g_str_equal (previous, "until") && !g_str_equal (previous, "by"))
                {
                  *value = (double) numerator / denominator;
                  return 3;
                }
              if (number >= 10 && (int) number % 10 < denominator
                  && (g_str_equal (norm_at (doc, index + 1, end), "\xe2\x81\x84")
                      || is_fraction_unit (norm_at (doc, index + 3, end))))
                {
                  *value = floor (number / 10) + (double) ((int) number % 10) / denominator;
                  return 3;
                }
            }
          /* "3 1/2 years", "4 ½ miles" */
          else if (slash_fraction (doc, i, end, FALSE, &numerator, &denominator) && numerator > 0
                   && numerator < denominator && px_document_token (doc, i)->start > token->end)
            {
              number += (double) numerator / denominator;
              i += 3;
            }
          /* "a 3-1/2 year sentence", "a 4-1/2-month term": the hyphen
           * joins the whole number to its fraction, not a range */
          else if (i + 1 < end && g_str_equal (norm_at (doc, i, end), "-")
                   && px_document_token (doc, i)->start == token->end
                   && px_document_token (doc, i + 1)->start == px_document_token (doc, i)->end
                   && slash_fraction (doc, i + 1, end, TRUE, &numerator, &denominator) && numerator > 0
                   && numerator < denominator)
            {
              number += (double) numerator / denominator;
              i += 4;
            }
          else if (i < end && fraction_word (norm_at (doc, i, end)) > 0)
            {
              number += fraction_word (norm_at (doc, i, end));
              i++;
            }
        }
      scale = scale_word (norm_at (doc, i, end));
      if (scale > 0)
        {
          number *= scale;
          i++;
        }
      else if (g_str_equal (norm_at (doc, i, end), "dozen"))
        {
          number *= 12;
          i++;
        }
      if (and_a_half (doc, i, end))
        {
          number += 0.5;
          i += 3;
        }
      *value = number;
      return i - index;
    }

  /* "half a million", "a quarter of a million", "half a dozen" */
  {
    guint n = fraction_of_scale (doc, index, end, value);

    if (n > 0)
      return n;
  }

  /* "a dozen", "a hundred", "a thousand"; "half a" for "half a point";
   * "a year and a half" */
  if (g_str_equal (token->norm, "a") || g_str_equal (token->norm, "an"))
    {
      const char *next = norm_at (doc, index + 1, end);
      double scale = scale_word (next);

      if (a_unit_alone (doc, index + 1, end))
        {
          *value = 1;
          return 1;
        }
      if (g_str_equal (next, "dozen"))
        current = 12;
      else if (g_str_equal (next, "hundred"))
        current = 100;
      else if (scale > 0)
        current = scale;
      else
        return 0;
      i = index + 2;
      any = TRUE;
    }
  else if (fraction_word (token->norm) > 0)
    {
      *value = fraction_word (token->norm);
      return 1;
    }
  else if (g_str_equal (token->norm, "half"))
    {
      *value = 0.5;
      return g_str_equal (norm_at (doc, index + 1, end), "a") || g_str_equal (norm_at (doc, index + 1, end), "an")
             ? 2 : 1;
    }

  for (; i < end; i++)
    {
      const char *word = norm_at (doc, i, end);
      int small = small_number (word);
      double scale = scale_word (word);

      if (small >= 0)
        {
          current += small;
          any = TRUE;
        }
      else if (any && g_str_equal (word, "hundred"))
        current = MAX (current, 1) * 100;
      else if (any && g_str_equal (word, "dozen"))
        current = MAX (current, 1) * 12;
      else if (any && scale > 0)
        {
          total += MAX (current, 1) * scale;
          current = 0;
        }
      else if (any && g_str_equal (word, "and") && small_number (norm_at (doc, i + 1, end)) > 0)
        continue;
      else if (any && and_a_half (doc, i, end))
        {
          current += 0.5;
          i += 3;
          break;
        }
      else
        break;
    }

  if (!any)
    return 0;
  *value = total + current;
  return i - index;
}

/* Whether the token at @i, before another, is an owner's name: "the
 * team's", "the Falcons'" (the apostrophe after the word). */
static gboolean
owner_at (PxDocument *doc,
          guint       i,
          guint       end)
{
  return i + 1 < end
         && (g_str_has_suffix (norm_at (doc, i, end), "'s")
             || (px_document_token (doc, i)->end < px_document_token (doc, i + 1)->start
                 && (doc->text[px_document_token (doc, i)->end] == '\''
                     || strncmp (doc->text + px_document_token (doc, i)->end, "\xe2\x80\x99", 3) == 0)));
}

/* The whole a part is told of, after "of the": "16" in "10 of the 16
 * games" and in "10 of the team's 16 games", "the Falcons' 12 games"; the
 * tokens it takes, with the owner's name, or 0. */
static guint
whole_after (PxDocument *doc,
             guint       i,
             guint       end,
             double     *whole)
{
  guint n;

  if ((n = px_quantity_parse_number (doc, i, end, whole)) > 0)
    return n;
  if (owner_at (doc, i, end) && (n = px_quantity_parse_number (doc, i + 1, end, whole)) > 0)
    return n + 1;
  return 0;
}

static const PxPhraseTable *
qualifier_table (void)
{
  static PxPhraseTable *table;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      table = px_phrase_table_new ();
      for (gsize q = 0; q < G_N_ELEMENTS (qualifiers); q++)
        px_phrase_table_add (table, qualifiers[q].words, &qualifiers[q]);
      g_once_init_leave (&initialised, 1);
    }
  return table;
}

/* The qualifier that starts at token @i, and how many tokens it takes. */
static guint
match_qualifier (PxDocument *doc,
                 guint       i,
                 guint       end,
                 Qualifier  *qualifier)
{
  gconstpointer data = NULL;
  guint n = px_phrase_table_match (qualifier_table (), doc, i, end, &data);

  if (n > 0)
    *qualifier = ((const QualifierWords *) data)->qualifier;
  return n;
}

static const char *
currency_symbol (const char *norm)
{
  static const char * const symbols[][2] = {
    { "$", "USD" }, { "us$", "USD" }, { "£", "GBP" }, { "€", "EUR" }, { "₽", "RUB" }, { "¥", "JPY" },
    { "₹", "INR" }, { "৳", "BDT" }, { "₩", "KRW" }, { "₺", "TRY" }, { "₪", "ILS" }, { "₦", "NGN" },
    { "₴", "UAH" },
  };

  for (gsize c = 0; c < G_N_ELEMENTS (symbols); c++)
    if (px_word_equal (norm, symbols[c][0]))
      return symbols[c][1];
  return NULL;
}

/* The currency of a word written before a figure: an ISO code ("USD 5
 * million", "EUR 300,000"), "Rs", "Tk"; NULL for another word.
 */
static const char *
currency_code (const char *norm)
{
  static const char * const codes[][2] = {
    { "usd", "USD" }, { "eur", "EUR" }, { "gbp", "GBP" }, { "jpy", "JPY" }, { "cny", "CNY" }, { "rmb", "CNY" },
    { "inr", "INR" }, { "rs", "INR" }, { "bdt", "BDT" }, { "tk", "BDT" }, { "chf", "CHF" }, { "cad", "CAD" },
    { "aud", "AUD" }, { "rub", "RUB" }, { "hkd", "HKD" },
  };

  for (gsize c = 0; c < G_N_ELEMENTS (codes); c++)
    if (px_word_equal (norm, codes[c][0]))
      return codes[c][1];
  return NULL;
}

/* The dollar of the word stuck before "$": "C$2 million" is Canadian,
 * "HK$5" Hong Kong's; NULL for a word that names none.
 */
static const char *
dollar_prefix (const char *norm)
{
  static const char * const prefixes[][2] = {
    { "us", "USD" }, { "c", "CAD" }, { "ca", "CAD" }, { "a", "AUD" }, { "au", "AUD" }, { "hk", "HKD" },
    { "nz", "NZD" }, { "s", "SGD" }, { "nt", "TWD" },
  };

  for (gsize c = 0; c < G_N_ELEMENTS (prefixes); c++)
    if (px_word_equal (norm, prefixes[c][0]))
      return prefixes[c][1];
  return NULL;
}

/* Reads a currency written before a figure at token @i ("$", "C$",
 * "Rs.", "EUR"): returns the tokens used, 0 if none, and sets @currency.
 */
static guint
currency_before (PxDocument  *doc,
                 guint        i,
                 guint        end,
                 const char **currency)
{
  const char *norm = norm_at (doc, i, end);
  guint k = i + 1;

  if ((*currency = currency_symbol (norm)) != NULL)
    return 1;
  if (i + 1 < end && g_str_equal (norm_at (doc, i + 1, end), "$") && dollar_prefix (norm) != NULL
      && px_document_token (doc, i)->end == px_document_token (doc, i + 1)->start)
    {
      *currency = dollar_prefix (norm);
      return 2;
    }
  if (currency_code (norm) == NULL)
    return 0;
  /* "Rs. 5 crore" */
  if (g_str_equal (norm_at (doc, k, end), "."))
    k++;
  if (k >= end || px_document_token (doc, k)->kind != PX_TOKEN_NUMBER)
    return 0;
  *currency = currency_code (norm);
  return k - i;
}

/* "$US1 million", "$A5m", "$NZ2.5 billion": a dollar whose country's
 * letters stand between the "$" and the figure, read as one word ("us1")
 * after the "$" at @i - 1. Returns the tokens used from @i (0 if none),
 * the figure with its scale and the dollar's currency.
 */
static guint
dollar_lettered (PxDocument  *doc,
                 guint        i,
                 guint        end,
                 double      *value,
                 const char **currency)
{
  const PxToken *token = px_document_token (doc, i), *dollar;
  g_autofree char *letters = NULL;
  const char *suffix, *prefixed;
  gsize n = 0;
  double scale = 1, named;
  guint used = 1;

  if (i == 0 || token->kind != PX_TOKEN_WORD)
    return 0;
  dollar = px_document_token (doc, i - 1);
  if (!g_str_equal (dollar->norm, "$") || dollar->end != token->start)
    return 0;
  while (g_ascii_isalpha (token->norm[n]))
    n++;
  if (n == 0 || !g_ascii_isdigit (token->norm[n]))
    return 0;
  letters = g_strndup (token->norm, n);
  prefixed = dollar_prefix (letters);
  if (prefixed == NULL || !split_number (token->norm + n, value, &suffix))
    return 0;
  /* "$A5m", "$US2bn" */
  if (g_str_equal (suffix, "m"))
    scale = 1e6;
  else if (g_str_equal (suffix, "bn") || g_str_equal (suffix, "b"))
    scale = 1e9;
  else if (*suffix != '\0')
    return 0;
  else if ((named = scale_word (norm_at (doc, i + 1, end))) > 0)
    {
      scale = named;
      used++;
    }
  *value *= scale;
  *currency = prefixed;
  return used;
}

static const char *
currency_word (const char *norm)
{
  static const char * const words[][2] = {
    { "yen", "JPY" }, { "yuan", "CNY" }, { "renminbi", "CNY" }, { "taka", "BDT" }, { "naira", "NGN" },
    { "lira", "TRY" }, { "liras", "TRY" }, { "baht", "THB" }, { "ringgit", "MYR" },
  };

  if (g_str_has_prefix (norm, "dollar"))
    return "USD";
  if (g_str_has_prefix (norm, "euro"))
    return "EUR";
  if (g_str_equal (norm, "pounds") || g_str_equal (norm, "pound") || g_str_equal (norm, "sterling"))
    return "GBP";
  if (g_str_has_prefix (norm, "rouble") || g_str_has_prefix (norm, "ruble"))
    return "RUB";
  if (g_str_has_prefix (norm, "rupee"))
    return "INR";
  if (g_str_has_prefix (norm, "shekel"))
    return "ILS";
  if (g_str_has_prefix (norm, "hryvni"))
    return "UAH";
  if (g_str_has_prefix (norm, "riyal"))
    return "SAR";
  if (g_str_has_prefix (norm, "dirham"))
    return "AED";
  for (gsize c = 0; c < G_N_ELEMENTS (words); c++)
    if (px_word_equal (norm, words[c][0]))
      return words[c][1];
  return NULL;
}

/* The currency a country's adjective gives the dollars after it: "2
 * million Canadian dollars", "1.2 billion US dollars"; returns the tokens
 * used, 0 if none.
 */
static guint
national_dollars (PxDocument  *doc,
                  guint        i,
                  guint        end,
                  const char **currency)
{
  static const char * const nations[][2] = {
    { "us", "USD" }, { "u.s", "USD" }, { "american", "USD" }, { "canadian", "CAD" }, { "australian", "AUD" },
    { "singapore", "SGD" }, { "taiwan", "TWD" },
  };
  const char *w = norm_at (doc, i, end);
  guint k = i + 1;

  /* "U.S." ends in a stop of its own */
  if (g_str_equal (norm_at (doc, k, end), "."))
    k++;
  /* "Hong Kong dollars", "New Zealand dollars" */
  if ((g_str_equal (w, "hong") && g_str_equal (norm_at (doc, k, end), "kong"))
      || (g_str_equal (w, "new") && g_str_equal (norm_at (doc, k, end), "zealand")))
    {
      if (!g_str_has_prefix (norm_at (doc, k + 1, end), "dollar"))
        return 0;
      *currency = w[0] == 'h' ? "HKD" : "NZD";
      return k + 2 - i;
    }
  if (!g_str_has_prefix (norm_at (doc, k, end), "dollar"))
    return 0;
  for (gsize c = 0; c < G_N_ELEMENTS (nations); c++)
    if (g_str_equal (w, nations[c][0]))
      {
        *currency = nations[c][1];
        return k + 1 - i;
      }
  return 0;
}

/* Days in a unit of time, 0 for another word: a prison term of "four and
 * a half months" is one quantity with "more than four years".
 */
static double
duration_days (const char *w)
{
  static const struct { const char *unit; double days; } units[] = {
    { "year", 365.25 }, { "years", 365.25 }, { "month", 30.4375 }, { "months", 30.4375 }, { "week", 7 },
    { "weeks", 7 }, { "day", 1 }, { "days", 1 }, { "hour", 1 / 24.0 }, { "hours", 1 / 24.0 },
    { "fortnight", 14 }, { "fortnights", 14 }, { "minute", 1 / 1440.0 }, { "minutes", 1 / 1440.0 },
  };

  for (gsize u = 0; u < G_N_ELEMENTS (units); u++)
    if (g_str_equal (w, units[u].unit))
      return units[u].days;
  return 0;
}

/* The days of a unit joined to its number by a hyphen, the word after it:
 * "year-old" in "30-year-old", "day" in "10-day"; 0 for another word.
 */
static double
joined_duration_days (const char *w)
{
  g_auto(GStrv) parts = g_strsplit (w, "-", 3);

  if (parts[0] == NULL || (parts[1] != NULL && !g_str_equal (parts[1], "old")))
    return 0;
  return duration_days (parts[0]);
}

/* Reads "and six months" after a span in a larger unit (@factor days):
 * adds it to @value (days) and returns the tokens used, or 0. Minutes
 * count too, after hours: "three hours and 20 minutes".
 */
static guint
compound_duration (PxDocument *doc,
                   guint       k,
                   guint       end,
                   double      factor,
                   double     *value)
{
  double more, days;
  guint n;
  const char *unit;

  if (!g_str_equal (norm_at (doc, k, end), "and"))
    return 0;
  n = px_quantity_parse_number (doc, k + 1, end, &more);
  if (n == 0 || more <= 0)
    return 0;
  unit = norm_at (doc, k + 1 + n, end);
  days = duration_days (unit);
  if (days == 0 && (g_str_equal (unit, "minute") || g_str_equal (unit, "minutes")))
    days = 1 / 1440.0;
  if (days <= 0 || days >= factor)
    return 0;
  *value += more * days;
  return n + 2;
}

#define KM_PER_FOOT 0.0003048

/* Kilometres in a unit of length written as a word ("miles", "km",
 * "metres", "feet"), 0 for another word.
 */
static double
length_unit (const char *w)
{
  if (g_str_has_prefix (w, "kilomet") || g_str_equal (w, "km") || g_str_equal (w, "kms"))
    return 1;
  if (g_str_equal (w, "miles") || g_str_equal (w, "mile") || g_str_equal (w, "mi"))
    return 1.609344;
  if (g_str_has_prefix (w, "metre") || g_str_has_prefix (w, "meter") || g_str_equal (w, "m"))
    return 0.001;
  if (g_str_equal (w, "feet") || g_str_equal (w, "foot") || g_str_equal (w, "ft"))
    return KM_PER_FOOT;
  return 0;
}

/* Whether "an hour" follows a length at token @i: "/h", "per hour", "an
 * hour" (a speed); returns the tokens it takes, 0 if none.
 */
static guint
per_hour (PxDocument *doc,
          guint       i,
          guint       end)
{
  const char *w = norm_at (doc, i, end), *w2 = norm_at (doc, i + 1, end);

  if (g_str_equal (w, "/") && (g_str_equal (w2, "h") || g_str_equal (w2, "hr")))
    return 2;
  if ((g_str_equal (w, "per") || g_str_equal (w, "an") || g_str_equal (w, "a")) && g_str_equal (w2, "hour"))
    return 2;
  return 0;
}

/* Kilograms in a unit of weight, 0 for another word. "Pounds" stays
 * money, "tons" a count (short or metric, the page seldom says).
 */
static double
mass_unit (const char *w)
{
  static const struct { const char *unit; double kg; } units[] = {
    { "kg", 1 }, { "kgs", 1 }, { "kilograms", 1 }, { "kilogram", 1 }, { "kilogrammes", 1 }, { "kilos", 1 },
    { "kilo", 1 }, { "tonnes", 1000 }, { "tonne", 1000 }, { "lb", 0.45359237 }, { "lbs", 0.45359237 },
    { "grams", 0.001 }, { "gram", 0.001 }, { "ounces", 0.028349523125 }, { "ounce", 0.028349523125 },
    { "oz", 0.028349523125 },
  };

  for (gsize u = 0; u < G_N_ELEMENTS (units); u++)
    if (g_str_equal (w, units[u].unit))
      return units[u].kg;
  return 0;
}

/* Whether "pounds" after a figure are a weight, not money: the figure
 * weighs something ("weighing 130 pounds", "weighed in at 200 pounds"),
 * follows a height ("5-foot-10, 150 pounds", "6 feet tall and 190
 * pounds"), is told heavier or lighter, or is of a thing that is not
 * money ("300 pounds of marijuana", not "2 million pounds of public
 * money"). Tokens [@first, @end) are the sentence's, the figure starts at
 * @number and its unit is the token before @after. "£", "sterling" and a
 * pound elsewhere stay money.
 */
static gboolean
pounds_weigh (PxDocument *doc,
              guint       first,
              guint       number,
              guint       after,
              guint       end)
{
  static const char * const money[] = {
    "money", "cash", "funding", "funds", "fund", "investment", "investments", "debt", "debts", "spending",
    "revenue", "revenues", "savings", "aid", "damages", "assets", "taxpayers", "taxpayer's", "taxpayers'",
    "public", "tax", "taxes", "compensation", "profit", "profits", "losses", "sales", "bonds", "government",
    "income", "cuts", "contracts", "support", "subsidies", "benefits", "budget", NULL,
  };
  const char *unit = norm_at (doc, after - 1, end), *next = norm_at (doc, after, end);

  if (after == 0 || (!g_str_equal (unit, "pounds") && !g_str_equal (unit, "pound")))
    return FALSE;
  if (g_str_equal (next, "sterling"))
    return FALSE;
  if (g_str_equal (next, "heavier") || g_str_equal (next, "lighter") || g_str_equal (next, "overweight"))
    return TRUE;
  /* "300 pounds of marijuana", "2,000 pounds of explosives" */
  if (g_str_equal (next, "of") && after + 1 < end)
    {
      const PxToken *thing = px_document_token (doc, after + 1);

      if (thing->kind == PX_TOKEN_WORD && !px_word_is_one_of (thing->norm, money)
          && !px_word_is_one_of (thing->norm, (const char * const[]) { "the", "a", "an", "his", "her", "their", "its", "our", "your", "this", "that", NULL }))
        return TRUE;
    }
  for (guint t = number; t > first && number - t < 5; t--)
    {
      const char *word = px_document_token (doc, t - 1)->norm;

      /* "5 feet 8 inches", "5-foot-8", "6-feet-2" */
      if (g_str_has_prefix (word, "weigh") || g_str_equal (word, "tall") || g_str_has_prefix (word, "foot")
          || g_str_has_prefix (word, "feet") || g_str_has_prefix (word, "inch")
          || strstr (word, "-foot") != NULL || strstr (word, "-feet") != NULL)
        return TRUE;
    }
  return FALSE;
}

/* A whole number of feet or inches written in digits or words ("8",
 * "eight"), -1 for another word.
 */
static int
feet_or_inches (const char *norm)
{
  double value;
  const char *suffix;

  if (g_ascii_isdigit (norm[0]))
    return split_number (norm, &value, &suffix) && *suffix == '\0' && value < 100 && value == floor (value)
           ? (int) value : -1;
  return strchr (norm, '-') == NULL ? small_number (norm) : -1;
}

static gboolean
is_inch_word (const char *norm)
{
  return g_str_equal (norm, "in") || g_str_equal (norm, "ins") || g_str_equal (norm, "inch")
         || g_str_equal (norm, "inches");
}

/* The inches of "foot-8", "feet-8-inch" or "foot-eight-inches" (a height's
 * words after the feet's figure), 0 for "foot" alone ("a 5-foot woman"),
 * -1 for another word ("foot-long").
 */
static int
joined_inches (const char *word)
{
  g_auto(GStrv) parts = g_strsplit (word, "-", 0);
  guint n = g_strv_length (parts);
  int inches;

  if (n < 1 || n > 3 || (!g_str_equal (parts[0], "foot") && !g_str_equal (parts[0], "feet")))
    return -1;
  if (n == 1)
    return 0;
  inches = feet_or_inches (parts[1]);
  if (inches < 0 || inches > 11 || (n == 3 && !is_inch_word (parts[2])))
    return -1;
  return inches;
}

/* A person's height in feet and inches, one length: "5-foot-8",
 * "5-foot-8-inch", "six-foot-two", "6 ft 2 in", "5 feet 8 inches", 5'8",
 * "5-foot" and "six-foot" (no inches: told to the inch all the same);
 * returns the tokens used from @j (0 if none) and the height in inches.
 * Feet from 3 to 8 and inches below 12, so "a 20-foot-long wall" and "10
 * feet 40" are not heights.
 */
static guint
height_span (PxDocument *doc,
             guint       j,
             guint       end,
             double     *inches)
{
  const PxToken *first = px_document_token (doc, j), *next;
  int feet, rest;

  /* "six-foot-two", "five-foot-eight-inch" */
  if (first->kind == PX_TOKEN_WORD)
    {
      const char *dash = strchr (first->norm, '-');
      g_autofree char *head = dash != NULL ? g_strndup (first->norm, dash - first->norm) : NULL;

      if (dash == NULL || (feet = small_number (head)) < 3 || feet > 8 || (rest = joined_inches (dash + 1)) < 0)
        return 0;
      *inches = feet * 12 + rest;
      return 1;
    }
  if (first->kind != PX_TOKEN_NUMBER || j + 1 >= end || (feet = feet_or_inches (first->norm)) < 3 || feet > 8)
    return 0;
  next = px_document_token (doc, j + 1);
  /* "5-foot-8": the figure, a dash and "foot-8" stuck together */
  if (g_str_equal (next->norm, "-") && j + 2 < end && first->end == next->start
      && next->end == px_document_token (doc, j + 2)->start
      && (rest = joined_inches (px_document_token (doc, j + 2)->norm)) >= 0)
    {
      *inches = feet * 12 + rest;
      /* "5-foot-8-inch" may be split again at its last dash */
      if (j + 4 < end && g_str_equal (norm_at (doc, j + 3, end), "-") && is_inch_word (norm_at (doc, j + 4, end))
          && px_document_token (doc, j + 2)->end == px_document_token (doc, j + 3)->start)
        return 5;
      return 3;
    }
  /* "6 ft 2 in", "5 feet 8 inches" */
  if ((g_str_equal (next->norm, "ft") || g_str_equal (next->norm, "feet") || g_str_equal (next->norm, "foot"))
      && j + 3 < end && (rest = feet_or_inches (norm_at (doc, j + 2, end))) >= 0 && rest < 12
      && is_inch_word (norm_at (doc, j + 3, end)))
    {
      *inches = feet * 12 + rest;
      return 4;
    }
  /* 5'8", 5′8″: the feet's mark lies between the two figures */
  if (next->kind == PX_TOKEN_NUMBER && (rest = feet_or_inches (next->norm)) >= 0 && rest < 12)
    {
      g_autofree char *between = g_strndup (doc->text + first->end, next->start - first->end);

      if (g_str_equal (between, "'") || g_str_equal (between, "’") || g_str_equal (between, "′"))
        {
          guint used = 2;

          if (j + 2 < end && (g_str_equal (norm_at (doc, j + 2, end), "″")
                              || px_document_token (doc, j + 2)->kind == PX_TOKEN_QUOTE_CLOSE))
            used++;
          *inches = feet * 12 + rest;
          return used;
        }
    }
  return 0;
}

/* Whether @sentence speaks of shares, where a bare "points" is percentage
 * points: a percentage ("%", "percent", "per cent", "pct", "percentage
 * points") or a rate or yield, which is one ("cut rates by half a point").
 * A poll or a market alone is no such sentence: a lead of "3 points" is
 * told in votes as often as in shares, an index moves in its own points.
 */
static gboolean
tells_of_shares (PxDocument *doc,
                 PxSentence *sentence)
{
  static const char * const shares[] = {
    "%", "percent", "pct", "percentage", "rate", "rates", "yield", "yields", NULL,
  };

  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      const char *norm = px_document_token (doc, t)->norm;

      if (px_word_is_one_of (norm, shares)
          || (g_str_equal (norm, "per") && t + 1 < sentence->first_token + sentence->n_tokens
              && g_str_equal (px_document_token (doc, t + 1)->norm, "cent")))
        return TRUE;
    }
  return FALSE;
}

/* Reads a unit after the number (or stuck to it, @suffix): returns the
 * tokens used and sets the dimension and a factor to its base unit.
 */
static guint
match_unit (PxDocument  *doc,
            guint        i,
            guint        end,
            const char  *suffix,
            PxDimension *dimension,
            double      *factor,
            const char **currency)
{
  const char *w = norm_at (doc, i, end);
  const char *w2 = norm_at (doc, i + 1, end);

  *factor = 1;
  if (suffix != NULL && *suffix != '\0')
    {
      /* "302p" */
      if (g_str_equal (suffix, "p") && *currency == NULL)
        {
          *dimension = PX_DIMENSION_MONEY;
          *currency = "GBP";
          *factor = 0.01;
        }
      else if (mass_unit (suffix) > 0)
        {
          *dimension = PX_DIMENSION_MASS;
          *factor = mass_unit (suffix);
        }
      else if (g_str_equal (suffix, "km") && per_hour (doc, i, end) > 0)
        {
          *dimension = PX_DIMENSION_SPEED;
          return per_hour (doc, i, end);
        }
      else if (g_str_equal (suffix, "cm"))
        {
          *dimension = PX_DIMENSION_DISTANCE;
          *factor = 1e-5;
        }
      else if (g_str_equal (suffix, "km"))
        *dimension = PX_DIMENSION_DISTANCE;
      else if (g_str_equal (suffix, "m") && !g_str_equal (w, "people"))
        {
          *dimension = PX_DIMENSION_DISTANCE;
          *factor = 0.001;
        }
      else if (g_str_equal (suffix, "mi"))
        {
          *dimension = PX_DIMENSION_DISTANCE;
          *factor = 1.609344;
        }
      else if (g_str_equal (suffix, "ft"))
        {
          *dimension = PX_DIMENSION_DISTANCE;
          *factor = KM_PER_FOOT;
        }
      return 0;
    }

  if (g_str_equal (w, "%") || g_str_equal (w, "percent") || g_str_equal (w, "pct")
      || (g_str_equal (w, "per") && g_str_equal (w2, "cent")))
    {
      *dimension = PX_DIMENSION_PERCENT;
      return g_str_equal (w, "per") ? 2 : 1;
    }
  if ((g_str_equal (w, "percentage") || g_str_equal (w, "basis")) && g_str_has_prefix (w2, "point"))
    {
      *dimension = PX_DIMENSION_POINTS;
      *factor = g_str_equal (w, "basis") ? 0.01 : 1;
      return 2;
    }
  if (g_str_equal (w, "point") || g_str_equal (w, "points") || g_str_equal (w, "bps")
      || g_str_equal (w, "bp"))
    {
      *dimension = PX_DIMENSION_POINTS;
      *factor = g_str_has_prefix (w, "bp") ? 0.01 : 1;
      return 1;
    }
  /* "20 square miles", "52 sq km", "10,000 hectares", "24,700 acres" */
  if ((g_str_equal (w, "square") || g_str_equal (w, "sq")) && length_unit (w2) > 0)
    {
      *dimension = PX_DIMENSION_AREA;
      *factor = length_unit (w2) * length_unit (w2);
      return 2;
    }
  if (g_str_equal (w, "hectares") || g_str_equal (w, "hectare") || g_str_equal (w, "ha"))
    {
      *dimension = PX_DIMENSION_AREA;
      *factor = 0.01;
      return 1;
    }
  if (g_str_equal (w, "acres") || g_str_equal (w, "acre"))
    {
      *dimension = PX_DIMENSION_AREA;
      *factor = 0.0040468564224;
      return 1;
    }
  /* "180 km/h", "112 mph", "100 miles an hour", "60 knots" */
  if (g_str_equal (w, "mph") || g_str_equal (w, "kph") || g_str_equal (w, "kmh") || g_str_has_prefix (w, "knot"))
    {
      *dimension = PX_DIMENSION_SPEED;
      *factor = w[0] == 'm' ? 1.609344 : w[1] == 'n' ? 1.852 : 1;
      return 1;
    }
  if (length_unit (w) >= 1 && per_hour (doc, i + 1, end) > 0)
    {
      *dimension = PX_DIMENSION_SPEED;
      *factor = length_unit (w);
      return 1 + per_hour (doc, i + 1, end);
    }
  if (mass_unit (w) > 0)
    {
      *dimension = PX_DIMENSION_MASS;
      *factor = mass_unit (w);
      return 1;
    }
  if (g_str_equal (w, "metric") && g_str_equal (w2, "tons"))
    {
      *dimension = PX_DIMENSION_MASS;
      *factor = 1000;
      return 2;
    }
  if (g_str_has_prefix (w, "kilomet") || g_str_equal (w, "km") || g_str_equal (w, "kms"))
    {
      *dimension = PX_DIMENSION_DISTANCE;
      return 1;
    }
  if (g_str_equal (w, "miles") || g_str_equal (w, "mile"))
    {
      *dimension = PX_DIMENSION_DISTANCE;
      *factor = 1.609344;
      return 1;
    }
  if (g_str_has_prefix (w, "metre") || g_str_has_prefix (w, "meter"))
    {
      *dimension = PX_DIMENSION_DISTANCE;
      *factor = 0.001;
      return 1;
    }
  /* "fell 200ft" and "fell about 200m" are two heights, and "2,000 feet"
   * and "600 metres" one (yards stay a count: "rushed for 205 yards")
   */
  if (g_str_equal (w, "feet") || g_str_equal (w, "foot") || g_str_equal (w, "ft"))
    {
      *dimension = PX_DIMENSION_DISTANCE;
      *factor = KM_PER_FOOT;
      return 1;
    }
  if (g_str_has_prefix (w, "centimet") || g_str_equal (w, "cm"))
    {
      *dimension = PX_DIMENSION_DISTANCE;
      *factor = 1e-5;
      return 1;
    }
  if (g_str_equal (w, "inches") || g_str_equal (w, "inch"))
    {
      *dimension = PX_DIMENSION_DISTANCE;
      *factor = KM_PER_FOOT / 12;
      return 1;
    }
  if (duration_days (w) > 0)
    {
      /* "30 years old" is an age */
      *dimension = g_str_equal (w2, "old") ? PX_DIMENSION_AGE : PX_DIMENSION_DURATION;
      *factor = duration_days (w);
      return g_str_equal (w2, "old") ? 2 : 1;
    }
  if (g_str_equal (w, "-") && joined_duration_days (w2) > 0
      && px_document_token (doc, i)->end == px_document_token (doc, i + 1)->start)
    {
      *dimension = g_str_has_suffix (w2, "-old") ? PX_DIMENSION_AGE : PX_DIMENSION_DURATION;
      *factor = joined_duration_days (w2);
      return 2;
    }
  if (currency_word (w) != NULL)
    {
      *dimension = PX_DIMENSION_MONEY;
      *currency = currency_word (w);
      return 1;
    }
  /* "302 pence", "50 cents" */
  if (g_str_equal (w, "pence") || g_str_equal (w, "cents") || g_str_equal (w, "cent"))
    {
      *dimension = PX_DIMENSION_MONEY;
      *currency = w[0] == 'p' ? "GBP" : "USD";
      *factor = 0.01;
      return 1;
    }
  if (g_str_equal (w, "nautical") && g_str_has_prefix (w2, "mile"))
    {
      *dimension = PX_DIMENSION_DISTANCE;
      *factor = 1.852;
      return 2;
    }
  {
    guint n = national_dollars (doc, i, end, currency);

    if (n > 0)
      *dimension = PX_DIMENSION_MONEY;
    return n;
  }
}

/* Whether @norm is a word and a figure joined by a hyphen that stands
 * for a dash: "workers-two", "victims-12". */
static gboolean
dash_before_figure (const char *norm)
{
  const char *dash = strrchr (norm, '-');

  if (dash == NULL || dash == norm || !g_ascii_isalpha (dash[-1]) || dash[1] == '\0')
    return FALSE;
  if (strspn (dash + 1, "0123456789,") == strlen (dash + 1))
    return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (small_numbers); i++)
    if (g_str_equal (dash + 1, small_numbers[i].word))
      return TRUE;
  return FALSE;
}

static gboolean
is_content_word (const PxToken *token)
{
  return token->kind == PX_TOKEN_WORD && !token->is_stop;
}

/* The counted thing's phrase ends at its noun: "200 countries worldwide"
 * counts countries, so "worldwide" (WordNet knows it, never as a noun or
 * a verb) is no head, and "several hundred million worldwide" shares nothing with it.
 * Heads stay as they are when none may be a noun. The heads are the
 * tokens from @first on; @end_token, one past the last, moves back with
 * them.
 */
static void
trim_heads (PxQuantity *q,
            PxDocument *doc,
            guint       first,
            guint      *end_token)
{
  guint keep = 0;
  g_autoptr(GHashTable) lexemes = NULL;

  if (q->n_heads < 2)
    return;
  /* the lexemes every thread shares (a word's own, built once) */
  for (guint h = 0; h < q->n_heads; h++)
    {
      const PxLexeme *lexeme = px_lexicon_lookup (&lexemes, px_document_token (doc, first + h)->norm);

      /* a word WordNet does not know (a name) may be one; a participle
       * says what was done to them ("369 punches thrown", "68 landed")
       */
      if (lexeme->is_noun || lexeme->is_verb || lexeme->n_synonyms == 0)
        keep = h + 1;
    }
  if (keep == 0 || keep == q->n_heads)
    return;
  q->n_heads = keep;
  /* the heads are consecutive tokens from @first ("of" may precede them) */
  while (*end_token > first && px_document_token (doc, *end_token - 1)->end > q->head_ends[keep - 1])
    (*end_token)--;
}

static void
set_range (PxQuantity *q,
           Qualifier   qualifier)
{
  switch (qualifier)
    {
    case QUALIFIER_NONE:
      q->low = q->high = q->value;
      break;
    case QUALIFIER_AT_LEAST:
      q->low = q->value;
      q->high = INFINITY;
      break;
    case QUALIFIER_AT_MOST:
      q->low = 0;
      q->high = q->value;
      break;
    case QUALIFIER_ABOUT:
      q->low = q->value * 0.9;
      q->high = q->value * 1.1;
      break;
    case QUALIFIER_NEARLY:
      q->low = q->value * 0.85;
      q->high = q->value;
      break;
    default:
      g_assert_not_reached ();
    }
  q->qualified = qualifier != QUALIFIER_NONE;
  q->qualifier = qualifier;
}

static gboolean unseasoned_zone_at (PxDocument *doc,
                                    guint       i,
                                    guint       end);
static gboolean iso_date (PxDocument *doc,
                          guint       i,
                          guint       end,
                          int        *year,
                          int        *month,
                          int        *day);

/* Whether the figure at token @i stands between a capitalised word and a
 * name, as a number that labels the name ("Player 136 Brenner Jr."):
 * the word after it capitalised, no plural and unknown to WordNet (a
 * surname: "30 Israeli soldiers", "12 Palestinian children", "120
 * Passengers" still count), the word before it capitalised and no month
 * or weekday ("On Monday 30 Smith..."), in a sentence not written in
 * capitals word by word (a headline).
 */
static gboolean
names_between (PxDocument *doc,
               PxSentence *sentence,
               guint       i,
               guint       end)
{
  g_autoptr(GHashTable) lexemes = NULL;
  const PxLexeme *lexeme;
  PxToken *prev, *next;
  guint n_words = 0, n_capital = 0;

  if (i <= sentence->first_token || i + 1 >= end)
    return FALSE;
  prev = px_document_token (doc, i - 1);
  next = px_document_token (doc, i + 1);
  if (prev->kind != PX_TOKEN_WORD || !prev->is_capital || month_of (prev->norm) > 0 || weekday_of (prev->norm) > 0
      || next->kind != PX_TOKEN_WORD || !next->is_capital || g_str_has_suffix (next->norm, "s"))
    return FALSE;
  lexeme = px_lexicon_lookup (&lexemes, next->norm);
  if (lexeme->n_synonyms > 0 || lexeme->is_noun || lexeme->is_verb)
    return FALSE;
  for (guint t = sentence->first_token; t < end; t++)
    {
      PxToken *token = px_document_token (doc, t);

      if (token->kind != PX_TOKEN_WORD)
        continue;
      n_words++;
      n_capital += token->is_capital;
    }
  return 2 * n_capital < n_words;
}

/* Whether the number at token @i is part of a date, a clock time, a year or
 * a reference ("No. 10") rather than a quantity.
 */
static gboolean
is_date_or_label (PxDocument *doc,
                  PxSentence *sentence,
                  guint       i,
                  guint       end,
                  double      value,
                  gboolean    has_unit)
{
  PxToken *token = px_document_token (doc, i);
  const char *next = norm_at (doc, i + 1, end);

  if (token->kind != PX_TOKEN_NUMBER)
    return FALSE;
  if (i > sentence->first_token)
    {
      PxToken *prev = px_document_token (doc, i - 1);

      if (month_of (prev->norm) > 0 && prev->is_capital)
        return TRUE;
      /* the lower half of a fraction or ratio, "41/2" for "4½", "24/7" */
      if (g_str_equal (prev->norm, "/") && prev->end == token->start)
        return TRUE;
      if (g_str_equal (prev->norm, ".") && i >= sentence->first_token + 2
          && (month_of (px_document_token (doc, i - 2)->norm) > 0
              || g_str_equal (px_document_token (doc, i - 2)->norm, "no")))
        return TRUE;
    }
  if (month_of (next) > 0 && px_document_token (doc, i + 1)->is_capital)
    return TRUE;
  if (!has_unit && names_between (doc, sentence, i, end))
    return TRUE;
  if (g_str_equal (next, "a.m") || g_str_equal (next, "p.m") || g_str_equal (next, "am")
      || g_str_equal (next, "pm") || g_str_equal (next, "noon") || unseasoned_zone_at (doc, i + 1, end))
    return TRUE;
  /* the month or day of "2025-12-29" */
  for (guint back = 2; back <= 4 && i >= sentence->first_token + back; back += 2)
    {
      int year, month, day;

      if (iso_date (doc, i - back, end, &year, &month, &day))
        return TRUE;
    }
  if (!has_unit && value >= 1900 && value <= 2100 && value == floor (value)
      && strchr (token->norm, ',') == NULL)
    return TRUE;
  return FALSE;
}

/* Whether the number at token @i is the decimals of a number that the
 * sentence splitter cut after its stop: "8 quake" of "a magnitude-5.8
 * quake" (the stop touches the token before it and this one).
 */
static gboolean
decimal_fragment (PxDocument *doc,
                  PxSentence *sentence,
                  guint       i)
{
  PxToken *token = px_document_token (doc, i), *stop, *before;

  if (i != sentence->first_token || i < 2 || token->kind != PX_TOKEN_NUMBER)
    return FALSE;
  stop = px_document_token (doc, i - 1);
  before = px_document_token (doc, i - 2);
  return g_str_equal (stop->norm, ".") && stop->end == token->start && before->end == stop->start
         && g_ascii_isdigit (doc->text[before->end - 1]);
}

/* Whether the number at token @i goes on with a slash and a number, the
 * upper half of a ratio, score or date ("24/7", "21/14", "1/2/2020") that
 * was not read as a fraction.
 */
static gboolean
slashed_on (PxDocument *doc,
            guint       i,
            guint       end)
{
  const char *slash = norm_at (doc, i + 1, end);

  return i + 2 < end && (g_str_equal (slash, "/") || g_str_equal (slash, "\xe2\x81\x84"))
         && px_document_token (doc, i)->end == px_document_token (doc, i + 1)->start
         && px_document_token (doc, i + 1)->end == px_document_token (doc, i + 2)->start
         && px_document_token (doc, i + 2)->kind == PX_TOKEN_NUMBER;
}

static gboolean measured_in_units (PxDimension dimension);

static void mark_population (PxDocument *doc,
                             PxSentence *sentence,
                             PxQuantity *q,
                             guint       first_head,
                             guint       end);

/* Whether a quantity may start at @token: a number, a currency sign, or
 * a word that begins a number, a qualifier or a vague amount.
 */
static gboolean
may_start_quantity (const PxToken *token)
{
  static GHashTable *starters;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

      for (gsize i = 0; i < G_N_ELEMENTS (small_numbers); i++)
        g_hash_table_add (set, (gpointer) small_numbers[i].word);
      for (gsize i = 0; i < G_N_ELEMENTS (vague_words); i++)
        g_hash_table_add (set, (gpointer) vague_words[i].word);
      for (gsize i = 0; i < G_N_ELEMENTS (qualifiers); i++)
        {
          const char *space = strchr (qualifiers[i].words, ' ');
          g_autofree char *first = g_strndup (qualifiers[i].words,
                                              space != NULL ? (gsize) (space - qualifiers[i].words) : strlen (qualifiers[i].words));

          g_hash_table_add (set, (gpointer) g_intern_string (first));
        }
      g_hash_table_add (set, (gpointer) "a");
      g_hash_table_add (set, (gpointer) "an");
      g_hash_table_add (set, (gpointer) "half");
      starters = set;
      g_once_init_leave (&initialised, 1);
    }

  if (token->kind == PX_TOKEN_NUMBER || token->kind == PX_TOKEN_SYMBOL)
    return TRUE;
  if (token->kind != PX_TOKEN_WORD)
    return FALSE;
  if (g_hash_table_contains (starters, token->norm))
    return TRUE;
  if (fraction_word (token->norm) > 0 || part_word (token->norm) > 0)
    return TRUE;
  /* "Rs 5 crore", "EUR 300,000", "C$2 million" */
  if (currency_code (token->norm) != NULL || dollar_prefix (token->norm) != NULL)
    return TRUE;
  /* "ninety-one", "thirty-six-year-old", "five-year" */
  if (strchr (token->norm, '-') != NULL)
    {
      g_autofree char *first = g_strndup (token->norm, strchr (token->norm, '-') - token->norm);

      return small_number (token->norm) >= 0 || small_number (first) >= 0;
    }
  return FALSE;
}

/* The content words from token @from, before @end, as @q's heads (as
 * many as it holds): "a five-year deal", "the 71st minute". The token
 * after the last read.
 */
static guint
read_heads (PxQuantity *q,
            PxDocument *doc,
            guint       from,
            guint       end)
{
  guint h;

  for (h = from; h < end && q->n_heads < G_N_ELEMENTS (q->heads); h++)
    {
      PxToken *word = px_document_token (doc, h);

      if (!is_content_word (word))
        break;
      q->heads[q->n_heads] = word->concept;
      q->head_words[q->n_heads] = word->norm;
      q->head_ends[q->n_heads] = word->end;
      q->n_heads++;
    }
  return h;
}

/* may_start_quantity() of a token of @doc, a word's answer remembered by
 * its norm (interned: one address a word): a document asks it of every
 * token, and most words come again.
 */
static gboolean
starts_quantity (PxDocument    *doc,
                 const PxToken *token)
{
  gpointer known;
  gboolean starts;

  if (token->kind != PX_TOKEN_WORD)
    return may_start_quantity (token);
  if (doc->quantity_starts == NULL)
    doc->quantity_starts = g_hash_table_new (NULL, NULL);
  known = g_hash_table_lookup (doc->quantity_starts, token->norm);
  if (known != NULL)
    return GPOINTER_TO_UINT (known) - 1;
  starts = may_start_quantity (token);
  g_hash_table_insert (doc->quantity_starts, (gpointer) token->norm, GUINT_TO_POINTER (starts + 1));
  return starts;
}

/* An age spelled in one word: "thirty-six-year-old", "six-month-old";
 * fills @q (an age in days) and returns TRUE.
 */
static gboolean
spelled_span (PxDocument *doc,
              PxSentence *sentence,
              guint       j,
              PxQuantity *q)
{
  PxToken *token = px_document_token (doc, j);
  g_auto(GStrv) parts = NULL;
  guint n;

  gboolean age;
  guint h;

  if (token->kind != PX_TOKEN_WORD || strchr (token->norm, '-') == NULL)
    return FALSE;
  age = g_str_has_suffix (token->norm, "-old");
  parts = g_strsplit (token->norm, "-", -1);
  n = g_strv_length (parts) - (age ? 1 : 0);
  /* "thirty-six" "year" ("old"), "six" "month" ("old"), "five" "year" */
  if (n < 2 || n > 3 || duration_days (parts[n - 1]) == 0 || g_str_has_suffix (parts[n - 1], "s"))
    return FALSE;
  {
    g_autofree char *number = g_strjoinv ("-", (char *[]) { parts[0], n == 3 ? parts[1] : NULL, NULL });
    int value = small_number (number);

    if (value < 1)
      return FALSE;
    memset (q, 0, sizeof *q);
    q->dimension = age ? PX_DIMENSION_AGE : PX_DIMENSION_DURATION;
    q->value = value * duration_days (parts[n - 1]);
  }
  q->first_token = j;
  q->start = q->number_start = token->start;
  q->number_end = token->end;
  /* what lasts so long: "a five-year deal" */
  h = age ? j + 1 : read_heads (q, doc, j + 1, sentence->first_token + sentence->n_tokens);
  trim_heads (q, doc, j + 1, &h);
  q->end_token = MAX (h, j + 1);
  q->end = px_document_token (doc, q->end_token - 1)->end;
  return TRUE;
}

/* A share told in words: "half of", "a third of", "two-thirds of", "one
 * in five": a percentage, loosely (a word's fraction is a round figure:
 * "a third of the voters" is "33%" or "35%"); fills @q, TRUE.
 */
static gboolean
share_span (PxDocument *doc,
            PxSentence *sentence,
            guint       j,
            PxQuantity *q)
{
  static const char * const before_part[] = {
    "the", "first", "second", "third", "last", "other", "latter", "former", "each", "every", "final", NULL,
  };
  guint end = sentence->first_token + sentence->n_tokens;
  guint k = j;
  double share = 0, part, whole;
  guint n;

  if (j > sentence->first_token && px_word_is_one_of (px_document_token (doc, j - 1)->norm, before_part))
    return FALSE;
  if (g_str_equal (norm_at (doc, k, end), "a") || g_str_equal (norm_at (doc, k, end), "one"))
    k++;
  if ((part = part_word (norm_at (doc, k, end))) > 0 && g_str_equal (norm_at (doc, k + 1, end), "of")
      && !px_word_is_one_of (norm_at (doc, k + 2, end), (const char * const[]) { "a", "an", "one", NULL })
      && k + 2 < end)
    {
      share = part * 100;
      k += 2;
    }
  /* "one in five", "nine in 10" */
  else if ((n = px_quantity_parse_number (doc, j, end, &part)) == 1 && g_str_equal (norm_at (doc, j + 1, end), "in")
           && px_quantity_parse_number (doc, j + 2, end, &whole) == 1 && part >= 1 && whole > part && whole <= 1000
           && part == floor (part) && whole == floor (whole))
    {
      share = part / whole * 100;
      k = j + 3;
    }
  else
    return FALSE;
  memset (q, 0, sizeof *q);
  q->dimension = PX_DIMENSION_PERCENT;
  q->value = share;
  q->first_token = j;
  q->end_token = k;
  q->start = q->number_start = px_document_token (doc, j)->start;
  q->end = q->number_end = px_document_token (doc, k - 1)->end;
  return TRUE;
}

/* "in his 30s", "in her early 40s": an age anywhere in the decade (or
 * its part); fills @q and returns TRUE.
 */
static gboolean
decade_of_life (PxDocument *doc,
                PxSentence *sentence,
                guint       j,
                PxQuantity *q)
{
  PxToken *token = px_document_token (doc, j);
  const char *n = token->norm;
  guint first = j;
  double low, high;
  const char *part = "";

  if (token->kind != PX_TOKEN_NUMBER || strlen (n) != 3 || !g_ascii_isdigit (n[0]) || n[0] == '0' || n[1] != '0'
      || n[2] != 's' || j <= sentence->first_token)
    return FALSE;
  if (px_word_is_one_of (px_document_token (doc, j - 1)->norm, (const char * const[]) { "early", "mid", "late", NULL })
      && j - 1 > sentence->first_token)
    part = px_document_token (doc, --first)->norm;
  if (!px_word_is_one_of (px_document_token (doc, first - 1)->norm, (const char * const[]) { "his", "her", "their", NULL }))
    return FALSE;
  first--;
  low = (n[0] - '0') * 10;
  high = low + 10;
  if (g_str_equal (part, "early"))
    high = low + 4;
  else if (g_str_equal (part, "mid"))
    low += 3, high = low + 5;
  else if (g_str_equal (part, "late"))
    low += 6;
  memset (q, 0, sizeof *q);
  q->dimension = PX_DIMENSION_AGE;
  q->vague = TRUE;
  q->fits_figures = TRUE;
  q->low = low * 365.25;
  q->high = high * 365.25 - 1;
  q->value = (q->low + q->high) / 2;
  q->first_token = first;
  q->end_token = j + 1;
  q->start = px_document_token (doc, first)->start;
  q->number_start = token->start;
  q->end = q->number_end = token->end;
  return TRUE;
}

/* Whether "m" stuck to a figure is millions: after a currency ("$1.5m",
 * "£2,000m"), before one ("1.5m euros") or before a plural noun ("1.2m
 * passengers", "3m people"); metres otherwise ("a 3m wall", "8m high").
 */
static gboolean
millions_m (PxDocument *doc,
            guint       k,
            guint       end,
            const char *currency)
{
  static const char * const lengths[] = {
    "tall", "high", "long", "wide", "deep", "away", "above", "below", "ahead", "behind", "from", "across", "hurdles", NULL,
  };
  const PxToken *next;

  if (currency != NULL)
    return TRUE;
  if (k >= end)
    return FALSE;
  next = px_document_token (doc, k);
  if (next->kind != PX_TOKEN_WORD || px_word_is_one_of (next->norm, lengths))
    return FALSE;
  if (currency_word (next->norm) != NULL || g_str_equal (next->norm, "people"))
    return TRUE;
  return strlen (next->norm) >= 4 && g_str_has_suffix (next->norm, "s") && !g_str_has_suffix (next->norm, "ss");
}

/* Whether the figure read from token @i (its number at @j, its unit
 * ending before @k) is someone's age: "aged 36", "age 36", "aged six
 * months", or a name's apposition, "Smith, 36, of Leeds", "Smith (36)".
 * Sets the dimension and the factor to days.
 */
static gboolean
aged (PxDocument  *doc,
      PxSentence  *sentence,
      guint        i,
      guint        j,
      guint        k,
      guint        end,
      double       value,
      PxDimension *dimension,
      double      *factor)
{
  const char *prev = i > sentence->first_token ? px_document_token (doc, i - 1)->norm : "";
  const PxToken *name;

  if (*dimension != PX_DIMENSION_COUNT && *dimension != PX_DIMENSION_DURATION)
    return FALSE;
  if (g_str_equal (prev, "aged") || (g_str_equal (prev, "age") && i - 1 > sentence->first_token
                                     && px_word_is_one_of (px_document_token (doc, i - 2)->norm,
                                                           (const char * const[]) { ",", "at", "(", NULL })))
    {
      if (*dimension == PX_DIMENSION_COUNT)
        {
          if (value != floor (value) || value < 0 || value > 120)
            return FALSE;
          *factor = 365.25;
        }
      *dimension = PX_DIMENSION_AGE;
      return TRUE;
    }
  /* "Smith, 36," and "Smith (36)": a bare whole number between commas
   * or brackets right after a name; in a list, "Holt, 47; Marsh, 36;
   * and Kessler, 39", or at the sentence's end, "Kessler, 39." */
  if (*dimension != PX_DIMENSION_COUNT || i != j || k != j + 1 || i < sentence->first_token + 2
      || px_document_token (doc, j)->kind != PX_TOKEN_NUMBER || strpbrk (px_document_token (doc, j)->norm, ".,") != NULL
      || value < 1 || value > 110 || value != floor (value))
    return FALSE;
  name = px_document_token (doc, i - 2);
  /* "Mateo Rios Jr., 19,": the name's last word abbreviated */
  if (g_str_equal (name->norm, ".") && i >= sentence->first_token + 3
      && px_word_is_one_of (px_document_token (doc, i - 3)->norm, (const char * const[]) { "jr", "sr", NULL }))
    name = px_document_token (doc, i - 3);
  if (!((g_str_equal (prev, ",")
         && (k >= end || g_str_equal (norm_at (doc, k, end), ",") || g_str_equal (norm_at (doc, k, end), ";")
             || (k + 1 == end && g_str_equal (norm_at (doc, k, end), "."))))
        || (g_str_equal (prev, "(") && g_str_equal (norm_at (doc, k, end), ")"))))
    return FALSE;
  if (name->kind != PX_TOKEN_WORD || !name->is_capital || month_of (name->norm) > 0 || weekday_of (name->norm) > 0)
    return FALSE;
  *factor = 365.25;
  *dimension = PX_DIMENSION_AGE;
  return TRUE;
}

/* The place of a written figure's last digit: 0.1 for "3.1", 1 for "six"
 * and "100".
 */
static double
written_step (const PxToken *token)
{
  const char *dot;
  double step = 1;

  if (token->kind != PX_TOKEN_NUMBER || (dot = strchr (token->norm, '.')) == NULL)
    return 1;
  for (const char *p = dot + 1; g_ascii_isdigit (*p); p++)
    step /= 10;
  return step;
}

static int ordinal_of (const char *norm);

/* A rank told with its noun after a determiner or an owner's name: "the
 * 71st minute", "his fourth season", "Philadelphia's 21st head coach" (not "the first two", "the 5th
 * of May", and not a game's period, "the sixth round", which
 * match_game_clock() reads and game_periods_apart() keeps apart); "first"
 * and "second" are not read (a time unit, and the "first black woman" of
 * every report). Fills @q, a count of value the rank, with the ordinal
 * flag and the noun's words as heads, and returns TRUE.
 */
static gboolean
ordinal_span (PxDocument *doc,
              PxSentence *sentence,
              guint       i,
              PxQuantity *q)
{
  static const char * const determiners[] = { "the", "his", "her", "its", "their", NULL };
  static const char * const periods[] = {
    "half", "halves", "quarter", "quarters", "period", "periods", "round", "rounds", "inning", "innings", "set",
    "sets", "frame", "frames", "overtime", "century", "centuries", NULL,
  };
  guint end = sentence->first_token + sentence->n_tokens;
  PxToken *token = px_document_token (doc, i);
  guint h;
  int rank;

  /* or after an owner's name: "Philadelphia's 21st head coach", "the
   * Chiefs' fifth offensive play"; not "he's", "it's" */
  if (i == sentence->first_token || i + 1 >= end
      || (!px_word_is_one_of (norm_at (doc, i - 1, end), determiners)
          && (!owner_at (doc, i - 1, end) || px_document_token (doc, i - 1)->is_stop)))
    return FALSE;
  if ((rank = ordinal_of (token->norm)) < 3 && !(rank > 0 && g_ascii_isdigit (token->norm[0])))
    return FALSE;
  if (!is_content_word (px_document_token (doc, i + 1)) || small_number (norm_at (doc, i + 1, end)) >= 0
      || month_of (norm_at (doc, i + 1, end)) > 0 || px_word_is_one_of (norm_at (doc, i + 1, end), periods))
    return FALSE;

  memset (q, 0, sizeof (*q));
  q->ordinal = TRUE;
  q->dimension = PX_DIMENSION_COUNT;
  q->value = q->low = q->high = rank;
  q->first_token = i;
  q->start = token->start;
  q->number_start = token->start;
  q->number_end = token->end;
  h = read_heads (q, doc, i + 1, end);
  trim_heads (q, doc, i + 1, &h);
  q->end_token = h;
  q->end = px_document_token (doc, h - 1)->end;
  return TRUE;
}

static void
scan_quantities (PxDocument *doc,
                 PxSentence *sentence)
{
  guint end = sentence->first_token + sentence->n_tokens;
  guint i = sentence->first_token;

  while (i < end)
    {
      PxQuantity q = { 0, };
      Qualifier qualifier = QUALIFIER_NONE;
      guint j;
      const char *currency = NULL;
      const char *suffix = NULL;
      double factor = 1, value = 0;
      guint n, k;
      gboolean vague = FALSE;
      PxToken *number_token;
      guint height = 0;

      /* a rank is no amount: kept apart, for the differ alone */
      if (ordinal_span (doc, sentence, i, &q))
        {
          if (sentence->ranks == NULL)
            sentence->ranks = g_array_new (FALSE, TRUE, sizeof (PxQuantity));
          g_array_append_val (sentence->ranks, q);
          i = q.end_token;
          continue;
        }
      if (!starts_quantity (doc, px_document_token (doc, i)))
        {
          i++;
          continue;
        }
      /* a figure denied is no figure given: "was not one person, but
       * several" */
      if (i > sentence->first_token && (g_str_equal (px_document_token (doc, i - 1)->norm, "not")
                                        || g_str_has_suffix (px_document_token (doc, i - 1)->norm, "n't")))
        {
          guint skip = px_quantity_parse_number (doc, i, end, &value);

          i += MAX (skip, 1);
          continue;
        }
      j = i + match_qualifier (doc, i, end, &qualifier);
      if (j < end)
        j += currency_before (doc, j, end, &currency);
      if (j >= end)
        break;
      if (currency == NULL)
        height = height_span (doc, j, end, &value);

      /* "a thirty-six-year-old", "a six-month-old girl", "a five-year
       * deal"; "a third of the voters", "one in five" */
      if (height == 0 && (spelled_span (doc, sentence, j, &q) || (currency == NULL && share_span (doc, sentence, j, &q))))
        {
          q.first_token = i;
          q.start = px_document_token (doc, i)->start;
          set_range (&q, qualifier);
          if (q.dimension == PX_DIMENSION_PERCENT)
            {
              q.low = MAX (0, q.low - 2.5);
              q.high += 2.5;
            }
          if (sentence->quantities == NULL)
            sentence->quantities = g_array_new (FALSE, TRUE, sizeof (PxQuantity));
          g_array_append_val (sentence->quantities, q);
          i = q.end_token;
          continue;
        }
      /* "in his 30s", "in her early 40s" */
      if (height == 0 && decade_of_life (doc, sentence, j, &q))
        {
          if (sentence->quantities == NULL)
            sentence->quantities = g_array_new (FALSE, TRUE, sizeof (PxQuantity));
          g_array_append_val (sentence->quantities, q);
          i = j + 1;
          continue;
        }

      number_token = px_document_token (doc, j);
      n = height > 0 ? height : px_quantity_parse_number (doc, j, end, &value);
      if (n == 0 && currency != NULL)
        n = dollar_lettered (doc, j, end, &value, &currency);
      if (n == 0)
        n = few_span (doc, j, end, &q, &vague);
      if (n == 0)
        {
          for (gsize v = 0; v < G_N_ELEMENTS (vague_words); v++)
            if (g_str_equal (number_token->norm, vague_words[v].word))
              {
                q.low = vague_words[v].low;
                q.high = vague_words[v].high;
                q.value = (q.low + q.high) / 2;
                q.fits_figures = vague_words[v].fits_figures;
                vague = TRUE;
                n = 1;
                /* "several hundred", "several dozen": "hundreds",
                 * "dozens" told otherwise */
                if (vague_words[v].fits_figures && singular_scale (norm_at (doc, j + 1, end)) > 0)
                  {
                    double scale = singular_scale (norm_at (doc, j + 1, end));

                    q.low *= scale;
                    q.high *= scale;
                    q.value *= scale;
                    q.fits_figures = FALSE;
                    n = 2;
                    break;
                  }
                /* "tens of thousands", "hundreds of thousands", "tens of
                 * millions": the scale is written in the plural */
                if (g_str_equal (norm_at (doc, j + 1, end), "of") && plural_scale (norm_at (doc, j + 2, end)) > 0)
                  {
                    double scale = plural_scale (norm_at (doc, j + 2, end));

                    q.low *= scale;
                    q.high *= scale;
                    q.value *= scale;
                    n = 3;
                  }
                break;
              }
          if (n == 0)
            {
              i++;
              continue;
            }
        }

      if (number_token->kind == PX_TOKEN_NUMBER && height == 0)
        {
          double ignored;

          split_number (number_token->norm, &ignored, &suffix);
        }

      k = j + n;
      /* "$1.5m", "£2,000m", "1.2m passengers": millions, not metres */
      if (suffix != NULL && g_str_equal (suffix, "m") && n == 1 && millions_m (doc, k, end, currency))
        {
          value *= 1e6;
          suffix = "";
        }
      q.dimension = currency != NULL ? PX_DIMENSION_MONEY : PX_DIMENSION_COUNT;
      if (height > 0)
        {
          q.height = TRUE;
          q.dimension = PX_DIMENSION_DISTANCE;
          factor = KM_PER_FOOT / 12;
        }
      else if (suffix != NULL && *suffix != '\0')
        k += match_unit (doc, k, end, suffix, &q.dimension, &factor, &currency);
      else if (currency == NULL)
        {
          guint unit_words = match_unit (doc, k, end, NULL, &q.dimension, &factor, &currency);

          /* a bare "points" is a share's only where the sentence tells of
           * shares: "up 3 points" in a poll of percentages, "cut rates by
           * half a point"; a player's "20 points" and a score's are counted */
          if (q.dimension == PX_DIMENSION_POINTS && unit_words == 1 && g_str_has_prefix (norm_at (doc, k, end), "point")
              && (value > 100 || !tells_of_shares (doc, sentence)))
            {
              q.dimension = PX_DIMENSION_COUNT;
              factor = 1;
              unit_words = 0;
            }
          k += unit_words;
          if (q.dimension == PX_DIMENSION_MONEY && pounds_weigh (doc, sentence->first_token, i, k, end))
            {
              q.dimension = PX_DIMENSION_MASS;
              factor = mass_unit ("lb");
              currency = NULL;
            }
        }
      else if (currency_word (norm_at (doc, k, end)) != NULL)
        k++;
      /* "10.000 people": a count is whole, the stop is a thousands'
       * separator */
      if (q.dimension == PX_DIMENSION_COUNT && n == 1 && number_token->kind == PX_TOKEN_NUMBER
          && strlen (number_token->norm) >= 5 && strlen (number_token->norm) <= 7
          && strchr (number_token->norm, '.') == number_token->norm + strlen (number_token->norm) - 4
          && strspn (number_token->norm, "0123456789.") == strlen (number_token->norm))
        value *= 1000;
      /* "a year and a half", "an hour and a half" */
      if (q.dimension == PX_DIMENSION_DURATION && and_a_half (doc, k, end))
        {
          value += 0.5;
          k += 3;
        }
      /* "aged 36", "age 36", "aged six months"; "Smith, 36, of Leeds" */
      if (!vague && height == 0 && aged (doc, sentence, i, j, k, end, value, &q.dimension, &factor))
        {
          if (g_str_equal (norm_at (doc, k, end), "years") || g_str_equal (norm_at (doc, k, end), "year"))
            k++;
        }
      /* "half a point" alone is a half percentage point. */
      if (q.dimension == PX_DIMENSION_COUNT && g_str_equal (number_token->norm, "half"))
        {
          i = j + n;
          continue;
        }

      if (!vague && height == 0 && (is_date_or_label (doc, sentence, j, end, value, q.dimension != PX_DIMENSION_COUNT)
                     || (n == 1 && slashed_on (doc, j, end)) || decimal_fragment (doc, sentence, j)))
        {
          i = j + n;
          continue;
        }

      if (!vague)
        {
          q.value = value * factor;
          if (measured_in_units (q.dimension))
            {
              q.unit = factor;
              q.step = written_step (number_token) * factor;
            }
          if (n == 1 && height == 0 && (q.dimension == PX_DIMENSION_DURATION || q.dimension == PX_DIMENSION_DISTANCE
                         || q.dimension == PX_DIMENSION_AGE))
            q.unslashed = unslashed_value (number_token->norm) * factor;
          /* one span in two units: "12 years and six months" is "12 1/2
           * years", "three hours and 20 minutes" */
          if (q.dimension == PX_DIMENSION_DURATION)
            {
              guint more = compound_duration (doc, k, end, factor, &q.value);

              if (more > 0)
                {
                  k += more;
                  q.unslashed = 0;
                }
            }
          set_range (&q, qualifier);
        }
      else
        q.vague = TRUE;
      q.currency = currency;

      q.first_token = i;
      q.start = px_document_token (doc, i)->start;
      q.number_start = px_document_token (doc, j)->start;
      q.number_end = px_document_token (doc, k - 1)->end;

      /* Head words: "dozens of drones", "91 long-range drones". */
      {
        guint h = k;

        guint first_head;
        double whole;
        guint n_whole;

        /* a part of a whole: "19 of the 35 seats" counts seats */
        if (!vague && q.dimension == PX_DIMENSION_COUNT && g_str_equal (norm_at (doc, h, end), "of")
            && (g_str_equal (norm_at (doc, h + 1, end), "the") || g_str_equal (norm_at (doc, h + 1, end), "its")
                || g_str_equal (norm_at (doc, h + 1, end), "their"))
            && (n_whole = whole_after (doc, h + 2, end, &whole)) > 0 && whole > value)
          {
            q.partitive = TRUE;
            h += 2 + n_whole;
          }
        else if (g_str_equal (norm_at (doc, h, end), "of"))
          h++;
        /* a figure with a decimal point joined to its noun by a hyphen
         * measures on that scale: "a 6.1-magnitude quake" as "a 6.1
         * magnitude quake"; a whole figure so joined, with the word it
         * is joined to, modifies the noun after them ("a 64-yard drive",
         * "a 20-storey tower"): joined, compared only with the same word
         * joined to the same noun (px_quantity_comparable()); "3-2" and
         * "10 - 15" are no such joins */
        if (h == k && h + 1 < end && q.dimension == PX_DIMENSION_COUNT && !vague
            && g_str_equal (norm_at (doc, h, end), "-")
            && px_document_token (doc, h)->start == px_document_token (doc, k - 1)->end
            && px_document_token (doc, h + 1)->start == px_document_token (doc, h)->end
            && is_content_word (px_document_token (doc, h + 1)))
          {
            q.joined = strchr (px_document_token (doc, k - 1)->norm, '.') == NULL;
            h++;
          }
        /* a doubt of what they are is no part of what is counted: "40
         * alleged Calabrian gang members" counts members, "12 suspected
         * militants" militants */
        if (h + 1 < end && is_content_word (px_document_token (doc, h + 1))
            && px_word_is_one_of (norm_at (doc, h, end), (const char * const[]) {
                 "alleged", "suspected", "reputed", "purported", "presumed", "so-called", "accused", "would-be", NULL }))
          h++;
        first_head = h;
        for (; h < end && q.n_heads < G_N_ELEMENTS (q.heads); h++)
          {
            PxToken *word = px_document_token (doc, h);

            if (!is_content_word (word))
              break;
            q.heads[q.n_heads] = word->concept;
            q.head_words[q.n_heads] = word->norm;
            q.head_ends[q.n_heads] = word->end;
            q.n_heads++;
            /* a dash written as a hyphen before a figure opens another
             * phrase: "four hotel guests-three men and a boy-were rescued"
             * counts guests, not men */
            if (dash_before_figure (word->norm))
              {
                h++;
                break;
              }
          }
        trim_heads (&q, doc, first_head, &h);
        if (q.joined)
          {
            q.n_joined = q.n_heads;
            q.n_heads = 0;
          }
        else if (q.dimension == PX_DIMENSION_COUNT && !q.partitive)
          mark_population (doc, sentence, &q, first_head, end);
        q.end_token = MAX (h, k);
      }
      q.end = px_document_token (doc, q.end_token - 1)->end;

      if (sentence->quantities == NULL)
        sentence->quantities = g_array_new (FALSE, TRUE, sizeof (PxQuantity));
      g_array_append_val (sentence->quantities, q);
      i = k;
    }
}

/* A place's population, however it is worded, is one thing counted:
 * "home to some 65,000 people", "a population of more than 65,000",
 * "has about 80,000 residents", "an island of 90,000 inhabitants".
 * Not "200 residents were evacuated": only after "home to", "population
 * of" or a verb of having.
 */
static void
mark_population (PxDocument *doc,
                 PxSentence *sentence,
                 PxQuantity *q,
                 guint       first_head,
                 guint       end)
{
  static const char * const dwellers[] = { "people", "residents", "inhabitants", "persons", NULL };
  static const char * const having[] = { "has", "have", "had", "with", "of", NULL };
  guint first = sentence->first_token, at = q->first_token;
  const char *before = at > first ? px_document_token (doc, at - 1)->norm : "";
  const char *before2 = at > first + 1 ? px_document_token (doc, at - 2)->norm : "";
  gboolean population;

  population = (g_str_equal (before, "to") && g_str_equal (before2, "home"))
               || ((g_str_equal (before, "of") || g_str_equal (before, "is") || g_str_equal (before, "at"))
                   && g_str_has_prefix (before2, "population"))
               || (px_word_is_one_of (norm_at (doc, first_head, end), dwellers)
                   && px_word_is_one_of (before, having)
                   && !g_str_equal (norm_at (doc, first_head, end), "people"));
  if (!population)
    return;
  q->heads[0] = "population";
  q->head_words[0] = NULL;
  if (q->n_heads == 0)
    q->head_ends[0] = q->number_end;
  q->n_heads = 1;
}

/* The zone named at token @i (px_zone_lookup()), or NULL: "GMT", "cet"
 * in any case; "ET", "PT" in capitals only ("et" is also a word); with
 * @words, a zone named by a word with its capital ("10 a.m. Eastern",
 * "Eastern Time"), not a name's first word ("3 p.m. Central Park").
 */
static const PxZone *
zone_at (PxDocument *doc,
         guint       i,
         guint       end,
         gboolean    words)
{
  const PxToken *token;
  const PxZone *zone;

  if (i >= end)
    return NULL;
  token = px_document_token (doc, i);
  if (token->kind != PX_TOKEN_WORD
      || (zone = px_zone_lookup (doc->text + token->start, token->end - token->start)) == NULL)
    return NULL;
  if (zone->capitals && strncmp (doc->text + token->start, zone->name, token->end - token->start) != 0)
    return NULL;
  if (zone->word)
    {
      const PxToken *next = i + 1 < end ? px_document_token (doc, i + 1) : NULL;

      if (!words || !token->is_capital)
        return NULL;
      if (next != NULL && next->kind == PX_TOKEN_WORD && next->is_capital
          && !px_word_is_one_of (next->norm, (const char * const[]) { "time", "standard", "daylight", NULL }))
        return NULL;
    }
  return zone;
}

/* Reads a zone's name at token @i ("GMT", "CET", "ET", "Eastern"):
 * returns 1 and sets @offset and @seasonal, or 0 and leaves @offset
 * G_MININT.
 */
static guint
zone_after (PxDocument *doc,
            guint       i,
            guint       end,
            int        *offset,
            gboolean   *seasonal)
{
  const PxZone *zone = zone_at (doc, i, end, TRUE);

  *offset = zone != NULL ? zone->offset : G_MININT;
  *seasonal = zone != NULL && zone->seasonal;
  return zone != NULL ? 1 : 0;
}

/* Whether token @i names a zone by an abbreviation that has its season:
 * "0630 GMT", "10 EST" are no counts.
 */
static gboolean
unseasoned_zone_at (PxDocument *doc,
                    guint       i,
                    guint       end)
{
  const PxZone *zone = zone_at (doc, i, end, FALSE);

  return zone != NULL && !zone->seasonal;
}

/* The figure @digits starts with, as a field of a clock ("06", "2359",
 * "30"); -1 past four digits, which no clock has, so that a figure such
 * as 2147483649 is never wrapped into an int that passes for an hour.
 */
static int
clock_field (const char  *digits,
             char       **rest)
{
  long value = strtol (digits, rest, 10);

  return value > 9999 ? -1 : (int) value;
}

/* Reads "3 a.m.", "3pm", "03:10", "10:30 GMT", "15:00" starting at token
 * @i: returns the tokens used and the minutes after midnight.
 */
static guint
match_clock (PxDocument *doc,
             guint       i,
             guint       end,
             int        *minutes,
             int        *offset,
             gboolean   *seasonal)
{
  PxToken *token = px_document_token (doc, i);
  const char *norm = token->norm;
  const char *next = norm_at (doc, i + 1, end);
  int hours, mins = 0;
  char *rest = NULL;
  const char *suffix = "";
  guint used = 1;

  /* "noon", "midday", "midnight", and "12 noon" read as the noon */
  if (token->kind == PX_TOKEN_WORD && (px_word_equal (norm, "noon") || px_word_equal (norm, "midday")
                                       || px_word_equal (norm, "midnight")))
    {
      *minutes = px_word_equal (norm, "midnight") ? 0 : 12 * 60;
      return 1 + zone_after (doc, i + 1, end, offset, seasonal);
    }
  if (token->kind != PX_TOKEN_NUMBER || !g_ascii_isdigit (norm[0]))
    return 0;
  if ((hours = clock_field (norm, &rest)) < 0)
    return 0;
  /* "0630 GMT", "2000 GMT": four digits only before a zone's name */
  if (*rest == '\0' && strlen (norm) == 4 && zone_at (doc, i + 1, end, FALSE) != NULL)
    {
      mins = hours % 100;
      hours /= 100;
      suffix = "h";
    }
  else if (*rest == '\0' && hours == 12 && px_word_equal (next, "noon"))
    {
      *minutes = 12 * 60;
      return 2 + zone_after (doc, i + 2, end, offset, seasonal);
    }
  else if (*rest == ':' || *rest == '.')
    {
      if (!g_ascii_isdigit (rest[1]))
        return 0;
      if ((mins = clock_field (rest + 1, &rest)) < 0)
        return 0;
      if (*rest == '\0' && *norm == '0')
        suffix = "h";
      else if (*rest == '\0' && strchr (norm, ':') != NULL)
        suffix = "h";
    }
  if (*rest != '\0')
    suffix = rest;
  else if (px_word_equal (next, "a.m") || px_word_equal (next, "am") || px_word_equal (next, "p.m")
           || px_word_equal (next, "pm"))
    {
      suffix = next;
      used = 2;
    }
  if (hours > 24 || mins > 59)
    return 0;
  if (px_word_equal (suffix, "pm") || px_word_equal (suffix, "p.m"))
    hours = hours % 12 + 12;
  else if (px_word_equal (suffix, "am") || px_word_equal (suffix, "a.m"))
    hours = hours % 12;
  else if (!px_word_equal (suffix, "h"))
    return 0;
  *minutes = hours * 60 + mins;
  /* "10:00 GMT", "11:00 CET"; "12 p.m. ET" in winter or summer, after
   * the final stop of "p.m." (a token of its own) */
  if (used == 2 && px_word_equal (norm_at (doc, i + 2, end), ".") && zone_after (doc, i + 3, end, offset, seasonal) > 0)
    return used + 2;
  return used + zone_after (doc, i + used, end, offset, seasonal);
}

/* Whether tokens @i to @i + 4 are an ISO date, "2025-12-29" (a year, a
 * hyphen, the month, a hyphen, the day, with no space between); sets them.
 */
static gboolean
iso_date (PxDocument *doc,
          guint       i,
          guint       end,
          int        *year,
          int        *month,
          int        *day)
{
  char *rest;

  if (i + 4 >= end || strlen (px_document_token (doc, i)->norm) != 4)
    return FALSE;
  for (guint k = i; k < i + 4; k++)
    if (px_document_token (doc, k)->end != px_document_token (doc, k + 1)->start)
      return FALSE;
  if (!g_str_equal (norm_at (doc, i + 1, end), "-") || !g_str_equal (norm_at (doc, i + 3, end), "-")
      || strlen (norm_at (doc, i + 2, end)) != 2 || strlen (norm_at (doc, i + 4, end)) != 2)
    return FALSE;
  *year = (int) strtol (norm_at (doc, i, end), &rest, 10);
  if (*rest != '\0' || *year < 1900 || *year > 2100)
    return FALSE;
  *month = (int) strtol (norm_at (doc, i + 2, end), &rest, 10);
  if (*rest != '\0' || *month < 1 || *month > 12)
    return FALSE;
  *day = (int) strtol (norm_at (doc, i + 4, end), &rest, 10);
  return *rest == '\0' && *day >= 1 && *day <= 31;
}

/* The number of an ordinal word or figure: "seventh", "1st"; 0 if none. */
static int
ordinal_of (const char *norm)
{
  static const char * const words[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth",
  };
  char *rest = NULL;
  long n;

  for (gsize w = 0; w < G_N_ELEMENTS (words); w++)
    if (px_word_equal (norm, words[w]))
      return (int) w + 1;
  if (!g_ascii_isdigit (norm[0]))
    return 0;
  n = strtol (norm, &rest, 10);
  if (n < 1 || n > 99
      || !(g_str_equal (rest, "st") || g_str_equal (rest, "nd") || g_str_equal (rest, "rd") || g_str_equal (rest, "th")))
    return 0;
  return (int) n;
}

/* Reads a game's clock at token @i: "7:42 left" / "remaining" / "to go" /
 * "to play", "the 1:50 mark", "38 seconds into", "two minutes into", and
 * after it the period when named ("in the first half", "of the fifth",
 * "into the fifth round"). Fills @t and returns the last token used, or
 * 0 when there is none: then "7:42" is not read as the time of day.
 */
static guint
match_game_clock (PxDocument *doc,
                  PxSentence *sentence,
                  guint       i,
                  guint       end,
                  PxTimeExpr *t)
{
  static const char * const periods[] = {
    "half", "quarter", "period", "round", "inning", "innings", "set", "frame", "overtime", NULL,
  };
  const char *norm = px_document_token (doc, i)->norm;
  const char *next = norm_at (doc, i + 1, end);
  guint last = i;
  char *rest = NULL;
  long minutes, seconds = 0;

  if (!g_ascii_isdigit (norm[0]))
    {
      double value;

      /* "two minutes into the second half" */
      if (!(px_word_equal (next, "seconds") || px_word_equal (next, "second") || px_word_equal (next, "minutes")
            || px_word_equal (next, "minute"))
          || px_quantity_parse_number (doc, i, end, &value) != 1 || value < 0 || value > 90 || value != (long) value)
        return 0;
      minutes = (long) value;
      rest = (char *) "";
    }
  else
    minutes = strtol (norm, &rest, 10);
  if (*rest == ':')
    {
      /* "7:42": minutes and seconds, two digits */
      if (!g_ascii_isdigit (rest[1]) || !g_ascii_isdigit (rest[2]) || rest[3] != '\0' || minutes > 90)
        return 0;
      seconds = strtol (rest + 1, NULL, 10);
      if (seconds > 59)
        return 0;
      seconds += minutes * 60;
      if (px_word_equal (next, "left") || px_word_equal (next, "remaining"))
        t->game_left = TRUE, last = i + 1;
      else if (px_word_equal (next, "to") && (px_word_equal (norm_at (doc, i + 2, end), "go")
                                              || px_word_equal (norm_at (doc, i + 2, end), "play")))
        t->game_left = TRUE, last = i + 2;
      else if (px_word_equal (next, "mark") && i > sentence->first_token
               && px_word_equal (norm_at (doc, i - 1, end), "the"))
        last = i + 1;
      else if (!px_word_equal (next, "into"))
        return 0;
    }
  else if (*rest == '\0' && (px_word_equal (next, "seconds") || px_word_equal (next, "second")
                              || px_word_equal (next, "minutes") || px_word_equal (next, "minute"))
           && px_word_equal (norm_at (doc, i + 2, end), "into"))
    {
      /* "38 seconds into the fifth round" */
      seconds = next[0] == 's' ? minutes : minutes * 60;
      last = i + 1;
    }
  else
    return 0;

  t->game = TRUE;
  t->game_seconds = (int) seconds;
  /* "in the first half", "of the fifth", "into the fifth round" */
  if (last + 3 < end
      && (px_word_equal (norm_at (doc, last + 1, end), "in") || px_word_equal (norm_at (doc, last + 1, end), "of")
          || px_word_equal (norm_at (doc, last + 1, end), "into"))
      && px_word_equal (norm_at (doc, last + 2, end), "the")
      && (t->game_period = ordinal_of (norm_at (doc, last + 3, end))) > 0)
    {
      last += 3;
      if (last + 1 < end && g_strv_contains (periods, norm_at (doc, last + 1, end)))
        {
          /* "half", "quarter", "innings" (an inning) by their first letters */
          t->game_period_kind = norm_at (doc, last + 1, end)[0];
          last++;
        }
    }
  return last;
}

/* Whether the year at token @i closes "the end of", "the start of", "the
 * beginning of", "the middle of" or "the first half of": a part of that
 * year, which falls in it as "in 2027" does; not a count of a noun after
 * it ("half of 2000 people").
 */
static gboolean
part_of_year_before (PxDocument *doc,
                     PxSentence *sentence,
                     guint       i)
{
  static const char * const parts[] = { "end", "start", "beginning", "middle", "half", "quarter", NULL };
  guint end = sentence->first_token + sentence->n_tokens;
  const PxToken *next = i + 1 < end ? px_document_token (doc, i + 1) : NULL;

  return i >= sentence->first_token + 3 && g_str_equal (px_document_token (doc, i - 1)->norm, "of")
         && g_strv_contains (parts, px_document_token (doc, i - 2)->norm)
         && (next == NULL || next->kind != PX_TOKEN_WORD || next->is_stop || next->is_capital);
}

static void
scan_times (PxDocument *doc,
            PxSentence *sentence)
{
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint i = sentence->first_token; i < end; i++)
    {
      PxTimeExpr t = { 0, };
      PxToken *token = px_document_token (doc, i);
      guint first = i, last = i;
      int weekday = token->is_capital ? weekday_of (token->norm) : 0;
      int month = token->is_capital ? month_of (token->norm) : 0;
      int minutes = -1, offset = G_MININT;
      gboolean seasonal = FALSE;
      guint used;

      t.minutes = -1;

      if (weekday > 0)
        {
          const char *prev = first > sentence->first_token ? norm_at (doc, first - 1, end) : "";
          const char *prev2 = first > sentence->first_token + 1 ? norm_at (doc, first - 2, end) : "";
          const char *next = norm_at (doc, i + 1, end);

          t.weekday = weekday;
          if (g_str_equal (prev, "on") && (g_str_equal (prev2, "early") || g_str_equal (prev2, "late")))
            {
              t.daypart = g_str_equal (prev2, "early") ? PX_DAYPART_EARLY : PX_DAYPART_LATE;
              first -= 2;
            }
          else if (g_str_equal (prev, "early"))
            t.daypart = PX_DAYPART_EARLY, first--;
          else if (g_str_equal (prev, "late"))
            t.daypart = PX_DAYPART_LATE, first--;
          else if ((g_str_equal (prev, "into") || g_str_equal (prev, "on") || g_str_equal (prev, "to"))
                   && g_str_equal (prev2, "overnight"))
            t.daypart = PX_DAYPART_OVERNIGHT, first -= 2;
          else if (g_str_equal (prev, "into") && g_str_equal (prev2, "night"))
            t.daypart = PX_DAYPART_OVERNIGHT, first -= 2;
          if (g_str_equal (next, "night"))
            t.daypart = PX_DAYPART_NIGHT, last++;
          else if (g_str_equal (next, "morning"))
            t.daypart = t.daypart == PX_DAYPART_EARLY ? PX_DAYPART_EARLY : PX_DAYPART_MORNING, last++;
          else if (g_str_equal (next, "afternoon"))
            t.daypart = PX_DAYPART_AFTERNOON, last++;
          else if (g_str_equal (next, "evening"))
            t.daypart = PX_DAYPART_EVENING, last++;
          /* "Monday, Dec. 29" is one date */
        }
      else if (month > 0 && i + 1 < end)
        {
          guint j = i + 1;
          double day;

          if (g_str_equal (norm_at (doc, j, end), "."))
            j++;
          if (j < end && px_document_token (doc, j)->kind == PX_TOKEN_NUMBER
              && (px_quantity_parse_number (doc, j, end, &day) == 1 || (day = ordinal_of (norm_at (doc, j, end))) > 0)
              && day >= 1 && day <= 31)
            {
              t.month = month;
              t.day = (int) day;
              last = j;
              if (g_str_equal (norm_at (doc, j + 1, end), ",") && px_quantity_parse_number (doc, j + 2, end, &day) == 1
                  && day >= 1900 && day <= 2100)
                {
                  t.year = (int) day;
                  last = j + 2;
                }
            }
          else if (token->norm[0] != 'm' || strlen (token->norm) > 3)
            {
              /* "in December" is too loose to compare; "December 2025" is not. */
              if (j < end && px_quantity_parse_number (doc, j, end, &day) == 1 && day >= 1900 && day <= 2100)
                {
                  t.month = month;
                  t.year = (int) day;
                  last = j;
                }
            }
        }
      else if ((token->kind == PX_TOKEN_NUMBER || token->kind == PX_TOKEN_WORD)
               && (used = match_game_clock (doc, sentence, i, end, &t)) > 0)
        last = used;
      else if ((token->kind == PX_TOKEN_NUMBER || token->kind == PX_TOKEN_WORD)
               && (used = match_clock (doc, i, end, &minutes, &offset, &seasonal)) > 0)
        {
          t.minutes = minutes;
          t.zoned = offset != G_MININT;
          t.zone_seasonal = seasonal;
          t.utc_offset = t.zoned ? offset : 0;
          last = i + used - 1;
        }
      else if (token->kind == PX_TOKEN_NUMBER)
        {
          double day;
          /* "3rd of March" */
          guint of = ordinal_of (token->norm) > 0 && g_str_equal (norm_at (doc, i + 1, end), "of") ? 1 : 0;
          const char *next = norm_at (doc, i + 1 + of, end);
          int m = i + 1 + of < end && px_document_token (doc, i + 1 + of)->is_capital ? month_of (next) : 0;
          int year, iso_month, mday;

          /* "29 December", "29 Dec 2025", "3rd March" */
          if (m > 0 && (px_quantity_parse_number (doc, i, end, &day) == 1 || (day = ordinal_of (token->norm)) > 0)
              && day >= 1 && day <= 31)
            {
              t.day = (int) day;
              t.month = m;
              last = i + 1 + of;
              if (px_quantity_parse_number (doc, last + 1, end, &day) == 1 && day >= 1900 && day <= 2100)
                {
                  t.year = (int) day;
                  last++;
                }
            }
          /* "2025-12-29" */
          else if (iso_date (doc, i, end, &year, &iso_month, &mday))
            {
              t.year = year;
              t.month = iso_month;
              t.day = mday;
              last = i + 4;
            }
          /* "signed in 2019": a year alone, which only the same verb's
           * year answers (the differ's time_same_topic()); "by the end of
           * 2027", "at the start of 2026" fall in that year too */
          else if (m == 0 && i > sentence->first_token
                   && (g_str_equal (norm_at (doc, i - 1, end), "in") || part_of_year_before (doc, sentence, i))
                   && px_quantity_parse_number (doc, i, end, &day) == 1 && day >= 1900 && day <= 2100
                   && day == (int) day && strlen (token->norm) == 4)
            t.year = (int) day;
          /* "2025-12-29" comes out of the tokeniser as a number and two
           * negative-looking ones; ISO dates in prose are rare enough.
           */
        }

      if (t.weekday == 0 && t.month == 0 && t.minutes < 0 && !t.game && t.year == 0)
        continue;

      t.start = px_document_token (doc, first)->start;
      t.end = px_document_token (doc, last)->end;
      if (sentence->times == NULL)
        sentence->times = g_array_new (FALSE, TRUE, sizeof (PxTimeExpr));
      /* "Monday at 3 a.m.": one time, not two. */
      if (sentence->times->len > 0)
        {
          PxTimeExpr *prev = &g_array_index (sentence->times, PxTimeExpr, sentence->times->len - 1);
          guint gap_tokens = 0;

          for (guint g = 0; g < sentence->n_tokens; g++)
            {
              PxToken *tk = px_document_token (doc, sentence->first_token + g);

              if (tk->start >= prev->end && tk->end <= t.start)
                gap_tokens++;
            }
          if (gap_tokens <= 2 && !prev->game && !t.game && ((prev->minutes < 0 && t.minutes >= 0 && t.weekday == 0)
                                  || (prev->weekday == 0 && prev->minutes >= 0 && t.weekday > 0)
                                  || (prev->weekday > 0 && t.month > 0 && prev->month == 0)))
            {
              if (t.minutes >= 0)
                {
                  prev->minutes = t.minutes;
                  prev->zoned = t.zoned;
                  prev->zone_seasonal = t.zone_seasonal;
                  prev->utc_offset = t.utc_offset;
                }
              if (t.weekday > 0)
                prev->weekday = t.weekday, prev->daypart = t.daypart;
              if (t.month > 0)
                prev->month = t.month, prev->day = t.day, prev->year = t.year;
              prev->end = t.end;
              i = last;
              continue;
            }
        }
      g_array_append_val (sentence->times, t);
      i = last;
    }
}

/* Whether tokens [from, to) only join two ends of a range: "-", "to",
 * or "and" after "between" (@between).
 */
static gboolean
joins_range (PxDocument *doc,
             guint       from,
             guint       to,
             gboolean    between)
{
  const char *norm;

  if (to != from + 1)
    return FALSE;
  norm = px_document_token (doc, from)->norm;
  return g_str_equal (norm, "-") || g_str_equal (norm, "–") || g_str_equal (norm, "—") || g_str_equal (norm, "to")
         || (between && g_str_equal (norm, "and"));
}

/* The factor a quantity's scale word gives its number: 1e6 for "150
 * million", 1 for "150".
 */
static double
scale_of (PxDocument       *doc,
          const PxQuantity *q)
{
  guint number = q->first_token;
  double raw = 0;

  while (number < q->end_token && px_document_token (doc, number)->kind != PX_TOKEN_NUMBER)
    number++;
  if (number == q->end_token || px_quantity_parse_number (doc, number, number + 1, &raw) == 0 || raw <= 0)
    return 1;
  return q->value / raw;
}

/* Joins the two ends of a range into one quantity, "$140-150 million",
 * "$140- $150 million", "between 40 and 50 people", "12 to 15 miles", the
 * first end taking the second's scale and head words; and drops a sum
 * given again in parentheses in another currency, "$US2 million ($2.6
 * million)", "90 billion ($117 billion)" where the page lost the euro
 * sign: one amount, converted (outlets convert at different rates).
 */
static void
join_ranges (PxDocument *doc,
             PxSentence *sentence)
{
  GArray *quantities = sentence->quantities;

  for (guint i = 0; quantities != NULL && i + 1 < quantities->len; i++)
    {
      PxQuantity *a = &g_array_index (quantities, PxQuantity, i);
      PxQuantity *b = &g_array_index (quantities, PxQuantity, i + 1);
      gboolean between = a->first_token > sentence->first_token
                         && g_str_equal (px_document_token (doc, a->first_token - 1)->norm, "between");
      guint a_number_end = a->first_token;

      /* the first sum's currency sign may be lost on the page ("90
       * billion ($117 billion)" for "€90 billion"): a bare figure. The
       * sum in brackets is kept beside the first: another report may
       * give only it */
      if ((a->dimension == PX_DIMENSION_MONEY || (a->dimension == PX_DIMENSION_COUNT && a->n_heads == 0))
          && b->dimension == PX_DIMENSION_MONEY && b->first_token >= 1
          && g_str_equal (px_document_token (doc, b->first_token - 1)->norm, "(")
          && b->first_token - 1 <= a->end_token + 1)
        {
          if (a->dimension == PX_DIMENSION_MONEY && !b->vague)
            {
              a->converted_low = b->low;
              a->converted_high = b->high;
              a->converted_currency = b->currency;
            }
          g_array_remove_index (quantities, i + 1);
          i--;
          continue;
        }
      while (a_number_end < a->end_token && px_document_token (doc, a_number_end)->end <= a->number_end)
        a_number_end++;
      if (a->vague || b->vague || a->qualified != b->qualified || !joins_range (doc, a_number_end, b->first_token, between))
        continue;
      /* "$140-150 million": the second end is in dollars too */
      if (b->dimension == PX_DIMENSION_COUNT && b->n_heads == 0 && a->dimension != PX_DIMENSION_COUNT)
        {
          b->dimension = a->dimension;
          b->currency = a->currency;
        }
      if (a->dimension != b->dimension && !(a->dimension == PX_DIMENSION_COUNT && a->n_heads == 0))
        continue;
      {
        double scale = scale_of (doc, b);
        double low = a->value;

        /* "140-150 million": the first end is in millions too */
        if (scale > 1 && scale_of (doc, a) == 1 && a->value * scale <= b->value)
          low = a->value * scale;
        if (low > b->value)
          continue;
        a->low = low;
        a->high = b->value;
        a->value = (low + b->value) / 2;
        a->dimension = b->dimension;
        a->currency = b->currency;
        a->number_end = b->number_end;
        a->end = b->end;
        a->end_token = b->end_token;
        a->n_heads = b->n_heads;
        for (guint h = 0; h < b->n_heads; h++)
          {
            a->heads[h] = b->heads[h];
            a->head_words[h] = b->head_words[h];
            a->head_ends[h] = b->head_ends[h];
          }
        g_array_remove_index (quantities, i + 1);
      }
    }
}

/* Gives a bare number listed before a quantity with a unit that unit:
 * "63 and 41 years old", "58 and 41-years-old", "aged 19, 21 and 23",
 * "three or four days": each is an age, a length of time..., not a count.
 */
static void
share_units (PxDocument *doc,
             PxSentence *sentence)
{
  GArray *quantities = sentence->quantities;

  for (guint i = quantities != NULL ? quantities->len : 0; i-- > 1;)
    {
      PxQuantity *a = &g_array_index (quantities, PxQuantity, i - 1);
      const PxQuantity *b = &g_array_index (quantities, PxQuantity, i);
      const char *between;
      char *rest;
      double scale, raw;

      if (a->dimension != PX_DIMENSION_COUNT || a->n_heads > 0 || a->vague || a->qualified
          || (b->dimension != PX_DIMENSION_AGE && b->dimension != PX_DIMENSION_DURATION) || b->vague
          || b->first_token != a->end_token + 1)
        continue;
      between = px_document_token (doc, a->end_token)->norm;
      if (!g_str_equal (between, "and") && !g_str_equal (between, "or") && !g_str_equal (between, ","))
        continue;
      /* "48-years-old" is one word */
      raw = g_ascii_strtod (px_document_token (doc, b->first_token)->norm, &rest);
      scale = rest != px_document_token (doc, b->first_token)->norm && raw > 0 ? b->value / raw : scale_of (doc, b);
      if (scale <= 1)
        continue;
      a->dimension = b->dimension;
      a->value *= scale;
      a->low *= scale;
      a->high *= scale;
    }
}

/* The scale a temperature's unit names from token @i on ("°C",
 * "degrees Fahrenheit", "degrees", "below zero"), or a number's own
 * suffix ("15C"): "C", "F" or "" for degrees of no named scale; NULL
 * when no unit follows. @used gets the tokens taken, @below whether it
 * counts below zero.
 */
static const char *
temperature_unit (PxDocument *doc,
                  guint       i,
                  guint       end,
                  const char *suffix,
                  guint      *used,
                  gboolean   *below)
{
  const char *w = norm_at (doc, i, end), *scale = NULL;
  guint k = i;

  *used = 0;
  *below = FALSE;
  if (g_str_equal (suffix, "c") || g_str_equal (suffix, "°c"))
    scale = "C";
  else if (g_str_equal (suffix, "f") || g_str_equal (suffix, "°f"))
    scale = "F";
  else if (*suffix != '\0')
    return NULL;
  else if (g_str_equal (w, "°") || g_str_equal (w, "degrees") || g_str_equal (w, "degree"))
    {
      const char *next = norm_at (doc, i + 1, end);

      k = i + 1;
      scale = "";
      if (g_str_equal (next, "c") || g_str_equal (next, "celsius") || g_str_equal (next, "centigrade"))
        scale = "C", k++;
      else if (g_str_equal (next, "f") || g_str_equal (next, "fahrenheit"))
        scale = "F", k++;
    }
  if (g_str_equal (norm_at (doc, k, end), "below") && g_str_equal (norm_at (doc, k + 1, end), "zero"))
    {
      *below = TRUE;
      k += 2;
      if (scale == NULL)
        scale = "";
    }
  *used = k - i;
  return scale;
}

/* Whether @sentence tells of a temperature: "temperature", "degrees",
 * "wind chill", "freezing", "thermometer".
 */
static gboolean
tells_temperature (PxDocument *doc,
                   PxSentence *sentence)
{
  static const char * const words[] = {
    "temperature", "temperatures", "degrees", "degree", "chill", "wind-chill", "freezing", "thermometer",
    "thermometers", "mercury", "celsius", "fahrenheit", "frost", "frosts", NULL,
  };

  for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    if (px_word_is_one_of (px_document_token (doc, t)->norm, words))
      return TRUE;
  return FALSE;
}

/* Temperatures: "15C", "59°F", "minus 20 degrees", "minus-20 degree
 * temperatures", "-4 degrees Fahrenheit", "20 below zero", in degrees
 * Celsius when the scale is named. They replace the counts the scan read
 * in the same words.
 */
static void
scan_temperatures (PxDocument *doc,
                   PxSentence *sentence)
{
  guint first = sentence->first_token, end = first + sentence->n_tokens;

  for (guint t = first; t < end; t++)
    {
      PxToken *token = px_document_token (doc, t);
      PxQuantity q = { 0, };
      const char *norm = token->norm, *suffix = "", *scale;
      double value;
      gboolean negative = FALSE, below;
      guint start = t, used;

      if (token->kind == PX_TOKEN_WORD && norm[0] == 'm' && g_str_has_prefix (norm, "minus-")
          && g_ascii_isdigit (norm[6]))
        {
          norm += 6;
          negative = TRUE;
        }
      else if (token->kind != PX_TOKEN_NUMBER)
        continue;
      if (!split_number (norm, &value, &suffix))
        continue;
      if (t > first && g_str_equal (px_document_token (doc, t - 1)->norm, "minus"))
        negative = TRUE, start = t - 1;
      else if (t > first && g_str_equal (px_document_token (doc, t - 1)->norm, "-")
               && px_document_token (doc, t - 1)->end == token->start
               && (t - 1 == first || px_document_token (doc, t - 2)->kind != PX_TOKEN_NUMBER))
        negative = TRUE, start = t - 1;
      scale = temperature_unit (doc, t + 1, end, suffix, &used, &below);
      /* "fell to minus 20", "fell to -20": degrees, when the sentence
       * tells of the temperature and no other unit or thing counted
       * follows */
      if (scale == NULL && *suffix == '\0' && negative && start + 1 == t
          && (t + 1 >= end || !is_content_word (px_document_token (doc, t + 1)))
          && tells_temperature (doc, sentence))
        scale = "";
      if (scale == NULL || (*scale == '\0' && !negative && !below && used < 1))
        continue;
      if (negative != below)
        value = -value;
      if (g_str_equal (scale, "F"))
        value = (value - 32) * 5 / 9;
      q.dimension = PX_DIMENSION_TEMPERATURE;
      q.currency = *scale == '\0' ? NULL : "C";
      q.value = q.low = q.high = value;
      q.first_token = start;
      q.end_token = t + 1 + used;
      q.start = px_document_token (doc, start)->start;
      q.number_start = token->start;
      q.end = q.number_end = px_document_token (doc, q.end_token - 1)->end;

      if (sentence->quantities == NULL)
        sentence->quantities = g_array_new (FALSE, TRUE, sizeof (PxQuantity));
      /* in place of what was read there as a count */
      for (guint i = sentence->quantities->len; i-- > 0;)
        {
          const PxQuantity *other = &g_array_index (sentence->quantities, PxQuantity, i);

          if (other->first_token < q.end_token && other->end_token > q.first_token)
            g_array_remove_index (sentence->quantities, i);
        }
      {
        guint at = 0;

        while (at < sentence->quantities->len
               && g_array_index (sentence->quantities, PxQuantity, at).first_token < q.first_token)
          at++;
        g_array_insert_val (sentence->quantities, at, q);
      }
      t = q.end_token - 1;
    }
}

/* Drops a length, weight, speed, area or temperature given again in
 * parentheses in another unit, "100 km (62 miles)", "20C (68F)", "50kg
 * (110lb)": one measure, converted, not a second figure to set against
 * another report's (join_ranges drops sums converted so).
 */
static void
drop_conversions (PxDocument *doc,
                  PxSentence *sentence)
{
  GArray *quantities = sentence->quantities;
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint i = 0; quantities != NULL && i + 1 < quantities->len; i++)
    {
      const PxQuantity *a = &g_array_index (quantities, PxQuantity, i);
      const PxQuantity *b = &g_array_index (quantities, PxQuantity, i + 1);

      if (a->dimension != b->dimension || a->vague || b->vague
          || (!measured_in_units (a->dimension) && a->dimension != PX_DIMENSION_TEMPERATURE)
          || b->first_token != a->end_token + 1 || !g_str_equal (norm_at (doc, a->end_token, end), "(")
          || !g_str_equal (norm_at (doc, b->end_token, end), ")"))
        continue;
      g_array_remove_index (quantities, i + 1);
    }
}

/* Whether @norm says someone was killed or hurt: "killed", "died",
 * "injured", "deaths", "injuries".
 */
static gboolean
is_harm_word (const char *norm)
{
  static const char * const words[] = {
    "killed", "died", "dead", "hurt", "injured", "wounded", "harmed", "deaths", "fatalities", "casualties",
    "injuries", "injury", "death", "fatality", NULL,
  };

  return g_strv_contains (words, norm);
}

/* "No one was killed", "nobody was hurt", "no deaths were reported",
 * "there were no injuries": a count of none, of the dead or the hurt,
 * that "two people were killed" contradicts. Its head is the word that
 * says who ("killed"), so that the wording reads "no one was killed".
 */
static void
scan_zero_counts (PxDocument *doc,
                  PxSentence *sentence)
{
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint i = sentence->first_token; i < end; i++)
    {
      PxToken *token = px_document_token (doc, i);
      guint after = i + 1, verb = G_MAXUINT;
      PxQuantity q = { 0, };

      if (token->kind != PX_TOKEN_WORD)
        continue;
      if (px_word_equal (token->norm, "no") && i + 1 < end
          && px_word_equal (px_document_token (doc, i + 1)->norm, "one"))
        after = i + 2;
      else if (px_word_equal (token->norm, "no") && i + 1 < end && is_harm_word (px_document_token (doc, i + 1)->norm)
               && !px_word_equal (px_document_token (doc, i + 1)->norm, "dead"))
        verb = i + 1;
      else if (!px_word_equal (token->norm, "nobody") && !px_word_equal (token->norm, "none"))
        continue;
      /* "no one was killed", "nobody has been hurt", "none of the passengers died" */
      for (guint k = after, n = 0; verb == G_MAXUINT && k < end && n < 5; k++, n++)
        {
          PxToken *word = px_document_token (doc, k);

          if (word->kind != PX_TOKEN_WORD)
            break;
          if (is_harm_word (word->norm) && !g_str_has_suffix (word->norm, "s") && !px_word_equal (word->norm, "dead"))
            verb = k;
          else if (!word->is_stop && !px_word_equal (word->norm, "seriously") && !px_word_equal (word->norm, "reported")
                   && !px_word_equal (word->norm, "immediately") && !px_word_equal (word->norm, "passengers")
                   && !px_word_equal (word->norm, "people"))
            break;
        }
      if (verb == G_MAXUINT)
        continue;
      /* "no one" is none, not one */
      for (guint o = 0; sentence->quantities != NULL && o < sentence->quantities->len; o++)
        {
          const PxQuantity *other = &g_array_index (sentence->quantities, PxQuantity, o);

          if (other->first_token <= verb && other->end_token > i)
            g_array_remove_index (sentence->quantities, o--);
        }
      q.dimension = PX_DIMENSION_COUNT;
      q.first_token = i;
      q.end_token = verb + 1;
      q.start = token->start;
      q.number_start = token->start;
      q.number_end = px_document_token (doc, after - 1)->end;
      q.end = px_document_token (doc, verb)->end;
      q.heads[0] = px_document_token (doc, verb)->concept;
      q.head_words[0] = px_document_token (doc, verb)->norm;
      q.head_ends[0] = q.end;
      q.n_heads = 1;
      if (sentence->quantities == NULL)
        sentence->quantities = g_array_new (FALSE, TRUE, sizeof (PxQuantity));
      g_array_append_val (sentence->quantities, q);
      i = verb;
    }
}

/* The period of a rate written from token @i: "a day", "per week", "each
 * month", "every year", "daily", "weekly": the head a count of times
 * takes when it is a rate ("twice a day" is no count "twice"), else NULL.
 * @end_token, when not NULL, gets the token after the period's words.
 */
static const char *
frequency_period (PxDocument *doc,
                  guint       i,
                  guint       end,
                  guint      *end_token)
{
  static const struct { const char *word, *adverb, *head; } periods[] = {
    { "minute", NULL, "time a minute" }, { "hour", "hourly", "time an hour" },
    { "day", "daily", "time a day" }, { "night", "nightly", "time a night" },
    { "week", "weekly", "time a week" }, { "fortnight", "fortnightly", "time a fortnight" },
    { "month", "monthly", "time a month" }, { "year", "yearly", "time a year" }, { "year", "annually", "time a year" },
    { "season", NULL, "time a season" }, { "decade", NULL, "time a decade" },
  };
  const PxToken *token;

  if (i >= end || (token = px_document_token (doc, i))->kind != PX_TOKEN_WORD)
    return NULL;
  for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
    if (g_strcmp0 (token->norm, periods[p].adverb) == 0)
      {
        if (end_token != NULL)
          *end_token = i + 1;
        return periods[p].head;
      }
  if (!px_word_is_one_of (token->norm, (const char * const[]) { "a", "an", "per", "each", "every", NULL })
      || i + 1 >= end)
    return NULL;
  token = px_document_token (doc, i + 1);
  for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
    if (g_str_equal (token->norm, periods[p].word))
      {
        if (end_token != NULL)
          *end_token = i + 2;
        return periods[p].head;
      }
  return NULL;
}

/* Counts of times that are rates, "twice a week", "three times a day",
 * "once a month": their head is the period's ("time a day"), so a rate is
 * no count of times ("took it three times") nor a rate of another period;
 * two rates of one period compare as counts.
 */
static void
mark_frequencies (PxDocument *doc,
                  PxSentence *sentence)
{
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint i = 0; sentence->quantities != NULL && i < sentence->quantities->len; i++)
    {
      PxQuantity *q = &g_array_index (sentence->quantities, PxQuantity, i);
      const char *head = NULL;
      guint after = 0;

      if (q->dimension != PX_DIMENSION_COUNT || q->n_heads == 0 || q->joined || !g_str_equal (q->heads[0], "time"))
        continue;
      /* the words after "times" (the heads may run on into them) */
      for (guint t = q->first_token; t < q->end_token && t < end; t++)
        if (px_document_token (doc, t)->end == q->head_ends[0])
          {
            head = frequency_period (doc, t + 1, end, &after);
            break;
          }
      if (head == NULL)
        continue;
      q->heads[0] = head;
      q->head_words[0] = NULL;
      q->n_heads = 1;
      q->end_token = MAX (q->end_token, after);
      q->head_ends[0] = px_document_token (doc, after - 1)->end;
      q->end = px_document_token (doc, q->end_token - 1)->end;
    }
}

/* "twice", "thrice": a count of times, as "three times" is ("married
 * twice" / "was married three times"); not a multiple ("twice as many",
 * "twice the size", "twice that").
 */
static void
scan_repetitions (PxDocument *doc,
                  PxSentence *sentence)
{
  static const char * const multiples[] = {
    "as", "the", "that", "than", "this", "its", "his", "her", "their", "our", "what", "more", "over", NULL,
  };
  guint end = sentence->first_token + sentence->n_tokens;

  for (guint i = sentence->first_token; i < end; i++)
    {
      PxToken *token = px_document_token (doc, i);
      PxQuantity q = { 0, };

      if (token->kind != PX_TOKEN_WORD)
        continue;
      if (px_word_equal (token->norm, "twice"))
        q.value = 2;
      else if (px_word_equal (token->norm, "thrice"))
        q.value = 3;
      /* "once" only as a rate: "once a month" (not "once he left") */
      else if (px_word_equal (token->norm, "once") && frequency_period (doc, i + 1, end, NULL) != NULL)
        q.value = 1;
      else
        continue;
      if (i + 1 < end && px_word_is_one_of (px_document_token (doc, i + 1)->norm, multiples))
        continue;
      q.low = q.high = q.value;
      q.dimension = PX_DIMENSION_COUNT;
      q.first_token = i;
      q.end_token = i + 1;
      q.start = q.number_start = token->start;
      q.end = q.number_end = token->end;
      q.heads[0] = "time";
      q.head_ends[0] = token->end;
      q.n_heads = 1;
      q.step = 1;
      if (sentence->quantities == NULL)
        sentence->quantities = g_array_new (FALSE, TRUE, sizeof (PxQuantity));
      g_array_append_val (sentence->quantities, q);
    }
}

/* A figure written with its decimal point alone before it, as calibres
 * are (".38 caliber"): the point belongs to its wording, so that the
 * window and reports show ".38", not "38". */
static void
include_decimal_points (PxDocument *doc,
                        PxSentence *sentence)
{
  for (guint i = 0; sentence->quantities != NULL && i < sentence->quantities->len; i++)
    {
      PxQuantity *q = &g_array_index (sentence->quantities, PxQuantity, i);

      if (q->number_start != q->start || q->start <= sentence->start || doc->text[q->start - 1] != '.'
          || !g_ascii_isdigit (doc->text[q->start]))
        continue;
      if (q->start - 1 > sentence->start && !g_ascii_isspace (doc->text[q->start - 2])
          && doc->text[q->start - 2] != '(')
        continue;
      q->start--;
      q->number_start--;
    }
}

void
px_quantity_scan (PxDocument *doc,
                  PxSentence *sentence)
{
  scan_quantities (doc, sentence);
  join_ranges (doc, sentence);
  share_units (doc, sentence);
  scan_temperatures (doc, sentence);
  drop_conversions (doc, sentence);
  scan_zero_counts (doc, sentence);
  scan_repetitions (doc, sentence);
  mark_frequencies (doc, sentence);
  scan_times (doc, sentence);
  include_decimal_points (doc, sentence);
}

/* Lengths, areas, speeds and weights: one quantity in several units,
 * which outlets convert. */
static gboolean
measured_in_units (PxDimension dimension)
{
  return dimension == PX_DIMENSION_DISTANCE || dimension == PX_DIMENSION_AREA || dimension == PX_DIMENSION_SPEED
         || dimension == PX_DIMENSION_MASS;
}

static gboolean
ranges_overlap (double a_low,
                double a_high,
                double b_low,
                double b_high,
                double tolerance)
{
  double slack = tolerance * MAX (fabs (a_low), fabs (b_low));

  return a_low <= b_high + slack && b_low <= a_high + slack;
}

/* @q as the sum it gives in brackets in another currency. */
static PxQuantity
as_converted (const PxQuantity *q)
{
  PxQuantity converted = *q;

  converted.low = q->converted_low;
  converted.high = q->converted_high;
  converted.value = (q->converted_low + q->converted_high) / 2;
  converted.currency = q->converted_currency;
  converted.converted_low = converted.converted_high = 0;
  return converted;
}

/* Whether @a is a floor ("at least three", "more than 100,000") that a
 * figure @b stated plainly or roughly is at least twice: then the two are
 * two counts reported, not one count hedged ("killing at least three
 * people" written while another outlet had "killing 10 people"). A floor
 * under twice the figure is the figure rounded down ("more than 200" of
 * 250, "at least 12" of a dozen); two floors compare as floors.
 */
static gboolean
floor_far_below (const PxQuantity *a,
                 const PxQuantity *b)
{
  return a->qualified && !a->vague && isinf (a->high) && a->low > 0
         && !b->vague && !isinf (b->high) && b->low >= 2 * a->low;
}

/* Whether @q is a floor or a ceiling alone, no figure ("more than 200",
 * "up to 50"), that holds with the vague amount @vague: a floor only when
 * the amount's least is under twice it, as with a figure
 * (floor_far_below()): "at least three" and "more than a dozen" tell of
 * other counts than "dozens", "more than 200" holds with "hundreds". */
static gboolean
open_bound (const PxQuantity *q,
            const PxQuantity *vague)
{
  if (q->vague || !q->qualified)
    return FALSE;
  if (q->qualifier == QUALIFIER_AT_MOST)
    return TRUE;
  return q->qualifier == QUALIFIER_AT_LEAST && vague->low < 2 * q->value;
}

/* Whether @a is a length of time or an age given "about" (or "around",
 * "some", ...) and @b a figure that is not: px_quantity_equal() then
 * reads @a's slack from @a alone. */
static gboolean
about_only (const PxQuantity *a,
            const PxQuantity *b)
{
  return (a->dimension == PX_DIMENSION_DURATION || a->dimension == PX_DIMENSION_AGE) && !a->vague && !b->vague
         && a->qualified && a->qualifier == QUALIFIER_ABOUT && !(b->qualified && b->qualifier == QUALIFIER_ABOUT);
}

/* Whether fmod (@value, 10) is 0, read from an integer when @value is a
 * whole number an integer holds: the differ asks this of every pair of
 * figures it weighs, and fmod() costs a hundred instructions a call. */
static gboolean
multiple_of_ten (double value)
{
  if (value > -1e15 && value < 1e15 && value == (double) (gint64) value)
    return (gint64) value % 10 == 0;
  return fmod (value, 10) == 0;
}

gboolean
px_quantity_equal (const PxQuantity *a,
                   const PxQuantity *b)
{
  double tolerance = 0.005;

  /* a sum and its conversion in brackets are one value: "$US2 million
   * ($2.6 million)" is what a report that gives only "$2.6 million"
   * says, in its currency */
  if (a->converted_high > 0 || b->converted_high > 0)
    {
      PxQuantity x = *a, y = *b;

      x.converted_low = x.converted_high = y.converted_low = y.converted_high = 0;
      if (px_quantity_equal (&x, &y))
        return TRUE;
      if (a->converted_high > 0 && g_strcmp0 (a->converted_currency, b->currency) == 0)
        {
          x = as_converted (a);
          if (px_quantity_equal (&x, &y))
            return TRUE;
        }
      if (b->converted_high > 0 && g_strcmp0 (b->converted_currency, a->currency) == 0)
        {
          y = as_converted (b);
          x = *a;
          x.converted_low = x.converted_high = 0;
          if (px_quantity_equal (&x, &y))
            return TRUE;
        }
      return FALSE;
    }

  /* A figure and a vague "dozens" are a difference in what is known;
   * "several" takes any figure it covers, and so does a bound that gives
   * no figure either ("more than 200" / "hundreds", "up to 50" / "dozens"). */
  if (a->vague != b->vague)
    return (a->fits_figures || b->fits_figures || open_bound (a, b) || open_bound (b, a))
           && ranges_overlap (a->low, a->high, b->low, b->high, 0);
  /* a month is 28 to 31 days: "four and a half months" is "136 days" */
  if (a->dimension == PX_DIMENSION_DISTANCE || a->dimension == PX_DIMENSION_DURATION
      || a->dimension == PX_DIMENSION_AREA || a->dimension == PX_DIMENSION_SPEED || a->dimension == PX_DIMENSION_MASS)
    tolerance = 0.03;
  /* counts written to the unit are exact: "2,106" and "2,116" are two
   * figures, as "6" and "7" are; a round figure ("1,400", "2.1 million")
   * against one near it may be the same count rounded */
  if (a->dimension == PX_DIMENSION_COUNT && b->dimension == PX_DIMENSION_COUNT && !a->vague && !b->vague
      && !a->qualified && !b->qualified && a->value == floor (a->value) && b->value == floor (b->value)
      && MAX (a->value, b->value) < 100000 && !multiple_of_ten (a->value) && !multiple_of_ten (b->value))
    tolerance = 0;
  /* lengths told in inches, heights above all, are told to the inch:
   * 5-foot-8 and 5-foot-10 differ */
  if (a->dimension == PX_DIMENSION_DISTANCE && fabs (a->unit - KM_PER_FOOT / 12) < 1e-12
      && fabs (b->unit - KM_PER_FOOT / 12) < 1e-12)
    tolerance = 0.005;
  /* "about two years" is said of anything from a year and a half to
   * "30 months" */
  if ((a->dimension == PX_DIMENSION_DURATION || a->dimension == PX_DIMENSION_AGE)
      && ((a->qualified && a->qualifier == QUALIFIER_ABOUT) || (b->qualified && b->qualifier == QUALIFIER_ABOUT)))
    tolerance = 0.25;
  /* "412 months" where the page lost the slash of "4 1/2 months" */
  if ((a->unslashed > 0 && !b->vague && ranges_overlap (a->unslashed, a->unslashed, b->low, b->high, tolerance))
      || (b->unslashed > 0 && !a->vague && ranges_overlap (b->unslashed, b->unslashed, a->low, a->high, tolerance)))
    return TRUE;
  /* "at least three" against "10": two counts reported (a figure whose
   * slash was lost is read as written above) */
  if (floor_far_below (a, b) || floor_far_below (b, a))
    return FALSE;
  /* a degree either way: 59°F is 15C */
  if (a->dimension == PX_DIMENSION_TEMPERATURE)
    return fabs (a->value - b->value) <= 1;
  /* a figure converted from another unit is rounded where it was
   * written: "six miles" is "10 kilometres", "24,700 acres" "10,000
   * hectares"; in one unit, "six miles" and "seven miles" differ */
  if (!a->vague && !b->vague && measured_in_units (a->dimension) && a->unit > 0 && b->unit > 0 && a->dimension == b->dimension
      && fabs (a->unit - b->unit) > 1e-9 * MAX (a->unit, b->unit))
    {
      double slack_a = a->step / 2, slack_b = b->step / 2;

      if (a->qualified && a->qualifier == b->qualifier)
        return ranges_overlap (a->value - slack_a, a->value + slack_a, b->value - slack_b, b->value + slack_b, tolerance);
      return ranges_overlap (a->low - slack_a, a->high + slack_a, b->low - slack_b, b->high + slack_b, tolerance);
    }
  /* "up to 60" and "up to 70" overlap, but say different things */
  if (!a->vague && a->qualified && a->qualifier == b->qualifier)
    return ranges_overlap (a->value, a->value, b->value, b->value, tolerance);
  /* the slack of "about" is the rounded figure's own, a quarter of it
   * either way, not a quarter of the other figure: "about 25 minutes"
   * reaches no further than half an hour, so it is not "nearly 40
   * minutes" (34 to 40), whose larger figure would have stretched it */
  if (about_only (a, b) || about_only (b, a))
    {
      const PxQuantity *about = about_only (a, b) ? a : b, *other = about == a ? b : a;
      double slack = tolerance * fabs (about->high);

      return about->value - slack <= other->high && other->low <= about->value + slack;
    }
  return ranges_overlap (a->low, a->high, b->low, b->high, tolerance);
}

/* WordNet 3.0 lists its noun synsets by lexicographer file, so a noun
 * concept's id (its byte offset in data.noun) tells the file:
 * noun.artifact, things people made, runs from 02665985 to 04615728.
 */
#define ARTIFACT_FIRST 2665985u
#define ARTIFACT_LAST 4615728u

/* Whether @narrow is a made thing of a kind @broad names directly: one of
 * @narrow's hypernyms in noun.artifact is among @broad's senses. People
 * and creatures are in other files, so their kinds never pass.
 */
static gboolean
kind_of_made_thing (const PxLexeme *narrow,
                    const PxLexeme *broad)
{
  for (guint i = 0; i < narrow->n_hypernyms; i++)
    if (narrow->hypernyms[i] >= ARTIFACT_FIRST && narrow->hypernyms[i] <= ARTIFACT_LAST
        && px_concepts_contain (broad->synonyms, broad->n_synonyms, narrow->hypernyms[i]))
      return TRUE;
  return FALSE;
}

/* Whether two nouns counted name one thing: in one sense, WordNet's
 * synonyms and the news words ("homes"/"dwellings", "proposals"/
 * "approaches", "kids"/"children"), or a made thing and the kind it
 * directly is of, which news writes for the same things ("35 houses" /
 * "40 homes", "two rifles" / "three firearms"). Never a kind of people or
 * creatures and their kinds: "14 men" may be among "20 people", "five
 * employees" among "seven workers".
 */
static gboolean
same_thing (const char *a,
            const char *b)
{
  g_autoptr(GHashTable) lexemes = NULL;
  const PxLexeme *la, *lb;

  if (a == NULL || b == NULL || g_str_equal (a, b))
    return FALSE;
  la = px_lexicon_lookup (&lexemes, a);
  lb = px_lexicon_lookup (&lexemes, b);
  if (!la->is_noun || !lb->is_noun)
    return FALSE;
  return px_lexicon_concepts_meet (la->synonyms, la->n_synonyms, lb->synonyms, lb->n_synonyms)
         || kind_of_made_thing (la, lb) || kind_of_made_thing (lb, la);
}

/* Whether two words the stemmer cuts to one @stem are two nouns WordNet
 * knows apart: "two villagers" are not "two villages", "three officers"
 * not "three offices". Forms of one noun ("home", "homes"), words WordNet
 * does not know and heads that name a toll ("dead", "die": the head is
 * the act, not a stem of either) keep their one head.
 */
static gboolean
stems_collide (const char *stem,
               const char *a,
               const char *b)
{
  g_autoptr(GHashTable) lexemes = NULL;
  const PxLexeme *la, *lb;

  if (a == NULL || b == NULL || g_str_equal (a, b) || !g_str_has_prefix (a, stem) || !g_str_has_prefix (b, stem))
    return FALSE;
  la = px_lexicon_lookup (&lexemes, a);
  lb = px_lexicon_lookup (&lexemes, b);
  return la->is_noun && lb->is_noun && la->n_synonyms > 0 && lb->n_synonyms > 0
         && !px_lexicon_concepts_meet (la->synonyms, la->n_synonyms, lb->synonyms, lb->n_synonyms);
}

/* The words after a figure that name what it measures and the noun they
 * modify: the heads, or for a figure hyphenated to its word those kept
 * aside ("64-yard drive": yard, drive). */
static guint
phrase_length (const PxQuantity *q)
{
  return q->joined ? q->n_joined : q->n_heads;
}

/* How many of @q's phrase words after the first name the noun the first
 * modifies: up to the first that is no noun, or after the noun's first
 * word is a verb's form ("64-yard drive ended" modifies "drive"; "20-storey
 * building" a noun in a noun's place). */
static guint
modified_noun_length (const PxQuantity *q,
                      GHashTable      **lexemes)
{
  guint n = 0;

  for (guint h = 1; h < phrase_length (q); h++, n++)
    {
      const PxLexeme *lexeme = q->head_words[h] != NULL ? px_lexicon_lookup (lexemes, q->head_words[h]) : NULL;

      if (lexeme == NULL || !lexeme->is_noun || (h > 1 && lexeme->verb_form))
        break;
    }
  return n;
}

/* A whole figure hyphenated to a word ("a 64-yard drive", "a 75-yard
 * drive") measures the same thing as another figure of the same word
 * before the same noun, word for word, hyphenated or not ("a 45 caliber
 * pistol"): not "a 6-yard touchdown pass" against "a 64-yard drive", nor
 * "a 14-yard touchdown run" against "a 5-yard touchdown pass" (two plays),
 * nor "ran 27 yards" against "a 27-yard fumble return".
 */
static gboolean
joined_alike (const PxQuantity *a,
              const PxQuantity *b,
              guint            *end_a,
              guint            *end_b)
{
  g_autoptr(GHashTable) lexemes = NULL;
  guint n = modified_noun_length (a, &lexemes);

  if (n == 0 || n != modified_noun_length (b, &lexemes) || !g_str_equal (a->heads[0], b->heads[0]))
    return FALSE;
  for (guint h = 1; h <= n; h++)
    if (!g_str_equal (a->heads[h], b->heads[h]) && !same_thing (a->head_words[h], b->head_words[h]))
      return FALSE;
  if (end_a != NULL)
    *end_a = a->head_ends[n];
  if (end_b != NULL)
    *end_b = b->head_ends[n];
  return TRUE;
}

/* noun.act and noun.event, as noun.artifact above: happenings */
#define ACT_FIRST 34479u
#define ACT_LAST 1312096u
#define EVENT_FIRST 7283364u
#define EVENT_LAST 7479799u

gboolean
px_quantity_joined_to_thing (const PxQuantity *q)
{
  g_autoptr(GHashTable) lexemes = NULL;
  const PxLexeme *lexeme;
  gboolean made = FALSE;
  guint n;

  if (!q->joined || q->n_joined == 0)
    return FALSE;
  n = modified_noun_length (q, &lexemes);
  if (n == 0 || q->head_words[n] == NULL)
    return FALSE;
  /* the kinds its first two senses are of: a noun's are nouns (a verb's
   * carry their part of speech in their top bits, out of these ranges) */
  lexeme = px_lexicon_lookup (&lexemes, q->head_words[n]);
  for (guint i = 0; i < lexeme->n_hypernyms; i++)
    {
      guint32 id = lexeme->hypernyms[i];

      if ((id >= ACT_FIRST && id <= ACT_LAST) || (id >= EVENT_FIRST && id <= EVENT_LAST))
        return FALSE;
      made |= id >= ARTIFACT_FIRST && id <= ARTIFACT_LAST;
    }
  return made;
}

guint
px_quantity_joined_end (const PxQuantity *q)
{
  g_autoptr(GHashTable) lexemes = NULL;
  guint n;

  if (!q->joined || q->n_joined == 0)
    return q->number_end;
  n = modified_noun_length (q, &lexemes);
  return q->head_ends[n];
}

gboolean
px_quantity_comparable (const PxQuantity *a,
                        const PxQuantity *b,
                        guint            *end_a,
                        guint            *end_b)
{
  if (a->dimension != b->dimension || a->ordinal != b->ordinal)
    return FALSE;
  /* a rank orders its noun, the last of its heads: "the seventh straight
   * playoff appearance" is no "eighth straight win" */
  if (a->ordinal)
    {
      if (a->n_heads == 0 || b->n_heads == 0 || !g_str_equal (a->heads[a->n_heads - 1], b->heads[b->n_heads - 1]))
        return FALSE;
      if (end_a != NULL)
        *end_a = a->head_ends[a->n_heads - 1];
      if (end_b != NULL)
        *end_b = b->head_ends[b->n_heads - 1];
      return TRUE;
    }
  if (a->joined || b->joined)
    return joined_alike (a, b, end_a, end_b);
  if ((a->dimension == PX_DIMENSION_MONEY || a->dimension == PX_DIMENSION_TEMPERATURE)
      && g_strcmp0 (a->currency, b->currency) != 0)
    return FALSE;

  for (guint i = 0; i < a->n_heads; i++)
    for (guint j = 0; j < b->n_heads; j++)
      if ((g_str_equal (a->heads[i], b->heads[j]) && !stems_collide (a->heads[i], a->head_words[i], b->head_words[j]))
          || (a->dimension == PX_DIMENSION_COUNT && same_thing (a->head_words[i], b->head_words[j])))
        {
          if (end_a != NULL)
            *end_a = a->head_ends[i];
          if (end_b != NULL)
            *end_b = b->head_ends[j];
          return TRUE;
        }

  if (a->dimension == PX_DIMENSION_COUNT)
    return FALSE;
  if (end_a != NULL)
    *end_a = a->number_end;
  if (end_b != NULL)
    *end_b = b->number_end;
  return TRUE;
}

/* The hours of the week a time covers, Monday 00:00 being 0. */
static void
week_hours (const PxTimeExpr *t,
            double           *low,
            double           *high)
{
  double day = (t->weekday - 1) * 24.0;

  if (t->minutes >= 0)
    {
      *low = day + t->minutes / 60.0 - 0.5;
      *high = day + t->minutes / 60.0 + 0.5;
      return;
    }
  switch (t->daypart)
    {
    case PX_DAYPART_EARLY:
      *low = day, *high = day + 9;
      break;
    case PX_DAYPART_MORNING:
      *low = day + 5, *high = day + 12;
      break;
    case PX_DAYPART_AFTERNOON:
      *low = day + 12, *high = day + 18;
      break;
    case PX_DAYPART_EVENING:
      *low = day + 17, *high = day + 23;
      break;
    case PX_DAYPART_NIGHT:
      *low = day + 18, *high = day + 24;
      break;
    case PX_DAYPART_OVERNIGHT:
      *low = day - 4, *high = day + 7;
      break;
    case PX_DAYPART_LATE:
      *low = day + 15, *high = day + 24;
      break;
    case PX_DAYPART_NONE:
    default:
      *low = day, *high = day + 24;
      break;
    }
}

gboolean
px_quantity_game_period (PxDocument *doc,
                         PxSentence *sentence,
                         int        *low,
                         int        *high)
{
  static const char * const others[] = { "period", "inning", "innings", "round", "set", "frame", NULL };
  guint end = sentence->first_token + sentence->n_tokens;
  int found_low = 0, found_high = 0;
  gboolean elliptic = FALSE;

  for (guint t = sentence->first_token; t < end; t++)
    {
      const char *norm = px_document_token (doc, t)->norm;
      const char *dash = strchr (norm, '-');
      const char *noun;
      char first[16];
      guint after = t + 1; /* the token after the period's words */
      int n, from, to;

      /* "in overtime": after the fourth quarter, any other period */
      if (g_str_equal (norm, "overtime"))
        n = 0, noun = "overtime";
      else
        {
          /* "the second quarter", "a second-quarter touchdown", "2nd half" */
          if (dash == NULL)
            g_strlcpy (first, norm, sizeof first);
          else if (dash > norm && (gsize) (dash - norm) < sizeof first)
            g_strlcpy (first, norm, dash - norm + 1);
          else
            continue;
          if ((n = ordinal_of (first)) == 0)
            continue;
          if (dash != NULL)
            noun = dash + 1;
          else if (t + 2 < end && g_str_equal (norm_at (doc, t + 1, end), "-"))
            noun = norm_at (doc, t + 2, end), after = t + 3;
          else
            noun = norm_at (doc, t + 1, end), after = t + 2;
        }
      /* "the second half of next year", "the first round of talks": a
       * calendar's period, a series' */
      if (g_str_equal (norm_at (doc, after, end), "of"))
        continue;
      /* "the first-round pick", "a second-round draft choice": a draft's
       * round names a player, not a part of a game */
      if (px_word_is_one_of (norm_at (doc, after, end),
                             (const char * const[]) { "pick", "picks", "draft", "selection", "choice", NULL }))
        continue;
      /* "settling it in the fifth with a long rally": a period
       * named by its number alone, of the kind the story tells of; with
       * another period named, the sentence tells of two */
      if (n > 0 && dash == NULL && t > sentence->first_token && g_str_equal (norm_at (doc, t - 1, end), "the")
          && (after - 1 >= end || px_document_token (doc, after - 1)->kind != PX_TOKEN_WORD
              || px_word_is_one_of (noun, (const char * const[]) {
                   "with", "and", "when", "as", "after", "before", "on", "to", "for", "but", "in", NULL })))
        {
          if (found_low != 0)
            return FALSE;
          elliptic = TRUE;
          continue;
        }
      if (g_str_equal (noun, "overtime"))
        from = to = 100;
      else if (g_str_equal (noun, "quarter"))
        from = to = n;
      else if (g_str_equal (noun, "half"))
        from = 2 * n - 1, to = 2 * n;
      else if (px_word_is_one_of (noun, others))
        from = to = 200 + n;
      else
        continue;
      /* two periods named: a sentence of two plays, or a span */
      if (elliptic || (found_low != 0 && (found_low != from || found_high != to)))
        return FALSE;
      found_low = from, found_high = to;
    }
  if (found_low == 0)
    return FALSE;
  *low = found_low;
  *high = found_high;
  return TRUE;
}

gboolean
px_time_comparable (const PxTimeExpr *a,
                    const PxTimeExpr *b)
{
  /* a game's clock only with a clock that counts the same way in the
   * same period, when both name it */
  if (a->game || b->game)
    return a->game && b->game && a->game_left == b->game_left
           && (a->game_period == 0 || b->game_period == 0 || a->game_period == b->game_period)
           && (a->game_period_kind == 0 || b->game_period_kind == 0 || a->game_period_kind == b->game_period_kind);
  return (a->weekday > 0 && b->weekday > 0) || (a->minutes >= 0 && b->minutes >= 0)
         || (a->month > 0 && b->month > 0) || (a->year > 0 && b->year > 0);
}

gboolean
px_time_equal (const PxTimeExpr *a,
               const PxTimeExpr *b)
{
  if (a->game || b->game)
    return a->game == b->game && a->game_left == b->game_left && a->game_seconds == b->game_seconds
           && (a->game_period == 0 || b->game_period == 0 || a->game_period == b->game_period)
           && (a->game_period_kind == 0 || b->game_period_kind == 0 || a->game_period_kind == b->game_period_kind);
  if (a->year > 0 && b->year > 0 && a->year != b->year)
    return FALSE;
  if (a->month > 0 && b->month > 0)
    {
      if (a->month != b->month)
        return FALSE;
      if (a->day > 0 && b->day > 0 && a->day != b->day)
        return FALSE;
      if (a->year > 0 && b->year > 0 && a->year != b->year)
        return FALSE;
    }
  if (a->weekday > 0 && b->weekday > 0)
    {
      double a_low, a_high, b_low, b_high;

      week_hours (a, &a_low, &a_high);
      week_hours (b, &b_low, &b_high);
      /* "Tuesday at 3 p.m. EST" is "Tuesday at 20:00 GMT": both clocks
       * in UTC, an hour either way for a zone named without its season */
      if (a->zoned && b->zoned && a->minutes >= 0 && b->minutes >= 0)
        {
          double season = a->zone_seasonal || b->zone_seasonal ? 1 : 0;

          a_low -= a->utc_offset / 60.0 + season;
          a_high -= a->utc_offset / 60.0 - season;
          b_low -= b->utc_offset / 60.0;
          b_high -= b->utc_offset / 60.0;
        }
      /* "03:15 GMT Saturday" is Friday evening in Los Angeles: a day in
       * a named zone and a day without one may be a day apart */
      if (a->zoned != b->zoned)
        {
          a_low -= 24;
          a_high += 24;
        }
      /* the week wraps: Sunday night and early Monday are neighbours */
      if (!(a_low < b_high && b_low < a_high) && !(a_low + 168 < b_high && b_low < a_high + 168)
          && !(a_low < b_high + 168 && b_low + 168 < a_high))
        return FALSE;
    }
  else if (a->minutes >= 0 && b->minutes >= 0)
    {
      /* one clock in a zone and one without may well be the same time; a
       * zone named without its season may be an hour later (summer) */
      int diff = a->zoned != b->zoned ? 0 : ABS ((a->minutes - a->utc_offset) - (b->minutes - b->utc_offset)) % 1440;
      int summer = (a->zone_seasonal || b->zone_seasonal) && a->zoned && b->zoned
                   ? ABS ((a->minutes - a->utc_offset - (a->zone_seasonal ? 60 : 0))
                          - (b->minutes - b->utc_offset - (b->zone_seasonal ? 60 : 0))) % 1440
                   : diff;

      if (MIN (diff, 1440 - diff) > 30 && MIN (summer, 1440 - summer) > 30)
        return FALSE;
    }
  return TRUE;
}
