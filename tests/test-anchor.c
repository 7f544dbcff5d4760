/* test-anchor.c: finding annotated passages again in edited versions of an article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-anchor.h"

#include <string.h>

/* An article written for these tests; the last sentence of the second and
 * of the last paragraph is the same.
 */
#define P0 "Russia says drones targeted Putin’s residence"
#define P1 "Russia’s foreign minister Sergey Lavrov said on Monday that Ukraine had launched 91 " \
           "long-range drones overnight at the state residence of President Vladimir Putin in the " \
           "Novgorod region."
#define P2 "He said all of the drones were destroyed by air defences and that there were no " \
           "casualties or damage. No independent verification was available."
#define P3 "Lavrov called the attack an act of state terrorism and said Russia would revise its " \
           "negotiating position, though it would not withdraw from talks with the United States."
#define P4 "President Volodymyr Zelensky denied the claim, calling it a fabrication intended to " \
           "justify further strikes on Kyiv."
#define P5 "The White House described a call between Trump and Putin as positive. No independent " \
           "verification was available."
#define SEP "\n\n"

static const char original[] = P0 SEP P1 SEP P2 SEP P3 SEP P4 SEP P5;

#define REPEATED "No independent verification was available."

/* Character offset of the @nth (0-based) occurrence of @needle in @text. */
static guint
char_offset_of (const char *text,
                const char *needle,
                guint       nth)
{
  const char *p = strstr (text, needle);

  for (guint i = 0; i < nth && p != NULL; i++)
    p = strstr (p + 1, needle);
  g_assert_nonnull (p);

  return g_utf8_pointer_to_offset (text, p);
}

static PxTextSelector *
select_quote (const char *text,
              const char *quote)
{
  g_autoptr(GError) error = NULL;
  PxTextSelector *selector = px_anchor_select_quote (text, quote, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (selector);
  return selector;
}

static char *
match_text (const char          *text,
            const PxAnchorMatch *match)
{
  const char *start = g_utf8_offset_to_pointer (text, match->start);
  const char *end = g_utf8_offset_to_pointer (text, match->end);

  return g_strndup (start, end - start);
}

static void
test_select_quote (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxTextSelector) selector = select_quote (original, "91 long-range drones");
  g_autoptr(PxTextSelector) missing = NULL;
  g_autoptr(PxTextSelector) repeated = NULL;
  g_autoptr(PxTextSelector) chosen = NULL;
  g_autoptr(PxTextSelector) empty = NULL;

  /* Offsets count characters: the title's ’ is one character, three bytes. */
  g_assert_cmpuint (selector->start, ==, char_offset_of (original, "91 long-range", 0));
  g_assert_cmpuint (selector->start, <, (guint) (strstr (original, "91 long-range") - original));
  g_assert_cmpuint (selector->end - selector->start, ==, strlen ("91 long-range drones"));
  g_assert_cmpstr (selector->prefix, ==, "onday that Ukraine had launched ");
  g_assert_cmpstr (selector->suffix, ==, " overnight at the state residenc");
  g_assert_cmpint (g_utf8_strlen (selector->prefix, -1), ==, PX_ANCHOR_CONTEXT_CHARS);

  missing = px_anchor_select_quote (original, "92 long-range drones", NULL, NULL, &error);
  g_assert_null (missing);
  g_assert_error (error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "92 long-range drones"));
  g_clear_error (&error);

  repeated = px_anchor_select_quote (original, REPEATED, NULL, NULL, &error);
  g_assert_null (repeated);
  g_assert_error (error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_AMBIGUOUS);
  g_assert_nonnull (strstr (error->message, "2 times"));
  g_clear_error (&error);

  chosen = px_anchor_select_quote (original, REPEATED, "as positive. ", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chosen->start, ==, char_offset_of (original, REPEATED, 1));

  empty = px_anchor_select_quote (original, "", NULL, NULL, &error);
  g_assert_null (empty);
  g_assert_error (error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_EMPTY);
}

/* A quote typed rather than copied: straight apostrophe, other spaces,
 * across a paragraph break. What is stored is the text's own characters.
 */
