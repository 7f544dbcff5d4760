/* test-compare.c: claim clusters, differences, the JSON and the demo story
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-comparison.h"
#include "px-extract.h"
#include "px-parallel.h"
#include "px-test-util.h"

#include <string.h>

#include <glib/gstdio.h>

static PxArticle *
article (const char *input,
         const char *outlet,
         const char *first,
         ...)
{
  PxArticle *self = px_article_new (input);
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (paragraphs, (gpointer) p);
  va_end (args);
  px_article_set_paragraphs (self, paragraphs);
  self->outlet = g_strdup (outlet);
  return self;
}

static PxComparison *
compare_two (PxArticle *a,
             PxArticle *b)
{
  PxArticle *articles[] = { a, b };
  g_autoptr(GError) error = NULL;
  PxComparison *comparison = px_compare (articles, 2, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  px_article_unref (a);
  px_article_unref (b);
  return comparison;
}

/* The text of a span, from its character offsets into its sentence. */
static char *
span_text (PxComparison     *comparison,
           const PxTextSpan *span)
{
  g_autofree char *sentence = px_comparison_dup_sentence_text (comparison, span->source, span->sentence);
  const char *start = g_utf8_offset_to_pointer (sentence, span->char_start);
  const char *end = g_utf8_offset_to_pointer (sentence, span->char_end);

  /* bytes and characters agree */
  g_assert_cmpuint (start - sentence, ==, span->start);
  g_assert_cmpuint (end - sentence, ==, span->end);
  return g_strndup (start, end - start);
}

/* The differences of @kind over all claims. */
static GPtrArray *
differences_of_kind (PxComparison     *comparison,
                     PxDifferenceKind  kind)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);

      for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
        if (px_difference_get_kind (px_claim_get_difference (claim, d)) == kind)
          g_ptr_array_add (found, px_claim_get_difference (claim, d));
    }
  return found;
}

/* Exactly one difference of @kind, with a span per source whose texts are
 * @span_a and @span_b, and the @summary given.
 */
static void
assert_one_difference (PxComparison     *comparison,
                       PxDifferenceKind  kind,
                       const char       *span_a,
                       const char       *span_b,
                       const char       *summary)
{
  g_autoptr(GPtrArray) found = differences_of_kind (comparison, kind);
  PxDifference *difference;
  const PxTextSpan *spans;
  guint n_spans, n_sources;

  g_assert_cmpuint (found->len, ==, 1);
  difference = g_ptr_array_index (found, 0);
  px_difference_get_sources (difference, &n_sources);
  g_assert_cmpuint (n_sources, ==, 2);
  spans = px_difference_get_spans (difference, &n_spans);
  g_assert_cmpuint (n_spans, ==, 2);
  for (guint s = 0; s < n_spans; s++)
    {
      g_autofree char *text = span_text (comparison, &spans[s]);

      g_assert_cmpstr (text, ==, spans[s].source == 0 ? span_a : span_b);
    }
  if (summary != NULL)
    g_assert_cmpstr (px_difference_get_summary (difference), ==, summary);
}

static void
assert_no_differences (PxComparison *comparison)
{
  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);

      for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
        g_test_message ("unexpected: %s", px_difference_get_summary (px_claim_get_difference (claim, d)));
      g_assert_cmpuint (px_claim_get_n_differences (claim), ==, 0);
    }
}

/* Both sentences in one claim. */
static void
assert_aligned (PxComparison *comparison)
{
  g_assert_cmpuint (px_comparison_get_sentence_claim (comparison, 0, 0), ==,
                    px_comparison_get_sentence_claim (comparison, 1, 0));
}

static void
test_difference_number (void)
{
  g_autoptr(PxComparison) c = compare_two (
    article ("a", "RT", "Ukraine launched 91 drones at the residence in the Novgorod region, officials said.", NULL),
    article ("b", "BBC", "Ukraine launched dozens of drones at the residence in the Novgorod region, officials said.", NULL));

  assert_aligned (c);
  assert_one_difference (c, PX_DIFFERENCE_NUMBER, "91 drones", "dozens of drones",
                         "91 drones (RT) vs dozens of drones (BBC)");
}

static void
test_difference_time (void)
{
  g_autoptr(PxComparison) c = compare_two (
    article ("a", "A", "The drones struck the oil depot in Tuapse early Tuesday, the governor said.", NULL),
    article ("b", "B", "The drones struck the oil depot in Tuapse on Monday night, the governor said.", NULL));

  assert_aligned (c);
  assert_one_difference (c, PX_DIFFERENCE_TIME, "early Tuesday", "Monday night",
                         "early Tuesday (A) vs Monday night (B)");
}

static void
test_difference_quote (void)
{
  g_autoptr(PxComparison) c = compare_two (
    article ("a", "A", "\"This reckless escalation threatens the whole region,\" Lavrov told reporters.", NULL),
    article ("b", "B", "“This reckless escalation threatens the entire region,” Lavrov told reporters.", NULL));

  assert_aligned (c);
  assert_one_difference (c, PX_DIFFERENCE_QUOTE, "whole", "entire",
                         "“the whole region” (A) vs “the entire region” (B)");
}

static void
test_difference_hedging (void)
{
  g_autoptr(PxComparison) c = compare_two (
    article ("a", "A", "Ukraine launched a drone attack on the presidential residence in Valdai.", NULL),
    article ("b", "B", "Russia claimed, without evidence, that Ukraine launched a drone attack on the presidential residence in Valdai.", NULL));

  assert_aligned (c);
  assert_one_difference (c, PX_DIFFERENCE_HEDGING, "Ukraine launched a drone attack on the presidential residence in Valdai",
                         "claimed, without evidence",
                         "stated as fact (A) vs “claimed”, “without evidence” (B)");
}

static void
test_difference_contradiction (void)
{
  g_autoptr(PxComparison) c = compare_two (
    article ("a", "A", "The overnight strike on the Tuapse fuel depot caused no casualties, the regional governor said.", NULL),
    article ("b", "B", "Two people were injured in the overnight strike on the Tuapse fuel depot, the regional governor said.", NULL));

  assert_aligned (c);
  assert_one_difference (c, PX_DIFFERENCE_CONTRADICTION, "no casualties", "Two people were injured",
                         "no casualties (A) vs Two people were injured (B)");
}

static void
test_difference_entity (void)
{
  g_autoptr(PxComparison) c = compare_two (
    article ("a", "A", "Kremlin spokesman Dmitry Peskov said Putin had informed Trump about the drone attack in a phone call.", NULL),
    article ("b", "B", "Kremlin aide Yuri Ushakov said Putin had informed Trump about the drone attack in a phone call.", NULL));

  assert_aligned (c);
  assert_one_difference (c, PX_DIFFERENCE_ENTITY, "Dmitry Peskov", "Yuri Ushakov",
                         "Dmitry Peskov (A) vs Yuri Ushakov (B)");
}

