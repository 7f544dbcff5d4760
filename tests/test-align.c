/* test-align.c: the lexicon, the pair similarity and the claim clusters,
 * on sentences written for these tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-align.h"
#include "px-comparison.h"
#include "px-lexicon.h"
#include "px-similarity.h"
#include "px-sorted-private.h"
#include "px-text.h"
#include "px-test-timing.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

static void
test_lexicon_synonyms (void)
{
  /* WordNet's synsets, its derivations, its participles, its morphology */
  g_assert_true (px_lexicon_are_synonyms ("quake", "temblor"));
  g_assert_true (px_lexicon_are_synonyms ("buy", "acquire"));
  g_assert_true (px_lexicon_are_synonyms ("acquire", "acquisition"));
  g_assert_true (px_lexicon_are_synonyms ("hurt", "injured"));
  g_assert_true (px_lexicon_are_synonyms ("bought", "purchased"));
  g_assert_true (px_lexicon_are_synonyms ("arrested", "detained"));
  /* the curated news words */
  g_assert_true (px_lexicon_are_synonyms ("axed", "cancelled"));
  g_assert_true (px_lexicon_are_synonyms ("probe", "investigation"));
  /* news prose's words for one claim that WordNet's first senses part */
  g_assert_true (px_lexicon_are_synonyms ("barred", "banned"));
  g_assert_true (px_lexicon_are_synonyms ("rebuffed", "rejected"));
  g_assert_true (px_lexicon_are_synonyms ("sought", "asked"));
  g_assert_true (px_lexicon_are_synonyms ("shares", "stock"));
  g_assert_true (px_lexicon_are_synonyms ("proposals", "approaches"));
  g_assert_true (px_lexicon_are_synonyms ("confirmed", "disclosed"));
  g_assert_true (px_lexicon_are_synonyms ("prosecutors", "prosecution"));

  /* not the same meaning */
  g_assert_false (px_lexicon_are_synonyms ("charged", "convicted"));
  g_assert_false (px_lexicon_are_synonyms ("praised", "attacked"));
  g_assert_false (px_lexicon_are_synonyms ("deaths", "injuries"));
  g_assert_false (px_lexicon_are_synonyms ("xyzzyq", "quake"));
  g_assert_false (px_lexicon_are_synonyms ("banned", "allowed"));
  g_assert_false (px_lexicon_are_synonyms ("stock", "bonds"));
  g_assert_false (px_lexicon_are_synonyms ("sought", "served"));
}

static void
test_lexicon_antonyms (void)
{
  g_assert_true (px_lexicon_are_antonyms ("win", "lose"));
  g_assert_true (px_lexicon_are_antonyms ("won", "lost"));
  g_assert_true (px_lexicon_are_antonyms ("guilty", "innocent"));
  g_assert_true (px_lexicon_are_antonyms ("rose", "fell"));

  g_assert_false (px_lexicon_are_antonyms ("win", "won"));
  g_assert_false (px_lexicon_are_antonyms ("guilty", "convicted"));
  g_assert_false (px_lexicon_are_antonyms ("injured", "hurt"));
}

static void
test_lexicon_verb_forms (void)
{
  g_autoptr(PxLexeme) charged = px_lexeme_new ("charged");
  g_autoptr(PxLexeme) went = px_lexeme_new ("went");
  g_autoptr(PxLexeme) table = px_lexeme_new ("table");
  g_autoptr(PxLexeme) unknown = px_lexeme_new ("qwxzv");

  g_assert_true (charged->is_verb && charged->verb_form);
  g_assert_true (went->is_verb && went->verb_form);
  g_assert_true (table->is_verb && !table->verb_form);
  g_assert_false (unknown->is_verb);
  g_assert_cmpuint (unknown->n_synonyms, ==, 0);
}

static PxDocument *
document (const char *text)
{
  g_autoptr(PxArticle) article = px_article_new ("-");
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();

  g_ptr_array_add (paragraphs, (gpointer) text);
  px_article_set_paragraphs (article, paragraphs);
  return px_document_new (article);
}

static gboolean
is_furniture (const char *text)
{
  g_autoptr(PxDocument) doc = document (text);

  g_assert_cmpuint (doc->sentences->len, ==, 1);
  return _px_sentence_is_furniture (doc, px_document_sentence (doc, 0));
}

static void
test_furniture (void)
{
  g_assert_true (is_furniture ("By Maria Keller and Tom Okafor, Harbour Gazette"));
  g_assert_true (is_furniture ("Updated 10:32 EST, 3 January 2027"));
  g_assert_true (is_furniture ("Published on Tuesday, March 9, 2027 at 4:15 pm"));
  g_assert_true (is_furniture ("(Photo by Ana Lucas/Getty Images)"));
  g_assert_true (is_furniture ("Firefighters at the scene on Monday (AP Photo/Lee Dunn)"));
  g_assert_true (is_furniture ("READ MORE: Council votes to close the old pier"));
  g_assert_true (is_furniture ("OAKVILLE, Ont."));

  /* claims that merely look like it */
  g_assert_false (is_furniture ("By Tuesday the fire had destroyed 40 homes in the valley."));
  g_assert_false (is_furniture ("Photos posted online showed smoke over the harbour."));
  g_assert_false (is_furniture ("The mayor said the pier would be closed on March 9."));
}

/* The probability that the two texts (one passage each) report the same
 * claim, with word rarity over the texts of @others too.
 */
static double
probability (const char *a,
             const char *b)
{
  const char *others[] = {
    "The storm brought heavy rain to the coast on Sunday.",
    "Schools in the district will stay closed until Friday.",
    "The company reported higher profits for the third quarter.",
    "Officials said the bridge would reopen next month.",
  };
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify) px_document_unref);
  g_autoptr(GArray) passages = g_array_new (FALSE, FALSE, sizeof (PxPassage));
  g_autoptr(PxSimilarity) similarity = NULL;

  g_ptr_array_add (documents, document (a));
  g_ptr_array_add (documents, document (b));
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_ptr_array_add (documents, document (others[i]));
  for (guint i = 0; i < documents->len; i++)
    {
      PxDocument *doc = documents->pdata[i];
      PxPassage passage = { doc, 0, doc->sentences->len, i };

      g_array_append_val (passages, passage);
    }
  similarity = _px_similarity_new ((PxPassage *) passages->data, passages->len);
  return _px_similarity_probability (similarity, 0, 1);
}

static void
test_similarity_synonyms (void)
{
  double edge = _px_similarity_setting ("edge", 0.5);

  /* the same claim in other words */
  g_assert_cmpfloat (probability ("A strong quake hurt dozens of villagers near Tarvo on Sunday.",
                                  "Dozens of villagers near Tarvo were injured by a strong temblor on Sunday."),
                     >=, edge);
  g_assert_cmpfloat (probability ("Helix Motors will buy the battery maker Voltra for $2 billion.",
                                  "The battery maker Voltra is being acquired by Helix Motors in a $2 billion deal."),
                     >=, edge);
}

/* The features of two texts, one passage each. */
static void
features_of (const char *a,
             const char *b,
             double      features[PX_N_FEATURES])
{
  g_autoptr(PxDocument) x = document (a);
  g_autoptr(PxDocument) y = document (b);
  PxPassage passages[] = { { x, 0, x->sentences->len, 0 }, { y, 0, y->sentences->len, 1 } };
  g_autoptr(PxSimilarity) similarity = _px_similarity_new (passages, 2);

  _px_similarity_features (similarity, 0, 1, features);
}

static void
test_similarity_expanded (void)
{
  double synonyms[PX_N_FEATURES], unrelated[PX_N_FEATURES];

  /* WordNet meets what the words alone miss: quake/temblor, hurt/injured */
  features_of ("The quake hurt villagers.", "A temblor injured villagers.", synonyms);
  g_assert_cmpfloat (synonyms[PX_FEATURE_EXPANDED], >, synonyms[PX_FEATURE_COSINE] + 0.2);
  /* and not what has another meaning */
  features_of ("The quake hurt villagers.", "A storm flooded villagers.", unrelated);
  g_assert_cmpfloat (unrelated[PX_FEATURE_EXPANDED], <, synonyms[PX_FEATURE_EXPANDED]);
}

/* A word met as the kind of the other side's word counts on both sides:
 * "sedan" is a kind of "car" (its kinds meet the car's senses), and "car"
 * is met among the kinds of "sedan" (its senses meet the sedan's kinds);
 * each takes the kind's credit, less than a synonym's ("automobile").
 */
static void
test_similarity_kind_both_sides (void)
{
  double kind[PX_N_FEATURES], none[PX_N_FEATURES], synonym[PX_N_FEATURES];

  features_of ("The sedan burned near the bridge.", "The car burned near the bridge.", kind);
  features_of ("The poem burned near the bridge.", "The car burned near the bridge.", none);
  features_of ("The automobile burned near the bridge.", "The car burned near the bridge.", synonym);
  /* one side's credit alone would be half of it (0.09) */
  g_assert_cmpfloat (kind[PX_FEATURE_EXPANDED], >, none[PX_FEATURE_EXPANDED] + 0.15);
  g_assert_cmpfloat (synonym[PX_FEATURE_EXPANDED], >, kind[PX_FEATURE_EXPANDED]);
}

/* The curated news words (resources/lexicon/news-words.txt) meet where
 * WordNet's first senses do not: one claim told with another verb or noun
 * of news prose is met as closely as the same words, another claim with
 * the same frame is not.
 */
static void
test_similarity_news_words (void)
{
  const char *pairs[][3] = {
    /* one claim, other words; a sentence of the same frame that says another thing */
    { "The regulator barred the former bank chief from the industry.",
      "The former bank chief was banned from the industry.",
      "The former bank chief was praised by the industry." },
    { "The union rebuffed two offers from the airline.", "The union rejected two offers from the airline.",
      "The union welcomed two offers from the airline." },
    { "Prosecutors sought nine years for the mayor.", "Prosecutors asked for nine years for the mayor.",
      "Prosecutors served nine years for the mayor." },
    { "Shares in Norvik fell 12% on Tuesday.", "Norvik stock fell 12% on Tuesday.", "Norvik bonds fell 12% on Tuesday." },
    { "The board turned down the proposal.", "The board turned down the approach.", "The board turned down the invoice." },
  };

  for (guint p = 0; p < G_N_ELEMENTS (pairs); p++)
    {
      double same[PX_N_FEATURES], other[PX_N_FEATURES];

      features_of (pairs[p][0], pairs[p][1], same);
      features_of (pairs[p][0], pairs[p][2], other);
      g_assert_cmpfloat (same[PX_FEATURE_EXPANDED], >, other[PX_FEATURE_EXPANDED] + 0.15);
      g_assert_cmpfloat (probability (pairs[p][0], pairs[p][1]), >, probability (pairs[p][0], pairs[p][2]) + 0.05);
    }
}

static double
quick_of (const char *a,
          const char *b)
{
  g_autoptr(PxDocument) x = document (a);
  g_autoptr(PxDocument) y = document (b);
  PxPassage passages[] = { { x, 0, x->sentences->len, 0 }, { y, 0, y->sentences->len, 1 } };
  g_autoptr(PxSimilarity) similarity = _px_similarity_new (passages, 2);

  return _px_similarity_quick (similarity, 0, 1);
}

/* A figure and its unit are one feature of their own, so that figures that
 * differ do not keep two reports apart; what is measured stays shared.
 */
static void
test_similarity_measures (void)
{
  double lengths[PX_N_FEATURES], other[PX_N_FEATURES], feet[PX_N_FEATURES], seconds[PX_N_FEATURES];

  /* two heights of the waves, and a height against a time, the words the same */
  features_of ("Waves of 70 cm were recorded at Kuji port.", "A tsunami of 40 cm was recorded at Kuji port.", lengths);
  features_of ("Waves of 70 cm were recorded at Kuji port.", "A tsunami of 40 days was recorded at Kuji port.", other);
  g_assert_cmpfloat (lengths[PX_FEATURE_COSINE], >, other[PX_FEATURE_COSINE] + 0.01);
  /* and the candidate gate sees it too */
  g_assert_cmpfloat (quick_of ("Waves of 70 cm were recorded at Kuji port.", "A tsunami of 40 cm was recorded at Kuji port."),
                     >, quick_of ("Waves of 70 cm were recorded at Kuji port.", "A tsunami of 40 days was recorded at Kuji port.") + 0.01);
  /* feet and metres are one kind of measure */
  features_of ("The climber fell 2,000 feet from the ridge.", "The climber fell 600 metres from the ridge.", feet);
  features_of ("The climber fell 2,000 feet from the ridge.", "The climber fell for 600 seconds from the ridge.", seconds);
  g_assert_cmpfloat (feet[PX_FEATURE_COSINE], >, seconds[PX_FEATURE_COSINE] + 0.01);
  /* not a measure ten times another: years and hours */
  features_of ("The repairs at the dairy took four years.", "The repairs at the dairy took three years.", feet);
  features_of ("The repairs at the dairy took four years.", "The repairs at the dairy took three hours.", seconds);
  g_assert_cmpfloat (feet[PX_FEATURE_COSINE], >, seconds[PX_FEATURE_COSINE] + 0.01);
  /* a count keeps its noun as a word and has no such feature: two counts of
   * other things share nothing */
  features_of ("Police arrested 12 protesters.", "Officials counted 15 ballots.", other);
  g_assert_cmpfloat (other[PX_FEATURE_COSINE], ==, 0);
  g_assert_cmpfloat (other[PX_FEATURE_NUMBER_CLASH], ==, 1.0);
}

/* px_pair_id_hash(), the differ's and the alignment's hash of a pair of
 * ids (`a << 32 | b`): the pairs of 400 small ids spread over a table's
 * slots about as random numbers would (g_int64_hash() folds them by XOR
 * onto 512 values, 156 pairs a slot, and a sentence of 500 weights took
 * the differ 0.5 s); a pair and its reverse apart.
 */
static void
test_sorted_pair_id_hash (void)
{
  const guint n_slots = 131071; /* a prime, as GLib's tables take */
  g_autofree guint *in_slot = g_new0 (guint, n_slots);
  guint most = 0, n_pairs = 0;

  for (guint64 a = 0; a < 400; a++)
    for (guint64 b = a + 1; b < 400; b++)
      {
        guint64 id = a << 32 | b, reverse = b << 32 | a;
        guint slot = px_pair_id_hash (&id) % n_slots;

        most = MAX (most, ++in_slot[slot]);
        n_pairs++;
        g_assert_cmpuint (px_pair_id_hash (&id), !=, px_pair_id_hash (&reverse));
      }
  g_assert_cmpuint (n_pairs, ==, 79800);
  /* 79,800 keys in 131,071 slots: random hashes put at most 7 or 8 in one */
  g_assert_cmpuint (most, <=, 12);
}

/* The numbers two sorted sets have in common (the surface's words and
 * trigrams are counted so), four at a time: the same count as one by one,
 * for sets of every length from 0 to 70 (blocks of four and the few left
 * over), starting anywhere in memory (not on a 16-byte boundary), little
 * or much in common, and the largest numbers a hash gives.
 */
static void
test_sorted_count_shared (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint round = 0; round < 20000; round++)
    {
      guint32 x[70], y[70];
      guint na = round % 71, nb = g_rand_int_range (rand, 0, 71), expected = 0;
      /* none to three numbers into a block of their exact size: the loads
       * are mostly unaligned, and one past the end is seen (AddressSanitizer) */
      guint offsets[2] = { round % 4, (round / 4) % 4 };
      g_autofree guint32 *x_at = NULL;
      g_autofree guint32 *y_at = NULL;
      /* close numbers make many common, far ones few */
      gboolean wide = round % 3 == 0;
      guint32 base = round % 5 == 0 ? G_MAXUINT32 - 100 : 0;
      guint32 *sets[2] = { x, y };
      guint lens[2] = { na, nb };

      for (guint k = 0; k < 2; k++)
        {
          guint n = 0;

          /* ascending, no number twice */
          for (guint32 v = base + g_rand_int_range (rand, 0, 3); n < lens[k];)
            {
              guint32 step = wide ? g_rand_int_range (rand, 1, 1 << 24) : g_rand_int_range (rand, 1, 4);

              sets[k][n++] = v;
              if (v > G_MAXUINT32 - step)
                break;
              v += step;
            }
          lens[k] = n;
        }
      for (guint i = 0; i < lens[0]; i++)
        for (guint j = 0; j < lens[1]; j++)
          expected += x[i] == y[j];
      x_at = g_new (guint32, offsets[0] + lens[0]);
      y_at = g_new (guint32, offsets[1] + lens[1]);
      /* g_new() of none is NULL, and NULL + 0 is undefined (clang's UBSan) */
      if (x_at != NULL)
        memcpy (x_at + offsets[0], x, lens[0] * sizeof (guint32));
      if (y_at != NULL)
        memcpy (y_at + offsets[1], y, lens[1] * sizeof (guint32));
      {
        const guint32 *xs = x_at != NULL ? x_at + offsets[0] : NULL;
        const guint32 *ys = y_at != NULL ? y_at + offsets[1] : NULL;

        g_assert_cmpuint (px_count_shared_uint32 (xs, lens[0], ys, lens[1]), ==, expected);
        g_assert_cmpuint (px_count_shared_uint32 (ys, lens[1], xs, lens[0]), ==, expected);
      }
    }
}

/* The surface: every word, function words too, pairs of adjacent words and
 * character trigrams. A paraphrase keeps much of its source's wording; two
 * sentences that share only the story's names and topic words do not.
 */
static void
test_similarity_surface (void)
{
  double same[PX_N_FEATURES], other[PX_N_FEATURES], spelled[PX_N_FEATURES];

  /* twelve of thirteen words the same ("the" twice), most of them
   * function words the content features do not read: here they count */
  features_of ("The board said on Tuesday that it would sell the plant in Ohio.",
               "The board said on Tuesday that it would close the plant in Ohio.", same);
  g_assert_cmpfloat (same[PX_FEATURE_TOKENS], ==, 2.0 * 11 / (12 + 12));
  g_assert_cmpfloat (same[PX_FEATURE_TOKENS_MIN], ==, 11.0 / 12);
  /* 12 pairs each, "would sell", "sell the" against "would close", "close the" */
  g_assert_cmpfloat (same[PX_FEATURE_TOKEN_PAIRS], ==, 2.0 * 10 / (12 + 12));
  g_assert_cmpfloat (same[PX_FEATURE_TRIGRAMS], >, 0.7);

  /* the story's names and topic words, another wording */
  features_of ("The board said on Tuesday that it would sell the plant in Ohio.",
               "Ohio plant: board votes Tuesday to sell.", other);
  g_assert_cmpfloat (other[PX_FEATURE_TOKEN_PAIRS], <, 0.1);
  g_assert_cmpfloat (other[PX_FEATURE_TOKENS_MIN], <, 0.5);
  g_assert_cmpfloat (other[PX_FEATURE_TRIGRAMS], <, same[PX_FEATURE_TRIGRAMS] - 0.3);

  /* a word spelled another way still shares most of its trigrams */
  features_of ("The organisation apologised.", "The organization apologized.", spelled);
  g_assert_cmpfloat (spelled[PX_FEATURE_TOKENS], ==, 2.0 * 1 / (3 + 3));
  g_assert_cmpfloat (spelled[PX_FEATURE_TRIGRAMS], >, 0.6);

  /* a passage's set: a word written twice counts once, and a pair that
   * shares nothing is 0 everywhere */
  features_of ("Rain, rain and rain.", "Rain and rain.", same);
  g_assert_cmpfloat (same[PX_FEATURE_TOKENS], ==, 1.0);
  features_of ("Rain fell.", "Markets rose.", other);
  g_assert_cmpfloat (other[PX_FEATURE_TOKENS] + other[PX_FEATURE_TOKEN_PAIRS] + other[PX_FEATURE_TRIGRAMS], ==, 0);
}

