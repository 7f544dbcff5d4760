/* px-metadata.c: an article's title, byline, time, address, language and
 * outlet
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "px-calendar-private.h"
#include "px-dates.h"
#include "px-html-private.h"
#include "px-metadata-private.h"
#include "px-readable-private.h"
#include "px-outlets.h"
#include "px-safe-text.h"

/* Structured data larger than this, or nested deeper, is not read: no
 * article's metadata needs it, and it keeps the JSON parser bounded.
 */
#define PX_METADATA_MAX_JSON (2 * 1024 * 1024)
#define PX_METADATA_MAX_JSON_DEPTH 64
#define PX_METADATA_MAX_SCRIPTS 32
#define PX_METADATA_MAX_VALUE 8192
#define PX_METADATA_MAX_HEADING 1024
#define PX_METADATA_MAX_HEADINGS 64
#define PX_METADATA_MAX_STAMP 120

typedef struct
{
  char *text;
  guint level;         /* 1 to 6 for <h1> to <h6>, 0 for an element named as a headline */
  char *date;          /* on a page with no <h1>: the first element named as the date after it */
  char *date_above;    /* an element named as the date right before it, its sibling */
} Heading;

/* how many elements named as the date above the <h1> are kept to read */
#define PX_METADATA_PRE_H1_DATES 4
/* how many elements marked as a byline are kept, in page order */
#define PX_METADATA_BYLINE_ELEMENTS 8
/* how many elements after an outlet's credit its writer's may stand */
#define PX_METADATA_CREDIT_NEAR 40
/* how many lines labelled as the publication's are kept */
#define PX_METADATA_PUBLISHED_LINES 4

static void
heading_clear (Heading *heading)
{
  g_free (heading->text);
  g_free (heading->date);
  g_free (heading->date_above);
}

typedef struct
{
  GHashTable *meta;    /* lower-cased name or property -> first content */
  char *title_tag;
  char *h1;
  guint n_h1;
  gboolean h1_linked; /* the <h1>'s text is all one link's */
  guint since_h1;      /* elements met since the first <h1> */
  guint since_heading; /* elements met since the last heading */
  GArray *headings;    /* Heading: h1 to h6 and elements named as headlines, in page order */
  char *canonical;
  char *base_href;
  char *lang;
  char *time_datetime; /* the first <time datetime> */
  char *time_pubdate;  /* a <time> marked as the publication time */
  char *itemprop_published;
  char *itemprop_modified;
  char *time_updated;  /* a <time> marked as the time of the last change */
  char *markup_date;   /* the text of an element named as the date ("10 Jun, 2025 08:14") */
  guint markup_date_at; /* elements from the <h1> to it */
  char *pre_h1_date;   /* the same just above the <h1>, in the headline's block */
  guint pre_h1_date_at; /* elements from it to the <h1> */
  guint elements;      /* elements met */
  xmlNode *pre_h1_nodes[PX_METADATA_PRE_H1_DATES]; /* the last elements named as the date before the <h1> */
  guint pre_h1_at[PX_METADATA_PRE_H1_DATES];        /* ... and when they were met */
  guint n_pre_h1;
  guint day_orders;    /* the orders of dates in figures the page's text proves */
  char *stamp_updated; /* a short line that says when the page changed ("Updated 1:39 am, …") */
  char *published_lines[PX_METADATA_PUBLISHED_LINES]; /* lines labelled "Published:", in page order */
  guint n_published_lines; /* how many such lines, all counted */
  gint64 ago_updated;  /* "Updated 2 hours ago": seconds before the page was shown, or -1 */
  gint64 ago_published; /* "Published 5 hours ago": the same */
  gint64 ago_plain;    /* the first "3 mins ago" under no label: the same */
  guint n_ago_plain;   /* how many of those */
  char *shown_at;      /* when the page was shown or saved, if it says so */
  const char *fetched_at; /* when it was fetched, if it was (ISO 8601, UTC) */
  char *itemprop_author;
  char *markup_byline; /* rel=author, class="byline" and the like */
  char *edited_byline; /* "Edited by Jane Doe" under the headline (a live page's) */
  char *headed_byline; /* "By Jane Doe" on a line of its own under the headline */
  char *byline_texts[PX_METADATA_BYLINE_ELEMENTS]; /* the first elements marked as a byline, in page order */
  char *byline_line; /* the line the first of them stands in: "Posted By: Jane Doe | December 13 2007 at 07:52 AM" */
  guint byline_at[PX_METADATA_BYLINE_ELEMENTS];    /* ... and when they were met */
  guint n_byline_texts;
  GPtrArray *json_ld;  /* script texts */

  /* from JSON-LD */
  char *ld_headline;
  char *ld_author;
  char *ld_published;
  char *ld_modified;
  char *ld_url;
  char *ld_publisher;
  char *ld_site;       /* an Organization or WebSite named beside the article */
  char *ld_language;
} Found;

static void
found_clear (Found *found)
{
  g_clear_pointer (&found->meta, g_hash_table_unref);
  g_free (found->title_tag);
  g_free (found->h1);
  g_clear_pointer (&found->headings, g_array_unref);
  g_free (found->canonical);
  g_free (found->base_href);
  g_free (found->lang);
  g_free (found->time_datetime);
  g_free (found->time_pubdate);
  g_free (found->itemprop_published);
  g_free (found->itemprop_modified);
  g_free (found->time_updated);
  g_free (found->markup_date);
  g_free (found->pre_h1_date);
  g_free (found->stamp_updated);
  for (guint i = 0; i < MIN (found->n_published_lines, PX_METADATA_PUBLISHED_LINES); i++)
    g_free (found->published_lines[i]);
  g_free (found->shown_at);
  g_free (found->itemprop_author);
  g_free (found->markup_byline);
  g_free (found->edited_byline);
  g_free (found->headed_byline);
  for (guint i = 0; i < found->n_byline_texts; i++)
    g_free (found->byline_texts[i]);
  g_free (found->byline_line);
  g_clear_pointer (&found->json_ld, g_ptr_array_unref);
  g_free (found->ld_headline);
  g_free (found->ld_author);
  g_free (found->ld_published);
  g_free (found->ld_modified);
  g_free (found->ld_url);
  g_free (found->ld_publisher);
  g_free (found->ld_site);
  g_free (found->ld_language);
}

static char *
bounded_value (const char *value)
{
  g_autofree char *cut = NULL;
  g_autofree char *unescaped = NULL;

  if (value == NULL)
    return NULL;
  cut = g_utf8_make_valid (value, MIN (strlen (value), PX_METADATA_MAX_VALUE));
  unescaped = _px_html_unescape (cut);
  return _px_html_collapse (unescaped, -1);
}

static void
set_once (char       **slot,
          const char  *value)
{
  if (*slot != NULL || value == NULL)
    return;
  *slot = bounded_value (value);
  if (**slot == '\0')
    g_clear_pointer (slot, g_free);
}

static void
add_meta (Found      *found,
          const char *key,
          const char *content)
{
  g_autofree char *lower = NULL;
  char *value;

  if (key == NULL || content == NULL || strlen (key) > 64)
    return;
  lower = g_ascii_strdown (key, -1);
  /* "dc:title" and "DC.title", "dcterms:created" and "DCTERMS.created" */
  if (g_str_has_prefix (lower, "dc:"))
    lower[2] = '.';
  else if (g_str_has_prefix (lower, "dcterms:"))
    lower[7] = '.';
  if (g_hash_table_contains (found->meta, lower))
    return;
  value = bounded_value (content);
  if (*value == '\0')
    {
      g_free (value);
      return;
    }
  g_hash_table_insert (found->meta, g_steal_pointer (&lower), value);
}

static void
read_meta (Found   *found,
           xmlNode *node)
{
  const char *content = _px_html_attr (node, "content");
  const char *keys[] = { "property", "name", "itemprop", "http-equiv" };

  if (content == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *key = _px_html_attr (node, keys[i]);
      g_auto(GStrv) many = NULL;

      if (key == NULL)
        continue;
      /* property="og:title twitter:title" names several at once */
      many = g_strsplit_set (key, " \t\n", 8);
      for (guint k = 0; many[k] != NULL; k++)
        if (*many[k] != '\0')
          add_meta (found, many[k], content);
    }
}

static gboolean
has_rel (const xmlNode *node,
         const char    *rel)
{
  const char *value = _px_html_attr (node, "rel");
  g_auto(GStrv) words = NULL;

  if (value == NULL)
    return FALSE;
  words = g_strsplit_set (value, " \t\n", 16);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_ascii_strcasecmp (words[i], rel) == 0)
      return TRUE;
  return FALSE;
}

static char *
script_text (xmlNode *node)
{
  GString *out = g_string_new (NULL);

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content != NULL)
      {
        if (out->len + strlen ((const char *) c->content) > PX_METADATA_MAX_JSON)
          break;
        g_string_append (out, (const char *) c->content);
      }
  return g_string_free (out, FALSE);
}

/* TRUE when @node's class says it holds the time of the last change
 * ("updated", "date-modified", hAtom's "updated").
 */
static gboolean
marks_change (const xmlNode *node)
{
  const char *klass = _px_html_attr (node, "class");
  g_autofree char *lower = NULL;

  if (klass == NULL || strlen (klass) > 256)
    return FALSE;
  lower = g_ascii_strdown (klass, -1);
  return strstr (lower, "updated") != NULL || strstr (lower, "modified") != NULL;
}

/* The class and id of an element in lower case, read once for the
 * several lists of words they are compared with.
 */
typedef struct
{
  char lower[2][512];
  gboolean any;
} Names;

static void
names_init (Names         *names,
            const xmlNode *node)
{
  const char *attrs[] = { _px_html_attr (node, "class"), _px_html_attr (node, "id") };

  names->any = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (attrs); i++)
    {
      gsize n = 0;

      if (attrs[i] != NULL)
        for (; attrs[i][n] != '\0' && n < sizeof names->lower[i] - 1; n++)
          names->lower[i][n] = _px_ascii_tolower (attrs[i][n]);
      names->lower[i][n] = '\0';
      names->any |= n > 0;
    }
}

/* TRUE when the class or id holds one of @words (lower case). */
static gboolean
names_hold (const Names        *names,
            const char * const *words)
{
  if (!names->any)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (names->lower); i++)
    if (names->lower[i][0] != '\0')
      for (guint k = 0; words[k] != NULL; k++)
        if (strstr (names->lower[i], words[k]) != NULL)
          return TRUE;
  return FALSE;
}

static gboolean
looks_like_byline (const xmlNode *node,
                   const Names   *names)
{
  static const char * const words[] = { "byline", "author", "writtenby", "dateline", "submitted", NULL };
  /* the attributes of pages built by script name their parts for
   * their tests and styles, not by class: data-testid="AuthorByline"
   */
  static const char * const data_names[] = { "data-testid", "data-component" };
  const char *rel = _px_html_attr (node, "rel");

  if (rel != NULL && g_ascii_strcasecmp (rel, "author") == 0)
    return TRUE;
  if (names_hold (names, words))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (data_names); i++)
    {
      const char *value = _px_html_attr (node, data_names[i]);

      if (value != NULL && strlen (value) < 64)
        {
          g_autofree char *lower = g_ascii_strdown (value, -1);

          if (strstr (lower, "byline") != NULL || strstr (lower, "author") != NULL)
            return TRUE;
        }
    }
  return FALSE;
}

static guint count_words (const char *text);

/* TRUE when @node's text is all inside one link, its one element child. */
static gboolean
is_one_link (xmlNode *node)
{
  xmlNode *link = NULL;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if (c->type == XML_TEXT_NODE && c->content != NULL)
      {
        for (const char *t = (const char *) c->content; *t != '\0'; t++)
          if (!g_ascii_isspace (*t))
            return FALSE;
      }
    else if (c->type == XML_ELEMENT_NODE)
      {
        if (link != NULL || !_px_html_is (c, "a"))
          return FALSE;
        link = c;
      }
  return link != NULL;
}

/* A heading that holds the site's logo, not a headline: the heading or
 * an element within two levels of it named as the logo or the site's name
 * (<h1><a href="/" class="BCSTLogo">Broadcasting &amp; Cable</a></h1>,
 * <h1 class="site-title">), and no more words than a name.
 */
static gboolean
is_logo_heading (xmlNode *node)
{
  static const char * const logo_words[] = { "logo", "masthead", "site-title", "sitetitle", "site-name",
                                             "sitename", "branding", NULL };
  gboolean named = FALSE;
  Names names;

  names_init (&names, node);
  named = names_hold (&names, logo_words);
  for (xmlNode *c = node->children; c != NULL && !named; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      {
        names_init (&names, c);
        named = names_hold (&names, logo_words);
        for (xmlNode *g = c->children; g != NULL && !named; g = g->next)
          if (g->type == XML_ELEMENT_NODE)
            {
              names_init (&names, g);
              named = names_hold (&names, logo_words);
            }
      }
  if (named)
    {
      g_autofree char *text = _px_html_text (node, 256);

      return count_words (text) <= 6;
    }
  return FALSE;
}

static char *date_above (xmlNode *heading);

/* An <h1> that holds the name of the page's section, not a headline: the
 * heading named as one (<h1 id="litSectionName">Local Sports Wire</h1>,
 * <h1 class="section-title">), in no more words than a name.
 */
static gboolean
is_section_heading (xmlNode *node)
{
  if (_px_html_names_section (node))
    {
      g_autofree char *text = _px_html_text (node, 256);

      return count_words (text) <= 6;
    }
  return FALSE;
}

/* A heading, or an element named as one ("headline", "articleTitle"). */
static void
add_heading (Found   *found,
             xmlNode *node,
             guint    level)
{
  Heading heading = { NULL, level, NULL, NULL };

  if (found->headings->len >= PX_METADATA_MAX_HEADINGS)
    return;
  heading.text = _px_html_text (node, PX_METADATA_MAX_HEADING);
  if (*heading.text == '\0' || strlen (heading.text) >= PX_METADATA_MAX_HEADING)
    {
      g_free (heading.text);
      return;
    }
  heading.date_above = date_above (node);
  g_array_append_val (found->headings, heading);
  found->since_heading = 0;
}

/* Relative stamps */

/* the longest line read as a relative stamp ("Last updated: 2 hours ago") */
#define PX_METADATA_AGO_CHARS 80
/* how far back a relative stamp may reach: a page's clock, not an archive's */
#define PX_METADATA_AGO_MAX_SECONDS (G_GINT64_CONSTANT (60) * 24 * 3600)

/* The seconds in "2 hours", "3 mins", "an hour", "a day" (the words
 * before "ago"), or -1 when @words are not a count and a unit.
 */
static gint64
ago_seconds (char **words,
             guint  n)
{
  static const struct
  {
    const char *word;
    gint64 seconds;
  } units[] = {
    { "s", 1 }, { "sec", 1 }, { "secs", 1 }, { "second", 1 }, { "seconds", 1 },
    { "m", 60 }, { "min", 60 }, { "mins", 60 }, { "minute", 60 }, { "minutes", 60 },
    { "h", 3600 }, { "hr", 3600 }, { "hrs", 3600 }, { "hour", 3600 }, { "hours", 3600 },
    { "d", 86400 }, { "day", 86400 }, { "days", 86400 },
    { "w", 7 * 86400 }, { "wk", 7 * 86400 }, { "wks", 7 * 86400 }, { "week", 7 * 86400 }, { "weeks", 7 * 86400 },
  };
  const char *count;
  const char *unit;
  g_autofree char *glued = NULL;
  gint64 number;

  if (n == 2)
    {
      count = words[0];
      unit = words[1];
    }
  else if (n == 1)
    {
      /* "2h", "35m", "3d" */
      gsize digits = strspn (words[0], "0123456789");

      if (digits == 0 || words[0][digits] == '\0')
        return -1;
      glued = g_strndup (words[0], digits);
      count = glued;
      unit = words[0] + digits;
    }
  else
    return -1;
  if (g_ascii_strcasecmp (count, "a") == 0 || g_ascii_strcasecmp (count, "an") == 0)
    number = 1;
  else if (*count != '\0' && strspn (count, "0123456789") == strlen (count) && strlen (count) <= 4)
    number = g_ascii_strtoll (count, NULL, 10);
  else
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_ascii_strcasecmp (unit, units[i].word) == 0)
      {
        gint64 seconds = number * units[i].seconds;

        return seconds <= PX_METADATA_AGO_MAX_SECONDS ? seconds : -1;
      }
  return -1;
}

typedef enum
{
  AGO_NONE,
  AGO_PLAIN,     /* "3 mins ago" */
  AGO_PUBLISHED, /* "Published 5 hours ago", "Posted 1 day ago" */
  AGO_UPDATED,   /* "Updated 2 hours ago", "Last updated: 20 mins ago" */
} AgoKind;

/* One part of a stamp line: an optional label, a count, a unit, "ago". */
static AgoKind
read_ago_part (const char *part,
               gint64     *seconds)
{
  g_autofree char *clean = g_ascii_strdown (part, -1);
  g_auto(GStrv) words = NULL;
  guint n;
  guint start = 0;
  AgoKind kind = AGO_PLAIN;

  g_strdelimit (clean, ":,", ' ');
  words = g_strsplit (g_strstrip (clean), " ", 12);
  /* runs of spaces split into empty words */
  n = 0;
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      words[n++] = words[i];
    else
      g_free (words[i]);
  words[n] = NULL;
  if (n < 2 || strcmp (words[n - 1], "ago") != 0)
    return AGO_NONE;
  if (start < n && strcmp (words[start], "last") == 0)
    start++;
  if (start < n && (g_str_has_prefix (words[start], "updat") || g_str_has_prefix (words[start], "modified")
                    || g_str_has_prefix (words[start], "edited")))
    {
      kind = AGO_UPDATED;
      start++;
    }
  else if (start < n && (strcmp (words[start], "published") == 0 || strcmp (words[start], "posted") == 0
                         || strcmp (words[start], "created") == 0))
    {
      kind = AGO_PUBLISHED;
      start++;
    }
  else if (start > 0)
    return AGO_NONE;
  *seconds = ago_seconds (words + start, n - 1 - start);
  return *seconds >= 0 ? kind : AGO_NONE;
}

/* A line of its own that says how long ago the page was published or
 * changed ("Updated 2 hours ago", "3 mins ago", "Published 5 hours ago |
 * Updated 2 hours ago"): the seconds are noted, and when the line is the
 * text of a <time> whose datetime gives the instant, so is the time the
 * page was shown (that instant and the seconds after it).
 */
static void
read_ago (Found   *found,
          xmlNode *text_node)
{
  xmlNode *parent = text_node->parent;
  g_autofree char *line = NULL;
  g_auto(GStrv) parts = NULL;

  {
    const char *content = (const char *) text_node->content;
    const char *hit = content;

    /* "ago" as a word of its own, not "Chicago" */
    while ((hit = strstr (hit, "ago")) != NULL && (hit == content || hit[-1] != ' ' || g_ascii_isalpha (hit[3])))
      hit += 3;
    if (hit == NULL)
      return;
  }
  line = _px_html_text (parent, PX_METADATA_AGO_CHARS + 1);
  if (g_utf8_strlen (line, -1) > PX_METADATA_AGO_CHARS)
    return;
  parts = g_strsplit_set (line, "|\u2022\u00b7", 4);
  /* the bullets are two and three bytes: what is left of them is no word */
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = g_strdup (parts[i]);
      gint64 seconds = -1;
      AgoKind kind;

      for (char *p = part; *p != '\0'; p++)
        if ((guchar) *p >= 0x80)
          *p = ' ';
      kind = read_ago_part (part, &seconds);
      if (kind == AGO_NONE)
        continue;
      if (kind == AGO_UPDATED && found->ago_updated < 0)
        found->ago_updated = seconds;
      else if (kind == AGO_PUBLISHED && found->ago_published < 0)
        found->ago_published = seconds;
      else if (kind == AGO_PLAIN && found->n_ago_plain++ == 0)
        found->ago_plain = seconds;
      /* <time datetime="2025-03-04T09:00:00Z">5 hours ago</time> */
      if (found->shown_at == NULL && _px_html_is (parent, "time"))
        {
          g_autofree char *at = _px_metadata_normalize_date (_px_html_attr (parent, "datetime"));
          g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
          g_autoptr(GDateTime) when = at != NULL && strchr (at, 'T') != NULL ? g_date_time_new_from_iso8601 (at, utc) : NULL;

          if (when != NULL)
            {
              g_autoptr(GDateTime) shown = g_date_time_add_seconds (when, (gdouble) seconds);

              found->shown_at = g_date_time_format_iso8601 (shown);
            }
        }
    }
}

/* The time a saved copy of the page was made, as the saving tool writes
 * it in its note at the top ("saved date: Tue Mar 04 2025 14:00:00
 * GMT+0000 (...)", the text after the label, JavaScript's form of a
 * date): the instant the page's "2 hours ago" counts from. NULL when
 * @value is not such a date.
 */
char *
_px_metadata_saved_date (const char *value)
{
  g_auto(GStrv) words = NULL;
  static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  const char *month;
  g_autofree char *iso = NULL;
  char *date;

  if (value == NULL)
    return NULL;
  words = g_strsplit (value, " ", 8);
  if (g_strv_length (words) < 6 || !g_str_has_prefix (words[5], "GMT") || strlen (words[5]) != 8
      || strlen (words[1]) != 3 || (month = strstr (months, words[1])) == NULL || (month - months) % 3 != 0
      || strlen (words[2]) != 2 || strlen (words[3]) != 4 || strlen (words[4]) != 8)
    return NULL;
  iso = g_strdup_printf ("%s-%02d-%sT%s%.3s:%s", words[3], (int) ((month - months) / 3 + 1), words[2],
                         words[4], words[5] + 3, words[5] + 6);
  date = _px_metadata_normalize_date (iso);
  if (date != NULL && (strchr (date, 'T') == NULL || !(g_str_has_suffix (date, "Z") || strlen (date) > 19)))
    g_clear_pointer (&date, g_free);
  return date;
}

/* The time "Updated 2 hours ago" stands for, when the page says when it
 * was shown: in a saved copy's note, in a <time> that gives the instant
 * of a relative stamp, or by a relative publication stamp beside the
 * published time ("Published 5 hours ago" on a page published at 09:00
 * was shown at 14:00); else when it was fetched (a server's cache may
 * have shown it earlier: the page's own word comes first). Else NULL:
 * without the time it was read at, a relative stamp says nothing.
 */
static char *
resolve_ago_update (Found      *found,
                    const char *published)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) shown = NULL;
  g_autoptr(GDateTime) updated = NULL;
  g_autoptr(GDateTime) publication = NULL;

  if (found->ago_updated < 0)
    return NULL;
  if (published != NULL && strchr (published, 'T') != NULL)
    publication = g_date_time_new_from_iso8601 (published, utc);
  if (found->shown_at != NULL)
    shown = g_date_time_new_from_iso8601 (found->shown_at, utc);
  else if (publication != NULL && found->ago_published >= 0)
    shown = g_date_time_add_seconds (publication, (gdouble) found->ago_published);
  /* a stamp under no label is the publication's when the page has one of
   * each (a masthead's ticker or a comment's comes with more)
   */
  else if (publication != NULL && found->ago_plain >= 0 && found->n_ago_plain == 1)
    shown = g_date_time_add_seconds (publication, (gdouble) found->ago_plain);
  else if (found->fetched_at != NULL)
    shown = g_date_time_new_from_iso8601 (found->fetched_at, utc);
  if (shown == NULL)
    return NULL;
  updated = g_date_time_add_seconds (shown, -(gdouble) found->ago_updated);
  if (publication != NULL && g_date_time_compare (updated, publication) <= 0)
    return NULL;
  /* in the zone of the time it is counted from */
  if (g_date_time_get_utc_offset (updated) == 0)
    return g_date_time_format (updated, "%Y-%m-%dT%H:%M:%SZ");
  return g_date_time_format (updated, "%Y-%m-%dT%H:%M:%S%:z");
}

/* A line of its own that says when the page was changed ("Updated 1:39
 * am, Tuesday, January 7, 2025", "Last updated: …", "Published: … |
 * Updated: …"), wherever it is, for the pages that have no machine-readable
 * time of change: the article's text leaves such lines out, with the
 * blocks of metadata they sit in. A sentence that mentions an update is
 * longer, or says more before the word.
 */
