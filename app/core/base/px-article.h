/* px-article.h: an extracted article, the unit every later stage works on
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A range of bytes in a UTF-8 string, end exclusive. */
typedef struct
{
  guint start;
  guint end;
} PxSpan;

/* How the character set an article was read in was chosen (the WHATWG
 * order px_charset_to_utf8_full() follows).
 */
typedef enum
{
  PX_CHARSET_FROM_UNKNOWN, /* not recorded: pasted text, a version kept before database version 7 */
  PX_CHARSET_FROM_BOM,     /* the byte order mark */
  PX_CHARSET_FROM_HEADER,  /* the HTTP header's charset */
  PX_CHARSET_FROM_META,    /* the page's <meta> */
  PX_CHARSET_FROM_BYTES,   /* nothing named one: UTF-8 bytes read as UTF-8, others assumed windows-1252 */
  PX_CHARSET_FROM_BYTES_OVER_LABEL, /* a label named another encoding and the bytes proved it wrong */
} PxCharsetFrom;

/* "unknown", "bom", "header", "meta", "bytes", "bytes-over-label" */
const char *px_charset_from_to_string (PxCharsetFrom from);
gboolean px_charset_from_from_string (const char    *name,
                                      PxCharsetFrom *from);

typedef struct _PxArticle PxArticle;

struct _PxArticle
{
  /*< private >*/
  gatomicrefcount ref_count; /* the window's threads and the comparison's share articles */

  /*< public, all nullable except input and text >*/
  char *input;     /* the input as the user gave it: a path, a URL or "-" */
  char *outlet;    /* "BBC", "Reuters", …, or the host name */
  char *title;
  char *byline;
  char *published; /* ISO 8601, "2025-12-29T10:00:00Z" */
  char *updated;   /* ISO 8601: when the page says it was last changed */
  char *url;       /* canonical URL, else the final URL fetched */
  char *language;  /* BCP 47 primary tag, "en" */
  char *text;      /* plain text, paragraphs separated by blank lines (a plain-text
                   * file's own, which may hold spaces: px_article_find_paragraphs()) */
  GArray *paragraphs; /* PxSpan, byte offsets into text, in order */
  /* The character set the bytes were read in ("utf-8", "windows-1252",
   * as px_charset_to_utf8_full() names it), how it was chosen, and how
   * many broken byte sequences became U+FFFD; NULL and UNKNOWN when not
   * recorded (pasted text, versions kept before database version 7).
   */
  char *charset;
  PxCharsetFrom charset_from;
  guint n_replaced;
};

PxArticle *px_article_new (const char *input);
PxArticle *px_article_ref (PxArticle *self);
/* A new article with the same fields (one reference), to change one of
 * them where the first is shared with other threads. */
PxArticle *px_article_copy (const PxArticle *self);
void px_article_unref (PxArticle *self);
void px_article_set_paragraphs (PxArticle *self, GPtrArray *paragraphs);
void px_article_find_paragraphs (const char *text, GArray *spans);
void px_article_take_text (PxArticle *self, char *text);
guint px_article_get_n_paragraphs (const PxArticle *self);
/* TRUE when the title is also the text's first paragraph: a plain text's
 * headline line, which the comparison reads as a sentence of the text
 * (a page's headline is in the title only). A view that shows the title
 * above the text shows it once by leaving one of the two out.
 */
gboolean px_article_headline_is_first_paragraph (const PxArticle *self);
void px_article_build_json (const PxArticle *self, JsonBuilder *builder);
/* TRUE when nothing named the encoding and the bytes were not UTF-8, so
 * that the article was read in an assumed one (its charset).
 */
gboolean px_article_charset_is_assumed (const PxArticle *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxArticle, px_article_unref)

G_END_DECLS