static void
test_select_typed_quote (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxTextSelector) apostrophe = select_quote (original, "Putin's residence");
  g_autoptr(PxTextSelector) spaces = select_quote (original, "  Sergey   Lavrov said ");
  g_autoptr(PxTextSelector) across = select_quote (original, "Novgorod region. He said");
  g_autoptr(PxTextSelector) still_missing = NULL;

  g_assert_cmpstr (apostrophe->exact, ==, "Putin’s residence");
  g_assert_cmpuint (apostrophe->start, ==, char_offset_of (original, "Putin’s residence", 0));
  g_assert_cmpuint (apostrophe->end - apostrophe->start, ==, g_utf8_strlen ("Putin’s residence", -1));
  g_assert_cmpstr (spaces->exact, ==, "Sergey Lavrov said");
  g_assert_cmpstr (across->exact, ==, "Novgorod region.\n\nHe said");

  still_missing = px_anchor_select_quote (original, "Putin's palace", NULL, NULL, &error);
  g_assert_null (still_missing);
  g_assert_error (error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_NOT_FOUND);
}

static void
test_unchanged_text (void)
{
  g_autoptr(PxTextSelector) selector = select_quote (original, "act of state terrorism");
  PxAnchorMatch match;

  g_assert_true (px_anchor_locate (original, selector, &match));
  g_assert_cmpint (match.method, ==, PX_ANCHOR_METHOD_POSITION);
  g_assert_cmpfloat (match.confidence, ==, 1.0);
  g_assert_cmpuint (match.start, ==, selector->start);
  g_assert_cmpuint (match.end, ==, selector->end);
}

static void
test_inserted_paragraphs (void)
{
  static const char edited[] =
    P0 SEP "UPDATE: adds Zelensky’s reaction, White House comment." SEP
    "Moscow, 30 December — This is a developing story." SEP
    P1 SEP P2 SEP P3 SEP P4 SEP P5;
  g_autoptr(PxTextSelector) selector = select_quote (original, "act of state terrorism");
  g_autofree char *found = NULL;
  PxAnchorMatch match;

  g_assert_true (px_anchor_locate (edited, selector, &match));
  g_assert_cmpint (match.method, ==, PX_ANCHOR_METHOD_QUOTE);
  g_assert_cmpfloat (match.confidence, >=, PX_ANCHOR_THRESHOLD);
  g_assert_cmpuint (match.start, ==, char_offset_of (edited, "act of state terrorism", 0));
  found = match_text (edited, &match);
  g_assert_cmpstr (found, ==, "act of state terrorism");
}

/* The second copy of a repeated sentence was annotated. Text inserted
 * before the first copy moves it exactly where the second used to be:
 * the same words at the same position are the wrong passage, and only the
 * context tells.
 */
static void
test_repeated_phrase (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxTextSelector) selector =
    px_anchor_select_quote (original, REPEATED, "as positive. ", NULL, &error);
  guint first = char_offset_of (original, REPEATED, 0);
  guint second = char_offset_of (original, REPEATED, 1);
  g_autofree char *padding = NULL;
  g_autofree char *edited = NULL;
  const char *p2_at = strstr (original, P2);
  PxAnchorMatch match;

  g_assert_no_error (error);
  g_assert_cmpuint (selector->start, ==, second);

  /* Pad with ASCII so bytes and characters shift alike. */
  padding = g_strnfill (second - first - 2, 'x');
  edited = g_strdup_printf ("%.*s%s" SEP "%s", (int) (p2_at - original), original, padding, p2_at);
  g_assert_cmpuint (char_offset_of (edited, REPEATED, 0), ==, second);

  g_assert_true (px_anchor_locate (edited, selector, &match));
  g_assert_cmpint (match.method, ==, PX_ANCHOR_METHOD_QUOTE);
  g_assert_cmpuint (match.start, ==, char_offset_of (edited, REPEATED, 1));
}

/* When both copies lost the context that told them apart, nobody can say
 * which was meant: the annotation must not be attached to either.
 */
static void
test_repeated_phrase_ambiguous (void)
{
  static const char edited[] =
    P0 SEP P1 SEP "Officials gave no further details. " REPEATED SEP P3 SEP P4 SEP
    "Officials gave no further details. " REPEATED;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxTextSelector) selector =
    px_anchor_select_quote (original, REPEATED, "as positive. ", NULL, &error);
  PxAnchorMatch match;

  g_assert_no_error (error);
  g_assert_false (px_anchor_locate (edited, selector, &match));
  g_assert_cmpfloat (match.confidence, <, PX_ANCHOR_THRESHOLD);
}