static void
read_stamp (Found   *found,
            xmlNode *text_node)
{
  const char *content = (const char *) text_node->content;
  const char *at = NULL;
  g_autofree char *line = NULL;

  const char *label = "updat";
  /* both labels have a 'd' in their first three bytes: a text with none
   * where a label could start has neither (most texts, looked at fast)
   */
  gsize near = strnlen (content, PX_METADATA_MAX_STAMP + 2);

  if (memchr (content, 'd', near) == NULL && memchr (content, 'D', near) == NULL)
    return;
  for (const char *p = content; *p != '\0' && p - content < PX_METADATA_MAX_STAMP; p++)
    if ((*p | 0x20) == 'u' && g_ascii_strncasecmp (p, "updat", 5) == 0)
      {
        at = p;
        break;
      }
    /* RT's "Edited time: 2 Nov, 2016 15:40" beside its "Published time" */
    else if ((*p | 0x20) == 'e' && (p[1] | 0x20) == 'd' && g_ascii_strncasecmp (p, "edited time", 11) == 0)
      {
        at = p;
        label = "edited time";
        break;
      }
  if (at == NULL)
    return;
  line = _px_html_text (text_node->parent, PX_METADATA_MAX_STAMP);
  if (strlen (line) >= PX_METADATA_MAX_STAMP)
    return;
  {
    g_autofree char *lower = g_ascii_strdown (line, -1);
    char *word = strstr (lower, label);

    if (word == NULL || word - lower > 40)
      return;
    /* "Updated …", "Last updated: …", "Published … | Updated …" */
    *word = '\0';
    g_strchomp (lower);
    if (*lower != '\0' && !g_str_has_suffix (lower, "|")
        && !(g_str_has_suffix (lower, "last") && strlen (lower) <= 20))
      return;
  }
  if (strcmp (label, "updat") != 0)
    {
      /* read as the same stamp under the usual label */
      g_autofree char *lower = g_ascii_strdown (line, -1);
      g_autofree char *relabelled = g_strconcat ("Updated", line + (strstr (lower, label) - lower) + strlen (label), NULL);

      found->stamp_updated = _px_metadata_stamp_date (relabelled);
      return;
    }
  found->stamp_updated = _px_metadata_stamp_date (line);
}

static const char * const headline_words[] = { "headline", "title", NULL };
static const char * const date_words[] = { "date", "timestamp", NULL };
/* the longest text of an element named as the date that is read as one */
#define PX_METADATA_DATE_CHARS 60
/* how many elements after the headline such a date may stand (further
 * down, dates are other stories')
 */
#define PX_METADATA_DATE_NEAR 40
/* the line around a byline's element is read when it is at most this many bytes */
#define PX_METADATA_BYLINE_LINE_BYTES 200

/* A line of @prefix's under the headline, in a paragraph of its own, of
 * at most PX_METADATA_LINE_CHARS: "Edited by Jane Doe" (who a live page's
 * posts are under, its byline when it names no author otherwise), "By
 * Jane Doe" (a byline in an element named as nothing).
 */
#define PX_METADATA_LINE_CHARS 80
/* how many elements after the headline a byline may stand */
#define PX_METADATA_BYLINE_NEAR 16

/* A line labelled as the publication's ("Published: January 9, 2008",
 * "<strong>Published Date: </strong> 21 January 2008", "First
 * Published: 11:57 IST(13/1/2008)"), wherever it stands: kept for
 * pick_published(). The label opens a text of its own and ends in a
 * colon ("Published in 1998, the report …" is a sentence); when it
 * stands alone in its element, the line is the element around it.
 */
static void
read_published_label (Found   *found,
                      xmlNode *text_node)
{
  const char *p = (const char *) text_node->content;
  xmlNode *line_node = text_node->parent;
  g_autofree char *line = NULL;

  /* more such lines than are kept date nothing: no need to read them */
  if (found->n_published_lines > PX_METADATA_PUBLISHED_LINES)
    return;
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '[')
    p++;
  if (g_str_has_prefix (p, "\u00a0"))
    p += strlen ("\u00a0");
  if ((*p | 0x20) != 'p' && (*p | 0x20) != 'f')
    return;
  if (g_ascii_strncasecmp (p, "first ", 6) == 0)
    p += 6;
  if (g_ascii_strncasecmp (p, "published", 9) != 0)
    return;
  p += 9;
  while (*p == ' ')
    p++;
  if (g_ascii_strncasecmp (p, "date", 4) == 0)
    p += 4;
  while (*p == ' ')
    p++;
  /* a line is short: a long text that starts so is no label */
  if (*p != ':' || strnlen (p, PX_METADATA_MAX_STAMP + 1) > PX_METADATA_MAX_STAMP)
    return;
  /* the date in the label's own text ("Published: 29 Dec, 2007<br>"),
   * else in the element it stands in, or the one around that
   */
  if (strpbrk (p, "0123456789") != NULL)
    line = _px_html_text (text_node, PX_METADATA_LINE_CHARS + 1);
  for (guint level = 0; line == NULL && level < 3 && line_node != NULL && line_node->type == XML_ELEMENT_NODE; level++)
    {
      g_autofree char *text = _px_html_text (line_node, PX_METADATA_LINE_CHARS + 1);

      if (strpbrk (text, "0123456789") != NULL)
        line = g_steal_pointer (&text);
      line_node = line_node->parent;
    }
  if (line == NULL || g_utf8_strlen (line, -1) > PX_METADATA_LINE_CHARS)
    return;
  /* "Published:Jan 14, 2008", the label's element against the date's */
  {
    char *colon = strchr (line, ':');

    if (colon != NULL && colon[1] != ' ' && colon[1] != '\0' && !g_ascii_isdigit (colon[1]))
      {
        char *spaced = g_strdup_printf ("%.*s %s", (int) (colon - line + 1), line, colon + 1);

        g_free (line);
        line = spaced;
      }
  }
  if (found->n_published_lines < PX_METADATA_PUBLISHED_LINES)
    found->published_lines[found->n_published_lines] = g_steal_pointer (&line);
  found->n_published_lines++;
}

static char *
line_of (xmlNode    *node,
         const char *prefix)
{
  g_autofree char *text = NULL;

  if (!_px_html_is (node, "p") && !_px_html_is (node, "span") && !_px_html_is (node, "div"))
    return NULL;
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE && !_px_html_is (c, "a") && !_px_html_is (c, "strong")
        && !_px_html_is (c, "b") && !_px_html_is (c, "span"))
      return NULL;
  text = _px_html_text (node, PX_METADATA_LINE_CHARS + 1);
  if (g_utf8_strlen (text, -1) > PX_METADATA_LINE_CHARS || g_ascii_strncasecmp (text, prefix, strlen (prefix)) != 0)
    return NULL;
  return g_steal_pointer (&text);
}

/* The text of an element named as the date when it reads as one ("10
 * Jun, 2025 08:14"), else NULL.
 */
/* How near above the <h1> (elements met) a date named as one may be. */
#define PX_METADATA_PRE_H1_DATE_NEAR 12

/* TRUE when @date and @h1 sit in one block of the article: an element
 * two levels above @date at most holds @h1 too, and is no <body>,
 * <html> or <main> (a masthead's date and the headline meet only there),
 * and @date is in no <header> or <nav> that does not hold @h1.
 */
static gboolean
shares_block (xmlNode *date,
              xmlNode *h1)
{
  xmlNode *up = date->parent;

  for (guint level = 0; level < 2 && up != NULL && up->type == XML_ELEMENT_NODE; level++, up = up->parent)
    {
      if (_px_html_is (up, "body") || _px_html_is (up, "html") || _px_html_is (up, "main"))
        return FALSE;
      if (_px_html_is (up, "nav"))
        return FALSE;
      for (xmlNode *a = h1->parent; a != NULL; a = a->parent)
        if (a == up)
          return TRUE;
      if (_px_html_is (up, "header"))
        return FALSE;
    }
  return FALSE;
}

/* An element that shows the date: one named as the date, or a <time>
 * with no datetime attribute, its text the date ("<time>September 3,
 * 2025 2:22 PM UTC</time>"); a <time> with one is read for it.
 */
static gboolean
names_date (xmlNode     *node,
            const Names *names)
{
  if (_px_html_is (node, "time"))
    return _px_html_attr (node, "datetime") == NULL;
  return !_px_html_is (node, "meta") && names_hold (names, date_words);
}

static char *date_text (xmlNode *node);
static char *byline_line (xmlNode *node);

/* At the first <h1>: the date of the nearest element named as the date
 * above it, when it is near and in the headline's block (the last few
 * noted are read, no more: a page of a million such elements costs no
 * more than one of four).
 */
static void
read_pre_h1_date (Found   *found,
                  xmlNode *h1)
{
  for (guint k = 0; k < PX_METADATA_PRE_H1_DATES && k < found->n_pre_h1 && found->pre_h1_date == NULL; k++)
    {
      guint i = (found->n_pre_h1 - 1 - k) % PX_METADATA_PRE_H1_DATES;
      guint distance = found->elements - found->pre_h1_at[i];

      if (distance > PX_METADATA_PRE_H1_DATE_NEAR)
        break;
      if (!shares_block (found->pre_h1_nodes[i], h1))
        continue;
      found->pre_h1_date = date_text (found->pre_h1_nodes[i]);
      found->pre_h1_date_at = distance;
    }
}

static char *
date_text (xmlNode *node)
{
  g_autofree char *text = _px_html_text (node, 128);
  g_autofree char *date = NULL;

  /* a <time>'s own text, what its spans add after the date left out
   * ("September 3, 2025 2:22 PM UTC<span>Updated 2 hours ago</span>")
   */
  if (_px_html_is (node, "time") && node->children != NULL && node->children->type == XML_TEXT_NODE
      && node->children->next != NULL)
    {
      g_free (text);
      text = _px_html_text (node->children, 128);
    }

  if (g_utf8_strlen (text, -1) >= PX_METADATA_DATE_CHARS || _px_furniture_head_line (text) != PX_HEAD_LINE_STAMP)
    return NULL;
  /* read in the page's order once the whole page is seen */
  _px_metadata_line_dates (text, PX_DAY_ORDER_UNKNOWN, &date, NULL);
  return date != NULL ? g_steal_pointer (&text) : NULL;
}

/* how many items of a list named as the date are read for it */
#define PX_METADATA_DATE_ITEMS 3

/* The date an element named as one gives right above a heading, its
 * sibling: its text, or for a list, the first of its items that reads
 * as a date ("<ul class=article_date_header><li>Jan 15, 2008 7:00 pm
 * US/Eastern</li><li>E-mail | Print</li></ul>" over "<h2>Headline</h2>").
 * Farther up it is the day's date in the masthead, which says nothing of
 * the article.
 */
static char *
date_above (xmlNode *heading)
{
  xmlNode *prev = heading->prev;
  char *text;
  Names names;
  guint n = 0;

  while (prev != NULL && prev->type != XML_ELEMENT_NODE)
    prev = prev->prev;
  if (prev == NULL || _px_html_is (prev, "meta") || _px_html_is (prev, "time") || marks_change (prev))
    return NULL;
  names_init (&names, prev);
  if (!names_hold (&names, date_words))
    return NULL;
  if ((text = date_text (prev)) != NULL || (!_px_html_is (prev, "ul") && !_px_html_is (prev, "ol")))
    return text;
  for (xmlNode *item = prev->children; item != NULL && text == NULL && n < PX_METADATA_DATE_ITEMS; item = item->next)
    if (item->type == XML_ELEMENT_NODE && _px_html_is (item, "li"))
      {
        n++;
        if (!marks_change (item))
          text = date_text (item);
      }
  return text;
}

/* One walk over the page collects everything the rules below look at. */
static void
collect (Found   *found,
         xmlNode *root)
{
  const char *lang = _px_html_attr (root, "lang");

  if (lang == NULL)
    lang = _px_html_attr (root, "xml:lang");
  set_once (&found->lang, lang);

  for (xmlNode *node = root; node != NULL;)
    {
      gboolean descend = TRUE;

      if (node->type == XML_ELEMENT_NODE)
        {
          const char *name = (const char *) node->name;
          const char *itemprop = _px_html_attr (node, "itemprop");
          Names names;

          names_init (&names, node);
          if (found->n_h1 > 0)
            found->since_h1++;
          found->since_heading++;
          found->elements++;
          if (_px_str_is (name, "meta"))
            read_meta (found, node);
          else if (_px_str_is (name, "title") && found->title_tag == NULL)
            {
              g_autofree char *text = _px_html_text (node, PX_METADATA_MAX_VALUE);

              set_once (&found->title_tag, text);
              descend = FALSE;
            }
          else if (_px_str_is (name, "link"))
            {
              if (has_rel (node, "canonical"))
                set_once (&found->canonical, _px_html_attr (node, "href"));
            }
          else if (_px_str_is (name, "base"))
            set_once (&found->base_href, _px_html_attr (node, "href"));
          else if (_px_str_is (name, "script"))
            {
              const char *type = _px_html_attr (node, "type");

              if (type != NULL && g_ascii_strncasecmp (type, "application/ld+json", 19) == 0
                  && found->json_ld->len < PX_METADATA_MAX_SCRIPTS)
                g_ptr_array_add (found->json_ld, script_text (node));
              descend = FALSE;
            }
          else if (_px_str_is (name, "style") || _px_str_is (name, "template"))
            descend = FALSE;
          /* the site's logo: neither the page's <h1> nor a heading */
          else if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0' && is_logo_heading (node))
            descend = FALSE;
          /* a section's name in the <h1>: neither the page's <h1> nor a heading */
          else if (name[0] == 'h' && name[1] == '1' && name[2] == '\0' && is_section_heading (node))
            descend = FALSE;
          else if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0')
            {
              if (name[1] == '1' && found->n_h1 == 0)
                read_pre_h1_date (found, node);
              if (name[1] == '1' && found->n_h1++ == 0)
                {
                  g_autofree char *text = _px_html_text (node, PX_METADATA_MAX_VALUE);

                  set_once (&found->h1, text);
                  found->h1_linked = is_one_link (node);
                }
              add_heading (found, node, name[1] - '0');
            }
          else if (!_px_str_is (name, "body") && !_px_str_is (name, "html") && names_hold (&names, headline_words))
            add_heading (found, node, 0);
          else if (_px_str_is (name, "time"))
            {
              const char *datetime = _px_html_attr (node, "datetime");

              if (marks_change (node) || marks_change (node->parent))
                set_once (&found->time_updated, datetime);
              else
                set_once (&found->time_datetime, datetime);
              if (_px_html_attr (node, "pubdate") != NULL)
                set_once (&found->time_pubdate, datetime);
            }

          /* a date shown under the headline in an element named as one,
           * for pages that give no other ("<div class=date>10 Jun, 2025
           * 08:14</div>"); above the headline it is the day's date in the
           * masthead
           */
          if (found->markup_date == NULL && found->n_h1 == 1 && found->since_h1 <= PX_METADATA_DATE_NEAR
              && names_date (node, &names) && !marks_change (node))
            {
              found->markup_date = date_text (node);
              found->markup_date_at = found->since_h1;
            }
          /* the first after a heading, kept with that heading's text,
           * taken when the heading is the headline chosen: on a page
           * without an <h1> (an older layout with its headline in an <h4>),
           * or whose <h1>s are not the headline (a sidebar's "Top
           * Classifieds" over "<div class=articleTitle>" and its
           * "articleDate"), near the heading
           */
          else if (found->headings->len > 0 && (found->n_h1 == 0 || found->since_heading <= PX_METADATA_DATE_NEAR)
                   && g_array_index (found->headings, Heading, found->headings->len - 1).date == NULL
                   && !_px_str_is (name, "meta") && !_px_str_is (name, "time")
                   && names_hold (&names, date_words) && !marks_change (node))
            g_array_index (found->headings, Heading, found->headings->len - 1).date = date_text (node);

          /* above the <h1>: kept for a page that gives no date under it
           * (RT's "29 Dec, 2025 10:00" over its headline), when it is in
           * the headline's block (shares_block()), not the masthead's
           */
          if (found->n_h1 == 0 && names_date (node, &names) && !marks_change (node))
            {
              found->pre_h1_nodes[found->n_pre_h1 % PX_METADATA_PRE_H1_DATES] = node;
              found->pre_h1_at[found->n_pre_h1 % PX_METADATA_PRE_H1_DATES] = found->elements;
              found->n_pre_h1++;
            }
          if (found->edited_byline == NULL && found->n_h1 == 1 && found->since_h1 <= PX_METADATA_DATE_NEAR)
            found->edited_byline = line_of (node, "edited by ");
          /* "By Jane Doe" whatever its element is named, when the furniture
           * rules take the line for a byline ("By Tuesday, the council
           * had met" is none)
           */
          if (found->headed_byline == NULL && found->n_h1 == 1 && found->since_h1 <= PX_METADATA_BYLINE_NEAR)
            {
              g_autofree char *text = line_of (node, "by ");

              if (text != NULL && _px_furniture_head_line (text) == PX_HEAD_LINE_BYLINE)
                found->headed_byline = g_steal_pointer (&text);
            }

          if ((found->markup_byline == NULL || found->n_byline_texts < PX_METADATA_BYLINE_ELEMENTS)
              && !_px_str_is (name, "meta") && !_px_str_is (name, "link") && looks_like_byline (node, &names))
            {
              xmlNode *name_node = _px_html_byline_name (node);
              g_autofree char *text = _px_html_text_skipping (name_node != NULL ? name_node : node, 512, "time");

              if (g_utf8_strlen (text, -1) < 100)
                {
                  /* an empty one before took no byline: its line goes with it */
                  if (found->markup_byline == NULL && node->parent != NULL)
                    {
                      g_free (found->byline_line);
                      found->byline_line = byline_line (node);
                    }
                  set_once (&found->markup_byline, text);
                  if (found->n_byline_texts < PX_METADATA_BYLINE_ELEMENTS)
                    {
                      found->byline_texts[found->n_byline_texts] = g_strdup (text);
                      found->byline_at[found->n_byline_texts++] = found->elements;
                    }
                }
            }

          if (itemprop != NULL)
            {
              if (strstr (itemprop, "datePublished") != NULL)
                {
                  const char *value = _px_html_attr (node, "datetime");

                  if (value == NULL)
                    value = _px_html_attr (node, "content");
                  set_once (&found->itemprop_published, value);
                }
              else if (strstr (itemprop, "dateModified") != NULL)
                {
                  const char *value = _px_html_attr (node, "datetime");

                  if (value == NULL)
                    value = _px_html_attr (node, "content");
                  set_once (&found->itemprop_modified, value);
                }
              else if (strcmp (itemprop, "author") == 0 && found->itemprop_author == NULL
                       && !_px_str_is (name, "meta") && !_px_str_is (name, "link"))
                {
                  xmlNode *name_node = NULL;

                  for (xmlNode *n = node->children; n != NULL && name_node == NULL;
                       n = _px_html_next (n, node, TRUE))
                    {
                      const char *ip = _px_html_attr (n, "itemprop");

                      if (ip != NULL && strcmp (ip, "name") == 0)
                        name_node = n;
                    }
                  {
                    g_autofree char *text = _px_html_text (name_node ? name_node : node, 512);

                    if (g_utf8_strlen (text, -1) < 100)
                      set_once (&found->itemprop_author, text);
                  }
                }
            }
        }

      else if (node->type == XML_TEXT_NODE && node->content != NULL && node->parent != NULL)
        {
          if (found->stamp_updated == NULL)
            read_stamp (found, node);
          read_published_label (found, node);
          read_ago (found, node);
          _px_metadata_note_day_orders ((const char *) node->content, &found->day_orders);
        }

      node = _px_html_next (node, root, descend);
    }
}

/* JSON-LD */

/* The nesting depth of @json, brackets inside strings not counted. */
static guint
json_depth (const char *json)
{
  guint depth = 0;
  guint max = 0;
  gboolean in_string = FALSE;

  for (const char *p = json; *p != '\0'; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '"')
            in_string = FALSE;
          continue;
        }
      if (*p == '"')
        in_string = TRUE;
      else if (*p == '{' || *p == '[')
        max = MAX (max, ++depth);
      else if ((*p == '}' || *p == ']') && depth > 0)
        depth--;
    }
  return max;
}

/* Pages wrap JSON-LD in comment or CDATA markers, leave raw line breaks in
 * strings and trailing semicolons; this undoes the common damage.
 */
static char *
repair_json (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *start = text;
  const char *end;
  gboolean in_string = FALSE;

  /* the first bracket that can open JSON: "<![CDATA[" has one that cannot */
  for (; *start != '\0'; start++)
    {
      const char *next = start + 1;

      if (*start == '{')
        break;
      if (*start != '[')
        continue;
      while (g_ascii_isspace (*next))
        next++;
      if (strchr ("{[]\"-0123456789tfn", *next) != NULL && *next != '\0')
        break;
    }
  /* ends where the opening bracket is closed: "]]>" and "-->" stay out */
  {
    guint depth = 0;

    for (end = start; *end != '\0'; end++)
      {
        if (in_string)
          {
            if (*end == '\\' && end[1] != '\0')
              end++;
            else if (*end == '"')
              in_string = FALSE;
            continue;
          }
        if (*end == '"')
          in_string = TRUE;
        else if (*end == '{' || *end == '[')
          depth++;
        else if ((*end == '}' || *end == ']') && --depth == 0)
          {
            end++;
            break;
          }
      }
    in_string = FALSE;
  }

  for (const char *p = start; p < end; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p + 1 < end)
            {
              g_string_append_c (out, *p++);
              g_string_append_c (out, *p);
              continue;
            }
          if (*p == '"')
            in_string = FALSE;
          if ((guchar) *p < 0x20)
            {
              g_string_append_c (out, ' ');
              continue;
            }
        }
      else if (*p == '"')
        in_string = TRUE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *repaired = NULL;

  if (text == NULL || *text == '\0' || json_depth (text) > PX_METADATA_MAX_JSON_DEPTH)
    return NULL;

  parser = json_parser_new_immutable ();
  if (json_parser_load_from_data (parser, text, -1, NULL))
    return json_parser_steal_root (parser);

  repaired = repair_json (text);
  if (*repaired != '\0' && json_parser_load_from_data (parser, repaired, -1, NULL))
    return json_parser_steal_root (parser);
  return NULL;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
is_article_type (const char *type)
{
  static const char * const types[] = {
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
    "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "ScholarlyArticle", "TechArticle",
    "Report", "SatiricalArticle", "AdvertiserContentArticle", "MedicalScholarlyArticle",
    "DiscussionForumPosting", "WebPage", NULL
  };

  if (type == NULL)
    return FALSE;
  /* "schema:NewsArticle", "http://schema.org/NewsArticle" */
  if (strrchr (type, '/') != NULL)
    type = strrchr (type, '/') + 1;
  if (strrchr (type, ':') != NULL)
    type = strrchr (type, ':') + 1;
  for (guint i = 0; types[i] != NULL; i++)
    if (strcmp (type, types[i]) == 0)
      return TRUE;
  return FALSE;
}

/* 2 for an article type, 1 for a web page, 0 otherwise. */
static int
article_rank (JsonObject *object)
{
  JsonNode *type = json_object_get_member (object, "@type");
  int rank = 0;

  if (type == NULL)
    return 0;

  if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    {
      const char *name = json_node_get_string (type);

      if (is_article_type (name))
        rank = g_str_has_suffix (name, "WebPage") ? 1 : 2;
    }
  else if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING
              && is_article_type (json_node_get_string (item)))
            rank = MAX (rank, g_str_has_suffix (json_node_get_string (item), "WebPage") ? 1 : 2);
        }
    }
  return rank;
}

/* Finds the best article object in @root: a bare object, an array of
 * them, or an @graph, at any depth the depth check allows.
 */
static void
find_article (JsonNode    *node,
              guint        depth,
              JsonObject **best,
              int         *best_rank)
{
  if (node == NULL || depth > PX_METADATA_MAX_JSON_DEPTH || *best_rank == 2)
    return;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        find_article (json_array_get_element (array, i), depth + 1, best, best_rank);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      int rank = article_rank (object);

      if (rank > *best_rank)
        {
          *best = object;
          *best_rank = rank;
        }
      if (json_object_has_member (object, "@graph"))
        find_article (json_object_get_member (object, "@graph"), depth + 1, best, best_rank);
      if (json_object_has_member (object, "mainEntity"))
        find_article (json_object_get_member (object, "mainEntity"), depth + 1, best, best_rank);
    }
}

static gboolean
is_site_type (JsonObject *object)
{
  const char *type = member_string (object, "@type");

  return type != NULL && (g_str_has_suffix (type, "Organization") || strcmp (type, "WebSite") == 0);
}

/* The name of the first Organization or WebSite at the top of @node or
 * in its @graph: the site's name when the article's publisher is only a
 * reference.
 */
static const char *
find_site_name (JsonNode *node)
{
  JsonArray *items = NULL;

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonNode *graph = json_object_get_member (object, "@graph");

      if (is_site_type (object))
        return member_string (object, "name");
      if (graph == NULL || !JSON_NODE_HOLDS_ARRAY (graph))
        return NULL;
      items = json_node_get_array (graph);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    items = json_node_get_array (node);

  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonNode *item = json_array_get_element (items, i);

      if (JSON_NODE_HOLDS_OBJECT (item) && is_site_type (json_node_get_object (item)))
        return member_string (json_node_get_object (item), "name");
    }
  return NULL;
}

