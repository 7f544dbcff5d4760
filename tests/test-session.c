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
  GPtrArray *loaded; /* the records of the last "sources-loaded" */
  GPtrArray *messages;
} Fixture;

static void
started_cb (PxSession *session,
            Fixture   *fixture)
{
  fixture->n_started++;
  g_clear_pointer (&fixture->loaded, g_ptr_array_unref);
}

static void
loaded_cb (PxSession *session,
           GPtrArray *sources,
           Fixture   *fixture)
{
  g_clear_pointer (&fixture->loaded, g_ptr_array_unref);
  fixture->loaded = g_ptr_array_ref (sources);
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
  g_signal_connect (fixture->session, "sources-loaded", G_CALLBACK (loaded_cb), fixture);
  g_signal_connect (fixture->session, "message", G_CALLBACK (message_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->store);
  g_clear_pointer (&fixture->loaded, g_ptr_array_unref);
  g_ptr_array_unref (fixture->messages);
  g_free (fixture->dir);
}

static gint64
add_source (Fixture    *fixture,
            const char *input,
            const char *title)
{
  g_autoptr(PxArticle) article = px_article_new (input);
  g_autoptr(GError) error = NULL;
  gint64 id;

  article->title = g_strdup (title);
  g_free (article->text);
  article->text = g_strdup ("Lavrov said 91 drones were launched.");
  id = px_library_add_source (PX_LIBRARY (fixture->store), px_session_get_story_id (fixture->session), article,
                              NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A new story's placeholder title gives way to its first headline, once. */
static void
test_provisional_title (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PxStoryInfo) info = NULL;
  gint64 first, second;

  g_assert_false (px_session_has_story (fixture->session));
  px_session_new_story (fixture->session, NULL);
  g_assert_cmpuint (fixture->n_started, ==, 1);
  g_assert_true (px_session_has_story (fixture->session));
  g_assert_true (px_session_get_title_provisional (fixture->session));
  g_assert_cmpint (px_session_get_story_id (fixture->session), >, 0);

  first = add_source (fixture, "https://a.example/1", "Drones at the residence");
  px_session_source_added (fixture->session, first, 0, "Drones at the residence");
  g_assert_cmpstr (px_session_get_title (fixture->session), ==, "Drones at the residence");
  g_assert_false (px_session_get_title_provisional (fixture->session));
  second = add_source (fixture, "https://b.example/2", "Another headline");
  px_session_source_added (fixture->session, second, 1, "Another headline");
  g_assert_cmpstr (px_session_get_title (fixture->session), ==, "Drones at the residence");

  info = px_library_get_story (PX_LIBRARY (fixture->store), px_session_get_story_id (fixture->session), NULL);
  g_assert_cmpstr (info->title, ==, "Drones at the residence");

  /* A title the user gave is never replaced. */
  px_session_new_story (fixture->session, "My title");
  g_assert_false (px_session_get_title_provisional (fixture->session));
  px_session_source_added (fixture->session, add_source (fixture, "https://c.example/3", "Headline"), 0,
                           "Headline");
  g_assert_cmpstr (px_session_get_title (fixture->session), ==, "My title");
  g_assert_cmpuint (fixture->messages->len, ==, 0);
}

/* Opening shows the stored sources in order; delete and restore round-trip. */
static void
test_open_delete_restore (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 story_id, deleted;

  px_session_new_story (fixture->session, "Story");
  story_id = px_session_get_story_id (fixture->session);
  add_source (fixture, "https://a.example/1", "One");
  add_source (fixture, "https://b.example/2", "Two");

  g_assert_true (px_session_open_story (fixture->session, story_id, &error));
  g_assert_no_error (error);
  g_assert_nonnull (fixture->loaded);
  g_assert_cmpuint (fixture->loaded->len, ==, 2);

  g_assert_true (px_session_rename_story (fixture->session, "Renamed", &error));
  deleted = px_session_delete_story (fixture->session, &error);
  g_assert_no_error (error);
  g_assert_cmpint (deleted, ==, story_id);
  g_assert_false (px_session_has_story (fixture->session));
  g_assert_cmpint (px_session_get_story_id (fixture->session), ==, 0);

  g_assert_true (px_session_restore_story (fixture->session, deleted, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (px_session_get_title (fixture->session), ==, "Renamed");
  g_assert_cmpuint (fixture->loaded->len, ==, 2);

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
  g_test_add ("/session/open-delete-restore", Fixture, NULL, fixture_set_up, test_open_delete_restore,
              fixture_tear_down);
  g_test_add ("/session/demo", Fixture, NULL, fixture_set_up, test_demo, fixture_tear_down);
  status = g_test_run ();
  px_test_remove_temp_dirs ();
  return status;
}
