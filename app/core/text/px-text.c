/* px-text.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-text.h"
#include "px-text-private.h"

#include "px-calendar-private.h"
#include "px-cues.h"
#include "px-entities.h"
#include "px-quantity.h"

#include <string.h>

#include <libstemmer.h>

/* A run-on "sentence" longer than this many tokens is cut at its next
 * comma or semicolon, and hard at twice as many, so that one hostile
 * paragraph cannot make alignment quadratic in its length.
 */
#define MAX_SENTENCE_TOKENS 300

/* A piece of a quotation between two stops of at most this many words
 * stays with the piece beside it (quoted_piece_goes_on()). */
#define QUOTED_PIECE_WORDS 3

static const char * const stop_word_list[] = {
  "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
  "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
  "both", "but", "by", "can", "cannot", "could", "couldn't", "did", "didn't", "do", "does",
  "doesn't", "doing", "don't", "down", "during", "each", "few", "for", "from", "further", "had",
  "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd", "he'll", "he's", "her",
  "here", "hers", "herself", "him", "himself", "his", "how", "i", "i'd", "i'll", "i'm", "i've",
  "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just", "let's", "may",
  "me", "might", "more", "most", "must", "my", "myself", "no", "nor", "not", "now", "of", "off",
  "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own",
  "same", "shall", "she", "she'd", "she'll", "she's", "should", "shouldn't", "so", "some",
  "such", "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then",
  "there", "there's", "these", "they", "they'd", "they'll", "they're", "they've", "this",
  "those", "through", "to", "too", "under", "until", "up", "upon", "very", "was", "wasn't", "we",
  "we'd", "we'll", "we're", "we've", "were", "weren't", "what", "what's", "when", "where", "one",
  "which", "while", "who", "whom", "why", "will", "with", "won't", "would", "wouldn't", "yet",
  "you", "your", "yours", "yourself", "mr", "mrs", "ms", "its", "s", "t", "however",
  "said", "says", "say", "told", "tell", "added", "according", "we're", "one's", "per",
};

/* Abbreviations that are never the end of a sentence: they stand before a
 * name.
 */
static const char * const title_abbreviations[] = {
  "adm", "asst", "atty", "brig", "capt", "cmdr", "col", "cpl", "dep", "det", "dr", "fr", "ft", "gen", "gov", "hon",
  "insp", "lt", "maj", "messrs", "mr", "mrs", "ms", "mt", "pres", "prof", "pvt", "rep", "reps",
  "rev", "sen", "sens", "sgt", "st", "supt", "e.g", "i.e", "vs", "cf", "approx", "ca",
};

/* Abbreviations that stand before a number: "No. 10", "Vol. 3" (and a
 * month's, "Jan. 3": is_number_abbreviation()).
 */
static const char * const number_abbreviations[] = {
  "no", "nos", "vol", "art", "fig", "p", "pp", "ch", "sec",
};

/* Abbreviations that may end a sentence ("at 3 a.m. The ..."), but usually
 * do not ("U.S. President").
 */
static const char * const final_abbreviations[] = {
  "a.m", "p.m", "inc", "ltd", "co", "corp", "jr", "sr", "etc", "bros", "plc", "govt", "dept",
};

/* Stems that news reports use for one another, each mapped to the stem
 * that stands for the group.
 */
static const char * const synonym_pairs[][2] = {
  { "strike", "attack" }, { "raid", "attack" }, { "home", "resid" },
  { "kiev", "ukrain" }, { "kyiv", "ukrain" }, { "washington", "us" }, { "beij", "china" }, { "uav", "drone" }, { "dead", "kill" }, { "death", "kill" }, { "die", "kill" },
  { "wound", "injur" }, { "hurt", "injur" }, { "casualti", "injur" }, { "negoti", "talk" }, { "person", "peopl" },
  { "nation", "countri" }, { "downed", "destroy" }, { "intercept", "destroy" }, { "shot", "destroy" },
  { "destruct", "destroy" }, { "retali", "retaliatori" }, { "respons", "respond" }, { "fabric", "fake" },
  { "lie", "fake" }, { "hoax", "fake" }, { "angri", "anger" }, { "furious", "anger" },
  { "presidenti", "presid" }, { "phone", "call" }, { "revis", "review" }, { "reconsid", "review" },
  { "withdraw", "quit" }, { "pull", "quit" }, { "abandon", "quit" }, { "determin", "decid" },
  { "ukrainian", "ukrain" }, { "russian", "russia" }, { "american", "us" }, { "u.s", "us" },
  { "america", "us" }, { "kremlin", "russia" }, { "moscow", "russia" },
  { "rais", "rise" }, { "hike", "rise" }, { "increas", "rise" }, { "lift", "rise" }, { "cut", "lower" },
  { "reduc", "lower" }, { "%", "percent" }, { "cent", "percent" }, { "pct", "percent" },
  { "quak", "earthquak" }, { "tremor", "earthquak" }, { "blaze", "fire" }, { "wildfir", "fire" },
  { "scorch", "burn" }, { "arrest", "detain" }, { "dismiss", "deni" }, { "reject", "deni" }, { "refut", "deni" }, { "pound", "sterl" }, { "boe", "bank" }, { "wave", "tsunami" },
};

GHashTable *
_px_text_word_set (const char * const *words,
                   gsize               n_words)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (gsize i = 0; i < n_words; i++)
    g_hash_table_add (set, (gpointer) words[i]);

  return set;
}

typedef struct
{
  GHashTable *synonyms;
  GHashTable *stop_words;
  GHashTable *titles;
  GHashTable *before_numbers;
  GHashTable *may_end;
} WordSets;

/* Built once, never changed afterwards: safe to read from any thread. */
static const WordSets *
word_sets (void)
{
  static WordSets sets;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      sets.synonyms = g_hash_table_new (g_str_hash, g_str_equal);
      for (gsize i = 0; i < G_N_ELEMENTS (synonym_pairs); i++)
        g_hash_table_insert (sets.synonyms, (gpointer) synonym_pairs[i][0], (gpointer) synonym_pairs[i][1]);
      sets.stop_words = _px_text_word_set (stop_word_list, G_N_ELEMENTS (stop_word_list));
      sets.titles = _px_text_word_set (title_abbreviations, G_N_ELEMENTS (title_abbreviations));
      sets.before_numbers = _px_text_word_set (number_abbreviations, G_N_ELEMENTS (number_abbreviations));
      sets.may_end = _px_text_word_set (final_abbreviations, G_N_ELEMENTS (final_abbreviations));
      g_once_init_leave (&initialised, 1);
    }

  return &sets;
}

gboolean
px_text_is_stop_word (const char *norm)
{
  return g_hash_table_contains (word_sets ()->stop_words, norm);
}