/* A name from a string, a Person or Organization object, or an array of
 * either, joined with ", ".
 */
static char *
names_of (JsonNode *node)
{
  if (node == NULL)
    return NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      const char *name = member_string (json_node_get_object (node), "name");

      return name != NULL ? g_strdup (name) : NULL;
    }

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      GString *out = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (array) && i < 16; i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          g_autofree char *name = NULL;

          if (JSON_NODE_HOLDS_ARRAY (item))
            continue;
          name = names_of (item);
          if (name == NULL || *g_strstrip (name) == '\0')
            continue;
          if (out->len > 0)
            g_string_append (out, ", ");
          g_string_append (out, name);
        }
      if (out->len == 0)
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      return g_string_free (out, FALSE);
    }

  return NULL;
}

/* "headline" is the article's title and "name" usually the same; when
 * they differ, the one that <title> repeats is the title (some pages put
 * a summary in one of them).
 */
static const char *
pick_headline (Found      *found,
               JsonObject *article,
               int         rank)
{
  const char *headline = member_string (article, "headline");
  const char *name = rank == 2 ? member_string (article, "name") : NULL;
  g_autofree char *title = NULL;
  g_autofree char *h = NULL;
  g_autofree char *n = NULL;

  if (headline == NULL || name == NULL || strcmp (headline, name) == 0 || found->title_tag == NULL)
    return headline != NULL ? headline : name;

  title = _px_html_squash (found->title_tag);
  h = _px_html_squash (headline);
  n = _px_html_squash (name);
  if (*h != '\0' && strstr (title, h) != NULL)
    return headline;
  if (*n != '\0' && strstr (title, n) != NULL)
    {
      /* unless "name" is the site's name */
      g_autofree char *publisher = names_of (json_object_get_member (article, "publisher"));
      const char *site = g_hash_table_lookup (found->meta, "og:site_name");
      g_autofree char *p = publisher != NULL ? _px_html_squash (publisher) : NULL;
      g_autofree char *s = site != NULL ? _px_html_squash (site) : NULL;

      if ((p == NULL || strcmp (p, n) != 0) && (s == NULL || strcmp (s, n) != 0))
        return name;
    }
  return headline;
}

/* TRUE when @site_name is @name with a web address's ending ("NDTV.com"
 * for "NDTV"): the page's address, where the publisher gives its name.
 */
static gboolean
is_address_of (const char *site_name,
               const char *name)
{
  gsize len = name != NULL ? strlen (name) : 0;
  const char *rest;

  if (len == 0 || g_ascii_strncasecmp (site_name, name, len) != 0 || site_name[len] != '.')
    return FALSE;
  rest = site_name + len + 1;
  if (*rest == '\0')
    return FALSE;
  for (; *rest != '\0'; rest++)
    if (!g_ascii_isalpha (*rest) && *rest != '.')
      return FALSE;
  return TRUE;
}

static void
read_json_ld (Found *found)
{
  for (guint i = 0; i < found->json_ld->len; i++)
    {
      g_autoptr(JsonNode) root = parse_json (g_ptr_array_index (found->json_ld, i));
      JsonObject *article = NULL;
      int rank = 0;

      find_article (root, 0, &article, &rank);
      set_once (&found->ld_site, find_site_name (root));
      if (article == NULL)
        continue;

      if (rank == 2 || found->ld_headline == NULL)
        set_once (&found->ld_headline, pick_headline (found, article, rank));
      {
        g_autofree char *author = names_of (json_object_get_member (article, "author"));
        g_autofree char *publisher = names_of (json_object_get_member (article, "publisher"));

        if (author == NULL)
          author = names_of (json_object_get_member (article, "creator"));
        set_once (&found->ld_author, author);
        set_once (&found->ld_publisher, publisher);
      }
      set_once (&found->ld_published, member_string (article, "datePublished"));
      if (found->ld_published == NULL)
        set_once (&found->ld_published, member_string (article, "dateCreated"));
      set_once (&found->ld_modified, member_string (article, "dateModified"));
      set_once (&found->ld_url, member_string (article, "url"));
      set_once (&found->ld_language, member_string (article, "inLanguage"));

      if (rank == 2)
        break;
    }
}

/* Dates */

static int
month_number (const char *word,
              gsize       len)
{
  return _px_calendar_month (word, len);
}

/* The end of the word of letters (in any script) at @p: "декабря" is one
 * word as "December" is. @p is UTF-8, ended by a NUL.
 */
static const char *
skip_letters (const char *p)
{
  for (;;)
    {
      gunichar c;

      /* (ASCII's letters are the only letters below 0x80) */
      while (g_ascii_isalpha (*p))
        p++;
      if (!((guchar) *p & 0x80))
        return p;
      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2 || !g_unichar_isalpha (c))
        return p;
      p = g_utf8_next_char (p);
    }
}

/* The label of a time stamp in German, Russian or Ukrainian, at the start
 * of @word (its letters; a colon may follow): "Veröffentlicht:",
 * "Опубликовано", "Оновлено:". An update's label ("Aktualisiert", "Stand",
 * "Обновлено", "Оновлено", "geändert") sets *@update (nullable), a
 * publication's clears it.
 */
gboolean
_px_metadata_stamp_label_translated (const char *word,
                                     gboolean   *update)
{
  static const struct
  {
    const char *label;
    gboolean update;
  } labels[] = {
    { "veröffentlicht", FALSE }, { "erstellt", FALSE }, { "aktualisiert", TRUE }, { "geändert", TRUE },
    { "stand", TRUE }, { "zuletzt", TRUE },
    { "опубликовано", FALSE }, { "опубликован", FALSE }, { "обновлено", TRUE }, { "изменено", TRUE },
    { "опубліковано", FALSE }, { "оновлено", TRUE }, { "змінено", TRUE },
  };
  gsize len;
  g_autofree char *lower = NULL;

  if (word == NULL)
    return FALSE;
  /* (letters read as far as they are valid UTF-8) */
  len = skip_letters (word) - word;
  if (len == 0 || len > 32)
    return FALSE;
  /* every label opens with one of these letters or outside ASCII */
  if (!((guchar) word[0] & 0x80) && strchr ("aegsvz", g_ascii_tolower (word[0])) == NULL)
    return FALSE;
  lower = g_utf8_strdown (word, len);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (lower, labels[i].label))
      {
        if (update != NULL)
          *update = labels[i].update;
        return TRUE;
      }
  return FALSE;
}

static gboolean
read_number (const char **p,
             guint        min_digits,
             guint        max_digits,
             int         *out)
{
  const char *s = *p;
  guint n = 0;
  int value = 0;

  while (g_ascii_isdigit (s[n]) && n < max_digits)
    {
      value = value * 10 + (s[n] - '0');
      n++;
    }
  if (n < min_digits)
    return FALSE;
  *p = s + n;
  *out = value;
  return TRUE;
}

typedef struct
{
  int year, month, day, hour, minute;
  double second;
  gboolean has_time;
  gboolean has_zone;
  gboolean zulu;
  int offset_minutes;
} ParsedDate;

/* Whether US daylight saving time is in force at @hour local standard
 * time on the day: from 2007 the second Sunday of March to the first
 * Sunday of November, before that the first Sunday of April to the last
 * Sunday of October, each from 2 a.m.
 */
static gboolean
us_summer_time (const ParsedDate *date)
{
  gboolean new_rule = date->year >= 2007;
  int start_month = new_rule ? 3 : 4;
  int end_month = new_rule ? 11 : 10;
  int start_day, end_day;
  GDate first;

  if (date->month < start_month || date->month > end_month || !g_date_valid_year (date->year))
    return FALSE;
  if (date->month > start_month && date->month < end_month)
    return TRUE;
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, date->month, date->year);
  /* the first Sunday of the month, 1..7 */
  start_day = 1 + (G_DATE_SUNDAY - g_date_get_weekday (&first)) % 7;
  if (date->month == start_month)
    {
      if (new_rule)
        start_day += 7;
      return date->day > start_day || (date->day == start_day && date->hour >= 2);
    }
  if (new_rule)
    end_day = start_day;
  else
    for (end_day = start_day; end_day + 7 <= 31; end_day += 7)
      ;
  return date->day < end_day || (date->day == end_day && date->hour < 2);
}

/* Moscow time's offset on the day of @date: four hours from 27 March
 * 2011 to 26 October 2014, three before and since (summer time before
 * 2011 was "MSD", another name).
 */
static int
moscow_offset (const ParsedDate *date)
{
  int day = date->year * 10000 + date->month * 100 + date->day;

  return day >= 20110327 && day < 20141026 ? 240 : 180;
}

/* A zone named in German or Russian after a clock ("10:12 Uhr MEZ",
 * "10:12 мск", "МСК"): its offset in minutes, or FALSE. The Cyrillic
 * names are words of no other meaning, so any case; the German ones in
 * capitals, as the Latin zones are.
 */
static gboolean
translated_zone (const char       *word,
                 gsize             len,
                 const ParsedDate *date,
                 int              *offset_minutes)
{
  g_autofree char *lower = NULL;

  if (len == 4 && strncmp (word, "MESZ", 4) == 0)
    *offset_minutes = 120;
  else if (len == 3 && strncmp (word, "MEZ", 3) == 0)
    *offset_minutes = 60;
  else if (len > 0 && len <= 8 && g_utf8_validate (word, len, NULL)
           && g_str_equal ((lower = g_utf8_strdown (word, len)), "мск"))
    *offset_minutes = moscow_offset (date);
  else
    return FALSE;
  return TRUE;
}

/* A zone's name as pages write it after a clock (px_zone_lookup()): its
 * offset in minutes from UTC, or FALSE when it is not one. "ET", "CT",
 * "MT", "PT" and "Eastern" are US zones whose offset follows the date's
 * daylight saving time; "IST" (India's, Ireland's or Israel's?) is none.
 */
static gboolean
named_zone (const char       *word,
            gsize             len,
            const ParsedDate *date,
            int              *offset_minutes)
{
  const PxZone *zone = px_zone_lookup (word, len);

  if (zone == NULL)
    return translated_zone (word, len, date, offset_minutes);
  /* a lower-case "et", "pt" is a word, not a zone */
  if (zone->ambiguous || !g_ascii_isupper (word[0]))
    return FALSE;
  *offset_minutes = zone->offset + (zone->seasonal && us_summer_time (date) ? 60 : 0);
  if (g_str_equal (zone->name, "MSK"))
    *offset_minutes = moscow_offset (date);
  return TRUE;
}

/* "Z", "UTC", "GMT", "+01:00", "+0100", "+01", "-05:00", "EST", "ET";
 * what follows a comma, a stop or a dash after the time is no part of it
 * ("2:29 PM, March 13").
 */
static gboolean
read_zone (const char *p,
           ParsedDate *date)
{
  const char *word;

  while (*p == ' ')
    p++;
  /* "2:29 PM, EST": a zone after a comma is still the clock's */
  if (*p == ',' && p[1] == ' ' && g_ascii_isupper (p[2]))
    {
      int offset;

      word = p + 2;
      for (p = word; g_ascii_isalpha (*p); p++)
        ;
      if (!g_ascii_isalnum (*p) && named_zone (word, p - word, date, &offset))
        {
          date->has_zone = TRUE;
          date->zulu = FALSE;
          date->offset_minutes = offset;
        }
      return TRUE;
    }
  if (*p == '\0' || strchr (",;|", *p) != NULL)
    return TRUE;
  if (*p == 'Z' || *p == 'z')
    {
      date->has_zone = date->zulu = TRUE;
      return p[1] == '\0' || p[1] == ' ';
    }
  if (g_ascii_strncasecmp (p, "UTC", 3) == 0 || g_ascii_strncasecmp (p, "GMT", 3) == 0)
    {
      date->has_zone = date->zulu = TRUE;
      p += 3;
      if (*p == '\0' || !(*p == '+' || *p == '-'))
        return !g_ascii_isalnum (*p);
    }
  if ((*p == '+' || *p == '-') && g_ascii_isdigit (p[1]))
    {
      int sign = *p == '-' ? -1 : 1;
      int hours = 0;
      int minutes = 0;

      p++;
      if (!read_number (&p, 2, 2, &hours))
        return FALSE;
      if (*p == ':')
        p++;
      if (g_ascii_isdigit (*p) && !read_number (&p, 2, 2, &minutes))
        return FALSE;
      if (hours > 14 || minutes > 59)
        return FALSE;
      date->has_zone = TRUE;
      date->zulu = FALSE;
      date->offset_minutes = sign * (hours * 60 + minutes);
      return TRUE;
    }
  if (*p == '-' || *p == '.')
    return TRUE;
  /* the clock's word before the zone: "10:12 Uhr MEZ" */
  if (strncmp (p, "Uhr ", 4) == 0 && g_ascii_isupper (p[4]))
    p += 4;
  /* the zone database's name for a US zone: "US/Eastern" */
  if (strncmp (p, "US/", 3) == 0 && g_ascii_isupper (p[3]))
    p += 3;
  word = p;
  p = skip_letters (p);
  if (p > word && !g_ascii_isalnum (*p) && named_zone (word, p - word, date, &date->offset_minutes))
    {
      date->has_zone = TRUE;
      date->zulu = FALSE;
      return TRUE;
    }
  /* A zone we do not know ("CET+1", "IST": India's or Ireland's?) or a
   * word after the time (in any script): the time is kept as the page's
   * local time.
   */
  return p > word;
}

/* "PM", "pm", "p.m.", "p. m.": the length of the half-day's mark at @p,
 * or 0.
 */
static gsize
meridiem_length (const char *p)
{
  const char *q = p;

  if (g_ascii_tolower (*q) != 'a' && g_ascii_tolower (*q) != 'p')
    return 0;
  q++;
  if (*q == '.')
    {
      q++;
      if (*q == ' ')
        q++;
    }
  if (g_ascii_tolower (*q) != 'm')
    return 0;
  q++;
  if (*q == '.')
    q++;
  else if (g_ascii_isalpha (*q))
    return 0;
  return q - p;
}

static gboolean
read_time (const char **pp,
           ParsedDate  *date)
{
  const char *p = *pp;

  if (!read_number (&p, 1, 2, &date->hour) || *p != ':')
    return FALSE;
  p++;
  if (!read_number (&p, 2, 2, &date->minute))
    return FALSE;
  date->second = 0;
  if (*p == ':')
    {
      int whole = 0;

      p++;
      if (!read_number (&p, 2, 2, &whole))
        return FALSE;
      date->second = whole;
      if (*p == '.' || *p == ',')
        {
          p++;
          while (g_ascii_isdigit (*p))
            p++;
        }
    }
  while (*p == ' ')
    p++;
  if (date->hour >= 1 && date->hour <= 12)
    {
      gsize len = meridiem_length (p);

      if (len > 0)
        {
          gboolean pm = g_ascii_tolower (*p) == 'p';

          date->hour = date->hour % 12 + (pm ? 12 : 0);
          p += len;
        }
    }
  date->has_time = TRUE;
  *pp = p;
  return TRUE;
}

static gboolean
parse_iso (const char *p,
           ParsedDate *date)
{
  /* the date in figures run together, as a database writes it: "20080109
   * 15:24" (year, month and day; a time after it only after a space, so
   * that a number that runs on is no date)
   */
  if (strspn (p, "0123456789") == 8 && (p[8] == '\0' || p[8] == ' '))
    {
      if (!read_number (&p, 4, 4, &date->year) || !read_number (&p, 2, 2, &date->month)
          || !read_number (&p, 2, 2, &date->day) || date->year < 1990)
        return FALSE;
      if (*p == '\0')
        return TRUE;
      p++;
      if (!read_time (&p, date))
        return FALSE;
      return read_zone (p, date);
    }
  if (!read_number (&p, 4, 4, &date->year) || (*p != '-' && *p != '/'))
    return FALSE;
  p++;
  if (!read_number (&p, 1, 2, &date->month) || (*p != '-' && *p != '/'))
    return FALSE;
  p++;
  if (!read_number (&p, 1, 2, &date->day))
    return FALSE;
  if (*p == '\0')
    return TRUE;
  if (*p != 'T' && *p != 't' && *p != ' ')
    return FALSE;
  p++;
  if (!read_time (&p, date))
    return FALSE;
  return read_zone (p, date);
}

/* The length of the weekday's name at @word ("Thurs", "Montag"), or 0 */
static gsize
weekday_length (const char *word)
{
  gsize len = skip_letters (word) - word;

  return _px_calendar_weekday (word, len) != 0 ? len : 0;
}

/* "Fri, 24 Jul 2015 05:36:09 GMT", "24 July 2015", "July 24, 2015 10:00 AM EST" */
static gboolean
parse_words (const char *text,
             ParsedDate *date)
{
  const char *p = text;

  /* a weekday */
  if (weekday_length (p) > 0)
    {
      p += weekday_length (p);
      while (*p == ',' || *p == ' ' || *p == '.')
        p++;
    }

  if (g_ascii_isdigit (*p))
    {
      const char *word;

      if (!read_number (&p, 1, 2, &date->day))
        return FALSE;
      while (*p == ' ' || *p == '.' || *p == '-')
        p++;
      word = p;
      p = skip_letters (p);
      if ((date->month = month_number (word, p - word)) == 0)
        return FALSE;
      while (*p == ' ' || *p == ',' || *p == '.' || *p == '-')
        p++;
      if (!read_number (&p, 4, 4, &date->year))
        return FALSE;
    }
  else
    {
      const char *word = p;

      p = skip_letters (p);
      if ((date->month = month_number (word, p - word)) == 0)
        return FALSE;
      while (*p == ' ' || *p == '.')
        p++;
      if (!read_number (&p, 1, 2, &date->day))
        return FALSE;
      while (g_ascii_isalpha (*p)) /* "24th" */
        p++;
      while (*p == ' ' || *p == ',')
        p++;
      if (!read_number (&p, 4, 4, &date->year))
        return FALSE;
    }

  /* the year's word after it, "2025 г." (Russian), "2025 р." (Ukrainian) */
  {
    const char *after = p;

    while (*after == ' ')
      after++;
    if (g_str_has_prefix (after, "г") || g_str_has_prefix (after, "р"))
      {
        const char *end = skip_letters (after);
        g_autofree char *year_word = g_utf8_strdown (after, end - after);

        if (g_str_equal (year_word, "г") || g_str_equal (year_word, "р") || g_str_equal (year_word, "года")
            || g_str_equal (year_word, "року"))
          p = *end == '.' ? end + 1 : end;
      }
  }
  while (*p == ' ' || *p == ',' || *p == 'T')
    p++;
  /* "at 10:12", "um 10:12 Uhr", "в 10:12", "о 10:12" */
  if (g_ascii_strncasecmp (p, "at ", 3) == 0 || g_ascii_strncasecmp (p, "um ", 3) == 0)
    p += 3;
  else if (g_str_has_prefix (p, "в ") || g_str_has_prefix (p, "о "))
    p += strlen ("в ");
  if (*p == '\0')
    return TRUE;
  if (!read_time (&p, date))
    return TRUE; /* the date alone is still a date */
  return read_zone (p, date);
}

char *
_px_metadata_normalize_date (const char *text)
{
  ParsedDate date = { 0 };
  g_autofree char *trimmed = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  gsize len;

  if (text == NULL)
    return NULL;
  trimmed = g_strstrip (g_strndup (text, 128));
  len = strlen (trimmed);
  if (len == 0)
    return NULL;

  /* Unix time in seconds or milliseconds */
  if ((len == 10 || len == 13) && strspn (trimmed, "0123456789") == len)
    {
      gint64 seconds = g_ascii_strtoll (trimmed, NULL, 10);

      if (len == 13)
        seconds /= 1000;
      when = g_date_time_new_from_unix_utc (seconds);
      return when != NULL ? g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ") : NULL;
    }

  if (!parse_iso (trimmed, &date))
    {
      memset (&date, 0, sizeof date);
      if (!parse_words (trimmed, &date))
        return NULL;
    }

  if (date.year < 1900 || date.year > 2999 || date.month < 1 || date.month > 12 || date.day < 1
      || !g_date_valid_dmy (date.day, date.month, date.year))
    return NULL;

  if (!date.has_time)
    return g_strdup_printf ("%04d-%02d-%02d", date.year, date.month, date.day);

  if (date.hour > 23 || date.minute > 59 || date.second >= 61)
    return NULL;

  if (!date.has_zone)
    return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d", date.year, date.month, date.day,
                            date.hour, date.minute, (int) date.second);

  zone = g_time_zone_new_offset (date.offset_minutes * 60);
  when = g_date_time_new (zone, date.year, date.month, date.day, date.hour, date.minute,
                          (int) date.second);
  if (when == NULL)
    return NULL;
  if (date.zulu || date.offset_minutes == 0)
    return g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
  return g_date_time_format (when, "%Y-%m-%dT%H:%M:%S%:z");
}

/* Titles */

static const char * const separators[] = { " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", NULL };

static guint
count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean space = *p == ' ';

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

/* The words of @text that hold a letter or a figure: "\u00a9 Harbour
 * Sport" has two.
 */
static guint
count_spelled_words (const char *text)
{
  guint n = 0;
  gboolean counted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ')
        {
          counted = FALSE;
          continue;
        }
      if (!counted && (g_ascii_isalnum (*p) || (guchar) *p >= 0xc3))
        {
          /* (a byte of UTF-8 from U+00C0 on: a letter of a Latin script or another's) */
          n++;
          counted = TRUE;
        }
    }
  return n;
}

static gboolean
names_site (const char         *segment,
            const char * const *site_names)
{
  g_autofree char *s = _px_html_squash (segment);

  if (*s == '\0')
    return FALSE;
  for (guint i = 0; site_names[i] != NULL; i++)
    {
      g_autofree char *n = _px_html_squash (site_names[i]);

      if (*n == '\0')
        continue;
      /* "BBC" for "BBC News", "bbc.co.uk" for "BBC"; never a headline
       * that merely mentions the site
       */
      if (strcmp (s, n) == 0 || (strlen (s) >= 3 && strstr (n, s) != NULL)
          || (strlen (n) >= 3 && strstr (s, n) != NULL && strlen (s) <= strlen (n) + 10))
        return TRUE;
    }
  return FALSE;
}

/* Where a title's parts meet: its first and last separators (@first,
 * @last) and where the text after each begins (@first_end, @last_end).
 * Returns how many separators it holds; with none, all four are NULL.
 */
static guint
title_separators (const char  *title,
                  const char **first,
                  const char **first_end,
                  const char **last,
                  const char **last_end)
{
  guint n = 0;

  *first = *first_end = *last = *last_end = NULL;
  for (guint i = 0; separators[i] != NULL; i++)
    for (const char *h = strstr (title, separators[i]); h != NULL; h = strstr (h + 1, separators[i]))
      {
        n++;
        if (*first == NULL || h < *first)
          {
            *first = h;
            *first_end = h + strlen (separators[i]);
          }
        if (*last == NULL || h > *last)
          {
            *last = h;
            *last_end = h + strlen (separators[i]);
          }
      }
  return n;
}

/* Takes the site's name off a title, at either end. With @guess, a short
 * last part after a separator is taken for the site name even when the
 * page does not say its name (for <title>, which nearly always has one).
 */
static char *
strip_site (const char         *title,
            const char * const *site_names,
            gboolean            guess)
{
  const char *first, *first_end, *last, *last_end;

  if (title_separators (title, &first, &first_end, &last, &last_end) == 0)
    return g_strdup (title);

  {
    const char *tail = last_end;
    g_autofree char *head = g_strndup (title, last - title);

    if (names_site (tail, site_names) && count_words (head) >= 1)
      return g_strstrip (g_steal_pointer (&head));
  }
  {
    const char *rest = first_end;
    g_autofree char *head = g_strndup (title, first - title);

    if (names_site (head, site_names) && count_words (rest) >= 1)
      return g_strstrip (g_strdup (rest));
  }
  if (guess)
    {
      const char *tail = last_end;
      g_autofree char *head = g_strndup (title, last - title);

      if (count_words (tail) <= 4 && count_words (head) >= 3)
        return g_strstrip (g_steal_pointer (&head));
    }
  return g_strdup (title);
}

