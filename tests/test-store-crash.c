/* test-store-crash.c: writers killed at random moments, and writers at the same time
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-store.h"
#include "px-test-util.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#define CRASH_ROUNDS 100
#define QUOTE "91 long-range drones"

static char *self_path;

/* The child: saves annotations one after another and prints each one's id
 * once px_store_create_annotation() has returned it, that is once it is
 * committed. @count < 0 means until killed.
 */
static int
run_writer (const char *path,
            gint64      story,
            gint64      source,
            int         count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  PxTargetSpec spec = { .source_id = source, .quote = QUOTE };

  if (store == NULL)
    {
      fprintf (stderr, "writer %d: %s\n", (int) getpid (), error->message);
      return 1;
    }

  for (int i = 0; count < 0 || i < count; i++)
    {
      g_autofree char *note = g_strdup_printf ("writer %d, annotation %d", (int) getpid (), i);
      gint64 id = px_store_create_annotation (store, story, &spec, 1, PX_VERDICT_FALSE, note, &error);

      if (id == 0)
        {
          fprintf (stderr, "writer %d: %s\n", (int) getpid (), error->message);
          return 1;
        }
      printf ("%" G_GINT64_FORMAT "\n", id);
      fflush (stdout);
    }

  return px_store_close (store, NULL) ? 0 : 1;
}

static char *
make_database (gint64 *story,
               gint64 *source)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = px_test_make_temp_dir ("px-crash-XXXXXX");
  char *path = g_build_filename (dir, "parallax.db", NULL);
  g_autoptr(PxStore) store = px_store_open (path, &error);
  g_autoptr(PxArticle) article = px_article_new ("rt.html");
  g_autoptr(GBytes) body = g_bytes_new_static ("<p>page</p>", 11);
  g_autoptr(PxSnapshot) snapshot = px_snapshot_new (body, NULL, "text/html", NULL);

  g_assert_no_error (error);
  g_free (article->text);
  article->text = g_strdup ("Lavrov said Ukraine launched " QUOTE " at the residence.");
  *story = px_store_create_story (store, "Crash test", &error);
  g_assert_no_error (error);
  *source = px_store_add_source (store, *story, article, snapshot, &error);
  g_assert_no_error (error);
  g_assert_true (px_store_close (store, &error));

  return path;
}

static GPid
spawn_writer (const char *path,
              gint64      story,
              gint64      source,
              int         count,
              int        *stdout_fd)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *story_arg = g_strdup_printf ("%" G_GINT64_FORMAT, story);
  g_autofree char *source_arg = g_strdup_printf ("%" G_GINT64_FORMAT, source);
  g_autofree char *count_arg = g_strdup_printf ("%d", count);
  const char *argv[] = { self_path, "--writer", path, story_arg, source_arg, count_arg, NULL };
  GPid pid;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, stdout_fd, NULL, &error);
  g_assert_no_error (error);
  return pid;
}

