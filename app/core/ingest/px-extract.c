/* px-extract.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>

#include "px-extract.h"

#include "px-calendar-private.h"
#include "px-charset.h"
#include "px-content-kind.h"
#include "px-fetch-private.h"
#include "px-html-private.h"
#include "px-metadata-private.h"
#include "px-readable-private.h"
#include "px-safe-text.h"
#include "px-words.h"

/* The longest line at the start of the text taken for a kicker or short
 * summary under a sure title (PX_HTML_HEADLINE_WORDS for the headline
 * under a guessed one).
 */
#define PX_EXTRACT_KICKER_WORDS 8

/* (an extended error domain: a failure carries its words) */
PX_WORDS_DEFINE_ERROR (PxExtractError, px_extract_error)

static void set_error_words (GError    **error,
                             int         code,
                             const char *format,
                             ...) G_GNUC_PRINTF (3, 4);

/* Sets @error to the extraction's failure @code, said by @format (the
 * message as the code writes it, N_(): translated here) and kept with its
 * words, so that a failure kept in the library is said again in the
 * language of the day it is read.
 */
static void
set_error_words (GError    **error,
                 int         code,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  GError *failure;
  va_list args;

  if (error == NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (_(format), args);
  va_end (args);
  failure = g_error_new_literal (PX_EXTRACT_ERROR, code, message);
  va_start (args, format);
  px_extract_error_set_words (failure, px_words_newv (NULL, format, args));
  va_end (args);
  g_propagate_error (error, failure);
}

/* A headline of fewer words than this may be a phrase of a sentence. */
#define PX_EXTRACT_HEADLINE_LINE_WORDS 3
/* How much longer than the headline its line may be. */
#define PX_EXTRACT_HEADLINE_LINE_EXTRA 80

/* TRUE when @text is the headline's own line with what stands beside it
 * on the page run into it: a time stamp, a byline, a count of views or
 * comments ("Article published Wednesday, January 2, 2008 Pay deal
 * agreed", "Pay deal agreed Jane Doe Wednesday, January 16, 2008"). It
 * holds the whole headline and is no sentence of its own.
 */
static gboolean
is_headline_line (const char *text,
                  const char *title)
{
  g_autofree char *squashed_title = NULL;
  g_autofree char *squashed = NULL;
  gsize len = strlen (text);
  guint words = 1;

  if (title == NULL || len == 0 || len > strlen (title) + PX_EXTRACT_HEADLINE_LINE_EXTRA
      || strchr (".!?\"", text[len - 1]) != NULL || g_str_has_suffix (text, "\u201d"))
    return FALSE;
  for (const char *p = title; *p != '\0'; p++)
    words += *p == ' ';
  if (words < PX_EXTRACT_HEADLINE_LINE_WORDS)
    return FALSE;
  squashed_title = _px_html_squash (title);
  squashed = _px_html_squash (text);
  return strlen (squashed) > strlen (squashed_title) && strstr (squashed, squashed_title) != NULL;
}

/* How far into the first paragraph a dateline may run before the name
 * that opens the first sentence.
 */
#define PX_EXTRACT_DATELINE_BYTES 160

/* @text as a byline, without the outlet's name after it, unless it names
 * the outlet rather than a person.
 */
static char *
person_byline (const char *text,
               const char *outlet)
{
  g_autofree char *byline = _px_metadata_clean_byline (text);

  _px_metadata_drop_byline_outlet (byline, outlet, NULL);
  if (_px_metadata_byline_names_outlet (byline, outlet, NULL))
    return NULL;
  return g_steal_pointer (&byline);
}

/* TRUE when the byline @text credits the outlet itself, no person */
static gboolean
credits_outlet (const char *text,
                const char *outlet)
{
  g_autofree char *byline = text != NULL ? _px_metadata_clean_byline (text) : NULL;

  return byline != NULL && outlet != NULL && _px_metadata_byline_names_outlet (byline, outlet, NULL);
}

/* The weekday named on @line (0 for none, 1 for Monday to 7 for Sunday). */
static int
named_weekday (const char *line)
{
  for (const char *p = line; *p != '\0'; p++)
    if ((p == line || !g_ascii_isalpha (p[-1])) && g_ascii_isalpha (*p))
      {
        gsize len = strspn (p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
        int weekday = _px_calendar_weekday (p, len);

        if (weekday != 0)
          return weekday;
        p += len - 1;
      }
  return 0;
}

/* The date a stamp without its year states, on a page that gives no
 * other: a byline's ("Sat Dec 29, 10:10 AM ET", "Tuesday 10:32 ET"), a
 * stamp line's, else the dateline the text opens with ("ISLAMABAD, Jan
 * 14 (Reuters) -"), read against the time the page was read at
 * (@read_at: fetched or saved) or the latest day it states (@page_day):
 * _px_metadata_yearless_date().
 */
static char *
yearless_published (GPtrArray   *paragraphs,
                    const char **lines,
                    guint        n_lines,
                    const char  *page_day,
                    const char  *read_at,
                    PxDayOrder   order)
{
  for (guint i = 0; i < n_lines; i++)
    {
      g_auto(GStrv) parts = lines[i] != NULL ? g_strsplit (lines[i], "\n", 8) : NULL;

      for (guint k = 0; parts != NULL && parts[k] != NULL; k++)
        {
          char *date = _px_metadata_yearless_date (parts[k], page_day, read_at, order, FALSE);

          if (date != NULL)
            return date;
        }
    }
  if (paragraphs->len > 0)
    return _px_metadata_yearless_date (g_ptr_array_index (paragraphs, 0), page_day, read_at, order, TRUE);
  return NULL;
}

/* _px_metadata_line_dates() on a line taken from the page's text, where
 * the page's order of day and month is not known: a date in figures that
 * reads as two days ("08/01/2008") is taken in the order the weekday on
 * the line tells ("Monday | 07/01/2008"), else as the reader guesses when
 * @guess, else not at all.
 */
static void
line_dates_sure (const char  *line,
                 PxDayOrder   order,
                 gboolean     guess,
                 char       **published,
                 char       **updated)
{
  g_autofree char *day_first = NULL;
  g_autofree char *month_first = NULL;
  g_autofree char *day_first_update = NULL;
  g_autofree char *month_first_update = NULL;
  int weekday;

  if (line == NULL)
    return;
  if (order != PX_DAY_ORDER_UNKNOWN)
    {
      _px_metadata_line_dates (line, order, published, updated);
      return;
    }
  _px_metadata_line_dates (line, PX_DAY_ORDER_DAY_FIRST, &day_first, &day_first_update);
  _px_metadata_line_dates (line, PX_DAY_ORDER_MONTH_FIRST, &month_first, &month_first_update);
  if (g_strcmp0 (day_first, month_first) == 0 && g_strcmp0 (day_first_update, month_first_update) == 0)
    {
      _px_metadata_line_dates (line, order, published, updated);
      return;
    }
  weekday = named_weekday (line);
  if (weekday == 0)
    {
      if (guess)
        _px_metadata_line_dates (line, order, published, updated);
      return;
    }
  {
    const char *pick[2][2] = { { day_first, day_first_update }, { month_first, month_first_update } };

    for (guint i = 0; i < 2; i++)
      {
        const char *date = pick[i][0] != NULL ? pick[i][0] : pick[i][1];
        g_autoptr(GDateTime) when = NULL;
        g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
        g_autofree char *day = date != NULL ? g_strdup_printf ("%.10sT12:00:00Z", date) : NULL;

        if (day == NULL || (when = g_date_time_new_from_iso8601 (day, utc)) == NULL
            || g_date_time_get_day_of_week (when) != weekday)
          continue;
        if (published != NULL && *published == NULL && pick[i][0] != NULL)
          *published = g_strdup (pick[i][0]);
        if (updated != NULL && *updated == NULL && pick[i][1] != NULL)
          *updated = g_strdup (pick[i][1]);
        return;
      }
  }
}

/* Sets @article's update to *@updated when it has none and *@updated is
 * later than its publication: an update no later is none.
 */
static void
take_later_update (PxArticle  *article,
                   char      **updated)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) since = NULL;

  if (article->updated != NULL || *updated == NULL || article->published == NULL)
    return;
  utc = g_time_zone_new_utc ();
  when = g_date_time_new_from_iso8601 (*updated, utc);
  since = g_date_time_new_from_iso8601 (article->published, utc);
  if (when != NULL && since != NULL && g_date_time_compare (when, since) > 0)
    article->updated = g_steal_pointer (updated);
}