static void
collect_pair_cb (guint    i,
                 guint    j,
                 gpointer user_data)
{
  g_hash_table_add (user_data, GUINT_TO_POINTER (i << 16 | j));
}

/* A word few of a story's sentences have is a claim's own ("Drennick",
 * "$4.2 billion"): two sentences of two outlets that share one are
 * candidates whatever their cosine, and the feature rare_shared counts
 * such names and figures; a name every other sentence has is no such
 * word.
 */
static void
test_similarity_rare_words (void)
{
  g_autoptr(PxDocument) x = document ("Ostrava Mining will close the Drennick pit next spring after years of losses, "
                                      "falling output and repeated safety fines from regulators. "
                                      "Ostrava Mining said quarterly profits fell. "
                                      "Ostrava Mining paid $4.2 billion in cash and shares for its smaller rival Mesk last year. "
                                      "Ostrava Mining hired new engineers.");
  g_autoptr(PxDocument) y = document ("Workers at Drennick were told during a crowded morning shift by their managers "
                                      "that their jobs would end. "
                                      "Ostrava Mining shares rose on Monday. "
                                      "Regulators in Brussels approved the $4.2 billion purchase of a competitor after a long inquiry. "
                                      "Ostrava Mining declined to comment.");
  PxPassage passages[8];
  g_autoptr(PxSimilarity) similarity = NULL;
  g_autoptr(GHashTable) candidates = g_hash_table_new (g_direct_hash, g_direct_equal);
  double features[PX_N_FEATURES];
  /* the gate of this story: two reports are few when the model says so */
  double gate = 2 <= _px_similarity_setting ("few_sources", 0)
                ? _px_similarity_setting ("few_gate", _px_similarity_setting ("gate", 0.05))
                : _px_similarity_setting ("gate", 0.05);

  g_assert_cmpuint (x->sentences->len, ==, 4);
  g_assert_cmpuint (y->sentences->len, ==, 4);
  for (guint s = 0; s < 4; s++)
    {
      passages[s] = (PxPassage) { x, s, 1, 0 };
      passages[4 + s] = (PxPassage) { y, s, 1, 1 };
    }
  similarity = _px_similarity_new (passages, 8);
  g_assert_cmpfloat (_px_similarity_setting ("rare_link", 0), >=, 2);
  _px_similarity_foreach_candidate (similarity, collect_pair_cb, candidates, NULL);

  /* the pit's name: the cosine is under the gate, the pair a candidate */
  g_assert_cmpfloat (_px_similarity_quick (similarity, 0, 4), <, gate);
  g_assert_true (g_hash_table_contains (candidates, GUINT_TO_POINTER (0 << 16 | 4)));
  _px_similarity_features (similarity, 0, 4, features);
  g_assert_cmpfloat (features[PX_FEATURE_RARE_SHARED], ==, log1p (1));
  /* the price, a figure two sentences have */
  g_assert_true (g_hash_table_contains (candidates, GUINT_TO_POINTER (2 << 16 | 6)));
  _px_similarity_features (similarity, 2, 6, features);
  g_assert_cmpfloat (features[PX_FEATURE_RARE_SHARED], ==, log1p (1));
  /* the company's name is in six sentences: not rare, and the two
   * sentences share nothing else */
  _px_similarity_features (similarity, 1, 5, features);
  g_assert_cmpfloat (features[PX_FEATURE_RARE_SHARED], ==, 0);
  g_assert_false (g_hash_table_contains (candidates, GUINT_TO_POINTER (3 << 16 | 7))
                  && _px_similarity_quick (similarity, 3, 7) < gate);
}

/* Hostile input: one sentence and ninety like it in another source, all
 * past the gate, give no more candidates than the cap on a passage's
 * candidates of one other source (64; real stories' most is 9), and the
 * best (the sentence's own words) is among those kept; a count, not a
 * clock, tells it.
 */
static void
test_similarity_candidates_bounded (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PxDocument) x = document ("The aid convoy reached the Drennick bridge at dawn on Monday, officials said.");
  g_autoptr(PxDocument) y = NULL;
  g_autoptr(PxSimilarity) similarity = NULL;
  g_autoptr(GHashTable) candidates = g_hash_table_new (g_direct_hash, g_direct_equal);
  PxPassage passages[91];
  gsize given, capped;

  for (guint s = 0; s < 89; s++)
    g_string_append (text, "The aid convoy reached the Drennick bridge late on Friday. ");
  g_string_append (text, "The aid convoy reached the Drennick bridge at dawn on Monday, officials said.");
  y = document (text->str);
  g_assert_cmpuint (y->sentences->len, ==, 90);
  passages[0] = (PxPassage) { x, 0, 1, 0 };
  for (guint s = 0; s < 90; s++)
    passages[1 + s] = (PxPassage) { y, s, 1, 1 };
  similarity = _px_similarity_new (passages, 91);
  given = _px_similarity_candidates_offered ();
  capped = _px_similarity_candidates_capped ();
  _px_similarity_foreach_candidate (similarity, collect_pair_cb, candidates, NULL);
  g_assert_cmpuint (g_hash_table_size (candidates), ==, 64);
  g_assert_cmpuint (_px_similarity_candidates_offered () - given, ==, 64);
  g_assert_cmpuint (_px_similarity_candidates_capped () - capped, ==, 26);
  /* the same sentence word for word is kept */
  g_assert_true (g_hash_table_contains (candidates, GUINT_TO_POINTER (0 << 16 | 90)));
}

/* A story of few reports scores pairs under the gate of many (few_gate),
 * but of one other source only the best MAX_LOW_CANDIDATES_PER_SOURCE (6)
 * of a sentence: a report whose every sentence repeats the story's
 * common words would otherwise have every pair scored. One sentence
 * against twelve such of another report; @expected candidates.
 */
static void
low_candidates (guint expected)
{
  static const char * const places[] = { "Arden", "Belmore", "Carrick", "Dunmore", "Eastfield", "Fenwick",
                                         "Glenholt", "Harwich", "Inverloch", "Jarrow", "Kilbride", "Lowther" };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PxDocument) x = document ("The aid convoy reached the river crossing at dawn, officials said.");
  g_autoptr(PxDocument) y = NULL;
  g_autoptr(PxSimilarity) similarity = NULL;
  g_autoptr(GHashTable) candidates = g_hash_table_new (g_direct_hash, g_direct_equal);
  double gate = _px_similarity_setting ("gate", 0.15);
  double few_gate = _px_similarity_setting ("few_gate", gate);
  PxPassage passages[1 + G_N_ELEMENTS (places)];
  guint low = 0;

  g_assert_cmpfloat (few_gate, <, gate);
  for (guint s = 0; s < G_N_ELEMENTS (places); s++)
    g_string_append_printf (text, "Volunteers in %s loaded blankets onto another aid convoy bound for the river crossing. ",
                            places[s]);
  y = document (text->str);
  g_assert_cmpuint (y->sentences->len, ==, G_N_ELEMENTS (places));
  passages[0] = (PxPassage) { x, 0, 1, 0 };
  for (guint s = 0; s < G_N_ELEMENTS (places); s++)
    passages[1 + s] = (PxPassage) { y, s, 1, 1 };
  similarity = _px_similarity_new (passages, G_N_ELEMENTS (passages));
  for (guint s = 1; s < G_N_ELEMENTS (passages); s++)
    {
      double quick = _px_similarity_quick (similarity, 0, s);

      low += quick >= few_gate && quick < gate;
    }
  /* every one of them is under the gate of many reports, past the lower one */
  g_assert_cmpuint (low, ==, G_N_ELEMENTS (places));
  _px_similarity_foreach_candidate (similarity, collect_pair_cb, candidates, NULL);
  g_assert_cmpuint (g_hash_table_size (candidates), ==, expected);
}

static void
test_similarity_low_candidates_bounded (void)
{
  low_candidates (6);
}

/* The bound is the model's to lift (the setting few_low_cap), so that
 * tools/study-align-losses.py, the gate open, calls "no word" only a pair
 * that shares none: with the setting at 64, all twelve sentences are
 * candidates. In a child process (the model is read once a process).
 */
static void
test_similarity_low_candidates_setting (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GBytes) shipped = g_resources_lookup_data ("/io/github/parallaxnews/Parallax/lexicon/similarity.txt",
                                                           G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autofree char *path = g_build_filename (g_get_tmp_dir (), "px-test-low-cap-XXXXXX.txt", NULL);
      g_autofree char *model = NULL;
      g_autoptr(GError) error = NULL;
      int fd;

      g_assert_nonnull (shipped);
      model = g_strdup_printf ("%.*s\nsetting few_low_cap 64\n", (int) g_bytes_get_size (shipped),
                               (const char *) g_bytes_get_data (shipped, NULL));
      fd = g_mkstemp (path);
      g_assert_cmpint (fd, >=, 0);
      close (fd);
      g_assert_true (g_file_set_contents (path, model, -1, &error));
      g_setenv ("PARALLAX_SIMILARITY_MODEL", path, TRUE);
      low_candidates (12);
      g_unlink (path);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Hostile input: one sentence and, in each of eight other sources,
 * twenty like it (one template, words swapped); past the floor the
 * sentence keeps no more pairs than MAX_PAIRS_PER_PASSAGE (128; real
 * stories' most is 40), has no edge outside them, and the one word for
 * word the same is among them; a count, not a clock, tells it.
 */
static void
test_similarity_pairs_bounded (void)
{
  static const char * const slots[][2] = { { "convoy", "column" }, { "reached", "crossed" },
                                           { "Drennick", "Halvor" }, { "bridge", "ford" },
                                           { "dawn", "dusk" } };
  g_autoptr(PxDocument) x = document ("The aid convoy reached the Drennick bridge at dawn, officials said.");
  PxDocument *sources[8];
  g_autoptr(PxSimilarity) similarity = NULL;
  g_autoptr(PxScoredPairs) pairs = NULL;
  PxPassage passages[161];
  GArray *edges;
  gsize capped;
  guint n_kept = 0;

  for (guint d = 0; d < 8; d++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint k = 0; k < 20; k++)
        {
          guint v = d == 7 && k == 19 ? 0 : (k + d) % 31 + 1;

          g_string_append_printf (text, "The aid %s %s the %s %s at %s, officials said. ", slots[0][v & 1],
                                  slots[1][(v >> 1) & 1], slots[2][(v >> 2) & 1], slots[3][(v >> 3) & 1],
                                  slots[4][(v >> 4) & 1]);
        }
      sources[d] = document (text->str);
      g_assert_cmpuint (sources[d]->sentences->len, ==, 20);
      for (guint k = 0; k < 20; k++)
        passages[1 + d * 20 + k] = (PxPassage) { sources[d], k, 1, 1 + d };
    }
  passages[0] = (PxPassage) { x, 0, 1, 0 };
  similarity = _px_similarity_new (passages, 161);
  capped = _px_similarity_pairs_capped ();
  pairs = _px_similarity_score_candidates (similarity, 0.02, 0.25, NULL);
  for (guint j = 1; j < 161; j++)
    n_kept += _px_scored_pairs_lookup (pairs, 0, j) > 0;
  g_assert_cmpuint (n_kept, ==, 128);
  g_assert_cmpuint (_px_similarity_pairs_capped () - capped, >=, 160 - 128);
  edges = _px_scored_pairs_edges (pairs);
  for (guint e = 0; e < edges->len; e++)
    {
      const PxScoredPair *pair = &g_array_index (edges, PxScoredPair, e);

      g_assert_cmpfloat (_px_scored_pairs_lookup (pairs, pair->i, pair->j), >, 0);
    }
  /* the same sentence word for word is kept */
  g_assert_cmpfloat (_px_scored_pairs_lookup (pairs, 0, 160), >, 0);
  for (guint d = 0; d < 8; d++)
    px_document_unref (sources[d]);
}

/* A passage of a long list (an inventory read out in one sentence) keeps
 * what its words give once merged, not the room reserved for them by the
 * word: held for every sentence at once, that room was most of the memory
 * of comparing long reports (500 KiB a source: over 1 GB). */
static void
test_similarity_long_passages_memory (void)
{
  static const char * const goods[] = { "rice", "flour", "lentils", "sugar", "salt", "beans" };
  PxDocument *sources[2];
  g_autoptr(GArray) passages = g_array_new (FALSE, FALSE, sizeof (PxPassage));
  PxSimilarity *similarity;
  guint n_tokens = 0;
  gsize before;
  double per_token;

  if (PX_TEST_ASAN)
    {
      g_test_skip ("AddressSanitizer keeps its own heap");
      return;
    }
  for (guint d = 0; d < 2; d++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint k = 0; k < 12; k++)
        {
          g_string_append (text, "The relief office in Carrow listed what reached its depot that week: ");
          for (guint i = 0; i < 120; i++)
            g_string_append_printf (text, "crate %u of %s at %u pounds, ", i + 1, goods[(i + k) % G_N_ELEMENTS (goods)],
                                    (i * 37 + k * 11 + d) % 900 + 40);
          g_string_append (text, "and one crate of tents that nobody weighed. ");
        }
      sources[d] = document (text->str);
      for (guint k = 0; k < sources[d]->sentences->len; k++)
        {
          PxPassage passage = { sources[d], k, 1, d };

          g_array_append_val (passages, passage);
          n_tokens += px_document_sentence (sources[d], k)->n_tokens;
        }
    }
  before = px_test_heap_in_use ();
  similarity = _px_similarity_new ((const PxPassage *) passages->data, passages->len);
  per_token = (double) (px_test_heap_in_use () - before) / n_tokens;
  g_test_message ("%u passages, %u tokens: %.1f bytes a token held by the similarity", passages->len, n_tokens,
                  per_token);
  /* 35 bytes packed (pack_passage()), 187 as analysed */
  g_assert_cmpfloat (per_token, <, 140);
  _px_similarity_free (similarity);
  for (guint d = 0; d < 2; d++)
    px_document_unref (sources[d]);
}


/* Sentences alike in every source (a made-up story of one template, the
 * same in each): every passage is a short sentence with many candidates.
 * What a passage holds once analysed is its words as merged, not the room
 * reserved for them nor GArray's powers of two; a pair kept of the
 * scoring takes its 8 bytes and its share of an edge, not a chunk's
 * power of two (hostile.sh's `identical`: 1.9 GB at 500 KiB a source). */
static void
test_similarity_alike_passages_memory (void)
{
  static const char * const names[] = { "Marta Kovalenko", "Ivan Petrov", "Ana Silva", "Li Wei", "Geneva" };
  static const char * const words[] = { "officials", "residents", "troops", "village", "bridge", "convoy",
                                        "hospital", "market", "prices", "court", "police", "roads" };
  PxDocument *sources[8];
  g_autoptr(GArray) passages = g_array_new (FALSE, FALSE, sizeof (PxPassage));
  PxSimilarity *similarity;
  PxScoredPairs *pairs;
  guint n_kept = 0;
  gsize before;
  double per_passage, per_pair;

  if (PX_TEST_ASAN)
    {
      g_test_skip ("AddressSanitizer keeps its own heap");
      return;
    }
  for (guint d = 0; d < G_N_ELEMENTS (sources); d++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GRand) rand = g_rand_new_with_seed (7);

      for (guint k = 0; k < 150; k++)
        g_string_append_printf (text, "%s said %d %s were %s in %s on March %d. ",
                                names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))],
                                g_rand_int_range (rand, 2, 900), words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                                words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                                names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))], g_rand_int_range (rand, 1, 28));
      sources[d] = document (text->str);
      for (guint k = 0; k < sources[d]->sentences->len; k++)
        {
          PxPassage passage = { sources[d], k, 1, d };

          g_array_append_val (passages, passage);
        }
    }
  before = px_test_heap_in_use ();
  similarity = _px_similarity_new ((const PxPassage *) passages->data, passages->len);
  per_passage = (double) (px_test_heap_in_use () - before) / passages->len;
  /* the pairs kept alone: none is at an edge above 1 */
  before = px_test_heap_in_use ();
  pairs = _px_similarity_score_candidates (similarity, 0.02, 1.01, NULL);
  for (guint i = 0; i < passages->len; i++)
    for (guint j = i + 1; j < passages->len; j++)
      n_kept += _px_scored_pairs_lookup (pairs, i, j) > 0;
  /* every sentence keeps at least its equals in the other sources */
  g_assert_cmpuint (n_kept, >=, passages->len * (G_N_ELEMENTS (sources) - 1) / 2);
  g_assert_cmpuint (_px_scored_pairs_edges (pairs)->len, ==, 0);
  per_pair = (double) (px_test_heap_in_use () - before) / n_kept;
  g_test_message ("%u passages: %.0f bytes a passage held by the similarity; %u pairs kept, %.1f bytes a pair",
                  passages->len, per_passage, n_kept, per_pair);
  /* 2,234 bytes a passage packed (pack_passage()), 3,327 as analysed;
   * 8.5 bytes a pair in blocks of their size (fixed_kept()), 12.2 in a
   * GArray a chunk */
  g_assert_cmpfloat (per_passage, <, 2800);
  g_assert_cmpfloat (per_pair, <, 11);
  _px_scored_pairs_free (pairs);
  _px_similarity_free (similarity);
  for (guint d = 0; d < G_N_ELEMENTS (sources); d++)
    px_document_unref (sources[d]);
}

/* Sentences alike in every source, every pair kept at the edge: the
 * scoring holds the pairs kept alone (8 bytes a pair), and the edges are
 * read from them only when asked for, so that px_align() gives back the
 * similarity's passages first and never holds both (hostile.sh's
 * `identical`: 1,146 MB at 500 KiB a source with both, 876 MB). */