gboolean
px_text_stops_before_name (const char *word,
                           gsize       len)
{
  const char *segment = word;
  char norm[16];
  gsize n = 0;

  g_return_val_if_fail (word != NULL || len == 0, FALSE);

  if (len == 0)
    return FALSE;
  if (g_utf8_next_char (word) == word + len && g_unichar_isupper (g_utf8_get_char_validated (word, len)))
    return TRUE;
  /* a title joined to a word before it: "Kaiwha-Mt. Varn", "then-Gov. Ostrander" */
  for (const char *p = word; p < word + len; p = g_utf8_next_char (p))
    if (*p == '-' || g_str_has_prefix (p, "\u2010") || g_str_has_prefix (p, "\u2011"))
      segment = g_utf8_next_char (p);
  for (const char *p = segment; p < word + len; p++)
    {
      if ((guchar) *p >= 0x80 || n + 1 >= sizeof norm)
        return FALSE;
      norm[n++] = g_ascii_tolower (*p);
    }
  norm[n] = '\0';
  return g_hash_table_contains (word_sets ()->titles, norm);
}

const char *
px_text_concept (const char *stem)
{
  const char *concept = g_hash_table_lookup (word_sets ()->synonyms, stem);

  return concept != NULL ? concept : stem;
}

/* ASCII, most of any text, is told without Unicode's tables: for it
 * g_unichar_isalnum() is g_ascii_isalnum() and nothing is a mark. */
static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* g_unichar_isspace(), ASCII without a call: a space, tab, line feed,
 * carriage return or form feed (not the vertical tab). */
static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  return g_unichar_isspace (c);
}

