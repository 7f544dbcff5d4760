/* px-toast.h: toasts whose words come from outside
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A toast saying @text as it is: a toast's title is Pango markup, and a
 * story titled "AT&T profits", an address with "?a=1&b=2" or a file named
 * "<draft>.txt" in a message had left the toast empty.
 */
AdwToast *px_toast_new (const char *text);

/* @name (an outlet, a story's title) to put in a toast's message: on one
 * line, without terminal escapes or reordering characters
 * (px_safe_text_line()), and isolated when it is written right to left,
 * so "الجزيرة نت (2)" keeps its order among the message's words. NULL for
 * NULL.
 */
char *px_toast_name (const char *name);

G_END_DECLS
