/* test-store-crash.c: writers killed at random moments, and writers at the same time, in turn
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-store.h"
#include "px-store-private.h"
#include "px-test-timing.h"
#include "px-test-util.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#define CRASH_ROUNDS 100
#define QUOTE "91 long-range drones"

static char *self_path;

/* The child: saves annotations one after another and prints each one's id
 * once px_store_create_annotation() has returned it, that is once it is
 * committed. @count < 0 means until killed. With @wait_for_start, it says
 * "ready" once the store is open and starts when its standard input has
 * a byte or ends.
 */
static int
run_writer (const char *path,
            gint64      story,
            gint64      source,
            int         count,
            gboolean    wait_for_start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  PxTargetSpec spec = { .source_id = source, .quote = QUOTE };

  if (store == NULL)
    {
      fprintf (stderr, "writer %d: %s\n", (int) getpid (), error->message);
      return 1;
    }
  if (wait_for_start)
    {
      char go;

      printf ("ready\n");
      fflush (stdout);
      while (read (STDIN_FILENO, &go, 1) < 0 && errno == EINTR)
        ;
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

/* The child that holds the write lock: begins a write transaction, starts
 * a program that outlives it (as the window starts a browser), says
 * "holding PID" with that program's process id, and waits to be killed.
 */
static int
run_holder (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  g_autoptr(PxStoreTransaction) txn = NULL;
  pid_t program;

  if (store == NULL || (txn = _px_store_transaction_begin (store, "Could not hold the database", &error)) == NULL)
    {
      fprintf (stderr, "holder %d: %s\n", (int) getpid (), error->message);
      return 1;
    }
  program = fork ();
  if (program == 0)
    {
      execlp ("sleep", "sleep", "120", NULL);
      _exit (127);
    }
  printf ("holding %d\n", (int) program);
  fflush (stdout);
  for (;;)
    pause ();
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

/* A writer (see run_writer()); with @stdin_fd, one that waits for a byte
 * on it before it starts.
 */
static GPid
spawn_writer_full (const char *path,
                   gint64      story,
                   gint64      source,
                   int         count,
                   int        *stdin_fd,
                   int        *stdout_fd)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *story_arg = g_strdup_printf ("%" G_GINT64_FORMAT, story);
  g_autofree char *source_arg = g_strdup_printf ("%" G_GINT64_FORMAT, source);
  g_autofree char *count_arg = g_strdup_printf ("%d", count);
  const char *argv[] = { self_path, stdin_fd != NULL ? "--writer-on-start" : "--writer", path, story_arg,
                         source_arg, count_arg, NULL };
  GPid pid;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, stdin_fd, stdout_fd, NULL, &error);
  g_assert_no_error (error);
  return pid;
}

static GPid
spawn_writer (const char *path,
              gint64      story,
              gint64      source,
              int         count,
              int        *stdout_fd)
{
  return spawn_writer_full (path, story, source, count, NULL, stdout_fd);
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
       * may kill them while they open the database. Either writer's: the
       * order in which they start is not this test's business (before the
       * store's write lock, one committing in a loop could even hold the
       * other off past the busy timeout: /store-crash/fair-writers).
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

/* Two processes at once, neither killed: no error from either (the write
 * lock makes one wait for the other), nothing lost.
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

/* A child's output read line by line as it comes. */
typedef struct
{
  int fd;
  GString *pending; /* after the last complete line */
  GArray *ids;      /* gint64, as acknowledged */
  gboolean ended;
} Output;

/* Reads what @output's child has written (blocking until something
 * comes); each complete line is an acknowledged annotation's id.
 */
static void
read_output (Output     *output,
             GHashTable *acknowledged)
{
  char buffer[4096];
  gssize n;
  char *end;

  while ((n = read (output->fd, buffer, sizeof buffer)) < 0 && errno == EINTR)
    ;
  g_assert_cmpint (n, >=, 0);
  if (n == 0)
    {
      output->ended = TRUE;
      return;
    }
  g_string_append_len (output->pending, buffer, n);

  while ((end = strchr (output->pending->str, '\n')) != NULL)
    {
      gint64 *id = g_new (gint64, 1);

      *end = '\0';
      *id = g_ascii_strtoll (output->pending->str, NULL, 10);
      g_assert_cmpint (*id, >, 0);
      g_assert_false (g_hash_table_contains (acknowledged, id));
      g_hash_table_add (acknowledged, id);
      g_array_append_val (output->ids, *id);
      g_string_erase (output->pending, 0, end - output->pending->str + 1);
    }
}

/* Reads one line from @fd; a child that ends first fails the test. */
static char *
read_line (int fd)
{
  g_autoptr(GString) line = g_string_new (NULL);
  char c;

  for (;;)
    {
      gssize n = read (fd, &c, 1);

      if (n < 0 && errno == EINTR)
        continue;
      if (n == 0)
        g_error ("a child ended before it said what it does (its reason is above)");
      g_assert_cmpint (n, ==, 1);
      if (c == '\n')
        break;
      g_string_append_c (line, c);
    }
  return g_string_free (g_steal_pointer (&line), FALSE);
}

static void
expect_line (int         fd,
             const char *expected)
{
  g_autofree char *line = read_line (fd);

  g_assert_cmpstr (line, ==, expected);
}

/* Two processes commit in a loop, each as fast as it can, until one of
 * them has FAIR_COMMITS: neither was refused with "stayed busy", the
 * other has had at least a third as many, and neither committed more than
 * a quarter of FAIR_COMMITS in a row (annotation ids tell the order of the
 * commits) while the other one waited. SQLite's busy wait alone (the store
 * before its write lock) sleeps up to 100 ms between tries while the other
 * writer commits again and again: at a load of 25 on 2 cores, runs of 67
 * to 182 commits, and 1 to 167 commits for the writer kept out; with the
 * lock, runs of 1 or 2, and 198 or 199.
 */
#define FAIR_COMMITS 200

/* The most commits one writer made in a row, the ids being given in the
 * order of the commits.
 */
static guint
longest_run (GArray *first,
             GArray *second)
{
  guint i = 0, j = 0, run = 0, longest = 0;
  int last = -1;

  while (i < first->len || j < second->len)
    {
      int writer = j >= second->len || (i < first->len && g_array_index (first, gint64, i) < g_array_index (second, gint64, j))
                   ? 0 : 1;

      if (writer == 0)
        i++;
      else
        j++;
      run = writer == last ? run + 1 : 1;
      last = writer;
      longest = MAX (longest, run);
    }
  return longest;
}

static void
test_fair_writers (void)
{
  g_autoptr(GHashTable) acknowledged = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 story;
  gint64 source;
  g_autofree char *path = make_database (&story, &source);
  Output outputs[2];
  int stdin_fds[2];
  GPid pids[2];
  guint run;

  for (int i = 0; i < 2; i++)
    {
      pids[i] = spawn_writer_full (path, story, source, -1, &stdin_fds[i], &outputs[i].fd);
      outputs[i].pending = g_string_new (NULL);
      outputs[i].ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      outputs[i].ended = FALSE;
    }
  /* Both open, then both start. */
  for (int i = 0; i < 2; i++)
    expect_line (outputs[i].fd, "ready");
  for (int i = 0; i < 2; i++)
    close (stdin_fds[i]);

  while (outputs[0].ids->len < FAIR_COMMITS && outputs[1].ids->len < FAIR_COMMITS)
    {
      int fds[2] = { outputs[0].fd, outputs[1].fd };
      guint first = first_to_speak (fds);

      read_output (&outputs[first], acknowledged);
      /* Until killed: one that ends has failed (its reason is above). */
      if (outputs[first].ended)
        fail_ended_writer (pids[first]);
    }
  for (int i = 0; i < 2; i++)
    kill (pids[i], SIGKILL);
  for (int i = 0; i < 2; i++)
    {
      wait_writer (pids[i], TRUE);
      while (!outputs[i].ended)
        read_output (&outputs[i], acknowledged);
      close (outputs[i].fd);
      g_string_free (outputs[i].pending, TRUE);
    }

  run = longest_run (outputs[0].ids, outputs[1].ids);
  g_test_message ("commits: %u and %u; longest run of one writer: %u", outputs[0].ids->len, outputs[1].ids->len, run);
  g_assert_cmpuint (MIN (outputs[0].ids->len, outputs[1].ids->len) * 3, >=, MAX (outputs[0].ids->len, outputs[1].ids->len));
  g_assert_cmpuint (run, <=, FAIR_COMMITS / 4);
  for (int i = 0; i < 2; i++)
    g_array_unref (outputs[i].ids);
  assert_all_present (path, story, acknowledged);
}

/* Whether a process waits in the kernel for a lock on the file at @path
 * (Linux's /proc/locks marks a waiter "->"); FALSE, after a moment, where
 * that cannot be read.
 */
static gboolean
lock_waited_for (const char *path)
{
  g_autofree char *locks = NULL;
  g_autofree char *inode = NULL;
  g_auto(GStrv) lines = NULL;
  GStatBuf st;

  if (g_stat (path, &st) != 0 || !g_file_get_contents ("/proc/locks", &locks, NULL, NULL))
    {
      g_usleep (G_USEC_PER_SEC / 2);
      return FALSE;
    }

  inode = g_strdup_printf (":%" G_GUINT64_FORMAT " ", (guint64) st.st_ino);
  lines = g_strsplit (locks, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "->") != NULL && strstr (lines[i], inode) != NULL)
      return TRUE;
  return FALSE;
}