static gboolean
has_separator (const char *title)
{
  for (guint i = 0; separators[i] != NULL; i++)
    if (strstr (title, separators[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The longest heading of the page that @title holds (case, spacing and
 * punctuation aside): the headline, when <title> or og:title wraps it in
 * the site's name and sections ("Site :: World :: Headline"). NULL when
 * none does.
 */
static const char *
heading_within (Found              *found,
                const char         *title,
                const char * const *site_names)
{
  g_autofree char *squashed = _px_html_squash (title);
  const char *best = NULL;
  gsize best_len = 0;

  for (guint i = 0; i < found->headings->len; i++)
    {
      const char *heading = g_array_index (found->headings, Heading, i).text;
      g_autofree char *h = _px_html_squash (heading);
      gsize len = strlen (h);

      if (len < 10 || len <= best_len || strstr (squashed, h) == NULL || names_site (heading, site_names))
        continue;
      /* a copy of the whole <title> (a hidden "headlineArticle" span)
       * holds its frame too, when it has one
       */
      if (strcmp (h, squashed) == 0 && has_separator (title))
        continue;
      /* what the title has besides the heading is its frame, not more of
       * the headline: "Ukraine war" is not the headline of "Ukraine war:
       * Russia says drones attacked the residence"
       */
      if (strlen (squashed) - len > 2 * len || count_words (heading) < 3)
        continue;
      best = heading;
      best_len = len;
    }
  return best;
}

/* Where a title may be cut into its parts: the separators above, and the
 * looser ones of older pages ("Site > News -- Headline", "Site: Headline",
 * "Headline(Paper)").
 */
static const char * const part_separators[] = {
  " | ", " - ", " – ", " — ", " -- ", " :: ", " · ", " » ", " > ", " / ", ": ", "- ", "(", ")", NULL
};

#define PX_METADATA_MAX_PARTS 12
#define PX_METADATA_MAX_LINE 300

/* Every run of consecutive parts of @title, squashed: the forms its
 * headline may take once the site's name and sections are cut off.
 */
static GHashTable *
title_runs (const char *title)
{
  GHashTable *runs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *p = title;

  while (*p != '\0' && parts->len < PX_METADATA_MAX_PARTS)
    {
      const char *cut = NULL;
      gsize cut_len = 0;

      for (guint i = 0; part_separators[i] != NULL; i++)
        {
          const char *hit = strstr (p, part_separators[i]);

          if (hit != NULL && (cut == NULL || hit < cut))
            {
              cut = hit;
              cut_len = strlen (part_separators[i]);
            }
        }
      if (cut == NULL)
        cut = p + strlen (p);
      {
        g_autofree char *part = g_strndup (p, cut - p);

        g_ptr_array_add (parts, _px_html_squash (part));
      }
      p = *cut != '\0' ? cut + cut_len : cut;
    }
  if (parts->len < 2)
    return runs;
  for (guint i = 0; i < parts->len; i++)
    {
      GString *run = g_string_new (NULL);

      for (guint j = i; j < parts->len; j++)
        {
          g_string_append (run, g_ptr_array_index (parts, j));
          if (run->len >= 10)
            g_hash_table_add (runs, g_strdup (run->str));
        }
      g_string_free (run, TRUE);
    }
  return runs;
}

/* The longest line of the page's text that is a run of whole parts of
 * @title: the headline, when <title> wraps it in the site's name and
 * sections and no element names it as a heading ("Harbor Sun - News -
 * Ferry lawsuit settled" over a headline in plain <b> or <font>). NULL
 * when no line is.
 */
static char *
line_within (xmlNode            *root,
             const char         *title,
             const char * const *site_names)
{
  g_autoptr(GHashTable) runs = title_runs (title);
  char *best = NULL;
  gsize best_len = 0;
  gboolean starts[128] = { FALSE };
  GHashTableIter iter;
  gpointer run;

  if (g_hash_table_size (runs) == 0)
    return NULL;
  g_hash_table_iter_init (&iter, runs);
  while (g_hash_table_iter_next (&iter, &run, NULL))
    if ((guchar) ((char *) run)[0] < 128)
      starts[(guchar) ((char *) run)[0]] = TRUE;
  for (xmlNode *node = root; node != NULL;)
    {
      gboolean descend = TRUE;

      if (node->type == XML_ELEMENT_NODE)
        descend = !_px_html_is (node, "head") && !_px_html_is (node, "script") && !_px_html_is (node, "style")
                  && !_px_html_is (node, "title") && !(_px_html_is (node, "h1") && is_section_heading (node));
      else if (node->type == XML_TEXT_NODE && node->content != NULL)
        {
          const char *text = (const char *) node->content;
          gsize len = strlen (text);

          int first = len >= 10 && len <= PX_METADATA_MAX_LINE ? _px_html_squash_first (text) : 0;

          /* most lines differ from every part of the title in their first letter */
          if (first < 0 || (first > 0 && starts[first]))
            {
              g_autofree char *squashed = _px_html_squash (text);
              gsize slen = strlen (squashed);

              if (slen > best_len && g_hash_table_contains (runs, squashed))
                {
                  g_autofree char *line = _px_html_collapse (text, -1);

                  if (count_spelled_words (line) >= 3 && !names_site (line, site_names))
                    {
                      g_free (best);
                      best = g_steal_pointer (&line);
                      best_len = slen;
                    }
                }
            }
        }
      node = _px_html_next (node, root, descend);
    }
  return best;
}

/* TRUE for a title the page's markup broke: a piece of a tag ("... /search/
 * opensearch.xml\" />", a <title> left open into the next <link>), or a
 * file's name where its words end ("Purporsaic-alt.css", a <meta> whose
 * value ran into a style sheet's).
 */
static gboolean
is_broken_title (const char *title)
{
  static const char * const files[] = { ".css", ".js", ".xml", ".html", ".htm", ".php", ".asp", ".jpg", ".gif", ".png", NULL };
  g_autofree char *trimmed = g_strstrip (g_strdup (title));

  const char *last;

  if (strstr (trimmed, "/>") != NULL || strstr (trimmed, "=\"") != NULL)
    return TRUE;
  last = strrchr (trimmed, ' ');
  last = last != NULL ? last + 1 : trimmed;
  for (guint i = 0; files[i] != NULL; i++)
    if (g_str_has_suffix (last, files[i]) && strlen (last) > strlen (files[i]))
      return TRUE;
  return FALSE;
}

#define PX_TITLE_MAX_PARTS 12

static gboolean all_section_words (const char *part);
static gboolean part_names_outlet (const char *part);

typedef struct
{
  const char *start;
  const char *end;
  gboolean    colon_after; /* a kicker's "Name: ..." follows it */
} TitlePart;

static guint title_outlet_parts (const char *title,
                                 TitlePart  *parts);

/* A headline of a word or two that <title> holds beside the site's name
 * alone ("Bettie Page - Daily Ledger", "Daily Ledger | Bettie Page"): the
 * page's one <h1>, not a link, is one of the title's two parts and the
 * other is shaped like an outlet's name while the <h1> is not. Longer
 * headlines are found by heading_within(); a short one can be a frame
 * ("Ukraine war: Russia says ..."), so it is taken only beside a name.
 */
static gboolean
short_headline_beside_site (Found              *found,
                            const char         *h1,
                            const char * const *site_names)
{
  TitlePart parts[PX_TITLE_MAX_PARTS];
  guint n;

  if (h1 == NULL || found->h1_linked || count_words (found->h1) > 2 || strlen (h1) < 4
      || strlen (found->title_tag) > PX_METADATA_MAX_LINE || names_site (found->h1, site_names)
      || all_section_words (found->h1) || part_names_outlet (found->h1))
    return FALSE;
  n = title_outlet_parts (found->title_tag, parts);
  if (n != 2)
    return FALSE;
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *part = g_strndup (parts[i].start, parts[i].end - parts[i].start);
      g_autofree char *squashed = _px_html_squash (part);
      g_autofree char *other = g_strstrip (g_strndup (parts[1 - i].start, parts[1 - i].end - parts[1 - i].start));

      if (strcmp (squashed, h1) == 0)
        return part_names_outlet (other);
    }
  return FALSE;
}

/* Takes off @title the parts after its last separators that are a
 * section's name alone ("Headline - Football", "Headline - Men's College
 * Basketball"), three at most, keeping two words of the headline at least
 * ("Ireland - England" stays).
 */
static char *
strip_section_tail (char *title)
{
  for (guint i = 0; i < 3; i++)
    {
      const char *first, *first_end, *last, *last_end;
      g_autofree char *head = NULL;

      if (title_separators (title, &first, &first_end, &last, &last_end) == 0 || !all_section_words (last_end))
        break;
      head = g_strstrip (g_strndup (title, last - title));
      if (count_words (head) < 2)
        break;
      g_free (title);
      title = g_steal_pointer (&head);
    }
  return title;
}

static char *
pick_title (Found              *found,
            xmlNode            *root,
            const char * const *site_names,
            gboolean           *sure)
{
  const char *meta_title = NULL;
  const char *keys[] = { "dc.title", "dcterms.title", "og:title", "twitter:title", "sailthru.title",
                         "parsely-title", "title", "headline" };
  g_autofree char *h1 = found->h1 != NULL && found->n_h1 == 1 ? _px_html_squash (found->h1) : NULL;

  *sure = TRUE;
  if (found->ld_headline != NULL)
    meta_title = found->ld_headline;
  /* a "title" that is the site's name ("Edmonton Sun") names no article,
   * nor does one the page's markup broke
   */
  for (guint i = 0; meta_title == NULL && i < G_N_ELEMENTS (keys); i++)
    {
      meta_title = g_hash_table_lookup (found->meta, keys[i]);
      if (meta_title != NULL && (names_site (meta_title, site_names) || is_broken_title (meta_title)))
        meta_title = NULL;
    }

  if (meta_title != NULL)
    {
      const char *heading = heading_within (found, meta_title, site_names);

      if (heading != NULL)
        return g_strdup (heading);
      return strip_site (meta_title, site_names, FALSE);
    }

  if (found->title_tag != NULL && !is_broken_title (found->title_tag))
    {
      g_autofree char *squashed = _px_html_squash (found->title_tag);
      const char *heading = heading_within (found, found->title_tag, site_names);
      g_autofree char *stripped = NULL;
      g_autofree char *line = NULL;

      /* The page's one headline, when <title> is that headline plus more
       * (a word or two is the site's logo: "WebProNews").
       */
      /* (unless a longer heading is in it too and the <h1> does not open
       * it: "Site - Headline - Section" over a section's name in <h1>;
       * "Headline, Deck - Site" over the deck in <h2> keeps the <h1>)
       */
      /* (but an <h1> that is all a link, opening <title> before a
       * separator and a longer heading of the page, is the blog's or the
       * site's name over the post's headline: "Site: Blog : Headline"
       * over <h1><a href=index>Site: Blog</a></h1> and <h2>Headline</h2>)
       */
      if (h1 != NULL && found->h1_linked && heading != NULL && strlen (heading) > strlen (h1)
          && g_str_has_prefix (squashed, h1))
        {
          /* where the <h1>'s letters end in <title> as written */
          const char *after = found->title_tag;
          gsize letters = 0;

          while (*after != '\0' && letters < strlen (h1))
            if (g_ascii_isalnum (*after++))
              letters++;
          while (*after == ' ')
            after++;
          if (letters == strlen (h1) && *after != '\0' && strchr (":|-/>", *after) != NULL)
            return g_strdup (heading);
        }
      if (h1 != NULL && strlen (h1) >= 10 && strstr (squashed, h1) != NULL && count_words (found->h1) >= 3
          && !(heading != NULL && strlen (heading) > strlen (found->h1) && !g_str_has_prefix (squashed, h1)))
        return g_strdup (found->h1);
      /* (a heading that is <title> with the site's name cut may keep the
       * section's name after it: "ESPN - Headline - Men's College
       * Basketball" over an <h1> "Headline - Men's College Basketball")
       */
      if (heading != NULL)
        return strip_section_tail (g_strdup (heading));
      if (short_headline_beside_site (found, h1, site_names))
        return g_strdup (found->h1);
      line = line_within (root, found->title_tag, site_names);
      if (line != NULL)
        return g_steal_pointer (&line);
      /* <title> alone, without the page's headline in it: the site's
       * name, its sections, or the headline shortened
       */
      *sure = FALSE;
      /* a few short trailing parts: "Headline - Football - Sport - Site" */
      stripped = strip_site (found->title_tag, site_names, TRUE);
      for (guint i = 0; i < 3; i++)
        {
          char *again = strip_site (stripped, site_names, TRUE);

          if (strcmp (again, stripped) == 0)
            {
              g_free (again);
              break;
            }
          g_free (stripped);
          stripped = again;
        }
      return strip_section_tail (g_steal_pointer (&stripped));
    }

  *sure = FALSE;
  return found->h1 != NULL ? g_strdup (found->h1) : NULL;
}

/* Bylines */

/* The month's (or with @weekday, the weekday's) number named by @word, a
 * "." or "," after it taken off ("Dec.", "December,"; not "Marcus"), or 0.
 */
static int
calendar_word (const char *word,
               gboolean    weekday)
{
  gsize len = strlen (word);

  while (len > 0 && (word[len - 1] == '.' || word[len - 1] == ','))
    len--;
  return weekday ? _px_calendar_weekday (word, len) : _px_calendar_month (word, len);
}

/* The index in @words where a wire's stamp without a year starts that
 * runs to the end, or @n_words: a day of a month by name and a clock,
 * the weekday before them and the zone after them if any ("By Jane Doe,
 * Associated Press Writer Sat Dec 29, 10:10 AM ET"). Without the clock
 * it is no stamp ("By Theresa May 20" is nobody's date).
 */
static guint
trailing_stamp (char  **words,
                guint   n_words)
{
  for (guint i = n_words >= 7 ? n_words - 7 : 0; i + 1 < n_words; i++)
    {
      gboolean clock = FALSE;
      gboolean rest = TRUE;
      char *end;
      guint64 day;

      if (calendar_word (words[i], FALSE) == 0)
        continue;
      day = g_ascii_strtoull (words[i + 1], &end, 10);
      if (end == words[i + 1] || day < 1 || day > 31 || (*end != '\0' && strcmp (end, ",") != 0))
        continue;
      for (guint k = i + 2; k < n_words && rest; k++)
        {
          const char *w = words[k];
          gsize len = strlen (w);

          if (g_ascii_isdigit (w[0]) && strchr (w, ':') != NULL && strspn (w, "0123456789:apmAPM.,") == len)
            clock = TRUE;
          else if (k == i + 2 || (!clock && k > i + 2))
            rest = FALSE;
          else
            rest = len <= 4 && (strspn (w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == len
                                || g_ascii_strcasecmp (w, "a.m.") == 0 || g_ascii_strcasecmp (w, "p.m.") == 0);
        }
      if (!clock || !rest)
        continue;
      if (i > 0 && calendar_word (words[i - 1], TRUE) != 0)
        i--;
      return i;
    }
  return n_words;
}

/* The index in @words where a date starts that runs to the end ("Jane Doe
 * May 20, 2019"), or @n_words.
 */
static guint
trailing_date (char  **words,
               guint   n_words)
{
  for (guint k = MIN (n_words, 6); k >= 2; k--)
    {
      g_autofree char *tail = g_strjoinv (" ", words + n_words - k);
      g_autofree char *date = _px_metadata_normalize_date (tail);

      if (date != NULL)
        return n_words - k;
    }
  return n_words;
}

/* More words than this in a byline are a list of names or not a byline. */
#define PX_METADATA_BYLINE_WORDS 10
#define PX_METADATA_BYLINE_NAMES_WORDS 30

/* "Ana Petrova, Tom Okafor, Lucia Moreno, Omar Haddad and Kim Larsen":
 * every word a name's, with a capital, or one that joins names; no
 * sentence's stop and no separator of links.
 */
static gboolean
names_only (char  **words,
            guint   n)
{
  static const char * const joins[] = { "and", "&", "in", "of", "the", "de", "van", "von", "da", "del", "la", "le", "bin", NULL };

  if (n > PX_METADATA_BYLINE_NAMES_WORDS)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const char *word = words[i];
      gsize len = strlen (word);

      if (len == 0)
        continue;
      if (strpbrk (word, "|!?;:\"()") != NULL || (word[len - 1] == '.' && len > 3))
        return FALSE;
      if (!g_unichar_isupper (g_utf8_get_char (word)) && !g_strv_contains (joins, word))
        return FALSE;
    }
  return TRUE;
}

/* TRUE when a word of @words is a name's: letters, not a month's or a
 * day's name or a clock's mark.
 */
static gboolean
has_name_word (char  **words,
               guint   n)
{
  static const char * const clock[] = {
    "am", "pm", "a.m", "p.m", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "bst", NULL
  };

  for (guint i = 0; i < n; i++)
    {
      char word[16];
      gsize len = 0;

      if (!g_unichar_isalpha (g_utf8_get_char (words[i])))
        continue;
      for (const char *p = words[i]; *p != '\0' && len < sizeof word - 1; p++)
        if (*p != '.' && *p != ',' && *p != ':')
          word[len++] = g_ascii_tolower (*p);
      word[len] = '\0';
      if (strlen (words[i]) >= sizeof word
          || (!g_strv_contains (clock, word) && calendar_word (word, FALSE) == 0 && calendar_word (word, TRUE) == 0))
        return TRUE;
    }
  return FALSE;
}

/* TRUE for a wire story's dateline, a place, a day and the source in
 * brackets ("MOSCOW, June 10 (Reuters) -"): it names no writer.
 */
static gboolean
is_dateline (const char *text)
{
  const char *open = strrchr (text, '(');
  const char *p;
  const char *word;

  if (open == NULL || open == text || strchr (open, ')') == NULL)
    return FALSE;
  p = open;
  while (p > text && p[-1] == ' ')
    p--;
  /* the day */
  word = p;
  while (word > text && g_ascii_isdigit (word[-1]))
    word--;
  if (word == p || p - word > 2 || word == text || word[-1] != ' ')
    return FALSE;
  /* the month, written out or cut short ("Jun", "Sept.") */
  p = word - 1;
  if (p > text && p[-1] == '.')
    p--;
  word = p;
  while (word > text && g_ascii_isalpha (word[-1]))
    word--;
  return p - word >= 3 && p - word <= 9 && month_number (word, p - word) != 0 && (word == text || word[-1] == ' ');
}

/* TRUE for a dateline with no day, a place in capitals and the dash the
 * text starts after ("GENEVA --", "NEW YORK, N.Y. -"): an element named
 * "Dateline" looks like a byline's, and names no writer.
 */
static gboolean
is_place_dateline (const char *text)
{
  gsize len = strlen (text);
  gboolean upper = FALSE;

  while (len > 0 && text[len - 1] == ' ')
    len--;
  if (len >= 2 && text[len - 1] == '-')
    len -= text[len - 2] == '-' ? 2 : 1;
  else if (len >= 3 && (g_str_has_suffix (text, "\u2014") || g_str_has_suffix (text, "\u2013")))
    len -= 3;
  else
    return FALSE;
  if (len == 0 || text[len - 1] != ' ')
    return FALSE;
  /* the place before the dash: capitals, and no "By" */
  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_islower (text[i]))
        return FALSE;
      upper |= g_ascii_isupper (text[i]);
    }
  return upper && g_ascii_strncasecmp (text, "BY ", 3) != 0;
}

/* TRUE for a word written in capitals: "SOLANO", "O'BRIEN", "J.". */
static gboolean
is_capitals_word (const char *word)
{
  gboolean letter = FALSE;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letter |= g_unichar_isalpha (c);
    }
  return letter;
}

/* "MARIA SOLANO Associated Press": a name in capitals, then the
 * organisation the writer is with in ordinary case. Returns where the
 * name ends in @words (from @start, before @end).
 */
static guint
capitals_name_end (char  **words,
                   guint   start,
                   guint   end)
{
  guint caps = 0;

  gboolean ordinary = FALSE;

  while (start + caps < end && is_capitals_word (words[start + caps]))
    caps++;
  /* "JOSEPH WHITE AP Sports Writer": the agency's initials go with the role */
  while (caps > 2 && g_utf8_strlen (words[start + caps - 1], -1) <= 3)
    caps--;
  if (caps < 2 || start + caps == end)
    return end;
  for (guint i = start + caps; i < end; i++)
    {
      if (!g_unichar_isupper (g_utf8_get_char (words[i])))
        return end;
      ordinary |= !is_capitals_word (words[i]);
    }
  return ordinary ? start + caps : end;
}

/* A name written all in capitals ("MARIA SOLANO", "ANNE O'NEILL-BAKER") in
 * the case names are written in: a capital at the start of each word and
 * after an apostrophe or a hyphen. A name in mixed case stays as it is.
 */
static void
name_case (GString *name)
{
  static const char * const joins[] = { "and", "of", "de", "van", "von", "da", "del", "la", "le", "bin", NULL };
  g_auto(GStrv) words = NULL;
  GString *out;

  /* "BBC", "CNN": one word of capitals is an acronym, not a shouted name */
  if (!is_capitals_word (name->str) || strchr (name->str, ' ') == NULL)
    return;
  words = g_strsplit (name->str, " ", -1);
  out = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);
      gboolean at_start = i == 0 || !g_strv_contains (joins, lower);

      if (i > 0)
        g_string_append_c (out, ' ');
      for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_string_append_unichar (out, at_start ? g_unichar_toupper (c) : c);
          /* a capital after a letter only in "Mc": "McDonald"; "Mac" is
           * left alone, as many names that start so are not Scottish
           * patronymics ("Mack", "Macy")
           */
          at_start = !g_unichar_isalpha (c) || (p == lower + 1 && strncmp (lower, "mc", 2) == 0 && p[1] != '\0');
        }
    }
  g_string_assign (name, out->str);
  g_string_free (out, TRUE);
}

/* TRUE when @byline is no person but the outlet: the page's own name
 * (@outlet, @publisher) or a known outlet's ("RT", "BBC News"), as a
 * JSON-LD author that is an organisation gives it.
 */
gboolean
_px_metadata_byline_names_outlet (const char *byline,
                                  const char *outlet,
                                  const char *publisher)
{
  static const char * const desks[] = { " staff", " newsroom", " desk", NULL };

  if (byline == NULL)
    return FALSE;
  /* an outlet's staff, its newsroom or desk is no writer ("Reuters
   * Staff", as Reuters credited a story of no named writer)
   */
  for (guint i = 0; desks[i] != NULL; i++)
    {
      gsize len = strlen (byline);
      gsize desk = strlen (desks[i]);

      if (len > desk && g_ascii_strcasecmp (byline + len - desk, desks[i]) == 0)
        {
          g_autofree char *name = g_strndup (byline, len - desk);

          if (_px_metadata_byline_names_outlet (name, outlet, publisher))
            return TRUE;
        }
    }
  return (outlet != NULL && g_ascii_strcasecmp (byline, outlet) == 0)
         || (publisher != NULL && g_ascii_strcasecmp (byline, publisher) == 0)
         || px_outlet_for_site_name (byline) != NULL;
}

void
_px_metadata_drop_byline_outlet (char       *byline,
                                 const char *outlet,
                                 const char *publisher)
{
  const char *names[] = { outlet, publisher };
  gsize len = byline != NULL ? strlen (byline) : 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gsize n = names[i] != NULL ? strlen (names[i]) : 0;

      if (n > 0 && len > n + 2 && g_ascii_strcasecmp (byline + len - n, names[i]) == 0
          && strncmp (byline + len - n - 2, ", ", 2) == 0)
        {
          byline[len - n - 2] = '\0';
          return;
        }
    }
}

/* Where a writer's title set after the name without a comma starts
 * ("Kate Lyle Local Democracy Reporter", "Jane Doe Senior Political
 * Correspondent"): a capitalised role noun last, with the words that say
 * which desk before it; @end when there is none or no name would be left.
 */
static guint
role_start (char  **words,
            guint   start,
            guint   end)
{
  static const char * const roles[] = {
    "reporter", "correspondent", "editor", "writer", "columnist", "journalist", "producer", "contributor", NULL
  };
  static const char * const desks[] = {
    "senior", "chief", "deputy", "associate", "assistant", "staff", "special", "political", "politics",
    "local", "democracy", "business", "health", "crime", "court", "courts", "sports", "sport", "education",
    "environment", "science", "technology", "tech", "economics", "economy", "transport", "home", "foreign",
    "digital", "news", "investigations", "investigative", "data", "features", "entertainment", "culture",
    "arts", "travel", "money", "markets", "world", "international", "diplomatic", "defence", "defense",
    "security", "energy", "climate", "social", "affairs", "trainee", "general", "community", "breaking",
    "managing", "executive", "contributing", "royal", "legal", "medical", "consumer", "property", NULL
  };
  guint i;
  g_autofree char *last = NULL;

  if (end < start + 3 || !g_ascii_isupper (words[end - 1][0]))
    return end;
  last = g_ascii_strdown (words[end - 1], -1);
  if (!g_strv_contains (roles, last))
    return end;
  for (i = end - 1; i > start; i--)
    {
      g_autofree char *word = g_ascii_strdown (words[i - 1], -1);

      if (!g_ascii_isupper (words[i - 1][0]) || !g_strv_contains (desks, word))
        break;
    }
  /* a name of two or three words is left, not ending in an agency's or
   * a league's letters ("Ben Okoro AP Sports Writer", "Ida Fenwick,
   * Associate NBA Editor" stay as they are)
   */
  if (i < start + 2 || i > start + 3)
    return end;
  {
    const char *w = words[i - 1];
    gboolean capitals = strlen (w) > 1;

    for (const char *c = w; *c != '\0' && capitals; c++)
      capitals = !g_ascii_islower (*c);
    return capitals ? end : i;
  }
}

