/* test-session.c: the story a window shows, and the operations on it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "px-session.h"
#include "px-store.h"
#include "px-test-util.h"

typedef struct
{
  char *dir;
  PxStore *store;
  PxSession *session;
  guint n_started;
  GPtrArray *messages;
} Fixture;

static void
started_cb (PxSession *session,
            Fixture   *fixture)
{
  fixture->n_started++;
}

static void
message_cb (PxSession  *session,
            const char *message,
            Fixture    *fixture)
{
  g_ptr_array_add (fixture->messages, g_strdup (message));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = px_test_make_temp_dir ("px-session-XXXXXX");
  path = g_build_filename (fixture->dir, "parallax.db", NULL);
  fixture->store = px_store_open (path, &error);
  g_assert_no_error (error);
  fixture->session = px_session_new ();
  px_session_set_library (fixture->session, PX_LIBRARY (fixture->store));
  fixture->messages = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->session, "story-started", G_CALLBACK (started_cb), fixture);
  g_signal_connect (fixture->session, "message", G_CALLBACK (message_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  g_assert_finalize_object (fixture->session);
  /* The library's thread lets go of the last job's reference on its own time. */
  while (G_OBJECT (fixture->store)->ref_count > 1 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (fixture->store);
  g_ptr_array_unref (fixture->messages);
  g_free (fixture->dir);
}

static char *
write_page (Fixture    *fixture,
            const char *name,
            const char *headline)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *html = g_strdup_printf ("<html><head><title>%s</title></head><body><article><h1>%s</h1>"
                                           "<p>Lavrov said 91 drones were launched at the residence overnight, "
                                           "and that air defences destroyed all of them.</p></article></body></html>",
                                           headline, headline);

  g_assert_true (g_file_set_contents (path, html, -1, NULL));
  return path;
}

static gboolean
all_loaded (Fixture *fixture)
{
  GListModel *sources = px_session_get_sources (fixture->session);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (sources, i);

      if (px_source_get_state (source) == PX_SOURCE_LOADING)
        return FALSE;
    }
  return TRUE;
}

static void
wait_loaded (Fixture *fixture)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!all_loaded (fixture) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (all_loaded (fixture));
  /* The library's callbacks after the load. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
add_page (Fixture    *fixture,
          const char *name,
          const char *headline)
{
  g_autofree char *path = write_page (fixture, name, headline);
  g_autoptr(PxSource) source = px_source_new_for_input (path);

  px_session_add_source (fixture->session, source);
  wait_loaded (fixture);
  g_assert_cmpint (px_source_get_state (source), ==, PX_SOURCE_READY);
  g_assert_cmpint (px_source_get_source_id (source), >, 0);
}

/* A new story's placeholder title gives way to its first headline, once. */
static void
test_provisional_title (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PxStoryInfo) info = NULL;
  g_autoptr(GPtrArray) stored = NULL;

  g_assert_false (px_session_has_story (fixture->session));
  px_session_new_story (fixture->session, NULL);
  g_assert_cmpuint (fixture->n_started, ==, 1);
  g_assert_true (px_session_has_story (fixture->session));
  g_assert_true (px_session_get_title_provisional (fixture->session));
  g_assert_cmpint (px_session_get_story_id (fixture->session), >, 0);

  add_page (fixture, "first.html", "Drones at the residence");
  g_assert_cmpstr (px_session_get_title (fixture->session), ==, "Drones at the residence");
  g_assert_false (px_session_get_title_provisional (fixture->session));
  add_page (fixture, "second.html", "Another headline");
  g_assert_cmpstr (px_session_get_title (fixture->session), ==, "Drones at the residence");

  info = px_library_get_story (PX_LIBRARY (fixture->store), px_session_get_story_id (fixture->session), NULL);
  g_assert_cmpstr (info->title, ==, "Drones at the residence");
  stored = px_library_list_sources (PX_LIBRARY (fixture->store), info->id, NULL);
  g_assert_cmpuint (stored->len, ==, 2);

  /* A title the user gave is never replaced. */
  px_session_new_story (fixture->session, "My title");
  g_assert_false (px_session_get_title_provisional (fixture->session));
  add_page (fixture, "third.html", "Headline");
  g_assert_cmpstr (px_session_get_title (fixture->session), ==, "My title");
  g_assert_cmpuint (fixture->messages->len, ==, 0);
}

