/* bench-alignment.c: how well claims are aligned and differences found,
 * against stories whose true claims and differences are written down
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-alignment SOURCE_ROOT STORY_DIR...
 *
 * Each STORY_DIR holds truth.json: "inputs" (the pages, in order), "dir"
 * (optional, where the pages are, relative to SOURCE_ROOT), "claims" (per
 * claim, per input, text that identifies each member sentence; sentences
 * named nowhere are claims of their own), "differences" (claim and kind
 * that must be found) and "equal" (claims whose values are written
 * differently but agree: a difference of the kinds listed there is a false
 * alarm).
 */
#include "config.h"

#include "px-comparison.h"
#include "px-input.h"

#include <stdio.h>
#include <string.h>

typedef struct
{
  guint64 true_positive;
  guint64 false_positive;
  guint64 false_negative;
  guint differences;
  guint found;
  guint flagged;
  guint flagged_expected;
  guint false_alarms;
} Score;

/* The truth's claim id for each sentence, "" for sentences of their own. */
static GPtrArray *
truth_ids (JsonObject   *truth,
           const char   *input,
           PxComparison *comparison,
           guint         source)
{
  JsonArray *claims = json_object_get_array_member (truth, "claims");
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < px_comparison_get_n_sentences (comparison, source); i++)
    {
      g_autofree char *text = px_comparison_dup_sentence_text (comparison, source, i);
      const char *id = "";

      for (guint c = 0; c < json_array_get_length (claims) && *id == '\0'; c++)
        {
          JsonObject *claim = json_array_get_object_element (claims, c);
          JsonObject *sentences = json_object_get_object_member (claim, "sentences");
          JsonArray *needles;

          if (!json_object_has_member (sentences, input))
            continue;
          needles = json_object_get_array_member (sentences, input);
          for (guint n = 0; n < json_array_get_length (needles); n++)
            if (strstr (text, json_array_get_string_element (needles, n)) != NULL)
              id = json_object_get_string_member (claim, "id");
        }
      g_ptr_array_add (ids, (gpointer) id);
    }
  return ids;
}

/* Whether some claim holding a sentence of truth claim @id has a
 * difference of @kind.
 */
static gboolean
flagged (PxComparison *comparison,
         GPtrArray   **ids,
         const char   *id,
         const char   *kind)
{
  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);
      guint n_members;
      const PxSentenceRef *members = px_claim_get_members (claim, &n_members);
      gboolean holds = FALSE;

      for (guint m = 0; m < n_members; m++)
        holds |= g_str_equal (g_ptr_array_index (ids[members[m].source], members[m].sentence), id);
      if (!holds)
        continue;
      for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
        if (g_str_equal (px_difference_kind_to_string (px_difference_get_kind (px_claim_get_difference (claim, d))),
                         kind))
          return TRUE;
    }
  return FALSE;
}

static gboolean
expected (JsonObject *truth,
          const char *id,
          const char *kind)
{
  JsonArray *differences = json_object_get_array_member (truth, "differences");

  for (guint d = 0; d < json_array_get_length (differences); d++)
    {
      JsonObject *difference = json_array_get_object_element (differences, d);

      if (g_str_equal (json_object_get_string_member (difference, "claim"), id)
          && g_str_equal (json_object_get_string_member (difference, "kind"), kind))
        return TRUE;
    }
  return FALSE;
}

