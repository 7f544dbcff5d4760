/* px-charset.h: turning received bytes into valid UTF-8
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-article.h"

G_BEGIN_DECLS

/* What px_charset_to_utf8_full() chose: the encoding ("utf-8",
 * "windows-1252", "gb18030": iconv's name for it), which of the places
 * that may name one decided, and how many broken byte sequences (and NUL
 * bytes) became U+FFFD.
 */
typedef struct
{
  char *charset;
  PxCharsetFrom from;
  guint n_replaced;
} PxCharsetDecision;

void px_charset_decision_clear (PxCharsetDecision *self);

/* Decides the character set of @data the way browsers do (the WHATWG
 * order): a byte order mark, then @declared (the HTTP header's charset),
 * then for HTML the first <meta charset> or http-equiv Content-Type that
 * names an encoding browsers know (found as Chromium's prescan finds it),
 * then UTF-8 if the bytes are (nearly all) UTF-8, else windows-1252.
 * Labels are read as browsers read them (ISO-8859-1 and ASCII mean
 * windows-1252, gb2312 GBK, Shift_JIS windows-31J); an unknown label, or
 * UTF-7 and UTF-32, counts as absent. Where the bytes prove a label wrong
 * they decide: a legacy label over UTF-8 bytes, or a UTF-8 header over a
 * page without one UTF-8 character whose <meta> names a legacy encoding.
 * Returns the text as valid UTF-8 (each broken sequence becomes one
 * U+FFFD, as browsers show it) and sets @charset_out to the name used.
 */
char *px_charset_to_utf8 (const char  *data,
                          gsize        len,
                          const char  *declared,
                          gboolean     is_html,
                          gsize       *out_len,
                          char       **charset_out);

/* px_charset_to_utf8(), saying in @decision (nullable; its charset is
 * freed and replaced) how the encoding was chosen.
 */
char *px_charset_to_utf8_full (const char        *data,
                               gsize              len,
                               const char        *declared,
                               gboolean           is_html,
                               gsize             *out_len,
                               PxCharsetDecision *decision);

/* Undoes, in place, UTF-8 text that was read once as windows-1252 and
 * written again as UTF-8 ("Kosovoâ€™s" is "Kosovo’s", "Â£5m" "£5m"),
 * whether the bytes or entities carried it; real text is kept. @len is
 * updated (the text only shrinks) and the text stays NUL-terminated.
 * px_charset_to_utf8() does it on what it returns.
 */
void px_charset_repair_double_encoding (char  *text,
                                        gsize *len);

/* TRUE when @data looks like binary rather than text (NUL bytes, or a high
 * share of control characters, or a known binary signature).
 */
gboolean px_charset_looks_binary (const char *data,
                                  gsize       len);

G_END_DECLS
