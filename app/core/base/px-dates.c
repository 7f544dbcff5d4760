/* px-dates.c: dates and times as the user reads them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-dates.h"

#include <glib/gi18n-lib.h>

char *
px_format_date_time (GDateTime   *when,
                     PxDateStyle  style)
{
  g_autoptr(GDateTime) local = NULL;
  const char *format;

  g_return_val_if_fail (when != NULL, NULL);

  local = g_date_time_to_local (when);
  switch (style)
    {
    case PX_DATE_SHORT:
      /* Translators: a date and time in a list, see g_date_time_format() for the codes */
      format = _("%-d %b %Y, %H:%M");
      break;
    case PX_DATE_PRECISE:
      /* Translators: a version's fetch time, see g_date_time_format() */
      format = _("%e %b %Y, %H:%M:%S");
      break;
    case PX_DATE_LONG:
    default:
      /* Translators: the date and time an article was published, see
       * g_date_time_format() for the codes */
      format = _("%-d %B %Y, %H:%M");
      break;
    }

  return g_date_time_format (local, format);
}

char *
px_format_iso_date_time (const char  *iso,
                         PxDateStyle  style)
{
  g_autoptr(GDateTime) when = NULL;

  if (iso == NULL)
    return NULL;

  when = g_date_time_new_from_iso8601 (iso, NULL);
  if (when == NULL)
    return g_strdup (iso);

  return px_format_date_time (when, style);
}
