/* px-metadata-private.h: an article's title, byline, time, address,
 * language and outlet, from the page's structured data and markup
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/HTMLparser.h>

#include "px-article.h"

G_BEGIN_DECLS

/* Which figure comes first in a date written in figures, "10/01/2008":
 * the month (American use, and the reading when nothing on the page
 * tells), or the day (British, Commonwealth and continental use).
 */
typedef enum
{
  PX_DAY_ORDER_UNKNOWN,
  PX_DAY_ORDER_MONTH_FIRST,
  PX_DAY_ORDER_DAY_FIRST,
} PxDayOrder;

/* Fills @article's title, byline, published, url, language and outlet
 * from @doc. @page_url (nullable) is where the page was fetched from.
 * The byline comes from structured data only; @markup_byline receives the
 * text of the first element marked as a byline (rel=author,
 * class="byline", data-testid="AuthorByline"…), else of a "By Jane Doe"
 * line under the headline, else NULL, for the caller to use when nothing
 * better turns up. @title_sure is FALSE when the title is a guess (a <title>
 * that holds none of the page's headings, or a lone <h1>), which the
 * headline above the article body should replace.
 * JSON-LD comes first, then OpenGraph and other meta tags, then the
 * markup itself; the outlet is the known name for the host when the host
 * is in the table, else the page's own site name, else the host name.
 * @day_order receives the order of dates in figures on this page: see
 * _px_metadata_day_order(). @saved_at (nullable) is the text after "saved
 * date:" in a saving tool's note at the top of the page: the time a
 * relative stamp ("Updated 2 hours ago") counts from; else, after what
 * the page itself says, @fetched_at (nullable, ISO 8601 in UTC), when the
 * page was fetched. @headed_dates
 * receives, on a page with no <h1>, each heading's text followed by the
 * text of the first element named as the date under it (an older layout's
 * headline in an <h4> over a "timestamp" line): the caller reads the one
 * under the headline it settles on.
 */
void _px_metadata_read (htmlDocPtr   doc,
                        const char  *page_url,
                        const char  *saved_at,
                        const char  *fetched_at,
                        PxArticle   *article,
                        GPtrArray  **headed_dates,
                        char       **markup_byline,
                        gboolean    *title_sure,
                        PxDayOrder  *day_order);

/* Notes in @seen (0 to start) which orders the dates in figures of @text
 * prove: "25/01/2008" the day first (1), "01/25/2008" the month first (2);
 * and (4) whether one could be read either way ("10/01/2008", "07.01.08").
 */
void _px_metadata_note_day_orders (const char *text,
                                   guint      *seen);

/* The order of a page's dates in figures, from the evidence on it: its
 * own unambiguous dates (@seen, from _px_metadata_note_day_orders()),
 * else its locale (@locales: "en-GB", "en_AU", "fr"; any may be NULL) or
 * its host's country ("bbc.co.uk", "abc.net.au"), a day-first one of
 * either before an American one (a CMS's default "en-US" on a British
 * site); else PX_DAY_ORDER_UNKNOWN.
 */
PxDayOrder _px_metadata_day_order (guint               seen,
                                   const char * const *locales,
                                   guint               n_locales,
                                   const char         *host);

/* Normalises a date as pages write it ("2025-12-29T10:00:00.000Z",
 * "2025-12-29 10:00:00+0100", "Mon, 29 Dec 2025 10:00:00 GMT",
 * "December 29, 2025", a Unix time) to ISO 8601: "2025-12-29T10:00:00Z",
 * "2025-12-29T10:00:00+01:00", a local "2025-12-29T10:00:00" when the page
 * gives no zone, or "2025-12-29" for a date alone. NULL if it is no date.
 */
char *_px_metadata_normalize_date (const char *text);

/* Cleans a byline: "By Jane Doe" -> "Jane Doe", "Jane Doe - May 20, 2019"
 * -> "Jane Doe"; NULL when nothing is left, or it is an address rather than
 * a name, or too long to be names.
 */
char *_px_metadata_clean_byline (const char *text);

gboolean _px_metadata_byline_names_outlet (const char *byline,
                                           const char *outlet,
                                           const char *publisher);

