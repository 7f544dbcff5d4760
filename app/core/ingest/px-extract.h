/* px-extract.h: from a page to an article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"
#include "px-snapshot.h"

G_BEGIN_DECLS

#define PX_EXTRACT_ERROR (px_extract_error_quark ())

typedef enum
{
  PX_EXTRACT_ERROR_EMPTY,      /* nothing at all, or only white space */
  PX_EXTRACT_ERROR_BINARY,     /* not text */
  PX_EXTRACT_ERROR_NO_CONTENT, /* a page, but no article text in it */
  PX_EXTRACT_ERROR_PARSE,
} PxExtractError;

GQuark px_extract_error_quark (void);

/* The words of an extraction's failure (px-words.h), so that it can be
 * said again in another language, or NULL; _set_ takes @words.
 */
const char *px_extract_error_get_words (const GError *error);
void px_extract_error_set_words (GError *error,
                                 char   *words);

/* @html is UTF-8; @url (nullable) is where it came from, for the outlet and
 * for resolving the canonical URL.
 */
PxArticle *px_extract_html (const char  *input,
                            const char  *html,
                            gsize        len,
                            const char  *url,
                            GError     **error);

/* As px_extract_html(); when @cancellable (nullable) is cancelled, stops
 * soon and fails with G_IO_ERROR_CANCELLED.
 */
PxArticle *px_extract_html_cancellable (const char    *input,
                                        const char    *html,
                                        gsize          len,
                                        const char    *url,
                                        GCancellable  *cancellable,
                                        GError       **error);

/* Plain text as it is: paragraphs are separated by blank lines. */
PxArticle *px_extract_plain_text (const char  *input,
                                  const char  *text,
                                  gsize        len,
                                  GError     **error);

/* Decodes the snapshot's character set and extracts HTML or plain text
 * according to its content type.
 */
PxArticle *px_extract_snapshot (const char  *input,
                                PxSnapshot  *snapshot,
                                GError     **error);

PxArticle *px_extract_snapshot_cancellable (const char    *input,
                                            PxSnapshot    *snapshot,
                                            GCancellable  *cancellable,
                                            GError       **error);

/* As px_extract_snapshot_cancellable(); when the page has no article text
 * (PX_EXTRACT_ERROR_NO_CONTENT), @page_out (nullable) gets what the page
 * says about itself: an article with its headline, outlet, byline, dates
 * and URL as the page gives them, and no paragraphs; else it is left
 * as it is.
 */
PxArticle *px_extract_snapshot_full (const char    *input,
                                     PxSnapshot    *snapshot,
                                     GCancellable  *cancellable,
                                     PxArticle    **page_out,
                                     GError       **error);

/* What a page with no article text says it is, for a message: its
 * headline and outlet ("“Subscribe to read” (Example Times)"), either
 * alone, or NULL when it names neither. Safe for a terminal and a label
 * (no control or reordering characters, a right-to-left headline
 * isolated) and short: each cut at a word, with an ellipsis.
 */
char *px_extract_describe_page (const PxArticle *page);

G_END_DECLS