/* Equal values written differently, in sentences that otherwise agree. */
static void
test_not_differences (void)
{
  const char *pairs[][2] = {
    { "Rescuers pulled 12 survivors from the collapsed building in Izmir, officials said.",
      "Rescuers pulled twelve survivors from the collapsed building in Izmir, officials said." },
    { "Rescuers pulled a dozen survivors from the collapsed building in Izmir, officials said.",
      "Rescuers pulled at least 12 survivors from the collapsed building in Izmir, officials said." },
    { "The evacuation zone around the Chernobyl plant was widened by 2km on Friday, officials said.",
      "The evacuation zone around the Chernobyl plant was widened by two kilometres on Friday, officials said." },
    { "The hiker was killed on Monday when she lost her footing and fell about 600 metres into a deep snowy ravine.",
      "The hiker was killed on Monday when she lost her footing and fell about 2,000ft into a deep snowy ravine." },
    { "The Bank of England held its benchmark rate at 4.75% on Thursday, the bank said.",
      "The Bank of England held its benchmark rate at 4.75 per cent on Thursday, the bank said." },
    { "The central bank of Brazil raised its policy rate by half a percentage point on Wednesday.",
      "The central bank of Brazil raised its policy rate by 50 basis points on Wednesday." },
    { "The tremor struck the coast of Hokkaido at 3 a.m. local time, the agency said.",
      "The tremor struck the coast of Hokkaido at 03:00 local time, the agency said." },
    { "Trump told reporters he was \"very angry\" about the attack on Putin's residence.",
      "Trump told reporters: \"I'm very angry about the attack\" on Putin's residence." },
    { "Lavrov said Ukraine had attacked the residence with 91 long-range drones.",
      "Ukraine attacked the residence with ninety-one long-range drones, Lavrov said." },
    /* the capital of Georgia is Tbilisi: no place in a different role */
    { "Police in Georgia's capital used water cannon on protesters outside parliament on Saturday.",
      "Police used water cannon on protesters outside parliament in Tbilisi on Saturday." },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr(PxComparison) c = compare_two (article ("a", "A", pairs[i][0], NULL),
                                               article ("b", "B", pairs[i][1], NULL));

      g_test_message ("%s / %s", pairs[i][0], pairs[i][1]);
      assert_aligned (c);
      assert_no_differences (c);
    }
}

static void
test_omission (void)
{
  g_autoptr(PxComparison) c = compare_two (
    article ("a", "A", "Ukraine launched 91 drones at the residence in the Novgorod region, Lavrov said.",
             "Zelensky denied the claim as a fabrication.", NULL),
    article ("b", "B", "Ukraine launched 91 drones at the residence in the Novgorod region, Lavrov said.", NULL));
  PxClaim *claim = px_comparison_get_claim (c, px_comparison_get_sentence_claim (c, 0, 1));
  guint n_missing, n_members;
  const guint *missing = px_claim_get_missing (claim, &n_missing);

  px_claim_get_members (claim, &n_members);
  g_assert_cmpuint (n_members, ==, 1);
  g_assert_cmpuint (n_missing, ==, 1);
  g_assert_cmpuint (missing[0], ==, 1);
  g_assert_cmpuint (px_comparison_get_n_claims (c), ==, 2);
}

/* Whether the claim holding the sentence of @source that starts with
 * @opening is furniture, in the API and in the JSON. */
static gboolean
claim_is_furniture (PxComparison *c,
                    JsonObject   *root,
                    guint         source,
                    const char   *opening)
{
  guint n_sentences = px_comparison_get_n_sentences (c, source);

  for (guint s = 0; s < n_sentences; s++)
    {
      g_autofree char *text = px_comparison_dup_sentence_text (c, source, s);
      guint index;
      JsonObject *json;

      if (!g_str_has_prefix (text, opening))
        continue;
      index = px_comparison_get_sentence_claim (c, source, s);
      json = json_array_get_object_element (json_object_get_array_member (root, "claims"), index);
      g_assert_cmpint (json_object_get_boolean_member_with_default (json, "furniture", FALSE), ==,
                       px_claim_is_furniture (px_comparison_get_claim (c, index)));
      return px_claim_is_furniture (px_comparison_get_claim (c, index));
    }
  g_error ("no sentence of source %u starts with %s", source, opening);
}

/* Date lines and bylines stay sentences of their source (every sentence is
 * in one claim) but are marked as furniture, not claims; a sentence that
 * carries a date, or figures without one, is a claim.
 */
static void
test_furniture_lines (void)
{
  g_autoptr(PxComparison) c = compare_two (
    article ("a", "A", "Sunday, July 21, 2013", "By Jane Holt and Peter Marsh, Reuters",
             "Crews from Devon tackled a blaze at a supermarket in Wellington on Sunday morning.",
             "On 22 July 2013 the council voted to close the store for a week.",
             "PUBLISHED: 09:31 BST, 21 July 2013 | UPDATED: 22:19 BST, 21 July 2013", NULL),
    article ("b", "B", "July 21, 2013, 2:21 pm BST",
             "Firefighters tackled a blaze at a Wellington supermarket on Sunday.",
             "The club's record stands at 139 wins and 119 losses.", "919 OPS, 203 HR, 676 RBI",
             "2013-09-26", "Updated 4:08 p. m.", "2013-09-26 was the day the store reopened.", NULL));
  g_autoptr(JsonNode) node = px_comparison_to_json (c);
  JsonObject *root = json_node_get_object (node);

  g_assert_true (claim_is_furniture (c, root, 0, "Sunday, July 21"));
  g_assert_true (claim_is_furniture (c, root, 0, "By Jane Holt"));
  g_assert_true (claim_is_furniture (c, root, 1, "July 21, 2013, 2:21"));
  g_assert_false (claim_is_furniture (c, root, 0, "Crews from Devon"));
  g_assert_false (claim_is_furniture (c, root, 0, "On 22 July 2013"));
  g_assert_false (claim_is_furniture (c, root, 1, "919 OPS"));
  g_assert_false (claim_is_furniture (c, root, 1, "The club"));
  /* a date in figures alone, and a stamp whose "p. m." is spaced */
  g_assert_true (claim_is_furniture (c, root, 1, "2013-09-26"));
  g_assert_true (claim_is_furniture (c, root, 1, "Updated 4:08"));
  g_assert_false (claim_is_furniture (c, root, 1, "2013-09-26 was"));
  /* a publication's and an update's stamp on one line, longer than one */
  g_assert_true (claim_is_furniture (c, root, 0, "PUBLISHED: 09:31"));
}

/* The text report names a date line for what it is, not as a claim one
 * outlet alone carries.
 */