/* A writer's title or outlet set after a name and a comma ("Senior
 * Correspondent", "Washington Bureau Chief", "White House Reporters",
 * "Reuters"): words in capitals ending in a role noun, or a known
 * outlet's name. A name's suffix ("Jr.") or another name is none.
 */
#define PX_METADATA_TITLE_WORDS 6

static gboolean
is_desk_title (const char *segment)
{
  static const char * const roles[] = {
    "reporter", "correspondent", "editor", "writer", "columnist", "journalist", "producer", "contributor",
    "chief", "analyst", "critic", "photographer", "anchor", "host", "presenter", "commentator", "blogger",
    "researcher", "stringer", "intern", "staff", NULL
  };
  static const char * const joins[] = { "of", "and", "the", "on", "&", NULL };
  g_auto(GStrv) words = NULL;
  guint n;
  g_autofree char *last = NULL;
  g_autofree char *title = NULL;
  const char *outlet;
  gsize len;

  if (px_outlet_for_site_name (segment) != NULL)
    return TRUE;
  /* the title before the outlet it writes for: "White House Correspondent
   * for The Daily Ledger", "Reporter at Example News"
   */
  if ((outlet = strstr (segment, " for ")) == NULL)
    outlet = strstr (segment, " at ");
  title = outlet != NULL ? g_strndup (segment, outlet - segment) : g_strdup (segment);
  words = g_strsplit (title, " ", PX_METADATA_TITLE_WORDS + 2);
  n = g_strv_length (words);
  if (n == 0 || n > PX_METADATA_TITLE_WORDS)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isupper (words[i][0]) && !(i > 0 && g_strv_contains (joins, words[i])))
      return FALSE;
  last = g_ascii_strdown (words[n - 1], -1);
  len = strlen (last);
  while (len > 0 && !g_ascii_isalpha (last[len - 1]))
    last[--len] = '\0';
  /* and the plural: "Staff Writers" */
  if (len > 3 && last[len - 1] == 's' && !g_strv_contains (roles, last))
    last[--len] = '\0';
  return g_strv_contains (roles, last);
}

/* @text without the titles after its names: "Jane Doe, Senior
 * Correspondent" is "Jane Doe"; "Jane Doe, Political Reporter, and John
 * Roe" is "Jane Doe and John Roe"; "Jane Doe, Reuters" is "Jane Doe";
 * "Jane Doe, a political analyst" is "Jane Doe".
 */
static char *
without_desk_titles (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ", ", -1);
  GString *out = g_string_new (parts[0]);
  gboolean dropped_before = FALSE;

  /* (an empty text splits into no part at all) */
  for (guint i = 1; parts[0] != NULL && parts[i] != NULL; i++)
    {
      const char *part = parts[i];
      gboolean joined = g_ascii_strncasecmp (part, "and ", 4) == 0;

      /* and where the writer was, after a title: ", Digital Editor, at CES in Las Vegas" */
      /* or a description of the writer: ", a political analyst based in
       * Moscow", ", an author and former diplomat" (a name never opens
       * with a lower-case article)
       */
      if (is_desk_title (joined ? part + 4 : part) || g_str_has_prefix (part, "a ") || g_str_has_prefix (part, "an ")
          || (dropped_before && (g_str_has_prefix (part, "at ") || g_str_has_prefix (part, "in "))))
        {
          dropped_before = TRUE;
          continue;
        }
      /* "..., Political Reporter, and John Roe": the list goes on */
      if (joined && dropped_before)
        g_string_append_printf (out, " %s", part);
      else
        g_string_append_printf (out, ", %s", part);
      dropped_before = FALSE;
    }
  return g_string_free (out, FALSE);
}

char *
_px_metadata_clean_byline (const char *text)
{
  g_autofree char *clean = NULL;
  g_auto(GStrv) words = NULL;
  guint n_words;
  guint start = 0;
  guint end;
  GString *out;

  if (text == NULL)
    return NULL;
  clean = bounded_value (text);
  if (is_dateline (clean) || is_place_dateline (clean))
    return NULL;
  /* a stamp after a separator ends the name: "by Jane Doe - 03/14/23 4:41 PM ET" */
  {
    static const char * const stamp_separators[] = { " - ", " | ", " \u2014 ", " \u2013 ", NULL };

    for (guint i = 0; stamp_separators[i] != NULL; i++)
      {
        char *sep = strstr (clean, stamp_separators[i]);

        if (sep != NULL && sep > clean && strpbrk (sep, "0123456789") != NULL
            && memchr (clean, '/', sep - clean) == NULL)
          *sep = '\0';
      }
  }
  /* a relative stamp at the end is no part of the name: "Jane Doe,
   * Associated Press Writer 10 minutes ago", "Jane Doe 2h ago"
   */
  {
    g_auto(GStrv) tail = g_strsplit (clean, " ", -1);
    guint n = g_strv_length (tail);

    if (n >= 3 && g_ascii_strcasecmp (tail[n - 1], "ago") == 0)
      {
        guint cut = 0;

        if (n >= 4 && ago_seconds (tail + n - 3, 2) >= 0)
          cut = n - 3;
        else if (ago_seconds (tail + n - 2, 1) >= 0)
          cut = n - 2;
        if (cut > 0)
          {
            /* the words split at single spaces: the stamp starts where
             * the words before it and their spaces end */
            gsize at = 0;

            for (guint i = 0; i < cut; i++)
              at += strlen (tail[i]) + 1;
            clean[at - 1] = '\0';
            g_strchomp (clean);
          }
      }
  }
  /* and a wire's stamp without a year: "By Jane Doe, Associated Press
   * Writer Sat Dec 29, 10:10 AM ET"
   */
  {
    g_auto(GStrv) tail = g_strsplit (clean, " ", -1);
    guint n = g_strv_length (tail);
    guint cut = trailing_stamp (tail, n);

    if (cut > 0 && cut < n)
      {
        gsize at = 0;

        for (guint i = 0; i < cut; i++)
          at += strlen (tail[i]) + 1;
        clean[at - 1] = '\0';
        g_strchomp (clean);
      }
  }
  /* and a stamp that opens with its weekday after a comma: "by Jane Doe,
   * Friday, Dec 28, 2007 9:00 AM ET"
   */
  for (char *comma = strchr (clean, ','); comma != NULL; comma = strchr (comma + 1, ','))
    {
      const char *rest = comma + 1 + strspn (comma + 1, " ");

      if (comma > clean && weekday_length (rest) > 0 && _px_furniture_head_line (rest) == PX_HEAD_LINE_STAMP)
        {
          *comma = '\0';
          break;
        }
    }
  if (g_str_has_prefix (clean, "http://") || g_str_has_prefix (clean, "https://")
      || strchr (clean, '@') != NULL || strchr (clean, '/') != NULL)
    return NULL;
  /* a date before the "By": "Tuesday, March 5, 2019 By Anil Deshmukh, AFP" */
  {
    const char *by = strstr (clean, " By ");

    if (by == NULL)
      by = strstr (clean, " by ");
    if (by != NULL && strpbrk (clean, "0123456789") != NULL && strpbrk (clean, "0123456789") < by)
      {
        char *after = g_strdup (by + 1);

        g_free (clean);
        clean = after;
      }
  }
  {
    char *untitled = without_desk_titles (clean);

    g_free (clean);
    clean = untitled;
  }

  words = g_strsplit (clean, " ", 64);
  n_words = g_strv_length (words);
  if (n_words > 0 && (g_ascii_strcasecmp (words[0], "by") == 0 || g_ascii_strcasecmp (words[0], "by:") == 0))
    start = 1;
  /* "Posted by Jane Doe", "Written by: Jane Doe" */
  else if (n_words > 2 && (g_ascii_strcasecmp (words[1], "by") == 0 || g_ascii_strcasecmp (words[1], "by:") == 0)
           && (g_ascii_strcasecmp (words[0], "posted") == 0 || g_ascii_strcasecmp (words[0], "written") == 0
               || g_ascii_strcasecmp (words[0], "edited") == 0
               || g_ascii_strcasecmp (words[0], "story") == 0 || g_ascii_strcasecmp (words[0], "words") == 0
               || g_ascii_strcasecmp (words[0], "text") == 0 || g_ascii_strcasecmp (words[0], "reported") == 0))
    start = 2;
  /* a stamp's label or a tool after the name ends it: "Jane Doe Published:",
   * "Dec 16, 2007 18:22 | Updated", "posted 8:58 am", "Jane Doe (Email)"
   */
  for (guint i = start; i < n_words; i++)
    {
      gsize len = strlen (words[i]);

      if (g_ascii_strcasecmp (words[i], "published") == 0 || g_ascii_strcasecmp (words[i], "updated") == 0
          || g_ascii_strcasecmp (words[i], "posted") == 0 || g_ascii_strcasecmp (words[i], "modified") == 0
          || g_ascii_strcasecmp (words[i], "(email)") == 0 || g_ascii_strcasecmp (words[i], "(e-mail)") == 0
          || (len > 1 && words[i][len - 1] == ':'))
        {
          n_words = i;
          break;
        }
    }
  /* a role in lower case after the names: "Jane Doe, opinion contributor",
   * "Jane Doe and John Roe, staff writers"
   */
  for (guint i = n_words; i > start + 1; i--)
    {
      const char *last = words[i - 2];
      gboolean lower = TRUE;

      if (!g_str_has_suffix (last, ","))
        continue;
      for (guint k = i - 1; k < n_words && lower; k++)
        lower = g_ascii_islower (words[k][0]);
      if (lower)
        n_words = i - 1;
      break;
    }
  end = trailing_date (words + start, n_words - start) + start;
  /* a separator left before the date: "Dan Goodin -" */
  while (end > start && strspn (words[end - 1], "-|,·–—") == strlen (words[end - 1]))
    end--;
  /* a name, or a few names, is short; a line of links is not, and
   * neither is a sentence: a longer line is a list of names only
   */
  if (end == start || (end - start > PX_METADATA_BYLINE_WORDS && !names_only (words + start, end - start)))
    return NULL;
  /* a time stamp the date reader does not take ("Dec 16, 2007 18:22") names no one */
  if (!has_name_word (words + start, end - start))
    return NULL;

  end = capitals_name_end (words, start, end);
  end = role_start (words, start, end);
  out = g_string_new (NULL);
  for (guint i = start; i < end; i++)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  name_case (out);
  if (out->len > 0 && strchr (",;", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);
  /* a sentence's stop after the name ("by Colm Tierney."), not an
   * initial's, a suffix's or an abbreviation's ("Edward M.", "Jr.",
   * "Ph.D.", a line without "by": "Acme Ltd.", "RENO, Nev.")
   */
  if (start > 0)
    {
      const char *word = strrchr (out->str, ' ');

      word = word != NULL ? word + 1 : out->str;
      if (out->len > 0 && out->str[out->len - 1] == '.' && strlen (word) > 3 && strchr (word, '.') == word + strlen (word) - 1)
        g_string_truncate (out, out->len - 1);
    }
  return g_string_free (out, FALSE);
}

/* "6:15 PM, December 29, 2025": the date with its time, which stamps
 * often give first.
 */
static char *
time_then_date (const char *text)
{
  const char *p = text;
  g_autofree char *clock = NULL;
  g_autofree char *swapped = NULL;

  while (g_ascii_isdigit (*p))
    p++;
  if (p == text || p - text > 2 || *p != ':' || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]))
    return NULL;
  p += 3;
  while (*p == ' ')
    p++;
  p += meridiem_length (p);
  /* and its zone: "8:52 PM EDT, Friday, Sep 10, 2010" */
  {
    const char *word = p;
    ParsedDate any = { 0 };
    int offset;

    while (*word == ' ')
      word++;
    for (p = word; g_ascii_isalpha (*p); p++)
      ;
    if (p == word || g_ascii_isalnum (*p)
        || !(named_zone (word, p - word, &any, &offset)
             || (p - word == 3 && (g_ascii_strncasecmp (word, "GMT", 3) == 0
                                   || g_ascii_strncasecmp (word, "UTC", 3) == 0))))
      p = word;
  }
  clock = g_strndup (text, p - text);
  while (*p == ' ' || *p == ',')
    p++;
  if (*p == '\0')
    return NULL;
  swapped = g_strconcat (p, " ", clock, NULL);
  return _px_metadata_normalize_date (swapped);
}

char *
_px_metadata_stamp_date (const char *text)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  const char *at = strstr (lower, "updat");
  guint tries = 0;

  if (at == NULL)
    return NULL;
  text += at - lower;
  /* the date may follow a time, a weekday or a label: try each word on */
  while (*text != '\0' && tries++ < 8)
    {
      char *date;
      g_autofree char *rest = NULL;
      const char *bar;

      while (*text != '\0' && *text != ' ')
        text++;
      while (*text == ' ' || *text == ',' || *text == ':')
        text++;
      bar = strchr (text, '|');
      rest = bar != NULL ? g_strndup (text, bar - text) : g_strdup (text);
      if ((date = _px_metadata_normalize_date (g_strstrip (rest))) != NULL)
        return date;
      if ((date = time_then_date (rest)) != NULL)
        return date;
    }
  return NULL;
}

#define PX_METADATA_SEEN_DAY_FIRST 1
#define PX_METADATA_SEEN_MONTH_FIRST 2
#define PX_METADATA_SEEN_ORDERS (PX_METADATA_SEEN_DAY_FIRST | PX_METADATA_SEEN_MONTH_FIRST)
/* a date whose day and month could each be either ("10/01/2008") */
#define PX_METADATA_SEEN_EITHER 4

void
_px_metadata_note_day_orders (const char *text,
                              guint      *seen)
{
  const char *p = text;

  while (*seen != (PX_METADATA_SEEN_ORDERS | PX_METADATA_SEEN_EITHER)
         && (p = strpbrk (p, "/.")) != NULL)
    {
      const char *start = p;
      const char *q;
      char sep = *p;
      int a = 0, b = 0;
      guint digits;

      /* back over the first number: one or two figures, not part of a
       * longer number, a word or a path ("/2008/01/25/", "v1.25.2008")
       */
      while (start > text && g_ascii_isdigit (start[-1]) && p - start < 3)
        start--;
      p++;
      if (p - start < 2 || p - start > 3
          || (start > text && (g_ascii_isalnum (start[-1]) || strchr ("/.-:", start[-1]) != NULL)))
        continue;
      for (q = start; q < p - 1; q++)
        a = a * 10 + (*q - '0');
      for (q = p, digits = 0; g_ascii_isdigit (*q) && digits < 3; q++, digits++)
        b = b * 10 + (*q - '0');
      if (digits == 0 || digits > 2 || *q != sep)
        continue;
      /* the year: four figures, or two after slashes ("25/01/08"; after
       * dots, "07.01.08" may be a version, no evidence, but it is a date
       * to read)
       */
      for (q++, digits = 0; g_ascii_isdigit (*q) && digits < 5; q++, digits++)
        ;
      if (digits != 4 && digits != 2)
        continue;
      if (g_ascii_isalnum (*q) || (*q == sep && g_ascii_isdigit (q[1])))
        continue;
      if (a >= 1 && a <= 12 && b >= 1 && b <= 12 && a != b)
        *seen |= PX_METADATA_SEEN_EITHER;
      else if (digits == 2 && sep != '/')
        continue;
      else if (a > 12 && a <= 31 && b >= 1 && b <= 12)
        *seen |= PX_METADATA_SEEN_DAY_FIRST;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12)
        *seen |= PX_METADATA_SEEN_MONTH_FIRST;
    }
}

/* The order of dates in figures in a locale ("en-GB", "en_US", "de"),
 * or UNKNOWN: English with no country, or a country that uses both.
 */
static PxDayOrder
locale_day_order (const char *locale)
{
  gsize n = 0;

  if (locale == NULL)
    return PX_DAY_ORDER_UNKNOWN;
  while (g_ascii_isalpha (locale[n]))
    n++;
  if (n < 2 || n > 3)
    return PX_DAY_ORDER_UNKNOWN;
  if ((locale[n] == '-' || locale[n] == '_') && g_ascii_isalpha (locale[n + 1]) && g_ascii_isalpha (locale[n + 2])
      && !g_ascii_isalnum (locale[n + 3]))
    {
      const char *country = locale + n + 1;

      /* the United States and the Philippines write the month first;
       * Canada writes both
       */
      if (g_ascii_strncasecmp (country, "us", 2) == 0 || g_ascii_strncasecmp (country, "ph", 2) == 0)
        return PX_DAY_ORDER_MONTH_FIRST;
      if (g_ascii_strncasecmp (country, "ca", 2) == 0)
        return PX_DAY_ORDER_UNKNOWN;
      return PX_DAY_ORDER_DAY_FIRST;
    }
  if (locale[n] != '\0' && locale[n] != '-' && locale[n] != '_')
    return PX_DAY_ORDER_UNKNOWN;
  /* a language alone: English is written both ways; of the others, those
   * that write dates in figures with the year last put the day first
   */
  return n == 2 && g_ascii_strncasecmp (locale, "en", 2) == 0 ? PX_DAY_ORDER_UNKNOWN : PX_DAY_ORDER_DAY_FIRST;
}

/* The order of dates in figures in the country of a host's domain
 * ("bbc.co.uk"), or UNKNOWN: a generic domain, or a country's domain
 * used for other things (.co, .io, .tv, .me) or a country of both uses.
 */
static PxDayOrder
host_day_order (const char *host)
{
  static const char day_first[] =
    " uk ie au nz in za pk ng ke gh ug tz zw sg my lk bd np mt cy"
    " de at ch fr be nl lu it es pt gr dk no se fi is pl cz sk hu ro bg hr si rs ru ua by ee lv lt"
    " br ar cl pe uy ve ec bo py mx tr il eg ma tn ae sa qa id vn th ";
  const char *dot;
  char word[5];

  if (host == NULL || (dot = strrchr (host, '.')) == NULL || strlen (dot + 1) != 2)
    return PX_DAY_ORDER_UNKNOWN;
  if (g_ascii_strcasecmp (dot + 1, "us") == 0)
    return PX_DAY_ORDER_MONTH_FIRST;
  g_snprintf (word, sizeof word, " %c%c ", g_ascii_tolower (dot[1]), g_ascii_tolower (dot[2]));
  return strstr (day_first, word) != NULL ? PX_DAY_ORDER_DAY_FIRST : PX_DAY_ORDER_UNKNOWN;
}

/* The English a page is written in, as the order of its dates in figures:
 * British spellings and the pound sign ("colour", "programme", "per
 * cent", "organised", "£") day first, American ones ("color", "percent",
 * "organized") month first, when one kind outnumbers the other by
 * PX_METADATA_SPELLING_MARGIN; else UNKNOWN. Words spelt alike in both,
 * or differently in Australia or Canada ("labor", "program", "$"), are
 * no evidence.
 */
#define PX_METADATA_SPELLING_MARGIN 2

static PxDayOrder
spelling_day_order (xmlNode *root)
{
  static const char * const british[] = {
    "colour", "colours", "favour", "favourite", "honour", "neighbour", "neighbours", "behaviour", "rumour",
    "rumours", "centre", "centres", "theatre", "metres", "kilometres", "litres", "defence", "offence",
    "programme", "programmes", "travelled", "cancelled", "organisation", "organisations", "organised",
    "recognised", "realised", "apologised", "criticised", "whilst", "tyre", "tyres", "aluminium",
    "jewellery", "licence", "cheque", NULL
  };
  static const char * const american[] = {
    "color", "colors", "favor", "favorite", "honor", "neighbor", "neighbors", "behavior", "rumor", "rumors",
    "center", "centers", "theater", "kilometers", "liters", "offense", "traveled", "canceled",
    "organization", "organizations", "organized", "recognized", "realized", "apologized", "criticized",
    "percent", "aluminum", "jewelry", NULL
  };
  int british_n = 0;
  int american_n = 0;

  for (xmlNode *node = root; node != NULL;)
    {
      gboolean descend = TRUE;

      if (node->type == XML_ELEMENT_NODE)
        descend = !_px_html_is (node, "head") && !_px_html_is (node, "script") && !_px_html_is (node, "style");
      else if (node->type == XML_TEXT_NODE && node->content != NULL)
        {
          const char *p = (const char *) node->content;

          while (*p != '\0')
            {
              const char *start;
              char word[16];
              gsize len;

              if (g_str_has_prefix (p, "\xc2\xa3"))
                british_n++;
              if (g_ascii_strncasecmp (p, "per cent", 8) == 0 && (p == (const char *) node->content || !g_ascii_isalpha (p[-1])))
                british_n++;
              if (!g_ascii_isalpha (*p))
                {
                  p++;
                  continue;
                }
              for (start = p; g_ascii_isalpha (*p); p++)
                ;
              len = p - start;
              if (len < 4 || len >= sizeof word)
                continue;
              for (gsize i = 0; i < len; i++)
                word[i] = g_ascii_tolower (start[i]);
              word[len] = '\0';
              if (g_strv_contains (british, word))
                british_n++;
              else if (g_strv_contains (american, word))
                american_n++;
            }
        }
      node = _px_html_next (node, root, descend);
    }
  if (british_n >= american_n + PX_METADATA_SPELLING_MARGIN)
    return PX_DAY_ORDER_DAY_FIRST;
  if (american_n >= british_n + PX_METADATA_SPELLING_MARGIN)
    return PX_DAY_ORDER_MONTH_FIRST;
  return PX_DAY_ORDER_UNKNOWN;
}

PxDayOrder
_px_metadata_day_order (guint               seen,
                        const char * const *locales,
                        guint               n_locales,
                        const char         *host)
{
  PxDayOrder from_locale = PX_DAY_ORDER_UNKNOWN;
  PxDayOrder from_host = host_day_order (host);

  /* the page's own dates, when they agree */
  seen &= PX_METADATA_SEEN_ORDERS;
  if (seen == PX_METADATA_SEEN_DAY_FIRST)
    return PX_DAY_ORDER_DAY_FIRST;
  if (seen == PX_METADATA_SEEN_MONTH_FIRST)
    return PX_DAY_ORDER_MONTH_FIRST;
  /* the first locale that tells */
  for (guint i = 0; i < n_locales && from_locale == PX_DAY_ORDER_UNKNOWN; i++)
    from_locale = locale_day_order (locales[i]);
  if (from_locale == PX_DAY_ORDER_DAY_FIRST || from_host == PX_DAY_ORDER_DAY_FIRST)
    return PX_DAY_ORDER_DAY_FIRST;
  if (from_locale == PX_DAY_ORDER_MONTH_FIRST || from_host == PX_DAY_ORDER_MONTH_FIRST)
    return PX_DAY_ORDER_MONTH_FIRST;
  return PX_DAY_ORDER_UNKNOWN;
}

/* "11/03/17 2:45 AM", "22/04/2019", "2018.05.06 10:12 AM": a date in
 * figures at the start of @text, as ISO 8601 with what follows it, or
 * NULL. Day and month are read in @order when either could be the month
 * ("10/01/2008"), else as they must be ("14/09/2013").
 */
static char *
figures_to_iso (const char *text,
                PxDayOrder  order)
{
  int a, b, c;
  int year, month, day;
  const char *p = text;
  char sep;

  if (!read_number (&p, 1, 4, &a) || (*p != '/' && *p != '.' && *p != '-'))
    return NULL;
  sep = *p++;
  if (!read_number (&p, 1, 2, &b) || *p != sep)
    return NULL;
  p++;
  if (p - text > 7 && sep != '/')
    {
      /* "2012.08.08" */
      if (!read_number (&p, 1, 2, &c))
        return NULL;
      year = a, month = b, day = c;
    }
  else
    {
      const char *y = p;

      if (!read_number (&p, 2, 4, &c) || p - y == 3)
        return NULL;
      year = p - y == 2 ? 2000 + c : c;
      /* with dots, both orders are common ("01.09.2008" in Arizona,
       * "07.01.08" in London): no guess
       */
      if (a <= 12 && b <= 12 && order == PX_DAY_ORDER_UNKNOWN && sep == '.')
        return NULL;
      if (a > 12 || (b <= 12 && order == PX_DAY_ORDER_DAY_FIRST))
        day = a, month = b;
      else
        month = a, day = b;
    }
  if (g_ascii_isdigit (*p) || month < 1 || month > 12 || day < 1 || day > 31)
    return NULL;
  while (*p == ',' || *p == ' ')
    p++;
  if (g_ascii_strncasecmp (p, "at ", 3) == 0)
    p += 3;
  return g_strdup_printf ("%04d-%02d-%02d%s%s", year, month, day, *p != '\0' ? " " : "", p);
}

