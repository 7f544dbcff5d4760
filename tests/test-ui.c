/* test-ui.c: the window, built in-process and driven through its actions
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with GSETTINGS_BACKEND=memory. Pages are served by a
 * SoupServer on 127.0.0.1; nothing leaves the machine.
 */
#include "config.h"

#include "px-source-column.h"
#include "px-story-view.h"
#include "px-window-private.h"
#include "px-window.h"

#include <adwaita.h>
#include <libsoup/soup.h>

#define WAIT_SECONDS 20

static const char article_html[] =
  "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
  "<title>Lantern festival draws record crowd</title>"
  "<meta property=\"og:site_name\" content=\"Harbour Gazette\">"
  "</head><body><article><h1>Lantern festival draws record crowd</h1>"
  "<p>About 40,000 people walked along the harbour on Saturday night to see the lanterns, "
  "organisers said.</p>"
  "<p>The festival, now in its twelfth year, raised money for the lifeboat station.</p>"
  "</article></body></html>";

typedef gboolean (*Condition) (gpointer data);

/* Iterates the main context until @condition holds; fails the test after
 * WAIT_SECONDS so a hang is reported, not waited out.
 */
static void
wait_for (Condition  condition,
          gpointer   data,
          const char *what)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting for %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
columns_settled (gpointer data)
{
  PxStoryView *view = data;

  for (guint i = 0; i < px_story_view_get_n_columns (view); i++)
    if (px_source_column_get_state (px_story_view_get_column (view, i)) == PX_SOURCE_COLUMN_LOADING)
      return FALSE;

  return px_story_view_get_n_columns (view) > 0 && !px_story_view_get_comparing (view);
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  if (g_str_equal (path, "/festival.html"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                        article_html, strlen (article_html));
      return;
    }

  soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
  soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "gone", 4);
}

typedef struct
{
  SoupServer *server;
  char *base;
  PxWindow *window;
  PxStoryView *view;
  char *tmpdir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoslist(GUri) uris = NULL;

  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, server_cb, NULL, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (fixture->server);
  fixture->base = g_uri_to_string (uris->data);

  fixture->tmpdir = g_dir_make_tmp ("parallax-ui-XXXXXX", &error);
  g_assert_no_error (error);

  fixture->window = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));
  fixture->view = px_window_get_story_view (fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  g_clear_object (&fixture->server);
  g_free (fixture->base);
  g_free (fixture->tmpdir);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->tmpdir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

static char *
column_text (PxSourceColumn *column)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The user types an address in the Ctrl+L entry and presses Enter. */
static void
test_add_url (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autofree char *url = g_strconcat (fixture->base, "festival.html", NULL);
  g_autofree char *text = NULL;
  GtkEditable *entry = _px_window_get_url_entry (fixture->window);
  PxSourceColumn *column;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-url", NULL));
  gtk_editable_set_text (entry, url);
  g_signal_emit_by_name (entry, "activate");

  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  wait_for (columns_settled, fixture->view, "the page to load");

  column = px_story_view_get_column (fixture->view, 0);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
  g_assert_cmpstr (px_source_column_get_input (column), ==, url);
  text = column_text (column);
  g_assert_nonnull (strstr (text, "About 40,000 people walked along the harbour"));
  g_assert_nonnull (strstr (text, "lifeboat station"));
  g_assert_null (strstr (text, "<p>"));
}

/* A 404 and an unreachable port fail in their own columns; the file next
 * to them loads, and the window still takes new sources.
 */
static void
test_failing_url (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autofree char *missing = g_strconcat (fixture->base, "missing.html", NULL);
  g_autofree char *file = write_file (fixture, "festival.html", article_html);
  g_autofree char *good = g_strconcat (fixture->base, "festival.html", NULL);
  g_autofree char *text = NULL;
  const char *inputs[] = { file, "http://127.0.0.1:9/refused.html", missing, NULL };
  const char *more[] = { good, NULL };
  PxSourceColumn *ok, *refused, *failed, *late;
  const char *message;

  px_window_open_inputs (fixture->window, inputs);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 3);
  wait_for (columns_settled, fixture->view, "both sources to settle");

  ok = px_story_view_get_column (fixture->view, 0);
  refused = px_story_view_get_column (fixture->view, 1);
  failed = px_story_view_get_column (fixture->view, 2);
  g_assert_cmpint (px_source_column_get_state (ok), ==, PX_SOURCE_COLUMN_READY);
  g_assert_null (px_source_column_get_error_message (ok));
  text = column_text (ok);
  g_assert_nonnull (strstr (text, "lantern"));

  /* Nothing listens on port 9: the connection is refused. */
  g_assert_cmpint (px_source_column_get_state (refused), ==, PX_SOURCE_COLUMN_FAILED);
  g_assert_nonnull (px_source_column_get_error_message (refused));
  g_test_message ("error shown: %s", px_source_column_get_error_message (refused));

  g_assert_cmpint (px_source_column_get_state (failed), ==, PX_SOURCE_COLUMN_FAILED);
  message = px_source_column_get_error_message (failed);
  g_assert_nonnull (message);
  g_test_message ("error shown: %s", message);
  g_assert_true (strstr (message, "404") != NULL || strstr (message, "Not Found") != NULL
                 || strstr (message, "not found") != NULL);

  /* Retry is offered on the failed column only. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (failed), "column.retry", NULL));
  g_assert_cmpint (px_source_column_get_state (failed), ==, PX_SOURCE_COLUMN_LOADING);
  g_assert_cmpint (px_source_column_get_state (ok), ==, PX_SOURCE_COLUMN_READY);
  wait_for (columns_settled, fixture->view, "the retry to settle");
  g_assert_cmpint (px_source_column_get_state (failed), ==, PX_SOURCE_COLUMN_FAILED);

  px_window_add_inputs (fixture->window, more);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 4);
  wait_for (columns_settled, fixture->view, "the fourth source");
  late = px_story_view_get_column (fixture->view, 3);
  g_assert_cmpint (px_source_column_get_state (late), ==, PX_SOURCE_COLUMN_READY);
  g_assert_cmpint (px_source_column_get_state (ok), ==, PX_SOURCE_COLUMN_READY);
}

/* Removing a column while its page is still on its way cancels the fetch
 * and leaves the other columns alone.
 */
static void
test_remove_while_loading (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autofree char *file = write_file (fixture, "one.txt", "The bridge reopened on Monday.\n\nTraffic was light.");
  const char *inputs[] = { file, "http://127.0.0.1:9/unreachable.html", NULL };
  PxSourceColumn *second;

  px_window_open_inputs (fixture->window, inputs);
  second = px_story_view_get_column (fixture->view, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "column.remove", NULL));
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 1);
  wait_for (columns_settled, fixture->view, "the remaining source");
  g_assert_cmpint (px_source_column_get_state (px_story_view_get_column (fixture->view, 0)), ==,
                   PX_SOURCE_COLUMN_READY);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/add-url", Fixture, NULL, fixture_set_up, test_add_url, fixture_tear_down);
  g_test_add ("/ui/failing-url", Fixture, NULL, fixture_set_up, test_failing_url, fixture_tear_down);
  g_test_add ("/ui/remove-while-loading", Fixture, NULL, fixture_set_up, test_remove_while_loading,
              fixture_tear_down);

  return g_test_run ();
}
