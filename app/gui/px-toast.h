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

G_END_DECLS