/* Takes the page's own name (@outlet, @publisher, each nullable) off the
 * end of @byline (nullable), in place: "Jane Doe, The Daily Ledger" on
 * The Daily Ledger's page is "Jane Doe".
 */
void _px_metadata_drop_byline_outlet (char       *byline,
                                      const char *outlet,
                                      const char *publisher);

/* The time in a stamp line such as "UPDATED: 08:14, Fri, Jan 10, 2025",
 * normalized as _px_metadata_normalize_date() does, or NULL.
 */
char *_px_metadata_stamp_date (const char *text);

/* The latest day the text of the page under @root states with its year
 * ("Jan 15, 2008" in a masthead, "December 14 2007" over a reader's
 * comment), as "2008-01-15", or NULL: what a date without a year is read
 * against.
 */
char *_px_metadata_latest_stated_day (xmlNode *root);

/* The time a saving tool's note says it saved the page at (@note: the
 * text after "saved date:", "Tue Mar 04 2025 14:00:00 GMT+0000 (...)"),
 * as ISO 8601, or NULL.
 */
char *_px_metadata_saved_date (const char *note);

/* The date a stamp line states without its year ("Sat Dec 29, 10:10 AM
 * ET", "08/01 13:27 CET": with its clock or its weekday; figures only in
 * an order that is certain, @order's or by a figure over 12), or with
 * @dateline the dateline a paragraph opens with ("ISLAMABAD, Jan 14
 * (Reuters) -"); normalized as _px_metadata_normalize_date() does, its
 * clock and zone when they follow. Read against @read_at (nullable, ISO
 * 8601: when the page was fetched or saved), it is the latest such date
 * not after that time (its instant when it names its zone, else its day,
 * a day after the fetch's in UTC at most), and a weekday alone with its
 * clock ("Tuesday 10:32 ET") is the day in the week before it. Else, or
 * when the latest day the page states (@page_day, "2008-01-15",
 * nullable) is more than 330 days before @read_at (an old page read
 * later), it is the date in the year that puts it at most a day after
 * @page_day and at most 330 days before. NULL when it names no month and
 * day, states its year, or names a weekday the day is not.
 */
char *_px_metadata_yearless_date (const char *text,
                                  const char *page_day,
                                  const char *read_at,
                                  PxDayOrder  order,
                                  gboolean    dateline);

/* The dates of a time stamp line ("Posted: Mar 4, 2019 7:15 AM ET Last
 * Updated: Mar 4, 2019 9:05 PM ET", "11/03/17 2:45 AM EST", "8:37 AM, TUE
 * 16 APR 2019"), normalized as _px_metadata_normalize_date() does: one
 * after "updated" or "modified" to @updated, another to @published, each
 * only when still NULL. The line is taken for a stamp: see
 * _px_furniture_head_line(). A date in figures whose day and month could
 * each be either ("10/01/2008") is read in @order, the month first when
 * that is unknown, unless its figures are separated by dots ("10.01.2008"
 * is read only in a known order).
 */
void _px_metadata_line_dates (const char  *text,
                              PxDayOrder   order,
                              char       **published,
                              char       **updated);

/* The label of a time stamp in German, Russian or Ukrainian at the start
 * of @word ("Aktualisiert:", "Опубликовано"): TRUE, and *@update
 * (nullable) set for an update's label, cleared for a publication's.
 * (Months and weekdays: px-calendar-private.h.)
 */
gboolean _px_metadata_stamp_label_translated (const char *word,
                                              gboolean   *update);

/* How far into a paragraph a note that the story was updated is looked
 * for (_px_metadata_text_update()).
 */
#define PX_METADATA_UPDATE_NOTE_CHARS 240

/* The time of an update a paragraph of the article states ("Update,
 * March 6, 9:15 a.m.: ...", "Editor's note: This story was updated at
 * 9:15 a.m. Wednesday ..."), normalized as _px_metadata_normalize_date()
 * does, or NULL. A clock, a weekday or a day without its year is read
 * from @published (nullable) on, unless that is in UTC (no clock of the
 * page's own zone); an update no later than @published is none.
 */
char *_px_metadata_text_update (const char *text,
                                PxDayOrder  order,
                                const char *published);

G_END_DECLS