/* g_unichar_isdigit(), ASCII without a call. */
static inline gboolean
is_digit (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isdigit (c);
  return g_unichar_isdigit (c);
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* Whether the character before @p (not before @floor) is a word's, or
 * joins two words' characters as a hyphen or an apostrophe does. */
static gboolean
word_continues_back (const char *floor,
                     const char *p)
{
  const char *prev = g_utf8_find_prev_char (floor, p);
  gunichar c;

  if (prev == NULL)
    return FALSE;
  c = g_utf8_get_char (prev);
  if (is_word_char (c))
    return TRUE;
  if (!is_hyphen (c) && !is_apostrophe (c))
    return FALSE;
  prev = g_utf8_find_prev_char (floor, prev);
  return prev != NULL && is_word_char (g_utf8_get_char (prev));
}

void
_px_text_whole_words (const char *text,
                      guint       floor,
                      guint       ceiling,
                      guint      *start,
                      guint      *end)
{
  const char *limit = text + ceiling;

  while (*start > floor && word_continues_back (text + floor, text + *start))
    *start = g_utf8_find_prev_char (text + floor, text + *start) - text;
  while (*end < ceiling)
    {
      gunichar c = g_utf8_get_char (text + *end);
      const char *next = g_utf8_next_char (text + *end);

      if (!is_word_char (c)
          && (!(is_hyphen (c) || is_apostrophe (c)) || next >= limit || !is_word_char (g_utf8_get_char (next))))
        break;
      *end = next - text;
    }
}

static inline gunichar
char_at (const char *p,
         const char *end)
{
  if (p >= end)
    return 0;
  /* a byte 1-127 is its own character (a NUL byte is invalid) */
  if ((guchar) *p - 1u < 0x7f)
    return (guchar) *p;
  return g_utf8_get_char_validated (p, end - p);
}

static inline const char *
next_char (const char *p,
           const char *end)
{
  if (p >= end)
    return end;
  p = g_utf8_next_char (p);
  return MIN (p, end);
}

static gboolean
all_digits (const char *p,
            const char *end)
{
  for (; p < end; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* Whether the segment of a word from @start to the hyphen before @next
 * is "foot" or "feet" ("5-foot-8"). */
static gboolean
is_feet_segment (const char *start,
                 const char *next)
{
  return next - start >= 5 && (g_ascii_strncasecmp (start, "foot", 4) == 0 || g_ascii_strncasecmp (start, "feet", 4) == 0)
         && !g_ascii_isalnum (start[4]);
}

/* Consumes a word from @p: letters and digits, joined by hyphens and
 * apostrophes ("long-range", "Putin's"), and acronyms written with stops
 * ("U.S", "a.m"; the final stop stays a token of its own).
 */
static const char *
scan_word (const char *p,
           const char *end)
{
  const char *segment = p, *before = NULL;

  for (;;)
    {
      gunichar c;
      const char *q;

      while (p < end && is_word_char (char_at (p, end)))
        p = next_char (p, end);

      c = char_at (p, end);
      q = next_char (p, end);
      /* The decimals of a number joined to a word: "magnitude-5.8". A
       * height's inches have no thousands: "5-foot-8,135 pounds" is a
       * height and a weight whose space was lost. */
      if ((c == '.' || c == ',') && p > segment && g_ascii_isdigit (p[-1]) && q < end
          && is_digit (char_at (q, end)) && all_digits (segment, p)
          && !(c == ',' && before != NULL && is_feet_segment (before, segment)))
        {
          p = q;
          continue;
        }
      if ((is_hyphen (c) || is_apostrophe (c)) && q < end && is_word_char (char_at (q, end)))
        {
          before = segment;
          p = q;
          segment = p;
          continue;
        }
      /* "U.S": one letter, a stop, one letter. */
      if (c == '.' && g_utf8_strlen (segment, p - segment) == 1 && q < end
          && g_unichar_isalpha (char_at (q, end)))
        {
          const char *r = next_char (q, end);

          if (r >= end || !is_word_char (char_at (r, end)))
            {
              p = r;
              segment = q;
              continue;
            }
        }
      /* The same written with a space, as some papers and converted
       * texts do: "U. S. troops", "4:08 p. m.". Two capitals, or "a. m."
       * and "p. m."; the second letter's stop must follow, so "Plan B. A
       * new plan" and "Mr. A. Smith" stay as they are. */
      if (c == '.' && p - segment == 1 && q + 2 < end && *q == ' ' && q[2] == '.'
          && g_ascii_isalpha (q[1]) && (q + 3 >= end || !is_word_char (char_at (q + 3, end))))
        {
          gboolean capitals = g_ascii_isupper (*segment) && g_ascii_isupper (q[1]);
          gboolean clock = (*segment == 'a' || *segment == 'p') && q[1] == 'm';

          if (capitals || clock)
            {
              p = q + 2;
              segment = q + 1;
              continue;
            }
        }
      return p;
    }
}

/* Consumes a number from @p: digits with separators and decimals ("2,000",
 * "4.75", "03:10"), and letters stuck to it ("2km", "3pm", "1990s").
 */
static const char *
scan_number (const char *p,
             const char *end)
{
  for (;;)
    {
      gunichar c;
      const char *q;

      while (p < end && is_digit (char_at (p, end)))
        p = next_char (p, end);
      c = char_at (p, end);
      q = next_char (p, end);
      if ((c == '.' || c == ',' || c == ':') && q < end && is_digit (char_at (q, end)))
        {
          p = q;
          continue;
        }
      break;
    }

  while (p < end && is_word_char (char_at (p, end)))
    p = next_char (p, end);

  return p;
}

static void
add_token (GArray     *tokens,
           const char *text,
           const char *start,
           const char *stop,
           PxTokenKind kind)
{
  PxToken token = { 0, };

  token.start = start - text;
  token.end = stop - text;
  token.kind = kind;
  g_array_append_val (tokens, token);
}

static gboolean
token_is (const char    *text,
          const PxToken *token,
          const char    *what)
{
  gsize len = strlen (what);

  return token->end - token->start == len && memcmp (text + token->start, what, len) == 0;
}

static gboolean
is_terminator (const char    *text,
               const PxToken *token)
{
  return token->kind == PX_TOKEN_PUNCT
         && (token_is (text, token, ".") || token_is (text, token, "!") || token_is (text, token, "?")
             || token_is (text, token, "...") || token_is (text, token, "…"));
}

/* What a single quote mark may be, before the marks of a paragraph are
 * paired: one that may open a quotation, one that may close it, or the
 * apostrophe after a word ending in s ("the players' union", "Jones'
 * lawyer", "the Herons ' 84-70 win"), which closes a quotation only when
 * nothing else can.
 */
typedef enum
{
  MARK_OPENS,
  MARK_CLOSES,
  MARK_PLURAL,
} MarkKind;

typedef struct
{
  guint token;     /* index in the paragraph's tokens */
  MarkKind kind;
  guint stops;     /* sentence stops before the mark in its paragraph */
  gboolean runs_on; /* a word or number follows, after spaces or not */
  gboolean apostrophe;
} SingleMark;

static gboolean
is_word_or_digit (gunichar c)
{
  return is_word_char (c) || is_digit (c);
}

/* The first character after @p that is no space, or 0. */
static gunichar
next_after_spaces (const char *p,
                   const char *end)
{
  while (p < end && (is_space (char_at (p, end)) || char_at (p, end) == 0x00A0))
    p = next_char (p, end);
  return char_at (p, end);
}

/* Words written with their first letters left out; "'Tis" and "'Twas"
 * also with a capital.
 */
static const char * const elided_words[] = { "tis", "twas", "til", "cause", "bout" };

/* Whether the mark at @p, which could open a quotation, elides letters or
 * a century instead: "rock 'n' roll", "let 'em go", "the '90s", "class of
 * '91", "'cause". A quotation that starts with a two-digit number is rarer than
 * these.
 */
static gboolean
is_elision (const char *p,
            const char *end)
{
  const char *w = next_char (p, end);
  const char *e = w;
  gsize len;

  while (e < end && is_word_or_digit (char_at (e, end)))
    e = next_char (e, end);
  len = e - w;
  if (len == 2 && g_ascii_isdigit (w[0]) && g_ascii_isdigit (w[1]))
    return TRUE;
  if (len == 3 && g_ascii_isdigit (w[0]) && g_ascii_isdigit (w[1]) && (w[2] == 's' || w[2] == 'S'))
    return TRUE;
  if (len == 1 && (w[0] == 'n' || w[0] == 'N'))
    return TRUE;
  if (len == 2 && w[0] == 'e' && w[1] == 'm')
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (elided_words); i++)
    if (len == strlen (elided_words[i]) && (memcmp (w, elided_words[i], len) == 0
                                           || (g_ascii_strncasecmp (w, elided_words[i], len) == 0
                                               && elided_words[i][0] == 't')))
      return TRUE;
  return FALSE;
}

/* Whether the word that ends right before @p (spaces between allowed)
 * ends in @letter, and is @letter alone when @alone.
 */
static gboolean
word_before_ends_in (const char *text,
                     const char *p,
                     char        letter,
                     gboolean    alone)
{
  const char *q = p;

  while (q > text && (q[-1] == ' ' || q[-1] == '\t'))
    q--;
  if (q == text || g_ascii_tolower (q[-1]) != letter)
    return FALSE;
  if (!alone)
    return q - 1 > text && (g_ascii_isalpha (q[-2]) || (guchar) q[-2] >= 0x80);
  return q - 1 == text || !is_word_or_digit (g_utf8_get_char (g_utf8_find_prev_char (text, q - 1)));
}

/* Pairs the single quote marks of a paragraph: an opening mark with the
 * next closing one; a plural's apostrophe closes only when no other mark
 * closes before the next opening one and it ends the quotation's sentence
 * or ends a phrase ("so-called 'experts' say", "'... the players'.").
 * An opening mark left without a close, and every mark left unpaired, is an
 * apostrophe: it becomes no token.
 */
static void
pair_single_marks (GArray *tokens,
                   guint   first,
                   GArray *marks)
{
  SingleMark *m = (SingleMark *) marks->data;
  int open = -1;
  guint to = first;

  for (guint i = 0; i < marks->len; i++)
    {
      m[i].apostrophe = TRUE;
      if (m[i].kind == MARK_OPENS)
        {
          open = i;
          continue;
        }
      if (open < 0)
        continue;
      if (m[i].kind == MARK_PLURAL)
        {
          gboolean later_close = i + 1 < marks->len && m[i + 1].kind != MARK_OPENS;

          if (later_close || (m[i].runs_on && m[i].stops != m[open].stops))
            continue;
        }
      m[open].apostrophe = FALSE;
      m[i].apostrophe = FALSE;
      g_array_index (tokens, PxToken, first + m[open].token).kind = PX_TOKEN_QUOTE_OPEN;
      g_array_index (tokens, PxToken, first + m[i].token).kind = PX_TOKEN_QUOTE_CLOSE;
      open = -1;
    }

  /* drop the apostrophes */
  for (guint t = first, k = 0; t < tokens->len; t++)
    {
      while (k < marks->len && first + m[k].token < t)
        k++;
      if (k < marks->len && first + m[k].token == t && m[k].apostrophe)
        continue;
      if (to != t)
        g_array_index (tokens, PxToken, to) = g_array_index (tokens, PxToken, t);
      to++;
    }
  g_array_set_size (tokens, to);
}

/* Whether the text before @p, spaces aside, ends a phrase of a
 * quotation (",", ".", "?", "!", "…"): there a “ after a quotation a
 * straight " opened is the page's slip for its closing mark ("the last
 * great smuggler of the coast, “his confession was..."), not a second
 * quotation opening inside the first.
 */
static gboolean
after_phrase_end (const char *text,
                  const char *p)
{
  const char *q = p;
  gunichar c;

  while (q > text && (q[-1] == ' ' || q[-1] == '\t'))
    q--;
  if (q == text)
    return FALSE;
  c = g_utf8_get_char (g_utf8_find_prev_char (text, q));
  return c == ',' || c == '.' || c == '?' || c == '!' || c == 0x2026;
}

/* Appends the tokens of the paragraph [@p, @end) of @text to @tokens. */
static void
tokenise (const char *text,
          const char *p,
          const char *end,
          GArray     *tokens)
{
  g_autoptr(GArray) marks = g_array_new (FALSE, TRUE, sizeof (SingleMark));
  guint first = tokens->len;
  guint stops = 0;
  gboolean double_open = FALSE;
  gboolean straight_open = FALSE; /* the open double quotation began with a straight " */

  while (p < end)
    {
      gunichar c = char_at (p, end);
      const char *q = next_char (p, end);
      gunichar before = 0;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      if (is_space (c) || c == 0x00A0)
        {
          p = q;
          continue;
        }
      /* the character before, which only the marks read: not decoded
       * again for every space, word and number */
      if (p > text && !is_digit (c) && !is_word_char (c))
        before = g_utf8_get_char (g_utf8_find_prev_char (text, p));
      if (is_digit (c))
        {
          q = scan_number (p, end);
          add_token (tokens, text, p, q, PX_TOKEN_NUMBER);
        }
      else if (is_word_char (c))
        {
          q = scan_word (p, end);
          add_token (tokens, text, p, q, PX_TOKEN_WORD);
        }
      else if (c == '.' && end - p >= 3 && p[1] == '.' && p[2] == '.')
        {
          q = p + 3;
          add_token (tokens, text, p, q, PX_TOKEN_PUNCT);
        }
      else if (c == 0x201C || c == 0x201E || c == 0x201D || c == 0x00AB || c == 0x00BB)
        {
          /* “ and « open, ” and » close; but German closes „…“ with “
           * and writes »…«: “ and « close a quotation already open when
           * they follow a word or a mark with no space between, and »
           * opens one, when none is, right before a word ("Home » News"
           * stays a stray mark) */
          gboolean attached = before != 0 && !is_space (before) && before != 0x00A0;
          gboolean closes;

          if (c == 0x201E)
            closes = FALSE;
          else if (c == 0x201C)
            closes = double_open && (attached || (straight_open && after_phrase_end (text, p)));
          else if (c == 0x00AB)
            closes = double_open && attached;
          else if (c == 0x00BB)
            closes = double_open || q >= end || !is_word_or_digit (char_at (q, end));
          else
            closes = TRUE;

          double_open = !closes;
          straight_open = FALSE;
          add_token (tokens, text, p, q, closes ? PX_TOKEN_QUOTE_CLOSE : PX_TOKEN_QUOTE_OPEN);
        }
      else if (c == '"')
        {
          gboolean opens = !double_open && (before == 0 || is_space (before) || before == '('
                                            || before == '[' || before == 0x2014 || before == 0x2013);

          double_open = opens;
          straight_open = opens;
          add_token (tokens, text, p, q, opens ? PX_TOKEN_QUOTE_OPEN : PX_TOKEN_QUOTE_CLOSE);
        }
      else if ((c == '\'' || c == 0x2019) && double_open && before != 0 && is_space (before)
               && q + 1 < end && *q == ' ' && (q[1] == '\'' || g_str_has_prefix (q + 1, "\xe2\x80\x99")))
        {
          /* "“Tidewater, ' ' has entered": a page's two single marks for the
           * closing double one */
          q = next_char (q + 1, end);
          double_open = FALSE;
          straight_open = FALSE;
          add_token (tokens, text, p, q, PX_TOKEN_QUOTE_CLOSE);
        }
      else if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == '\'')
        {
          /* A single quotation mark or an apostrophe ("drones’", "the
           * '90s"): told apart once the paragraph's marks can be paired.
           */
          gboolean spaced = before == 0 || is_space (before) || before == 0x00A0;
          gboolean followed = q < end && is_word_or_digit (char_at (q, end));
          SingleMark mark = { 0, };
          gboolean apostrophe;

          mark.token = tokens->len - first;
          mark.stops = stops;
          mark.runs_on = is_word_or_digit (next_after_spaces (q, end));
          /* ‚ opens a German single quotation, closed by ‘ */
          if ((c == 0x2018 || c == 0x201A || spaced) && followed)
            mark.kind = MARK_OPENS;
          else if (word_before_ends_in (text, p, 's', FALSE))
            mark.kind = MARK_PLURAL;
          else
            mark.kind = MARK_CLOSES;

          /* "'n'", "'em", "'90s", and ’ before a word after a space
           * ("’cause", "’tis"): an apostrophe, no token
           */
          apostrophe = (followed && (is_elision (p, end) || (c == 0x2019 && spaced)))
                       || (!followed && word_before_ends_in (text, p, 'n', TRUE));
          if (!apostrophe)
            {
              add_token (tokens, text, p, q, PX_TOKEN_QUOTE_CLOSE);
              g_array_append_val (marks, mark);
            }
        }
      else if (g_unichar_type (c) == G_UNICODE_CURRENCY_SYMBOL || c == '%' || c == '&'
               || c == '+' || c == '#' || c == '@' || c == 0x00B0)
        add_token (tokens, text, p, q, PX_TOKEN_SYMBOL);
      else if (g_unichar_ispunct (c))
        add_token (tokens, text, p, q, PX_TOKEN_PUNCT);
      /* anything else (controls, emoji) is not a token */

      if (tokens->len > first && is_terminator (text, &g_array_index (tokens, PxToken, tokens->len - 1))
          && g_array_index (tokens, PxToken, tokens->len - 1).start == (gsize) (p - text))
        stops++;
      p = q;
    }

  if (marks->len > 0)
    pair_single_marks (tokens, first, marks);
}

static gboolean
is_closer (const char    *text,
           const PxToken *token)
{
  return token->kind == PX_TOKEN_QUOTE_CLOSE
         || (token->kind == PX_TOKEN_PUNCT && (token_is (text, token, ")") || token_is (text, token, "]")));
}

/* The lower-case form of a token into @out: ’ as ', dashes inside words
 * as '-'. ASCII, the common case, goes byte by byte.
 */
static void
lower_into (GString       *out,
            const char    *text,
            const PxToken *token)
{
  g_string_truncate (out, 0);
  for (const char *p = text + token->start; p < text + token->end;)
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          /* the space of a spaced acronym ("U. S." reads as "u.s") */
          if (*p != ' ')
            g_string_append_c (out, *p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
          p++;
          continue;
        }
      c = g_utf8_get_char (p);
      if (is_apostrophe (c))
        g_string_append_c (out, '\'');
      else if (is_hyphen (c))
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, g_unichar_tolower (c));
      p = g_utf8_next_char (p);
    }
}

