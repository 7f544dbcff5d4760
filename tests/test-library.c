/* test-library.c: the library interface's database thread, on the local
 * SQLite library
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-library.h"
#include "px-store.h"
#include "px-test-util.h"

#include <glib/gstdio.h>

typedef struct
{
  GPtrArray *ids;   /* gint64 *, in completion order */
  guint pending;
  GPtrArray *stories;
  gboolean cancelled;
  GThread *caller;
} Results;

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Results *results = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = px_library_create_story_finish (PX_LIBRARY (object), result, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  /* Callbacks come back to the caller's main context. */
  g_assert_true (g_thread_self () == results->caller);
  g_ptr_array_add (results->ids, g_memdup2 (&id, sizeof id));
  results->pending--;
}

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Results *results = user_data;
  g_autoptr(GError) error = NULL;

  results->stories = px_library_list_stories_finish (PX_LIBRARY (object), result, &error);
  g_assert_no_error (error);
  results->pending--;
}

static void
cancelled_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Results *results = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (px_library_create_story_finish (PX_LIBRARY (object), result, &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  results->cancelled = TRUE;
  results->pending--;
}

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  PxStore **store = user_data;
  g_autoptr(GError) error = NULL;

  *store = px_store_open_finish (result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*store);
}

/* Calls queued on the one database thread run in order; their callbacks
 * run on the caller's thread; a call cancelled before it starts is not run;
 * the library is freed with its thread once the last call is done.
 */
static void
test_library_queue (void)
{
  g_autofree char *dir = px_test_make_temp_dir ("px-library-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "parallax.db", NULL);
  Results results = { g_ptr_array_new_with_free_func (g_free), 0, NULL, FALSE, g_thread_self () };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  PxStore *store = NULL;
  PxLibrary *library;

  px_store_open_async (path, PX_STORE_OPEN_DEFER_BACKUP, NULL, opened_cb, &store);
  while (store == NULL)
    g_main_context_iteration (NULL, TRUE);
  library = PX_LIBRARY (store);

  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *title = g_strdup_printf ("Story %u", i);

      px_library_create_story_async (library, title, NULL, created_cb, &results);
      results.pending++;
    }
  g_cancellable_cancel (cancellable);
  px_library_create_story_async (library, "Never", cancellable, cancelled_cb, &results);
  results.pending++;
  px_library_list_stories_async (library, FALSE, NULL, listed_cb, &results);
  results.pending++;

  while (results.pending > 0)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (results.cancelled);
  g_assert_cmpuint (results.ids->len, ==, 50);
  for (guint i = 1; i < results.ids->len; i++)
    g_assert_cmpint (*(gint64 *) g_ptr_array_index (results.ids, i), >,
                     *(gint64 *) g_ptr_array_index (results.ids, i - 1));
  g_assert_cmpuint (results.stories->len, ==, 50);
  for (guint i = 0; i < results.stories->len; i++)
    g_assert_cmpstr (((PxStoryInfo *) g_ptr_array_index (results.stories, i))->title, !=, "Never");

  /* The deferred backup is taken by maintain. */
  {
    g_autofree char *backup = px_store_get_backup_path (store);

    g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
    g_assert_true (px_library_maintain (library, NULL));
    g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  }

  g_assert_true (px_library_close (library, NULL));
  g_ptr_array_unref (results.stories);
  g_ptr_array_unref (results.ids);
  /* The thread drops its last task right after the callback is queued. */
  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
  g_object_unref (store);
  for (guint i = 0; store != NULL && i < 1000; i++)
    g_usleep (1000);
  g_assert_null (store);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/library/queue", test_library_queue);
  status = g_test_run ();
  px_test_remove_temp_dirs ();
  return status;
}
