/* px-fallback.c: the article's text from a second source, when the
 * page's markup gives none of it or much less than the page holds
 *
 * Some pages carry their article where the block scoring of px-readable.c
 * cannot see it: in the JSON-LD's articleBody behind an empty shell that a
 * script fills in, in the state a script application starts from
 * (Next.js's __NEXT_DATA__, window.__INITIAL_STATE__), or in a <noscript>
 * copy for readers without scripts or a <template> a script clones into
 * the page, or in a <textarea> (an old CMS's copy
 * to print or paste). Each of these is read only when the
 * body found in the markup is short, or much shorter than the JSON-LD's
 * own copy of the article, and is taken only when it is much longer than
 * that body and holds it, or when that body is too short to be an
 * article: a longer text that does not contain what the markup shows may
 * be another article.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "px-html-private.h"
#include "px-readable-private.h"

/* A body shorter than this is no article found; the same as the length
 * below which px-readable.c reads the page again with fewer rules.
 */
#define PX_FALLBACK_MIN_BODY 500
/* When the markup gave nothing, or no more than a script shell's line
 * ("Loading…", "Please enable JavaScript to view this page": under
 * PX_FALLBACK_NO_BODY characters), a second source this long will do.
 */
#define PX_FALLBACK_MIN_ALONE 200
#define PX_FALLBACK_NO_BODY 100
/* Script texts longer than this are not parsed (a state of megabytes is
 * mostly the application's, not the article's).
 */
#define PX_FALLBACK_MAX_SCRIPT (4 * 1024 * 1024)
#define PX_FALLBACK_MAX_DEPTH 32
/* A string of the state taken for a paragraph has at least this many
 * characters and spaces.
 */
#define PX_FALLBACK_PARAGRAPH_CHARS 20
#define PX_FALLBACK_PARAGRAPH_SPACES 3

static void
add_paragraph (GPtrArray  *paragraphs,
               const char *text,
               gssize      len)
{
  char *line = _px_html_collapse (text, len);

  if (*line != '\0' && g_utf8_validate (line, -1, NULL))
    g_ptr_array_add (paragraphs, line);
  else
    g_free (line);
}

/* The paragraphs of a fragment of markup ("<p>…</p><p>…</p>"): the text
 * of its paragraph elements, or its whole text when it has none.
 */
static GPtrArray *
markup_paragraphs (const char *markup)
{
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  htmlDocPtr doc;
  xmlNode *root;

  doc = htmlReadMemory (markup, (int) strlen (markup), NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
  if (doc == NULL)
    return paragraphs;
  root = xmlDocGetRootElement (doc);
  for (xmlNode *node = root; node != NULL;)
    {
      gboolean descend = TRUE;

      if (node->type == XML_ELEMENT_NODE
          && (_px_html_is (node, "p") || _px_html_is (node, "li") || _px_html_is (node, "blockquote")
              || _px_html_is (node, "h2") || _px_html_is (node, "h3")))
        {
          g_autofree char *text = _px_html_text (node, 0);

          add_paragraph (paragraphs, text, -1);
          descend = FALSE;
        }
      node = _px_html_next (node, root, descend);
    }
  if (paragraphs->len == 0 && root != NULL)
    {
      g_autofree char *text = _px_html_text (root, 0);

      add_paragraph (paragraphs, text, -1);
    }
  xmlFreeDoc (doc);
  return paragraphs;
}

/* The paragraphs of an article's text as structured data gives it: markup,
 * or plain text with a paragraph a line.
 */
static GPtrArray *
text_paragraphs (const char *text)
{
  g_autofree char *unescaped = NULL;
  GPtrArray *paragraphs;
  const char *start;

  if (strstr (text, "<p") != NULL || strstr (text, "<br") != NULL || strstr (text, "<P") != NULL)
    return markup_paragraphs (text);
  if (strchr (text, '&') != NULL)
    text = unescaped = _px_html_unescape (text);
  paragraphs = g_ptr_array_new_with_free_func (g_free);
  start = text;
  for (const char *p = text;; p++)
    if (*p == '\n' || *p == '\r' || *p == '\0')
      {
        add_paragraph (paragraphs, start, p - start);
        if (*p == '\0')
          break;
        start = p + 1;
      }
  return paragraphs;
}

/* TRUE when @text reads like a paragraph of running text: long enough,
 * with spaces between words, ending the way sentences end. Labels, names,
 * captions and headlines in an application's state do not.
 */
static gboolean
is_running_text (const char *text)
{
  gsize len = strlen (text);
  guint spaces = 0;
  const char *end;
  gunichar last;

  if (len < PX_FALLBACK_PARAGRAPH_CHARS)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    spaces += *p == ' ';
  if (spaces < PX_FALLBACK_PARAGRAPH_SPACES || len > 40 * (gsize) spaces)
    return FALSE;
  end = text + len;
  while (end > text && g_ascii_isspace (end[-1]))
    end--;
  if (end == text)
    return FALSE;
  last = g_utf8_get_char (g_utf8_find_prev_char (text, end));
  return last == '.' || last == '!' || last == '?' || last == '"' || last == '\'' || last == ')'
         || last == 0x201D || last == 0x2019 || last == 0x2026 || last == 0x3002;
}

static const char *
node_string (JsonNode *node)
{
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

/* The longest member of @object that reads as running text, or NULL. */
static const char *
object_paragraph (JsonObject *object)
{
  const char *best = NULL;
  JsonObjectIter iter;
  JsonNode *member;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, NULL, &member))
    {
      const char *text = node_string (member);

      if (text != NULL && is_running_text (text) && (best == NULL || strlen (text) > strlen (best)))
        best = text;
    }
  return best;
}

