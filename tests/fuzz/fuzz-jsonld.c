/* fuzz-jsonld.c: libFuzzer harness for the JSON-LD a page carries.
 *
 * The input is put, as it is, inside <script type="application/ld+json">
 * of a small article page (one or two blocks: a NUL byte in the input
 * splits it), so the metadata reader's JSON repair, parser, @graph walk
 * and headline, author and publisher choice see outside bytes directly.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "px-extract.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static const char head[] =
  "<!DOCTYPE html><html><head><meta charset=utf-8><title>A title - Outlet</title>"
  "<script type=\"application/ld+json\">";
static const char between[] = "</script><script type=\"application/ld+json\">";
static const char tail[] =
  "</script></head><body><article><h1>A headline</h1>"
  "<p>Councillors voted by nine votes to four to close the old bridge on Monday.</p>"
  "<p>The bridge, built in 1902, will be replaced by a new crossing next year.</p>"
  "</article></body></html>";

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GString) page = g_string_sized_new (size + sizeof head + sizeof between + sizeof tail);
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  const uint8_t *nul = memchr (data, '\0', size);

  g_string_append (page, head);
  if (nul != NULL)
    {
      g_string_append_len (page, (const char *) data, nul - data);
      g_string_append (page, between);
      g_string_append_len (page, (const char *) nul + 1, size - (nul - data) - 1);
    }
  else
    g_string_append_len (page, (const char *) data, size);
  g_string_append (page, tail);

  /* Extraction takes UTF-8: invalid input is made valid as the charset
   * layer would.
   */
  if (!g_utf8_validate_len (page->str, page->len, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (page->str, page->len);

      g_string_assign (page, valid);
    }

  article = px_extract_html ("fuzz.html", page->str, page->len, "https://www.example.org/news/1", &error);
  if (article == NULL)
    {
      g_assert_nonnull (error);
      return 0;
    }
  g_assert_true (g_utf8_validate (article->text, -1, NULL));
  if (article->title != NULL)
    g_assert_true (g_utf8_validate (article->title, -1, NULL));
  if (article->byline != NULL)
    g_assert_true (g_utf8_validate (article->byline, -1, NULL));
  if (article->outlet != NULL)
    g_assert_true (g_utf8_validate (article->outlet, -1, NULL));

  return 0;
}
