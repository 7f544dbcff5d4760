/* px-calendar-private.h: the names of months and weekdays as pages write
 * them, in English, German, Russian and Ukrainian
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int _px_calendar_month (const char *word,
                        gsize       len);
int _px_calendar_weekday (const char *word,
                          gsize       len);

G_END_DECLS