static void
keep_longer (GPtrArray **best,
             GPtrArray  *candidate)
{
  if (*best == NULL || _px_readable_length (candidate) > _px_readable_length (*best))
    {
      g_clear_pointer (best, g_ptr_array_unref);
      *best = candidate;
    }
  else
    g_ptr_array_unref (candidate);
}

/* The article's text in an application's state: the longest of its
 * strings that holds markup or several lines of running text, or of its
 * arrays of paragraphs (running text, or objects each holding one: the
 * "blocks" of a headless CMS, where pictures and embeds hold none).
 */
static void
find_state_body (JsonNode   *node,
                 guint       depth,
                 GPtrArray **best)
{
  if (node == NULL || depth > PX_FALLBACK_MAX_DEPTH)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          const char *text = node_string (item);

          if (text == NULL && JSON_NODE_HOLDS_OBJECT (item))
            text = object_paragraph (json_node_get_object (item));
          if (text != NULL && is_running_text (text))
            add_paragraph (paragraphs, text, -1);
          find_state_body (item, depth + 1, best);
        }
      if (paragraphs->len >= 2)
        keep_longer (best, paragraphs);
      else
        g_ptr_array_unref (paragraphs);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        find_state_body (member, depth + 1, best);
    }
  else
    {
      const char *text = node_string (node);

      if (text != NULL && strlen (text) >= PX_FALLBACK_MIN_ALONE
          && (strstr (text, "<p") != NULL || (strchr (text, '\n') != NULL && is_running_text (text))))
        keep_longer (best, text_paragraphs (text));
    }
}

/* The longest articleBody in @node, at any depth. */
static void
find_article_body (JsonNode    *node,
                   guint        depth,
                   const char **best)
{
  if (node == NULL || depth > PX_FALLBACK_MAX_DEPTH)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        find_article_body (json_array_get_element (array, i), depth + 1, best);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, &name, &member))
        {
          const char *text = strcmp (name, "articleBody") == 0 ? node_string (member) : NULL;

          if (text != NULL && (*best == NULL || strlen (text) > strlen (*best)))
            *best = text;
          else
            find_article_body (member, depth + 1, best);
        }
    }
}

static char *
script_text (xmlNode *node)
{
  GString *out = g_string_new (NULL);

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content != NULL)
      g_string_append (out, (const char *) c->content);
  return g_string_free (out, FALSE);
}

/* The JSON in a script that sets an application's starting state
 * ("window.__INITIAL_STATE__ = {…};"), or the whole text of a JSON script.
 */