/* TRUE when @byline opens the first sentence of @text, after a dateline
 * if there is one ("AARHUS, Denmark, May 7, 2024 /PRNewswire/ -- Northwind
 * Robotics, a maker of ..."): the company a press release is about, which
 * its page gives as the author. Writers do not open their own reports
 * with their name.
 */
static gboolean
opens_first_sentence (const char *byline,
                      const char *text)
{
  gsize len = byline != NULL ? strlen (byline) : 0;
  const char *hit;
  const char *before;
  gunichar last;

  if (len == 0 || text == NULL)
    return FALSE;
  hit = g_strstr_len (text, PX_EXTRACT_DATELINE_BYTES + len, byline);
  if (hit == NULL || g_ascii_isalnum (hit[len]))
    return FALSE;
  before = hit;
  while (before > text && before[-1] == ' ')
    before--;
  if (before == text)
    return TRUE;
  /* a dateline ends in a dash or a colon */
  last = g_utf8_get_char (g_utf8_find_prev_char (text, before));
  return last == '-' || last == ':' || last == 0x2013 || last == 0x2014;
}

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0;
}

/* Collapses runs of white space to one space and trims the ends. */
static char *
collapse_space (const char *text,
                gsize       len)
{
  GString *out = g_string_sized_new (len);
  gboolean pending_space = FALSE;
  const char *end = text + len;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_space (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The lines at a plain text's start looked at for stamps and bylines:
 * a headline, a standfirst of a sentence or two, a stamp, a byline.
 */
#define PX_EXTRACT_HEAD_LINES 6
/* How far into a plain text a line that is only a time stamp is taken
 * for one: under the headline, a standfirst and a photo's caption (the
 * development texts' stamps stand in their first six lines).
 */
#define PX_EXTRACT_STAMP_LINES 8

/* Keeps in *@date the earlier of it and @other (@later: the later), as
 * ISO 8601 dates: a day alone gives way to a time of that same day, the
 * more exact.
 */
static void
keep_date (char     **date,
           char      *other,
           gboolean   later)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;
  g_autofree char *owned = other;
  g_autofree char *a_text = NULL;
  g_autofree char *b_text = NULL;
  int order;

  if (other == NULL)
    return;
  if (*date == NULL)
    {
      *date = g_steal_pointer (&owned);
      return;
    }
  if (strncmp (*date, other, 10) == 0 && (strlen (*date) == 10) != (strlen (other) == 10))
    {
      if (strlen (*date) == 10)
        {
          g_free (*date);
          *date = g_steal_pointer (&owned);
        }
      return;
    }
  a_text = strlen (*date) == 10 ? g_strconcat (*date, "T00:00:00", NULL) : g_strdup (*date);
  b_text = strlen (other) == 10 ? g_strconcat (other, "T00:00:00", NULL) : g_strdup (other);
  a = g_date_time_new_from_iso8601 (a_text, utc);
  b = g_date_time_new_from_iso8601 (b_text, utc);
  if (a == NULL || b == NULL)
    return;
  order = g_date_time_compare (b, a);
  if (later ? order > 0 : order < 0)
    {
      g_free (*date);
      *date = g_steal_pointer (&owned);
    }
}

/* A plain text's head (its first lines, as a page saved as text or a
 * wire copy gives them) holds time stamps, datelines on their own lines
 * and bylines: they are read as the article's dates and byline. Those
 * above the first line of text are taken out of it, as a page's are, so
 * that none becomes the headline or a claim of one outlet. A line that is
 * only a stamp under the headline, a standfirst or a caption, within the
 * text's first lines, is read too: the earliest publication a stamp gives
 * is the date, the latest update the update, if later. It stays where it
 * stands: taken out, the pair model's place features, fitted on texts
 * that hold their stamps, join the ECB+ development texts' sentences
 * worse (MCC 0.796 -> 0.760, every text placed right; docs/benchmarks.md,
 * stamps29), and the comparison takes a stamp for page furniture and
 * links it to nothing. @paragraphs and @spans (their places in the file)
 * keep what is left. A text of nothing else keeps what it has.
 */
static void
read_plain_head (PxArticle *article,
                 GPtrArray *paragraphs,
                 GArray    *spans)
{
  guint kept = 0;
  guint n = paragraphs->len;
  guint head = MIN (n, PX_EXTRACT_HEAD_LINES);
  guint seen = 0;
  PxDayOrder order;

  /* a text tells the order of its dates in figures by its own */
  for (guint i = 0; i < n; i++)
    _px_metadata_note_day_orders (g_ptr_array_index (paragraphs, i), &seen);
  order = _px_metadata_day_order (seen, NULL, 0, NULL);

  for (guint i = 0; i < n; i++)
    {
      char *text = g_ptr_array_index (paragraphs, i);
      PxHeadLine line = i < head ? _px_furniture_head_line (text) : PX_HEAD_LINE_TEXT;
      gboolean stamp = i < PX_EXTRACT_STAMP_LINES && _px_furniture_is_stamp_line (text);
      /* above the first line kept, what is not text goes; below it a
       * stamp is read and stays (see above)
       */
      gboolean out = kept == 0 && (line != PX_HEAD_LINE_TEXT || stamp) && i + 1 < n;

      if (stamp)
        line = PX_HEAD_LINE_STAMP;
      if (line == PX_HEAD_LINE_STAMP)
        {
          char *published = NULL;
          char *updated = NULL;
          const char *by = stamp ? strstr (text, " by ") : NULL;

          _px_metadata_line_dates (text, order, &published, &updated);
          keep_date (&article->published, published, FALSE);
          keep_date (&article->updated, updated, TRUE);
          /* "Posted on March 3, 2013 by Jane Doe" */
          if (by != NULL && article->byline == NULL)
            article->byline = _px_metadata_clean_byline (by + 1);
        }
      else if (line == PX_HEAD_LINE_BYLINE && article->byline == NULL)
        article->byline = _px_metadata_clean_byline (text);
      if (!out)
        {
          paragraphs->pdata[kept] = text;
          g_array_index (spans, PxSpan, kept) = g_array_index (spans, PxSpan, i);
          kept++;
        }
      else
        g_free (text);
    }
  for (guint i = kept; i < n; i++)
    paragraphs->pdata[i] = NULL;
  g_ptr_array_set_size (paragraphs, kept);
  g_array_set_size (spans, kept);
  /* an update no later than the publication is none */
  if (article->updated != NULL && article->published != NULL)
    {
      char *published = g_strdup (article->published);

      keep_date (&published, g_strdup (article->updated), TRUE);
      if (strcmp (published, article->published) == 0)
        g_clear_pointer (&article->updated, g_free);
      g_free (published);
    }
}

/* The text of a plain-text file from @from to @to, as the file has it,
 * character for character, so that offsets into the article's text
 * point at the file's own characters past the one shift of a head taken
 * out: every white-space character becomes one space, but for the line
 * ends between paragraphs (@paragraphs, PxSpan into @text), which stay.
 * Paragraphs then hold no line end, and lines of spaces separate them
 * (px_article_find_paragraphs()).
 */
static char *
file_text (const char *text,
           gsize       from,
           gsize       to,
           GArray     *paragraphs)
{
  GString *out = g_string_sized_new (to - from + 1);
  guint para = 0;

  for (const char *p = text + from; p < text + to; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize at = p - text;

      while (para < paragraphs->len && g_array_index (paragraphs, PxSpan, para).end <= at)
        para++;
      if (!is_space (c))
        g_string_append_unichar (out, c);
      else if (c == '\n' && (para == paragraphs->len || g_array_index (paragraphs, PxSpan, para).start > at))
        g_string_append_c (out, '\n');
      else
        g_string_append_c (out, ' ');
    }

  return g_string_free (out, FALSE);
}

/* Adds the paragraph of the file's @text from @start to @end, white
 * space collapsed, to @paragraphs and its place, trimmed, to @spans;
 * nothing when it is only white space.
 */
static void
add_paragraph (const char *text,
               const char *start,
               const char *end,
               GPtrArray  *paragraphs,
               GArray     *spans)
{
  char *para = collapse_space (start, end - start);
  const char *first = start;
  const char *last = end;
  PxSpan span;

  if (*para == '\0')
    {
      g_free (para);
      return;
    }
  while (is_space (g_utf8_get_char (first)))
    first = g_utf8_next_char (first);
  while (is_space (g_utf8_get_char (g_utf8_find_prev_char (first, last))))
    last = g_utf8_find_prev_char (first, last);
  span.start = first - text;
  span.end = last - text;
  g_array_append_val (spans, span);
  g_ptr_array_add (paragraphs, para);
}

PxArticle *
px_extract_plain_text (const char  *input,
                       const char  *text,
                       gsize        len,
                       GError     **error)
{
  g_autoptr(PxArticle) article = px_article_new (input);
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PxSpan));
  g_autofree char *valid = NULL;
  const char *p;

  if (memchr (text, '\0', len) != NULL)
    {
      set_error_words (error, PX_EXTRACT_ERROR_BINARY,
                       /* Translators: %s is a file or a web address; a NUL byte is the
                        * zero byte, which no text document contains */
                       N_("%s contains NUL bytes: it is not a text document"), input);
      return NULL;
    }

  valid = g_utf8_make_valid (text, len);
  p = valid;
  while (*p != '\0')
    {
      /* A paragraph ends at a line that holds only white space. */
      const char *start = p;
      const char *q = p;

      while (*q != '\0')
        {
          const char *nl = strchr (q, '\n');
          const char *next;

          if (nl == NULL)
            {
              q += strlen (q);
              break;
            }
          next = nl + 1;
          while (*next == ' ' || *next == '\t' || *next == '\r')
            next++;
          if (*next == '\n' || *next == '\0')
            {
              q = nl;
              break;
            }
          q = next;
        }

      add_paragraph (valid, start, q, paragraphs, spans);

      p = q;
      while (*p == '\n' || *p == '\r' || *p == ' ' || *p == '\t')
        p++;
    }

  if (paragraphs->len == 0)
    {
      g_set_error (error, PX_EXTRACT_ERROR, PX_EXTRACT_ERROR_EMPTY,
                   /* Translators: %s is a file or a web address */
                   _("%s is empty: there is no text in it"), input);
      return NULL;
    }

  /* the head taken out is a prefix: the text is the file's from there on */
  read_plain_head (article, paragraphs, spans);
  px_article_take_text (article, file_text (valid, g_array_index (spans, PxSpan, 0).start,
                                            g_array_index (spans, PxSpan, spans->len - 1).end, spans));
  /* A first short line without a final stop reads as the headline. */
  {
    const PxSpan *first = &g_array_index (article->paragraphs, PxSpan, 0);
    gsize flen = first->end - first->start;

    if (article->paragraphs->len > 1 && flen < 200 && !strchr (".!?", article->text[first->end - 1]))
      article->title = g_strndup (article->text + first->start, flen);
  }

  return g_steal_pointer (&article);
}

