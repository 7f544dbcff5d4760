/* fuzz-charset.c: libFuzzer harness for character set detection and
 * conversion alone (the first step every fetched page or file takes).
 *
 * The first byte chooses the declared character set and whether the
 * bytes are read as HTML (its <meta> and BOM are looked at) or text.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "px-charset.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static const char * const declared_charsets[] = {
  NULL, "utf-8", "windows-1251", "iso-8859-1", "utf-16", "shift_jis", "koi8-r", "no-such-charset",
  "utf-16be", "gb18030", "euc-jp", "big5", "iso-2022-jp", "utf-32", "x-user-defined", "",
};

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *utf8 = NULL;
  g_autofree char *charset = NULL;
  gsize utf8_len = 0;
  const char *body;
  gsize len;

  if (size < 1)
    return 0;

  body = (const char *) data + 1;
  len = size - 1;

  (void) px_charset_looks_binary (body, len);
  utf8 = px_charset_to_utf8 (body, len, declared_charsets[data[0] & 15], (data[0] & 0x80) == 0,
                             &utf8_len, &charset);
  g_assert_nonnull (utf8);
  /* The result is NUL-terminated and valid UTF-8 up to its length (NUL
   * characters included, as the charset layer keeps them).
   */
  g_assert_true (utf8[utf8_len] == '\0');
  for (const char *p = utf8, *end = utf8 + utf8_len; p < end;)
    {
      const char *stop = NULL;

      if (g_utf8_validate (p, end - p, &stop))
        break;
      g_assert_true (*stop == '\0');
      p = stop + 1;
    }
  g_assert_nonnull (charset);

  return 0;
}
