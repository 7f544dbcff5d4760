/* bench-export.c: how long a large story takes to export, in each format
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The story: N_SOURCES outlets, each N_PARAGRAPHS paragraphs of two
 * sentences on the same events (so that claims line up, with numbers that
 * differ), N_PASSAGES annotations on single passages and N_CLAIMS verdicts
 * on a sentence in every outlet.
 */
#include "config.h"

#include "px-export.h"
#include "px-extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define N_SOURCES    8
#define N_PARAGRAPHS 60
#define N_PASSAGES   400
#define N_CLAIMS     40
#define N_REPEATS    5

static const char * const places[] = {
  "Harbourside", "Northgate", "Eastfield", "Millbrook", "Kingsway", "Riverton", "Ashford", "Bellmoor",
};
static const char * const verbs[] = { "said", "reported", "announced", "confirmed" };
static const char * const syllables[] = { "ka", "lo", "mer", "tan", "vo", "ris", "del", "sun" };

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static char *
make_text (guint source)
{
  GString *text = g_string_new (NULL);

  for (guint p = 0; p < N_PARAGRAPHS; p++)
    {
      const char *place = places[p % G_N_ELEMENTS (places)];
      /* A made-up name per paragraph, so that each one is a claim of its own. */
      g_autofree char *name = g_strdup_printf ("%s%s%s", syllables[p % 8], syllables[(p / 8) % 8],
                                               syllables[(p * 5 + 3) % 8]);
      /* Most outlets agree on the figure; every third one gives another. */
      guint people = (p + 3) * 17 + ((source % 3 == 2 && p % 4 == 0) ? 40 : 0);

      if (text->len > 0)
        g_string_append (text, "\n\n");
      /* Each outlet leaves out some paragraphs: omissions. */
      if ((p + source) % 7 == 0)
        {
          g_string_append_printf (text, "Outlet %u alone noted a detail about item %u of the day.", source, p);
          continue;
        }
      g_string_append_printf (text,
                              "Officials in %s %s that %u residents had been moved from homes near bridge %u "
                              "on Tuesday. The %s council %s the ferry to pier %u would stay closed until Friday.",
                              place, verbs[(p + source) % G_N_ELEMENTS (verbs)], people, p, name,
                              verbs[p % G_N_ELEMENTS (verbs)], p);
    }

  return g_string_free (text, FALSE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PxStore) store = NULL;
  gint64 sources[N_SOURCES];
  gint64 story;
  GTimer *timer = g_timer_new ();

  if (argc != 2)
    {
      fprintf (stderr, "Usage: bench-export DIRECTORY\n");
      return 2;
    }

  path = g_build_filename (argv[1], "bench.db", NULL);
  store = px_store_open (path, &error);
  g_assert_no_error (error);
  story = px_store_create_story (store, "Benchmark story", &error);
  g_assert_no_error (error);

  for (guint s = 0; s < N_SOURCES; s++)
    {
      g_autofree char *text = make_text (s);
      g_autofree char *input = g_strdup_printf ("outlet-%u.txt", s);
      g_autoptr(PxArticle) article = px_extract_plain_text (input, text, strlen (text), &error);

      g_assert_no_error (error);
      article->outlet = g_strdup_printf ("Outlet %u", s);
      article->url = g_strdup_printf ("https://outlet%u.example/news/floods", s);
      sources[s] = px_store_add_source (store, story, article, NULL, &error);
      g_assert_no_error (error);
    }

  for (guint a = 0; a < N_PASSAGES; a++)
    {
      guint p = a % N_PARAGRAPHS;
      g_autofree char *quote = g_strdup_printf ("moved from homes near bridge %u on", p);
      PxTargetSpec spec = { .source_id = sources[(a / N_PARAGRAPHS) % N_SOURCES], .quote = quote };

      /* Paragraphs an outlet left out have nothing to annotate. */
      if (px_store_create_annotation (store, story, &spec, 1, (PxVerdict) (a % 6),
                                      "A note, with \"quotes\", commas and <markup>.", NULL) == 0)
        continue;
    }

  for (guint c = 0; c < N_CLAIMS; c++)
    {
      g_autofree char *quote = g_strdup_printf ("the ferry to pier %u would stay closed", c);
      PxTargetSpec specs[N_SOURCES];
      guint n = 0;

      for (guint s = 0; s < N_SOURCES; s++)
        if ((c + s) % 7 != 0)
          specs[n++] = (PxTargetSpec) { .source_id = sources[s], .quote = quote };
      px_store_create_annotation (store, story, specs, n, PX_VERDICT_MISLEADING, "On the claim.", &error);
      g_assert_no_error (error);
    }

  {
    g_autoptr(GPtrArray) annotations = px_store_list_annotations (store, story, FALSE, &error);
    g_autoptr(PxComparison) comparison = NULL;
    double start = cpu_ms ();

    g_assert_no_error (error);
    g_timer_start (timer);
    comparison = px_export_compare_story (PX_LIBRARY (store), story, NULL, &error);
    g_assert_no_error (error);
    printf ("Story: %u sources, %u paragraphs each, %u annotations, %u claims, %u differences\n",
            N_SOURCES, N_PARAGRAPHS, annotations->len, px_comparison_get_n_claims (comparison),
            px_comparison_get_n_differences (comparison));
    printf ("Comparing the story alone: %.0f ms wall, %.0f ms CPU\n\n", g_timer_elapsed (timer, NULL) * 1000,
            cpu_ms () - start);
  }

  printf ("%-12s %12s %12s %12s\n", "format", "bytes", "median ms", "median CPU ms");
  for (PxExportFormat format = PX_EXPORT_FORMAT_MARKDOWN; format <= PX_EXPORT_FORMAT_CSV; format++)
    {
      double wall[N_REPEATS], cpu[N_REPEATS];
      gsize size = 0;

      for (guint r = 0; r < N_REPEATS; r++)
        {
          g_autofree char *out = NULL;
          double start = cpu_ms ();

          g_timer_start (timer);
          out = px_export_story (PX_LIBRARY (store), story, format, NULL, NULL, &error);
          g_assert_no_error (error);
          wall[r] = g_timer_elapsed (timer, NULL) * 1000;
          cpu[r] = cpu_ms () - start;
          size = strlen (out);
        }
      qsort (wall, N_REPEATS, sizeof (double), compare_doubles);
      qsort (cpu, N_REPEATS, sizeof (double), compare_doubles);
      printf ("%-12s %12" G_GSIZE_FORMAT " %12.1f %12.1f\n", px_export_format_to_string (format), size,
              wall[N_REPEATS / 2], cpu[N_REPEATS / 2]);
    }
  printf ("\n(markdown and html include comparing the story; median of %d runs)\n", N_REPEATS);

  g_timer_destroy (timer);
  px_store_close (store, NULL);
  return 0;
}