typedef struct
{
  htmlParserCtxtPtr ctxt;
  GCancellable *cancellable;
  guint elements;
  GString *styles; /* the text of the page's <style> elements, up to PX_EXTRACT_STYLE_MAX */
  PxParsedElements *parsed; /* the elements the fallback reads */
} ParseState;

/* Style sheets are read for the elements they hide, up to this much. */
#define PX_EXTRACT_STYLE_MAX (256 * 1024)

/* Script and style contents arrive as CDATA blocks; only JSON-LD, other
 * JSON and a starting state set on window are ever read, so the rest is
 * not kept in the tree at all (a saving of time and memory on pages that
 * carry megabytes of script). Style
 * sheets are kept aside as text, to be read for what they hide.
 */
static void
keep_structured_data_cb (void          *user_data,
                         const xmlChar *value,
                         int            len)
{
  htmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;
  const char *type;

  if (ctxt->node != NULL && _px_html_is (ctxt->node, "style"))
    {
      if (state->styles != NULL && state->styles->len < PX_EXTRACT_STYLE_MAX && len > 0)
        g_string_append_len (state->styles, (const char *) value,
                             MIN ((gsize) len, PX_EXTRACT_STYLE_MAX - state->styles->len));
      return;
    }
  if (ctxt->node != NULL && _px_html_is (ctxt->node, "script")
      && (((type = _px_html_attr (ctxt->node, "type")) != NULL && strstr (type, "json") != NULL)
          || ctxt->node->children != NULL || _px_html_is_state_assignment ((const char *) value, len)))
    xmlSAX2CDataBlock (user_data, value, len);
}