static char *
lower_word (const char    *text,
            const PxToken *token)
{
  GString *norm = g_string_sized_new (token->end - token->start);

  lower_into (norm, text, token);
  return g_string_free (norm, FALSE);
}

static gboolean
starts_upper (const char    *text,
              const PxToken *token)
{
  return g_unichar_isupper (g_utf8_get_char (text + token->start));
}

/* Whether @token is a day of a month written in digits: "3", "14", "03". */
static gboolean
is_day_number (const char    *text,
               const PxToken *token)
{
  gsize len = token->end - token->start;
  const char *p = text + token->start;
  int day;

  if (len < 1 || len > 2 || !g_ascii_isdigit (p[0]) || (len == 2 && !g_ascii_isdigit (p[1])))
    return FALSE;
  day = len == 1 ? p[0] - '0' : (p[0] - '0') * 10 + (p[1] - '0');
  return day >= 1 && day <= 31;
}

/* Whether @next, right after the stop @stop and one space, is the rest of
 * a decimal whose point a page spaced off from its digits: "He hit. 308
 * with 33 homers" (a batting average's three digits), "a loaded.
 * 38-caliber revolver" (a calibre joined to its word). News starts a
 * sentence with a figure of three digits almost never, and with one of
 * two only as a count ("12 people were hurt"); a year has four digits, a
 * list's item one, and a time, a telephone number or a range go on with
 * ':', '/' or '-' and digits.
 */