static gboolean
run_story (const char *root,
           const char *story,
           Score      *total)
{
  g_autofree char *truth_path = g_build_filename (story, "truth.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  g_autoptr(PxComparison) comparison = NULL;
  g_autofree char *dir = NULL;
  g_autofree GPtrArray **ids = NULL;
  JsonObject *truth;
  JsonArray *inputs;
  Score score = { 0, };
  guint n;

  if (!json_parser_load_from_file (parser, truth_path, &error))
    {
      fprintf (stderr, "%s: %s\n", truth_path, error->message);
      return FALSE;
    }
  truth = json_node_get_object (json_parser_get_root (parser));
  inputs = json_object_get_array_member (truth, "inputs");
  n = json_array_get_length (inputs);
  dir = json_object_has_member (truth, "dir")
          ? g_build_filename (root, json_object_get_string_member (truth, "dir"), NULL)
          : g_strdup (story);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_build_filename (dir, json_array_get_string_element (inputs, i), NULL);
      PxArticle *article = px_input_load_article (fetcher, path, NULL, NULL, &error);

      if (article == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return FALSE;
        }
      g_ptr_array_add (articles, article);
    }

  comparison = px_compare ((PxArticle **) articles->pdata, n, NULL, &error);
  if (comparison == NULL)
    {
      fprintf (stderr, "%s: %s\n", story, error->message);
      return FALSE;
    }

  ids = g_new0 (GPtrArray *, n);
  for (guint s = 0; s < n; s++)
    ids[s] = truth_ids (truth, json_array_get_string_element (inputs, s), comparison, s);

  /* Pairs of sentences: together in the truth, together in the result. */
  for (guint a = 0; a < n; a++)
    for (guint i = 0; i < ids[a]->len; i++)
      for (guint b = a; b < n; b++)
        for (guint j = (b == a ? i + 1 : 0); j < ids[b]->len; j++)
          {
            const char *ia = g_ptr_array_index (ids[a], i), *ib = g_ptr_array_index (ids[b], j);
            gboolean truly = *ia != '\0' && g_str_equal (ia, ib);
            gboolean found = px_comparison_get_sentence_claim (comparison, a, i)
                             == px_comparison_get_sentence_claim (comparison, b, j);

            if (truly && found)
              score.true_positive++;
            else if (found)
              {
                g_autofree char *ta = px_comparison_dup_sentence_text (comparison, a, i);
                g_autofree char *tb = px_comparison_dup_sentence_text (comparison, b, j);

                score.false_positive++;
                printf ("    joined wrongly: %.60s | %.60s\n", ta, tb);
              }
            else if (truly)
              {
                g_autofree char *ta = px_comparison_dup_sentence_text (comparison, a, i);
                g_autofree char *tb = px_comparison_dup_sentence_text (comparison, b, j);

                score.false_negative++;
                printf ("    not joined (%s): %.60s | %.60s\n", ia, ta, tb);
              }
          }

  {
    JsonArray *differences = json_object_get_array_member (truth, "differences");
    JsonArray *equal = json_object_get_array_member (truth, "equal");

    for (guint d = 0; d < json_array_get_length (differences); d++)
      {
        JsonObject *difference = json_array_get_object_element (differences, d);
        const char *id = json_object_get_string_member (difference, "claim");
        const char *kind = json_object_get_string_member (difference, "kind");

        score.differences++;
        if (flagged (comparison, ids, id, kind))
          score.found++;
        else
          printf ("    missed %s in %s: %s\n", kind, id, json_object_get_string_member (difference, "why"));
      }
    for (guint e = 0; e < json_array_get_length (equal); e++)
      {
        JsonObject *entry = json_array_get_object_element (equal, e);
        JsonArray *kinds = json_object_get_array_member (entry, "kinds");
        const char *id = json_object_get_string_member (entry, "claim");

        for (guint k = 0; k < json_array_get_length (kinds); k++)
          if (flagged (comparison, ids, id, json_array_get_string_element (kinds, k)))
            {
              score.false_alarms++;
              printf ("    false alarm: %s in %s (%s)\n", json_array_get_string_element (kinds, k), id,
                      json_object_get_string_member (entry, "why"));
            }
      }
  }

  /* Every difference flagged, against the differences written down. */
  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);
      guint n_members;
      const PxSentenceRef *members = px_claim_get_members (claim, &n_members);

      for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
        {
          PxDifference *difference = px_claim_get_difference (claim, d);
          const char *kind = px_difference_kind_to_string (px_difference_get_kind (difference));
          gboolean ok = FALSE;

          for (guint m = 0; m < n_members && !ok; m++)
            ok = expected (truth, g_ptr_array_index (ids[members[m].source], members[m].sentence), kind);
          score.flagged++;
          score.flagged_expected += ok;
          if (!ok)
            printf ("    not written down: [%s] %s\n", kind, px_difference_get_summary (difference));
        }
    }

  {
    double precision = score.true_positive / (double) MAX (score.true_positive + score.false_positive, 1);
    double recall = score.true_positive / (double) MAX (score.true_positive + score.false_negative, 1);

    printf ("  %-10s pairs P %.3f R %.3f F1 %.3f | differences found %u/%u, flagged %u (%u written down), "
            "false alarms on equal values %u\n",
            g_path_get_basename (story), precision, recall,
            precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0, score.found,
            score.differences, score.flagged, score.flagged_expected, score.false_alarms);
  }

  for (guint s = 0; s < n; s++)
    g_ptr_array_unref (ids[s]);

  total->true_positive += score.true_positive;
  total->false_positive += score.false_positive;
  total->false_negative += score.false_negative;
  total->differences += score.differences;
  total->found += score.found;
  total->flagged += score.flagged;
  total->flagged_expected += score.flagged_expected;
  total->false_alarms += score.false_alarms;
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  Score total = { 0, };
  double precision, recall, f1, difference_recall;
  gboolean pass;

  if (argc < 3)
    {
      fprintf (stderr, "Usage: %s SOURCE_ROOT STORY_DIR...\n", argv[0]);
      return 2;
    }

  for (int i = 2; i < argc; i++)
    if (!run_story (argv[1], argv[i], &total))
      return 1;

  precision = total.true_positive / (double) MAX (total.true_positive + total.false_positive, 1);
  recall = total.true_positive / (double) MAX (total.true_positive + total.false_negative, 1);
  f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  difference_recall = total.found / (double) MAX (total.differences, 1);
  pass = f1 >= 0.9 && difference_recall >= 0.85 && total.false_alarms == 0;

  printf ("alignment: %d stories, pairwise precision %.3f, recall %.3f, F1 %.3f (target >= 0.9)\n", argc - 2,
          precision, recall, f1);
  printf ("differences: recall %.3f (%u of %u, target >= 0.85), %u flagged of which %u written down, "
          "%u false alarms on equal values (target 0)\n",
          difference_recall, total.found, total.differences, total.flagged, total.flagged_expected,
          total.false_alarms);
  printf ("%s\n", pass ? "PASS" : "FAIL");
  return pass ? 0 : 1;
}