static void
test_cli_furniture_lines (void)
{
  const char *shared = "Bridge reopens after repairs\n\nThe bridge over the river reopened on Monday after three "
                       "weeks of repairs, the council said.\n\n";
  g_autofree char *dir = g_dir_make_tmp ("px-compare-XXXXXX", NULL);
  g_autofree char *dated = g_build_filename (dir, "dated.txt", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.txt", NULL);
  g_autofree char *dated_text = g_strconcat (shared, "Sunday, July 21, 2013\n\nTraffic was light in the morning.\n", NULL);
  g_autofree char *plain_text = g_strconcat (shared, "Traffic was light in the morning.\nCyclists used the new lane.\n", NULL);
  const char *args[] = { "compare", "--format", "text", dated, plain, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_true (g_file_set_contents (dated, dated_text, -1, NULL));
  g_assert_true (g_file_set_contents (plain, plain_text, -1, NULL));
  g_assert_cmpint (px_test_spawn_cli (args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, ": a date line or byline of dated, not a claim\n    dated: Sunday, July 21, 2013"));
  /* a sentence one outlet alone carries is still one */
  g_assert_nonnull (strstr (out, ": only plain\n    plain: Cyclists used the new lane."));
  g_unlink (dated);
  g_unlink (plain);
  g_rmdir (dir);
}

static void
test_word_spans (void)
{
  g_autoptr(PxComparison) c = compare_two (
    article ("a", "A", "Air defences destroyed all 91 drones over the Novgorod region, the ministry said.", NULL),
    article ("b", "B", "Air defences destroyed all 91 drones over the Novgorod region and Moscow, the ministry said.", NULL));
  g_autoptr(GArray) b_has = px_comparison_diff_words (c, 1, 0, 0, 0);
  g_autoptr(GArray) a_has = px_comparison_diff_words (c, 0, 0, 1, 0);
  PxClaim *claim = px_comparison_get_claim (c, 0);
  const PxTextSpan *spans;
  guint n_spans;

  g_assert_cmpuint (a_has->len, ==, 0);
  g_assert_cmpuint (b_has->len, ==, 1);
  {
    g_autofree char *text = span_text (c, &g_array_index (b_has, PxTextSpan, 0));

    g_assert_cmpstr (text, ==, "and Moscow");
  }
  spans = px_claim_get_word_spans (claim, &n_spans);
  g_assert_cmpuint (n_spans, ==, 1);
  {
    g_autofree char *text = span_text (c, &spans[0]);

    g_assert_cmpstr (text, ==, "Moscow");
  }
}

/* A story of four outlets for the order test. */
static PxArticle **
four_outlets (void)
{
  PxArticle **articles = g_new0 (PxArticle *, 4);

  articles[0] = article ("one", "One",
    "A powerful earthquake struck off the coast of northern Japan on Monday night, the meteorological agency said.",
    "The quake had a magnitude of 7.5 and triggered tsunami warnings along the Pacific coast.",
    "About 90,000 residents were told to evacuate. Waves of up to 70 cm reached the port of Kuji.",
    "Prime Minister Sanae Takaichi said the government had set up an emergency task force.", NULL);
  articles[1] = article ("two", "Two",
    "An earthquake with a magnitude of 7.6 hit northern Japan late on Monday, officials said.",
    "Tsunami warnings were issued for the Pacific coast and some 90,000 people were ordered to leave their homes.",
    "Several people were injured by falling objects, public broadcaster NHK reported.",
    "Waves of 40 cm reached the port of Kuji.",
    "The prime minister said an emergency task force had been formed.", NULL);
  articles[2] = article ("three", "Three",
    "A 7.5-magnitude earthquake struck off Aomori prefecture on Monday night.",
    "Authorities ordered about 90,000 residents to evacuate as tsunami warnings were issued for the Pacific coast.",
    "There were no immediate reports of deaths. A 70 cm wave was observed at Kuji port.", NULL);
  articles[3] = article ("four", "Four",
    "Japan lifted its tsunami warnings on Tuesday morning after a strong earthquake struck the north overnight.",
    "The meteorological agency said the quake had a magnitude of 7.5.",
    "Takaichi said an emergency task force had been set up to assess the damage.", NULL);
  return articles;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The claims as sets of "input:sentence" and of their differences'
 * spans, sorted, in one string.
 */
static char *
canonical_claims (PxComparison *comparison)
{
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      guint n_members;
      const PxSentenceRef *members = px_claim_get_members (px_comparison_get_claim (comparison, c), &n_members);
      GString *claim = g_string_new (NULL);

      PxClaim *whole = px_comparison_get_claim (comparison, c);

      for (guint m = 0; m < n_members; m++)
        g_ptr_array_add (names, g_strdup_printf ("%s:%u", px_comparison_get_source (comparison, members[m].source)->input,
                                                 members[m].sentence));
      /* the differences too: kind and the words of each span */
      for (guint d = 0; d < px_claim_get_n_differences (whole); d++)
        {
          PxDifference *difference = px_claim_get_difference (whole, d);
          guint n_spans;
          const PxTextSpan *spans = px_difference_get_spans (difference, &n_spans);

          for (guint s = 0; s < n_spans; s++)
            g_ptr_array_add (names, g_strdup_printf ("%s=%s:%u:%u-%u",
                                                     px_difference_kind_to_string (px_difference_get_kind (difference)),
                                                     px_comparison_get_source (comparison, spans[s].source)->input,
                                                     spans[s].sentence, spans[s].char_start, spans[s].char_end));
        }
      g_ptr_array_sort (names, compare_strings);
      for (guint n = 0; n < names->len; n++)
        g_string_append_printf (claim, "%s ", (char *) g_ptr_array_index (names, n));
      g_ptr_array_add (claims, g_string_free (claim, FALSE));
    }
  g_ptr_array_sort (claims, compare_strings);
  for (guint c = 0; c < claims->len; c++)
    g_string_append_printf (out, "[%s]", (char *) g_ptr_array_index (claims, c));
  return g_string_free (out, FALSE);
}

static void
test_input_order (void)
{
  PxArticle **articles = four_outlets ();
  g_autofree char *reference = NULL;
  guint n_shared = 0;
  int order[4] = { 0, 1, 2, 3 };

  /* all 24 orders, by Heap's algorithm */
  int counters[4] = { 0, };
  int i = 0;

  {
    g_autoptr(PxComparison) c = px_compare (articles, 4, NULL, NULL);

    reference = canonical_claims (c);
    for (guint k = 0; k < px_comparison_get_n_claims (c); k++)
      {
        guint n;

        px_claim_get_sources (px_comparison_get_claim (c, k), &n);
        n_shared += n > 1;
      }
  }
  /* the order test means little unless there is something to align and
   * something that differs */
  g_assert_cmpuint (n_shared, >=, 4);
  g_assert_nonnull (strstr (reference, "number="));

  while (i < 4)
    {
      if (counters[i] < i)
        {
          int j = i % 2 == 0 ? 0 : counters[i];
          int swap = order[j];
          PxArticle *permuted[4];
          g_autoptr(PxComparison) c = NULL;
          g_autofree char *claims = NULL;

          order[j] = order[i];
          order[i] = swap;
          for (int k = 0; k < 4; k++)
            permuted[k] = articles[order[k]];
          c = px_compare (permuted, 4, NULL, NULL);
          claims = canonical_claims (c);
          g_assert_cmpstr (claims, ==, reference);
          counters[i]++;
          i = 0;
        }
      else
        counters[i++] = 0;
    }

  for (int k = 0; k < 4; k++)
    px_article_unref (articles[k]);
  g_free (articles);
}

static void
test_every_sentence_once (void)
{
  PxArticle **articles = four_outlets ();
  g_autoptr(PxComparison) c = px_compare (articles, 4, NULL, NULL);
  guint total = 0, seen = 0;

  for (guint s = 0; s < 4; s++)
    total += px_comparison_get_n_sentences (c, s);
  for (guint k = 0; k < px_comparison_get_n_claims (c); k++)
    {
      PxClaim *claim = px_comparison_get_claim (c, k);
      guint n_members, n_sources, n_missing;
      const PxSentenceRef *members = px_claim_get_members (claim, &n_members);

      px_claim_get_sources (claim, &n_sources);
      px_claim_get_missing (claim, &n_missing);
      g_assert_cmpuint (n_sources + n_missing, ==, 4);
      for (guint m = 0; m < n_members; m++)
        g_assert_cmpuint (px_comparison_get_sentence_claim (c, members[m].source, members[m].sentence), ==, k);
      seen += n_members;
    }
  g_assert_cmpuint (seen, ==, total);

  for (int k = 0; k < 4; k++)
    px_article_unref (articles[k]);
  g_free (articles);
}

static void check_json (JsonObject *root,
                        guint       n_sources);

static gpointer
compare_in_thread (gpointer data)
{
  PxArticle **articles = data;
  g_autoptr(PxComparison) c = px_compare (articles, 4, NULL, NULL);

  return canonical_claims (c);
}

/* px_compare() in four threads at once gives what it gives in one. */
static void
test_threads (void)
{
  PxArticle **articles = four_outlets ();
  g_autofree char *reference = compare_in_thread (articles);
  GThread *threads[4];

  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("compare", compare_in_thread, articles);
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    {
      g_autofree char *claims = g_thread_join (threads[t]);

      g_assert_cmpstr (claims, ==, reference);
    }

  for (int k = 0; k < 4; k++)
    px_article_unref (articles[k]);
  g_free (articles);
}

/* Text made of the characters that trouble sentence and number parsing,
 * at random: every comparison still puts each sentence in one claim and
 * every span inside its sentence.
 */
static void
test_random_text (void)
{
  static const char * const pieces[] = {
    "U.S.", "Mr.", "No.", "3 a.m.", "4.75%", "...", "…", "\"", "“", "”", "‘", "’", "'", ",\" he said.",
    " ", " ", " ", "  ", ".", "!", "?", "-", "—", "12", "twelve", "a dozen", "dozens of", "at least",
    "91", "ninety-one", "per cent", "basis points", "half a", "Monday", "early", "night", "03:10",
    "Dec.", "29", "2025", "said", "claimed", "without evidence", "not", "no", "denied", "Lavrov",
    "Peskov", "drones", "residence", "Пётр", "Zoë", "$", "£", "2km", "miles", "n't", "(", ")", "\n\n",
    "according to", "could not be independently verified", "up to", "Ukraine", "Kyiv", "9,999,999",
    "0.5", "1990s", "91st", "- ", "x", "Y.", "é",
  };
  GRand *rand = g_rand_new_with_seed (20261124);

  for (int round = 0; round < 40; round++)
    {
      PxArticle *articles[3];
      g_autoptr(PxComparison) c = NULL;
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GError) error = NULL;

      for (int a = 0; a < 3; a++)
        {
          g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
          GString *para = g_string_new (NULL);
          g_autofree char *input = g_strdup_printf ("random-%d-%d", round, a);

          for (int p = 0; p < 300; p++)
            {
              const char *piece = pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))];

              if (g_str_equal (piece, "\n\n"))
                {
                  if (para->len > 0)
                    {
                      g_ptr_array_add (paragraphs, g_string_free (para, FALSE));
                      para = g_string_new (NULL);
                    }
                  continue;
                }
              g_string_append (para, piece);
              if (g_rand_boolean (rand))
                g_string_append_c (para, ' ');
            }
          g_string_append (para, "end");
          g_ptr_array_add (paragraphs, g_string_free (para, FALSE));
          articles[a] = px_article_new (input);
          px_article_set_paragraphs (articles[a], paragraphs);
        }

      c = px_compare (articles, 3, NULL, &error);
      g_assert_no_error (error);
      root = px_comparison_to_json (c);
      check_json (json_node_get_object (root), 3);

      for (int a = 0; a < 3; a++)
        px_article_unref (articles[a]);
    }
  g_rand_free (rand);
}