static void
test_similarity_edges_after_scoring (void)
{
  static const char * const names[] = { "Marta Kovalenko", "Ivan Petrov", "Ana Silva", "Li Wei", "Geneva" };
  static const char * const words[] = { "officials", "residents", "troops", "village", "bridge", "convoy" };
  PxDocument *sources[6];
  g_autoptr(GArray) passages = g_array_new (FALSE, FALSE, sizeof (PxPassage));
  PxSimilarity *similarity;
  PxScoredPairs *pairs;
  GArray *edges;
  guint n_kept = 0;
  gsize before;
  double per_pair;

  if (PX_TEST_ASAN)
    {
      g_test_skip ("AddressSanitizer keeps its own heap");
      return;
    }
  for (guint d = 0; d < G_N_ELEMENTS (sources); d++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GRand) rand = g_rand_new_with_seed (11);

      for (guint k = 0; k < 120; k++)
        g_string_append_printf (text, "%s said %d %s were in %s on April %d. ",
                                names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))],
                                g_rand_int_range (rand, 2, 900), words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                                names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))], g_rand_int_range (rand, 1, 28));
      sources[d] = document (text->str);
      for (guint k = 0; k < sources[d]->sentences->len; k++)
        {
          PxPassage passage = { sources[d], k, 1, d };

          g_array_append_val (passages, passage);
        }
    }
  similarity = _px_similarity_new ((const PxPassage *) passages->data, passages->len);
  before = px_test_heap_in_use ();
  /* every pair kept is at the edge */
  pairs = _px_similarity_score_candidates (similarity, 0.02, 0.02, NULL);
  per_pair = (double) px_test_heap_in_use () - before;
  for (guint i = 0; i < passages->len; i++)
    for (guint j = i + 1; j < passages->len; j++)
      n_kept += _px_scored_pairs_lookup (pairs, i, j) > 0;
  g_assert_cmpuint (n_kept, >=, passages->len * (G_N_ELEMENTS (sources) - 1) / 2);
  per_pair /= n_kept;
  g_test_message ("%u pairs kept, all at the edge: %.1f bytes a pair held by the scoring", n_kept, per_pair);
  /* 8.5 bytes a pair; with the edges built as it scores, 12 more and
   * their array's power of two */
  g_assert_cmpfloat (per_pair, <, 11);
  /* the edges need nothing of the similarity */
  _px_similarity_free (similarity);
  edges = _px_scored_pairs_edges (pairs);
  g_assert_cmpuint (edges->len, ==, n_kept);
  for (guint e = 0; e < edges->len; e++)
    {
      const PxScoredPair *edge = &g_array_index (edges, PxScoredPair, e);

      g_assert_cmpuint (edge->i, <, edge->j);
      g_assert_cmpfloat (edge->probability, ==, _px_scored_pairs_lookup (pairs, edge->i, edge->j));
    }
  _px_scored_pairs_free (pairs);
  for (guint d = 0; d < G_N_ELEMENTS (sources); d++)
    px_document_unref (sources[d]);
}

static void
test_similarity_speaker_and_quote (void)
{
  double features[PX_N_FEATURES];

  features_of ("\"We will rebuild every school,\" Governor Lena Ortiz said.",
               "\"We will rebuild every school,\" Mayor Tom Baird said.", features);
  g_assert_cmpfloat (features[PX_FEATURE_QUOTE], >=, 0.3);
  g_assert_cmpfloat (features[PX_FEATURE_SPEAKER_CLASH], ==, 1);
}

/* A document of paragraphs; @published (ISO 8601) may be NULL. */
static PxDocument *
dated_document (const char * const *paragraphs,
                const char         *published)
{
  g_autoptr(PxArticle) article = px_article_new ("-");
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  for (guint p = 0; paragraphs[p] != NULL; p++)
    g_ptr_array_add (list, (gpointer) paragraphs[p]);
  px_article_set_paragraphs (article, list);
  article->published = g_strdup (published);
  return px_document_new (article);
}

/* Two articles dated weeks apart, with no day either dates a happening to
 * near one the other does, report two happenings of one kind: their
 * sentences are never linked, however alike ("checks into rehab" in May
 * and again in June). An article that recalls the first one's day, one
 * of the next day and one without a date stay linkable.
 */
static void
test_similarity_articles_apart (void)
{
  static const char * const may[] = { "Singer Mara Vell checks into rehab at a desert clinic",
                                      "May 3, 2013 | 8:20 am",
                                      "Mara Vell checked into the desert clinic on Thursday, her lawyer said.", NULL };
  static const char * const june[] = { "Singer Mara Vell leaves desert clinic, checks into rehab in Malibu",
                                       "The singer left the desert clinic on Wednesday, her lawyer said.", NULL };
  static const char * const recalled[] = { "Singer Mara Vell checks into rehab at a desert clinic",
                                           "The singer, who checked into the desert clinic on May 2, left it on Wednesday.",
                                           NULL };
  static const char * const undated[] = { "Singer Mara Vell checks into rehab at a desert clinic",
                                          "Mara Vell checked into the desert clinic, her lawyer said.", NULL };
  g_autoptr(PxDocument) a = dated_document (may, NULL);
  g_autoptr(PxDocument) b = dated_document (june, "2013-06-13T16:59:00Z");
  g_autoptr(PxDocument) c = dated_document (recalled, "2013-06-20T10:00:00Z");
  g_autoptr(PxDocument) d = dated_document (undated, NULL);
  g_autoptr(PxDocument) e = dated_document (june, "2013-05-04T09:00:00Z");
  PxPassage passages[] = { { a, 0, 1, 0 }, { b, 0, 1, 1 }, { c, 0, 1, 2 }, { d, 0, 1, 3 }, { e, 0, 1, 4 } };
  g_autoptr(PxSimilarity) similarity = _px_similarity_new (passages, G_N_ELEMENTS (passages));
  double features[PX_N_FEATURES];

  /* the first is dated by its stamp line, the others by their metadata */
  _px_similarity_features (similarity, 0, 1, features);
  g_assert_cmpfloat (features[PX_FEATURE_ARTICLES_APART], ==, 41);
  g_assert_cmpfloat (_px_similarity_setting ("apart_days", 0), >, 0);
  g_assert_cmpfloat (_px_similarity_setting ("apart_days", 0), <=, 41);
  g_assert_cmpfloat (_px_similarity_probability (similarity, 0, 1), ==, 0);
  /* "on May 2" is the first one's Thursday */
  _px_similarity_features (similarity, 0, 2, features);
  g_assert_cmpfloat (features[PX_FEATURE_ARTICLES_APART], ==, 0);
  g_assert_cmpfloat (_px_similarity_probability (similarity, 0, 2), >, 0.5);
  /* no date, or the next day's report */
  _px_similarity_features (similarity, 0, 3, features);
  g_assert_cmpfloat (features[PX_FEATURE_ARTICLES_APART], ==, 0);
  _px_similarity_features (similarity, 0, 4, features);
  g_assert_cmpfloat (features[PX_FEATURE_ARTICLES_APART], ==, 0);
  g_assert_cmpfloat (_px_similarity_probability (similarity, 0, 4), >, 0);
}

/* In a story of many reports, two sentences that each tell of a place
 * and whose places do not meet tell of two happenings of one kind ("in
 * Santiago" and "in Lima") and weigh less alike than the same sentences
 * told of a place and the country that holds it ("in Santiago" and "in
 * Chile"). Where someone comes from is no place of the happening.
 */
static void
test_similarity_places_apart (void)
{
#define RUBBLE "Rescue teams searched the rubble."
  static const char * const santiago[] = { "The quake destroyed dozens of homes in Santiago on Sunday.", RUBBLE, NULL };
  static const char * const lima[] = { "The quake destroyed dozens of homes in Lima on Sunday.", RUBBLE, NULL };
  static const char * const chile[] = { "The quake destroyed dozens of homes in Chile on Sunday.", RUBBLE, NULL };
  static const char * const from_lima[] = { "The quake destroyed the home of a family from Lima on Sunday.", RUBBLE,
                                            NULL };
  static const char * const from_santiago[] = { "The quake destroyed the home of a family from Santiago on Sunday.",
                                                RUBBLE, NULL };
  static const char * const from_chile[] = { "The quake destroyed the home of a family from Chile on Sunday.", RUBBLE,
                                             NULL };
#undef RUBBLE
  const char * const *texts[] = { santiago, lima, chile, from_lima, from_santiago, from_chile };
  PxDocument *documents[G_N_ELEMENTS (texts)];
  PxPassage passages[G_N_ELEMENTS (texts)];
  g_autoptr(PxSimilarity) similarity = NULL;
  double apart, meet;

  for (guint d = 0; d < G_N_ELEMENTS (texts); d++)
    {
      documents[d] = dated_document (texts[d], NULL);
      passages[d] = (PxPassage) { documents[d], 0, 1, d };
    }
  similarity = _px_similarity_new (passages, G_N_ELEMENTS (passages));
  /* a story of more reports than few_sources */
  g_assert_cmpfloat (_px_similarity_setting ("few_sources", 0), <, G_N_ELEMENTS (passages));
  g_assert_true (px_lexicon_place_within ("santiago", "chile"));
  g_assert_false (px_lexicon_place_within ("lima", "chile"));

  apart = _px_similarity_probability (similarity, 0, 1);
  meet = _px_similarity_probability (similarity, 0, 2);
  g_assert_cmpfloat (meet, >, 0.2);
  g_assert_cmpfloat (apart, <, 0.75 * meet);
  /* a family from Lima and one from Chile tell of no two happenings */
  apart = _px_similarity_probability (similarity, 3, 5);
  meet = _px_similarity_probability (similarity, 4, 5);
  g_assert_cmpfloat (meet, >, 0.2);
  g_assert_cmpfloat (apart, >, 0.75 * meet);

  g_clear_pointer (&similarity, _px_similarity_free);
  for (guint d = 0; d < G_N_ELEMENTS (texts); d++)
    px_document_unref (documents[d]);
}

/* The place of a happening is read where no "in" or "at" names it: a
 * country after "central" or "southern" ("struck central Chile", "struck
 * southern Peru"), a name after a noun of a place and "of" ("the coastal
 * town of Valparaiso"), a people's adjective before such a noun ("a
 * Peruvian town"). Two quakes told so of two countries weigh less alike
 * than a quake told of a country and of a town within it; a player's
 * nationality is no place of the happening.
 */
static void
test_similarity_places_named_apart (void)
{
#define AFTER "Rescue teams searched the rubble."
  static const char * const chile[] = { "A strong earthquake struck central Chile on Sunday, destroying dozens of homes.",
                                         AFTER, NULL };
  static const char * const peru[] = { "A strong earthquake struck southern Peru on Sunday, destroying dozens of homes.",
                                       AFTER, NULL };
  static const char * const coastal_town[] = {
    "A strong earthquake struck the coastal town of Valparaiso on Sunday, destroying dozens of homes.", AFTER, NULL };
  static const char * const peruvian_town[] = {
    "A strong earthquake struck a Peruvian town on Sunday, destroying dozens of homes.", AFTER, NULL };
  static const char * const chilean_player[] = {
    "A strong earthquake destroyed the home of a Chilean player on Sunday, his club said.", AFTER, NULL };
  static const char * const peruvian_player[] = {
    "A strong earthquake destroyed the home of a Peruvian player on Sunday, his club said.", AFTER, NULL };
  static const char * const chilean_striker[] = {
    "A strong earthquake destroyed the home of a Chilean striker on Sunday, his club said.", AFTER, NULL };
#undef AFTER
  const char * const *texts[] = { chile, peru, coastal_town, peruvian_town, chilean_player, peruvian_player,
                                  chilean_striker };
  PxDocument *documents[G_N_ELEMENTS (texts)];
  PxPassage passages[G_N_ELEMENTS (texts)];
  g_autoptr(PxSimilarity) similarity = NULL;
  double meet;

  for (guint d = 0; d < G_N_ELEMENTS (texts); d++)
    {
      documents[d] = dated_document (texts[d], NULL);
      passages[d] = (PxPassage) { documents[d], 0, 1, d };
    }
  similarity = _px_similarity_new (passages, G_N_ELEMENTS (passages));
  g_assert_cmpfloat (_px_similarity_setting ("few_sources", 0), <, G_N_ELEMENTS (passages));
  g_assert_true (px_lexicon_place_within ("valparaiso", "chile"));
  g_assert_cmpstr (px_lexicon_place_of_people ("peruvian"), ==, "peru");

  /* one quake: central Chile and a town within it */
  meet = _px_similarity_probability (similarity, 0, 2);
  g_assert_cmpfloat (meet, >, 0.2);
  /* two quakes: Chile and Peru, a town of Chile and a Peruvian one */
  g_assert_cmpfloat (_px_similarity_probability (similarity, 0, 1), <, 0.75 * meet);
  g_assert_cmpfloat (_px_similarity_probability (similarity, 2, 3), <, 0.75 * meet);
  /* a Chilean player and a Peruvian one: no two places */
  meet = _px_similarity_probability (similarity, 4, 6);
  g_assert_cmpfloat (meet, >, 0.2);
  g_assert_cmpfloat (_px_similarity_probability (similarity, 4, 5), >, 0.75 * meet);

  g_clear_pointer (&similarity, _px_similarity_free);
  for (guint d = 0; d < G_N_ELEMENTS (texts); d++)
    px_document_unref (documents[d]);
}

/* Copies of one sentence in several sources (wire copy, or one text in
 * every source) are scored alike: a pair of copies is scored once and its
 * probability recalled for the other copies' pairs. What is recalled is
 * what scoring the pair gives: not across articles dated weeks apart (the
 * last source, a copy published two months later, scores 0 against the
 * others), nor for a sentence that only a function word ("an" for "the")
 * or its speaker sets apart from a copy.
 */
static void
test_similarity_twins_recalled (void)
{
  static const char * const copy[] = { "The aid convoy reached the Drennick bridge at dawn on Monday, officials said.",
                                       "Residents of the village crossed the river to meet the trucks.",
                                       "The ministry said forty trucks carried flour, water and medicine.",
                                       NULL };
  static const char * const near[] = { "An aid convoy reached the Drennick bridge at dawn on Monday, officials said.",
                                       "Residents of the village crossed the river to meet the trucks.",
                                       "The ministry said forty trucks carried flour, water and medicine.",
                                       NULL };
  static const char * const speaker[] = { "The aid convoy reached the Drennick bridge at dawn on Monday, police said.",
                                          "Residents of the village crossed the river to meet the trucks.",
                                          "The ministry said forty trucks carried flour, water and medicine.",
                                          NULL };
  const char * const *texts[] = { copy, copy, near, copy, speaker, copy, copy };
  const char *published[] = { "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z", "2026-03-02T12:00:00Z",
                              "2026-03-03T09:00:00Z", "2026-03-02T13:00:00Z", "2026-03-02T14:00:00Z",
                              "2026-05-04T10:00:00Z" };
  guint late = G_N_ELEMENTS (texts) - 1;
  PxDocument *sources[G_N_ELEMENTS (texts)];
  PxPassage passages[3 * G_N_ELEMENTS (texts)];
  g_autoptr(PxSimilarity) similarity = NULL;
  g_autoptr(PxScoredPairs) pairs = NULL;
  guint n = 0, n_kept = 0;
  gsize recalled;

  for (guint d = 0; d < G_N_ELEMENTS (texts); d++)
    {
      sources[d] = dated_document (texts[d], published[d]);
      g_assert_cmpuint (sources[d]->sentences->len, ==, 3);
      for (guint k = 0; k < 3; k++)
        passages[n++] = (PxPassage) { sources[d], k, 1, d };
    }
  similarity = _px_similarity_new (passages, n);
  recalled = _px_similarity_pairs_recalled ();
  pairs = _px_similarity_score_candidates (similarity, 0, 1.1, NULL);
  g_assert_cmpuint (_px_similarity_pairs_recalled () - recalled, >, 0);
  /* what was kept is the pair's own */
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        float kept = _px_scored_pairs_lookup (pairs, i, j);

        if (kept > 0)
          {
            g_assert_cmpfloat (kept, ==, (float) _px_similarity_probability (similarity, i, j));
            n_kept++;
          }
      }
  g_assert_cmpuint (n_kept, >, 0);
  /* the copy of two months later scores 0 against the others, its own
   * copies too */
  for (guint i = 0; i < 3 * late; i++)
    {
      g_assert_cmpfloat (_px_similarity_probability (similarity, i, 3 * late + i % 3), ==, 0);
      g_assert_cmpfloat (_px_scored_pairs_lookup (pairs, i, 3 * late + i % 3), ==, 0);
    }
  /* which its copies in the others do not */
  g_assert_cmpfloat (_px_scored_pairs_lookup (pairs, 0, 3), >, 0);
  /* the near copies' first sentences score apart from the copies' */
  g_assert_cmpfloat (_px_similarity_probability (similarity, 0, 6), !=, _px_similarity_probability (similarity, 0, 3));
  g_assert_cmpfloat (_px_similarity_probability (similarity, 0, 12), !=, _px_similarity_probability (similarity, 0, 3));
  for (guint d = 0; d < G_N_ELEMENTS (texts); d++)
    px_document_unref (sources[d]);
}

