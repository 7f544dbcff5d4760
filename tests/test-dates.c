/* test-dates.c: dates as the window shows them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-dates.h"

#include <glib/gi18n-lib.h>
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
    /* History's "Fetched 5 Jan", not "Fetched  5 Jan" (a space-padded day) */
    { "2011-01-05T12:19:07", PX_DATE_PRECISE, "5 Jan 2011, 12:19:07" },
    /* a time with its zone is the reader's, and says so */
    { "2025-12-29T09:12:00Z", PX_DATE_LONG, "29 December 2025, 09:12 UTC" },
    { "2025-12-29T09:12:00Z", PX_DATE_SHORT, "29 Dec 2025, 09:12" },
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

  /* a column header's date: one unit up to its comma, what is no date as it is */
  {
    g_autofree char *unbroken = px_format_iso_date_time_unbroken ("2011-01-05T12:19:00", PX_DATE_LONG);
    g_autofree char *day = px_format_iso_date_time_unbroken ("2007-12-29", PX_DATE_LONG);
    g_autofree char *no_date = px_format_iso_date_time_unbroken ("last Tuesday", PX_DATE_LONG);

    g_assert_cmpstr (unbroken, ==, "5\u00a0January\u00a02011, 12:19");
    g_assert_cmpstr (day, ==, "29\u00a0December\u00a02007");
    g_assert_cmpstr (no_date, ==, "last Tuesday");
    g_assert_null (px_format_iso_date_time_unbroken (NULL, PX_DATE_LONG));
  }

  /* what is no date reaches a label or a terminal inert and short */
  {
    g_autoptr(GString) long_text = g_string_new (NULL);
    g_autofree char *escapes = px_format_iso_date_time ("2026-01-01\x1b]0;Owned\x07\x1b[31m\r\nRed\u202e", PX_DATE_LONG);
    g_autofree char *shown = NULL;

    g_assert_cmpstr (escapes, ==, "2026-01-01  Red");
    while (long_text->len < 10 * 1000 * 1000)
      g_string_append (long_text, "9999999999");
    shown = px_format_iso_date_time (long_text->str, PX_DATE_SHORT);
    g_assert_cmpuint (g_utf8_strlen (shown, -1), <=, 65);
  }
}

/* An update is said after the date it amends, as briefly as that date
 * allows, the way a GNOME app says a time on a day already named; nothing
 * when it adds nothing to the date.
 */