static void
test_errors (void)
{
  g_autoptr(PxArticle) a = article ("a.txt", NULL, "Some text.", NULL);
  g_autoptr(PxArticle) empty = px_article_new ("empty.txt");
  PxArticle *one[] = { a };
  PxArticle *with_empty[] = { a, empty };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  PxArticle *two[] = { a, a };
  GError *error = NULL;

  g_assert_null (px_compare (one, 1, NULL, &error));
  g_assert_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_TOO_FEW);
  g_clear_error (&error);

  g_assert_null (px_compare (with_empty, 2, NULL, &error));
  g_assert_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "empty.txt"));
  g_clear_error (&error);

  {
    g_autoptr(PxArticle) huge = px_article_new ("huge.txt");
    g_autoptr(PxArticle) broken = px_article_new ("broken.txt");
    PxArticle *too_long[] = { a, huge };
    PxArticle *invalid[] = { a, broken };

    g_free (huge->text);
    huge->text = g_strnfill (PX_COMPARE_MAX_TEXT_BYTES + 1, 'a');
    g_assert_null (px_compare (too_long, 2, NULL, &error));
    g_assert_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_TOO_LONG);
    g_assert_nonnull (strstr (error->message, "huge.txt"));
    g_clear_error (&error);

    g_free (broken->text);
    broken->text = g_strdup ("Bad \xff\xfe bytes.");
    g_assert_null (px_compare (invalid, 2, NULL, &error));
    g_assert_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "broken.txt"));
    g_clear_error (&error);
  }

  g_cancellable_cancel (cancellable);
  g_assert_null (px_compare (two, 2, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
}

typedef struct
{
  GCancellable *cancellable;
  gulong delay_us;
} CancelLater;

static gpointer
cancel_later (gpointer data)
{
  CancelLater *later = data;

  g_usleep (later->delay_us);
  g_cancellable_cancel (later->cancellable);
  return NULL;
}

static PxArticle *
long_article (const char *input,
              guint       seed)
{
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  static const char * const towns[] = { "Norwalk", "Millom", "Banstead", "Izmir", "Kyiv", "Tbilisi" };
  PxArticle *self = px_article_new (input);

  for (guint p = 0; p < 120; p++)
    g_ptr_array_add (paragraphs, g_strdup_printf ("Officials in %s said %u people were hurt on Monday after the storm "
                                                  "reached the coast, and %u homes lost power.",
                                                  towns[(p + seed) % G_N_ELEMENTS (towns)], p % 17 + seed, p * 3 + 1));
  px_article_set_paragraphs (self, paragraphs);
  self->outlet = g_strdup (input);
  return self;
}

/* A comparison cancelled at any moment gives either its result or
 * G_IO_ERROR_CANCELLED, and frees what it had made (claims the differ had
 * not reached yet included) without a warning.
 */
static void
test_cancel_anywhere (void)
{
  g_autoptr(PxArticle) a = long_article ("a.txt", 0);
  g_autoptr(PxArticle) b = long_article ("b.txt", 1);
  PxArticle *two[] = { a, b };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(PxComparison) warm = px_compare (two, 2, NULL, NULL);
  gint64 started = g_get_monotonic_time ();
  g_autoptr(PxComparison) timed = px_compare (two, 2, NULL, NULL);
  gint64 took = MAX (g_get_monotonic_time () - started, 1000);
  guint cancelled = 0, finished = 0;

  /* moments spread over the whole run, each a little apart */
  for (guint i = 0; i < 160; i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      CancelLater later = { cancellable, (took * i) / 160 + g_rand_int_range (rand, 0, took / 160 + 1) };
      GThread *thread = g_thread_new ("cancel", cancel_later, &later);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxComparison) c = px_compare (two, 2, cancellable, &error);

      g_thread_join (thread);
      if (c == NULL)
        {
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
          cancelled++;
        }
      else
        finished++;
    }
  g_test_message ("%u cancelled, %u finished", cancelled, finished);
  g_assert_cmpuint (cancelled, >, 0);
}