/* xmlSAX2StartElement() as libxml2 (2.9) runs it for HTML, with the
 * element's name taken from the parser's dictionary rather than copied:
 * libxml2 splits every name at a colon ("o:p" becomes a "p" with a
 * namespace of no address) and hands the element a copy of its own to
 * free, a quarter of a million copies over a few hundred pages. A name
 * with a colon, and any parse that validates or whose page does not
 * share the parser's dictionary (start_document_cb()), still goes
 * through libxml2's own. An HTML element never has a namespace (libxml2
 * reads no xmlns attribute in HTML), so none is looked for.
 */
static void
add_element (htmlParserCtxtPtr ctxt,
             const xmlChar    *name,
             const xmlChar   **attributes)
{
  xmlNode *parent = ctxt->node;
  xmlNode *node;

  if (ctxt->myDoc == NULL || ctxt->validate || ctxt->dict == NULL || ctxt->myDoc->dict != ctxt->dict
      || ctxt->myDoc->extSubset != NULL || (ctxt->myDoc->intSubset != NULL && ctxt->myDoc->intSubset->attributes != NULL)
      || strchr ((const char *) name, ':') != NULL)
    {
      xmlSAX2StartElement (ctxt, name, attributes);
      return;
    }
  /* the names libxml2 implies (html, body, p ...) are no dictionary's */
  if (!xmlDictOwns (ctxt->dict, name))
    name = xmlDictLookup (ctxt->dict, name, -1);
  node = name != NULL ? xmlNewDocNodeEatName (ctxt->myDoc, NULL, (xmlChar *) name, NULL) : NULL;
  if (node == NULL)
    {
      /* out of memory: libxml2 says so and stops */
      xmlStopParser (ctxt);
      return;
    }
  if (ctxt->myDoc->children == NULL)
    xmlAddChild ((xmlNode *) ctxt->myDoc, node);
  else if (parent == NULL)
    parent = ctxt->myDoc->children;
  ctxt->nodemem = -1;
  if (ctxt->linenumbers && ctxt->input != NULL)
    node->line = (unsigned short) MIN (ctxt->input->line, 65535);
  /* refused (out of memory, or too deep for a parse without
   * XML_PARSE_HUGE): libxml2 has stopped the parser, and the element is
   * dropped as its own builder drops it */
  if (nodePush (ctxt, node) < 0)
    {
      xmlUnlinkNode (node);
      xmlFreeNode (node);
      return;
    }
  if (parent != NULL)
    {
      if (parent->type == XML_ELEMENT_NODE)
        xmlAddChild (parent, node);
      else
        xmlAddSibling (parent, node);
    }
  /* each attribute as libxml2 makes one in HTML: no namespace, no ID
   * kept (start_document_cb()), a value normalised by no declaration (an
   * HTML page's doctype declares none), a boolean one ("<input checked>")
   * valued with its own name
   */
  for (guint i = 0; attributes != NULL && attributes[i] != NULL; i += 2)
    {
      const xmlChar *attribute = attributes[i];
      const xmlChar *value = attributes[i + 1];
      xmlAttr *prop;

      if (value == NULL && htmlIsBooleanAttr (attribute))
        value = attribute;
      if (!xmlDictOwns (ctxt->dict, attribute))
        attribute = xmlDictLookup (ctxt->dict, attribute, -1);
      prop = attribute != NULL ? xmlNewNsPropEatName (node, NULL, (xmlChar *) attribute, NULL) : NULL;
      if (prop == NULL)
        {
          xmlStopParser (ctxt);
          return;
        }
      if (value != NULL)
        {
          prop->children = prop->last = xmlNewDocText (ctxt->myDoc, value);
          if (prop->children != NULL)
            prop->children->parent = (xmlNode *) prop;
        }
    }
}

#define PX_EXTRACT_MAX_ATTRIBUTES 64

