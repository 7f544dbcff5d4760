/* bench-team.c: save latency in a team library beside the local one, and
 * how soon listening clients hear of a colleague's annotation
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-pg-store.h"
#include "px-store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_SAVES     500
#define N_CLIENTS   20
#define N_NOTIFIES  100

static const char article_text[] =
  "Councillors voted by nine votes to four to close the old bridge. "
  "The mayor said repairs would cost 4.75 million euros. "
  "Residents protested outside the town hall on Tuesday.";

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
  guint index;

  g_array_sort (values, compare_doubles);
  index = (guint) (p * (values->len - 1) + 0.5);
  return g_array_index (values, double, MIN (index, values->len - 1));
}

static void
fail (const char *what,
      GError     *error)
{
  fprintf (stderr, "bench-team: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

static void
print_load (void)
{
  g_autofree char *load = NULL;

  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
    printf ("load average: %.*s (%u processors)\n", (int) strcspn (load, " \n"), load, g_get_num_processors ());
}

static PxArticle *
make_article (void)
{
  PxArticle *article = px_article_new ("https://example.org/bridge");

  article->outlet = g_strdup ("Example News");
  article->title = g_strdup ("The bridge");
  article->text = g_strdup (article_text);
  return article;
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

static void
report (const char *what,
        GArray     *ms)
{
  printf ("%-44s n=%-5u p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n",
          what, ms->len, percentile (ms, 0.50), percentile (ms, 0.95), percentile (ms, 0.99),
          percentile (ms, 1.0));
}

static void
bench_saves (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "local.db", NULL);
  g_autoptr(PxStore) local = px_store_open (path, &error);
  g_autoptr(PxPgStore) team = NULL;
  g_autoptr(PxArticle) article = make_article ();
  g_autoptr(GArray) local_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) team_ms = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 local_story, local_source, team_story, team_source;

  if (local == NULL)
    fail ("opening the local library", error);
  team = open_team (dir, "Saver");

  local_story = px_store_create_story (local, "The bridge", &error);
  local_source = px_store_add_source (local, local_story, article, NULL, &error);
  team_story = px_pg_store_create_story (team, "The bridge", &error);
  team_source = px_pg_store_add_source (team, team_story, article, NULL, &error);
  if (error != NULL)
    fail ("making the stories", error);

  /* Alternating, so that both see the same machine. */
  for (guint i = 0; i < N_SAVES; i++)
    {
      g_autofree char *note = g_strdup_printf ("Note %u", i);
      PxTargetSpec local_target = { .source_id = local_source, .start = i % 50, .end = i % 50 + 10 };
      PxTargetSpec team_target = { .source_id = team_source, .start = i % 50, .end = i % 50 + 10 };
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (px_store_create_annotation (local, local_story, &local_target, 1, PX_VERDICT_UNVERIFIED, note,
                                      &error) == 0)
        fail ("saving in the local library", error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (local_ms, ms);

      start = g_get_monotonic_time ();
      if (px_pg_store_create_annotation (team, team_story, &team_target, 1, PX_VERDICT_UNVERIFIED, note,
                                         &error) == 0)
        fail ("saving in the team library", error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (team_ms, ms);
    }

  if (px_pg_store_get_n_queued (team) != 0)
    fail ("the team library queued saves: the server was lost", NULL);

  report ("annotation save, local SQLite library", local_ms);
  report ("annotation save, team library (PostgreSQL)", team_ms);
  px_store_close (local, NULL);
}

typedef struct
{
  GMutex lock;
  GHashTable *committed;  /* annotation id -> monotonic µs when its save returned */
  GArray *ms;
  guint n_heard;
} Heard;

static void
remote_change_cb (PxPgStore  *store,
                  int         kind,
                  gint64      story_id,
                  gint64      id,
                  const char *author,
                  Heard      *heard)
{
  gint64 now = g_get_monotonic_time ();
  gpointer committed;

  if (kind != PX_PG_CHANGE_ANNOTATION)
    return;

  g_mutex_lock (&heard->lock);
  if (g_hash_table_lookup_extended (heard->committed, &id, NULL, &committed))
    {
      double ms = (now - *(gint64 *) committed) / 1000.0;

      g_array_append_val (heard->ms, ms);
      heard->n_heard++;
    }
  g_mutex_unlock (&heard->lock);
}

typedef struct
{
  const char *dir;
  Heard *heard;
} WriterData;

static gpointer
writer_thread (gpointer data)
{
  WriterData *writer = data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(PxPgStore) store = NULL;
  g_autoptr(PxArticle) article = make_article ();
  g_autoptr(GError) error = NULL;
  gint64 story, source;

  g_main_context_push_thread_default (context);
  store = open_team (writer->dir, "Colleague");
  story = px_pg_store_create_story (store, "Heard by all", &error);
  source = px_pg_store_add_source (store, story, article, NULL, &error);
  if (error != NULL)
    fail ("making the story", error);
  g_usleep (500 * 1000);

  for (guint i = 0; i < N_NOTIFIES; i++)
    {
      PxTargetSpec target = { .source_id = source, .start = 0, .end = 11 };
      gint64 id;
      gint64 *now = g_new (gint64, 1);

      /* The id is known only once the call returns: hold the lock so that
       * no listener looks it up before it is recorded.
       */
      g_mutex_lock (&writer->heard->lock);
      id = px_pg_store_create_annotation (store, story, &target, 1, PX_VERDICT_UNVERIFIED, "Heard?", &error);
      *now = g_get_monotonic_time ();
      g_hash_table_insert (writer->heard->committed, g_memdup2 (&id, sizeof id), now);
      g_mutex_unlock (&writer->heard->lock);
      if (id == 0)
        fail ("saving", error);
      g_usleep (20 * 1000);
    }

  g_main_context_pop_thread_default (context);
  return NULL;
}

static void
bench_notify (const char *dir)
{
  PxPgStore *clients[N_CLIENTS];
  Heard heard = { 0 };
  WriterData writer = { dir, &heard };
  GThread *thread;
  gint64 deadline;

  g_mutex_init (&heard.lock);
  heard.committed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  heard.ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < N_CLIENTS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Listener %u", i + 1);

      clients[i] = open_team (dir, name);
      g_signal_connect (clients[i], "remote-change", G_CALLBACK (remote_change_cb), &heard);
      px_pg_store_listen (clients[i]);
    }

  thread = g_thread_new ("colleague", writer_thread, &writer);
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (heard.n_heard < N_CLIENTS * N_NOTIFIES && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_thread_join (thread);

  printf ("%u of %u notifications heard by %u clients\n", heard.n_heard, N_CLIENTS * N_NOTIFIES, N_CLIENTS);
  report ("colleague's save to each client's signal", heard.ms);

  for (guint i = 0; i < N_CLIENTS; i++)
    {
      px_pg_store_close (clients[i]);
      g_object_unref (clients[i]);
    }
  g_array_unref (heard.ms);
  g_hash_table_unref (heard.committed);
}

int
main (int    argc,
      char **argv)
{
  if (argc != 2 || g_getenv ("PX_TEST_PG_URI") == NULL)
    {
      fprintf (stderr, "Usage: tests/pg-server.sh run bench-team DIR (run.sh does it)\n");
      return 2;
    }

  print_load ();
  bench_saves (argv[1]);
  bench_notify (argv[1]);
  return 0;
}
