/* px-calendar.c: the names of months and weekdays as pages write them
 *
 * One table serves every reader of dates and stamps (the date reader,
 * the byline cleaning, the stamp lines of the furniture rules), so that a
 * word is a month's name for all of them or for none.
 *
 * What a name is: its full form; in English its first three letters
 * ("Dec", "Thu") and the longer cuts style guides use ("Sept", "Tues",
 * "Weds", "Thur", "Thurs"), nothing else that starts as one ("Decem",
 * "Marcus", "Mayor", "Sunset"); in German, Russian and Ukrainian the
 * forms a day takes ("29 декабря", "15 лютого") and the cuts the
 * languages use ("Dez.", "дек.", "груд."). A stop after a cut is the
 * caller's to step over: @word is letters only.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-calendar-private.h"

/* the longest form, in bytes: "воскресенье" */
#define PX_CALENDAR_MAX_BYTES 32

static const char * const month_forms[12] = {
  "january jan januar jänner янв января январь січ січня січень",
  "february feb februar feber фев февр февраля февраль лют лютого лютий",
  "march mar märz maerz mär mrz мар марта март бер березня березень",
  "april apr апр апреля апрель квіт квітня квітень",
  "may mai мая май трав травня травень",
  "june jun juni июн июня июнь черв червня червень",
  "july jul juli июл июля июль лип липня липень",
  "august aug авг августа август серп серпня серпень",
  "september sep sept сен сент сентября сентябрь вер верес вересня вересень",
  "october oct oktober okt окт октября октябрь жовт жовтня жовтень",
  "november nov ноя нояб ноября ноябрь лист листопада листопад",
  "december dec dezember dez дек декабря декабрь груд грудня грудень",
};

/* Monday first, as GDateWeekday counts */
static const char * const weekday_forms[7] = {
  "monday mon montag понедельник понеділок",
  "tuesday tue tues dienstag вторник вівторок",
  "wednesday wed weds mittwoch среда середа",
  "thursday thu thur thurs donnerstag четверг четвер",
  "friday fri freitag пятница пʼятниця п'ятниця п’ятниця",
  "saturday sat samstag sonnabend суббота субота",
  "sunday sun sonntag воскресенье неділя",
};

/* Each form, lower case, to its month (1-12) or its weekday (101-107). */
static GHashTable *
calendar_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *forms = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < 19; i++)
        {
          const char *names = i < 12 ? month_forms[i] : weekday_forms[i - 12];
          int value = i < 12 ? (int) i + 1 : 100 + (int) i - 11;
          char **split = g_strsplit (names, " ", -1);

          /* (the strings stay the table's for the life of the process) */
          for (guint k = 0; split[k] != NULL; k++)
            {
              g_assert (strlen (split[k]) <= PX_CALENDAR_MAX_BYTES);
              g_hash_table_insert (forms, split[k], GINT_TO_POINTER (value));
            }
          g_free (split);
        }
      g_once_init_leave (&table, forms);
    }
  return table;
}

/* The value of the @len bytes at @word in the table, or 0; any case, as
 * far as the bytes are valid UTF-8.
 */
static int
calendar_lookup (const char *word,
                 gsize       len)
{
  char ascii[PX_CALENDAR_MAX_BYTES + 1];
  g_autofree char *lower = NULL;
  const char *key = ascii;
  gboolean plain = TRUE;

  if (word == NULL || len == 0 || len > PX_CALENDAR_MAX_BYTES)
    return 0;
  for (gsize i = 0; i < len && plain; i++)
    {
      plain = word[i] != '\0' && (guchar) word[i] < 0x80;
      ascii[i] = g_ascii_tolower (word[i]);
    }
  ascii[len] = '\0';
  if (!plain)
    {
      if (!g_utf8_validate (word, len, NULL))
        return 0;
      key = lower = g_utf8_strdown (word, len);
    }
  return GPOINTER_TO_INT (g_hash_table_lookup (calendar_table (), key));
}

/* The month (1-12) named by the @len bytes of letters at @word, any
 * case ("Dec", "december", "DEZ", "декабря"), or 0.
 */
int
_px_calendar_month (const char *word,
                    gsize       len)
{
  int value = calendar_lookup (word, len);

  return value <= 12 ? value : 0;
}

/* The weekday (1 for Monday to 7 for Sunday) named by the @len bytes of
 * letters at @word, any case ("Thurs", "Sunday", "Montag", "среда"), or 0.
 */
int
_px_calendar_weekday (const char *word,
                      gsize       len)
{
  int value = calendar_lookup (word, len);

  return value > 100 ? value - 100 : 0;
}