/* Reads what the child printed; only complete lines were acknowledged. */
static void
collect_ids (int         fd,
             GHashTable *acknowledged)
{
  g_autoptr(GString) output = g_string_new (NULL);
  char buffer[4096];
  gssize n;
  g_auto(GStrv) lines = NULL;

  while ((n = read (fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0)
      g_string_append_len (output, buffer, n);
  close (fd);

  lines = g_strsplit (output->str, "\n", -1);
  /* The last element follows the last newline: an unfinished line, or "". */
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      gint64 *id = g_new (gint64, 1);

      *id = g_ascii_strtoll (lines[i], NULL, 10);
      g_assert_cmpint (*id, >, 0);
      g_assert_false (g_hash_table_contains (acknowledged, id));
      g_hash_table_add (acknowledged, id);
    }
}

/* Blocks until the child has acknowledged its first annotation; FALSE
 * when it closed its output first (it ended without committing one).
 */
static gboolean
read_first_id (int         fd,
               GHashTable *acknowledged)
{
  g_autoptr(GString) line = g_string_new (NULL);
  gint64 *id = g_new (gint64, 1);
  char c;

  for (;;)
    {
      gssize n = read (fd, &c, 1);

      if (n < 0 && errno == EINTR)
        continue;
      if (n == 0)
        {
          g_free (id);
          return FALSE;
        }
      g_assert_cmpint (n, ==, 1);
      if (c == '\n')
        break;
      g_string_append_c (line, c);
    }

  *id = g_ascii_strtoll (line->str, NULL, 10);
  g_assert_cmpint (*id, >, 0);
  g_hash_table_add (acknowledged, id);
  return TRUE;
}

/* Which of the two writers' outputs (@fds) has something to read
 * first: a line, or its end.
 */
static guint
first_to_speak (const int *fds)
{
  GPollFD polled[2] = { { fds[0], G_IO_IN | G_IO_HUP | G_IO_ERR, 0 },
                        { fds[1], G_IO_IN | G_IO_HUP | G_IO_ERR, 0 } };

  while (g_poll (polled, G_N_ELEMENTS (polled), -1) < 0)
    g_assert_cmpint (errno, ==, EINTR);

  return polled[0].revents != 0 ? 0 : 1;
}

/* A writer that ended before its first commit: says how (its own message
 * is above, on standard error) and fails.
 */
static void
fail_ended_writer (GPid pid)
{
  int status;

  while (waitpid (pid, &status, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  g_spawn_close_pid (pid);
  if (WIFSIGNALED (status))
    g_error ("writer %d was ended by signal %d before its first commit", (int) pid, WTERMSIG (status));
  g_error ("writer %d exited with status %d before its first commit", (int) pid, WEXITSTATUS (status));
}

static void
wait_writer (GPid     pid,
             gboolean killed)
{
  int status;

  while (waitpid (pid, &status, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  g_spawn_close_pid (pid);

  /* Killed, or finished on its own; never failed. */
  if (WIFEXITED (status))
    g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  else
    g_assert_true (killed && WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
}

/* Every acknowledged annotation is there; the file is sound. */
static void
assert_all_present (const char *path,
                    gint64      story,
                    GHashTable *acknowledged)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GHashTable) present = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer key;

  g_assert_no_error (error);
  g_assert_null (px_store_get_recovery (store));
  annotations = px_store_list_annotations (store, story, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < annotations->len; i++)
    {
      PxAnnotation *annotation = annotations->pdata[i];

      g_assert_cmpuint (annotation->targets->len, ==, 1);
      g_hash_table_add (present, &annotation->id);
    }

  g_hash_table_iter_init (&iter, acknowledged);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (present, key))
      g_error ("annotation %" G_GINT64_FORMAT " was acknowledged but is missing", *(gint64 *) key);

  g_assert_true (px_store_close (store, &error));

  px_test_assert_database_sound (path);
}

static void
test_killed_writers (void)
{
  g_autoptr(GHashTable) acknowledged = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 story;
  gint64 source;
  g_autofree char *path = make_database (&story, &source);

  for (int round = 0; round < CRASH_ROUNDS; round++)
    {
      int fds[2];
      GPid pids[2];

      for (int i = 0; i < 2; i++)
        pids[i] = spawn_writer (path, story, source, -1, &fds[i]);

      /* Every other round, wait for the first commit, so that the kill
       * lands among commits however slowly the writers start; the others
       * may kill them while they open the database. Either writer's: one
       * committing in a loop can hold the other off past the store's busy
       * timeout (SQLite's busy wait polls at up to 100 ms; seen on a quiet
       * 2-core machine, 2 runs in 3), a wait this test is not about.
       */
      if (round % 2 == 0)
        {
          guint first = first_to_speak (fds);

          if (!read_first_id (fds[first], acknowledged))
            fail_ended_writer (pids[first]);
        }
      g_usleep (g_test_rand_int_range (1000, 30000));
      for (int i = 0; i < 2; i++)
        kill (pids[i], SIGKILL);

      for (int i = 0; i < 2; i++)
        {
          wait_writer (pids[i], TRUE);
          collect_ids (fds[i], acknowledged);
        }
    }

  g_test_message ("%u annotations acknowledged by writers killed %d times",
                  g_hash_table_size (acknowledged), 2 * CRASH_ROUNDS);
  g_assert_cmpuint (g_hash_table_size (acknowledged), >=, CRASH_ROUNDS / 2);

  assert_all_present (path, story, acknowledged);
}

/* Two processes at once, neither killed: no error from either (the busy
 * timeout makes one wait for the other), nothing lost.
 */
static void
test_two_writers (void)
{
  g_autoptr(GHashTable) acknowledged = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 story;
  gint64 source;
  g_autofree char *path = make_database (&story, &source);
  int fds[2];
  GPid pids[2];

  for (int i = 0; i < 2; i++)
    pids[i] = spawn_writer (path, story, source, 150, &fds[i]);
  for (int i = 0; i < 2; i++)
    {
      collect_ids (fds[i], acknowledged);
      wait_writer (pids[i], FALSE);
    }

  g_assert_cmpuint (g_hash_table_size (acknowledged), ==, 300);
  assert_all_present (path, story, acknowledged);
}

/* The same through parallax-cli: pairs of annotate commands at once. */
static void
test_two_cli_writers (void)
{
  g_autoptr(GHashTable) acknowledged = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 story;
  gint64 source;
  g_autofree char *path = make_database (&story, &source);
  g_autofree char *story_arg = g_strdup_printf ("%" G_GINT64_FORMAT, story);
  g_autofree char *source_arg = g_strdup_printf ("%" G_GINT64_FORMAT, source);
  const char *cli = g_getenv ("PARALLAX_CLI");

  g_assert_nonnull (cli);
  for (int round = 0; round < 10; round++)
    {
      const char *argv[] = { cli, "annotate", story_arg, "--source", source_arg, "--quote", QUOTE,
                             "--note", "from the command line", "--db", path, NULL };
      GPid pids[2];
      int fds[2];

      for (int i = 0; i < 2; i++)
        {
          g_autoptr(GError) error = NULL;

          g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                    &pids[i], NULL, &fds[i], NULL, &error);
          g_assert_no_error (error);
        }
      for (int i = 0; i < 2; i++)
        {
          collect_ids (fds[i], acknowledged);
          wait_writer (pids[i], FALSE);
        }
    }

  g_assert_cmpuint (g_hash_table_size (acknowledged), ==, 20);
  assert_all_present (path, story, acknowledged);
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (argc == 6 && g_str_equal (argv[1], "--writer"))
    return run_writer (argv[2], g_ascii_strtoll (argv[3], NULL, 10), g_ascii_strtoll (argv[4], NULL, 10),
                       atoi (argv[5]));

  self_path = g_canonicalize_filename (argv[0], NULL);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-crash/two-writers", test_two_writers);
  g_test_add_func ("/store-crash/two-cli-writers", test_two_cli_writers);
  g_test_add_func ("/store-crash/killed-writers", test_killed_writers);

  status = g_test_run ();
  px_test_remove_temp_dirs ();
  return status;
}