static JsonNode *
parse_state (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  const char *start = text;
  const char *end = text + strlen (text);

  while (g_ascii_isspace (*start))
    start++;
  if (*start != '{' && *start != '[')
    {
      /* an assignment: the value after the first '=' */
      start = strchr (start, '=');
      if (start == NULL)
        return NULL;
      start++;
      while (end > start && (g_ascii_isspace (end[-1]) || end[-1] == ';'))
        end--;
    }
  if (end <= start || !json_parser_load_from_data (parser, start, end - start, NULL))
    return NULL;
  return json_parser_steal_root (parser);
}

/* TRUE when the script @node holds data rather than code: JSON, by its
 * type, or an assignment of a starting state to a property of window.
 */
static gboolean
is_state_script (xmlNode    *node,
                 const char *text)
{
  const char *type = _px_html_attr (node, "type");

  if (type != NULL && strstr (type, "json") != NULL)
    return g_ascii_strncasecmp (type, "application/ld+json", 19) != 0;
  return _px_html_is_state_assignment (text, strlen (text));
}

/* TRUE when a walk from @root that does not go into elements named
 * @skip (NULL: into every element) comes to @node: the elements the parse
 * noted are read in the order such a walk meets them.
 */
static gboolean
is_read_below (xmlNode    *node,
               xmlNode    *root,
               const char *skip)
{
  for (xmlNode *up = node; up != NULL; up = up->parent)
    {
      if (up == root)
        return TRUE;
      if (up != node && skip != NULL && _px_html_is (up, skip))
        return FALSE;
    }
  return FALSE;
}

/* The paragraphs the page's scripts carry: the longest articleBody of
 * its JSON-LD into @ld_body, and, when @with_state, the article in an
 * application's starting state into @state_body.
 */
static void
read_scripts (xmlNode    *root,
              GPtrArray  *scripts,
              gboolean    with_state,
              GPtrArray **ld_body,
              GPtrArray **state_body)
{
  for (guint i = 0; i < scripts->len; i++)
    {
      xmlNode *node = g_ptr_array_index (scripts, i);

      if (is_read_below (node, root, "script"))
        {
          const char *type = _px_html_attr (node, "type");
          g_autofree char *text = node->children != NULL ? script_text (node) : NULL;

          if (text == NULL || strlen (text) > PX_FALLBACK_MAX_SCRIPT)
            ;
          else if (type != NULL && g_ascii_strncasecmp (type, "application/ld+json", 19) == 0)
            {
              if (strstr (text, "articleBody") != NULL)
                {
                  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
                  const char *body = NULL;

                  if (json_parser_load_from_data (parser, text, -1, NULL))
                    find_article_body (json_parser_get_root (parser), 0, &body);
                  if (body != NULL)
                    keep_longer (ld_body, text_paragraphs (body));
                }
            }
          else if (with_state && is_state_script (node, text))
            {
              g_autoptr(JsonNode) state = parse_state (text);

              find_state_body (state, 0, state_body);
            }
        }
    }
}

/* The text of the page's <noscript>, <template> and <noframes> elements
 * that hold paragraphs (a copy for readers without scripts; the markup a
 * script clones into an empty shell; a frame set's page for browsers
 * without frames), read as the rest of the page is: they are
 * renamed to plain blocks and the page is read again. NULL when there are
 * none.
 */