/* A date of a stamp's words, @text from its start: as it stands, in
 * figures, or after its time ("8:37 AM, TUE 16 APR 2019").
 */
static char *
stamp_words_date (const char *text,
                  PxDayOrder  order)
{
  g_autofree char *iso = figures_to_iso (text, order);
  char *date;

  if (iso != NULL && (date = _px_metadata_normalize_date (iso)) != NULL)
    return date;
  if (iso != NULL)
    {
      /* the time is not read: the date alone */
      g_autofree char *day = g_strndup (iso, 10);

      return _px_metadata_normalize_date (day);
    }
  if ((date = _px_metadata_normalize_date (text)) != NULL)
    return date;
  if ((date = time_then_date (text)) != NULL)
    return date;
  /* "14:52 22/04/2019" */
  {
    const char *p = text;

    while (*p != '\0' && *p != ' ')
      p++;
    while (*p == ' ' || *p == ',')
      p++;
    if (g_ascii_isdigit (*text) && strchr (text, ':') != NULL && strchr (text, ':') < p
        && (iso = figures_to_iso (p, order)) != NULL && strlen (iso) == 10)
      {
        g_autofree char *clock = g_strndup (text, strcspn (text, " ,"));
        g_autofree char *joined = g_strconcat (iso, " ", clock, NULL);

        if ((date = _px_metadata_normalize_date (joined)) != NULL)
          return date;
        return _px_metadata_normalize_date (iso);
      }
  }
  return NULL;
}

#define PX_METADATA_STAMP_LINE_WORDS 24

static gboolean
is_stamp_label (const char *word)
{
  static const char * const labels[] = { "updat", "modified", "edited", "revised", "posted", "published", "created",
                                         "last", NULL };

  for (guint i = 0; labels[i] != NULL; i++)
    if (g_ascii_strncasecmp (word, labels[i], strlen (labels[i])) == 0)
      return TRUE;
  return _px_metadata_stamp_label_translated (word, NULL);
}

void
_px_metadata_line_dates (const char  *text,
                         PxDayOrder   order,
                         char       **published,
                         char       **updated)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *day = NULL; /* the last date read on the line, "2010-09-10" */
  guint n;
  guint stop;
  gboolean says_updated = FALSE;

  if (text == NULL)
    return;
  {
    g_autofree char *clean = g_strdup (text);

    /* brackets and bars are no part of a date: "(March 20, 2007) —",
     * "11:00 (GMT+04:00)", "8:00 PM PDT |"
     */
    g_strdelimit (clean, "()[]|", ' ');
    words = g_strsplit (g_strstrip (clean), " ", PX_METADATA_STAMP_LINE_WORDS + 1);
  }
  n = MIN (g_strv_length (words), PX_METADATA_STAMP_LINE_WORDS);
  for (guint i = 0; i < n; i++)
    {
      /* "Edited time:", "Last Edited:", "Revised:": the label of the update
       * where "Published:" or "Created:" is the publication's
       */
      if (g_ascii_strncasecmp (words[i], "updat", 5) == 0 || g_ascii_strncasecmp (words[i], "modified", 8) == 0
          || g_ascii_strncasecmp (words[i], "edited", 6) == 0 || g_ascii_strncasecmp (words[i], "revised", 7) == 0)
        says_updated = TRUE;
      /* and the publication's after it: "Updated: ... | Published: ..." */
      else if (g_ascii_strncasecmp (words[i], "published", 9) == 0 || g_ascii_strncasecmp (words[i], "posted", 6) == 0)
        says_updated = FALSE;
      /* "Aktualisiert:", "Обновлено", "Опубліковано:" */
      else
        _px_metadata_stamp_label_translated (words[i], &says_updated);
      if (*words[i] == '\0' || !g_ascii_isalnum (*words[i]))
        continue;
      /* the longest run of words from here to the next label that reads
       * as a date (the date reader takes what follows a date for its zone)
       */
      stop = i + 1;
      while (stop < n && !is_stamp_label (words[stop]))
        stop++;
      for (guint j = stop; j > i; j--)
        {
          g_autoptr(GString) run = g_string_new (NULL);
          char *date;
          char **slot = says_updated ? updated : published;

          for (guint k = i; k < j; k++)
            if (*words[k] != '\0')
              {
                if (run->len > 0)
                  g_string_append_c (run, ' ');
                g_string_append (run, words[k]);
              }
          date = stamp_words_date (run->str, order);
          /* an update of the same day gives its clock alone, nothing
           * after it: "Monday, Oct 7, 2019 | Updated 7:48 PM EDT" (not
           * "UPDATED: 05:40 GMT, 3 May 2018", whose day follows)
           */
          if (date == NULL && says_updated && day != NULL && j == stop && g_ascii_isdigit (*run->str))
            {
              g_autofree char *dated = g_strconcat (day, " ", run->str, NULL);

              if ((date = _px_metadata_normalize_date (dated)) != NULL && strchr (date, 'T') == NULL)
                g_clear_pointer (&date, g_free);
            }
          if (date == NULL)
            continue;
          g_free (day);
          day = g_strndup (date, 10);
          if (slot != NULL && *slot == NULL)
            *slot = date;
          else
            g_free (date);
          i = j - 1;
          break;
        }
    }
}

static char *
pick_byline (Found *found)
{
  const char *keys[] = { "dc.creator", "dcterms.creator", "author", "article:author",
                         "og:article:author", "parsely-author", "sailthru.author", "byl" };
  char *byline;

  if ((byline = _px_metadata_clean_byline (found->ld_author)) != NULL)
    return byline;
  if ((byline = _px_metadata_clean_byline (found->itemprop_author)) != NULL)
    return byline;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *value = g_hash_table_lookup (found->meta, keys[i]);

      if (value != NULL && (byline = _px_metadata_clean_byline (value)) != NULL)
        return byline;
    }
  return NULL;
}

/* TRUE when @word (one word) is the page's host without its "www." and
 * its domain ("indiainteracts" for indiainteracts.com).
 */
static gboolean
names_host (const char *word,
            const char *host)
{
  const char *start;
  const char *dot;

  if (host == NULL)
    return FALSE;
  start = g_str_has_prefix (host, "www.") ? host + 4 : host;
  dot = strchr (start, '.');
  return dot != NULL && (gsize) (dot - start) == strlen (word) && g_ascii_strncasecmp (start, word, dot - start) == 0;
}

/* TRUE when a byline of one word names the page's owner, not a person:
 * the first word of the holder its copyright notice names ("CBS" under
 * "&copy; MMVIII, CBS Corporation", "calgarysun" under "calgarysun
 * 2005"), the name of its host ("indiainteracts" on indiainteracts.com),
 * or a desk ("Newsroom", "Staff"). A byline of two words or more may be
 * the person who owns a blog, and stays.
 */
static gboolean
byline_names_owner (const char *byline,
                    Found      *found,
                    const char *hosts[],
                    guint       n_hosts)
{
  static const char * const desks[] = { "newsroom", "staff", "admin", "administrator", "webmaster", "editor",
                                        "editors", "desk", NULL };
  const char *keys[] = { "copyright", "dc.rights", "dcterms.rights", "rights" };

  if (byline == NULL || *byline == '\0' || strchr (byline, ' ') != NULL)
    return FALSE;
  for (guint i = 0; desks[i] != NULL; i++)
    if (g_ascii_strcasecmp (byline, desks[i]) == 0)
      return TRUE;
  for (guint i = 0; i < n_hosts; i++)
    if (names_host (byline, hosts[i]))
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *notice = g_hash_table_lookup (found->meta, keys[i]);
      g_auto(GStrv) words = NULL;
      guint n;

      if (notice == NULL)
        continue;
      words = g_strsplit_set (notice, " \t\n,", 16);
      n = g_strv_length (words);
      /* the holder: the first word after the sign, the word and the year */
      for (guint k = 0; k < n; k++)
        {
          const char *w = words[k];

          /* "\u00a9CBS": the sign written against the holder's name */
          if (g_str_has_prefix (w, "\u00a9"))
            w += strlen ("\u00a9");
          if (*w == '\0' || g_ascii_strcasecmp (w, "copyright") == 0
              || g_ascii_strcasecmp (w, "(c)") == 0 || g_ascii_strcasecmp (w, "&copy;") == 0
              || strspn (w, "0123456789-MDCLXVI") == strlen (w))
            continue;
          if (g_ascii_strcasecmp (w, byline) == 0)
            return TRUE;
          break;
        }
    }
  return FALSE;
}

/* @text cleaned as a byline, a kind of piece after the writer's name and
 * a colon taken off ("Richard Beeston: Analysis", "Jane Doe: Review"):
 * the colon does not end the name there, as a stamp's label would.
 */
static char *
writer_of_kind (const char *text)
{
  const char *colon = strstr (text, ": ");

  if (colon != NULL && colon > text)
    {
      const char *kind = colon + 2;

      while (*kind == ' ')
        kind++;
      if (*kind != '\0' && g_ascii_isupper (*kind) && strpbrk (kind, " \t\n0123456789:") == NULL)
        {
          g_autofree char *name = g_strndup (text, colon - text);

          return _px_metadata_clean_byline (name);
        }
    }
  return _px_metadata_clean_byline (text);
}

/* The writer an outlet's credit is followed by: a page whose element
 * marked as its byline names the outlet ("From <span class=byline>The
 * Times</span>" over the headline) and whose next such element, a few
 * elements later, names a person (the writer's under the headline). An
 * element marked as a byline before the credit is another story's (a
 * columnist's in the masthead), one far after it a reader's; another
 * outlet's name or a line with figures (the byline bar's reading time)
 * ends the search.
 */
static char *
credited_writer (Found      *found,
                 const char *outlet,
                 const char *hosts[],
                 guint       n_hosts)
{
  for (guint i = 0; i < found->n_byline_texts; i++)
    {
      g_autofree char *credit = _px_metadata_clean_byline (found->byline_texts[i]);

      if (credit == NULL || !_px_metadata_byline_names_outlet (credit, outlet, found->ld_publisher))
        continue;
      for (guint k = i + 1; k < found->n_byline_texts; k++)
        {
          g_autofree char *writer = NULL;

          if (found->byline_at[k] - found->byline_at[i] > PX_METADATA_CREDIT_NEAR)
            return NULL;
          writer = writer_of_kind (found->byline_texts[k]);
          _px_metadata_drop_byline_outlet (writer, outlet, found->ld_publisher);
          if (writer == NULL || g_ascii_strcasecmp (writer, credit) == 0)
            continue;
          /* a name has no figures: the byline bar's "2 Min Read" is none */
          if (strpbrk (writer, "0123456789") != NULL)
            return NULL;
          if (_px_metadata_byline_names_outlet (writer, outlet, found->ld_publisher)
              || byline_names_owner (writer, found, hosts, n_hosts))
            return NULL;
          return g_steal_pointer (&writer);
        }
      return NULL;
    }
  return NULL;
}

/* The line a byline's element stands in, when it is a line: its parent's
 * text, short ("<p class=credit><span class=author>Posted By: Jane
 * Doe</span> | <span class=pubdate>December 13 2007 at 07:52
 * AM</span></p>"), or NULL.
 */
static char *
byline_line (xmlNode *node)
{
  g_autofree char *text = _px_html_text (node->parent, 2 * PX_METADATA_BYLINE_LINE_BYTES);

  if (strlen (text) > PX_METADATA_BYLINE_LINE_BYTES)
    return NULL;
  return g_steal_pointer (&text);
}

/* @date, a day alone from the page's meta data, or the time the line of
 * the writer's byline states when that is of a day before it, at most a
 * year before, with its clock: a blog's PUBDATE of the day the page was
 * built ("Jan 16, 2008") over the post's "Posted By: … | December 13 2007
 * at 07:52 AM". A later stamp there may be an update, and is not taken.
 */
static char *
stated_over_build_day (Found      *found,
                       PxDayOrder  order,
                       char       *date)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *stated = NULL;
  g_autofree char *stated_day = NULL;
  g_autofree char *built_day = NULL;
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;

  if (date == NULL || strlen (date) != 10 || found->byline_line == NULL)
    return date;
  _px_metadata_line_dates (found->byline_line, order, &stated, NULL);
  if (stated == NULL || strlen (stated) < 16)
    return date;
  stated_day = g_strdup_printf ("%.10sT00:00:00Z", stated);
  built_day = g_strdup_printf ("%.10sT00:00:00Z", date);
  a = g_date_time_new_from_iso8601 (stated_day, utc);
  b = g_date_time_new_from_iso8601 (built_day, utc);
  if (a == NULL || b == NULL || g_date_time_compare (a, b) >= 0
      || g_date_time_difference (b, a) > 366 * G_TIME_SPAN_DAY)
    return date;
  g_free (date);
  return g_steal_pointer (&stated);
}

static char *
pick_published (Found      *found,
                PxDayOrder  order)
{
  const char *keys[] = { "article:published_time", "og:article:published_time",
                         "article:published", "datepublished", "parsely-pub-date",
                         "sailthru.date", "publish-date", "publishdate", "pubdate", "date",
                         "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
                         "article.published", "og:published_time", "published_time" };
  char *date;

  if ((date = _px_metadata_normalize_date (found->ld_published)) != NULL)
    return date;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if ((date = _px_metadata_normalize_date (g_hash_table_lookup (found->meta, keys[i]))) != NULL)
      return stated_over_build_day (found, order, date);
  if ((date = _px_metadata_normalize_date (found->itemprop_published)) != NULL)
    return date;
  if ((date = _px_metadata_normalize_date (found->time_pubdate)) != NULL)
    return date;
  if ((date = _px_metadata_normalize_date (found->time_datetime)) != NULL)
    return date;
  /* the nearer to the headline of the dates under and above it */
  if (found->pre_h1_date != NULL && found->n_h1 == 1
      && (found->markup_date == NULL || found->pre_h1_date_at < found->markup_date_at))
    {
      _px_metadata_line_dates (found->pre_h1_date, order, &date, NULL);
      if (date != NULL)
        return date;
    }
  if (found->markup_date != NULL)
    {
      _px_metadata_line_dates (found->markup_date, order, &date, NULL);
      if (date != NULL)
        return date;
    }
  if (found->pre_h1_date != NULL && found->n_h1 == 1)
    {
      _px_metadata_line_dates (found->pre_h1_date, order, &date, NULL);
      if (date != NULL)
        return date;
    }
  /* a heading that is a date and nothing else, above a blog's posts of
   * that day ("Tuesday, March 4, 2025"), on a page that gives no other
   */
  for (guint i = 0; i < found->headings->len; i++)
    {
      const Heading *heading = &g_array_index (found->headings, Heading, i);

      if (heading->level >= 2 && _px_furniture_head_line (heading->text) == PX_HEAD_LINE_STAMP)
        {
          _px_metadata_line_dates (heading->text, order, &date, NULL);
          if (date != NULL)
            return date;
        }
    }
  /* a line labelled as the publication's, when every such line of the
   * page gives one day: a list of other stories, each "Published: …",
   * gives several, or more than are kept. A date in figures that reads
   * in either order ("11/1/2008") is read only in the order the page's
   * own dates prove: the order guessed from its spelling is no proof.
   */
  if (found->n_published_lines > PX_METADATA_PUBLISHED_LINES)
    return NULL;
  for (guint i = 0; i < found->n_published_lines; i++)
    {
      char *read = NULL;
      g_autofree char *day_first = NULL;
      g_autofree char *month_first = NULL;
      guint proved = found->day_orders & PX_METADATA_SEEN_ORDERS;

      _px_metadata_line_dates (found->published_lines[i], PX_DAY_ORDER_DAY_FIRST, &day_first, NULL);
      _px_metadata_line_dates (found->published_lines[i], PX_DAY_ORDER_MONTH_FIRST, &month_first, NULL);
      if (g_strcmp0 (day_first, month_first) == 0)
        read = g_steal_pointer (&day_first);
      else if (proved == PX_METADATA_SEEN_DAY_FIRST || proved == PX_METADATA_SEEN_MONTH_FIRST)
        _px_metadata_line_dates (found->published_lines[i], order, &read, NULL);
      if (read == NULL)
        continue;
      if (date == NULL)
        date = read;
      else
        {
          gboolean same_day = strncmp (date, read, 10) == 0;

          g_free (read);
          if (!same_day)
            {
              g_clear_pointer (&date, g_free);
              return NULL;
            }
        }
    }
  return date;
}

static char *
pick_updated (Found *found)
{
  const char *keys[] = { "article:modified_time", "og:article:modified_time", "article:modified",
                         "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
                         "last-modified", "modified_time", "article.updated", "lastmod" };
  char *date;

  if ((date = _px_metadata_normalize_date (found->ld_modified)) != NULL)
    return date;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if ((date = _px_metadata_normalize_date (g_hash_table_lookup (found->meta, keys[i]))) != NULL)
      return date;
  if ((date = _px_metadata_normalize_date (found->itemprop_modified)) != NULL)
    return date;
  if ((date = _px_metadata_normalize_date (found->time_updated)) != NULL)
    return date;
  return g_strdup (found->stamp_updated);
}

/* Addresses */

/* @ref resolved against @base (both nullable), if the result is an http
 * or https address with a host; else NULL. The scheme comes out in lower
 * case.
 */
static char *
resolve_http (const char *base,
              const char *ref)
{
  g_autofree char *resolved = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  if (ref == NULL || *ref == '\0')
    return NULL;
  if (base != NULL && g_uri_is_valid (base, G_URI_FLAGS_NONE, NULL))
    resolved = g_uri_resolve_relative (base, ref, G_URI_FLAGS_NONE, NULL);
  else if (g_uri_is_valid (ref, G_URI_FLAGS_NONE, NULL))
    resolved = g_strdup (ref);
  if (resolved == NULL)
    return NULL;

  uri = g_uri_parse (resolved, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return NULL;
  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);
  if (scheme == NULL || (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
      || host == NULL || *host == '\0')
    return NULL;
  /* written out again by GUri: "HTTPS://" becomes "https://" */
  return g_uri_to_string (uri);
}

static char *
host_of (const char *url)
{
  g_autoptr(GUri) uri = NULL;

  if (url == NULL)
    return NULL;
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return NULL;
  return g_ascii_strdown (g_uri_get_host (uri), -1);
}

static char *
pick_language (Found *found)
{
  const char *candidates[] = { found->lang, g_hash_table_lookup (found->meta, "content-language"),
                               g_hash_table_lookup (found->meta, "og:locale"),
                               g_hash_table_lookup (found->meta, "dc.language"), found->ld_language };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      const char *value = candidates[i];
      gsize n = 0;

      if (value == NULL)
        continue;
      while (g_ascii_isalpha (value[n]))
        n++;
      if ((n == 2 || n == 3) && (value[n] == '\0' || value[n] == '-' || value[n] == '_'))
        return g_ascii_strdown (value, n);
    }
  return NULL;
}

/* The host a <title> names at either end ("News | Europe -
 * Reuters.com", "TheStar.com | Sports | ..."): the page's own address, for
 * a page saved without it. NULL when neither end part is a host name.
 */
static char *
title_host (const char *title)
{
  g_auto(GStrv) parts = NULL;
  guint n;

  if (title == NULL)
    return NULL;
  parts = g_strsplit_set (title, "|-\u2013\u2014:\u00bb>", 16);
  n = g_strv_length (parts);
  for (guint k = 0; k < 2 && n >= 2; k++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[k == 0 ? n - 1 : 0]));
      const char *dot = strrchr (part, '.');
      gsize len = strlen (part);
      gboolean ok = dot != NULL && dot > part && len <= 64 && strlen (dot + 1) >= 2 && strlen (dot + 1) <= 6;

      for (const char *p = part; ok && *p != '\0'; p++)
        ok = g_ascii_isalnum (*p) || *p == '.' || *p == '-';
      for (const char *p = dot != NULL ? dot + 1 : ""; ok && *p != '\0'; p++)
        ok = g_ascii_isalpha (*p);
      if (ok)
        return g_ascii_strdown (part, -1);
    }
  return NULL;
}

/* The outlet a <title> names beside the page's @headline, for a page saved
 * without its address or a name for itself: a known outlet's name at
 * either end ("... | Reuters", "TheHill - ..."), or the short last part
 * of a title that is the headline and one more part ("Headline | Valley
 * Gazette"). A title of three parts or more holds sections as often as
 * the site's name, a part before the headline is as often a section
 * ("Sports | ..."), and a part shaped like a sentence is a second
 * headline: none of them names an unknown outlet. @headline is NULL
 * when the page's headline was itself read from the <title>.
 */
/* A template's stand-in for the site's name ("Web Site", "Home") */
static gboolean
is_placeholder_name (const char *name)
{
  static const char * const placeholders[] = { "web site", "website", "home", "home page", "homepage", "news",
                                               "online", "untitled", "index", NULL };
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_strv_contains (placeholders, lower);
}

/* Words of a <title>'s section or kicker parts ("World", "Breaking News",
 * "India Sports", "Men's College Basketball", "UPDATE 2"): a part made of
 * these alone names no outlet.
 */
static const char * const section_words[] = {
  "a", "an", "and", "&", "of", "the", "in", "on", "for", "to", "from", "at", "by", "other", "general", "more",
  "news", "latest", "breaking", "top", "stories", "story", "home", "front", "page", "section", "world", "national",
  "international", "local", "regional", "state", "metro", "city", "nation", "region", "us", "u.s", "uk", "business",
  "money", "finance", "markets", "economy", "politics", "opinion", "opinions", "editorial", "editorials",
  "comment", "commentary", "columnists", "columnist", "columns", "column", "letters", "analysis", "features",
  "feature", "sport", "sports", "football", "soccer", "cricket", "rugby", "tennis", "golf", "hockey",
  "basketball", "baseball", "racing", "motorsport", "boxing", "athletics", "olympics", "nfl", "nba", "nhl",
  "mlb", "mls", "ncaa", "nascar", "premier", "league", "match", "matches", "results", "scores", "fixtures",
  "transfer", "transfers", "entertainment", "celebrity", "celebrities", "celeb", "gossip", "showbiz", "music",
  "movies", "movie", "film", "films", "tv", "television", "radio", "arts", "art", "culture", "books",
  "lifestyle", "life", "living", "style", "fashion", "travel", "food", "health", "science", "technology",
  "tech", "gadgets", "games", "gaming", "education", "environment", "weather", "traffic", "crime", "law",
  "religion", "obituaries", "photos", "photo", "pictures", "video", "videos", "gallery", "multimedia", "audio",
  "podcast", "podcasts", "blogs", "blog", "live", "update", "updates", "exclusive", "factbox", "special",
  "reports", "report", "review", "reviews", "preview", "interview", "wire", "feed", "article", "articles",
  "archive", "archives", "clips", "spotlight", "headlines", "summary", "recap", "men's", "women's", "mens",
  "womens", "college", "india", "china", "asia", "europe", "africa", "australia", "canada", "america",
  "americas", "middle", "east", "west", "north", "south", "britain", "ireland", "scotland", "wales", "england",
  "pakistan", "japan", "russia", "iraq", "iran", "israel", "germany", "france", NULL
};

/* TRUE when @part is a section's name: four words at most, each of
 * section_words ("Football", "Men's College Basketball", "World News").
 */
static gboolean
all_section_words (const char *part)
{
  g_auto(GStrv) words = g_strsplit_set (part, " \t", 16);
  guint n = 0;

  for (guint w = 0; words[w] != NULL; w++)
    {
      g_autofree char *lower = NULL;

      if (words[w][0] == '\0')
        continue;
      if (++n > 4)
        return FALSE;
      lower = g_ascii_strdown (words[w], -1);
      if (!g_strv_contains (section_words, lower))
        return FALSE;
    }
  return n > 0;
}

/* Words that name a news outlet ("Deccan Herald", "Trend News",
 * "Khaleej Times Online", "The Modesto Bee")
 */
static const char * const outlet_words[] = {
  "times", "news", "post", "herald", "telegraph", "tribune", "journal", "chronicle", "gazette", "star", "sun",
  "mail", "express", "guardian", "independent", "online", "tv", "radio", "daily", "weekly", "press", "record",
  "observer", "mirror", "standard", "courier", "examiner", "bulletin", "magazine", "network", "today",
  "register", "dispatch", "leader", "advertiser", "enquirer", "inquirer", "sentinel", "globe", "bee",
  "monitor", "channel", "broadcasting", "media", "digest", "newspaper", "eagle", "argus", "echo", "mercury",
  "insider", "citizen", "statesman", "pioneer", "agency", "newswire", NULL
};