/* Removing a source while it loads stops it and keeps nothing; Undo brings
 * back one that failed as it was, with its error.
 */
static void
test_remove_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.html", NULL);
  g_autoptr(PxSource) failed = px_source_new_for_input (missing);
  g_autoptr(PxSource) loading = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  GListModel *sources = px_session_get_sources (fixture->session);
  g_autofree char *page = NULL;
  guint token;

  px_session_new_story (fixture->session, "Story");
  px_session_add_source (fixture->session, failed);
  wait_loaded (fixture);
  g_assert_cmpint (px_source_get_state (failed), ==, PX_SOURCE_FAILED);
  g_assert_nonnull (px_source_get_error (failed));

  token = px_session_remove_source (fixture->session, failed);
  g_assert_cmpuint (token, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 0);
  px_session_undo_remove (fixture->session, token);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 1);
  g_assert_cmpint (px_source_get_state (failed), ==, PX_SOURCE_FAILED);

  page = write_page (fixture, "page.html", "Headline");
  loading = px_source_new_for_input (page);
  px_session_add_source (fixture->session, loading);
  px_session_remove_source (fixture->session, loading);
  wait_loaded (fixture);
  g_usleep (100000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  stored = px_library_list_sources (PX_LIBRARY (fixture->store), px_session_get_story_id (fixture->session), NULL);
  g_assert_cmpuint (stored->len, ==, 0);
}

/* Opening shows the stored sources in order; delete and restore round-trip. */
static void
test_open_delete_restore (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 story_id, deleted;

  GListModel *sources = px_session_get_sources (fixture->session);

  px_session_new_story (fixture->session, "Story");
  story_id = px_session_get_story_id (fixture->session);
  add_page (fixture, "one.html", "One");
  add_page (fixture, "two.html", "Two");

  px_session_close_story (fixture->session);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 0);
  g_assert_true (px_session_open_story (fixture->session, story_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);

  g_assert_true (px_session_rename_story (fixture->session, "Renamed", &error));
  deleted = px_session_delete_story (fixture->session, &error);
  g_assert_no_error (error);
  g_assert_cmpint (deleted, ==, story_id);
  g_assert_false (px_session_has_story (fixture->session));
  g_assert_cmpint (px_session_get_story_id (fixture->session), ==, 0);

  g_assert_true (px_session_restore_story (fixture->session, deleted, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (px_session_get_title (fixture->session), ==, "Renamed");
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);

  g_assert_false (px_session_open_story (fixture->session, 9999, &error));
  g_assert_nonnull (error);
}

/* The demo story is made once and found again by the id kept. */
static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  gint64 demo;

  g_assert_true (px_session_library_is_new (fixture->session));
  g_assert_cmpint (px_session_find_demo_story (fixture->session), ==, 0);
  g_assert_true (px_session_open_demo (fixture->session));
  g_assert_cmpuint (g_list_model_get_n_items (px_session_get_sources (fixture->session)), ==, 4);
  wait_loaded (fixture);
  demo = px_session_get_story_id (fixture->session);
  g_assert_cmpint (demo, >, 0);
  g_assert_cmpint (px_session_get_demo_story_id (fixture->session), ==, demo);
  g_assert_false (px_session_library_is_new (fixture->session));

  px_session_new_story (fixture->session, NULL);
  g_assert_false (px_session_open_demo (fixture->session));
  g_assert_cmpint (px_session_get_story_id (fixture->session), ==, demo);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add ("/session/provisional-title", Fixture, NULL, fixture_set_up, test_provisional_title,
              fixture_tear_down);
  g_test_add ("/session/remove-undo", Fixture, NULL, fixture_set_up, test_remove_undo, fixture_tear_down);
  g_test_add ("/session/open-delete-restore", Fixture, NULL, fixture_set_up, test_open_delete_restore,
              fixture_tear_down);
  g_test_add ("/session/demo", Fixture, NULL, fixture_set_up, test_demo, fixture_tear_down);
  status = g_test_run ();
  px_test_remove_temp_dirs ();
  return status;
}
