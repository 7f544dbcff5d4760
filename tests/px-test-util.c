/* px-test-util.c: what the store, history, compare and export tests share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-test-util.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <utime.h>

#include <glib/gstdio.h>

/* Folders made by the tests, removed when they end. */
static GPtrArray *temp_dirs;

char *
px_test_make_temp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  if (temp_dirs == NULL)
    temp_dirs = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (temp_dirs, g_strdup (dir));
  return dir;
}

void
px_test_remove_temp_dirs (void)
{
  if (temp_dirs == NULL)
    return;

  for (guint i = 0; i < temp_dirs->len; i++)
    {
      const char *argv[] = { "rm", "-rf", temp_dirs->pdata[i], NULL };

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    }
  g_clear_pointer (&temp_dirs, g_ptr_array_unref);
}

int
px_test_spawn_cli (const char * const  *args,
                   char               **out,
                   char               **err)
{
  const char *cli = g_getenv ("PARALLAX_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err_text = NULL;
  int status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, &err_text, &status, &error);
  g_assert_no_error (error);
  if (!WIFEXITED (status))
    g_error ("parallax-cli %s did not exit (wait status %d); stderr: %s", args[0], status, err_text);

  if (err != NULL)
    *err = g_steal_pointer (&err_text);
  return WEXITSTATUS (status);
}

char *
px_test_run_cli (int          expected_status,
                 char       **err_out,
                 const char  *first,
                 ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  status = px_test_spawn_cli ((const char * const *) args->pdata, &out, &err);
  if (status != expected_status)
    g_error ("parallax-cli %s exited with %d, expected %d; stderr: %s", first, status, expected_status, err);

  if (err_out != NULL)
    *err_out = g_steal_pointer (&err);
  return out;
}

gint64
px_test_annotate_quote (PxStore    *store,
                        gint64      story_id,
                        gint64      source_id,
                        const char *quote,
                        PxVerdict   verdict,
                        const char *note)
{
  g_autoptr(GError) error = NULL;
  PxTargetSpec spec = { .source_id = source_id, .quote = quote };
  gint64 id = px_store_create_annotation (store, story_id, &spec, 1, verdict, note, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

char *
px_test_query_text (sqlite3    *db,
                    const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return result;
}

void
px_test_assert_database_sound (const char *path)
{
  sqlite3 *db = NULL;
  g_autofree char *integrity = NULL;
  g_autofree char *foreign = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  integrity = px_test_query_text (db, "PRAGMA integrity_check");
  foreign = px_test_query_text (db, "PRAGMA foreign_key_check");
  sqlite3_close (db);

  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_null (foreign);
}

int
px_test_user_version (const char *path)
{
  sqlite3 *db = NULL;
  g_autofree char *version = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  version = px_test_query_text (db, "PRAGMA user_version");
  sqlite3_close (db);
  g_assert_nonnull (version);
  return atoi (version);
}

/* Sets the time of @path back two days: a backup that is due. */
void
px_test_age_file (const char *path)
{
  struct utimbuf times;

  times.actime = times.modtime = time (NULL) - 2 * 24 * 60 * 60;
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

/* The SHA-256 of @path's bytes, to tell that a file did not change. */
char *
px_test_file_sum (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Loads @source with @fetcher to its end, which must be a failure, as a
 * column of the window would; returns the load's error.
 */
GError *
px_test_load_failing (PxSource  *source,
                      PxFetcher *fetcher)
{
  g_autoptr(GAsyncResult) result = NULL;
  GError *error = NULL;

  px_source_load_async (source, NULL, 0, fetcher, NULL, loaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (px_source_load_finish (source, result, NULL, NULL, &error));
  g_assert_nonnull (error);
  return error;
}

const PxTestKeptFailure px_test_kept_failures[3] = {
  { "http://127.0.0.1:9/onward/0", "0", "127.0.0.1:9" },
  { "http://localhost:8080/news/2026/ferry-strike.html", "ferry-strike", "localhost:8080" },
  { "http://127.0.0.1:9/desk/ferry.html", "Harbour Gazette", "Harbour Gazette" },
};