/* Cuts a <title> at every separator of either order ("Site: Section:
 * Headline", "Headline | Section | Site"). Returns the number of parts,
 * 0 when there are more than PX_TITLE_MAX_PARTS.
 */
static guint
title_outlet_parts (const char *title,
                    TitlePart  *parts)
{
  static const char * const cuts[] = { " | ", " - ", " \u2013 ", " \u2014 ", " -- ", " :: ", " \u00b7 ", " \u00bb ",
                                       " > ", " / ", " : ", ": ", "- ", "|", NULL };
  const char *p = title;
  guint n = 0;

  for (;;)
    {
      const char *cut = NULL;
      gsize cut_len = 0;
      guint which = 0;

      if (n == PX_TITLE_MAX_PARTS)
        return 0;
      for (guint i = 0; cuts[i] != NULL; i++)
        {
          const char *hit = strstr (p, cuts[i]);

          if (hit != NULL && (cut == NULL || hit < cut))
            {
              cut = hit;
              cut_len = strlen (cuts[i]);
              which = i;
            }
        }
      parts[n].start = p;
      parts[n].end = cut != NULL ? cut : p + strlen (p);
      parts[n].colon_after = cut != NULL && strcmp (cuts[which], ": ") == 0;
      n++;
      if (cut == NULL)
        return n;
      p = cut + cut_len;
    }
}

/* A word ends in a host's last label: "Pocket-lint.co.uk", "KHOU.com" */
static gboolean
word_is_host (const char *word)
{
  const char *dot = strrchr (word, '.');
  gsize tld;

  if (dot == NULL || dot == word)
    return FALSE;
  tld = strlen (dot + 1);
  if (tld < 2 || tld > 4)
    return FALSE;
  for (const char *p = dot + 1; *p != '\0'; p++)
    if (!g_ascii_isalpha (*p))
      return FALSE;
  return g_ascii_isalnum (dot[-1]);
}

/* A title's part that names an outlet by its shape, with nothing else to
 * go by: a few words, not all a section's or a kicker's, and one that
 * only a name has: an outlet's word ("Herald", "Online"), a call sign or
 * a few letters ("WMUR", "ITN"), letters run together with capitals or
 * figures ("MyFox Houston", "icScotland", "News24") or a host.
 */
static gboolean
part_names_outlet (const char *part)
{
  g_auto(GStrv) words = NULL;
  guint n_words;
  gboolean any_lower = FALSE, all_sections = TRUE, evidence = FALSE;

  if (strlen (part) == 0 || strlen (part) > 48 || strchr (part, ',') != NULL || is_placeholder_name (part)
      || (strpbrk (part, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == NULL && (strchr (part, ' ') != NULL || !word_is_host (part))))
    return FALSE;
  words = g_strsplit (part, " ", -1);
  n_words = g_strv_length (words);
  if (n_words == 0 || n_words > 5)
    return FALSE;
  for (guint i = 0; i < n_words; i++)
    {
      const char *w = words[i];
      gsize len = strlen (w);
      guint upper = 0, lower = 0, digits = 0, other = 0;
      gboolean inner_upper = FALSE;
      g_autofree char *bare = NULL;

      if (len == 0)
        continue;
      for (gsize k = 0; k < len; k++)
        {
          if (g_ascii_isupper (w[k]))
            {
              upper++;
              inner_upper |= k > 0;
            }
          else if (g_ascii_islower (w[k]))
            lower++;
          else if (g_ascii_isdigit (w[k]))
            digits++;
          else
            other++;
        }
      any_lower |= lower > 0;
      /* the word's letters, in lower case, without the marks around it */
      {
        const char *a = w, *b = w + len;

        while (a < b && !g_ascii_isalnum (*a) && *a != '&')
          a++;
        while (b > a && !g_ascii_isalnum (b[-1]) && b[-1] != '&')
          b--;
        bare = g_ascii_strdown (a, b - a);
      }
      if (*bare != '\0' && strspn (bare, "0123456789") != strlen (bare) && !g_strv_contains (section_words, bare))
        all_sections = FALSE;
      if (g_strv_contains (outlet_words, bare)
          || (upper >= 3 && upper <= 4 && lower == 0 && digits == 0 && other == 0)
          || (upper > 0 && digits > 0 && upper + lower + digits == len)
          || (inner_upper && lower > 0 && !g_str_has_prefix (w, "Mc") && !g_str_has_prefix (w, "Mac"))
          || word_is_host (w))
        evidence = TRUE;
    }
  /* shouted words are a kicker or a section ("STATE NEWS") */
  if (n_words > 1 && !any_lower)
    return FALSE;
  if (g_str_has_suffix (part, "?") || (g_str_has_suffix (part, ".") && !word_is_host (words[n_words - 1])))
    return FALSE;
  return evidence && !all_sections;
}

/* The outlet a <title> names before or after the page's @headline
 * ("MyFox Houston | Headline", "AFP: Headline", "Site > News > Headline",
 * "Headline - Soccer - Sport - Belfast Telegraph"): the last part after
 * the headline that is shaped like an outlet's name, else the first part
 * before it. A part after the headline alone ("Section - Headline -
 * Soccerway") is the site's name when the parts before are sections.
 */
static char *
title_outlet_around (const char *title,
                     const char *headline)
{
  TitlePart parts[PX_TITLE_MAX_PARTS];
  guint n = title_outlet_parts (title, parts);
  g_autofree char *want = _px_html_squash (headline);
  guint first = 0, last = 0;
  gboolean found = FALSE;
  g_autofree char *name = NULL;

  if (n < 2 || *want == '\0')
    return NULL;
  for (guint i = 0; i < n && !found; i++)
    for (guint j = i; j < n && !found; j++)
      {
        g_autofree char *run = g_strndup (parts[i].start, parts[j].end - parts[i].start);
        g_autofree char *squashed = _px_html_squash (run);

        if (strcmp (squashed, want) == 0)
          {
            found = TRUE;
            first = i;
            last = j;
          }
      }
  if (!found || (first == 0 && last == n - 1))
    return NULL;
  for (guint k = n; k > last + 1; k--)
    {
      g_autofree char *part = g_strstrip (g_strndup (parts[k - 1].start, parts[k - 1].end - parts[k - 1].start));

      if (part_names_outlet (part))
        {
          name = g_steal_pointer (&part);
          break;
        }
    }
  if (name == NULL && first > 0)
    {
      g_autofree char *part = g_strstrip (g_strndup (parts[0].start, parts[0].end - parts[0].start));

      /* a greeting before the site's name */
      if (g_str_has_prefix (part, "Welcome to "))
        memmove (part, part + strlen ("Welcome to "), strlen (part + strlen ("Welcome to ")) + 1);
      if (part_names_outlet (part))
        name = g_steal_pointer (&part);
    }
  /* "Section - Headline - Site" */
  if (name == NULL && last == n - 2 && first > 0 && !parts[last].colon_after)
    {
      g_autofree char *part = g_strstrip (g_strndup (parts[n - 1].start, parts[n - 1].end - parts[n - 1].start));
      gboolean sections = TRUE;

      for (guint k = 0; k < first && sections; k++)
        {
          g_autofree char *section = g_strstrip (g_strndup (parts[k].start, parts[k].end - parts[k].start));
          g_auto(GStrv) words = g_strsplit (section, " ", -1);

          for (guint w = 0; words[w] != NULL && sections; w++)
            {
              g_autofree char *lower = g_ascii_strdown (words[w], -1);

              sections = *lower == '\0' || g_strv_contains (section_words, lower);
            }
        }
      if (sections && count_words (part) <= 5 && strlen (part) <= 60
          && g_unichar_isupper (g_utf8_get_char_validated (part, -1)) && strpbrk (part, ":|>?!,") == NULL
          && !g_str_has_suffix (part, ".") && !is_placeholder_name (part))
        name = g_steal_pointer (&part);
    }
  if (name == NULL)
    return NULL;
  /* marks after the name ("Business Journal:", "azstarnet.com \u00ae") */
  {
    gsize len = strlen (name);

    while (len > 0 && (name[len - 1] == ':' || name[len - 1] == ' '))
      len--;
    if (len >= 2 && g_str_has_prefix (name + len - 2, "\u00ae"))
      len -= 2;
    while (len > 0 && name[len - 1] == ' ')
      len--;
    name[len] = '\0';
    /* a logo's name and its text run together ("EuroNewsEuroNews") */
    if (len >= 4 && len % 2 == 0 && strncmp (name, name + len / 2, len / 2) == 0)
      name[len / 2] = '\0';
  }
  if (g_str_has_prefix (name, "www.") && word_is_host (name))
    memmove (name, name + 4, strlen (name + 4) + 1);
  return *name != '\0' ? g_steal_pointer (&name) : NULL;
}

static char *
title_outlet (const char *title,
              const char *headline)
{
  const char *first, *first_end, *last, *last_end;
  guint n_separators;
  g_autofree char *head = NULL;
  g_autofree char *tail = NULL;
  g_autofree char *squashed_head = NULL;
  g_autofree char *squashed_headline = NULL;
  g_autofree char *around = NULL;
  const char *known;

  if (title == NULL || strlen (title) > PX_METADATA_MAX_LINE)
    return NULL;
  n_separators = title_separators (title, &first, &first_end, &last, &last_end);
  if (n_separators > 0)
    {
      head = g_strstrip (g_strndup (title, first - title));
      tail = g_strstrip (g_strdup (last_end));
      /* a known outlet at either end */
      known = px_outlet_for_site_name (tail);
      if (known == NULL)
        known = px_outlet_for_site_name (head);
      if (known != NULL)
        return g_strdup (known);
    }

  /* "Headline - Print - Outlet": a print view's word between the two */
  if (n_separators == 2)
    {
      static const char * const print_words[] = { "print", "printer friendly", "printer-friendly", "print version",
                                                  "printable version", "printer friendly version",
                                                  "printer-friendly version", "print view", NULL };
      g_autofree char *middle = g_ascii_strdown (first_end, last - first_end);

      if (g_strv_contains (print_words, g_strstrip (middle)))
        n_separators = 1;
    }
  if (headline == NULL)
    return NULL;
  if (n_separators == 1)
    {
      squashed_head = _px_html_squash (head);
      squashed_headline = _px_html_squash (headline);
      if (strcmp (squashed_head, squashed_headline) == 0 && count_words (tail) <= 5 && strlen (tail) <= 60
          && g_unichar_isupper (g_utf8_get_char_validated (tail, -1)) && strpbrk (tail, ":|>?!") == NULL
          && !g_str_has_suffix (tail, "-") && !g_str_has_suffix (tail, ".") && !is_placeholder_name (tail))
        return g_steal_pointer (&tail);
    }
  /* the site's name before the headline, or after it and its sections */
  around = title_outlet_around (title, headline);
  known = px_outlet_for_site_name (around);
  if (known != NULL)
    return g_strdup (known);
  return g_steal_pointer (&around);
}

/* how many of the page's elements and lines are read for the name it
 * spells its address with, or for its copyright line
 */
#define PX_METADATA_MARK_NODES 20000
/* the longest line read for either */
#define PX_METADATA_MARK_CHARS 300

/* The words of @line that spell @label, "The" or not before them, letter
 * for letter ("The Globe and Mail" for "globeandmail"), from a capital to
 * a capital; NULL when none do.
 */
static char *
words_spelling (const char *line,
                const char *label)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *the_label = NULL;
  gboolean may_start = FALSE;
  gsize len = 0;
  guint n;

  /* a name starts a word with a capital that is the label's first letter
   * or the "T" of "The": most lines have none, and are not split
   */
  for (const char *p = line; *p != '\0'; p++, len++)
    {
      if (len >= PX_METADATA_MARK_CHARS)
        return NULL;
      if (!may_start && g_ascii_isupper (*p)
          && (p == line || p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n' || p[-1] == '\r')
          && (g_ascii_tolower (*p) == label[0] || *p == 'T'))
        may_start = TRUE;
    }
  if (!may_start)
    return NULL;
  the_label = g_strconcat ("the", label, NULL);
  words = g_strsplit_set (line, " \t\n\r", -1);
  n = g_strv_length (words);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) letters = g_string_new (NULL);

      if (!g_ascii_isupper (words[i][0]))
        continue;
      for (guint j = i; j < n; j++)
        {
          for (const char *p = words[j]; *p != '\0'; p++)
            if (g_ascii_isalnum (*p))
              g_string_append_c (letters, g_ascii_tolower (*p));
          if (!g_str_has_prefix (label, letters->str) && !g_str_has_prefix (the_label, letters->str))
            break;
          if (g_ascii_isupper (words[j][0]) && (strcmp (letters->str, label) == 0 || strcmp (letters->str, the_label) == 0))
            {
              g_autoptr(GString) name = g_string_new (NULL);

              for (guint k = i; k <= j; k++)
                {
                  if (*words[k] == '\0')
                    continue;
                  if (name->len > 0)
                    g_string_append_c (name, ' ');
                  g_string_append (name, words[k]);
                }
              /* the line's marks after the name ("... Mail.", "Times,", a
               * no-break space)
               */
              while (name->len > 0 && !g_ascii_isalnum (name->str[name->len - 1]))
                g_string_truncate (name, name->len - 1);
              return g_string_free (g_steal_pointer (&name), FALSE);
            }
        }
    }
  return NULL;
}

typedef char *(*MarkLineFunc) (const char *line,
                                const char *data);

/* The first answer @func gives on the page's marks: its text nodes and
 * the alt and title of its elements, outside scripts and styles, within
 * the first PX_METADATA_MARK_NODES nodes; NULL when it gives none.
 */
static char *
first_in_marks (xmlNode      *root,
                MarkLineFunc  func,
                const char   *data)
{
  guint seen = 0;

  for (xmlNode *node = root; node != NULL && seen < PX_METADATA_MARK_NODES; seen++)
    {
      const char *lines[2] = { NULL };

      if (node->type == XML_TEXT_NODE && node->content != NULL)
        lines[0] = (const char *) node->content;
      else if (node->type == XML_ELEMENT_NODE && !_px_html_is (node, "script") && !_px_html_is (node, "style"))
        {
          lines[0] = _px_html_attr (node, "alt");
          lines[1] = _px_html_attr (node, "title");
        }
      for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
        if (lines[i] != NULL)
          {
            char *found = func (lines[i], data);

            if (found != NULL)
              return found;
          }
      node = _px_html_next (node, root, !_px_html_is (node, "script") && !_px_html_is (node, "style"));
    }
  return NULL;
}

/* The outlet's name @line spells @label with (words_spelling()), when it
 * is of two words or more, "The" aside, and shaped like an outlet's name.
 */
static char *
spelled_name (const char *line,
              const char *label)
{
  g_autofree char *name = words_spelling (line, label);

  if (name != NULL && strchr (g_str_has_prefix (name, "The ") ? name + 4 : name, ' ') != NULL
      && part_names_outlet (name))
    return g_steal_pointer (&name);
  return NULL;
}

/* The name a page spells its address with, for an outlet known only by
 * an address ("globeandmail.com", the <title>'s "ContraCostaTimes.com"):
 * "The Globe and Mail" (a footer's, an OpenSearch title's), "Contra Costa
 * Times" (its logo's). The words hold the address's first label letter
 * for letter and are shaped like an outlet's name, so a place the
 * address is named after ("Kansas City" on kansascity.com) is no name;
 * a name of one word, "The" or not before it, adds nothing to the
 * address ("OHIO" on ohio.com, "The Examiner" on examiner.com) and is
 * left to it.
 */
static char *
address_spelled_out (xmlNode    *root,
                     const char *address)
{
  const char *start = g_ascii_strncasecmp (address, "www.", 4) == 0 ? address + 4 : address;
  const char *dot = strchr (start, '.');
  g_autofree char *label = NULL;

  if (dot == NULL || dot - start < 4)
    return NULL;
  label = g_ascii_strdown (start, dot - start);
  for (const char *p = label; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return NULL;
  return first_in_marks (root, spelled_name, label);
}

/* The word of @line that is @address letter for letter with capitals
 * of its own ("Boston.com" for "boston.com"), from a capital, not all in
 * capitals (a masthead's "BOSTON.COM" shouts, it does not spell); NULL
 * when none is.
 */
static char *
address_in_capitals (const char *line,
                     const char *address)
{
  gsize len = strlen (address);
  const char *dot = strchr (address, '.');

  if (strlen (line) > PX_METADATA_MARK_CHARS || dot == NULL)
    return NULL;
  for (const char *p = line; *p != '\0'; p++)
    {
      gboolean lower = FALSE;

      if (g_ascii_strncasecmp (p, address, len) != 0)
        continue;
      if ((p > line && (g_ascii_isalnum (p[-1]) || strchr (".-_@/", p[-1]) != NULL))
          || g_ascii_isalnum (p[len]) || (p[len] == '.' && g_ascii_isalnum (p[len + 1])) || p[len] == '/'
          || !g_ascii_isupper (*p) || strncmp (p, address, len) == 0)
        continue;
      /* its domain as the address has it ("Mangalorean.Com" is no name) */
      if (strncmp (p + (dot - address), dot, len - (dot - address)) != 0)
        continue;
      for (gsize i = 0; i < len; i++)
        lower |= g_ascii_islower (p[i]);
      if (lower)
        return g_strndup (p, len);
    }
  return NULL;
}

/* The page's own spelling of an outlet known only by an address in
 * small letters, when it writes that address with capitals of its own
 * ("Boston.com" in its footer and its links for boston.com, "NOLA.com",
 * "CTV.ca"); NULL when it writes it in no other way.
 */
static char *
address_capitalized (xmlNode    *root,
                     const char *address)
{
  const char *start = g_ascii_strncasecmp (address, "www.", 4) == 0 ? address + 4 : address;

  if (strchr (start, '.') == NULL)
    return NULL;
  /* an address the page already names with capitals ("SPORTBOX.tv") */
  for (const char *p = start; *p != '\0'; p++)
    if (g_ascii_isupper (*p))
      return NULL;
  return first_in_marks (root, address_in_capitals, start);
}

/* TRUE when an element's line of at most PX_METADATA_MARK_CHARS holds a
 * copyright mark and @name ("Copyright © 2008<br>The Valley Courier").
 */
static gboolean
copyright_names (xmlNode    *root,
                 const char *name)
{
  g_autofree char *want = g_utf8_casefold (name, -1);
  guint seen = 0;

  for (xmlNode *node = root; node != NULL && seen < PX_METADATA_MARK_NODES; seen++)
    {
      if (node->type == XML_TEXT_NODE && node->content != NULL && node->parent != NULL
          && strlen ((const char *) node->content) <= PX_METADATA_MARK_CHARS)
        {
          g_autofree char *line = g_utf8_casefold ((const char *) node->content, -1);

          if (strstr (line, "\u00a9") != NULL || strstr (line, "copyright") != NULL || strstr (line, "(c)") != NULL)
            {
              g_autofree char *whole = _px_html_text (node->parent, PX_METADATA_MARK_CHARS + 1);
              g_autofree char *folded = g_utf8_casefold (whole, -1);

              if (strlen (whole) <= PX_METADATA_MARK_CHARS && strstr (folded, want) != NULL)
                return TRUE;
            }
        }
      node = _px_html_next (node, root, !_px_html_is (node, "script") && !_px_html_is (node, "style"));
    }
  return FALSE;
}

/* A <title> that is the site's name alone, not the page's one <h1>
 * ("The Valley Courier" over "<h1>Ferry service resumes</h1>"), on a page
 * saved without its address or a name for itself: the outlet when it is
 * shaped like an outlet's name and the page's copyright line names it
 * too. A title that is another headline ("Times Square reopens") has no
 * copyright line.
 */
static char *
title_names_site_alone (xmlNode    *root,
                        const char *title,
                        const char *headline)
{
  TitlePart parts[PX_TITLE_MAX_PARTS];
  g_autofree char *name = NULL;
  g_autofree char *squashed = NULL;
  g_autofree char *squashed_headline = NULL;

  if (title == NULL || headline == NULL || strlen (title) > PX_METADATA_MAX_LINE
      || title_outlet_parts (title, parts) != 1)
    return NULL;
  name = g_strstrip (g_strdup (title));
  squashed = _px_html_squash (name);
  squashed_headline = _px_html_squash (headline);
  if (strcmp (squashed, squashed_headline) == 0 || !part_names_outlet (name) || !copyright_names (root, name))
    return NULL;
  return g_steal_pointer (&name);
}

void
_px_metadata_read (htmlDocPtr   doc,
                   const char  *page_url,
                   const char  *saved_at,
                   const char  *fetched_at,
                   PxArticle   *article,
                   GPtrArray  **headed_dates,
                   char       **markup_byline,
                   gboolean    *title_sure,
                   PxDayOrder  *day_order)
{
  Found found = { 0 };
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *base = NULL;
  g_autofree char *page = NULL;
  g_autofree char *page_host = NULL;
  g_autofree char *canonical_host = NULL;
  g_autofree char *titled_host = NULL;
  const char *site_host;
  const char *known = NULL;
  const char *site_name;
  const char *site_names[5] = { NULL };
  guint n_names = 0;

  *title_sure = FALSE;
  *day_order = PX_DAY_ORDER_UNKNOWN;
  if (root == NULL)
    return;

  found.meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  found.json_ld = g_ptr_array_new_with_free_func (g_free);
  found.headings = g_array_new (FALSE, FALSE, sizeof (Heading));
  g_array_set_clear_func (found.headings, (GDestroyNotify) heading_clear);
  found.ago_updated = -1;
  found.ago_published = -1;
  found.ago_plain = -1;
  found.shown_at = _px_metadata_saved_date (saved_at);
  found.fetched_at = fetched_at;
  collect (&found, root);
  read_json_ld (&found);

  /* The address: the canonical link, og:url, JSON-LD, else the page's. */
  page = resolve_http (NULL, page_url);
  base = resolve_http (page, found.base_href);
  if (base == NULL)
    base = g_strdup (page);
  g_free (article->url);
  article->url = resolve_http (base, found.canonical);
  if (article->url == NULL)
    article->url = resolve_http (base, g_hash_table_lookup (found.meta, "og:url"));
  if (article->url == NULL)
    article->url = resolve_http (base, found.ld_url);
  if (article->url == NULL)
    article->url = g_strdup (page);

  /* The outlet: the table's name for a known host wins over what the page
   * calls itself ("BBC News", "BBC World Service" are both "BBC").
   */
  page_host = host_of (page);
  canonical_host = host_of (article->url);
  /* a machine's address (a page served from the reader's own computer)
   * names no outlet: the page's own name for itself, or its title's, does
   */
  site_host = px_host_names_site (page_host) ? page_host
              : px_host_names_site (canonical_host) ? canonical_host : NULL;
  if (page_host != NULL)
    known = px_outlet_for_host (page_host);
  if (known == NULL && canonical_host != NULL)
    known = px_outlet_for_host (canonical_host);
  site_name = g_hash_table_lookup (found.meta, "og:site_name");
  if (site_name == NULL || is_address_of (site_name, found.ld_publisher))
    site_name = found.ld_publisher;
  if (site_name == NULL)
    site_name = found.ld_site;
  if (site_name == NULL)
    site_name = g_hash_table_lookup (found.meta, "application-name");
  /* a page saved without its address: a known outlet's name for itself
   * ("RT International", "BBC News") is still the table's name for it
   */
  if (known == NULL)
    known = px_outlet_for_site_name (site_name);
  /* a page saved without its address or a name for itself, whose <title>
   * ends in its host ("... - Reuters.com")
   */
  if (known == NULL && site_name == NULL && site_host == NULL)
    {
      titled_host = title_host (found.title_tag);
      known = px_outlet_for_host (titled_host);
    }

  g_free (article->outlet);
  if (known != NULL)
    article->outlet = g_strdup (known);
  else if (site_name != NULL)
    article->outlet = g_strdup (site_name);
  else if (site_host != NULL || titled_host != NULL)
    {
      const char *host = site_host != NULL ? site_host : titled_host;

      article->outlet = g_strdup (g_str_has_prefix (host, "www.") ? host + 4 : host);
    }
  else
    article->outlet = NULL;

  if (known != NULL)
    site_names[n_names++] = known;
  if (site_name != NULL)
    site_names[n_names++] = site_name;
  if (article->outlet != NULL && article->outlet != known)
    site_names[n_names++] = article->outlet;
  /* "NDTV.com" when the outlet is "NDTV": still the site's name in a title */
  if (g_hash_table_lookup (found.meta, "og:site_name") != NULL && g_hash_table_lookup (found.meta, "og:site_name") != site_name)
    site_names[n_names++] = g_hash_table_lookup (found.meta, "og:site_name");

  g_free (article->title);
  article->title = pick_title (&found, root, site_names, title_sure);
  /* the date under each heading, for the caller to take the one under
   * the headline once it is known
   */
  *headed_dates = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < found.headings->len; i++)
    {
      Heading *heading = &g_array_index (found.headings, Heading, i);

      /* the date under it, else the one right above it */
      if (heading->date != NULL || heading->date_above != NULL)
        {
          g_ptr_array_add (*headed_dates, g_strdup (heading->text));
          g_ptr_array_add (*headed_dates, heading->date != NULL ? g_steal_pointer (&heading->date)
                                                                : g_steal_pointer (&heading->date_above));
        }
    }
  /* a page saved without its address or a name for itself: the outlet
   * its <title> names beside the headline
   */
  if (article->outlet == NULL)
    article->outlet = title_outlet (found.title_tag, *title_sure ? article->title : NULL);
  if (article->outlet == NULL)
    article->outlet = title_names_site_alone (root, found.title_tag, found.n_h1 == 1 ? found.h1 : NULL);
  /* an outlet known by its address alone: the name the page spells it with */
  if (article->outlet != NULL && strchr (article->outlet, ' ') == NULL && word_is_host (article->outlet))
    {
      char *spelled = address_spelled_out (root, article->outlet);

      /* else the address as the page writes it, with its capitals */
      if (spelled == NULL)
        spelled = address_capitalized (root, article->outlet);
      if (spelled != NULL)
        {
          g_free (article->outlet);
          article->outlet = spelled;
        }
    }
  g_free (article->byline);
  article->byline = pick_byline (&found);
  _px_metadata_drop_byline_outlet (article->byline, article->outlet, found.ld_publisher);
  if (_px_metadata_byline_names_outlet (article->byline, article->outlet, found.ld_publisher))
    g_clear_pointer (&article->byline, g_free);
  {
    const char *hosts[] = { page_host, canonical_host, article->outlet };

    if (byline_names_owner (article->byline, &found, hosts, G_N_ELEMENTS (hosts)))
      g_clear_pointer (&article->byline, g_free);
    if (article->byline == NULL)
      article->byline = credited_writer (&found, article->outlet, hosts, G_N_ELEMENTS (hosts));
  }
  *markup_byline = g_steal_pointer (&found.markup_byline);
  if (*markup_byline == NULL)
    *markup_byline = g_steal_pointer (&found.headed_byline);
  if (*markup_byline == NULL)
    *markup_byline = g_steal_pointer (&found.edited_byline);
  {
    const char *locales[] = { found.lang, g_hash_table_lookup (found.meta, "og:locale"),
                              g_hash_table_lookup (found.meta, "content-language"),
                              g_hash_table_lookup (found.meta, "dc.language"), found.ld_language };

    *day_order = _px_metadata_day_order (found.day_orders, locales, G_N_ELEMENTS (locales),
                                         canonical_host != NULL ? canonical_host : page_host);
    /* a page that tells by none of these, and has a date to read in
     * either order: by the English it is written in
     */
    if (*day_order == PX_DAY_ORDER_UNKNOWN && (found.day_orders & PX_METADATA_SEEN_EITHER))
      *day_order = spelling_day_order (root);
  }
  g_free (article->published);
  article->published = pick_published (&found, *day_order);
  g_free (article->updated);
  article->updated = pick_updated (&found);
  if (article->updated == NULL)
    article->updated = resolve_ago_update (&found, article->published);
  /* a modification time no later than publication is no update (pages
   * that fill dateModified with datePublished)
   */
  if (article->updated != NULL && article->published != NULL)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) updated = g_date_time_new_from_iso8601 (article->updated, utc);
      g_autoptr(GDateTime) published = g_date_time_new_from_iso8601 (article->published, utc);

      if (updated != NULL && published != NULL && g_date_time_compare (updated, published) <= 0)
        g_clear_pointer (&article->updated, g_free);
    }
  g_free (article->language);
  article->language = pick_language (&found);

  /* What the page says about itself is shown on one line in terminals,
   * labels and reports: no control or reordering characters.
   */
  {
    char **fields[] = { &article->outlet, &article->title, &article->byline, &article->published, &article->language };

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      {
        char *safe = px_safe_text_line (*fields[i], -1);

        g_free (*fields[i]);
        *fields[i] = safe;
      }
  }

  found_clear (&found);
}

