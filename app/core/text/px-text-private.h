/* px-text-private.h: what px-text shares with the engine's other word lists
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A set of the @n_words static strings @words, for g_hash_table_contains();
 * the strings are not copied.
 */
GHashTable *_px_text_word_set (const char * const *words,
                               gsize               n_words);

/* Widens [@start, @end) (bytes into @text, inside [@floor, @ceiling)) to
 * the whole words the tokenizer reads there: letters and digits joined by
 * hyphens and apostrophes ("16-year-old", "Putin's").
 */
void _px_text_whole_words (const char *text,
                           guint       floor,
                           guint       ceiling,
                           guint      *start,
                           guint      *end);

G_END_DECLS