/* Every few hundred elements, a cancelled extraction stops the parser. */
static void
start_element_cb (void           *user_data,
                  const xmlChar  *name,
                  const xmlChar **attributes)
{
  htmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;
  const xmlChar *kept[2 * PX_EXTRACT_MAX_ATTRIBUTES + 2];
  guint n = 0;
  xmlNode *parent;

  if ((++state->elements & 0xff) == 0 && state->cancellable != NULL
      && g_cancellable_is_cancelled (state->cancellable))
    {
      xmlStopParser (ctxt);
      return;
    }

  if (attributes != NULL)
    {
      for (guint i = 0; attributes[i] != NULL; i += 2)
        {
          if (n == 2 * PX_EXTRACT_MAX_ATTRIBUTES)
            break;
          if (_px_html_is_attribute_read ((const char *) name, (const char *) attributes[i]))
            {
              kept[n++] = attributes[i];
              kept[n++] = attributes[i + 1];
            }
        }
      kept[n] = NULL;
    }
  parent = ctxt->node;
  add_element (ctxt, name, attributes != NULL ? kept : NULL);
  /* the elements the fallback reads, as they are made */
  if (ctxt->node != parent && ctxt->node != NULL && (name[0] == 's' || name[0] == 't' || name[0] == 'n' || name[0] == 'i'))
    {
      if (strcmp ((const char *) name, "script") == 0)
        g_ptr_array_add (state->parsed->scripts, ctxt->node);
      else if (strcmp ((const char *) name, "textarea") == 0)
        g_ptr_array_add (state->parsed->textareas, ctxt->node);
      else if (strcmp ((const char *) name, "noscript") == 0 || strcmp ((const char *) name, "template") == 0
               || strcmp ((const char *) name, "noframes") == 0)
        g_ptr_array_add (state->parsed->noscripts, ctxt->node);
      else if (strcmp ((const char *) name, "iframe") == 0)
        g_ptr_array_add (state->parsed->iframes, ctxt->node);
    }
  /* the rules of two <style> elements never run together */
  if (state->styles != NULL && state->styles->len > 0 && strcmp ((const char *) name, "style") == 0)
    g_string_append_c (state->styles, '\n');
}

/* Nothing looks an element up by its id: libxml2 need not keep a table
 * of the page's ids (a hash table entry for every id attribute, and a
 * check of every attribute for being one).
 */
static void
start_document_cb (void *user_data)
{
  htmlParserCtxtPtr ctxt = user_data;

  xmlSAX2StartDocument (user_data);
  ctxt->loadsubset |= XML_SKIP_IDS;
  /* The page shares the parser's dictionary, as libxml2's XML pages do
   * and its HTML ones do not: element names are then the dictionary's
   * (add_element()), and with HTML_PARSE_COMPACT a text shorter than
   * two pointers (the blanks between tags, mostly) is kept inside its
   * node rather than copied. Nothing here writes into a node's text.
   */
  if (ctxt->myDoc != NULL && ctxt->myDoc->dict == NULL && ctxt->dict != NULL)
    {
      ctxt->myDoc->dict = ctxt->dict;
      xmlDictReference (ctxt->dict);
      ctxt->dictNames = 1;
    }
}

/* libxml2 (2.9) sets up its globals the first time a parser is made,
 * without a lock: two pages parsed at once in a fresh process (the window's
 * and the CLI's loader threads) could both make the dictionary's mutex and
 * then wait on it for ever. Set up once, before any parser.
 */
static void
init_libxml (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      xmlInitParser ();
      g_once_init_leave (&done, 1);
    }
}

/* how far into the file a saving tool's note is looked for */
#define PX_EXTRACT_NOTE_BYTES 2048

/* The date in a saving tool's note at the top of a saved page ("<!--
 * Page saved with SingleFile ... saved date: Tue Mar 04 2025 14:00:00
 * GMT+0000 (...) -->"), the text after the label up to the bracket or the
 * line's end; NULL when there is none. Read before parsing, as comments
 * are emptied then.
 */
static char *
saved_date_note (const char *html,
                 gsize       len)
{
  gsize n = MIN (len, (gsize) PX_EXTRACT_NOTE_BYTES);
  const char *open = g_strstr_len (html, n, "<!--");
  const char *at;
  const char *end;

  if (open == NULL || (at = g_strstr_len (open, n - (open - html), "saved date:")) == NULL)
    return NULL;
  end = g_strstr_len (open, n - (open - html), "-->");
  if (end != NULL && end < at)
    return NULL;
  at += strlen ("saved date:");
  while (at < html + n && *at == ' ')
    at++;
  for (end = at; end < html + n && *end != '(' && *end != '\r' && *end != '\n' && *end != '\0'; end++)
    ;
  return g_strstrip (g_strndup (at, end - at));
}

static htmlDocPtr
parse_html (const char        *input,
            const char        *html,
            gsize              len,
            const char        *url,
            GCancellable      *cancellable,
            GHashTable       **hidden_ids_out,
            PxParsedElements  *elements,
            GError           **error)
{
  g_autofree char *tamed = NULL;
  GError *local_error = NULL;
  ParseState state = { 0 };
  htmlParserCtxtPtr ctxt;
  htmlDocPtr doc;
  gsize tamed_len = len;

  init_libxml ();
  tamed = _px_html_tame (html, len, &tamed_len, cancellable, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (tamed != NULL)
    html = tamed;
  len = tamed_len;
  if (len > G_MAXINT)
    {
      g_autofree char *size = _px_format_size (len);

      g_set_error (error, PX_EXTRACT_ERROR, PX_EXTRACT_ERROR_PARSE,
                   /* Translators: the first %s is a file or a web address, the
                    * second its size ("2.0 GiB") */
                   _("%s is too large to read (%s)"), input, size);
      return NULL;
    }

  ctxt = htmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      /* Translators: %s is a file or a web address */
      g_set_error (error, PX_EXTRACT_ERROR, PX_EXTRACT_ERROR_PARSE, _("%s could not be read"), input);
      return NULL;
    }
  state.ctxt = ctxt;
  state.cancellable = cancellable;
  state.styles = g_string_new (NULL);
  state.parsed = elements;
  ctxt->_private = &state;
  ctxt->sax->cdataBlock = keep_structured_data_cb;
  ctxt->sax->startElement = start_element_cb;
  ctxt->sax->startDocument = start_document_cb;

  /* XML_PARSE_HUGE lifts libxml2's limits on text node size and tree
   * depth: without it libxml2 2.9.14 silently drops what is nested deeper
   * than 256 elements and cuts text nodes at 10,000,000 bytes. Every walk
   * over the tree in this file and its helpers is iterative.
   */
  doc = htmlCtxtReadMemory (ctxt, html, (int) len, url, "UTF-8",
                            HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                              | HTML_PARSE_RECOVER | HTML_PARSE_COMPACT | XML_PARSE_HUGE);
  htmlFreeParserCtxt (ctxt);
  *hidden_ids_out = _px_readable_hidden_ids (state.styles->str, state.styles->len);
  g_string_free (state.styles, TRUE);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_clear_pointer (hidden_ids_out, g_hash_table_unref);
      return NULL;
    }
  return doc;
}