/* the words after the label read for the update's time */
#define PX_METADATA_UPDATE_WORDS 8

/* A month's name or its abbreviation at @word ("March", "Mar.", "Sept"),
 * not another word that starts as one ("market", "maybe").
 */
static gboolean
is_month_word (const char *word)
{
  return month_number (word, skip_letters (word) - word) != 0;
}

/* Where the label of an update a paragraph states is, at its word
 * "update": the paragraph opens with it ("Update, March 6: ...",
 * "UPDATED 4:10 PM EST", "Editor's update, 9:15 a.m.: ...") or says the
 * story was updated ("Editor's note: This story was updated on March 6,
 * 2024 to ...", "This article has been updated at 8:40 a.m. Thursday"),
 * within its first PX_METADATA_UPDATE_NOTE_CHARS; or NULL. A text that
 * says some other thing was updated ("The app was updated on ...") is no
 * label.
 */
static const char *
update_label (const char *text)
{
  static const char * const editors[] = { "editor's ", "editor\xe2\x80\x99s ", "editors' ", "editors\xe2\x80\x99 " };
  static const char * const nouns[] = { "story", "article", "post", "report", "page", "piece" };
  static const char * const verbs[] = { " was updated", " has been updated", " had been updated", " was last updated" };
  g_autofree char *lower = NULL;
  const char *p = text;

  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    if (g_ascii_strncasecmp (p, editors[i], strlen (editors[i])) == 0)
      {
        p += strlen (editors[i]);
        break;
      }
  if (g_ascii_strncasecmp (p, "updat", 5) == 0)
    return p;
  lower = g_ascii_strdown (text, MIN (strlen (text), PX_METADATA_UPDATE_NOTE_CHARS));
  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    for (guint j = 0; j < G_N_ELEMENTS (verbs); j++)
      {
        g_autofree char *needle = g_strconcat (nouns[i], verbs[j], NULL);
        const char *at = strstr (lower, needle);

        if (at != NULL && (at == lower || !g_ascii_isalpha (at[-1])))
          return text + (at - lower) + strlen (needle) - strlen ("updated");
      }
  return NULL;
}

/* @date ("2024-03-06T09:15:00-05:00") is later than @published; when only
 * one of them names its zone, their clocks are compared as they stand (a
 * page that gives none writes its own zone's time).
 */
static gboolean
later_than (const char *date,
            const char *published)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;
  gboolean a_zoned = strlen (date) > 19;
  gboolean b_zoned = strlen (published) > 19;
  g_autofree char *a_text = g_strndup (date, a_zoned == b_zoned ? strlen (date) : 19);
  g_autofree char *b_text = g_strndup (published, a_zoned == b_zoned ? strlen (published) : 19);

  /* a day alone is that day's start */
  g_autofree char *a_time = g_strconcat (a_text, strlen (a_text) == 10 ? "T00:00:00" : "", NULL);
  g_autofree char *b_time = g_strconcat (b_text, strlen (b_text) == 10 ? "T00:00:00" : "", NULL);

  a = g_date_time_new_from_iso8601 (a_time, utc);
  b = g_date_time_new_from_iso8601 (b_time, utc);
  return a != NULL && b != NULL && g_date_time_compare (a, b) > 0;
}

char *
_px_metadata_text_update (const char *text,
                          PxDayOrder  order,
                          const char *published)
{
  const char *label = update_label (text);
  const char *p;
  g_autoptr(GString) clause = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *date = NULL;
  guint n;

  if (label == NULL)
    return NULL;
  /* past the label and "on", "at", "last" to the time, which must follow */
  for (p = label; *p != '\0' && *p != ' ' && *p != ':' && *p != ','; p++)
    ;
  for (;;)
    {
      while (*p == ' ' || *p == ',' || *p == ':' || *p == '-' || *p == '(')
        p++;
      if (g_str_has_prefix (p, "\xe2\x80\x94") || g_str_has_prefix (p, "\xe2\x80\x93"))
        p += 3;
      else if (g_ascii_strncasecmp (p, "on ", 3) == 0 || g_ascii_strncasecmp (p, "at ", 3) == 0)
        p += 3;
      else
        break;
    }
  if (!g_ascii_isdigit (*p) && !is_month_word (p) && weekday_length (p) == 0)
    return NULL;
  /* the time: up to a colon that ends the label ("9:15 a.m.: The
   * council ...") or PX_METADATA_UPDATE_WORDS words
   */
  clause = g_string_new ("Updated");
  words = g_strsplit (p, " ", PX_METADATA_UPDATE_WORDS + 1);
  n = MIN (g_strv_length (words), PX_METADATA_UPDATE_WORDS);
  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (words[i]);
      gboolean ends = len > 1 && words[i][len - 1] == ':';

      g_string_append_c (clause, ' ');
      g_string_append_len (clause, words[i], ends ? len - 1 : len);
      if (ends)
        break;
    }

  _px_metadata_line_dates (clause->str, order, NULL, &date);
  /* (a published time in UTC is no clock of the page's own zone) */
  if (date == NULL && published != NULL && strlen (published) >= 10 && !g_str_has_suffix (published, "Z"))
    {
      g_autofree char *day = g_strndup (published, 10);
      g_autoptr(GString) dated = g_string_new (clause->str);
      g_autoptr(GDate) start = g_date_new ();
      int year, month, mday;

      if (sscanf (day, "%4d-%2d-%2d", &year, &month, &mday) == 3 && g_date_valid_dmy (mday, month, year))
        g_date_set_dmy (start, mday, month, year);
      /* a weekday: the first such day from the published one on */
      for (const char *w = dated->str; *w != '\0' && g_date_valid (start); w++)
        {
          gsize len = skip_letters (w) - w;
          int weekday = (w == dated->str || w[-1] == ' ') ? _px_calendar_weekday (w, len) : 0;

          if (weekday != 0)
            {
              guint ahead = (weekday + 7 - g_date_get_weekday (start)) % 7;

              g_date_add_days (start, ahead);
              g_free (day);
              day = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (start), g_date_get_month (start),
                                     g_date_get_day (start));
              g_string_erase (dated, w - dated->str, len);
              break;
            }
        }
      /* a day of a month without its year: the published year */
      for (const char *w = dated->str; *w != '\0' && date == NULL; w++)
        if ((w == dated->str || w[-1] == ' ') && is_month_word (w))
          {
            const char *d = w + strcspn (w, " ");
            const char *q;

            while (*d == ' ')
              d++;
            for (q = d; g_ascii_isdigit (*q); q++)
              ;
            if (q > d && q - d <= 2)
              {
                g_autoptr(GString) with_year = g_string_new_len (dated->str, q - dated->str);

                g_string_append_printf (with_year, ", %.4s%s", published, q);
                _px_metadata_line_dates (with_year->str, order, NULL, &date);
              }
          }
      /* a clock alone: on that day */
      if (date == NULL)
        {
          g_string_prepend (dated, " | ");
          g_string_prepend (dated, day);
          _px_metadata_line_dates (dated->str, order, NULL, &date);
          if (date != NULL && strlen (date) < 19)
            g_clear_pointer (&date, g_free);
        }
    }
  /* in the published time's zone when it names none */
  if (date != NULL && strlen (date) == 19 && published != NULL && strlen (published) > 19
      && !g_str_has_suffix (published, "Z"))
    {
      char *zoned = g_strconcat (date, published + 19, NULL);

      g_free (date);
      date = zoned;
    }
  if (date != NULL && published != NULL && !later_than (date, published))
    return NULL;
  return g_steal_pointer (&date);
}

/* Dates without a year */

/* the text of a page read for the days it states, at most */
#define PX_METADATA_STATED_DAYS_BYTES (2 << 20)
/* a date without a year is read at most this many days before the
 * latest day the page states (a stamp two days after it is not a year old)
 */
#define PX_METADATA_YEARLESS_DAYS 330
/* the start of a paragraph read for its dateline */
#define PX_METADATA_DATELINE_BYTES 60

/* The month (1-12) and day at @p when a month's name and a day of it
 * stand there in either order ("Jan 14", "Jan. 14,", "14 January",
 * "December 13"), the end in *@end; else 0.
 */
static int
month_and_day (const char  *p,
               int         *day,
               const char **end)
{
  const char *word = p;
  const char *q = skip_letters (p);
  int month;

  if (q > word && (month = month_number (word, q - word)) != 0)
    {
      if (*q == '.')
        q++;
      while (*q == ' ')
        q++;
      if (!read_number (&q, 1, 2, day) || g_ascii_isdigit (*q) || *day < 1 || *day > 31)
        return 0;
      if (g_ascii_isalpha (*q) && (g_str_has_prefix (q, "st") || g_str_has_prefix (q, "nd")
                                   || g_str_has_prefix (q, "rd") || g_str_has_prefix (q, "th")))
        q += 2;
      if (g_ascii_isalnum (*q))
        return 0;
      *end = q;
      return month;
    }
  if (read_number (&q, 1, 2, day) && *day >= 1 && *day <= 31 && *q == ' ')
    {
      while (*q == ' ')
        q++;
      word = q;
      q = skip_letters (q);
      if (q > word && (month = month_number (word, q - word)) != 0 && !g_ascii_isalnum (*q))
        {
          if (*q == '.')
            q++;
          *end = q;
          return month;
        }
    }
  return 0;
}

/* TRUE when the year of four figures at @p (after a comma or spaces) is one
 * a page of news can state, into *@year.
 */
static gboolean
year_after (const char *p,
            int        *year)
{
  if (*p == ',')
    p++;
  while (*p == ' ')
    p++;
  return read_number (&p, 4, 4, year) && !g_ascii_isdigit (*p) && *year >= 1990 && *year <= 2100;
}

/* The first four figures in a row at @p or after it, NULL when there are
 * none: where a stated day's year may be.
 */
static const char *
next_four_figures (const char *p)
{
  guint run = 0;

  for (; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      run = 0;
    else if (++run == 4)
      return p - 3;
  return NULL;
}

static void
note_stated_days (const char *text,
                  GDate      *latest)
{
  /* a day is stated with its year after it: none is read past the last
   * four figures
   */
  const char *year_at = next_four_figures (text);

  for (const char *p = text; year_at != NULL && *p != '\0'; p++)
    {
      int day, year, month;
      const char *end;

      if (p != text && (g_ascii_isalnum (p[-1]) || (guchar) p[-1] >= 0x80))
        continue;
      if (year_at < p && (year_at = next_four_figures (p)) == NULL)
        break;
      if ((month = month_and_day (p, &day, &end)) != 0 && year_after (end, &year)
          && g_date_valid_dmy (day, month, year))
        {
          GDate stated;

          g_date_clear (&stated, 1);
          g_date_set_dmy (&stated, day, month, year);
          if (!g_date_valid (latest) || g_date_compare (&stated, latest) > 0)
            *latest = stated;
        }
    }
}

char *
_px_metadata_latest_stated_day (xmlNode *root)
{
  GDate latest;
  gsize read = 0;
  xmlNode *node = root;

  g_date_clear (&latest, 1);
  /* every text the page shows, in order, without recursion (a page may
   * nest deeper than a stack goes)
   */
  while (node != NULL && read < PX_METADATA_STATED_DAYS_BYTES)
    {
      gboolean hidden = node->type == XML_ELEMENT_NODE
                        && (_px_html_is (node, "script") || _px_html_is (node, "style")
                            || _px_html_is (node, "noscript") || _px_html_is (node, "textarea"));

      if (node->type == XML_TEXT_NODE && node->content != NULL)
        {
          note_stated_days ((const char *) node->content, &latest);
          read += strlen ((const char *) node->content);
        }
      if (node->children != NULL && node->type == XML_ELEMENT_NODE && !hidden)
        {
          node = node->children;
          continue;
        }
      while (node != NULL && node != root && node->next == NULL)
        node = node->parent;
      if (node == NULL || node == root)
        break;
      node = node->next;
    }
  if (!g_date_valid (&latest))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&latest), g_date_get_month (&latest),
                          g_date_get_day (&latest));
}

/* TRUE when a month and a day from @start to @end of @text stand as a
 * wire's dateline does: after a place and a comma at the start, and
 * before the source in brackets or a dash ("ISLAMABAD, Jan 14 (Reuters)
 * -", "Kabul, Dec. 4 --"), not in a sentence ("On Jan 14 the council").
 */
static gboolean
stands_as_dateline (const char *text,
                    const char *start,
                    const char *end)
{
  gsize before = start - text;

  if (before < 4 || before > 40 || start[-1] != ' ' || start[-2] != ',' || memchr (text, '.', before) != NULL)
    return FALSE;
  while (*end == ' ')
    end++;
  return *end == '(' || *end == '-' || g_str_has_prefix (end, "\xe2\x80\x94") || g_str_has_prefix (end, "\xe2\x80\x93");
}

/* The day and month of figures at @p without a year ("08/01", "4.3.",
 * "04.03."), the end in *@end, when the order they are in is certain: the
 * page's (@order), or a figure over 12; else, or when a year follows
 * ("08/01/2008": the date readers'), 0 for the month.
 */
static int
figures_month_and_day (const char  *p,
                       PxDayOrder   order,
                       int         *day,
                       const char **end)
{
  const char *q = p;
  int a, b;
  char sep;

  if (!read_number (&q, 1, 2, &a) || (*q != '/' && *q != '.'))
    return 0;
  sep = *q++;
  if (!read_number (&q, 1, 2, &b) || g_ascii_isdigit (*q) || (*q == sep && g_ascii_isdigit (q[1])))
    return 0;
  /* German writes a day's stop after the month too: "04.03." */
  if (sep == '.' && *q == '.')
    q++;
  if (g_ascii_isalnum (*q) || *q == sep)
    return 0;
  *end = q;
  if (a > 12 && b <= 12)
    order = PX_DAY_ORDER_DAY_FIRST;
  else if (b > 12 && a <= 12)
    order = PX_DAY_ORDER_MONTH_FIRST;
  else if (a > 12 || b > 12)
    return 0;
  if (order == PX_DAY_ORDER_DAY_FIRST)
    {
      *day = a;
      return b >= 1 ? b : 0;
    }
  if (order == PX_DAY_ORDER_MONTH_FIRST)
    {
      *day = b;
      return a >= 1 ? a : 0;
    }
  return 0;
}

/* What a date without its year is read against: the time the page was
 * read at (@read_at, when fetched or saved), else the latest day it
 * states (@page_day); both nullable. A page whose own latest day is
 * more than PX_METADATA_YEARLESS_DAYS before the time it was read at is
 * an old page read later: its own days tell its year.
 */
typedef struct
{
  GDateTime *read_at; /* UTC, or NULL: reading against the page's day */
  GDate day;          /* the fetch's day in UTC, or the page's day */
} YearlessReference;

static gboolean
yearless_reference (const char        *page_day,
                    const char        *read_at,
                    YearlessReference *ref)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  int year, month, day;
  GDate stated;

  ref->read_at = read_at != NULL ? g_date_time_new_from_iso8601 (read_at, utc) : NULL;
  g_date_clear (&ref->day, 1);
  g_date_clear (&stated, 1);
  if (page_day != NULL && sscanf (page_day, "%4d-%2d-%2d", &year, &month, &day) == 3
      && g_date_valid_dmy (day, month, year))
    g_date_set_dmy (&stated, day, month, year);
  if (ref->read_at != NULL)
    {
      g_date_set_dmy (&ref->day, g_date_time_get_day_of_month (ref->read_at), g_date_time_get_month (ref->read_at),
                      g_date_time_get_year (ref->read_at));
      if (!g_date_valid (&stated) || g_date_days_between (&stated, &ref->day) <= PX_METADATA_YEARLESS_DAYS)
        return TRUE;
      g_clear_pointer (&ref->read_at, g_date_time_unref);
    }
  ref->day = stated;
  return g_date_valid (&stated);
}

/* Whether the date @read (normalized) of the candidate day @candidate is
 * after the time the page was read at: the instant, when it names its
 * zone; else its day, a day after the fetch's in UTC at most for a date
 * (for the zones ahead), none for a weekday (the week before the fetch).
 */
static gboolean
after_reading (const YearlessReference *ref,
               const char              *read,
               const GDate             *candidate,
               gboolean                 weekday_only)
{
  if (read != NULL && strlen (read) > 19)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (read, NULL);

      if (when != NULL)
        return g_date_time_compare (when, ref->read_at) > 0;
    }
  return g_date_days_between (&ref->day, candidate) > (weekday_only ? 0 : 1);
}

char *
_px_metadata_yearless_date (const char *text,
                            const char *page_day,
                            const char *read_at,
                            PxDayOrder  order,
                            gboolean    dateline)
{
  YearlessReference ref;
  g_autofree char *head = NULL;
  const char *end = NULL;
  const char *weekday_end = NULL;
  int month = 0;
  int day = 0;
  int year;
  int weekday = 0;
  gboolean weekday_only;
  char *result = NULL;

  if (text == NULL || !yearless_reference (page_day, read_at, &ref))
    return NULL;
  head = g_strndup (text, PX_METADATA_DATELINE_BYTES);
  for (const char *p = head; *p != '\0' && month == 0; p++)
    {
      gsize len;

      if (p != head && (g_ascii_isalnum (p[-1]) || (guchar) p[-1] >= 0x80))
        continue;
      len = skip_letters (p) - p;
      if (weekday == 0 && (weekday = _px_calendar_weekday (p, len)) != 0)
        weekday_end = p + len;
      if ((month = month_and_day (p, &day, &end)) != 0 && dateline && !stands_as_dateline (head, p, end))
        goto out;
      /* a date in figures, in a stamp line only ("08/01 13:27 CET") */
      if (month == 0 && !dateline && (p == head || (p[-1] != '/' && p[-1] != '.')))
        month = figures_month_and_day (p, order, &day, &end);
    }
  /* a weekday alone, with its clock after it ("Tuesday 10:32 ET"), on a
   * page read at a known time: the day in the week before it
   */
  weekday_only = month == 0 && weekday != 0 && !dateline && ref.read_at != NULL;
  if (weekday_only)
    {
      end = weekday_end;
      if (*end == '.')
        end++;
      if (*end == ',')
        end++;
      while (*end == ' ')
        end++;
      if (g_ascii_strncasecmp (end, "at ", 3) == 0)
        end += 3;
      if (!g_ascii_isdigit (*end))
        goto out;
    }
  /* a date with its year is the date readers' */
  else if (month == 0 || year_after (end, &year))
    goto out;
  /* the latest day that is not after the time the page was read at (or,
   * against the page's own latest day, a day after it at most, for the
   * zones between), and not far before it
   */
  for (int back = -1; back <= (weekday_only ? 7 : 1); back++)
    {
      GDate candidate;
      g_autofree char *dated = NULL;
      g_autofree char *with_time = NULL;
      g_autofree char *rest = NULL;
      g_autofree char *read = NULL;

      g_date_clear (&candidate, 1);
      if (weekday_only)
        {
          candidate = ref.day;
          if (back < 0)
            g_date_add_days (&candidate, 1);
          else
            g_date_subtract_days (&candidate, back);
          if ((int) g_date_get_weekday (&candidate) != weekday)
            continue;
        }
      else
        {
          year = g_date_get_year (&ref.day) - back;
          if (!g_date_valid_dmy (day, month, year))
            continue;
          g_date_set_dmy (&candidate, day, month, year);
        }
      /* its clock and zone, when they follow ("Dec 29, 10:10 AM ET") */
      rest = g_strndup (end, strcspn (end, "(|-\xe2"));
      g_strstrip (rest);
      dated = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&candidate), g_date_get_month (&candidate),
                               g_date_get_day (&candidate));
      with_time = g_strdup_printf ("%s %s", dated, g_strstrip (*rest == ',' ? rest + 1 : rest));
      read = *rest != '\0' ? _px_metadata_normalize_date (with_time) : NULL;
      if (read != NULL && strlen (read) <= 10)
        g_clear_pointer (&read, g_free);
      if (ref.read_at != NULL)
        {
          if (after_reading (&ref, read, &candidate, weekday_only))
            continue;
        }
      else
        {
          if (g_date_days_between (&ref.day, &candidate) > 1)
            continue;
          if (g_date_days_between (&candidate, &ref.day) > PX_METADATA_YEARLESS_DAYS)
            goto out;
        }
      if (weekday != 0 && (int) g_date_get_weekday (&candidate) != weekday)
        goto out;
      if (read != NULL)
        {
          result = g_steal_pointer (&read);
          goto out;
        }
      /* a stamp line names its clock or its weekday: "By Ruth March 12" is
       * a name, and a weekday alone needs its clock
       */
      if (weekday_only || (!dateline && weekday == 0))
        goto out;
      result = g_steal_pointer (&dated);
      goto out;
    }
out:
  g_clear_pointer (&ref.read_at, g_date_time_unref);
  return result;
}
