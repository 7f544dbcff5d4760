/* px-html.c: helpers over the libxml2 HTML tree
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-html-private.h"

const char *
_px_html_attr (const xmlNode *node,
               const char    *name)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;

  /* libxml2's HTML parser writes attribute names in lower case, and
   * @name is lower case: the first byte tells most names apart
   */
  for (const xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      if (attr->name[0] != (xmlChar) name[0] || strcmp ((const char *) attr->name, name) != 0)
        continue;
      if (attr->children == NULL)
        return "";
      if (attr->children->type == XML_TEXT_NODE && attr->children->content != NULL)
        return (const char *) attr->children->content;
      return "";
    }

  return NULL;
}

gboolean
_px_html_named (const xmlNode      *node,
                const char * const *words)
{
  const char *attrs[] = { _px_html_attr (node, "class"), _px_html_attr (node, "id") };

  for (guint i = 0; i < G_N_ELEMENTS (attrs); i++)
    {
      char lower[257];
      gsize len = strlen (attrs[i] != NULL ? attrs[i] : "");

      if (len == 0 || len >= sizeof lower)
        continue;
      for (gsize k = 0; k <= len; k++)
        lower[k] = _px_ascii_tolower (attrs[i][k]);
      for (guint k = 0; words[k] != NULL; k++)
        {
          char word[64];
          gsize n = g_strlcpy (word, words[k], sizeof word);
          gboolean ends = n > 1 && n < sizeof word && word[n - 1] == ' ';

          if (ends)
            word[--n] = '\0';
          for (const char *at = lower; (at = strstr (at, word)) != NULL; at++)
            if (!ends || !g_ascii_isalpha (at[n]))
              return TRUE;
        }
    }
  return FALSE;
}

gboolean
_px_html_names_section (const xmlNode *node)
{
  static const char * const words[] = { "sectionname", "section-name", "section_name", "sectiontitle",
                                        "section-title", "section_title", NULL };

  return _px_html_named (node, words);
}

/* A byte _px_html_append_collapsed() writes as it is: no space, nor the
 * start of one of the sequences it reads otherwise.
 */
static inline gboolean
is_plain_byte (guchar c)
{
  return c > ' ' && c != 0xC2 && c != 0xC3 && c != 0xE2 && c != 0xEF && c != '&';
}