/* For the tests: the tree parse_html() builds of @html, to be freed with
 * xmlFreeDoc(); NULL where it builds none.
 */
htmlDocPtr
_px_extract_parse_tree (const char *html,
                        gsize       len)
{
  g_autoptr(GPtrArray) scripts = g_ptr_array_new ();
  g_autoptr(GPtrArray) textareas = g_ptr_array_new ();
  g_autoptr(GPtrArray) noscripts = g_ptr_array_new ();
  g_autoptr(GPtrArray) iframes = g_ptr_array_new ();
  PxParsedElements elements = { scripts, textareas, noscripts, iframes };
  g_autoptr(GHashTable) hidden_ids = NULL;

  return parse_html ("test", html, len, NULL, NULL, &hidden_ids, &elements, NULL);
}

static void
repair_text (char *text)
{
  gsize len;

  if (text == NULL || strchr (text, 0xC3) == NULL)
    return;
  len = strlen (text);
  px_charset_repair_double_encoding (text, &len);
}

/* Longest headline and outlet's name a message quotes, in characters:
 * a title of 10,000 characters is no message.
 */
#define PAGE_TITLE_MAX_CHARS 80
#define PAGE_OUTLET_MAX_CHARS 40

char *
px_extract_describe_page (const PxArticle *page)
{
  g_autofree char *title = NULL;
  g_autofree char *outlet = NULL;
  g_autofree char *safe_title = NULL;
  g_autofree char *safe_outlet = NULL;

  if (page == NULL)
    return NULL;
  if (!px_safe_text_is_blank (page->title))
    {
      title = px_safe_text_short_at_word (page->title, PAGE_TITLE_MAX_CHARS, FALSE);
      g_strstrip (title);
    }
  if (!px_safe_text_is_blank (page->outlet))
    {
      outlet = px_safe_text_short_at_word (page->outlet, PAGE_OUTLET_MAX_CHARS, FALSE);
      g_strstrip (outlet);
    }
  /* a headline in Arabic keeps its direction without turning the
   * message around it */
  if (title != NULL && title[0] != '\0')
    safe_title = px_safe_text_isolated (title);
  if (outlet != NULL && outlet[0] != '\0')
    safe_outlet = px_safe_text_isolated (outlet);

  if (safe_title != NULL && safe_outlet != NULL)
    /* Translators: a page that has no article text, by what it says it
     * is: its headline, then the outlet's name ("“Subscribe to read”
     * (Example Times)") */
    return g_strdup_printf (C_("page without text: headline, outlet", "“%s” (%s)"), safe_title, safe_outlet);
  if (safe_title != NULL)
    /* Translators: a page that has no article text, by its headline */
    return g_strdup_printf (C_("page without text: headline", "“%s”"), safe_title);
  if (safe_outlet != NULL)
    /* Translators: a page that has no article text and no headline, by
     * the outlet's name it gives ("a page of Example Times") */
    return g_strdup_printf (_("a page of %s"), safe_outlet);
  return NULL;
}

/* @fetched_at (nullable) is when a server sent the page: what a date
 * the page states without its year, or a weekday alone, is read against,
 * and a relative stamp counts from.
 */