static gboolean
is_spaced_decimal (const char    *text,
                   const PxToken *stop,
                   const PxToken *next)
{
  gsize len = next->end - next->start;
  const char *after = text + next->end;

  if (next->kind != PX_TOKEN_NUMBER || next != stop + 1 || next->start != stop->end + 1
      || text[stop->end] != ' ' || len < 2 || len > 3)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    if (!g_ascii_isdigit (text[next->start + k]))
      return FALSE;
  if (*after == '-' && g_ascii_isalpha (after[1]))
    return TRUE;
  return len == 3 && (*after == '\0' || g_ascii_isspace (*after) || *after == ',');
}

/* Whether the sentence goes on after the terminator at @i, given the token
 * @next that follows it (and its closers).
 */
static gboolean
continues_after (const char    *text,
                 const PxToken *tokens,
                 guint          first,
                 guint          i,
                 const PxToken *next)
{
  const PxToken *stop = &tokens[i];
  const PxToken *prev = i > first ? &tokens[i - 1] : NULL;
  const WordSets *sets = word_sets ();
  gboolean starts = FALSE;

  if (next->kind == PX_TOKEN_WORD)
    starts = starts_upper (text, next);
  else if (next->kind == PX_TOKEN_NUMBER || next->kind == PX_TOKEN_QUOTE_OPEN || next->kind == PX_TOKEN_SYMBOL)
    starts = TRUE;
  else if (next->kind == PX_TOKEN_PUNCT)
    starts = token_is (text, next, "(") || token_is (text, next, "[");

  if (!starts)
    return TRUE;

  /* A stop touching the digits after it is a decimal point: ".38 caliber",
   * ".45-caliber".
   */
  if (token_is (text, stop, ".") && next->kind == PX_TOKEN_NUMBER && next->start == stop->end
      && next == stop + 1)
    return TRUE;

  /* A day written as an ordinal before its month: "am 3. Januar". */
  if (token_is (text, stop, ".") && next->kind == PX_TOKEN_WORD && next == stop + 1 && prev != NULL
      && prev->kind == PX_TOKEN_NUMBER && prev->end == stop->start && is_day_number (text, prev))
    {
      /* (a month's whole name, English or German) */
      if (_px_calendar_month_in (text + next->start, next->end - next->start,
                                 PX_CALENDAR_ENGLISH | PX_CALENDAR_GERMAN | PX_CALENDAR_NAMES) != 0)
        return TRUE;
    }

  if (token_is (text, stop, ".") && prev != NULL && prev->kind == PX_TOKEN_WORD && prev->end == stop->start)
    {
      g_autofree char *word = lower_word (text, prev);
      gboolean next_is_starter = FALSE;

      if (next->kind == PX_TOKEN_WORD)
        {
          g_autofree char *next_word = lower_word (text, next);

          next_is_starter = px_text_is_stop_word (next_word);
        }
      else
        next_is_starter = next->kind == PX_TOKEN_QUOTE_OPEN;

      /* A title, "Mr. Evans"; an initial, "J. Smith", "an L. A. judge",
       * but "Plan B. Then ..." ends. */
      if (px_text_stops_before_name (text + prev->start, prev->end - prev->start))
        return g_utf8_strlen (text + prev->start, prev->end - prev->start) > 1 || !next_is_starter
               || g_utf8_strlen (text + next->start, next->end - next->start) == 1;
      if (next->kind == PX_TOKEN_NUMBER
          && (g_hash_table_contains (sets->before_numbers, word)
              || _px_calendar_month_in (word, strlen (word), PX_CALENDAR_ENGLISH | PX_CALENDAR_ABBREVIATIONS) != 0))
        return TRUE;
      /* an article never ends a sentence: the stop of a calibre slipped
       * before its space ("a. 357 Magnum", "the. 38")
       */
      if (next->kind == PX_TOKEN_NUMBER && i - 1 > first && !starts_upper (text, prev)
          && (strcmp (word, "a") == 0 || strcmp (word, "an") == 0 || strcmp (word, "the") == 0))
        return TRUE;
      if (is_spaced_decimal (text, stop, next) && !starts_upper (text, prev))
        return TRUE;
      if (g_hash_table_contains (sets->may_end, word) || strchr (word, '.') != NULL)
        return !next_is_starter;
    }

  return FALSE;
}

static guint
count_words (const PxToken *tok,
             guint          from,
             guint          to)
{
  guint n = 0;

  for (guint t = from; t < to; t++)
    n += tok[t].kind == PX_TOKEN_WORD || tok[t].kind == PX_TOKEN_NUMBER;
  return n;
}

/* Whether the stop at @i, inside a quotation, parts two pieces of it of
 * which one is too short to tell anything alone: a greeting, a question
 * put in passing, a thanks ("Hi, Congressman. How are you? Do you fully
 * support the Obama agenda?"). Alone, "How are you?" is a sentence and a
 * claim of one outlet beside the quotation the others report whole.
 * @piece_start: where the piece before the stop starts (after the
 * quotation's opening mark or the stop before); @j: the token after the
 * stop's closers. A quotation the closers close ends its sentence as
 * before. An ellipsis between two pieces of one quotation marks words
 * left out of it, not an end: "Tell me who you are ... I have a right
 * to know who you are."
 */
