/* fuzz-extract.c: libFuzzer harness for the way a fetched page becomes an
 * article: character set detection and conversion, HTML extraction
 * (metadata and body) and plain-text extraction.
 *
 * The first byte of each input chooses the declared character set, the
 * page address and the content type; the rest is the body as received.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "px-charset.h"
#include "px-extract.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static const char * const declared_charsets[] = {
  NULL, "utf-8", "windows-1251", "iso-8859-1", "utf-16", "shift_jis", "koi8-r", "no-such-charset",
};

static const char * const urls[] = {
  NULL, "https://www.bbc.co.uk/news/world-1", "https://example.org/a/b?c=d#e", "file:///etc/passwd",
};

/* Valid UTF-8, NUL bytes allowed (the charset layer keeps them; they are
 * valid code points, and extraction must cope with them).
 */
static gboolean
valid_utf8 (const char *text,
            gsize       len)
{
  const char *end = text + len;

  while (text < end)
    {
      const char *stop = NULL;

      if (!g_utf8_validate (text, end - text, &stop) && (stop == NULL || *stop != '\0'))
        return FALSE;
      if (stop == NULL || stop >= end)
        break;
      text = stop + 1;
    }
  return TRUE;
}

static void
check_article (const PxArticle *article)
{
  gsize text_len;

  g_assert_nonnull (article->text);
  g_assert_true (g_utf8_validate (article->text, -1, NULL));
  text_len = strlen (article->text);
  for (guint i = 0; i < article->paragraphs->len; i++)
    {
      const PxSpan *span = &g_array_index (article->paragraphs, PxSpan, i);

      g_assert_cmpuint (span->start, <, span->end);
      g_assert_cmpuint (span->end, <=, text_len);
    }
  if (article->title != NULL)
    g_assert_true (g_utf8_validate (article->title, -1, NULL));
  if (article->byline != NULL)
    g_assert_true (g_utf8_validate (article->byline, -1, NULL));
  if (article->outlet != NULL)
    g_assert_true (g_utf8_validate (article->outlet, -1, NULL));
  if (article->url != NULL)
    g_assert_true (g_str_has_prefix (article->url, "http://") || g_str_has_prefix (article->url, "https://"));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *body;
  gsize len;
  guint8 selector;
  g_autofree char *utf8 = NULL;
  g_autofree char *charset = NULL;
  gsize utf8_len = 0;
  gboolean is_html;

  if (size < 1)
    return 0;

  selector = data[0];
  body = (const char *) data + 1;
  len = size - 1;
  is_html = (selector & 0x80) == 0;

  (void) px_charset_looks_binary (body, len);
  utf8 = px_charset_to_utf8 (body, len, declared_charsets[selector & 7], is_html, &utf8_len, &charset);
  g_assert_nonnull (utf8);
  g_assert_true (valid_utf8 (utf8, utf8_len));

  if (is_html)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = px_extract_html ("fuzz.html", utf8, utf8_len, urls[(selector >> 3) & 3], &error);

      if (article != NULL)
        check_article (article);
      else
        g_assert_nonnull (error);
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = px_extract_plain_text ("fuzz.txt", utf8, utf8_len, &error);
      g_autoptr(GError) raw_error = NULL;
      g_autoptr(PxArticle) raw = px_extract_plain_text ("fuzz.txt", body, len, &raw_error);

      if (article != NULL)
        check_article (article);
      else
        g_assert_nonnull (error);
      if (raw != NULL)
        check_article (raw);
    }

  return 0;
}
