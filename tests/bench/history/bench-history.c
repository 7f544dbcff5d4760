/* bench-history.c: time and peak memory of px_history_diff_new() between
 * two versions of one article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-history WORDS [RUNS]
 *
 * Three cases for an article of about WORDS words: an edited version (one
 * sentence in ten reworded, one in twenty with a figure changed, a
 * paragraph removed and one added, as outlets edit a live story); the
 * same sentences in another order; and a version with nothing in common.
 * The last two are the worst cases for the sentence alignment. Prints the
 * CPU time of a diff (the median of RUNS, 5 by default) and the process's
 * peak resident memory at the end.
 */
#include "config.h"

#include "px-history.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static const char * const subjects[] = {
  "The minister", "Officials", "Residents", "The council", "Police", "Witnesses", "The agency",
  "Analysts", "The company", "Rescue teams", "The governor", "Negotiators",
};
static const char * const verbs[] = {
  "said", "reported", "confirmed", "denied", "estimated", "warned", "announced", "claimed",
};
static const char * const objects[] = {
  "drones were launched at the northern region overnight",
  "the bridge would stay closed until the repairs were finished",
  "prices had risen faster than the bank expected this year",
  "the convoy reached the city after a delay at the border",
  "flights from the airport were suspended because of the storm",
  "talks with the delegation would resume early next week",
};

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
append_sentence (GString *text,
                 guint    n,
                 guint    figure,
                 gboolean reworded)
{
  g_string_append_printf (text, "%s %s that %u %s, in report %u.", subjects[n % G_N_ELEMENTS (subjects)],
                          reworded ? "stated" : verbs[n % G_N_ELEMENTS (verbs)], figure,
                          objects[n % G_N_ELEMENTS (objects)], n);
  g_string_append (text, n % 4 == 3 ? "\n\n" : " ");
}

static PxArticle *
make_article (GString *text)
{
  PxArticle *article = px_article_new ("bench");

  g_free (article->text);
  article->text = g_strdup (text->str);
  return article;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
run_case (const char *name,
          PxArticle  *from,
          PxArticle  *to,
          guint       runs)
{
  g_autofree double *times = g_new (double, runs);
  guint n_from = 0, n_to = 0, n_reworded = 0;

  for (guint r = 0; r < runs; r++)
    {
      double start = cpu_seconds ();
      g_autoptr(GError) error = NULL;
      g_autoptr(PxHistoryDiff) diff = px_history_diff_new (from, to, "version 1", "version 2", NULL, &error);

      times[r] = cpu_seconds () - start;
      if (diff == NULL)
        {
          fprintf (stderr, "bench-history: %s\n", error->message);
          exit (1);
        }
      n_from = px_history_diff_get_document (diff, PX_HISTORY_FROM)->sentences->len;
      n_to = px_history_diff_get_document (diff, PX_HISTORY_TO)->sentences->len;
      n_reworded = px_history_diff_count (diff, PX_HISTORY_REWORDED);
    }

  qsort (times, runs, sizeof (double), compare_doubles);
  printf ("%-10s %6u -> %6u sentences, %5u reworded: %8.1f ms CPU (median of %u)\n", name, n_from, n_to,
          n_reworded, times[runs / 2] * 1000, runs);
}

int
main (int    argc,
      char **argv)
{
  guint words = argc > 1 ? (guint) atoi (argv[1]) : 2000;
  guint runs = argc > 2 ? (guint) atoi (argv[2]) : 5;
  guint n = MAX (words / 16, 8);
  g_autoptr(GString) v1 = g_string_new (NULL);
  g_autoptr(GString) v2 = g_string_new (NULL);
  g_autoptr(GString) moved = g_string_new (NULL);
  g_autoptr(GString) other = g_string_new (NULL);
  g_autoptr(PxArticle) a1 = NULL;
  g_autoptr(PxArticle) a2 = NULL;
  g_autoptr(PxArticle) a3 = NULL;
  g_autoptr(PxArticle) a4 = NULL;
  struct rusage usage;

  if (runs == 0)
    runs = 1;

  for (guint i = 0; i < n; i++)
    {
      append_sentence (v1, i, 10 + i, FALSE);
      /* the fourth paragraph removed, one added after the tenth */
      if (i / 4 != 3)
        append_sentence (v2, i, i % 20 == 7 ? 11 + i : 10 + i, i % 10 == 5);
      if (i == 40)
        for (guint j = 0; j < 4; j++)
          append_sentence (v2, 100000 + j, j, FALSE);
      append_sentence (moved, (i * 7919) % n, 10 + (i * 7919) % n, FALSE);
      g_string_append_printf (other, "Another account %u mentions topic %u and place %u.%s", i, i * 3, i * 11,
                              i % 4 == 3 ? "\n\n" : " ");
    }

  a1 = make_article (v1);
  a2 = make_article (v2);
  a3 = make_article (moved);
  a4 = make_article (other);
  printf ("%u words, %zu bytes of text\n", words, v1->len);
  run_case ("edited", a1, a2, runs);
  run_case ("shuffled", a1, a3, runs);
  run_case ("unrelated", a1, a4, runs);

  getrusage (RUSAGE_SELF, &usage);
  printf ("peak memory %.1f MB\n", usage.ru_maxrss / 1024.0);
  return 0;
}