/* A longer story of @seed's outlet, with figures, attribution, hedges and
 * quotations that differ between outlets, for the tests of the threads.
 */
static PxArticle *
varied_article (guint seed)
{
  static const char * const shapes[] = {
    "Officials in %s said %u people were hurt on Monday after the storm reached the coast.",
    "The storm cut power to %2$u homes in %1$s, the utility company reported.",
    "Police claimed, without evidence, that looters had broken into %2$u shops in %1$s.",
    "\"We have never seen water this high in %s,\" the mayor said, adding that %u streets were closed.",
    "About %2$u residents of %1$s reportedly refused to leave their homes.",
    "Rescue teams in %s pulled %u people from flooded cars overnight.",
  };
  static const char * const towns[] = { "Norwalk", "Millom", "Banstead", "Izmir", "Kyiv", "Tbilisi", "Osaka" };
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *input = g_strdup_printf ("outlet-%u.txt", seed);
  PxArticle *self = px_article_new (input);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint p = 0; p < 40; p++)
    {
      guint shape = (p + g_rand_int_range (rand, 0, 2)) % G_N_ELEMENTS (shapes);
      guint figure = p * 7 % 300 + (g_rand_int_range (rand, 0, 5) == 0 ? seed : 0);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      g_ptr_array_add (paragraphs, g_strdup_printf (shapes[shape], towns[p % G_N_ELEMENTS (towns)], figure));
#pragma GCC diagnostic pop
    }
  px_article_set_paragraphs (self, paragraphs);
  self->outlet = g_strdup_printf ("Outlet %u", seed);
  return self;
}

static char *
comparison_json (PxComparison *comparison)
{
  g_autoptr(JsonNode) root = px_comparison_to_json (comparison);

  return json_to_string (root, FALSE);
}

/* A comparison on several workers gives, to the byte, what it gives on
 * one, whichever thread finishes first; cancelled at any moment, it gives
 * either that whole result or G_IO_ERROR_CANCELLED, never a part.
 */
static void
test_workers (void)
{
  PxArticle *articles[5];
  g_autofree char *reference = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  gint64 took;
  guint cancelled = 0;

  for (guint a = 0; a < G_N_ELEMENTS (articles); a++)
    articles[a] = varied_article (a);

  px_parallel_set_max_workers (1);
  {
    g_autoptr(PxComparison) one = px_compare (articles, G_N_ELEMENTS (articles), NULL, NULL);

    g_assert_nonnull (one);
    g_assert_cmpuint (px_comparison_get_n_differences (one), >, 10);
    reference = comparison_json (one);
  }

  for (guint workers = 2; workers <= 4; workers++)
    {
      px_parallel_set_max_workers (workers);
      for (guint run = 0; run < 3; run++)
        {
          g_autoptr(PxComparison) many = px_compare (articles, G_N_ELEMENTS (articles), NULL, NULL);
          g_autofree char *json = comparison_json (many);

          g_assert_true (g_str_equal (json, reference));
        }
    }

  /* px_parallel_set_max_workers (4) still holds */
  {
    gint64 started = g_get_monotonic_time ();
    g_autoptr(PxComparison) timed = px_compare (articles, G_N_ELEMENTS (articles), NULL, NULL);

    took = MAX (g_get_monotonic_time () - started, 1000);
    g_test_message ("one comparison on 4 workers: %" G_GINT64_FORMAT " us", took);
  }
  /* moments over the whole run and a little after it */
  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      CancelLater later = { cancellable, (took * i) / 20 + g_rand_int_range (rand, 0, took / 20 + 1) };
      GThread *thread = g_thread_new ("cancel", cancel_later, &later);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxComparison) c = px_compare (articles, G_N_ELEMENTS (articles), cancellable, &error);

      g_thread_join (thread);
      if (c == NULL)
        {
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
          cancelled++;
        }
      else
        {
          g_autofree char *json = comparison_json (c);

          g_assert_true (g_str_equal (json, reference));
        }
    }
  g_test_message ("%u of 30 cancelled", cancelled);
  g_assert_cmpuint (cancelled, >, 0);

  px_parallel_set_max_workers (0);
  for (guint a = 0; a < G_N_ELEMENTS (articles); a++)
    px_article_unref (articles[a]);
}

/* The JSON as DESIGN.md fixes it: character offsets that cut out each
 * sentence, every sentence in one claim, spans inside their sentences.
 */
static void
check_json (JsonObject *root,
            guint       n_sources)
{
  JsonArray *sources = json_object_get_array_member (root, "sources");
  JsonArray *claims = json_object_get_array_member (root, "claims");
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint total = 0;

  g_assert_cmpuint (json_array_get_length (sources), ==, n_sources);
  for (guint s = 0; s < n_sources; s++)
    {
      JsonObject *source = json_array_get_object_element (sources, s);
      const char *text = json_object_get_string_member (source, "text");
      JsonArray *sentences = json_object_get_array_member (source, "sentences");
      const char *keys[] = { "input", "outlet", "title", "byline", "published", "url", "text", "sentences" };

      for (gsize k = 0; k < G_N_ELEMENTS (keys); k++)
        g_assert_true (json_object_has_member (source, keys[k]));
      for (guint i = 0; i < json_array_get_length (sentences); i++)
        {
          JsonObject *sentence = json_array_get_object_element (sentences, i);
          gint64 start = json_object_get_int_member (sentence, "start");
          gint64 end = json_object_get_int_member (sentence, "end");
          const char *from = g_utf8_offset_to_pointer (text, start);
          const char *to = g_utf8_offset_to_pointer (text, end);
          g_autofree char *cut = g_strndup (from, to - from);

          g_assert_cmpstr (cut, ==, json_object_get_string_member (sentence, "text"));
        }
      total += json_array_get_length (sentences);
    }

  for (guint c = 0; c < json_array_get_length (claims); c++)
    {
      JsonObject *claim = json_array_get_object_element (claims, c);
      JsonArray *members = json_object_get_array_member (claim, "members");
      JsonArray *differences = json_object_get_array_member (claim, "differences");

      g_assert_true (json_object_has_member (claim, "missing"));
      for (guint m = 0; m < json_array_get_length (members); m++)
        {
          JsonObject *member = json_array_get_object_element (members, m);
          char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                       json_object_get_int_member (member, "source"),
                                       json_object_get_int_member (member, "sentence"));

          g_assert_true (g_hash_table_add (seen, key));
        }
      for (guint d = 0; d < json_array_get_length (differences); d++)
        {
          JsonObject *difference = json_array_get_object_element (differences, d);
          JsonArray *spans = json_object_get_array_member (difference, "spans");
          PxDifferenceKind kind;

          g_assert_true (px_difference_kind_from_string (json_object_get_string_member (difference, "kind"), &kind));
          g_assert_nonnull (json_object_get_string_member (difference, "summary"));
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (difference, "sources")), >=, 2);
          g_assert_cmpuint (json_array_get_length (spans), >=, 2);
          for (guint s = 0; s < json_array_get_length (spans); s++)
            {
              JsonObject *span = json_array_get_object_element (spans, s);
              JsonObject *source = json_array_get_object_element (sources, json_object_get_int_member (span, "source"));
              JsonObject *sentence = json_array_get_object_element (
                json_object_get_array_member (source, "sentences"), json_object_get_int_member (span, "sentence"));
              glong length = g_utf8_strlen (json_object_get_string_member (sentence, "text"), -1);

              g_assert_cmpint (json_object_get_int_member (span, "start"), <, json_object_get_int_member (span, "end"));
              g_assert_cmpint (json_object_get_int_member (span, "end"), <=, length);
            }
        }
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, total);
}