static int
julian_day (int year,
            int month,
            int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* The day time @time of the one sentence @text dates a happening to, in
 * an article published on @published (a day and month only). */
static int
happening_day_of (const char *text,
                  guint       time,
                  const char *published)
{
  const char * const paragraphs[] = { text, NULL };
  g_autoptr(PxDocument) doc = dated_document (paragraphs, NULL);
  g_auto(GStrv) ymd = g_strsplit (published, "-", 3);
  int reference = julian_day (atoi (ymd[0]), atoi (ymd[1]), atoi (ymd[2]));

  g_assert_cmpuint (doc->sentences->len, ==, 1);
  return _px_similarity_happening_day (doc, 0, time, reference);
}

/* A day and month without a year go in the year that puts them nearest
 * the article's date, before or after it; a weekday is the last one on or
 * before the article's day unless the words before it tell of a day to
 * come.
 */
static void
test_similarity_happening_day (void)
{
  /* a day of last month in an article of early January stays last year's */
  g_assert_cmpint (happening_day_of ("The fire broke out at the depot on Dec. 28, officials said.", 0, "2026-01-05"),
                   ==, julian_day (2025, 12, 28));
  /* days to come are this year's, or next year's */
  g_assert_cmpint (happening_day_of ("Tomas Halvorsen is due in court Feb. 17 on the fraud charges.", 0, "2026-01-30"),
                   ==, julian_day (2026, 2, 17));
  g_assert_cmpint (happening_day_of ("The council will hold the vote on the harbour plan on March 3.", 0, "2026-02-10"),
                   ==, julian_day (2026, 3, 3));
  g_assert_cmpint (happening_day_of ("The new governor takes office on Jan. 3 in Harwick.", 0, "2026-12-20"),
                   ==, julian_day (2027, 1, 3));
  /* a clause that tells its way: a day gone, a day to come */
  g_assert_cmpint (happening_day_of ("The ranger was killed on June 24 while checking a trail.", 0, "2026-05-02"),
                   ==, julian_day (2025, 6, 24));
  g_assert_cmpint (happening_day_of ("Coach Brenner, fired on June 8, is suing the college.", 0, "2026-05-02"),
                   ==, julian_day (2025, 6, 8));
  g_assert_cmpint (happening_day_of ("A preliminary hearing will be held on October 28 in Fresno.", 0, "2026-05-02"),
                   ==, julian_day (2026, 10, 28));
  g_assert_cmpint (happening_day_of ("A trial date was set for November 30 in Fresno.", 0, "2026-05-02"),
                   ==, julian_day (2026, 11, 30));
  /* the article's own month */
  g_assert_cmpint (happening_day_of ("The plant closed on Jan. 2 after the spill.", 0, "2026-01-05"),
                   ==, julian_day (2026, 1, 2));

  /* weekdays in an article of Friday 3 May 2013: a day gone unless told */
  g_assert_cmpint (happening_day_of ("The union said Thursday that its members would strike.", 0, "2013-05-03"),
                   ==, julian_day (2013, 5, 2));
  g_assert_cmpint (happening_day_of ("The company said Thursday it will cut 500 jobs at the plant.", 0, "2013-05-03"),
                   ==, julian_day (2013, 5, 2));
  g_assert_cmpint (happening_day_of ("The union leaders will meet Monday to decide on the strike.", 0, "2013-05-03"),
                   ==, julian_day (2013, 5, 6));
  g_assert_cmpint (happening_day_of ("Daniel Reyes is scheduled to be sentenced Tuesday in Fresno.", 0, "2013-05-03"),
                   ==, julian_day (2013, 5, 7));
  g_assert_cmpint (happening_day_of ("The board meets again next Friday to pick a chief.", 0, "2013-05-03"),
                   ==, julian_day (2013, 5, 10));
  g_assert_cmpint (happening_day_of ("The suspect was arrested Sunday and will appear in court on Monday.", 0, "2013-05-03"),
                   ==, julian_day (2013, 4, 28));
  g_assert_cmpint (happening_day_of ("The suspect was arrested Sunday and will appear in court on Monday.", 1, "2013-05-03"),
                   ==, julian_day (2013, 5, 6));
  g_assert_cmpint (happening_day_of ("Rescuers could not reach the climbers due to fading light on Wednesday.", 0,
                                     "2013-05-03"), ==, julian_day (2013, 5, 1));
  g_assert_cmpint (happening_day_of ("The king is due to visit the flooded towns on Wednesday.", 0, "2013-05-03"),
                   ==, julian_day (2013, 5, 8));
  g_assert_cmpint (happening_day_of ("Reyes will be arraigned on Wednesday in Fresno.", 0, "2013-05-03"),
                   ==, julian_day (2013, 5, 8));
  /* no more than eight words are read back: a "will" further off tells
   * nothing of this day */
  g_assert_cmpint (happening_day_of ("The union will hold a long meeting about the pay offer in the hall on Wednesday.",
                                     0, "2013-05-03"), ==, julian_day (2013, 5, 1));
  /* a clause of its own: who will speak is not when it happened */
  g_assert_cmpint (happening_day_of ("The mayor, who will speak later, visited the flooded streets on Wednesday.", 0,
                                     "2013-05-03"), ==, julian_day (2013, 5, 1));
}

static void
test_similarity_position (void)
{
  g_autoptr(PxDocument) x = document ("Storm floods harbour homes. The storm flooded forty homes by the harbour on Sunday. "
                                      "The mayor opened two shelters. Schools stay closed.");
  g_autoptr(PxDocument) y = document ("Harbour homes flooded. Forty homes by the harbour were flooded on Sunday. "
                                      "Rail services were cut. Two shelters opened.");
  g_autoptr(PxSimilarity) similarity = NULL;
  GArray *passages = g_array_new (FALSE, FALSE, sizeof (PxPassage));
  double leads[PX_N_FEATURES], later[PX_N_FEATURES], whole[PX_N_FEATURES];

  for (guint d = 0; d < 2; d++)
    for (guint s = 0; s < 4; s++)
      {
        PxPassage passage = { d == 0 ? x : y, s, 1, d };

        g_array_append_val (passages, passage);
      }
  similarity = _px_similarity_new ((PxPassage *) passages->data, passages->len);

  /* outlets open with the main claim: both headlines */
  _px_similarity_features (similarity, 0, 4, leads);
  g_assert_cmpfloat (leads[PX_FEATURE_BOTH_FIRST], ==, 1);
  g_assert_cmpfloat (leads[PX_FEATURE_BOTH_TOP2], ==, 1);
  g_assert_cmpfloat (leads[PX_FEATURE_LATER], ==, 0);
  /* a lede and a fourth sentence */
  _px_similarity_features (similarity, 1, 7, later);
  g_assert_cmpfloat (later[PX_FEATURE_BOTH_FIRST], ==, 0);
  g_assert_cmpfloat (later[PX_FEATURE_BOTH_TOP2], ==, 0);
  g_assert_cmpfloat (later[PX_FEATURE_BOTH_TOP4], ==, 1);
  g_assert_cmpfloat (later[PX_FEATURE_EARLIER], ==, log1p (1));
  g_assert_cmpfloat (later[PX_FEATURE_LATER], ==, log1p (3));

  /* two texts on their own (a pair of MSRP sentences) have no place */
  features_of ("The quake hurt villagers.", "A temblor injured villagers.", whole);
  g_assert_cmpfloat (whole[PX_FEATURE_BOTH_FIRST] + whole[PX_FEATURE_BOTH_TOP2] + whole[PX_FEATURE_BOTH_TOP4], ==, 0);
  g_array_unref (passages);
}

static void
test_similarity_predicates (void)
{
  double same = probability ("Prosecutors charged Daniel Reyes with fraud on Monday.",
                             "Daniel Reyes was charged with fraud by prosecutors on Monday.");
  double other = probability ("Prosecutors charged Daniel Reyes with fraud on Monday.",
                              "Daniel Reyes was convicted of fraud on Monday.");

  /* the same names, another happening */
  g_assert_cmpfloat (same, >=, _px_similarity_setting ("edge", 0.5));
  g_assert_cmpfloat (other, <, same);
}

static void
test_similarity_quotation (void)
{
  /* a long identical quotation links two sentences framed differently */
  double quoted = probability ("\"We will not rest until every family has a safe home again,\" the governor told reporters.",
                               "The governor promised: \"We will not rest until every family has a safe home again.\"");

  g_assert_cmpfloat (quoted, >=, _px_similarity_setting ("edge", 0.5));
}

static void
test_similarity_quoted_function_words (void)
{
  double features[PX_N_FEATURES];

  /* a quotation of function words alone is still the same quotation */
  features_of ("\"Where were you last night?\" the officer asked the driver.",
               "The driver was asked twice: \"Where were you last night?\"", features);
  g_assert_cmpfloat (features[PX_FEATURE_QUOTE], >=, 0.5);
  /* two words in common say nothing */
  features_of ("\"We are ready for the storm,\" the mayor said.",
               "\"We are asking everyone to leave,\" the chief said.", features);
  g_assert_cmpfloat (features[PX_FEATURE_QUOTE], ==, 0);
}

static void
test_similarity_title_case (void)
{
  const char *sentence = "A storm flooded homes near the harbour and closed schools across the county.";
  double title[PX_N_FEATURES], plain[PX_N_FEATURES];

  /* a headline's capitals are no names: its words meet their synonyms as
   * the same words written in lower case do */
  features_of ("Storm Floods Harbour Homes, Shuts County Schools", sentence, title);
  features_of ("Storm floods harbour homes, shuts county schools", sentence, plain);
  g_assert_cmpfloat (fabs (title[PX_FEATURE_EXPANDED] - plain[PX_FEATURE_EXPANDED]), <, 0.05);
  g_assert_cmpfloat (title[PX_FEATURE_NAMES], ==, plain[PX_FEATURE_NAMES]);
  /* a name the lexicon does not know stays a name */
  features_of ("Mayor Tavrin Closes Harbour Schools", "Schools by the harbour were closed by Tavrin on Monday.", title);
  g_assert_cmpfloat (title[PX_FEATURE_NAMES], ==, 1);
}

static void
test_similarity_furniture (void)
{
  /* a byline shares its names with every sentence that names them */
  g_assert_cmpfloat (probability ("By Maria Keller and Tom Okafor",
                                  "Maria Keller and Tom Okafor reported from the harbour."),
                     ==, 0);
}

static PxArticle *
article (const char *input,
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
  return self;
}

/* Every sentence of a story's articles as a passage, as px_align() makes
 * them, the similarity over them and the articles' affinity (n x n).
 */
typedef struct
{
  GPtrArray *documents;
  GArray *passages;
  PxSimilarity *similarity;
  double *affinity;
} Story;

static void
story_free (Story *self)
{
  g_free (self->affinity);
  g_clear_pointer (&self->similarity, _px_similarity_free);
  g_array_unref (self->passages);
  g_ptr_array_unref (self->documents);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Story, story_free)

static Story *
story_new (PxArticle **articles,
           guint       n)
{
  Story *self = g_new0 (Story, 1);
  g_autofree guint *source = NULL;

  self->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) px_document_unref);
  self->passages = g_array_new (FALSE, FALSE, sizeof (PxPassage));
  for (guint d = 0; d < n; d++)
    {
      PxDocument *doc = px_document_new (articles[d]);

      g_ptr_array_add (self->documents, doc);
      for (guint s = 0; s < doc->sentences->len; s++)
        {
          PxPassage passage = { doc, s, 1, d };

          g_array_append_val (self->passages, passage);
        }
    }
  self->similarity = _px_similarity_new ((PxPassage *) self->passages->data, self->passages->len);
  source = g_new (guint, self->passages->len);
  for (guint i = 0; i < self->passages->len; i++)
    source[i] = g_array_index (self->passages, PxPassage, i).source;
  self->affinity = _px_align_article_affinity (self->similarity, source, self->passages->len, n);
  return self;
}

/* The sentence of @source holding @needle. */
static guint
find (PxComparison *comparison,
      guint         source,
      const char   *needle)
{
  for (guint i = 0; i < px_comparison_get_n_sentences (comparison, source); i++)
    {
      g_autofree char *text = px_comparison_dup_sentence_text (comparison, source, i);

      if (strstr (text, needle) != NULL)
        return i;
    }
  g_assert_not_reached ();
}

static gboolean
together (PxComparison *comparison,
          guint         a,
          const char   *in_a,
          guint         b,
          const char   *in_b)
{
  guint sa = find (comparison, a, in_a);
  guint sb = find (comparison, b, in_b);

  return px_comparison_get_sentence_claim (comparison, a, sa) == px_comparison_get_sentence_claim (comparison, b, sb);
}

static void
test_align_claims (void)
{
  PxArticle *articles[] = {
    article ("one.txt",
             "Prosecutors in Harbour County charged Daniel Reyes with fraud on Monday.",
             "Reyes, 52, ran a charity that collected $4 million for flood victims.",
             "A second charity he founded is being investigated by state auditors.",
             "By Maria Keller",
             NULL),
    article ("two.txt",
             "Daniel Reyes, the founder of a flood relief charity, was charged with fraud on Monday, prosecutors said.",
             "State auditors are also investigating another charity Reyes set up.",
             "Reyes was convicted of tax evasion in 2009.",
             "Maria Keller of the Harbour Gazette first reported the missing donations.",
             "READ MORE: Flood victims still wait for help",
             NULL),
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = px_compare (articles, 2, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (together (comparison, 0, "charged Daniel Reyes", 1, "was charged with fraud"));
  g_assert_true (together (comparison, 0, "second charity", 1, "another charity"));
  /* the same man, another happening */
  g_assert_false (together (comparison, 0, "charged Daniel Reyes", 1, "convicted of tax evasion"));
  /* furniture is never a claim shared with anyone */
  g_assert_false (together (comparison, 0, "By Maria Keller", 1, "READ MORE"));
  g_assert_false (together (comparison, 0, "By Maria Keller", 1, "Maria Keller of the"));
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
}

/* A story of at most "few_sources" reports is clustered with the few_*
 * thresholds, a larger one with the others. Run in a child process each
 * (the model is read once a process): the model in use with every few_*
 * threshold above any probability, and "few_sources" 4 (two reports are
 * few: nothing joins) or 1 (two reports are many: the ordinary thresholds
 * join the two tellings of the verdict).
 */
static void
few_sources_child (guint    few_sources,
                   gboolean joined)
{
  g_autoptr(GBytes) shipped = g_resources_lookup_data ("/io/github/parallaxnews/Parallax/lexicon/similarity.txt",
                                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = g_strsplit (g_bytes_get_data (shipped, NULL), "\n", -1);
  g_autoptr(GString) model = g_string_new (NULL);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "px-test-few-XXXXXX.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  PxArticle *articles[2];
  int fd;

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], "setting few_"))
      g_string_append_printf (model, "%s\n", lines[i]);
  g_string_append_printf (model, "setting few_sources %u\nsetting few_edge 1.5\nsetting few_link 1.5\n"
                                 "setting few_same_source 1.5\n", few_sources);
  fd = g_mkstemp (path);
  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_assert_true (g_file_set_contents (path, model->str, -1, &error));
  g_setenv ("PARALLAX_SIMILARITY_MODEL", path, TRUE);
  articles[0] = article ("one.txt",
                         "A jury in Harbour County found the former mayor guilty of bribery on Thursday after a two-week trial.",
                         NULL);
  articles[1] = article ("two.txt",
                         "A Harbour County jury found the former mayor guilty of bribery on Thursday after a two-week trial.",
                         NULL);
  comparison = px_compare (articles, 2, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (together (comparison, 0, "found the former mayor", 1, "found the former mayor"), ==, joined);
  g_unlink (path);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
}

/* In a story of more than "few_sources" reports the articles' cosine is
 * scaled by MANY_ARTICLE_AFFINITY (0.125), in a smaller one by
 * ARTICLE_AFFINITY (0.2). Five reports of one warehouse fire: the second
 * (the blaze and the crews) and the fourth (the smoke over the town) meet
 * at a cosine between the two, so they link freely as two reports of many
 * (factor 1) and are scaled down a little as two of few; the fifth, the
 * owner's insurance, stays far from the first either way. Each in a child
 * process ("few_sources" 1, then 5: the model is read once a process).
 */
static void
many_scale_child (guint few_sources)
{
  g_autoptr(GBytes) shipped = g_resources_lookup_data ("/io/github/parallaxnews/Parallax/lexicon/similarity.txt",
                                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = g_strsplit (g_bytes_get_data (shipped, NULL), "\n", -1);
  g_autoptr(GString) model = g_string_new (NULL);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "px-test-scale-XXXXXX.txt", NULL);
  g_autoptr(GError) error = NULL;
  PxArticle *articles[] = {
    article ("fire-1.txt",
             "Fire destroys warehouse in Dunmere, two workers hurt",
             "A fire destroyed a furniture warehouse on the Dunmere industrial estate on Sunday night, injuring two workers.",
             "Firefighters from three stations fought the blaze for six hours before bringing it under control.",
             "The two workers were treated in hospital for smoke inhalation and later released.",
             NULL),
    article ("fire-2.txt",
             "Two hurt as blaze guts Dunmere furniture warehouse",
             "Two workers were hurt when a blaze gutted a furniture warehouse in Dunmere on Sunday night.",
             "Crews from three fire stations took six hours to control the fire.",
             NULL),
    article ("fire-3.txt",
             "Dunmere warehouse fire under control after six hours",
             "Firefighters brought a fire at a Dunmere furniture warehouse under control after six hours on Sunday night.",
             "Two workers were taken to hospital with smoke inhalation.",
             NULL),
    article ("fire-4.txt",
             "Smoke over Dunmere as warehouse burns",
             "Thick smoke drifted over Dunmere as a furniture warehouse burned on Sunday night.",
             "Residents were told to keep windows closed, and two workers were treated for smoke inhalation.",
             NULL),
    article ("fire-5.txt",
             "Warehouse owner says insurance will cover rebuilding",
             "The owner of the burned warehouse said on Monday that its insurance would cover the cost of rebuilding.",
             "The company employs forty people, who will be paid while the site is cleared, he said.",
             "Investigators have not yet said what started the fire.",
             NULL),
  };
  guint n = G_N_ELEMENTS (articles);
  g_autoptr(Story) story = NULL;
  int fd;

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], "setting few_sources"))
      g_string_append_printf (model, "%s\n", lines[i]);
  g_string_append_printf (model, "setting few_sources %u\n", few_sources);
  fd = g_mkstemp (path);
  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_assert_true (g_file_set_contents (path, model->str, -1, &error));
  g_setenv ("PARALLAX_SIMILARITY_MODEL", path, TRUE);
  story = story_new (articles, n);
  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      g_test_message ("few_sources %u: affinity %u %u: %.3f", few_sources, a, b, story->affinity[a * n + b]);
  if (few_sources < n)
    g_assert_cmpfloat (story->affinity[1 * n + 3], ==, 1.0);
  else
    {
      g_assert_cmpfloat (story->affinity[1 * n + 3], >, 0.8);
      g_assert_cmpfloat (story->affinity[1 * n + 3], <, 0.99);
    }
  g_assert_cmpfloat (story->affinity[0 * n + 4], <, 0.3);
  g_unlink (path);
  for (guint i = 0; i < n; i++)
    px_article_unref (articles[i]);
}

static void
test_align_many_scale (void)
{
  if (g_test_subprocess ())
    {
      many_scale_child (g_str_equal (g_getenv ("PX_TEST_FEW_SOURCES"), "5") ? 5 : 1);
      return;
    }
  for (guint few = 1; few <= 5; few += 4)
    {
      g_autofree char *value = g_strdup_printf ("%u", few);

      g_setenv ("PX_TEST_FEW_SOURCES", value, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR | G_TEST_SUBPROCESS_INHERIT_STDOUT);
      g_test_trap_assert_passed ();
    }
  g_unsetenv ("PX_TEST_FEW_SOURCES");
}