static gboolean
quoted_piece_goes_on (const char    *text,
                      const PxToken *tok,
                      guint          piece_start,
                      guint          i,
                      guint          j,
                      guint          last)
{
  guint k = j;

  for (guint c = i + 1; c < j; c++)
    if (tok[c].kind == PX_TOKEN_QUOTE_CLOSE)
      return FALSE;
  if (count_words (tok, piece_start, i) <= QUOTED_PIECE_WORDS)
    return TRUE;
  if ((token_is (text, &tok[i], "...") || token_is (text, &tok[i], "…")) && j == i + 1
      && tok[j].kind == PX_TOKEN_WORD)
    return TRUE;
  /* the piece after it, when it is the quotation's last */
  while (k < last && !is_terminator (text, &tok[k]) && tok[k].kind != PX_TOKEN_QUOTE_CLOSE
         && tok[k].kind != PX_TOKEN_QUOTE_OPEN)
    k++;
  if (count_words (tok, j, k) > QUOTED_PIECE_WORDS)
    return FALSE;
  while (k < last && is_terminator (text, &tok[k]))
    k++;
  /* a closing mark with a word right after it opens a quotation the page
   * left unclosed before ('everywhere. He said that "Gaza must'), and the
   * piece before it is a sentence of its own */
  return k < last && tok[k].kind == PX_TOKEN_QUOTE_CLOSE
         && (k + 1 == last || tok[k + 1].start > tok[k].end || tok[k + 1].kind == PX_TOKEN_PUNCT);
}

/* Cuts the tokens [@first, @last) of one paragraph into sentences. */
static void
segment (const char *text,
         GArray     *tokens,
         guint       first,
         guint       last,
         guint       paragraph,
         GArray     *sentences)
{
  const PxToken *tok = (const PxToken *) tokens->data;
  guint sentence_start = first;
  guint i = first;
  guint depth = 0, seen = first; /* quotations open after the tokens [first, seen) */
  guint piece_start = first;     /* quoted_piece_goes_on() */

  while (i < last)
    {
      guint end = 0;

      for (; seen <= i; seen++)
        if (tok[seen].kind == PX_TOKEN_QUOTE_OPEN)
          depth++, piece_start = seen + 1;
        else if (tok[seen].kind == PX_TOKEN_QUOTE_CLOSE && depth > 0)
          depth--;

      if (is_terminator (text, &tok[i]))
        {
          guint j = i + 1;

          while (j < last && (is_closer (text, &tok[j]) || is_terminator (text, &tok[j])))
            j++;
          if (j < last && continues_after (text, tok, sentence_start, i, &tok[j]))
            {
              i = j;
              continue;
            }
          if (j < last && depth > 0 && quoted_piece_goes_on (text, tok, piece_start, i, j, last))
            {
              piece_start = i = j;
              continue;
            }
          end = j;
        }
      else if (i + 1 - sentence_start >= 2 * MAX_SENTENCE_TOKENS
               || (i + 1 - sentence_start >= MAX_SENTENCE_TOKENS && tok[i].kind == PX_TOKEN_PUNCT
                   && (token_is (text, &tok[i], ",") || token_is (text, &tok[i], ";"))))
        end = i + 1;
      else if (i + 1 == last)
        end = last;

      if (end > 0)
        {
          PxSentence sentence = { 0, };
          gboolean has_words = FALSE;

          for (guint t = sentence_start; t < end && !has_words; t++)
            has_words = tok[t].kind == PX_TOKEN_WORD || tok[t].kind == PX_TOKEN_NUMBER;
          /* a mark left alone after a sentence ("at this time. “", the
           * page's slip for a closing quote) ends that sentence
           */
          if (!has_words && sentences->len > 0
              && g_array_index (sentences, PxSentence, sentences->len - 1).paragraph == paragraph)
            {
              PxSentence *before = &g_array_index (sentences, PxSentence, sentences->len - 1);

              before->end = tok[end - 1].end;
              before->n_tokens = end - before->first_token;
              sentence_start = piece_start = end;
              i = end;
              continue;
            }
          sentence.start = tok[sentence_start].start;
          sentence.end = tok[end - 1].end;
          sentence.paragraph = paragraph;
          sentence.first_token = sentence_start;
          sentence.n_tokens = end - sentence_start;
          g_array_append_val (sentences, sentence);
          sentence_start = piece_start = end;
          i = end;
          continue;
        }
      i++;
    }
}

/* The first quotation mark of the paragraph that starts at sentence
 * @s, or NULL; @end_sentence gets the first sentence after the paragraph.
 */
static PxToken *
first_mark_of_paragraph (PxDocument *self,
                         guint       s,
                         guint      *end_sentence)
{
  guint paragraph = px_document_sentence (self, s)->paragraph;
  PxToken *mark = NULL;

  for (; s < self->sentences->len && px_document_sentence (self, s)->paragraph == paragraph; s++)
    {
      PxSentence *sentence = px_document_sentence (self, s);

      for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens && mark == NULL; t++)
        {
          PxToken *token = px_document_token (self, t);

          if (token->kind == PX_TOKEN_QUOTE_OPEN || token->kind == PX_TOKEN_QUOTE_CLOSE)
            mark = token;
        }
    }
  *end_sentence = s;
  return mark;
}

/* A quotation of several paragraphs: each paragraph of it may open with a
 * mark, and only the last one closes ("Lawyer Alexis Kougias said: “This
 * tragedy ...", "The bullet ricocheted ...", "It proves it.”"); pages
 * often drop the marks that open the later paragraphs. A paragraph that
 * leaves a quotation open goes on in the paragraphs after it that carry no
 * mark, up to one whose first mark closes it, within
 * QUOTATION_PARAGRAPHS paragraphs; a paragraph whose first mark opens
 * another quotation, or no close in reach, leaves every paragraph as its
 * own marks say.
 */
#define QUOTATION_PARAGRAPHS 4

static void
mark_quotations_across_paragraphs (PxDocument *self)
{
  guint s = 0;

  while (s < self->sentences->len)
    {
      guint next, end = 0;
      PxSentence *last;
      PxToken *tail = NULL, *close = NULL;
      int depth = 0;

      first_mark_of_paragraph (self, s, &next);
      last = px_document_sentence (self, next - 1);
      /* whether the paragraph ends inside a quotation */
      for (guint t = px_document_sentence (self, s)->first_token; t < last->first_token + last->n_tokens; t++)
        {
          PxToken *token = px_document_token (self, t);

          if (token->kind == PX_TOKEN_QUOTE_OPEN)
            depth++;
          else if (token->kind == PX_TOKEN_QUOTE_CLOSE)
            depth = MAX (depth - 1, 0);
          tail = token;
        }
      if (depth == 0 || tail == NULL || !tail->in_quote)
        {
          s = next;
          continue;
        }
      for (guint p = 0, from = next; p < QUOTATION_PARAGRAPHS && from < self->sentences->len && close == NULL; p++)
        {
          PxToken *mark = first_mark_of_paragraph (self, from, &end);

          if (mark != NULL && mark->kind != PX_TOKEN_QUOTE_CLOSE)
            break;
          close = mark;
          from = end;
        }
      if (close != NULL)
        for (guint q = next; q < end; q++)
          {
            PxSentence *sentence = px_document_sentence (self, q);
            gboolean closed = FALSE;

            for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens && !closed; t++)
              {
                PxToken *token = px_document_token (self, t);

                closed = token == close;
                token->in_quote |= !closed;
              }
            if (closed)
              break;
          }
      s = next;
    }
}

