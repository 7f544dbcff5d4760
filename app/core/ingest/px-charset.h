/* px-charset.h: turning received bytes into valid UTF-8
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Decides the character set of @data: a byte order mark first, then
 * @declared (from the HTTP header), then for HTML a <meta charset> or
 * http-equiv in the first bytes, then UTF-8 if the bytes are valid UTF-8,
 * else windows-1252. Returns the text as valid UTF-8 (anything that cannot
 * be converted becomes U+FFFD) and sets @charset_out to the name used.
 */
char *px_charset_to_utf8 (const char  *data,
                          gsize        len,
                          const char  *declared,
                          gboolean     is_html,
                          gsize       *out_len,
                          char       **charset_out);

/* TRUE when @data looks like binary rather than text (NUL bytes, or a high
 * share of control characters, or a known binary signature).
 */
gboolean px_charset_looks_binary (const char *data,
                                  gsize       len);

G_END_DECLS