static void
test_json (void)
{
  PxArticle **articles = four_outlets ();
  g_autoptr(PxComparison) c = px_compare (articles, 4, NULL, NULL);
  g_autoptr(JsonNode) root = px_comparison_to_json (c);

  check_json (json_node_get_object (root), 4);

  for (int k = 0; k < 4; k++)
    px_article_unref (articles[k]);
  g_free (articles);
}

static char *
demo_path (const char *name)
{
  return g_build_filename (g_getenv ("PARALLAX_SOURCE_ROOT"), "resources", "demo", name, NULL);
}

/* The claim holding the sentence of @source that contains @needle. */
static JsonObject *
claim_with (JsonObject *root,
            guint       source,
            const char *needle,
            guint      *sentence_out)
{
  JsonArray *sentences = json_object_get_array_member (
    json_array_get_object_element (json_object_get_array_member (root, "sources"), source), "sentences");
  JsonArray *claims = json_object_get_array_member (root, "claims");

  for (guint i = 0; i < json_array_get_length (sentences); i++)
    if (strstr (json_object_get_string_member (json_array_get_object_element (sentences, i), "text"), needle))
      for (guint c = 0; c < json_array_get_length (claims); c++)
        {
          JsonArray *members = json_object_get_array_member (json_array_get_object_element (claims, c), "members");

          for (guint m = 0; m < json_array_get_length (members); m++)
            {
              JsonObject *member = json_array_get_object_element (members, m);

              if ((guint) json_object_get_int_member (member, "source") == source
                  && (guint) json_object_get_int_member (member, "sentence") == i)
                {
                  if (sentence_out != NULL)
                    *sentence_out = i;
                  return json_array_get_object_element (claims, c);
                }
            }
        }
  g_error ("no sentence of source %u contains “%s”", source, needle);
  return NULL;
}

static gboolean
has_member (JsonObject *claim,
            guint       source)
{
  JsonArray *members = json_object_get_array_member (claim, "members");

  for (guint m = 0; m < json_array_get_length (members); m++)
    if ((guint) json_object_get_int_member (json_array_get_object_element (members, m), "source") == source)
      return TRUE;
  return FALSE;
}

static gboolean
is_missing (JsonObject *claim,
            guint       source)
{
  JsonArray *missing = json_object_get_array_member (claim, "missing");

  for (guint m = 0; m < json_array_get_length (missing); m++)
    if ((guint) json_array_get_int_element (missing, m) == source)
      return TRUE;
  return FALSE;
}

/* The difference of @kind in @claim whose span for @source has @text. */
static JsonObject *
difference_with_span (JsonObject *root,
                      JsonObject *claim,
                      const char *kind,
                      guint       source,
                      const char *text)
{
  JsonArray *differences = json_object_get_array_member (claim, "differences");
  JsonArray *sources = json_object_get_array_member (root, "sources");

  for (guint d = 0; d < json_array_get_length (differences); d++)
    {
      JsonObject *difference = json_array_get_object_element (differences, d);
      JsonArray *spans = json_object_get_array_member (difference, "spans");

      if (!g_str_equal (json_object_get_string_member (difference, "kind"), kind))
        continue;
      for (guint s = 0; s < json_array_get_length (spans); s++)
        {
          JsonObject *span = json_array_get_object_element (spans, s);
          JsonObject *sentence;
          const char *sentence_text, *from, *to;
          g_autofree char *cut = NULL;

          if ((guint) json_object_get_int_member (span, "source") != source)
            continue;
          sentence = json_array_get_object_element (
            json_object_get_array_member (json_array_get_object_element (sources, source), "sentences"),
            json_object_get_int_member (span, "sentence"));
          sentence_text = json_object_get_string_member (sentence, "text");
          from = g_utf8_offset_to_pointer (sentence_text, json_object_get_int_member (span, "start"));
          to = g_utf8_offset_to_pointer (sentence_text, json_object_get_int_member (span, "end"));
          cut = g_strndup (from, to - from);
          if (g_str_equal (cut, text))
            return difference;
          g_test_message ("%s span of source %u: “%s”", kind, source, cut);
        }
    }
  g_error ("no %s difference with “%s” in source %u", kind, text, source);
  return NULL;
}