static GPtrArray *
read_noscript (htmlDocPtr               doc,
               const PxParsedElements  *elements,
               GHashTable              *hidden_ids,
               const char              *title,
               char                   **byline_out,
               char                   **srcdoc_out)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *summary = NULL;
  gboolean any = FALSE;
  gsize srcdoc_len = 0;

  *srcdoc_out = NULL;
  /* the longest document an <iframe> holds in its srcdoc, read below (a
   * copy, as the reading below may change the tree; its length kept, as
   * a page may hold a hundred thousand frames)
   */
  for (guint i = 0; i < elements->iframes->len; i++)
    {
      xmlNode *node = g_ptr_array_index (elements->iframes, i);

      if (is_read_below (node, root, NULL) && _px_html_is (node, "iframe"))
        {
          const char *srcdoc = _px_html_attr (node, "srcdoc");
          gsize len = srcdoc != NULL ? strlen (srcdoc) : 0;

          if (srcdoc != NULL && (*srcdoc_out == NULL || len > srcdoc_len))
            {
              g_free (*srcdoc_out);
              *srcdoc_out = g_strndup (srcdoc, len);
              srcdoc_len = len;
            }
        }
    }
  for (guint i = 0; i < elements->noscripts->len; i++)
    {
      xmlNode *node = g_ptr_array_index (elements->noscripts, i);

      if (is_read_below (node, root, NULL)
          && (_px_html_is (node, "noscript") || _px_html_is (node, "template") || _px_html_is (node, "noframes")))
        {
          gboolean blocks = FALSE;

          for (xmlNode *c = node->children; c != NULL && !blocks; c = c->next)
            blocks = c->type == XML_ELEMENT_NODE && !_px_html_is (c, "img") && !_px_html_is (c, "iframe");
          if (blocks)
            {
              xmlNodeSetName (node, (const xmlChar *) "div");
              /* a frame set's page for browsers without frames: the
               * parser leaves it in the <frameset>, which is never read
               */
              for (xmlNode *up = node->parent; up != NULL && up != root; up = up->parent)
                if (_px_html_is (up, "frameset"))
                  xmlNodeSetName (up, (const xmlChar *) "div");
            }
          any |= blocks;
        }
    }
  if (!any)
    return NULL;
  return _px_readable_paragraphs (doc, hidden_ids, title, byline_out, NULL, &summary, NULL);
}

/* A story an <iframe> carries in its srcdoc attribute, a whole document
 * (a page that shows its article in a frame written into the page):
 * its paragraphs, read as a page of their own, or NULL.
 */
static GPtrArray *
read_srcdoc (const char  *srcdoc,
             const char  *title,
             char       **byline_out)
{
  g_autofree char *summary = NULL;
  GPtrArray *paragraphs;
  gsize len = strlen (srcdoc);
  htmlDocPtr doc;

  if (len < PX_FALLBACK_MIN_ALONE || len > PX_FALLBACK_MAX_SCRIPT)
    return NULL;
  doc = htmlReadMemory (srcdoc, (int) len, NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
  if (doc == NULL)
    return NULL;
  paragraphs = xmlDocGetRootElement (doc) != NULL
                 ? _px_readable_paragraphs (doc, NULL, title, byline_out, NULL, &summary, NULL)
                 : NULL;
  xmlFreeDoc (doc);
  return paragraphs;
}

/* The paragraphs of a plain text: runs between blank lines, a run's
 * lines joined (a text wrapped at the box's width); a paragraph a line
 * when it has no blank line.
 */
static GPtrArray *
plain_paragraphs (const char *text)
{
  GPtrArray *paragraphs;
  g_autoptr(GString) run = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  gboolean blank = FALSE;

  if (strstr (text, "<p") != NULL || strstr (text, "<br") != NULL || strstr (text, "<P") != NULL
      || strstr (text, "<BR") != NULL)
    return markup_paragraphs (text);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 1; lines[i] != NULL && lines[i + 1] != NULL && !blank; i++)
    blank = strspn (lines[i], " \t\r") == strlen (lines[i]);
  paragraphs = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      if (*line != '\0')
        {
          if (run->len > 0)
            g_string_append_c (run, ' ');
          g_string_append (run, line);
        }
      if ((*line == '\0' || !blank || lines[i + 1] == NULL) && run->len > 0)
        {
          add_paragraph (paragraphs, run->str, -1);
          g_string_truncate (run, 0);
        }
    }
  return paragraphs;
}

/* A story shown in a <textarea> (an old CMS's printable or copyable
 * version, the only copy on the page): the longest whose paragraphs are
 * running text, three at least. A reader's comment box is empty, a
 * republishing box holds the article the markup shows (and the body
 * found is kept, see _px_fallback_paragraphs()).
 */
