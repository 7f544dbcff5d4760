/* px-dates.h: dates and times as the user reads them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PX_DATE_LONG,    /* "24 November 2026, 14:05": an article's publication */
  PX_DATE_SHORT,   /* "24 Nov 2026, 14:05": lists */
  PX_DATE_PRECISE, /* "24 Nov 2026, 14:05:09": versions fetched minutes apart */
} PxDateStyle;

/* The most of what is no date that is shown, or exported, in its place
 * (px_safe_text_short()): a page or a team library's row may hold
 * anything there.
 */
#define PX_DATES_NOT_A_DATE_CHARS 64

/* @when in local time, in the user's language. */
char *px_format_date_time (GDateTime   *when,
                           PxDateStyle  style);
/* The same for an ISO 8601 string (as the store and the extractor write
 * them); NULL for NULL, and the string itself when it is not ISO 8601,
 * made safe to show (px_safe_text_short(): one line, no escapes, at most
 * 64 characters).
 */
char *px_format_iso_date_time (const char  *iso,
                               PxDateStyle  style);
/* Whether @iso (nullable) is ISO 8601 as px_format_iso_date_time() reads
 * it: a time with or without its zone, or a date alone.
 */
gboolean px_iso_date_is_valid (const char *iso);
/* A stored date (nullable) as exports and `parallax-cli story show` give
 * it: ISO 8601 as it is, anything else on one line, inert and at most
 * PX_DATES_NOT_A_DATE_CHARS characters (px_safe_text_short()), as the
 * column header shows it (a 10 MB "published" made a 10 MB report).
 */
char *px_stored_date_inert (const char *value);
/* px_format_iso_date_time() for a column's header: a date held together
 * by no-break spaces ("29 December 2007" never wraps after "29"), a line
 * free to break only after its comma, before the time; what is no date
 * as px_format_iso_date_time() gives it.
 */
char *px_format_iso_date_time_unbroken (const char  *iso,
                                        PxDateStyle  style);
/* When an article was @updated (ISO 8601), said as briefly as the date
 * it was @published, shown before it, allows: the time alone on the same
 * day ("09:15"), the day and time in the same year ("6 March, 09:15"),
 * else the whole date (all of it when @published is NULL or not a date).
 * NULL when @updated is NULL or not a date, when it is no later than
 * @published as the two read (a time with its zone in local time, one
 * without and a date alone as written), or a day alone that is
 * @published's own day.
 */
char *px_format_iso_update (const char *published,
                            const char *updated);
/* What a header or a version's row says of the update
 * (px_format_iso_update()), its words held together by no-break spaces
 * so a narrow line wraps before it, not inside it: "Updated 09:15"; NULL
 * when px_format_iso_update() is.
 */
char *px_format_iso_update_said (const char *published,
                                 const char *updated);

/* A time zone as pages and reports name it after a clock: the one table
 * both the publication date's reader (px-metadata.c) and the reader of
 * times in sentences (px-quantity.c) know zones from.
 */
typedef struct
{
  const char *name;      /* as written: "EST", "ET", "Eastern" */
  int offset;            /* minutes east of UTC, in standard time */
  guint seasonal : 1;    /* a US zone named without its season: an hour more in US summer time */
  guint capitals : 1;    /* only in capitals: "et", "pt" are words */
  guint word : 1;        /* a word too ("Eastern", "Pacific"): only with its capital */
  guint ambiguous : 1;   /* "IST": India's, Ireland's or Israel's; a page's stamp does not take it */
} PxZone;

/* The zone named @len bytes at @word (in any case: the caller checks
 * PxZone.capitals and PxZone.word), or NULL.
 */
const PxZone *px_zone_lookup (const char *word,
                              gsize       len);

G_END_DECLS
