/* px-cli-features.c: parallax-cli similarity-features, a hidden command
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the aligner's own pair features, so that tools/fit-similarity.py
 * fits the weights on exactly what the engine computes:
 *   similarity-features INPUT...      every candidate pair of sentences of
 *                                     a story: "A SA B SB P F1 ... Fn"
 *   similarity-features --all INPUT...
 *                                     every pair, of one source too,
 *                                     after each sentence's weighted
 *                                     words: "vector A SA FURNITURE ID:W..."
 *                                     and "words A SA NORM|KIND|ID|W ..."
 *   similarity-features --all --apart INPUT...
 *                                     the same, with "apart A SA B SB X"
 *                                     after each pair whose probability
 *                                     the rule of two happenings of one
 *                                     kind scales by X
 *   similarity-features --pairs FILE  each line "TEXT1<TAB>TEXT2" as a pair
 *                                     of passages: "LINE P F1 ... Fn"
 *                                     (LINE from 0)
 * (A, B: the inputs' indexes; SA, SB: their sentences; P: the probability
 * under the current weights). The first line names the columns.
 */
#include "config.h"

#include "px-cli-private.h"
#include "px-input.h"
#include "px-similarity.h"
#include "px-text.h"

#include <stdio.h>

typedef struct
{
  PxSimilarity *similarity;
  const PxPassage *passages;
} Printer;

static void
print_features (PxSimilarity *similarity,
                guint         i,
                guint         j)
{
  double features[PX_N_FEATURES];

  _px_similarity_features (similarity, i, j, features);
  printf ("%.4f", _px_similarity_probability (similarity, i, j));
  for (guint f = 0; f < PX_N_FEATURES; f++)
    printf (" %.4f", features[f]);
  printf ("\n");
}

static void
print_candidate_cb (guint    i,
                    guint    j,
                    gpointer user_data)
{
  Printer *printer = user_data;

  printf ("%u %u %u %u ", printer->passages[i].source, printer->passages[i].first, printer->passages[j].source,
          printer->passages[j].first);
  print_features (printer->similarity, i, j);
}

static void
collect_candidate_cb (guint    i,
                      guint    j,
                      gpointer user_data)
{
  gint64 key = ((gint64) i << 32) | j;

  g_array_append_val (user_data, key);
}

static void
print_header (const char *keys)
{
  printf ("%s p", keys);
  for (guint f = 0; f < PX_N_FEATURES; f++)
    printf (" %s", px_feature_names[f]);
  printf ("\n");
}

static PxDocument *
document_of_text (const char *text)
{
  g_autoptr(PxArticle) article = px_article_new ("-");
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();

  g_ptr_array_add (paragraphs, (gpointer) text);
  px_article_set_paragraphs (article, paragraphs);
  return px_document_new (article);
}

static int
print_pairs (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify) px_document_unref);
  g_autoptr(GArray) passages = g_array_new (FALSE, FALSE, sizeof (PxPassage));
  g_autoptr(PxSimilarity) similarity = NULL;
  g_autoptr(GArray) line_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    {
      _px_cli_print_error ("%s", error->message);
      return PX_CLI_EXIT_FAILED;
    }
  lines = g_strsplit (contents, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_auto(GStrv) texts = g_strsplit (lines[l], "\t", 2);

      if (g_strv_length (texts) < 2)
        continue;
      g_array_append_val (line_numbers, l);
      for (guint k = 0; k < 2; k++)
        {
          PxDocument *document = document_of_text (g_strstrip (texts[k]));
          PxPassage passage = { document, 0, document->sentences->len, documents->len };

          g_ptr_array_add (documents, document);
          g_array_append_val (passages, passage);
        }
    }

  similarity = _px_similarity_new ((PxPassage *) passages->data, passages->len);
  print_header ("pair");
  for (guint i = 0; i + 1 < passages->len; i += 2)
    {
      printf ("%u ", g_array_index (line_numbers, guint, i / 2));
      print_features (similarity, i, i + 1);
    }
  return PX_CLI_EXIT_OK;
}