static void
mark_tokens (PxDocument *self)
{
  const WordSets *sets = word_sets ();
  g_autoptr(GString) norm = g_string_new (NULL);

  for (guint s = 0; s < self->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (self, s);
      gboolean initial = TRUE;
      int depth = 0;

      for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
        {
          PxToken *token = px_document_token (self, t);

          if (token->kind == PX_TOKEN_QUOTE_OPEN)
            depth++;
          else if (token->kind == PX_TOKEN_QUOTE_CLOSE)
            depth = MAX (depth - 1, 0);
          token->in_quote = depth > 0 && token->kind != PX_TOKEN_QUOTE_OPEN;

          if (token->kind != PX_TOKEN_WORD && token->kind != PX_TOKEN_NUMBER)
            {
              token->norm = px_document_intern (self, "");
              token->stem = token->norm;
              token->concept = token->norm;
              if (token->kind == PX_TOKEN_SYMBOL || token->kind == PX_TOKEN_PUNCT)
                {
                  g_autofree char *sym = g_strndup (self->text + token->start, token->end - token->start);

                  token->norm = px_document_intern (self, sym);
                  token->stem = token->norm;
                  token->concept = px_text_concept (token->norm);
                }
              continue;
            }

          lower_into (norm, self->text, token);
          token->norm = px_document_intern (self, norm->str);
          token->stem = token->kind == PX_TOKEN_WORD ? px_document_stem (self, token->norm) : token->norm;
          token->concept = px_text_concept (token->stem);
          token->is_stop = token->kind == PX_TOKEN_WORD && g_hash_table_contains (sets->stop_words, norm->str);
          token->is_capital = starts_upper (self->text, token);
          token->sentence_initial = initial;
          initial = FALSE;
        }
    }

  /* Quotations run over sentence ends; mark the tokens of a quotation
   * that closes in a later sentence of the same paragraph.
   */
  {
    int depth = 0;
    guint paragraph = G_MAXUINT;

    for (guint s = 0; s < self->sentences->len; s++)
      {
        PxSentence *sentence = px_document_sentence (self, s);

        if (sentence->paragraph != paragraph)
          depth = 0;
        paragraph = sentence->paragraph;
        for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
          {
            PxToken *token = px_document_token (self, t);

            if (token->kind == PX_TOKEN_QUOTE_OPEN)
              depth++;
            else if (token->kind == PX_TOKEN_QUOTE_CLOSE)
              depth = MAX (depth - 1, 0);
            else if (depth > 0)
              token->in_quote = TRUE;
          }
      }
  }
  mark_quotations_across_paragraphs (self);
}

static void
compute_char_offsets (PxDocument *self)
{
  guint byte = 0;
  guint chars = 0;

  for (guint s = 0; s < self->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (self, s);

      chars += g_utf8_strlen (self->text + byte, sentence->start - byte);
      sentence->char_start = chars;
      chars += g_utf8_strlen (self->text + sentence->start, sentence->end - sentence->start);
      sentence->char_end = chars;
      byte = sentence->end;
    }
}

static struct sb_stemmer *
new_stemmer (const char *language)
{
  struct sb_stemmer *stemmer = NULL;

  if (language != NULL && *language != '\0')
    {
      g_autofree char *primary = g_ascii_strdown (language, -1);
      char *dash = strpbrk (primary, "-_");

      if (dash != NULL)
        *dash = '\0';
      stemmer = sb_stemmer_new (primary, "UTF_8");
    }
  if (stemmer == NULL)
    stemmer = sb_stemmer_new ("english", "UTF_8");

  return stemmer;
}

/* @array, given back, as one block of exactly its elements after the
 * fields a GArray shows (data, len): a GArray keeps room for a power of
 * two of bytes, and the sentences of a long report hold most of their
 * figures, times and names in that room (docs/benchmarks.md, mem38). What
 * the analysers found is read-only once the document is made: read with
 * g_array_index() and len, never grown, given back with g_free().
 */
static GArray *
fixed_array (GArray *array)
{
  gsize bytes;
  GArray *fixed;

  if (array == NULL)
    return NULL;
  bytes = (gsize) array->len * g_array_get_element_size (array);
  /* the elements start at 16 bytes, aligned for any of them */
  G_STATIC_ASSERT (sizeof (GArray) % sizeof (double) == 0);
  fixed = g_malloc (sizeof (GArray) + bytes);
  fixed->data = (char *) (fixed + 1);
  fixed->len = array->len;
  if (bytes > 0)
    memcpy (fixed->data, array->data, bytes);
  g_array_unref (array);
  return fixed;
}

PxDocument *
px_document_new (PxArticle *article)
{
  PxDocument *self;

  g_return_val_if_fail (article != NULL, NULL);

  self = g_new0 (PxDocument, 1);
  g_ref_count_init (&self->ref_count);
  self->article = px_article_ref (article);
  self->text = article->text;
  self->strings = g_string_chunk_new (4096);
  self->stems = g_hash_table_new (g_str_hash, g_str_equal);
  self->stemmer = new_stemmer (article->language);
  self->tokens = g_array_new (FALSE, TRUE, sizeof (PxToken));
  self->sentences = g_array_new (FALSE, TRUE, sizeof (PxSentence));

  if (article->paragraphs->len > 0)
    {
      for (guint i = 0; i < article->paragraphs->len; i++)
        {
          const PxSpan *para = &g_array_index (article->paragraphs, PxSpan, i);
          guint first = self->tokens->len;

          if (para->end > strlen (self->text) || para->start > para->end)
            continue;
          tokenise (self->text, self->text + para->start, self->text + para->end, self->tokens);
          segment (self->text, self->tokens, first, self->tokens->len, i, self->sentences);
        }
    }
  else
    {
      /* No paragraph offsets: blank lines separate paragraphs. */
      g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PxSpan));
      guint paragraph = 0;

      px_article_find_paragraphs (self->text, spans);
      for (guint i = 0; i < spans->len; i++)
        {
          const PxSpan *para = &g_array_index (spans, PxSpan, i);
          guint first = self->tokens->len;

          tokenise (self->text, self->text + para->start, self->text + para->end, self->tokens);
          if (self->tokens->len > first)
            segment (self->text, self->tokens, first, self->tokens->len, paragraph++, self->sentences);
        }
    }

  mark_tokens (self);
  compute_char_offsets (self);

  for (guint s = 0; s < self->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (self, s);

      px_entities_scan (self, sentence);
      px_quantity_scan (self, sentence);
      px_cues_scan (self, sentence);
    }
  g_clear_pointer (&self->quantity_starts, g_hash_table_unref);
  px_entities_resolve (self);
  px_cues_resolve_speakers (self);
  self->people = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint s = 0; s < self->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (self, s);

      for (guint e = 0; sentence->entities != NULL && e < sentence->entities->len; e++)
        if (g_array_index (sentence->entities, PxEntity, e).kind == PX_ENTITY_PERSON)
          g_hash_table_add (self->people, (gpointer) g_array_index (sentence->entities, PxEntity, e).key);
      sentence->quantities = fixed_array (sentence->quantities);
      sentence->ranks = fixed_array (sentence->ranks);
      sentence->times = fixed_array (sentence->times);
      sentence->quotes = fixed_array (sentence->quotes);
      sentence->cues = fixed_array (sentence->cues);
      sentence->entities = fixed_array (sentence->entities);
    }

  return self;
}

