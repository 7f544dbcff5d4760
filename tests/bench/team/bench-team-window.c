/* bench-team-window.c: how soon a colleague's annotation shows in the
 * windows of 20 people working in one team library
 *
 * Twenty processes, each one window with its own connection to the
 * library (as twenty people's Parallax), show the same story. A colleague,
 * on another connection, saves annotations one after another; each window
 * says (on its standard output) when the annotation is among those its
 * Annotations panel and underlines show, and the time from the save
 * returning to that moment is recorded (CLOCK_MONOTONIC, the same clock in
 * every process): the NOTIFY, the listener thread, the main loop and the
 * window's reading of the annotations.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-annotator.h"
#include "px-pg-store.h"
#include "px-window.h"
#include "px-window-private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#define MAX_WINDOWS    20
#define N_ANNOTATIONS  25

static const char article_text[] =
  "Councillors voted by nine votes to four to close the old bridge. "
  "The mayor said repairs would cost 4.75 million euros.";

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *values,
            double  p)
{
  guint index = (guint) (p * (values->len - 1) + 0.5);

  return g_array_index (values, double, MIN (index, values->len - 1));
}

static void
fail (const char *what,
      GError     *error)
{
  fprintf (stderr, "bench-team-window: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

static PxPgStore *
open_team (const char *dir,
           const char *author)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *queue_dir = g_build_filename (dir, "queues", author, NULL);
  PxPgStore *store = px_pg_store_open (g_getenv ("PX_TEST_PG_URI"), g_getenv ("PX_TEST_PG_PASSWORD"), author,
                                       queue_dir, &error);

  if (store == NULL)
    fail ("opening the team library", error);
  return store;
}

static gboolean
settled (PxWindow *window)
{
  return px_story_view_get_n_columns (px_window_get_story_view (window)) >= 1
         && !px_story_view_get_comparing (px_window_get_story_view (window));
}

/* One person's window: prints "ready", then "seen ID MICROSECONDS" for
 * each annotation as it appears among the window's.
 */
