/* px-quantity.h: numbers with their units and head nouns, times and dates
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-text.h"

G_BEGIN_DECLS

typedef enum
{
  PX_DIMENSION_COUNT,    /* "91 drones": matched by head noun */
  PX_DIMENSION_PERCENT,  /* "4.75%", "4.75 per cent" */
  PX_DIMENSION_POINTS,   /* percentage points: "half a point", "50 basis points" (0.5) */
  PX_DIMENSION_DISTANCE, /* kilometres: "2km", "two kilometres", "1.2 miles" */
  PX_DIMENSION_MONEY,    /* in the currency's units; see currency */
  PX_DIMENSION_TEMPERATURE, /* degrees Celsius when currency is "C"; "F" is converted;
                             * NULL: a scale not named ("minus-20 degree temperatures") */
  PX_DIMENSION_DURATION, /* days: "four months", "more than four years", "two weeks" */
  PX_DIMENSION_AGE,      /* days too: "36-year-old", "30 years old", "aged 36", "Smith, 36," */
  PX_DIMENSION_AREA,     /* square kilometres: "20 square miles", "10,000 hectares" */
  PX_DIMENSION_SPEED,    /* kilometres an hour: "180 km/h", "112 mph", "60 knots" */
  PX_DIMENSION_MASS,     /* kilograms: "50kg", "2 tonnes", "110 lbs" */
} PxDimension;

typedef struct
{
  /* the fields by size, so that no byte pads them: the documents of long
   * reports hold a figure per few words (docs/benchmarks.md, mem38) */
  guint start;          /* bytes into the text: qualifier to head noun */
  guint end;
  guint number_start;   /* bytes: the number (and unit) alone */
  guint number_end;
  guint first_token;    /* tokens of [start, end) */
  guint end_token;
  PxDimension dimension;
  guint n_heads;
  guint head_ends[3];   /* bytes: where each head word ends */
  guint vague : 1;      /* "dozens", "hundreds", "several" */
  guint fits_figures : 1; /* vague, but any figure in its range agrees: "several" */
  guint qualified : 1;  /* "at least", "about", "up to", ... */
  guint qualifier : 3;  /* which one, so that "up to 60" and "up to 70" differ */
  guint partitive : 1;  /* a part of a whole told with it: "19 of the 35 seats" (heads: the whole's) */
  guint height : 1;     /* a person's height, "5-foot-8": says who, not what happened */
  guint joined : 1;     /* a whole figure hyphenated to a word, the two a modifier of the
                         * noun after them: "a 64-yard drive", "a 20-storey tower". It
                         * counts no noun (n_heads 0); heads[0 .. n_joined) hold the word
                         * joined and the noun's words, for px_quantity_comparable() */
  guint n_joined : 2;
  guint ordinal : 1;    /* a rank, not an amount: "the 71st minute", "his fourth season"
                         * (value 71, 4); compared only with another rank of its heads */
  double value;         /* in the dimension's unit */
  double low;           /* the range the wording allows */
  double high;
  double unit;          /* the written unit in the dimension's unit (1.609344 for miles), 0 for none */
  double step;          /* the written figure's last digit, in the dimension's unit: a
                         * converted figure is rounded ("six miles" for 10 km) */
  double unslashed;     /* a length, time or age written "412" where text lost the
                         * slash of "4 1/2": the value read so (4.5 months), else 0 */
  double converted_low; /* a sum given again in brackets in another currency, "$US2
                         * million ($2.6 million)": its range, else 0 and 0 */
  double converted_high;
  const char *converted_currency;
  const char *currency; /* "USD", "GBP", "EUR", "RUB", or NULL */
  const char *heads[3]; /* stems of the words after the number, NULL-padded */
  const char *head_words[3]; /* the head words' lower-case forms (the document's), NULL for a head
                              * that is no word of the text ("population") */
} PxQuantity;