static void
test_updates (void)
{
  struct { const char *published, *updated, *shown; } cases[] = {
    { "2026-03-06T08:00:00Z", "2026-03-06T09:15:00Z", "09:15" },
    { "2026-03-06T08:00:00Z", "2026-03-07T09:15:00Z", "7 March, 09:15" },
    { "2025-12-31T22:00:00Z", "2026-01-02T09:15:00Z", "2 January 2026, 09:15 UTC" },
    { NULL, "2026-03-06T09:15:00Z", "6 March 2026, 09:15 UTC" },
    { "2026-03-06", "2026-03-06T09:15:00", "09:15" },
    { "2026-03-06", "2026-03-08", "8 March" },
    /* the same moment written in another zone is no update */
    { "2026-03-06T08:00:00Z", "2026-03-06T09:00:00+01:00", NULL },
    { "2026-03-06T08:00:00Z", "2026-03-05T09:15:00Z", NULL },
    { "2026-03-06T08:00:00Z", "2026-03-06", NULL },
    { "2026-03-06T08:00:00Z", "not a date", NULL },
    { "2026-03-06T08:00:00Z", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = px_format_iso_update (cases[i].published, cases[i].updated);

      g_test_message ("%s, %s -> %s", cases[i].published, cases[i].updated, shown);
      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
}

/* The update is said against the date as the header shows it: a time
 * with its zone in the reader's zone, a date or a time without a zone as
 * written. West of UTC, an update at 03:00 UTC on the day a page dates
 * itself is the evening before on the reader's clock: it was shown as
 * "Updated 5 March, 19:00" after "6 March 2026", and an update at 09:15
 * UTC after "08:00" written without a zone as "Updated 01:15".
 */
static void
test_updates_zones (void)
{
  struct { const char *published, *updated, *shown; } cases[] = {
    { "2026-03-06", "2026-03-06T03:00:00Z", NULL },
    { "2026-03-06T08:00:00", "2026-03-06T09:15:00Z", NULL },
    { "2026-03-06", "2026-03-06T20:00:00Z", "12:00" },
    { "2026-03-06T08:00:00", "2026-03-06T17:15:00Z", "09:15" },
    /* 14:00 and 17:00 on the 6th on the reader's clock, though the 7th in UTC */
    { "2026-03-06T22:00:00Z", "2026-03-07T01:00:00Z", "17:00" },
    { "2026-03-06T22:00:00Z", "2026-03-07T09:00:00Z", "7 March, 01:00" },
  };

  g_setenv ("TZ", "America/Los_Angeles", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = px_format_iso_update (cases[i].published, cases[i].updated);

      g_test_message ("%s, %s -> %s", cases[i].published, cases[i].updated, shown);
      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
  /* east of UTC, 20:00 UTC on the 5th is 05:00 on the day the page dates
   * itself: an update, which the instants (midnight UTC) had hidden */
  g_setenv ("TZ", "Asia/Tokyo", TRUE);
  {
    g_autofree char *shown = px_format_iso_update ("2026-03-06", "2026-03-05T20:00:00Z");

    g_assert_cmpstr (shown, ==, "05:00");
  }
  g_setenv ("TZ", "UTC", TRUE);
}

/* A page's "4:59 PM EDT" was shown as "20:59" to a reader in UTC, who
 * took it for the page's own time: the time moved to the reader's clock
 * names the reader's zone; a time the page gave without a zone is its own
 * and names none.
 */
static void
test_reader_zone_named (void)
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  {
    g_autofree char *shown = px_format_iso_date_time ("2026-07-14T16:59:00-04:00", PX_DATE_LONG);
    g_autofree char *winter = px_format_iso_date_time ("2025-12-29T16:59:00-05:00", PX_DATE_LONG);
    g_autofree char *unmoved = px_format_iso_date_time ("2026-07-14T16:59:00", PX_DATE_LONG);
    g_autofree char *header = px_format_iso_date_time_unbroken ("2026-07-14T16:59:00-04:00", PX_DATE_LONG);

    g_assert_cmpstr (shown, ==, "14 July 2026, 22:59 CEST");
    g_assert_cmpstr (winter, ==, "29 December 2025, 22:59 CET");
    g_assert_cmpstr (unmoved, ==, "14 July 2026, 16:59");
    /* the time and its zone on one line */
    g_assert_cmpstr (header, ==, "14\u00a0July\u00a02026, 22:59\u00a0CEST");
  }
  g_setenv ("TZ", "UTC", TRUE);
}

/* In German, Russian and Ukrainian a date reads as it is written there:
 * "29. Dezember 2025", the month in the form a day takes ("29 декабря"),
 * whichever way the header says it. The catalogs' entry for a time moved
 * to the reader's zone had been left fuzzy, so a German header read "29
 * Dezember 2025, 22:59 CET", without the day's period.
 */
static void
test_dates_translated (void)
{
  struct { const char *locale, *with_zone, *without_zone, *day, *update; } languages[] = {
    { "de_DE.UTF-8", "29. Dezember 2025, 22:59 CET", "29. Dezember 2025, 16:59", "29. Dezember 2025",
      "30. Dezember, 08:00" },
    { "ru_RU.UTF-8", "29 декабря 2025, 22:59 CET", "29 декабря 2025, 16:59", "29 декабря 2025",
      "30 декабря, 08:00" },
    { "uk_UA.UTF-8", "29 грудня 2025, 22:59 CET", "29 грудня 2025, 16:59", "29 грудня 2025",
      "30 грудня, 08:00" },
  };
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);

  g_unsetenv ("LANGUAGE");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *with_zone = NULL;
      g_autofree char *without_zone = NULL;
      g_autofree char *day = NULL;
      g_autofree char *update = NULL;

      if (setlocale (LC_ALL, languages[i].locale) == NULL)
        {
          g_autofree char *reason = g_strdup_printf ("locale %s is not generated (make deps generates it)",
                                                     languages[i].locale);
          g_test_skip (reason);
          continue;
        }
      with_zone = px_format_iso_date_time ("2025-12-29T16:59:00-05:00", PX_DATE_LONG);
      without_zone = px_format_iso_date_time ("2025-12-29T16:59:00", PX_DATE_LONG);
      day = px_format_iso_date_time ("2025-12-29", PX_DATE_LONG);
      update = px_format_iso_update ("2025-12-29", "2025-12-30T07:00:00Z");
      g_test_message ("%s: %s / %s / %s / %s", languages[i].locale, with_zone, without_zone, day, update);
      g_assert_cmpstr (with_zone, ==, languages[i].with_zone);
      g_assert_cmpstr (without_zone, ==, languages[i].without_zone);
      g_assert_cmpstr (day, ==, languages[i].day);
      g_assert_cmpstr (update, ==, languages[i].update);
    }
  setlocale (LC_ALL, previous);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("TZ", "UTC", TRUE);
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
  g_test_add_func ("/dates/reader-zone-named", test_reader_zone_named);
  g_test_add_func ("/dates/updates", test_updates);
  g_test_add_func ("/dates/updates-zones", test_updates_zones);
  g_test_add_func ("/dates/translated", test_dates_translated);

  return g_test_run ();
}
