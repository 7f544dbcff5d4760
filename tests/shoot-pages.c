/* shoot-pages.c: screenshots of a source's history and of an archived
 * page, for the docs; run by tests/screenshots.sh under Xvfb.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   shoot-pages history OUT.png   the History window of a page that changed
 *   shoot-pages archive OUT.png   "Open Original" on a kept page
 *
 * Builds the window in-process on a throwaway library, with a page served
 * on 127.0.0.1 that an outlet edits between two fetches (the project's own
 * text), and takes the screen with ImageMagick's import. Not part of the
 * test suite.
 */
#include "config.h"

#include "px-archive-module-private.h"
#include "px-history-view.h"
#include "px-input.h"
#include "px-source-column.h"
#include "px-store.h"
#include "px-test-server.h"
#include "px-ui-test-util.h"
#include "px-window-private.h"
#include "px-window.h"

#include <adwaita.h>

static void
take (const char *out)
{
  const char *argv[] = { "import", "-window", "root", out, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  px_ui_test_spin (1.0);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("import: %s", error->message);
}

static const char bridge_1[] =
  "<p>The council voted on Tuesday to close the harbour bridge for repairs. About 40,000 drivers cross "
  "the bridge every day, the transport office said.</p>"
  "<p>Engineers found cracks in two of the supports last spring. The mayor said the work would take "
  "\u201cabout six months\u201d.</p>"
  "<p>Shops on the quay fear the closure will keep customers away during the summer.</p>";
static const char bridge_2[] =
  "<p>The council voted on Tuesday to close the harbour bridge for repairs. About 55,000 drivers cross "
  "the bridge every day, the transport office said.</p>"
  "<p>Engineers found cracks in two of the supports last spring. The mayor said the work would take "
  "\u201cat least a year\u201d. The mayor said repairs to the cracked supports would take about six months.</p>"
  "<p>A ferry will run while the bridge is shut.</p>";

static gboolean
updated (gpointer data)
{
  PxStoryView *view = data;

  return px_story_view_get_n_columns (view) == 2 && px_source_column_get_updated (px_story_view_get_column (view, 0))
         && px_ui_test_columns_settled (view);
}

static GtkWindow *
toplevel_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WINDOW (window);
    }
  return NULL;
}

static gboolean
history_ready (gpointer data)
{
  PxHistoryView *history = PX_HISTORY_VIEW (toplevel_of_type (PX_TYPE_HISTORY_VIEW));

  return history != NULL && px_history_view_get_n_versions (history) > 1 && !px_history_view_get_busy (history);
}

/* A page kept, edited by its outlet, fetched again; its History. */
static void
shoot_history (PxWindow   *window,
               const char *out)
{
  g_autoptr(PxTestServer) server = px_test_server_new (NULL);
  g_autofree char *url = px_test_server_url (server, "/story");
  g_autofree char *page_1 = px_ui_test_gazette_page ("Harbour bridge to close for repairs", bridge_1);
  g_autofree char *page_2 = px_ui_test_gazette_page ("Harbour bridge to close for a year of repairs", bridge_2);
  g_autofree char *tmpdir = g_dir_make_tmp ("parallax-shoot-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "parallax.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(PxSnapshot) snapshot = NULL;
  g_autoptr(PxArticle) article = NULL;
  PxTargetSpec quote_spec = { 0, "would take \u201cabout six months\u201d", NULL, NULL, 0, 0 };
  PxStoryView *view = px_window_get_story_view (window);
  gint64 story_id, source_id;

  g_assert_no_error (error);
  px_test_server_set_story (server, page_1);
  story_id = px_store_create_story (store, "Bridge", &error);
  g_assert_no_error (error);
  article = px_input_load_article (fetcher, url, &snapshot, NULL, &error);
  g_assert_no_error (error);
  source_id = px_store_add_source (store, story_id, article, snapshot, &error);
  g_assert_no_error (error);
  {
    /* A second outlet, so the story is compared. */
    g_autoptr(PxArticle) other = px_article_new ("-");
    g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();

    g_ptr_array_add (paragraphs, (gpointer) "The council voted on Tuesday to close the harbour bridge for repairs.");
    g_ptr_array_add (paragraphs, (gpointer) "Around 40,000 vehicles use the bridge each day.");
    g_ptr_array_add (paragraphs, (gpointer) "Engineers found cracks in two of the supports last spring.");
    px_article_set_paragraphs (other, paragraphs);
    other->outlet = g_strdup ("Coast Courier");
    g_assert_cmpint (px_store_add_source (store, story_id, other, NULL, &error), >, 0);
    g_assert_no_error (error);
  }
  quote_spec.source_id = source_id;
  px_store_create_annotation (store, story_id, &quote_spec, 1, PX_VERDICT_UNVERIFIED, "Ask the mayor's office",
                              &error);
  g_assert_no_error (error);

  px_window_set_store (window, store, FALSE);
  px_window_open_story (window, story_id);
  px_ui_test_wait_for (px_ui_test_columns_settled, view, "the story", 30);
  px_test_server_set_story (server, page_2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (px_story_view_get_column (view, 0)), "column.refetch", NULL));
  px_ui_test_wait_for (updated, view, "the new version", 30);
  /* The toasts about fetching gone. */
  px_ui_test_spin (16.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (px_story_view_get_column (view, 0)), "column.history", NULL));
  px_ui_test_wait_for (history_ready, NULL, "the history", 30);
  take (out);
  gtk_window_destroy (toplevel_of_type (PX_TYPE_HISTORY_VIEW));
  px_window_set_store (window, NULL, FALSE);
}

/* A page as it was kept, with its banner. */
static void
shoot_archive (const char *out)
{
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "fixtures", "hostile", "45-article-with-trackers.html",
                                                 NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  gsize length;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(PxSnapshot) snapshot = NULL;
  PxArchiveModuleOpenFunc open_archive = _px_archive_module_load (&error);
  GtkWindow *archive;

  g_assert_no_error (error);
  g_file_get_contents (file, &html, &length, &error);
  g_assert_no_error (error);
  body = g_bytes_new_take (g_steal_pointer (&html), length);
  snapshot = px_snapshot_new (body, "https://news.example/world/2025/12/29/drone-claim.html?ref=home", "text/html",
                              "utf-8");
  archive = open_archive (NULL, snapshot);
  gtk_window_set_default_size (archive, 1000, 720);
  gtk_window_present (archive);
  px_ui_test_spin (6.0);
  take (out);
  gtk_window_destroy (archive);
}

int
main (int    argc,
      char **argv)
{
  PxWindow *window;

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  px_ui_test_load_app_style ();
  if (argc != 3)
    g_error ("usage: shoot-pages history|archive OUT.png");

  if (g_str_equal (argv[1], "archive"))
    {
      shoot_archive (argv[2]);
      return 0;
    }

  window = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  shoot_history (window, argv[2]);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  return 0;
}