void
_px_html_append_collapsed (GString    *out,
                           const char *text,
                           gssize      len,
                           gboolean   *pending_space)
{
  const char *p = text;
  const char *end = len < 0 ? text + strlen (text) : text + len;

  while (p < end)
    {
      guchar c = (guchar) *p;

      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
        {
          *pending_space = TRUE;
          p++;
          continue;
        }
      /* U+00A0 NO-BREAK SPACE and U+2009 THIN SPACE etc. are spaces to a reader. */
      if (c == 0xC2 && p + 1 < end && (guchar) p[1] == 0xA0)
        {
          *pending_space = TRUE;
          p += 2;
          continue;
        }
      /* "Â" then a no-break space: a no-break space encoded in UTF-8
       * twice ("Published:Â Thursday"), which a page's template does when
       * it writes its own UTF-8 as Latin-1. No word has a no-break space
       * right after a capital A with a circumflex.
       */
      if (c == 0xC3 && p + 3 < end && (guchar) p[1] == 0x82 && (guchar) p[2] == 0xC2
          && (guchar) p[3] == 0xA0)
        {
          *pending_space = TRUE;
          p += 4;
          continue;
        }
      /* "&nbsp" with no semicolon, which browsers read as the no-break
       * space it names (as they do the other references HTML 4 defined)
       * and libxml2 leaves as it is: "Print&nbsp Email this"
       */
      if (c == '&' && end - p >= 5 && strncmp (p + 1, "nbsp", 4) == 0
          && (end - p == 5 || !g_ascii_isalnum (p[5])))
        {
          *pending_space = TRUE;
          p += 5;
          continue;
        }
      if (c == 0xE2 && p + 2 < end && (guchar) p[1] == 0x80
          && ((guchar) p[2] >= 0x80 && (guchar) p[2] <= 0x8A))
        {
          *pending_space = TRUE;
          p += 3;
          continue;
        }
      if (c == 0xE2 && p + 2 < end && (guchar) p[1] == 0x80 && (guchar) p[2] == 0x8B)
        {
          /* U+200B ZERO WIDTH SPACE: nothing at all */
          p += 3;
          continue;
        }
      /* U+00AD SOFT HYPHEN ("govern&shy;ment"), U+2060 WORD JOINER and
       * U+FEFF (a byte order mark pasted mid-text): nothing a reader sees
       * where the line does not break; left in, they cut a word in two
       */
      if ((c == 0xC2 && p + 1 < end && (guchar) p[1] == 0xAD)
          || (c == 0xE2 && p + 2 < end && (guchar) p[1] == 0x81 && (guchar) p[2] == 0xA0)
          || (c == 0xEF && p + 2 < end && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF))
        {
          p += c == 0xC2 ? 2 : 3;
          continue;
        }

      if (*pending_space && out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
      *pending_space = FALSE;

      /* U+0080 to U+009F, C1 controls no page means: "&#151;" and "&#146;"
       * written for windows-1252's dash and apostrophe, which is how
       * browsers read them; the five code points windows-1252 leaves
       * undefined are nothing
       */
      if (c == 0xC2 && p + 1 < end && (guchar) p[1] >= 0x80 && (guchar) p[1] <= 0x9F)
        {
          static const gunichar windows_1252[32] = {
            0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
          };
          gunichar u = windows_1252[(guchar) p[1] - 0x80];

          if (u != 0)
            g_string_append_unichar (out, u);
          p += 2;
          continue;
        }

      {
        const char *run = p;

        while (p < end)
          {
            if (is_plain_byte ((guchar) *p))
              p++;
            /* a single space between two words stays as it is: written
             * with them, not on its own
             */
            else if (*p == ' ' && p > run && p + 1 < end && is_plain_byte ((guchar) p[1]))
              p += 2;
            else
              break;
          }
        if (p == run)
          p++;
        g_string_append_len (out, run, p - run);
      }
    }
}

char *
_px_html_strdown (const char *text)
{
  gsize len = strlen (text);
  char *lower;

  for (gsize i = 0; i < len; i++)
    if ((guchar) text[i] >= 0x80)
      return g_utf8_strdown (text, len);
  lower = g_malloc (len + 1);
  for (gsize i = 0; i <= len; i++)
    lower[i] = _px_ascii_tolower (text[i]);
  return lower;
}

char *
_px_html_collapse (const char *text,
                   gssize      len)
{
  GString *out = g_string_new (NULL);
  gboolean pending = FALSE;

  if (text != NULL)
    _px_html_append_collapsed (out, text, len, &pending);
  return g_string_free (out, FALSE);
}

static gboolean
is_invisible_container (const xmlNode *node)
{
  return _px_html_is (node, "script") || _px_html_is (node, "style")
         || _px_html_is (node, "template") || _px_html_is (node, "noscript");
}

char *
_px_html_text (xmlNode *node,
               gsize    max_bytes)
{
  return _px_html_text_skipping (node, max_bytes, NULL);
}

char *
_px_html_text_skipping (xmlNode    *node,
                        gsize       max_bytes,
                        const char *skip)
{
  GString *out = g_string_new (NULL);
  gboolean pending = FALSE;

  if (node == NULL)
    return g_string_free (out, FALSE);

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      _px_html_append_collapsed (out, (const char *) node->content, -1, &pending);
      return g_string_free (out, FALSE);
    }

  for (xmlNode *n = node->children; n != NULL;)
    {
      gboolean descend = TRUE;

      if (n->type == XML_TEXT_NODE && n->content != NULL)
        _px_html_append_collapsed (out, (const char *) n->content, -1, &pending);
      else if (n->type == XML_ELEMENT_NODE
               && (is_invisible_container (n) || (skip != NULL && _px_html_is (n, skip))))
        descend = FALSE;
      else if (_px_html_is (n, "br"))
        pending = TRUE;

      if (max_bytes > 0 && out->len >= max_bytes)
        break;
      n = _px_html_next (n, node, descend);
    }

  return g_string_free (out, FALSE);
}

char *
_px_html_unescape (const char *text)
{
  GString *out;
  const char *p;

  if (text == NULL)
    return NULL;
  if (strchr (text, '&') == NULL)
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  p = text;
  while (*p != '\0')
    {
      const char *semi;
      gunichar c = 0;

      if (*p != '&' || (semi = strchr (p, ';')) == NULL || semi - p > 32 || semi - p < 2)
        {
          g_string_append_c (out, *p++);
          continue;
        }

      if (p[1] == '#')
        {
          char *endp = NULL;
          guint64 v;

          if (p[2] == 'x' || p[2] == 'X')
            v = g_ascii_strtoull (p + 3, &endp, 16);
          else
            v = g_ascii_strtoull (p + 2, &endp, 10);
          if (endp == semi && v > 0 && v <= 0x10FFFF && g_unichar_validate ((gunichar) v))
            c = (gunichar) v;
        }
      else
        {
          g_autofree char *name = g_strndup (p + 1, semi - p - 1);
          const htmlEntityDesc *desc = htmlEntityLookup ((const xmlChar *) name);

          if (desc != NULL)
            c = desc->value;
          else if (strcmp (name, "apos") == 0)
            c = '\'';
        }

      if (c == 0)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      g_string_append_unichar (out, c);
      p = semi + 1;
    }

  return g_string_free (out, FALSE);
}

/* TRUE when @text reads like a headline: three to @max_words words, no
 * stop or quotation mark at the end.
 */