static int
run_window (const char *dir,
            const char *name,
            gint64      story_id)
{
  g_autoptr(PxPgStore) store = open_team (dir, name);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  PxWindow *window;
  gint64 deadline;

  px_pg_store_listen (store);
  window = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  gtk_window_present (GTK_WINDOW (window));
  px_window_set_library (window, PX_LIBRARY (store), FALSE);
  px_window_open_story (window, story_id);
  deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  while (!settled (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* The listener's connection is made by now. */
  g_usleep (500 * 1000);
  printf ("ready\n");
  fflush (stdout);

  while (g_get_monotonic_time () < deadline + 120 * G_USEC_PER_SEC)
    {
      GPtrArray *annotations;

      g_main_context_iteration (NULL, TRUE);
      annotations = px_annotator_get_annotations (_px_window_get_annotator (window));
      for (guint i = 0; annotations != NULL && i < annotations->len; i++)
        {
          gint64 id = ((const PxAnnotation *) g_ptr_array_index (annotations, i))->id;

          if (g_hash_table_add (seen, g_memdup2 (&id, sizeof id)))
            {
              printf ("seen %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", id, g_get_monotonic_time ());
              fflush (stdout);
            }
        }
    }
  return 0;
}

typedef struct
{
  GMutex lock;
  GCond cond;
  guint n_ready;
  GHashTable *seen; /* "WINDOW ID" -> gint64 µs */
} Reports;

typedef struct
{
  Reports *reports;
  GInputStream *stream;
  guint window;
} Reader;

static gpointer
reader_thread (gpointer data)
{
  Reader *reader = data;
  g_autoptr(GDataInputStream) lines = g_data_input_stream_new (reader->stream);
  char *line;

  while ((line = g_data_input_stream_read_line (lines, NULL, NULL, NULL)) != NULL)
    {
      gint64 id, at;

      g_mutex_lock (&reader->reports->lock);
      if (g_str_equal (line, "ready"))
        reader->reports->n_ready++;
      else if (sscanf (line, "seen %" G_GINT64_FORMAT " %" G_GINT64_FORMAT, &id, &at) == 2)
        {
          gint64 *value = g_new (gint64, 1);

          *value = at;
          g_hash_table_insert (reader->reports->seen,
                               g_strdup_printf ("%u %" G_GINT64_FORMAT, reader->window, id), value);
        }
      g_cond_broadcast (&reader->reports->cond);
      g_mutex_unlock (&reader->reports->lock);
      g_free (line);
    }
  return NULL;
}

int
main (int    argc,
      char **argv)
{
  GSubprocess *windows[MAX_WINDOWS];
  GThread *readers[MAX_WINDOWS];
  Reader reader_data[MAX_WINDOWS];
  /* PX_BENCH_WINDOWS: fewer, to compare. */
  guint n_windows = g_getenv ("PX_BENCH_WINDOWS") != NULL
                    ? CLAMP (atoi (g_getenv ("PX_BENCH_WINDOWS")), 1, MAX_WINDOWS) : MAX_WINDOWS;
  Reports reports = { 0 };
  g_autoptr(PxPgStore) maker = NULL;
  g_autoptr(PxPgStore) colleague = NULL;
  g_autoptr(PxArticle) article = px_article_new ("https://example.org/bridge");
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) saved_at = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *load = NULL;
  g_autofree char *story = NULL;
  gint64 story_id, source_id, deadline;
  guint n_seen = 0;

  if (argc == 5 && g_str_equal (argv[1], "--window"))
    {
      gtk_init ();
      adw_init ();
      return run_window (argv[2], argv[3], g_ascii_strtoll (argv[4], NULL, 10));
    }
  if (argc != 2 || g_getenv ("PX_TEST_PG_URI") == NULL)
    {
      fprintf (stderr, "Usage: tests/pg-server.sh run bench-team-window DIR (run.sh does it)\n");
      return 2;
    }

  maker = open_team (argv[1], "Editor");
  article->outlet = g_strdup ("Example News");
  article->title = g_strdup ("The bridge");
  article->text = g_strdup (article_text);
  story_id = px_pg_store_create_story (maker, "Seen by all", &error);
  source_id = px_pg_store_add_source (maker, story_id, article, NULL, &error);
  if (error != NULL)
    fail ("making the story", error);
  story = g_strdup_printf ("%" G_GINT64_FORMAT, story_id);

  g_mutex_init (&reports.lock);
  g_cond_init (&reports.cond);
  reports.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint w = 0; w < n_windows; w++)
    {
      g_autofree char *name = g_strdup_printf ("Reader %u", w + 1);

      windows[w] = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, argv[0], "--window", argv[1], name,
                                     story, NULL);
      if (windows[w] == NULL)
        fail ("starting a window", error);
      reader_data[w] = (Reader) { &reports, g_subprocess_get_stdout_pipe (windows[w]), w };
      readers[w] = g_thread_new ("reader", reader_thread, &reader_data[w]);
    }

  deadline = g_get_monotonic_time () + 180 * G_USEC_PER_SEC;
  g_mutex_lock (&reports.lock);
  while (reports.n_ready < n_windows && g_get_monotonic_time () < deadline)
    g_cond_wait_until (&reports.cond, &reports.lock, deadline);
  g_mutex_unlock (&reports.lock);
  if (reports.n_ready < n_windows)
    fail ("waiting for the windows", NULL);

  colleague = open_team (argv[1], "Colleague");
  for (guint i = 0; i < N_ANNOTATIONS; i++)
    {
      PxTargetSpec target = { .source_id = source_id, .start = 0, .end = 11 };
      gint64 id, now;

      /* Apart, so that each is measured on its own rather than queued behind the last. */
      g_usleep (300 * 1000);
      id = px_pg_store_create_annotation (colleague, story_id, &target, 1, PX_VERDICT_UNVERIFIED, "Seen?", &error);
      now = g_get_monotonic_time ();
      if (id == 0)
        fail ("saving", error);
      g_array_append_val (ids, id);
      g_array_append_val (saved_at, now);
    }

  /* Everything seen, or 30 s more. */
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  g_mutex_lock (&reports.lock);
  while (g_hash_table_size (reports.seen) < n_windows * N_ANNOTATIONS && g_get_monotonic_time () < deadline)
    g_cond_wait_until (&reports.cond, &reports.lock, deadline);
  for (guint a = 0; a < ids->len; a++)
    for (guint w = 0; w < n_windows; w++)
      {
        g_autofree char *key = g_strdup_printf ("%u %" G_GINT64_FORMAT, w, g_array_index (ids, gint64, a));
        gint64 *at = g_hash_table_lookup (reports.seen, key);

        if (at != NULL)
          {
            double latency = (*at - g_array_index (saved_at, gint64, a)) / 1000.0;

            g_array_append_val (ms, latency);
            n_seen++;
          }
      }
  g_mutex_unlock (&reports.lock);

  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
    printf ("load average: %.*s (%u processors)\n", (int) strcspn (load, " \n"), load, g_get_num_processors ());
  printf ("%u of %u annotations shown in %u windows (one process each)\n", n_seen, n_windows * N_ANNOTATIONS,
          n_windows);
  g_array_sort (ms, compare_doubles);
  if (ms->len > 0)
    printf ("%-44s n=%-5u p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n",
            "colleague's save to each window", ms->len, percentile (ms, 0.50), percentile (ms, 0.95),
            percentile (ms, 0.99), percentile (ms, 1.0));

  for (guint w = 0; w < n_windows; w++)
    {
      g_subprocess_force_exit (windows[w]);
      g_subprocess_wait (windows[w], NULL, NULL);
      g_thread_join (readers[w]);
      g_object_unref (windows[w]);
    }
  g_hash_table_unref (reports.seen);
  return n_seen == n_windows * N_ANNOTATIONS ? 0 : 1;
}
