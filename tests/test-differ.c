/* test-differ.c: which differences are real, on sentences shaped like news
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule of the differ has a case it must flag and cases that only
 * look like one. The sentences are written for these tests.
 */
#include "config.h"

#include "px-comparison.h"
#include "px-comparison-private.h"
#include "px-differ.h"

#include <glib/gstdio.h>
#include <string.h>

static PxArticle *
article (const char *input,
         const char *outlet,
         const char *text)
{
  PxArticle *self = px_article_new (input);
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();
  g_auto(GStrv) split = g_strsplit (text, "\n\n", -1);

  /* paragraphs apart on a blank line, as extract prints them */
  for (guint p = 0; split[p] != NULL; p++)
    g_ptr_array_add (paragraphs, split[p]);
  px_article_set_paragraphs (self, paragraphs);
  self->outlet = g_strdup (outlet);
  return self;
}

/* Compares one sentence from each of @n outlets A, B, C... */
static PxComparison *
compare_texts (const char * const *texts,
               guint               n)
{
  static const char * const outlets[] = { "A", "B", "C", "D" };
  PxArticle *articles[4];
  g_autoptr(GError) error = NULL;
  PxComparison *comparison;

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (articles));
  for (guint i = 0; i < n; i++)
    articles[i] = article (outlets[i], outlets[i], texts[i]);
  comparison = px_compare (articles, n, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    px_article_unref (articles[i]);
  return comparison;
}

/* How a test groups the outlets' sentences into claims, in place of the
 * aligner: all in one claim (a claim the aligner joined); the first
 * sentences of all in one claim and every other alone (a story's leads
 * apart from what one report alone goes on to tell); or each alone, with
 * the slot links px_compare() adds across claims.
 */
typedef enum
{
  ALL_IN_ONE,
  LEADS_IN_ONE,
  EACH_ALONE,
} Grouping;

static PxComparison *
compare_grouped (const char * const *texts,
                 guint               n,
                 const guint        *n_sentences,
                 Grouping            grouping)
{
  static const char * const outlets[] = { "A", "B", "C", "D" };
  PxArticle *articles[4];
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GArray *shared = g_array_new (FALSE, FALSE, sizeof (PxSentenceRef));
  g_autoptr(GError) error = NULL;
  PxComparison *comparison;

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (articles));
  g_ptr_array_add (claims, shared);
  for (guint i = 0; i < n; i++)
    {
      articles[i] = article (outlets[i], outlets[i], texts[i]);
      for (guint s = 0; s < n_sentences[i]; s++)
        {
          PxSentenceRef ref = { i, s };

          if (grouping == ALL_IN_ONE || (grouping == LEADS_IN_ONE && s == 0))
            g_array_append_val (shared, ref);
          else
            {
              GArray *alone = g_array_new (FALSE, FALSE, sizeof (PxSentenceRef));

              g_array_append_val (alone, ref);
              g_ptr_array_add (claims, alone);
            }
        }
    }
  if (shared->len == 0)
    g_ptr_array_remove_index (claims, 0);
  comparison = _px_compare_with_claims (articles, n, claims, &error);
  g_assert_no_error (error);
  /* as px_compare() does after the aligner's claims */
  if (grouping == EACH_ALONE)
    px_differ_links (comparison->documents, (const char * const *) comparison->labels, comparison->n_sources,
                     comparison->claims, NULL);
  for (guint i = 0; i < n; i++)
    px_article_unref (articles[i]);
  return comparison;
}

/* Compares the outlets' texts as one claim of all their sentences. */
static PxComparison *
compare_as_one_claim (const char * const *texts,
                      guint               n,
                      const guint        *n_sentences)
{
  return compare_grouped (texts, n, n_sentences, ALL_IN_ONE);
}

static PxComparison *
compare_pair (const char *a,
              const char *b)
{
  const char *texts[] = { a, b };

  return compare_texts (texts, 2);
}

/* Compares the outlets' texts with the first sentences of all in one
 * claim and every other sentence in a claim of its own: a test of the
 * differ, whatever the pair model in use.
 */
static PxComparison *
compare_leads_as_one_claim (const char * const *texts,
                            guint               n,
                            const guint        *n_sentences)
{
  return compare_grouped (texts, n, n_sentences, LEADS_IN_ONE);
}

/* Compares two one-sentence reports as two claims, as the aligner keeps
 * them apart. */
static PxComparison *
compare_apart (const char *a,
               const char *b)
{
  const char *texts[] = { a, b };

  return compare_grouped (texts, 2, (const guint[]) { 1, 1 }, EACH_ALONE);
}

/* The differences of @kind in all claims. */
static GPtrArray *
of_kind (PxComparison     *comparison,
         PxDifferenceKind  kind)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);

      for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
        {
          PxDifference *difference = px_claim_get_difference (claim, d);

          g_test_message ("%s: %s (%.2f)", px_difference_kind_to_string (px_difference_get_kind (difference)),
                          px_difference_get_summary (difference), px_difference_get_confidence (difference));
          if (px_difference_get_kind (difference) == kind)
            g_ptr_array_add (found, difference);
        }
    }
  return found;
}

static void
assert_aligned (PxComparison *comparison,
                guint         n)
{
  for (guint s = 1; s < n; s++)
    g_assert_cmpuint (px_comparison_get_sentence_claim (comparison, 0, 0), ==,
                      px_comparison_get_sentence_claim (comparison, s, 0));
}

/* One difference of @kind between the two sentences, with @value_a and
 * @value_b as each source's wording when given.
 */
static void
assert_flagged (const char       *a,
                const char       *b,
                PxDifferenceKind  kind,
                const char       *value_a,
                const char       *value_b)
{
  g_autoptr(PxComparison) c = compare_pair (a, b);
  g_autoptr(GPtrArray) found = of_kind (c, kind);
  PxDifference *difference;

  g_test_message ("flagged? %s / %s", a, b);
  assert_aligned (c, 2);
  g_assert_cmpuint (found->len, ==, 1);
  difference = g_ptr_array_index (found, 0);
  g_assert_cmpuint (px_difference_get_n_sides (difference), ==, 2);
  g_assert_cmpuint (px_difference_get_side (difference, 0), !=, px_difference_get_side (difference, 1));
  g_assert_cmpfloat (px_difference_get_confidence (difference), >, 0);
  g_assert_cmpfloat (px_difference_get_confidence (difference), <=, 1);
  if (value_a != NULL)
    g_assert_cmpstr (px_difference_get_value (difference, 0), ==, value_a);
  if (value_b != NULL)
    g_assert_cmpstr (px_difference_get_value (difference, 1), ==, value_b);
}

/* No difference of @kind (G_MAXINT: of any kind) between the sentences,
 * which must still be one claim.
 */
static void
assert_not_flagged (const char *a,
                    const char *b,
                    int         kind)
{
  g_autoptr(PxComparison) c = compare_pair (a, b);

  g_test_message ("not flagged? %s / %s", a, b);
  assert_aligned (c, 2);
  if (kind == G_MAXINT)
    {
      for (guint k = 0; k < PX_N_DIFFERENCE_KINDS; k++)
        {
          g_autoptr(GPtrArray) found = of_kind (c, k);

          g_assert_cmpuint (found->len, ==, 0);
        }
    }
  else
    {
      g_autoptr(GPtrArray) found = of_kind (c, kind);

      g_assert_cmpuint (found->len, ==, 0);
    }
}

/* An adverb of doubt in a clause of the claim is doubt: two reports that
 * both say the plan "allegedly was hatched" at the meeting agree, comma
 * before "where" or not; one that says it plainly differs (the differ
 * weighs the clause, not only the sentence's main verb).
 */
static void
test_hedging_adverb_clause (void)
{
  assert_not_flagged ("Okafor was present at a 1991 meeting with Brandt in Port Alder when the plan to rig the bids for the ferry terminal allegedly was hatched.",
                      "Okafor was present at a 1991 meeting with Brandt in Port Alder, where the plan to rig the bids for the ferry terminal allegedly was hatched.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("Okafor was present at a 1991 meeting with Brandt in Port Alder when the plan to rig the bids for the ferry terminal allegedly was hatched.",
                  "Okafor was present at a 1991 meeting with Brandt in Port Alder when the plan to rig the bids for the ferry terminal was hatched.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
}

/* The reach of an adverb of doubt is its own clause. "allegedly" in a
 * clause set under the claim ("where ...", "after he ...") doubts that
 * clause, not the meeting or the shooting the others state: whether a
 * comma stands before "where" or not, all who write it are on one side,
 * and one that states only the main clause plainly is no difference.
 * One that states the doubted clause plainly is.
 */
static void
test_hedging_adverb_scope (void)
{
  const char *three[] = {
    "Ms. Ortega was at a 2019 dinner with the mayor and his chief of staff in Coral Gables, where the bribe to win the port contract reportedly was agreed.",
    "Ms. Ortega was at a 2019 dinner with the mayor and his chief of staff in Coral Gables where the bribe to win the harbour contract reportedly was agreed.",
    "Described as a patient fixer, she was at a dinner in 2019 between the mayor and his chief of staff when the bribe to win the port contract at the harbour reportedly was agreed.",
  };
  g_autoptr(PxComparison) c = compare_texts (three, 3);
  g_autoptr(GPtrArray) hedges = of_kind (c, PX_DIFFERENCE_HEDGING);

  g_assert_cmpuint (hedges->len, ==, 0);
  assert_not_flagged ("Two officers shot the 17-year-old in Flatbush late on Saturday after he allegedly pointed a handgun at them.",
                      "Two officers shot and killed the 17-year-old in Flatbush late on Saturday night.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The teenager, who allegedly carried a stolen handgun, was shot by two officers in Flatbush late on Saturday.",
                      "The teenager was shot by two officers in Flatbush late on Saturday, police said.",
                      PX_DIFFERENCE_HEDGING);
  /* the doubted clause stated plainly by the other */
  assert_flagged ("Two officers shot the 17-year-old in Flatbush late on Saturday after he allegedly pointed a handgun at them.",
                  "Two officers shot the 17-year-old in Flatbush late on Saturday after he pointed a handgun at them.",
                  PX_DIFFERENCE_HEDGING, NULL, "stated as fact");
  assert_flagged ("Reportedly, the bribe to win the port contract was agreed at a dinner in Coral Gables in 2019.",
                  "The bribe to win the port contract was agreed at a dinner in Coral Gables in 2019.",
                  PX_DIFFERENCE_HEDGING, "“Reportedly”", "stated as fact");
}

/* "unclear to police whether ..." is not known to the police: "police"
 * after "unclear to" is to whom, no verb "to police" an outlet states by
 * naming the police.
 */
static void
test_hedging_unclear_to_whom (void)
{
  assert_not_flagged ("It was unclear to police whether the two parcels found at the Millbrook bank were linked.",
                      "Police responded to both calls, but it was a clerk who found a suspicious parcel under the hedge "
                      "outside the Millbrook bank.",
                      PX_DIFFERENCE_HEDGING);
}

/* Two ways of saying a thing is not known are one side: "it was not clear
 * in what order" and "the post-mortem did not establish the order". Only an
 * outlet that states what the other does not know differs.
 */
static void
test_hedging_two_unknowns (void)
{
  assert_not_flagged ("It was not clear in what order both shots hit the cyclist or whether he had turned away from the troopers.",
                      "The post-mortem did not establish the order in which both shots hit the cyclist, or whether he had turned away from the troopers.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("Investigators could not determine which of the two troopers fired the shot that hit the cyclist.",
                      "It was unclear which of the two troopers fired the shot that hit the cyclist.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("It was not clear whether the cyclist had turned away from the troopers when the shots hit him.",
                  "The cyclist had turned away from the troopers when the shots hit him, the post-mortem showed.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
}

/* Not knowing states no fact: the words a hedge of not knowing shares with
 * another outlet name what is not known ("the cause of the fire", "the
 * shots"), and an outlet that names the same thing without answering it
 * ("is investigating the cause of the fire", "fired nine shots") is not
 * stating as fact what the other doubts. An answer is: whether it
 * happened, or what the cause was.
 */
static void
test_hedging_unknown_shares_no_fact (void)
{
  assert_not_flagged ("The cause of the fire at the ferry terminal in Harwell has not been determined.",
                      "The state fire marshal is helping to investigate the cause of the fire at the ferry terminal in Harwell.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("It was not clear in what order the shots hit the cyclist on the Harwell road.",
                      "The two troopers fired nine shots, and four of them hit the cyclist on the Harwell road.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("It was not clear whether the cyclist on the Harwell road was hit by the shots.",
                  "The two troopers fired nine shots, and the cyclist on the Harwell road was hit.",
                  PX_DIFFERENCE_HEDGING, NULL, "stated as fact");
  assert_flagged ("The cause of the fire at the ferry terminal in Harwell has not been determined.",
                  "The fire at the ferry terminal in Harwell was caused by a faulty heater, the state fire marshal said.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
}

/* A reason withheld ("did not say why", "no reason was given") is
 * doubt against an outlet that gives the reason: what she is treated or
 * arrested for. Not against a time ("treated for three weeks") or what
 * "for" tells of no act done to someone ("known for its views"), nor a
 * reason itself untold ("for an unspecified illness"), not
 * where both withhold it, nor where what is withheld is not the reason
 * ("did not say where"), nor a reason to do something ("no reason to
 * doubt"), nor an outlet that gives the reason to a
 * speaker against one that states it: that is attribution.
 */
static void
test_hedging_reason_withheld (void)
{
  assert_flagged ("The singer's spokesman did not say why she checked into the clinic in Malibu on Monday.",
                  "The singer checked into the clinic in Malibu on Monday and is being treated for exhaustion.",
                  PX_DIFFERENCE_HEDGING, NULL, "stated as fact");
  assert_flagged ("No reason was given for the arrest of the striker outside the ground in Harwell on Saturday.",
                  "The striker was arrested outside the ground in Harwell on Saturday for drunk driving.",
                  PX_DIFFERENCE_HEDGING, NULL, "stated as fact");
  assert_flagged ("Her manager declined to reveal the reason she entered the clinic in Malibu on Monday.",
                  "The singer, who entered the clinic in Malibu on Monday, is getting help, her friends say, for an addiction to painkillers.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
  /* the words that withhold the reason are the doubt shown, not an
   * adverb of doubt beside them */
  assert_flagged ("The singer apparently checked into the clinic in Malibu on Monday without really saying why.",
                  "The singer checked into the clinic in Malibu on Monday and is being treated for exhaustion.",
                  PX_DIFFERENCE_HEDGING, "“without really saying why”", "stated as fact");
  assert_not_flagged ("The singer's spokesman did not say why she checked into the clinic in Malibu on Monday.",
                      "The singer checked into the clinic in Malibu on Monday and will be treated for three weeks.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The singer's spokesman did not say why she checked into the clinic in Malibu on Monday.",
                      "Her manager declined to give a reason she checked into the clinic in Malibu on Monday.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The singer's spokesman did not say why she checked into the clinic in Malibu on Monday.",
                      "The singer checked into a clinic in Malibu, known for its ocean views, on Monday.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The singer's spokesman did not say why she checked into the clinic in Malibu on Monday.",
                      "The singer checked into the clinic in Malibu on Monday and is being treated for an unspecified illness.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The singer's spokesman did not say where the clinic she checked into on Monday is.",
                      "The singer checked into a clinic on Monday and is being treated for exhaustion.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("Her spokesman said there was no reason to doubt what the singer told the clinic in Malibu on Monday.",
                      "The singer checked into the clinic in Malibu on Monday and is being treated for exhaustion.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The singer checked into the clinic in Malibu on Monday and is being treated for exhaustion, her spokesman said.",
                      "The singer checked into the clinic in Malibu on Monday and is being treated for exhaustion.",
                      PX_DIFFERENCE_HEDGING);
}

/* An adverb of doubt in a gerund after a preposition, or between "was"
 * and what the subject is said to be, doubts only what follows it: the
 * suspension and the defeat are stated, the blow and the reason are
 * doubted. An outlet that states those is still flagged.
 */
static void
test_hedging_doubt_after_the_statement (void)
{
  assert_not_flagged ("The striker was suspended for three matches for allegedly striking a linesman in Saturday's derby at Elland Road.",
                      "The striker was suspended for three matches after Saturday's derby at Elland Road.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("The striker was suspended for three matches for allegedly striking a linesman in Saturday's derby at Elland Road.",
                  "The striker was suspended for three matches for striking a linesman in Saturday's derby at Elland Road.",
                  PX_DIFFERENCE_HEDGING, NULL, "stated as fact");
  assert_not_flagged ("The 3-1 home defeat to Rovers on Tuesday was apparently the final blow, though the board had backed the manager in the summer.",
                      "The side lost 3-1 at home to Rovers on Tuesday, a fifth defeat in a row for the manager.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("The board apparently sacked the manager after the 3-1 home defeat to Rovers on Tuesday.",
                  "The board sacked the manager after the 3-1 home defeat to Rovers on Tuesday.",
                  PX_DIFFERENCE_HEDGING, NULL, "stated as fact");
}

/* A report that doubts an act is weighed against each other report by
 * what that one tells: against the report that states the launch, it
 * doubts what that one states; against the one that tells only of the
 * residence, the act it doubts is none that one states, so that one is on
 * no side of the hedge.
 */
static void
test_hedging_each_source_own_words (void)
{
  /* the act by its verb, then by what it is done to ("drones") */
  const char *launched[] = {
    "Ukraine reportedly launched 91 drones at the residence in Novgorod.",
    "Ukraine launched 91 drones at the residence in Novgorod.",
    "The residence in Novgorod was empty.",
  };
  const char *drones[] = {
    "Ukraine reportedly sent drones at the residence in Novgorod.",
    "Kyiv's forces launched drones at the residence in Novgorod.",
    "The residence in Novgorod was empty.",
  };
  const char * const *cases[] = { launched, drones };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(PxComparison) c = compare_as_one_claim (cases[k], 3, (const guint[]) { 1, 1, 1 });
      g_autoptr(GPtrArray) hedges = of_kind (c, PX_DIFFERENCE_HEDGING);
      PxDifference *difference;

      g_assert_cmpuint (hedges->len, ==, 1);
      difference = g_ptr_array_index (hedges, 0);
      g_assert_cmpuint (px_difference_get_n_sides (difference), ==, 2);
      g_assert_cmpuint (px_difference_get_side (difference, 0), !=, px_difference_get_side (difference, 1));
      g_assert_cmpuint (px_difference_get_side (difference, 1), !=, G_MAXUINT);
      g_assert_cmpuint (px_difference_get_side (difference, 2), ==, G_MAXUINT);
    }
}

/* A figure belongs to the happening its clause tells of: the toll of a
 * quake in one town in February is no answer to the toll of a quake in
 * another city in November 1998, however alike the words, and a report
 * that agrees with the first does not bring the second into its slot. The
 * same happening told at one place, or at a town and the country it is
 * written in, still differs.
 */
/* A topic of figures told at two places that one report nests ("417
 * people in Peru" and "417 people in Tambillo, Peru") is apart from a
 * figure told at a third place within the country but not the town
 * ("18,000 people in Lima, Peru"): each place the topic's figures are told
 * at is weighed against it, not only the first.
 */
static void
test_number_happenings_each_place (void)
{
  const char *texts[] = {
    "The quake killed 417 people in Peru on Tuesday, officials said.",
    "The quake killed 417 people in Tambillo, Peru, on Tuesday, officials said.",
    "The quake killed 18,000 people in Lima, Peru, on Tuesday, officials said.",
  };
  const guint n_sentences[] = { 1, 1, 1 };
  g_autoptr(PxComparison) c = compare_as_one_claim (texts, 3, n_sentences);
  g_autoptr(GPtrArray) numbers = of_kind (c, PX_DIFFERENCE_NUMBER);

  for (guint d = 0; d < numbers->len; d++)
    g_test_message ("%s", ((PxDifference *) g_ptr_array_index (numbers, d))->summary);
  g_assert_cmpuint (numbers->len, ==, 0);
}

/* A topic joined from two reports' figures weighs the happenings of
 * both against a third report's: agreeing "417" and "417 in Chile" are
 * of Chile, so Peru's "18,000" is of another quake; agreeing "600" and
 * "In March, ... 600" are of March, so the landslide of Tuesday's "60"
 * is another's. Joining either would make one toll of two happenings.
 */
static void
test_number_topic_keeps_happenings (void)
{
  const char *places[] = {
    "The quake killed 417 people on Tuesday, officials said.",
    "The quake killed 417 people in Chile on Tuesday, officials said.",
    "The quake killed 18,000 people in Peru on Tuesday, officials said.",
  };
  const char *recalled[] = {
    "A landslide buried part of the same hill village in March, injuring 600 people.",
    "In March, a landslide buried part of the same hill village and injured 600 people.",
    "The landslide on Tuesday buried part of the hill village and injured 60 people, the district officer said.",
  };
  const char * const *cases[] = { places, recalled };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(PxComparison) c = compare_as_one_claim (cases[k], 3, (const guint[]) { 1, 1, 1 });
      g_autoptr(GPtrArray) numbers = of_kind (c, PX_DIFFERENCE_NUMBER);

      for (guint d = 0; d < numbers->len; d++)
        g_test_message ("%s", ((PxDifference *) g_ptr_array_index (numbers, d))->summary);
      g_assert_cmpuint (numbers->len, ==, 0);
    }
}

/* A town is within the country any report of the story writes it in
 * ("Tambillo, Peru"), in whichever sentence and report that is: "417
 * people in Tambillo" and "380 people in Peru" are then one toll told
 * twice, a difference, as when the claim's own sentence nests them.
 */
static void
test_number_places_nested_anywhere (void)
{
  const char *in_second[] = {
    "A quake measuring 5.9 killed 417 people in Tambillo and injured more than 900 on Tuesday.",
    "A quake measuring 5.9 killed 380 people in Peru and injured more than 900 on Tuesday.\n\n"
    "Rescuers reached Tambillo, Peru, by road.",
  };
  const char *in_third[] = {
    in_second[0],
    "A quake measuring 5.9 killed 380 people in Peru and injured more than 900 on Tuesday.",
    "Aid trucks left Lima at dawn.\n\nRescuers reached Tambillo, Peru, by road.",
  };
  const char *nowhere[] = {
    in_second[0],
    in_third[1],
    "Aid trucks left Lima at dawn.\n\nRescuers reached Tambillo by road.",
  };
  const struct
  {
    const char * const *texts;
    guint n;
    guint n_sentences[3];
    guint found;
  } cases[] = {
    { in_second, 2, { 1, 2 }, 1 },
    { in_third, 3, { 1, 1, 2 }, 1 },
    { nowhere, 3, { 1, 1, 2 }, 0 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(PxComparison) c = compare_leads_as_one_claim (cases[k].texts, cases[k].n, cases[k].n_sentences);
      g_autoptr(GPtrArray) numbers = of_kind (c, PX_DIFFERENCE_NUMBER);

      g_assert_cmpuint (numbers->len, ==, cases[k].found);
    }
}

static void
test_number_happenings (void)
{
  const char *three[] = {
    "The quake was the deadliest in Peru since a 7.0-magnitude quake killed more than 18,000 people in the old mining city of Huancollo in November 1998.",
    "The deadliest quake in Peru since then struck the town of Tambillo in February, killing 417 people and injuring more than 900.",
    "The deadliest quake in Peru since then killed 417 people and injured more than 900.",
  };
  const char *both[] = {
    three[0],
    three[1],
    "A quake killed more than 21,000 people in the old mining city of Huancollo in Peru in 1998, the deadliest since, and 400 were killed in the town of Tambillo in February.",
  };
  g_autoptr(PxComparison) c = compare_texts (three, 3);
  g_autoptr(GPtrArray) numbers = of_kind (c, PX_DIFFERENCE_NUMBER);
  g_autoptr(PxComparison) c2 = compare_texts (both, 3);
  g_autoptr(GPtrArray) numbers2 = of_kind (c2, PX_DIFFERENCE_NUMBER);

  assert_not_flagged (three[0], three[1], PX_DIFFERENCE_NUMBER);
  g_assert_cmpuint (numbers->len, ==, 0);
  /* each quake's toll against its own */
  g_assert_cmpuint (numbers2->len, ==, 2);
  for (guint d = 0; d < numbers2->len; d++)
    {
      PxDifference *difference = g_ptr_array_index (numbers2, d);
      const char *first = px_difference_get_value (difference, 0);
      const char *second = px_difference_get_value (difference, 1);

      g_assert_true ((first != NULL && strstr (first, "18,000") != NULL && strstr (px_difference_get_value (difference, 2), "21,000") != NULL)
                     || (second != NULL && strstr (second, "417") != NULL && strstr (px_difference_get_value (difference, 2), "400") != NULL));
    }
  /* told at one place, a year and more apart */
  assert_not_flagged ("A powerful earthquake in southern Peru killed 417 people and flattened several villages in February 2001.",
                      "A powerful earthquake in southern Peru killed more than 18,000 people and flattened several villages in November 1998.",
                      PX_DIFFERENCE_NUMBER);
  /* one happening */
  assert_flagged ("A quake measuring 5.9 struck the town of Tambillo in February, killing 417 people and injuring more than 900.",
                  "A quake measuring 5.9 struck the town of Tambillo in February, killing 380 people and injuring more than 900.",
                  PX_DIFFERENCE_NUMBER, "417 people", "380 people");
  assert_flagged ("A quake measuring 5.9 killed 417 people in Tambillo, Peru, and injured more than 900 on Tuesday.",
                  "A quake measuring 5.9 killed 380 people in Peru and injured more than 900 on Tuesday.",
                  PX_DIFFERENCE_NUMBER, "417 people", "380 people");
}

/* A quotation is one utterance only of one speaker: two people's "Oh,
 * God!" and "Oh my god!" are two exclamations, not one misquoted; the same
 * named speaker's are one; unnamed speakers' words must be the same at
 * length to be taken for one.
 */
static void
test_quote_speakers (void)
{
  assert_not_flagged ("Moments after the shooting on Saturday, one deputy clasped his hands over his face and said, “Oh, God!”",
                      "Moments after the shooting on Saturday, a neighbour ran to her window and said, “Oh my god!”",
                      PX_DIFFERENCE_QUOTE);
  assert_flagged ("Sheriff Dale Kemp said, “Oh, God!” moments after the shooting on Saturday.",
                  "Sheriff Dale Kemp said, “Oh my god!” moments after the shooting on Saturday.",
                  PX_DIFFERENCE_QUOTE, NULL, NULL);
  assert_flagged ("Moments after the shooting, a neighbour said, “I saw the deputy fire twice at the car from the porch.”",
                  "Moments after the shooting, a neighbour said, “I saw the deputy fire three times at the car from the porch.”",
                  PX_DIFFERENCE_QUOTE, NULL, NULL);
}

/* Two outlets' game clocks for one act differ ("at the 2:15 mark" against
 * "37 seconds into the seventh round"); clocks of two acts of one game do
 * not, nor does a clock whose act is not told.
 */
static void
test_time_game_clock (void)
{
  assert_flagged ("Petrov floored Okoye in the sixth, and the referee halted the bout at the 2:15 mark of the seventh round in Leeds.",
                  "Petrov floored Okoye in the sixth, and the referee halted the bout 37 seconds into the seventh round in Leeds.",
                  PX_DIFFERENCE_TIME, "2:15 mark of the seventh round", "37 seconds into the seventh round");
  assert_flagged ("Delacroix broke the school assists record on a layup with 6:18 left in the first half against Northfield.",
                  "Delacroix broke the school assists record on a layup with 6:17 left in the first half against Northfield.",
                  PX_DIFFERENCE_TIME, NULL, NULL);
  /* a period of another kind with the same number is another clock, also
   * where a sentence names two periods: the second half is not the
   * second quarter */
  assert_not_flagged ("After a scoreless first quarter, Delacroix broke the school assists record with 6:18 left in the second half.",
                      "After a scoreless first quarter, Delacroix broke the school assists record with 6:17 left in the second quarter.",
                      PX_DIFFERENCE_TIME);
  assert_flagged ("After a scoreless first quarter, Delacroix broke the school assists record with 6:18 left in the second quarter.",
                  "After a scoreless first quarter, Delacroix broke the school assists record with 6:17 left in the second quarter.",
                  PX_DIFFERENCE_TIME, NULL, NULL);
  assert_not_flagged ("Delacroix tied the school assists record on a floater with 11:32 left in the first half against Northfield.",
                      "Delacroix broke the school assists record on a layup with 6:17 left in the first half against Northfield.",
                      PX_DIFFERENCE_TIME);
  assert_not_flagged ("Against Northfield, with 11:32 left in the first half, the school assists record was tied on a floater by Delacroix.",
                      "Delacroix broke the school assists record on a layup with 6:17 left in the first half against Northfield.",
                      PX_DIFFERENCE_TIME);
  /* one act told by both, each clock dating its own verb: "stopping the
   * fight" dates the mark, and the other sentence that dates "finished
   * the job" tells the referee stepping in "to stop the fight" too */
  assert_flagged ("Okafor wrapped it up in the ninth with a flurry of hooks that led to the referee stepping in and stopping the fight at the 1:40 mark.",
                  "Okafor finished the job 52 seconds into the ninth round when a right hook sent Varga into the ropes and the referee stepped in to stop the fight.",
                  PX_DIFFERENCE_TIME, "1:40 mark", "52 seconds into the ninth round");
  assert_not_flagged ("Okafor knocked Varga down with a left hook at the 1:40 mark of the ninth, and the crowd rose.",
                      "Okafor finished the job 52 seconds into the ninth round when a right hook sent Varga into the ropes and the referee stepped in to stop the fight.",
                      PX_DIFFERENCE_TIME);
  /* a game's clock is not 6:18 in the evening */
  assert_not_flagged ("Delacroix broke the school assists record against Northfield with 6:18 left in the first half.",
                      "Delacroix broke the school assists record against Northfield at 6:30 p.m. in the first half.",
                      PX_DIFFERENCE_TIME);
}

/* A phrase picked out of a statement and set in each outlet's own sentence
 * is one utterance with two content words in common, though no speaker is
 * named: “unfair scrutiny” misquotes “unfair hostile
 * scrutiny”. Short quotations that stand as what someone said, or a
 * phrase against such a quotation, still need the words at length.
 */
static void
test_quote_phrases (void)
{
  assert_flagged ("The mayor apologized if the arson was linked to “unfair hostile scrutiny” from her run for governor.",
                  "The mayor apologized if “unfair scrutiny” from her run for governor drove someone to start the fire.",
                  PX_DIFFERENCE_QUOTE, "“unfair hostile scrutiny”", "“unfair scrutiny”");
  /* one content word in common: stock phrases anyone may use */
  assert_not_flagged ("Residents of the flooded town called their street “a war zone” on Sunday after the river burst its banks.",
                      "Residents of the flooded town called their street “a disaster zone” on Sunday after the river burst its banks.",
                      PX_DIFFERENCE_QUOTE);
  /* what two unnamed people said: not phrases set in a sentence */
  assert_not_flagged ("Outside the burned church on Saturday, one member of the congregation said: “Such unfair scrutiny.”",
                      "Outside the burned church on Saturday, another member of the congregation said: “Unfair and hostile scrutiny.”",
                      PX_DIFFERENCE_QUOTE);
  assert_not_flagged ("The mayor apologized if the arson was linked to “unfair hostile scrutiny” from her run for governor.",
                      "The mayor apologized for the arson on Saturday. “Unfair scrutiny,” a church member said of her run for governor.",
                      PX_DIFFERENCE_QUOTE);

  /* two utterances sharing a phrase, two words of content and under half
   * of the shorter's, are not one reworded; one word changed in one is */
  assert_not_flagged ("“His conduct is unworthy of a member of Parliament,” said Alan Pryce, a Conservative spokesman, of the video.",
                      "“One minute this fellow is grilling a member of Parliament on camera,” a Labour spokesman said of the video.",
                      PX_DIFFERENCE_QUOTE);
  assert_flagged ("“His conduct is unworthy of a member of Parliament,” said Alan Pryce, a Conservative spokesman, of the video.",
                  "“His conduct is unfitting for a member of Parliament,” said Alan Pryce, a Conservative spokesman, of the video.",
                  PX_DIFFERENCE_QUOTE, NULL, NULL);

  /* an excerpt is read as the end of the longer quotation, not with its
   * first "to" matched early and the words after it taken as put in */
  assert_not_flagged ("A neighbour said: “She moved up to Cumbria to give her boys a quieter life, but she came home.”",
                      "A neighbour said she had gone to Cumbria “to give her boys a quieter life”, but she came home.",
                      PX_DIFFERENCE_QUOTE);
  assert_flagged ("A neighbour said: “She moved up to Cumbria to give her boys a quieter life, but she came home.”",
                  "A neighbour said she had gone to Cumbria “to give her sons a quieter life”, but she came home.",
                  PX_DIFFERENCE_QUOTE, NULL, NULL);
}

/* An allegation and the verdict on it are two happenings: a report that
 * a jury found him guilty of it, or found the charged factors true, is no
 * plain statement against one that the complaint alleged it. Doubt
 * against a plain statement of the deed itself stays hedging. "claimed
 * the summer's top free agent" and "claimed as its turf" take; they do
 * not doubt.
 */
static void
test_hedging_allegation_verdict (void)
{
  assert_not_flagged ("The complaint alleged that Ruiz shot the deputy while lying in wait outside the Norwalk station.",
                      "A jury found Ruiz guilty of shooting the deputy while lying in wait outside the Norwalk station.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("Ruiz allegedly shot the deputy while lying in wait outside the Norwalk station on Friday.",
                  "Ruiz shot the deputy while lying in wait outside the Norwalk station on Friday.",
                  PX_DIFFERENCE_HEDGING, NULL, "stated as fact");
  assert_flagged ("The lawsuit alleges that the company hid defects in the brakes of its delivery trucks for years.",
                  "The company hid defects in the brakes of its delivery trucks for years.",
                  PX_DIFFERENCE_HEDGING, NULL, "stated as fact");
  /* the sentence handed down is the verdict too, the alleged killer held
   * is the earlier stage */
  assert_not_flagged ("The constable's killer gets a life sentence at the Norwalk courthouse.",
                      "The constable's alleged killer is held at the Norwalk courthouse.",
                      PX_DIFFERENCE_HEDGING);
  /* the charge against the jury's finding, whatever words they share */
  assert_not_flagged ("The complaint alleged two aggravating factors that would make Ruiz eligible for a life term: killing a "
                      "deputy on duty and lying in wait outside the station.",
                      "Jurors also found true the aggravating factors of killing a deputy on duty and lying in wait outside the station.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The Hawks, who claimed the summer's top free agent in Dario Voss, went into the new season as "
                      "favourites to win the league.",
                      "With the summer signing of Dario Voss, the Hawks went into the new season as favourites to win the league.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The crew has long claimed as its turf the run-down blocks south of the rail yard by the canal.",
                      "The crew has long controlled the run-down blocks south of the rail yard by the canal.",
                      PX_DIFFERENCE_HEDGING);
}

/* A vague amount that holds the other's figure, told in the outlet's own
 * voice, is the same value told loosely: "killing hundreds of people" and
 * "killing 417 people". Out of its range it differs ("dozens" and 12); so
 * does an outlet that gives someone's count vaguely against another's
 * exact one ("officials said", "claimed").
 */
static void
test_number_loose (void)
{
  assert_not_flagged ("A 6.2-magnitude quake struck the town of Tambillo in Ancash province in March, killing hundreds of people.",
                      "A 6.2-magnitude quake struck the town of Tambillo in Ancash province in March, killing 417 people.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Dozens of people were evacuated from the flats above the supermarket as the fire spread on Sunday.",
                      "Sixty residents were evacuated from the flats above the supermarket as the fire spread on Sunday.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("A 6.2-magnitude quake struck the town of Tambillo in Ancash province in March, killing dozens of people.",
                  "A 6.2-magnitude quake struck the town of Tambillo in Ancash province in March, killing 12 people.",
                  PX_DIFFERENCE_NUMBER, "dozens of people", "12 people");
  assert_flagged ("A 6.2-magnitude quake struck the town of Tambillo in Ancash province in March, killing hundreds of people, officials said.",
                  "A 6.2-magnitude quake struck the town of Tambillo in Ancash province in March, killing 417 people.",
                  PX_DIFFERENCE_NUMBER, "hundreds of people", "417 people");
}

/* Vague amounts are ranges: "several hundred" and "a few hundred" are
 * "hundreds" told otherwise, "several dozen" "dozens"; a bound that gives
 * no figure holds with one ("up to 50" / "dozens", "more than 200" /
 * "hundreds"); "a few" and "a handful" hold any figure up to ten, so
 * against "dozens" they differ, as "hundreds" and "thousands" do.
 */
static void
test_number_vague_ranges (void)
{
  static const char * const alike[][2] = {
    { "several hundred", "hundreds of" }, { "a few hundred", "hundreds of" }, { "several dozen", "dozens of" },
    { "up to 50", "dozens of" }, { "several thousand", "thousands of" }, { "a handful of", "several" },
    { "more than 200", "hundreds of" }, { "a few", "ten" }, { "a handful of", "five" }, { "several", "at least three" },
  };
  static const char * const apart[][2] = {
    { "dozens of", "a few" }, { "a handful of", "dozens of" }, { "hundreds of", "thousands of" },
    { "a few hundred", "thousands of" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (alike); i++)
    {
      g_autofree char *a = g_strdup_printf ("The fire forced %s residents from the flats above the supermarket on Sunday night.", alike[i][0]);
      g_autofree char *b = g_strdup_printf ("The fire forced %s residents from the flats above the supermarket on Sunday night.", alike[i][1]);

      assert_not_flagged (a, b, PX_DIFFERENCE_NUMBER);
    }
  for (guint i = 0; i < G_N_ELEMENTS (apart); i++)
    {
      g_autofree char *a = g_strdup_printf ("The fire forced %s residents from the flats above the supermarket on Sunday night.", apart[i][0]);
      g_autofree char *b = g_strdup_printf ("The fire forced %s residents from the flats above the supermarket on Sunday night.", apart[i][1]);

      assert_flagged (a, b, PX_DIFFERENCE_NUMBER, NULL, NULL);
    }
}

/* A calibre is a figure after its decimal point: the verb before it is
 * found past the point ("pointed a .38 caliber revolver", or the point
 * slipped before its space, "a. 357"), and the wording keeps the point.
 */
static void
test_number_calibre (void)
{
  assert_flagged ("The boy turned on the plain-clothes officers in the street and pointed a .38 caliber revolver at both of them.",
                  "By the officers' account, after they stepped out of their van to check, he pointed a .357 caliber revolver at both of them.",
                  PX_DIFFERENCE_NUMBER, ".38 caliber revolver", ".357 caliber revolver");
  assert_flagged ("The boy turned on the plain-clothes officers in the street and pointed a. 38 caliber revolver at both of them.",
                  "By the officers' account, after they stepped out of their van to check, he pointed a. 357 caliber revolver at both of them.",
                  PX_DIFFERENCE_NUMBER, "38 caliber revolver", "357 caliber revolver");
  assert_not_flagged ("The boy turned on the plain-clothes officers in the street and pointed a .38 caliber revolver at both of them.",
                      "By the officers' account, after they stepped out of their van to check, he pointed a .38-caliber revolver at both of them.",
                      PX_DIFFERENCE_NUMBER);
}

/* A sum given again in parentheses in another currency is that sum
 * converted: outlets convert at different rates, also where the page lost
 * the first sum's currency sign. The sums themselves still differ.
 */
static void
test_number_conversions (void)
{
  assert_not_flagged ("The government agreed to a 110-billion ($143-billion) rescue loan from the EU and the IMF at the weekend.",
                      "The government agreed to a 110 billion ($158 billion) rescue loan from the EU and the IMF at the weekend.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The government agreed to a €110 billion ($143 billion) rescue loan from the EU and the IMF at the weekend.",
                  "The government agreed to a €120 billion ($158 billion) rescue loan from the EU and the IMF at the weekend.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
}

/* The first or last few of the things counted, and each one's figure,
 * fill other slots than the whole's: "his first 17 passes" against "29
 * of 34 passes", "100 yards apiece" against the team's "350 yards"; two
 * such figures of one slot still differ.
 */
static void
test_number_first_and_each (void)
{
  assert_not_flagged ("Manning completed his first 17 passes as the Colts beat the Jaguars on Sunday.",
                      "Peyton Manning completed 29 of 34 passes as the Colts beat the Jaguars on Sunday.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("Manning completed his first 17 passes and led the Colts to their eighth straight win over Jacksonville.",
                  "Manning completed his first 15 passes and led the Colts to their eighth straight win over Jacksonville.",
                  PX_DIFFERENCE_NUMBER, "17 passes", "15 passes");
  assert_not_flagged ("The Chiefs rushed for over 350 yards against the Colts on Sunday and still lost the game.",
                      "Two Chiefs running backs rushed for over 100 yards apiece against the Colts on Sunday, but the "
                      "Chiefs lost the game.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The Chiefs rushed for over 350 yards against the Colts on Sunday and still lost the game.",
                  "The Chiefs rushed for over 300 yards against the Colts on Sunday and still lost the game.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
}

/* Figures of two people named fill two slots, whatever a third report
 * without a name's figure agrees with; one person's two figures differ.
 */
static void
test_number_two_people (void)
{
  const char *texts[] = {
    "Marco Lindqvist led Valley State with 13 points, while Darnell Pike added 12 for the Bulldogs.",
    "Darnell Pike scored 14 points and Marco Lindqvist scored 13 for the Bulldogs.",
    "The Bulldogs were paced by 13 points from Marco Lindqvist.",
  };
  g_autoptr(PxComparison) c = compare_texts (texts, 3);
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

  assert_aligned (c, 3);
  g_assert_cmpuint (found->len, ==, 0);
  assert_flagged ("Darnell Pike had 12 points and Marco Lindqvist had 13 for the Bulldogs, who lost 71-64 to Northfield.",
                  "Darnell Pike scored 14 points and Marco Lindqvist scored 13 for the Bulldogs, who lost 71-64 to Northfield.",
                  PX_DIFFERENCE_NUMBER, "12 points", "14 points");
  /* the record a player breaks is its holder's figure, the one named
   * right before it, not the subject's */
  assert_not_flagged ("Marco Lindqvist broke Ray Okafor’s school scoring record of 1,904 points with a free throw late in the first half.",
                      "Marco Lindqvist now has 1,917 points after breaking the school scoring record with a free throw late in the first half.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("Marco Lindqvist broke Ray Okafor’s school scoring record of 1,904 points with a free throw late in the first half.",
                  "Marco Lindqvist broke Ray Okafor’s school scoring record of 1,894 points with a free throw late in the first half.",
                  PX_DIFFERENCE_NUMBER, "1,904 points", "1,894 points");
}

/* A count of one thing named by two words of one sense ("kids" and
 * "children", "proposals" and "approaches") is one quantity; a kind and
 * its kinds are not ("14 men" may be among "20 people").
 */
static void
test_number_synonym_heads (void)
{
  assert_flagged ("Three kids were taken to hospital after the bus crash on the ring road on Monday.",
                  "Four children were taken to hospital after the bus crash on the ring road on Monday.",
                  PX_DIFFERENCE_NUMBER, "Three kids", "Four children");
  assert_flagged ("The board rejected two proposals from the fund before the deadline.",
                  "The board rejected three approaches from the fund before the deadline.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
  /* the wording runs past a word that is no noun to the noun counted */
  assert_flagged ("The board rejected two earlier proposals from the fund before the deadline.",
                  "The board rejected three previous approaches from the fund before the deadline.",
                  PX_DIFFERENCE_NUMBER, "two earlier proposals", "three previous approaches");
  assert_not_flagged ("Police arrested 14 men after the clashes near the stadium on Sunday.",
                      "Police arrested 20 people after the clashes near the stadium on Sunday.",
                      PX_DIFFERENCE_NUMBER);
}

/* A made thing counted under the name of the kind it directly is of
 * ("35 houses" / "40 homes") fills the count's slot, never confidently
 * (the kind may hold more); equal counts agree; a kind of people and its
 * kinds stay two slots ("five employees" may be among "seven workers").
 */
static void
test_number_kind_heads (void)
{
  const char *texts[] = {
    "The wildfire that swept through the canyon on Saturday destroyed 40 homes, fire officials said.",
    "The wildfire that swept through the canyon on Saturday destroyed 35 houses, fire officials said.",
  };
  g_autoptr(PxComparison) c = compare_texts (texts, 2);
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

  assert_flagged (texts[0], texts[1], PX_DIFFERENCE_NUMBER, "40 homes", "35 houses");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpfloat (px_difference_get_confidence (g_ptr_array_index (found, 0)), <, 0.8);
  /* the kind said second as well as first */
  assert_flagged (texts[1], texts[0], PX_DIFFERENCE_NUMBER, "35 houses", "40 homes");
  assert_not_flagged ("The wildfire that swept through the canyon on Saturday destroyed 40 homes, fire officials said.",
                      "The wildfire that swept through the canyon on Saturday destroyed 40 houses, fire officials said.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The carmaker said it would lay off five employees at the Leipzig plant from next month.",
                      "The carmaker said it would lay off seven workers at the Leipzig plant from next month.",
                      PX_DIFFERENCE_NUMBER);
}

/* Two doers' figures are two slots: the person who opens a sentence as
 * its subject did what its figure counts when no nearer person is named
 * ("First, Pratt fooled Ferris when he ..., and ran 41 yards": Pratt's
 * run, not Ferris's "ran for three yards").
 */
static void
test_number_subject_doer (void)
{
  const char *texts[] = {
    "Dale Ferris, who completed 22 passes for 280 yards, ran for three yards to give the Hawks a 14-0 lead.",
    "First, Kevin Pratt fooled Dale Ferris when he jumped the route, picked off the pass and ran 41 yards for the score.",
    "Dale Ferris, who completed 22 passes for 280 yards, ran for five yards to give the Hawks a 14-0 lead.",
  };
  const char *apart[] = { texts[0], texts[1] };
  const char *alike[] = { texts[0], texts[2] };
  g_autoptr(PxComparison) c = compare_as_one_claim (apart, 2, (const guint[]) { 1, 1 });
  g_autoptr(PxComparison) c2 = compare_as_one_claim (alike, 2, (const guint[]) { 1, 1 });
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);
  g_autoptr(GPtrArray) found2 = of_kind (c2, PX_DIFFERENCE_NUMBER);

  g_assert_cmpuint (found->len, ==, 0);
  g_assert_cmpuint (found2->len, ==, 1);
}

/* A count "of" a noun answers the other report's count of that noun,
 * though it names no noun after it and its sentence gives another count
 * ("needing nine points to break ... record of 1,843"); counts written
 * to the unit are exact ("1,847" and "1,843" differ).
 */
static void
test_number_named_before (void)
{
  const char *texts[] = {
    "Okafor broke Tim Doyle's school scoring record of 1,847 points with a layup early in the second half.",
    "Okafor came in needing nine points to break Tim Doyle's scoring record of 1,843.",
  };
  g_autoptr(PxComparison) c = compare_as_one_claim (texts, 2, (const guint[]) { 1, 1 });
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (px_difference_get_value (g_ptr_array_index (found, 0), 1), ==, "1,843");
  g_assert_cmpfloat (px_difference_get_confidence (g_ptr_array_index (found, 0)), >=, 0.8);
  /* a round figure near another may be it rounded */
  assert_not_flagged ("Police said 1,400 people were arrested in the capital during the protests on Saturday.",
                      "Police said 1,403 people were arrested in the capital during the protests on Saturday.",
                      PX_DIFFERENCE_NUMBER);
}

/* A figure of an earlier happening, dated by its month alone ("In
 * March, ..."; "It ..." after such a sentence), answers none of the
 * report's own: two happenings' tolls are no difference. A month inside a
 * sentence keeps no figure apart.
 */
static void
test_number_recalled_happening (void)
{
  const char *texts[] = {
    "The landslide on Tuesday buried part of the hill village and injured 40 people, the district officer said.",
    "In March, a landslide buried part of the same hill village and injured 600 people.",
    "The last big landslide in the hills came in March. It buried part of the village and injured 600 people.",
    "On Tuesday, a landslide buried part of the same hill village and injured 60 people.",
    "A landslide buried part of the same hill village in March, injuring 650 people.",
  };

  for (guint k = 1; k <= 2; k++)
    {
      const char *pair[] = { texts[0], texts[k] };
      g_autoptr(PxComparison) c = compare_as_one_claim (pair, 2, (const guint[]) { 1, k });
      g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

      g_assert_cmpuint (found->len, ==, 0);
    }
  /* the report's own day: one toll told two ways */
  {
    const char *pair[] = { texts[0], texts[3] };
    g_autoptr(PxComparison) c = compare_as_one_claim (pair, 2, (const guint[]) { 1, 1 });
    g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (found->len, ==, 1);
  }
  /* both recall it: one toll */
  {
    const char *pair[] = { texts[1], texts[2] };
    g_autoptr(PxComparison) c = compare_as_one_claim (pair, 2, (const guint[]) { 1, 2 });
    g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (found->len, ==, 0);
  }
  /* a month inside a sentence may date the earlier happening ("in March,
   * injuring 650" against "It ... injured 600") or an earlier step of the
   * report's own story ("was hurt in March and missed 10 games"): it
   * keeps neither apart */
  {
    const char *pair[] = { texts[4], texts[2] };
    const char *games[] = {
      "Moreno was hurt in a collision with the keeper in March and missed 10 games before his return.",
      "Moreno missed nine games with the knee injury before his return.",
    };
    g_autoptr(PxComparison) c = compare_as_one_claim (pair, 2, (const guint[]) { 1, 2 });
    g_autoptr(PxComparison) cg = compare_as_one_claim (games, 2, (const guint[]) { 1, 1 });
    g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);
    g_autoptr(GPtrArray) found_games = of_kind (cg, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpuint (found_games->len, ==, 1);
  }
}

/* A bound that agrees with both sides of a difference takes neither:
 * "more than 40,000" fits "about 60,000" and "about 40,000" alike.
 */
static void
test_number_bound_between (void)
{
  const char *texts[] = {
    "The valley town, which has about 60,000 residents, lost power for two days after the storm on Monday.",
    "The valley town, which is home to about 40,000 people, lost power for two days after the storm on Monday.",
    "The valley town, which has a population of more than 40,000, lost power for two days after the storm on Monday.",
  };
  g_autoptr(PxComparison) c = compare_as_one_claim (texts, 3, (const guint[]) { 1, 1, 1 });
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);
  PxDifference *difference;

  g_assert_cmpuint (found->len, ==, 1);
  difference = g_ptr_array_index (found, 0);
  g_assert_cmpuint (px_difference_get_n_sides (difference), ==, 2);
  g_assert_cmpuint (px_difference_get_side (difference, 0), !=, px_difference_get_side (difference, 1));
  g_assert_cmpuint (px_difference_get_side (difference, 2), ==, G_MAXUINT);
  /* a bound that only one side meets is on that side */
  {
    const char *one_side[] = {
      texts[0], texts[1],
      "The valley town, which has a population of more than 50,000, lost power for two days after the storm on Monday.",
    };
    g_autoptr(PxComparison) c1 = compare_as_one_claim (one_side, 3, (const guint[]) { 1, 1, 1 });
    g_autoptr(GPtrArray) found1 = of_kind (c1, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (found1->len, ==, 1);
    difference = g_ptr_array_index (found1, 0);
    g_assert_cmpuint (px_difference_get_side (difference, 2), ==, px_difference_get_side (difference, 0));
  }
}

/* A floor that a plain figure is twice or more is another count
 * reported, whatever the order the reports come in ("at least three"
 * written while others had ten); a floor under twice the figure is the
 * figure rounded down, and a floor equal to it is the same count.
 */
static void
test_number_floor_far_below (void)
{
  const char *texts[] = {
    "The earthquake flattened several villages in the south of the province on Sunday, killing at least 10 people.",
    "The earthquake flattened several villages in the south of the province on Sunday, killing at least three people.",
    "The earthquake flattened several villages in the south of the province on Sunday, killing 10 people.",
  };
  g_autoptr(PxComparison) c = compare_texts (texts, 3);
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);
  PxDifference *difference;

  assert_flagged (texts[2], texts[1], PX_DIFFERENCE_NUMBER, "10 people", "at least three people");
  assert_flagged (texts[1], texts[2], PX_DIFFERENCE_NUMBER, "at least three people", "10 people");
  /* the reports that say ten on one side, whichever comes first */
  assert_aligned (c, 3);
  g_assert_cmpuint (found->len, ==, 1);
  difference = g_ptr_array_index (found, 0);
  g_assert_cmpuint (px_difference_get_n_sides (difference), ==, 2);
  g_assert_cmpuint (px_difference_get_side (difference, 0), ==, px_difference_get_side (difference, 2));
  g_assert_cmpuint (px_difference_get_side (difference, 0), !=, px_difference_get_side (difference, 1));
  assert_not_flagged ("Police said more than 200 people were arrested in the capital during the protests on Saturday.",
                      "Police said 250 people were arrested in the capital during the protests on Saturday.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The earthquake flattened several villages in the south of the province on Sunday, killing at least three people.",
                      "The earthquake flattened several villages in the south of the province on Sunday, killing three people.",
                      PX_DIFFERENCE_NUMBER);
}

/* A figure with a decimal point hyphenated to its scale is read on that
 * scale ("6.1-magnitude" as "6.1 magnitude"), so two such figures of one
 * quake are one slot; a whole figure so joined modifies another noun.
 */
static void
test_number_hyphenated_scale (void)
{
  assert_flagged ("The 6.1-magnitude quake struck the island and the port city on Sunday, state media said.",
                  "The 5.9-magnitude quake struck the island and the port city on Sunday, state media said.",
                  PX_DIFFERENCE_NUMBER, "6.1-magnitude quake", "5.9-magnitude quake");
  assert_not_flagged ("The 6.1-magnitude quake struck the island and the port city on Sunday, state media said.",
                      "The 6.1 magnitude quake struck the island and the port city on Sunday, state media said.",
                      PX_DIFFERENCE_NUMBER);
}

/* The numbers of one claim's pair of sentences flagged, each side's
 * wording in @values (two per difference) when given. */
static guint
numbers_in_one_claim (const char  *a,
                      const char  *b,
                      const char **values)
{
  const char *texts[] = { a, b };
  g_autoptr(PxComparison) c = compare_as_one_claim (texts, 2, (const guint[]) { 1, 1 });
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

  g_test_message ("numbers? %s / %s", a, b);
  for (guint i = 0; values != NULL && i < found->len; i++)
    {
      g_assert_cmpstr (px_difference_get_value (g_ptr_array_index (found, i), 0), ==, values[2 * i]);
      g_assert_cmpstr (px_difference_get_value (g_ptr_array_index (found, i), 1), ==, values[2 * i + 1]);
    }
  return found->len;
}

/* A figure with no noun after it is put in the slot of one that has
 * one when the noun it is said to measure, before it, is that one's:
 * "a magnitude of 5.9" and "the 6.1-magnitude quake"; and so is a figure
 * an estimate puts a measure at ("puts the magnitude at 6.1"). Equal
 * figures so read stay equal; another noun before "at" is no measure of
 * the quake's ("puts the depth of the quake at 6.1"), and a noun right
 * before a figure with none after it may be a label ("room 253", "ships
 * 413").
 */
static void
test_number_measure_named_before (void)
{
  g_assert_cmpuint (numbers_in_one_claim ("The news agency and the Geological Survey said the quake had a magnitude of 5.9.",
                                          "The 6.1-magnitude quake struck the island and the port city, home to 120,000 people, state media said.",
                                          (const char *[]) { "5.9", "6.1-magnitude" }), ==, 1);
  g_assert_cmpuint (numbers_in_one_claim ("The Geological Survey in Golden, Colorado, puts the magnitude at 6.1.",
                                          "The news agency and the Geological Survey said the quake had a magnitude of 5.9.",
                                          (const char *[]) { "6.1", "5.9" }), ==, 1);
  g_assert_cmpuint (numbers_in_one_claim ("The Geological Survey in Golden, Colorado, puts the magnitude at 6.1.",
                                          "The news agency and the Geological Survey said the quake had a magnitude of 6.1.",
                                          NULL), ==, 0);
  g_assert_cmpuint (numbers_in_one_claim ("The Geological Survey in Golden, Colorado, puts the magnitude at 6.1.",
                                          "The 6.1-magnitude quake struck the island and the port city, home to 120,000 people, state media said.",
                                          NULL), ==, 0);
  g_assert_cmpuint (numbers_in_one_claim ("The Geological Survey in Golden, Colorado, put the depth of the quake at 10.",
                                          "The 6.1-magnitude quake struck the island and the port city, home to 120,000 people, state media said.",
                                          NULL), ==, 0);
  /* a noun right before a figure with none after it may be a label */
  g_assert_cmpuint (numbers_in_one_claim ("The delegation met the envoy in room 253 of the old parliament building on Friday.",
                                          "The delegation met the envoy in room 234 of the old parliament building on Friday.",
                                          NULL), ==, 0);
  g_assert_cmpuint (numbers_in_one_claim ("The navy said the first to leave the port of Ostrava on Friday were ships 413 and 414.",
                                          "The navy said 102 ships left the port of Ostrava on Friday.",
                                          NULL), ==, 0);
}

/* A suspect's description: a weight told beside a height is the
 * described person's, so two weights beside equal heights are one
 * person's and may differ ("5-foot-10,160 pounds", its space lost, and
 * "5 feet 10 inches tall, weighing 175 pounds"). Equal weights agree;
 * weights beside heights that differ are two people's, and so is a
 * weight in a sentence that gives two heights.
 */
static void
test_number_description (void)
{
  const char *lost_space = "Deputies said that Varga is 5-foot-10,160 pounds, with tattoos of stars on his neck.";
  const char *weighing = "He is 5 feet 10 inches tall, weighing 175 pounds, and has a shaved head.";

  g_assert_cmpuint (numbers_in_one_claim (lost_space, weighing, (const char *[]) { "160 pounds", "175 pounds" }), ==, 1);
  g_assert_cmpuint (numbers_in_one_claim (lost_space, "He is 5 feet 10 inches tall, weighing 160 pounds, and has a shaved head.",
                                          NULL), ==, 0);
  g_assert_cmpuint (numbers_in_one_claim ("Deputies said that Varga is 6-foot-2,160 pounds, with tattoos of stars on his neck.",
                                          weighing, NULL), ==, 0);
  g_assert_cmpuint (numbers_in_one_claim ("Deputies said that Varga is 5-foot-10 and his brother 6-foot-2,160 pounds.",
                                          weighing, NULL), ==, 0);
}

/* A count after its verb and a word that adds it to others ("wounding
 * another 70") counts the verb's act, and a part told of a figure ("30
 * of the 80 wounded remained in hospital") is no rival of it: the 80 is
 * the count of the wounded that the 70 answers. Equal counts stay equal,
 * and the wounded are not the dead.
 */
static void
test_number_toll_added (void)
{
  const char *wounded = "The governor said 30 of the 80 wounded remained in hospital after the quake, which damaged 1,500 houses.";

  g_assert_cmpuint (numbers_in_one_claim ("The quake levelled seven villages on the island, killing 10 people and wounding another 70, officials said.",
                                          wounded, (const char *[]) { "70", "80 wounded" }), ==, 1);
  g_assert_cmpuint (numbers_in_one_claim ("The quake levelled seven villages on the island, killing 10 people and wounding another 80, officials said.",
                                          wounded, NULL), ==, 0);
  g_assert_cmpuint (numbers_in_one_claim ("The quake levelled seven villages on the island, killing 10 people and wounding another 70, officials said.",
                                          "The governor said the quake killed 10 people on the island and damaged 1,500 houses.", NULL), ==, 0);
}

/* A whole figure hyphenated to a word measures the noun after them: "a
 * 73-yard drive" against "a 75-yard drive", "a 20-storey tower" against
 * "a 25-storey tower" (confidently: one thing has one size; a drive is
 * one of many a story tells of), "a 38-caliber revolver" against "a .357
 * caliber revolver". Not "a 73-yard drive" against "a 7-yard touchdown
 * pass", "a 12-yard touchdown run" against "a 9-yard touchdown pass", two
 * passes each to a receiver the other does not name, "ran 40 yards"
 * against "a 35-yard interception return"; equal figures agree.
 */
static void
test_number_joined (void)
{
  const char *towers[] = {
    "The fire gutted a 20-storey tower in the east of the city on Monday, killing at least four people.",
    "The fire gutted a 25-storey tower in the east of the city on Monday, killing at least four people.",
  };
  const char *drives[] = {
    "Smith led a 73-yard drive that ended with his touchdown run in the third quarter.",
    "Smith led a 75-yard drive that ended with his touchdown run in the third quarter.",
  };
  g_autoptr(PxComparison) ct = compare_texts (towers, 2);
  g_autoptr(GPtrArray) tower = of_kind (ct, PX_DIFFERENCE_NUMBER);
  g_autoptr(PxComparison) cd = compare_texts (drives, 2);
  g_autoptr(GPtrArray) drive = of_kind (cd, PX_DIFFERENCE_NUMBER);

  assert_flagged (towers[0], towers[1], PX_DIFFERENCE_NUMBER, "20-storey tower", "25-storey tower");
  g_assert_cmpuint (tower->len, ==, 1);
  g_assert_cmpfloat (px_difference_get_confidence (g_ptr_array_index (tower, 0)), >=, 0.8);
  assert_flagged (drives[0], drives[1], PX_DIFFERENCE_NUMBER, "73-yard drive", "75-yard drive");
  g_assert_cmpuint (drive->len, ==, 1);
  g_assert_cmpfloat (px_difference_get_confidence (g_ptr_array_index (drive, 0)), <, 0.8);
  assert_flagged ("He pointed a 38-caliber revolver at the constables before he was shot, police said.",
                  "He pointed a .357 caliber revolver at the constables before he was shot, police said.",
                  PX_DIFFERENCE_NUMBER, "38-caliber revolver", ".357 caliber revolver");

  assert_not_flagged ("Smith led a 73-yard drive that ended with a touchdown in the third quarter.",
                      "Smith threw a 7-yard touchdown pass that ended the drive in the third quarter.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Smith scored on a 12-yard touchdown run late in the third quarter to put the Colts ahead.",
                      "Smith scored on a 9-yard touchdown pass late in the third quarter to put the Colts ahead.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Keller threw a 12-yard touchdown pass to Ortiz in the third quarter to give the Colts the lead.",
                      "Keller threw a 9-yard touchdown pass to Bishop in the third quarter to give the Colts the lead.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Oduya ran 40 yards for the touchdown that gave the Colts a 27-20 lead late in the game.",
                      "Oduya scored on a 35-yard interception return that gave the Colts a 27-20 lead late in the game.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The fire gutted a 20-storey tower in the east of the city on Monday, killing at least four people.",
                      "The fire gutted a 20 storey tower in the east of the city on Monday, killing at least four people.",
                      PX_DIFFERENCE_NUMBER);
}

/* A figure's wording ends at the noun counted: past a modifier both
 * reports share ("nine elderly residents" / "six elderly people", "450
 * armoured vehicles" / "600 armoured vehicles"), not past the things
 * counted ("12 pupils outside"), nor past the noun to a word only one
 * report writes after it ("earthquake hit waters").
 */
static void
test_number_wording_noun (void)
{
  assert_flagged ("The landslide buried nine elderly residents of the hamlet in their homes overnight, officials said.",
                  "The landslide buried six elderly people of the hamlet in their homes overnight, officials said.",
                  PX_DIFFERENCE_NUMBER, "nine elderly residents", "six elderly people");
  assert_flagged ("The ministry said the deal covered 450 armoured vehicles for the border guard.",
                  "The ministry said the deal covered 600 armoured vehicles for the border guard.",
                  PX_DIFFERENCE_NUMBER, "450 armoured vehicles", "600 armoured vehicles");
  assert_flagged ("Gunmen abducted 12 pupils outside the school gates in the northern town on Friday, police said.",
                  "Gunmen abducted 15 pupils outside the school gates in the northern town on Friday, police said.",
                  PX_DIFFERENCE_NUMBER, "12 pupils", "15 pupils");
  assert_flagged ("A magnitude 6.1 earthquake hit waters off the island's south coast on Friday, the agency said.",
                  "A 6.3 magnitude earthquake struck off the island's south coast on Friday, the agency said.",
                  PX_DIFFERENCE_NUMBER, "6.1 earthquake", "6.3 magnitude earthquake");
  /* not on to a name ("Tuesday") or a verb's form ("flooding"), though
   * both reports write it */
  assert_flagged ("The 6.1 magnitude quake Tuesday damaged 300 homes in the valley, the agency said.",
                  "The 6.3 magnitude quake Tuesday damaged 300 homes in the valley, the agency said.",
                  PX_DIFFERENCE_NUMBER, "6.1 magnitude quake", "6.3 magnitude quake");
  assert_flagged ("The 6.1 magnitude quake flooding the valley was felt in the capital, the agency said.",
                  "The 6.3 magnitude quake flooding the valley was felt in the capital, the agency said.",
                  PX_DIFFERENCE_NUMBER, "6.1 magnitude quake", "6.3 magnitude quake");
  /* nor on to the verb of a noun in the singular, which takes an object */
  assert_flagged ("A 6.1 magnitude quake strikes the island of Qeshm, killing at least ten people, officials say.",
                  "A 5.9 magnitude quake strikes the island of Qeshm, killing at least ten people, officials say.",
                  PX_DIFFERENCE_NUMBER, "6.1 magnitude quake", "5.9 magnitude quake");
  assert_flagged ("Powerful 6.1 magnitude quake hits Iran, killing at least ten people on the island of Qeshm.",
                  "Powerful 5.9 magnitude quake hits Iran, killing at least ten people on the island of Qeshm.",
                  PX_DIFFERENCE_NUMBER, "6.1 magnitude quake", "5.9 magnitude quake");
  assert_flagged ("A 6.1 magnitude quake kills 10 people on the island of Qeshm, officials say.",
                  "A 5.9 magnitude quake kills 10 people on the island of Qeshm, officials say.",
                  PX_DIFFERENCE_NUMBER, "6.1 magnitude quake", "5.9 magnitude quake");
  /* a noun in the plural that is also a verb's form is the noun when no
   * object follows: "nine prison guards were hurt" */
  assert_flagged ("Nine prison guards were hurt when inmates rioted at the jail on Friday, officials said.",
                  "Twelve prison guards were hurt when inmates rioted at the jail on Friday, officials said.",
                  PX_DIFFERENCE_NUMBER, "Nine prison guards", "Twelve prison guards");
  /* a name in the plural after a modifier is the people counted; a name
   * in the singular (a day) is not */
  assert_flagged ("The coach crashed on the mountain road, killing nine elderly Britons on a tour of the region.",
                  "The coach crashed on the mountain road, killing seven elderly Britons on a tour of the region.",
                  PX_DIFFERENCE_NUMBER, "nine elderly Britons", "seven elderly Britons");
  assert_flagged ("The coach crashed on the mountain road, killing nine elderly Britons on a tour of the region.",
                  "The coach crashed on the mountain road, killing seven elderly people on a tour of the region.",
                  PX_DIFFERENCE_NUMBER, "nine elderly Britons", "seven elderly people");
  assert_flagged ("The car bomb left 12 wounded Monday in the crowded market, police said.",
                  "The car bomb left 15 wounded Monday in the crowded market, police said.",
                  PX_DIFFERENCE_NUMBER, "12 wounded", "15 wounded");
}

/* A place's population is one thing counted, however it is worded:
 * "home to about 100,000 people" against "has about 200,000 residents",
 * confidently where no two places are named; equal figures agree;
 * residents evacuated are no population.
 */
static void
test_number_population (void)
{
  assert_flagged ("The atoll, which is home to about 100,000 people, was struck by a second quake on Monday.",
                  "The atoll, which has about 200,000 residents, was struck by a second quake on Monday.",
                  PX_DIFFERENCE_NUMBER, "about 100,000 people", "about 200,000 residents");
  assert_not_flagged ("The island, which is home to about 120,000 people, was hit by a second quake on Monday.",
                      "The island, which has a population of 120,000, was hit by a second quake on Monday.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("About 200 residents of the island were evacuated after a second quake on Monday.",
                      "About 120,000 people of the island were shaken by a second quake on Monday.",
                      PX_DIFFERENCE_NUMBER);

  /* one place has one population: confident, unless each report names
   * its own place */
  {
    const char *texts[] = {
      "The market town, which is home to about 40,000 people, lost power for two days after the storm.",
      "The market town, which has about 60,000 residents, lost power for two days after the storm.",
    };
    const char *named[] = {
      "Galway, which is home to about 40,000 people, lost power for two days after the storm.",
      "Limerick, which has about 60,000 residents, lost power for two days after the storm.",
    };
    g_autoptr(PxComparison) c = compare_as_one_claim (texts, 2, (const guint[]) { 1, 1 });
    g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);
    g_autoptr(PxComparison) cn = compare_as_one_claim (named, 2, (const guint[]) { 1, 1 });
    g_autoptr(GPtrArray) found_named = of_kind (cn, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpfloat (px_difference_get_confidence (g_ptr_array_index (found, 0)), >=, 0.8);
    for (guint i = 0; i < found_named->len; i++)
      g_assert_cmpfloat (px_difference_get_confidence (g_ptr_array_index (found_named, i)), <, 0.8);
  }
  /* both name the one place: confident */
  {
    const char *texts[] = {
      "Galway, which is home to about 40,000 people, lost power for two days after the storm.",
      "Galway, which has about 60,000 residents, lost power for two days after the storm.",
    };
    g_autoptr(PxComparison) c = compare_as_one_claim (texts, 2, (const guint[]) { 1, 1 });
    g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpfloat (px_difference_get_confidence (g_ptr_array_index (found, 0)), >=, 0.8);
  }
}

/* A window that counts happenings ("the second in two days", "two
 * extensions in seven months") is no time between two ("one day after")
 * nor a thing's length ("a one-year extension"), and time in a role ("four seasons
 * as director of scouting") no answer to time with the team; one slot's
 * two lengths still differ.
 */
static void
test_number_window_and_role (void)
{
  assert_not_flagged ("The Ravens made the move just one day after placing top rusher Dante Hollis on injured reserve.",
                      "Okoro is the second tailback in two days put on injured reserve by the Ravens.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Ferrante spent four seasons as the club's director of scouting before he was promoted to vice "
                      "vice president of operations in 2009.",
                      "Ferrante has spent 21 seasons with the Comets and was promoted to vice president of operations in 2009.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("Ferrante has spent 21 seasons with the Comets and was promoted to vice president of operations in 2009.",
                  "Ferrante has spent 20 seasons with the Comets and was promoted to vice president of operations in 2009.",
                  PX_DIFFERENCE_NUMBER, "21 seasons", "20 seasons");

  /* a window a count is made in ("two new contract extensions in seven
   * months") is no contract's length ("a one-year contract extension") */
  assert_not_flagged ("Halvorsen rewarded Brooks with two new contract extensions in seven months, which would have kept him in charge "
                      "through the end of next season.",
                      "Halvorsen rewarded Brooks with a one-year contract extension that would have kept him in charge through the end "
                      "of next season.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("Halvorsen rewarded Brooks with two new contract extensions in seven months, which would have kept him in charge "
                  "through the end of next season.",
                  "Halvorsen rewarded Brooks with two new contract extensions in nine months, which would have kept him in charge "
                  "through the end of next season.",
                  PX_DIFFERENCE_NUMBER, "seven months", "nine months");
}

/* A count over a period it names ("three times since October") is no
 * answer to one over all time, unless it is above it: the part of the
 * whole since a date cannot outnumber the whole ("three previous
 * approaches since September" against "two earlier proposals"); two
 * counts since the same month differ, since two dates do not, and a
 * count told for a period of its own ("two times this year") is no whole.
 */
static void
test_number_since (void)
{
  assert_flagged ("The club turned down two earlier bids from the Italian side, the most recent worth 40 million euros.",
                  "The club had turned down three previous bids since January, the latest worth 40 million euros.",
                  PX_DIFFERENCE_NUMBER, "two earlier bids", "three previous bids");
  assert_not_flagged ("The club turned down five earlier bids from the Italian side, the most recent worth 40 million "
                      "euros.",
                      "The club had turned down three previous bids since January, the latest worth 40 million euros.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Police said Mendel had been arrested three times since October on charges of burglary and "
                      "resisting arrest.",
                      "Police said Mendel had been arrested five times since January on charges of burglary and "
                      "resisting arrest.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Police said Mendel had been arrested two times this year on charges of burglary and "
                      "resisting arrest.",
                      "Police said Mendel had been arrested three times since October on charges of burglary and "
                      "resisting arrest.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Police said Mendel had previously been arrested four separate times on charges of burglary and "
                      "resisting arrest.",
                      "Police said Mendel had been arrested three times since October on charges of burglary and "
                      "resisting arrest.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("Police said Mendel had been arrested four times since October on charges of burglary and "
                  "resisting arrest.",
                  "Police said Mendel had been arrested three times since October on charges of burglary and "
                  "resisting arrest.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
  /* a date that one report tells further is another date: "since
   * October" may be this October, "since October 2019" is not */
  assert_not_flagged ("Police said Mendel had been arrested three times since October, court records show.",
                      "Police said Mendel had been arrested five times since October 2019, court records show.",
                      PX_DIFFERENCE_NUMBER);
  /* a vague count since a date is no part to weigh against the whole */
  assert_not_flagged ("The club had turned down several previous bids since January, the latest worth 40 million "
                      "euros.",
                      "The club turned down two earlier bids from the Italian side, the most recent worth 40 million "
                      "euros.",
                      PX_DIFFERENCE_NUMBER);
}

/* A figure counted over a part of the happening ("in the first seven
 * minutes", "during a 15-2 run") fills another slot than the whole
 * game's; two figures of the whole game still differ.
 */
static void
test_number_part (void)
{
  assert_not_flagged ("Tanaka scored 23 points as the Hornets beat Northfield 78-70 in the semifinals on Friday.",
                      "Tanaka had 10 points in the first seven minutes as the Hornets beat Northfield 78-70 in the semifinals on Friday.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Tanaka scored 23 points as the Hornets beat Northfield 78-70 in the semifinals on Friday.",
                      "Tanaka had five points during a decisive 12-0 run as the Hornets beat Northfield 78-70 in the semifinals on Friday.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Tanaka scored 23 points as the Hornets beat Northfield 78-70 in the semifinals on Friday.",
                      "Tanaka had 12 points in the second half of the game as the Hornets beat Northfield 78-70 in the semifinals on Friday.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("Tanaka scored 23 points as the Hornets beat Northfield 78-70 in the semifinals on Friday.",
                  "Tanaka scored 21 points as the Hornets beat Northfield 78-70 in the semifinals on Friday.",
                  PX_DIFFERENCE_NUMBER, "23 points", "21 points");
  /* a half of the calendar dates a figure; it is no part of a game */
  assert_flagged ("The Bank forecast that inflation would climb to 2.75% next year, up from 1.7% in September.",
                  "The central bank forecast inflation would rise to 2.5% in the second half of next year.",
                  PX_DIFFERENCE_NUMBER, "2.75%", "2.5%");
}

/* A report whose sentence gives both dates ("found March 9, but ... died
 * March 6") is on neither side of a difference over the day of the death;
 * two reports that give two days still differ.
 */
static void
test_time_says_both (void)
{
  const char *texts[] = {
    "His body was found by a cleaner on March 9, but the district coroner said he believed Varga died March 6.",
    "The district coroner believes Varga died Thursday, March 6, 2008, of natural causes.",
    "The district coroner believes Varga died Friday, March 7, 2008, of natural causes.",
  };
  g_autoptr(PxComparison) c = compare_texts (texts, 3);
  g_autoptr(GPtrArray) times = of_kind (c, PX_DIFFERENCE_TIME);
  PxDifference *difference;

  g_assert_cmpuint (times->len, ==, 1);
  difference = g_ptr_array_index (times, 0);
  g_assert_cmpuint (px_difference_get_n_sides (difference), ==, 2);
  g_assert_null (px_difference_get_value (difference, 0));
  g_assert_cmpstr (px_difference_get_value (difference, 1), ==, "Thursday, March 6, 2008");
  g_assert_cmpstr (px_difference_get_value (difference, 2), ==, "Friday, March 7, 2008");
}

/* A name in quotation marks after "known as the" gives the name; it
 * does not doubt it: no hedging against an outlet that writes it plainly.
 */
static void
test_hedging_not_a_name (void)
{
  assert_not_flagged ("Okafor was known as the “bagman” who carried the cash to keep the clerks silent, court papers show.",
                      "Okafor was the bagman who carried the cash to keep the clerks silent, court papers show.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("Okafor, known as a “fixer” in the campaign, carried the cash to keep the clerks silent.",
                      "Okafor, a fixer in the campaign, carried the cash to keep the clerks silent.",
                      PX_DIFFERENCE_HEDGING);
}

/* The words a plain statement shares with the others are highlighted as
 * whole words: a shared compound's first part that is not itself shared
 * ("16" of "16-year-old") still belongs to the highlight, which never
 * starts or ends inside a word.
 */
static void
test_hedging_span_whole_words (void)
{
  const char *texts[] = {
    "After the death of 16-year-old Jalen Moss, protests have erupted in his Brooklyn neighborhood.",
    "Protests have erupted in Brooklyn since police shot 16-year-old Jalen Moss, activists claimed.",
  };
  g_autoptr(PxComparison) c = compare_texts (texts, 2);
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_HEDGING);
  guint n_spans;
  const PxTextSpan *spans;
  gboolean plain_seen = FALSE;

  g_assert_cmpuint (found->len, ==, 1);
  spans = px_difference_get_spans (g_ptr_array_index (found, 0), &n_spans);
  for (guint i = 0; i < n_spans; i++)
    {
      g_autofree char *text = px_comparison_dup_sentence_text (c, spans[i].source, spans[i].sentence);
      g_autofree char *words = g_strndup (text + spans[i].start, spans[i].end - spans[i].start);

      g_test_message ("span of %u: %s", spans[i].source, words);
      g_assert_true (spans[i].start == 0 || !g_ascii_isalnum (text[spans[i].start - 1]));
      g_assert_true (spans[i].start == 0 || text[spans[i].start - 1] != '-');
      g_assert_true (text[spans[i].end] == '\0' || !g_ascii_isalnum (text[spans[i].end]));
      if (spans[i].source == 0)
        {
          g_assert_true (g_str_has_prefix (words, "16-year-old"));
          plain_seen = TRUE;
        }
    }
  g_assert_true (plain_seen);
}

/* A verb of claiming doubts only what the other outlet states: its
 * clause's verb and a word more. "have claimed another coach" doubts no
 * firing; "claimed that Ukraine fired 91 drones" doubts the firing.
 */
static void
test_hedging_claimed_what (void)
{
  assert_not_flagged ("The Western Conference standings have claimed another coach, with Portland head man "
                      "Gus Varney joining the lengthening list of coaches who are out of work.",
                      "Gus Varney is out as Portland head coach, the fifth coach to be fired this season.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("Russia claimed that Ukraine fired 91 drones at the state residence in the Novgorod region overnight.",
                  "Ukraine fired 91 drones at the state residence in the Novgorod region overnight.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
  assert_flagged ("Ukraine fired 91 drones at the state residence in the Novgorod region overnight, Russia claimed.",
                  "Ukraine fired 91 drones at the state residence in the Novgorod region overnight.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
}

/* A claim before "that", the verb ("stations claim that") or the noun
 * ("allegations that"), makes what follows someone's claim: an outlet
 * that states it plainly differs. A relative clause after the noun tells
 * of the allegations, which both outlets then report alike.
 */
static void
test_hedging_claim_that (void)
{
  assert_flagged ("Several radio stations claim that the fire at the bank branch on Harbour Street was started by protesters throwing petrol bombs.",
                  "The fire at the bank branch on Harbour Street was started by protesters throwing petrol bombs.",
                  PX_DIFFERENCE_HEDGING, "“claim that”", "stated as fact");
  assert_flagged ("The family rejects police allegations that the teenager fired first at the two officers outside the station.",
                  "The teenager fired first at the two officers outside the station on Saturday night.",
                  PX_DIFFERENCE_HEDGING, NULL, "stated as fact");
  assert_not_flagged ("Allegations that surfaced on Monday about the club's accounts were passed to the league by the auditors.",
                      "Allegations about the club's accounts surfaced on Monday and were passed to the league.",
                      PX_DIFFERENCE_HEDGING);
}

/* An adverb of doubt reaches a verb joined to the one it stands before:
 * "allegedly shot and killed two colleagues" doubts the killing as
 * "allegedly shot three colleagues, killing two" does; without it the
 * killing is stated.
 */
static void
test_hedging_joined_verbs (void)
{
  assert_not_flagged ("The man who allegedly shot and killed two colleagues at the bottling plant in Toledo will "
                      "face trial on murder charges.",
                      "The man who allegedly shot three colleagues, killing two, at the bottling plant in Toledo "
                      "will face trial on murder charges.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("The man who shot and killed two colleagues at the bottling plant in Toledo will face trial on "
                  "murder charges.",
                  "The man who allegedly shot three colleagues, killing two, at the bottling plant in Toledo will "
                  "face trial on murder charges.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
  /* the killing is doubted too: a report that states it is plain */
  assert_flagged ("Two years ago, a bottling plant worker killed two colleagues in Toledo during a rampage on the night shift.",
                  "The trial of the bottling plant worker who allegedly shot and killed two colleagues in Toledo two years ago opens on Monday.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
}

/* A report that carries its own word of doubt over the act ("police
 * allegations that he pointed a gun", "the man accused of killing") does
 * not state it as fact against one that writes "allegedly"; the same
 * report without that word does. A noun of doubt over another act
 * ("allegations of abuse") leaves the doubted act stated.
 */
static void
test_hedging_own_doubt_noun (void)
{
  assert_not_flagged ("Many in the neighbourhood contest police allegations that the teenager pointed a gun at the two officers who shot him on Saturday night.",
                      "Two officers shot the teenager on Saturday night after he allegedly pointed a gun at them.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("Two officers shot the teenager on Saturday night after he pointed a gun at them, and many in the neighbourhood are angry.",
                  "Two officers shot the teenager on Saturday night after he allegedly pointed a gun at them.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", NULL);
  assert_not_flagged ("The man accused of killing two colleagues at the bottling plant in Toledo was charged with murder on Friday.",
                      "The man who allegedly killed two colleagues at the bottling plant in Toledo was charged with murder on Friday.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("The man who killed two colleagues at the bottling plant in Toledo was charged with murder on Friday.",
                  "The man who allegedly killed two colleagues at the bottling plant in Toledo was charged with murder on Friday.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", NULL);
  assert_flagged ("Two officers shot the teenager, who faced allegations of theft, on Saturday night after he pointed a gun at them.",
                  "Two officers shot the teenager on Saturday night after he allegedly pointed a gun at them.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", NULL);
}

/* Hedging is doubt or distance: a plain statement against "claimed,
 * without evidence"; "said" against "claimed without evidence" too, since
 * the second outlet doubts the evidence in its own voice.
 */
static void
test_hedging_is_doubt (void)
{
  assert_flagged ("Police used tear gas on the crowd outside the ministry in Tbilisi on Saturday.",
                  "Police allegedly used tear gas on the crowd outside the ministry in Tbilisi on Saturday.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“allegedly”");
  assert_flagged ("The prime minister said foreign agents had organised the protests outside parliament.",
                  "The prime minister claimed, without offering evidence, that foreign agents had organised the protests outside parliament.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
}

/* A doubt of the evidence set off at a sentence's end ("..., without
 * providing evidence") doubts the whole statement before it; two outlets
 * that both doubt it, or one that doubts another statement, differ in
 * nothing.
 */
static void
test_hedging_trailing_evidence (void)
{
  assert_flagged ("The interior minister said the protests outside parliament were organised by foreign-funded groups.",
                  "The interior minister accused foreign-funded groups of organising the protests outside parliament, without providing evidence.",
                  PX_DIFFERENCE_HEDGING, "“said”", "“without providing evidence”");
  assert_flagged ("The protests outside parliament were organised by foreign-funded groups.",
                  "The interior minister accused foreign-funded groups of organising the protests outside parliament, without offering evidence.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", NULL);
  assert_not_flagged ("The interior minister blamed foreign-funded groups for the protests outside parliament, without providing evidence.",
                      "The interior minister accused foreign-funded groups of organising the protests outside parliament, without providing evidence.",
                      PX_DIFFERENCE_HEDGING);
  /* the doubt is of the minister's second statement, the other outlet's
   * first is what they share */
  assert_not_flagged ("The interior minister said on Monday that the protests outside parliament had ended.",
                      "The interior minister said on Monday that the protests outside parliament had ended, and blamed foreign-funded groups for them, without providing evidence.",
                      PX_DIFFERENCE_HEDGING);
}

/* Not knowing whether something happened is doubt against an outlet that
 * says it did, of the same one; not against another verb, another
 * subject, or a denial.
 */
static void
test_hedging_unknown_whether (void)
{
  assert_flagged ("A flare was thrown from the home end towards the assistant referee Jonas Albrecht, though it was unclear whether he was hit.",
                  "A flare was thrown from the home end and the assistant referee Jonas Albrecht was hit on the head.",
                  PX_DIFFERENCE_HEDGING, NULL, "stated as fact");
  assert_flagged ("The bridge over the river was closed on Monday, and it was not immediately known whether the ferry had resumed service.",
                  "The bridge over the river was closed on Monday, and the ferry resumed service in the afternoon.",
                  PX_DIFFERENCE_HEDGING, NULL, "stated as fact");
  /* another act */
  assert_not_flagged ("A flare was thrown from the home end towards the assistant referee Jonas Albrecht; it was unclear whether the game would be replayed.",
                      "A flare was thrown from the home end towards the assistant referee Jonas Albrecht and the game was abandoned.",
                      PX_DIFFERENCE_HEDGING);
  /* another subject */
  assert_not_flagged ("A flare was thrown from the home end towards the assistant referee Jonas Albrecht; it was unclear whether any fans were hurt.",
                      "A flare was thrown from the home end and the assistant referee Jonas Albrecht was hurt.",
                      PX_DIFFERENCE_HEDGING);
  /* "they" are not whoever shares a word with the sentence */
  assert_not_flagged ("Riot police stood by the stadium gates when the flare landed, and it was unclear whether they were hurt.",
                      "A steward standing by the stadium gates was hurt when the flare landed.",
                      PX_DIFFERENCE_HEDGING);
  /* a denial states nothing happened */
  assert_not_flagged ("A flare was thrown from the home end towards the assistant referee Jonas Albrecht, though it was unclear whether he was hit.",
                      "A flare was thrown from the home end towards the assistant referee Jonas Albrecht, who was not hit.",
                      PX_DIFFERENCE_HEDGING);
  /* what is not known is another act: a hearing both name is a thing,
   * not something done, so it is no act the doubt shares */
  assert_not_flagged ("The striker Tom Reyes was banned for three matches on Monday following a disciplinary hearing into the incident at the stadium.",
                      "It is unclear whether the striker Tom Reyes used his provocation defence in his initial hearing into the incident at the stadium on Monday.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The striker Tom Reyes was banned for three matches on Monday following the hearing into the incident at the stadium.",
                      "It is unclear whether the striker Tom Reyes used his provocation defence in the hearing into the incident at the stadium on Monday.",
                      PX_DIFFERENCE_HEDGING);
}

/* Not knowing what caused it is doubt against an outlet that states the
 * cause; not knowing something else, or both not knowing, is none.
 */
static void
test_hedging_unknown_cause (void)
{
  assert_flagged ("The former bureau chief, who suffered from heart failure, died at his home on Thursday, but the exact cause of his death was not immediately known.",
                  "The former bureau chief died at his home on Thursday from heart failure.",
                  PX_DIFFERENCE_HEDGING, "“not immediately known”", "stated as fact");
  assert_flagged ("The chapel on the hill was badly damaged by arson on Friday night, the second fire there this year.",
                  "The chapel on the hill was badly damaged by fire on Friday night, and investigators had no idea what caused it.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", NULL);
  /* a speaker's doubt counts too */
  assert_flagged ("The chapel on the hill was badly damaged by arson on Friday night, the second fire there this year.",
                  "“We have no idea what caused this,” the pastor said after the chapel on the hill was badly damaged by fire on Friday night.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", NULL);
  assert_flagged ("It was not immediately known how many workers were inside the office block when the fire broke out on Sunday.",
                  "Five workers were inside the office block when the fire broke out on Sunday.",
                  PX_DIFFERENCE_HEDGING, NULL, "stated as fact");
  /* the cause told by its doer; not one it doubts */
  assert_flagged ("The chapel on the hill was nearly destroyed by arsonists on Friday night.",
                  "“We have no idea what caused this,” the pastor said after the chapel on the hill was badly damaged by fire on Friday night.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", NULL);
  assert_not_flagged ("The chapel on the hill was nearly destroyed by suspected arsonists on Friday night.",
                      "“We have no idea what caused this,” the pastor said after the chapel on the hill was badly damaged by fire on Friday night.",
                      PX_DIFFERENCE_HEDGING);
  /* the fire is not in doubt, only its cause, which the other does not state */
  assert_not_flagged ("The chapel on the hill was badly damaged by fire on Friday night and the cause was not immediately known.",
                      "The chapel on the hill was badly damaged by fire on Friday night, and investigators are looking into whether it was caused by arson.",
                      G_MAXINT);
  assert_not_flagged ("The former bureau chief died at his home on Thursday at the age of 95; the cause of his death was not immediately known.",
                      "The former bureau chief died at his home on Thursday at the age of 95, his family said.",
                      PX_DIFFERENCE_HEDGING);
  /* a cause not given is a cause not known */
  assert_flagged ("The former boss died at the prison hospital on Tuesday, and officials there did not provide a cause of death.",
                  "The former boss died of heart failure at the prison hospital on Tuesday.",
                  PX_DIFFERENCE_HEDGING, "“did not provide”", "stated as fact");
  /* both say the cause is not known */
  assert_not_flagged ("Officials at the prison hospital where the former boss died did not provide any cause of death, though they noted that he suffered from heart disease.",
                      "The cause of the former boss's death at the prison hospital was not immediately known, but his lawyer said he had a history of heart disease.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The chapel on the hill was badly damaged by fire on Friday night; investigators said the cause was not immediately known.",
                      "The chapel on the hill was badly damaged by fire on Friday night, and it was not immediately known what caused it.",
                      G_MAXINT);
}

/* What one outlet knows and the other says is not known differs even when
 * the knowing outlet gives it to someone else: a newspaper, a spokesman.
 * Someone's word on another thing is still none.
 */
static void
test_hedging_unknown_against_attributed (void)
{
  assert_flagged ("The former bureau chief died at his home on Thursday, but the exact cause of his death was not immediately known.",
                  "The former bureau chief died at his home on Thursday from heart failure, the local newspaper reported.",
                  PX_DIFFERENCE_HEDGING, "“not immediately known”", "“reported”");
  assert_flagged ("“We have no idea what caused this,” the pastor said after the chapel on the hill was badly damaged by fire on Friday night.",
                  "The chapel on the hill was badly damaged by arson on Friday night, the fire chief said.",
                  PX_DIFFERENCE_HEDGING, NULL, "“said”");
  assert_flagged ("A spokesman said it was not immediately known how many workers were inside the office block when the fire broke out on Sunday.",
                  "Five workers were inside the office block when the fire broke out on Sunday, a fire brigade spokesman said.",
                  PX_DIFFERENCE_HEDGING, NULL, "“said”");
  /* the speaker gives no cause: his word is not what the other does not know */
  assert_not_flagged ("The former bureau chief died at his home on Thursday, but the exact cause of his death was not immediately known.",
                      "The former bureau chief died at his home on Thursday at the age of 95, the local newspaper reported.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The chapel on the hill was badly damaged by fire on Friday night; the cause was not immediately known.",
                      "The chapel on the hill was badly damaged by fire on Friday night, the fire chief said, adding that the cause was under investigation.",
                      PX_DIFFERENCE_HEDGING);
}

/* A doubting word before a thing the other outlet names plainly:
 * "suspected arson" against "damaged by arson"; two doubting words
 * ("suspected", "alleged") are one side of the doubt, and so is a cause
 * suspected in other words ("possible arson"); "possible" after a verb
 * ("as soon as possible") doubts nothing.
 */
static void
test_hedging_qualified_noun (void)
{
  assert_flagged ("The church in Millbrook was badly damaged by arson on Friday night during a crafts evening.",
                  "The church in Millbrook was badly damaged by suspected arson on Friday night during a crafts evening.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“suspected”");
  assert_not_flagged ("The church in Millbrook was badly damaged by suspected arson on Friday night during a crafts evening.",
                      "The church in Millbrook was badly damaged by alleged arson on Friday night during a crafts evening.",
                      PX_DIFFERENCE_HEDGING);
  /* a cause suspected in other words is the same side of the doubt */
  assert_not_flagged ("The empty grain store by the canal was gutted by suspected arson late on Sunday.",
                      "The empty grain store by the canal was gutted by possible arson late on Sunday.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("The empty grain store by the canal was gutted by arson late on Sunday.",
                  "The empty grain store by the canal was gutted by possible arson late on Sunday.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", NULL);
  assert_not_flagged ("Investigators reopened the church in Millbrook as soon as possible after the fire on Friday.",
                      "Investigators reopened the church in Millbrook after the fire on Friday.",
                      PX_DIFFERENCE_HEDGING);
  /* after an owner's it doubts the thing named, up to a preposition,
   * not the whole sentence: the trip both state plainly is no doubted
   * act, nor is "towards" */
  assert_not_flagged ("As the Premier of Varenia prepared to leave for a week-long trip to the coast designed to calm the region, "
                      "his spokesman condemned Ostland's alleged menacing moves toward two patrol boats.",
                      "The week-long trip of the Premier of Varenia to the coast is designed to calm the region, "
                      "and he will travel openly from the capital to the islands towards the patrol zone.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("Satellites recorded Ostland's military drills near the border on Sunday.",
                  "Satellites recorded Ostland's alleged drills near the border on Sunday.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“alleged”");
  /* "it's alleged" is a verb after "is": it doubts the leak */
  assert_flagged ("Ministry staff leaked the draft budget to reporters on Monday.",
                  "It's alleged insiders leaked the draft budget to reporters on Monday.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", NULL);
}

/* A doubting adjective past another adjective of its noun phrase still
 * doubts the noun ("one of the key suspected gang leaders", "her four
 * alleged accomplices"); a noun before "suspected" makes it the
 * verb ("the detectives suspected smugglers"), read as before.
 */
static void
test_hedging_qualified_noun_past_adjective (void)
{
  assert_flagged ("One of the gang leaders held in dawn raids across Marwick on Tuesday hanged himself in his cell at Marwick prison.",
                  "One of the key suspected gang leaders held in dawn raids across Marwick on Tuesday hanged himself in his cell at Marwick prison.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“suspected”");
  assert_flagged ("Her four accomplices were arrested at the port of Selden on Friday as they boarded a ferry to the islands.",
                  "Her four alleged accomplices were arrested at the port of Selden on Friday as they boarded a ferry to the islands.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“alleged”");
  /* both doubt the leaders */
  assert_not_flagged ("One of the key suspected gang leaders held in dawn raids across Marwick on Tuesday hanged himself in his cell.",
                      "One of the alleged gang leaders held in dawn raids across Marwick on Tuesday hanged himself in his cell.",
                      PX_DIFFERENCE_HEDGING);
  /* a noun WordNet has as no adjective before "suspected" makes it the
   * verb, read as before: no doubting adjective */
  assert_not_flagged ("The detectives suspected smugglers at the old pier in Selden on Friday night.",
                      "Smugglers were at the old pier in Selden on Friday night.",
                      PX_DIFFERENCE_HEDGING);
}

/* "may have", "might have" suppose what happened: doubt in the outlet's
 * own voice ("the brakes may have failed" against "the brakes failed"),
 * not an obligation ("might have to sell") nor what would have happened
 * under a condition ("might have lived had ...").
 */
static void
test_hedging_supposed (void)
{
  assert_flagged ("The brakes of the small jet failed as it touched down on the wet runway at Kessling.",
                  "The brakes of the small jet may have failed as it touched down on the wet runway at Kessling.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“may have”");
  assert_not_flagged ("The club will sell its veteran striker to balance its books before the summer window closes.",
                      "The club might have to sell its veteran striker to balance its books before the summer window closes.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The night guard was shot at the north gate of the depot while his partner was away on Friday.",
                      "The night guard might have lived had his partner been with him at the north gate of the depot on Friday.",
                      PX_DIFFERENCE_HEDGING);
}

/* Where someone died, by the kind of place told right after "died" (a
 * home, a hospice, a hospital, a care home, the scene), and of what: the
 * first place after "at" or "in" ("at a hospice near his home" is a
 * hospice), the cause after "of" or "from" (its words that name a cause;
 * "of his injuries" names none). One kind of place in other words, or
 * causes sharing a word, agree.
 */
static void
test_death_place_and_cause (void)
{
  assert_flagged ("Harold Penwick, the former mayor of Dunmore, died on Sunday at a hospice near his home in Dunmore, his family said.",
                  "Harold Penwick, the former mayor of Dunmore, died on Sunday at his home in Dunmore, his family said.",
                  PX_DIFFERENCE_ENTITY, "at a hospice", "at his home");
  assert_not_flagged ("Harold Penwick, the former mayor of Dunmore, died on Sunday at his house in Dunmore, his family said.",
                      "Harold Penwick, the former mayor of Dunmore, died on Sunday at his home in Dunmore, his family said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("Harold Penwick, the former mayor of Dunmore, died in hospital on Sunday, his family said.",
                      "Harold Penwick, the former mayor of Dunmore, died on Sunday at Dunmore General Hospital, his family said.",
                      PX_DIFFERENCE_ENTITY);
  assert_flagged ("Harold Penwick, the former mayor of Dunmore, died of lung cancer on Sunday, his family said.",
                  "Harold Penwick, the former mayor of Dunmore, died from a stroke on Sunday, his family said.",
                  PX_DIFFERENCE_CONTRADICTION, "of lung cancer", "from a stroke");
  assert_not_flagged ("Harold Penwick, the former mayor of Dunmore, died of cancer on Sunday, his family said.",
                      "Harold Penwick, the former mayor of Dunmore, died of lung cancer on Sunday, his family said.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("Harold Penwick, the former mayor of Dunmore, died of complications on Sunday, his family said.",
                      "Harold Penwick, the former mayor of Dunmore, died of lung cancer on Sunday, his family said.",
                      PX_DIFFERENCE_CONTRADICTION);
}

/* A participle set off after a doubted act tells how that act went and
 * is doubted with it: "allegedly shot four co-workers — killing two"
 * doubts the killing that another outlet states plainly (before, the
 * doubt stopped at the dash or the comma). An outlet that doubts the act
 * too is on the same side.
 */
static void
test_hedging_participle (void)
{
  const char *plain = "A former warehouse worker opened fire at a depot in Leeds on Monday night, killing two co-workers.";

  assert_flagged (plain,
                  "A former warehouse worker who allegedly shot four co-workers \u2014 killing two \u2014 at a depot in Leeds on Monday night has been charged with murder.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“allegedly”");
  assert_flagged (plain,
                  "A former warehouse worker who allegedly shot four co-workers, killing two, at a depot in Leeds on Monday night has been charged with murder.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“allegedly”");
  assert_not_flagged ("A former warehouse worker allegedly opened fire at a depot in Leeds on Monday night, killing two co-workers.",
                      "A former warehouse worker who allegedly shot four co-workers \u2014 killing two \u2014 at a depot in Leeds on Monday night has been charged with murder.",
                      PX_DIFFERENCE_HEDGING);
}

/* An outlet that gives other sentences of the claim to a speaker but
 * states the doubted act in its own voice ("a fire that was deliberately
 * set") is the plain side against "may have been set by an arsonist".
 */
static void
test_hedging_plain_beside_attributed (void)
{
  g_autoptr(PxComparison) c = compare_pair (
    "A fire that caused more than $2 million in damage to the mayor's chapel in Millbrook may have been set by an arsonist, investigators say.",
    "The mayor's chapel in Millbrook received an estimated $2 million in damage from a fire that was deliberately set on Friday night. "
    "A spokesman for the mayor said the mayor was sorry if the fire that damaged her chapel in Millbrook was linked to the attention the chapel had received.");
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_HEDGING);
  PxDifference *difference;

  g_assert_cmpuint (found->len, ==, 1);
  difference = g_ptr_array_index (found, 0);
  g_assert_cmpstr (px_difference_get_value (difference, 0), ==, "“may have been”");
  g_assert_cmpstr (px_difference_get_value (difference, 1), ==, "stated as fact");
  /* a plain sentence of another act is no plain side */
  {
    g_autoptr(PxComparison) other = compare_pair (
      "A fire that caused more than $2 million in damage to the mayor's chapel in Millbrook may have been set by an arsonist, investigators say.",
      "The mayor's chapel in Millbrook received an estimated $2 million in damage from a fire on Friday night. "
      "A spokesman for the mayor said the mayor was sorry if the fire that damaged her chapel in Millbrook was linked to the attention the chapel had received.");
    g_autoptr(GPtrArray) none = of_kind (other, PX_DIFFERENCE_HEDGING);

    g_assert_cmpuint (none->len, ==, 0);
  }
}

/* One plain word in quotation marks that nobody is said to have said,
 * around what the other outlet states plainly; not a name given, nor the
 * words of a question quoted.
 */
static void
test_hedging_scare_quotes (void)
{
  assert_flagged ("A “suspicious” fire gutted the chapel attended by the mayor on Friday night in Millbrook.",
                  "A suspicious fire gutted the chapel attended by the mayor on Friday night in Millbrook.",
                  PX_DIFFERENCE_HEDGING, "“suspicious”", "stated as fact");
  assert_not_flagged ("The congressman grabbed the self-identified “student” on the sidewalk near the Capitol on Monday.",
                      "The congressman grabbed the student on the sidewalk near the Capitol on Monday.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The young man asked the congressman whether he supported the “agenda” on the sidewalk on Monday.",
                      "The young man asked the congressman whether he supported the agenda on the sidewalk on Monday.",
                      PX_DIFFERENCE_HEDGING);
}

/* "said" against "alleged": both report someone's allegation. */
static void
test_hedging_not_between_attributions (void)
{
  assert_not_flagged ("Lawmakers said protesters shouted slurs at them outside the Capitol on Saturday.",
                      "Protesters allegedly shouted slurs at lawmakers outside the Capitol on Saturday, lawmakers said.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("Opposition leaders said the election commission had falsified the count in three districts.",
                      "Opposition leaders claimed the election commission had falsified the count in three districts.",
                      PX_DIFFERENCE_HEDGING);
}

/* Attribution is its own, quiet kind: a plain statement against one
 * that has it from people it does not name; never hedging.
 */
static void
test_attribution_kind (void)
{
  g_autoptr(PxComparison) c = compare_pair (
    "One option was a seat on the intelligence advisory board of the president.",
    "One option was a seat on the intelligence advisory board of the president, people briefed on the matter said.");
  g_autoptr(GPtrArray) attribution = of_kind (c, PX_DIFFERENCE_ATTRIBUTION);
  g_autoptr(GPtrArray) hedging = of_kind (c, PX_DIFFERENCE_HEDGING);
  PxDifference *difference;

  g_assert_cmpuint (attribution->len, ==, 1);
  g_assert_cmpuint (hedging->len, ==, 0);
  difference = g_ptr_array_index (attribution, 0);
  g_assert_cmpstr (px_difference_get_value (difference, 0), ==, "stated as fact");
  g_assert_cmpstr (px_difference_get_value (difference, 1), ==, "“said”");
  /* quiet: below what the window shows by default */
  g_assert_false (px_difference_is_confident (difference));
  g_assert_cmpstr (px_difference_kind_to_string (PX_DIFFERENCE_ATTRIBUTION), ==, "attribution");
}

/* A named speaker's word against a plain statement is shown when the
 * claim is in dispute: here the outlets give different figures for it.
 */
static void
test_attribution_contested (void)
{
  g_autoptr(PxComparison) c = compare_pair (
    "Ukraine launched 91 long-range drones at the state residence in the Novgorod region overnight.",
    "Foreign Minister Sergei Lavrov said Ukraine launched 90 long-range drones at the state residence in the Novgorod region overnight.");
  g_autoptr(GPtrArray) attribution = of_kind (c, PX_DIFFERENCE_ATTRIBUTION);

  g_assert_cmpuint (attribution->len, ==, 1);
  /* undisputed: ordinary sourcing */
  assert_not_flagged ("Ukraine launched 91 long-range drones at the state residence in the Novgorod region overnight.",
                      "Foreign Minister Sergei Lavrov said Ukraine launched 91 long-range drones at the state residence in the Novgorod region overnight.",
                      PX_DIFFERENCE_ATTRIBUTION);
}

/* The accusing side's word is an allegation: an outlet that states as
 * fact what another gives to prosecutors differs from it, named or not;
 * both giving it to them, or a court's finding, or prosecutors named as
 * what they did (not as who says it), is no difference.
 */
static void
test_attribution_accuser (void)
{
  assert_flagged ("The bribes were paid through shell companies in Panama and Belize, prosecutors said.",
                  "The bribes were paid through shell companies in Panama and Belize.",
                  PX_DIFFERENCE_ATTRIBUTION, "“said”", "stated as fact");
  assert_flagged ("According to Moldovan prosecutors, the Unity Bloc is financed by Viktor Grama, a businessman who fled to Russia.",
                  "The Unity Bloc is financed by Viktor Grama, a fugitive businessman who lives in Moscow.",
                  PX_DIFFERENCE_ATTRIBUTION, NULL, "stated as fact");
  assert_not_flagged ("The bribes were paid through shell companies in Panama and Belize, prosecutors said.",
                      "Prosecutors said the bribes were paid through shell companies in Panama and Belize.",
                      PX_DIFFERENCE_ATTRIBUTION);
  /* the plain outlet states the charges, not the killing alleged */
  {
    const char *texts[] = {
      "The Fall Haven man arrested last night killed his mother and his former girlfriend, according to police and prosecutors. "
      "Neil Fensom, 41, of Fall Haven, has a lengthy record of domestic abuse.",
      "Neil Fensom, 41, of Fall Haven, who has a lengthy record of domestic abuse, will face murder charges after the bodies of two women were found.",
    };
    const guint n_sentences[] = { 2, 1 };
    g_autoptr(PxComparison) c = compare_as_one_claim (texts, 2, n_sentences);
    g_autoptr(GPtrArray) attribution = of_kind (c, PX_DIFFERENCE_ATTRIBUTION);

    g_assert_cmpuint (attribution->len, ==, 0);
  }
  assert_not_flagged ("The bribes were paid through shell companies in Panama and Belize, the court found.",
                      "The bribes were paid through shell companies in Panama and Belize.",
                      PX_DIFFERENCE_ATTRIBUTION);
  assert_not_flagged ("The former minister was sentenced to 15 years in prison on Tuesday, the court said, though prosecutors had sought 18 years.",
                      "The former minister was sentenced to 15 years in prison on Tuesday.",
                      PX_DIFFERENCE_ATTRIBUTION);
}

/* A speaker's own act or announcement, which the plain outlet names, is
 * not an attribution worth showing, nor is a named speaker's word or
 * "officials said"; a common noun next to a name ("Tokyo, witnesses
 * said") is not the name's.
 */
static void
test_attribution_own_announcement (void)
{
  assert_not_flagged ("The government suspended talks on joining the European Union until 2028.",
                      "The government announced it would suspend talks on joining the European Union until 2028.",
                      PX_DIFFERENCE_ATTRIBUTION);
  assert_not_flagged ("Twelve police officers were injured in the clashes outside parliament.",
                      "Twelve police officers were injured in the clashes outside parliament, the interior ministry said.",
                      PX_DIFFERENCE_ATTRIBUTION);
  assert_not_flagged ("The quake killed 10 people and flattened seven villages in the south of the country.",
                      "The quake killed 10 people and flattened seven villages in the south of the country, officials said.",
                      PX_DIFFERENCE_ATTRIBUTION);
  /* "said" then the figure is not a speaker: "Police said at least three people" */
  assert_not_flagged ("At least four people, a woman and three men, died in the petrol-bomb attack on the bank.",
                      "Police said at least four people, a woman and three men, died in the petrol-bomb attack on the bank.",
                      PX_DIFFERENCE_ATTRIBUTION);
  assert_flagged ("The quake was felt as far away as Tokyo.",
                  "The quake was felt as far away as Tokyo, witnesses said.",
                  PX_DIFFERENCE_ATTRIBUTION, "stated as fact", "“said”");
}

/* Opposite words contradict only when said of one subject: two players'
 * games missed are no contradiction; one player's are, named alike.
 */
static void
test_contradiction_same_subject (void)
{
  assert_not_flagged ("Defensive end Kyle Vanden Bosch will miss the last two games of the regular season because of a "
                      "neck injury, the Lions said.",
                      "Defensive end James Harrison, who had not missed a game all season, was inactive for the last game "
                      "of the regular season because of a neck injury, the Lions said.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_flagged ("Quarterback Tom Brady did not miss a game this season despite a sore shoulder, the Patriots said.",
                  "Quarterback Tom Brady, who missed a game this season with a sore shoulder, will start on Sunday, the "
                  "Patriots said.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
}

/* "no" denies the verb after its noun, not a gerund that names a thing:
 * "no smoke in the cabin before the emergency landing" denies no landing.
 */
static void
test_contradiction_no_gerund (void)
{
  assert_not_flagged ("The pilot reported no smoke in the cabin before the emergency landing at Heathrow.",
                      "The pilot reported smoke in the cockpit before the emergency landing at Heathrow.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_flagged ("No fire was burning when the crew reached the cockpit after the landing.",
                  "A fire was burning when the crew reached the cockpit after the landing.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
}

/* A negation contradicts an assertion in the same slot. */
/* Someone who declined to comment in one report and said something in
 * another: the same one, named before each; not someone else's word, and
 * a refusal states nothing as fact.
 */
static void
test_contradiction_refusal (void)
{
  const char *refused = "The port's largest shareholder, Harlow Capital, which holds 12% of the company, declined to comment.";

  assert_flagged (refused,
                  "The port's largest shareholder, Harlow Capital, which owns 12% of the company, said it would back the bid.",
                  PX_DIFFERENCE_CONTRADICTION, "declined to comment", "said");
  assert_not_flagged (refused,
                      "The port's largest shareholder, Harlow Capital, which owns 12% of the company, declined to comment on the bid.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* the company's chairman speaks, not the shareholder */
  assert_not_flagged (refused,
                      "The port's largest shareholder is Harlow Capital, with 12% of the company, chairman Tom Reyes said.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged (refused,
                      "The port's largest shareholder, Harlow Capital, which owns 12% of the company, said it would back the bid.",
                      PX_DIFFERENCE_ATTRIBUTION);
}

/* A negation that supposes denies nothing that happened: a condition, a
 * counterfactual, a modal's consequence of a condition. A plain denial
 * beside them is still one, and an "if" that asks ("would not say if")
 * supposes nothing.
 */
static void
test_contradiction_supposed (void)
{
  const char *placed = "Payton said the Saints placed Bush on injured reserve on Tuesday after the loss to Dallas.";

  assert_flagged (placed,
                  "Payton said the Saints did not place Bush on injured reserve on Tuesday after the loss to Dallas.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
  /* a modal perfect with a condition */
  assert_not_flagged (placed,
                      "Payton said the Saints would not have placed Bush on injured reserve on Tuesday if they were still fighting for the playoffs.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* a modal perfect alone, contracted */
  assert_not_flagged (placed,
                      "Payton said the Saints wouldn't have placed Bush on injured reserve on Tuesday after a win over Dallas.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* the negation in the condition */
  assert_not_flagged (placed,
                      "If the Saints did not place Bush on injured reserve on Tuesday after the loss to Dallas, he would play, Payton said.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* the inverted condition */
  assert_not_flagged (placed,
                      "Had the Saints not placed Bush on injured reserve on Tuesday after the loss to Dallas, he would play, Payton said.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* a modal's consequence of a condition */
  assert_not_flagged (placed,
                      "Payton said the Saints could not place Bush on injured reserve on Tuesday unless the loss to Dallas ended their season.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* an "if" that asks leaves the denial beside it a denial */
  assert_flagged ("Lavrov said Moscow would withdraw from the talks with the United States on Ukraine.",
                  "Lavrov said Moscow would not withdraw from the talks with the United States on Ukraine, and would not say if it would send a delegation.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
}

static void
test_contradiction_same_slot (void)
{
  assert_flagged ("Lavrov said Moscow would not withdraw from the talks with the United States on Ukraine.",
                  "Lavrov said Moscow would withdraw from the talks with the United States on Ukraine.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
  /* "No officers were injured" denies the injuries */
  assert_flagged ("No police officers were injured during the clashes outside parliament.",
                  "Twelve police officers were injured during the clashes outside parliament.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
}

/* The slot of a denied or asserted verb reaches its subject across a
 * relative clause set off by commas, whose own words stay out; and the
 * speaker of a saying outside the clause is the clause's own subject.
 */
static void
test_contradiction_clause_subject (void)
{
  assert_flagged ("The Liberals, who prop up the minority cabinet from outside it, did not vote for the bill.",
                  "The Liberals voted for the bill.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
  /* the aside's "budget" is no word of the denied vote's slot */
  assert_not_flagged ("The Liberals, who opposed the budget in committee, did not vote against the bill.",
                      "The Liberals voted against the budget.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_flagged ("Okonjo did not testify in her own defence.",
                  "Okonjo testified in her own defence, insisting she had done nothing wrong.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
}

/* Opposite verbs from WordNet, in the same slot; a negated one asserts
 * nothing, and another object is another slot.
 */
static void
test_contradiction_antonyms (void)
{
  assert_flagged ("The final list of the committee included the mayor of the northern town, officials said.",
                  "The final list of the committee excluded the mayor of the northern town, officials said.",
                  PX_DIFFERENCE_CONTRADICTION, "included the mayor", "excluded the mayor");
  assert_not_flagged ("The final list of the committee did not include the mayor of the northern town, officials said.",
                      "The final list of the committee excluded the mayor of the northern town, officials said.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The final list of the committee included the mayor of the northern town, officials said.",
                      "The final list of the committee excluded the governor of the southern province, officials said.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* an opposite in a clause that "as", "when", "after" opens is another
   * subject's: the costs rose, the shares fell */
  assert_not_flagged ("The baker's shares have fallen by about a third over the past two years, its annual report showed.",
                      "The baker's shares have lost about a third of their value over the past two years as costs rose, its annual report showed.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* a tally is no outcome: a team wins some games and loses others */
  assert_not_flagged ("The rookie takes the reins of a franchise in Indianapolis that won two games last season.",
                      "The franchise in Indianapolis lost their 13th game of the season on Sunday, a rookie at the reins.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The party won 14 seats in the regional parliament in Sunday's election, officials said.",
                      "The party lost three seats in the regional parliament in Sunday's election, officials said.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* the same subordinate clause in both is one slot */
  assert_flagged ("Thousands of fans cheered in the square as the home side won the cup final in Leipzig on Saturday.",
                  "Thousands of fans gathered in the square as the home side lost the cup final in Leipzig on Saturday.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
}

/* Negations that agree, and negations of another slot. */
/* Outcomes opposed: a verdict's state ("was found not guilty" / "was
 * found guilty"), a person's fate ("survived the crash" / "died in the
 * crash", "was found alive" / "was found dead"). Not opposed: a plea
 * against a verdict ("pleaded not guilty" / "was found guilty"), and
 * two subjects' fates ("The pilot survived" / "Two passengers died").
 */
static void
test_contradiction_outcomes (void)
{
  assert_flagged ("The former officer was found not guilty of manslaughter by a jury in Boston on Friday.",
                  "The former officer was found guilty of manslaughter by a jury in Boston on Friday.",
                  PX_DIFFERENCE_CONTRADICTION, "not guilty", "guilty");
  assert_flagged ("The pilot survived the crash of the small plane near the airport on Sunday, officials said.",
                  "The pilot died in the crash of the small plane near the airport on Sunday, officials said.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
  assert_flagged ("The climber was found alive on the mountain on Sunday, rescuers said.",
                  "The climber was found dead on the mountain on Sunday, rescuers said.",
                  PX_DIFFERENCE_CONTRADICTION, "alive", "dead");
  assert_not_flagged ("The former officer pleaded not guilty to manslaughter in the Boston court on Friday.",
                      "The former officer was found guilty of manslaughter in the Boston court on Friday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The pilot survived the crash of the small plane near the airport on Sunday, officials said.",
                      "Two passengers died in the crash of the small plane near the airport on Sunday, officials said.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The former officer was found guilty of manslaughter by a jury in Boston on Friday.",
                      "The former officer, found guilty of manslaughter by a jury in Boston on Friday, will appeal.",
                      PX_DIFFERENCE_CONTRADICTION);
}

/* No casualties at all is none dead too ("there were no casualties" /
 * "four soldiers were killed"); some casualties are no
 * count of the dead ("12 casualties" / "four soldiers were killed"); none
 * among a group is none of it only ("no casualties among the civilians"
 * says nothing of soldiers; "no injuries among firefighters or residents"
 * is none of "two firefighters").
 */
static void
test_contradiction_no_casualties (void)
{
  assert_flagged ("There were no casualties in the rocket attack on the northern base, the ministry said.",
                  "Four soldiers were killed in the rocket attack on the northern base, the ministry said.",
                  PX_DIFFERENCE_CONTRADICTION, "no casualties", "Four soldiers");
  assert_not_flagged ("There were no casualties among the civilians in the rocket attack on the northern base, the ministry said.",
                      "Four soldiers were killed in the rocket attack on the northern base, the ministry said.",
                      G_MAXINT);
  assert_not_flagged ("The rocket attack on the northern base left 12 casualties, the ministry said.",
                      "Four soldiers were killed in the rocket attack on the northern base, the ministry said.",
                      G_MAXINT);
  assert_flagged ("There were no injuries among firefighters or residents in the blaze near the reservoir, officials said.",
                  "Two firefighters suffered minor injuries in the blaze near the reservoir, officials said.",
                  PX_DIFFERENCE_CONTRADICTION, "no injuries", "Two firefighters");
}

/* A verdict told as a verb against one told as a state: "was acquitted"
 * / "was found guilty", "was convicted" / "was found innocent". Two
 * defendants' verdicts are no contradiction, the verdict's verb between
 * the name and its state ("Hollis was found guilty" / "Ivan Petrov was
 * acquitted", "... was found not guilty"); nor is a party's word against
 * the verdict ("prosecutors said he was guilty" / "was found not
 * guilty", "was acquitted").
 */
static void
test_contradiction_verdicts (void)
{
  assert_flagged ("The former officer was found guilty of manslaughter by a jury in Boston on Friday.",
                  "The former officer was acquitted of manslaughter by a jury in Boston on Friday.",
                  PX_DIFFERENCE_CONTRADICTION, "guilty", "acquitted");
  assert_flagged ("The former officer was convicted of manslaughter by a jury in Boston on Friday.",
                  "The former officer was found innocent of manslaughter by a jury in Boston on Friday.",
                  PX_DIFFERENCE_CONTRADICTION, "convicted", "innocent");
  assert_not_flagged ("Marek Hollis was found guilty of manslaughter by a jury in Boston on Friday.",
                      "His co-defendant, Ivan Petrov, was acquitted of manslaughter by a jury in Boston on Friday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("Marek Hollis was found guilty of manslaughter by a jury in Boston on Friday.",
                      "Ivan Petrov was found not guilty of manslaughter by a jury in Boston on Friday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("Prosecutors said the former officer was guilty of manslaughter and asked the jury in Boston to convict him.",
                      "The former officer was found not guilty of manslaughter by a jury in Boston on Friday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("Prosecutors said the former officer was guilty of manslaughter and asked the jury in Boston to convict him.",
                      "The former officer was acquitted of manslaughter by a jury in Boston on Friday.",
                      PX_DIFFERENCE_CONTRADICTION);
}

/* A passive of alleging before what is alleged ("is alleged to have
 * embezzled") and reports no one has confirmed ("according to
 * unconfirmed reports") doubt the statement, subject and all, as
 * "allegedly" and "reportedly" do: against a plain statement they are
 * hedging, against each other's kind of doubt they are none.
 */
static void
test_hedging_alleged_and_unconfirmed (void)
{
  assert_flagged ("The former treasurer is alleged to have embezzled 2 million dollars from the charity's accounts.",
                  "The former treasurer embezzled 2 million dollars from the charity's accounts.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
  assert_not_flagged ("The former treasurer is alleged to have embezzled 2 million dollars from the charity's accounts.",
                      "The former treasurer allegedly embezzled 2 million dollars from the charity's accounts.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("According to unconfirmed reports, the rebel commander was killed in the air strike near the border.",
                  "The rebel commander was killed in the air strike near the border.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
  assert_not_flagged ("According to unconfirmed reports, the rebel commander was killed in the air strike near the border.",
                      "The rebel commander was reportedly killed in the air strike near the border.",
                      PX_DIFFERENCE_HEDGING);
}

/* A belief no one is named for doubts its clause, as "reportedly" does:
 * "No-one is believed to have been injured" and "is thought to have
 * acted alone" against the plain statement are hedging, a figure in
 * another clause of the sentence notwithstanding; two such beliefs
 * agree. An amount told as believed ("are believed to have offered at
 * least 12 million pounds") is an estimate, which the figures compare:
 * no hedging against the amount stated.
 */
static void
test_hedging_believed_to (void)
{
  assert_flagged ("No-one is believed to have been injured in the fire at the warehouse on Elm Street.",
                  "No-one was injured in the fire at the warehouse on Elm Street.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
  assert_flagged ("The gunman is thought to have acted alone when he opened fire at the market in Harlow.",
                  "The gunman acted alone when he opened fire at the market in Harlow.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
  assert_flagged ("No-one is believed to have been hurt in the blaze, which 50 firefighters fought at the warehouse.",
                  "No-one was hurt in the blaze, which 50 firefighters fought at the warehouse.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
  assert_not_flagged ("No-one is believed to have been injured in the fire at the warehouse on Elm Street.",
                      "No-one is thought to have been injured in the fire at the warehouse on Elm Street.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The Rovers are believed to have offered at least 12 million pounds for the striker from Leeds.",
                      "The Rovers offered at least 12 million pounds for the striker from Leeds.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The offer for the striker from Leeds is believed to be for five years.",
                      "The offer for the striker from Leeds is for five years.",
                      PX_DIFFERENCE_HEDGING);
}

/* A suspicion told of a clause is someone's suspicion, as a claim is:
 * "Police suspect the fire was started by a former tenant" and "Russia
 * suspects Ukraine launched" against the plain statement are hedging.
 * The noun is none ("Two suspects ... were arrested", "arrested a
 * suspect after ...", "Two suspects the police arrested"), nor are
 * suspects chased ("Officers chased suspects the witnesses had seen"),
 * and two suspicions agree.
 */
static void
test_hedging_suspect_clause (void)
{
  assert_flagged ("Police suspect the fire at the warehouse on Elm Street was started by a former tenant.",
                  "The fire at the warehouse on Elm Street was started by a former tenant.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
  assert_flagged ("Russia suspects Ukraine launched 91 drones at the residence.",
                  "Ukraine launched 91 drones at the residence.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
  assert_not_flagged ("Investigators suspect that the fire at the warehouse on Elm Street was started by a former tenant.",
                      "Police suspect the fire at the warehouse on Elm Street was started by a former tenant.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("Two suspects in the fire at the warehouse on Elm Street were arrested on Friday.",
                      "Two men were arrested on Friday over the fire at the warehouse on Elm Street.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("Officers chased suspects the witnesses had seen near the warehouse on Elm Street.",
                      "Officers chased men the witnesses had seen near the warehouse on Elm Street.",
                      PX_DIFFERENCE_HEDGING);
  /* a suspected cause is the noun's, shown with it */
  assert_flagged ("Authorities suspect arson is to blame for the fire at the church in Wasilla on Friday night.",
                  "Arsonists set the fire at the church in Wasilla on Friday night.",
                  PX_DIFFERENCE_HEDGING, "\u201csuspect arson\u201d", NULL);
  assert_not_flagged ("Two suspects the police arrested on Friday were released without charge.",
                      "Two men the police arrested on Friday were released without charge.",
                      PX_DIFFERENCE_HEDGING);
}

/* The outcomes of one decision told in the active voice are opposed, a
 * verb that is also a cue of denial or of saying included when it takes
 * the thing decided ("rejected the pay offer", "denied bail", "confirmed
 * the nominee"): upheld / overturned, accepted / rejected, granted /
 * denied, approved / blocked, confirmed / rejected, passed / failed.
 */
static void
test_contradiction_decisions (void)
{
  assert_flagged ("The appeals court upheld the ban on short-term rentals in the city on Friday.",
                  "The appeals court overturned the ban on short-term rentals in the city on Friday.",
                  PX_DIFFERENCE_CONTRADICTION, "upheld the ban", "overturned the ban");
  assert_flagged ("The nurses' union accepted the pay offer from the hospital trust on Monday.",
                  "The nurses' union rejected the pay offer from the hospital trust on Monday.",
                  PX_DIFFERENCE_CONTRADICTION, "accepted the pay offer", "rejected the pay offer");
  assert_flagged ("The judge granted bail to the climate activist at the hearing in Leeds on Tuesday.",
                  "The judge denied bail to the climate activist at the hearing in Leeds on Tuesday.",
                  PX_DIFFERENCE_CONTRADICTION, "granted bail", "denied bail");
  assert_flagged ("Competition regulators approved the merger of the two regional airlines on Thursday.",
                  "Competition regulators blocked the merger of the two regional airlines on Thursday.",
                  PX_DIFFERENCE_CONTRADICTION, "approved the merger", "blocked the merger");
  assert_flagged ("The Senate confirmed the nominee for the federal appeals court by a narrow margin on Wednesday.",
                  "The Senate rejected the nominee for the federal appeals court by a narrow margin on Wednesday.",
                  PX_DIFFERENCE_CONTRADICTION, "confirmed the nominee", "rejected the nominee");
  assert_flagged ("The new engine passed the safety test at the track in Nevada last week.",
                  "The new engine failed the safety test at the track in Nevada last week.",
                  PX_DIFFERENCE_CONTRADICTION, "passed the safety test", "failed the safety test");
  assert_flagged ("The activist was denied bail at the hearing in Leeds on Tuesday.",
                  "The activist was granted bail at the hearing in Leeds on Tuesday.",
                  PX_DIFFERENCE_CONTRADICTION, "denied bail", "granted bail");
}

/* Opposite outcomes that are no contradiction: two decisions (two
 * deciders of one kind, another thing decided, two days), a party's wish
 * or a forecast against the outcome, a denial of words ("denied the
 * manager had been sacked") rather than of a thing, a participle that
 * names ("the approved plan"), two speakers, and a denial negated.
 */
static void
test_contradiction_decisions_apart (void)
{
  assert_not_flagged ("A lower court upheld the ban on short-term rentals in the city in March.",
                      "The appeals court overturned the ban on short-term rentals in the city on Friday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The state Senate passed the bill to raise the minimum wage on Thursday.",
                      "The state House blocked a bill to cut the minimum wage on Thursday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The judge denied the request to delay the trial of the former mayor on Tuesday.",
                      "The judge granted a second request to delay the trial of the former mayor on Tuesday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The nurses' union rejected the pay offer from the hospital trust on Monday.",
                      "The nurses' union accepted the pay offer from the hospital trust on Friday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("Prosecutors asked the appeals court to uphold the ban on short-term rentals in the city.",
                      "The appeals court overturned the ban on short-term rentals in the city on Friday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("Competition regulators will approve the merger of the two regional airlines.",
                      "Competition regulators blocked the merger of the two regional airlines on Thursday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The club denied the manager had been sacked after the defeat on Saturday.",
                      "The club confirmed the manager had signed a new contract after the defeat on Saturday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("Zelensky denied the reports of a second strike on the residence on Sunday.",
                      "Lavrov confirmed the reports of a second strike on the residence on Sunday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("Bids were opened for the approved plan for the port on Monday.",
                      "Bids were opened for the rejected plan for the port on Monday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The ministry did not deny the reports of a second outbreak at the farm on Sunday.",
                      "The ministry confirmed the reports of a second outbreak at the farm on Sunday.",
                      PX_DIFFERENCE_CONTRADICTION);
}

/* Nouns and adjectives ending in "-ly" are no adverbs to pass over on
 * the way to a subject: "The family survived" and "The pilot died" tell
 * of two subjects, as "The pilot survived" and "Two passengers died" do;
 * an adverb ("The pilot reportedly survived") leaves the subject the
 * pilot.
 */
static void
test_contradiction_ly_nouns (void)
{
  assert_not_flagged ("The family survived the crash of the small plane near the airport on Sunday, officials said.",
                      "The pilot died in the crash of the small plane near the airport on Sunday, officials said.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The elderly survived the fire at the care home near the river on Sunday, officials said.",
                      "The nurses died in the fire at the care home near the river on Sunday, officials said.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_flagged ("The pilot reportedly survived the crash of the small plane near the airport on Sunday, officials said.",
                  "The pilot died in the crash of the small plane near the airport on Sunday, officials said.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
}

/* Two parties' words are no contradiction between the outlets that
 * report them: the defence's "not guilty" against the prosecution's
 * "guilty", a union's "not safe" against the company's "safe". The same
 * party's two accounts are; so are words of one sense ("police" /
 * "the police department" share a word).
 */
static void
test_contradiction_speakers (void)
{
  assert_not_flagged ("Lopez is not guilty of the 2019 robbery, his lawyer told the court on Monday.",
                      "Lopez is guilty of the 2019 robbery, the prosecutor told the court on Monday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The mine was not safe for the night shift, a union spokesman said on Tuesday.",
                      "The mine was safe for the night shift, the company said on Tuesday.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_flagged ("Lopez is not guilty of the 2019 robbery, his lawyer told the court on Monday.",
                  "Lopez is guilty of the 2019 robbery, his lawyer told the court on Monday.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
  assert_flagged ("The mine was not safe for the night shift, police said on Tuesday.",
                  "The mine was safe for the night shift, the police department said on Tuesday.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
}

/* A pretence denies the act it feigns: "pretended to check into a
 * rehab clinic" against "checked into" it. Not when the pretence is
 * itself denied ("was not pretending to be ill": he was ill), nor between
 * two reports of the same pretence.
 */
static void
test_contradiction_pretence (void)
{
  assert_flagged ("The singer Dex Kolby pretended to check into a rehab clinic in Malibu on Thursday, then left in an SUV.",
                  "The singer Dex Kolby checked into a rehab clinic in Malibu on Thursday, his lawyer told the court.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
  assert_flagged ("The singer Dex Kolby is missing after pretending to check into a rehab clinic in Malibu on Thursday.",
                  "The singer Dex Kolby checked into a rehab clinic in Malibu on Thursday, his lawyer told the court.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
  assert_flagged ("The man pretended to be asleep when officers entered the flat on Tuesday, police said.",
                  "The man was asleep when officers entered the flat on Tuesday, police said.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
  assert_not_flagged ("The defendant was not pretending to be ill when he collapsed in court on Monday, his doctor said.",
                      "The defendant was ill when he collapsed in court on Monday, his doctor said.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The defendant never pretended to be ill when he collapsed in court on Monday, his doctor said.",
                      "The defendant was ill when he collapsed in court on Monday, his doctor said.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The singer Dex Kolby only pretended to check into a rehab clinic in Malibu on Thursday.",
                      "The singer Dex Kolby pretended to check into a rehab clinic in Malibu on Thursday, police said.",
                      PX_DIFFERENCE_CONTRADICTION);
}

/* A negation of a word of telling ends at the question it leaves open:
 * "did not say why she checked into the clinic" denies the telling of
 * the reason, not the check-in; "did not say when", "why he left" the
 * same. The act itself denied is still a contradiction.
 */
static void
test_contradiction_question_untold (void)
{
  assert_not_flagged ("The singer's spokesman did not say why she checked into the clinic in Malibu on Monday.",
                      "The singer checked into the clinic in Malibu on Monday, her spokesman said.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The singer's spokesman did not say when she checked into the clinic in Malibu on Monday.",
                      "The singer checked into the clinic in Malibu on Monday, her spokesman said.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("The club did not say why he left the training ground in Harwell early on Friday.",
                      "The striker left the training ground in Harwell early on Friday, the club said.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_flagged ("The singer did not check into the clinic in Malibu on Monday, her spokesman said.",
                  "The singer checked into the clinic in Malibu on Monday, her spokesman said.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
}

/* A headline tells what happened in the present: "Dex Kolby checks into
 * rehab clinic" states the check-in that another report denies. A body's
 * present after a name tells a habit ("checks into a clinic every
 * summer"), not the act another report denies this summer.
 */
static void
test_contradiction_headline_present (void)
{
  assert_flagged ("Singer Dex Kolby checks into Malibu rehab clinic",
                  "Singer Dex Kolby did not check into the Malibu rehab clinic on Thursday, his lawyer admitted.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
  assert_not_flagged ("Singer Dex Kolby checks into a Malibu rehab clinic every summer, his publicist says.",
                      "Singer Dex Kolby did not check into a Malibu rehab clinic this summer, his publicist says.",
                      PX_DIFFERENCE_CONTRADICTION);
}

/* The full stop of an abbreviation inside a sentence ends no clause: "a
 * Calif. rehab center" is one place, the object denied; another object
 * stays another's.
 */
static void
test_contradiction_abbreviation (void)
{
  assert_flagged ("The actress did not check into a Calif. rehab center on Thursday, her lawyer said.",
                  "The actress checked into a rehab center on Thursday, her lawyer said.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
  assert_not_flagged ("The actress did not check into a Calif. rehab center on Thursday, her lawyer said.",
                      "The actress checked into a Las Vegas hotel on Thursday, her lawyer said.",
                      PX_DIFFERENCE_CONTRADICTION);
}

static void
test_contradiction_not (void)
{
  /* "no terms were disclosed" = "terms were not disclosed" */
  assert_not_flagged ("No financial terms of the merger between the two airlines were disclosed on Monday.",
                      "Financial terms of the merger between the two airlines were not disclosed on Monday.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* "did not intend to harm" = "never intended to harm" */
  assert_not_flagged ("The driver told the court he did not intend to harm the cyclists on the bridge.",
                      "The driver told the court he never intended to harm the cyclists on the bridge.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* another object: the young men, not all involved */
  assert_not_flagged ("Etheridge has not apologized to the young men in the video, his office said on Monday.",
                      "Etheridge apologized to all involved in the video, his office said on Monday.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* "said no" is an answer, and the negation ends at "and" */
  assert_not_flagged ("Halloran said no and then won the primary against Senator Ruth Kessler.",
                      "Halloran rejected the offer and then won the primary against Senator Ruth Kessler.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* a forecast is no denial, an aim no assertion */
  assert_not_flagged ("The coach was not expected to attend the game against Evansville on Thursday night.",
                      "The coach was attending the game against Evansville on Thursday night.",
                      PX_DIFFERENCE_CONTRADICTION);
  assert_not_flagged ("Investigators have not determined the cause of the blaze at the old mill in Ashby.",
                      "Investigators are working to help determine the cause of the blaze at the old mill in Ashby.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* a noun names the thing, it does not say it happened: "the symptoms" */
  assert_not_flagged ("Officials said a final determination of the cause of the fire at the church would take a month.",
                      "Officials said the cause of the fire at the church has not been determined.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* "don't want to end" denies the wish, not the end */
  assert_not_flagged ("The fumble at the four-yard line ended the match for the Hawks at Denver.",
                      "You don't want to end the match on a fumble at the four-yard line for the Hawks at Denver.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* speculation is not an assertion */
  assert_not_flagged ("Many have speculated that the governor's office offered Halloran the post of transport secretary in 2011.",
                      "The governor's office never offered Halloran the post of transport secretary in 2011, the counsel said.",
                      PX_DIFFERENCE_CONTRADICTION);
}

/* A word for a word in one speaker's quotation; a word left out in the
 * middle of it, where no elision is marked.
 */
static void
test_quote_words (void)
{
  assert_flagged ("“We have learned something very important about the count,” the mayor said on Tuesday.",
                  "“We have learned something important about the count,” the mayor said on Tuesday.",
                  PX_DIFFERENCE_QUOTE, NULL, NULL);
  /* a few content words for one, however many articles and prepositions
   * come with them */
  assert_flagged ("“The port is a fine business that has been held back by underinvestment,” its chairman said.",
                  "Its chairman said the port was “a fine business that has been held back by a lack of investment”.",
                  PX_DIFFERENCE_QUOTE, "“by underinvestment”", "“by a lack of investment”");
  /* four content words of a longer passage are another passage */
  assert_not_flagged ("“The port is a fine business that has been held back by underinvestment,” its chairman said.",
                      "Its chairman said the port was “a fine business that has been held back by years of weak demand, strikes and tariffs”.",
                      PX_DIFFERENCE_QUOTE);
}

/* How outlets adapt a quotation is not a different quotation: a tense,
 * a pronoun, an excerpt marked with an ellipsis.
 */
static void
test_quote_not (void)
{
  /* a long passage for a word is another passage of the same text */
  assert_not_flagged ("The motion urges the parties “to condemn hatred of migrants, sexism and other forms of prejudice in their ranks” at once.",
                      "The motion urges the parties “to condemn the bigots in their ranks” at once.",
                      PX_DIFFERENCE_QUOTE);
  assert_not_flagged ("The senator said: “We fully support the decision of the court on the new district map.”",
                      "The senator said: “We fully supported the decision of the court on the new district map.”",
                      PX_DIFFERENCE_QUOTE);
  /* the same words of content in another voice or form */
  assert_not_flagged ("“I want you to remember me as I looked,” the singer said in an interview in 2004.",
                      "“I want to be remembered, as I looked,” the singer said in an interview in 2004.",
                      PX_DIFFERENCE_QUOTE);
  /* but not a denial, nor another word */
  assert_flagged ("“We have no doubt the plan will be approved by the council,” the mayor said on Tuesday.",
                  "“We doubted the plan will be approved by the council,” the mayor said on Tuesday.",
                  PX_DIFFERENCE_QUOTE, NULL, NULL);
  assert_flagged ("“I want you to remember me as I looked,” the singer said in an interview in 2004.",
                  "“I want you to forget me as I looked,” the singer said in an interview in 2004.",
                  PX_DIFFERENCE_QUOTE, NULL, NULL);
  /* nor a word of content more, either way round */
  assert_flagged ("“I want you to remember me fondly as I looked,” the singer said in an interview in 2004.",
                  "“I want to be remembered, as I looked,” the singer said in an interview in 2004.",
                  PX_DIFFERENCE_QUOTE, NULL, NULL);
  assert_flagged ("“I want to be remembered, as I looked,” the singer said in an interview in 2004.",
                  "“I want you to remember me fondly as I looked,” the singer said in an interview in 2004.",
                  PX_DIFFERENCE_QUOTE, NULL, NULL);
  assert_not_flagged ("Clinton told him: “I knew you'd say no to the job in the administration.”",
                      "Clinton told him: “I knew I'd say no to the job in the administration.”",
                      PX_DIFFERENCE_QUOTE);
  assert_not_flagged ("She said: “You know what people say-the third try is the lucky one for the host of the show.”",
                      "She said: “You know what people say – the third try is the lucky one for the host of the show.”",
                      PX_DIFFERENCE_QUOTE);
  assert_not_flagged ("The statute bars “any appointment, or any benefit provided for by any act of Congress” in return.",
                      "The statute bars “any appointment ... or any benefit provided for by any act of Congress” in return.",
                      PX_DIFFERENCE_QUOTE);
}

/* Equal values written differently are never differences. */
static void
test_equal_values (void)
{
  const char *pairs[][2] = {
    { "The company sold the unit for $1.5m to investors in Toronto on Monday, filings showed.",
      "The company sold the unit for $1.5 million to investors in Toronto on Monday, filings showed." },
    { "The company sold the unit for $1,500,000 to investors in Toronto on Monday, filings showed.",
      "The company sold the unit for $1.5 million to investors in Toronto on Monday, filings showed." },
    { "The summit opened at 10:00 GMT in the Belgian capital on Thursday with all the leaders.",
      "The summit opened at 11:00 CET in the Belgian capital on Thursday with all the leaders." },
    /* a US zone named without its season: winter and summer */
    { "Under the takeover rules, the bidder has until 5 p.m. GMT on December 14 to make a firm offer.",
      "Under the takeover rules, the bidder has until 12 p.m. ET on December 14 to make a firm offer." },
    { "Under the takeover rules, the bidder has until 4 p.m. GMT on June 14 to make a firm offer.",
      "Under the takeover rules, the bidder has until 12 p.m. ET on June 14 to make a firm offer." },
    { "Officials said 0 people were hurt when the bridge collapsed over the river on Sunday.",
      "Officials said no people were hurt when the bridge collapsed over the river on Sunday." },
    { "The actress died at 18:41 in Los Angeles (02:41 GMT Friday) of pneumonia, her agent said.",
      "The actress died on Thursday night in Los Angeles of pneumonia, her agent said." },
    { "Temperatures in the capital reached 15C on Sunday afternoon as crowds gathered in the square.",
      "Temperatures in the capital reached 59°F on Sunday afternoon as crowds gathered in the square." },
    { "Firefighters battled the blaze for eight hours in temperatures of minus 20 degrees Celsius overnight.",
      "Firefighters battled the blaze for eight hours in temperatures of -4 degrees Fahrenheit overnight." },
    { "Rescuers found a dozen survivors under the collapsed hotel in the resort town on Friday.",
      "Rescuers found at least 12 survivors under the collapsed hotel in the resort town on Friday." },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (pairs); i++)
    assert_not_flagged (pairs[i][0], pairs[i][1], G_MAXINT);
}

/* Equal values in the many forms news writes them: sums of money in
 * symbols, codes, words and scales ("$1.5m", "US$1.5 million", "£2,000m",
 * "half a million dollars", "Tk 2 lakh"), shares, spelled numbers,
 * fractions and ranges, vague amounts ("tens of thousands"), lengths of time, lengths, areas, speeds and
 * weights converted from another unit and rounded where they were
 * written ("six miles" for 10 km), temperatures, clock times in zones
 * and without, dates and ages however they are written. None is a
 * difference.
 */
static void
test_equal_values_forms (void)
{
  static const char *pairs[][2] = {
    { "The company sold its shipping unit for $1.5m to a group of investors in Toronto on Monday.",
      "The company sold its shipping unit for $1,500,000 to a group of investors in Toronto on Monday." },
    { "The company sold its shipping unit for 1.5 million dollars to a group of investors in Toronto on Monday.",
      "The company sold its shipping unit for $1.5 million to a group of investors in Toronto on Monday." },
    { "The company sold its shipping unit for US$1.5 million to a group of investors in Toronto on Monday.",
      "The company sold its shipping unit for $1.5m to a group of investors in Toronto on Monday." },
    { "The council agreed to spend £2bn on new flood defences along the Thames estuary, the minister said.",
      "The council agreed to spend £2 billion on new flood defences along the Thames estuary, the minister said." },
    { "The council agreed to spend 2 billion pounds on new flood defences along the Thames estuary, the minister said.",
      "The council agreed to spend £2,000m on new flood defences along the Thames estuary, the minister said." },
    { "The club paid €300,000 in fines to the league after the riot at the stadium in Marseille.",
      "The club paid 300,000 euros in fines to the league after the riot at the stadium in Marseille." },
    { "The club paid €300k in fines to the league after the riot at the stadium in Marseille.",
      "The club paid EUR 300,000 in fines to the league after the riot at the stadium in Marseille." },
    { "The fund manager oversees $2.3 trillion in assets for pension funds across the country.",
      "The fund manager oversees 2.3 trillion dollars in assets for pension funds across the country." },
    { "The fund manager oversees $2.3tn in assets for pension funds across the country.",
      "The fund manager oversees $2,300bn in assets for pension funds across the country." },
    { "The jury awarded the family half a million dollars in damages over the crash on the interstate.",
      "The jury awarded the family $500,000 in damages over the crash on the interstate." },
    { "The jury awarded the family a quarter of a million pounds in damages over the crash on the motorway.",
      "The jury awarded the family £250,000 in damages over the crash on the motorway." },
    { "The bank was fined ¥10 billion by regulators in Tokyo for failing to report the trades.",
      "The bank was fined 10 billion yen by regulators in Tokyo for failing to report the trades." },
    { "The carmaker will invest $1.2bn in a battery plant outside Atlanta, the governor announced.",
      "The carmaker will invest $1,200 million in a battery plant outside Atlanta, the governor announced." },
    { "The carmaker will invest $1.2 billion in a battery plant outside Atlanta, the governor announced.",
      "The carmaker will invest 1.2 billion US dollars in a battery plant outside Atlanta, the governor announced." },
    { "Thieves stole jewellery worth £40,000 from the shop on the high street, police said.",
      "Thieves stole jewellery worth £40k from the shop on the high street, police said." },
    { "Thieves stole jewellery worth £40,000 from the shop on the high street, police said.",
      "Thieves stole jewellery worth forty thousand pounds from the shop on the high street, police said." },
    { "The ticket costs $12.50 for adults at the museum in Chicago, up from last year.",
      "The ticket costs $12.5 for adults at the museum in Chicago, up from last year." },
    { "The deal values the company at about $4bn including debt, according to the filing.",
      "The deal values the company at roughly $4 billion including debt, according to the filing." },
    { "Unemployment rose to 12% in the third quarter, the statistics office said on Tuesday.",
      "Unemployment rose to 12 percent in the third quarter, the statistics office said on Tuesday." },
    { "Unemployment rose to 12 per cent in the third quarter, the statistics office said on Tuesday.",
      "Unemployment rose to twelve percent in the third quarter, the statistics office said on Tuesday." },
    { "Unemployment rose to 4.5% in the third quarter, the statistics office said on Tuesday.",
      "Unemployment rose to 4.5 pct in the third quarter, the statistics office said on Tuesday." },
    { "Half of the voters in the district backed the measure in the referendum on Sunday.",
      "50% of the voters in the district backed the measure in the referendum on Sunday." },
    { "A quarter of the voters in the district backed the measure in the referendum on Sunday.",
      "25 percent of the voters in the district backed the measure in the referendum on Sunday." },
    { "Two-thirds of the voters in the district backed the measure in the referendum on Sunday.",
      "67% of the voters in the district backed the measure in the referendum on Sunday." },
    { "One in five voters in the district backed the measure in the referendum on Sunday.",
      "20 percent of voters in the district backed the measure in the referendum on Sunday." },
    { "A third of the voters in the district backed the measure in the referendum on Sunday.",
      "33% of the voters in the district backed the measure in the referendum on Sunday." },
    { "The central bank raised its main rate by half a percentage point to 4.75% on Thursday.",
      "The central bank raised its main rate by 50 basis points to 4.75 percent on Thursday." },
    { "The central bank raised its main rate by a quarter point to 4.75% on Thursday.",
      "The central bank raised its main rate by 25 basis points to 4.75% on Thursday." },
    { "Shares in the retailer fell 36% to 302 pence in early trading in London.",
      "Shares in the retailer fell 36 per cent to 302p in early trading in London." },
    { "Twenty-five people were arrested after the protest outside the parliament in Nairobi.",
      "25 people were arrested after the protest outside the parliament in Nairobi." },
    { "Police arrested one hundred and twenty people after the protest outside the parliament in Nairobi.",
      "Police arrested 120 people after the protest outside the parliament in Nairobi." },
    { "Police arrested seven people after the protest outside the parliament in Nairobi on Tuesday.",
      "Police arrested 7 people after the protest outside the parliament in Nairobi on Tuesday." },
    { "About two thousand people marched through the centre of the capital on Saturday.",
      "About 2,000 people marched through the centre of the capital on Saturday." },
    { "Some three million people live in the flood zone along the river, officials said.",
      "Some 3m people live in the flood zone along the river, officials said." },
    { "Some 3,000,000 people live in the flood zone along the river, officials said.",
      "Some three million people live in the flood zone along the river, officials said." },
    { "A million people live in the flood zone along the river, officials said.",
      "1 million people live in the flood zone along the river, officials said." },
    { "Rescuers pulled two dozen survivors from the rubble of the hotel on Friday.",
      "Rescuers pulled 24 survivors from the rubble of the hotel on Friday." },
    { "Rescuers pulled half a dozen survivors from the rubble of the hotel on Friday.",
      "Rescuers pulled six survivors from the rubble of the hotel on Friday." },
    { "Rescuers pulled a dozen survivors from the rubble of the hotel on Friday.",
      "Rescuers pulled at least 12 survivors from the rubble of the hotel on Friday." },
    { "Nineteen people were killed when the bus plunged into a ravine in the mountains.",
      "19 people were killed when the bus plunged into a ravine in the mountains." },
    { "Two hundred and fifty homes were destroyed by the fire in the hills above the town.",
      "250 homes were destroyed by the fire in the hills above the town." },
    { "The airline carried 1.2 million passengers in November, a record for the month.",
      "The airline carried 1,200,000 passengers in November, a record for the month." },
    { "The airline carried 1.2m passengers in November, a record for the month.",
      "The airline carried 1.2 million passengers in November, a record for the month." },
    { "More than 100 people were injured in the clashes in the city centre, the health ministry said.",
      "Over 100 people were injured in the clashes in the city centre, the health ministry said." },
    { "More than 1,000 people were injured in the clashes in the city centre, the health ministry said.",
      "More than a thousand people were injured in the clashes in the city centre, the health ministry said." },
    { "About 200 people were injured in the clashes in the city centre, the health ministry said.",
      "Around 200 people were injured in the clashes in the city centre, the health ministry said." },
    { "Roughly 200 people were injured in the clashes in the city centre, the health ministry said.",
      "Approximately 200 people were injured in the clashes in the city centre, the health ministry said." },
    { "Between 20 and 30 people were injured in the clashes in the city centre, the health ministry said.",
      "20 to 30 people were injured in the clashes in the city centre, the health ministry said." },
    { "Nearly 50 people were injured in the clashes in the city centre, the health ministry said.",
      "Almost 50 people were injured in the clashes in the city centre, the health ministry said." },
    { "At least 12 people were injured in the clashes in the city centre, the health ministry said.",
      "12 people were injured in the clashes in the city centre, the health ministry said." },
    { "The former minister was jailed for 12 1/2 years for taking bribes on a police contract.",
      "The former minister was jailed for twelve and a half years for taking bribes on a police contract." },
    { "The former minister was jailed for 12½ years for taking bribes on a police contract.",
      "The former minister was jailed for 12.5 years for taking bribes on a police contract." },
    { "The former minister was jailed for 18 months for taking bribes on a police contract.",
      "The former minister was jailed for a year and a half for taking bribes on a police contract." },
    { "The former minister was jailed for two and a half years for taking bribes on a police contract.",
      "The former minister was jailed for 30 months for taking bribes on a police contract." },
    { "The strike at the port lasted two weeks before the union accepted the offer.",
      "The strike at the port lasted 14 days before the union accepted the offer." },
    { "Firefighters took an hour and a half to bring the blaze at the warehouse under control.",
      "Firefighters took 90 minutes to bring the blaze at the warehouse under control." },
    { "Firefighters took half an hour to bring the blaze at the warehouse under control.",
      "Firefighters took 30 minutes to bring the blaze at the warehouse under control." },
    { "Firefighters took 48 hours to bring the blaze at the warehouse under control.",
      "Firefighters took two days to bring the blaze at the warehouse under control." },
    { "The runners covered 5 km through the old town before the finish at the cathedral.",
      "The runners covered 3.1 miles through the old town before the finish at the cathedral." },
    { "The flood barrier stretches for 10 kilometres along the coast south of the port.",
      "The flood barrier stretches for six miles along the coast south of the port." },
    { "The flood barrier stretches for 2 km along the coast south of the port.",
      "The flood barrier stretches for two kilometres along the coast south of the port." },
    { "The climbers fell 100 metres down the north face of the mountain on Sunday.",
      "The climbers fell 328 feet down the north face of the mountain on Sunday." },
    { "The plane dropped to 2,000 feet before the pilot regained control over the bay.",
      "The plane dropped to 610 metres before the pilot regained control over the bay." },
    { "Customs officers seized 50 kg of cocaine hidden in a shipment of bananas at the port.",
      "Customs officers seized 110 pounds of cocaine hidden in a shipment of bananas at the port." },
    { "Customs officers seized 2 tonnes of cocaine hidden in a shipment of bananas at the port.",
      "Customs officers seized 2,000 kilograms of cocaine hidden in a shipment of bananas at the port." },
    { "The storm brought winds of 180 km/h to the coast of Brittany overnight.",
      "The storm brought winds of about 112 mph to the coast of Brittany overnight." },
    { "The storm brought winds of 100 mph to the coast of Brittany overnight.",
      "The storm brought winds of 161 km/h to the coast of Brittany overnight." },
    { "The wildfire has burned 10,000 hectares of forest in the north of the province.",
      "The wildfire has burned 24,700 acres of forest in the north of the province." },
    { "The wildfire has burned 20 square miles of forest in the north of the province.",
      "The wildfire has burned 52 square kilometres of forest in the north of the province." },
    { "Up to 30 cm of snow fell on the capital overnight, closing schools and roads.",
      "Up to 12 inches of snow fell on the capital overnight, closing schools and roads." },
    { "The earthquake of magnitude 6.1 struck the island at dawn on Sunday.",
      "The 6.1-magnitude earthquake struck the island at dawn on Sunday." },
    { "Temperatures in the capital reached 38C on Sunday afternoon as crowds gathered at the beach.",
      "Temperatures in the capital reached 100 degrees Fahrenheit on Sunday afternoon as crowds gathered at the beach." },
    { "Temperatures in the capital fell to minus 5 degrees Celsius overnight as the storm moved east.",
      "Temperatures in the capital fell to 23F overnight as the storm moved east." },
    { "Temperatures in the capital fell to -5°C overnight as the storm moved east.",
      "Temperatures in the capital fell to 23 °F overnight as the storm moved east." },
    { "The launch took place at 3 p.m. EST from the pad at Cape Canaveral on Tuesday.",
      "The launch took place at 20:00 GMT from the pad at Cape Canaveral on Tuesday." },
    { "The launch took place at 3 p.m. EST from the pad at Cape Canaveral on Tuesday.",
      "The launch took place at 2000 GMT from the pad at Cape Canaveral on Tuesday." },
    { "The summit opened at noon in the Belgian capital on Thursday with all the leaders.",
      "The summit opened at 12 p.m. in the Belgian capital on Thursday with all the leaders." },
    { "The summit opened at 12:00 in the Belgian capital on Thursday with all the leaders.",
      "The summit opened at noon in the Belgian capital on Thursday with all the leaders." },
    { "The polls closed at midnight in the capital on Sunday, the electoral commission said.",
      "The polls closed at 12 a.m. in the capital on Sunday, the electoral commission said." },
    { "The polls closed at 9:30 p.m. in the capital on Sunday, the electoral commission said.",
      "The polls closed at 21:30 in the capital on Sunday, the electoral commission said." },
    { "The polls closed at 9.30pm in the capital on Sunday, the electoral commission said.",
      "The polls closed at 9:30 p.m. in the capital on Sunday, the electoral commission said." },
    { "The quake struck at 8:30 a.m. local time (0630 GMT) near the town of Zarand on Tuesday.",
      "The quake struck at 06:30 GMT near the town of Zarand on Tuesday." },
    { "The speech began at 2 p.m. BST in the hall in Manchester on Wednesday.",
      "The speech began at 13:00 GMT in the hall in Manchester on Wednesday." },
    { "The speech began at 3 p.m. CEST in the hall in Brussels on Wednesday.",
      "The speech began at 13:00 GMT in the hall in Brussels on Wednesday." },
    { "The vote started at 10 a.m. IST in the parliament in New Delhi on Monday.",
      "The vote started at 04:30 GMT in the parliament in New Delhi on Monday." },
    { "The vote started at 9 a.m. JST in the parliament in Tokyo on Monday.",
      "The vote started at midnight GMT in the parliament in Tokyo on Monday." },
    { "The rally began at 9 p.m. PT in Los Angeles, the organisers said.",
      "The rally began at midnight ET in Los Angeles, the organisers said." },
    { "The rally began at 6 p.m. ET in New York, the organisers said.",
      "The rally began at 2300 GMT in New York, the organisers said." },
    { "The trial opened on March 3 at the district court in The Hague, prosecutors said.",
      "The trial opened on 3 March at the district court in The Hague, prosecutors said." },
    { "The trial opened on March 3rd at the district court in The Hague, prosecutors said.",
      "The trial opened on March 3 at the district court in The Hague, prosecutors said." },
    { "The trial opened on Dec. 4 at the district court in The Hague, prosecutors said.",
      "The trial opened on December 4 at the district court in The Hague, prosecutors said." },
    { "The trial opened on 4 Dec 2026 at the district court in The Hague, prosecutors said.",
      "The trial opened on December 4, 2026 at the district court in The Hague, prosecutors said." },
    { "The trial opened on 2026-12-04 at the district court in The Hague, prosecutors said.",
      "The trial opened on December 4, 2026 at the district court in The Hague, prosecutors said." },
    { "The trial opened on Friday, December 4 at the district court in The Hague, prosecutors said.",
      "The trial opened on December 4 at the district court in The Hague, prosecutors said." },
    { "The trial opened on Friday at the district court in The Hague, prosecutors said on Friday, December 4, 2026.",
      "The trial opened on December 4 at the district court in The Hague, prosecutors said." },
    { "The driver, a 36-year-old man from Leeds, was arrested at the scene of the crash.",
      "The driver, a man aged 36 from Leeds, was arrested at the scene of the crash." },
    { "The driver, a man from Leeds who is 36 years old, was arrested at the scene of the crash.",
      "The driver, a 36-year-old man from Leeds, was arrested at the scene of the crash." },
    { "The driver, John Smith, 36, of Leeds, was arrested at the scene of the crash.",
      "The driver, 36-year-old John Smith of Leeds, was arrested at the scene of the crash." },
    { "The driver, John Smith (36), of Leeds, was arrested at the scene of the crash.",
      "The driver, John Smith, 36, of Leeds, was arrested at the scene of the crash." },
    { "The driver, a thirty-six-year-old man from Leeds, was arrested at the scene of the crash.",
      "The driver, a 36-year-old man from Leeds, was arrested at the scene of the crash." },
    { "The victim, a six-month-old baby girl, was taken to hospital in Leeds after the crash.",
      "The victim, a baby girl aged six months, was taken to hospital in Leeds after the crash." },
    { "The victim, a man in his 30s, was taken to hospital in Leeds after the crash, police said.",
      "The victim, a 36-year-old man, was taken to hospital in Leeds after the crash, police said." },
    { "Officials said 0 people were hurt when the bridge collapsed over the river on Sunday.",
      "Officials said no people were hurt when the bridge collapsed over the river on Sunday." },
    { "Officials said no one was hurt when the bridge collapsed over the river on Sunday.",
      "Officials said nobody was hurt when the bridge collapsed over the river on Sunday." },
    { "Officials said there were no injuries when the bridge collapsed over the river on Sunday.",
      "Officials said no one was injured when the bridge collapsed over the river on Sunday." },
    { "Officials said there were no casualties when the bridge collapsed over the river on Sunday.",
      "Officials said none of the drivers was hurt when the bridge collapsed over the river on Sunday." },
    { "Shares in the retailer fell to 302p in early trading in London after the warning.",
      "Shares in the retailer fell to £3.02 in early trading in London after the warning." },
    { "The fare rose by 50 cents to $2.75 on the city's buses and trains on Monday.",
      "The fare rose by $0.50 to $2.75 on the city's buses and trains on Monday." },
    { "The ferry sank 20 nautical miles off the coast of the island late on Tuesday.",
      "The ferry sank 37 kilometres off the coast of the island late on Tuesday." },
    { "The striker signed a five-year deal with the club on Thursday after his medical.",
      "The striker signed a 5-year deal with the club on Thursday after his medical." },
    { "About 10.000 people marched through the centre of the capital on Saturday.",
      "About 10,000 people marched through the centre of the capital on Saturday." },
    { "A third of the voters in the district backed the measure in the referendum on Sunday.",
      "35% of the voters in the district backed the measure in the referendum on Sunday." },
    { "Two-thirds of the voters in the district backed the measure in the referendum on Sunday.",
      "65 percent of the voters in the district backed the measure in the referendum on Sunday." },
    { "One in five voters in the district backed the measure in the referendum on Sunday.",
      "20 percent of voters in the district backed the measure in the referendum on Sunday." },
    { "Half of the voters in the district backed the measure in the referendum on Sunday.",
      "50% of the voters in the district backed the measure in the referendum on Sunday." },
    { "The vote closed at 2:04 p.m. EST on Tuesday in the chamber in Washington.",
      "The vote closed at 19:04 GMT on Tuesday in the chamber in Washington." },
    { "The vote closed at 7.04pm GMT on Tuesday in the chamber in Washington.",
      "The vote closed at 2:04 p.m. EST on Tuesday in the chamber in Washington." },
    { "The vote closed on Tuesday at 2:04 p.m. EST in the chamber in Washington.",
      "The vote closed on Tuesday at 1904 GMT in the chamber in Washington." },
    { "The garment workers were fined 200,000 taka each by the labour court in Dhaka.",
      "The garment workers were fined Tk 2 lakh each by the labour court in Dhaka." },
    { "The company was fined Rs 5 crore by the regulator in Mumbai on Monday.",
      "The company was fined 50 million rupees by the regulator in Mumbai on Monday." },
    { "The company was fined ₹50 million by the regulator in Mumbai on Monday.",
      "The company was fined Rs 5 crore by the regulator in Mumbai on Monday." },
    { "The club agreed a fee of C$2 million for the defender, the team said on Friday.",
      "The club agreed a fee of 2 million Canadian dollars for the defender, the team said on Friday." },
    { "The cyclone brought winds of 100 knots to the coast on Sunday night.",
      "The cyclone brought winds of 185 km/h to the coast on Sunday night." },
    { "The cyclone brought winds of 120 miles per hour to the coast on Sunday night.",
      "The cyclone brought winds of 193 kilometres per hour to the coast on Sunday night." },
    { "The plane landed at noon on Friday after circling over the airport for an hour.",
      "The plane landed at 12:00 on Friday after circling over the airport for an hour." },
    { "The plane landed at 12 noon on Friday after circling over the airport for 60 minutes.",
      "The plane landed at noon on Friday after circling over the airport for an hour." },
    { "Tens of thousands of people marched through the centre of Athens on Wednesday against the cuts.",
      "About 60,000 people marched through the centre of Athens on Wednesday against the cuts." },
    { "Hundreds of thousands of people marched through the centre of Athens on Wednesday against the cuts.",
      "About 500,000 people marched through the centre of Athens on Wednesday against the cuts." },
    { "A fifth of the children in the district were infected during the outbreak, health officials said.",
      "20 percent of the children in the district were infected during the outbreak, health officials said." },
    { "One-tenth of the children in the district were infected during the outbreak, health officials said.",
      "One in 10 children in the district were infected during the outbreak, health officials said." },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (pairs); i++)
    assert_not_flagged (pairs[i][0], pairs[i][1], G_MAXINT);
}

/* The same forms with one value changed are a difference each: the
 * values above are read, not left unread.
 */
static void
test_unequal_values_forms (void)
{
  static const char *pairs[][2] = {
    { "The company sold its shipping unit for $1.5m to a group of investors in Toronto on Monday.",
      "The company sold its shipping unit for $1,700,000 to a group of investors in Toronto on Monday." },
    { "The company sold its shipping unit for 1.5 million dollars to a group of investors in Toronto on Monday.",
      "The company sold its shipping unit for $1.7 million to a group of investors in Toronto on Monday." },
    { "The council agreed to spend 2 billion pounds on new flood defences along the Thames estuary, the minister said.",
      "The council agreed to spend £3,000m on new flood defences along the Thames estuary, the minister said." },
    { "The club paid €300,000 in fines to the league after the riot at the stadium in Marseille.",
      "The club paid 350,000 euros in fines to the league after the riot at the stadium in Marseille." },
    { "The club paid €300k in fines to the league after the riot at the stadium in Marseille.",
      "The club paid EUR 350,000 in fines to the league after the riot at the stadium in Marseille." },
    { "The fund manager oversees $2.3 trillion in assets for pension funds across the country.",
      "The fund manager oversees 2.5 trillion dollars in assets for pension funds across the country." },
    { "The fund manager oversees $2.3tn in assets for pension funds across the country.",
      "The fund manager oversees $2,500bn in assets for pension funds across the country." },
    { "The jury awarded the family half a million dollars in damages over the crash on the interstate.",
      "The jury awarded the family $600,000 in damages over the crash on the interstate." },
    { "The jury awarded the family a quarter of a million pounds in damages over the crash on the motorway.",
      "The jury awarded the family £300,000 in damages over the crash on the motorway." },
    { "The bank was fined ¥10 billion by regulators in Tokyo for failing to report the trades.",
      "The bank was fined 12 billion yen by regulators in Tokyo for failing to report the trades." },
    { "The carmaker will invest $1.2bn in a battery plant outside Atlanta, the governor announced.",
      "The carmaker will invest $1,400 million in a battery plant outside Atlanta, the governor announced." },
    { "The carmaker will invest $1.2 billion in a battery plant outside Atlanta, the governor announced.",
      "The carmaker will invest 1.4 billion US dollars in a battery plant outside Atlanta, the governor announced." },
    { "Thieves stole jewellery worth £40,000 from the shop on the high street, police said.",
      "Thieves stole jewellery worth £45k from the shop on the high street, police said." },
    { "Thieves stole jewellery worth £40,000 from the shop on the high street, police said.",
      "Thieves stole jewellery worth forty-five thousand pounds from the shop on the high street, police said." },
    { "The ticket costs $12.50 for adults at the museum in Chicago, up from last year.",
      "The ticket costs $13.5 for adults at the museum in Chicago, up from last year." },
    { "The deal values the company at about $4bn including debt, according to the filing.",
      "The deal values the company at roughly $5 billion including debt, according to the filing." },
    { "Unemployment rose to 12% in the third quarter, the statistics office said on Tuesday.",
      "Unemployment rose to 14 percent in the third quarter, the statistics office said on Tuesday." },
    { "Unemployment rose to 12 per cent in the third quarter, the statistics office said on Tuesday.",
      "Unemployment rose to fourteen percent in the third quarter, the statistics office said on Tuesday." },
    { "Unemployment rose to 4.5% in the third quarter, the statistics office said on Tuesday.",
      "Unemployment rose to 4.8 pct in the third quarter, the statistics office said on Tuesday." },
    { "The central bank raised its main rate by half a percentage point to 4.75% on Thursday.",
      "The central bank raised its main rate by 75 basis points to 4.75 percent on Thursday." },
    { "Shares in the retailer fell 36% to 302 pence in early trading in London.",
      "Shares in the retailer fell 38 per cent to 302p in early trading in London." },
    { "Twenty-five people were arrested after the protest outside the parliament in Nairobi.",
      "28 people were arrested after the protest outside the parliament in Nairobi." },
    { "Police arrested one hundred and twenty people after the protest outside the parliament in Nairobi.",
      "Police arrested 140 people after the protest outside the parliament in Nairobi." },
    { "Police arrested seven people after the protest outside the parliament in Nairobi on Tuesday.",
      "Police arrested 9 people after the protest outside the parliament in Nairobi on Tuesday." },
    { "About two thousand people marched through the centre of the capital on Saturday.",
      "About 3,000 people marched through the centre of the capital on Saturday." },
    { "Some three million people live in the flood zone along the river, officials said.",
      "Some 4m people live in the flood zone along the river, officials said." },
    { "Some 3,000,000 people live in the flood zone along the river, officials said.",
      "Some four million people live in the flood zone along the river, officials said." },
    { "A million people live in the flood zone along the river, officials said.",
      "2 million people live in the flood zone along the river, officials said." },
    { "Rescuers pulled two dozen survivors from the rubble of the hotel on Friday.",
      "Rescuers pulled 28 survivors from the rubble of the hotel on Friday." },
    { "Rescuers pulled a dozen survivors from the rubble of the hotel on Friday.",
      "Rescuers pulled at least 16 survivors from the rubble of the hotel on Friday." },
    { "Nineteen people were killed when the bus plunged into a ravine in the mountains.",
      "21 people were killed when the bus plunged into a ravine in the mountains." },
    { "Two hundred and fifty homes were destroyed by the fire in the hills above the town.",
      "280 homes were destroyed by the fire in the hills above the town." },
    { "The airline carried 1.2 million passengers in November, a record for the month.",
      "The airline carried 1,400,000 passengers in November, a record for the month." },
    { "The airline carried 1.2m passengers in November, a record for the month.",
      "The airline carried 1.4 million passengers in November, a record for the month." },
    { "More than 100 people were injured in the clashes in the city centre, the health ministry said.",
      "Over 300 people were injured in the clashes in the city centre, the health ministry said." },
    { "More than 1,000 people were injured in the clashes in the city centre, the health ministry said.",
      "More than 3,000 people were injured in the clashes in the city centre, the health ministry said." },
    { "About 200 people were injured in the clashes in the city centre, the health ministry said.",
      "Around 400 people were injured in the clashes in the city centre, the health ministry said." },
    { "Roughly 200 people were injured in the clashes in the city centre, the health ministry said.",
      "Approximately 400 people were injured in the clashes in the city centre, the health ministry said." },
    { "Between 20 and 30 people were injured in the clashes in the city centre, the health ministry said.",
      "40 to 50 people were injured in the clashes in the city centre, the health ministry said." },
    { "Nearly 50 people were injured in the clashes in the city centre, the health ministry said.",
      "Almost 80 people were injured in the clashes in the city centre, the health ministry said." },
    { "The former minister was jailed for 12 1/2 years for taking bribes on a police contract.",
      "The former minister was jailed for thirteen and a half years for taking bribes on a police contract." },
    { "The former minister was jailed for 12½ years for taking bribes on a police contract.",
      "The former minister was jailed for 13.5 years for taking bribes on a police contract." },
    { "The former minister was jailed for 18 months for taking bribes on a police contract.",
      "The former minister was jailed for two years for taking bribes on a police contract." },
    { "The former minister was jailed for two and a half years for taking bribes on a police contract.",
      "The former minister was jailed for 40 months for taking bribes on a police contract." },
    { "The strike at the port lasted two weeks before the union accepted the offer.",
      "The strike at the port lasted 20 days before the union accepted the offer." },
    { "Firefighters took an hour and a half to bring the blaze at the warehouse under control.",
      "Firefighters took 120 minutes to bring the blaze at the warehouse under control." },
    { "Firefighters took half an hour to bring the blaze at the warehouse under control.",
      "Firefighters took 45 minutes to bring the blaze at the warehouse under control." },
    { "Firefighters took 48 hours to bring the blaze at the warehouse under control.",
      "Firefighters took three days to bring the blaze at the warehouse under control." },
    { "The runners covered 5 km through the old town before the finish at the cathedral.",
      "The runners covered 5 miles through the old town before the finish at the cathedral." },
    { "The flood barrier stretches for 10 kilometres along the coast south of the port.",
      "The flood barrier stretches for nine miles along the coast south of the port." },
    { "The flood barrier stretches for 2 km along the coast south of the port.",
      "The flood barrier stretches for three kilometres along the coast south of the port." },
    { "The climbers fell 100 metres down the north face of the mountain on Sunday.",
      "The climbers fell 500 feet down the north face of the mountain on Sunday." },
    { "The plane dropped to 2,000 feet before the pilot regained control over the bay.",
      "The plane dropped to 900 metres before the pilot regained control over the bay." },
    { "Customs officers seized 2 tonnes of cocaine hidden in a shipment of bananas at the port.",
      "Customs officers seized 3,000 kilograms of cocaine hidden in a shipment of bananas at the port." },
    { "The storm brought winds of 180 km/h to the coast of Brittany overnight.",
      "The storm brought winds of about 90 mph to the coast of Brittany overnight." },
    { "The storm brought winds of 100 mph to the coast of Brittany overnight.",
      "The storm brought winds of 200 km/h to the coast of Brittany overnight." },
    { "The wildfire has burned 10,000 hectares of forest in the north of the province.",
      "The wildfire has burned 34,700 acres of forest in the north of the province." },
    { "The wildfire has burned 20 square miles of forest in the north of the province.",
      "The wildfire has burned 72 square kilometres of forest in the north of the province." },
    { "Up to 30 cm of snow fell on the capital overnight, closing schools and roads.",
      "Up to 20 inches of snow fell on the capital overnight, closing schools and roads." },
    { "Temperatures in the capital reached 38C on Sunday afternoon as crowds gathered at the beach.",
      "Temperatures in the capital reached 90 degrees Fahrenheit on Sunday afternoon as crowds gathered at the beach." },
    { "Temperatures in the capital fell to minus 5 degrees Celsius overnight as the storm moved east.",
      "Temperatures in the capital fell to 14F overnight as the storm moved east." },
    { "Temperatures in the capital fell to -5°C overnight as the storm moved east.",
      "Temperatures in the capital fell to 14 °F overnight as the storm moved east." },
    { "The launch took place at 3 p.m. EST from the pad at Cape Canaveral on Tuesday.",
      "The launch took place at 21:00 GMT from the pad at Cape Canaveral on Tuesday." },
    { "The launch took place at 3 p.m. EST from the pad at Cape Canaveral on Tuesday.",
      "The launch took place at 2100 GMT from the pad at Cape Canaveral on Tuesday." },
    { "The summit opened at noon in the Belgian capital on Thursday with all the leaders.",
      "The summit opened at 1 p.m. in the Belgian capital on Thursday with all the leaders." },
    { "The summit opened at 12:00 in the Belgian capital on Thursday with all the leaders.",
      "The summit opened at 1 p.m. in the Belgian capital on Thursday with all the leaders." },
    { "The polls closed at midnight in the capital on Sunday, the electoral commission said.",
      "The polls closed at 1 a.m. in the capital on Sunday, the electoral commission said." },
    { "The polls closed at 9:30 p.m. in the capital on Sunday, the electoral commission said.",
      "The polls closed at 22:30 in the capital on Sunday, the electoral commission said." },
    { "The polls closed at 9.30pm in the capital on Sunday, the electoral commission said.",
      "The polls closed at 10:30 p.m. in the capital on Sunday, the electoral commission said." },
    { "The speech began at 2 p.m. BST in the hall in Manchester on Wednesday.",
      "The speech began at 14:00 GMT in the hall in Manchester on Wednesday." },
    { "The speech began at 3 p.m. CEST in the hall in Brussels on Wednesday.",
      "The speech began at 14:00 GMT in the hall in Brussels on Wednesday." },
    { "The vote started at 10 a.m. IST in the parliament in New Delhi on Monday.",
      "The vote started at 05:30 GMT in the parliament in New Delhi on Monday." },
    { "The vote started at 9 a.m. JST in the parliament in Tokyo on Monday.",
      "The vote started at 2 a.m. GMT in the parliament in Tokyo on Monday." },
    { "The rally began at 9 p.m. PT in Los Angeles, the organisers said.",
      "The rally began at 11 p.m. ET in Los Angeles, the organisers said." },
    { "The rally began at 6 p.m. ET in New York, the organisers said.",
      "The rally began at 2100 GMT in New York, the organisers said." },
    { "The trial opened on March 3 at the district court in The Hague, prosecutors said.",
      "The trial opened on 4 March at the district court in The Hague, prosecutors said." },
    { "The trial opened on March 3rd at the district court in The Hague, prosecutors said.",
      "The trial opened on March 5 at the district court in The Hague, prosecutors said." },
    { "The trial opened on Dec. 4 at the district court in The Hague, prosecutors said.",
      "The trial opened on December 6 at the district court in The Hague, prosecutors said." },
    { "The trial opened on 4 Dec 2026 at the district court in The Hague, prosecutors said.",
      "The trial opened on December 7, 2026 at the district court in The Hague, prosecutors said." },
    { "The trial opened on 2026-12-04 at the district court in The Hague, prosecutors said.",
      "The trial opened on December 7, 2026 at the district court in The Hague, prosecutors said." },
    { "The trial opened on Friday, December 4 at the district court in The Hague, prosecutors said.",
      "The trial opened on December 6 at the district court in The Hague, prosecutors said." },
    { "The driver, John Smith (36), of Leeds, was arrested at the scene of the crash.",
      "The driver, John Smith, 38, of Leeds, was arrested at the scene of the crash." },
    { "Officials said 0 people were hurt when the bridge collapsed over the river on Sunday.",
      "Officials said three people were hurt when the bridge collapsed over the river on Sunday." },
    { "Officials said no one was hurt when the bridge collapsed over the river on Sunday.",
      "Officials said two people were hurt when the bridge collapsed over the river on Sunday." },
    { "Officials said there were no injuries when the bridge collapsed over the river on Sunday.",
      "Officials said four people were injured when the bridge collapsed over the river on Sunday." },
    { "Shares in the retailer fell to 302p in early trading in London after the warning.",
      "Shares in the retailer fell to £3.20 in early trading in London after the warning." },
    { "The ferry sank 20 nautical miles off the coast of the island late on Tuesday.",
      "The ferry sank 20 kilometres off the coast of the island late on Tuesday." },
    { "The striker signed a five-year deal with the club on Thursday after his medical.",
      "The striker signed a 4-year deal with the club on Thursday after his medical." },
    { "About 10.000 people marched through the centre of the capital on Saturday.",
      "About 20,000 people marched through the centre of the capital on Saturday." },
    { "A third of the voters in the district backed the measure in the referendum on Sunday.",
      "45% of the voters in the district backed the measure in the referendum on Sunday." },
    { "One in five voters in the district backed the measure in the referendum on Sunday.",
      "30 percent of voters in the district backed the measure in the referendum on Sunday." },
    { "The vote closed at 2:04 p.m. EST on Tuesday in the chamber in Washington.",
      "The vote closed at 20:04 GMT on Tuesday in the chamber in Washington." },
    { "The vote closed on Tuesday at 2:04 p.m. EST in the chamber in Washington.",
      "The vote closed on Tuesday at 2004 GMT in the chamber in Washington." },
    { "The garment workers were fined 200,000 taka each by the labour court in Dhaka.",
      "The garment workers were fined Tk 3 lakh each by the labour court in Dhaka." },
    { "The company was fined ₹50 million by the regulator in Mumbai on Monday.",
      "The company was fined Rs 6 crore by the regulator in Mumbai on Monday." },
    { "The cyclone brought winds of 100 knots to the coast on Sunday night.",
      "The cyclone brought winds of 150 km/h to the coast on Sunday night." },
    { "The plane landed at noon on Friday after circling over the airport for an hour.",
      "The plane landed at 13:00 on Friday after circling over the airport for an hour." },
    { "Thousands of people marched through the centre of Athens on Wednesday against the cuts.",
      "About 60,000 people marched through the centre of Athens on Wednesday against the cuts." },
    { "A fifth of the children in the district were infected during the outbreak, health officials said.",
      "40 percent of the children in the district were infected during the outbreak, health officials said." },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr(PxComparison) c = compare_pair (pairs[i][0], pairs[i][1]);
      g_autoptr(GPtrArray) numbers = of_kind (c, PX_DIFFERENCE_NUMBER);
      g_autoptr(GPtrArray) times = of_kind (c, PX_DIFFERENCE_TIME);
      /* "no one was hurt" against "two people were hurt" */
      g_autoptr(GPtrArray) contradictions = of_kind (c, PX_DIFFERENCE_CONTRADICTION);

      g_test_message ("flagged? %s / %s", pairs[i][0], pairs[i][1]);
      assert_aligned (c, 2);
      g_assert_cmpuint (numbers->len + times->len + contradictions->len, ==, 1);
    }
}

/* A market's close and its moves during the day are two figures:
 * "plunged 6.1 per cent" is no rival of "closed down 4.2 percent"; two
 * closes are.
 */
static void
test_number_close_and_intraday (void)
{
  assert_not_flagged ("Investors took fright at the unrest in Lisbon as Portuguese shares plunged 6.1 per cent on Wednesday.",
                      "Investors took fright at the unrest in Lisbon as Portuguese shares closed down 4.2 percent on Wednesday.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Shares in the retailer fell as much as 12% in early trading in London on Monday after the profit warning.",
                      "Shares in the retailer closed 8% lower in London on Monday after the profit warning.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("Investors took fright at the unrest in Lisbon as Portuguese shares closed down 6.1 per cent on Wednesday.",
                  "Investors took fright at the unrest in Lisbon as Portuguese shares closed down 4.2 percent on Wednesday.",
                  PX_DIFFERENCE_NUMBER, "6.1 per cent", "4.2 percent");
  assert_flagged ("Investors took fright at the unrest in Lisbon as Portuguese shares plunged 6.1 per cent on Wednesday.",
                  "Investors took fright at the unrest in Lisbon as Portuguese shares plunged 4.2 percent on Wednesday.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
}

/* Zones named by a word, as the publication date's reader knows them too
 * (one table: px_zone_lookup()): "10 a.m. Eastern" in winter is 15:00
 * GMT, and not 10:00 GMT; 1 p.m. Pacific is not 1 p.m. Eastern.
 */
static void
test_time_zone_words (void)
{
  assert_not_flagged ("The vote in the Senate began at 10 a.m. Eastern on Tuesday, December 1, aides said.",
                      "The vote in the Senate began at 15:00 GMT on Tuesday, December 1, aides said.",
                      PX_DIFFERENCE_TIME);
  assert_not_flagged ("The vote in the Senate began at 10 a.m. Eastern Time on Tuesday, December 1, aides said.",
                      "The vote in the Senate began at 1500 GMT on Tuesday, December 1, aides said.",
                      PX_DIFFERENCE_TIME);
  assert_flagged ("The vote in the Senate began at 10 a.m. Eastern on Tuesday, December 1, aides said.",
                  "The vote in the Senate began at 10:00 GMT on Tuesday, December 1, aides said.",
                  PX_DIFFERENCE_TIME, NULL, NULL);
  assert_flagged ("The vote in the Senate began at 1 p.m. Pacific on Tuesday, December 1, aides said.",
                  "The vote in the Senate began at 1 p.m. Eastern on Tuesday, December 1, aides said.",
                  PX_DIFFERENCE_TIME, NULL, NULL);
  /* a place's name that begins with a zone's word names no zone */
  assert_not_flagged ("At 4 p.m. Central Park was closed to visitors on Tuesday, December 1, police said.",
                      "At 4 p.m. Eastern, Central Park was closed to visitors on Tuesday, December 1, police said.",
                      PX_DIFFERENCE_TIME);
}

/* A publication stamp is not the time of what happened. */
static void
test_time_not_stamp (void)
{
  assert_not_flagged ("Posted September 15, 2013 11:26 pm: climber dies in fall on Aoraki Mount Cook.",
                      "Posted September 16, 2013 8:44 am: climber dies in fall on Aoraki Mount Cook.",
                      PX_DIFFERENCE_TIME);
  assert_not_flagged ("Page updated on Monday evening.", "Page updated on Tuesday evening.", PX_DIFFERENCE_TIME);
  /* a short sentence that tells something is no stamp */
  assert_flagged ("Its disciplinary committee will meet on Friday.", "Its disciplinary committee will meet on Monday.",
                  PX_DIFFERENCE_TIME, "Friday", "Monday");
  assert_flagged ("Polls closed on Sunday.", "Polls closed on Saturday.", PX_DIFFERENCE_TIME, "Sunday", "Saturday");
}

/* A time whose verb is not read joins the topic of either verb it may
 * date, never both: the arrest at 2:30 and the release by 6 stay apart;
 * a verb form between an owner and its noun ("his left knee") dates nothing.
 */
static void
test_time_two_acts (void)
{
  const char *texts[] = {
    "The receiver was booked into county jail in San Diego and was released by 6 a.m. on Tuesday.",
    "Officers apprehended the receiver in San Diego at about 2:30 a.m. on Tuesday and booked him into county jail.",
    "Officers arested the receiver in San Diego at 2.30am on Tuesday and booked him into county jail.",
  };
  g_autoptr(PxComparison) c = compare_texts (texts, 3);
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_TIME);

  assert_aligned (c, 3);
  g_assert_cmpuint (found->len, ==, 0);

  assert_not_flagged ("Castle tweaked his left knee last Thursday, and head coach Dan Whitby said the Hounds decided to put the "
                      "running back on IR after concluding that he would miss the team's final two games.",
                      "The Memphis Hounds placed running back Jerome Castle on Injured Reserve Wednesday, ending his "
                      "season two games before the year's finale with a torn ligament in his left knee.",
                      PX_DIFFERENCE_TIME);
  assert_flagged ("The Hounds placed running back Jerome Castle on injured reserve on Thursday with a sprained left knee.",
                  "The Memphis Hounds placed Jerome Castle on injured reserve Wednesday with a sprained knee.",
                  PX_DIFFERENCE_TIME, "Thursday", "Wednesday");

  /* a verb in the present with its object dates its own act: the
   * seminar hosted, not the party established, nor "organised" that
   * tells of the seminar */
  assert_not_flagged ("A party of industrialists and entrepreneurs was established in Ashgabat in August 2012 with 300 "
                      "delegates from all regions, the election commission said.",
                      "On October 1 Ashgabat hosts a seminar of industrialists and entrepreneurs organised with 300 "
                      "delegates from all regions, the election commission said.",
                      PX_DIFFERENCE_TIME);
  assert_flagged ("On October 1 Ashgabat hosts a seminar of industrialists and entrepreneurs organised with 300 "
                  "delegates from all regions, the election commission said.",
                  "Ashgabat hosts a seminar of industrialists and entrepreneurs on October 3 with 300 "
                  "delegates from all regions, the election commission said.",
                  PX_DIFFERENCE_TIME, "October 1", "October 3");
}

/* A time differs only for the same happening: the day a statement was
 * made is not the day of the fire, nor is one act's day another's; the
 * same verb dates the same happening however the rest is worded.
 */
static void
test_time_same_happening (void)
{
  assert_not_flagged ("Damage to the church in Millbrook was estimated at $1.5 million, authorities said Saturday.",
                      "The church in Millbrook suffered $1.5 million in damage from a fire set on Friday night.",
                      PX_DIFFERENCE_TIME);
  assert_not_flagged ("Damage to the church in Millbrook was estimated at $1.5 million, authorities said Saturday.",
                      "Damage to the church in Millbrook was estimated at $1.5 million, authorities said on Sunday.",
                      PX_DIFFERENCE_TIME);
  assert_not_flagged ("The convicted killer of the deputy laughed on Tuesday after hearing the jury's verdict in Norwalk.",
                      "A judge in Norwalk on Thursday upheld the jury's verdict against the convicted killer of the deputy.",
                      PX_DIFFERENCE_TIME);
  assert_flagged ("Walter Brisk, the police official known as the Old Fox, died on Thursday at his home in Fresno.",
                  "Brisk, who became famous as the informant called the Old Fox, died on Friday, his family said.",
                  PX_DIFFERENCE_TIME, "Thursday", "Friday");
  /* a time before a noun dates that noun's happening: the game, not the
   * placing on a list */
  assert_not_flagged ("Castle missed four games after an operation on his left knee, and it seems it was hurt in the "
                      "Hounds ' Thursday night loss to Chicago.",
                      "The Hounds placed Castle on their injured reserve list Wednesday after he sustained a knee sprain in "
                      "the team's loss at Chicago.",
                      PX_DIFFERENCE_TIME);
  assert_not_flagged ("About 200 residents were evacuated from their homes after the Monday night fire at the old mill.",
                      "About 200 residents were evacuated from their homes on Wednesday after the fire at the old mill.",
                      PX_DIFFERENCE_TIME);
  /* a declaration is an act, not the saying of a claim */
  assert_flagged ("Governor Gavin Newsom declared a state of emergency for Los Angeles County on Thursday.",
                  "Newsom declared a state of emergency on Wednesday night as the fire spread.",
                  PX_DIFFERENCE_TIME, NULL, NULL);
}

/* A year alone dates a happening as a day does, but only the same verb's:
 * a story recalls many years.
 */
static void
test_time_year (void)
{
  assert_flagged ("The $80m contract for 400 hospital beds was signed in 2019, while she headed the health ministry.",
                  "The $80m contract, signed in 2021, covered the supply of 400 hospital beds to the health ministry.",
                  PX_DIFFERENCE_TIME, "2019", "2021");
  /* the same year, and a month of it */
  assert_not_flagged ("The $80m contract for 400 hospital beds was signed in 2019, while she headed the health ministry.",
                      "The $80m contract, signed in March 2019, covered the supply of 400 hospital beds to the health ministry.",
                      PX_DIFFERENCE_TIME);
  /* a year no verb ties to the signing */
  assert_not_flagged ("The $80m contract for 400 hospital beds was signed in 2019, while she headed the health ministry.",
                      "The $80m contract for 400 hospital beds, her ministry's largest in 2021, was signed by her deputy.",
                      PX_DIFFERENCE_TIME);
  /* the figures of one contract are still compared across its two years */
  assert_flagged ("The $80m contract for 400 hospital beds was signed in 2019, while she headed the health ministry.",
                  "The $80m contract, signed in 2021, covered the supply of 300 hospital beds to the health ministry.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
}

/* Clock times in two zones that are not the same time. */
static void
test_time_zones (void)
{
  assert_flagged ("The summit opened at 10:00 GMT in the Belgian capital on Thursday with all the leaders.",
                  "The summit opened at 10:00 CET in the Belgian capital on Thursday with all the leaders.",
                  PX_DIFFERENCE_TIME, "10:00 GMT", "10:00 CET");
  /* the zone after the stop of "p.m.", and a season an hour apart at most */
  assert_flagged ("Under the takeover rules, the bidder has until 5 p.m. GMT on December 14 to make a firm offer.",
                  "Under the takeover rules, the bidder has until 9 a.m. ET on December 14 to make a firm offer.",
                  PX_DIFFERENCE_TIME, NULL, NULL);
  assert_flagged ("Under the takeover rules, the bidder has until 5 p.m. GMT on December 14 to make a firm offer.",
                  "Under the takeover rules, the bidder has until 5 p.m. CET on December 14 to make a firm offer.",
                  PX_DIFFERENCE_TIME, NULL, NULL);
}

/* A night told as the next day's small hours is one night when a report
 * of the story gives its moment on two days in two zones ("10:15 p.m.
 * Friday (2:15 a.m. ET Saturday)"); without that, "Friday night" and
 * "early Saturday" stay a difference, as does another day's night.
 */
static void
test_time_night_across_zones (void)
{
  const char *zones[] = {
    "A suspicious fire badly damaged the Millbrook Gospel Church on Friday night, the church's pastor said. "
    "Crews battled the fire, which began about 10:15 p.m. Friday (2:15 a.m. ET Saturday), for six hours.",
    "A suspicious fire badly damaged the Millbrook Gospel Church early Saturday, the church's pastor said.",
  };
  const char *other_night[] = {
    "A suspicious fire badly damaged the Millbrook Gospel Church on Thursday night, the church's pastor said. "
    "Crews battled the fire, which began about 10:15 p.m. Friday (2:15 a.m. ET Saturday), for six hours.",
    "A suspicious fire badly damaged the Millbrook Gospel Church early Saturday, the church's pastor said.",
  };
  /* the leads in one claim, the first report's clocks apart */
  g_autoptr(PxComparison) c = compare_leads_as_one_claim (zones, 2, (const guint[]) { 2, 1 });
  g_autoptr(PxComparison) d = compare_leads_as_one_claim (other_night, 2, (const guint[]) { 2, 1 });
  g_autoptr(GPtrArray) same = of_kind (c, PX_DIFFERENCE_TIME);
  g_autoptr(GPtrArray) apart = of_kind (d, PX_DIFFERENCE_TIME);

  assert_aligned (c, 2);
  g_assert_cmpuint (same->len, ==, 0);
  assert_aligned (d, 2);
  g_assert_cmpuint (apart->len, ==, 1);
  /* a clock of the next day after its small hours, a day of another
   * week, two clocks of two days in no zone: still two times */
  {
    const char *morning[] = {
      zones[0], "A suspicious fire badly damaged the Millbrook Gospel Church at 9 a.m. Saturday, the church's pastor said.",
    };
    const char *other_week[] = {
      "A suspicious fire badly damaged the Millbrook Gospel Church on Friday night, March 3, the church's pastor said. "
      "Crews battled the fire, which began about 10:15 p.m. Friday (2:15 a.m. ET Saturday), for six hours.",
      "A suspicious fire badly damaged the Millbrook Gospel Church early Saturday, March 11, the church's pastor said.",
    };
    const char *no_zone[] = {
      "A suspicious fire badly damaged the Millbrook Gospel Church on Friday night, the church's pastor said. "
      "Firefighters fought the blaze from 9:40 p.m. Friday, and again from 9:40 p.m. Saturday, for eight hours.",
      "A suspicious fire badly damaged the Millbrook Gospel Church early Saturday, the church's pastor said.",
    };
    const char * const *cases[] = { morning, other_week, no_zone };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(PxComparison) e = compare_leads_as_one_claim (cases[i], 2, (const guint[]) { 2, 1 });
        g_autoptr(GPtrArray) times = of_kind (e, PX_DIFFERENCE_TIME);

        assert_aligned (e, 2);
        if (times->len != 1)
          g_error ("case %u: %u time differences, not 1", i, times->len);
      }
  }
  /* no report crosses midnight between zones */
  assert_flagged ("A suspicious fire badly damaged the Millbrook Gospel Church on Friday night, the church's pastor said.",
                  "A suspicious fire badly damaged the Millbrook Gospel Church early Saturday, the church's pastor said.",
                  PX_DIFFERENCE_TIME, "Friday night", "early Saturday");
}

/* A number differs only for the same quantity: the same thing counted in
 * the same predicate, the same sum.
 */
static void
test_number_same_quantity (void)
{
  assert_flagged ("The storm killed 12 people in the coastal province on Monday, officials said.",
                  "The storm killed 14 people in the coastal province on Monday, officials said.",
                  PX_DIFFERENCE_NUMBER, "12 people", "14 people");
  /* income against income, while the taxes agree */
  assert_flagged ("The Clintons paid $56 million in federal taxes on income of $139 million between 2007 and 2014.",
                  "The Clintons earned $141 million between 2007 and 2014 and paid $56 million in taxes.",
                  PX_DIFFERENCE_NUMBER, "$139 million", "$141 million");
}

/* Ranges are one quantity: "$140-150 million" is "between $140 million
 * and $150 million" and not "$160 million".
 */
static void
test_number_ranges (void)
{
  assert_not_flagged ("The Mariners offered the shortstop between $120 million and $130 million over six years.",
                      "The Mariners offered the shortstop $120-130 million over six years.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The Mariners offered the shortstop $125 million over six years, a person familiar said.",
                      "The Mariners offered the shortstop $120- $130 million over six years, a person familiar said.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The Mariners offered the shortstop $120-130 million over six years.",
                  "The Mariners offered the shortstop $140 million over six years.",
                  PX_DIFFERENCE_NUMBER, "$120-130 million", "$140 million");
  /* the same sum again in another currency */
  assert_not_flagged ("Damage to the church was estimated at £1 million ($1.52 million), the pastor said on Saturday.",
                      "Damage to the church was estimated at £1 million, the pastor said on Saturday.",
                      PX_DIFFERENCE_NUMBER);
}

/* One act on the same things is one slot, however the rest is worded. */
static void
test_number_same_act (void)
{
  assert_flagged ("A strong earthquake hit the island off the southern coast on Sunday, injuring five people, media said.",
                  "The agency reported that the quake near the edge of the little town on the island injured two people.",
                  PX_DIFFERENCE_NUMBER, "five people", "two people");
  /* the population of a town is not the dead */
  assert_not_flagged ("In February a quake hit the town of Zarand in the province, killing 612 people.",
                      "In February a quake hit Zarand, a town of 15,000 people in the province.",
                      PX_DIFFERENCE_NUMBER);
}

/* A figure named before it by what it measures is that measure's,
 * however the rest of the sentence is told; two counts of things are not
 * one slot by their noun alone.
 */
static void
test_number_measure (void)
{
  assert_flagged ("A magnitude 6.1 earthquake has struck off the south-west coast of Valdora, prompting tsunami warnings and the evacuation of thousands of people.",
                  "A 6.4 magnitude earthquake struck off southern Valdora late on Sunday, the U.S. Geological Survey said.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
  assert_not_flagged ("A magnitude 6.1 earthquake has struck off the south-west coast of Valdora, prompting tsunami warnings and the evacuation of thousands of people.",
                      "A 6.1 magnitude earthquake struck off southern Valdora late on Sunday, the U.S. Geological Survey said.",
                      PX_DIFFERENCE_NUMBER);
}

/* A share is of something: "turnout" against "turnout", not
 * unemployment against turnout.
 */
static void
test_number_shares (void)
{
  assert_flagged ("The central bank raised its main interest rate to 4.75% on Thursday, the first rise in a year.",
                  "The central bank raised its main interest rate to 5% on Thursday, the first rise in a year.",
                  PX_DIFFERENCE_NUMBER, "4.75%", "5%");
  assert_not_flagged ("Unemployment was 7.5 percent in the capital last year, the statistics office said.",
                      "Turnout reached 45 percent in the capital in the vote held last year.",
                      PX_DIFFERENCE_NUMBER);
}

/* None killed against two killed is a contradiction found as a count
 * (the annotation guide's and DESIGN's "no one was hurt" against "two
 * were injured"): "no deaths" is "no one was killed", the hurt are not
 * the dead, and "no one" is not one.
 */
static void
test_number_none (void)
{
  assert_flagged ("The storm swept through the coastal province on Monday, but no one was killed, officials said.",
                  "The storm swept through the coastal province on Monday and killed two people, officials said.",
                  PX_DIFFERENCE_CONTRADICTION, "no one was killed", "two people");
  assert_flagged ("Nobody was hurt when the roof of the sports hall collapsed under the snow on Tuesday.",
                  "Three people were hurt when the roof of the sports hall collapsed under the snow on Tuesday.",
                  PX_DIFFERENCE_CONTRADICTION, "Nobody was hurt", "Three people");
  for (guint k = 0; k < 2; k++)
    {
      PxDifferenceKind kind = k == 0 ? PX_DIFFERENCE_NUMBER : PX_DIFFERENCE_CONTRADICTION;

      /* one figure against none is no count difference any more */
      assert_not_flagged ("Nobody was hurt when the roof of the sports hall collapsed under the snow on Tuesday.",
                          "Three people were hurt when the roof of the sports hall collapsed under the snow on Tuesday.",
                          PX_DIFFERENCE_NUMBER);
      assert_not_flagged ("The storm swept through the coastal province on Monday; nobody was killed, but 40 people were injured.",
                          "The storm swept through the coastal province on Monday, injuring 40 people, but no deaths were reported.",
                          kind);
      assert_not_flagged ("No one was killed when the storm swept through the coastal province on Monday, officials said.",
                          "There were no deaths when the storm swept through the coastal province on Monday, officials said.",
                          kind);
      assert_not_flagged ("No one was injured when the storm swept through the coastal province on Monday, officials said.",
                          "One man drowned when the storm swept through the coastal province on Monday, officials said.",
                          kind);
    }
  /* none at all is none of anyone */
  assert_flagged ("No injuries were reported when the blaze swept through the canyon homes on Friday.",
                  "Two firefighters suffered minor injuries when the blaze swept through the canyon homes on Friday.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, "Two firefighters");
  /* none of one group answers the same group only */
  assert_flagged ("No fans were injured when the flare was thrown onto the pitch in the second half.",
                  "Two fans were injured when the flare was thrown onto the pitch in the second half.",
                  PX_DIFFERENCE_CONTRADICTION, NULL, NULL);
  for (guint k = 0; k < 2; k++)
    {
      PxDifferenceKind kind = k == 0 ? PX_DIFFERENCE_NUMBER : PX_DIFFERENCE_CONTRADICTION;

      assert_not_flagged ("No fans were injured when the flare was thrown onto the pitch in the second half.",
                          "Eleven officers were injured when the flare was thrown onto the pitch in the second half.",
                          kind);
      /* nobody seriously hurt leaves room for minor injuries */
      assert_not_flagged ("Nobody was seriously hurt when the blaze swept through the canyon homes on Friday.",
                          "Two firefighters suffered minor injuries when the blaze swept through the canyon homes on Friday.",
                          kind);
    }
  /* zero on a measure's scale is a value: a number difference */
  assert_flagged ("The fire was 10% contained by Friday evening, fire officials said.",
                  "The fire was zero percent contained by Friday evening, fire officials said.",
                  PX_DIFFERENCE_NUMBER, "10%", "zero percent");
  assert_not_flagged ("The fire was 10% contained by Friday evening, fire officials said.",
                      "The fire was zero percent contained by Friday evening, fire officials said.",
                      PX_DIFFERENCE_CONTRADICTION);
  /* two figures of one count stay a number difference */
  assert_flagged ("The storm swept through the coastal province on Monday and killed three people, officials said.",
                  "The storm swept through the coastal province on Monday and killed two people, officials said.",
                  PX_DIFFERENCE_NUMBER, "three people", "two people");
}

/* The dead in other words: "seven dead", "three fatalities", "the deaths
 * of three" against "killing nine people"; not two soldiers against nine
 * people, who may include them.
 */
static void
test_number_tolls (void)
{
  assert_flagged ("A car bomb exploded near a market in the capital on Monday, leaving seven dead and dozens wounded.",
                  "A car bomb exploded near a market in the capital on Monday, killing nine people and wounding dozens.",
                  PX_DIFFERENCE_NUMBER, "seven dead", "nine people");
  assert_flagged ("The bus plunged into a ravine in the northern province on Monday, with three fatalities reported by police.",
                  "The bus plunged into a ravine in the northern province on Monday, killing five people, police said.",
                  PX_DIFFERENCE_NUMBER, "three fatalities", "five people");
  assert_flagged ("The bus plunged into a ravine in the northern province on Monday, causing the deaths of three passengers.",
                  "The bus plunged into a ravine in the northern province on Monday, killing five passengers.",
                  PX_DIFFERENCE_NUMBER, "three passengers", "five passengers");
  assert_not_flagged ("A car bomb exploded near a market in the capital on Monday, killing two soldiers and wounding dozens.",
                      "A car bomb exploded near a market in the capital on Monday, killing nine people and wounding dozens.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("A car bomb exploded near a market in the capital on Monday, leaving seven dead and dozens wounded.",
                      "A car bomb exploded near a market in the capital on Monday, killing seven people and wounding dozens.",
                      PX_DIFFERENCE_NUMBER);
  /* seven dead are not nine hurt */
  assert_not_flagged ("A car bomb exploded near a market in the capital on Monday, leaving seven dead.",
                      "A car bomb exploded near a market in the capital on Monday, injuring nine people.",
                      PX_DIFFERENCE_NUMBER);
}

/* An age is given to the person named beside it with a role between
 * ("the 31-year-old climber Owen Farrant") or "aged" after the name
 * ("Owen Farrant, aged 32"): one person's two ages differ; another
 * person's age is no answer ("the 31-year-old guide and Owen Farrant").
 */
static void
test_number_ages_named (void)
{
  assert_flagged ("The 31-year-old climber Owen Farrant fell to his death on Mount Ardley on Saturday, police said.",
                  "The climber, Owen Farrant, aged 32, fell to his death on Mount Ardley on Saturday, police said.",
                  PX_DIFFERENCE_NUMBER, "31-year-old", "32");
  assert_not_flagged ("The 31-year-old climber Owen Farrant fell to his death on Mount Ardley on Saturday, police said.",
                      "The climber, Owen Farrant, aged 31, fell to his death on Mount Ardley on Saturday, police said.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("A 45-year-old guide and the climber Owen Farrant fell on Mount Ardley on Saturday, police said.",
                      "The climber, Owen Farrant, aged 32, fell on Mount Ardley on Saturday with a guide, police said.",
                      PX_DIFFERENCE_NUMBER);
}

/* Two sentences listing ages alike but one ("Tomas Brenner, 19, ... Luis
 * Ortega Jr., 17" against "Tomas Brenner, 19, and Anil Brenner, 23")
 * do not make the odd ones one person's age when each is given to a
 * name and the names differ: Anil Brenner's 23 answers "his 24-year-old
 * brother, Anil Brenner", told in another sentence.
 */
static void
test_number_ages_of_two_names (void)
{
  const char *texts[] = {
    "Tomas Brenner, 19, told the father of Luis Ortega Jr., 17, that the three had only waved at the tiger. "
    "His 24-year-old brother, Anil Brenner, and Ortega also had alcohol in their blood, the coroner wrote.",
    "Tomas Brenner, 19, and Anil Brenner, 23, were released from the hospital on Saturday.",
  };
  g_autoptr(PxComparison) c = compare_as_one_claim (texts, 2, (const guint[]) { 2, 1 });
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (px_difference_get_value (g_ptr_array_index (found, 0), 0), ==, "24-year-old");
  g_assert_cmpstr (px_difference_get_value (g_ptr_array_index (found, 0), 1), ==, "23");
}

/* "twice" and "thrice" are counts of times as "three times" is: "married
 * twice" / "was married three times" differ; "twice as many" is a
 * multiple, no count.
 */
static void
test_number_twice (void)
{
  assert_flagged ("The actress married twice and had no children, her family said on Monday.",
                  "The actress was married three times and had no children, her family said on Monday.",
                  PX_DIFFERENCE_NUMBER, "twice", "three times");
  assert_not_flagged ("The actress married twice and had no children, her family said on Monday.",
                      "The actress was married two times and had no children, her family said on Monday.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The storm brought twice as much rain to the valley as forecasters expected on Monday.",
                      "The storm brought three times the usual rain to the valley, forecasters said on Monday.",
                      PX_DIFFERENCE_NUMBER);
}

/* A person named in full and later by first name alone is that person
 * in the report, where the name is no one else's and the report uses the
 * last word as a surname ("Mark Whitlow", "Dana Whitlow"): "His
 * 24-year-old brother, Dana" is "Dana Whitlow, 23" of another report. A
 * first name two people share, or a surname alone two people share, is
 * no one in particular.
 */
static void
test_number_first_name (void)
{
  const char *one = "Dana Whitlow, 23, was pulled from the water by a lifeguard at Pelican Beach on Saturday afternoon.";
  const char *brothers =
    "Mark and Dana Whitlow were swept out to sea at Pelican Beach on Saturday. Mark Whitlow, 27, swam back to "
    "shore. His 24-year-old brother, Dana, was pulled from the water by a lifeguard at Pelican Beach on Saturday "
    "afternoon.";
  const char *two_danas =
    "Dana Price and Dana Whitlow were swept out to sea at Pelican Beach on Saturday. Mark Whitlow, 27, swam back "
    "to shore. Dana, 24, was pulled from the water by a lifeguard at Pelican Beach on Saturday afternoon.";
  const char *two_whitlows =
    "Two brothers were swept out to sea at Pelican Beach on Saturday. Dana Whitlow and Mark Whitlow swam for an "
    "hour. Whitlow, 24, was pulled from the water by a lifeguard at Pelican Beach on Saturday afternoon.";
  const char *cases[][2] = { { one, brothers }, { one, two_danas }, { one, two_whitlows } };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PxComparison) c = compare_texts (cases[i], 2);
      g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

      g_test_message ("case %u", i);
      g_assert_cmpuint (found->len, ==, i == 0 ? 1 : 0);
      if (i == 0)
        {
          PxDifference *difference = g_ptr_array_index (found, 0);

          g_assert_cmpstr (px_difference_get_value (difference, 0), ==, "23");
          g_assert_cmpstr (px_difference_get_value (difference, 1), ==, "24-year-old");
        }
    }
}

/* A count of times per period is a rate: "twice a month" is no count
 * "three times" (the one a habit, the other a tally), nor is "once a
 * month"; two rates of one period differ ("once a month" / "twice a
 * month", "three times a day" / "twice daily"); rates of two periods are
 * left alone.
 */
static void
test_number_frequency (void)
{
  assert_not_flagged ("The board met twice a month during the inquiry, the chairman told reporters on Tuesday.",
                      "The board met three times during the inquiry, the chairman told reporters on Tuesday.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The nurse said the boy was given the drug twice before the doctors stopped it on Friday.",
                      "The nurse said the boy was given the drug three times a day before the doctors stopped it on Friday.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The board met once a month during the inquiry, the chairman told reporters on Tuesday.",
                  "The board met twice a month during the inquiry, the chairman told reporters on Tuesday.",
                  PX_DIFFERENCE_NUMBER, "once a month", "twice a month");
  assert_flagged ("The nurse said the boy was given the drug three times a day before the doctors stopped it on Friday.",
                  "The nurse said the boy was given the drug twice daily before the doctors stopped it on Friday.",
                  PX_DIFFERENCE_NUMBER, "three times a day", "twice daily");
  assert_not_flagged ("The board met twice a week during the inquiry, the chairman told reporters on Tuesday.",
                      "The board met twice a month during the inquiry, the chairman told reporters on Tuesday.",
                      PX_DIFFERENCE_NUMBER);
}

/* A length of time back from the report ("two weeks ago") tells when a
 * thing happened: two such figures differ as times, not as numbers; the
 * same figure is no difference.
 */
static void
test_time_ago (void)
{
  assert_flagged ("The deputy had married two weeks ago in a small ceremony in Lakewood, relatives said.",
                  "The deputy had wed about three weeks ago in a small ceremony in Lakewood, relatives said.",
                  PX_DIFFERENCE_TIME, "two weeks", "about three weeks");
  assert_not_flagged ("The deputy had married two weeks ago in a small ceremony in Lakewood, relatives said.",
                      "The deputy had wed about three weeks ago in a small ceremony in Lakewood, relatives said.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The deputy had married two weeks ago in a small ceremony in Lakewood, relatives said.",
                      "The deputy had wed 14 days ago in a small ceremony in Lakewood, relatives said.",
                      G_MAXINT);
  /* a length that is no time back stays a number */
  assert_flagged ("The deputy had served two weeks in the unit before the shooting in Lakewood, relatives said.",
                  "The deputy had served three weeks in the unit before the shooting in Lakewood, relatives said.",
                  PX_DIFFERENCE_NUMBER, "two weeks", "three weeks");
}

/* Two people of one surname are two people, not one name spelled two
 * ways: "Mark Holt" against "his wife Mary Holt" (in another report, or
 * both in one) is no entity difference. A middle initial that is also a
 * word stays in its name: "said Bryant A. Kessler" names a speaker.
 */
static void
test_entity_one_surname (void)
{
  assert_not_flagged ("Mark Holt was killed when his car left the road near Camden on Tuesday night, police said.",
                      "Mark was killed when his car left the road near Camden on Tuesday night, his wife Mary Holt said.",
                      PX_DIFFERENCE_ENTITY);
  /* the speaker read whole, middle initial and all */
  assert_flagged ("The fire was started deliberately, said Bryant A. Kessler, the county fire marshal.",
                  "The fire was started deliberately, said John Roe, the county fire marshal.",
                  PX_DIFFERENCE_ENTITY, "Bryant A. Kessler", "John Roe");
  {
    const char *texts[] = {
      "Mark Holt and his wife Mary Holt were found dead at their home in Camden on Tuesday, police said.",
      "Mark Holt was found dead at his home in Camden on Tuesday along with his wife, police said.",
      "Mary Holt was found dead at her home in Camden on Tuesday along with her husband, police said.",
    };
    g_autoptr(PxComparison) c = compare_texts (texts, 3);
    g_autoptr(GPtrArray) entities = of_kind (c, PX_DIFFERENCE_ENTITY);

    g_assert_cmpuint (entities->len, ==, 0);
  }
}

/* Ages listed after names ("Holt, 47; Marsh, 36; and Kessler, 39") are
 * ages, each answering the same place of the other list.
 */
static void
test_number_ages_in_list (void)
{
  assert_flagged ("The county named the dead as Karen Holt, 47; Denise Marsh, 36; and Bryant Kessler, 39, all of Camden.",
                  "The county named the dead as Karen Holt, 47; Denise Marsh, 35; and Bryant Kessler, 39.",
                  PX_DIFFERENCE_NUMBER, "36", "35");
  assert_not_flagged ("The county named the dead as Karen Holt, 47; Denise Marsh, 36; and Bryant Kessler, 39, all of Camden.",
                      "The county named the dead as Karen Holt, 47; Denise Marsh, 36; and Bryant Kessler, 39.",
                      PX_DIFFERENCE_NUMBER);
  /* a name ending in "Jr." */
  assert_flagged ("The tiger killed Carlos Sousa Jr., 17, and mauled two brothers at the zoo on Tuesday.",
                  "The tiger killed Carlos Sousa Jr., 18, and mauled two brothers at the zoo on Tuesday.",
                  PX_DIFFERENCE_NUMBER, "17", "18");
  assert_not_flagged ("The tiger killed Carlos Sousa Jr., 17, and mauled two brothers at the zoo on Tuesday.",
                      "The tiger killed Carlos Sousa Jr., 17, and mauled the two brothers at the zoo on Tuesday.",
                      PX_DIFFERENCE_NUMBER);
}

/* Names joined by "and" into a body's name are that body: "Wessex and
 * Avon Fire and Rescue" is no place against "Ashcombe"; two towns named
 * as the fire's place still differ.
 */
static void
test_entity_joined_body (void)
{
  const char *texts[] = {
    "Crews from Wessex and Avon Fire and Rescue have fought a fire at a garden centre in a Wessex town.",
    "Fire crews from Ashcombe and Brayford were called in on Sunday to help fight a large blaze at the garden centre.",
    "Fire crews from Wessex and Avon Fire and Rescue went to the scene and called for three more engines.",
  };
  const guint one_each[] = { 1, 1, 1 };
  g_autoptr(PxComparison) c = compare_as_one_claim (texts, 3, one_each);
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_ENTITY);

  g_assert_cmpuint (found->len, ==, 0);
  assert_flagged ("A fire broke out at a large store in Ashcombe on Sunday night, the fire service said.",
                  "A fire broke out at a large store in Brayford on Sunday night, the fire service said.",
                  PX_DIFFERENCE_ENTITY, "Ashcombe", "Brayford");
}

/* A figure a toll came to ("the death toll rose to 12", "a toll of 12")
 * counts the dead: against "killed 10 people" a difference, against
 * "killed 12 people" none, and never against the injured.
 */
static void
test_number_toll_noun (void)
{
  assert_flagged ("The death toll from the bombing in the market on Monday rose to 12, police said.",
                  "The bombing in the market on Monday killed 10 people, police said.",
                  PX_DIFFERENCE_NUMBER, "12", "10 people");
  assert_not_flagged ("The death toll from the bombing in the market on Monday rose to 12, police said.",
                      "The bombing in the market on Monday killed 12 people, police said.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The death toll from the bombing in the market on Monday rose to 12, police said.",
                      "The bombing in the market on Monday injured 40 people, police said.",
                      PX_DIFFERENCE_NUMBER);
}

/* A name that opens with a kind of place ("Mount Ardley Bivvy", "Lake
 * Placid") is no person, so it does not set a sentence's figure apart
 * from another's that names the climber: how far he fell differs.
 */
static void
test_number_place_not_person (void)
{
  const char *texts[] = {
    "The 31-year-old climber Owen Farrant lost his footing on the ice and fell 700 meters to his death, rangers said.",
    "Rangers said the man fell about 600m on the ridge above the Mount Ardley Bivvy late on Saturday.",
  };
  const char *same[] = {
    texts[0],
    "Rangers said the man fell about 700m on the ridge above the Mount Ardley Bivvy late on Saturday.",
  };
  const guint one_each[] = { 1, 1 };
  g_autoptr(PxComparison) c = compare_as_one_claim (texts, 2, one_each);
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);
  g_autoptr(PxComparison) c_same = compare_as_one_claim (same, 2, one_each);
  g_autoptr(GPtrArray) none = of_kind (c_same, PX_DIFFERENCE_NUMBER);

  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (px_difference_get_value (g_ptr_array_index (found, 0), 0), ==, "700 meters");
  g_assert_cmpstr (px_difference_get_value (g_ptr_array_index (found, 0), 1), ==, "about 600m");
  g_assert_cmpuint (none->len, ==, 0);
}

/* A report that gives a floor and a figure of its own within it ("about
 * 50 hurt" in its lede, "at least 50 injured" below) counts the figure:
 * against another's 80 that is a difference, though 80 is "at least 50".
 * A floor alone is no rival of a figure above it, and a floor pinned to
 * the other report's own figure agrees with it.
 */
static void
test_number_floor_pinned (void)
{
  const char *texts[] = {
    "The earthquake hit the province on Sunday, killing 10 people and injuring 80, the governor said.",
    "About 50 people were hurt when the earthquake hit the province on Sunday, the governor said. "
    "The earthquake hit the province on Sunday, killing 10 people and injuring at least 50, the governor said.",
  };
  const guint n_sentences[] = { 1, 2 };
  const char *agreeing[] = {
    "The earthquake hit the province on Sunday, killing 10 people and injuring 50, the governor said.",
    texts[1],
  };
  const char *floor_alone[] = {
    texts[0],
    "The earthquake hit the province on Sunday, killing 10 people and injuring at least 50, the governor said.",
  };
  PxDifference *difference;

  {
    g_autoptr(PxComparison) c = compare_as_one_claim (texts, 2, n_sentences);
    g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (found->len, ==, 1);
    difference = g_ptr_array_index (found, 0);
    g_assert_cmpstr (px_difference_get_value (difference, 0), ==, "80");
    g_assert_cmpstr (px_difference_get_value (difference, 1), ==, "About 50 people");
    g_assert_cmpfloat (px_difference_get_confidence (difference), >=, 0.8);
  }
  {
    g_autoptr(PxComparison) c = compare_as_one_claim (agreeing, 2, n_sentences);
    g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (found->len, ==, 0);
  }
  {
    const guint one_each[] = { 1, 1 };
    g_autoptr(PxComparison) c = compare_as_one_claim (floor_alone, 2, one_each);
    g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (found->len, ==, 0);
  }
}

/* A vague amount its own report tells exactly speaks for that figure:
 * "flooded several villages" and "flooded five villages" in one report
 * are its five, against another's "seven villages" (before, "several",
 * three to nine, agreed with seven and the report took no side). A report
 * that gives "several" alone holds seven; one that gives five agrees.
 */
static void
test_number_vague_pinned (void)
{
  const char *texts[] = {
    "The storm flooded several villages along the coast on Tuesday. "
    "The storm flooded five villages and cut power to thousands of homes, the governor said.",
    "The storm flooded seven villages along the coast on Tuesday.",
  };
  const guint n_sentences[] = { 2, 1 };
  const char *agreeing[] = {
    texts[0],
    "The storm flooded five villages along the coast on Tuesday.",
  };
  const char *vague_alone[] = {
    "The storm flooded several villages along the coast on Tuesday.",
    texts[1],
  };
  const guint one_each[] = { 1, 1 };
  PxDifference *difference;

  {
    g_autoptr(PxComparison) c = compare_as_one_claim (texts, 2, n_sentences);
    g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (found->len, ==, 1);
    difference = g_ptr_array_index (found, 0);
    g_assert_cmpstr (px_difference_get_value (difference, 0), ==, "five villages");
    g_assert_cmpstr (px_difference_get_value (difference, 1), ==, "seven villages");
    /* the topic is of two figures, not a vague count against one */
    g_assert_cmpfloat (px_difference_get_confidence (difference), >=, 0.8);
  }
  {
    g_autoptr(PxComparison) c = compare_as_one_claim (agreeing, 2, n_sentences);
    g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (found->len, ==, 0);
  }
  {
    g_autoptr(PxComparison) c = compare_as_one_claim (vague_alone, 2, one_each);
    g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (found->len, ==, 0);
  }
}

/* The same figure of one toll is one count whoever it names: a report's
 * "two villagers slightly injured" stands with another's "injured two
 * people" against a third's "five people". Alone against "five people",
 * "two villagers" may be some of them: no difference.
 */
static void
test_number_toll_named_alike (void)
{
  const char *texts[] = {
    "The tremor rattled the province on Sunday, injuring five people and cracking walls, officials said.",
    "Homes in the village were damaged and two villagers were slightly injured, the island's governor told the agency.",
    "The earthquake on the outskirts of the small town injured two people, according to the news agency.",
  };
  const guint n_sentences[] = { 1, 1, 1 };
  g_autoptr(PxComparison) c = compare_as_one_claim (texts, 3, n_sentences);
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_NUMBER);
  PxDifference *difference;

  g_assert_cmpuint (found->len, ==, 1);
  difference = g_ptr_array_index (found, 0);
  g_assert_cmpuint (px_difference_get_n_sides (difference), ==, 2);
  g_assert_cmpuint (px_difference_get_side (difference, 1), ==, px_difference_get_side (difference, 2));
  g_assert_cmpuint (px_difference_get_side (difference, 0), !=, px_difference_get_side (difference, 1));
  {
    const char *two[] = { texts[0], texts[1] };
    const guint one_each[] = { 1, 1 };
    g_autoptr(PxComparison) alone = compare_as_one_claim (two, 2, one_each);
    g_autoptr(GPtrArray) none = of_kind (alone, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (none->len, ==, 0);
  }
}

/* Two nouns the stemmer takes for one are two things when WordNet knows
 * them apart: "five villages" are no count of "two villagers"; "five
 * villages" and "seven villages" differ.
 */
static void
test_number_stems_collide (void)
{
  assert_not_flagged ("The governor said five villages were badly hit by the earthquake on Sunday.",
                      "The governor said two villagers were badly hit by the earthquake on Sunday.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The governor said five villages were badly hit by the earthquake on Sunday.",
                  "The governor said seven villages were badly hit by the earthquake on Sunday.",
                  PX_DIFFERENCE_NUMBER, "five villages", "seven villages");
}

/* A count belongs to the act it counts: those killed are not those shot
 * ("killing two colleagues" against "shot three colleagues": both true),
 * nor those injured, nor those arrested against those charged, unless the
 * lexicon says the two verbs are one act. The same act with two counts
 * stays a difference.
 */
static void
test_number_own_act (void)
{
  assert_not_flagged ("A colleague says the man accused of killing two colleagues at the bottling plant in West Toledo is a decent person.",
                      "A colleague says the man accused of shooting three colleagues at the bottling plant in West Toledo is a decent person.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("A colleague says the man accused of killing two colleagues at the bottling plant in West Toledo is a decent person.",
                  "A colleague says the man accused of killing three colleagues at the bottling plant in West Toledo is a decent person.",
                  PX_DIFFERENCE_NUMBER, "two colleagues", "three colleagues");
  assert_not_flagged ("Police said the gunman shot four students outside the school cafeteria on Monday morning.",
                      "Police said the gunman killed two students outside the school cafeteria on Monday morning.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("Police said the gunman shot four students outside the school cafeteria on Monday morning.",
                  "Police said the gunman shot six students outside the school cafeteria on Monday morning.",
                  PX_DIFFERENCE_NUMBER, "four students", "six students");
}

/* Those held, by the verb or its noun: "14 people were detained" against
 * "19 arrests"; not those detained against those later charged, nor the
 * held against the hurt, nor officers arrested against people detained.
 */
static void
test_number_held (void)
{
  assert_flagged ("Police said 14 people were detained after the match, most of them on suspicion of breaching explosives laws.",
                  "Police said on Thursday they had made 19 arrests after the match, most of them for breaching explosives laws.",
                  PX_DIFFERENCE_NUMBER, "14 people", "19 arrests");
  assert_flagged ("Security forces arrested 40 people during the protests in the capital on Saturday, the ministry said.",
                  "There were 55 detentions during the protests in the capital on Saturday, the ministry said.",
                  PX_DIFFERENCE_NUMBER, "40 people", "55 detentions");
  assert_not_flagged ("Police said 14 people were detained after the match, most of them on suspicion of breaching explosives laws.",
                      "Police said nine people were charged after the match, most of them with breaching explosives laws.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Police said 14 people were detained after the match on Wednesday night.",
                      "Police said 19 people were injured after the match on Wednesday night.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Police said 14 people were detained after the match on Wednesday night.",
                      "Police said two officers were arrested after the match on Wednesday night.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Police said 14 people were detained after the match on Wednesday night.",
                      "Police said they had made 14 arrests after the match on Wednesday night.",
                      PX_DIFFERENCE_NUMBER);
}

/* An outlet's headline and its body: the body's figure speaks for it,
 * and a headline that another outlet's body agrees with is no difference
 * when its own body says the same as that outlet.
 */
static void
test_number_headline (void)
{
  const char *a[] = { "Five hurt as strong quake hits Gulf island",
                      "A strong earthquake hit the Gulf island on Sunday, injuring two people in a village on its western coast, officials said." };
  const char *b[] = { "A strong earthquake hit the Gulf island on Sunday, injuring two people in a village on its western coast, officials said." };
  const char *c[] = { "A strong earthquake hit the Gulf island on Sunday, injuring three people in a village on its western coast, officials said." };

  for (guint k = 0; k < 2; k++)
    {
      PxArticle *articles[2] = { px_article_new ("A"), px_article_new ("B") };
      g_autoptr(GPtrArray) pa = g_ptr_array_new ();
      g_autoptr(GPtrArray) pb = g_ptr_array_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(PxComparison) comparison = NULL;
      g_autoptr(GPtrArray) numbers = NULL;

      g_ptr_array_add (pa, (gpointer) a[0]);
      g_ptr_array_add (pa, (gpointer) a[1]);
      g_ptr_array_add (pb, (gpointer) (k == 0 ? b[0] : c[0]));
      px_article_set_paragraphs (articles[0], pa);
      px_article_set_paragraphs (articles[1], pb);
      articles[0]->outlet = g_strdup ("A");
      articles[1]->outlet = g_strdup ("B");
      comparison = px_compare (articles, 2, NULL, &error);
      g_assert_no_error (error);
      px_article_unref (articles[0]);
      px_article_unref (articles[1]);
      numbers = of_kind (comparison, PX_DIFFERENCE_NUMBER);
      if (k == 0)
        g_assert_cmpuint (numbers->len, ==, 0);
      else
        {
          /* two against three, the body's figure, not the headline's five */
          g_assert_cmpuint (numbers->len, ==, 1);
          g_assert_cmpstr (px_difference_get_value (g_ptr_array_index (numbers, 0), 0), ==, "two people");
        }
    }
}

/* Compares reports of several paragraphs each: @texts holds @n reports,
 * each a NULL-terminated list of paragraphs.
 */
static PxComparison *
compare_reports (const char * const * const *texts,
                 guint                       n)
{
  static const char * const outlets[] = { "A", "B", "C", "D" };
  PxArticle *articles[4];
  g_autoptr(GError) error = NULL;
  PxComparison *comparison;

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (articles));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();

      for (guint p = 0; texts[i][p] != NULL; p++)
        g_ptr_array_add (paragraphs, (gpointer) texts[i][p]);
      articles[i] = px_article_new (outlets[i]);
      px_article_set_paragraphs (articles[i], paragraphs);
      articles[i]->outlet = g_strdup (outlets[i]);
    }
  comparison = px_compare (articles, n, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    px_article_unref (articles[i]);
  return comparison;
}

/* One slot, one difference: a report that gives the injured in its
 * headline and its body, and one that gives them twice in its body, are
 * one count of the injured, not two; a report that gives two different
 * figures of one kind (the whole and a part) keeps two slots.
 */
static void
test_number_one_slot (void)
{
  const char *a[] = { "Quake Hits Remote Villages, 80 Hurt",
                      "The earthquake injured 80 people in seven remote villages on Sunday, officials said.", NULL };
  const char *b[] = { "Quake hits remote villages",
                      "About 50 people were hurt when the earthquake struck seven remote villages on Sunday, officials said.",
                      "At least 50 people were injured in the earthquake in seven remote villages, officials said.", NULL };
  const char *c[] = { "Quake hits villages",
                      "The earthquake injured 70 people in seven remote villages on Sunday, officials said.", NULL };
  const char *d[] = { "The bank reported income of $334 million for the quarter, including $281 million from trading.", NULL };
  const char *e[] = { "The bank reported income of $340 million for the quarter, including $290 million from trading.", NULL };

  {
    const char * const *reports[] = { a, b, c };
    g_autoptr(PxComparison) comparison = compare_reports (reports, 3);
    g_autoptr(GPtrArray) numbers = of_kind (comparison, PX_DIFFERENCE_NUMBER);
    PxDifference *difference;

    g_assert_cmpuint (numbers->len, ==, 1);
    difference = g_ptr_array_index (numbers, 0);
    /* every report on a side, each once */
    g_assert_cmpuint (px_difference_get_n_sides (difference), >=, 2);
    for (guint r = 0; r < 3; r++)
      g_assert_nonnull (px_difference_get_value (difference, r));
  }
  {
    const char * const *reports[] = { a, c };
    g_autoptr(PxComparison) comparison = compare_reports (reports, 2);
    g_autoptr(GPtrArray) numbers = of_kind (comparison, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (numbers->len, ==, 1);
  }
  {
    const char * const *reports[] = { d, e };
    g_autoptr(PxComparison) comparison = compare_reports (reports, 2);
    g_autoptr(GPtrArray) numbers = of_kind (comparison, PX_DIFFERENCE_NUMBER);

    g_assert_cmpuint (numbers->len, ==, 2);
  }
}

/* The linked differences of all the claims of @c, through the API. */
static guint
count_linked_differences (PxComparison *c)
{
  guint n = 0;

  for (guint k = 0; k < px_comparison_get_n_claims (c); k++)
    n += px_claim_get_n_linked_differences (px_comparison_get_claim (c, k));
  return n;
}

/* The slot links of a comparison of two one-sentence reports that the
 * aligner keeps apart (each in a claim of its own: the pair model decides
 * that, not the differ): the "linked_differences" of every claim in the
 * JSON. Each must span a sentence of each report, in two claims.
 */
static guint
count_links_of (const char *kind,
                const char *a,
                const char *b,
                const char *value_a,
                const char *value_b)
{
  g_autoptr(PxComparison) c = compare_apart (a, b);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *claims;
  guint n = 0;

  g_test_message ("linked? %s / %s", a, b);
  g_assert_cmpuint (px_comparison_get_sentence_claim (c, 0, 0), !=, px_comparison_get_sentence_claim (c, 1, 0));
  root = px_comparison_to_json (c);
  claims = json_object_get_array_member (json_node_get_object (root), "claims");
  for (guint k = 0; k < json_array_get_length (claims); k++)
    {
      JsonObject *claim = json_array_get_object_element (claims, k);
      JsonArray *links;

      /* the claims' own differences stay their own */
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (claim, "differences")), ==, 0);
      if (!json_object_has_member (claim, "linked_differences"))
        continue;
      links = json_object_get_array_member (claim, "linked_differences");
      for (guint d = 0; d < json_array_get_length (links); d++)
        {
          JsonObject *link = json_array_get_object_element (links, d);
          JsonArray *members = json_object_get_array_member (link, "members");
          JsonArray *values = json_object_get_array_member (link, "values");
          double confidence = json_object_get_double_member (link, "confidence");

          g_test_message ("link: %s (%.2f)", json_object_get_string_member (link, "summary"), confidence);
          g_assert_cmpstr (json_object_get_string_member (link, "kind"), ==, kind);
          g_assert_cmpfloat (confidence, >, 0);
          g_assert_cmpfloat (confidence, <=, 1);
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (link, "sides")), ==, 2);
          /* the sentences it spans, each with its own claim */
          g_assert_cmpuint (json_array_get_length (members), ==, 2);
          g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (members, 0), "claim"), !=,
                           json_object_get_int_member (json_array_get_object_element (members, 1), "claim"));
          g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (members, 0), "claim"), ==,
                           px_comparison_get_sentence_claim (c, 0, 0));
          g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (members, 1), "claim"), ==,
                           px_comparison_get_sentence_claim (c, 1, 0));
          if (value_a != NULL)
            g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (values, 0), "value"), ==,
                             value_a);
          if (value_b != NULL)
            g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (values, 1), "value"), ==,
                             value_b);
          n++;
        }
    }
  /* the same links through the API */
  g_assert_cmpuint (count_linked_differences (c), ==, n);
  return n;
}

/* The slot links of a comparison of @a, a one-sentence report, and @b, a
 * report of two sentences, each sentence in a claim of its own. */
static guint
count_links_with_two_sentences (const char *a,
                                const char *b)
{
  const char *texts[] = { a, b };
  g_autoptr(PxComparison) c = compare_grouped (texts, 2, (const guint[]) { 1, 2 }, EACH_ALONE);

  return count_linked_differences (c);
}

static guint
count_links (const char *a,
             const char *b,
             const char *value_a,
             const char *value_b)
{
  return count_links_of ("number", a, b, value_a, value_b);
}

/* Compares one-sentence reports in the claims @claim_of gives (report i's
 * sentence in claim claim_of[i]), with the slot links px_compare() adds
 * across them: claims the aligner might make, kept as they are. */
static PxComparison *
compare_in_claims (const char * const *texts,
                   guint               n,
                   const guint        *claim_of)
{
  static const char * const outlets[] = { "A", "B", "C", "D" };
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GError) error = NULL;
  PxArticle *articles[4];
  PxComparison *comparison;

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (articles));
  for (guint i = 0; i < n; i++)
    {
      PxSentenceRef ref = { i, 0 };

      articles[i] = article (outlets[i], outlets[i], texts[i]);
      while (claims->len <= claim_of[i])
        g_ptr_array_add (claims, g_array_new (FALSE, FALSE, sizeof (PxSentenceRef)));
      g_array_append_val (g_ptr_array_index (claims, claim_of[i]), ref);
    }
  comparison = _px_compare_with_claims (articles, n, claims, &error);
  g_assert_no_error (error);
  px_differ_links (comparison->documents, (const char * const *) comparison->labels, comparison->n_sources,
                   comparison->claims, NULL);
  for (guint i = 0; i < n; i++)
    px_article_unref (articles[i]);
  return comparison;
}

/* One slot, one link: a report that the aligner keeps apart from three
 * that agree in part is one linked difference with every report on its
 * side, not one link a pair; the three's own difference stays theirs.
 */
static void
test_number_one_link (void)
{
  const char *texts[] = {
    "Hale returned to Ohio to run the family's hardware business after serving more than three years.",
    "Hale served eight months in a federal prison for wire fraud.",
    "Hale served nine months in a federal prison for wire fraud.",
    "Hale served 8 months in a federal prison for wire fraud.",
  };
  /* (px_compare() would join the lone first report to the others' claim: test_slot_join) */
  g_autoptr(PxComparison) c = compare_in_claims (texts, 4, (const guint[]) { 0, 1, 1, 1 });
  g_autoptr(GPtrArray) numbers = of_kind (c, PX_DIFFERENCE_NUMBER);
  PxDifference *link = NULL;
  guint n = 0;

  g_assert_cmpuint (px_comparison_get_sentence_claim (c, 0, 0), !=, px_comparison_get_sentence_claim (c, 1, 0));
  g_assert_cmpuint (numbers->len, ==, 1);
  for (guint k = 0; k < px_comparison_get_n_claims (c); k++)
    {
      PxClaim *claim = px_comparison_get_claim (c, k);

      n += px_claim_get_n_linked_differences (claim);
      if (px_claim_get_n_linked_differences (claim) > 0)
        link = px_claim_get_linked_difference (claim, 0);
    }
  g_assert_cmpuint (n, ==, 1);
  g_test_message ("link: %s", px_difference_get_summary (link));
  g_assert_cmpuint (px_difference_get_n_sides (link), ==, 3);
  g_assert_cmpstr (px_difference_get_value (link, 0), ==, "more than three years");
  g_assert_cmpuint (px_difference_get_side (link, 1), ==, px_difference_get_side (link, 3));
  g_assert_cmpuint (px_difference_get_side (link, 1), !=, px_difference_get_side (link, 2));
}

/* Slot links: figures of one slot compared though the aligner put their
 * sentences in two claims; the time served by one person, one victim's
 * age in two lists of ages, a share named alike. Not two people's terms,
 * two rounds of a vote on two days, nor two of a family's ages.
 */
static void
test_number_slot_links (void)
{
  g_assert_cmpuint (count_links ("Hale returned to Ohio to run the family's hardware business after serving more than three years.",
                                 "Hale served eight months in a federal prison for wire fraud.",
                                 "more than three years", "eight months"), ==, 1);
  g_assert_cmpuint (count_links ("Police named the victims as 61-year-old Maria Lopes, the suspect's mother, and 48-year-old Ana Reis.",
                                 "Officers found two women dead, 68 and 48 years old, in a flat on the second floor.",
                                 "61-year-old", "68"), ==, 1);
  g_assert_cmpuint (count_links ("The electoral commission said turnout was almost 90%.",
                                 "Turnout reached 93.87 percent in the vote for 288 candidates, all loyal to the president.",
                                 "almost 90%", "93.87 percent"), ==, 1);
  g_assert_cmpuint (count_links ("Hale returned to Ohio to run the family's hardware business after serving more than three years.",
                                 "Ortiz served eight months in a federal prison for wire fraud.", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_links ("Turnout was 60 percent in the first round on Sunday, the electoral commission said.",
                                 "Turnout reached 45 percent in the runoff held on Tuesday.", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_links ("Police named the victims as 61-year-old Maria Silva and 48-year-old Ana Reis.",
                                 "The suspect, 35-year-old Gary Silva, was arrested at another house in the town.", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_links ("Police named the victims as 61-year-old Maria Silva and 48-year-old Ana Reis.",
                                 "35-year-old Silva faces two counts of murder after the bodies were found.", NULL, NULL), ==, 0);
  /* a calibre is no figure of a line of figures: one age, one count */
  g_assert_cmpuint (count_links ("Ortiz, 19, was shot nine times after police said he drew a .357 revolver in the car park.",
                                 "The day the post-mortem showed Ortiz had been shot five times, part of the crowd outside the town hall turned rowdy and threw stones.",
                                 "nine times", "five times"), ==, 1);
  /* two teams' offers; a sum is never linked */
  g_assert_cmpuint (count_links ("Last week the Washington Nationals made Ortiz an eight-year, $160 million offer.",
                                 "Report: Boston bids $200 million for Ortiz", NULL, NULL), ==, 0);
  /* "took" says nothing of the act; a career's length is no time served */
  g_assert_cmpuint (count_links ("Dissolution of the dairy company has taken four years, Hale's lawyer said on Tuesday.",
                                 "It took about three hours for Hale's crew to knock the fire down at the dairy.", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_links ("Hale's only jail sentence in those years was 45 days for a drink-driving conviction.",
                                 "His admission was the final act in Hale's 50-year career in the family business.", NULL, NULL), ==, 0);
  /* a floor the other figure is twice is a difference between claims as
   * in one ("at least two months" against "eight months"); a floor under
   * it is the figure rounded down */
  g_assert_cmpuint (count_links ("Hale returned to Ohio to run the family's hardware business after serving at least two months.",
                                 "Hale served eight months in a federal prison for wire fraud.",
                                 "at least two months", "eight months"), ==, 1);
  g_assert_cmpuint (count_links ("Hale returned to Ohio to run the family's hardware business after serving more than seven months.",
                                 "Hale served eight months in a federal prison for wire fraud.", NULL, NULL), ==, 0);
  /* a year dates a figure to another happening: an earlier term served */
  g_assert_cmpuint (count_links ("Hale returned to Ohio to run the family's hardware business after serving more than three years.",
                                 "Hale served eight months in a county jail for a burglary.", NULL, NULL), ==, 1);
  g_assert_cmpuint (count_links ("Hale returned to Ohio to run the family's hardware business after serving more than three years.",
                                 "Hale served eight months in a county jail for a burglary in 1998.", NULL, NULL), ==, 0);
}

/* The number of quote differences of one claim of two one-sentence reports. */
static guint
quote_flags_in_one_claim (const char *a,
                          const char *b)
{
  const char *texts[] = { a, b };
  g_autoptr(PxComparison) c = compare_as_one_claim (texts, 2, (const guint[]) { 1, 1 });
  g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_QUOTE);

  g_test_message ("quote? %s / %s: %u", a, b, found->len);
  return found->len;
}

/* Two utterances of one speaker that open alike and go on each with
 * words of its own are two passages: a word that differs in the shared
 * opening is no misquote. One utterance with a word changed is one, and
 * an excerpt marked with "..." may leave out any words.
 */
static void
test_quote_parting_passages (void)
{
  g_assert_cmpuint (quote_flags_in_one_claim (
                      "\"We don't have a lot of spare players so we are trying to keep our game plan as plain as we can,\" coach Ardley said.",
                      "Coach Ardley: \"We don't have a lot of fit players coming back right now for our game plan.\""), ==, 0);
  g_assert_cmpuint (quote_flags_in_one_claim (
                      "\"We have a lot of tough decisions ahead, so we are trying to keep every budget as lean as possible,\" Brown said.",
                      "Mayor Brown: \"We have a lot of difficult decisions coming up right now with our city budget.\""), ==, 0);
  g_assert_cmpuint (quote_flags_in_one_claim (
                      "\"We have a lot of tough decisions ahead of us this year,\" Mayor Brown said.",
                      "\"We have a lot of difficult decisions ahead of us this year,\" Mayor Brown said."), ==, 1);
  g_assert_cmpuint (quote_flags_in_one_claim (
                      "\"We don't have a lot of spare players so we are trying to keep our game plan as plain as we can,\" coach Ardley said.",
                      "\"We don't have a lot of fresh players so we are trying to keep our game plan as plain as we can,\" coach Ardley said."), ==, 1);
  g_assert_cmpuint (quote_flags_in_one_claim (
                      "\"We have a lot of tough decisions ahead, so we are trying to keep every budget as lean as possible,\" Brown said.",
                      "\"We have a lot of tough decisions ... with our city budget,\" Brown said."), ==, 0);
}

/* Slot links of lengths, weights and temperatures, as of counts: the
 * same act of the same person, told in two claims; equal values in other
 * units are no difference ("5 kilometres" / "5,000 metres" / "3.1 miles";
 * "60 metres" / "200 feet"), nor are two people's: a sentence that names
 * another person, or none, is not tied to one person's act.
 */
static void
test_measure_slot_links (void)
{
  const char *ran = "Geoffrey Kiprotich broke away from the pack after running 5 kilometres alone through heavy rain in the city "
                    "centre.";
  const char *fell = "Andrew Jones fell 200 metres down an icy gully on the mountain on Saturday, rescuers said.";
  const char *flown = "A coastguard helicopter took Andrew Jones, who fell 200 feet, to the Belford hospital with a broken leg.";

  g_assert_cmpuint (count_links (ran, "Geoffrey Kiprotich ran 8 kilometres at the front before the leaders caught him near the harbour.",
                                 "5 kilometres", "8 kilometres"), ==, 1);
  g_assert_cmpuint (count_links (ran, "Geoffrey Kiprotich ran 5,000 metres at the front before the leaders caught him near the harbour.",
                                 NULL, NULL), ==, 0);
  g_assert_cmpuint (count_links (ran, "Geoffrey Kiprotich ran 3.1 miles at the front before the leaders caught him near the harbour.",
                                 NULL, NULL), ==, 0);
  g_assert_cmpuint (count_links (ran, "Emmanuel Mutai ran 8 kilometres at the front before the leaders caught him near the harbour.",
                                 NULL, NULL), ==, 0);
  g_assert_cmpuint (count_links (fell, flown, "200 metres", "200 feet"), ==, 1);
  g_assert_cmpuint (count_links ("Andrew Jones fell 60 metres down an icy gully on the mountain on Saturday, rescuers said.", flown,
                                 NULL, NULL), ==, 0);
  /* the one who tells of the fall is not a second person */
  g_assert_cmpuint (count_links ("Andrew Jones fell 200 metres down an icy gully on the mountain on Saturday, mountain guide Maria Lopez said.",
                                 flown, "200 metres", "200 feet"), ==, 1);
  /* nor is one who tells of their own fall, the only one named */
  g_assert_cmpuint (count_links ("\"I fell 200 metres down an icy gully and thought I would die,\" Andrew Jones told rescuers on Saturday.",
                                 flown, "200 metres", "200 feet"), ==, 1);
  /* two climbers' falls, told in one sentence; a climber by no name */
  g_assert_cmpuint (count_links ("Andrew Jones died a day after Peter Hall was killed after falling 200 metres from a ridge in the same park.",
                                 flown, NULL, NULL), ==, 0);
  g_assert_cmpuint (count_links ("A 36-year-old climber is dead after falling about 60 metres near the summit on Saturday.",
                                 "Andrew Jones, 32, fell about 2,000 feet while hiking up to a shelter on the mountain on Saturday, police said.",
                                 NULL, NULL), ==, 0);
  /* in one claim, a temperature by its act is as sure as a count */
  assert_flagged ("In Oymyakon, where Petrov keeps his reindeer, temperatures fell to minus 50C overnight.",
                  "Petrov said temperatures fell to minus 58C, the coldest he could remember.",
                  PX_DIFFERENCE_NUMBER, "minus 50C", "minus 58C");
  assert_not_flagged ("In Oymyakon, where Petrov keeps his reindeer, temperatures fell to minus 50C overnight.",
                      "Petrov said temperatures fell to minus 58F, the coldest he could remember.",
                      PX_DIFFERENCE_NUMBER);
}

/* A given name alone stands for the one person its report names in full
 * with it: "His 26-year-old brother, Ravi," is Ravi Sandhu where the
 * report names him so, and his age is one slot with another report's
 * "Ravi Sandhu, 25". Not when the report names two people Ravi or someone
 * whose surname is Ravi, not when it names none in full, not when the ages agree, and not when the other
 * report's Ravi is someone else ("Ravi Patel, 25").
 */
static void
test_given_name_age_links (void)
{
  const char *listed = "Two brothers, Amar Sandhu, 20, and Ravi Sandhu, 25, were treated for burns at St. Luke's hospital.";

  g_assert_cmpuint (count_links_with_two_sentences (listed,
                      "His 26-year-old brother, Ravi, was also treated at the hospital for smoke inhalation, a fire official said. "
                      "Ravi Sandhu told investigators that the gas stove had been left on overnight."), ==, 1);
  /* two Ravis in the report: the given name is no one's in particular */
  g_assert_cmpuint (count_links_with_two_sentences (listed,
                      "His 26-year-old brother, Ravi, was also treated at the hospital for smoke inhalation, a fire official said. "
                      "Ravi Sandhu and his cousin Ravi Gill told investigators that the gas stove had been left on."), ==, 0);
  /* a surname of the report too: Ravi alone may be Lt. Karen Ravi */
  g_assert_cmpuint (count_links_with_two_sentences (listed,
                      "His 26-year-old brother, Ravi, was also treated at the hospital for smoke inhalation, a fire official said. "
                      "Ravi Sandhu told investigators that the gas stove had been left on overnight, said fire Lt. Karen Ravi."), ==, 0);
  /* no full name in the report */
  g_assert_cmpuint (count_links_with_two_sentences (listed,
                      "His 26-year-old brother, Ravi, was also treated at the hospital for smoke inhalation, a fire official said. "
                      "The brothers told investigators that the gas stove had been left on overnight."), ==, 0);
  /* the same age */
  g_assert_cmpuint (count_links_with_two_sentences (listed,
                      "His 25-year-old brother, Ravi, was also treated at the hospital for smoke inhalation, a fire official said. "
                      "Ravi Sandhu told investigators that the gas stove had been left on overnight."), ==, 0);
  /* another Ravi in the other report */
  g_assert_cmpuint (count_links_with_two_sentences ("A neighbour, Ravi Patel, 25, was treated for burns at St. Luke's hospital.",
                      "His 26-year-old brother, Ravi, was also treated at the hospital for smoke inhalation, a fire official said. "
                      "Ravi Sandhu told investigators that the gas stove had been left on overnight."), ==, 0);
}

/* One holder's running total, "now has" in two claims: the holder named
 * right before it ties the two tallies whatever else each sentence tells
 * (who was passed, what comes next); another holder, a tally of the game
 * ("had"), another thing counted, or a tally twice the other (a season's
 * against a career's) is no link.
 */
static void
test_running_total_links (void)
{
  const char *passed = "Forward Chidi Okafor, a senior, now has 1,412 rebounds, nine more than Dale Whitcombe, who played for "
                       "the Owls from 1988 to 1992.";
  const char *next = "Forward Chidi Okafor now has 1,421 rebounds going into Sunday's final against the winner of the Pelham "
                     "and Ashby semifinal.";

  g_assert_cmpuint (count_links (passed, next, "1,412 rebounds", "1,421 rebounds"), ==, 1);
  /* "who now has": the name right before it */
  g_assert_cmpuint (count_links ("The referee stopped play when forward Chidi Okafor, who now has 1,412 rebounds, grabbed the "
                                 "record-setting board.", next, "1,412 rebounds", "1,421 rebounds"), ==, 1);
  /* not another holder's, not the game's, not another thing counted */
  g_assert_cmpuint (count_links (passed, "Center Dale Whitcombe now has 1,421 rebounds going into Sunday's final against the winner "
                                         "of the Pelham and Ashby semifinal.", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_links (passed, "Forward Chidi Okafor had 14 rebounds going into Sunday's final against the winner of the "
                                         "Pelham and Ashby semifinal.", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_links (passed, "Forward Chidi Okafor now has 1,421 points going into Sunday's final against the winner of "
                                         "the Pelham and Ashby semifinal.", NULL, NULL), ==, 0);
  /* a season's tally against the career's */
  g_assert_cmpuint (count_links (passed, "Forward Chidi Okafor now has 412 rebounds going into Sunday's final against the winner of "
                                         "the Pelham and Ashby semifinal.", NULL, NULL), ==, 0);
  /* the tally whatever scope each names; with no noun on either side;
   * the subject of "... and now has" */
  g_assert_cmpuint (count_links ("Forward Chidi Okafor now has 1,412 career rebounds, nine more than Dale Whitcombe.", next,
                                 "1,412 career rebounds", "1,421 rebounds"), ==, 1);
  g_assert_cmpuint (count_links ("Forward Chidi Okafor now has 1,412, nine more than Dale Whitcombe managed in four seasons.",
                                 "Forward Chidi Okafor grabbed 14 rebounds on Sunday and now has 1,421 for his career.", "1,412",
                                 "1,421"), ==, 1);
  g_assert_cmpuint (count_links ("Forward Chidi Okafor now has 1,412, nine more than Dale Whitcombe managed in four seasons.",
                                 "Forward Chidi Okafor grabbed 14 rebounds on Sunday and now has 1,421 points for his career.", NULL,
                                 NULL), ==, 0);
  /* in one claim too: a tally with no noun is not one of another noun */
  assert_flagged ("Forward Chidi Okafor now has 1,412, nine more than Dale Whitcombe managed in four seasons.",
                  "Forward Chidi Okafor now has 1,421 for his career.", PX_DIFFERENCE_NUMBER, "1,412", "1,421");
  assert_not_flagged ("Forward Chidi Okafor now has 1,412, nine more than Dale Whitcombe managed in four seasons.",
                      "Forward Chidi Okafor now has 1,421 points for his career.", PX_DIFFERENCE_NUMBER);
}

/* One act's place told two ways in two claims: the same role ("rally")
 * and the same act ("misspoken", a participle WordNet lacks, read as a
 * verb after "had"), each place one the other report never names; not
 * two acts, two roles, a verb standing as the role ("played at"), nor
 * two people's.
 */
static void
test_place_links (void)
{
  const char *ashford = "Senator Ruth Calloway told the Ledger she had misspoken at a 2019 rally in Ashford when she described "
                        "her years in the Navy.";
  const char *bramwell = "In an interview on Tuesday, the senator said that she had misspoken about her service during the "
                         "Bramwell rally.";

  g_assert_cmpuint (count_links_of ("entity", ashford, bramwell, "Ashford", "Bramwell"), ==, 1);
  /* a report that names both places knows them for two */
  g_assert_cmpuint (count_links_of ("entity", ashford, "In an interview on Tuesday, the senator said that she had misspoken about "
                                                       "her service during the Bramwell rally, not the one in Ashford.",
                                    NULL, NULL), ==, 0);
  /* two acts; two roles */
  g_assert_cmpuint (count_links_of ("entity", ashford, "In an interview on Tuesday, the senator said that she had spoken about her "
                                                       "service during the Bramwell rally.", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_links_of ("entity", ashford, "In an interview on Tuesday, the senator said that she had misspoken about "
                                                       "her service during the Bramwell fundraiser.", NULL, NULL), ==, 0);
  /* another person's rally */
  g_assert_cmpuint (count_links_of ("entity", ashford, "Governor Tom Ashe told the Courier he had misspoken during the Bramwell "
                                                       "rally.", NULL, NULL), ==, 0);
  /* "played in": the verb is no role */
  g_assert_cmpuint (count_links_of ("entity", "Running back Leon Doyle played in Ashford for two seasons before the draft.",
                                    "Running back Leon Doyle played in Bramwell, where he ran for 4,100 yards.", NULL, NULL),
                    ==, 0);
  /* no one in common: an organisation's treasurer is not the senator */
  g_assert_cmpuint (count_links_of ("entity", "Senator Ruth Calloway said she had misspoken at a 2019 rally in Ashford.",
                                    "The Harlow Chamber of Commerce said its treasurer had misspoken during the Bramwell rally.",
                                    NULL, NULL), ==, 0);
  /* each tells of an interview with another paper: two happenings */
  g_assert_cmpuint (count_links_of ("entity", ashford, "Senator Ruth Calloway told the Courier she had misspoken during the "
                                                       "Bramwell rally.", NULL, NULL), ==, 0);
  /* a report that names the other's place in another sentence */
  g_assert_cmpuint (count_links_with_two_sentences (ashford, "In an interview on Tuesday, the senator said that she had misspoken "
                                                             "about her service during the Bramwell rally. Aides said she also "
                                                             "campaigned in Ashford that week."),
                    ==, 0);
}

/* One post's account told two ways in two claims: the same platform, two
 * handles, each one the other report never writes; not two platforms, nor
 * a report that writes both handles.
 */
static void
test_account_links (void)
{
  const char *lens = "The clip, which was posted on YouTube by \"HarbourLens,\" does not show who filmed the exchange.";
  const char *rita = "The YouTube clip was published under an account titled RitaFilmsIt, and the faces of both men are blurred.";

  g_assert_cmpuint (count_links_of ("entity", lens, rita, "HarbourLens", "RitaFilmsIt"), ==, 1);
  g_assert_cmpuint (count_links_of ("entity", lens, "The Vimeo clip was published under an account titled RitaFilmsIt, and the faces "
                                                    "of both men are blurred.", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_links_with_two_sentences (lens, "The YouTube clip was published under an account titled RitaFilmsIt, "
                                                          "and the faces of both men are blurred. HarbourLens shared it an hour "
                                                          "later."),
                    ==, 0);
}

/* One death's cause, or its kind of place, told two ways in two claims:
 * the same person named in both. Not causes that share a word, another
 * person of the surname, someone the other does not name, nor another
 * person's death years before.
 */
static void
test_death_links (void)
{
  const char *stroke = "Harold Penwick, the former mayor of Dunmore, died on Sunday from a stroke at 81.";
  const char *cancer = "Penwick, who led the Dunmore town council for a decade, died of lung cancer, the Dunmore Courier reported.";

  g_assert_cmpuint (count_links_of ("contradiction", stroke, cancer, "from a stroke", "of lung cancer"), ==, 1);
  g_assert_cmpuint (count_links_of ("entity", "Harold Penwick, the former mayor of Dunmore, died on Sunday at a hospice near his home.",
                                    "Penwick, who led the Dunmore town council for a decade, died at his home, the Dunmore Courier "
                                    "reported.",
                                    "at a hospice", "at his home"),
                    ==, 1);
  /* one cause, told shorter */
  g_assert_cmpuint (count_links_of ("contradiction", "Harold Penwick, the former mayor of Dunmore, died on Sunday of cancer at 81.",
                                    cancer, NULL, NULL),
                    ==, 0);
  /* his brother */
  g_assert_cmpuint (count_links_of ("contradiction", stroke, "His brother, Walter Penwick, died of lung cancer, the Dunmore Courier "
                                                             "reported.",
                                    NULL, NULL),
                    ==, 0);
  /* someone not named */
  g_assert_cmpuint (count_links_of ("contradiction", stroke, "An earlier mayor of the town also died of lung cancer.",
                                    NULL, NULL),
                    ==, 0);
  /* his wife's death, years before */
  g_assert_cmpuint (count_links_of ("contradiction", stroke, "Penwick's wife died of lung cancer in 2015, the Dunmore Courier "
                                                             "reported.",
                                    NULL, NULL),
                    ==, 0);
}

/* Slot joins: a sentence alone in its claim that a slot link ties to a
 * larger claim joins it, so that the differ compares the two figures inside
 * one claim; a sentence in a claim of its own kind (two sentences) stays.
 */
static void
test_slot_join (void)
{
  const char *texts[] = { "The Owls beat Pelham 71-64 on Saturday. Forward Chidi Okafor, a senior, now has 1,412 rebounds.",
                          "The Owls beat Pelham 71-64 on Saturday. Forward Chidi Okafor now has 1,412 rebounds for his career.",
                          "The Owls beat Pelham 71-64 on Saturday. Forward Chidi Okafor now has 1,421 rebounds going into the "
                          "final." };
  /* the leads in one claim; the totals of A and B in one, C's alone */
  const PxSentenceRef groups[][3] = { { { 0, 0 }, { 1, 0 }, { 2, 0 } }, { { 0, 1 }, { 1, 1 }, { G_MAXUINT, 0 } },
                                      { { 2, 1 }, { G_MAXUINT, 0 }, { G_MAXUINT, 0 } } };
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(PxComparison) c = NULL;
  g_autoptr(GPtrArray) numbers = NULL;
  g_autoptr(GPtrArray) leads = NULL;
  g_autoptr(GError) error = NULL;
  PxArticle *articles[3];

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    articles[i] = article ((const char *[]) { "A", "B", "C" }[i], (const char *[]) { "A", "B", "C" }[i], texts[i]);
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      GArray *refs = g_array_new (FALSE, FALSE, sizeof (PxSentenceRef));

      for (guint m = 0; m < 3 && groups[g][m].source != G_MAXUINT; m++)
        g_array_append_val (refs, groups[g][m]);
      g_ptr_array_add (claims, refs);
    }
  c = _px_compare_with_claims (articles, G_N_ELEMENTS (texts), claims, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    px_article_unref (articles[i]);
  px_differ_links (c->documents, (const char * const *) c->labels, c->n_sources, c->claims, NULL);
  g_assert_cmpuint (count_linked_differences (c), ==, 1);
  /* held here, so that differences found again could not reuse its memory */
  leads = g_ptr_array_ref (((PxClaim *) g_ptr_array_index (c->claims, 0))->differences);
  g_assert_true (_px_comparison_join_linked (c, NULL));

  /* the leads' claim took no sentence: it keeps the differences found
   * before the join, not compared again */
  g_assert_true (((PxClaim *) g_ptr_array_index (c->claims, px_comparison_get_sentence_claim (c, 0, 0)))->differences
                 == leads);
  /* C's total is in the claim of A's and B's, the difference its own */
  g_assert_cmpuint (px_comparison_get_n_claims (c), ==, 2);
  g_assert_cmpuint (px_comparison_get_sentence_claim (c, 2, 1), ==, px_comparison_get_sentence_claim (c, 0, 1));
  g_assert_cmpuint (px_comparison_get_sentence_claim (c, 1, 1), ==, px_comparison_get_sentence_claim (c, 0, 1));
  numbers = of_kind (c, PX_DIFFERENCE_NUMBER);
  g_assert_cmpuint (numbers->len, ==, 1);
  g_assert_cmpuint (count_linked_differences (c), ==, 0);
  /* nothing is left to join */
  g_assert_false (_px_comparison_join_linked (c, NULL));

  /* the aligner's claims: the report that tells the term served only in
   * passing is alone, and joins the three's claim */
  {
    const char *hale[] = {
      "Hale returned to Ohio to run the family's hardware business after serving more than three years.",
      "Hale served eight months in a federal prison for wire fraud.",
      "Hale served nine months in a federal prison for wire fraud.",
      "Hale served 8 months in a federal prison for wire fraud.",
    };
    g_autoptr(PxComparison) joined = compare_texts (hale, 4);
    g_autoptr(GPtrArray) terms = of_kind (joined, PX_DIFFERENCE_NUMBER);
    gboolean passing = FALSE;

    g_assert_cmpuint (px_comparison_get_sentence_claim (joined, 0, 0), ==, px_comparison_get_sentence_claim (joined, 1, 0));
    for (guint k = 0; k < px_comparison_get_n_claims (joined); k++)
      g_assert_cmpuint (px_claim_get_n_linked_differences (px_comparison_get_claim (joined, k)), ==, 0);
    for (guint d = 0; d < terms->len; d++)
      passing |= g_strcmp0 (px_difference_get_value (terms->pdata[d], 0), "more than three years") == 0;
    g_assert_true (passing);
  }
}

/* Plays told apart by the period of the game they fall in are two acts:
 * no figure nor clock of one is compared with the other's ("a 4-yard run
 * in the second quarter" / "a 9-yard run in the fourth quarter"), while
 * plays of one period are.
 */
static void
test_plays_by_period (void)
{
  assert_not_flagged ("Smith scored on a 4-yard run in the second quarter to give the Patriots a 14-7 lead.",
                      "Smith scored on a 9-yard run in the fourth quarter to seal the win.", G_MAXINT);
  assert_flagged ("Smith scored on a 4-yard run in the second quarter to give the Patriots a 14-7 lead.",
                  "Smith scored on a 9-yard run in the second quarter to give the Patriots a 14-7 lead.",
                  PX_DIFFERENCE_NUMBER, "4-yard run", "9-yard run");
  assert_not_flagged ("Smith scored 12 points in the second quarter as the Celtics pulled away.",
                      "Smith scored 8 points in the fourth quarter as the Celtics pulled away.", G_MAXINT);
  /* a half holds its quarters; overtime is after them */
  assert_not_flagged ("Jones kicked a 45-yard field goal with 2:10 left in the first half.",
                      "Jones kicked a 38-yard field goal with 5:02 left in the third quarter.", G_MAXINT);
  assert_not_flagged ("In the third quarter, Jones kicked a 38-yard field goal with 5:02 left.",
                      "Jones kicked a 38-yard field goal with 2:10 left in the first half.", G_MAXINT);
  assert_not_flagged ("Jones kicked a 45-yard field goal in overtime to win it.",
                      "Jones kicked a 38-yard field goal in the fourth quarter to win it.", G_MAXINT);
  assert_flagged ("Jones kicked a 45-yard field goal with 2:10 left in the first half.",
                  "Jones kicked a 38-yard field goal with 2:10 left in the second quarter.",
                  PX_DIFFERENCE_NUMBER, "45-yard field goal", "38-yard field goal");
  /* a draft's round names the player, not a part of a game: the contract
   * of one player is still one figure */
  assert_flagged ("Okafor, the first-round pick out of Duke, signed a four-year contract with the Hawks on Monday.",
                  "Okafor, the second-round pick out of Duke, signed a five-year contract with the Hawks on Monday.",
                  PX_DIFFERENCE_NUMBER, "four-year", "five-year");
}

/* Slot links of times: two claims that date one happening by the same
 * verb (a bout stopped at one moment of its round). Not two happenings of
 * one kind, each at a place of its own ("checked into" two clinics on one
 * day), not two acts, not the day of a saying, nor a year's other
 * happening, nor sentences that name no one in common.
 */
static void
test_time_slot_links (void)
{
  const char *stopped = "Mendez wrapped it up with a big left-right-left series, and the contest was stopped at the 1:50 "
                        "mark.";

  g_assert_cmpuint (count_links_of ("time", stopped,
                                    "The 29-year-old Mendez (31-2, 25 KOs) won his eighth straight fight by flooring Ortega twice "
                                    "before the referee stopped the bout 38 seconds into the fifth round.",
                                    "1:50 mark", "38 seconds into the fifth round"), ==, 1);
  /* another act of the bout */
  g_assert_cmpuint (count_links_of ("time", stopped,
                                    "The 29-year-old Mendez (31-2, 25 KOs) won his eighth straight fight after flooring Ortega "
                                    "for the first time 38 seconds into the fifth round.", NULL, NULL), ==, 0);
  /* no one named in common: nothing ties the two to one story */
  g_assert_cmpuint (count_links_of ("time",
                                    "With a big left-right-left series, the contest was stopped at the 1:50 mark.",
                                    "The 29-year-old Mendez (31-2, 25 KOs) won his eighth straight fight by flooring Ortega twice "
                                    "before the referee stopped the bout 38 seconds into the fifth round.", NULL, NULL), ==, 0);
  /* a year dates another bout */
  g_assert_cmpuint (count_links_of ("time", stopped,
                                    "In 2009 the 29-year-old Mendez (31-2, 25 KOs) won his eighth straight fight by flooring "
                                    "Ortega twice before the referee stopped the bout 38 seconds into the fifth round.",
                                    NULL, NULL), ==, 0);
  /* figures of two rounds are two acts', never linked; of one round, one */
  g_assert_cmpuint (count_links ("Hale, who served more than three years, returned in a second-round bout to run the family's "
                                 "hardware business in Ohio.",
                                 "Hale served eight months in a federal prison for wire fraud before the second round.",
                                 "more than three years", "eight months"), ==, 1);
  g_assert_cmpuint (count_links ("Hale, who served more than three years, returned in a second-round bout to run the family's "
                                 "hardware business in Ohio.",
                                 "Hale served eight months in a federal prison for wire fraud before the fourth round.",
                                 NULL, NULL), ==, 0);
  /* two rounds of a bout: two moments, never linked */
  g_assert_cmpuint (count_links_of ("time",
                                    "Mendez wrapped it up in the fifth round with a big left-right-left series, and the contest "
                                    "was stopped at the 1:50 mark.",
                                    "The 29-year-old Mendez (31-2, 25 KOs) won his eighth straight fight by flooring Ortega twice "
                                    "before the referee stopped the bout 38 seconds into the fifth round.",
                                    "1:50 mark", "38 seconds into the fifth round"), ==, 1);
  g_assert_cmpuint (count_links_of ("time",
                                    "Mendez wrapped it up in the fourth round with a big left-right-left series, and the contest "
                                    "was stopped at the 1:50 mark.",
                                    "The 29-year-old Mendez (31-2, 25 KOs) won his eighth straight fight by flooring Ortega twice "
                                    "before the referee stopped the bout 38 seconds into the fifth round.",
                                    NULL, NULL), ==, 0);
  /* two clinics, two check-ins on one day */
  g_assert_cmpuint (count_links_of ("time",
                                    "Carter had checked into Lakeside, a private clinic near Malibu, early on Thursday but left "
                                    "within hours against her doctors' advice, her father told a radio station.",
                                    "Actress Jane Carter finally checked into court-ordered rehab at the Hillcrest Treatment "
                                    "Center late Thursday, after hiring a new lawyer.", NULL, NULL), ==, 0);
  /* the day of the saying */
  g_assert_cmpuint (count_links_of ("time",
                                    "Carter's lawyer said on Thursday that she was recovering at a clinic outside Palm Springs.",
                                    "Carter is in good spirits and wants to be left alone, her lawyer said Friday.",
                                    NULL, NULL), ==, 0);
}

/* Temperatures are a unit of their own: a different temperature is a
 * difference, a figure without a scale is not compared with one.
 */
static void
test_number_temperatures (void)
{
  assert_flagged ("Temperatures in the capital reached 15C on Sunday afternoon as crowds gathered in the square.",
                  "Temperatures in the capital reached 25C on Sunday afternoon as crowds gathered in the square.",
                  PX_DIFFERENCE_NUMBER, "15C", "25C");
  assert_not_flagged ("Firefighters fought the blaze for eight hours in minus-20 degree temperatures on Saturday.",
                      "Firefighters fought the blaze for eight hours in temperatures of -29C on Saturday.",
                      PX_DIFFERENCE_NUMBER);
}

/* A bare "points" is percentage points only in a sentence of shares (a
 * percentage, a rate): a player's points, a margin and an index's moves
 * are counted, as any count, by their act. A count of points is no share:
 * "up 3 points" in a poll that gives no percentage is not compared with
 * "5 percentage points"; an index above 100 points is no share either.
 */
static void
test_number_points (void)
{
  assert_flagged ("Lopez scored 20 points and grabbed 11 rebounds as the Bluejays beat Drake on Friday.",
                  "Lopez scored 22 points and grabbed 11 rebounds as the Bluejays beat Drake on Friday.",
                  PX_DIFFERENCE_NUMBER, "20 points", "22 points");
  /* a count of the same act, the act told by one report alone ("had") */
  assert_flagged ("Lopez had 20 points and 11 rebounds as the Bluejays beat Drake on Friday.",
                  "Lopez scored 22 points as the Bluejays beat Drake on Friday.",
                  PX_DIFFERENCE_NUMBER, "20 points", "22 points");
  assert_flagged ("Lopez scored 22 points as the Bluejays beat Drake on Friday.",
                  "Lopez had 20 points and 11 rebounds as the Bluejays beat Drake on Friday.",
                  PX_DIFFERENCE_NUMBER, "22 points", "20 points");
  /* a margin is not a player's points */
  assert_not_flagged ("Ruiz scored 23 points as the Bluejays beat Drake on Friday night in Omaha.",
                      "The Bluejays beat Drake by 12 points on Friday night in Omaha behind Ruiz.",
                      PX_DIFFERENCE_NUMBER);
  /* a poll in percentages: points are percentage points */
  assert_flagged ("Smith is up 3 points in the latest Quinnipiac poll, leading Jones 48 percent to 45 percent.",
                  "Smith leads Jones by 5 percentage points in the latest Quinnipiac poll.",
                  PX_DIFFERENCE_NUMBER, "3 points", "5 percentage points");
  assert_not_flagged ("Smith is up 3 points in the latest Quinnipiac poll, leading Jones 48 percent to 45 percent.",
                      "Smith leads Jones by 3 percentage points in the latest Quinnipiac poll.",
                      PX_DIFFERENCE_NUMBER);
  /* no percentage: points of a count are not compared with a share */
  assert_not_flagged ("Smith is up 3 points in the latest Quinnipiac poll of likely voters.",
                      "Smith leads Jones by 5 percentage points in the latest Quinnipiac poll of likely voters.",
                      PX_DIFFERENCE_NUMBER);
  /* a rate's point is a percentage point: half a point is 50 basis points */
  assert_not_flagged ("The central bank cut its main interest rate by half a point on Thursday.",
                      "The central bank cut its main interest rate by 50 basis points on Thursday.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The central bank cut its main interest rate by half a point on Thursday.",
                  "The central bank cut its main interest rate by 25 basis points on Thursday.",
                  PX_DIFFERENCE_NUMBER, "half a point", "25 basis points");
  /* an index's points, beside the percentage they are: counted */
  assert_flagged ("The Dow Jones industrial average fell 300 points, or 2.5 percent, on Monday.",
                  "The Dow Jones industrial average fell 312 points on Monday.",
                  PX_DIFFERENCE_NUMBER, "300 points", "312 points");
}

static void
test_number_not (void)
{
  /* one of several figures answers another's only where the words around say so */
  assert_not_flagged ("Okoro ran for 512 yards and three touchdowns and scored two touchdowns on kick returns this season.",
                      "Okoro had 530 yards and five touchdowns receiving and returned kicks this season.",
                      PX_DIFFERENCE_NUMBER);
  /* deaths are not injuries */
  assert_not_flagged ("The storm killed 12 people in the coastal province on Monday, officials said.",
                      "The storm injured 40 people in the coastal province on Monday, officials said.",
                      PX_DIFFERENCE_NUMBER);
  /* two players' points */
  assert_not_flagged ("Guard Dario Mensah scored 21 points for the Red Hawks in the loss at Greenfield on Thursday.",
                      "Guard Luka Brandt scored 14 points for the Blue Herons in the win at Greenfield on Thursday.",
                      PX_DIFFERENCE_NUMBER);
  /* "several" is any figure it covers; not twelve */
  assert_not_flagged ("Okoro missed several games after keyhole surgery on his right shoulder in March.",
                      "Okoro missed four games after keyhole surgery on his right shoulder in March.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("Okoro missed several games after keyhole surgery on his right shoulder in March.",
                  "Okoro missed 12 games after keyhole surgery on his right shoulder in March.",
                  PX_DIFFERENCE_NUMBER, "several games", "12 games");
  /* a figure the other report gives too counts something else there */
  assert_not_flagged ("Keller completed 27 of 31 passes for 318 yards and two touchdowns as the Foxes won.",
                      "Keller finished 27-of-31 after hitting his first 15 passes and threw for 318 yards as the Foxes won.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Keller passed for 318 yards and Dunmore returned a fumble 42-yards for a score as the Foxes won.",
                      "Dunmore scooped up the fumble and sprinted in from 42 yards out for the score as the Foxes won.",
                      PX_DIFFERENCE_NUMBER);
  /* a part of a whole counts the whole's things, against another part
   * only: "19 of the 35 seats" and "17 of the 35 seats"; not "eight of
   * the nine members" against "the nine members" */
  assert_flagged ("The Unity Bloc won 19 of the 35 seats in the regional assembly, the electoral commission said.",
                  "According to preliminary results, the bloc won 17 of the 35 seats, short of a majority.",
                  PX_DIFFERENCE_NUMBER, "19 of the 35 seats", "17 of the 35 seats");
  assert_not_flagged ("Eight of the nine members of the rate-setting committee voted for the cut on Thursday.",
                      "The nine members of the rate-setting committee voted for the cut on Thursday.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("Eight of the nine members of the rate-setting committee voted for the cut on Thursday.",
                  "The ten members of the rate-setting committee voted for the cut on Thursday.",
                  PX_DIFFERENCE_NUMBER, "nine members", "ten members");
  /* a part is not the whole */
  assert_not_flagged ("The bank reported income of $334 million for the quarter, including $281 million from trading.",
                      "The bank reported income of $334 million for the quarter.",
                      PX_DIFFERENCE_NUMBER);
}

/* A rank told with its noun after a determiner or an owner's name
 * (px-quantity.c's ordinal_span(), px-differ.c's same_rank()): its noun is its slot, however little else the sentences
 * share; never against an amount, a game's period or a date.
 */
static void
test_number_ranks (void)
{
  assert_flagged ("Forward Idris Kallay put Millbrook ahead in the 64th minute with a shot from the edge of the box.",
                  "Idris Kallay came off the bench and headed the winner for Millbrook in the 68th minute.",
                  PX_DIFFERENCE_NUMBER, "64th minute", "68th minute");
  assert_flagged ("The board named Dana Whitlow the 14th president of Harlow College on Thursday.",
                  "Dana Whitlow, a chemist, becomes the 15th president of Harlow College, trustees said.",
                  PX_DIFFERENCE_NUMBER, "14th president", "15th president");
  assert_flagged ("Harlow Mills lost its ninth straight game at home on Saturday, 3-1 to Dunmore.",
                  "Harlow Mills lost its seventh straight game at home on Saturday, 3-1 to Dunmore.",
                  PX_DIFFERENCE_NUMBER, "ninth straight game", "seventh straight game");
  assert_not_flagged ("Forward Idris Kallay put Millbrook ahead in the 64th minute with a shot from the edge of the box.",
                      "Idris Kallay headed the winner for Millbrook in the 64th minute, his first goal of the season.",
                      PX_DIFFERENCE_NUMBER);
  /* a rank orders its noun: a seventh playoff appearance is no eighth win */
  assert_not_flagged ("Harlow Mills clinched its seventh straight playoff appearance with the 3-1 win over Dunmore.",
                      "Harlow Mills beat Dunmore 3-1 on Saturday for its eighth straight win.",
                      PX_DIFFERENCE_NUMBER);
  /* a rank is no amount: the fourth season is not four seasons */
  assert_not_flagged ("Okafor, in his fourth season with Dunmore, scored twice in the win over Harlow.",
                      "Okafor, who has spent five seasons with Dunmore, scored twice in the win over Harlow.",
                      PX_DIFFERENCE_NUMBER);
  /* a game's periods and a date are read elsewhere, or not at all */
  assert_not_flagged ("After flooring Kallay in the sixth round with a left hook, Verhoef finished it in the seventh with a flurry at Harlow Arena.",
                      "Verhoef stopped Kallay with a flurry in the seventh round at Harlow Arena.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The festival in Millbrook opens on the 5th of May, organisers said on Monday.",
                      "The festival in Millbrook opens on the 7th of May, organisers said on Monday.",
                      PX_DIFFERENCE_NUMBER);
  /* after an owner's name too, "Harlow College's" or "the Herons'" */
  assert_flagged ("Dana Whitlow was named Harlow College's 14th president on Thursday after a year-long search.",
                  "Dana Whitlow was named Harlow College's 15th president on Thursday after a year-long search.",
                  PX_DIFFERENCE_NUMBER, "14th president", "15th president");
  assert_flagged ("Okafor scored twice as the Herons' ninth straight win lifted them to the top of the table.",
                  "Okafor scored twice as the Herons' seventh straight win lifted them to the top of the table.",
                  PX_DIFFERENCE_NUMBER, "ninth straight win", "seventh straight win");
  assert_not_flagged ("Okafor scored twice as the Herons' ninth straight win lifted them to the top of the table.",
                      "Okafor scored twice as the Herons' 9th straight win lifted them to the top of the table.",
                      PX_DIFFERENCE_NUMBER);
}

/* Lengths of time are one quantity in any unit: a prison term of "four
 * and a half months" against "more than four years"; "two weeks" is "14
 * days", "about two years" may be "30 months", "a 30-year-old
 * congregation" is "about 30 years old", and "41/2 months" (a lost "½")
 * gives no "2 months".
 */
static void
test_number_durations (void)
{
  assert_flagged ("Okafor served four and a half months behind bars for his part in the port bribery scandal, court files show.",
                  "Okafor served more than four years behind bars for his part in the port bribery scandal, court files show.",
                  PX_DIFFERENCE_NUMBER, "four and a half months", "more than four years");
  /* one act, however little else the sentences share */
  assert_flagged ("Okafor served four and a half months behind bars for his part in the port bribery affair, after being charged with perjury.",
                  "Okafor went back to run the family's shipping firm once he had served more than four years over the port bribery affair.",
                  PX_DIFFERENCE_NUMBER, "four and a half months", "more than four years");
  /* an age, of one person; not two people's, nor a tenure */
  assert_flagged ("On Sunday, 36-year-old Tomas Verhoef died when he lost his footing and dropped about 60 metres off a ledge.",
                  "On Sunday, 46-year-old Tomas Verhoef died when he lost his footing and dropped about 60 metres off a ledge.",
                  PX_DIFFERENCE_NUMBER, "36-year-old", "46-year-old");
  assert_not_flagged ("On Sunday, 36-year-old Tomas Verhoef died when he lost his footing and dropped about 60 metres off a ledge.",
                      "On Sunday, 31-year-old Lewis Garand died when he lost his footing and dropped about 60 metres off a ledge.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("A 36-year-old Canadian hiker died after a fall of about 150 metres on Mt Harlow on Saturday.",
                      "A 46-year-old Canadian hiker died after a fall of about 150 metres on Mt Harlow on Saturday.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Deputy Ortiz, a 15-year veteran of the gang detail, was shot outside the Lakewood station, deputies said.",
                      "Deputy Ortiz was shot outside the Lakewood station and died 24 hours later, deputies said.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Managers would not explain why Brandauer, a 15-year employee, was put on leave from the depot.",
                      "Managers would not explain why the 43-year-old employee was put on leave from the depot.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The strike at the port has lasted two weeks so far, union leaders said on Monday.",
                      "The strike at the port has lasted 14 days so far, union leaders said on Monday.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The congregation moved into its new church building about two years ago, the pastor said.",
                      "The congregation moved into its new church building 30 months ago, the pastor said.",
                      PX_DIFFERENCE_NUMBER);
  /* "about" stretches its own figure by a quarter, not the other's:
   * "about 11 hours" reaches 13 hours, not 15 */
  assert_flagged ("The jury in Harlow deliberated for about 11 hours over two days before its verdict.",
                  "The jury in Harlow deliberated for 15 hours over two days before its verdict.",
                  PX_DIFFERENCE_NUMBER, "about 11 hours", "15 hours");
  assert_not_flagged ("The jury in Harlow deliberated for about 11 hours over two days before its verdict.",
                      "The jury in Harlow deliberated for 13 hours over two days before its verdict.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The 30-year-old congregation meets in Millbrook, about 25 miles east of Dunmore.",
                      "The congregation, about 30 years old, meets in Millbrook, about 25 miles east of Dunmore.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Okafor served 41/2 months in a federal jail for lying to investigators, court files show.",
                      "Okafor served four and a half months in a federal jail for lying to investigators, court files show.",
                      PX_DIFFERENCE_NUMBER);
  /* one span in two units; not the larger unit alone */
  assert_not_flagged ("A court in Lima sentenced the former minister to 12 years and six months in prison for taking bribes.",
                      "A court in Lima sentenced the former minister to 12 and a half years in prison for taking bribes.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Firefighters battled the blaze at the mill for three hours and 30 minutes, the fire chief said.",
                      "Firefighters battled the blaze at the mill for three and a half hours, the fire chief said.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("A court in Lima sentenced the former minister to 12 years and six months in prison for taking bribes.",
                  "A court in Lima sentenced the former minister to 12 years in prison for taking bribes.",
                  PX_DIFFERENCE_NUMBER, "12 years and six months", "12 years");
  /* a smaller unit first is two terms: jail, then probation */
  assert_flagged ("The judge sentenced the driver to six months and three years of probation for the crash.",
                  "The judge sentenced the driver to eight months and three years of probation for the crash.",
                  PX_DIFFERENCE_NUMBER, "six months", "eight months");
}

/* A written fraction is its number: "4½ months" is "four and a half
 * months" and "136 days", and "412 months" where a page lost the slash;
 * "3 1/2 years" against "four and a half years" is a difference.
 */
static void
test_number_fractions (void)
{
  assert_flagged ("Okafor served 4½ months in a federal jail for his part in the port bribery scandal, court files show.",
                  "Okafor served more than four years in a federal jail for his part in the port bribery scandal, court files show.",
                  PX_DIFFERENCE_NUMBER, "4½ months", "more than four years");
  assert_flagged ("The former treasurer was sentenced to 3 1/2 years in prison for embezzling from the charity.",
                  "The former treasurer was sentenced to four and a half years in prison for embezzling from the charity.",
                  PX_DIFFERENCE_NUMBER, "3 1/2 years", "four and a half years");
  assert_flagged ("Protesters marched 2¼ miles from the park to the state capitol on Saturday, organisers said.",
                  "Protesters marched 3 miles from the park to the state capitol on Saturday, organisers said.",
                  PX_DIFFERENCE_NUMBER, "2¼ miles", "3 miles");
  assert_not_flagged ("Okafor served 4½ months in a federal jail for his part in the port bribery scandal, court files show.",
                      "Okafor served four and a half months in a federal jail for his part in the port bribery scandal, court files show.",
                      G_MAXINT);
  assert_not_flagged ("Okafor served 4½ months in a federal jail for his part in the port bribery scandal, court files show.",
                      "Okafor served 136 days in a federal jail for his part in the port bribery scandal, court files show.",
                      G_MAXINT);
  assert_not_flagged ("LaRue served 412 months in federal prison for his role in the Watergate scandal, records show.",
                      "LaRue served 4 1/2 months in federal prison for his role in the Watergate scandal, records show.",
                      G_MAXINT);
  assert_not_flagged ("Protesters marched 2¼ miles from the park to the state capitol on Saturday, organisers said.",
                      "Protesters marched 2.25 miles from the park to the state capitol on Saturday, organisers said.",
                      G_MAXINT);
  assert_not_flagged ("A new poll shows ⅓ of voters in the district are still undecided before the runoff.",
                      "A new poll shows 1/3 of voters in the district are still undecided before the runoff.",
                      G_MAXINT);
}

/* An entity is its whole name: "British Columbia" is not "Columbia"'s
 * rival nor "British", and a different place in the same role is.
 */
static void
test_entity_whole_names (void)
{
  assert_flagged ("The wildfire forced thousands to flee their homes in British Columbia on Sunday, officials said.",
                  "The wildfire forced thousands to flee their homes in Alberta on Sunday, officials said.",
                  PX_DIFFERENCE_ENTITY, "British Columbia", "Alberta");
  assert_not_flagged ("Shares of Research In Motion fell sharply in Toronto on Friday after the earnings report.",
                      "Shares of Research In Motion fell sharply in Toronto on Friday after its earnings report.",
                      PX_DIFFERENCE_ENTITY);
  /* one place, named shorter or longer (both read as places: "on Mt
   * Cook" was read as none, so the case decided nothing) */
  assert_not_flagged ("A climber died after a fall in Aoraki Mount Cook National Park on Sunday, police said in a statement.",
                      "A climber died after a fall in Mount Cook National Park on Sunday, police said in a statement.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("Police said the shooting at the plant in Northeast Philly left two workers dead on Thursday.",
                      "Police said the shooting at the plant in Northeast Philadelphia left two workers dead on Thursday.",
                      PX_DIFFERENCE_ENTITY);
  /* the speaker is the person the appositive describes, initial and all */
  assert_not_flagged ("“Nothing improper happened in the meetings,” Robert F. Lindqvist, the county counsel, said on Tuesday.",
                      "County Counsel Bob Lindqvist's office found nothing improper happened in the meetings on Tuesday.",
                      PX_DIFFERENCE_ATTRIBUTION);
}

/* Lengths in two units are compared as lengths: "200m" and "200ft" are
 * two falls, "600 metres" and "2,000ft" one.
 */
static void
test_number_lengths (void)
{
  assert_flagged ("A hiker was killed on Monday when she lost her footing and fell about 200m into a deep snowy ravine.",
                  "A hiker was killed on Monday when she lost her footing and fell about 200ft into a deep snowy ravine.",
                  PX_DIFFERENCE_NUMBER, "about 200m", "about 200ft");
  assert_not_flagged ("A hiker was killed on Monday when she lost her footing and fell about 600 metres into a deep snowy ravine.",
                      "A hiker was killed on Monday when she lost her footing and fell about 2,000 feet into a deep snowy ravine.",
                      PX_DIFFERENCE_NUMBER);
  /* told otherwise around it, the same fall is still one slot */
  assert_flagged ("A 52-year-old woman died about 9am on Tuesday after she tripped and fell about 150m down a narrow rocky couloir.",
                  "On Tuesday, 52-year-old Anna Berg died after tripping and falling about 150ft from a ledge near the Fox Glacier.",
                  PX_DIFFERENCE_NUMBER, "about 150m", "about 150ft");
}

/* A length of time may be told by its act's verb on one side and by the
 * noun it measures on the other ("sentenced to 2 years", "a 2-1/2 year
 * sentence"); the whole of which a part is told is no rival of the part
 * ("most of a six-month sentence" against four and a half months served).
 */
static void
test_number_duration_noun (void)
{
  assert_flagged ("Halvorsen was sentenced to 2 years, 7 months of them behind bars, in the earlier burglary case.",
                  "In the earlier burglary case, Halvorsen served 7 months of a 2-1/2 year jail sentence.",
                  PX_DIFFERENCE_NUMBER, "2 years", "2-1/2 year");
  assert_not_flagged ("Halvorsen was sentenced to 2 1/2 years, 7 months of them behind bars, in the earlier burglary case.",
                      "In the earlier burglary case, Halvorsen served 7 months of a 2-1/2 year jail sentence.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Okafor served a shortened sentence of four and a half months at a federal jail for his bribery role.",
                      "Okafor served most of a six-month sentence at a federal jail for his bribery role.",
                      PX_DIFFERENCE_NUMBER);
}

/* A part of a whole ("10 of the Saints' 16 games", the owner's apostrophe
 * straight or curly) answers a plain count of the same act ("missed nine
 * games"); the same part, or the whole against a count, does not differ.
 */
static void
test_number_part_of_act (void)
{
  assert_flagged ("Moreau had a season wrecked by injuries, missing 10 of the Comets' 16 games with a right hamstring strain.",
                  "Moreau had a season wrecked by injuries and missed nine games with a right hamstring strain.",
                  PX_DIFFERENCE_NUMBER, NULL, "nine games");
  assert_flagged ("Moreau had a season wrecked by injuries, missing 10 of the Comets’ 16 games with a right hamstring strain.",
                  "Moreau had a season wrecked by injuries and missed nine games with a right hamstring strain.",
                  PX_DIFFERENCE_NUMBER, NULL, "nine games");
  assert_not_flagged ("Moreau had a season wrecked by injuries, missing 9 of the Comets' 16 games with a right hamstring strain.",
                      "Moreau had a season wrecked by injuries and missed nine games with a right hamstring strain.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The ruling party won 19 of the 35 seats in the regional assembly on Sunday.",
                      "The ruling party won a majority in the regional assembly of 35 seats on Sunday.",
                      PX_DIFFERENCE_NUMBER);
}

/* A figure's span: a few games against a season, a rate against a
 * total, a career against one game, this season against last; figures
 * over the same span still differ.
 */
static void
test_number_scope (void)
{
  assert_not_flagged ("Pellegrini finished his second season in Tulsa with just 587 yards and three touchdowns.",
                      "Pellegrini has 244 rushing yards and three touchdowns in his last four games for Tulsa.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("He has 244 rushing yards and three touchdowns in his last four games.",
                  "He has 207 rushing yards and three touchdowns in his last four games.",
                  PX_DIFFERENCE_NUMBER, "244 rushing yards", "207 rushing yards");
  assert_not_flagged ("Morales is averaging 19 points and seven rebounds for the Hawks.",
                      "Morales had 31 points and seven rebounds for the Hawks.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The guard scored 18 points a game for the Hawks.",
                      "The guard scored 31 points for the Hawks against Toledo.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The guard scored 18 points a game for the Hawks.",
                  "The guard scored 21 points per game for the Hawks.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
  assert_not_flagged ("The striker has scored 14 goals for the club this season.",
                      "The striker scored 22 goals for the club last season.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The striker has scored 14 goals for the club this season.",
                  "The striker has scored 16 goals for the club this season.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
  /* a span the sentence opens with holds for its figures, and a past
   * span's figure is no rival of one that names none (the story's
   * present); one that names the same span still is, and so are two
   * that name none */
  g_assert_cmpuint (numbers_in_one_claim ("Last season, Okafor was the leading rusher for the Hawks with 640 total yards in 12 games.",
                                          "Okafor has had just 210 yards rushing for the Hawks.", NULL), ==, 0);
  g_assert_cmpuint (numbers_in_one_claim ("Last season, Okafor ran for 640 yards for the Hawks.",
                                          "Okafor ran for 710 yards for the Hawks last season.",
                                          (const char *[]) { "640 yards", "710 yards" }), ==, 1);
  g_assert_cmpuint (numbers_in_one_claim ("Okafor has run for 640 yards for the Hawks in 12 games.",
                                          "Okafor has 710 rushing yards for the Hawks.",
                                          (const char *[]) { "640 yards", "710 rushing yards" }), ==, 1);
  assert_not_flagged ("Hansbrough has 2,301 career points and 1,200 rebounds for North Carolina.",
                      "Hansbrough has 20 points and 1,200 rebounds for North Carolina.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Hansbrough has 2,301 points and 1,200 rebounds for North Carolina in his career.",
                      "Hansbrough has 20 points and 1,200 rebounds for North Carolina.",
                      PX_DIFFERENCE_NUMBER);
  /* "a year earlier" dates what a change is measured from: no rate */
  assert_flagged ("Revenue from the cloud unit rose 14% from a year earlier.",
                  "Cloud revenue jumped 21 per cent.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
  assert_not_flagged ("Revenue from the cloud unit rose 14% a year over the decade.",
                      "Revenue from the cloud unit jumped 21 per cent.",
                      PX_DIFFERENCE_NUMBER);
  /* a record of one game is no career's count */
  assert_flagged ("Adeyemi finished the win over North Texas with 27 points and 14 rebounds, both career highs.",
                  "Adeyemi finished the win over North Texas with 27 points and eight rebounds.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
}

/* The verb a day dates: a plain form after "will" or "would" anywhere
 * before the day in its clause; not a sentence's first word standing
 * before a noun or a name ("Disgraced", "Embattled"), which is its
 * adjective.
 */
static void
test_time_dated_verb (void)
{
  assert_flagged ("The carmaker will shut two plants in Michigan in 2027.",
                  "The carmaker will shut two plants in Michigan in 2029.",
                  PX_DIFFERENCE_TIME, "2027", "2029");
  /* two acts of two years are no rivals */
  assert_not_flagged ("The carmaker will shut two plants in Michigan in 2027.",
                      "The carmaker will open two plants in Michigan in 2029.",
                      PX_DIFFERENCE_TIME);
  assert_flagged ("A jury on Thursday convicted Lena Marsh of embezzlement.",
                  "Embattled charity boss Lena Marsh was found guilty of embezzlement Wednesday.",
                  PX_DIFFERENCE_TIME, "Thursday", "Wednesday");
  /* an adverb between the modal and its verb; a year's end is that year */
  assert_flagged ("It will also close two assembly plants in Ohio by the end of 2027.",
                  "Two Ohio assembly plants will close by the end of 2028.",
                  PX_DIFFERENCE_TIME, "2027", "2028");
  assert_not_flagged ("The carmaker will also shut two plants in Michigan by the end of 2027.",
                      "The carmaker will shut two plants in Michigan in 2027.",
                      PX_DIFFERENCE_TIME);
}

/* An "-ing" word after an article is a thing, not the verb its day
 * dates: "disclosed the talks in a regulatory filing late Monday" dates
 * the disclosure, which "confirmed the talks" tells too; two things made
 * known are two happenings.
 */
static void
test_time_gerund_named (void)
{
  assert_flagged ("Harwell Bank confirmed the merger talks in a statement to the stock exchange at 7 a.m. on Tuesday.",
                  "Harwell Bank disclosed the merger talks in a regulatory filing late Monday.",
                  PX_DIFFERENCE_TIME, "7 a.m. on Tuesday", "late Monday");
  assert_not_flagged ("Harwell Bank confirmed the merger talks in a statement to the stock exchange on Tuesday.",
                      "Harwell Bank announced the job cuts in a regulatory filing late Monday.",
                      PX_DIFFERENCE_TIME);
}

/* A time of one verb dates another act when the verb is done to a thing
 * of the subject's ("had his jersey retired"): no rival of the subject's
 * own act ("retiring in 1993"); the same thing's acts still differ.
 */
static void
test_time_undergoer (void)
{
  assert_not_flagged ("Cheeks, now the coach of the 76ers, retired from the 76ers in 1993.",
                      "Cheeks, now the coach of the 76ers, had his No. 10 jersey retired by the 76ers on Feb. 6, 1995.",
                      PX_DIFFERENCE_TIME);
  assert_flagged ("Cheeks, now the coach of the 76ers, had his No. 10 jersey retired by the 76ers in 1993.",
                  "Cheeks, now the coach of the 76ers, had his No. 10 jersey retired by the 76ers on Feb. 6, 1995.",
                  PX_DIFFERENCE_TIME, NULL, NULL);
  assert_flagged ("Cheeks, now the coach of the 76ers, retired from the 76ers in 1993.",
                  "Cheeks, now the coach of the 76ers, retired from the 76ers in 1995.",
                  PX_DIFFERENCE_TIME, NULL, NULL);
  assert_not_flagged ("The senator, a lawyer from Ohio, was suspended from the bar in 2019.",
                      "The senator, a lawyer from Ohio, had his law licence suspended by the bar in 2021.",
                      PX_DIFFERENCE_TIME);
}

/* "Pounds" that something weighs are a weight, not money: "weighing 130
 * pounds" against "135 pounds" after a height differs, against "59
 * kilograms" is the same weight; "300 pounds of marijuana" are 136
 * kilograms of it, not 200; "2 million pounds of public money" stays
 * money.
 */
static void
test_number_pounds (void)
{
  assert_flagged ("The suspect, Ramon Ellery, is 5-foot-8, weighing 130 pounds, with a beard and a scar on his neck, police said.",
                  "The suspect, Ramon Ellery, is 5-foot-8, 135 pounds, with a beard and a scar on his neck, police said.",
                  PX_DIFFERENCE_NUMBER, "130 pounds", "135 pounds");
  assert_not_flagged ("The suspect, Ramon Ellery, is 5-foot-8, weighing 130 pounds, with a beard and a scar on his neck, police said.",
                      "The suspect, Ramon Ellery, is 5-foot-8, weighing 59 kilograms, with a beard and a scar on his neck, police said.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("Border agents seized 300 pounds of marijuana hidden in a truck of watermelons at the crossing.",
                  "Border agents seized 200 kilograms of marijuana hidden in a truck of watermelons at the crossing.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
  assert_not_flagged ("Border agents seized 300 pounds of marijuana hidden in a truck of watermelons at the crossing.",
                      "Border agents seized 136 kilograms of marijuana hidden in a truck of watermelons at the crossing.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The council spent 2 million pounds of public money on the new bridge over the river.",
                      "The council spent £2m of public money on the new bridge over the river.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The council spent 2 million pounds of public money on the new bridge over the river.",
                  "The council spent £3m of public money on the new bridge over the river.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
}

/* A round-up tells several games: a player's line of one game is no
 * rival of his line in another, when each report tells the final score
 * of its own game beside the figures (the sentence after it here) and
 * neither tells the other's. The same game's score on both sides, or a
 * score on one side only, leaves the figures one slot.
 */
static void
test_number_two_games (void)
{
  const char *first = "Theo Adeyemi finished the victory with 24 points and 16 rebounds, both career highs. "
                      "Marlow State had raced out to a big lead on Eastbrook on Thursday before it finally won 77-68.";
  const char *second = "Theo Adeyemi finished the victory with 22 points and nine rebounds, both career highs. "
                       "Marlow State began its conference season with a 71-57 win over Kingsport on Saturday.";
  const char *same_game = "Theo Adeyemi finished the victory with 22 points and 16 rebounds, both career highs. "
                          "Marlow State began its conference season with a 71-57 win over Kingsport on Saturday.";
  const char *no_score = "Theo Adeyemi finished the victory with 22 points and 16 rebounds, both career highs. "
                         "Marlow State began its conference season on Saturday.";

  assert_not_flagged (first, second, PX_DIFFERENCE_NUMBER);
  assert_flagged (same_game, second, PX_DIFFERENCE_NUMBER, "16 rebounds", "nine rebounds");
  assert_flagged (no_score, second, PX_DIFFERENCE_NUMBER, "16 rebounds", "nine rebounds");
}

/* A doubt is a difference only about what the others state: "reportedly
 * apologized over the possibility the fire was connected to her nomination"
 * doubts an apology, and a report that tells of the fire and the governor
 * but of no apology states nothing it doubts; against one that states the
 * apology it is hedging, and so is "reportedly weighing a strike" against
 * "preparing a strike" (what the act is done to in common).
 */
static void
test_hedging_other_proposition (void)
{
  assert_not_flagged ("A suspicious fire destroyed the Harbor Grace Chapel in Maine on Friday night. "
                      "Maine Gov. Ellen Kowalski reportedly apologized over the possibility the fire was connected to her nomination.",
                      "A suspicious fire destroyed the Harbor Grace Chapel in Maine on Friday night. "
                      "Maine Gov. Ellen Kowalski, her husband Peter and up to 800 fellow parishioners will worship in a nearby "
                      "school this morning after a suspicious fire all but destroyed the Harbor Grace Chapel early Saturday.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("A suspicious fire destroyed the Harbor Grace Chapel in Maine on Friday night. "
                  "Maine Gov. Ellen Kowalski reportedly apologized over the possibility the fire was connected to her nomination.",
                  "A suspicious fire destroyed the Harbor Grace Chapel in Maine on Friday night. "
                  "Maine Gov. Ellen Kowalski apologized over the possibility the fire was connected to her nomination.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);

  /* the same proposition told by another verb, what it is done to
   * shared, is still doubted */
  assert_flagged ("The dockers' union at the port of Antwerp is reportedly weighing a strike over the new shift rota.",
                  "The dockers' union at the port of Antwerp is also preparing a strike over the new shift rota.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
}

/* A name that ends in a kind of place ("Cook National Park", "Tasman
 * Saddle Hut") is nobody: it does not make two reports of one fall tell
 * of different people's; the same length in two units stays equal.
 */
static void
test_number_place_names (void)
{
  assert_flagged ("A 41-year-old Canadian man died on Sunday after falling 150 meters from a ledge in Kestrel/Mt. Harlow National Park.",
                  "A day earlier 41-year-old Tomas Verhoef was killed after losing his grip and falling 200ft from a ledge in the same national park.",
                  PX_DIFFERENCE_NUMBER, "150 meters", "200ft");
  assert_not_flagged ("A 41-year-old Canadian man died on Sunday after falling 60 meters from a ledge in Kestrel/Mt. Harlow National Park.",
                      "A day earlier 41-year-old Tomas Verhoef was killed after losing his grip and falling 200ft from a ledge in the same national park.",
                      PX_DIFFERENCE_NUMBER);
}

/* A road is not a street: the place of one arrest told as "a dwelling on
 * Phillips Road" and "an apartment on Philip Street" is two places, a
 * dwelling and an apartment both housing; the same way written "Philip
 * Street" and "Philip St." is one, and so is one road called a home by
 * one report and an apartment by the other.
 */
static void
test_entity_way_kinds (void)
{
  assert_flagged ("Halvorsen was found late Monday holed up in a dwelling on Phillips Road where Brandt stayed, officers said.",
                  "Halvorsen was found late Monday holed up in an apartment on Philip Street where Brandt stayed, officers said.",
                  PX_DIFFERENCE_ENTITY, "Phillips Road", "Philip Street");
  assert_flagged ("Halvorsen was found late Monday holed up in an apartment on Phillips Road where Brandt stayed, officers said.",
                  "Halvorsen was found late Monday holed up in an apartment on Phillips Street where Brandt stayed, officers said.",
                  PX_DIFFERENCE_ENTITY, "Phillips Road", "Phillips Street");
  assert_not_flagged ("Halvorsen was found late Monday holed up in a dwelling on Philip Street where Brandt stayed, officers said.",
                      "Halvorsen was found late Monday holed up in an apartment on Philip St. where Brandt stayed, officers said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("Halvorsen was found late Monday holed up in a home on Phillips Road where Brandt stayed, officers said.",
                      "Halvorsen was found late Monday holed up in an apartment on Phillips Road where Brandt stayed, officers said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("Halvorsen posted the clip on Facebook on Monday evening, hours before the arrest, officers said.",
                      "Halvorsen posted the clip on YouTube on Monday evening, hours before the arrest, officers said.",
                      PX_DIFFERENCE_ENTITY);
}

/* Two names that share a word are two names when each has its own word
 * where the other differs: "Aoraki Mount Cook National Park" and "Mount
 * Kelvey National Park" (the shared "Mount", "National Park"), "Walter
 * Brennick" and "Walter Brennan" (the shared first name). One name
 * written longer or shorter is no difference: "Mount Cook" and
 * "Aoraki/Mount Cook", "Mt Cook" and "Mount Cook", "Walter Brennan",
 * "Brennan" and "Mr. Brennan".
 */
static void
test_entity_shared_word (void)
{
  assert_flagged ("Rescuers reached the injured climber in Aoraki Mount Cook National Park late on Tuesday, police said.",
                  "Rescuers reached the injured climber in Mount Kelvey National Park late on Tuesday, police said.",
                  PX_DIFFERENCE_ENTITY, "Aoraki Mount Cook National Park", "Mount Kelvey National Park");
  assert_flagged ("County clerk Marek Brennick said the ranch had been sold to a dairy cooperative in a private sale.",
                  "County clerk Marek Brennan said the ranch had been sold to a dairy cooperative in a private sale.",
                  PX_DIFFERENCE_ENTITY, "Marek Brennick", "Marek Brennan");
  /* two people of one first name in two roles are two people */
  assert_not_flagged ("The ranch was sold last spring to Walter Brennick, a retired banker, the county said on Monday.",
                      "The ranch that Walter Ashgrove farmed for forty years was sold last spring, the county said on Monday.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("The ranch was sold last spring to Walter Brennan, a retired banker from the valley, the county said.",
                      "The ranch was sold last spring to Brennan, a retired banker from the valley, the county said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("The ranch was sold last spring to Walter Brennan, a retired banker from the valley, the county said.",
                      "The ranch was sold last spring to Mr. Brennan, a retired banker from the valley, the county said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("Rescuers reached the injured climber in Mount Cook National Park late on Tuesday, police said.",
                      "Rescuers reached the injured climber in Aoraki/Mount Cook National Park late on Tuesday, police said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("Rescuers reached the injured climber in Mount Cook National Park late on Tuesday, police said.",
                      "Rescuers reached the injured climber in Mt Cook National Park late on Tuesday, police said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("Rescuers reached the injured climber near Mount Cook late on Tuesday, police said.",
                      "Rescuers reached the injured climber near Aoraki Mount Cook late on Tuesday, police said.",
                      PX_DIFFERENCE_ENTITY);
}

/* A mountain or an island after "on" is a place: "died on Mount Kelvey"
 * and "died on Mt Cook" tell two places; "on Mt Cook" and "on Mount
 * Cook" one; "on Friday" or "on Facebook" none.
 */
static void
test_entity_on_feature (void)
{
  assert_flagged ("The climber died on Mount Kelvey after a fall late on Tuesday, police said.",
                  "The climber died on Mt Cook after a fall late on Tuesday, police said.",
                  PX_DIFFERENCE_ENTITY, "Mount Kelvey", "Mt Cook");
  assert_not_flagged ("The climber died on Mount Cook after a fall late on Tuesday, police said.",
                      "The climber died on Mt Cook after a fall late on Tuesday, police said.",
                      PX_DIFFERENCE_ENTITY);
}

/* A sentence with a verb in lower case and a full stop is no headline,
 * however many of its words are capitalised: its names are read.
 */
static void
test_entity_capitalised_sentence (void)
{
  assert_flagged ("A former intelligence official has died, his family said. Former CIA Deputy Director Harold Quist died at his home in Fresno on Sunday.",
                  "A former intelligence official has died, his family said. Former CIA Deputy Director Harold Quist died at his home in Modesto on Sunday.",
                  PX_DIFFERENCE_ENTITY, "Fresno", "Modesto");
}

/* One place told at two scales is no difference: a prison "in Sicily"
 * and a prison cell "in Palermo", the sentence naming the town as well
 * as the prison; in a town outside the region it is. A place the table of
 * places does not know may lie in a country it knows.
 */
static void
test_entity_place_scales (void)
{
  assert_not_flagged ("An alleged crime boss was found hanged in a prison in Sicily a day after his capture, Italian officials said.",
                      "An alleged crime boss was found hanged in his Vallerotta prison cell in Palermo a day after his capture, Italian officials said.",
                      PX_DIFFERENCE_ENTITY);
  assert_flagged ("An alleged crime boss was found hanged in a prison in Sicily a day after his capture, Italian officials said.",
                  "An alleged crime boss was found hanged in his Vallerotta prison cell in Naples a day after his capture, Italian officials said.",
                  PX_DIFFERENCE_ENTITY, NULL, NULL);
  /* a place WordNet does not know against a country: maybe one place at
   * two scales; two places it knows, one not in the other, still differ */
  assert_not_flagged ("Two hikers were killed in falls on Mt Kelvey over the weekend, rescue teams said.",
                      "Two hikers were killed in falls in New Zealand over the weekend, rescue teams said.",
                      PX_DIFFERENCE_ENTITY);
  assert_flagged ("A petrol bomb thrown into a bank in Athens killed three staff on Wednesday as riot police clashed with marchers.",
                  "A petrol bomb thrown into a bank in Portugal killed three staff on Wednesday as riot police clashed with marchers.",
                  PX_DIFFERENCE_ENTITY, "Athens", "Portugal");
}

/* A place differs in its role: the same word is its place ("the Norwalk
 * event", "an event in Norfolk"); a town and a region in other roles do
 * not ("a supermarket in Surrey", "a store in Banstead").
 */
static void
test_entity_place_role (void)
{
  assert_flagged ("The senator admitted he had misstated his army record during the Norwalk event in May.",
                  "The senator admitted he had misstated his army record at an event in Norfolk in May.",
                  PX_DIFFERENCE_ENTITY, "Norwalk", "Norfolk");
  assert_not_flagged ("A Waitrose supermarket in Surrey was destroyed by a fire that broke out on Friday night.",
                      "A Waitrose store in Banstead was destroyed by a fire that broke out on Friday night.",
                      PX_DIFFERENCE_ENTITY);
}

/* Names of one place are one entity: a demonym and its country
 * ("Sicilian", "Sicily"), aliases ("British", "Britain"); a town and the
 * region a report itself or WordNet puts it in ("in Athens, Greece") are
 * no rivals, two towns are;
 * two places of two acts ("left a facility in Newport Beach", "moving to
 * a facility in Malibu") neither.
 */
static void
test_entity_same_place (void)
{
  assert_not_flagged ("The alleged clan boss was found dead in a Sicilian jail a day after his arrest, officials said.",
                      "The alleged clan boss was found dead in a jail in Sicily a day after his arrest, officials said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("The carmaker said it would close its British factory by the end of next year, cutting 900 jobs.",
                      "The carmaker said it would close its factory in Britain by the end of next year, cutting 900 jobs.",
                      PX_DIFFERENCE_ENTITY);
  assert_flagged ("A petrol bomb thrown into a bank in Athens killed three staff on Wednesday as riot police clashed with marchers.",
                  "A petrol bomb thrown into a bank in Thessaloniki killed three staff on Wednesday as riot police clashed with marchers.",
                  PX_DIFFERENCE_ENTITY, "Athens", "Thessaloniki");
  /* a town and the country WordNet puts it in, either way round */
  assert_not_flagged ("A petrol bomb thrown into a bank in Greece killed three staff on Wednesday as riot police clashed with marchers.",
                      "A petrol bomb thrown into a bank in Athens killed three staff on Wednesday as riot police clashed with marchers.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("Two climbers died on Tuesday after a fall in Christchurch, rescue officials said.",
                      "Two climbers died on Tuesday after a fall in New Zealand, rescue officials said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("A petrol bomb thrown into a bank in Greece killed three staff on Wednesday as riot police clashed with marchers.",
                      "A petrol bomb thrown into a bank in Athens killed three staff on Wednesday as riot police clashed with marchers. "
                      "Tens of thousands marched through Athens, Greece, against the spending cuts.",
                      PX_DIFFERENCE_ENTITY);
  /* one name may join two others no third report writes alike */
  {
    const char *texts[] = {
      "Police said the shooting at the bottling plant in Northeast Philly left two workers dead on Thursday night.",
      "Police said the shooting at the bottling plant in Northeast Philadelphia left two workers dead on Thursday night.",
      "Police said the shooting at the bottling plant in Philadelphia left two workers dead on Thursday night.",
    };
    g_autoptr(PxComparison) c = compare_texts (texts, 3);
    g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_ENTITY);

    assert_aligned (c, 3);
    g_assert_cmpuint (found->len, ==, 0);
  }
  assert_not_flagged ("The singer abruptly left a treatment centre in Newport Beach on Monday, her manager said.",
                      "The singer is moving to a treatment centre in Malibu on Monday, her manager said.",
                      PX_DIFFERENCE_ENTITY);
}

/* Two people who say the same thing in their own words are two sources
 * (both named in full, so each is a person the other report does not
 * name); the same words given to two people are a difference.
 */
static void
test_entity_speakers (void)
{
  assert_not_flagged ("The blaze was started by the side door while a handful of volunteers were sorting donated clothes, Fire Chief Ada Harmon said.",
                      "The blaze broke out on Friday evening while a handful of volunteers were sorting donated clothes, Paul Delacroix said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("The deputy was shot in the head, said Lyle Brandt of the sheriff's department.",
                      "He shot the deputy once in the head and fled, Rosa Ellison said.",
                      PX_DIFFERENCE_ENTITY);
  assert_flagged ("“This is an act of state terrorism against our country,” Sergei Lavrov said on Monday in Moscow.",
                  "“This is an act of state terrorism against our country,” Dmitry Peskov said on Monday in Moscow.",
                  PX_DIFFERENCE_ENTITY, "Sergei Lavrov", "Dmitry Peskov");
  assert_flagged ("Kremlin aide Yuri Ushakov said Putin told Trump about the incident in a phone call on Monday.",
                  "Kremlin spokesman Dmitry Peskov said Putin told Trump about the incident in a phone call on Monday.",
                  PX_DIFFERENCE_ENTITY, NULL, NULL);
  /* the speaker named past a role after the verb, behind a quotation */
  assert_flagged ("“We have never seen water like this in the valley,” regional president Ana Ferreiro told reporters.",
                  "“We have never seen water like this in the valley,” said Spain's interior minister, Luis Prado.",
                  PX_DIFFERENCE_ENTITY, "Ana Ferreiro", "Luis Prado");
  /* whom a witness told is who listened, not who spoke */
  assert_not_flagged ("A witness told NBC News that the gunman fired at least ten shots inside the plant before police arrived.",
                      "A witness told CNN that the gunman fired at least ten shots inside the plant before police arrived.",
                      PX_DIFFERENCE_ENTITY);
}

/* Present-tense verbs of saying attribute as the past tense does: "her
 * rep confirms to People" is no plain statement beside "a source tells
 * The Associated Press".
 */
static void
test_attribution_present_tense (void)
{
  assert_not_flagged ("Marisol Vane checked into the Harbourview Clinic in Santa Paula on Monday night, her rep confirms to People.",
                      "Marisol Vane checked into the Harbourview Clinic in Santa Paula on Monday night, a source tells the Associated Press.",
                      PX_DIFFERENCE_ATTRIBUTION);
}

/* Unnamed sources are shown only for what both outlets say: the source
 * tells of her stay now, the other outlet of her stay in 2010.
 */
/* What unnamed sources tell, retold plainly in words partly of another
 * outlet's own ("weighing a bid" / "preparing an offer"), is one
 * statement.
 */
static void
test_attribution_retold (void)
{
  assert_flagged ("Rival mining group Copperhill Resources is also weighing a bid, three people familiar with the talks said.",
                  "Copperhill Resources, another mining group, is also preparing an offer.",
                  PX_DIFFERENCE_ATTRIBUTION, NULL, NULL);
}

static void
test_attribution_same_statement (void)
{
  assert_not_flagged ("Vane, who has been in rehab four times before, was previously treated at the Harbourview Clinic in 2015.",
                      "A source tells the Associated Press that Vane is now getting treatment at the Harbourview Clinic, "
                      "where she was treated before.",
                      PX_DIFFERENCE_ATTRIBUTION);
}

/* The attribution a sentence gives is of what that sentence says: in a
 * claim in dispute (the ages differ), the police's word on the rescue
 * does not put the fall, told plainly in another sentence of the same
 * report, in their mouth. Their word on the fall itself is shown.
 */
static void
test_attribution_of_the_sourced_sentence (void)
{
  const char *apart[] = {
    "Robert Hale, 32, fell 600 metres to his death near the Sefton hut on Saturday.",
    "Rescuers reached the hut by helicopter on Sunday morning, police said. "
    "Robert Hale, 31, fell 600 metres to his death near the Sefton hut on Saturday.",
  };
  const char *sourced[] = {
    "Robert Hale, 32, fell 600 metres to his death near the Sefton hut on Saturday.",
    "Rescuers reached the hut by helicopter on Sunday morning. "
    "Robert Hale, 31, fell 600 metres to his death near the Sefton hut on Saturday, police said.",
  };
  g_autoptr(PxComparison) c = compare_as_one_claim (apart, 2, (const guint[]) { 1, 2 });
  g_autoptr(PxComparison) c2 = compare_as_one_claim (sourced, 2, (const guint[]) { 1, 2 });
  g_autoptr(GPtrArray) not_theirs = of_kind (c, PX_DIFFERENCE_ATTRIBUTION);
  g_autoptr(GPtrArray) theirs = of_kind (c2, PX_DIFFERENCE_ATTRIBUTION);
  g_autoptr(GPtrArray) ages = of_kind (c, PX_DIFFERENCE_NUMBER);

  g_assert_cmpuint (ages->len, ==, 1);
  g_assert_cmpuint (not_theirs->len, ==, 0);
  g_assert_cmpuint (theirs->len, ==, 1);
}

/* A quotation of several paragraphs whose later paragraphs lost their
 * opening marks: the middle one is still the lawyer's word, not the
 * outlet's, so it does not state as fact what another report hedges. The
 * same sentence outside the quotation does.
 */
static void
test_hedging_quotation_across_paragraphs (void)
{
  const char *quoted[] = {
    "The bullet that hit the boy reportedly bounced off the kerb, court sources said.",
    "Defence lawyer Mara Quint said: “My client fired two shots into the air.\n\n"
    "The bullet bounced off the kerb and hit the boy.\n\n"
    "The wound on his chest proves it.”",
  };
  const char *plain[] = {
    "The bullet that hit the boy reportedly bounced off the kerb, court sources said.",
    "Defence lawyer Mara Quint said: “My client fired two shots into the air.”\n\n"
    "The bullet bounced off the kerb and hit the boy.\n\n"
    "The wound on his chest proves it, she said.",
  };
  g_autoptr(PxComparison) c = compare_as_one_claim (quoted, 2, (const guint[]) { 1, 3 });
  g_autoptr(PxComparison) c2 = compare_as_one_claim (plain, 2, (const guint[]) { 1, 3 });
  g_autoptr(GPtrArray) not_flagged = of_kind (c, PX_DIFFERENCE_HEDGING);
  g_autoptr(GPtrArray) flagged = of_kind (c2, PX_DIFFERENCE_HEDGING);

  g_assert_cmpuint (not_flagged->len, ==, 0);
  g_assert_cmpuint (flagged->len, ==, 1);
}

/* A quotation in a paragraph that goes on from another speaker's is that
 * speaker's: two speakers who share a phrase ("a lot of players") are two
 * utterances, not one misquoted; the same speaker's words told two ways
 * over two paragraphs are still one quotation reworded.
 */
static void
test_quote_speaker_across_paragraphs (void)
{
  const char *two[] = {
    "“At the time, a lot of players my age were not leaving school early,” Ford says.",
    "“The coaches timed every lap of the mile run,” Williams said.\n\n"
    "“There are not a lot of players my age in that class.”",
  };
  const char *one[] = {
    "“At the time, a lot of players my age were not leaving school early,” Ford says.",
    "“The coaches timed every lap of the mile run,” Ford said.\n\n"
    "“At the time, a lot of players my age were not leaving college early.”",
  };
  g_autoptr(PxComparison) c = compare_as_one_claim (two, 2, (const guint[]) { 1, 2 });
  g_autoptr(PxComparison) c2 = compare_as_one_claim (one, 2, (const guint[]) { 1, 2 });
  g_autoptr(GPtrArray) not_flagged = of_kind (c, PX_DIFFERENCE_QUOTE);
  g_autoptr(GPtrArray) flagged = of_kind (c2, PX_DIFFERENCE_QUOTE);

  g_assert_cmpuint (not_flagged->len, ==, 0);
  g_assert_cmpuint (flagged->len, ==, 1);
}

/* Confidence comes from the model in resources (or PARALLAX_DIFFER_MODEL):
 * a model sure of everything makes every flag sure, but attribution stays
 * quiet; PARALLAX_DIFFER_FEATURES puts each flag's features in the JSON.
 */
static void
test_confidence_model (void)
{
  if (g_test_subprocess ())
    {
      const char *texts[] = {
        "Ukraine launched 91 drones at the residence in the Novgorod region overnight.",
        "Ukraine launched dozens of drones at the residence in the Novgorod region overnight, people briefed on the matter said.",
      };
      gboolean attribution = FALSE;
      g_autofree char *path = g_build_filename (g_get_tmp_dir (), "px-test-confidence.txt", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxComparison) c = NULL;
      g_autoptr(JsonNode) root = NULL;
      JsonArray *claims;
      guint n = 0;

      g_assert_true (g_file_set_contents (path, "# sure of everything\nbias 5\nslot 1\n", -1, &error));
      g_setenv ("PARALLAX_DIFFER_MODEL", path, TRUE);
      g_setenv ("PARALLAX_DIFFER_FEATURES", "1", TRUE);
      c = compare_texts (texts, 2);
      root = px_comparison_to_json (c);
      claims = json_object_get_array_member (json_node_get_object (root), "claims");
      for (guint k = 0; k < json_array_get_length (claims); k++)
        {
          JsonArray *differences = json_object_get_array_member (json_array_get_object_element (claims, k), "differences");

          for (guint d = 0; d < json_array_get_length (differences); d++)
            {
              JsonObject *difference = json_array_get_object_element (differences, d);
              JsonObject *features = json_object_get_object_member (difference, "features");
              const char *kind = json_object_get_string_member (difference, "kind");
              double confidence = json_object_get_double_member (difference, "confidence");

              g_assert_nonnull (features);
              g_assert_cmpfloat (json_object_get_double_member (features, kind), ==, 1);
              g_assert_true (json_object_has_member (features, "aligned"));
              g_assert_true (json_object_has_member (features, "anchored"));
              g_assert_true (json_object_has_member (features, "exact"));
              g_assert_true (json_object_has_member (features, "cohesion"));
              if (g_str_equal (kind, "number"))
                g_assert_cmpfloat (json_object_get_double_member (features, "vague"), ==, 1);
              attribution |= g_str_equal (kind, "attribution");
              if (g_str_equal (kind, "attribution"))
                g_assert_cmpfloat (confidence, <, 0.5);
              else
                g_assert_cmpfloat (confidence, >, 0.99);
              n++;
            }
        }
      g_assert_cmpuint (n, >=, 2);
      g_assert_true (attribution);

      g_unlink (path);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The JSON of a difference carries its sides, confidence and values. */
static void
test_json_fields (void)
{
  const char *texts[] = {
    "Ukraine launched 91 drones at the residence in the Novgorod region overnight, officials said.",
    "Ukraine launched 91 drones at the residence in the Novgorod region overnight, officials said.",
    "Ukraine launched dozens of drones at the residence in the Novgorod region overnight, officials said.",
  };
  g_autoptr(PxComparison) c = compare_texts (texts, 3);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *claims;
  gboolean seen = FALSE;

  root = px_comparison_to_json (c);
  claims = json_object_get_array_member (json_node_get_object (root), "claims");
  for (guint k = 0; k < json_array_get_length (claims); k++)
    {
      JsonArray *differences = json_object_get_array_member (json_array_get_object_element (claims, k), "differences");

      for (guint d = 0; d < json_array_get_length (differences); d++)
        {
          JsonObject *difference = json_array_get_object_element (differences, d);
          JsonArray *sides = json_object_get_array_member (difference, "sides");
          JsonArray *values = json_object_get_array_member (difference, "values");
          double confidence = json_object_get_double_member (difference, "confidence");

          g_assert_cmpstr (json_object_get_string_member (difference, "kind"), ==, "number");
          g_assert_cmpfloat (confidence, >, 0);
          g_assert_cmpfloat (confidence, <=, 1);
          /* [[0, 1], [2]] */
          g_assert_cmpuint (json_array_get_length (sides), ==, 2);
          g_assert_cmpuint (json_array_get_length (json_array_get_array_element (sides, 0)), ==, 2);
          g_assert_cmpint (json_array_get_int_element (json_array_get_array_element (sides, 0), 0), ==, 0);
          g_assert_cmpint (json_array_get_int_element (json_array_get_array_element (sides, 0), 1), ==, 1);
          g_assert_cmpint (json_array_get_int_element (json_array_get_array_element (sides, 1), 0), ==, 2);
          g_assert_cmpuint (json_array_get_length (values), ==, 3);
          g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (values, 2), "source"), ==, 2);
          g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (values, 2), "value"), ==,
                           "dozens of drones");
          g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (values, 0), "value"), ==,
                           "91 drones");
          /* the fields scripts already read are all still there */
          g_assert_true (json_object_has_member (difference, "sources"));
          g_assert_true (json_object_has_member (difference, "summary"));
          g_assert_true (json_object_has_member (difference, "spans"));
          seen = TRUE;
        }
    }
  g_assert_true (seen);
}

/* A clock time in a quotation is one value written two ways or two
 * values: "6:41pm PST" and "18:41" quote the same words; "6:41pm" and
 * "7:41pm" are a time difference, not a quotation's.
 */
static void
test_quote_clock_times (void)
{
  assert_not_flagged ("The agent said: “With deep sadness I must announce that she passed away at 6:41pm PST this "
                      "evening in a Los Angeles hospital.”",
                      "The agent said: “With deep sadness I must announce that she passed away at 18:41 this evening "
                      "in a Los Angeles hospital.”",
                      G_MAXINT);
  assert_flagged ("The agent said: “With deep sadness I must announce that she passed away at 6:41pm this evening in "
                  "a Los Angeles hospital.”",
                  "The agent said: “With deep sadness I must announce that she passed away at 7:41pm this evening in "
                  "a Los Angeles hospital.”",
                  PX_DIFFERENCE_TIME, "6:41pm", "7:41pm");
}

/* A quotation that begins or ends with other words on both sides is
 * worded otherwise; an excerpt that begins later on one side only, or
 * marks an elision, is not.
 */
static void
test_quote_edges (void)
{
  assert_flagged ("“This morning I was pulled over by a trooper on the highway,” the forward said in a statement.",
                  "“Yesterday I was pulled over by a trooper on the highway,” the forward said in a statement.",
                  PX_DIFFERENCE_QUOTE, NULL, NULL);
  assert_flagged ("“I was pulled over by a trooper on the highway this morning,” the forward said in a statement.",
                  "“I was pulled over by a trooper on the highway last night,” the forward said in a statement.",
                  PX_DIFFERENCE_QUOTE, NULL, NULL);
  assert_not_flagged ("“This morning I was pulled over by a trooper on the highway,” the forward said in a statement.",
                      "“I was pulled over by a trooper on the highway,” the forward said in a statement.",
                      PX_DIFFERENCE_QUOTE);
  assert_not_flagged ("“This morning we were pulled over by a trooper on the highway,” the forward said in a statement.",
                      "“Yesterday … we were pulled over by a trooper on the highway,” the forward said in a statement.",
                      PX_DIFFERENCE_QUOTE);
  assert_not_flagged ("“I was pulled over by a trooper on the highway,” the forward said in a statement.",
                      "“We were pulled over by a trooper on the highway,” the forward said in a statement.",
                      PX_DIFFERENCE_QUOTE);
}

/* Of a source's several figures in one topic, the one the others give
 * is compared: each team's bid against the same team's.
 */
static void
test_number_several_figures (void)
{
  const char *bids[] = {
    "The Comets have bid $175 million over eight years, the Pioneers between $150 million and $160 million.",
    "The Pioneers have bid $150-160 million over seven years, the Comets $175 million over eight years.",
    "The Comets and the Pioneers have bid in the $150 million to $175 million range over seven or eight years.",
  };
  g_autoptr(PxComparison) c = compare_texts (bids, 3);
  g_autoptr(GPtrArray) numbers = of_kind (c, PX_DIFFERENCE_NUMBER);

  assert_aligned (c, 3);
  g_assert_cmpuint (numbers->len, ==, 0);
  assert_not_flagged (bids[0], bids[1], PX_DIFFERENCE_NUMBER);
  assert_flagged ("The Comets have bid $175 million over eight years for the shortstop, the Pioneers said.",
                  "The Comets have bid $190 million over eight years for the shortstop, the Pioneers said.",
                  PX_DIFFERENCE_NUMBER, "$175 million", "$190 million");
}

/* A number listed before an age is an age ("61 and 48 years old"); two
 * lists of ages that agree on all but one put the odd ones in one slot,
 * names or not. Lists that agree on none say nothing of which is whose.
 */
static void
test_number_ages_listed (void)
{
  assert_flagged ("Police identified the women found in the apartment as 61-year-old Delia Forsythe and 48-year-old Ruth Okonkwo.",
                  "Police said the women found dead in the apartment on Larkspur Street were 68 and 48 years old.",
                  PX_DIFFERENCE_NUMBER, "61-year-old", "68");
  assert_not_flagged ("Police said the two women found dead in the apartment on Larkspur Street were 61 and 48 years old.",
                      "Police said the two women found dead in the apartment on Larkspur Street were 48 and 61 years old.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Police said the two women found dead in the apartment on Larkspur Street were 61 and 48 years old.",
                      "Police said the two women found dead in the apartment on Larkspur Street were 68 and 35 years old.",
                      PX_DIFFERENCE_NUMBER);
}

/* Two people named in one role, each unknown to the other report: the
 * same person with or without the team's name, or two roles, are not.
 */
static void
test_entity_same_role (void)
{
  assert_flagged ("General Manager R.J. Holloway released a statement on the arrest of the linebacker on Monday.",
                  "Comets general manager R.J. Pruitt released a statement on the arrest of the linebacker on Monday.",
                  PX_DIFFERENCE_ENTITY, "R.J. Holloway", "R.J. Pruitt");
  assert_not_flagged ("General Manager R.J. Holloway released a statement on the arrest of the linebacker on Monday.",
                      "Comets general manager R.J. Holloway released a statement on the arrest of the linebacker on Monday.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("Comets general manager R.J. Holloway released a statement on the arrest of the linebacker on Monday.",
                      "Comets team president Alan Whitcombe released a statement on the arrest of the linebacker on Monday.",
                      PX_DIFFERENCE_ENTITY);
  /* one role, two deeds: two running backs */
  assert_not_flagged ("On Monday the Comets re-signed running back Marcus Tolliver, who played on kick coverage earlier in the season.",
                      "On Monday the Comets placed running back Andre Fenwick, who played on kick coverage earlier in the season, on injured reserve.",
                      PX_DIFFERENCE_ENTITY);
  /* a title in capitals or not: one person (long enough a sentence that
   * the capitals do not make it a headline, whose names are not read) */
  assert_not_flagged ("Former CIA deputy director Walter Brennick died at his home in Fresno on Sunday after a long illness, his family said.",
                      "Former CIA Deputy Director Walter Brennick died at his home in Fresno on Sunday after a long illness, his family said.",
                      PX_DIFFERENCE_ENTITY);
}

/* One person's name spelled two ways is no difference: a surname a
 * letter apart ("Woodard", "Woodward"; "Carlsen", "Karlsen"), a given
 * name two ways ("Bettie Mae", "Betty Mae"). Two names are two people
 * when a short surname differs ("Hale", "Bale") or a word besides it
 * does ("Anders Carlsen", "Erik Carlson").
 */
static void
test_entity_spelled_two_ways (void)
{
  assert_not_flagged ("The statement was released by team spokesman Jon Woodard on Monday afternoon.",
                      "The statement was released by team spokesman Jon Woodward on Monday afternoon.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("The statement was released by team spokesman Jon Carlsen on Monday afternoon.",
                      "The statement was released by team spokesman Jon Karlsen on Monday afternoon.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("The statement was released by team spokeswoman Bettie Mae Carlsen on Monday afternoon.",
                      "The statement was released by team spokeswoman Betty Mae Carlsen on Monday afternoon.",
                      PX_DIFFERENCE_ENTITY);
  assert_flagged ("The statement was released by team spokesman Jon Hale on Monday afternoon.",
                  "The statement was released by team spokesman Jon Bale on Monday afternoon.",
                  PX_DIFFERENCE_ENTITY, "Jon Hale", "Jon Bale");
  assert_flagged ("The statement was released by team spokesman Anders Carlsen on Monday afternoon.",
                  "The statement was released by team spokesman Erik Carlson on Monday afternoon.",
                  PX_DIFFERENCE_ENTITY, "Anders Carlsen", "Erik Carlson");
}

/* The confidence of the one number difference between @a and @b, and
 * whether it is shown by default.
 */
static double
number_confidence (const char *a,
                   const char *b,
                   gboolean   *shown)
{
  const char *texts[] = { a, b };
  g_autoptr(PxComparison) c = compare_texts (texts, 2);
  g_autoptr(GPtrArray) numbers = of_kind (c, PX_DIFFERENCE_NUMBER);

  g_assert_cmpuint (numbers->len, ==, 1);
  if (shown != NULL)
    *shown = px_difference_is_confident (g_ptr_array_index (numbers, 0));
  return px_difference_get_confidence (g_ptr_array_index (numbers, 0));
}

/* How sure: a count tied to its slot by the act and given exactly is
 * sure; a vague figure against it is shown but never sure (a governor's
 * count, given vaguely); so is doubt.
 */
static void
test_confidence_evidence (void)
{
  gboolean shown = FALSE;

  g_assert_cmpfloat (number_confidence ("The quake on the outskirts of Dargahan injured five people and damaged dozens of homes, the governor said.",
                                        "The quake on the outskirts of Dargahan injured two people and damaged dozens of homes, the governor said.",
                                        NULL), >=, 0.8);
  g_assert_cmpfloat (number_confidence ("The quake on the outskirts of Dargahan injured hundreds of people and damaged homes, the governor said.",
                                        "The quake on the outskirts of Dargahan injured 612 people and damaged homes, the governor said.",
                                        &shown), <, 0.8);
  g_assert_true (shown);
}

/* A time whose act one side does not tell (no verb dates it) is shown,
 * never sure: it may date another happening; the same verb dating both is
 * sure.
 */
static void
test_confidence_unknown_act (void)
{
  const char *dated = "The fire destroyed the Wasilla Bible Church on Friday night, leaving only the steeple standing.";
  const char *texts[][2] = {
    { dated, "A fire at the Wasilla Bible Church on Saturday night, the second this year, with only the steeple standing." },
    { dated, "The fire destroyed the Wasilla Bible Church on Saturday night, leaving only the steeple standing." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PxComparison) c = compare_texts (texts[i], 2);
      g_autoptr(GPtrArray) times = of_kind (c, PX_DIFFERENCE_TIME);
      PxDifference *difference;

      g_assert_cmpuint (times->len, ==, 1);
      difference = g_ptr_array_index (times, 0);
      if (i == 0)
        {
          g_assert_cmpfloat (px_difference_get_confidence (difference), <, 0.8);
          g_assert_true (px_difference_is_confident (difference));
        }
      else
        g_assert_cmpfloat (px_difference_get_confidence (difference), >=, 0.8);
    }
}

/* Two things of one kind named apart ("Hurricane Bertram", "Hurricane
 * Lorna") are two happenings: their years are no difference; one storm
 * dated two ways is.
 */
static void
test_time_named_kinds (void)
{
  assert_not_flagged ("When Hurricane Bertram destroyed her Port Alder surgery in 1996, she visited all her patients at home.",
                      "She visited all her patients at home after her Port Alder surgery was destroyed in Hurricane Lorna in 2011.",
                      PX_DIFFERENCE_TIME);
  assert_flagged ("When Hurricane Lorna destroyed her Port Alder surgery in 2010, she visited all her patients at home.",
                  "She visited all her patients at home after her Port Alder surgery was destroyed in Hurricane Lorna in 2011.",
                  PX_DIFFERENCE_TIME, "2010", "2011");
}

/* A toll an order of magnitude below the others' is shown, never sure:
 * the injured of one attack against a week's riots; two tolls close to
 * each other stay sure.
 */
static void
test_confidence_magnitudes (void)
{
  g_assert_cmpfloat (number_confidence ("The riots in cities across Greece injured at least 70 people this week, police said.",
                                        "The riots in cities across Greece injured at least two people this week, police said.",
                                        NULL), <, 0.8);
  g_assert_cmpfloat (number_confidence ("The riots in cities across Greece injured at least 70 people this week, police said.",
                                        "The riots in cities across Greece injured at least 80 people this week, police said.",
                                        NULL), >=, 0.8);
}

/* A cause under suspicion ("a suspicious fire", "suspected as arson") is
 * doubt against an outlet that states the cause ("damaged by arson"); not
 * against one that names no cause, nor when both suspect it. A doubting
 * word before a noun doubts the noun phrase only, up to its verb ("a
 * suspected Mafia leader committed suicide" does not doubt the suicide).
 */
static void
test_hedging_suspected_cause (void)
{
  /* the reader is shown the word that suspects the cause, not the sentence */
  assert_flagged ("The Wasilla Bible Church was badly damaged by arson on Friday night, the fire chief said.",
                  "A suspicious fire badly damaged the Wasilla Bible Church on Friday night, the fire chief said.",
                  PX_DIFFERENCE_HEDGING, NULL, "“suspicious”");
  assert_flagged ("The Wasilla Bible Church was badly damaged by arson on Friday night.",
                  "The Wasilla Bible Church was badly damaged by a fire, suspected as arson, on Friday night.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
  assert_not_flagged ("A fire badly damaged the Wasilla Bible Church on Friday night, the fire chief said.",
                      "A suspicious fire badly damaged the Wasilla Bible Church on Friday night, the fire chief said.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The Wasilla Bible Church was badly damaged by a suspicious fire on Friday night.",
                      "Fire officials are treating the blaze that badly damaged the Wasilla Bible Church on Friday night as potential arson.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("A suspected Mafia leader committed suicide in his cell hours after his arrest in a police sweep.",
                      "A mafioso committed suicide in his cell hours after his arrest in a police sweep.",
                      PX_DIFFERENCE_HEDGING);
}

/* A cause that investigators "suspect" is doubted against an outlet that
 * states it, in the word or by other words: its doer ("an arsonist"), a
 * fire set on purpose; a quotation of other words in the plain sentence
 * leaves it plain. Not when both suspect it, nor against another thing
 * set on purpose, nor against a suspicion denied.
 */
static void
test_hedging_suspect_cause (void)
{
  const char *suspect = "The Harlow Road chapel was badly damaged by fire on Friday night, and investigators suspect arson.";

  assert_flagged ("An arsonist badly damaged the Harlow Road chapel on Friday night, destroying its roof.", suspect,
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“suspect arson”");
  assert_flagged ("The Harlow Road chapel was badly damaged on Friday night by a fire that was deliberately set.", suspect,
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
  assert_flagged ("Someone deliberately set fire to the Harlow Road chapel on Friday night, badly damaging its roof.", suspect,
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
  assert_not_flagged ("Investigators suspect arson in the fire that badly damaged the Harlow Road chapel on Friday night.", suspect,
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The Harlow Road chapel was badly damaged by fire on Friday night after a heater was deliberately set too high.",
                      suspect, PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("An arsonist badly damaged the Harlow Road chapel on Friday night, destroying its roof.",
                      "The Harlow Road chapel was badly damaged by fire on Friday night, and investigators do not suspect arson.",
                      PX_DIFFERENCE_HEDGING);
  /* beside a sentence it gives to a speaker, and quoting other words */
  {
    g_autoptr(PxComparison) c = compare_pair (
      suspect,
      "An arsonist badly damaged the Harlow Road chapel on Friday night, leaving what its members know as “the old hall” a shell. "
      "The fire chief said the chapel on Harlow Road was badly damaged by the fire on Friday night.");
    g_autoptr(GPtrArray) found = of_kind (c, PX_DIFFERENCE_HEDGING);

    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpstr (px_difference_get_value (g_ptr_array_index (found, 0), 1), ==, "stated as fact");
  }
}

/* A cause told as what the fire was ("an arson fire", "a fire that was
 * deliberately set") is the plain side against "a suspicious fire"; not
 * when a modal, a seeming or an inquiry doubts it too, nor when "arson"
 * names something else ("arson investigators"), nor a thing other than a
 * fire set on purpose.
 */
static void
test_hedging_cause_told_as_fire (void)
{
  const char *suspicious = "The Harlow Road chapel was badly damaged in a suspicious fire on Friday night.";

  assert_flagged ("The Harlow Road chapel was badly damaged in an arson fire on Friday night.", suspicious,
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“suspicious”");
  assert_flagged ("The Harlow Road chapel was badly damaged on Friday night by a fire that was deliberately set.", suspicious,
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“suspicious”");
  assert_not_flagged ("The Harlow Road chapel was badly damaged on Friday night by a fire that may have been deliberately set.",
                      suspicious, PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The Harlow Road chapel, badly damaged on Friday night, is being investigated as an arson fire.",
                      suspicious, PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The Harlow Road chapel was badly damaged in a fire on Friday night, and arson investigators came on Saturday.",
                      suspicious, PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The Harlow Road chapel was badly damaged in a fire on Friday night after a heater was deliberately set too high.",
                      suspicious, PX_DIFFERENCE_HEDGING);
}

/* An offence "on suspicion of" is doubted against an outlet that gives it
 * as the reason of the same act ("arrested for drunk driving"); not when
 * both suspect it, nor against "charged with" it (an accusation too), nor
 * against the word after another act ("searched for the murder weapon").
 */
static void
test_hedging_on_suspicion_of (void)
{
  assert_flagged ("Rovers striker Tom Keane was arrested early Sunday for drunk driving after his car hit a lamp post on Quay Street.",
                  "Rovers striker Tom Keane was arrested early Sunday on suspicion of drunk driving after his car hit a lamp post on Quay Street.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“on suspicion of”");
  assert_not_flagged ("Rovers striker Tom Keane was arrested on suspicion of drunk driving early Sunday after his car hit a lamp post on Quay Street.",
                      "Rovers striker Tom Keane was arrested early Sunday on suspicion of drunk driving after his car hit a lamp post on Quay Street.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("A 24-year-old man from Eastley has been charged with arson after a fire gutted the Marlow Street bakery on Saturday.",
                      "A 24-year-old man from Eastley has been charged on suspicion of arson after a fire gutted the Marlow Street bakery on Saturday.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("Police arrested Dana Whitlow near the Kelby quarry on Sunday and searched the quarry for the murder weapon.",
                      "Police arrested Dana Whitlow near the Kelby quarry on Sunday on suspicion of murder.",
                      PX_DIFFERENCE_HEDGING);
}

/* The suspicion of an offence in the words of American police ("for
 * investigation of", "for suspicion of") is "on suspicion of": doubted
 * against the offence given as the reason, not against another suspicion,
 * whose "for" gives no reason. An offence with several names is one
 * offence ("DUI", "drunken driving", "driving under the influence"); not
 * the driving of another charge ("driving while on probation").
 */
static void
test_hedging_offence_names (void)
{
  assert_flagged ("Harbour City linebacker Marcus Doyle was arrested early Sunday for drunken driving after his car hit a barrier on the coast road.",
                  "Harbour City linebacker Marcus Doyle was arrested early Sunday for investigation of drunken driving after his car hit a barrier on the coast road.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“for investigation of”");
  assert_not_flagged ("Harbour City linebacker Marcus Doyle was arrested early Sunday on suspicion of drunken driving after his car hit a barrier on the coast road.",
                      "Harbour City linebacker Marcus Doyle was arrested early Sunday for investigation of drunken driving after his car hit a barrier on the coast road.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("Harbour City linebacker Marcus Doyle was arrested early Sunday for DUI after his car hit a barrier on the coast road.",
                  "Harbour City linebacker Marcus Doyle was arrested early Sunday on suspicion of drunken driving after his car hit a barrier on the coast road.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“on suspicion of”");
  assert_flagged ("Harbour City linebacker Marcus Doyle was arrested early Sunday for drink-driving after his car hit a barrier on the coast road.",
                  "Harbour City linebacker Marcus Doyle was arrested early Sunday for suspicion of driving under the influence after his car hit a barrier on the coast road.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“for suspicion of”");
  assert_not_flagged ("Harbour City linebacker Marcus Doyle was arrested early Sunday for driving while on probation after his car hit a barrier on the coast road.",
                      "Harbour City linebacker Marcus Doyle was arrested early Sunday on suspicion of drunken driving after his car hit a barrier on the coast road.",
                      PX_DIFFERENCE_HEDGING);
}

/* "possibly" before a content word doubts it against an outlet that
 * states it; not before a bound ("possibly as much as") nor when both
 * doubt it.
 */
static void
test_hedging_possibly (void)
{
  assert_flagged ("Six adult members and two children were inside the Harlow Road chapel when the fire broke out on Friday night.",
                  "Six adult members and possibly two children were inside the Harlow Road chapel when the fire broke out on Friday night.",
                  PX_DIFFERENCE_HEDGING, "stated as fact", "“possibly”");
  assert_not_flagged ("Six adult members and possibly two children were inside the Harlow Road chapel when the fire broke out on Friday night.",
                      "Six adult members and possibly two children were inside the Harlow Road chapel when the fire broke out on Friday night.",
                      PX_DIFFERENCE_HEDGING);
  assert_not_flagged ("The Comets offered Okonjo a deal worth at least $160 million and possibly as much as $180 million over eight years.",
                      "The Comets offered Okonjo a deal worth at least $160 million over eight years.",
                      PX_DIFFERENCE_HEDGING);
  /* nor the sentence it stands in */
  assert_not_flagged ("The Comets, possibly the richest club in the league, offered Okonjo eight years and $175 million on Monday.",
                      "The Comets offered Okonjo eight years and $175 million on Monday.",
                      PX_DIFFERENCE_HEDGING);
}

/* An outlet that hedges in its own voice in the claim does not state it
 * as fact: both sides hedged is no hedging; one plain, one hedged is.
 */
static void
test_hedging_both_sides (void)
{
  assert_not_flagged ("The Comets are reportedly at eight years and $175 million for Okonjo, and the Pioneers at seven years.",
                      "The Pioneers have reportedly offered Okonjo seven years, and the Comets eight years and $175 million.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("The Comets offered Okonjo eight years and $175 million, and the Pioneers offered seven years.",
                  "The Comets reportedly offered Okonjo eight years and $175 million, and the Pioneers offered seven years.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
}

/* "X is reporting that" gives the claim to X: against "allegedly" it is
 * no plain statement.
 */
static void
test_hedging_is_reporting (void)
{
  assert_not_flagged ("KVTX News in Tucson is reporting that Rourke failed a breath test after being pulled over on the interstate.",
                      "Rourke allegedly failed a breath test after being pulled over on the interstate in Tucson.",
                      PX_DIFFERENCE_HEDGING);
  assert_flagged ("Rourke failed a breath test after being pulled over on the interstate in Tucson.",
                  "Rourke allegedly failed a breath test after being pulled over on the interstate in Tucson.",
                  PX_DIFFERENCE_HEDGING, NULL, NULL);
}

/* A present-tense verb right before its day dates its own happening:
 * "the trial starts Monday" is no other time for "shot ... Thursday
 * night"; two days for the trial's start are.
 */
static void
test_time_present_verb (void)
{
  assert_not_flagged ("Rudd, who shot three co-workers at the bottling plant in Camden Thursday night, faces a murder trial.",
                      "The murder trial of Rudd, who shot three co-workers at the bottling plant in Camden, starts Monday.",
                      PX_DIFFERENCE_TIME);
  assert_flagged ("The murder trial of Rudd, who shot three co-workers at the bottling plant in Camden, starts Tuesday.",
                  "The murder trial of Rudd, who shot three co-workers at the bottling plant in Camden, starts Monday.",
                  PX_DIFFERENCE_TIME, "Tuesday", "Monday");
}

/* A dash written as a hyphen before a figure opens another phrase: "three
 * postal clerks-two women and a man-were killed" counts workers, so it is
 * no other count of the women; two counts of the workers still differ.
 */
static void
test_number_dash_before_figure (void)
{
  assert_not_flagged ("Two women and one man died at the post office after looters threw firebombs through the window, "
                      "officers said.",
                      "The three postal clerks-two women and a man-died at the post office after looters threw "
                      "firebombs through the window.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The four postal clerks-two women and two men-died at the post office after looters threw "
                  "firebombs through the window.",
                  "The three postal clerks-two women and a man-died at the post office after looters threw "
                  "firebombs through the window.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
}

/* A verb's plain form right before its day after "to" or a modal dates
 * its own happening: "advances to play Saturday" is no other time for
 * "defeated Kingsport on Friday"; two days for the one game are; "due
 * to" names a cause, no verb.
 */
static void
test_time_infinitive (void)
{
  assert_not_flagged ("Marlow State improved to 22-9 for the year and advances to play Saturday in the semifinal against "
                      "Eastbrook, which defeated Kingsport.",
                      "Marlow State improved to 22-9 for the year and meets Eastbrook, which defeated Kingsport 63-61 on "
                      "Friday, in the semifinal.",
                      PX_DIFFERENCE_TIME);
  assert_not_flagged ("The former mayor will testify Monday before the federal grand jury in Detroit on the fraud charges, "
                      "his lawyer said.",
                      "The former mayor was indicted Thursday by the federal grand jury in Detroit on the fraud charges, "
                      "his lawyer said.",
                      PX_DIFFERENCE_TIME);
  assert_flagged ("Marlow State improved to 22-9 for the year and advances to play Saturday in the semifinal against "
                  "Eastbrook.",
                  "Marlow State improved to 22-9 for the year and advances to play Sunday in the semifinal against "
                  "Eastbrook.",
                  PX_DIFFERENCE_TIME, "Saturday", "Sunday");
  /* "due to" names a cause, no verb: the day is the postponement's */
  assert_flagged ("The final in Wasilla was postponed due to rain Saturday, the organisers said.",
                  "The final in Wasilla was postponed on Sunday, the organisers said.",
                  PX_DIFFERENCE_TIME, "Saturday", "Sunday");
  /* nor does "thanks to": the day is the arrest's */
  assert_flagged ("The suspect was arrested at his home in Wasilla thanks to police Saturday.",
                  "The suspect was arrested at his home in Wasilla on Sunday thanks to police.",
                  PX_DIFFERENCE_TIME, "Saturday", "Sunday");
}

/* A figure with its conversion in brackets is one value told twice: the
 * bracketed figure is the same amount in another currency or unit, not a
 * second figure to set against the other report's. A report whose first
 * figure differs still differs.
 */
static void
test_number_bracketed_conversion (void)
{
  assert_not_flagged ("The fire's damage to the school hall was put at $US1 million ($1.52 million), officials said.",
                      "The fire's damage to the school hall was estimated at $1 million, officials said Saturday.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The storm pushed the river 100 km (62 miles) inland, flooding the valley towns, officials said.",
                      "The storm pushed the river 100 kilometres inland, flooding the valley towns, officials said.",
                      PX_DIFFERENCE_NUMBER);
  /* a report that gives only the sum in brackets gives the same sum */
  assert_not_flagged ("The fire's damage to the school hall was put at $US1 million ($1.52 million), officials said.",
                      "The fire's damage to the school hall was estimated at $1.52 million, officials said Saturday.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The fire's damage to the school hall was put at $US1 million ($1.52 million), officials said.",
                  "The fire's damage to the school hall was estimated at $2 million, officials said Saturday.",
                  PX_DIFFERENCE_NUMBER, "$US1 million", "$2 million");
  assert_not_flagged ("The club agreed to pay £5m ($6.5m) for the striker, the club's chairman said on Friday.",
                      "The club agreed to pay £5m for the striker, the club's chairman said on Friday.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Temperatures in the capital reached 20C (68F) on Tuesday afternoon, the weather service said.",
                      "Temperatures in the capital reached 20C on Tuesday afternoon, the weather service said.",
                      PX_DIFFERENCE_NUMBER);
  /* conversions rounded loosely are still the same measure */
  assert_not_flagged ("Temperatures in the capital reached 30C (90F) on Tuesday afternoon, the weather service said.",
                      "Temperatures in the capital reached 30C on Tuesday afternoon, the weather service said.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Each of the smugglers carried 50kg (100lb) of cocaine across the border, prosecutors said.",
                      "Each of the smugglers carried 50kg of cocaine across the border, prosecutors said.",
                      PX_DIFFERENCE_NUMBER);
  /* the figure a report gives is its first; its own rough conversion
   * does not make another report's different figure agree */
  assert_flagged ("Each of the smugglers carried 50kg (100lb) of cocaine across the border, prosecutors said.",
                  "Each of the smugglers carried 45kg of cocaine across the border, prosecutors said.",
                  PX_DIFFERENCE_NUMBER, "50kg", "45kg");
  assert_flagged ("The fire's damage to the school hall was estimated at $1 million, officials said Saturday.",
                  "The fire's damage to the school hall was estimated at $US2 million ($3 million), officials said.",
                  PX_DIFFERENCE_NUMBER, "$1 million", NULL);
  assert_flagged ("The club agreed to pay £5m ($6.5m) for the striker, the club's chairman said on Friday.",
                  "The club agreed to pay £7m for the striker, the club's chairman said on Friday.",
                  PX_DIFFERENCE_NUMBER, NULL, "£7m");
  assert_flagged ("Temperatures in the capital reached 20C (68F) on Tuesday afternoon, the weather service said.",
                  "Temperatures in the capital reached 24C on Tuesday afternoon, the weather service said.",
                  PX_DIFFERENCE_NUMBER, "20C", "24C");
  assert_flagged ("The storm pushed the river 100 km (62 miles) inland, flooding the valley towns, officials said.",
                  "The storm pushed the river 30 miles inland, flooding the valley towns, officials said.",
                  PX_DIFFERENCE_NUMBER, "100 km", "30 miles");
}

/* A height written "5-foot-8", "5-foot-8-inch", "6 ft 2 in" or 5'8" is
 * one length in feet and inches, not a count of five; two heights that
 * are the same agree, two that are not differ.
 */
static void
test_number_heights (void)
{
  assert_not_flagged ("The suspect is described as a 5-foot-8 man with short dark hair, police said.",
                      "The suspect is described as a 5-foot-8-inch man with short dark hair, police said.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The suspect is described as a 5-foot-8 man with short dark hair, police said.",
                      "The suspect is described as a man about 5'8\" tall with short dark hair, police said.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The suspect is described as a 6-foot-2 man with short dark hair, police said.",
                      "The suspect is described as a 6 ft 2 in man with short dark hair, police said.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("The suspect is described as a six-foot-two man with short dark hair, police said.",
                      "The suspect is described as a 6 ft 2 in man with short dark hair, police said.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The suspect is described as a 5-foot-8 man with short dark hair, police said.",
                  "The suspect is described as a 6-foot-1 man with short dark hair, police said.",
                  PX_DIFFERENCE_NUMBER, "5-foot-8", "6-foot-1");
  assert_flagged ("The suspect is described as a 5-foot-10 man with short dark hair, police said.",
                  "The suspect is described as a man 5'8\" tall with short dark hair, police said.",
                  PX_DIFFERENCE_NUMBER, "5-foot-10", "5'8\"");
  /* feet without inches are a height too, told to the inch */
  assert_not_flagged ("The suspect is described as a 6-foot man with short dark hair, police said.",
                      "The suspect is described as a six-foot man with short dark hair, police said.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The suspect is described as a 5-foot man with short dark hair, police said.",
                  "The suspect is described as a 5-foot-2 man with short dark hair, police said.",
                  PX_DIFFERENCE_NUMBER, "5-foot", "5-foot-2");
  /* a height is no count: "5-foot" does not answer "five shots" */
  assert_not_flagged ("The 5-foot woman fired three shots at the officers, police said.",
                      "The woman fired five shots at the officers, police said.",
                      PX_DIFFERENCE_NUMBER);
}

/* Temperatures with no unit word are still temperatures of one slot:
 * "minus 17 degrees" and "minus 20" (or "-20") told of the same night
 * differ.
 */
static void
test_number_bare_temperatures (void)
{
  assert_flagged ("Overnight the temperature in the city fell to minus 17 degrees, forecasters said.",
                  "Overnight the temperature in the city fell to minus 20, forecasters said.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
  assert_not_flagged ("Overnight the temperature in the city fell to minus 17 degrees, forecasters said.",
                      "Overnight the temperature in the city fell to minus 17, forecasters said.",
                      PX_DIFFERENCE_NUMBER);
  /* written with a sign */
  assert_flagged ("Overnight the temperature in the city fell to minus 17 degrees, forecasters said.",
                  "Overnight the temperature in the city fell to -20, forecasters said.",
                  PX_DIFFERENCE_NUMBER, NULL, "-20");
  assert_not_flagged ("Overnight the temperature in the city fell to minus 20 degrees, forecasters said.",
                      "Overnight the temperature in the city fell to -20, forecasters said.",
                      PX_DIFFERENCE_NUMBER);
}

/* A count of some of a toll's people above the toll itself counts the
 * same act: "one of 99 alleged Mafia members seized" cannot be among "89
 * people were arrested". A part within the whole ("two alleged gang
 * members" among "five people") is no difference, and a doubt of what
 * the counted are ("alleged", "suspected") is no part of what is counted.
 */
static void
test_number_part_exceeds (void)
{
  assert_flagged ("Rocco Vitellaro, one of 99 alleged Calabrian Mafia members seized on Tuesday, has hanged himself in prison.",
                  "Rocco Vitellaro was one of 89 people arrested on Tuesday in a Calabrian Mafia sweep, and has hanged himself in prison.",
                  PX_DIFFERENCE_NUMBER, "99 alleged Calabrian Mafia members", "89 people");
  /* a name in any script: the capital of "Ölfeld" is not ASCII */
  assert_flagged ("One of 14 alleged Ölfeld Brotherhood members seized on Tuesday has hanged himself in prison.",
                  "One of 12 people arrested on Tuesday in an Ölfeld Brotherhood sweep has hanged himself in prison.",
                  PX_DIFFERENCE_NUMBER, "14 alleged Ölfeld Brotherhood members", "12 people");
  assert_flagged ("Seven soldiers were killed in the attack on the convoy, officials said.",
                  "Five people were killed in the attack on the convoy, officials said.",
                  PX_DIFFERENCE_NUMBER, NULL, "Five people");
  assert_not_flagged ("Police said two alleged gang members were seized in the raid on Tuesday.",
                      "Police said five people were arrested in the raid on Tuesday.",
                      PX_DIFFERENCE_NUMBER);
  assert_not_flagged ("Two soldiers were killed in the attack on the convoy, officials said.",
                      "Five people were killed in the attack on the convoy, officials said.",
                      PX_DIFFERENCE_NUMBER);
  /* things seized are no one held */
  assert_not_flagged ("Police said no arrests were made in the raid on the warehouse on Tuesday.",
                      "Police seized 12 guns in the raid on the warehouse on Tuesday.",
                      PX_DIFFERENCE_NUMBER);
  assert_flagged ("The army said 12 suspected militants were killed in the raid on the village.",
                  "The army said 15 militants were killed in the raid on the village.",
                  PX_DIFFERENCE_NUMBER, NULL, NULL);
}

/* Two accounts on one platform posting what the claim tells are one
 * role: "posted on YouTube by \"HarborLensGuy\"" and "published under an
 * account titled RickyVaneShow" differ. One account named two ways
 * ("Harbor Lens Guy") does not, nor does an account against a person's
 * name (its owner, maybe), or an outlet that aired it.
 */
static void
test_entity_accounts (void)
{
  assert_flagged ("The clip, which was posted on YouTube by \"HarborLensGuy,\" does not show who the men behind the camera are.",
                  "The YouTube clip is published under an account titled RickyVaneShow, and the faces of the men behind the camera are blurred.",
                  PX_DIFFERENCE_ENTITY, "HarborLensGuy", "RickyVaneShow");
  assert_not_flagged ("The clip, which was posted on YouTube by \"HarborLensGuy,\" does not show who the men behind the camera are.",
                      "The YouTube clip was published by the channel \"Harbor Lens Guy\" and does not show who the men behind the camera are.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("The clip, which was posted on YouTube by \"HarborLensGuy,\" does not show who the men behind the camera are.",
                      "The clip, which was posted on YouTube by Ricky Vane, a student, does not show who the men behind the camera are.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("The clip, which was posted on YouTube by \"HarborLensGuy,\" does not show who the men behind the camera are.",
                      "The clip, which was posted on YouTube and later aired by CNN, does not show who the men behind the camera are.",
                      PX_DIFFERENCE_ENTITY);
}

/* Who did one act to one thing, told by common nouns: the authorities
 * against someone on their own account differ ("The nephew ... found the
 * bodies" / "found by police and firefighters", or "discovered when
 * police and firefighters responded"). Not a difference: a
 * name on one side (it may be the nephew), two words for the authorities
 * ("officers" / "police"), two for a private person ("a neighbour" / "a
 * woman"), or two acts ("rescued" / "found").
 */
static void
test_entity_doers (void)
{
  assert_flagged ("The nephew walked into the flat and found the bodies on Sunday, police said.",
                  "The bodies of the two men were found by police and firefighters on Sunday in a third-floor flat, police said.",
                  PX_DIFFERENCE_ENTITY, "The nephew", "police and firefighters");
  assert_flagged ("The bodies of the two climbers were found by a hiker on Tuesday afternoon, a spokesman said.",
                  "The bodies of the two climbers were discovered by police on Tuesday afternoon, a spokesman said.",
                  PX_DIFFERENCE_ENTITY, "a hiker", "police");
  /* those who came when it was found */
  assert_flagged ("The nephew walked into the flat and found the bodies on Sunday, police said.",
                  "The bodies were discovered in the flat on Sunday when police and firefighters responded, police said.",
                  PX_DIFFERENCE_ENTITY, "The nephew", "police and firefighters");
  assert_not_flagged ("The bodies of the two climbers were found by police on Tuesday afternoon, a spokesman said.",
                      "The bodies of the two climbers were discovered on Tuesday afternoon when police arrived, a spokesman said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("The nephew walked into the flat and found the bodies on Sunday, police said.",
                      "The bodies of the two men were found by Peter Lindgren on Sunday in a third-floor flat, police said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("The bodies of the two climbers were found by officers on Tuesday afternoon, a spokesman said.",
                      "The bodies of the two climbers were found by police on Tuesday afternoon, a spokesman said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("The bodies of the two climbers were found by a neighbour on Tuesday afternoon, a spokesman said.",
                      "The bodies of the two climbers were found by a woman on Tuesday afternoon, a spokesman said.",
                      PX_DIFFERENCE_ENTITY);
  assert_not_flagged ("The boy was rescued by firefighters from the burning house on Tuesday afternoon, a spokesman said.",
                      "The boy was found by his father in the burning house on Tuesday afternoon, a spokesman said.",
                      PX_DIFFERENCE_ENTITY);
}

/* Sentences of hundreds of figures (a table run into lines, or a hostile
 * page) in one claim: the pairs of figures the differ weighs stay within
 * its bound (at most 192 figures a claim, so two passes over pairs of
 * them), where they grew with the square of the figures (three outlets of
 * 400 figures each: nearly a million pairs, each reading whole
 * sentences). The claim's first sentences are still compared: 12 against
 * 14 people.
 */
static void
test_hostile_figures_bounded (void)
{
  g_autoptr(GString) list = g_string_new ("Officials listed ");
  g_autofree char *a = NULL, *b = NULL;
  const char *texts[3];
  guint n_sentences[3];
  g_autoptr(PxComparison) comparison = NULL;
  g_autoptr(GPtrArray) numbers = NULL;
  gsize before;

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (list, "%u points, ", 10 + i * 3);
  g_string_append (list, "and 7 rebounds in the second half.");
  a = g_strdup_printf ("Officials said 12 people died in the fire on Monday. %s", list->str);
  g_string_replace (list, "0 points", "1 points", 0);
  b = g_strdup_printf ("Officials said 14 people died in the fire on Monday. %s", list->str);
  texts[0] = a;
  texts[1] = b;
  texts[2] = list->str;
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PxArticle) art = article ("X", "X", texts[i]);
      PxDocument *doc = px_document_new (art);

      n_sentences[i] = doc->sentences->len;
      px_document_unref (doc);
    }
  g_assert_cmpuint (n_sentences[0], >, 2);
  before = _px_differ_pairs_weighed ();
  comparison = compare_as_one_claim (texts, 3, n_sentences);
  g_assert_cmpuint (_px_differ_pairs_weighed () - before, <=, 2 * 192 * 192);
  numbers = of_kind (comparison, PX_DIFFERENCE_NUMBER);
  g_assert_cmpuint (numbers->len, >=, 1);
  g_assert_nonnull (strstr (px_difference_get_summary (g_ptr_array_index (numbers, 0)), "12"));
  g_assert_nonnull (strstr (px_difference_get_summary (g_ptr_array_index (numbers, 0)), "14"));
}

/* A claim may hold two sentences of one outlet; each is compared with
 * the sentences of the others that tell the same fact, not with the
 * outlet's other sentence standing in for it. A's plain "one of the
 * leaders" against B's "alleged leader" is hedging, though A goes on to
 * tell of the boats as the police told it.
 */
static void
test_hedging_each_fact (void)
{
  const char *texts[] = {
    "Marco Vella, one of the leaders of the harbour smuggling ring, was arrested at his farmhouse outside Mdina on Tuesday.\n\n"
    "Vella had run the ring's fishing boats from the port of Marsaxlokk since 2019, police said.",
    "Marco Vella, an alleged leader of the harbour smuggling ring, was arrested at his farmhouse outside Mdina on Tuesday.",
  };
  g_autoptr(PxComparison) c = compare_as_one_claim (texts, 2, (const guint[]) { 2, 1 });
  g_autoptr(GPtrArray) hedges = of_kind (c, PX_DIFFERENCE_HEDGING);
  const PxTextSpan *spans;
  guint n_spans;

  g_assert_cmpuint (hedges->len, ==, 1);
  spans = px_difference_get_spans (g_ptr_array_index (hedges, 0), &n_spans);
  /* A's plain sentence, not the one the police are cited in */
  g_assert_cmpuint (n_spans, >, 0);
  for (guint i = 0; i < n_spans; i++)
    g_assert_cmpuint (spans[i].sentence, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/differ/hedging/doubt", test_hedging_is_doubt);
  g_test_add_func ("/differ/hedging/trailing-evidence", test_hedging_trailing_evidence);
  g_test_add_func ("/differ/hedging/claimed-what", test_hedging_claimed_what);
  g_test_add_func ("/differ/hedging/claim-that", test_hedging_claim_that);
  g_test_add_func ("/differ/hedging/span-whole-words", test_hedging_span_whole_words);
  g_test_add_func ("/differ/hedging/joined-verbs", test_hedging_joined_verbs);
  g_test_add_func ("/differ/hedging/own-doubt-noun", test_hedging_own_doubt_noun);
  g_test_add_func ("/differ/hedging/not-between-attributions", test_hedging_not_between_attributions);
  g_test_add_func ("/differ/hedging/qualified-noun", test_hedging_qualified_noun);
  g_test_add_func ("/differ/hedging/qualified-noun-past-adjective", test_hedging_qualified_noun_past_adjective);
  g_test_add_func ("/differ/hedging/supposed", test_hedging_supposed);
  g_test_add_func ("/differ/hedging/participle", test_hedging_participle);
  g_test_add_func ("/differ/death/place-and-cause", test_death_place_and_cause);
  g_test_add_func ("/differ/hedging/unclear-to-whom", test_hedging_unclear_to_whom);
  g_test_add_func ("/differ/hedging/plain-beside-attributed", test_hedging_plain_beside_attributed);
  g_test_add_func ("/differ/hedging/scare-quotes", test_hedging_scare_quotes);
  g_test_add_func ("/differ/number/ranges", test_number_ranges);
  g_test_add_func ("/differ/number/same-act", test_number_same_act);
  g_test_add_func ("/differ/number/temperatures", test_number_temperatures);
  g_test_add_func ("/differ/number/points", test_number_points);
  g_test_add_func ("/differ/quote/parting-passages", test_quote_parting_passages);
  g_test_add_func ("/differ/number/measure-slot-links", test_measure_slot_links);
  g_test_add_func ("/differ/number/running-total-links", test_running_total_links);
  g_test_add_func ("/differ/number/given-name-age-links", test_given_name_age_links);
  g_test_add_func ("/differ/entity/place-links", test_place_links);
  g_test_add_func ("/differ/entity/account-links", test_account_links);
  g_test_add_func ("/differ/death/links", test_death_links);
  g_test_add_func ("/differ/number/slot-join", test_slot_join);
  g_test_add_func ("/differ/number/plays-by-period", test_plays_by_period);
  g_test_add_func ("/differ/number/none", test_number_none);
  g_test_add_func ("/differ/number/tolls", test_number_tolls);
  g_test_add_func ("/differ/number/floor-pinned", test_number_floor_pinned);
  g_test_add_func ("/differ/number/vague-pinned", test_number_vague_pinned);
  g_test_add_func ("/differ/number/toll-named-alike", test_number_toll_named_alike);
  g_test_add_func ("/differ/number/stems-collide", test_number_stems_collide);
  g_test_add_func ("/differ/number/held", test_number_held);
  g_test_add_func ("/differ/number/own-act", test_number_own_act);
  g_test_add_func ("/differ/number/headline", test_number_headline);
  g_test_add_func ("/differ/number/shares", test_number_shares);
  g_test_add_func ("/differ/number/slot-links", test_number_slot_links);
  g_test_add_func ("/differ/time/slot-links", test_time_slot_links);
  g_test_add_func ("/differ/hedging/unknown-cause", test_hedging_unknown_cause);
  g_test_add_func ("/differ/hedging/unknown-whether", test_hedging_unknown_whether);
  g_test_add_func ("/differ/hedging/unknown-against-attributed", test_hedging_unknown_against_attributed);
  g_test_add_func ("/differ/quote/phrases", test_quote_phrases);
  g_test_add_func ("/differ/time/game-clock", test_time_game_clock);
  g_test_add_func ("/differ/number/durations", test_number_durations);
  g_test_add_func ("/differ/number/ranks", test_number_ranks);
  g_test_add_func ("/differ/number/fractions", test_number_fractions);
  g_test_add_func ("/differ/number/one-slot", test_number_one_slot);
  g_test_add_func ("/differ/number/one-link", test_number_one_link);
  g_test_add_func ("/differ/hedging/not-a-name", test_hedging_not_a_name);
  g_test_add_func ("/differ/time/says-both", test_time_says_both);
  g_test_add_func ("/differ/hedging/adverb-clause", test_hedging_adverb_clause);
  g_test_add_func ("/differ/hedging/adverb-scope", test_hedging_adverb_scope);
  g_test_add_func ("/differ/hedging/two-unknowns", test_hedging_two_unknowns);
  g_test_add_func ("/differ/number/happenings", test_number_happenings);
  g_test_add_func ("/differ/number/happenings-each-place", test_number_happenings_each_place);
  g_test_add_func ("/differ/number/topic-keeps-happenings", test_number_topic_keeps_happenings);
  g_test_add_func ("/differ/hedging/each-source-own-words", test_hedging_each_source_own_words);
  g_test_add_func ("/differ/number/places-nested-anywhere", test_number_places_nested_anywhere);
  g_test_add_func ("/differ/quote/speakers", test_quote_speakers);
  g_test_add_func ("/differ/hedging/unknown-shares-no-fact", test_hedging_unknown_shares_no_fact);
  g_test_add_func ("/differ/hedging/reason-withheld", test_hedging_reason_withheld);
  g_test_add_func ("/differ/hedging/doubt-after-the-statement", test_hedging_doubt_after_the_statement);
  g_test_add_func ("/differ/quote/speaker-across-paragraphs", test_quote_speaker_across_paragraphs);
  g_test_add_func ("/differ/hedging/allegation-verdict", test_hedging_allegation_verdict);
  g_test_add_func ("/differ/number/loose", test_number_loose);
  g_test_add_func ("/differ/number/calibre", test_number_calibre);
  g_test_add_func ("/differ/number/synonym-heads", test_number_synonym_heads);
  g_test_add_func ("/differ/number/kind-heads", test_number_kind_heads);
  g_test_add_func ("/differ/number/wording-noun", test_number_wording_noun);
  g_test_add_func ("/differ/number/floor-far-below", test_number_floor_far_below);
  g_test_add_func ("/differ/number/hyphenated-scale", test_number_hyphenated_scale);
  g_test_add_func ("/differ/number/joined", test_number_joined);
  g_test_add_func ("/differ/number/conversions", test_number_conversions);
  g_test_add_func ("/differ/number/part", test_number_part);
  g_test_add_func ("/differ/number/since", test_number_since);
  g_test_add_func ("/differ/number/window-and-role", test_number_window_and_role);
  g_test_add_func ("/differ/number/population", test_number_population);
  g_test_add_func ("/differ/number/bound-between", test_number_bound_between);
  g_test_add_func ("/differ/number/recalled-happening", test_number_recalled_happening);
  g_test_add_func ("/differ/number/subject-doer", test_number_subject_doer);
  g_test_add_func ("/differ/number/named-before", test_number_named_before);
  g_test_add_func ("/differ/number/two-people", test_number_two_people);
  g_test_add_func ("/differ/number/frequency", test_number_frequency);
  g_test_add_func ("/differ/number/first-name", test_number_first_name);
  g_test_add_func ("/differ/number/vague-ranges", test_number_vague_ranges);
  g_test_add_func ("/differ/number/first-and-each", test_number_first_and_each);
  g_test_add_func ("/differ/attribution/kind", test_attribution_kind);
  g_test_add_func ("/differ/attribution/accuser", test_attribution_accuser);
  g_test_add_func ("/differ/attribution/contested", test_attribution_contested);
  g_test_add_func ("/differ/time/same-happening", test_time_same_happening);
  g_test_add_func ("/differ/time/two-acts", test_time_two_acts);
  g_test_add_func ("/differ/attribution/own-announcement", test_attribution_own_announcement);
  g_test_add_func ("/differ/contradiction/same-slot", test_contradiction_same_slot);
  g_test_add_func ("/differ/contradiction/supposed", test_contradiction_supposed);
  g_test_add_func ("/differ/contradiction/clause-subject", test_contradiction_clause_subject);
  g_test_add_func ("/differ/contradiction/no-gerund", test_contradiction_no_gerund);
  g_test_add_func ("/differ/contradiction/same-subject", test_contradiction_same_subject);
  g_test_add_func ("/differ/contradiction/not", test_contradiction_not);
  g_test_add_func ("/differ/contradiction/pretence", test_contradiction_pretence);
  g_test_add_func ("/differ/contradiction/headline-present", test_contradiction_headline_present);
  g_test_add_func ("/differ/contradiction/question-untold", test_contradiction_question_untold);
  g_test_add_func ("/differ/contradiction/abbreviation", test_contradiction_abbreviation);
  g_test_add_func ("/differ/contradiction/antonyms", test_contradiction_antonyms);
  g_test_add_func ("/differ/contradiction/outcomes", test_contradiction_outcomes);
  g_test_add_func ("/differ/contradiction/verdicts", test_contradiction_verdicts);
  g_test_add_func ("/differ/hedging/alleged-and-unconfirmed", test_hedging_alleged_and_unconfirmed);
  g_test_add_func ("/differ/hedging/believed-to", test_hedging_believed_to);
  g_test_add_func ("/differ/hedging/suspect-clause", test_hedging_suspect_clause);
  g_test_add_func ("/differ/contradiction/decisions", test_contradiction_decisions);
  g_test_add_func ("/differ/contradiction/decisions-apart", test_contradiction_decisions_apart);
  g_test_add_func ("/differ/contradiction/no-casualties", test_contradiction_no_casualties);
  g_test_add_func ("/differ/contradiction/ly-nouns", test_contradiction_ly_nouns);
  g_test_add_func ("/differ/contradiction/speakers", test_contradiction_speakers);
  g_test_add_func ("/differ/quote/words", test_quote_words);
  g_test_add_func ("/differ/quote/not", test_quote_not);
  g_test_add_func ("/differ/equal-values", test_equal_values);
  g_test_add_func ("/differ/equal-values-forms", test_equal_values_forms);
  g_test_add_func ("/differ/number/close-and-intraday", test_number_close_and_intraday);
  g_test_add_func ("/differ/unequal-values-forms", test_unequal_values_forms);
  g_test_add_func ("/differ/time/zones", test_time_zones);
  g_test_add_func ("/differ/time/night-across-zones", test_time_night_across_zones);
  g_test_add_func ("/differ/time/year", test_time_year);
  g_test_add_func ("/differ/number/measure", test_number_measure);
  g_test_add_func ("/differ/contradiction/refusal", test_contradiction_refusal);
  g_test_add_func ("/differ/time/not-stamp", test_time_not_stamp);
  g_test_add_func ("/differ/number/same-quantity", test_number_same_quantity);
  g_test_add_func ("/differ/number/not", test_number_not);
  g_test_add_func ("/differ/entity/whole-names", test_entity_whole_names);
  g_test_add_func ("/differ/entity/place-role", test_entity_place_role);
  g_test_add_func ("/differ/entity/place-scales", test_entity_place_scales);
  g_test_add_func ("/differ/entity/way-kinds", test_entity_way_kinds);
  g_test_add_func ("/differ/entity/shared-word", test_entity_shared_word);
  g_test_add_func ("/differ/entity/on-feature", test_entity_on_feature);
  g_test_add_func ("/differ/entity/capitalised-sentence", test_entity_capitalised_sentence);
  g_test_add_func ("/differ/number/lengths", test_number_lengths);
  g_test_add_func ("/differ/number/duration-noun", test_number_duration_noun);
  g_test_add_func ("/differ/number/part-of-act", test_number_part_of_act);
  g_test_add_func ("/differ/number/place-names", test_number_place_names);
  g_test_add_func ("/differ/number/pounds", test_number_pounds);
  g_test_add_func ("/differ/hedging/other-proposition", test_hedging_other_proposition);
  g_test_add_func ("/differ/number/two-games", test_number_two_games);
  g_test_add_func ("/differ/number/scope", test_number_scope);
  g_test_add_func ("/differ/time/undergoer", test_time_undergoer);
  g_test_add_func ("/differ/time/dated-verb", test_time_dated_verb);
  g_test_add_func ("/differ/time/gerund-named", test_time_gerund_named);
  g_test_add_func ("/differ/entity/speakers", test_entity_speakers);
  g_test_add_func ("/differ/entity/same-place", test_entity_same_place);
  g_test_add_func ("/differ/json", test_json_fields);
  g_test_add_func ("/differ/attribution/present-tense", test_attribution_present_tense);
  g_test_add_func ("/differ/attribution/same-statement", test_attribution_same_statement);
  g_test_add_func ("/differ/attribution/retold", test_attribution_retold);
  g_test_add_func ("/differ/attribution/of-the-sourced-sentence", test_attribution_of_the_sourced_sentence);
  g_test_add_func ("/differ/hedging/quotation-across-paragraphs", test_hedging_quotation_across_paragraphs);
  g_test_add_func ("/differ/confidence-model", test_confidence_model);
  g_test_add_func ("/differ/quote/edges", test_quote_edges);
  g_test_add_func ("/differ/quote/clock-times", test_quote_clock_times);
  g_test_add_func ("/differ/number/several-figures", test_number_several_figures);
  g_test_add_func ("/differ/number/ages-listed", test_number_ages_listed);
  g_test_add_func ("/differ/number/ages-named", test_number_ages_named);
  g_test_add_func ("/differ/number/ages-of-two-names", test_number_ages_of_two_names);
  g_test_add_func ("/differ/number/measure-named-before", test_number_measure_named_before);
  g_test_add_func ("/differ/number/description", test_number_description);
  g_test_add_func ("/differ/number/toll-added", test_number_toll_added);
  g_test_add_func ("/differ/number/ages-in-list", test_number_ages_in_list);
  g_test_add_func ("/differ/number/toll-noun", test_number_toll_noun);
  g_test_add_func ("/differ/number/place-not-person", test_number_place_not_person);
  g_test_add_func ("/differ/entity/one-surname", test_entity_one_surname);
  g_test_add_func ("/differ/entity/joined-body", test_entity_joined_body);
  g_test_add_func ("/differ/number/twice", test_number_twice);
  g_test_add_func ("/differ/time/ago", test_time_ago);
  g_test_add_func ("/differ/entity/same-role", test_entity_same_role);
  g_test_add_func ("/differ/entity/spelled-two-ways", test_entity_spelled_two_ways);
  g_test_add_func ("/differ/confidence/evidence", test_confidence_evidence);
  g_test_add_func ("/differ/confidence/magnitudes", test_confidence_magnitudes);
  g_test_add_func ("/differ/confidence/unknown-act", test_confidence_unknown_act);
  g_test_add_func ("/differ/time/named-kinds", test_time_named_kinds);
  g_test_add_func ("/differ/hedging/both-sides", test_hedging_both_sides);
  g_test_add_func ("/differ/hedging/suspected-cause", test_hedging_suspected_cause);
  g_test_add_func ("/differ/hedging/suspect-cause", test_hedging_suspect_cause);
  g_test_add_func ("/differ/hedging/cause-told-as-fire", test_hedging_cause_told_as_fire);
  g_test_add_func ("/differ/hedging/on-suspicion-of", test_hedging_on_suspicion_of);
  g_test_add_func ("/differ/hedging/offence-names", test_hedging_offence_names);
  g_test_add_func ("/differ/hedging/possibly", test_hedging_possibly);
  g_test_add_func ("/differ/hedging/is-reporting", test_hedging_is_reporting);
  g_test_add_func ("/differ/time/present-verb", test_time_present_verb);
  g_test_add_func ("/differ/time/infinitive", test_time_infinitive);
  g_test_add_func ("/differ/number/dash-before-figure", test_number_dash_before_figure);
  g_test_add_func ("/differ/number/bracketed-conversion", test_number_bracketed_conversion);
  g_test_add_func ("/differ/number/heights", test_number_heights);
  g_test_add_func ("/differ/number/bare-temperatures", test_number_bare_temperatures);
  g_test_add_func ("/differ/number/part-exceeds", test_number_part_exceeds);
  g_test_add_func ("/differ/entity/accounts", test_entity_accounts);
  g_test_add_func ("/differ/entity/doers", test_entity_doers);
  g_test_add_func ("/differ/hostile/figures-bounded", test_hostile_figures_bounded);
  g_test_add_func ("/differ/time/zone-words", test_time_zone_words);
  g_test_add_func ("/differ/hedging/each-fact", test_hedging_each_fact);

  return g_test_run ();
}