gboolean
_px_html_reads_like_headline (const char *text,
                              guint       max_words)
{
  gsize len = strlen (text);
  guint words = 1;

  if (len == 0 || len > 200 || strchr (".!?:;,\"'", text[len - 1]) != NULL
      || g_str_has_suffix (text, "\u201d") || g_str_has_suffix (text, "\u2019"))
    return FALSE;
  /* a row of a table, as the text writes them, is no headline */
  if (strstr (text, " | ") != NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    words += *p == ' ';
  return words >= 3 && words <= max_words;
}

int
_px_html_squash_first (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p >= 0x80)
        return -1;
      if (g_ascii_isalnum (*p))
        return _px_ascii_tolower (*p);
    }
  return 0;
}

char *
_px_html_squash (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  /* ASCII a byte at a time: most text of most pages is */
  for (const char *p = text; *p != '\0';)
    {
      if ((guchar) *p < 0x80)
        {
          if (g_ascii_isalnum (*p))
            g_string_append_c (out, _px_ascii_tolower (*p));
          p++;
        }
      else
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isalnum (c))
            g_string_append_unichar (out, g_unichar_tolower (c));
          p = g_utf8_next_char (p);
        }
    }
  return g_string_free (out, FALSE);
}

gboolean
_px_html_is_state_assignment (const char *text,
                              gsize       len)
{
  gsize i = 0;

  while (i < len && g_ascii_isspace (text[i]))
    i++;
  return (len - i >= 9 && strncmp (text + i, "window.__", 9) == 0)
         || (len - i >= 10 && strncmp (text + i, "window[\"__", 10) == 0);
}

/* The attributes anything after the parse reads (px-metadata.c,
 * px-readable.c): the tree keeps no others. A page's event handlers,
 * sources, sizes and links to other pages are most of its attributes,
 * and building them into the tree was a sixth of the parse; reading
 * their values was another sixth, so _px_html_tame() leaves them out of
 * the markup (element and attribute names are lower case).
 */
gboolean
_px_html_is_attribute_read (const char *element,
                            const char *name)
{
  /* by the first letter: every attribute of a page is asked, twice */
  switch (name[0])
    {
    case 'a':
      /* a picture's text, which its caption may repeat (px-readable.c) */
      if (strcmp (name, "alt") == 0)
        return strcmp (element, "img") == 0;
      return strcmp (name, "aria-hidden") == 0;
    case 'c':
      return strcmp (name, "class") == 0 || strcmp (name, "content") == 0;
    case 'd':
      return strcmp (name, "data-component") == 0 || strcmp (name, "data-testid") == 0
             || strcmp (name, "datetime") == 0;
    case 'h':
      /* a link's address is read only on <link> and <base> */
      if (strcmp (name, "href") == 0)
        return strcmp (element, "link") == 0 || strcmp (element, "base") == 0;
      return strcmp (name, "hidden") == 0 || strcmp (name, "http-equiv") == 0;
    case 'i':
      return strcmp (name, "id") == 0 || strcmp (name, "itemprop") == 0;
    case 'l':
      return strcmp (name, "lang") == 0;
    case 'n':
      return strcmp (name, "name") == 0;
    case 'p':
      return strcmp (name, "property") == 0 || strcmp (name, "pubdate") == 0;
    case 'r':
      /* a layout's menu column spans the story's rows (is_menu_cell()) */
      if (strcmp (name, "rowspan") == 0)
        return strcmp (element, "td") == 0;
      return strcmp (name, "rel") == 0 || strcmp (name, "role") == 0;
    case 's':
      /* the document an <iframe> holds (px-fallback.c) */
      if (strcmp (name, "srcdoc") == 0)
        return strcmp (element, "iframe") == 0;
      return strcmp (name, "style") == 0;
    case 't':
      return strcmp (name, "type") == 0;
    case 'x':
      return strcmp (name, "xml:lang") == 0;
    default:
      return FALSE;
    }
}

/* The element inside a byline whose class names it as the writer's name
 * ("byline__name", "author-name"), beside their title or desk in another
 * ("byline__title": "BBC News, Cornwall"), which the text would run into:
 * NULL when there is none.
 */
xmlNode *
_px_html_byline_name (xmlNode *byline)
{
  guint seen = 0;

  for (xmlNode *n = byline->children; n != NULL && seen < 16; n = _px_html_next (n, byline, TRUE))
    if (n->type == XML_ELEMENT_NODE && ++seen > 0)
      {
        const char *klass = _px_html_attr (n, "class");
        g_autofree char *lower = klass != NULL && strlen (klass) < 256 ? g_ascii_strdown (klass, -1) : NULL;

        if (lower != NULL && (strstr (lower, "__name") != NULL || strstr (lower, "-name") != NULL
                              || strstr (lower, "_name") != NULL || strstr (lower, "authorname") != NULL))
          return n;
      }
  return NULL;
}
