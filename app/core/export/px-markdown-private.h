/* px-markdown-private.h: text from a page, made inert in Markdown
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @text to @out with a backslash before everything CommonMark
 * (with GitHub's tables) would read as markup: emphasis, links, images,
 * raw HTML, entities, code, table bars, headings. When @at_line_start,
 * also what would open a list or underline a heading there. Line breaks
 * and tabs become spaces: the caller's block structure owns the lines.
 */
void _px_markdown_append_escaped (GString    *out,
                                  const char *text,
                                  gboolean    at_line_start);

/* The same, as a new string, for text in the middle of a line. */
char *_px_markdown_escape (const char *text);

G_END_DECLS