typedef enum
{
  PX_DAYPART_NONE,
  PX_DAYPART_EARLY,     /* "early Tuesday": before dawn */
  PX_DAYPART_MORNING,
  PX_DAYPART_AFTERNOON,
  PX_DAYPART_EVENING,
  PX_DAYPART_NIGHT,     /* "Monday night" */
  PX_DAYPART_OVERNIGHT, /* "overnight into Monday", "overnight on Monday" */
  PX_DAYPART_LATE,      /* "late Monday" */
} PxDaypart;

typedef struct
{
  guint start;          /* bytes into the text */
  guint end;
  int weekday;          /* 1 Monday .. 7 Sunday, 0 not given */
  PxDaypart daypart;
  int minutes;          /* minutes after midnight, -1 not given */
  int day;              /* 1..31, 0 not given */
  int month;            /* 1..12, 0 not given */
  int year;             /* 0 not given */
  int utc_offset;       /* minutes east of UTC of the zone named after a clock time */
  guint zoned : 1;      /* a zone is named: "10:00 GMT", "11:00 CET" */
  guint zone_seasonal : 1; /* the zone names no season ("12 p.m. ET"): an hour later in summer */
  /* a game's clock, not the time of day: "with 6:15 left in the first
   * half", "at the 1:50 mark", "38 seconds into the fifth round" */
  guint game : 1;
  guint game_left : 1;  /* the seconds are those left in the period, not gone */
  int game_seconds;
  int game_period;      /* 1.. the period named ("the seventh", "the 1st half"), 0 not given */
  char game_period_kind; /* the kind of period named after it, by its first letter: 'h' half, 'q' quarter,
                          * 'p' period, 'r' round, 'i' inning, 's' set, 'f' frame, 'o' overtime; 0 not
                          * given ("the seventh") */
} PxTimeExpr;

/* Finds the quantities and times in @sentence and stores them in its
 * quantities and times arrays.
 */
void px_quantity_scan (PxDocument *doc,
                       PxSentence *sentence);

/* Reads a number written in words or digits starting at token @index of
 * @doc ("ninety-one", "two thousand", "2,000", "4.75", "a dozen", "12"):
 * returns the number of tokens used (0 if none) and the value.
 */
guint px_quantity_parse_number (PxDocument *doc,
                                guint       index,
                                guint       end,
                                double     *value);

/* Whether two quantities of the same thing can both be true, "at least
 * 12" and "a dozen" can; "91" and "dozens" are a difference in what is
 * known, so they are not equal; "91" and "92" are not, nor is a floor
 * that the other figure is twice ("at least three" against "10": two
 * counts reported, where "more than 200" is 250 rounded down).
 */
gboolean px_quantity_equal (const PxQuantity *a,
                            const PxQuantity *b);

/* The period of a game that @sentence tells of, when it names one alone:
 * @low and @high in quarters (a half is two; overtime 100), another kind
 * of period from 200 on. FALSE when it names none, or two.
 */
gboolean px_quantity_game_period (PxDocument *doc,
                                  PxSentence *sentence,
                                  int        *low,
                                  int        *high);

/* Whether two quantities measure the same thing: the same dimension (and
 * currency) and, for counts, a head word in common. @end_a and @end_b, when
 * not NULL, get where the text to show for each ends ("91 long-range
 * drones" rather than "91").
 */
gboolean px_quantity_comparable (const PxQuantity *a,
                                 const PxQuantity *b,
                                 guint            *end_a,
                                 guint            *end_b);

/* Where the words end that a figure hyphenated to its word (joined)
 * modifies: "a 64-yard drive ended" ends after "drive"; the figure's end
 * for any other. */
guint px_quantity_joined_end (const PxQuantity *q);

/* Whether the noun a joined figure modifies is a made thing, and never a
 * happening, in its first senses: "a 20-storey tower", "a 45-caliber
 * pistol" (one thing has one size), not "a 64-yard drive" nor "a
 * 12-yard touchdown pass" (a story tells of many drives and passes). */
gboolean px_quantity_joined_to_thing (const PxQuantity *q);

/* Whether two times can both be true; whether they can be compared at all. */
gboolean px_time_comparable (const PxTimeExpr *a,
                             const PxTimeExpr *b);
gboolean px_time_equal (const PxTimeExpr *a,
                        const PxTimeExpr *b);

G_END_DECLS