static GPtrArray *
read_textareas (xmlNode   *root,
                GPtrArray *textareas)
{
  GPtrArray *best = NULL;

  for (guint i = 0; i < textareas->len; i++)
    {
      xmlNode *node = g_ptr_array_index (textareas, i);

      if (is_read_below (node, root, "textarea"))
        {
          g_autofree char *text = (char *) xmlNodeGetContent (node);
          GPtrArray *paragraphs;
          guint running = 0;

          if (text == NULL || strlen (text) < PX_FALLBACK_MIN_BODY)
            continue;
          paragraphs = plain_paragraphs (text);
          for (guint k = 0; k < paragraphs->len; k++)
            running += is_running_text (g_ptr_array_index (paragraphs, k));
          if (running >= 3 && 2 * running >= paragraphs->len
              && (best == NULL || _px_readable_length (paragraphs) > _px_readable_length (best)))
            {
              if (best != NULL)
                g_ptr_array_unref (best);
              best = paragraphs;
            }
          else
            g_ptr_array_unref (paragraphs);
        }
    }
  return best;
}

/* TRUE when most of the text of @found is in @candidate: the candidate is
 * a longer copy of the same article, not another one.
 */
static gboolean
holds (GPtrArray *candidate,
       GPtrArray *found)
{
  g_autoptr(GString) all = g_string_new (NULL);
  gsize held = 0;
  gsize total = 0;

  for (guint i = 0; i < candidate->len; i++)
    {
      g_autofree char *squashed = _px_html_squash (g_ptr_array_index (candidate, i));

      g_string_append (all, squashed);
    }
  for (guint i = 0; i < found->len; i++)
    {
      g_autofree char *squashed = _px_html_squash (g_ptr_array_index (found, i));
      gsize len = strlen (squashed);

      total += len;
      if (len > 0 && strstr (all->str, squashed) != NULL)
        held += len;
    }
  return held * 2 >= total;
}

/* TRUE when @candidate should stand in for @found: much longer and
 * holding it, or far longer than a @found too short to be an article.
 */
static gboolean
replaces (GPtrArray *candidate,
          GPtrArray *found)
{
  gsize found_len;
  gsize len;

  if (candidate == NULL)
    return FALSE;
  found_len = _px_readable_length (found);
  len = _px_readable_length (candidate);
  if (len < PX_FALLBACK_MIN_ALONE || 2 * len <= 3 * found_len)
    return FALSE;
  /* a longer copy of what the markup shows (the rest of an article cut
   * short for readers without a subscription; a brief's too), or far
   * more than a body too short to be an article
   */
  if (holds (candidate, found))
    return TRUE;
  return len >= (found_len < PX_FALLBACK_NO_BODY ? PX_FALLBACK_MIN_ALONE : PX_FALLBACK_MIN_BODY)
         && found_len < PX_FALLBACK_MIN_BODY && len > 2 * found_len;
}

GPtrArray *
_px_fallback_paragraphs (htmlDocPtr              doc,
                         const PxParsedElements *elements,
                         GHashTable             *hidden_ids,
                         const char             *title,
                         GPtrArray              *found,
                         char                  **byline_out)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  gboolean short_body = _px_readable_length (found) < PX_FALLBACK_MIN_BODY;
  g_autoptr(GPtrArray) ld_body = NULL;
  g_autoptr(GPtrArray) state_body = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  g_autofree char *srcdoc = NULL;

  *byline_out = NULL;
  if (root == NULL)
    return NULL;
  read_scripts (root, elements->scripts, short_body, &ld_body, &state_body);
  /* the publisher's own copy of the article first */
  if (replaces (ld_body, found))
    return g_steal_pointer (&ld_body);
  /* a story in a <textarea>, longer than the body found and not holding
   * it (a box to copy the article the page shows holds it)
   */
  {
    g_autoptr(GPtrArray) boxed = read_textareas (root, elements->textareas);

    if (boxed != NULL && _px_readable_length (boxed) > _px_readable_length (found) && !holds (boxed, found))
      return g_steal_pointer (&boxed);
  }
  if (!short_body)
    return NULL;
  shown = read_noscript (doc, elements, hidden_ids, title, byline_out, &srcdoc);
  if (replaces (shown, found))
    return g_steal_pointer (&shown);
  g_clear_pointer (byline_out, g_free);
  /* a story in a frame written into the page */
  if (srcdoc != NULL)
    {
      g_autoptr(GPtrArray) framed = read_srcdoc (srcdoc, title, byline_out);

      if (replaces (framed, found))
        return g_steal_pointer (&framed);
      g_clear_pointer (byline_out, g_free);
    }
  if (replaces (state_body, found))
    return g_steal_pointer (&state_body);
  return NULL;
}