int
_px_cli_similarity_features (int    argc,
                             char **argv)
{
  g_autofree char *pairs = NULL;
  gboolean all = FALSE, apart = FALSE;
  GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, "Every pair of sentences, not only the candidates", NULL },
    { "apart", 0, 0, G_OPTION_ARG_NONE, &apart, "With --all: the pairs the rule of two happenings scales", NULL },
    { "pairs", 0, 0, G_OPTION_ARG_FILENAME, &pairs, "Pairs of texts, one pair a line, tab-separated", "FILE" },
    { NULL }
  };
  g_autoptr(PxFetcher) fetcher = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify) px_document_unref);
  g_autoptr(GArray) passages = g_array_new (FALSE, FALSE, sizeof (PxPassage));
  g_autoptr(PxSimilarity) similarity = NULL;
  Printer printer;

  if (!_px_cli_parse_options ("similarity-features", "INPUT…", "Print the aligner's pair features (for fitting).",
                              entries, &argc, &argv))
    return PX_CLI_EXIT_USAGE;
  if (pairs != NULL)
    return print_pairs (pairs);

  fetcher = _px_cli_new_fetcher ();
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = px_input_load_article (fetcher, argv[i], NULL, NULL, &error);

      if (article == NULL)
        {
          _px_cli_print_error ("%s", error->message);
          return PX_CLI_EXIT_FAILED;
        }
      g_ptr_array_add (documents, px_document_new (article));
    }
  for (guint d = 0; d < documents->len; d++)
    {
      PxDocument *document = documents->pdata[d];

      for (guint s = 0; s < document->sentences->len; s++)
        {
          PxPassage passage = { document, s, 1, d };

          g_array_append_val (passages, passage);
        }
    }

  similarity = _px_similarity_new ((PxPassage *) passages->data, passages->len);
  printer.similarity = similarity;
  printer.passages = (PxPassage *) passages->data;
  if (all)
    {
      /* every pair: "A SA B SB QUICK P F1 ...", QUICK the quick cosine,
       * negative for a pair that is no candidate */
      g_autoptr(GHashTable) candidates = g_hash_table_new (g_int64_hash, g_int64_equal);
      g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));

      _px_similarity_foreach_candidate (similarity, collect_candidate_cb, keys, NULL);
      for (guint k = 0; k < keys->len; k++)
        g_hash_table_add (candidates, &g_array_index (keys, gint64, k));
      for (guint i = 0; i < passages->len; i++)
        {
          g_autofree char *vector = _px_similarity_describe (similarity, i);

          g_autofree char *words = _px_similarity_describe_words (similarity, i);

          printf ("vector %u %u %s\n", printer.passages[i].source, printer.passages[i].first, vector);
          printf ("words %u %u %s\n", printer.passages[i].source, printer.passages[i].first, words);
        }
      printf ("a sa b sb candidate p");
      for (guint f = 0; f < PX_N_FEATURES; f++)
        printf (" %s", px_feature_names[f]);
      printf ("\n");
      for (guint i = 0; i < passages->len; i++)
        for (guint j = i + 1; j < passages->len; j++)
          {
            gint64 key = ((gint64) i << 32) | j;

            printf ("%u %u %u %u %.4f ", printer.passages[i].source, printer.passages[i].first,
                    printer.passages[j].source, printer.passages[j].first,
                    g_hash_table_contains (candidates, &key) ? MAX (_px_similarity_quick (similarity, i, j), 1e-4) : -_px_similarity_quick (similarity, i, j));
            print_features (similarity, i, j);
            if (apart && _px_similarity_apart_factor (similarity, i, j) != 1.0)
              printf ("apart %u %u %u %u %g\n", printer.passages[i].source, printer.passages[i].first,
                      printer.passages[j].source, printer.passages[j].first,
                      _px_similarity_apart_factor (similarity, i, j));
          }
      return PX_CLI_EXIT_OK;
    }
  print_header ("a sa b sb");
  _px_similarity_foreach_candidate (similarity, print_candidate_cb, &printer, NULL);
  return PX_CLI_EXIT_OK;
}