/* A process that holds the write lock and is killed (kill -9, no chance
 * to let anything go) leaves no one waiting, even when a program it
 * started lives on (the lock file is not left open in it): a writer
 * waiting for it commits once it is gone. While it holds it, a write that
 * waits past its bound is refused in the store's words, and is not left
 * waiting.
 */
static void
test_holder_killed (void)
{
  g_autoptr(GHashTable) acknowledged = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 story;
  gint64 source;
  g_autofree char *path = make_database (&story, &source);
  g_autofree char *lock_path = _px_write_lock_path (path);
  const char *argv[] = { self_path, "--hold", path, NULL };
  PxTargetSpec spec = { .source_id = source, .quote = QUOTE };
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *holding = NULL;
  int holder_fd, writer_fd;
  GPid holder, writer;
  pid_t program;
  gint64 id;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &holder, NULL, &holder_fd, NULL, &error);
  g_assert_no_error (error);
  holding = read_line (holder_fd);
  g_assert_true (g_str_has_prefix (holding, "holding "));
  program = atoi (holding + strlen ("holding "));
  g_assert_cmpint (program, >, 0);

  /* A writer that waits for the holder, in the kernel. */
  writer = spawn_writer (path, story, source, 3, &writer_fd);
  for (int tries = 0; !lock_waited_for (lock_path); tries++)
    {
      if (tries > 3000 * PX_TEST_SLOWDOWN)
        g_error ("the writer never waited for the write lock");
      g_usleep (G_USEC_PER_SEC / 100);
    }

  /* Here, a write with a short bound is refused, and gives up its wait. */
  store = px_store_open (path, &error);
  g_assert_no_error (error);
  _px_store_set_busy_timeout (store, 300);
  id = px_store_create_annotation (store, story, &spec, 1, PX_VERDICT_FALSE, "while it is held", &error);
  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_BUSY);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "stayed busy in another program"));
  g_clear_error (&error);

  kill (holder, SIGKILL);
  wait_writer (holder, TRUE);
  close (holder_fd);
  collect_ids (writer_fd, acknowledged);
  wait_writer (writer, FALSE);
  kill (program, SIGKILL);
  g_assert_cmpuint (g_hash_table_size (acknowledged), ==, 3);

  /* And this process writes again. */
  id = px_store_create_annotation (store, story, &spec, 1, PX_VERDICT_FALSE, "once it is gone", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  {
    gint64 *kept = g_new (gint64, 1);

    *kept = id;
    g_hash_table_add (acknowledged, kept);
  }
  g_assert_true (px_store_close (store, &error));
  assert_all_present (path, story, acknowledged);
}