PxDocument *
px_document_ref (PxDocument *self)
{
  g_ref_count_inc (&self->ref_count);
  return self;
}

void
px_document_unref (PxDocument *self)
{
  if (!g_ref_count_dec (&self->ref_count))
    return;

  for (guint s = 0; s < self->sentences->len; s++)
    {
      PxSentence *sentence = px_document_sentence (self, s);

      g_clear_pointer (&sentence->quantities, g_free);
      g_clear_pointer (&sentence->ranks, g_free);
      g_clear_pointer (&sentence->times, g_free);
      g_clear_pointer (&sentence->quotes, g_free);
      g_clear_pointer (&sentence->cues, g_free);
      g_clear_pointer (&sentence->entities, g_free);
    }
  g_array_unref (self->sentences);
  g_array_unref (self->tokens);
  g_hash_table_unref (self->stems);
  g_clear_pointer (&self->lower_words, g_hash_table_unref);
  g_clear_pointer (&self->game_scores, g_array_unref);
  g_clear_pointer (&self->link_items, g_ptr_array_unref);
  g_clear_pointer (&self->side_by_side, g_array_unref);
  g_clear_pointer (&self->quantity_starts, g_hash_table_unref);
  g_clear_pointer (&self->people, g_hash_table_unref);
  g_string_chunk_free (self->strings);
  sb_stemmer_delete (self->stemmer);
  px_article_unref (self->article);
  g_free (self);
}

gboolean
px_document_is_title_case (PxDocument *self,
                           PxSentence *sentence)
{
  guint words = 0, capitals = 0, end = sentence->first_token + sentence->n_tokens;
  guint last = end;

  for (guint t = sentence->first_token; t < end; t++)
    {
      PxToken *token = px_document_token (self, t);

      if (token->kind != PX_TOKEN_QUOTE_CLOSE)
        last = t;
      if (token->kind != PX_TOKEN_WORD || token->is_stop)
        continue;
      words++;
      capitals += token->is_capital;
    }
  if (words < 4 || capitals * 4 < words * 3)
    return FALSE;
  /* a headline has no full stop and seldom a word in lower case: "Former
   * CIA Deputy Director Harold Quist died at his home in Fresno on
   * Sunday." is a sentence of the text, its names are named */
  return capitals == words || last == end || !g_str_equal (px_document_token (self, last)->norm, ".");
}

const char *
px_document_intern (PxDocument *self,
                    const char *string)
{
  return g_string_chunk_insert_const (self->strings, string);
}

const char *
px_document_stem (PxDocument *self,
                  const char *norm)
{
  const char *stem = g_hash_table_lookup (self->stems, norm);
  g_autofree char *base = NULL;
  gsize len;
  const sb_symbol *out;

  if (stem != NULL)
    return stem;

  /* "Putin's" and "drones'" stem as "Putin" and "drones". */
  base = g_strdup (norm);
  len = strlen (base);
  if (len > 2 && g_str_has_suffix (base, "'s"))
    base[len - 2] = '\0';
  else if (len > 1 && base[len - 1] == '\'')
    base[len - 1] = '\0';

  out = sb_stemmer_stem (self->stemmer, (const sb_symbol *) base, strlen (base));
  if (out != NULL)
    {
      g_autofree char *copy = g_strndup ((const char *) out, sb_stemmer_length (self->stemmer));

      stem = px_document_intern (self, copy);
    }
  else
    stem = px_document_intern (self, base);

  g_hash_table_insert (self->stems, (gpointer) px_document_intern (self, norm), (gpointer) stem);
  return stem;
}

typedef struct
{
  char **words;
  guint n_words;
  gconstpointer data;
} Phrase;

struct _PxPhraseTable
{
  GHashTable *by_first_word; /* word -> GPtrArray of Phrase */
};

static void
phrase_free (Phrase *phrase)
{
  g_strfreev (phrase->words);
  g_free (phrase);
}

PxPhraseTable *
px_phrase_table_new (void)
{
  PxPhraseTable *self = g_new0 (PxPhraseTable, 1);

  self->by_first_word = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  return self;
}

void
px_phrase_table_add (PxPhraseTable *self,
                     const char    *words,
                     gconstpointer  data)
{
  Phrase *phrase = g_new0 (Phrase, 1);
  GPtrArray *list;

  phrase->words = g_strsplit (words, " ", -1);
  phrase->n_words = g_strv_length (phrase->words);
  phrase->data = data;
  list = g_hash_table_lookup (self->by_first_word, phrase->words[0]);
  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func ((GDestroyNotify) phrase_free);
      g_hash_table_insert (self->by_first_word, g_strdup (phrase->words[0]), list);
    }
  g_ptr_array_add (list, phrase);
}

static gboolean
word_matches (const char *word,
              const char *norm)
{
  return px_word_equal (norm, word) || (px_word_equal (word, "not") && g_str_has_suffix (norm, "n't"));
}

guint
px_phrase_table_match (const PxPhraseTable *self,
                       PxDocument          *doc,
                       guint                index,
                       guint                end,
                       gconstpointer       *data)
{
  const char *norm = px_document_token (doc, index)->norm;
  GPtrArray *list = g_hash_table_lookup (self->by_first_word, norm);
  guint best = 0;

  if (list == NULL && g_str_has_suffix (norm, "n't"))
    list = g_hash_table_lookup (self->by_first_word, "not");
  if (list == NULL)
    return 0;

  for (guint p = 0; p < list->len; p++)
    {
      const Phrase *phrase = g_ptr_array_index (list, p);
      guint k = 0;

      if (phrase->n_words <= best || index + phrase->n_words > end)
        continue;
      while (k < phrase->n_words && word_matches (phrase->words[k], px_document_token (doc, index + k)->norm))
        k++;
      if (k == phrase->n_words)
        {
          best = k;
          *data = phrase->data;
        }
    }
  return best;
}
