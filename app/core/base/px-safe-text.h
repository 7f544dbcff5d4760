/* px-safe-text.h: text from outside (a page, a server, a file name) made
 * safe to show in a terminal, a label or a report
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @text (@len bytes, or -1 for NUL-terminated; NULL gives NULL) as valid
 * UTF-8 on one line: control characters (C0, DEL, C1: terminal escapes,
 * bells) are dropped, tabs and line breaks become spaces, and the
 * characters that reorder text around them (bidirectional embeddings,
 * overrides and isolates, U+202A–U+202E, U+2066–U+2069) are dropped, so
 * a string can neither drive a terminal nor reverse what follows it.
 * For a GTK label, a file name in a table, a message.
 */
char *px_safe_text_line (const char *text,
                         gssize      len);

/* The same, keeping line breaks and tabs: for page text. */
char *px_safe_text_block (const char *text,
                          gssize      len);

/* px_safe_text_line(), bounded to @max_chars characters (an ellipsis
 * says it was cut): for what a server says in its headers.
 */
char *px_safe_text_short (const char *text,
                          guint       max_chars);

/* px_safe_text_short(), a cut one cut back to the last word it reached
 * whole ("early on M…" reads as a typing slip); @at_item: to the last
 * whole item of a list where it has a ", " ("“claimed”, …").
 */
char *px_safe_text_short_at_word (const char *text,
                                  guint       max_chars,
                                  gboolean    at_item);

gsize px_safe_text_drop_escapes (char  *text,
                                 gsize  len);

/* TRUE when @text has a right-to-left letter or mark. */
gboolean px_safe_text_has_rtl (const char *text);

/* TRUE when @text (NULL too) shows nothing: spaces, marks of direction,
 * joiners and other invisible characters only.
 */
gboolean px_safe_text_is_blank (const char *text);

/* px_safe_text_line(), between FIRST STRONG ISOLATE and POP DIRECTIONAL
 * ISOLATE when it has right-to-left letters, so that in plain text (a
 * terminal, Markdown) a name in Arabic or Hebrew keeps its own direction
 * without turning the rest of the line around.
 */
char *px_safe_text_isolated (const char *text);

G_END_DECLS