static PxArticle *
extract_html (const char    *input,
              const char    *html,
              gsize          len,
              const char    *url,
              GDateTime     *fetched_at,
              GCancellable  *cancellable,
              PxArticle    **page_out,
              GError       **error)
{
  g_autoptr(PxArticle) article = px_article_new (input);
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autofree char *body_byline = NULL;
  g_autofree char *markup_byline = NULL;
  g_autofree char *line_byline = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *head_line = NULL;
  g_autoptr(GPtrArray) update_notes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *headline = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *above_stamps = NULL;
  g_autofree char *page_day = NULL;
  g_autofree char *fetched = fetched_at != NULL ? g_date_time_format (fetched_at, "%Y-%m-%dT%H:%M:%SZ") : NULL;
  g_autofree char *read_at = NULL;
  g_autoptr(GPtrArray) headed_dates = NULL;
  g_autoptr(GHashTable) hidden_ids = NULL;
  g_autoptr(GPtrArray) scripts = g_ptr_array_new ();
  g_autoptr(GPtrArray) textareas = g_ptr_array_new ();
  g_autoptr(GPtrArray) noscripts = g_ptr_array_new ();
  g_autoptr(GPtrArray) iframes = g_ptr_array_new ();
  PxParsedElements elements = { scripts, textareas, noscripts, iframes };
  gboolean title_sure = FALSE;
  gboolean updated_by_markup;
  PxDayOrder day_order;
  GError *local_error = NULL;
  htmlDocPtr doc;

  doc = parse_html (input, html, len, url, cancellable, &hidden_ids, &elements, &local_error);
  if (local_error != NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error (error, PX_EXTRACT_ERROR, PX_EXTRACT_ERROR_NO_CONTENT,
                   /* Translators: %s is a file or a web address */
                   _("%s has no HTML document in it"), input);
      return NULL;
    }

  {
    g_autofree char *saved_at = saved_date_note (html, len);

    _px_metadata_read (doc, url, saved_at, fetched, article, &headed_dates, &markup_byline, &title_sure, &day_order);
    /* a saved copy's note says when its page was read, a fetch when it
     * was sent */
    read_at = _px_metadata_saved_date (saved_at);
    if (read_at == NULL)
      read_at = g_steal_pointer (&fetched);
    updated_by_markup = article->updated != NULL;
  }
  paragraphs = _px_readable_paragraphs (doc, hidden_ids, article->title, &body_byline, title_sure ? NULL : &headline, &summary,
                                        &above_stamps);
  {
    g_autofree char *fallback_byline = NULL;
    GPtrArray *fallback = _px_fallback_paragraphs (doc, &elements, hidden_ids, article->title, paragraphs, &fallback_byline);

    if (fallback != NULL)
      {
        g_ptr_array_unref (paragraphs);
        paragraphs = fallback;
        /* a headline above a body that was not the article's is none */
        g_clear_pointer (&headline, g_free);
        if (body_byline == NULL)
          body_byline = g_steal_pointer (&fallback_byline);
      }
  }
  if (headline != NULL)
    {
      g_free (article->title);
      article->title = px_safe_text_line (headline, -1);
    }
  /* the date under the headline, when nothing else dates the page */
  if (article->published == NULL && article->title != NULL && headed_dates != NULL)
    {
      g_autofree char *title = _px_html_squash (article->title);

      for (guint i = 0; i + 1 < headed_dates->len && article->published == NULL && *title != '\0'; i += 2)
        {
          g_autofree char *heading = _px_html_squash (g_ptr_array_index (headed_dates, i));

          if (strcmp (heading, title) == 0)
            _px_metadata_line_dates (g_ptr_array_index (headed_dates, i + 1), day_order, &article->published, NULL);
        }
    }
  /* else the stamps between the headline and the body, each on a line
   * of its own ("Created: ...", "Last Edited: ...")
   */
  
  if (above_stamps != NULL && (article->published == NULL || article->updated == NULL))
    {
      g_auto(GStrv) lines = g_strsplit (above_stamps, "\n", -1);
      g_autofree char *published = NULL;
      g_autofree char *updated = NULL;

      for (guint i = 0; lines[i] != NULL; i++)
        line_dates_sure (lines[i], day_order, FALSE, &published, &updated);
      if (article->published == NULL)
        article->published = g_steal_pointer (&published);
      take_later_update (article, &updated);
    }
  /* what a date without its year is read against, when nothing dates
   * the page yet
   */
  if (article->published == NULL)
    page_day = _px_metadata_latest_stated_day (xmlDocGetRootElement (doc));
  xmlFreeDoc (doc);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* structured data first, then a byline inside the article, then any,
   * then a "By" line in the text
   */
  if (article->byline == NULL)
    article->byline = person_byline (body_byline, article->outlet);
  /* (not when the article's own credit is the outlet: a name marked as a
   * byline elsewhere on the page is a columnist's in a promotion box)
   */
  if (article->byline == NULL && !credits_outlet (body_byline, article->outlet))
    article->byline = person_byline (markup_byline, article->outlet);
  /* paragraphs that may state an update, before the furniture rules take
   * editors' notes and stamps out of the text
   */
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *text = g_ptr_array_index (paragraphs, i);
      g_autofree char *head = g_ascii_strdown (text, MIN (strlen (text), PX_METADATA_UPDATE_NOTE_CHARS));

      if (strstr (head, "updat") != NULL)
        g_ptr_array_add (update_notes, g_strdup (text));
    }
  _px_furniture_filter (paragraphs, article->byline, &line_byline, &stamp, &head_line);
  if (article->byline == NULL)
    article->byline = person_byline (line_byline, article->outlet);
  /* an update's clock alone takes the day of its line's date ("March 5,
   * 2024 2:29 PM | Updated 4:10 PM EST")
   */
  if (!updated_by_markup && stamp != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (stamp, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          char *updated = NULL;

          _px_metadata_line_dates (lines[i], day_order, NULL, &updated);
          keep_date (&article->updated, updated, TRUE);
        }
      /* the latest of the stamps the text shows is the update, where the
       * markup gives none; the first line stands for the stamp below
       */
      stamp[strcspn (stamp, "\n")] = '\0';
    }
  if (article->updated == NULL && stamp != NULL)
    article->updated = _px_metadata_stamp_date (stamp);
  /* A byline that carries its time stamp after the name ("By Jane Doe -
   * 11/19/19 03:33 PM EST", as The Hill prints it) dates the article when
   * nothing else on the page does.
   */
  if (article->published == NULL)
    {
      const char *lines[] = { body_byline, markup_byline, line_byline };

      for (guint i = 0; i < G_N_ELEMENTS (lines) && article->published == NULL; i++)
        line_dates_sure (lines[i], day_order, TRUE, &article->published, NULL);
    }
  /* else the stamps that head the text, a line each: the publication's,
   * and the update's when it is later ("Last Edited: ..." over "Created:
   * ...")
   */
  if (head_line != NULL && (article->published == NULL || article->updated == NULL))
    {
      g_auto(GStrv) heads = g_strsplit (head_line, "\n", -1);
      g_autofree char *published = NULL;
      g_autofree char *updated = NULL;

      for (guint i = 0; heads[i] != NULL; i++)
        line_dates_sure (heads[i], day_order, i == 0, &published, i > 0 || article->published == NULL ? &updated : NULL);
      if (article->published == NULL)
        article->published = g_steal_pointer (&published);
      take_later_update (article, &updated);
    }
  if (article->published == NULL && (page_day != NULL || read_at != NULL))
    article->published = yearless_published (paragraphs, (const char *[]) { body_byline, markup_byline, line_byline,
                                                                          head_line, stamp }, 5, page_day, read_at,
                                              day_order);
  /* an update's clock alone ("Updated at 10:40 p.m.") on the day the
   * article was published, in its zone, when it is later than that (a
   * time in UTC is no clock of the page's own zone)
   */
  if (article->updated == NULL && stamp != NULL && article->published != NULL
      && strlen (article->published) >= 19 && !g_str_has_suffix (article->published, "Z"))
    {
      g_autofree char *day = g_strndup (article->published, 10);
      g_autofree char *dated = g_strconcat (day, " | ", stamp, NULL);
      g_autofree char *updated = NULL;

      _px_metadata_line_dates (dated, day_order, NULL, &updated);
      if (updated != NULL && strlen (updated) == 19 && strncmp (updated, article->published, 19) > 0)
        article->updated = g_strconcat (updated, article->published + 19, NULL);
    }
  /* else an update the text states ("Update, March 6, 9:15 a.m.: ...",
   * "Editor's note: This story was updated ..."): the first, as a live
   * page's latest stands at the top (one at the foot is the only one)
   */
  for (guint i = 0; i < update_notes->len && article->updated == NULL; i++)
    article->updated = _px_metadata_text_update (g_ptr_array_index (update_notes, i), day_order, article->published);
  /* A line like a headline where the text starts is the headline, or what
   * stands around it (a kicker, a credit, a short summary): not the
   * article's text. Under a guessed title, it is the title. A summary of a
   * sentence's length stays (RT's, Reuters' "Summary" lines), and so does
   * one the page names as its summary, however short.
   */
  if (paragraphs->len >= 3 && g_strcmp0 (summary, g_ptr_array_index (paragraphs, 0)) != 0
      && _px_html_reads_like_headline (g_ptr_array_index (paragraphs, 0),
                              title_sure || headline != NULL ? PX_EXTRACT_KICKER_WORDS : PX_HTML_HEADLINE_WORDS))
    {
      if (!title_sure && headline == NULL)
        {
          g_free (article->title);
          article->title = px_safe_text_line (g_ptr_array_index (paragraphs, 0), -1);
        }
      g_ptr_array_remove_index (paragraphs, 0);
    }

  if (paragraphs->len >= 3 && is_headline_line (g_ptr_array_index (paragraphs, 0), article->title))
    g_ptr_array_remove_index (paragraphs, 0);

  if (paragraphs->len == 0)
    {
      g_autofree char *page = NULL;

      /* What the page said about itself stays: a login wall, a video or an
       * index page is still named by its headline and its outlet.
       */
      repair_text (article->title);
      repair_text (article->byline);
      page = px_extract_describe_page (article);
      if (page != NULL)
        g_set_error (error, PX_EXTRACT_ERROR, PX_EXTRACT_ERROR_NO_CONTENT,
                     /* Translators: the first %s is a file or a web address of a
                      * page in which Parallax could not tell where the article's
                      * text is; the second what the page says it is ("“Subscribe
                      * to read” (Example Times)") */
                     _("%s has no article text that could be found: the page is %s"), input, page);
      else
        g_set_error (error, PX_EXTRACT_ERROR, PX_EXTRACT_ERROR_NO_CONTENT,
                     /* Translators: %s is a file or a web address of a page in which
                      * Parallax could not tell where the article's text is */
                     _("%s has no article text that could be found"), input);
      if (page_out != NULL)
        *page_out = g_steal_pointer (&article);
      return NULL;
    }
  if (opens_first_sentence (article->byline, g_ptr_array_index (paragraphs, 0)))
    g_clear_pointer (&article->byline, g_free);
  /* text that went through windows-1252 once, written as entities
   * ("&acirc;&euro;&oelig;"): the bytes were undone before parsing
   */
  for (guint i = 0; i < paragraphs->len; i++)
    repair_text (g_ptr_array_index (paragraphs, i));
  repair_text (article->title);
  repair_text (article->byline);
  px_article_set_paragraphs (article, paragraphs);

  return g_steal_pointer (&article);
}

