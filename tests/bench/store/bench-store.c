/* bench-store.c: annotation save latency and search over 10,000 articles
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-store.h"
#include "px-store-private.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <time.h>

#define N_SAVES    1000
#define N_ARTICLES 10000
#define N_REPEATS  5

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (double *sorted,
            guint   n,
            double  p)
{
  guint index = (guint) (p * (n - 1) + 0.5);

  return sorted[MIN (index, n - 1)];
}

/* CPU time of this thread in ms: on a machine shared with other work, wall
 * time says as much about the neighbours as about the search.
 */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
print_load (void)
{
  g_autofree char *load = NULL;

  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
    printf ("load average: %.*s (%u processors)\n", (int) strcspn (load, " \n") , load, g_get_num_processors ());
}

static void
fail (const char *what,
      GError     *error)
{
  fprintf (stderr, "bench-store: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

/* A made-up vocabulary with a long tail, so that some words are in almost
 * every article and most in a few.
 */
static char **
make_vocabulary (GRand *rand,
                 guint  n_words)
{
  static const char * const syllables[] = {
    "ka", "ro", "mi", "ten", "sol", "var", "de", "li", "on", "gra", "pel", "us", "tor", "an",
    "bri", "em", "sta", "qui", "dor", "fen", "al", "zu", "nor", "ex", "ple", "vi", "mon", "ar",
  };
  char **words = g_new0 (char *, n_words + 1);

  for (guint i = 0; i < n_words; i++)
    {
      GString *word = g_string_new (NULL);
      guint n_syllables = g_rand_int_range (rand, 2, 5);

      for (guint s = 0; s < n_syllables; s++)
        g_string_append (word, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
      words[i] = g_string_free (word, FALSE);
    }

  return words;
}

static const char *
zipf_word (GRand  *rand,
           char  **words,
           guint   n_words)
{
  /* Rank ~ n^u for uniform u: a cheap long-tailed draw. */
  double u = g_rand_double (rand);
  guint rank = (guint) (pow (n_words, u)) - 1;

  return words[MIN (rank, n_words - 1)];
}

static char *
make_article_text (GRand  *rand,
                   char  **words,
                   guint   n_words,
                   guint   index)
{
  GString *text = g_string_new (NULL);
  guint n_paragraphs = g_rand_int_range (rand, 6, 12);

  for (guint p = 0; p < n_paragraphs; p++)
    {
      guint n_sentences = g_rand_int_range (rand, 2, 5);

      if (p > 0)
        g_string_append (text, "\n\n");
      for (guint s = 0; s < n_sentences; s++)
        {
          guint n = g_rand_int_range (rand, 8, 22);

          for (guint w = 0; w < n; w++)
            {
              const char *word = zipf_word (rand, words, n_words);

              if (w == 0)
                {
                  g_string_append_c (text, g_ascii_toupper (word[0]));
                  g_string_append (text, word + 1);
                }
              else
                {
                  g_string_append_c (text, ' ');
                  g_string_append (text, word);
                }
            }
          /* A few real words, so that phrase queries have something to find. */
          if (index % 7 == 0 && s == 0)
            g_string_append (text, " said the drones were launched at the residence");
          if (index % 50 == 0 && s == 1)
            g_string_append (text, " in the Novgorod region");
          g_string_append (text, ". ");
        }
    }

  return g_string_free (text, FALSE);
}

static void
bench_saves (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "saves.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  g_autoptr(PxArticle) article = px_article_new ("bench.html");
  g_autofree double *times = g_new (double, N_SAVES);
  g_autofree double *cpu_times = g_new (double, N_SAVES);
  gint64 story;
  gint64 source;
  GString *text = g_string_new (NULL);

  if (store == NULL)
    fail ("open", error);

  for (int i = 0; i < 200; i++)
    g_string_append_printf (text, "Sentence number %d says something about drones and residences. ", i);
  article->text = g_string_free (text, FALSE);

  story = px_store_create_story (store, "Latency", &error);
  source = px_store_add_source (store, story, article, NULL, &error);
  if (source == 0)
    fail ("add source", error);

  for (int i = 0; i < N_SAVES; i++)
    {
      g_autofree char *quote = g_strdup_printf ("Sentence number %d says", i % 200);
      g_autofree char *note = g_strdup_printf ("Note %d on this sentence", i);
      PxTargetSpec spec = { .source_id = source, .quote = quote };
      double cpu_start = cpu_ms ();
      gint64 start = g_get_monotonic_time ();

      if (px_store_create_annotation (store, story, &spec, 1, PX_VERDICT_MISLEADING, note, &error) == 0)
        fail ("save annotation", error);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      cpu_times[i] = cpu_ms () - cpu_start;
    }

  qsort (times, N_SAVES, sizeof (double), compare_doubles);
  qsort (cpu_times, N_SAVES, sizeof (double), compare_doubles);
  printf ("annotation save (synchronous=FULL, WAL), %d saves: median %.2f ms, p99 %.2f ms, max %.2f ms; "
          "CPU median %.2f ms, p99 %.2f ms\n",
          N_SAVES, percentile (times, N_SAVES, 0.5), percentile (times, N_SAVES, 0.99), times[N_SAVES - 1],
          percentile (cpu_times, N_SAVES, 0.5), percentile (cpu_times, N_SAVES, 0.99));

  px_store_close (store, NULL);
}

static void
bench_search (const char *dir)
{
  static const char * const queries[] = {
    "drones",                  /* one article in seven */
    "Novgorod",                /* one in fifty */
    "\"launched at the residence\"",
    "drones Novgorod",
    "resid",                   /* prefix */
    NULL,                      /* filled with common made-up words below */
    NULL,
    NULL,
  };
  g_autofree char *path = g_build_filename (dir, "search.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261124);
  guint n_words = 20000;
  g_auto(GStrv) words = make_vocabulary (rand, n_words);
  const char *search_queries[G_N_ELEMENTS (queries)];
  g_autofree char *common_pair = NULL;
  guint n_times = G_N_ELEMENTS (queries) * N_REPEATS;
  g_autofree double *times = g_new (double, n_times);
  g_autofree double *cpu_times = g_new (double, n_times);
  guint t = 0;
  gint64 story;
  gint64 fill_start;
  GStatBuf st;

  if (store == NULL)
    fail ("open", error);

  /* Filling is not what is measured: commit without waiting for the disk. */
  sqlite3_exec (_px_store_get_connection (store), "PRAGMA synchronous = OFF", NULL, NULL, NULL);
  fill_start = g_get_monotonic_time ();
  story = px_store_create_story (store, "Ten thousand articles", &error);
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      g_autoptr(PxArticle) article = px_article_new ("article.html");

      if (i % 100 == 0 && i > 0)
        story = px_store_create_story (store, "More articles", &error);
      article->title = g_strdup_printf ("Report %u on %s and %s", i, zipf_word (rand, words, n_words),
                                        zipf_word (rand, words, n_words));
      article->outlet = g_strdup_printf ("Outlet %u", i % 40);
      article->text = make_article_text (rand, words, n_words, i);
      if (px_store_add_source (store, story, article, NULL, &error) == 0)
        fail ("add article", error);
    }
  sqlite3_exec (_px_store_get_connection (store), "PRAGMA synchronous = FULL", NULL, NULL, NULL);
  g_stat (path, &st);
  printf ("filled %d articles in %.1f s; database %.0f MB\n", N_ARTICLES,
          (g_get_monotonic_time () - fill_start) / 1e6, st.st_size / 1e6);

  memcpy (search_queries, queries, sizeof queries);
  search_queries[5] = words[0];
  search_queries[6] = words[5];
  common_pair = g_strdup_printf ("%s %s", words[1], words[2]);
  search_queries[7] = common_pair;

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      double best = G_MAXDOUBLE;
      double worst = 0;
      double worst_cpu = 0;
      guint n_hits = 0;

      for (int r = 0; r < N_REPEATS; r++)
        {
          double cpu_start = cpu_ms ();
          gint64 start = g_get_monotonic_time ();
          g_autoptr(GPtrArray) hits = px_store_search (store, search_queries[q], 20, &error);
          double ms = (g_get_monotonic_time () - start) / 1000.0;
          double cpu = cpu_ms () - cpu_start;

          if (hits == NULL)
            fail ("search", error);
          n_hits = hits->len;
          cpu_times[t] = cpu;
          times[t++] = ms;
          best = MIN (best, ms);
          worst = MAX (worst, ms);
          worst_cpu = MAX (worst_cpu, cpu);
        }
      printf ("  search %-32s %2u hits shown: %.1f–%.1f ms (CPU at most %.1f ms)\n", search_queries[q],
              n_hits, best, worst, worst_cpu);
    }

  qsort (times, n_times, sizeof (double), compare_doubles);
  qsort (cpu_times, n_times, sizeof (double), compare_doubles);
  printf ("search over %d articles, %u queries: median %.1f ms, p95 %.1f ms, max %.1f ms; "
          "CPU median %.1f ms, max %.1f ms\n",
          N_ARTICLES, n_times, percentile (times, n_times, 0.5), percentile (times, n_times, 0.95),
          times[n_times - 1], percentile (cpu_times, n_times, 0.5), cpu_times[n_times - 1]);

  px_store_close (store, NULL);
}

int
main (int    argc,
      char **argv)
{
  if (argc != 2)
    {
      fprintf (stderr, "Usage: bench-store DIRECTORY\n");
      return 2;
    }

  print_load ();
  bench_saves (argv[1]);
  bench_search (argv[1]);
  return 0;
}
