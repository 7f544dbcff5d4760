/* px-html-private.h: small helpers over the libxml2 HTML tree, shared by
 * the extraction files. Every walk here is iterative, so a page nested
 * 100,000 elements deep costs time, never stack.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include <gio/gio.h>
#include <libxml/HTMLparser.h>

G_BEGIN_DECLS

/* TRUE when @node is an element named @name (names are lower case after
 * the HTML parser).
 */
static inline gboolean
_px_html_is (const xmlNode *node,
             const char    *name)
{
  /* the first byte tells most names apart, without a call */
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name[0] == (xmlChar) name[0]
         && strcmp ((const char *) node->name, name) == 0;
}

/* strcmp (@a, @b) == 0, the first bytes compared without a call: a tag
 * name mostly differs there from the one looked for.
 */
#define _px_str_is(a, b) ((a)[0] == (b)[0] && strcmp ((a), (b)) == 0)

/* Whether the eight bytes at @p are all ASCII and none is below @least
 * (at most 0x80): the loops over a page's bytes pass such a run at once.
 */
static inline gboolean
_px_ascii_eight_from (const guchar *p,
                      guchar        least)
{
  guint64 word;

  memcpy (&word, p, sizeof word);
  return (word & G_GUINT64_CONSTANT (0x8080808080808080)) == 0
         && ((word - G_GUINT64_CONSTANT (0x0101010101010101) * least) & ~word
             & G_GUINT64_CONSTANT (0x8080808080808080)) == 0;
}

/* g_ascii_tolower() without a call into GLib: the loops that lower a
 * page's class names and short lines run it once a byte.
 */
static inline char
_px_ascii_tolower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

/* The next node after @node in document order below @root; with
 * @descend FALSE the children of @node are skipped. NULL at the end.
 */
static inline xmlNode *
_px_html_next (xmlNode  *node,
               xmlNode  *root,
               gboolean  descend)
{
  if (descend && node->children != NULL && node->type == XML_ELEMENT_NODE)
    return node->children;
  while (node != NULL && node != root)
    {
      if (node->next != NULL)
        return node->next;
      node = node->parent;
    }
  return NULL;
}

/* The value of attribute @name, or NULL; the string belongs to the tree
 * when the attribute holds a single text node (the usual case).
 */
const char *_px_html_attr (const xmlNode *node,
                           const char    *name);

/* TRUE when @node's class or id, in any case, holds one of @words (lower
 * case, NULL-terminated): "story-footer" holds "foot". A word that ends
 * in a space holds only where no letter follows it: "foot " is in
 * "storyfoot", "story-foot-links", not in "football". A class or id of
 * over 256 bytes is no name, and is not read.
 */
gboolean _px_html_named (const xmlNode      *node,
                         const char * const *words);

/* TRUE when @node's class or id names it as the name of the page's
 * section (<h1 id="litSectionName">Local Sports Wire</h1>,
 * <h1 class="section-title">): no headline.
 */
gboolean _px_html_names_section (const xmlNode *node);

/* The text below @node with white space collapsed and the ends trimmed,
 * at most about @max_bytes long (0: no limit). Never NULL.
 */
char *_px_html_text (xmlNode *node,
                     gsize    max_bytes);

/* As _px_html_text(), leaving out the elements named @skip (nullable). */
char *_px_html_text_skipping (xmlNode    *node,
                              gsize       max_bytes,
                              const char *skip);

/* Appends @text (@len bytes, -1 for NUL-terminated) to @out with runs of
 * white space (including U+00A0) collapsed into one space; @pending_space
 * carries a space that is owed between calls.
 */
void _px_html_append_collapsed (GString    *out,
                                const char *text,
                                gssize      len,
                                gboolean   *pending_space);

/* The tree the extraction parses @html into (px-extract.c), for the
 * tests; free with xmlFreeDoc().
 */
htmlDocPtr _px_extract_parse_tree (const char *html,
                                   gsize       len);

/* g_utf8_strdown (@text, -1) (a new string), without GLib's two passes
 * over the characters when @text is ASCII, as a control's label or a
 * short line mostly is: the comment rules lower thousands of them a page.
 * ASCII is lowered as in every locale but Turkish and Azerbaijani, where
 * GLib would dot no 'I' a label of this project's lists has anyway.
 */
char *_px_html_strdown (const char *text);

/* Collapses white space in @text and trims it; returns a new string. */
char *_px_html_collapse (const char *text,
                         gssize      len);

/* TRUE when @text reads like a headline: three to @max_words words, no
 * stop or quotation mark at the end.
 */
gboolean _px_html_reads_like_headline (const char *text,
                                       guint       max_words);

/* The most words a line taken for a headline has. */
#define PX_HTML_HEADLINE_WORDS 15

/* Decodes the character references left in @text ("&amp;", "&#8217;"), as
 * found in attribute values that were escaped twice, and in JSON-LD.
 */
char *_px_html_unescape (const char *text);

/* @text lower-cased with everything but letters and digits left out, for
 * comparisons that ignore punctuation and spacing ("BBC News" ~ "bbcnews").
 */
char *_px_html_squash (const char *text);

/* The first byte _px_html_squash() would give for @text, without making
 * it: a lower-cased ASCII letter or digit, 0 when there is none, -1 when a
 * character beyond ASCII comes first (then the squashed text must be made
 * to know).
 */
int _px_html_squash_first (const char *text);

/* TRUE when a script's text (@len bytes) starts by setting an
 * application's starting state ("window.__INITIAL_STATE__ = {…}"): data,
 * which the article may be in when the markup is an empty shell.
 */
gboolean _px_html_is_state_assignment (const char *text,
                                       gsize       len);

/* TRUE when something after the parse reads attribute @name of element
 * @element (both lower case): the parse keeps no other attribute.
 */
gboolean _px_html_is_attribute_read (const char *element,
                                     const char *name);

/* Rewrites the markup of @html (@len bytes) that would make libxml2's
 * parser slow (end tags that close nothing, nesting beyond a limit,
 * thousands of attributes in one tag), and leaves out what the parse
 * would read only to drop (the text of scripts, attributes nothing
 * reads), in time linear in @len. Returns
 * NULL with *@out_len = @len when nothing needed rewriting (and when
 * @cancellable was cancelled: then @error is set).
 */
char *_px_html_tame (const char    *html,
                     gsize          len,
                     gsize         *out_len,
                     GCancellable  *cancellable,
                     GError       **error);

/* The element inside a byline whose class names it as the writer's name
 * ("byline__name", "author-name"), or NULL. */
xmlNode *_px_html_byline_name (xmlNode *byline);

G_END_DECLS