PxArticle *
px_extract_html_cancellable (const char    *input,
                             const char    *html,
                             gsize          len,
                             const char    *url,
                             GCancellable  *cancellable,
                             GError       **error)
{
  return extract_html (input, html, len, url, NULL, cancellable, NULL, error);
}

PxArticle *
px_extract_html (const char  *input,
                 const char  *html,
                 gsize        len,
                 const char  *url,
                 GError     **error)
{
  return px_extract_html_cancellable (input, html, len, url, NULL, error);
}

static gboolean
is_plain_text_type (const char *content_type)
{
  return content_type != NULL && g_ascii_strcasecmp (content_type, "text/plain") == 0;
}

PxArticle *
px_extract_snapshot (const char  *input,
                     PxSnapshot  *snapshot,
                     GError     **error)
{
  return px_extract_snapshot_cancellable (input, snapshot, NULL, error);
}

PxArticle *
px_extract_snapshot_cancellable (const char    *input,
                                 PxSnapshot    *snapshot,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  return px_extract_snapshot_full (input, snapshot, cancellable, NULL, error);
}

/* Why @input, binary data, is not read: by what it is, when the bytes
 * say (a PDF, an image, an archive, whatever a file or a server's header
 * calls it), the same words in the CLI and in the window's column.
 */
static void
set_binary_error (GError     **error,
                  const char  *input,
                  const char  *data,
                  gsize        len,
                  gboolean     is_text)
{
  g_autofree char *kind = px_content_kind_describe (data, len, input);

  if (kind != NULL)
    set_error_words (error, PX_EXTRACT_ERROR_BINARY,
                     /* Translators: the first %s is a file or a web address, the
                      * second what kind of file it is, in the words of the system's
                      * list of file types (“PDF document”, “PNG image”) */
                     N_("%1$s is a file of the type “%2$s”, not a web page or text: "
                       "Parallax reads only web pages and plain text"), input, kind);
  else if (is_text)
    set_error_words (error, PX_EXTRACT_ERROR_BINARY,
                     /* Translators: %s is a file or a web address; a NUL byte is the
                      * zero byte, which no text document contains */
                     N_("%s contains NUL bytes: it is not a text document"), input);
  else
    set_error_words (error, PX_EXTRACT_ERROR_BINARY,
                     /* Translators: %s is a file or a web address; "binary data": bytes
                      * of an image, a program or an archive, not text */
                     N_("%s is binary data, not a web page or text"), input);
}

PxArticle *
px_extract_snapshot_full (const char    *input,
                          PxSnapshot    *snapshot,
                          GCancellable  *cancellable,
                          PxArticle    **page_out,
                          GError       **error)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (snapshot->body, &len);
  gboolean is_text = is_plain_text_type (snapshot->content_type);
  g_autofree char *utf8 = NULL;
  gsize utf8_len = 0;
  PxCharsetDecision decision = { NULL, PX_CHARSET_FROM_UNKNOWN, 0 };
  PxArticle *article;

  if (data == NULL || len == 0)
    {
      /* Translators: %s is a file or a web address */
      g_set_error (error, PX_EXTRACT_ERROR, PX_EXTRACT_ERROR_EMPTY, _("%s is empty"), input);
      return NULL;
    }

  if ((is_text && memchr (data, '\0', len) != NULL
       && !(len >= 2 && (memcmp (data, "\xff\xfe", 2) == 0 || memcmp (data, "\xfe\xff", 2) == 0)))
      || px_charset_looks_binary (data, len))
    {
      set_binary_error (error, input, data, len, is_text);
      return NULL;
    }

  utf8 = px_charset_to_utf8_full (data, len, snapshot->charset, !is_text, &utf8_len, &decision);
  /* Before the parser, which drops a raw ESC and keeps the rest of its
   * sequence as text ("Rates [31mheld").
   */
  utf8_len = px_safe_text_drop_escapes (utf8, utf8_len);

  if (is_text)
    article = px_extract_plain_text (input, utf8, utf8_len, error);
  else
    article = extract_html (input, utf8, utf8_len, snapshot->final_url, snapshot->fetched ? snapshot->fetched_at : NULL,
                            cancellable, page_out, error);
  /* The article carries how its bytes were read, for the window's note,
   * the library and the archived page to say and use the same.
   */
  if (article != NULL)
    {
      article->charset = g_steal_pointer (&decision.charset);
      article->charset_from = decision.from;
      article->n_replaced = decision.n_replaced;
    }
  px_charset_decision_clear (&decision);
  return article;
}
