/* px-calendar-private.h: the names of months and weekdays as pages and
 * reports write them, in English, German, Russian and Ukrainian
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Which of the table's forms a reader asks about: the languages, and the
 * kinds of form, a form of either being enough.
 */
typedef enum
{
  PX_CALENDAR_ENGLISH = 1 << 0,
  PX_CALENDAR_GERMAN = 1 << 1,
  PX_CALENDAR_RUSSIAN = 1 << 2,
  PX_CALENDAR_UKRAINIAN = 1 << 3,
  /* the whole name, in each form a day takes: "December", "Dezember",
   * "декабря" */
  PX_CALENDAR_NAMES = 1 << 4,
  /* the short form a stamp or a dateline writes: "Dec", "Sept", "Thurs",
   * "Dez", "дек", and "May", which is its own */
  PX_CALENDAR_CUTS = 1 << 5,
  /* a cut shorter than its name, which takes a stop: "Dec.", "Sept.",
   * not "May" */
  PX_CALENDAR_ABBREVIATIONS = 1 << 6,
} PxCalendarForms;

#define PX_CALENDAR_LANGUAGES \
  (PX_CALENDAR_ENGLISH | PX_CALENDAR_GERMAN | PX_CALENDAR_RUSSIAN | PX_CALENDAR_UKRAINIAN)
#define PX_CALENDAR_EVERY_FORM \
  (PX_CALENDAR_LANGUAGES | PX_CALENDAR_NAMES | PX_CALENDAR_CUTS | PX_CALENDAR_ABBREVIATIONS)

/* The month (1-12) or the weekday (1 for Monday to 7 for Sunday) that
 * the @len bytes of letters at @word name, in any case, as one of the
 * @forms; else 0. A stop after a cut is the caller's to step over.
 */
int _px_calendar_month_in (const char      *word,
                           gsize            len,
                           PxCalendarForms  forms);
int _px_calendar_weekday_in (const char      *word,
                             gsize            len,
                             PxCalendarForms  forms);

/* The same in every form the table knows: what the readers of dates,
 * stamps and bylines on pages take ("Dec", "december", "DEZ", "декабря";
 * "Thurs", "Montag", "среда").
 */
int _px_calendar_month (const char *word,
                        gsize       len);
int _px_calendar_weekday (const char *word,
                          gsize       len);

G_END_DECLS