static void
test_reworded_sentence (void)
{
  static const char lightly[] =
    P0 SEP P1 SEP P2 SEP
    "Lavrov branded the attack an act of state terrorism and said Russia would revise its "
    "negotiating position, though it would not withdraw from talks with the United States."
    SEP P4 SEP P5;
  static const char heavily[] =
    P0 SEP P1 SEP P2 SEP
    "Russia’s top diplomat described what he called Ukrainian terror against the Kremlin and "
    "said Russia would revise its negotiating position, though it would not withdraw from talks "
    "with the United States."
    SEP P4 SEP P5;
  g_autoptr(PxTextSelector) selector =
    select_quote (original, "Lavrov called the attack an act of state terrorism");
  g_autofree char *found = NULL;
  PxAnchorMatch match;

  g_assert_true (px_anchor_locate (lightly, selector, &match));
  g_assert_cmpint (match.method, ==, PX_ANCHOR_METHOD_FUZZY);
  g_assert_cmpfloat (match.confidence, >=, PX_ANCHOR_THRESHOLD);
  g_assert_cmpfloat (match.confidence, <, 1.0);
  found = match_text (lightly, &match);
  g_assert_cmpstr (found, ==, "Lavrov branded the attack an act of state terrorism");

  g_assert_false (px_anchor_locate (heavily, selector, &match));
  g_assert_cmpfloat (match.confidence, <, PX_ANCHOR_THRESHOLD);
}

static void
test_removed_passage (void)
{
  static const char edited[] = P0 SEP P2 SEP P3 SEP P4 SEP P5;
  g_autoptr(PxTextSelector) selector =
    select_quote (original, "Ukraine had launched 91 long-range drones overnight");
  PxAnchorMatch match;

  g_assert_false (px_anchor_locate (edited, selector, &match));
  g_assert_cmpfloat (match.confidence, <, PX_ANCHOR_THRESHOLD);
}

/* A short phrase from a removed passage that happens to appear once
 * elsewhere is not the annotated passage.
 */
static void
test_short_quote_elsewhere (void)
{
  static const char edited[] =
    P0 SEP P1 SEP P3 SEP P4 SEP
    "Kyiv said there were no casualties or damage in its own strikes that night." SEP P5;
  g_autoptr(PxTextSelector) selector = select_quote (original, "no casualties or damage");
  PxAnchorMatch match;

  g_assert_false (px_anchor_locate (edited, selector, &match));
  g_assert_cmpint (match.method, ==, PX_ANCHOR_METHOD_QUOTE);
  g_assert_cmpfloat (match.confidence, <, PX_ANCHOR_THRESHOLD);
}

static void
test_select_range (void)
{
  g_autoptr(GError) error = NULL;
  guint start = char_offset_of (original, "Putin’s residence", 0);
  g_autoptr(PxTextSelector) selector = px_anchor_select_range (original, start, start + 17, &error);
  g_autoptr(PxTextSelector) outside = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (selector->exact, ==, "Putin’s residence");
  /* Near the start of the text, the prefix is what there is. */
  g_assert_cmpstr (selector->prefix, ==, "Russia says drones targeted ");

  outside = px_anchor_select_range (original, 10, 100000, &error);
  g_assert_null (outside);
  g_assert_error (error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_OUT_OF_RANGE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/anchor/select-quote", test_select_quote);
  g_test_add_func ("/anchor/select-range", test_select_range);
  g_test_add_func ("/anchor/select-typed-quote", test_select_typed_quote);
  g_test_add_func ("/anchor/unchanged", test_unchanged_text);
  g_test_add_func ("/anchor/inserted-paragraphs", test_inserted_paragraphs);
  g_test_add_func ("/anchor/repeated-phrase", test_repeated_phrase);
  g_test_add_func ("/anchor/repeated-phrase-ambiguous", test_repeated_phrase_ambiguous);
  g_test_add_func ("/anchor/reworded-sentence", test_reworded_sentence);
  g_test_add_func ("/anchor/removed-passage", test_removed_passage);
  g_test_add_func ("/anchor/short-quote-elsewhere", test_short_quote_elsewhere);

  return g_test_run ();
}