static void
test_align_few_sources (void)
{
  if (g_test_subprocess ())
    {
      few_sources_child (g_str_equal (g_getenv ("PX_TEST_FEW_SOURCES"), "4") ? 4 : 1,
                         !g_str_equal (g_getenv ("PX_TEST_FEW_SOURCES"), "4"));
      return;
    }
  for (guint few = 1; few <= 4; few += 3)
    {
      g_autofree char *value = g_strdup_printf ("%u", few);

      /* the child inherits the environment */
      g_setenv ("PX_TEST_FEW_SOURCES", value, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
    }
  g_unsetenv ("PX_TEST_FEW_SOURCES");
}

/* Two falls of one weekend, each told by two outlets: the four headlines
 * share most of their words, yet the articles as wholes tell the falls
 * apart (who fell, where, how, who helped), so each headline is one claim
 * with its own fall's only.
 */
static void
test_align_two_happenings (void)
{
  PxArticle *articles[] = {
    article ("kenley-1.txt",
             "British climber dies in fall on Mount Kenley",
             "A British climber fell 600 metres to his death on Mount Kenley on Saturday, mountain rescue officials said.",
             "The 34-year-old from Leeds was descending the north ridge with two friends when a snow bridge gave way.",
             "Rescuers from Glenmore recovered his body by helicopter on Sunday morning.",
             "His friends were treated for shock at Glenmore hospital.",
             NULL),
    article ("kenley-2.txt",
             "Climber from Leeds killed in fall on Mount Kenley",
             "A climber from Leeds died on Saturday after a snow bridge collapsed under him on the north ridge of Mount Kenley.",
             "The 34-year-old had been climbing with two friends, who raised the alarm.",
             "A helicopter crew from Glenmore brought his body down on Sunday morning.",
             "Glenmore hospital said the two friends were treated for shock.",
             NULL),
    article ("arvon-1.txt",
             "Australian climber dies in fall on Mount Arvon",
             "An Australian climber died after falling into a crevasse on Mount Arvon on Friday, police said.",
             "The woman, a 28-year-old nurse from Perth, was roped to a guide who survived with a broken leg.",
             "Police in Talbridge said the guide was airlifted to Talbridge general hospital.",
             "The Arvon glacier has been closed to hikers until the crevasse is marked.",
             NULL),
    article ("arvon-2.txt",
             "Climber from Perth killed in crevasse fall on Mount Arvon",
             "A 28-year-old nurse from Perth was killed on Friday when she fell into a crevasse on the Arvon glacier.",
             "Her guide, who was roped to her, broke a leg and was flown to hospital in Talbridge.",
             "Talbridge police have closed the glacier to hikers until the crevasse is marked.",
             NULL),
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = px_compare (articles, G_N_ELEMENTS (articles), NULL, &error);

  g_assert_no_error (error);
  g_assert_true (together (comparison, 0, "British climber dies", 1, "Climber from Leeds killed"));
  g_assert_true (together (comparison, 2, "Australian climber dies", 3, "Climber from Perth killed"));
  g_assert_true (together (comparison, 0, "Rescuers from Glenmore", 1, "helicopter crew from Glenmore"));
  /* the other fall */
  g_assert_false (together (comparison, 0, "British climber dies", 2, "Australian climber dies"));
  g_assert_false (together (comparison, 1, "Climber from Leeds killed", 3, "Climber from Perth killed"));
  g_assert_false (together (comparison, 0, "fell 600 metres", 2, "falling into a crevasse"));
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
}

/* Two earthquakes of one night, each told by three outlets: the headlines
 * and leads share the story's words, but each quake's reports are about
 * its own town and region, which the other quake's never name: their
 * articles are linked less than their cosine alone would allow. A witness
 * one outlet alone names twice is no such evidence.
 */
static void
test_align_foreign_names (void)
{
  PxArticle *articles[] = {
    article ("sorenza-1.txt",
             "Strong earthquake kills at least nine in Sorenza",
             "A magnitude 6.1 earthquake struck the hill town of Sorenza in the Valdino region early on Tuesday, killing at least nine people.",
             "Rescuers in Sorenza pulled two children alive from a collapsed school, the Valdino civil protection agency said.",
             "\"The whole street shook and then the church tower fell,\" said Lucia Ferrante, a baker.",
             "Lucia Ferrante said her family slept in their car.",
             NULL),
    article ("sorenza-2.txt",
             "Quake in Sorenza leaves nine dead and dozens hurt",
             "At least nine people died when an earthquake of magnitude 6.1 hit Sorenza before dawn on Tuesday.",
             "The civil protection agency of Valdino said rescuers were still searching the rubble in Sorenza.",
             "Two children were rescued from the ruins of the town's school.",
             NULL),
    article ("sorenza-3.txt",
             "Nine killed as earthquake hits Sorenza",
             "An earthquake killed at least nine people in the town of Sorenza on Tuesday morning.",
             "Officials in Valdino said schools across the region would stay closed while Sorenza's buildings are inspected.",
             NULL),
    article ("karuk-1.txt",
             "Strong earthquake kills at least six in Karuk valley",
             "A magnitude 5.8 earthquake struck villages of the Karuk valley in Meshar province late on Tuesday, killing at least six people.",
             "Rescuers in the Karuk valley dug through collapsed mud-brick houses, the Meshar disaster agency said.",
             NULL),
    article ("karuk-2.txt",
             "Quake in Karuk valley leaves six dead",
             "At least six people died when an earthquake of magnitude 5.8 hit the Karuk valley on Tuesday night.",
             "The disaster agency of Meshar said rescuers were still searching collapsed homes in the Karuk valley.",
             NULL),
    article ("karuk-3.txt",
             "Six killed as earthquake hits Karuk valley",
             "An earthquake killed at least six people in the Karuk valley on Tuesday night.",
             "Officials in Meshar said tents were sent to the Karuk valley for families whose homes fell.",
             NULL),
  };
  guint n = G_N_ELEMENTS (articles);
  g_autoptr(Story) story = story_new (articles, n);
  const double *affinity = story->affinity;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = px_compare (articles, n, NULL, &error);

  g_assert_no_error (error);

  /* one quake: the witness only the first outlet names changes nothing */
  g_assert_cmpfloat (affinity[0 * n + 1], ==, 1.0);
  g_assert_cmpfloat (affinity[3 * n + 4], ==, 1.0);
  /* the other quake: every name either is about is foreign to the other
   * (but the first outlet's witness, whom no one else names) */
  for (guint a = 0; a < 3; a++)
    for (guint b = 3; b < n; b++)
      {
        g_test_message ("affinity %u %u: %.3f", a, b, affinity[a * n + b]);
        g_assert_cmpfloat (affinity[a * n + b], <=, (a == 0 ? 1 - 0.7 * 5 / 6. : 0.3) + 1e-9);
      }

  g_assert_true (together (comparison, 0, "Strong earthquake kills", 1, "Quake in Sorenza"));
  g_assert_true (together (comparison, 3, "Strong earthquake kills", 4, "Quake in Karuk"));
  g_assert_false (together (comparison, 0, "Strong earthquake kills", 3, "Strong earthquake kills"));
  g_assert_false (together (comparison, 1, "Quake in Sorenza", 4, "Quake in Karuk"));
  g_assert_false (together (comparison, 2, "Nine killed", 5, "Six killed"));
  for (guint i = 0; i < n; i++)
    px_article_unref (articles[i]);
}

/* An @n square of factors: 1 within each block of @blocks (sizes, in
 * order, summing to @n), @between across them. */
static double *
blocks_of (guint        n,
           const guint *blocks,
           double       between)
{
  double *affinity = g_new (double, n * n);
  guint *block = g_new (guint, n);

  for (guint b = 0, d = 0; d < n; b++)
    for (guint k = 0; k < blocks[b]; k++)
      block[d++] = b;
  for (guint a = 0; a < n; a++)
    for (guint b = 0; b < n; b++)
      affinity[a * n + b] = block[a] == block[b] ? 1.0 : between;
  g_free (block);
  return affinity;
}

/* Articles fall into happenings as wholes: two groups of four outlets each
 * are two happenings and the factor between them is halved; groups of three
 * outlets, or two angles on one happening that are still alike on the
 * whole, are left as they are.
 */
static void
test_align_happenings_groups (void)
{
  const guint four_four[] = { 4, 4 };
  const guint three_three[] = { 3, 3 };
  const guint four_four_one[] = { 4, 4, 1 };
  g_autofree double *two = blocks_of (8, four_four, 0.3);
  g_autofree double *small = blocks_of (6, three_three, 0.3);
  g_autofree double *angles = blocks_of (8, four_four, 0.6);
  g_autofree double *stray = blocks_of (9, four_four_one, 0.3);

  _px_align_happenings (8, 0.5, two);
  g_assert_cmpfloat_with_epsilon (two[0 * 8 + 1], 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (two[4 * 8 + 7], 1.0, 1e-12);
  for (guint a = 0; a < 4; a++)
    for (guint b = 4; b < 8; b++)
      {
        g_assert_cmpfloat_with_epsilon (two[a * 8 + b], 0.15, 1e-12);
        g_assert_cmpfloat_with_epsilon (two[b * 8 + a], 0.15, 1e-12);
      }

  /* three outlets a side: no happening of its own */
  _px_align_happenings (6, 0.5, small);
  g_assert_cmpfloat_with_epsilon (small[0 * 6 + 5], 0.3, 1e-12);
  /* two angles on one happening, alike on the whole (0.6) */
  _px_align_happenings (8, 0.5, angles);
  g_assert_cmpfloat_with_epsilon (angles[0 * 8 + 7], 0.6, 1e-12);
  /* one article apart alone is no happening: only the two groups part */
  _px_align_happenings (9, 0.5, stray);
  g_assert_cmpfloat_with_epsilon (stray[0 * 9 + 8], 0.3, 1e-12);
  g_assert_cmpfloat_with_epsilon (stray[4 * 9 + 8], 0.3, 1e-12);
  g_assert_cmpfloat_with_epsilon (stray[0 * 9 + 4], 0.15, 1e-12);
}

/* Two happenings of one kind in a story of many reports: four outlets
 * tell of one running back put on injured reserve, a fifth of another
 * player of the same team put there the same day. The four leads, each
 * worded its own way, are one claim; the fifth report's lead, about
 * someone the other reports never name (nor it theirs), is not in it.
 */
static void
test_align_strangers_apart (void)
{
  PxArticle *articles[] = {
    article ("harmon-1.txt",
             "Hawks put Dale Harmon on injured reserve",
             "The Ridgeport Hawks placed running back Dale Harmon on injured reserve on Wednesday because of a sprained knee.",
             "Harmon hurt the knee in Sunday's loss and will miss the last two games of the season.",
             NULL),
    article ("harmon-2.txt",
             "Harmon's season over",
             "Running back Dale Harmon was placed on injured reserve by the Ridgeport Hawks on Wednesday with a sprained knee.",
             "Harmon, who was hurt on Sunday, will miss the final two games.",
             NULL),
    article ("harmon-3.txt",
             "Hawks lose Harmon for the season",
             "The Hawks have put Dale Harmon on injured reserve, ending the running back's season.",
             "Harmon sprained his knee on Sunday and will sit out the last two games.",
             NULL),
    article ("harmon-4.txt",
             "Knee sprain ends Harmon's year",
             "Dale Harmon's season is over after the Ridgeport Hawks placed the running back on injured reserve on Wednesday.",
             "Harmon sprained his knee against the Falcons on Sunday.",
             NULL),
    article ("moss.txt",
             "Hawks lose Reggie Moss to broken ankle",
             "Reggie Moss, the Ridgeport Hawks' backup running back, went on injured reserve on Wednesday after breaking his ankle in practice.",
             "Moss will miss the playoffs.",
             NULL),
  };
  static const char * const leads[] = { "placed running back Dale Harmon", "Running back Dale Harmon was",
                                        "have put Dale Harmon", "season is over" };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = px_compare (articles, G_N_ELEMENTS (articles), NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (_px_similarity_setting ("few_sources", 0), <, G_N_ELEMENTS (articles));
  for (guint a = 1; a < G_N_ELEMENTS (leads); a++)
    g_assert_true (together (comparison, 0, leads[0], a, leads[a]));
  for (guint a = 0; a < G_N_ELEMENTS (leads); a++)
    g_assert_false (together (comparison, a, leads[a], 4, "Reggie Moss, the"));
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
}

/* Two ferry sinkings of one week, each told by four outlets: the headlines
 * share the kind's words ("ferry sinks", "passengers missing"), but each
 * sinking's articles are alike as wholes and unlike the other's, so the
 * story's articles fall into two happenings and their headlines stay
 * apart.
 */
static void
test_align_two_sinkings (void)
{
  PxArticle *articles[] = {
    article ("lake-1.txt",
             "Ferry sinks on Lake Orvin, dozens of passengers missing",
             "A crowded ferry capsized on Lake Orvin near the port of Bessa on Monday, leaving dozens of passengers missing, police said.",
             "The boat was carrying about 120 people from Bessa to the island of Tamu when a storm hit.",
             "Divers from Bessa recovered eleven bodies by nightfall.",
             NULL),
    article ("lake-2.txt",
             "Dozens missing after ferry sinks on Lake Orvin",
             "Dozens of passengers were missing after a ferry bound for Tamu island sank in a storm on Lake Orvin on Monday.",
             "Police in Bessa said about 120 people were on board.",
             "Eleven bodies were pulled from the lake near Bessa.",
             NULL),
    article ("lake-3.txt",
             "Lake Orvin ferry capsizes in storm",
             "A ferry with about 120 people on board capsized in a storm on Lake Orvin on Monday.",
             "Rescuers in Bessa said eleven bodies had been found and dozens were missing.",
             "The ferry was sailing from Bessa to Tamu.",
             NULL),
    article ("lake-4.txt",
             "Eleven dead as Lake Orvin ferry sinks",
             "Eleven people died and dozens were missing after an overloaded ferry sank on Lake Orvin.",
             "The boat had left Bessa for Tamu island with about 120 passengers, police said.",
             NULL),
    article ("coast-1.txt",
             "Ferry sinks off Cape Marrow, passengers missing",
             "A ferry sank off Cape Marrow on Thursday after hitting rocks in heavy fog, and eight passengers were missing, the coast guard said.",
             "The vessel was carrying 64 people from Port Ellin to the Salt Islands.",
             "Coast guard boats from Port Ellin rescued 56 people from the water.",
             NULL),
    article ("coast-2.txt",
             "Eight missing after ferry sinks off Cape Marrow",
             "Eight passengers were missing after a ferry from Port Ellin struck rocks in fog and sank off Cape Marrow on Thursday.",
             "The coast guard said 56 of the 64 people on board were rescued.",
             NULL),
    article ("coast-3.txt",
             "Cape Marrow ferry hits rocks and sinks",
             "A ferry bound for the Salt Islands hit rocks off Cape Marrow in thick fog on Thursday and went down.",
             "The Port Ellin coast guard pulled 56 people from the sea and was searching for eight more.",
             NULL),
    article ("coast-4.txt",
             "Fog blamed as ferry sinks off Cape Marrow",
             "Heavy fog was blamed after a ferry carrying 64 people sank off Cape Marrow on Thursday.",
             "Eight passengers were still missing, the coast guard in Port Ellin said.",
             NULL),
  };
  guint n = G_N_ELEMENTS (articles);
  g_autoptr(Story) story = story_new (articles, n);
  const double *affinity = story->affinity;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = px_compare (articles, n, NULL, &error);

  g_assert_no_error (error);
  for (guint a = 0; a < n; a++)
    for (guint b = 0; b < n; b++)
      g_test_message ("affinity %u %u: %.3f", a, b, affinity[a * n + b]);

  /* one sinking's articles keep their factor, the other's are halved */
  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      {
        if ((a < 4) == (b < 4))
          g_assert_cmpfloat (affinity[a * n + b], >=, 0.5);
        else
          g_assert_cmpfloat (affinity[a * n + b], <=, 0.25);
      }

  g_assert_true (together (comparison, 0, "Ferry sinks on Lake Orvin", 1, "Dozens missing after ferry sinks"));
  g_assert_true (together (comparison, 4, "Ferry sinks off Cape Marrow", 5, "Eight missing after ferry sinks"));
  /* the other sinking */
  g_assert_false (together (comparison, 0, "Ferry sinks on Lake Orvin", 4, "Ferry sinks off Cape Marrow"));
  g_assert_false (together (comparison, 1, "Dozens missing after ferry sinks", 5, "Eight missing after ferry sinks"));
  for (guint i = 0; i < n; i++)
    px_article_unref (articles[i]);
}

/* The probability px_align() gives sentence @sa of @a and sentence @sb of
 * @b, every sentence of @articles being a passage as there: the
 * similarity's, scaled by how alike the two articles are as wholes.
 */
static double
story_probability (PxArticle  **articles,
                   guint        n_articles,
                   guint        a,
                   guint        sa,
                   guint        b,
                   guint        sb)
{
  g_autoptr(Story) story = story_new (articles, n_articles);
  guint ia = 0, ib = 0;

  for (guint i = 0; i < story->passages->len; i++)
    {
      const PxPassage *passage = &g_array_index (story->passages, PxPassage, i);

      if (passage->source == a && passage->first == sa)
        ia = i;
      if (passage->source == b && passage->first == sb)
        ib = i;
    }
  return _px_similarity_probability (story->similarity, ia, ib) * story->affinity[a * n_articles + b];
}

/* A sentence no claim has taken joins the one it links to best even on a
 * pair below the edge that two claims need to be joined: here two outlets
 * say that the fire's cause is unknown in words they hardly share.
 */
static void
test_align_lone_sentence (void)
{
  PxArticle *articles[] = {
    article ("one.txt",
             "A fire destroyed a furniture warehouse in Millbrook on Tuesday night.",
             "About 60 firefighters fought the blaze for five hours.",
             "The owner, Carla Benson, said the building was insured.",
             "Fire investigators have not yet determined what started it.",
             NULL),
    article ("two.txt",
             "Flames tore through a Millbrook furniture warehouse late on Tuesday.",
             "Sixty firefighters battled the flames until early Wednesday.",
             "Nobody was inside when the roof collapsed, police said.",
             "Neighbours were told to keep their windows shut because of the smoke.",
             NULL),
    article ("three.txt",
             "A Millbrook warehouse full of sofas and beds burned down on Tuesday.",
             "The owner, Carla Benson, said no one was hurt.",
             "Residents nearby were asked to close their windows against the smoke.",
             "Its cause was under investigation by county officials.",
             NULL),
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = px_compare (articles, G_N_ELEMENTS (articles), NULL, &error);
  double p = story_probability (articles, G_N_ELEMENTS (articles), 0, 3, 2, 3);

  g_assert_no_error (error);
  /* the case this test is about (a story of three reports: the thresholds
   * of stories of few reports); after a refit of the model, pick a pair
   * that is again between the thresholds */
  g_assert_cmpfloat (p, >=, _px_similarity_setting ("few_link", 0.15));
  g_assert_cmpfloat (p, <, _px_similarity_setting ("few_edge", 0.3));
  g_assert_true (together (comparison, 0, "have not yet determined", 2, "Its cause"));
  g_assert_true (together (comparison, 0, "destroyed a furniture", 2, "full of sofas"));
  g_assert_false (together (comparison, 0, "have not yet determined", 1, "Nobody was inside"));
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
}

/* A story of few reports has pair weights of its own (fitted on
 * three-outlet keys, tools/fit-few-similarity.py): two outlets' sentences
 * telling one fact in other words link more strongly there than the same
 * two sentences do in a story of more than few_sources reports, where the
 * weights of every story apply. The three reports of a lock's closure,
 * then the same three beside three reports of other news.
 */
static void
test_align_few_weights (void)
{
  PxArticle *articles[] = {
    article ("one.txt",
             "The Harrow Lock on the Teme canal will stay shut until the spring.",
             "Engineers found a crack in the lower gate during a routine check.",
             NULL),
    article ("two.txt",
             "Boats cannot pass the Harrow Lock before April, the waterways trust said.",
             "Inspectors found a crack in one of its gates last week.",
             NULL),
    article ("three.txt",
             "The canal's Harrow Lock is closed for the winter.",
             "The trust said repairs to a cracked gate would take months.",
             NULL),
    article ("four.txt",
             "A new bakery opened on Castle Street in Ledbury on Saturday.",
             "Its owner trained in Lyon for six years.",
             NULL),
    article ("five.txt",
             "Ledbury's library will open on Sundays from next month.",
             "The council found the money in its culture budget.",
             NULL),
    article ("six.txt",
             "The Ledbury town band won a regional prize for brass ensembles.",
             "Its conductor has led the band for twenty years.",
             NULL),
  };
  double few = story_probability (articles, 3, 0, 1, 1, 1);
  double many = story_probability (articles, G_N_ELEMENTS (articles), 0, 1, 1, 1);

  g_test_message ("the gate's crack, three reports: %.4f; six reports: %.4f", few, many);
  g_assert_cmpuint (3, <=, (guint) _px_similarity_setting ("few_sources", 0));
  g_assert_cmpuint (G_N_ELEMENTS (articles), >, (guint) _px_similarity_setting ("few_sources", 0));
  g_assert_cmpfloat (few, >, many + 0.1);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
}

/* The story of /align/claims/neighbour and /align/claims/neighbour-apart:
 * three reports of a second bomb found outside a bank, one.txt's second
 * sentence @experts (the army's specialists) worded by each test.
 */
static void
bomb_story (PxArticle  *articles[3],
            const char *experts)
{
  articles[0] = article ("one.txt",
                         "Police found a second bomb outside the Harbour Savings bank in Kelvport on Friday morning.",
                         experts,
                         "Shops on the high street were closed for most of the day.",
                         "The bank's manager, Ellen Marsh, thanked the officers for their quick work.",
                         NULL);
  articles[1] = article ("two.txt",
                         "A second bomb left outside a Kelvport bank on Friday failed to go off and was defused by army experts.",
                         "The first device exploded at a post office on Wednesday, injuring two workers.",
                         "Detectives have not said whether the two bombs are linked.",
                         NULL);
  articles[2] = article ("three.txt",
                         "Officers discovered another bomb beside the Harbour Savings branch in Kelvport on Friday.",
                         "The street outside the branch stayed closed until the afternoon.",
                         "The first went off at a post office on Wednesday and hurt two members of staff.",
                         "Police asked anyone who saw a parked van near the bank to come forward.",
                         NULL);
}

/* One outlet tells in two sentences what another tells in one: two.txt's
 * "failed to go off and was defused by army experts" holds one.txt's
 * finding of the bomb and its next sentence, the specialists sent for. The
 * second sentence's link to two.txt's is below the edge, and its mean
 * link to the whole claim (three.txt's sentences tell the finding only)
 * is below "link" (though not under FEW_NEIGHBOUR_LINK, 0.12: half its
 * link to two.txt's, three.txt's being no candidate): without the
 * neighbour it stays alone. Beside it, in
 * the claim, is its own report's sentence before it, which two.txt's
 * sentence links to at the edge or above: it joins that claim. The shops'
 * sentence after it has no such link and stays out.
 */
static void
test_align_neighbour (void)
{
  PxArticle *articles[3];
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  double edge = _px_similarity_setting ("few_edge", 0.25), link = _px_similarity_setting ("few_link", 0.15);
  double halves;

  bomb_story (articles, "Specialists from the army came at once.");
  comparison = px_compare (articles, G_N_ELEMENTS (articles), NULL, &error);
  halves = story_probability (articles, G_N_ELEMENTS (articles), 0, 1, 1, 0);

  g_assert_no_error (error);
  /* the case this test is about; after a refit of the model, reword the
   * experts' sentence until it is again between the thresholds, and its
   * link to two.txt's at 0.24 or more (twice FEW_NEIGHBOUR_LINK) */
  g_test_message ("experts' sentence to two.txt's: %.4f", halves);
  g_assert_cmpfloat (halves, >=, link);
  g_assert_cmpfloat (halves, <, edge);
  g_assert_cmpfloat (halves, >=, 2 * 0.12);
  g_assert_cmpfloat (story_probability (articles, G_N_ELEMENTS (articles), 0, 0, 1, 0), >=, edge);
  g_assert_true (together (comparison, 0, "found a second bomb", 1, "failed to go off"));
  g_assert_true (together (comparison, 0, "Specialists from the army", 1, "failed to go off"));
  g_assert_true (together (comparison, 0, "Specialists from the army", 2, "Officers discovered"));
  g_assert_false (together (comparison, 0, "Shops on the high street", 1, "failed to go off"));
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
}

/* The story of /align/claims/neighbour, one.txt's second sentence worded
 * so that its link to two.txt's, between few_link and few_edge, is under
 * 0.24 ("were sent for"); three.txt reports the finding in words it shares
 * nothing with ("Officers discovered another bomb beside the Harbour
 * Savings branch"). The experts' sentence's mean link to the claim's sentences of
 * other outlets (its link to two.txt's between few_link and few_edge, to
 * three.txt's none) is under FEW_NEIGHBOUR_LINK (0.12). It stays alone: on
 * the development keys such joins told another fact more often than not
 * (docs/benchmarks.md, twenty-fourth session).
 */
static void
test_align_neighbour_apart (void)
{
  PxArticle *articles[3];
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  double edge = _px_similarity_setting ("few_edge", 0.25), link = _px_similarity_setting ("few_link", 0.15);
  double halves;

  bomb_story (articles, "Specialists from the army were sent for.");
  comparison = px_compare (articles, G_N_ELEMENTS (articles), NULL, &error);
  halves = story_probability (articles, G_N_ELEMENTS (articles), 0, 1, 1, 0);

  g_assert_no_error (error);
  g_test_message ("experts' sentence to two.txt's: %.4f", halves);
  /* the neighbour rule's own two links hold, as in /align/claims/neighbour;
   * the mean over two.txt's and three.txt's sentences, under 0.12, does not */
  g_assert_cmpfloat (halves, >=, link);
  g_assert_cmpfloat (halves, <, 2 * 0.12);
  g_assert_cmpfloat (story_probability (articles, G_N_ELEMENTS (articles), 0, 0, 1, 0), >=, edge);
  g_assert_true (together (comparison, 0, "found a second bomb", 1, "failed to go off"));
  g_assert_true (together (comparison, 0, "found a second bomb", 2, "Officers discovered"));
  g_assert_false (together (comparison, 0, "Specialists from the army", 1, "failed to go off"));
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
}

/* The story of /align/claims/figure and its twins: four reports of a
 * warehouse fire in Marlow, each second sentence on the homes left for the
 * night. one.txt's and two.txt's (@one, @two) are one claim with
 * four.txt's on the smoke; three.txt's (@three) tells the shelter those
 * families found, at length, in words the candidate search weighs little
 * against theirs.
 */
static void
shelter_story (PxArticle  *articles[4],
               const char *one,
               const char *two,
               const char *three)
{
  articles[0] = article ("one.txt", "Fire destroyed a furniture warehouse on the edge of Marlow on Tuesday night.", one,
                         "The cause of the fire is not yet known.", NULL);
  articles[1] = article ("two.txt", "A blaze tore through a Marlow furniture warehouse late on Tuesday.", two,
                         "The warehouse had been empty since the summer.", NULL);
  articles[2] = article ("three.txt", "The Marlow warehouse fire burned for six hours before crews brought it under control.",
                         three, "The owners said they would rebuild.", NULL);
  articles[3] = article ("four.txt", "Thick smoke forced an evacuation of streets near the depot, the fire service said.",
                         "An investigation into the cause has begun.", NULL);
}

/* Whether three.txt's second sentence, scored against one.txt's and
 * two.txt's second sentences and four.txt's first (the claim it would
 * join) with no gate, has the links the figure rule asks: a mean of 0.2
 * or more and a best of 0.3 or more (FEW_FIGURE_MEAN, FEW_FIGURE_BEST). */
static gboolean
shelter_links_hold (PxArticle **articles)
{
  g_autoptr(Story) story = story_new (articles, 4);
  const guint others[][2] = { { 0, 1 }, { 1, 1 }, { 3, 0 } };
  guint lone = 0;
  double sum = 0, best = 0;

  for (guint i = 0; i < story->passages->len; i++)
    {
      const PxPassage *passage = &g_array_index (story->passages, PxPassage, i);

      if (passage->source == 2 && passage->first == 1)
        lone = i;
    }
  for (guint k = 0; k < G_N_ELEMENTS (others); k++)
    for (guint i = 0; i < story->passages->len; i++)
      {
        const PxPassage *passage = &g_array_index (story->passages, PxPassage, i);

        if (passage->source == others[k][0] && passage->first == others[k][1])
          {
            double p = _px_similarity_probability (story->similarity, lone, i);

            sum += p;
            best = MAX (best, p);
          }
      }
  g_test_message ("shelter sentence's links: mean %.4f, best %.4f", sum / G_N_ELEMENTS (others), best);
  return sum / G_N_ELEMENTS (others) >= 0.2 && best >= 0.3;
}

/* Compares the shelter story told so, and says whether three.txt's
 * sentence on the shelter is in the claim of the homes left. */
static gboolean
shelter_joins (const char *one,
               const char *two,
               const char *three,
               gboolean   *links_hold)
{
  PxArticle *articles[4];
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  gboolean joins;

  shelter_story (articles, one, two, three);
  comparison = px_compare (articles, G_N_ELEMENTS (articles), NULL, &error);
  g_assert_no_error (error);
  /* the claim it would join is there whatever three.txt says */
  g_assert_true (together (comparison, 0, "were evacuated", 1, "Residents were told"));
  g_assert_true (together (comparison, 0, "were evacuated", 3, "Thick smoke"));
  joins = together (comparison, 2, "Red Cross volunteers", 0, "were evacuated");
  *links_hold = shelter_links_hold (articles);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
  return joins;
}

/* A sentence alone that gives a figure another outlet's sentence of a
 * claim gives, the same quantity ("48 homes"), joins that claim: its pairs
 * fall under the candidate search's gate (a long sentence of other
 * things), yet scored all the same they are links of one fact. */
static void
test_align_figure (void)
{
  gboolean links_hold;

  g_assert_true (shelter_joins ("Firefighters said 48 homes near the depot were evacuated as thick smoke spread across the town.",
                                "Residents were told to leave 48 homes as smoke drifted over Marlow, the fire service said.",
                                "Red Cross volunteers handed out blankets, soup and tea to families from 48 homes at the "
                                "leisure centre, and some brought their dogs and cats.",
                                &links_hold));
  g_assert_true (links_hold);
}

/* The twins of /align/claims/figure that stay alone, their links as
 * strong (so that the figure alone decides): the same number of another
 * thing ("48 firefighters" beside "48 homes": two quantities, px-quantity's
 * heads tell them apart), a year ("the 2007 floods": the number reader
 * reads no quantity in it), and a number inside a name ("the Block 48
 * flats" beside "48 flats"). */
static void
test_align_figure_apart (void)
{
  const char *homes_one = "Firefighters said 48 homes near the depot were evacuated as thick smoke spread across the town.";
  const char *homes_two = "Residents were told to leave 48 homes as smoke drifted over Marlow, the fire service said.";
  gboolean links_hold;

  g_assert_false (shelter_joins (homes_one, homes_two,
                                 "Red Cross volunteers handed out blankets, soup and tea to 48 firefighters at the "
                                 "leisure centre, and some brought their dogs and cats.",
                                 &links_hold));
  g_assert_true (links_hold);
  g_assert_false (shelter_joins ("Firefighters said homes near the depot were evacuated as thick smoke spread across the "
                                 "town, the first time since the 2007 floods.",
                                 "Residents were told to leave their homes as smoke drifted over Marlow, the first "
                                 "evacuation since the 2007 floods, the fire service said.",
                                 "Red Cross volunteers handed out blankets, soup and tea at the leisure centre, as they "
                                 "had in the 2007 floods, and some brought their dogs and cats.",
                                 &links_hold));
  g_assert_true (links_hold);
  g_assert_false (shelter_joins ("Firefighters said 48 flats near the depot were evacuated as thick smoke spread across the town.",
                                 "Residents were told to leave 48 flats as smoke drifted over Marlow, the fire service said.",
                                 "Red Cross volunteers handed out blankets, soup and tea to families from the Block 48 "
                                 "flats at the leisure centre, and some brought their dogs and cats.",
                                 &links_hold));
  g_assert_true (links_hold);
}

/* The story of /align/claims/hub-apart and /align/claims/hub-run-kept:
 * two reports of a fire on a ferry. two.txt's lede comes after @before (a
 * headline, or NULL) and before @after (its second sentence, or NULL).
 */
static void
ferry_story (PxArticle  *articles[2],
             const char *before,
             const char *after)
{
  const char *two[] = {
    "All 212 passengers left the ferry Morning Star in lifeboats off Dunmore on Sunday after a fire started in its engine room.",
    "The ship, built in Norway, has carried passengers on the crossing for Westline since 1998.",
    "Sunday sailings in winter are usually half full, a harbour official said.",
    "Two crew members were treated for smoke inhalation, the coastguard said.",
    "The blaze was put out by the ship's own sprinklers before firefighters arrived.",
    "Westline said it would refund every ticket.",
  };
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();

  articles[0] = article ("one.txt",
                         "Fire broke out in the engine room of the ferry Morning Star off Dunmore on Sunday, and all 212 passengers were taken off in lifeboats.",
                         "The coastguard said two crew members were treated for smoke.",
                         "A lifeboat crew from Carrow reached the ship within twenty minutes.",
                         "The operator, Westline, has cancelled its sailings until Wednesday.",
                         "Investigators from the marine accident branch will board the vessel on Monday.",
                         "Passengers were taken to a sports hall in the town, where the Red Cross handed out blankets.",
                         NULL);
  if (before != NULL)
    g_ptr_array_add (paragraphs, (gpointer) before);
  g_ptr_array_add (paragraphs, (gpointer) two[0]);
  if (after != NULL)
    g_ptr_array_add (paragraphs, (gpointer) after);
  for (guint i = 1; i < G_N_ELEMENTS (two); i++)
    g_ptr_array_add (paragraphs, (gpointer) two[i]);
  articles[1] = px_article_new ("two.txt");
  px_article_set_paragraphs (articles[1], paragraphs);
}

/* A hub: one.txt's lede is linked to two.txt's lede, which tells its fact,
 * and, under half as strongly (HUB_SHARE, 0.45, of that) yet at few_link
 * or more, to two.txt's next sentence, which shares the ferry's port and
 * nothing of the fire. Without the rule the next sentence joins the ledes'
 * claim on that link alone (two.txt's lede is of its own outlet, so no
 * other link is asked for); with it, it stays alone.
 */
static void
test_align_hub_apart (void)
{
  PxArticle *articles[2];
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  double link = _px_similarity_setting ("few_link", 0.15);
  double ledes, port;

  ferry_story (articles, NULL, "Dunmore has been the ferry's home port since 1998.");
  comparison = px_compare (articles, G_N_ELEMENTS (articles), NULL, &error);
  ledes = story_probability (articles, G_N_ELEMENTS (articles), 0, 0, 1, 0);
  port = story_probability (articles, G_N_ELEMENTS (articles), 0, 0, 1, 1);

  g_assert_no_error (error);
  /* the case this test is about; after a refit of the model, reword the
   * port's sentence until its link is again between few_link and 0.45 of
   * the ledes' */
  g_test_message ("ledes %.4f, lede to the port's sentence %.4f", ledes, port);
  g_assert_cmpfloat (port, >=, link);
  g_assert_cmpfloat (port, <, 0.45 * ledes);
  g_assert_true (together (comparison, 0, "Fire broke out", 1, "All 212 passengers"));
  g_assert_false (together (comparison, 0, "Fire broke out", 1, "home port"));
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
}

/* One outlet's headline and lede beside another's lede, all telling one
 * fact: one.txt's lede is linked to both about as strongly, and the claim
 * keeps the three (the keys' claims hold an outlet's headline, lede and
 * body beside their match; a cap on one outlet's sentences a claim, or a
 * hub rule that kept only the best link, would part them).
 */
static void
test_align_hub_run_kept (void)
{
  PxArticle *articles[2];
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  double headline, ledes;

  ferry_story (articles, "Fire on Dunmore ferry: 212 passengers take to lifeboats", NULL);
  comparison = px_compare (articles, G_N_ELEMENTS (articles), NULL, &error);
  headline = story_probability (articles, G_N_ELEMENTS (articles), 0, 0, 1, 0);
  ledes = story_probability (articles, G_N_ELEMENTS (articles), 0, 0, 1, 1);

  g_assert_no_error (error);
  g_test_message ("lede to the headline %.4f, ledes %.4f", headline, ledes);
  g_assert_cmpfloat (MIN (headline, ledes), >=, 0.45 * MAX (headline, ledes));
  g_assert_true (together (comparison, 0, "Fire broke out", 1, "Fire on Dunmore ferry"));
  g_assert_true (together (comparison, 0, "Fire broke out", 1, "All 212 passengers"));
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
}

/* The story of /align/claims/agreeing: three reports of a footballer's
 * arrest; each one's headline, its lede and where he was stopped fall in
 * one claim, which holds two sentences of two.txt and four of three.txt.
 * one.txt tells where he was stopped in its own words (@stopped, its fifth
 * sentence), after a sentence of his career. */
static void
arrest_story (PxArticle  *articles[3],
              const char *stopped)
{
  articles[0] = article ("one.txt", "Rovers striker Daniel Okafor faces drink-driving charge",
                         "Rovers striker Daniel Okafor was arrested early on Saturday on suspicion of drink driving after "
                         "he was seen speeding through the city, police said.",
                         "The 27-year-old was released on bail later that morning.",
                         "Okafor joined Rovers from Northfield two years ago and has scored 19 goals this season.", stopped,
                         "The club said it was aware of the arrest and would not comment further while the case was open.",
                         NULL);
  articles[1] = article ("two.txt", "ROVERS' OKAFOR ARRESTED ON SUSPICION OF DRINK DRIVING",
                         "Rovers forward Daniel Okafor was arrested on suspicion of drink driving, the club's second such "
                         "arrest in a month, police confirmed.",
                         "Okafor was stopped for speeding early on Saturday on the ring road outside the city centre, a "
                         "police spokesman said.",
                         "He failed a breath test at the roadside and was taken to Central station.",
                         "Rovers play Ashford at home on Tuesday.", NULL);
  articles[2] = article ("three.txt", "Rovers Striker Faces Drink-Driving Charge",
                         "Daniel Okafor, the striker for Rovers, was arrested on suspicion of drink driving early on "
                         "Saturday morning.",
                         "He is the second Rovers player in a month to be arrested for drink driving.",
                         "Okafor was first stopped for speeding on the ring road outside the centre.",
                         "His manager, Tom Reilly, said the player had apologised to the squad.", NULL);
}

/* Whether one.txt's @stopped, in arrest_story(), ends in the claim of the
 * other two reports' "stopped for speeding", with the model's setting
 * few_agree_link at @agree ("0": the step off; NULL: as shipped; set in a
 * child process, as the model is read once a process). */
static gboolean
arrest_joins (const char *stopped,
              const char *agree)
{
  PxArticle *articles[3];
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "px-test-agree-XXXXXX.txt", NULL);
  gboolean joins;

  if (agree != NULL)
    {
      g_autoptr(GBytes) shipped = g_resources_lookup_data ("/io/github/parallaxnews/Parallax/lexicon/similarity.txt",
                                                           G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autofree char *model = g_strdup_printf ("%.*s\nsetting few_agree_link %s\n", (int) g_bytes_get_size (shipped),
                                                (const char *) g_bytes_get_data (shipped, NULL), agree);
      int fd = g_mkstemp (path);

      g_assert_cmpint (fd, >=, 0);
      close (fd);
      g_assert_true (g_file_set_contents (path, model, -1, &error));
      g_setenv ("PARALLAX_SIMILARITY_MODEL", path, TRUE);
    }
  arrest_story (articles, stopped);
  comparison = px_compare (articles, G_N_ELEMENTS (articles), NULL, &error);
  g_assert_no_error (error);
  /* the claim it would join is there whatever one.txt says */
  g_assert_true (together (comparison, 1, "stopped for speeding", 2, "first stopped"));
  g_assert_true (together (comparison, 1, "stopped for speeding", 2, "the striker for Rovers"));
  joins = together (comparison, 0, stopped, 1, "stopped for speeding");
  if (agree != NULL)
    g_unlink (path);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
  return joins;
}

/* The links of one.txt's @stopped, in arrest_story(), with two.txt's and
 * three.txt's "stopped for speeding" (their probabilities scaled by the
 * articles' affinity): the weaker of the two. */
static double
arrest_weaker_partner (const char *stopped)
{
  PxArticle *articles[3];
  g_autoptr(Story) story = NULL;
  guint first[3] = { 0 };
  double weaker;

  arrest_story (articles, stopped);
  story = story_new (articles, G_N_ELEMENTS (articles));
  for (guint i = 0; i < story->passages->len; i++)
    {
      const PxPassage *passage = &g_array_index (story->passages, PxPassage, i);

      if (passage->first == 0)
        first[passage->source] = i;
    }
  weaker = MIN (_px_similarity_probability (story->similarity, first[0] + 4, first[1] + 2) * story->affinity[1],
                _px_similarity_probability (story->similarity, first[0] + 4, first[2] + 3) * story->affinity[2]);
  g_test_message ("the stopped sentence's partners: the weaker %.4f", weaker);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
  return weaker;
}

/* A sentence whose best partner in each other report lies in one claim
 * joins that claim (agreeing_claims()), though its mean link to the
 * claim's many other members keeps the grouping from taking it: "pulled
 * over on the ring road by the old gasworks" is both others' "stopped for
 * speeding on the ring road", each at 0.35 or more. With the step off it
 * stays alone: the step, not the grouping, puts it there. */
static void
test_align_agreeing (void)
{
  const char *stopped = "Okafor's car was pulled over on the ring road by the old gasworks, witnesses said.";

  if (g_test_subprocess ())
    {
      g_assert_false (arrest_joins (stopped, "0"));
      return;
    }
  g_assert_cmpfloat (arrest_weaker_partner (stopped), >=, 0.35);
  g_assert_true (arrest_joins (stopped, NULL));
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* The twin of /align/claims/agreeing that stays alone: its best partners
 * lie in the same claim, but under FEW_AGREE_LINK (0.35) in one report
 * ("by the old gasworks, north of the centre": no ring road). */
static void
test_align_agreeing_weak (void)
{
  const char *stopped = "Okafor was pulled over by the old gasworks, north of the centre.";
  double weaker = arrest_weaker_partner (stopped);

  g_assert_cmpfloat (weaker, <, 0.35);
  g_assert_cmpfloat (weaker, >=, 0.25);
  g_assert_false (arrest_joins (stopped, NULL));
}

/* The other twin that stays: "stopped on the ring road, he failed a breath
 * test" has its best partner in three.txt in the claim of "stopped for
 * speeding" (0.35 or more), but its best in two.txt is "He failed a breath
 * test at the roadside", in its own claim: the reports do not agree on one
 * claim, and it stays where it is. */
static void
test_align_agreeing_split (void)
{
  const char *stopped = "Stopped on the ring road, he failed a breath test at the roadside, police said.";
  PxArticle *articles[3];
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = NULL;

  g_assert_cmpfloat (arrest_weaker_partner (stopped), >=, 0.35);
  arrest_story (articles, stopped);
  comparison = px_compare (articles, G_N_ELEMENTS (articles), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (together (comparison, 0, stopped, 1, "failed a breath test"));
  g_assert_false (together (comparison, 0, stopped, 2, "first stopped"));
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
}

/* The three reports of a bridge's closure (one, two, three) and two of a
 * cup final: the bridge's reports say when it reopens in words that share
 * less than the gate of many-report stories asks.
 */
static PxArticle *
bridge_report (guint which)
{
  switch (which)
    {
    case 0:
      return article ("one.txt",
                      "The Harbour Bridge in Kelvport was closed on Monday after engineers found a crack in one of its steel girders.",
                      "Traffic on the bridge was diverted through the town centre.",
                      "The city council said the bridge would stay shut until engineers had finished checking the whole structure.",
                      "Drivers faced queues of up to an hour on the bridge approaches.",
                      NULL);
    case 1:
      return article ("two.txt",
                      "Kelvport's Harbour Bridge has been shut to all traffic after engineers spotted a crack in a girder.",
                      "Buses on the bridge route will run through the town centre instead.",
                      "No vehicle will be allowed back across until inspectors have signed off the whole structure, a spokeswoman said.",
                      "Local businesses said the closure of the bridge would cost them customers.",
                      NULL);
    case 2:
      return article ("three.txt",
                      "A cracked girder has closed the Harbour Bridge in Kelvport.",
                      "Officials said the bridge would reopen to vehicles once engineers had surveyed all of its steelwork.",
                      "Commuters were told to expect long delays on the bridge approaches and in the town centre.",
                      "The bridge carries about 30,000 vehicles a day.",
                      NULL);
    case 3:
      return article ("four.txt",
                      "Rovers beat United 2-1 in the cup final at Hampden Park on Saturday.",
                      "Two goals in the second half turned the match around.",
                      "The winning goal came from a free kick in the last minute.",
                      "Their manager said the players had earned a rest.",
                      NULL);
    default:
      return article ("five.txt",
                      "United lost the cup final to Rovers after leading at half-time.",
                      "Their captain was sent off in the second half.",
                      "Fans of both clubs filled the stadium hours before kick-off.",
                      "The trophy will be paraded through the streets on Sunday.",
                      NULL);
    }
}

/* Whether the pair of passages @i < @j of @story is a candidate. */
static gboolean
is_candidate (Story *story,
              guint  i,
              guint  j)
{
  g_autoptr(GHashTable) candidates = g_hash_table_new (g_direct_hash, g_direct_equal);

  _px_similarity_foreach_candidate (story->similarity, collect_pair_cb, candidates, NULL);
  return g_hash_table_contains (candidates, GUINT_TO_POINTER (i << 16 | j));
}

/* A story of few reports has a candidate gate of its own (few_gate): the
 * council's "stay shut until engineers had finished checking" and the
 * officials' "reopen once engineers had surveyed" share less than the gate
 * of a story of many reports asks, and no rare word. In the story of three
 * reports they are scored, and told as one claim; with two more reports
 * (of another story) they are not.
 */
static void
test_align_few_gate (void)
{
  PxArticle *articles[5];
  double gate = _px_similarity_setting ("gate", 0.15);
  double few_gate = _px_similarity_setting ("few_gate", gate);

  for (guint d = 0; d < G_N_ELEMENTS (articles); d++)
    articles[d] = bridge_report (d);
  /* the model has a lower gate for few reports, and three are few */
  g_assert_cmpfloat (few_gate, <, gate);
  g_assert_cmpfloat (3, <=, _px_similarity_setting ("few_sources", 0));
  g_assert_cmpfloat (5, >, _px_similarity_setting ("few_sources", 0));
  {
    g_autoptr(Story) story = story_new (articles, 3);
    /* the council's sentence (one.txt's third: passage 2) and the
     * officials' (three.txt's second: passage 4 + 4 + 1) */
    double quick = _px_similarity_quick (story->similarity, 2, 9);
    g_autoptr(GError) error = NULL;
    g_autoptr(PxComparison) comparison = px_compare (articles, 3, NULL, &error);

    g_assert_no_error (error);
    g_test_message ("quick cosine, three reports: %.4f", quick);
    g_assert_cmpfloat (quick, <, gate);
    g_assert_cmpfloat (quick, >=, few_gate);
    g_assert_true (is_candidate (story, 2, 9));
    g_assert_true (together (comparison, 0, "stay shut until", 2, "reopen to vehicles"));
  }
  {
    g_autoptr(Story) story = story_new (articles, 5);
    double quick = _px_similarity_quick (story->similarity, 2, 9);
    g_autoptr(GError) error = NULL;
    g_autoptr(PxComparison) comparison = px_compare (articles, 5, NULL, &error);

    g_assert_no_error (error);
    g_test_message ("quick cosine, five reports: %.4f", quick);
    g_assert_cmpfloat (quick, <, gate);
    g_assert_false (is_candidate (story, 2, 9));
    g_assert_false (together (comparison, 0, "stay shut until", 2, "reopen to vehicles"));
  }
  for (guint d = 0; d < G_N_ELEMENTS (articles); d++)
    px_article_unref (articles[d]);
}

/* Outlets lead with the same news in other words: in a story of few
 * reports the first two sentences of each article are candidates of each
 * other whatever they share ("Storm batters the coast" / "Lia makes
 * landfall"), a third sentence that shares nothing is not, and with more
 * reports than few_sources none is for its place.
 */
static PxArticle *
storm_report (guint which)
{
  switch (which)
    {
    case 0:
      return article ("one.txt", "Storm batters the southern coast.",
                      "Thousands of homes lost power overnight.",
                      "Schools will stay closed on Tuesday.", NULL);
    case 1:
      return article ("two.txt", "Hurricane Lia makes landfall near Pensacola.",
                      "Winds reached 120 miles an hour as it came ashore.",
                      "The governor thanked rescue crews.", NULL);
    case 2:
      return article ("three.txt", "Residents flee as a category three storm arrives.",
                      "Emergency shelters opened in four counties.",
                      "Officials urged drivers to keep off the roads.", NULL);
    default:
      return article (which == 3 ? "four.txt" : "five.txt", "Markets close higher on bank earnings.",
                      "Investors welcomed the quarterly figures.", NULL);
    }
}

static void
test_align_leads (void)
{
  PxArticle *articles[5];

  for (guint d = 0; d < G_N_ELEMENTS (articles); d++)
    articles[d] = storm_report (d);
  g_assert_cmpfloat (3, <=, _px_similarity_setting ("few_sources", 0));
  g_assert_cmpfloat (5, >, _px_similarity_setting ("few_sources", 0));
  {
    g_autoptr(Story) story = story_new (articles, 3);

    /* the headlines (passages 0, 3, 6) and the second sentences (1, 4, 7)
     * share no word */
    g_assert_cmpfloat (_px_similarity_quick (story->similarity, 0, 3), ==, 0);
    g_assert_true (is_candidate (story, 0, 3));
    g_assert_true (is_candidate (story, 0, 7));
    g_assert_true (is_candidate (story, 1, 6));
    g_assert_true (_px_similarity_lead_only (story->similarity, 0, 3));
    /* third sentences are no leads */
    g_assert_false (is_candidate (story, 2, 5));
    g_assert_false (is_candidate (story, 0, 5));
    g_assert_false (_px_similarity_lead_only (story->similarity, 2, 5));
  }
  {
    g_autoptr(Story) story = story_new (articles, 5);

    g_assert_false (is_candidate (story, 0, 3));
    g_assert_false (_px_similarity_lead_only (story->similarity, 0, 3));
  }
  for (guint d = 0; d < G_N_ELEMENTS (articles); d++)
    px_article_unref (articles[d]);
}

/* A pair of leads may bring a sentence alone into a claim, but two claims
 * are one on their other pairs: the victory claim of an election's ledes
 * and the seats claim stay two, though each outlet's lede is a candidate
 * of the others' second sentences for its place alone.
 */
static PxArticle *
article_of (const char         *input,
            const char * const *paragraphs)
{
  PxArticle *self = px_article_new (input);
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  for (guint p = 0; paragraphs[p] != NULL; p++)
    g_ptr_array_add (list, (gpointer) paragraphs[p]);
  px_article_set_paragraphs (self, list);
  return self;
}

static void
test_align_leads_between_claims (void)
{
  static const char * const one[] = {
    "Voters in the autonomous Moldovan region have backed a bloc that favors friendly ties with Moscow, despite pressure from Chisinau",
    "The Unity Bloc, which advocates closer ties with Russia, has secured a clear victory in elections to the People's Assembly of Gagauzia, an autonomous region in Moldova, winning almost 60% of the vote.",
    "The bloc won 19 seats in the 35-member assembly, according to the electoral commission.",
    "Turnout stood at more than 47%, the commission said, despite what local officials described as an intimidation campaign by the central government.",
    "Voting ended at 22:00 Moscow time. Results were announced late on Sunday, showing a decisive win for the bloc.",
    "“The people of Gagauzia have spoken: they want peace and good relations with everyone,” Unity Bloc leader Ivan Caraman said.",
    "In the run-up to the vote, Moldovan police claimed, without providing evidence, to have uncovered a ‘vote-buying’ scheme involving around 3,000 people.",
    "Chisinau has repeatedly accused Moscow of meddling in the republic's politics. Moscow has consistently denied interfering in Moldova's internal affairs.",
    "The authorities in Chisinau, led by President Maia Sandu, have pursued EU membership and cut many economic ties with Russia, a course which is deeply unpopular in Gagauzia.",
    "Western-backed NGOs had urged residents to stay at home, and several opposition figures were barred from running by Moldovan courts.",
    "Observers from Russia and several CIS countries said the vote had been free and fair.",
    "Caraman thanked voters for “not giving in to threats” and called on Chisinau to respect the will of the people.",
    "Gagauzia voted overwhelmingly in a 2014 referendum for closer integration with the Russia-led Customs Union, a vote Chisinau declared illegal.",
    NULL,
  };
  static const char * const two[] = {
    "CHISINAU, Nov 23 (Reuters) - A pro-Russian bloc won Sunday's election to the assembly of Moldova's autonomous region of Gagauzia, preliminary results showed, a setback for the pro-European government in Chisinau.",
    "The Unity Bloc won 19 of the 35 seats in the regional People's Assembly, the Central Electoral Commission said.",
    "The result gives it an outright majority in the assembly.",
    "The bloc took 54.2% of the vote. The pro-European Gagauzia Forward party came second with 28.7% and nine seats.",
    "Turnout was 47.3%, down from 52.1% in the previous election in 2022.",
    "Polls closed at 9 p.m. (1900 GMT). Preliminary results were published early on Monday.",
    "Moldovan police said last week they had uncovered a Russian-funded scheme to buy the votes of some 3,000 people in the region.",
    "Russia denies meddling in Moldova's affairs.",
    "“The people of Gagauzia have spoken: they want peace and good relations with Russia,” Unity Bloc leader Ivan Caraman told supporters in the regional capital Comrat.",
    "Central Electoral Commission chairman Vasile Ciobanu said the vote had been conducted in line with the law and that complaints would be examined.",
    "The Organization for Security and Cooperation in Europe did not send observers to the regional vote.",
    "Moldova's ruling pro-European party did not field candidates in the region.",
    "The Unity Bloc is financed by Viktor Grama, a fugitive businessman sentenced in absentia in Moldova for fraud, who lives in Moscow.",
    "Gagauzia, home to about 130,000 mostly Russian-speaking people of Turkic origin, has long been a stronghold of pro-Moscow sentiment. Moldova, which borders Ukraine, applied to join the European Union in 2022.",
    "Gagauzia's governor, known as the bashkan, is elected separately and was not on the ballot.",
    NULL,
  };
  static const char * const three[] = {
    "A bloc backed by a fugitive businessman living in Moscow has come first in the regional assembly election in Gagauzia. Turnout was low amid allegations of vote-buying.",
    "The Unity Bloc, which wants closer ties with Moscow, came first in Sunday's election to the regional assembly in Gagauzia, an autonomous region in the south of Moldova.",
    "According to preliminary results, the bloc won 17 of the 35 seats, falling short of an outright majority.",
    "It received about 54% of the vote.",
    "Just under half of eligible voters cast a ballot: turnout was 47.3 percent.",
    "Polling stations closed at 21:00 local time.",
    "Moldovan police said they had uncovered a scheme to pay about 3,000 voters in the region, financed from Russia.",
    "According to Moldovan prosecutors, the Unity Bloc is financed by Viktor Grama, a businessman who fled to Russia after being convicted of fraud.",
    "Angela Cojocaru, head of the Central Electoral Commission, said the vote had taken place without major incidents.",
    "International observers from the OSCE were not present.",
    "President Maia Sandu's ruling party did not run in Gagauzia.",
    "A region that looks east",
    "Unity Bloc leader Ivan Caraman told supporters that the people of Gagauzia wanted “peace and good relations with Russia.”",
    "Gagauzia, with around 130,000 inhabitants, is home to the Gagauz, a Turkic-speaking Orthodox Christian people. Most residents speak Russian, and many watch Russian television.",
    "Analysts said the result would further complicate relations between Chisinau and Comrat, the regional capital.",
    "The government in Chisinau has said the autonomy's institutions are being used by Moscow to destabilize Moldova, which is due to hold talks on EU accession next year.",
    NULL,
  };
  PxArticle *articles[] = { article_of ("one.txt", one), article_of ("two.txt", two), article_of ("three.txt", three) };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = px_compare (articles, G_N_ELEMENTS (articles), NULL, &error);

  g_assert_no_error (error);
  g_assert_true (together (comparison, 1, "won Sunday's election", 2, "came first in Sunday's"));
  g_assert_true (together (comparison, 1, "won 19 of the 35", 2, "won 17 of the 35"));
  g_assert_false (together (comparison, 1, "won Sunday's election", 1, "won 19 of the 35"));
  for (guint d = 0; d < G_N_ELEMENTS (articles); d++)
    px_article_unref (articles[d]);
}

/* Two claims of three sentences or more each need a mean link across them
 * well above the one a lone sentence or a pair needs to join a claim: two
 * happenings of one kind, each reported by several outlets, are alike
 * pair by pair, and one merge would put every report of one beside every
 * report of the other. A group held together by near-identical wording
 * needs more of anything joining it.
 */
static PxAlignGroup
group_of (guint  members,
          double cohesion)
{
  PxAlignGroup group = { members, cohesion };

  return group;
}

static int
compare_scored_pairs (gconstpointer a,
                      gconstpointer b)
{
  const PxScoredPair *pa = a, *pb = b;

  if (pa->probability != pb->probability)
    return pa->probability > pb->probability ? -1 : 1;
  if (pa->i != pb->i)
    return pa->i < pb->i ? -1 : 1;
  return (pa->j > pb->j) - (pa->j < pb->j);
}

/* @n pairs in the order of i then j, their probabilities drawn from
 * @n_values values (all different with 0) */
static GArray *
pairs_in_order (GRand *rand,
                guint  n,
                guint  n_values)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (PxScoredPair));
  guint i = 0, j = 1;

  while (pairs->len < n)
    {
      PxScoredPair pair = { i, j, 0 };

      pair.probability = n_values > 0 ? 0.4f + 0.5f * g_rand_int_range (rand, 0, n_values) / n_values
                                      : 0.4f + 0.5f * pairs->len / n;
      g_array_append_val (pairs, pair);
      j += g_rand_int_range (rand, 1, 4);
      if (g_rand_int_range (rand, 0, 8) == 0)
        i++, j = i + 1;
    }
  return pairs;
}

static void
check_sorted_as_compared (GArray *pairs)
{
  g_autoptr(GArray) expected = g_array_copy (pairs);

  qsort (expected->data, expected->len, sizeof (PxScoredPair), compare_scored_pairs);
  _px_align_sort_edges ((PxScoredPair *) pairs->data, pairs->len);
  g_assert_cmpmem (pairs->data, pairs->len * sizeof (PxScoredPair), expected->data,
                   expected->len * sizeof (PxScoredPair));
}

/* The edges px_align() grows claims from, sorted by probability from the
 * highest, then by their sentences: the same order whether few
 * probabilities are shared by many edges (the copies of one text: one
 * byte of their ranks or two) or each edge has its own, and whether the
 * edges come in the order of their sentences or not. */
static void
test_align_edges_sorted (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (41);
  guint sizes[] = { 0, 1, 2, 3, 17, 300, 5000, 40000 };
  guint values[] = { 0, 1, 2, 3, 12, 300 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint v = 0; v < G_N_ELEMENTS (values); v++)
      {
        guint n_values = values[v];
        g_autoptr(GArray) pairs = pairs_in_order (rand, sizes[s], n_values);
        g_autoptr(GArray) shuffled = NULL;

        check_sorted_as_compared (pairs);
        /* sorted already, and out of order */
        check_sorted_as_compared (pairs);
        shuffled = pairs_in_order (rand, sizes[s], n_values);
        for (guint k = shuffled->len; k > 1; k--)
          {
            guint r = g_rand_int_range (rand, 0, k);
            PxScoredPair t = g_array_index (shuffled, PxScoredPair, k - 1);

            g_array_index (shuffled, PxScoredPair, k - 1) = g_array_index (shuffled, PxScoredPair, r);
            g_array_index (shuffled, PxScoredPair, r) = t;
          }
        check_sorted_as_compared (shuffled);
      }
}

static void
test_align_required_link (void)
{
  double link = _px_similarity_setting ("link", 0.2);
  PxAlignGroup one = group_of (1, -1), two = group_of (2, 0.3), nine = group_of (9, 0.3);
  PxAlignGroup three = group_of (3, 0.3), sixteen = group_of (16, 0.3), seven = group_of (7, 0.3);
  PxAlignGroup identical = group_of (2, 0.99), loose = group_of (2, 0.4);

  g_assert_cmpfloat (_px_align_required_link (&one, &one, link), ==, link);
  g_assert_cmpfloat (_px_align_required_link (&one, &two, link), ==, link);
  g_assert_cmpfloat (_px_align_required_link (&nine, &one, link), ==, link);
  g_assert_cmpfloat (_px_align_required_link (&two, &nine, link), ==, link);
  g_assert_cmpfloat (_px_align_required_link (&three, &three, 0.2), >, 0.3);
  g_assert_cmpfloat (_px_align_required_link (&sixteen, &seven, 0.2), >=, 0.4);
  /* never below the link itself */
  g_assert_cmpfloat (_px_align_required_link (&sixteen, &seven, 0.6), ==, 0.6);
  /* a claim told in one wording, by the looser group's own link */
  g_assert_cmpfloat (_px_align_required_link (&one, &identical, 0.2), >, 0.2);
  g_assert_cmpfloat (_px_align_required_link (&identical, &one, 0.2), >, 0.2);
  g_assert_cmpfloat (_px_align_required_link (&identical, &two, 0.2), ==, 0.2);
  g_assert_cmpfloat (_px_align_required_link (&identical, &loose, 0.05), >, 0.09);
  g_assert_cmpfloat (_px_align_required_link (&identical, &loose, 0.05), <, 0.2);

  /* a story of few reports: two claims of three sentences or more need
   * more than the link, less than a story of many reports asks */
  {
    double few_link = _px_similarity_setting ("few_link", 0.15);

    g_assert_cmpfloat (_px_align_required_link_few (&three, &three, few_link), >, few_link);
    g_assert_cmpfloat (_px_align_required_link_few (&three, &three, few_link), <,
                       _px_align_required_link (&three, &three, few_link));
    g_assert_cmpfloat (_px_align_required_link_few (&sixteen, &seven, few_link), <,
                       _px_align_required_link (&sixteen, &seven, few_link));
    g_assert_cmpfloat (_px_align_required_link_few (&one, &nine, few_link), ==, few_link);
    /* the cohesion share holds there too */
    g_assert_cmpfloat (_px_align_required_link_few (&one, &identical, few_link), >, few_link);
  }
}

/* A story of three reports: each headline gives the pianist's age and
 * each report says it again at the end ("She was 84."). The headlines'
 * claim and the age's claim hold three sentences each: a story of few
 * reports joins them, as the keys of three-outlet coverage do (one fact,
 * the age, told twice by each outlet). Under the weights of every story
 * their mean link lay between FEW_CLAIMS_LINK and CLAIMS_LINK; under the
 * few-report weights it is above both, so this checks the join, and
 * /align/claims/required-link the threshold.
 */
static void
test_align_few_claims_link (void)
{
  PxArticle *articles[] = {
    article ("marsh-1.txt",
             "Jazz pianist Lena Marsh dies at 84",
             "Lena Marsh recorded more than forty albums and toured Europe every summer for three decades.",
             "She was 84.",
             NULL),
    article ("marsh-2.txt",
             "Pianist Lena Marsh dies at 84",
             "Her records sold millions, and critics called her the finest accompanist of her generation.",
             "She was 84.",
             NULL),
    article ("marsh-3.txt",
             "Lena Marsh, jazz pianist and bandleader, dies at 84",
             "Marsh began playing in clubs at the age of fifteen and led her own band by twenty.",
             "She was 84.",
             NULL),
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = px_compare (articles, G_N_ELEMENTS (articles), NULL, &error);

  g_assert_no_error (error);
  g_assert_true (together (comparison, 0, "She was 84", 1, "dies at 84"));
  g_assert_true (together (comparison, 2, "She was 84", 0, "dies at 84"));
  /* what the three lead sentences tell apart stays apart */
  g_assert_false (together (comparison, 1, "finest accompanist", 2, "playing in clubs"));
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
}

/* Two outlets print the owner's words word for word; a third outlet's
 * sentence of the owner, in the story's words, tells another fact: its
 * links to the quote pass the link a lone sentence needs, but are a small
 * part of the quote's own, and it stays out of the quote's claim.
 */
static void
test_align_cohesion_share (void)
{
  PxArticle *articles[] = {
    article ("one.txt",
             "A fire destroyed a furniture warehouse in Millbrook on Tuesday night.",
             "\"We will rebuild on the same site and keep every worker on the payroll,\" the owner, Carla Benson, said.",
             "About 60 firefighters fought the blaze for five hours.",
             NULL),
    article ("two.txt",
             "Flames tore through a Millbrook furniture warehouse late on Tuesday.",
             "\"We will rebuild on the same site and keep every worker on the payroll,\" owner Carla Benson said.",
             "Sixty firefighters battled the flames until early Wednesday.",
             NULL),
    article ("three.txt",
             "A Millbrook warehouse full of sofas and beds burned down on Tuesday.",
             "The owner said the site was where her father opened his first shop.",
             "Residents nearby were asked to close their windows against the smoke.",
             NULL),
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = px_compare (articles, G_N_ELEMENTS (articles), NULL, &error);
  double quote = story_probability (articles, G_N_ELEMENTS (articles), 0, 1, 1, 1);
  double third = (story_probability (articles, G_N_ELEMENTS (articles), 0, 1, 2, 1)
                  + story_probability (articles, G_N_ELEMENTS (articles), 1, 1, 2, 1)) / 2;

  g_assert_no_error (error);
  /* the case this test is about; after a refit of the model, pick a
   * sentence whose links are again between the two (a story of three
   * reports: the link of few reports) */
  g_test_message ("quote %.4f, third outlet's sentence to it %.4f", quote, third);
  g_assert_cmpfloat (quote, >, 0.9);
  g_assert_cmpfloat (third, >=, _px_similarity_setting ("few_link", 0.15));
  g_assert_cmpfloat (third, <, _px_align_required_link_few (&(PxAlignGroup) { 1, -1 }, &(PxAlignGroup) { 2, quote },
                                                            _px_similarity_setting ("few_link", 0.15)));
  g_assert_true (together (comparison, 0, "We will rebuild", 1, "We will rebuild"));
  g_assert_false (together (comparison, 0, "We will rebuild", 2, "her father opened"));
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_article_unref (articles[i]);
}

/* Places within places, from WordNet's part holonyms, over several steps
 * and through dotted aliases; never the other way round, never a place
 * within itself, never two towns.
 */
static void
test_lexicon_places (void)
{
  g_assert_true (px_lexicon_place_within ("christchurch", "new zealand"));
  g_assert_true (px_lexicon_place_within ("brooklyn", "new york"));
  g_assert_true (px_lexicon_place_within ("los angeles", "california"));
  g_assert_true (px_lexicon_place_within ("los angeles", "united states"));
  g_assert_true (px_lexicon_place_within ("philadelphia", "u.s"));
  g_assert_false (px_lexicon_place_within ("new zealand", "christchurch"));
  g_assert_false (px_lexicon_place_within ("athens", "athens"));
  g_assert_false (px_lexicon_place_within ("norwalk", "norfolk"));
  g_assert_false (px_lexicon_place_within ("athens", "thessaloniki"));
  g_assert_false (px_lexicon_place_within ("no such town", "greece"));
  g_assert_false (px_lexicon_place_within ("", ""));
}

/* A test of a few words reads the lexemes every thread shares, built
 * once: it makes no table of its own for them (one a call was a cost of
 * every figure's comparison). */
static void
test_lexicon_lookup (void)
{
  g_autoptr(GHashTable) cache = NULL;
  const PxLexeme *quake = px_lexicon_lookup (&cache, "quake");
  const PxLexeme *temblor = px_lexicon_lookup (&cache, "temblor");

  g_assert_true (quake->is_noun && quake->n_synonyms > 0);
  g_assert_true (px_lexeme_synonyms (quake, temblor));
  g_assert_true (px_lexicon_lookup (&cache, "quake") == quake);
  g_assert_null (cache);
}

/* The lexicon remembers the address a word was asked at: one buffer that
 * holds another word each time (a document freed and its memory used
 * again) still gets each word's own lexeme, never the last one's. */
static void
test_lexicon_lookup_reused_address (void)
{
  static const char *const words[] = { "quake", "temblor", "charged", "bridge", "quake", "went", "bridge" };
  g_autoptr(GHashTable) cache = NULL;
  char buffer[32];

  for (guint round = 0; round < 3; round++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        g_autoptr(GHashTable) own = NULL;
        const PxLexeme *expected = px_lexicon_lookup (&own, words[i]);

        g_strlcpy (buffer, words[i], sizeof buffer);
        g_assert_true (px_lexicon_lookup (&cache, buffer) == expected);
      }
  /* and the word at an address already seen, changed in place */
  g_strlcpy (buffer, "quake", sizeof buffer);
  g_assert_true (px_lexicon_lookup (&cache, buffer)->is_noun);
  buffer[0] = 'x';
  g_assert_false (px_lexicon_lookup (&cache, buffer) == px_lexicon_lookup (&cache, "quake"));
  g_assert_cmpuint (px_lexicon_lookup (&cache, buffer)->n_synonyms, ==, 0);
  g_assert_true (px_lexicon_lookup (&cache, "went")->verb_form);
  g_assert_false (px_lexicon_lookup (&cache, "bridge")->verb_form);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/align/lexicon/synonyms", test_lexicon_synonyms);
  g_test_add_func ("/align/lexicon/antonyms", test_lexicon_antonyms);
  g_test_add_func ("/align/lexicon/places", test_lexicon_places);
  g_test_add_func ("/align/lexicon/lookup", test_lexicon_lookup);
  g_test_add_func ("/align/lexicon/lookup-reused-address", test_lexicon_lookup_reused_address);
  g_test_add_func ("/align/lexicon/verb-forms", test_lexicon_verb_forms);
  g_test_add_func ("/align/furniture", test_furniture);
  g_test_add_func ("/align/similarity/synonyms", test_similarity_synonyms);
  g_test_add_func ("/align/similarity/expanded", test_similarity_expanded);
  g_test_add_func ("/align/similarity/kind-both-sides", test_similarity_kind_both_sides);
  g_test_add_func ("/align/similarity/news-words", test_similarity_news_words);
  g_test_add_func ("/align/similarity/measures", test_similarity_measures);
  g_test_add_func ("/align/similarity/speaker-and-quote", test_similarity_speaker_and_quote);
  g_test_add_func ("/align/similarity/surface", test_similarity_surface);
  g_test_add_func ("/align/sorted/count-shared", test_sorted_count_shared);
  g_test_add_func ("/align/sorted/pair-id-hash", test_sorted_pair_id_hash);
  g_test_add_func ("/align/similarity/rare-words", test_similarity_rare_words);
  g_test_add_func ("/align/similarity/candidates-bounded", test_similarity_candidates_bounded);
  g_test_add_func ("/align/similarity/low-candidates-bounded", test_similarity_low_candidates_bounded);
  g_test_add_func ("/align/similarity/low-candidates-setting", test_similarity_low_candidates_setting);
  g_test_add_func ("/align/similarity/pairs-bounded", test_similarity_pairs_bounded);
  g_test_add_func ("/align/similarity/long-passages-memory", test_similarity_long_passages_memory);
  g_test_add_func ("/align/similarity/alike-passages-memory", test_similarity_alike_passages_memory);
  g_test_add_func ("/align/similarity/edges-after-scoring", test_similarity_edges_after_scoring);
  g_test_add_func ("/align/similarity/predicates", test_similarity_predicates);
  g_test_add_func ("/align/similarity/quotation", test_similarity_quotation);
  g_test_add_func ("/align/similarity/quoted-function-words", test_similarity_quoted_function_words);
  g_test_add_func ("/align/similarity/title-case", test_similarity_title_case);
  g_test_add_func ("/align/similarity/furniture", test_similarity_furniture);
  g_test_add_func ("/align/similarity/position", test_similarity_position);
  g_test_add_func ("/align/similarity/articles-apart", test_similarity_articles_apart);
  g_test_add_func ("/align/similarity/places-apart", test_similarity_places_apart);
  g_test_add_func ("/align/similarity/places-named-apart", test_similarity_places_named_apart);
  g_test_add_func ("/align/similarity/twins-recalled", test_similarity_twins_recalled);
  g_test_add_func ("/align/similarity/happening-day", test_similarity_happening_day);
  g_test_add_func ("/align/claims", test_align_claims);
  g_test_add_func ("/align/claims/two-happenings", test_align_two_happenings);
  g_test_add_func ("/align/claims/foreign-names", test_align_foreign_names);
  g_test_add_func ("/align/claims/happenings-groups", test_align_happenings_groups);
  g_test_add_func ("/align/claims/two-sinkings", test_align_two_sinkings);
  g_test_add_func ("/align/claims/strangers-apart", test_align_strangers_apart);
  g_test_add_func ("/align/claims/lone-sentence", test_align_lone_sentence);
  g_test_add_func ("/align/claims/neighbour", test_align_neighbour);
  g_test_add_func ("/align/claims/neighbour-apart", test_align_neighbour_apart);
  g_test_add_func ("/align/claims/figure", test_align_figure);
  g_test_add_func ("/align/claims/figure-apart", test_align_figure_apart);
  g_test_add_func ("/align/claims/hub-apart", test_align_hub_apart);
  g_test_add_func ("/align/claims/hub-run-kept", test_align_hub_run_kept);
  g_test_add_func ("/align/claims/agreeing", test_align_agreeing);
  g_test_add_func ("/align/claims/agreeing-weak", test_align_agreeing_weak);
  g_test_add_func ("/align/claims/agreeing-split", test_align_agreeing_split);
  g_test_add_func ("/align/similarity/few-weights", test_align_few_weights);
  g_test_add_func ("/align/claims/few-gate", test_align_few_gate);
  g_test_add_func ("/align/claims/leads", test_align_leads);
  g_test_add_func ("/align/claims/leads-between-claims", test_align_leads_between_claims);
  g_test_add_func ("/align/claims/edges-sorted", test_align_edges_sorted);
  g_test_add_func ("/align/claims/required-link", test_align_required_link);
  g_test_add_func ("/align/claims/few-claims-link", test_align_few_claims_link);
  g_test_add_func ("/align/claims/cohesion-share", test_align_cohesion_share);
  g_test_add_func ("/align/claims/few-sources", test_align_few_sources);
  g_test_add_func ("/align/claims/many-scale", test_align_many_scale);

  return g_test_run ();
}
