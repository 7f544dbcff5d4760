/* px-dates.c: dates and times as the user reads them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-dates.h"

#include "px-safe-text.h"

#include <glib/gi18n-lib.h>
#include <string.h>

static const char *
date_time_format (PxDateStyle style)
{
  switch (style)
    {
    case PX_DATE_SHORT:
      /* Translators: a date and time in a list, see g_date_time_format() for the codes */
      return _("%-d %b %Y, %H:%M");
    case PX_DATE_PRECISE:
      /* Translators: a version's fetch time, see g_date_time_format() (a day without a space before it:
       * “Fetched 5 Dec”, not “Fetched  5 Dec”) */
      return _("%-d %b %Y, %H:%M:%S");
    case PX_DATE_LONG:
    default:
      /* Translators: the date and time an article was published, see
       * g_date_time_format() for the codes */
      return _("%-d %B %Y, %H:%M");
    }
}

char *
px_format_date_time (GDateTime   *when,
                     PxDateStyle  style)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (when != NULL, NULL);

  local = g_date_time_to_local (when);
  return g_date_time_format (local, date_time_format (style));
}

/* @iso read the way it is shown: a time with its zone in local time, with
 * *@moved (nullable) TRUE, one without as written (in UTC, unmoved), a
 * date alone at its midnight with *@has_time (nullable) FALSE. NULL when
 * not ISO 8601.
 */
static GDateTime *
parse_shown_moved (const char *iso,
                   gboolean   *has_time,
                   gboolean   *moved)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *midnight = NULL;

  if (has_time != NULL)
    *has_time = TRUE;
  if (moved != NULL)
    *moved = FALSE;
  if (iso == NULL)
    return NULL;
  if ((when = g_date_time_new_from_iso8601 (iso, NULL)) != NULL)
    {
      if (moved != NULL)
        *moved = TRUE;
      return g_date_time_to_local (when);
    }
  if ((when = g_date_time_new_from_iso8601 (iso, utc)) != NULL)
    return g_steal_pointer (&when);
  if (strlen (iso) != 10)
    return NULL;
  if (has_time != NULL)
    *has_time = FALSE;
  midnight = g_strconcat (iso, "T00:00:00", NULL);
  return g_date_time_new_from_iso8601 (midnight, utc);
}

static GDateTime *
parse_shown (const char *iso,
             gboolean   *has_time)
{
  return parse_shown_moved (iso, has_time, NULL);
}

/* @shown's day and time as they read, whatever its zone: what the header
 * says of two dates in different zones ("5 March" in the reader's, "6
 * March" as the page wrote it) is compared as it is read.
 */
static GDateTime *
as_read (GDateTime *shown)
{
  return g_date_time_new_utc (g_date_time_get_year (shown), g_date_time_get_month (shown),
                              g_date_time_get_day_of_month (shown), g_date_time_get_hour (shown),
                              g_date_time_get_minute (shown), g_date_time_get_seconds (shown));
}

char *
px_format_iso_update (const char *published,
                      const char *updated)
{
  gboolean updated_has_time;
  g_autoptr(GDateTime) when = parse_shown (updated, &updated_has_time);
  g_autoptr(GDateTime) first = parse_shown (published, NULL);
  g_autoptr(GDateTime) when_read = NULL;
  g_autoptr(GDateTime) first_read = NULL;
  gboolean same_day, same_year;

  if (when == NULL)
    return NULL;
  if (first == NULL)
    return px_format_iso_date_time (updated, PX_DATE_LONG);

  /* An update no later than the publication as the two are read, or one
   * on its day with no time, tells the reader nothing the date does not
   * (two times with zones read in the reader's zone compare as instants).
   */
  when_read = as_read (when);
  first_read = as_read (first);
  if (g_date_time_compare (when_read, first_read) <= 0)
    return NULL;
  same_day = g_date_time_get_year (when) == g_date_time_get_year (first)
             && g_date_time_get_day_of_year (when) == g_date_time_get_day_of_year (first);
  same_year = g_date_time_get_year (when) == g_date_time_get_year (first);
  if (same_day && !updated_has_time)
    return NULL;

  if (same_day)
    /* Translators: the time an article was updated, on the day it was
     * published (the date is said before it); see g_date_time_format() */
    return g_date_time_format (when, _("%H:%M"));
  if (same_year)
    return g_date_time_format (when, updated_has_time
                                     /* Translators: the day and time an article was updated, in the year
                                      * it was published (the year is said before it); see
                                      * g_date_time_format() */
                                     ? _("%-d %B, %H:%M")
                                     /* Translators: the day an article was updated, without a time, in
                                      * the year it was published; see g_date_time_format() */
                                     : _("%-d %B"));
  return px_format_iso_date_time (updated, PX_DATE_LONG);
}

gboolean
px_iso_date_is_valid (const char *iso)
{
  g_autoptr(GDateTime) when = parse_shown (iso, NULL);

  return when != NULL;
}

char *
px_stored_date_inert (const char *value)
{
  if (value == NULL)
    return NULL;
  if (px_iso_date_is_valid (value))
    return g_strdup (value);
  return px_safe_text_short (value, PX_DATES_NOT_A_DATE_CHARS);
}

