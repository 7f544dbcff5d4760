/* bench-team-window.c: how soon a colleague's annotation shows in the
 * windows of 20 people working in one team library
 *
 * Twenty PxWindows, each with a connection of its own to the library (as
 * twenty people's Parallax would have), show the same story. A colleague,
 * on another connection and thread, saves annotations one after another;
 * each window's annotations (what its Annotations panel and underlines
 * show) are checked after every turn of the main loop, and the time from
 * the colleague's save returning to the annotation being in that window is
 * recorded: the NOTIFY, the listener thread, the main loop, the window's
 * reading of the annotations, for all twenty windows on one main thread.
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

#define N_WINDOWS      20
#define N_ANNOTATIONS  25

static const char article_text[] =
  "Councillors voted by nine votes to four to close the old bridge. "
  "The mayor said repairs would cost 4.75 million euros.";

typedef struct
{
  GMutex lock;
  GArray *ids;        /* gint64, in the order saved */
  GArray *saved_at;   /* gint64 monotonic µs when each save returned */
  gint64 story_id;
  gint64 source_id;
  const char *dir;
  gboolean done;
} Colleague;

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

static gpointer
colleague_thread (gpointer data)
{
  Colleague *colleague = data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(PxPgStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_main_context_push_thread_default (context);
  store = open_team (colleague->dir, "Colleague");
  for (guint i = 0; i < N_ANNOTATIONS; i++)
    {
      PxTargetSpec target = { .source_id = colleague->source_id, .start = 0, .end = 11 };
      gint64 id, now;

      /* Apart, so that each is measured on its own rather than queued behind the last. */
      g_usleep (300 * 1000);
      g_mutex_lock (&colleague->lock);
      id = px_pg_store_create_annotation (store, colleague->story_id, &target, 1, PX_VERDICT_UNVERIFIED, "Seen?",
                                          &error);
      now = g_get_monotonic_time ();
      if (id == 0)
        fail ("saving", error);
      g_array_append_val (colleague->ids, id);
      g_array_append_val (colleague->saved_at, now);
      g_mutex_unlock (&colleague->lock);
    }
  px_pg_store_close (store);
  g_main_context_pop_thread_default (context);
  g_atomic_int_set (&colleague->done, TRUE);
  return NULL;
}

static gboolean
window_has (PxWindow *window,
            gint64    id)
{
  GPtrArray *annotations = px_annotator_get_annotations (_px_window_get_annotator (window));

  for (guint i = 0; annotations != NULL && i < annotations->len; i++)
    if (((const PxAnnotation *) g_ptr_array_index (annotations, i))->id == id)
      return TRUE;
  return FALSE;
}

static gboolean
all_settled (PxWindow **windows)
{
  for (guint w = 0; w < N_WINDOWS; w++)
    if (px_story_view_get_n_columns (px_window_get_story_view (windows[w])) < 1
        || px_story_view_get_comparing (px_window_get_story_view (windows[w])))
      return FALSE;
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  PxWindow *windows[N_WINDOWS];
  PxPgStore *stores[N_WINDOWS];
  gint64 *seen = g_new0 (gint64, (gsize) N_WINDOWS * N_ANNOTATIONS); /* µs, 0: not yet */
  Colleague colleague = { 0 };
  g_autoptr(PxPgStore) maker = NULL;
  g_autoptr(PxArticle) article = px_article_new ("https://example.org/bridge");
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *load = NULL;
  GThread *thread;
  gint64 deadline;
  guint n_seen = 0;

  if (argc != 2 || g_getenv ("PX_TEST_PG_URI") == NULL)
    {
      fprintf (stderr, "Usage: tests/pg-server.sh run bench-team-window DIR (run.sh does it)\n");
      return 2;
    }
  gtk_init ();
  adw_init ();
  colleague.dir = argv[1];
  g_mutex_init (&colleague.lock);
  colleague.ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  colleague.saved_at = g_array_new (FALSE, FALSE, sizeof (gint64));

  maker = open_team (argv[1], "Editor");
  article->outlet = g_strdup ("Example News");
  article->title = g_strdup ("The bridge");
  article->text = g_strdup (article_text);
  colleague.story_id = px_pg_store_create_story (maker, "Seen by all", &error);
  colleague.source_id = px_pg_store_add_source (maker, colleague.story_id, article, NULL, &error);
  if (error != NULL)
    fail ("making the story", error);

  for (guint w = 0; w < N_WINDOWS; w++)
    {
      g_autofree char *name = g_strdup_printf ("Reader %u", w + 1);

      stores[w] = open_team (argv[1], name);
      px_pg_store_listen (stores[w]);
      windows[w] = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));
      gtk_window_set_default_size (GTK_WINDOW (windows[w]), 640, 480);
      gtk_window_present (GTK_WINDOW (windows[w]));
      px_window_set_library (windows[w], PX_LIBRARY (stores[w]), FALSE);
      px_window_open_story (windows[w], colleague.story_id);
    }
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!all_settled (windows) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* The listeners' connections are made by now. */
  g_usleep (500 * 1000);

  thread = g_thread_new ("colleague", colleague_thread, &colleague);
  deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  while (n_seen < N_WINDOWS * N_ANNOTATIONS && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, TRUE);

      g_mutex_lock (&colleague.lock);
      for (guint a = 0; a < colleague.ids->len; a++)
        for (guint w = 0; w < N_WINDOWS; w++)
          if (seen[a * N_WINDOWS + w] == 0 && window_has (windows[w], g_array_index (colleague.ids, gint64, a)))
            {
              gint64 now = g_get_monotonic_time ();
              double latency = (now - g_array_index (colleague.saved_at, gint64, a)) / 1000.0;

              seen[a * N_WINDOWS + w] = now;
              g_array_append_val (ms, latency);
              n_seen++;
            }
      g_mutex_unlock (&colleague.lock);
    }
  g_thread_join (thread);

  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
    printf ("load average: %.*s (%u processors)\n", (int) strcspn (load, " \n"), load, g_get_num_processors ());
  printf ("%u of %u annotations shown in %u windows\n", n_seen, N_WINDOWS * N_ANNOTATIONS, N_WINDOWS);
  g_array_sort (ms, compare_doubles);
  if (ms->len > 0)
    printf ("%-44s n=%-5u p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n",
            "colleague's save to each of 20 windows", ms->len, percentile (ms, 0.50), percentile (ms, 0.95),
            percentile (ms, 0.99), percentile (ms, 1.0));

  for (guint w = 0; w < N_WINDOWS; w++)
    {
      gtk_window_destroy (GTK_WINDOW (windows[w]));
      g_object_unref (windows[w]);
      px_pg_store_close (stores[w]);
      g_object_unref (stores[w]);
    }
  g_free (seen);
  return n_seen == N_WINDOWS * N_ANNOTATIONS ? 0 : 1;
}