/* Where the lock file cannot be made or used (a folder, a pipe or a link
 * in its place), the store writes as it did before it had one: SQLite's
 * busy timeout alone. A link is never followed.
 */
static void
test_lock_unusable (void)
{
  for (guint kind = 0; kind < 3; kind++)
    {
      g_autofree char *dir = px_test_make_temp_dir ("px-lock-XXXXXX");
      g_autofree char *path = g_build_filename (dir, "parallax.db", NULL);
      g_autofree char *lock_path = _px_write_lock_path (path);
      g_autofree char *target = g_build_filename (dir, "elsewhere", NULL);
      g_autoptr(PxStore) store = NULL;
      g_autoptr(GError) error = NULL;
      GStatBuf st;
      gint64 story;

      if (kind == 0)
        g_assert_cmpint (g_mkdir (lock_path, 0700), ==, 0);
      else if (kind == 1)
        g_assert_cmpint (mkfifo (lock_path, 0600), ==, 0);
      else
        g_assert_cmpint (symlink (target, lock_path), ==, 0);

      store = px_store_open (path, &error);
      g_assert_no_error (error);
      story = px_store_create_story (store, "Without a lock", &error);
      g_assert_no_error (error);
      g_assert_cmpint (story, >, 0);
      g_assert_true (px_store_rename_story (store, story, "Still without a lock", &error));
      g_assert_no_error (error);
      g_assert_true (px_store_close (store, &error));

      g_assert_cmpint (g_lstat (lock_path, &st), ==, 0);
      g_assert_true (kind == 0 ? S_ISDIR (st.st_mode) : kind == 1 ? S_ISFIFO (st.st_mode) : S_ISLNK (st.st_mode));
      g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (argc == 6 && (g_str_equal (argv[1], "--writer") || g_str_equal (argv[1], "--writer-on-start")))
    return run_writer (argv[2], g_ascii_strtoll (argv[3], NULL, 10), g_ascii_strtoll (argv[4], NULL, 10),
                       atoi (argv[5]), g_str_equal (argv[1], "--writer-on-start"));
  if (argc == 3 && g_str_equal (argv[1], "--hold"))
    return run_holder (argv[2]);

  self_path = g_canonicalize_filename (argv[0], NULL);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-crash/two-writers", test_two_writers);
  g_test_add_func ("/store-crash/two-cli-writers", test_two_cli_writers);
  g_test_add_func ("/store-crash/killed-writers", test_killed_writers);
  g_test_add_func ("/store-crash/fair-writers", test_fair_writers);
  g_test_add_func ("/store-crash/holder-killed", test_holder_killed);
  g_test_add_func ("/store-crash/lock-unusable", test_lock_unusable);

  status = g_test_run ();
  px_test_remove_temp_dirs ();
  return status;
}