static void
test_demo_story (void)
{
  g_autofree char *rt = demo_path ("rt.html");
  g_autofree char *reuters = demo_path ("reuters.html");
  g_autofree char *bbc = demo_path ("bbc.html");
  g_autofree char *hill = demo_path ("thehill.html");
  const char *args[] = { "compare", "--format", "json", rt, reuters, bbc, hill, NULL };
  const char *outlets[] = { "RT", "Reuters", "BBC", "Hill" };
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *claim;
  JsonArray *sources;

  g_assert_cmpint (px_test_spawn_cli (args, &out, &err), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  check_json (root, 4);

  /* sources in the order given; outlet names where the extractor finds them */
  sources = json_object_get_array_member (root, "sources");
  for (guint s = 0; s < 4; s++)
    {
      JsonObject *source = json_array_get_object_element (sources, s);
      const char *outlet = json_object_get_null_member (source, "outlet") ? NULL
                                                                           : json_object_get_string_member (source, "outlet");

      g_assert_cmpstr (json_object_get_string_member (source, "input"), ==, args[3 + s]);
      if (outlet != NULL)
        g_assert_nonnull (strstr (outlet, outlets[s]));
    }

  /* The launch: RT states it, Reuters and The Hill attribute it, the BBC
   * qualifies it; 91 drones against dozens; Sunday night against Monday.
   */
  claim = claim_with (root, 2, "dozens of drones", NULL);
  g_assert_true (has_member (claim, 0) && has_member (claim, 1) && has_member (claim, 3));
  difference_with_span (root, claim, "hedging", 2, "claimed, without providing evidence");
  difference_with_span (root, claim, "number", 2, "dozens of drones");
  difference_with_span (root, claim, "number", 0, "91 long-range drones");
  difference_with_span (root, claim, "time", 3, "Sunday night");

  /* Zelensky's words: "typical" at Reuters, "classic" at the BBC; RT
   * leaves his denial out.
   */
  claim = claim_with (root, 1, "typical Russian lie", NULL);
  difference_with_span (root, claim, "quote", 1, "typical");
  difference_with_span (root, claim, "quote", 2, "classic");
  g_assert_true (is_missing (claim, 0));

  /* Who told of the call to Trump */
  claim = claim_with (root, 3, "Peskov", NULL);
  difference_with_span (root, claim, "entity", 3, "Dmitry Peskov");
  difference_with_span (root, claim, "entity", 0, "Yuri Ushakov");

  /* Withdraw from the talks, or not */
  claim = claim_with (root, 3, "withdraw from talks", NULL);
  difference_with_span (root, claim, "contradiction", 3, "withdraw");

  /* The Hill leaves the retaliation out */
  claim = claim_with (root, 0, "retaliatory strikes", NULL);
  g_assert_true (has_member (claim, 1) && has_member (claim, 2));
  g_assert_true (is_missing (claim, 3));
}

static void
test_cli_formats_and_errors (void)
{
  g_autofree char *rt = demo_path ("rt.html");
  g_autofree char *bbc = demo_path ("bbc.html");

  {
    const char *args[] = { "compare", "--format", "text", rt, bbc, NULL };
    g_autofree char *err = NULL;
    g_autofree char *out = NULL;

    g_assert_cmpint (px_test_spawn_cli (args, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "dozens of drones"));
    g_assert_nonnull (strstr (out, "[number]"));
    /* how sure Parallax is of each */
    g_assert_nonnull (strstr (out, "(confidence 0."));
  }
  {
    const char *args[] = { "compare", "--format", "markdown", rt, bbc, NULL };
    g_autofree char *err = NULL;
    g_autofree char *out = NULL;

    g_assert_cmpint (px_test_spawn_cli (args, &out, &err), ==, 0);
    g_assert_true (g_str_has_prefix (out, "# "));
    g_assert_nonnull (strstr (out, "## Differences"));
    g_assert_nonnull (strstr (out, "- **number**"));
    g_assert_nonnull (strstr (out, "(confidence 0."));
  }
  {
    const char *args[] = { "compare", rt, NULL };
    g_autofree char *err = NULL;
    g_autofree char *out = NULL;

    g_assert_cmpint (px_test_spawn_cli (args, &out, &err), ==, 2);
    g_assert_cmpstr (out, ==, "");
    g_assert_nonnull (strstr (err, "2 to 32"));
  }
  {
    const char *args[] = { "compare", "--format", "yaml", rt, bbc, NULL };
    g_autofree char *err = NULL;
    g_autofree char *out = NULL;

    g_assert_cmpint (px_test_spawn_cli (args, &out, &err), ==, 2);
    g_assert_cmpstr (out, ==, "");
    g_assert_nonnull (strstr (err, "yaml"));
  }
  {
    const char *args[] = { "compare", rt, "/nonexistent/story.html", NULL };
    g_autofree char *err = NULL;
    g_autofree char *out = NULL;

    g_assert_cmpint (px_test_spawn_cli (args, &out, &err), ==, 1);
    g_assert_cmpstr (out, ==, "");
    g_assert_nonnull (strstr (err, "/nonexistent/story.html"));
  }
}

/* A page written to attack the Markdown report: its outlet name, title
 * and sentences hold Markdown and raw HTML.
 */
static char *
write_hostile_page (const char *dir,
                    const char *name,
                    const char *people)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *html = g_strdup_printf (
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
    "<title># Floods &lt;script&gt;alert(1)&lt;/script&gt; | [click](javascript:alert(2))</title>"
    "<meta property=\"og:site_name\" content=\"Evil | &lt;img src=x onerror=alert(6)&gt; *News*\">"
    "</head><body><article>"
    "<h1># Floods &lt;script&gt;alert(1)&lt;/script&gt; | [click](javascript:alert(2))</h1>"
    "<p>Officials said [the full report](javascript:alert(3)) showed %s people left their homes "
    "&lt;script&gt;alert(4)&lt;/script&gt; on Monday after the river burst its banks.</p>"
    "<p>The mayor called it | a | table | row and said *nobody* was __hurt__ in the `flooding` "
    "at all, according to ![a photo](javascript:alert(5)) shared by the council.</p>"
    "<p>Rescue teams worked through the night &amp;amp; the water began to recede by Tuesday "
    "morning, leaving streets covered in mud and debris across the old town.</p>"
    "<p>Residents were told they could return within a week once engineers had checked the "
    "bridges and the power lines that run along the flooded river valley.</p>"
    "</article></body></html>", people);

  g_assert_true (g_file_set_contents (path, html, -1, NULL));
  return g_steal_pointer (&path);
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Nothing a page says becomes markup in the Markdown report: rendered by
 * GitHub's CommonMark renderer with raw HTML allowed, the page's script,
 * links, images, emphasis and table bars are all text.
 */
static void
test_cli_markdown_hostile (void)
{
  g_autofree char *dir = px_test_make_temp_dir ("px-compare-XXXXXX");
  g_autofree char *first = write_hostile_page (dir, "first.html", "340");
  g_autofree char *second = write_hostile_page (dir, "second.html", "430");
  g_autofree char *md_path = g_build_filename (dir, "report.md", NULL);
  const char *args[] = { "compare", "--format", "markdown", first, second, NULL };
  const char *render[] = { "cmark-gfm", "--extension", "table", "--extension", "autolink",
                           "--extension", "strikethrough", "--unsafe", md_path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *html = NULL;
  g_autofree char *render_err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_cmpint (px_test_spawn_cli (args, &out, &err), ==, 0);
  g_assert_true (g_file_set_contents (md_path, out, -1, NULL));
  g_spawn_sync (NULL, (char **) render, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &html, &render_err,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* The page's words are all there, as text. */
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(4)&lt;/script&gt;"));
  g_assert_nonnull (strstr (html, "[the full report](javascript:alert(3))"));
  g_assert_nonnull (strstr (html, "[a photo](javascript:alert(5))"));
  g_assert_nonnull (strstr (html, "&lt;img src=x onerror=alert(6)&gt; *News*"));
  g_assert_nonnull (strstr (html, "*nobody* was __hurt__ in the `flooding`"));
  g_assert_nonnull (strstr (html, "| a | table | row"));

  /* None of them became markup. */
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<img"));
  g_assert_null (strstr (html, "href=\"javascript"));
  g_assert_null (strstr (html, "src=\"javascript"));
  g_assert_null (strstr (html, "<em>"));
  g_assert_null (strstr (html, "<code>"));
  g_assert_cmpuint (count_occurrences (html, "<h1>"), ==, 1);
  g_assert_cmpuint (count_occurrences (html, "<a "), ==, 0);

  /* The sources table keeps its five columns: a header and two rows. */
  g_assert_cmpuint (count_occurrences (html, "<tr>"), ==, 3);
  g_assert_cmpuint (count_occurrences (html, "<th>"), ==, 5);
  g_assert_cmpuint (count_occurrences (html, "<td>"), ==, 10);
}

/* @text with every run of white space made one space. */
static char *
squeezed (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

/* What a comparison found, in words that do not depend on the white
 * space of the texts: the claims' members and omissions, and each
 * difference's kind, sides, summary and the words its spans mark.
 */
static char *
describe_claims (JsonObject *root)
{
  JsonArray *sources = json_object_get_array_member (root, "sources");
  JsonArray *claims = json_object_get_array_member (root, "claims");
  GString *out = g_string_new (NULL);

  for (guint c = 0; c < json_array_get_length (claims); c++)
    {
      JsonObject *claim = json_array_get_object_element (claims, c);
      JsonArray *members = json_object_get_array_member (claim, "members");
      JsonArray *missing = json_object_get_array_member (claim, "missing");
      JsonArray *differences = json_object_get_array_member (claim, "differences");

      g_string_append (out, "claim");
      for (guint m = 0; m < json_array_get_length (members); m++)
        {
          JsonObject *member = json_array_get_object_element (members, m);

          g_string_append_printf (out, " %" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                  json_object_get_int_member (member, "source"),
                                  json_object_get_int_member (member, "sentence"));
        }
      g_string_append (out, " missing");
      for (guint m = 0; m < json_array_get_length (missing); m++)
        g_string_append_printf (out, " %" G_GINT64_FORMAT, json_array_get_int_element (missing, m));
      for (guint d = 0; d < json_array_get_length (differences); d++)
        {
          JsonObject *difference = json_array_get_object_element (differences, d);
          JsonArray *spans = json_object_get_array_member (difference, "spans");
          g_autofree char *summary = squeezed (json_object_get_string_member (difference, "summary"));

          g_string_append_printf (out, "\n  %s: %s", json_object_get_string_member (difference, "kind"), summary);
          for (guint k = 0; k < json_array_get_length (spans); k++)
            {
              JsonObject *span = json_array_get_object_element (spans, k);
              gint64 source = json_object_get_int_member (span, "source");
              gint64 index = json_object_get_int_member (span, "sentence");
              JsonObject *sentence = json_array_get_object_element (
                json_object_get_array_member (json_array_get_object_element (sources, source), "sentences"), index);
              g_autofree char *words = g_utf8_substring (json_object_get_string_member (sentence, "text"),
                                                         json_object_get_int_member (span, "start"),
                                                         json_object_get_int_member (span, "end"));
              g_autofree char *marked = squeezed (words);

              g_string_append_printf (out, " [%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT " %s]", source, index, marked);
            }
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static JsonNode *
compare_plain_texts (const char *first,
                     const char *second)
{
  g_autoptr(GError) error = NULL;
  PxArticle *a = px_extract_plain_text ("wire.txt", first, strlen (first), &error);
  PxArticle *b;

  g_assert_no_error (error);
  b = px_extract_plain_text ("paper.txt", second, strlen (second), &error);
  g_assert_no_error (error);
  {
    g_autoptr(PxComparison) c = compare_two (a, b);

    return px_comparison_to_json (c);
  }
}

/* A plain text typed with two spaces after a full stop, tabs, Windows
 * line ends, indented paragraphs and several blank lines is compared as
 * its tidy twin is, and its sentences' offsets point at the file's own
 * characters (a script reads them back onto the file, and the key
 * scorers do).
 */
static void
test_plain_text_offsets_are_the_file (void)
{
  const char *spaced =
    "Storm floods the valley\r\n"
    "\r\n"
    "\tRiver levels rose by 2.4 metres overnight, the  agency said.  About 300 homes\r\n"
    "were evacuated\tbefore dawn on Tuesday.\r\n"
    "\r\n"
    "\r\n"
    "\r\n"
    "    \"We have never seen water this high,\"  the mayor, Ana Ruiz, told reporters.\r\n"
    "  \r\n"
    "Rail services between the two towns  were suspended until Friday.   \r\n";
  const char *tidy =
    "Storm floods the valley\n"
    "\n"
    "River levels rose by 2.4 metres overnight, the agency said. About 300 homes were evacuated before dawn on Tuesday.\n"
    "\n"
    "\"We have never seen water this high,\" the mayor, Ana Ruiz, told reporters.\n"
    "\n"
    "Rail services between the two towns were suspended until Friday.\n";
  const char *other =
    "Valley towns cut off by flood\n"
    "\n"
    "The river rose by three metres overnight, the agency said. About 300 homes were evacuated before dawn on Wednesday.\n"
    "\n"
    "\"We have never seen the water so high,\" the mayor, Ana Ruiz, said.\n"
    "\n"
    "Rail services between the two towns were suspended until Friday.\n";
  g_autoptr(JsonNode) spaced_root = compare_plain_texts (spaced, other);
  g_autoptr(JsonNode) tidy_root = compare_plain_texts (tidy, other);
  g_autofree char *spaced_claims = describe_claims (json_node_get_object (spaced_root));
  g_autofree char *tidy_claims = describe_claims (json_node_get_object (tidy_root));
  JsonObject *source = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (spaced_root), "sources"), 0);
  JsonArray *sentences = json_object_get_array_member (source, "sentences");
  const char *text = json_object_get_string_member (source, "text");

  /* the same claims, the same differences, on the same words */
  g_assert_cmpstr (spaced_claims, ==, tidy_claims);
  g_assert_nonnull (strstr (tidy_claims, "number"));
  g_assert_nonnull (strstr (tidy_claims, "time"));

  /* the text is the file's, character for character, white space as spaces */
  g_assert_cmpuint (g_utf8_strlen (text, -1), <=, g_utf8_strlen (spaced, -1));
  for (const char *t = text, *f = spaced; *t != '\0'; t = g_utf8_next_char (t), f = g_utf8_next_char (f))
    if (g_unichar_isspace (g_utf8_get_char (f)))
      g_assert_true (g_unichar_isspace (g_utf8_get_char (t)));
    else
      g_assert_cmpint (g_utf8_get_char (t), ==, g_utf8_get_char (f));

  /* every sentence's start and end slice the file to that sentence */
  g_assert_cmpuint (json_array_get_length (sentences), >=, 5);
  for (guint i = 0; i < json_array_get_length (sentences); i++)
    {
      JsonObject *sentence = json_array_get_object_element (sentences, i);
      g_autofree char *in_file = g_utf8_substring (spaced, json_object_get_int_member (sentence, "start"),
                                                   json_object_get_int_member (sentence, "end"));
      g_autofree char *in_file_words = squeezed (in_file);
      g_autofree char *words = squeezed (json_object_get_string_member (sentence, "text"));

      g_assert_cmpstr (in_file_words, ==, words);
      g_assert_cmpuint (strlen (in_file), ==, strlen (json_object_get_string_member (sentence, "text")));
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare/difference/number", test_difference_number);
  g_test_add_func ("/compare/difference/time", test_difference_time);
  g_test_add_func ("/compare/difference/quote", test_difference_quote);
  g_test_add_func ("/compare/difference/hedging", test_difference_hedging);
  g_test_add_func ("/compare/difference/contradiction", test_difference_contradiction);
  g_test_add_func ("/compare/difference/entity", test_difference_entity);
  g_test_add_func ("/compare/not-differences", test_not_differences);
  g_test_add_func ("/compare/omission", test_omission);
  g_test_add_func ("/compare/furniture-lines", test_furniture_lines);
  g_test_add_func ("/compare/cli-furniture-lines", test_cli_furniture_lines);
  g_test_add_func ("/compare/word-spans", test_word_spans);
  g_test_add_func ("/compare/input-order", test_input_order);
  g_test_add_func ("/compare/every-sentence-once", test_every_sentence_once);
  g_test_add_func ("/compare/errors", test_errors);
  g_test_add_func ("/compare/cancel-anywhere", test_cancel_anywhere);
  g_test_add_func ("/compare/threads", test_threads);
  g_test_add_func ("/compare/workers", test_workers);
  g_test_add_func ("/compare/random-text", test_random_text);
  g_test_add_func ("/compare/json", test_json);
  g_test_add_func ("/compare/demo", test_demo_story);
  g_test_add_func ("/compare/plain-text-offsets", test_plain_text_offsets_are_the_file);
  g_test_add_func ("/compare/cli", test_cli_formats_and_errors);
  g_test_add_func ("/compare/cli-markdown-hostile", test_cli_markdown_hostile);

  status = g_test_run ();
  px_test_remove_temp_dirs ();
  return status;
}