/* px_format_iso_date_time(), *@is_date TRUE when @iso was read as a date
 * (FALSE when it is shown as written).
 */
static char *
format_iso (const char  *iso,
            PxDateStyle  style,
            gboolean    *is_date)
{
  gboolean has_time, moved;
  g_autoptr(GDateTime) when = NULL;

  *is_date = FALSE;
  if (iso == NULL)
    return NULL;

  /* A time without its zone ("2011-01-05T12:19:00", as pages often give
   * it) is shown as the page wrote it, not moved to the reader's zone; a
   * date alone ("2011-01-05") as a date. Both were shown as typed.
   */
  when = parse_shown_moved (iso, &has_time, &moved);
  /* what is no date is shown as written, on one line, inert and short: a
   * page or a team library's row may hold anything there */
  if (when == NULL)
    return px_safe_text_short (iso, PX_DATES_NOT_A_DATE_CHARS);
  *is_date = TRUE;
  /* A page's time moved to the reader's clock names the reader's zone:
   * "4:59 PM EDT" on the page read "20:59" in the header, which a reader
   * took for the page's own time. */
  if (has_time && moved && style == PX_DATE_LONG)
    /* Translators: the date and time an article was published, moved to the
     * reader's time zone, whose name %Z gives ("UTC", "CET"); see
     * g_date_time_format() for the codes */
    return g_date_time_format (when, _("%-d %B %Y, %H:%M %Z"));
  if (has_time)
    return g_date_time_format (when, date_time_format (style));
  return g_date_time_format (when, style == PX_DATE_LONG
                                   /* Translators: the day an article was published, when the page
                                    * gives no time; see g_date_time_format() for the codes */
                                   ? _("%-d %B %Y")
                                   /* Translators: a day in a list, when there is no time; see
                                    * g_date_time_format() for the codes */
                                   : _("%-d %b %Y"));
}

char *
px_format_iso_date_time (const char  *iso,
                         PxDateStyle  style)
{
  gboolean is_date;

  return format_iso (iso, style, &is_date);
}

char *
px_format_iso_date_time_unbroken (const char  *iso,
                                  PxDateStyle  style)
{
  gboolean is_date;
  g_autofree char *shown = format_iso (iso, style, &is_date);
  GString *unbroken;

  if (shown == NULL || !is_date)
    return g_steal_pointer (&shown);

  unbroken = g_string_sized_new (strlen (shown) + 8);
  for (const char *p = shown; *p != '\0'; p++)
    {
      if (*p == ' ' && (p == shown || p[-1] != ','))
        g_string_append (unbroken, "\u00a0");
      else
        g_string_append_c (unbroken, *p);
    }
  return g_string_free (unbroken, FALSE);
}

char *
px_format_iso_update_said (const char *published,
                           const char *updated)
{
  g_autofree char *update = px_format_iso_update (published, updated);
  g_autofree char *said = NULL;
  g_auto(GStrv) words = NULL;

  if (update == NULL)
    return NULL;
  /* Translators: %s is when the page says the article was last changed: a
   * time ("09:15") on the day it was published, a day and time ("6 March,
   * 09:15") in its year, else a whole date; it follows the publication date */
  said = g_strdup_printf (_("Updated %s"), update);
  words = g_strsplit (said, " ", -1);
  return g_strjoinv ("\u00a0", words);
}

const PxZone *
px_zone_lookup (const char *word,
                gsize       len)
{
  static const PxZone zones[] = {
    { "GMT", 0 }, { "UTC", 0 }, { "BST", 60 }, { "CET", 60 }, { "CEST", 120 }, { "EET", 120 },
    { "EEST", 180 }, { "MSK", 180 }, { "IST", 330, .ambiguous = TRUE }, { "JST", 540 }, { "AEST", 600 },
    { "EST", -300 }, { "EDT", -240 }, { "CST", -360 }, { "CDT", -300 }, { "MST", -420 }, { "MDT", -360 },
    { "PST", -480 }, { "PDT", -420 }, { "AKST", -540 }, { "AKDT", -480 }, { "HST", -600 },
    /* US zones named without their season: "12 p.m. ET", "10 a.m. Eastern",
     * "10:15 am US/Eastern" */
    { "ET", -300, .seasonal = TRUE, .capitals = TRUE }, { "CT", -360, .seasonal = TRUE, .capitals = TRUE },
    { "MT", -420, .seasonal = TRUE, .capitals = TRUE }, { "PT", -480, .seasonal = TRUE, .capitals = TRUE },
    { "Eastern", -300, .seasonal = TRUE, .word = TRUE }, { "Central", -360, .seasonal = TRUE, .word = TRUE },
    { "Mountain", -420, .seasonal = TRUE, .word = TRUE }, { "Pacific", -480, .seasonal = TRUE, .word = TRUE },
  };

  for (gsize z = 0; z < G_N_ELEMENTS (zones); z++)
    if (strlen (zones[z].name) == len && g_ascii_strncasecmp (word, zones[z].name, len) == 0)
      return &zones[z];
  return NULL;
}
