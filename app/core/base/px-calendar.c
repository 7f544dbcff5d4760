/* px-calendar.c: the names of months and weekdays as pages and reports
 * write them
 *
 * One table serves every reader of them: the date reader, the byline
 * cleaning and the stamp lines of the furniture rules on pages, and in
 * the text the dates of quantities, the stops that end no sentence, the
 * words that are no one's name. A word is a month's name for all of them
 * or for none; each asks only for the forms its question is about.
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

/* The forms of one language and kind: each month's and each weekday's
 * (Monday first, as GDateWeekday counts), several apart by spaces, NULL
 * for none.
 */
typedef struct
{
  PxCalendarForms forms;
  const char *months[12];
  const char *weekdays[7];
} CalendarRow;

static const CalendarRow rows[] = {
  { PX_CALENDAR_ENGLISH | PX_CALENDAR_NAMES,
    { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december" },
    { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" } },
  { PX_CALENDAR_ENGLISH | PX_CALENDAR_CUTS,
    { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep sept", "oct", "nov", "dec" },
    { "mon", "tue tues", "wed weds", "thu thur thurs", "fri", "sat", "sun" } },
  { PX_CALENDAR_GERMAN | PX_CALENDAR_NAMES,
    { "januar jänner", "februar feber", "märz maerz", "april", "mai", "juni", "juli", "august", "september",
      "oktober", "november", "dezember" },
    { "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend", "sonntag" } },
  { PX_CALENDAR_GERMAN | PX_CALENDAR_CUTS,
    { "jan", "feb", "mär mrz", "apr", NULL, "jun", "jul", "aug", "sep sept", "okt", "nov", "dez" },
    { NULL } },
  { PX_CALENDAR_RUSSIAN | PX_CALENDAR_NAMES,
    { "января январь", "февраля февраль", "марта март", "апреля апрель", "мая май", "июня июнь", "июля июль",
      "августа август", "сентября сентябрь", "октября октябрь", "ноября ноябрь", "декабря декабрь" },
    { "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье" } },
  { PX_CALENDAR_RUSSIAN | PX_CALENDAR_CUTS,
    { "янв", "фев февр", "мар", "апр", NULL, "июн", "июл", "авг", "сен сент", "окт", "ноя нояб", "дек" },
    { NULL } },
  { PX_CALENDAR_UKRAINIAN | PX_CALENDAR_NAMES,
    { "січня січень", "лютого лютий", "березня березень", "квітня квітень", "травня травень", "червня червень",
      "липня липень", "серпня серпень", "вересня вересень", "жовтня жовтень", "листопада листопад",
      "грудня грудень" },
    { "понеділок", "вівторок", "середа", "четвер", "пʼятниця п'ятниця п’ятниця", "субота", "неділя" } },
  { PX_CALENDAR_UKRAINIAN | PX_CALENDAR_CUTS,
    { "січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер верес", "жовт", "лист", "груд" },
    { NULL } },
};

/* What the table holds of a form: its month (1-12) or weekday (101-107),
 * and the languages and kinds it is written in.
 */
typedef struct
{
  int value;
  PxCalendarForms forms;
} CalendarForm;

static void
add_forms (GHashTable      *table,
           const char      *names,
           int              value,
           PxCalendarForms  forms)
{
  g_auto(GStrv) split = NULL;

  if (names == NULL)
    return;
  split = g_strsplit (names, " ", -1);
  for (guint k = 0; split[k] != NULL; k++)
    {
      CalendarForm *form = g_hash_table_lookup (table, split[k]);

      g_assert (strlen (split[k]) <= PX_CALENDAR_MAX_BYTES);
      if (form == NULL)
        {
          form = g_new0 (CalendarForm, 1);
          form->value = value;
          g_hash_table_insert (table, g_strdup (split[k]), form);
        }
      /* a form two languages share is of one kind in both ("April",
       * "Jan"); May's name is its cut in one language */
      g_assert (form->value == value);
      g_assert ((form->forms & forms & PX_CALENDAR_LANGUAGES) != 0
                || (form->forms & ~PX_CALENDAR_LANGUAGES) == 0
                || (form->forms & ~PX_CALENDAR_LANGUAGES) == (forms & ~PX_CALENDAR_LANGUAGES));
      form->forms |= forms;
    }
}

/* The bytes a form starts with, in either case; for a form that starts
 * with two ASCII letters, the third byte after them (bits 0-25 a letter,
 * bit 26 one of another script: "mär"); the fewest bytes a form has.
 * Most words of a text are told apart by these alone: the text engine
 * asks of every word it reads.
 */
static gboolean first_bytes[256];
static guint32 third_after[26][26];
static gsize shortest = G_MAXSIZE;

#define PX_CALENDAR_THIRD_OTHER 26

static inline guchar
ascii_lower (guchar c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* The bit of third_after for @c, -1 for none a form has. */
static inline int
third_bit (guchar c)
{
  c = ascii_lower (c);
  if (c >= 'a' && c <= 'z')
    return c - 'a';
  return c >= 0x80 ? PX_CALENDAR_THIRD_OTHER : -1;
}

/* Each form, lower case, to its CalendarForm; built once, only read
 * afterwards, from any thread (first_bytes and shortest with it).
 */
static GHashTable *
calendar_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *forms = g_hash_table_new (g_str_hash, g_str_equal);
      GHashTableIter iter;
      const char *name;
      CalendarForm *form;

      for (gsize r = 0; r < G_N_ELEMENTS (rows); r++)
        {
          for (guint m = 0; m < 12; m++)
            add_forms (forms, rows[r].months[m], (int) m + 1, rows[r].forms);
          for (guint d = 0; d < 7; d++)
            add_forms (forms, rows[r].weekdays[d], 101 + (int) d, rows[r].forms);
        }
      /* a cut that is not also the whole name is an abbreviation */
      g_hash_table_iter_init (&iter, forms);
      while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &form))
        {
          if ((form->forms & PX_CALENDAR_CUTS) != 0 && (form->forms & PX_CALENDAR_NAMES) == 0)
            form->forms |= PX_CALENDAR_ABBREVIATIONS;
          first_bytes[(guchar) name[0]] = TRUE;
          first_bytes[(guchar) g_ascii_toupper (name[0])] = TRUE;
          if (g_ascii_islower (name[0]) && g_ascii_islower (name[1]))
            {
              g_assert (third_bit (name[2]) >= 0);
              third_after[name[0] - 'a'][name[1] - 'a'] |= 1u << third_bit (name[2]);
            }
          shortest = MIN (shortest, strlen (name));
        }
      /* (the table stays the process's to its end) */
      g_once_init_leave (&table, forms);
    }
  return table;
}

/* The value of the @len bytes at @word in the table when it is one of
 * @forms, or 0; any case, as far as the bytes are valid UTF-8.
 */
static int
calendar_lookup (const char      *word,
                 gsize            len,
                 PxCalendarForms  forms)
{
  char ascii[PX_CALENDAR_MAX_BYTES + 1];
  g_autofree char *lower = NULL;
  const char *key = ascii;
  gboolean plain = TRUE;
  const CalendarForm *form;

  if (word == NULL || len == 0 || len > PX_CALENDAR_MAX_BYTES || calendar_table () == NULL || len < shortest
      || !first_bytes[(guchar) word[0]])
    return 0;
  /* (a form whose second letter is no ASCII one, "mär", is left to the table) */
  if ((guchar) word[0] < 0x80 && (guchar) word[1] < 0x80)
    {
      guchar first = ascii_lower (word[0]);
      guchar second = ascii_lower (word[1]);
      int third = third_bit (word[2]);

      if (second < 'a' || second > 'z' || third < 0 || (third_after[first - 'a'][second - 'a'] & (1u << third)) == 0)
        return 0;
    }
  for (gsize i = 0; i < len && plain; i++)
    {
      plain = word[i] != '\0' && (guchar) word[i] < 0x80;
      ascii[i] = ascii_lower (word[i]);
    }
  ascii[len] = '\0';
  if (!plain)
    {
      if (!g_utf8_validate (word, len, NULL))
        return 0;
      key = lower = g_utf8_strdown (word, len);
    }
  form = g_hash_table_lookup (calendar_table (), key);
  if (form == NULL || (form->forms & forms & PX_CALENDAR_LANGUAGES) == 0
      || (form->forms & forms & ~PX_CALENDAR_LANGUAGES) == 0)
    return 0;
  return form->value;
}

int
_px_calendar_month_in (const char      *word,
                       gsize            len,
                       PxCalendarForms  forms)
{
  int value = calendar_lookup (word, len, forms);

  return value <= 12 ? value : 0;
}

int
_px_calendar_weekday_in (const char      *word,
                         gsize            len,
                         PxCalendarForms  forms)
{
  int value = calendar_lookup (word, len, forms);

  return value > 100 ? value - 100 : 0;
}

int
_px_calendar_month (const char *word,
                    gsize       len)
{
  return _px_calendar_month_in (word, len, PX_CALENDAR_EVERY_FORM);
}

int
_px_calendar_weekday (const char *word,
                      gsize       len)
{
  return _px_calendar_weekday_in (word, len, PX_CALENDAR_EVERY_FORM);
}
