/* test-dates.c: dates as the window shows them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-dates.h"

#include <locale.h>

/* A page's date without a time, or a time without its zone, is shown as a
 * date a reader reads: the column's header showed "2011-01-05" and
 * "2011-01-05T12:19:00" as typed.
 */
static void
test_iso_dates (void)
{
  struct { const char *iso; PxDateStyle style; const char *shown; } cases[] = {
    { "2011-01-05", PX_DATE_LONG, "5 January 2011" },
    { "2011-01-05", PX_DATE_SHORT, "5 Jan 2011" },
    { "2011-01-05T12:19:00", PX_DATE_LONG, "5 January 2011, 12:19" },
    { "2025-12-29T09:12:00Z", PX_DATE_LONG, "29 December 2025, 09:12" },
    { "not a date", PX_DATE_LONG, "not a date" },
    { "2011-13-45", PX_DATE_LONG, "2011-13-45" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = px_format_iso_date_time (cases[i].iso, cases[i].style);

      g_test_message ("%s -> %s", cases[i].iso, shown);
      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
  g_assert_null (px_format_iso_date_time (NULL, PX_DATE_LONG));
}

int
main (int   argc,
      char *argv[])
{
  /* English month names, and times in UTC (the zone of the one case that
   * has one).
   */
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dates/iso", test_iso_dates);

  return g_test_run ();
}
