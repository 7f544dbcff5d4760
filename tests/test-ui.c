/* test-ui.c: the window, built in-process and driven through its actions
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with GSETTINGS_BACKEND=memory. Pages are served by a
 * SoupServer on 127.0.0.1; nothing leaves the machine.
 */
#include "config.h"

#include <math.h>

#include "px-annotation-popover.h"
#include "px-annotations-panel.h"
#include "px-claim-row.h"
#include "px-claims-panel.h"
#include "px-export.h"
#include "px-highlight.h"
#include "px-i18n.h"
#include "px-library-item.h"
#include "px-library-view.h"
#include "px-menu-button-private.h"
#include "px-preferences-window.h"
#include "px-source-column.h"
#include "px-story-view.h"
#include "px-toast.h"
#include "px-window-private.h"
#include "px-window.h"
#include "px-ui-test-util.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <locale.h>

#define WAIT_SECONDS 20

static void spin (guint ms);

static const char article_html[] =
  "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
  "<title>Lantern festival draws record crowd</title>"
  "<meta property=\"og:site_name\" content=\"Harbour Gazette\">"
  "</head><body><article><h1>Lantern festival draws record crowd</h1>"
  "<p>About 40,000 people walked along the harbour on Saturday night to see the lanterns, "
  "organisers said.</p>"
  "<p>The festival, now in its twelfth year, raised money for the lifeboat station.</p>"
  "</article></body></html>";

/* The second half of the slow page, sent a while after the first. */
static gboolean
finish_slow_cb (gpointer user_data)
{
  SoupServerMessage *msg = user_data;
  SoupMessageBody *body = soup_server_message_get_response_body (msg);
  gsize half = strlen (article_html) / 2;

  soup_message_body_append (body, SOUP_MEMORY_STATIC, article_html + half, strlen (article_html) - half);
  soup_message_body_complete (body);
  soup_server_message_unpause (msg);
  g_object_unref (msg);

  return G_SOURCE_REMOVE;
}

/* /flaky.html answers 500 until the test "fixes" the server. */
static gboolean flaky_fixed;

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  if (g_str_equal (path, "/slow.html"))
    {
      SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_set_content_type (headers, "text/html", NULL);
      soup_message_headers_set_content_length (headers, strlen (article_html));
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CONTENT_LENGTH);
      soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_STATIC,
                                article_html, strlen (article_html) / 2);
      /* The body is not complete: the server sends what it has and waits. */
      g_timeout_add (1500, finish_slow_cb, g_object_ref (msg));
      return;
    }

  if (g_str_equal (path, "/notes.txt"))
    {
      /* a page that names no outlet: the host names it */
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/plain; charset=utf-8", SOUP_MEMORY_STATIC, "Lanterns\n\n"
                                        "About 40,000 people walked along the harbour on Saturday night.\n",
                                        strlen ("Lanterns\n\nAbout 40,000 people walked along the harbour on "
                                                "Saturday night.\n"));
      return;
    }

  if (g_str_equal (path, "/photo.png"))
    {
      /* an address that serves an image, not a page */
      static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\x01\x02\x03\x04\xff\xfe";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_STATIC, png, sizeof png - 1);
      return;
    }

  if (g_str_equal (path, "/flaky.html") && !flaky_fixed)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
      soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "down", 4);
      return;
    }

  if (g_str_equal (path, "/festival.html") || g_str_equal (path, "/flaky.html"))
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
  PxStore *store;
} Fixture;

/* Xvfb starts with the pointer in the middle of its screen, over a column
 * of the window. A tooltip shown there while the columns were laid out anew
 * (the library folding back) made GTK 4.8 on X11 snapshot the window's
 * content before allocating it: a fatal warning in /ui/columns-fit, one run
 * in about nine on a busy machine. The tests drive the window through its
 * API, never the pointer, which rests in the screen's corner, on the
 * window's edge, where nothing has a tooltip.
 */
static void
park_pointer (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  Display *xdisplay;

  if (!GDK_IS_X11_DISPLAY (display))
    return;
  xdisplay = gdk_x11_display_get_xdisplay (display);
  XWarpPointer (xdisplay, None, DefaultRootWindow (xdisplay), 0, 0, 0, 0, 0,
                DisplayHeight (xdisplay, DefaultScreen (xdisplay)) - 1);
  XSync (xdisplay, False);
}

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

  park_pointer ();
  fixture->window = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));
  fixture->view = px_window_get_story_view (fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));

  /* A library of its own, as the application gives the window: sources are
   * kept as they load, as a user's are.
   */
  {
    g_autofree char *path = g_build_filename (fixture->tmpdir, "fixture.db", NULL);

    fixture->store = px_store_open (path, &error);
    g_assert_no_error (error);
    px_window_set_store (fixture->window, fixture->store, FALSE);
  }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  /* Nothing else may keep the window, its columns or their tasks alive
   * (a test may have destroyed it already).
   */
  if (fixture->window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      g_assert_finalize_object (g_steal_pointer (&fixture->window));
    }
  g_assert_true (px_store_close (fixture->store, &error));
  g_assert_no_error (error);
  g_clear_object (&fixture->store);
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
static gboolean
library_loaded (gpointer data)
{
  return !px_library_view_get_loading (data);
}

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
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the page to load", WAIT_SECONDS);

  column = px_story_view_get_column (fixture->view, 0);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
  g_assert_cmpstr (px_source_column_get_input (column), ==, url);
  text = column_text (column);
  g_assert_nonnull (strstr (text, "About 40,000 people walked along the harbour"));
  g_assert_nonnull (strstr (text, "lifeboat station"));
  g_assert_null (strstr (text, "<p>"));

  /* Typed without its scheme, a machine named by its number means http
   * (https gave a TLS error): the same address, so the same column, not
   * a twin that doubles every claim; a name with a dot means https.
   */
  g_assert_true (g_str_has_prefix (url, "http://127.0.0.1:"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-url", NULL));
  gtk_editable_set_text (entry, url + strlen ("http://"));
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-url", NULL));
  gtk_editable_set_text (entry, "news.invalid/story");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 2);
  g_assert_cmpstr (px_source_column_get_input (px_story_view_get_column (fixture->view, 1)), ==,
                   "https://news.invalid/story");
}

static gboolean
progress_shown (gpointer data)
{
  double fraction = px_source_column_get_progress (data);

  return fraction > 0.2 && fraction < 1.0 && px_source_column_get_state (data) == PX_SOURCE_COLUMN_LOADING;
}

/* A page that arrives slowly shows how much of it came, in its column. */
static void
test_progress (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autofree char *url = g_strconcat (fixture->base, "slow.html", NULL);
  const char *inputs[] = { url, NULL };
  PxSourceColumn *column;

  px_window_open_inputs (fixture->window, inputs);
  column = px_story_view_get_column (fixture->view, 0);
  px_ui_test_wait_for (progress_shown, column, "the progress of the slow page", WAIT_SECONDS);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the slow page", WAIT_SECONDS);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
  g_assert_cmpfloat (px_source_column_get_progress (column), ==, -1);
}

static gboolean
status_waiting (gpointer data)
{
  return g_str_equal (px_story_view_get_status (data), "Comparing once 1 more source has loaded");
}

/* While a source is still loading, the line under the columns says the
 * comparison waits for it, not that there is nothing to compare.
 */
static void
test_status_waiting (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *url = g_strconcat (fixture->base, "slow.html", NULL);
  g_autofree char *first = write_file (fixture, "first.txt", "The bridge reopened on Monday after three weeks of "
                                       "repairs, the council said.\n");
  g_autofree char *second = write_file (fixture, "second.txt", "The bridge reopened on Monday after three weeks "
                                        "of repairs, the council said.\n");
  const char *inputs[] = { first, second, url, NULL };

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (status_waiting, fixture->view, "the status to say the comparison waits", WAIT_SECONDS);
  g_assert_cmpint (px_source_column_get_state (px_story_view_get_column (fixture->view, 2)), ==,
                   PX_SOURCE_COLUMN_LOADING);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the slow page", WAIT_SECONDS);
  g_test_message ("status: %s", px_story_view_get_status (fixture->view));
  g_assert_nonnull (strstr (px_story_view_get_status (fixture->view), "shared claim"));
}

/* Addresses and files dropped on the window become sources. */
static void
test_drop (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autofree char *url = g_strconcat (fixture->base, "festival.html", NULL);
  g_autofree char *text = g_strdup_printf ("  %s  \nnot an address\n", url);
  g_autofree char *path = write_file (fixture, "dropped.txt", "The bridge reopened on Monday.\n\nTraffic was light.");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkDropTarget *target = NULL;
  GValue value = G_VALUE_INIT;
  GSList *files = NULL;
  gboolean accepted = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_assert_true (accepted);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 1);
  g_assert_cmpstr (px_source_column_get_input (px_story_view_get_column (fixture->view, 0)), ==, url);

  files = g_slist_append (NULL, file);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_slist_free (files);
  g_assert_true (accepted);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 2);
  g_assert_cmpstr (px_source_column_get_input (px_story_view_get_column (fixture->view, 1)), ==, path);

  /* Nothing usable: refused, nothing added. */
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "just some words");
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_assert_false (accepted);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 2);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the dropped sources", WAIT_SECONDS);
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
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "both sources to settle", WAIT_SECONDS);

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
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the retry to settle", WAIT_SECONDS);
  g_assert_cmpint (px_source_column_get_state (failed), ==, PX_SOURCE_COLUMN_FAILED);

  px_window_add_inputs (fixture->window, more);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 4);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the fourth source", WAIT_SECONDS);
  late = px_story_view_get_column (fixture->view, 3);
  g_assert_cmpint (px_source_column_get_state (late), ==, PX_SOURCE_COLUMN_READY);
  g_assert_cmpint (px_source_column_get_state (ok), ==, PX_SOURCE_COLUMN_READY);
}

/* A file given by a path relative to the folder Parallax started in
 * (`parallax in/report.html` through another launcher, a caller of
 * px_window_add_inputs()) is kept by its whole path: read again from
 * anywhere, and the same file given whole is the same column.
 */
static void
test_relative_file_kept_whole (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autofree char *file = write_file (fixture, "harbour.html", article_html);
  g_autofree char *whole = g_canonicalize_filename (file, NULL);
  g_autofree char *here = g_get_current_dir ();
  const char *inputs[] = { "./harbour.html", NULL };
  const char *again[] = { whole, NULL };
  PxSourceColumn *column;

  g_assert_cmpint (g_chdir (fixture->tmpdir), ==, 0);
  px_window_open_inputs (fixture->window, inputs);
  g_assert_cmpint (g_chdir (here), ==, 0);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 1);
  column = px_story_view_get_column (fixture->view, 0);
  g_assert_cmpstr (px_source_column_get_input (column), ==, whole);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the file", WAIT_SECONDS);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);

  px_window_add_inputs (fixture->window, again);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 1);
}

static guint
n_failed_kept (PxStore *store,
               gint64   story_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) failed = px_store_list_failed_sources (store, story_id, &error);

  g_assert_no_error (error);
  return failed->len;
}

typedef struct
{
  Fixture *fixture;
  guint n_columns;
} StoryShown;

static gboolean
story_shown (gpointer data)
{
  StoryShown *shown = data;

  return px_story_view_get_n_columns (shown->fixture->view) == shown->n_columns
         && px_ui_test_window_settled (shown->fixture->window);
}

/* The story shown keeps one source that failed. */
static gboolean
failed_kept (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GPtrArray) failed = px_store_list_failed_sources (fixture->store,
                                                              px_window_get_story_id (fixture->window), NULL);

  return failed != NULL && failed->len == 1;
}

/* Quits and starts again: a new window on the library opened again,
 * showing @story_id's @n_columns columns.
 */
static void
restart_with_story (Fixture *fixture,
                    gint64   story_id,
                    guint    n_columns)
{
  g_autofree char *path = g_strdup (px_store_get_path (fixture->store));
  g_autoptr(GError) error = NULL;
  StoryShown shown = { fixture, n_columns };

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
  g_assert_true (px_store_close (fixture->store, &error));
  g_assert_no_error (error);
  g_clear_object (&fixture->store);
  fixture->store = px_store_open (path, &error);
  g_assert_no_error (error);
  fixture->window = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));
  fixture->view = px_window_get_story_view (fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));
  px_window_set_store (fixture->window, fixture->store, FALSE);
  px_window_open_story (fixture->window, story_id);
  px_ui_test_wait_for (story_shown, &shown, "the story to open again", WAIT_SECONDS);
}

/* A source whose server answered 500 stays a column with its reason, also
 * after the window and its library are closed and opened again; Try Again,
 * once the server answers, loads it in its column.
 */
static void
test_failed_source_kept (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *file = write_file (fixture, "one.txt", "The bridge reopened on Monday.\n\nTraffic was light.");
  g_autofree char *flaky = g_strconcat (fixture->base, "flaky.html", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  const char *inputs[] = { file, flaky, NULL };
  PxSourceColumn *failed;
  const char *message;
  gint64 story_id;

  flaky_fixed = FALSE;
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "both sources to settle", WAIT_SECONDS);
  failed = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpint (px_source_column_get_state (failed), ==, PX_SOURCE_COLUMN_FAILED);
  story_id = px_window_get_story_id (fixture->window);
  g_assert_cmpint (story_id, >, 0);
  g_assert_cmpuint (n_failed_kept (fixture->store, story_id), ==, 1);

  /* Quit and start again: a new window on the library opened again. */
  restart_with_story (fixture, story_id, 2);

  /* The failed column is there, in its place, naming the input and why. */
  g_assert_cmpint (px_source_column_get_state (px_story_view_get_column (fixture->view, 0)), ==,
                   PX_SOURCE_COLUMN_READY);
  failed = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpint (px_source_column_get_state (failed), ==, PX_SOURCE_COLUMN_FAILED);
  message = px_source_column_get_error_message (failed);
  g_test_message ("error shown after the restart: %s", message);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "500"));
  g_assert_nonnull (strstr (message, flaky));

  /* The sidebar counts it among the story's sources, as the columns do. */
  {
    PxLibraryView *library = PX_LIBRARY_VIEW (px_window_get_library_view (fixture->window));
    GListModel *items = px_library_view_get_items (library);
    gboolean found = FALSE;

    px_library_view_reload (library);
    px_ui_test_wait_for (library_loaded, library, "the library's stories", WAIT_SECONDS);
    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(PxLibraryItem) item = g_list_model_get_item (items, i);

        if (px_library_item_get_story_id (item) != story_id)
          continue;
        g_test_message ("the story in the sidebar: %s", px_library_item_get_subtitle (item));
        g_assert_true (g_str_has_prefix (px_library_item_get_subtitle (item), "2 sources"));
        found = TRUE;
      }
    g_assert_true (found);
  }

  /* The server answers again: Try Again loads it where it was. */
  flaky_fixed = TRUE;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (failed), "column.retry", NULL));
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the retry to settle", WAIT_SECONDS);
  failed = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpint (px_source_column_get_state (failed), ==, PX_SOURCE_COLUMN_READY);
  text = column_text (failed);
  g_assert_nonnull (strstr (text, "lantern"));
  g_assert_cmpuint (n_failed_kept (fixture->store, story_id), ==, 0);
  sources = px_store_list_sources (fixture->store, story_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 2);
  g_assert_cmpstr (((PxSourceRecord *) sources->pdata[1])->input, ==, flaky);
  g_assert_cmpstr (((PxSourceRecord *) sources->pdata[1])->outlet, ==, "Harbour Gazette");
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
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the remaining source", WAIT_SECONDS);
  g_assert_cmpint (px_source_column_get_state (px_story_view_get_column (fixture->view, 0)), ==,
                   PX_SOURCE_COLUMN_READY);
}

/* The text of every range of @column that carries @tag_name, joined by "|". */
static char *
tagged_text (PxSourceColumn *column,
             const char     *tag_name)
{
  return px_ui_test_tagged_text (gtk_text_view_get_buffer (px_source_column_get_text_view (column)), tag_name);
}

static void
assert_tagged (PxSourceColumn *column,
               const char     *tag_name,
               const char     *expected)
{
  g_autofree char *text = tagged_text (column, tag_name);

  if (strstr (text, expected) == NULL)
    g_error ("%s: expected “%s” among the %s ranges, found “%s”",
             px_source_column_get_outlet (column), expected, tag_name, text);
}

typedef gboolean (*WidgetMatch) (GtkWidget  *widget,
                                 const char *text);

/* The first widget under @root, @root included, that @matches with @text,
 * or NULL.
 */
static GtkWidget *
find_widget (GtkWidget   *root,
             WidgetMatch  matches,
             const char  *text)
{
  if (matches (root, text))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, matches, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A label whose text has @part. */
static gboolean
is_label_with (GtkWidget  *widget,
               const char *part)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), part) != NULL;
}

/* A label whose label (markup included) is @text. */
static gboolean
is_label_showing (GtkWidget  *widget,
                  const char *text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* A visible label that reads @text. */
static gboolean
is_visible_label_reading (GtkWidget  *widget,
                          const char *text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
         && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

/* A visible label whose text has @part. */
static gboolean
is_visible_label_with (GtkWidget  *widget,
                       const char *part)
{
  return gtk_widget_get_visible (widget) && is_label_with (widget, part);
}

/* A mapped label that reads @text. */
static gboolean
is_mapped_label_reading (GtkWidget  *widget,
                         const char *text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

/* A mapped label whose text has @part. */
static gboolean
is_mapped_label_with (GtkWidget  *widget,
                      const char *part)
{
  return gtk_widget_get_mapped (widget) && is_label_with (widget, part);
}

/* A mapped button whose label is @label. */
static gboolean
is_mapped_button_labelled (GtkWidget  *widget,
                           const char *label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* A mapped drop-down (@text unused). */
static gboolean
is_mapped_drop_down (GtkWidget  *widget,
                     const char *text)
{
  return GTK_IS_DROP_DOWN (widget) && gtk_widget_get_mapped (widget);
}

/* Opens @column's original and checks an archive window shows the page
 * that @column came from (its address is named in the window).
 */
typedef struct
{
  GListModel *toplevels;
  guint n;
} WindowCount;

static gboolean
windows_reach (gpointer data)
{
  WindowCount *count = data;

  return g_list_model_get_n_items (count->toplevels) >= count->n;
}

static void
assert_opens_original (PxSourceColumn *column,
                       const char     *needle)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before = g_list_model_get_n_items (toplevels);
  g_autoptr(GtkWindow) archive = NULL;
  WindowCount count = { toplevels, before + 1 };

  /* A page kept in the library is read on its thread first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (column), "column.open-original", NULL));
  px_ui_test_wait_for (windows_reach, &count, "the original's window", WAIT_SECONDS);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && archive == NULL; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* The module's type, known here by name only. */
      if (g_str_equal (G_OBJECT_TYPE_NAME (window), "PxArchiveWindow"))
        archive = g_object_ref (window);
    }
  g_assert_nonnull (archive);
  g_assert_true (find_widget (GTK_WIDGET (archive), is_label_with, needle) != NULL);
  gtk_window_destroy (archive);
}

static void
open_demo (Fixture *fixture)
{
  px_window_open_demo (fixture->window);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the demo story", WAIT_SECONDS);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 4);
}

/* Tab and Shift+Tab, as a keyboard user moves: from the last column's
 * text, Tab goes on to the claims panel and comes round to the header's
 * first button; no widget keeps the focus to itself.
 */
static char *
focus_path (GtkWidget *focus)
{
  GString *path = g_string_new (NULL);

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    g_string_prepend (g_string_prepend (path, G_OBJECT_TYPE_NAME (w)), "/");
  return g_string_free (path, FALSE);
}

static void
tab_round (Fixture         *fixture,
           GtkWidget       *start,
           GtkDirectionType direction)
{
  GtkWidget *claims = GTK_WIDGET (px_window_get_claims_panel (fixture->window));
  gboolean reached_claims = FALSE;
  gboolean came_round = FALSE;

  g_assert_true (gtk_widget_grab_focus (start));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == start);

  for (guint i = 0; i < 200 && !came_round; i++)
    {
      GtkWidget *before = gtk_root_get_focus (GTK_ROOT (fixture->window));
      GtkWidget *after;
      g_autofree char *path = NULL;

      g_signal_emit_by_name (fixture->window, "move-focus", direction);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      after = gtk_root_get_focus (GTK_ROOT (fixture->window));
      path = after != NULL ? focus_path (after) : g_strdup ("(none)");
      g_test_message ("%s %u: %s", direction == GTK_DIR_TAB_FORWARD ? "Tab" : "Shift+Tab", i + 1, path);
      /* Every press moves the focus somewhere else. */
      g_assert_true (after != before);
      reached_claims |= after != NULL && gtk_widget_is_ancestor (after, claims);
      came_round = after == start && reached_claims;
    }
  g_assert_true (reached_claims);
  g_assert_true (came_round);
}

static void
test_tab_cycle (Fixture       *fixture,
                gconstpointer  user_data)
{
  GtkWidget *last_text;

  open_demo (fixture);
  last_text = GTK_WIDGET (px_source_column_get_text_view (px_story_view_get_column (fixture->view, 3)));
  tab_round (fixture, last_text, GTK_DIR_TAB_FORWARD);
  tab_round (fixture, last_text, GTK_DIR_TAB_BACKWARD);
}

/* The demo opens in four columns with the banner, and each kind of
 * difference the demo pages were written to show is highlighted on the
 * words that carry it.
 */
static void
test_demo (Fixture       *fixture,
           gconstpointer  user_data)
{
  const char *outlets[] = { "RT", "Reuters", "BBC", "The Hill" };
  PxSourceColumn *rt, *reuters, *bbc, *hill;
  g_autofree char *rt_numbers = NULL;
  GListModel *claims;
  gboolean any_unique = FALSE;

  open_demo (fixture);

  for (guint i = 0; i < 4; i++)
    {
      PxSourceColumn *column = px_story_view_get_column (fixture->view, i);

      g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
      g_assert_cmpstr (px_source_column_get_outlet (column), ==, outlets[i]);
      g_assert_true (px_source_column_is_sample (column));
    }
  g_assert_nonnull (strstr (px_story_view_get_banner (fixture->view), "not the outlets’ own text"));

  rt = px_story_view_get_column (fixture->view, 0);
  reuters = px_story_view_get_column (fixture->view, 1);
  bbc = px_story_view_get_column (fixture->view, 2);
  hill = px_story_view_get_column (fixture->view, 3);

  /* Hedging: RT states as fact what the others attribute. */
  assert_tagged (rt, "px-hedging", "Ukraine launched 91 long-range drones");
  assert_tagged (bbc, "px-hedging", "claimed, without providing evidence");
  /* Number: 91 against "dozens". */
  assert_tagged (reuters, "px-number", "91 long-range drones");
  assert_tagged (bbc, "px-number", "dozens of drones");
  /* Time, entity and a quote's wording. */
  assert_tagged (hill, "px-time", "Sunday night");
  assert_tagged (hill, "px-entity", "Dmitry Peskov");
  assert_tagged (reuters, "px-quote", "typical");
  assert_tagged (bbc, "px-quote", "classic");

  /* Highlights stay on their words: no number is marked in a sentence
   * about state terrorism. */
  rt_numbers = tagged_text (rt, "px-number");
  g_assert_null (strstr (rt_numbers, "terrorism"));

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *unique = tagged_text (px_story_view_get_column (fixture->view, i), "px-unique");

      any_unique |= unique[0] != '\0';
    }
  g_assert_true (any_unique);

  /* "Open Original" shows the page as it was kept, in a window of its own. */
  assert_opens_original (rt, "rt.com");

  claims = px_story_view_get_claims (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (claims), >=, 6);
  g_assert_cmpuint (px_story_view_get_n_differences (fixture->view), >=, 6);
}

/* The claims panel's filters and the claim it selects. */
static gboolean
range_visible (PxSourceColumn *column,
               guint           offset)
{
  GtkTextView *view = px_source_column_get_text_view (column);
  GdkRectangle visible, location;
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter, offset);
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, &iter, &location);

  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

typedef struct
{
  PxStoryView *view;
  PxClaimItem *claim;
} ScrollCheck;

static gboolean
claim_in_view (gpointer data)
{
  ScrollCheck *check = data;

  for (guint i = 0; i < px_story_view_get_n_columns (check->view); i++)
    {
      guint start, end;

      if (px_claim_item_get_member (check->claim, i, &start, &end)
          && !range_visible (px_story_view_get_column (check->view, i), start))
        return FALSE;
    }

  return TRUE;
}

static void
test_select_claim (Fixture       *fixture,
                   gconstpointer  user_data)
{
  PxClaimsPanel *panel = px_window_get_claims_panel (fixture->window);
  GListModel *visible = px_claims_panel_get_visible_claims (panel);
  GListModel *all;
  g_autoptr(PxClaimItem) last = NULL;
  ScrollCheck check;
  guint n_with_differences = 0, n_unique = 0, start, end;
  int carriers = 0;

  /* A short window, so the later claims start out of sight. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 500);
  open_demo (fixture);
  all = px_story_view_get_claims (fixture->view);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PxClaimItem) claim = g_list_model_get_item (all, i);

      n_with_differences += px_claim_item_get_n_differences (claim) > 0;
      n_unique += px_claim_item_is_unique (claim);
    }
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, g_list_model_get_n_items (all));
  px_claims_panel_set_filter (panel, PX_CLAIMS_FILTER_DIFFERENCES);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, n_with_differences);
  px_claims_panel_set_filter (panel, PX_CLAIMS_FILTER_UNIQUE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, n_unique);
  g_assert_cmpuint (n_unique, >, 0);
  px_claims_panel_set_filter (panel, PX_CLAIMS_FILTER_ALL);

  /* The last claim two or more outlets share, far down every column. */
  for (guint i = g_list_model_get_n_items (all); i > 0 && last == NULL; i--)
    {
      g_autoptr(PxClaimItem) claim = g_list_model_get_item (all, i - 1);

      if (px_claim_item_get_n_carriers (claim) >= 2)
        {
          last = g_object_ref (claim);
          px_claims_panel_select (panel, i - 1);
        }
    }
  g_assert_nonnull (last);

  check.view = fixture->view;
  check.claim = last;
  px_ui_test_wait_for (claim_in_view, &check, "every column to scroll to the selected claim", WAIT_SECONDS);

  for (guint i = 0; i < 4; i++)
    {
      PxSourceColumn *column = px_story_view_get_column (fixture->view, i);
      g_autofree char *current = tagged_text (column, "px-current");

      if (px_claim_item_get_member (last, i, &start, &end))
        {
          g_assert_cmpuint (strlen (current), >, 0);
          carriers++;
          /* Scrolled away from the top to reach it. */
          g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (
                               GTK_SCROLLABLE (px_source_column_get_text_view (column)))), >, 0);
        }
      else
        g_assert_cmpstr (current, ==, "");
    }
  g_assert_cmpint (carriers, >=, 2);
}

static gboolean
view_has_focus (gpointer data)
{
  return gtk_widget_has_focus (data);
}

/* Opens the demo and gives Reuters' text the focus, as a keyboard user's
 * Tab would: Reuters' column.
 */
static PxSourceColumn *
focus_demo_text (Fixture *fixture)
{
  PxSourceColumn *reuters;
  GtkWidget *view;

  open_demo (fixture);
  reuters = px_story_view_get_column (fixture->view, 1);
  view = GTK_WIDGET (px_source_column_get_text_view (reuters));
  gtk_widget_grab_focus (view);
  px_ui_test_wait_for (view_has_focus, view, "the text to take the focus", WAIT_SECONDS);
  return reuters;
}

/* A keyboard user moving the text cursor into a highlight reads its
 * summary under the text; out of it, the summary goes.
 */
static void
test_summary_on_focus (Fixture       *fixture,
                       gconstpointer  user_data)
{
  PxSourceColumn *reuters;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, match, match_end;
  const char *summary, *detail;

  reuters = focus_demo_text (fixture);
  view = px_source_column_get_text_view (reuters);
  buffer = gtk_text_view_get_buffer (view);

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, "91 long-range drones", 0, &match, &match_end, NULL));
  gtk_text_iter_forward_chars (&match, 3);
  gtk_text_buffer_place_cursor (buffer, &match);
  summary = px_source_column_get_summary (reuters);
  g_assert_nonnull (summary);
  g_test_message ("the bar: %s", summary);
  /* the bar compact, as Alt+Down shows it: the kind, the wordings */
  g_assert_true (g_str_has_prefix (summary, "Number: 91 long-range drones here"));
  g_assert_nonnull (strstr (summary, "dozens of drones in BBC"));
  g_assert_null (strstr (summary, "Parallax is"));
  /* the whole in its tooltip: the kind once, then the outlets' words */
  detail = px_source_column_get_summary_detail (reuters);
  g_assert_nonnull (detail);
  g_test_message ("its tooltip: %s", detail);
  g_assert_true (g_str_has_prefix (detail, "Number\nReuters"));
  g_assert_nonnull (strstr (detail, "BBC: dozens of drones"));
  /* and how sure Parallax is, in words */
  g_assert_true (strstr (detail, "\nParallax is confident this difference is real.") != NULL
                 || strstr (detail, "\nParallax is fairly sure this difference is real.") != NULL);

  gtk_text_buffer_place_cursor (buffer, &start);
  g_assert_null (px_source_column_get_summary (reuters));
}

/* A press of the pointer in @view, as the column's own gesture sees it. */
static void
click_text (GtkTextView *view)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "px-column-press") == 0)
        {
          g_signal_emit_by_name (controller, "pressed", 1, 5.0, 5.0);
          return;
        }
    }
  g_assert_not_reached ();
}

/* A reader who never touches the mouse: once the window shows where the
 * focus is (the keyboard used), the text has a caret; the arrow keys move
 * it and Shift with them selects a passage to annotate. Without a caret
 * they only scrolled the text, and Ctrl+M had no passage to take. The
 * caret stays when GTK stops showing the focus, a few seconds on (an
 * arrow key does not show it again): a reader who read for a moment
 * before selecting could only scroll (window37).
 */
static void
test_keyboard_caret (Fixture       *fixture,
                     gconstpointer  user_data)
{
  PxSourceColumn *reuters;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  reuters = focus_demo_text (fixture);
  view = px_source_column_get_text_view (reuters);
  buffer = gtk_text_view_get_buffer (view);

  /* after a click: no blinking caret in a page only read */
  click_text (view);
  gtk_window_set_focus_visible (GTK_WINDOW (fixture->window), FALSE);
  g_assert_false (gtk_text_view_get_cursor_visible (view));
  gtk_window_set_focus_visible (GTK_WINDOW (fixture->window), TRUE);
  g_assert_true (gtk_text_view_get_cursor_visible (view));

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  /* Ctrl+Shift+Right twice: the key bindings' own signal */
  g_signal_emit_by_name (view, "move-cursor", GTK_MOVEMENT_WORDS, 2, TRUE);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  {
    g_autofree char *selected = gtk_text_iter_get_text (&start, &end);

    g_assert_cmpstr (selected, ==, "MOSCOW/KYIV");
  }
  /* GTK stops showing the focus three seconds after Tab, and an arrow key
   * does not show it again: the caret stays, and the selection grows */
  gtk_window_set_focus_visible (GTK_WINDOW (fixture->window), FALSE);
  g_assert_true (gtk_text_view_get_cursor_visible (view));
  g_signal_emit_by_name (view, "move-cursor", GTK_MOVEMENT_WORDS, 1, TRUE);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&end), >, (int) strlen ("MOSCOW/KYIV"));
  /* until the reader clicks in the text */
  click_text (view);
  g_assert_false (gtk_text_view_get_cursor_visible (view));
}

/* Alt+Down with the focus in a column puts its caret on the difference,
 * where a keyboard or screen reader reads on, and the text's accessible
 * description says the difference whole (kind, every outlet's wording):
 * a highlight reaches a screen reader only as an underline, and the bar
 * under the text is a label nothing announces. The caret moved into
 * another highlight describes that one; out of every highlight, nothing.
 */
static void
test_difference_for_screen_reader (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  PxSourceColumn *reuters;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextTag *current;
  GtkTextIter caret, start, match, match_end;
  const char *detail;
  char *error;

  reuters = focus_demo_text (fixture);
  view = px_source_column_get_text_view (reuters);
  buffer = gtk_text_view_get_buffer (view);
  current = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "px-current");
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL));
  gtk_text_buffer_get_iter_at_mark (buffer, &caret, gtk_text_buffer_get_insert (buffer));
  g_assert_true (gtk_text_iter_starts_tag (&caret, current));
  detail = px_source_column_get_summary_detail (reuters);
  g_assert_nonnull (detail);
  g_test_message ("the text's description: %s", detail);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail);
  g_assert_null (error);

  /* the caret moved by the reader into the number */
  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, "91 long-range drones", 0, &match, &match_end, NULL));
  gtk_text_iter_forward_chars (&match, 3);
  gtk_text_buffer_place_cursor (buffer, &match);
  detail = px_source_column_get_summary_detail (reuters);
  g_assert_nonnull (detail);
  g_assert_true (g_str_has_prefix (detail, "Number\nReuters"));
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail);
  g_assert_null (error);

  gtk_text_buffer_place_cursor (buffer, &start);
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  /* a selection the reader made is kept */
  gtk_text_buffer_select_range (buffer, &match, &match_end);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &caret));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, gtk_text_iter_get_offset (&match));
}

static PxClaimRow *
claim_row_of (GtkWidget *widget,
              guint      index)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PxClaimRow *found = NULL;

      if (PX_IS_CLAIM_ROW (child) && px_claim_row_get_claim (PX_CLAIM_ROW (child)) != NULL
          && px_claim_item_get_index (px_claim_row_get_claim (PX_CLAIM_ROW (child))) == index)
        return PX_CLAIM_ROW (child);
      found = claim_row_of (child, index);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first widget of @type under @root, depth first. */
static GtkWidget *
find_widget_of_type_in (GtkWidget *root,
                        GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      found = find_widget_of_type_in (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A claim in the claims panel says its differences to a screen reader
 * with every outlet's wording, not only their kinds ("Differences:
 * Hedging, Number, Time" told a listener what the badges' colours do), on
 * the list item that takes the focus.
 */
static void
test_claim_differences_spoken (Fixture       *fixture,
                               gconstpointer  user_data)
{
  PxClaimsPanel *panel;
  PxClaimRow *row;
  const char *description;
  char *error;

  open_demo (fixture);
  panel = px_window_get_claims_panel (fixture->window);
  /* claim 2: "91 long-range drones" / "dozens of drones", and two more */
  row = claim_row_of (GTK_WIDGET (panel), 1);
  g_assert_nonnull (row);
  description = px_claim_row_get_description (row);
  g_test_message ("claim 2: %s", description);
  g_assert_nonnull (strstr (description, "Differences: Hedging, Number, Time."));
  g_assert_nonnull (strstr (description, "dozens of drones (BBC)"));
  g_assert_nonnull (strstr (description, "Sunday night (The Hill)"));
  g_assert_nonnull (strstr (description, "Parallax is"));
  g_assert_nonnull (strstr (description, "Shift+F10"));
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (row))),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  g_assert_null (error);

  /* Its coverage dots are named by what they mean ("RT reports this"),
   * not "●", said once (no description repeating it); the badges' flow
   * box and its children by what they hold, not GTK's class names. */
  {
    GtkWidget *on = find_widget (GTK_WIDGET (row), is_label_with, "●");
    GtkWidget *flow = find_widget_of_type_in (GTK_WIDGET (row), GTK_TYPE_FLOW_BOX);
    guint n_badges = 0;
    guint n_dots = 0;

    g_assert_nonnull (on);
    for (GtkWidget *dot = gtk_widget_get_first_child (gtk_widget_get_parent (on)); dot != NULL;
         dot = gtk_widget_get_next_sibling (dot))
      {
        const char *tip = gtk_widget_get_tooltip_text (dot);

        g_assert_true (g_str_has_suffix (tip, strstr (gtk_label_get_text (GTK_LABEL (dot)), "●") != NULL
                                                ? " reports this" : " leaves this out"));
        error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (dot), GTK_ACCESSIBLE_PROPERTY_LABEL, tip);
        g_assert_null (error);
        g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (dot), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
        n_dots++;
      }
    /* one a source */
    g_assert_cmpuint (n_dots, ==, 4);
    g_assert_nonnull (flow);
    g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL));
    for (GtkWidget *child = gtk_widget_get_first_child (flow); child != NULL; child = gtk_widget_get_next_sibling (child))
      {
        GtkWidget *badge = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

        error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                    gtk_label_get_text (GTK_LABEL (badge)));
        g_assert_null (error);
        n_badges++;
      }
    /* Hedging, Number, Time */
    g_assert_cmpuint (n_badges, ==, 3);
  }

  /* A claim one outlet alone carries is said so, with nothing of
   * differences (it has none to differ from: "No differences" and
   * "Differences: none" were read of each, as if the others agreed), and no
   * claim is said to be "left out by none". */
  {
    guint n_alone = 0;
    guint n_rows = 0;

    for (guint index = 0; (row = claim_row_of (GTK_WIDGET (panel), index)) != NULL; index++)
      {
        PxClaimItem *claim = px_claim_row_get_claim (row);
        g_autofree char *name = px_claim_item_dup_accessible_name (claim);
        guint n_carriers = 0;
        guint carrier = 0;

        for (guint source = 0; source < px_claim_item_get_n_sources (claim); source++)
          if (px_claim_item_get_member (claim, source, NULL, NULL))
            {
              carrier = source;
              n_carriers++;
            }
        description = px_claim_row_get_description (row);
        g_assert_null (strstr (description, "none"));
        if (n_carriers == 1 && !px_claim_item_has_differences (claim))
          {
            g_autofree char *alone = g_strdup_printf ("Only %s reports this.",
                                                      px_claim_item_get_outlet (claim, carrier));

            g_test_message ("claim %u: %s / %s", index + 1, name, description);
            g_assert_true (g_str_has_suffix (name, alone));
            g_assert_true (g_str_has_prefix (description, alone));
            g_assert_null (strstr (description, "ifferences"));
            n_alone++;
          }
        n_rows++;
      }
    g_assert_cmpuint (n_rows, >, 10);
    g_assert_cmpuint (n_alone, >, 0);
  }
}

/* Ctrl+N: the new story's first action, Add Web Address…, has the focus
 * (it had stayed on the header's Library button).
 */
static void
test_new_story_focus (Fixture       *fixture,
                      gconstpointer  user_data)
{
  GtkWidget *focus;

  open_demo (fixture);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (px_source_column_get_text_view (px_story_view_get_column (fixture->view, 0)))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-story", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 0);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_test_message ("focus: %s", G_OBJECT_TYPE_NAME (focus));
  g_assert_true (GTK_IS_BUTTON (focus));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==, "win.add-url");
  g_assert_true (gtk_widget_get_mapped (focus));
}

/* Collects the titles of the GtkShortcutsGroups under @widget, in order. */
static void
collect_shortcut_groups (GtkWidget *widget,
                         GString   *titles)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SHORTCUTS_GROUP (child))
        {
          g_autofree char *title = NULL;

          g_object_get (child, "title", &title, NULL);
          if (titles->len > 0)
            g_string_append (titles, ", ");
          g_string_append (titles, title);
        }
      collect_shortcut_groups (child, titles);
    }
}

/* The shortcuts window's groups, page by page, in the order one works
 * (as README's table): GTK 4.8 lays them out anew as each is added and
 * takes the pages' groups last page first each time, so the .ui's order
 * is not what is shown (Annotating, General and Stories had come first).
 */
static void
test_shortcuts_order (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/parallaxnews/Parallax/ui/help-overlay.ui");
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GString) titles = g_string_new (NULL);
  GtkWidget *section;
  GtkStack *stack;
  g_autoptr(GListModel) pages = NULL;

  /* As built: GTK 4.8's shortcuts window, shown, warns of a label's
   * negative width (its own labels); the pages are made as groups are added. */
  g_assert_nonnull (window);
  section = find_widget_of_type_in (GTK_WIDGET (window), GTK_TYPE_SHORTCUTS_SECTION);
  g_assert_nonnull (section);
  stack = GTK_STACK (find_widget_of_type_in (section, GTK_TYPE_STACK));
  pages = G_LIST_MODEL (gtk_stack_get_pages (stack));
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (pages, i);
      GtkStackPage *page = GTK_STACK_PAGE (item);

      collect_shortcut_groups (gtk_stack_page_get_child (page), titles);
      /* The first page is the one shown. */
      if (i == 0)
        g_assert_true (gtk_stack_get_visible_child (stack) == gtk_stack_page_get_child (page));
    }
  g_test_message ("groups: %s", titles->str);
  g_assert_cmpstr (titles->str, ==, "Stories, Sources, Comparing, Annotating, General");
  gtk_window_destroy (window);
}

static gboolean
shows_no_casualties (gpointer data)
{
  g_autofree char *current = tagged_text (data, "px-current");

  return strstr (current, "There were no casualties") != NULL;
}

/* Whether every column that shows part of the current claim has it in
 * view. */
static gboolean
current_in_view (gpointer data)
{
  PxStoryView *view = data;

  for (guint i = 0; i < px_story_view_get_n_columns (view); i++)
    {
      GtkTextView *text_view = px_source_column_get_text_view (px_story_view_get_column (view, i));
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
      GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "px-current");
      GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text_view));
      GtkTextIter iter;
      GdkRectangle location;

      gtk_text_buffer_get_start_iter (buffer, &iter);
      if (!gtk_text_iter_starts_tag (&iter, tag) && !gtk_text_iter_forward_to_tag_toggle (&iter, tag))
        continue;
      gtk_text_view_get_iter_location (text_view, &iter, &location);
      if (location.y < gtk_adjustment_get_value (adjustment)
          || location.y + location.height > gtk_adjustment_get_value (adjustment)
                                             + gtk_adjustment_get_page_size (adjustment))
        return FALSE;
    }

  return TRUE;
}

/* Alt+Down or Alt+Up pressed quickly, several times in one frame: every
 * column ends on the last difference's words, not where an earlier one
 * scrolled it (ECB+ topic 13: three quick Alt+Down left two columns on the
 * first difference, under a bar that described the third).
 */
static void
test_reveal_quick (Fixture       *fixture,
                   gconstpointer  user_data)
{
  int last = -1;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 500);
  open_demo (fixture);
  while (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL)
         && px_story_view_get_current_difference (fixture->view) != last)
    last = px_story_view_get_current_difference (fixture->view);
  g_assert_cmpint (last, >=, 3);
  px_ui_test_wait_for (current_in_view, fixture->view, "the last difference in view in every column", WAIT_SECONDS);
  /* and back up to the first, as quickly */
  while (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.previous-difference", NULL)
         && px_story_view_get_current_difference (fixture->view) != last)
    last = px_story_view_get_current_difference (fixture->view);
  g_assert_cmpint (last, ==, 0);
  px_ui_test_wait_for (current_in_view, fixture->view, "the first difference in view in every column", WAIT_SECONDS);
}

/* Whether every column Parallax scrolled to a mark shows its first line
 * of text whole: that line's top at or below the top of the visible text,
 * not cut under the column's header; and the mark's first line inside the
 * visible text.
 */
static gboolean
top_line_whole (gpointer data)
{
  PxStoryView *view = data;

  for (guint i = 0; i < px_story_view_get_n_columns (view); i++)
    {
      GtkTextView *text_view = px_source_column_get_text_view (px_story_view_get_column (view, i));
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
      GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "px-current");
      int height = gtk_widget_get_height (GTK_WIDGET (text_view));
      GtkTextIter iter, top_iter;
      GdkRectangle location;
      int bx, by, wx, mark_y;

      gtk_text_buffer_get_start_iter (buffer, &iter);
      if (!gtk_text_iter_starts_tag (&iter, tag) && !gtk_text_iter_forward_to_tag_toggle (&iter, tag))
        continue;
      gtk_text_view_get_iter_location (text_view, &iter, &location);
      gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET, location.x, location.y, &wx, &mark_y);
      if (mark_y < 0 || mark_y + location.height > height)
        return FALSE;

      /* The display line at the top edge of the visible text: whole, or
       * wholly above it */
      gtk_text_view_window_to_buffer_coords (text_view, GTK_TEXT_WINDOW_WIDGET, 0, 0, &bx, &by);
      gtk_text_view_get_iter_at_location (text_view, &top_iter, gtk_text_view_get_left_margin (text_view) + 1, by);
      gtk_text_view_get_iter_location (text_view, &top_iter, &location);
      g_test_message ("column %u: mark at %d of %d; line at the top edge %d to %d, edge %d", i, mark_y, height,
                      location.y, location.y + location.height, by);
      if (location.y < by && location.y + location.height > by)
        return FALSE;
    }

  return TRUE;
}

/* Every difference of the demo in a low window: each column's first line
 * of the difference shows whole, none under the header.
 */
static void
test_reveal_top_line (Fixture       *fixture,
                      gconstpointer  user_data)
{
  int last = -1;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 500);
  open_demo (fixture);
  while (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL)
         && px_story_view_get_current_difference (fixture->view) != last)
    {
      last = px_story_view_get_current_difference (fixture->view);
      px_ui_test_wait_for (top_line_whole, fixture->view, "the first line whole in every column",
                           WAIT_SECONDS);
    }
}

/* The bar quotes the other side's sentence without a quotation mark that
 * nothing in it closes: the first sentence of a quotation that goes on in
 * the next one read 'b: “"A fire destroyed…”'.
 */
static void
test_bar_quote_marks (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *a = write_file (fixture, "a.txt",
                                   "Fire destroys homes in Dale\n\nA fire destroyed 12 homes in the village of Dale "
                                   "on Tuesday night, the fire service said.\n\nNo one was hurt.\n");
  g_autofree char *b = write_file (fixture, "b.txt",
                                   "Homes lost in Dale fire\n\n\"A fire destroyed 14 homes in the village of Dale on "
                                   "Tuesday night. We are still counting,\" the fire chief said.\n\nNo one was hurt.\n");
  const char *inputs[] = { a, b, NULL };
  const char *summary;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the two files", WAIT_SECONDS);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL));
  summary = px_source_column_get_summary (px_story_view_get_column (fixture->view, 0));
  g_assert_nonnull (summary);
  g_test_message ("a's bar: %s", summary);
  g_assert_nonnull (strstr (px_source_column_get_summary_detail (px_story_view_get_column (fixture->view, 0)),
                            "b: “A fire destroyed 14 homes in the village of Dale on Tuesday night.”"));
  /* the bar itself: the words around b's figure */
  g_assert_nonnull (strstr (summary, "14 homes"));
}

/* The bar under a column at 240 pixels, the width of a column of the
 * demo's four at 1280×800: at most four lines for every difference (the
 * kind and the wordings, then the words around the other side's wording,
 * not its sentence from the start: eight lines, a quarter of the column),
 * and the whole in its tooltip.
 */
static void
test_bar_compact (Fixture       *fixture,
                  gconstpointer  user_data)
{
  int last = -1;
  guint n_bars = 0;

  open_demo (fixture);
  while (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL)
         && px_story_view_get_current_difference (fixture->view) != last)
    {
      last = px_story_view_get_current_difference (fixture->view);
      for (guint i = 0; i < px_story_view_get_n_columns (fixture->view); i++)
        {
          PxSourceColumn *column = px_story_view_get_column (fixture->view, i);
          const char *summary = px_source_column_get_summary (column);
          const char *detail = px_source_column_get_summary_detail (column);
          GtkWidget *label;
          g_autoptr(PangoLayout) layout = NULL;
          GtkBorder padding, border;
          int natural, line_height, lines;

          if (summary == NULL || detail == NULL)
            continue;
          label = find_widget (GTK_WIDGET (column), is_label_showing, summary);
          g_assert_nonnull (label);
          gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 240, NULL, &natural, NULL, NULL);
          gtk_style_context_get_padding (gtk_widget_get_style_context (label), &padding);
          gtk_style_context_get_border (gtk_widget_get_style_context (label), &border);
          layout = gtk_widget_create_pango_layout (label, "Xy");
          pango_layout_get_pixel_size (layout, NULL, &line_height);
          lines = (natural - padding.top - padding.bottom - border.top - border.bottom + line_height / 2) / line_height;
          g_test_message ("difference %d, column %u: %d lines (%d px): %s", last, i, lines, natural, summary);
          g_assert_cmpint (lines, <=, 4);
          /* a list of wordings cut at an item, no comma left hanging */
          g_assert_null (strstr (summary, ", …"));
          g_assert_null (strstr (summary, ",…"));
          /* the tooltip has it all: how sure Parallax is, the sentence
           * (in any language: German, Ukrainian and Russian run this test too) */
          if (g_getenv ("LANGUAGE") == NULL || g_str_has_prefix (g_getenv ("LANGUAGE"), "en"))
            g_assert_nonnull (strstr (detail, "Parallax is"));
          g_assert_nonnull (strchr (detail, '\n'));
          g_assert_cmpuint (strlen (detail), >, strlen (summary));
          n_bars++;
        }
    }
  g_assert_cmpuint (n_bars, >=, 8);
}

/* The bar under a column counts the outlets of another side when their
 * names leave no room: one outlet's "Norwalk" against two outlets'
 * "Norfolk" had read "Norwalk here · Norfolk in Fox News", as though one
 * outlet stood against one.
 */
static void
test_bar_counts_outlets (void)
{
  static const struct
  {
    const char *outlets[3];
    const char *expected; /* in the bar under the second column */
  } cases[] = {
    { { "RT", "BBC", "AP" }, "Norwalk here · Norfolk in RT and 1 more" },
    { { "Fox News", "The New York Times", "HuffPost" }, "Norwalk here · Norfolk in 2 outlets" },
    { { "Harbour Evening Gazette", "The Riverside Chronicle", "Valley Broadcasting Network" },
      "Norwalk here · Norfolk in 2 outlets" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PxClaimItem) claim = px_claim_item_new (0, 3, "He said he had misspoken at a 2008 event.");
      PxClaimItemDifference *difference;
      g_autofree char *brief = NULL;
      g_autofree char *first = NULL;

      px_claim_item_set_outlets (claim, cases[i].outlets);
      difference = px_claim_item_add_difference (claim, PX_HIGHLIGHT_ENTITY, "Norfolk vs Norwalk");
      px_claim_item_difference_set_wording (difference, 0, 0, "Norfolk");
      px_claim_item_difference_set_wording (difference, 1, 1, "Norwalk");
      px_claim_item_difference_set_wording (difference, 2, 0, "Norfolk");
      brief = px_claim_item_difference_describe_brief_for (difference, 1, cases[i].outlets);
      g_test_message ("%s", brief);
      g_assert_nonnull (strstr (brief, cases[i].expected));
      /* one of two outlets that agree: the other side is one outlet, named */
      first = px_claim_item_difference_describe_brief_for (difference, 0, cases[i].outlets);
      g_assert_nonnull (strstr (first, "Norfolk here · Norwalk in "));
      g_assert_nonnull (strstr (first, cases[i].outlets[1]));
    }
}

/* A claim shown marks each of an outlet's sentences of it, not the
 * sentences of other claims between them: the demo's RT has one claim in
 * its standfirst and its third and fourth sentences, another in its second.
 */
static void
test_claim_sentences_only (Fixture       *fixture,
                           gconstpointer  user_data)
{
  PxSourceColumn *rt = NULL;
  g_autofree char *current = NULL;

  open_demo (fixture);
  for (guint i = 0; i < px_story_view_get_n_columns (fixture->view); i++)
    if (g_str_equal (px_source_column_get_outlet (px_story_view_get_column (fixture->view, i)), "RT"))
      rt = px_story_view_get_column (fixture->view, i);
  g_assert_nonnull (rt);
  for (guint i = 0; i < g_list_model_get_n_items (px_story_view_get_claims (fixture->view)); i++)
    {
      g_autoptr(PxClaimItem) claim = g_list_model_get_item (px_story_view_get_claims (fixture->view), i);

      if (g_str_has_prefix (px_claim_item_get_text (claim), "Air defences downed every drone"))
        px_session_select_claim (fixture->window->session, px_claim_item_get_index (claim));
    }
  px_ui_test_wait_for (shows_no_casualties, rt, "claim 2 shown", WAIT_SECONDS);
  current = tagged_text (rt, "px-current");
  g_test_message ("shown in RT: %s", current);
  g_assert_nonnull (strstr (current, "Air defences downed every drone"));
  g_assert_nonnull (strstr (current, "There were no casualties or damage."));
  g_assert_null (strstr (current, "Ukraine launched 91 long-range drones"));

  /* Marked by a tint as well as bold (a headline is bold already, and a
   * claim of headlines showed no mark), under every highlight's colours.
   */
  {
    GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (px_source_column_get_text_view (rt)));
    GtkTextTag *tag = gtk_text_tag_table_lookup (table, "px-current");
    gboolean tinted = FALSE;

    g_object_get (tag, "background-set", &tinted, NULL);
    g_assert_true (tinted);
    for (guint i = 0; i < PX_N_HIGHLIGHT_KINDS; i++)
      g_assert_cmpint (gtk_text_tag_get_priority (gtk_text_tag_table_lookup (table, px_highlight_kind_get_tag_name (i))),
                       >, gtk_text_tag_get_priority (tag));
  }
}

/* A report that shares nothing with the others (of another event) had
 * been grey italic from top to bottom: it says so once, above its text,
 * which is shown plain; each sentence is still only this outlet's. The
 * reports that share claims keep their grey italics where they have a
 * sentence of their own.
 */
static void
test_column_shares_nothing (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autofree char *one = write_file (fixture, "one.txt",
                                     "Bridge reopens after repairs\n\n"
                                     "The Elm Street bridge reopened on Monday after three weeks of repairs, "
                                     "the city council said.\n\nAbout 12,000 cars cross the bridge every day.\n\n"
                                     "The mayor thanked the crews who worked at night.\n");
  g_autofree char *two = write_file (fixture, "two.txt",
                                     "Elm Street bridge open again\n\n"
                                     "The Elm Street bridge reopened on Monday after three weeks of repairs, "
                                     "council officials said.\n\nAbout 15,000 cars cross the bridge every day.\n\n"
                                     "Cyclists asked for a wider lane.\n");
  g_autofree char *other = write_file (fixture, "other.txt",
                                       "Harbour festival draws crowds\n\n"
                                       "First Published: June 13, 2013 4:59 PM EDT\n\n"
                                       "Thousands of people watched the lantern parade along the harbour on Saturday.\n\n"
                                       "Street food stalls sold out before midnight, organisers said.\n");
  const char *inputs[] = { one, two, other, NULL };
  PxSourceColumn *alone, *sharing;
  GtkTextTag *tag;
  g_autofree char *text = NULL;
  g_autofree char *unique = NULL;
  g_autofree char *tooltip = NULL;
  gboolean italic = TRUE, tinted = TRUE;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the three files compared", WAIT_SECONDS);
  alone = px_story_view_get_column (fixture->view, 2);
  sharing = px_story_view_get_column (fixture->view, 0);
  g_assert_cmpint (px_source_column_get_state (alone), ==, PX_SOURCE_COLUMN_READY);

  /* every sentence its own, marked as such, said once above the text */
  text = column_text (alone);
  unique = tagged_text (alone, "px-unique");
  g_test_message ("only this outlet: %s", unique);
  g_assert_nonnull (strstr (unique, "lantern parade"));
  g_assert_nonnull (strstr (unique, "sold out before midnight"));
  g_assert_true (px_source_column_get_shares_nothing (alone));
  g_assert_nonnull (find_widget (GTK_WIDGET (alone), is_visible_label_with, "no sentence here is in the other reports"));
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (px_source_column_get_text_view (alone))),
                                   "px-unique");
  g_object_get (tag, "style-set", &italic, "background-set", &tinted, NULL);
  g_assert_false (italic);
  g_assert_false (tinted);
  tooltip = px_source_column_dup_tooltip_at (alone, g_utf8_pointer_to_offset (text, strstr (text, "lantern")));
  g_assert_nonnull (tooltip);

  /* a report that shares claims: no line, its own sentences grey italic */
  g_assert_false (px_source_column_get_shares_nothing (sharing));
  g_assert_null (find_widget (GTK_WIDGET (sharing), is_visible_label_with, "no sentence here is in the other reports"));
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (px_source_column_get_text_view (sharing))),
                                   "px-unique");
  g_object_get (tag, "style-set", &italic, "background-set", &tinted, NULL);
  g_assert_true (italic);
  g_assert_true (tinted);

  /* the two that share removed, it is compared with nothing: the line goes */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sharing), "column.remove", NULL));
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the comparison of two", WAIT_SECONDS);
  sharing = px_story_view_get_column (fixture->view, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sharing), "column.remove", NULL));
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "one source left", WAIT_SECONDS);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 1);
  g_assert_false (px_source_column_get_shares_nothing (px_story_view_get_column (fixture->view, 0)));
  g_assert_null (find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, 0)), is_visible_label_with,
                              "no sentence here is in the other reports"));
}

/* A kind that marks a whole sentence goes under the kinds that mark
 * words, so a figure keeps its colour inside a hedged or attributed
 * sentence.
 */
static void
test_wide_highlights_under (Fixture       *fixture,
                            gconstpointer  user_data)
{
  const PxHighlightKind wide[] = { PX_HIGHLIGHT_HEDGING, PX_HIGHLIGHT_CONTRADICTION, PX_HIGHLIGHT_ATTRIBUTION,
                                   PX_HIGHLIGHT_UNIQUE };
  const PxHighlightKind narrow[] = { PX_HIGHLIGHT_NUMBER, PX_HIGHLIGHT_TIME, PX_HIGHLIGHT_QUOTE,
                                     PX_HIGHLIGHT_ENTITY };
  GtkTextTagTable *table;

  open_demo (fixture);
  table = gtk_text_buffer_get_tag_table (
    gtk_text_view_get_buffer (px_source_column_get_text_view (px_story_view_get_column (fixture->view, 0))));
  for (guint w = 0; w < G_N_ELEMENTS (wide); w++)
    for (guint n = 0; n < G_N_ELEMENTS (narrow); n++)
      g_assert_cmpint (gtk_text_tag_get_priority (gtk_text_tag_table_lookup (table,
                                                                             px_highlight_kind_get_tag_name (wide[w]))),
                       <, gtk_text_tag_get_priority (gtk_text_tag_table_lookup (table,
                                                                                px_highlight_kind_get_tag_name (narrow[n]))));
}

/* Pointed at, a difference's highlight quotes every outlet's own words,
 * the column's first and the other side's after it, as plain text.
 */
static void
test_tooltip_words (Fixture       *fixture,
                    gconstpointer  user_data)
{
  PxSourceColumn *reuters, *bbc;
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *other = NULL;
  g_auto(GStrv) lines = NULL;
  const char *at;

  open_demo (fixture);
  reuters = px_story_view_get_column (fixture->view, 1);
  bbc = NULL;
  for (guint i = 0; i < px_story_view_get_n_columns (fixture->view); i++)
    if (g_str_equal (px_source_column_get_outlet (px_story_view_get_column (fixture->view, i)), "BBC"))
      bbc = px_story_view_get_column (fixture->view, i);
  g_assert_nonnull (bbc);
  g_assert_cmpstr (px_source_column_get_outlet (reuters), ==, "Reuters");
  text = column_text (reuters);
  at = strstr (text, "91 long-range drones");
  g_assert_nonnull (at);
  tooltip = px_source_column_dup_tooltip_at (reuters, g_utf8_pointer_to_offset (text, at) + 3);
  g_assert_nonnull (tooltip);
  g_test_message ("tooltip: %s", tooltip);
  lines = g_strsplit (tooltip, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 3);
  g_assert_cmpstr (lines[0], ==, "Number");
  /* this column's outlet and words first, then the other side's */
  g_assert_true (g_str_has_prefix (lines[1], "Reuters"));
  g_assert_nonnull (strstr (lines[1], ": 91 long-range drones"));
  g_assert_true (g_str_has_suffix (lines[1], " · BBC: dozens of drones"));
  g_assert_true (g_str_has_prefix (lines[2], "Parallax is "));

  g_clear_pointer (&text, g_free);
  text = column_text (bbc);
  at = strstr (text, "dozens of drones");
  g_assert_nonnull (at);
  other = px_source_column_dup_tooltip_at (bbc, g_utf8_pointer_to_offset (text, at) + 1);
  g_assert_nonnull (other);
  g_assert_nonnull (strstr (other, "\nBBC: dozens of drones · "));
  g_assert_nonnull (strstr (other, "Reuters"));
}

static gboolean
story_named (gpointer data)
{
  Fixture *fixture = data;

  return !px_session_get_title_provisional (fixture->window->session);
}

/* A file without a headline (it starts with its first sentence) is named
 * in its column by that sentence, shortened at a word, and the file's
 * name, not the folders it sits in, is said under it; the story takes
 * the same name. A shorter first sentence is whole.
 */
static void
test_untitled_file (Fixture       *fixture,
                    gconstpointer  user_data)
{
  const char *lead = "The bridge over the River Dee reopened on Monday after repairs that took three…";
  g_autofree char *file = write_file (fixture, "untitled.txt",
                                      "The bridge over the River Dee reopened on Monday after repairs that took "
                                      "three weeks, the council said. Buses run again.\n\n"
                                      "Traffic was light in the morning, drivers said.\n");
  g_autofree char *other = write_file (fixture, "ferry.txt", "Mr. J. Smith ran the ferry. It stopped.\n");
  const char *inputs[] = { file, other, NULL };
  GtkWidget *column;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the file", WAIT_SECONDS);
  column = GTK_WIDGET (px_story_view_get_column (fixture->view, 0));
  g_assert_cmpint (px_source_column_get_state (PX_SOURCE_COLUMN (column)), ==, PX_SOURCE_COLUMN_READY);
  g_assert_true (find_widget (column, is_visible_label_reading, lead) != NULL);
  g_assert_true (find_widget (column, is_visible_label_reading, "untitled.txt") != NULL);
  g_assert_false (find_widget (column, is_visible_label_with, fixture->tmpdir) != NULL);

  column = GTK_WIDGET (px_story_view_get_column (fixture->view, 1));
  g_assert_true (find_widget (column, is_visible_label_reading, "Mr. J. Smith ran the ferry.") != NULL);
  g_assert_true (find_widget (column, is_visible_label_reading, "ferry.txt") != NULL);

  px_ui_test_wait_for (story_named, fixture, "the story named", WAIT_SECONDS);
  g_assert_cmpstr (px_session_get_title (fixture->window->session), ==, lead);
}

/* A text of one 300 KiB paragraph is shown in lines broken at its
 * sentences' ends, each break a space of the text shown as a line break:
 * Pango had laid the paragraph out whole (about 9 seconds for 500 KiB,
 * the window stalled). Every offset is the article's, and what the
 * window quotes of the text (an annotation's passage, the bar's
 * sentence) is the article's own text, its spaces.
 */
static void
read_text_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **copied = user_data;

  *copied = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
  if (*copied == NULL)
    *copied = g_strdup ("");
}

static void
test_giant_paragraph (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GString) giant = g_string_new (NULL);
  g_autofree char *file = NULL;
  const char *inputs[2] = { NULL, NULL };
  PxSourceColumn *column;
  PxArticle *article;
  GtkTextBuffer *buffer;
  GtkTextIter start, end, line;
  g_autofree char *whole = NULL;
  guint n_lines = 0;

  /* every other sentence quotes the title: "\u201cMr. Evans\u201d" ends no line either */
  for (guint i = 0; giant->len < 300 * 1024; i++)
    g_string_append_printf (giant, "The ferry \u201cAurora\u201d left the harbour at %u minutes past nine, "
                            "the crew said, and %s waved. ", i % 60,
                            i % 2 == 0 ? "Mr. Evans" : "\u201cMr. Evans\u201d");
  g_string_append (giant, "\n");
  file = write_file (fixture, "giant.txt", giant->str);
  inputs[0] = file;
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the file", WAIT_SECONDS);
  column = px_story_view_get_column (fixture->view, 0);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
  article = px_source_column_get_article (column);
  g_assert_cmpuint (article->paragraphs->len, ==, 1);
  /* named by its first sentence */
  g_assert_true (find_widget (GTK_WIDGET (column), is_visible_label_reading,
                              "The ferry \u201cAurora\u201d left the harbour at 0 minutes past nine, the crew said, and…") != NULL);

  buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, g_utf8_strlen (article->text, -1));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  /* short lines, each but the last ending a sentence */
  for (line = start; !gtk_text_iter_is_end (&line); n_lines++)
    {
      GtkTextIter line_end = line;

      g_assert_cmpint (gtk_text_iter_get_chars_in_line (&line), <=, 3200);
      if (!gtk_text_iter_forward_line (&line))
        break;
      line_end = line;
      gtk_text_iter_backward_chars (&line_end, 2);
      g_assert_cmpint (gtk_text_iter_get_char (&line_end), ==, '.');
      /* never after a title: "Mr." ends no sentence */
      gtk_text_iter_backward_chars (&line_end, 2);
      g_assert_false (gtk_text_iter_get_char (&line_end) == 'M');
    }
  g_assert_cmpuint (n_lines, >, 100);
  /* the article's text, whole and across a break */
  whole = px_source_column_dup_text (column, &start, &end);
  g_assert_cmpstr (whole, ==, article->text);
  gtk_text_buffer_get_iter_at_line (buffer, &line, 3);
  {
    GtkTextIter from = line, to = line;
    g_autofree char *across = NULL;
    const char *expected;

    gtk_text_iter_backward_chars (&from, 40);
    gtk_text_iter_forward_chars (&to, 40);
    across = px_source_column_dup_text (column, &from, &to);
    expected = g_utf8_offset_to_pointer (article->text, gtk_text_iter_get_offset (&from));
    g_assert_null (strchr (across, '\n'));
    g_assert_true (strncmp (across, expected, strlen (across)) == 0);

    /* copied, the selection is the article's own text too: a space,
     * not the line break shown */
    {
      GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (px_source_column_get_text_view (column)));
      g_autofree char *copied = NULL;

      gtk_text_buffer_select_range (buffer, &from, &to);
      g_signal_emit_by_name (px_source_column_get_text_view (column), "copy-clipboard");
      gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &copied);
      /* read_text_cb () sets @copied, "" on a failure */
      while (copied == NULL)
        g_main_context_iteration (NULL, TRUE);
      g_assert_cmpstr (copied, ==, across);
    }

    /* dragged out, it is the article's own text as well: the drag that
     * starts in the selection gives no line break shown */
    {
      GtkTextView *view = px_source_column_get_text_view (column);
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
      g_autoptr(GdkContentProvider) content = NULL;
      g_auto(GValue) value = G_VALUE_INIT;
      GtkDragSource *source = NULL;
      GtkGesture *press = NULL;
      GdkRectangle location;
      int x, y, outside_y;

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (GTK_IS_DRAG_SOURCE (controller))
            source = GTK_DRAG_SOURCE (controller);
          else if (GTK_IS_GESTURE_CLICK (controller)
                   && gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) == GTK_PHASE_CAPTURE)
            press = GTK_GESTURE (controller);
        }
      g_assert_nonnull (source);
      g_assert_nonnull (press);
      gtk_text_view_scroll_to_iter (view, &line, 0.0, TRUE, 0.0, 0.5);
      spin (200);
      gtk_text_view_get_iter_location (view, &line, &location);
      gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, location.x + 2,
                                             location.y + location.height / 2, &x, &y);
      /* pressed two lines further down, out of the selection, a drag
       * makes a selection from there, as the view does as the pointer
       * moves: it is the view's, not a drag out */
      outside_y = y + 2 * location.height;
      g_signal_emit_by_name (press, "pressed", 1, (double) x, (double) outside_y);
      {
        GtkTextIter pressed, moved;
        int buffer_x, buffer_y;

        gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, outside_y, &buffer_x, &buffer_y);
        g_assert_true (gtk_text_view_get_iter_at_location (view, &pressed, buffer_x, buffer_y));
        moved = pressed;
        gtk_text_iter_forward_chars (&moved, 30);
        gtk_text_buffer_select_range (buffer, &moved, &pressed);
      }
      g_signal_emit_by_name (source, "prepare", (double) x, (double) outside_y, &content);
      g_assert_null (content);
      gtk_text_buffer_select_range (buffer, &from, &to);
      g_signal_emit_by_name (press, "pressed", 1, (double) x, (double) y);
      g_signal_emit_by_name (source, "prepare", (double) x, (double) y, &content);
      g_assert_nonnull (content);
      g_value_init (&value, G_TYPE_STRING);
      g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
      g_assert_cmpstr (g_value_get_string (&value), ==, across);
    }
  }
  /* a search hit's words across the first break, with the next
   * sentence's minutes (the same words are in a line further on): found
   * there, not further on, nor missed
   */
  gtk_text_buffer_get_iter_at_line (buffer, &line, 1);
  {
    GtkTextIter from = line, to = line, found_start, found_end;
    g_autofree char *passage = NULL;

    gtk_text_iter_backward_chars (&from, 40);
    g_assert_true (gtk_text_iter_forward_search (&line, " minutes", 0, NULL, &to, NULL));
    passage = g_utf8_substring (article->text, gtk_text_iter_get_offset (&from), gtk_text_iter_get_offset (&to));
    g_assert_true (g_utf8_strchr (passage, -1, ' ') != NULL);
    g_assert_nonnull (strstr (g_utf8_offset_to_pointer (article->text, gtk_text_iter_get_offset (&to)), passage));
    g_assert_cmpuint (g_utf8_pointer_to_offset (article->text, strstr (article->text, passage)), ==,
                      gtk_text_iter_get_offset (&from));

    gtk_text_buffer_place_cursor (buffer, &end);
    g_assert_true (px_source_column_reveal_text (column, passage));
    g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &found_start, &found_end));
    g_assert_cmpint (gtk_text_iter_get_offset (&found_start), ==, gtk_text_iter_get_offset (&from));
    g_assert_cmpint (gtk_text_iter_get_offset (&found_end), ==, gtk_text_iter_get_offset (&to));
  }
}

/* A plain text's first line is its headline and the first line of its
 * text: the column shows it once, in the text, set as a headline.
 */
static void
test_plain_text_headline_once (Fixture       *fixture,
                               gconstpointer  user_data)
{
  const char *headline = "Bridge Reopens After Three Weeks";
  g_autofree char *file = write_file (fixture, "bridge.txt",
                                      "Bridge Reopens After Three Weeks\n\n"
                                      "The bridge reopened on Monday after repairs that took three weeks, the "
                                      "council said.\n\nTraffic was light in the morning, drivers said.\n");
  const char *inputs[] = { file, NULL };
  PxSourceColumn *column;
  GtkTextBuffer *buffer;
  GtkTextIter start, end, match_start, match_end;
  GtkTextTag *tag;
  g_autofree char *text = NULL;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the file", WAIT_SECONDS);
  column = px_story_view_get_column (fixture->view, 0);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
  g_assert_false (find_widget (GTK_WIDGET (column), is_visible_label_reading, headline) != NULL);

  buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_true (g_str_has_prefix (text, headline));
  g_assert_null (strstr (text + 1, headline));

  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "px-headline");
  g_assert_nonnull (tag);
  g_assert_true (gtk_text_iter_forward_search (&start, headline, 0, &match_start, &match_end, NULL));
  g_assert_true (gtk_text_iter_starts_tag (&match_start, tag));
  g_assert_true (gtk_text_iter_ends_tag (&match_end, tag));
  g_assert_false (gtk_text_iter_has_tag (&end, tag));
}

/* The claims of the comparison that two or more sources carry, counted
 * as the CLI counts them ("N carried by more than one source").
 */
static guint
comparison_shared (PxComparison *comparison)
{
  guint n = 0;

  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      guint n_sources;

      px_claim_get_sources (px_comparison_get_claim (comparison, c), &n_sources);
      n += n_sources > 1;
    }
  return n;
}

/* The line under the columns counts the claims the outlets share, not the
 * sentences one outlet alone carries ("67 claims · no differences" was
 * said of a story with 6 shared claims); those are in its tooltip.
 */
static void
test_status_counts (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *first = write_file (fixture, "first.txt",
                                       "Bridge reopens\n\nThe old stone bridge over the river reopened to traffic "
                                       "on Monday after three weeks of repairs.\n\nThe mayor thanked the "
                                       "engineers who worked through the night.\n");
  g_autofree char *second = write_file (fixture, "second.txt",
                                        "Traffic returns\n\nThe old stone bridge over the river reopened to "
                                        "traffic on Monday after three weeks of repairs.\n\nA brass band "
                                        "played a march beside the harbour wall at noon.\n");
  const char *inputs[] = { first, second, NULL };
  PxComparison *comparison;
  GtkWidget *status;
  g_autofree char *expected = NULL;
  g_autofree char *tooltip = NULL;
  guint n_claims, n_shared;

  /* Two reports sharing one sentence, each with one of its own. */
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the two files", WAIT_SECONDS);
  comparison = px_session_get_comparison (fixture->window->session);
  g_assert_nonnull (comparison);
  n_claims = px_comparison_get_n_claims (comparison);
  n_shared = comparison_shared (comparison);
  g_test_message ("status: %s (%u claims, %u shared)", px_story_view_get_status (fixture->view), n_claims, n_shared);
  g_assert_cmpuint (n_shared, ==, 1);
  g_assert_cmpuint (n_claims, >, n_shared);
  g_assert_cmpstr (px_story_view_get_status (fixture->view), ==, "1 shared claim · no differences found");
  status = find_widget (GTK_WIDGET (fixture->view), is_mapped_label_reading, "1 shared claim · no differences found");
  g_assert_nonnull (status);
  tooltip = g_strdup_printf ("1 claim is reported by more than one outlet. %u claims are reported by one outlet only.",
                             n_claims - n_shared);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (status), ==, tooltip);

  /* The demo: as many shared claims as the CLI counts, and its differences. */
  open_demo (fixture);
  comparison = px_session_get_comparison (fixture->window->session);
  n_shared = comparison_shared (comparison);
  g_assert_cmpuint (px_comparison_get_n_claims (comparison), >, n_shared);
  g_test_message ("status: %s", px_story_view_get_status (fixture->view));
  expected = g_strdup_printf ("%u shared claims · ", n_shared);
  g_assert_true (g_str_has_prefix (px_story_view_get_status (fixture->view), expected));

  /* How sure, in the words of each difference's tooltip, every band that
   * has any said by name: "confident" only of those Parallax is confident
   * of, then "fairly sure", then "less certain". It said "6 confident
   * differences" where five tooltips said "fairly sure", then "7
   * differences, 1 confident, 1 less certain", the five fairly sure left
   * for the reader to work out.
   */
  {
    PxSession *session = fixture->window->session;
    guint n_shown = px_story_view_get_n_differences (fixture->view);
    guint n_sure = 0, n_fair = 0;
    g_autofree char *expected_diffs = NULL;

    g_assert_cmpuint (n_shown, >, 1);
    for (guint i = 0; i < n_shown; i++)
      {
        guint claim, n_in_claim;
        double confidence;

        g_assert_true (px_session_get_difference (session, i, &claim, &n_in_claim));
        confidence = px_difference_get_confidence (px_session_get_claim_difference (session, claim, n_in_claim));
        n_sure += confidence >= 0.8;
        n_fair += confidence >= 0.5 && confidence < 0.8;
      }
    g_assert_cmpuint (px_session_get_n_sure (session), ==, n_sure);
    /* the demo has both confident and fairly sure differences */
    g_assert_cmpuint (n_sure, >, 0);
    g_assert_cmpuint (n_fair, >, 0);
    expected_diffs = g_strdup_printf ("%u differences: %u confident, %u fairly sure", n_shown, n_sure, n_fair);
    g_assert_nonnull (strstr (px_story_view_get_status (fixture->view), expected_diffs));
    g_assert_null (strstr (px_story_view_get_status (fixture->view), "less certain"));
    /* with the less certain too: /table/linked-differences */
  }
}

/* A story with nothing to compare says so under the columns, whatever
 * the claims panel shows: it said nothing at all.
 */
static void
test_status_nothing_to_compare (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autofree char *good = write_file (fixture, "good.txt",
                                      "Bridge reopens\n\nThe old stone bridge over the river reopened to traffic "
                                      "on Monday after three weeks of repairs.\n");
  g_autofree char *empty = write_file (fixture, "empty.txt", "");
  g_autofree char *missing = g_build_filename (fixture->tmpdir, "missing.txt", NULL);
  const char *one_of_two[] = { good, empty, NULL };
  const char *alone[] = { good, NULL };
  const char *none[] = { empty, missing, NULL };
  g_autofree char *other = write_file (fixture, "other.txt",
                                       "Orchestra tour\n\nThe city orchestra announced a summer tour of twelve "
                                       "coastal towns, its conductor said on Friday.\n");
  const char *unrelated[] = { good, other, NULL };

  px_window_open_inputs (fixture->window, one_of_two);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the two files", WAIT_SECONDS);
  g_assert_cmpstr (px_story_view_get_status (fixture->view), ==, "Only one source could be read: nothing to compare");

  px_window_open_inputs (fixture->window, alone);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the file", WAIT_SECONDS);
  g_assert_cmpstr (px_story_view_get_status (fixture->view), ==, "Add another outlet’s report to compare it with");

  px_window_open_inputs (fixture->window, none);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the two failures", WAIT_SECONDS);
  g_assert_cmpstr (px_story_view_get_status (fixture->view), ==, "No source could be read: nothing to compare");

  /* Two reports of different events: every sentence is one outlet's own,
   * and the line says what that may mean ("no shared claims · no
   * differences" left it to the reader).
   */
  px_window_open_inputs (fixture->window, unrelated);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the two reports", WAIT_SECONDS);
  g_assert_cmpstr (px_story_view_get_status (fixture->view), ==,
                   "No claim is shared: these reports may not be of the same event");
}

/* The legend and the line under the columns: side by side where the
 * legend fits in one row beside the line, else the line under the legend.
 * In a 430-pixel window the legend stood in seven rows beside the line.
 */
typedef struct
{
  PxStoryView *view;
  gboolean below;
  gboolean attribution; /* the eighth kind shown */
  guint max_rows;       /* 0: 1 beside the line, 2 under it */
} FooterCheck;

/* The legend's rows by their top, with how many items each holds, and
 * the widest gap between two items side by side.
 */
static guint
legend_rows (GPtrArray *items,
             GtkWidget *view,
             guint     *last_row_items,
             guint     *first_row_items,
             float     *widest_gap)
{
  float row_top = -1, row_right = 0;
  guint rows = 0, in_row = 0;

  *widest_gap = 0;
  *first_row_items = 0;
  for (guint i = 0; i < items->len; i++)
    {
      graphene_rect_t item;

      g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (items, i), view, &item));
      if (rows == 0 || item.origin.y > row_top + item.size.height / 2)
        {
          if (rows == 1)
            *first_row_items = in_row;
          rows++;
          in_row = 0;
          row_top = item.origin.y;
        }
      else
        *widest_gap = MAX (*widest_gap, item.origin.x - row_right);
      row_right = item.origin.x + item.size.width;
      in_row++;
    }
  if (rows == 1)
    *first_row_items = in_row;
  *last_row_items = in_row;
  return rows;
}

static gboolean
footer_laid_out (gpointer data)
{
  FooterCheck *check = data;
  GtkWidget *view = GTK_WIDGET (check->view);
  GtkWidget *status = find_widget (view, is_mapped_label_reading, px_story_view_get_status (check->view));
  const char *kinds[] = { "Number", "Time", "Quote", "Hedging", "Contradiction", "Who or where", "Attribution",
                          "Only this outlet" };
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  graphene_rect_t line, item;
  float legend_bottom = 0, widest_gap;
  guint rows, first_row_items, last_row_items;

  if (status == NULL || !gtk_widget_compute_bounds (status, view, &line))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GtkWidget *label = find_widget (view, is_mapped_label_reading, kinds[i]);

      if (g_str_equal (kinds[i], "Attribution") && !check->attribution)
        {
          g_assert_null (label);
          continue;
        }
      if (label == NULL || !gtk_widget_compute_bounds (label, view, &item))
        return FALSE;
      legend_bottom = MAX (legend_bottom, item.origin.y + item.size.height);
      g_ptr_array_add (items, label);
    }
  rows = legend_rows (items, view, &last_row_items, &first_row_items, &widest_gap);
  g_test_message ("legend rows %u (%u in the first, %u in the last), widest gap %.0f, line at %.0f, "
                  "legend bottom %.0f", rows, first_row_items, last_row_items, widest_gap, line.origin.y,
                  legend_bottom);
  /* Rows as even as their number allows (seven kinds in two rows are four
   * and three, not six and one alone under them), and in one row the
   * items side by side, not spread over the width.
   */
  if (rows > 1 && first_row_items != (items->len + rows - 1) / rows)
    return FALSE;
  if (rows == 1 && widest_gap > 16)
    return FALSE;
  if (check->below)
    return line.origin.y >= legend_bottom && rows <= (check->max_rows > 0 ? check->max_rows : 2);
  return line.origin.y < legend_bottom && rows == 1;
}

static void
test_footer_fits (Fixture       *fixture,
                  gconstpointer  user_data)
{
  FooterCheck check = { fixture->view, FALSE, FALSE, 0 };

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  open_demo (fixture);
  px_ui_test_wait_for (footer_laid_out, &check, "the legend in one row beside the line", WAIT_SECONDS);

  check.below = TRUE;
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 430, 800);
  px_ui_test_wait_for (footer_laid_out, &check, "the line under a legend of two rows", WAIT_SECONDS);

  /* A phone's width: three rows of three, three and one */
  check.max_rows = 3;
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 800);
  px_ui_test_wait_for (footer_laid_out, &check, "the line under a legend of three rows", WAIT_SECONDS);
  check.max_rows = 0;

  check.below = FALSE;
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  px_ui_test_wait_for (footer_laid_out, &check, "the legend beside the line again", WAIT_SECONDS);
}

/* Attribution turned on makes eight kinds: in one row under the line at
 * 1280 pixels, not seven and "Only this outlet" alone under them; in a
 * narrow window, rows of about as many.
 */
static void
test_footer_attribution (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  FooterCheck check = { fixture->view, TRUE, TRUE, 1 };

  g_settings_set_flags (settings, "highlight-kinds", 0x7f);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  open_demo (fixture);
  px_ui_test_wait_for (footer_laid_out, &check, "the eight kinds in one row", WAIT_SECONDS);

  check.max_rows = 3;
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 400, 800);
  px_ui_test_wait_for (footer_laid_out, &check, "the eight kinds in even rows", WAIT_SECONDS);
  g_settings_reset (settings, "highlight-kinds");
}

static void
collect_flow_box_children (GtkWidget *widget,
                           GPtrArray *children)
{
  if (GTK_IS_FLOW_BOX_CHILD (widget))
    g_ptr_array_add (children, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_flow_box_children (child, children);
}

typedef struct
{
  PxStoryView *view;
  int width;
} EvenLegend;

/* The window is at @width, and its legend in rows as even as their
 * number allows, its last item not alone under the others. */
static gboolean
legend_even_at (gpointer data)
{
  EvenLegend *check = data;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  guint rows, first_row_items, last_row_items;
  float widest_gap;
  int width;

  /* the window at the width asked for (its own, a few pixels under it) */
  width = gtk_widget_get_width (gtk_widget_get_ancestor (GTK_WIDGET (check->view), GTK_TYPE_WINDOW));
  if (width > check->width || width <= check->width - 20)
    return FALSE;
  while (g_main_context_iteration (NULL, FALSE))
    ;
  collect_flow_box_children (GTK_WIDGET (check->view), items);
  rows = legend_rows (items, GTK_WIDGET (check->view), &last_row_items, &first_row_items, &widest_gap);
  if (rows > 1 && first_row_items != (items->len + rows - 1) / rows)
    {
      g_test_message ("at %d: %u rows, %u in the first, %u in the last", check->width, rows, first_row_items,
                      last_row_items);
      return FALSE;
    }
  return TRUE;
}

/* Under the table, with Attribution turned on, the legend has nine
 * items: at every width they stand in even rows, as the eight do. The
 * footer had measured eight of them, and at a width where eight fitted
 * beside the line and nine did not it left the ninth alone in a row. */
static void
test_legend_nine_even (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  EvenLegend check = { fixture->view, 0 };
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  g_settings_set_flags (settings, "highlight-kinds", 0x7f);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  open_demo (fixture);
  px_story_view_set_view (fixture->view, PX_STORY_VIEW_TABLE);
  collect_flow_box_children (GTK_WIDGET (fixture->view), items);
  g_assert_cmpuint (items->len, ==, 9);
  for (check.width = 1280; check.width >= 600; check.width -= 20)
    {
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), check.width, 800);
      px_ui_test_wait_for (legend_even_at, &check, "the nine items in even rows", 5);
    }
  g_settings_reset (settings, "highlight-kinds");
}

typedef struct
{
  PxWindow *window;
  int width;
} WidthCheck;

static gboolean
window_at_most (gpointer data)
{
  WidthCheck *check = data;

  return gtk_widget_get_width (GTK_WIDGET (check->window)) <= check->width;
}

static gboolean
window_at_least (gpointer data)
{
  WidthCheck *check = data;

  return gtk_widget_get_width (GTK_WIDGET (check->window)) >= check->width;
}

/* Narrowed to @width as a user drags its edge, a few steps at a time. */
static void
narrow_window (Fixture *fixture,
               int      width)
{
  int steps[] = { 900, 700, 560, 500, 460, 420, 380, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      WidthCheck check = { fixture->window, MAX (steps[i], width) };
      g_autofree char *what = g_strdup_printf ("the window at most %d pixels wide", check.width);

      gtk_window_set_default_size (GTK_WINDOW (fixture->window), check.width, 700);
      px_ui_test_wait_for (window_at_most, &check, what, WAIT_SECONDS);
      if (check.width == width)
        break;
    }
}

/* A toast says a story's title, an address or a file's name as it is:
 * its title is Pango markup, and "AT&T" had left it empty. */
static void
test_toast_plain_text (void)
{
  const char *text = "“AT&T <draft>” deleted: http://example.com/?a=1&b=2";
  g_autoptr(AdwToast) toast = g_object_ref_sink (px_toast_new (text));
  g_autofree char *shown = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pango_parse_markup (adw_toast_get_title (toast), -1, 0, NULL, &shown, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (shown, ==, text);
}

static gboolean
widget_is_visible (gpointer data)
{
  return gtk_widget_get_visible (data);
}

static gboolean
widget_is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

/* A menu button's tooltip ("Source Menu", "Main Menu") does not show
 * while its menu is open: a pointer left on the button showed it over the
 * menu's first item. The popover a menu model makes again is watched too.
 */
static void
test_menu_button_quiet_tooltip (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *popover;

  g_menu_append (menu, "Open Original", "app.nothing");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, "Source Menu");
  _px_menu_button_quiet_tooltip (GTK_MENU_BUTTON (button));
  gtk_window_set_child (GTK_WINDOW (window), button);
  gtk_window_present (GTK_WINDOW (window));

  for (int round = 0; round < 2; round++)
    {
      popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
      gtk_menu_button_popup (GTK_MENU_BUTTON (button));
      px_ui_test_wait_for (widget_is_visible, popover, "the menu", 10);
      g_assert_false (gtk_widget_get_has_tooltip (button));
      gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
      px_ui_test_wait_for (widget_is_hidden, popover, "the menu closed", 10);
      g_assert_true (gtk_widget_get_has_tooltip (button));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Source Menu");
      /* a new model: a new popover */
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
compared_label_is (gpointer data)
{
  Fixture *fixture = ((gpointer *) data)[0];
  const char *label = ((gpointer *) data)[1];
  PxComparison *comparison = px_session_get_comparison (fixture->window->session);

  return comparison != NULL && !px_session_get_compare_pending (fixture->window->session)
         && g_strcmp0 (px_comparison_get_source_label (comparison, 0), label) == 0;
}

/* An outlet named from its file ("reuters-article") renamed from its
 * column's menu: the column and the comparison's summaries take the name,
 * and the toast's Undo gives the old one back.
 */
static void
test_rename_outlet (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *first = write_file (fixture, "reuters-article.txt",
                                       "Lavrov said 91 drones were launched at the residence overnight.\n\n"
                                       "Air defences destroyed all of them, the ministry said.\n");
  g_autofree char *second = write_file (fixture, "bbc-page.txt",
                                        "Lavrov said 41 drones were launched at the residence overnight.\n\n"
                                        "Air defences destroyed all of them, the ministry said.\n");
  const char *inputs[] = { first, second, NULL };
  gpointer renamed[] = { fixture, "Reuters & Co" };
  gpointer back[] = { fixture, "reuters-article" };
  PxSourceColumn *column;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the two files", WAIT_SECONDS);
  column = px_story_view_get_column (fixture->view, 0);
  g_assert_cmpstr (px_source_column_get_outlet (column), ==, "reuters-article");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (column), "column.rename", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_EDITABLE (entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "reuters-article");
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Reuters & Co ");
  adw_message_dialog_response (dialog, "rename");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpstr (px_source_column_get_outlet (column), ==, "Reuters & Co");
  px_ui_test_wait_for (compared_label_is, renamed, "the comparison with the new name", WAIT_SECONDS);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the comparison shown", WAIT_SECONDS);
  g_assert_true (find_widget (GTK_WIDGET (column), is_visible_label_reading, "Reuters & Co") != NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo-rename-source", "u", 1));
  g_assert_cmpstr (px_source_column_get_outlet (column), ==, "reuters-article");
  px_ui_test_wait_for (compared_label_is, back, "the comparison with the old name", WAIT_SECONDS);
}

/* A story opened in a phone-wide window while a page is still loading:
 * the line under the columns ("Comparing once 1 more source has loaded")
 * is long, and in one row beside the legend it made the window 425 pixels
 * wide before the footer put it under the legend.
 */
static void
test_narrow_while_loading (Fixture       *fixture,
                           gconstpointer  user_data)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (fixture->window));
  g_autofree char *layout = NULL;
  g_autofree char *file = write_file (fixture, "harbour-news-okafor.txt",
                                      "While Okafor Keeps Backing at City Hall, His Rivals Sense an Opening\n\n"
                                      "Harbour Commissioner Daniel Okafor finds himself fighting for his seat.\n");
  g_autofree char *url = g_strconcat (fixture->base, "slow.html", NULL);
  const char *inputs[] = { file, url, NULL };
  int minimum;

  g_object_get (settings, "gtk-decoration-layout", &layout, NULL);
  g_object_set (settings, "gtk-decoration-layout", "appmenu:close", NULL);
  narrow_window (fixture, 360);
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (status_waiting, fixture->view, "the line saying the comparison waits", WAIT_SECONDS);
  gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the slow page", WAIT_SECONDS);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 360);
  g_object_set (settings, "gtk-decoration-layout", layout, NULL);
}

/* With every window button (minimize, maximize and close, on either
 * side) the window still narrows to a phone's 360 pixels, those two
 * buttons in the main menu there: the header bar had held it at 511. They
 * come back with the room.
 */
static void
test_narrow_all_window_buttons (Fixture       *fixture,
                                gconstpointer  user_data)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (fixture->window));
  const char *layouts[] = { "appmenu:minimize,maximize,close", "close,maximize,minimize:" };
  const char *narrow[] = { "appmenu:close", "close:" };
  g_autofree char *layout = NULL;
  WidthCheck wide = { fixture->window, 900 };
  GMenuModel *menu = G_MENU_MODEL (fixture->window->primary_menu);

  g_object_get (settings, "gtk-decoration-layout", &layout, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      int minimum;

      g_object_set (settings, "gtk-decoration-layout", layouts[i], NULL);
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
      if (i == 0)
        open_demo (fixture);
      px_ui_test_wait_for (window_at_least, &wide, "the window 900 pixels wide", WAIT_SECONDS);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_assert_null (adw_header_bar_get_decoration_layout (fixture->window->header_bar));
      g_assert_false (px_ui_test_menu_has (menu, G_MENU_ATTRIBUTE_ACTION, "window.minimize"));

      /* Narrowed a step at a time, as a drag does: the header bar gives
       * up its buttons in an idle once it has been laid out narrower (a
       * window given one width at once keeps the least width it had). */
      for (int width = 900; width >= 360; width -= 60)
        {
          WidthCheck check = { fixture->window, width };

          gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 700);
          px_ui_test_wait_for (window_at_most, &check, "the window narrower", WAIT_SECONDS);
          spin (200);
        }
      gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("%s: at least %d pixels", layouts[i], minimum);
      g_assert_cmpint (minimum, <=, 360);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 360);
      g_assert_cmpstr (adw_header_bar_get_decoration_layout (fixture->window->header_bar), ==, narrow[i]);
      g_assert_true (px_ui_test_menu_has (menu, G_MENU_ATTRIBUTE_ACTION, "window.minimize"));
      g_assert_true (px_ui_test_menu_has (menu, G_MENU_ATTRIBUTE_ACTION, "window.toggle-maximized"));
    }
  g_object_set (settings, "gtk-decoration-layout", layout, NULL);
}

/* A phone's width: with GNOME's close button alone the window narrows to
 * 360 pixels, the Columns/Table switch and the Claims button left to the
 * main menu (which has them always), and they come back with the room.
 */
static void
test_narrow_header (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (fixture->window));
  g_autofree char *layout = NULL;
  WidthCheck wide = { fixture->window, 1200 };
  GMenuModel *menu;
  gboolean has_claims = FALSE, has_columns = FALSE, has_table = FALSE;

  g_object_get (settings, "gtk-decoration-layout", &layout, NULL);
  g_object_set (settings, "gtk-decoration-layout", "appmenu:close", NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  open_demo (fixture);
  px_ui_test_wait_for (window_at_least, &wide, "the window 1,280 pixels wide", WAIT_SECONDS);
  g_assert_true (gtk_widget_get_visible (fixture->window->view_switch));
  g_assert_true (gtk_widget_get_visible (fixture->window->claims_button));

  /* wide: the story's title on one line, how many sources under it */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window->subtitle_label)));
  g_assert_cmpstr (gtk_label_get_text (fixture->window->subtitle_label), ==, "4 sources");
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (fixture->window->title_label)), ==, 1);

  narrow_window (fixture, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 360);
  g_assert_false (gtk_widget_get_visible (fixture->window->view_switch));
  g_assert_false (gtk_widget_get_visible (fixture->window->claims_button));

  /* The title has the room the buttons leave: two lines, the subtitle
   * gone, the whole title in its tooltip. At 380 pixels it had read
   * "De…" over "4 sou…".
   */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  {
    const char *title = gtk_label_get_text (fixture->window->title_label);
    const char *tooltip = gtk_widget_get_tooltip_text (fixture->window->title_box);

    g_test_message ("narrow title: %s (%d pixels wide, %d lines)", title,
                    gtk_widget_get_width (GTK_WIDGET (fixture->window->title_label)),
                    pango_layout_get_line_count (gtk_label_get_layout (fixture->window->title_label)));
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->window->subtitle_label)));
    g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (fixture->window->title_label)), ==, 2);
    g_assert_nonnull (tooltip);
    g_assert_true (g_str_has_prefix (tooltip, title));
    g_assert_nonnull (strstr (tooltip, "4 sources"));
  }

  /* The main menu has what left the header bar. */
  menu = G_MENU_MODEL (fixture->window->primary_menu);
  g_assert_nonnull (menu);
  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *action = NULL;
          g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (section, i, G_MENU_ATTRIBUTE_TARGET,
                                                                               NULL);

          if (!g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
            continue;
          has_claims |= g_str_equal (action, "win.show-claims-panel");
          has_columns |= g_str_equal (action, "win.view") && target != NULL
                         && g_str_equal (g_variant_get_string (target, NULL), "columns");
          has_table |= g_str_equal (action, "win.view") && target != NULL
                       && g_str_equal (g_variant_get_string (target, NULL), "table");
        }
    }
  g_assert_true (has_claims);
  g_assert_true (has_columns);
  g_assert_true (has_table);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  px_ui_test_wait_for (window_at_least, &wide, "the window wide again", WAIT_SECONDS);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_get_visible (fixture->window->view_switch));
  g_assert_true (gtk_widget_get_visible (fixture->window->claims_button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window->subtitle_label)));
  g_assert_null (gtk_widget_get_tooltip_text (fixture->window->title_box));
  g_object_set (settings, "gtk-decoration-layout", layout, NULL);
}

/* Alt+Down / Alt+Up: every column moves to the same difference. */
static void
test_navigate_differences (Fixture       *fixture,
                           gconstpointer  user_data)
{
  PxSourceColumn *rt, *bbc;
  g_autofree char *first_rt = NULL;
  g_autofree char *first_bbc = NULL;
  g_autofree char *second_bbc = NULL;
  g_autofree char *back_bbc = NULL;

  open_demo (fixture);
  rt = px_story_view_get_column (fixture->view, 0);
  bbc = px_story_view_get_column (fixture->view, 2);
  g_assert_cmpint (px_story_view_get_current_difference (fixture->view), ==, -1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL));
  g_assert_cmpint (px_story_view_get_current_difference (fixture->view), ==, 0);
  /* The bar quotes another side's sentence: in a narrow window its column
   * may be scrolled away. */
  g_test_message ("RT's bar: %s", px_source_column_get_summary (rt));
  g_assert_nonnull (strstr (px_source_column_get_summary (rt), ": “"));
  first_rt = tagged_text (rt, "px-current");
  first_bbc = tagged_text (bbc, "px-current");
  g_assert_cmpstr (first_rt, !=, "");
  g_assert_cmpstr (first_bbc, !=, "");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL));
  g_assert_cmpint (px_story_view_get_current_difference (fixture->view), ==, 1);
  second_bbc = tagged_text (bbc, "px-current");
  g_assert_cmpstr (second_bbc, !=, first_bbc);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.previous-difference", NULL));
  g_assert_cmpint (px_story_view_get_current_difference (fixture->view), ==, 0);
  back_bbc = tagged_text (bbc, "px-current");
  g_assert_cmpstr (back_bbc, ==, first_bbc);

  /* Every column that carries the difference says what it is, in its own
   * words first: not one sentence repeated under every column.
   */
  g_assert_nonnull (px_source_column_get_summary (rt));
  g_assert_true (g_str_has_prefix (px_source_column_get_summary (bbc), "Hedging: "));
  g_assert_nonnull (strstr (px_source_column_get_summary (bbc), " here"));
  g_assert_cmpstr (px_source_column_get_summary (rt), !=, px_source_column_get_summary (bbc));

  /* Past the last one it stays put. */
  for (guint i = 0; i < px_story_view_get_n_differences (fixture->view) + 2; i++)
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL);
  g_assert_cmpint (px_story_view_get_current_difference (fixture->view), ==,
                   (int) px_story_view_get_n_differences (fixture->view) - 1);
}

static gboolean flap_folded (gpointer data);

static gboolean
flap_shown (gpointer data)
{
  return adw_flap_get_reveal_progress (data) >= 1.0;
}

/* Of the current difference, the side of each column's sentence: >= 0 for
 * a column whose words differ, -1 for one that carries the claim only,
 * -2 for one without it.
 */
static void
current_sides (PxStoryView *view,
               int         *sides)
{
  PxSession *session = px_story_view_get_session (view);
  g_autoptr(PxClaimItem) claim = NULL;
  const PxClaimItemDifference *difference;
  guint index, n_in_claim;

  g_assert_true (px_session_get_difference (session, px_session_get_current_difference (session), &index,
                                            &n_in_claim));
  claim = g_list_model_get_item (px_story_view_get_claims (view), index);
  difference = px_claim_item_get_difference (claim, n_in_claim);
  for (guint i = 0; i < px_story_view_get_n_columns (view); i++)
    sides[i] = -2;
  for (guint source = 0; source < px_claim_item_get_n_sources (claim); source++)
    {
      PxSourceColumn *column = px_story_view_get_compared_column (view, source);
      guint i;

      for (i = 0; i < px_story_view_get_n_columns (view) && px_story_view_get_column (view, i) != column; i++)
        ;
      g_assert_cmpuint (i, <, px_story_view_get_n_columns (view));
      if (px_claim_item_get_member (claim, source, NULL, NULL))
        sides[i] = -1;
      for (guint r = 0; r < difference->ranges->len; r++)
        if (g_array_index (difference->ranges, PxClaimItemRange, r).source == source)
          sides[i] = (int) g_array_index (difference->sides, guint, source);
    }
}

/* How much of the story view's width, from its start and its end, the
 * window's claims panel or library lies over (folded, brought over the
 * columns).
 */
static PxWindow *covering_window;

static void
panel_cover (PxStoryView *view,
             double      *start,
             double      *end)
{
  AdwFlap *flaps[] = { covering_window->claims_flap, covering_window->sidebar_flap };
  double width = gtk_widget_get_width (GTK_WIDGET (view));

  *start = *end = 0;
  for (guint i = 0; i < G_N_ELEMENTS (flaps); i++)
    {
      GtkWidget *panel = adw_flap_get_flap (flaps[i]);
      graphene_rect_t bounds;
      double left, right;

      if (!gtk_widget_get_mapped (panel) || !gtk_widget_compute_bounds (panel, GTK_WIDGET (view), &bounds))
        continue;
      left = MAX (0, bounds.origin.x);
      right = MIN (width, bounds.origin.x + bounds.size.width);
      if (right <= left)
        continue;
      if (right >= width - 0.5)
        *end = MAX (*end, width - left);
      else
        *start = MAX (*start, right);
    }
}

/* Column @i's place in the columns' scroller, and whether all of it is in
 * the part of the view no panel covers.
 */
static gboolean
column_in_view (PxStoryView *view,
                guint        i,
                double      *left,
                double      *right)
{
  GtkAdjustment *adjustment = px_story_view_get_columns_adjustment (view);
  GtkWidget *column = GTK_WIDGET (px_story_view_get_column (view, i));
  double value = gtk_adjustment_get_value (adjustment);
  double cover_start, cover_end, visible_left, visible_right;
  graphene_rect_t bounds;

  panel_cover (view, &cover_start, &cover_end);
  visible_left = value + cover_start;
  visible_right = value + gtk_adjustment_get_page_size (adjustment) - cover_end;

  if (!gtk_widget_compute_bounds (column, gtk_widget_get_parent (column), &bounds) || bounds.size.width <= 0)
    return FALSE;
  *left = bounds.origin.x;
  *right = bounds.origin.x + bounds.size.width;
  return *left >= visible_left - 0.5 && *right <= visible_right + 0.5;
}

/* The current difference is in view: a column on every side of it that
 * the view can hold at once, each scrolled to its sentence. The most
 * sides any run of neighbouring columns that fits shows is what the view
 * must show, with the first side's wording among them when it can be.
 */
static gboolean
difference_in_view (gpointer data)
{
  PxStoryView *view = data;
  GtkAdjustment *adjustment = px_story_view_get_columns_adjustment (view);
  double cover_start, cover_end, page;
  guint n = px_story_view_get_n_columns (view);
  int sides[16];
  double lefts[16], rights[16];
  gboolean in_view[16], seen[16] = { FALSE, };
  guint n_seen = 0, most = 0, most_with_first = 0;

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (sides));
  panel_cover (view, &cover_start, &cover_end);
  page = gtk_adjustment_get_page_size (adjustment) - cover_start - cover_end;
  current_sides (view, sides);
  for (guint i = 0; i < n; i++)
    in_view[i] = column_in_view (view, i, &lefts[i], &rights[i]);

  for (guint i = 0; i < n; i++)
    if (in_view[i] && sides[i] >= 0)
      {
        PxSourceColumn *column = px_story_view_get_column (view, i);
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
        GtkTextIter start;

        /* scrolled down to its marked words too */
        gtk_text_buffer_get_start_iter (buffer, &start);
        if (!gtk_text_iter_forward_to_tag_toggle (&start, gtk_text_tag_table_lookup (
                                                    gtk_text_buffer_get_tag_table (buffer), "px-current"))
            || !range_visible (column, gtk_text_iter_get_offset (&start)))
          return FALSE;
        n_seen += !seen[sides[i]];
        seen[sides[i]] = TRUE;
      }

  for (guint first = 0; first < n; first++)
    {
      gboolean run_seen[16] = { FALSE, };
      guint run = 0;

      for (guint last = first; last < n && rights[last] - lefts[first] <= page + 0.5; last++)
        if (sides[last] >= 0 && !run_seen[sides[last]])
          {
            run_seen[sides[last]] = TRUE;
            run++;
          }
      most = MAX (most, run);
      if (run_seen[0])
        most_with_first = MAX (most_with_first, run);
    }
  /* Of equal views, the one with the wording the summary names first. */
  if (most == 0 || n_seen < most || (most_with_first == most && !seen[0]))
    return FALSE;
  g_test_message ("difference %d: %u of %u sides in view (value %.0f of %.0f, page %.0f)",
                  px_story_view_get_current_difference (view), n_seen, most, gtk_adjustment_get_value (adjustment),
                  gtk_adjustment_get_upper (adjustment), page);
  return TRUE;
}

/* In a window 700 pixels wide, where two of the demo's four columns are
 * on screen at a time, Next and Previous Difference scroll the columns
 * sideways to the ones whose words differ, each down to its sentence;
 * also with the claims panel over the columns.
 */
static void
test_navigate_narrow (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkAdjustment *adjustment;
  guint n;

  covering_window = fixture->window;
  g_settings_set_boolean (settings, "show-claims-panel", TRUE);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 700, 800);
  open_demo (fixture);
  px_ui_test_wait_for (flap_folded, fixture->window->claims_flap, "the claims panel to fold away", WAIT_SECONDS);
  adjustment = px_story_view_get_columns_adjustment (fixture->view);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment) + 200);
  n = px_story_view_get_n_differences (fixture->view);
  g_assert_cmpuint (n, >=, 4);

  for (guint i = 0; i < n; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL));
      px_ui_test_wait_for (difference_in_view, fixture->view, "the difference in view", WAIT_SECONDS);
    }
  for (guint i = 1; i < n; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.previous-difference", NULL));
      px_ui_test_wait_for (difference_in_view, fixture->view, "the difference in view", WAIT_SECONDS);
    }

  /* The claims panel over the columns' end: what it covers is not in view. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-claims-panel", NULL);
  g_assert_true (adw_flap_get_reveal_flap (fixture->window->claims_flap));
  px_ui_test_wait_for (flap_shown, fixture->window->claims_flap, "the panel over the columns", WAIT_SECONDS);
  {
    double cover_start, cover_end;

    panel_cover (fixture->view, &cover_start, &cover_end);
    g_assert_cmpfloat (cover_end, >, 200);
  }
  for (guint i = 1; i < n; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL));
      px_ui_test_wait_for (difference_in_view, fixture->view, "the difference in view beside the panel",
                           WAIT_SECONDS);
    }
  g_settings_reset (settings, "show-claims-panel");
}

static gboolean
columns_laid_out_wide (gpointer data)
{
  GtkAdjustment *adjustment = px_story_view_get_columns_adjustment (data);

  return gtk_adjustment_get_page_size (adjustment) > 0
         && gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment) + 200;
}

static gboolean
stop_loop_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the main loop for @ms milliseconds: a while for layouts and
 * idles still to come. */
static void
wait_a_while (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, stop_loop_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* A story opened from more files than fit starts on its first column. */
static void
test_open_many_first_in_view (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autofree char *paths[5] = { NULL, };
  const char *inputs[6] = { NULL, };
  double left, right;

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *name = g_strdup_printf ("report-%u.txt", i + 1);
      g_autofree char *text = g_strdup_printf ("Report %u\n\nThe bridge reopened on Monday after %u weeks of "
                                               "repairs.\n\nTraffic was light.\n", i + 1, i + 2);

      paths[i] = write_file (fixture, name, text);
      inputs[i] = paths[i];
    }
  covering_window = fixture->window;
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 700, 800);
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the five files", WAIT_SECONDS);
  px_ui_test_wait_for (columns_laid_out_wide, fixture->view, "the columns wider than the window", WAIT_SECONDS);
  /* A while for any scrolling still to come. */
  wait_a_while (500);
  g_assert_true (column_in_view (fixture->view, 0, &left, &right));
  g_assert_cmpfloat (gtk_adjustment_get_value (px_story_view_get_columns_adjustment (fixture->view)), <, 1);
}

/* Files chosen or dropped together come in their names' natural order,
 * whatever order the chooser gave them in ("report 9" before "report 10").
 */
static void
test_add_files_name_order (Fixture       *fixture,
                           gconstpointer  user_data)
{
  const char *names[] = { "report 10.txt", "notes.txt", "report 9.txt", "report 1.txt" };
  const char *expected[] = { "notes.txt", "report 1.txt", "report 9.txt", "report 10.txt" };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *text = g_strdup_printf ("Report %u\n\nThe bridge reopened on Monday after %u weeks of "
                                               "repairs.\n\nTraffic was light.\n", i + 1, i + 2);
      g_autofree char *path = write_file (fixture, names[i], text);

      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  /* Something no column can be made of is left out, not a column. */
  g_ptr_array_insert (files, 2, g_file_new_for_uri ("trash:///report 5.txt"));
  g_assert_cmpuint (px_window_add_files (fixture->window, (GFile * const *) files->pdata, files->len), ==, 4);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the four files", WAIT_SECONDS);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *name = g_path_get_basename (px_source_column_get_input (px_story_view_get_column (fixture->view, i)));

      g_assert_cmpstr (name, ==, expected[i]);
    }
}

static gboolean
search_has_focus (gpointer data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (data));

  return focus != NULL && (GTK_IS_SEARCH_ENTRY (focus) || GTK_IS_SEARCH_ENTRY (gtk_widget_get_parent (focus)))
         && gtk_widget_is_drawable (focus);
}

/* Opens the demo at 1280 pixels with the library and the claims panel
 * shown, and waits for the library to fold away for the four columns.
 */
static void
open_demo_library_folded (Fixture   *fixture,
                          GSettings *settings)
{
  AdwFlap *sidebar = fixture->window->sidebar_flap;

  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  g_settings_set_boolean (settings, "show-claims-panel", TRUE);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  open_demo (fixture);
  px_ui_test_wait_for (flap_folded, sidebar, "the library to fold away for the columns", WAIT_SECONDS);
  g_assert_false (adw_flap_get_reveal_flap (sidebar));
}

/* Ctrl+F searches the library also when it has folded away for the
 * columns: it comes over them with its search entry focused (it had
 * stayed away, the focus nowhere).
 */
static void
test_search_folded_library (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AdwFlap *sidebar = fixture->window->sidebar_flap;

  open_demo_library_folded (fixture, settings);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  g_assert_true (adw_flap_get_reveal_flap (sidebar));
  px_ui_test_wait_for (search_has_focus, fixture->window, "the search entry to take the focus", WAIT_SECONDS);
  g_assert_true (g_settings_get_boolean (settings, "sidebar-visible"));
}

/* Counts the drop-downs in @widget, asserting that the button inside each,
 * which takes the focus, has a name for a screen reader.
 */
static guint
check_drop_down_buttons (GtkWidget *widget,
                         gboolean   in_drop_down)
{
  guint n = 0;

  if (in_drop_down && GTK_IS_TOGGLE_BUTTON (widget))
    {
      g_test_message ("%s's button", G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL)
                     || gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                                          GTK_ACCESSIBLE_RELATION_LABELLED_BY));
      return 0;
    }
  n += GTK_IS_DROP_DOWN (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += check_drop_down_buttons (child, in_drop_down || GTK_IS_DROP_DOWN (widget));
  return n;
}

/* GTK 4.8 names the button inside a drop-down, which takes the focus,
 * "GtkToggleButton" for a screen reader: each of the window's (the
 * annotation filters, the annotation editor's verdict) has a name.
 */
static void
test_drop_down_buttons_named (Fixture       *fixture,
                              gconstpointer  user_data)
{
  GtkWidget *popover = g_object_ref_sink (GTK_WIDGET (px_annotation_popover_new ()));

  open_demo (fixture);
  g_assert_cmpuint (check_drop_down_buttons (GTK_WIDGET (fixture->window), FALSE), >=, 2);
  g_assert_cmpuint (check_drop_down_buttons (popover, FALSE), ==, 1);
  g_object_unref (popover);
}

/* The @n-th drop-down in @widget, in tree order. */
static GtkWidget *
nth_drop_down (GtkWidget *widget,
               guint      n)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  guint seen = 0;

  g_ptr_array_add (stack, widget);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, 0);
      GtkWidget *child;
      guint at = 0;

      if (GTK_IS_DROP_DOWN (w) && seen++ == n)
        return w;
      for (child = gtk_widget_get_first_child (w); child != NULL; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_insert (stack, at++, child);
    }
  return NULL;
}

/* The texts of the labels on screen in @widget, joined by "|". */
static void
gather_labels (GtkWidget *widget,
               GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (text, "%s|", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_POPOVER (child))
      gather_labels (child, text);
}

static gboolean
filter_shows_all (gpointer data)
{
  g_autoptr(GString) shown = g_string_new (NULL);

  gather_labels (data, shown);
  return strstr (shown->str, "All Sources|") != NULL;
}

/* A story's annotations: one verdict on "91 drones" in source 1. */
static GPtrArray *
one_annotation (void)
{
  GPtrArray *annotations = g_ptr_array_new_with_free_func ((GDestroyNotify) px_annotation_free);
  PxAnnotation *annotation = g_new0 (PxAnnotation, 1);
  PxAnnotationTarget *target = g_new0 (PxAnnotationTarget, 1);

  target->id = 1;
  target->source_id = 1;
  target->selector = px_text_selector_new ("91 drones", "", "", 0, 9);
  annotation->id = 1;
  annotation->verdict = PX_VERDICT_FALSE;
  annotation->note = g_strdup ("Nobody counted them.");
  annotation->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) px_annotation_target_free);
  g_ptr_array_add (annotation->targets, target);
  g_ptr_array_add (annotations, annotation);
  return annotations;
}

/* The annotations panel's source filter, its sources given anew as a
 * story's sources load one by one, shows "All Sources", never GTK's
 * "(None)" (seen while a source loaded).
 */
static void
test_source_filter_shown (Fixture       *fixture,
                          gconstpointer  user_data)
{
  GtkWidget *window = gtk_window_new ();
  PxAnnotationsPanel *panel = px_annotations_panel_new ();
  const gint64 ids[] = { 11, 12, 13 };
  const char *outlets[] = { "RT", "BBC", "AP" };
  g_autoptr(GPtrArray) annotations = one_annotation ();

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (panel));
  gtk_window_present (GTK_WINDOW (window));
  /* the filters are shown once there is something to filter */
  px_annotations_panel_set_annotations (panel, annotations);
  for (guint n = 0; n <= 3; n++)
    {
      GtkWidget *filter = nth_drop_down (GTK_WIDGET (panel), 1);
      g_autoptr(GString) shown = g_string_new (NULL);

      px_annotations_panel_set_sources (panel, ids, outlets, n);
      px_ui_test_wait_for (filter_shows_all, filter, "the filter to show All Sources", 5);
      gather_labels (filter, shown);
      g_test_message ("%u sources: %s", n, shown->str);
      g_assert_nonnull (strstr (shown->str, "All Sources|"));
      g_assert_null (strstr (shown->str, "(None)"));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* With no annotation, the annotations panel is a small status (icon,
 * title, how to make one) with no filters, as tall as that, and the
 * claims above it have the room; with one, the list and its filters have
 * their height back.
 */
static void
test_annotations_empty_small (Fixture       *fixture,
                              gconstpointer  user_data)
{
  PxAnnotationsPanel *panel = _px_window_get_annotations_panel (fixture->window);
  g_autoptr(GPtrArray) annotations = one_annotation ();
  const gint64 ids[] = { 1, 2 };
  const char *outlets[] = { "RT", "BBC" };
  int min_height, claims_height;

  open_demo (fixture);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));
  g_assert_nonnull (find_widget (GTK_WIDGET (panel), is_mapped_label_reading, "No Annotations"));
  g_assert_null (find_widget (GTK_WIDGET (panel), is_mapped_drop_down, NULL));
  gtk_widget_measure (GTK_WIDGET (panel), GTK_ORIENTATION_VERTICAL, 300, &min_height, NULL, NULL, NULL);
  claims_height = gtk_widget_get_height (GTK_WIDGET (px_window_get_claims_panel (fixture->window)));
  g_test_message ("empty: panel %d px high (least %d), claims %d", gtk_widget_get_height (GTK_WIDGET (panel)),
                  min_height, claims_height);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (panel)), <, 220);
  g_assert_cmpint (claims_height, >, gtk_widget_get_height (GTK_WIDGET (panel)));

  /* one annotation: the list and the filters */
  px_annotations_panel_set_sources (panel, ids, outlets, 2);
  px_annotations_panel_set_annotations (panel, annotations);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the panel", WAIT_SECONDS);
  g_assert_cmpuint (px_annotations_panel_get_n_shown (panel), ==, 1);
  g_assert_null (find_widget (GTK_WIDGET (panel), is_mapped_label_reading, "No Annotations"));
  g_assert_nonnull (find_widget (GTK_WIDGET (panel), is_mapped_drop_down, NULL));
  gtk_widget_measure (GTK_WIDGET (panel), GTK_ORIENTATION_VERTICAL, 300, &min_height, NULL, NULL, NULL);
  g_assert_cmpint (min_height, >=, 260);

  /* filtered to nothing: said so, the filters kept to undo it */
  px_annotations_panel_set_verdict_filter (panel, PX_VERDICT_ACCURATE);
  g_assert_cmpuint (px_annotations_panel_get_n_shown (panel), ==, 0);
  g_assert_nonnull (find_widget (GTK_WIDGET (panel), is_mapped_label_reading, "No Matching Annotations"));
  g_assert_nonnull (find_widget (GTK_WIDGET (panel), is_mapped_drop_down, NULL));
  px_annotations_panel_set_verdict_filter (panel, -1);
}

/* The list row that shows the claims list's selected claim, or NULL;
 * its top and bottom, in the list's own coordinates, in @top and @bottom. */
static GtkWidget *
selected_claim_row (GtkListView        *list,
                    GtkSingleSelection *selection,
                    double             *top,
                    double             *bottom)
{
  gpointer claim = gtk_single_selection_get_selected_item (selection);

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (list)); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      graphene_rect_t bounds;

      if (PX_IS_CLAIM_ROW (row) && claim != NULL && px_claim_row_get_claim (PX_CLAIM_ROW (row)) == claim
          && gtk_widget_get_mapped (item) && gtk_widget_compute_bounds (item, GTK_WIDGET (list), &bounds))
        {
          *top = bounds.origin.y;
          *bottom = bounds.origin.y + bounds.size.height;
          return item;
        }
    }
  return NULL;
}

/* Waits until the claims list (@list) has its size and its scroll stays
 * put for a few frames. */
static void
wait_list_still (Fixture     *fixture,
                 GtkListView *list)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  double last[3] = { -1, -1, -1 };
  guint same = 0;

  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the window", WAIT_SECONDS);
  while (same < 3)
    {
      double now[3] = { gtk_adjustment_get_value (vadjustment), gtk_adjustment_get_page_size (vadjustment),
                        gtk_adjustment_get_upper (vadjustment) };

      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting for the claims list to stay put");
      spin (50);
      same = now[1] > 0 && memcmp (now, last, sizeof now) == 0 ? same + 1 : 0;
      memcpy (last, now, sizeof now);
    }
}

/* A claim chosen in the claims list, then the Annotations panel grows
 * under it: the list keeps its top where it was while the chosen claim
 * fits, so the first claim stays whole; a claim the smaller list cannot
 * show where it stood is scrolled just into view, not cut at the bottom. */
static void
test_claims_kept_when_annotations_grow (Fixture       *fixture,
                                        gconstpointer  user_data)
{
  PxClaimsPanel *claims = px_window_get_claims_panel (fixture->window);
  PxAnnotationsPanel *panel = _px_window_get_annotations_panel (fixture->window);
  GtkSingleSelection *selection = px_claims_panel_get_selection (claims);
  g_autoptr(GPtrArray) annotations = one_annotation ();
  const gint64 ids[] = { 1, 2 };
  const char *outlets[] = { "RT", "BBC" };
  GtkListView *list;
  GtkAdjustment *vadjustment;
  double top, bottom, bottom_before, page_before;
  guint low = 0;

  open_demo (fixture);
  list = GTK_LIST_VIEW (find_widget_of_type_in (GTK_WIDGET (claims), GTK_TYPE_LIST_VIEW));
  g_assert_nonnull (list);
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  wait_list_still (fixture, list);

  /* the lowest claim the list shows whole without scrolling */
  for (guint i = 0; i < g_list_model_get_n_items (px_claims_panel_get_visible_claims (claims)); i++)
    {
      px_claims_panel_select (claims, i);
      wait_list_still (fixture, list);
      if (gtk_adjustment_get_value (vadjustment) != 0)
        break;
      low = i;
    }
  g_assert_cmpuint (low, >=, 2);

  /* a claim in the middle of the view: the list does not move */
  px_claims_panel_select (claims, GTK_INVALID_LIST_POSITION);
  gtk_adjustment_set_value (vadjustment, 0);
  px_claims_panel_select (claims, low / 2);
  wait_list_still (fixture, list);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  page_before = gtk_adjustment_get_page_size (vadjustment);

  px_annotations_panel_set_sources (panel, ids, outlets, 2);
  px_annotations_panel_set_annotations (panel, annotations);
  wait_list_still (fixture, list);
  g_test_message ("claims list %g px high, then %g; claim %u of the first %u whole",
                  page_before, gtk_adjustment_get_page_size (vadjustment), low / 2, low + 1);
  g_assert_cmpfloat (gtk_adjustment_get_page_size (vadjustment), <, page_before);
  g_assert_nonnull (selected_claim_row (list, selection, &top, &bottom));
  g_assert_cmpfloat (bottom, <=, gtk_adjustment_get_page_size (vadjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);

  /* the lowest claim: now below the view's bottom, scrolled just into it */
  px_annotations_panel_set_annotations (panel, NULL);
  wait_list_still (fixture, list);
  gtk_adjustment_set_value (vadjustment, 0);
  px_claims_panel_select (claims, low);
  wait_list_still (fixture, list);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  g_assert_nonnull (selected_claim_row (list, selection, &top, &bottom_before));

  px_annotations_panel_set_annotations (panel, annotations);
  wait_list_still (fixture, list);
  g_assert_nonnull (selected_claim_row (list, selection, &top, &bottom));
  g_test_message ("claim %u from %g to %g px, in a list %g px high", low, bottom_before, bottom,
                  gtk_adjustment_get_page_size (vadjustment));
  g_assert_cmpfloat (top, >=, 0);
  if (bottom_before <= gtk_adjustment_get_page_size (vadjustment))
    g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  else
    g_assert_cmpfloat (bottom, ==, gtk_adjustment_get_page_size (vadjustment));
}

static gboolean
story_has_sources (gpointer data)
{
  gpointer *args = data;
  g_autoptr(PxStoryInfo) info = px_store_get_story (args[0], GPOINTER_TO_INT (args[1]), NULL);

  return info != NULL && info->n_sources == 4;
}

/* A new profile: the demo goes into the library and opens; a new window
 * on the same library reopens it from the store; deleting it can be undone.
 */
/* The selection of a column's text (@data, a GtkTextView) is inside what
 * the column shows, and the view has been given its size. */
static gboolean
match_in_view (gpointer data)
{
  GtkTextView *view = data;
  GtkTextIter start, end;
  GdkRectangle visible, first, last;

  if (!gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (view), &start, &end)
      || gtk_widget_get_height (GTK_WIDGET (view)) <= 0)
    return FALSE;
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, &start, &first);
  gtk_text_view_get_iter_location (view, &end, &last);
  return first.y >= visible.y && last.y + last.height <= visible.y + visible.height;
}

static void
test_library (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "parallax.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(PxStoryInfo) info = NULL;
  PxWindow *second;
  PxStoryView *second_view;
  gint64 story_id;
  gpointer args[2];

  g_assert_no_error (error);
  px_window_set_store (fixture->window, store, TRUE);
  /* The library is read on a worker, then the demo made. */
  g_assert_cmpint (px_window_get_story_id (fixture->window), ==, 0);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the demo story", WAIT_SECONDS);
  story_id = px_window_get_story_id (fixture->window);
  g_assert_cmpint (story_id, >, 0);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 4);
  args[0] = store;
  args[1] = GINT_TO_POINTER ((int) story_id);
  px_ui_test_wait_for (story_has_sources, args, "the demo's sources in the library", WAIT_SECONDS);

  stories = px_store_list_stories (store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stories->len, ==, 1);

  /* The library's search finds the demo's words. */
  hits = px_store_search (store, "Peskov", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, >=, 1);

  /* Searching the library and opening a hit lands on the matching words. */
  {
    PxLibraryView *library = PX_LIBRARY_VIEW (px_window_get_library_view (fixture->window));
    GListModel *items = px_library_view_get_items (library);
    g_autoptr(PxLibraryItem) hit = NULL;
    PxSourceColumn *hill = NULL;
    g_autofree char *selected = NULL;
    GtkTextIter start, end;

    px_window_new_story (fixture->window);
    g_assert_cmpint (px_window_get_story_id (fixture->window), !=, story_id);
    px_library_view_search (library, "Peskov");
    px_ui_test_wait_for (library_loaded, library, "the library's search", WAIT_SECONDS);
    g_assert_cmpuint (g_list_model_get_n_items (items), >=, 1);
    hit = g_list_model_get_item (items, 0);
    g_assert_cmpint (px_library_item_get_story_id (hit), ==, story_id);
    px_library_view_activate (library, 0);
    px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the story of the hit", WAIT_SECONDS);
    g_assert_cmpint (px_window_get_story_id (fixture->window), ==, story_id);
    for (guint i = 0; i < px_story_view_get_n_columns (fixture->view); i++)
      if (px_source_column_get_source_id (px_story_view_get_column (fixture->view, i)) == px_library_item_get_source_id (hit))
        hill = px_story_view_get_column (fixture->view, i);
    g_assert_nonnull (hill);
    gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (px_source_column_get_text_view (hill)), &start, &end);
    selected = gtk_text_iter_get_text (&start, &end);
    g_assert_cmpstr (selected, ==, "Peskov");

    /* Words at the end of a column: the column just made shows them, and
     * takes the keyboard (it had been left near its top, the words
     * selected out of sight, the keyboard on the Annotations panel). */
    gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
    px_window_new_story (fixture->window);
    adw_flap_set_reveal_flap (fixture->window->sidebar_flap, TRUE);
    px_library_view_search (library, "verified");
    px_ui_test_wait_for (library_loaded, library, "the library's search", WAIT_SECONDS);
    g_assert_cmpuint (g_list_model_get_n_items (items), >=, 1);
    px_library_view_activate (library, 0);
    px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the story of the hit", WAIT_SECONDS);
    hill = NULL;
    for (guint i = 0; i < px_story_view_get_n_columns (fixture->view); i++)
      if (g_strcmp0 (px_source_column_get_outlet (px_story_view_get_column (fixture->view, i)), "The Hill") == 0)
        hill = px_story_view_get_column (fixture->view, i);
    g_assert_nonnull (hill);
    px_ui_test_wait_for (match_in_view, px_source_column_get_text_view (hill), "the words in view", WAIT_SECONDS);
    g_clear_pointer (&selected, g_free);
    gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (px_source_column_get_text_view (hill)), &start, &end);
    selected = gtk_text_iter_get_text (&start, &end);
    g_assert_cmpstr (selected, ==, "verified");
    /* (the column had to be scrolled to show them) */
    g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (
                         GTK_SCROLLABLE (px_source_column_get_text_view (hill)))), >, 0);
    g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == GTK_WIDGET (px_source_column_get_text_view (hill)));

    px_library_view_search (library, "");
    px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the reopened demo", WAIT_SECONDS);
  }

  second = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));
  px_window_set_store (second, store, TRUE);
  px_ui_test_wait_for (px_ui_test_window_settled, second, "the last story", WAIT_SECONDS);
  second_view = px_window_get_story_view (second);
  g_assert_cmpint (px_window_get_story_id (second), ==, story_id);
  g_assert_cmpuint (px_story_view_get_n_columns (second_view), ==, 4);
  g_assert_true (px_source_column_is_sample (px_story_view_get_column (second_view, 0)));
  g_assert_nonnull (px_story_view_get_banner (second_view));
  /* Reopened from the library, the original is the page the store kept. */
  g_assert_null (px_source_column_get_snapshot (px_story_view_get_column (second_view, 2)));
  assert_opens_original (px_story_view_get_column (second_view, 2), "bbc.com");
  px_ui_test_wait_for (px_ui_test_columns_settled, second_view, "the reopened story to be compared", WAIT_SECONDS);
  g_assert_cmpuint (px_story_view_get_n_differences (second_view), ==,
                    px_story_view_get_n_differences (fixture->view));
  gtk_window_destroy (GTK_WINDOW (second));
  g_object_unref (second);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-story", NULL));
  g_assert_cmpint (px_window_get_story_id (fixture->window), ==, 0);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the story in the trash", WAIT_SECONDS);
  info = px_store_get_story (store, story_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (info->deleted_at);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo-delete", "x", story_id));
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the story back", WAIT_SECONDS);
  g_assert_cmpint (px_window_get_story_id (fixture->window), ==, story_id);
  g_clear_pointer (&info, px_story_info_free);
  info = px_store_get_story (store, story_id, &error);
  g_assert_null (info->deleted_at);

  px_window_set_store (fixture->window, NULL, FALSE);
  g_assert_true (px_store_close (store, &error));
  g_assert_no_error (error);
}

static gboolean
tag_has_background (PxSourceColumn *column,
                    const char     *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  gboolean set;

  g_object_get (tag, "background-set", &set, NULL);
  return set;
}

/* Preferences reach the open story: a kind switched off loses its colour,
 * the text size follows; the preferences window shows the same state.
 */
static void
tag_changed_cb (GtkTextTagTable *table,
                GtkTextTag      *tag,
                gboolean         size_changed,
                guint           *n_changed)
{
  (*n_changed)++;
}

/* A spin button whose entry shows @text. */
static gboolean
is_spin_showing (GtkWidget  *widget,
                 const char *text)
{
  return GTK_IS_SPIN_BUTTON (widget) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0;
}

/* Each item of the legend is a list item named by its kind and described
 * by what it means: GTK 4.8 made them grid cells named by their type, and
 * a screen reader read "GtkFlowBoxChild" before every kind (2026-12-07,
 * window36, through AT-SPI). A key, not a control: none takes the focus.
 */
static void
test_legend_named (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  open_demo (fixture);
  collect_flow_box_children (GTK_WIDGET (fixture->view), items);
  g_assert_cmpuint (items->len, >=, 6);
  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget *item = items->pdata[i];
      GtkWidget *label = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (item));
      g_autofree char *name = NULL;
      g_autofree char *description = NULL;

      g_assert_true (GTK_IS_LABEL (label));
      g_test_message ("legend item %u: %s", i, gtk_label_get_text (GTK_LABEL (label)));
      g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_ROLE_LIST_ITEM));
      name = gtk_test_accessible_check_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                 gtk_label_get_text (GTK_LABEL (label)));
      g_assert_null (name);
      description = gtk_test_accessible_check_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                        gtk_widget_get_tooltip_text (label));
      g_assert_null (description);
      g_assert_false (gtk_widget_get_focusable (item));
    }
}

/* Whether the legend under the columns is on screen. */
static gboolean
legend_shown (PxStoryView *view)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  collect_flow_box_children (GTK_WIDGET (view), items);
  g_assert_cmpuint (items->len, >, 0);
  return gtk_widget_get_mapped (items->pdata[0]);
}

/* A key to colours with nothing coloured is noise: a new story showed
 * the seven kinds under its "No Sources Yet". */
static void
test_legend_with_sources (Fixture       *fixture,
                          gconstpointer  user_data)
{
  open_demo (fixture);
  g_assert_true (legend_shown (fixture->view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-story", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 0);
  g_assert_false (legend_shown (fixture->view));
  open_demo (fixture);
  g_assert_true (legend_shown (fixture->view));
}

/* The words the table sets in bold, those no other outlet uses for a
 * claim, have their line in the legend, under the table only. */
static void
test_legend_table_bold (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(GPtrArray) table = g_ptr_array_new ();
  g_autoptr(GPtrArray) again = g_ptr_array_new ();
  GtkWidget *label;
  PangoAttrIterator *iter;
  PangoAttribute *weight;

  open_demo (fixture);
  collect_flow_box_children (GTK_WIDGET (fixture->view), columns);
  px_story_view_set_view (fixture->view, PX_STORY_VIEW_TABLE);
  collect_flow_box_children (GTK_WIDGET (fixture->view), table);
  g_assert_cmpuint (table->len, ==, columns->len + 1);
  label = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (table->pdata[table->len - 1]));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Only this outlet’s words");
  iter = pango_attr_list_get_iterator (gtk_label_get_attributes (GTK_LABEL (label)));
  weight = pango_attr_iterator_get (iter, PANGO_ATTR_WEIGHT);
  g_assert_nonnull (weight);
  g_assert_cmpint (((PangoAttrInt *) weight)->value, ==, PANGO_WEIGHT_BOLD);
  pango_attr_iterator_destroy (iter);
  px_story_view_set_view (fixture->view, PX_STORY_VIEW_COLUMNS);
  collect_flow_box_children (GTK_WIDGET (fixture->view), again);
  g_assert_cmpuint (again->len, ==, columns->len);
}

static gboolean
is_combo_row (GtkWidget  *widget,
              const char *unused)
{
  return ADW_IS_COMBO_ROW (widget);
}

static gboolean
is_popover (GtkWidget  *widget,
            const char *unused)
{
  return GTK_IS_POPOVER (widget);
}

static void
collect_list_items (GtkWidget *widget,
                    GPtrArray *items)
{
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM)
    g_ptr_array_add (items, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_list_items (child, items);
}

/* The list items in @widget outside its popovers: the choice a combo row
 * shows. */
static void
collect_shown_list_items (GtkWidget *widget,
                          GPtrArray *items)
{
  if (GTK_IS_POPOVER (widget))
    return;
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM)
    g_ptr_array_add (items, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_shown_list_items (child, items);
}

/* Whether the choice @row shows, and the list it is in, are named
 * @choice and @title. */
static gboolean
shown_choice_named (GtkWidget  *row,
                    const char *choice,
                    const char *title)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autofree char *item_differs = NULL;
  g_autofree char *list_differs = NULL;

  collect_shown_list_items (row, items);
  if (items->len != 1)
    {
      g_test_message ("%u list items shown in the row", items->len);
      return FALSE;
    }
  item_differs = gtk_test_accessible_check_property (items->pdata[0], GTK_ACCESSIBLE_PROPERTY_LABEL, choice);
  list_differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_parent (items->pdata[0])),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL, title);
  if (item_differs != NULL || list_differs != NULL)
    g_test_message ("the choice shown: %s; its list: %s", item_differs != NULL ? item_differs : "named so",
                    list_differs != NULL ? list_differs : "named so");
  return item_differs == NULL && list_differs == NULL;
}

/* The Style row of Preferences says the style chosen, and the rows of its
 * list their styles: libadwaita 1.2 had it read "Style, combo box" and no
 * more, and its list as three empty list items (2026-12-07, window36,
 * through AT-SPI). The choice shown in the row is a list item of its own,
 * named by the style too, in a list named "Style": the first item a
 * screen reader came to had no name, and its list was "GtkListView"
 * (window38).
 */
static void
test_preferences_style_said (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  const char *styles[] = { "Follow System", "Light", "Dark" };
  PxPreferencesWindow *preferences;
  GtkWidget *row;
  GtkWidget *popover;

  g_settings_reset (settings, "color-scheme");
  preferences = px_preferences_window_new (GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (preferences));
  row = find_widget (GTK_WIDGET (preferences), is_combo_row, NULL);
  g_assert_nonnull (row);
  spin (100);
  g_assert_true (shown_choice_named (row, "Follow System", "Style"));

  /* Opened before any other style is chosen: choosing one binds the rows
   * it changes again, and had named them so (the others stayed nameless,
   * "Dark" among them). */
  popover = find_widget (row, is_popover, NULL);
  g_assert_nonnull (popover);
  gtk_popover_popup (GTK_POPOVER (popover));
  spin (300);
  collect_list_items (popover, items);
  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (styles));
  {
    g_autofree char *list_differs = gtk_test_accessible_check_property (
      GTK_ACCESSIBLE (gtk_widget_get_parent (items->pdata[0])), GTK_ACCESSIBLE_PROPERTY_LABEL, "Style");

    g_assert_null (list_differs);
  }
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      gboolean named = FALSE;

      for (guint j = 0; j < items->len && !named; j++)
        {
          g_autofree char *differs = gtk_test_accessible_check_property (items->pdata[j],
                                                                         GTK_ACCESSIBLE_PROPERTY_LABEL, styles[i]);

          named = differs == NULL;
        }
      g_test_message ("style %s: %s", styles[i], named ? "a row is named so" : "no row is named so");
      g_assert_true (named);
    }
  gtk_popover_popdown (GTK_POPOVER (popover));
  spin (100);

  {
    g_autofree char *follow = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Follow System");
    g_autofree char *dark = NULL;

    g_assert_null (follow);
    /* Kept as the style changes, here or from elsewhere. */
    g_settings_set_enum (settings, "color-scheme", 2);
    dark = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Dark");
    g_assert_null (dark);
    spin (100);
    g_assert_true (shown_choice_named (row, "Dark", "Style"));
    g_settings_reset (settings, "color-scheme");
  }
  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* The button in @widget that shows an icon alone and has a tooltip. */
static GtkWidget *
find_image_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget)))
      && gtk_widget_get_tooltip_text (widget) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_image_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_password_row (GtkWidget  *widget,
                 const char *unused)
{
  return ADW_IS_PASSWORD_ENTRY_ROW (widget);
}

/* The eye that shows the team library's password (Preferences, Team
 * Libraries) is a button named by what it does, as its tooltip says
 * ("Show Text"): AT-SPI read it as "GtkImage", its only child (window39,
 * the Preferences window walked through AT-SPI).
 */
static void
test_preferences_peek_named (Fixture       *fixture,
                             gconstpointer  user_data)
{
  PxPreferencesWindow *preferences;
  GtkWidget *peek;
  const char *tooltip;
  g_autofree char *differs = NULL;
  g_autofree char *hidden_differs = NULL;

  preferences = px_preferences_window_new (GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (preferences));
  peek = find_widget (GTK_WIDGET (preferences), is_password_row, NULL);
  g_assert_nonnull (peek);
  peek = find_image_button (peek);
  g_assert_nonnull (peek);
  tooltip = gtk_widget_get_tooltip_text (peek);
  g_assert_nonnull (tooltip);
  g_assert_cmpstr (tooltip, !=, "");
  differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (peek), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip);
  g_assert_null (differs);
  /* kept as what it does changes */
  gtk_widget_set_tooltip_text (peek, "Hide Text");
  hidden_differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (peek), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                       "Hide Text");
  g_assert_null (hidden_differs);
  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  PxPreferencesWindow *preferences;
  PxSourceColumn *column;
  GtkTextBuffer *buffer;
  double scale;

  open_demo (fixture);
  column = px_story_view_get_column (fixture->view, 0);
  buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  g_assert_true (tag_has_background (column, "px-number"));

  preferences = px_preferences_window_new (GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (preferences));

  /* Everything but numbers. */
  g_settings_set_flags (settings, "highlight-kinds", 0x3e);
  g_assert_false (tag_has_background (column, "px-number"));
  g_assert_true (tag_has_background (column, "px-hedging"));
  g_settings_set_double (settings, "text-scale", 1.5);
  g_object_get (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "px-body"), "scale", &scale, NULL);
  g_assert_cmpfloat_with_epsilon (scale, 1.5, 0.001);
  /* the size is shown as a percentage, and typed as one */
  {
    GtkWidget *spin = find_widget (GTK_WIDGET (preferences), is_spin_showing, "150%");

    g_assert_nonnull (spin);
    gtk_editable_set_text (GTK_EDITABLE (spin), "125 %");
    gtk_spin_button_update (GTK_SPIN_BUTTON (spin));
    g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.25, 0.001);
  }

  g_settings_reset (settings, "highlight-kinds");
  g_settings_reset (settings, "text-scale");
  g_assert_true (tag_has_background (column, "px-number"));
  gtk_window_destroy (GTK_WINDOW (preferences));

  /* What the window writes as the user works (the story opened, its size)
   * is not applied to the columns again: that restyles every one.
   */
  {
    guint n_restyled = 0;
    gulong handler = g_signal_connect (gtk_text_buffer_get_tag_table (buffer), "tag-changed",
                                       G_CALLBACK (tag_changed_cb), &n_restyled);

    g_settings_set_int64 (settings, "last-story", g_settings_get_int64 (settings, "last-story") + 1000);
    g_settings_set_int (settings, "window-width", 900);
    g_assert_cmpuint (n_restyled, ==, 0);
    g_settings_set_double (settings, "text-scale", 1.25);
    g_assert_cmpuint (n_restyled, >, 0);
    g_signal_handler_disconnect (gtk_text_buffer_get_tag_table (buffer), handler);
    g_settings_reset (settings, "last-story");
    g_settings_reset (settings, "window-width");
    g_settings_reset (settings, "text-scale");
  }
}

/* Pasted text is a source like any other. */
static void
test_paste_text (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *text = NULL;
  PxSourceColumn *column;

  px_window_add_text (fixture->window,
                      "The ferry returned to port after a fault in its steering.\n\n"
                      "All 212 passengers were taken off safely, the operator said.", NULL);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 1);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the pasted text", WAIT_SECONDS);
  column = px_story_view_get_column (fixture->view, 0);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
  text = column_text (column);
  g_assert_nonnull (strstr (text, "All 212 passengers"));
  /* Nothing to fetch again: the action is off and the text stays. */
  gtk_widget_activate_action (GTK_WIDGET (column), "column.refetch", NULL);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
  /* Unnamed, it is "Pasted Text" in its header and in the article the
   * comparison and the exports read.
   */
  g_assert_cmpstr (px_source_column_get_outlet (column), ==, "Pasted Text");
  g_assert_cmpstr (px_source_column_get_article (column)->outlet, ==, "Pasted Text");

  /* Named, the name is used everywhere. */
  px_window_add_text (fixture->window,
                      "The ferry was back in service on Monday, the operator said.\n\n"
                      "About 200 passengers had been taken off, it added.", "Harbour Gazette");
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the named pasted text", WAIT_SECONDS);
  column = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpstr (px_source_column_get_outlet (column), ==, "Harbour Gazette");
  g_assert_cmpstr (px_source_column_get_article (column)->outlet, ==, "Harbour Gazette");
}

/* Every label under @widget, with what it says. A tooltip (shown where
 * the pointer happens to rest) puts a difference and how sure Parallax
 * is on lines of their own; anything else is one line.
 */
static void
assert_labels_safe_in (GtkWidget *widget,
                       gboolean   tooltip)
{
  tooltip |= g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkTooltipWindow");
  if (GTK_IS_LABEL (widget))
    {
      const char *label = gtk_label_get_label (GTK_LABEL (widget));

      g_assert_null (strstr (label, "\u202e"));
      g_assert_null (strchr (label, '\x1b'));
      if (!tooltip)
        g_assert_null (strchr (label, '\n'));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_labels_safe_in (child, tooltip);
}

static void
assert_labels_safe (GtkWidget *widget)
{
  assert_labels_safe_in (widget, FALSE);
}

/* A failed address's column says what it is, its site, and its address
 * whole (the last piece of its path had headed it: "0" for
 * http://host/onward/0), and why it failed; an address whose path carries
 * a terminal escape and a direction override, percent-encoded, shows
 * neither acting. A page that loads there is named as before (its
 * address's last piece, when the page names no outlet).
 */
static void
test_failed_address_named (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GUri) base = g_uri_parse (fixture->base, G_URI_FLAGS_NONE, NULL);
  g_autofree char *host = g_strdup_printf ("%s:%d", g_uri_get_host (base), g_uri_get_port (base));
  g_autofree char *onward = g_strconcat (fixture->base, "onward/0", NULL);
  g_autofree char *hostile = g_strconcat (fixture->base, "news/%1B%5B31m%E2%80%AEgpj.exe", NULL);
  g_autofree char *notes = g_strconcat (fixture->base, "notes.txt", NULL);
  const char *inputs[] = { onward, hostile, notes, NULL };
  PxSourceColumn *column;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the three addresses", WAIT_SECONDS);

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *shown = NULL;

      column = px_story_view_get_column (fixture->view, i);
      g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_FAILED);
      g_test_message ("column %u: %s, %s", i, px_source_column_get_name (column),
                      px_source_column_get_error_message (column));
      /* its site, numbered after the first column of the same */
      shown = i == 0 ? g_strdup (host) : g_strdup_printf ("%s (2)", host);
      g_assert_cmpstr (px_source_column_get_name (column), ==, shown);
      g_assert_nonnull (find_widget (GTK_WIDGET (column), is_visible_label_reading, shown));
      g_assert_nonnull (strstr (px_source_column_get_error_message (column), "404"));
    }
  /* the address whole under the site, and in why it failed */
  column = px_story_view_get_column (fixture->view, 0);
  g_assert_nonnull (find_widget (GTK_WIDGET (column), is_visible_label_reading, onward));
  g_assert_nonnull (find_widget (GTK_WIDGET (column), is_visible_label_with, "onward/0: "));
  assert_labels_safe (GTK_WIDGET (fixture->window));

  column = px_story_view_get_column (fixture->view, 2);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
  g_assert_cmpstr (px_source_column_get_outlet (column), ==, "notes");
}

/* A long outlet's name and a long headline are cut to the column, and
 * each is whole in its tooltip.
 */
static void
test_long_names_whole (Fixture       *fixture,
                       gconstpointer  user_data)
{
  const char *outlet = "The Northern Evening Chronicle and Advertiser of Greater Manchester and District";
  const char *headline = "Council says the harbour bridge will stay closed to lorries until the spring while "
                          "engineers study the cracks found in two of its piers during the autumn inspection";
  g_autofree char *html = g_strdup_printf ("<html><head><title>%s</title>"
                                           "<meta property=\"og:site_name\" content=\"%s\"></head>"
                                           "<body><article><h1>%s</h1><p>The harbour bridge will stay closed "
                                           "to lorries until the spring, the council said on Tuesday.</p>"
                                           "</article></body></html>", headline, outlet, headline);
  g_autofree char *page = write_file (fixture, "long.html", html);
  const char *inputs[] = { page, NULL };
  GtkWidget *column;
  const char *texts[] = { outlet, headline };

  /* the column about 400 pixels wide */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 700, 800);
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the page", WAIT_SECONDS);
  column = GTK_WIDGET (px_story_view_get_column (fixture->view, 0));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkWidget *label = find_widget (column, is_mapped_label_with, texts[i]);

      g_assert_nonnull (label);
      g_test_message ("%u: %d pixels wide", i, gtk_widget_get_width (label));
      g_assert_true (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
      g_assert_true (gtk_widget_get_has_tooltip (label));
    }
}

/* A page of the Harbour Gazette on the bridge's collapse. */
static char *
gazette_page (const char *headline,
              const char *hurt)
{
  return g_strdup_printf ("<html><head><title>Bridge collapse: %s</title>"
                          "<meta property=\"og:site_name\" content=\"Harbour Gazette\"></head><body><article>"
                          "<h1>Bridge collapse: %s</h1><p>The council said %s people were hurt when the old harbour "
                          "bridge collapsed on Monday morning.</p><p>The bridge had been closed to lorries since "
                          "the spring.</p></article></body></html>", headline, headline, hurt);
}

/* Two pages of one outlet are told apart: the second's column and the
 * summaries call it "Harbour Gazette (2)".
 */
static void
test_same_outlet_told_apart (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autofree char *first_html = gazette_page ("twelve hurt", "12");
  g_autofree char *second_html = gazette_page ("forty hurt", "40");
  g_autofree char *first = write_file (fixture, "first.html", first_html);
  g_autofree char *second = write_file (fixture, "second.html", second_html);
  const char *inputs[] = { first, second, NULL };
  GListModel *claims;
  g_autoptr(PxClaimItem) claim = NULL;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the two pages", WAIT_SECONDS);
  g_assert_true (find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, 0)), is_visible_label_reading, "Harbour Gazette") != NULL);
  g_assert_true (find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, 1)), is_visible_label_reading, "Harbour Gazette (2)") != NULL);
  claims = px_story_view_get_claims (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (claims), >, 0);
  claim = g_list_model_get_item (claims, 0);
  g_assert_cmpstr (px_claim_item_get_outlet (claim, 0), ==, "Harbour Gazette");
  g_assert_cmpstr (px_claim_item_get_outlet (claim, 1), ==, "Harbour Gazette (2)");
}

/* An outlet's name and a headline are shown on one line, their terminal
 * escapes and direction overrides kept from acting on the window.
 */
static void
test_hostile_names (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *page = write_file (fixture, "hostile.html",
                                      "<html><head><title>Rates \u202egnp.exe\x1b[2J held\nsteady</title>"
                                      "<meta property=\"og:site_name\" content=\"Daily\u202e Gazette\x1b]0;x\x07\">"
                                      "<meta name=\"author\" content=\"هيئة التحرير\">"
                                      "<meta property=\"article:published_time\" content=\"2025-12-29T10:00:00Z\">"
                                      "</head><body><article><h1>Rates \u202egnp.exe\x1b[2J held</h1>"
                                      "<p>The central bank held its rate at 4.75% on Thursday, the third pause "
                                      "in a row, and said inflation was easing.</p></article></body></html>");
  const char *inputs[] = { page, NULL };
  PxSourceColumn *column;

  px_window_add_text (fixture->window, "The bank held rates.\n\nInflation eased, it said.",
                      "Evil\u202e txt.exe\x1b[31m");
  px_window_add_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the hostile sources", WAIT_SECONDS);
  column = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
  /* The article keeps what the page said; the window shows it tamed. */
  g_assert_nonnull (strstr (px_source_column_get_outlet (px_story_view_get_column (fixture->view, 0)), "\u202e"));
  assert_labels_safe (GTK_WIDGET (fixture->window));
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), "\u202e"));
  /* An escape sequence is left out whole, not its controls alone. */
  g_assert_true (find_widget (GTK_WIDGET (column), is_visible_label_reading, "Daily Gazette") != NULL);
  g_assert_false (find_widget (GTK_WIDGET (fixture->window), is_visible_label_with, "]0;") != NULL);
  /* A right-to-left byline is isolated in a line that keeps the window's
   * direction, so the date after it reads in order. */
  {
    GtkWidget *meta = find_widget (GTK_WIDGET (column), is_mapped_label_with, "هيئة التحرير");

    g_assert_nonnull (meta);
    g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (meta)), "\u200E\u2068هيئة التحرير\u2069 · "));
  }
}

static gboolean
is_menu_button (GtkWidget  *widget,
                const char *unused)
{
  return GTK_IS_MENU_BUTTON (widget);
}

/* Whether the menu of @column shows an item reading @label. */
static gboolean
column_menu_offers (PxSourceColumn *column,
                    const char     *label)
{
  GtkWidget *button = find_widget (GTK_WIDGET (column), is_menu_button, NULL);
  GtkWidget *popover;
  gboolean found;

  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  for (gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 5; g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, FALSE);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_nonnull (popover);
  found = find_widget (popover, is_mapped_label_reading, label) != NULL;
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  return found;
}

/* TRUE once every source of the story shown is in the library. */
static gboolean
sources_stored (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GPtrArray) sources = px_library_list_sources (PX_LIBRARY (fixture->store),
                                                          px_window_get_story_id (fixture->window), NULL);

  return sources != NULL && sources->len == px_story_view_get_n_columns (fixture->view);
}

/* The labels of the story's comparison (the summaries' and the claims
 * table's names of its sources) between bars: "|02|03|".
 */
static char *
comparison_labels (Fixture *fixture)
{
  PxComparison *comparison = px_session_get_comparison (fixture->window->session);
  GString *labels = g_string_new ("|");

  for (guint i = 0; i < px_comparison_get_n_sources (comparison); i++)
    g_string_append_printf (labels, "%s|", px_comparison_get_source_label (comparison, i));
  return g_string_free (labels, FALSE);
}

/* Pages and texts that name no outlet, opened from files, are named by
 * their files' names, which the reader knows them by: three such files had
 * been "Unknown Outlet", "Unknown Outlet (2)" and "(3)", which no one could
 * tell apart. The columns, the claims table, the summaries and the reports
 * all say so. Two files of one name from two folders are told apart by
 * their folders, "morning/index" and "evening/index" (they had been
 * "index" and "index (2)").
 */
static void
test_unnamed_outlet (Fixture       *fixture,
                     gconstpointer  user_data)
{
  const char *body = "<body><article><h1>Tiger escaped over a low wall, zoo says</h1>"
                     "<p>The tiger climbed a wall that was four feet lower than the standard, the zoo's "
                     "director said on Friday.</p><p>Two visitors were hurt before police shot the animal.</p>"
                     "</article></body></html>";
  g_autofree char *html = g_strconcat ("<html><head></head>", body, NULL);
  g_autofree char *morning_dir = g_build_filename (fixture->tmpdir, "morning", NULL);
  g_autofree char *evening_dir = g_build_filename (fixture->tmpdir, "evening", NULL);
  g_autofree char *id = write_file (fixture, "91D80EA7.html", html);
  g_autofree char *second = write_file (fixture, "02.txt",
                                        "The tiger climbed a wall that was four feet lower than the standard, "
                                        "the director said.\n\nPolice shot the animal on Friday.\n");
  g_autofree char *third = write_file (fixture, "03.txt",
                                       "A tiger got out of its enclosure on Friday, the zoo said.\n\n"
                                       "Police shot the animal after two visitors were hurt.\n");
  g_autofree char *morning = NULL;
  g_autofree char *evening = NULL;
  g_autofree char *labels = NULL;
  g_autofree char *markdown = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "91D80EA7", "02", "03", "morning/index", "evening/index" };
  const char *inputs[6] = { id, second, third, NULL, NULL, NULL };

  g_assert_cmpint (g_mkdir (morning_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (evening_dir, 0700), ==, 0);
  morning = write_file (fixture, "morning/index.html", html);
  evening = write_file (fixture, "evening/index.html", html);
  inputs[3] = morning;
  inputs[4] = evening;
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the files", WAIT_SECONDS);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      PxSourceColumn *column = px_story_view_get_column (fixture->view, i);

      g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
      g_assert_nonnull (find_widget (GTK_WIDGET (column), is_mapped_label_reading, names[i]));
    }
  g_assert_cmpstr (px_source_column_get_outlet (px_story_view_get_column (fixture->view, 0)), ==, "91D80EA7");
  g_assert_false (find_widget (GTK_WIDGET (fixture->window), is_visible_label_with, "Unknown Outlet") != NULL);
  g_assert_false (find_widget (GTK_WIDGET (fixture->window), is_visible_label_with, "02 (") != NULL);
  g_assert_false (find_widget (GTK_WIDGET (fixture->window), is_visible_label_with, "index (2)") != NULL);

  /* the summaries and the claims table's columns */
  labels = comparison_labels (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *label = g_strdup_printf ("|%s|", names[i]);

      g_assert_nonnull (strstr (labels, label));
    }

  /* the library keeps the names, and the report gives them */
  px_ui_test_wait_for (sources_stored, fixture, "the sources in the library", WAIT_SECONDS);
  markdown = px_export_story (PX_LIBRARY (fixture->store), px_window_get_story_id (fixture->window),
                              PX_EXPORT_FORMAT_MARKDOWN, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_nonnull (strstr (markdown, names[i]));
  g_assert_null (strstr (markdown, "Unknown Outlet"));

  /* a file is read again, not fetched (its menu had said Fetch Again) */
  g_assert_true (column_menu_offers (px_story_view_get_column (fixture->view, 0), "Read Again"));
  g_assert_false (column_menu_offers (px_story_view_get_column (fixture->view, 0), "Fetch Again"));
}

/* A file's name is the reader's, but a file may come from anywhere: a
 * name with a terminal escape and a right-to-left override (which shows
 * the rest of the name backwards, "lmth.exe" as "exe.html") names its
 * column without them, in the window, the library and the reports.
 */
static void
test_hostile_file_name (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *hostile = write_file (fixture, "Gazette\x1b[31m\u202elmth.exe.txt",
                                         "The tiger climbed a wall that was four feet lower than the standard, "
                                         "the director said.\n\nPolice shot the animal on Friday.\n");
  g_autofree char *plain = write_file (fixture, "valley-courier.txt",
                                       "A tiger got out of its enclosure on Friday, the zoo said.\n\n"
                                       "Police shot the animal after two visitors were hurt.\n");
  g_autoptr(GPtrArray) sources = NULL;
  g_autofree char *markdown = NULL;
  g_autoptr(GError) error = NULL;
  const char *inputs[] = { hostile, plain, NULL };
  const char *outlet;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the files", WAIT_SECONDS);
  outlet = px_source_column_get_outlet (px_story_view_get_column (fixture->view, 0));
  g_assert_cmpstr (outlet, ==, "Gazettelmth.exe");
  assert_labels_safe (GTK_WIDGET (fixture->window));

  px_ui_test_wait_for (sources_stored, fixture, "the sources in the library", WAIT_SECONDS);
  sources = px_library_list_sources (PX_LIBRARY (fixture->store), px_window_get_story_id (fixture->window), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((PxSourceRecord *) sources->pdata[0])->outlet, ==, "Gazettelmth.exe");
  markdown = px_export_story (PX_LIBRARY (fixture->store), px_window_get_story_id (fixture->window),
                              PX_EXPORT_FORMAT_MARKDOWN, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (strchr (markdown, '\x1b'));
  /* the file's path too (it had kept the override) */
  g_assert_null (strstr (markdown, "\u202e"));
  g_assert_nonnull (strstr (markdown, "Gazettelmth.exe"));
}

static gboolean
is_toast_label (GtkWidget  *widget,
                const char *part)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY) != NULL
         && strstr (gtk_label_get_text (GTK_LABEL (widget)), part) != NULL;
}

static gboolean
toast_shown (gpointer data)
{
  Fixture *fixture = data;

  return find_widget (GTK_WIDGET (fixture->window), is_toast_label, "removed") != NULL;
}

/* A toast naming a source or a story whose name is written right to left
 * reads in the window's direction, the name isolated in it, and without
 * what a hostile page put in its name (it had read "removed الجزيرة نت",
 * right to left, and the rename toast had carried a page's escapes and
 * overrides as they were).
 */
static void
test_toast_names (Fixture       *fixture,
                  gconstpointer  user_data)
{
  const char *body = "<body><article><h1>Bank holds rates</h1><p>The central bank held its rate at 4.75% on "
                     "Thursday, the third pause in a row.</p><p>Markets had expected a cut, analysts said.</p>"
                     "</article></body></html>";
  g_autofree char *rtl_html = g_strconcat ("<html><head><meta property=\"og:site_name\" content=\"الجزيرة\u202e نت"
                                           "\x1b]0;x\x07\"></head>", body, NULL);
  g_autofree char *other_html = g_strconcat ("<html><head><meta property=\"og:site_name\" content=\"Harbour "
                                             "Gazette\"></head>", body, NULL);
  g_autofree char *rtl = write_file (fixture, "rtl.html", rtl_html);
  g_autofree char *other = write_file (fixture, "other.html", other_html);
  const char *inputs[] = { rtl, other, NULL };
  g_autoptr(AdwToast) plain = g_object_ref_sink (px_toast_new ("\u2068الجزيرة نت\u2069 removed"));
  g_autofree char *shown = NULL;
  GtkWidget *label;
  const char *text;

  /* the window's direction first */
  g_assert_true (pango_parse_markup (adw_toast_get_title (plain), -1, 0, NULL, &shown, NULL, NULL));
  g_assert_cmpstr (shown, ==, "\u200E\u2068الجزيرة نت\u2069 removed");

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the pages", WAIT_SECONDS);
  g_signal_emit_by_name (fixture->view, "remove-source",
                         px_source_column_get_source (px_story_view_get_column (fixture->view, 0)));
  px_ui_test_wait_for (toast_shown, fixture, "the toast", WAIT_SECONDS);
  label = find_widget (GTK_WIDGET (fixture->window), is_toast_label, "removed");
  text = gtk_label_get_text (GTK_LABEL (label));
  g_assert_cmpstr (text, ==, "\u200E\u2068الجزيرة نت\u2069 removed");
  /* the line as the label lays it out reads left to right */
  g_assert_cmpint (pango_layout_line_get_resolved_direction (
                     pango_layout_get_line_readonly (gtk_label_get_layout (GTK_LABEL (label)), 0)),
                   ==, PANGO_DIRECTION_LTR);
}

/* A column that failed is told apart from a loaded one of the same outlet
 * (both had said "notes": a page served from a machine's address is named
 * by its file, and so is a file), as two loaded ones are: by its folder,
 * "missing/notes" (numbered "notes (2)" before folders told files of one
 * name apart); also when the loaded one is alone, with nothing compared
 * (@user_data FALSE). (A failed address is named by its site since
 * window37: the failed source here is a file.)
 */
static void
test_failed_source_numbered (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autofree char *file = write_file (fixture, "one.txt", "The harbour lanterns drew 40,000 people on Saturday night.\n\n"
                                      "Organisers said the festival raised money for the lifeboat station.");
  g_autofree char *notes = g_strconcat (fixture->base, "notes.txt", NULL);
  g_autofree char *missing = g_build_filename (fixture->tmpdir, "missing", "notes.txt", NULL);
  const char *inputs[] = { notes, missing, GPOINTER_TO_INT (user_data) ? file : NULL, NULL };
  PxSourceColumn *failed;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the sources to settle", WAIT_SECONDS);
  g_assert_cmpint (px_source_column_get_state (px_story_view_get_column (fixture->view, 0)), ==,
                   PX_SOURCE_COLUMN_READY);
  g_assert_cmpstr (px_source_column_get_outlet (px_story_view_get_column (fixture->view, 0)), ==, "notes");
  failed = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpint (px_source_column_get_state (failed), ==, PX_SOURCE_COLUMN_FAILED);
  g_assert_cmpstr (px_source_column_get_outlet (failed), ==, "notes");
  g_assert_nonnull (find_widget (GTK_WIDGET (failed), is_mapped_label_reading, "missing/notes"));
  g_assert_nonnull (find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, 0)), is_mapped_label_reading,
                                 "notes"));
  /* a page is fetched again */
  g_assert_true (column_menu_offers (px_story_view_get_column (fixture->view, 0), "Fetch Again"));
  g_assert_false (column_menu_offers (px_story_view_get_column (fixture->view, 0), "Read Again"));
}

/* A file that is not UTF-8 and names no encoding is read as
 * Windows-1252, and its column says so under the header, with the file's
 * name; a UTF-8 file, or a page that names another encoding, says nothing;
 * UTF-8 with a broken byte says how many characters are shown as U+FFFD.
 */
static void
test_charset_note (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *latin = write_file (fixture, "caf\xc3\xa9.txt",
                                       "Caf\xe9 owners say prices rose\n\n"
                                       "The caf\xe9 on the square raised its prices by 5% on Monday, "
                                       "its owner said.\n");
  g_autofree char *utf8 = write_file (fixture, "plain.txt",
                                      "Caf\xc3\xa9 owners say prices rose\n\n"
                                      "The caf\xc3\xa9 on the square raised its prices by 5% on Monday, "
                                      "its owner said.\n");
  g_autofree char *declared = write_file (fixture, "declared.html",
                                          "<html><head><meta charset=\"iso-8859-2\">"
                                          "<title>Caf\xe9 prices</title></head><body><article><p>The caf\xe9 "
                                          "on the square raised its prices by 5% on Monday.</p></article>"
                                          "</body></html>");
  g_autofree char *damaged = write_file (fixture, "damaged.txt",
                                         "Caf\xc3\xa9 owners say prices rose\n\n"
                                         "The caf\xc3\xa9 on the square raised its prices by 5\xff on Monday, "
                                         "its owner said; the caf\xc3\xa9s nearby did not. Cr\xc3\xa8me "
                                         "br\xc3\xbbl\xc3\xa9" "e went up most.\n");
  /* UTF-8 bytes under a label naming Latin-1: the bytes decide */
  g_autofree char *labelled = write_file (fixture, "labelled.html",
                                          "<html><head><meta charset=\"iso-8859-1\">"
                                          "<title>Caf\xc3\xa9 prices</title></head><body><article><p>The "
                                          "caf\xc3\xa9 on the square raised its prices by 5% on Monday.</p>"
                                          "</article></body></html>");
  const char *inputs[] = { latin, utf8, declared, damaged, labelled, NULL };
  const char *label_wrong = "labelled.html: wrong encoding label, read as UTF-8";
  PxSourceColumn *column;
  GtkWidget *note;
  g_autofree char *text = NULL;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the five files", WAIT_SECONDS);
  column = px_story_view_get_column (fixture->view, 0);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
  text = column_text (column);
  g_assert_nonnull (strstr (text, "caf\xc3\xa9 on the square"));
  note = find_widget (GTK_WIDGET (column), is_mapped_label_reading, "caf\xc3\xa9.txt is not UTF-8: read as Windows-1252");
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (note), "Windows-1252"));

  for (guint i = 1; i < 3; i++)
    {
      column = px_story_view_get_column (fixture->view, i);
      g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
      g_assert_null (find_widget (GTK_WIDGET (column), is_mapped_label_with, "not UTF-8"));
      g_assert_null (find_widget (GTK_WIDGET (column), is_mapped_label_with, "broken"));
    }

  /* UTF-8 with one broken byte: read as UTF-8, the byte said */
  column = px_story_view_get_column (fixture->view, 3);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
  g_clear_pointer (&text, g_free);
  text = column_text (column);
  g_assert_nonnull (strstr (text, "Cr\xc3\xa8me br\xc3\xbbl\xc3\xa9" "e"));
  g_assert_nonnull (find_widget (GTK_WIDGET (column), is_mapped_label_reading, "damaged.txt: 1 broken character, shown as \xef\xbf\xbd"));
  g_assert_null (find_widget (GTK_WIDGET (column), is_mapped_label_with, "not UTF-8"));
  for (guint i = 0; i < 4; i++)
    g_assert_null (find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, i)), is_mapped_label_with,
                                "encoding label"));

  /* a label the bytes proved wrong is said, the letters as written */
  column = px_story_view_get_column (fixture->view, 4);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
  g_clear_pointer (&text, g_free);
  text = column_text (column);
  g_assert_nonnull (strstr (text, "caf\xc3\xa9 on the square"));
  note = find_widget (GTK_WIDGET (column), is_mapped_label_reading, label_wrong);
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (note), "its bytes are UTF-8"));

  /* Opened again from the library, each column says the same: the
   * article carries how it was read, and the library keeps it.
   */
  restart_with_story (fixture, px_window_get_story_id (fixture->window), 5);
  column = px_story_view_get_column (fixture->view, 0);
  g_assert_null (px_source_column_get_snapshot (column));
  g_assert_nonnull (find_widget (GTK_WIDGET (column), is_mapped_label_reading,
                                 "caf\xc3\xa9.txt is not UTF-8: read as Windows-1252"));
  for (guint i = 1; i < 3; i++)
    {
      column = px_story_view_get_column (fixture->view, i);
      g_assert_null (find_widget (GTK_WIDGET (column), is_mapped_label_with, "not UTF-8"));
      g_assert_null (find_widget (GTK_WIDGET (column), is_mapped_label_with, "broken"));
    }
  column = px_story_view_get_column (fixture->view, 3);
  g_assert_nonnull (find_widget (GTK_WIDGET (column), is_mapped_label_reading,
                                 "damaged.txt: 1 broken character, shown as \xef\xbf\xbd"));
  g_assert_nonnull (find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, 4)), is_mapped_label_reading,
                                 label_wrong));
}

/* A page that says when it last changed has it said in its column's
 * header after the date, as briefly as that date allows, also when the
 * story is opened again from the library; one that says nothing, nothing.
 */
static void
test_updated_in_header (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *updated = write_file (fixture, "updated.html",
                                         "<html><head><title>Council approves bridge repairs</title>"
                                         "<meta property=\"article:published_time\" content=\"2026-03-06T08:00:00\">"
                                         "<meta property=\"article:modified_time\" content=\"2026-03-06T09:15:00\">"
                                         "</head><body><article><p>The council approved the bridge repairs on "
                                         "Thursday, its chair said.</p><p>Work starts in May and should take "
                                         "six weeks, the council said.</p></article></body></html>");
  g_autofree char *plain = write_file (fixture, "plain.html",
                                       "<html><head><title>Bridge repairs approved</title>"
                                       "<meta property=\"article:published_time\" content=\"2026-03-06T08:00:00\">"
                                       "</head><body><article><p>The council approved the bridge repairs on "
                                       "Thursday.</p><p>Work starts in May, the council said.</p></article>"
                                       "</body></html>");
  const char *inputs[] = { updated, plain, NULL };
  /* the update one unit, never cut after "Updated"; the date one too,
   * never cut after the day ("29 / December 2007" at 700 pixels) */
  const char *shown = "6\u00a0March\u00a02026, 08:00 \u00b7 Updated\u00a009:15";

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the two pages", WAIT_SECONDS);
  g_assert_nonnull (find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, 0)), is_mapped_label_with,
                                 shown));
  g_assert_nonnull (find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, 1)), is_mapped_label_with,
                                 "6\u00a0March\u00a02026, 08:00"));
  g_assert_null (find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, 1)), is_mapped_label_with,
                              "Updated"));

  restart_with_story (fixture, px_window_get_story_id (fixture->window), 2);
  g_assert_nonnull (find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, 0)), is_mapped_label_with,
                                 shown));
  g_assert_null (find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, 1)), is_mapped_label_with,
                              "Updated"));
}

/* Columns share the width equally whatever their headlines, so the
 * headers, one height across the columns, end on one line: at 700
 * pixels a long headline had made its column 16 pixels wider than the
 * next, and the narrower one's header a line too tall.
 */
static void
test_columns_equal (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *long_title = write_file (fixture, "long.html",
                                            "<html><head><title>More sailings, fewer wrecks mark 2007 as a calm "
                                            "year for ferry safety</title></head><body><article><p>Last year "
                                            "was among the calmest on record for ferry crossings, a watchdog said.</p>"
                                            "</article></body></html>");
  g_autofree char *short_title = write_file (fixture, "short.html",
                                             "<html><head><title>Ferry deaths down</title>"
                                             "<meta property=\"article:published_time\" content=\"2008-01-02T08:21:00\">"
                                             "<meta property=\"article:modified_time\" content=\"2008-01-02T08:27:00\">"
                                             "</head><body><article><p>There were 136 serious accidents in 2007, the "
                                             "watchdog said.</p></article></body></html>");
  const char *inputs[] = { long_title, short_title, NULL };
  PxSourceColumn *first, *second;
  double first_end, second_end, x;

  g_settings_set_boolean (settings, "show-claims-panel", FALSE);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 700, 800);
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the two pages", WAIT_SECONDS);
  wait_a_while (300);

  first = px_story_view_get_column (fixture->view, 0);
  second = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 720);
  g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (first)) - gtk_widget_get_width (GTK_WIDGET (second))), <=, 1);
  g_assert_true (gtk_widget_translate_coordinates (px_source_column_get_header (first), GTK_WIDGET (fixture->window), 0,
                                                   gtk_widget_get_height (px_source_column_get_header (first)), &x,
                                                   &first_end));
  g_assert_true (gtk_widget_translate_coordinates (px_source_column_get_header (second), GTK_WIDGET (fixture->window), 0,
                                                   gtk_widget_get_height (px_source_column_get_header (second)), &x,
                                                   &second_end));
  g_assert_cmpfloat (first_end, ==, second_end);

  /* a column dragged wider keeps the width it was given */
  gtk_widget_set_size_request (GTK_WIDGET (first), 420, -1);
  wait_a_while (300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (first)), >=, 420);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (second)), >=, 240);
  g_settings_reset (settings, "show-claims-panel");
}

/* Bottom of @column's header, in the window's coordinates. */
static double
header_end (Fixture        *fixture,
            PxSourceColumn *column)
{
  GtkWidget *header = px_source_column_get_header (column);
  double x, y;

  g_assert_true (gtk_widget_translate_coordinates (header, GTK_WIDGET (fixture->window), 0,
                                                   gtk_widget_get_height (header), &x, &y));
  return y;
}

/* The headers above a lede line up, so the ledes start on one line; a
 * plain text's header (its headline is its text's first line) and a failed
 * column's are only as tall as what they show. A text column had been as
 * tall as a failed page's outlet, headline and dates: 100 pixels empty
 * above the text in a narrow window.
 */
static void
test_header_own_height (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *text = write_file (fixture, "harbour-notes.txt",
                                      "Harbour dredging starts\n\nDredging of the inner harbour started on "
                                      "Tuesday, the port authority said.\n\nThe work will take six weeks.\n");
  g_autofree char *long_page = write_file (fixture, "port-gazette.html",
                                           "<html><head><title>Dredging of the inner harbour begins as the port "
                                           "authority promises six weeks of work and no closures</title>"
                                           "<meta name=\"author\" content=\"Ines Marlow\">"
                                           "<meta property=\"article:published_time\" content=\"2026-11-03T09:10:00\">"
                                           "</head><body><article><p>Dredging of the inner harbour started on Tuesday, "
                                           "the port authority said.</p><p>The work will take six weeks.</p></article>"
                                           "</body></html>");
  g_autofree char *short_page = write_file (fixture, "quay.html",
                                            "<html><head><title>Dredging begins</title></head><body><article><p>"
                                            "Dredging started in the inner harbour on Tuesday.</p></article></body></html>");
  g_autofree char *empty = write_file (fixture, "empty.html", "");
  const char *inputs[] = { text, long_page, short_page, empty, NULL };
  PxSourceColumn *text_column, *long_column, *short_column, *failed_column;

  g_settings_set_boolean (settings, "show-claims-panel", FALSE);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the four sources", WAIT_SECONDS);
  wait_a_while (300);

  text_column = px_story_view_get_column (fixture->view, 0);
  long_column = px_story_view_get_column (fixture->view, 1);
  short_column = px_story_view_get_column (fixture->view, 2);
  failed_column = px_story_view_get_column (fixture->view, 3);
  g_assert_cmpint (px_source_column_get_state (text_column), ==, PX_SOURCE_COLUMN_READY);
  g_assert_cmpint (px_source_column_get_state (failed_column), ==, PX_SOURCE_COLUMN_FAILED);
  g_test_message ("headers: text %d, long page %d, short page %d, failed %d pixels",
                  gtk_widget_get_height (px_source_column_get_header (text_column)),
                  gtk_widget_get_height (px_source_column_get_header (long_column)),
                  gtk_widget_get_height (px_source_column_get_header (short_column)),
                  gtk_widget_get_height (px_source_column_get_header (failed_column)));

  /* the pages' ledes start on one line */
  g_assert_cmpfloat (header_end (fixture, long_column), ==, header_end (fixture, short_column));
  /* the text's header and the failed one's are their own height, well
   * under the pages' (the text's: its outlet's line) */
  g_assert_cmpfloat (header_end (fixture, text_column), <, header_end (fixture, long_column) - 40);
  g_assert_cmpfloat (header_end (fixture, failed_column), <, header_end (fixture, long_column) - 20);
  g_assert_cmpint (gtk_widget_get_height (px_source_column_get_header (text_column)), <,
                   gtk_widget_get_height (px_source_column_get_header (failed_column)));

  g_settings_reset (settings, "show-claims-panel");
}

/* A file that could not be read is named in its column by its name (the
 * whole path in the tooltip), escapes and direction overrides left out,
 * in the header and in why it failed.
 */
static void
test_failed_file_named (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *folder = g_build_filename (fixture->tmpdir, "saved", "pages", NULL);
  g_autofree char *empty = NULL;
  g_autofree char *hostile = NULL;
  const char *inputs[3];
  PxSourceColumn *column;
  GtkWidget *title;
  const char *tooltip;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  empty = g_build_filename (folder, "empty.txt", NULL);
  hostile = g_build_filename (folder, "rates\u202egnp.\x1b[2Jtxt", NULL);
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (g_file_set_contents (hostile, "", 0, NULL));
  inputs[0] = empty;
  inputs[1] = hostile;
  inputs[2] = NULL;
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the empty files", WAIT_SECONDS);

  column = px_story_view_get_column (fixture->view, 0);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_FAILED);
  title = find_widget (GTK_WIDGET (column), is_mapped_label_reading, "empty.txt");
  g_assert_nonnull (title);
  tooltip = gtk_widget_get_tooltip_text (title);
  g_assert_cmpstr (tooltip, ==, empty);
  /* the folders are in the tooltip only */
  g_assert_null (find_widget (GTK_WIDGET (column), is_mapped_label_with, folder));
  g_assert_nonnull (find_widget (GTK_WIDGET (column), is_mapped_label_with, "empty.txt is empty"));

  column = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_FAILED);
  g_assert_nonnull (find_widget (GTK_WIDGET (column), is_mapped_label_reading, "ratesgnp.txt"));
  assert_labels_safe (GTK_WIDGET (fixture->window));
  title = find_widget (GTK_WIDGET (column), is_mapped_label_reading, "ratesgnp.txt");
  g_assert_null (strstr (gtk_widget_get_tooltip_text (title), "\u202e"));
  g_assert_null (strchr (gtk_widget_get_tooltip_text (title), '\x1b'));
}

/* Why a file could not be read is said in the user's language (meson
 * runs this in German, Ukrainian and Russian too): the extraction's reasons, which
 * are English for the CLI, in the window's own translated words.
 */
static void
test_errors_translated (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *empty = write_file (fixture, "empty.txt", "");
  g_autofree char *binary = write_file (fixture, "photo.txt", "\x89PNG\r\n\x1a\n\x01\x02\x03");
  g_autofree char *bare = write_file (fixture, "bare.html", "<html><head></head><body></body></html>");
  g_autofree char *wall = write_file (fixture, "wall.html",
                                      "<html><head><meta property=\"og:title\" content=\"Harbour bridge to close\">"
                                      "<meta property=\"og:site_name\" content=\"Example Times\"></head>"
                                      "<body><div class=\"paywall\"><button>Log in</button></div></body></html>");
  const char *inputs[] = { empty, binary, bare, wall, NULL };
  g_autofree char *png_kind = g_content_type_get_description ("image/png");
  const char *english[] = { "empty.txt is empty: there is no text in it",
                            "photo.txt is a file of the type “PNG image”, not a web page or text: "
                            "Parallax reads only web pages and plain text",
                            "Parallax found no article text in bare.html",
                            "Parallax found no article text in “Harbour bridge to close” (Example Times), at wall.html" };
  g_autofree char *page = g_strdup_printf (g_dpgettext2 (GETTEXT_PACKAGE, "page without text: headline, outlet", "“%s” (%s)"),
                                           "Harbour bridge to close", "Example Times");
  char *expected[] = {
    g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "%s is empty: there is no text in it"), "empty.txt"),
    /* the kind in the words of the system's list of file types, in the
     * user's language too */
    g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "%1$s is a file of the type “%2$s”, not a web page or text: "
                                                  "Parallax reads only web pages and plain text"),
                     "photo.txt", png_kind),
    g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Parallax found no article text in %s"), "bare.html"),
    g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Parallax found no article text in %s, at %s"), page, "wall.html"),
  };
  const char *language = g_getenv ("LANGUAGE");
  gboolean translated = language != NULL && *language != '\0' && !g_str_has_prefix (language, "en");

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the four files", WAIT_SECONDS);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      PxSourceColumn *column = px_story_view_get_column (fixture->view, i);
      const char *shown;

      g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_FAILED);
      shown = px_source_column_get_error_description (column);
      g_test_message ("%s", shown);
      g_assert_cmpstr (shown, ==, expected[i]);
      /* in another language, not the English words */
      if (translated)
        g_assert_cmpstr (shown, !=, english[i]);
      else
        g_assert_cmpstr (shown, ==, english[i]);
      g_free (expected[i]);
    }
}

/* A page with no article text (a video's page, a login wall) keeps in its
 * column what it says it is: the outlet and the headline in the header,
 * its date under them, and why it failed by its headline; a hostile
 * headline stays short and inert, the file's path in the tooltip.
 */
static void
test_failed_page_named (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *video = write_file (fixture, "mill-video.html",
                                       "<html><head><meta property=\"og:site_name\" content=\"Riverside Herald\">"
                                       "<meta property=\"og:title\" content=\"Watch: Floodwater reaches the old mill\">"
                                       "<meta property=\"article:published_time\" content=\"2026-02-14T07:45:00Z\">"
                                       "</head><body><video src=\"/m.mp4\"></video><button>Play</button></body></html>");
  g_autoptr(GString) long_title = g_string_new ("\xe2\x80\xae\x1b[31mLeaked ");
  g_autofree char *hostile_html = NULL;
  g_autofree char *hostile = NULL;
  const char *inputs[3];
  PxSourceColumn *column;
  GtkWidget *title;
  const char *shown;

  for (guint i = 0; i < 2000; i++)
    g_string_append (long_title, "memo ");
  hostile_html = g_strdup_printf ("<html><head><meta property=\"og:title\" content=\"%s\"></head>"
                                  "<body><nav><a href=\"/\">Home</a></nav></body></html>", long_title->str);
  hostile = write_file (fixture, "hostile.html", hostile_html);
  inputs[0] = video;
  inputs[1] = hostile;
  inputs[2] = NULL;
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the pages without text", WAIT_SECONDS);

  column = px_story_view_get_column (fixture->view, 0);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_FAILED);
  g_assert_cmpstr (px_source_column_get_outlet (column), ==, "Riverside Herald");
  g_assert_nonnull (find_widget (GTK_WIDGET (column), is_mapped_label_reading, "Riverside Herald"));
  title = find_widget (GTK_WIDGET (column), is_mapped_label_reading, "Watch: Floodwater reaches the old mill");
  g_assert_nonnull (title);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (title), ==, video);
  g_assert_nonnull (find_widget (GTK_WIDGET (column), is_mapped_label_with, "February"));
  shown = px_source_column_get_error_description (column);
  g_test_message ("the error page: %s", shown);
  g_assert_nonnull (strstr (shown, "“Watch: Floodwater reaches the old mill” (Riverside Herald)"));
  g_assert_nonnull (strstr (shown, "mill-video.html"));

  column = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_FAILED);
  shown = px_source_column_get_error_description (column);
  g_test_message ("the error page: %s", shown);
  g_assert_nonnull (strstr (shown, "Leaked memo"));
  g_assert_cmpuint (g_utf8_strlen (shown, -1), <, 200);
  assert_labels_safe (GTK_WIDGET (fixture->window));
}

/* Closed and started again, a page with no article text has the column it
 * had: its outlet, headline and date in the header, the same reason on its
 * error page, the same choices.
 */
static void
test_failed_page_reopened (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autofree char *video = write_file (fixture, "mill-video.html",
                                       "<html><head><meta property=\"og:site_name\" content=\"Riverside Herald\">"
                                       "<meta property=\"og:title\" content=\"Watch: Floodwater reaches the old mill\">"
                                       "<meta property=\"article:published_time\" content=\"2026-02-14T07:45:00Z\">"
                                       "</head><body><video src=\"/m.mp4\"></video><button>Play</button></body></html>");
  g_autofree char *good = write_file (fixture, "festival.html", article_html);
  const char *inputs[] = { good, video, NULL };
  g_autofree char *before = NULL;
  g_autofree char *meta_before = NULL;
  PxSourceColumn *column;
  GtkWidget *meta;
  gint64 story_id;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the page without text", WAIT_SECONDS);
  column = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_FAILED);
  before = g_strdup (px_source_column_get_error_description (column));
  meta = find_widget (GTK_WIDGET (column), is_mapped_label_with, "February");
  g_assert_nonnull (meta);
  meta_before = g_strdup (gtk_label_get_text (GTK_LABEL (meta)));
  story_id = px_window_get_story_id (fixture->window);
  g_assert_cmpint (story_id, >, 0);
  px_ui_test_wait_for (failed_kept, fixture, "the failed page to be kept", WAIT_SECONDS);

  restart_with_story (fixture, story_id, 2);
  column = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_FAILED);
  g_assert_cmpstr (px_source_column_get_outlet (column), ==, "Riverside Herald");
  g_assert_nonnull (find_widget (GTK_WIDGET (column), is_mapped_label_reading, "Watch: Floodwater reaches the old mill"));
  meta = find_widget (GTK_WIDGET (column), is_mapped_label_with, "February");
  g_assert_nonnull (meta);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (meta)), ==, meta_before);
  g_test_message ("the error page, opened again: %s", px_source_column_get_error_description (column));
  g_assert_cmpstr (px_source_column_get_error_description (column), ==, before);
  g_assert_nonnull (find_widget (GTK_WIDGET (column), is_mapped_button_labelled, "_Choose Another File…"));
}

/* An address that serves binary data (an image, a PDF) serves it again:
 * its column offers to see it in the browser, not to try again (which
 * had been offered first, as for a server that was down), and so again
 * when the story is opened from the library.
 */
static void
check_binary_page_choices (Fixture *fixture)
{
  PxSourceColumn *column;
  GtkWidget *open;

  column = px_story_view_get_column (fixture->view, 0);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_FAILED);
  g_test_message ("the error page: %s", px_source_column_get_error_description (column));
  g_assert_nonnull (strstr (px_source_column_get_error_description (column), "image/png"));
  g_assert_null (find_widget (GTK_WIDGET (column), is_mapped_button_labelled, "_Try Again"));
  g_assert_null (find_widget (GTK_WIDGET (column), is_mapped_button_labelled, "_Choose Another File…"));
  open = find_widget (GTK_WIDGET (column), is_mapped_button_labelled, "Open in _Browser");
  g_assert_nonnull (open);
  g_assert_true (gtk_widget_has_css_class (open, "suggested-action"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (open)), ==, "column.open-browser");
  g_assert_nonnull (find_widget (GTK_WIDGET (column), is_mapped_button_labelled, "_Remove Source"));

  /* a page that was not found may be there later: Try Again */
  column = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_FAILED);
  g_assert_nonnull (find_widget (GTK_WIDGET (column), is_mapped_button_labelled, "_Try Again"));
  g_assert_null (find_widget (GTK_WIDGET (column), is_mapped_button_labelled, "Open in _Browser"));
}

static void
test_binary_page_choices (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *photo = g_strconcat (fixture->base, "photo.png", NULL);
  g_autofree char *missing = g_strconcat (fixture->base, "missing.html", NULL);
  const char *inputs[] = { photo, missing, NULL };
  gint64 story_id;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the two pages", WAIT_SECONDS);
  check_binary_page_choices (fixture);

  /* kept by the library, opened again: the same choices */
  story_id = px_window_get_story_id (fixture->window);
  g_assert_cmpint (story_id, >, 0);
  g_assert_cmpuint (n_failed_kept (fixture->store, story_id), ==, 2);
  restart_with_story (fixture, story_id, 2);
  check_binary_page_choices (fixture);
}

/* A file that is empty or binary is not read any better the same way: its
 * column offers another file first (which takes its place), and reading it
 * again once it has changed.
 */
static void
test_failed_file_choices (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *empty = write_file (fixture, "empty.txt", "");
  g_autofree char *binary = write_file (fixture, "photo.txt", "\x89PNG\r\n\x1a\n\x01\x02\x03");
  g_autofree char *good = write_file (fixture, "festival.html", article_html);
  const char *inputs[] = { empty, binary, NULL };
  PxSourceColumn *column;
  GtkWidget *choose, *again;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the two files", WAIT_SECONDS);
  for (guint i = 0; i < 2; i++)
    {
      column = px_story_view_get_column (fixture->view, i);
      g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_FAILED);
      choose = find_widget (GTK_WIDGET (column), is_mapped_button_labelled, "_Choose Another File…");
      again = find_widget (GTK_WIDGET (column), is_mapped_button_labelled, "_Read Again");
      g_assert_nonnull (choose);
      g_assert_nonnull (again);
      g_assert_true (gtk_widget_has_css_class (choose, "suggested-action"));
      g_assert_false (gtk_widget_has_css_class (again, "suggested-action"));
      g_assert_null (find_widget (GTK_WIDGET (column), is_mapped_button_labelled, "_Try Again"));
    }

  /* Read Again on the unchanged file: no "Reading…" and the same words,
   * but that it has not changed. */
  column = px_story_view_get_column (fixture->view, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (column), "column.retry", NULL));
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_FAILED);
  g_test_message ("the error page: %s", px_source_column_get_error_description (column));
  g_assert_nonnull (strstr (px_source_column_get_error_description (column), "has not changed"));

  /* The empty file has been written since: read again, it loads. */
  g_assert_true (g_file_set_contents (empty, "Harbour lights\n\nAbout 40,000 people walked along the harbour "
                                      "on Saturday night to see the lanterns, organisers said.\n", -1, NULL));
  column = px_story_view_get_column (fixture->view, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (column), "column.retry", NULL));
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the file read again", WAIT_SECONDS);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);

  /* Another file for the binary one: in its place, the only column for it. */
  column = px_story_view_get_column (fixture->view, 1);
  g_signal_emit_by_name (column, "replace-requested", good);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the other file", WAIT_SECONDS);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 2);
  column = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpstr (px_source_column_get_input (column), ==, good);
  g_assert_cmpint (px_source_column_get_state (column), ==, PX_SOURCE_COLUMN_READY);
  g_assert_cmpstr (px_source_column_get_input (px_story_view_get_column (fixture->view, 0)), ==, empty);
}

static gboolean
flap_folded (gpointer data)
{
  return adw_flap_get_folded (data);
}

static gboolean
flap_unfolded (gpointer data)
{
  return !adw_flap_get_folded (data);
}

static gboolean
panel_action_state (PxWindow   *window,
                    const char *name)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window), name);

  return g_variant_get_boolean (state);
}

/* In a narrow window the Claims button is up while the panel is folded
 * away, and brings it over the columns at the first press, without
 * changing the preference; with room, a press is the preference.
 */
static void
test_narrow_claims_toggle (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AdwFlap *flap = fixture->window->claims_flap;
  g_autoptr(PxWindow) narrow = NULL;

  g_settings_set_boolean (settings, "show-claims-panel", TRUE);
  px_ui_test_wait_for (flap_unfolded, flap, "the panel beside the columns", WAIT_SECONDS);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (panel_action_state (fixture->window, "show-claims-panel"));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-claims-panel", NULL);
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_false (panel_action_state (fixture->window, "show-claims-panel"));
  g_assert_false (g_settings_get_boolean (settings, "show-claims-panel"));
  g_settings_set_boolean (settings, "show-claims-panel", TRUE);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (panel_action_state (fixture->window, "show-claims-panel"));

  /* 700 pixels wide with a story: folded away, the button up, the
   * preference kept.
   */
  g_settings_set_int (settings, "window-width", 700);
  narrow = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));
  px_window_set_store (narrow, fixture->store, FALSE);
  gtk_window_present (GTK_WINDOW (narrow));
  /* Four columns of 240 pixels do not leave room for the panel. */
  px_window_open_demo (narrow);
  px_ui_test_wait_for (px_ui_test_window_settled, narrow, "the demo story", WAIT_SECONDS);
  flap = narrow->claims_flap;
  px_ui_test_wait_for (flap_folded, flap, "the panel to fold away", WAIT_SECONDS);
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_false (panel_action_state (narrow, "show-claims-panel"));
  g_assert_true (g_settings_get_boolean (settings, "show-claims-panel"));

  /* One press shows it over the columns, the next hides it. */
  g_action_group_activate_action (G_ACTION_GROUP (narrow), "show-claims-panel", NULL);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (panel_action_state (narrow, "show-claims-panel"));
  g_action_group_activate_action (G_ACTION_GROUP (narrow), "show-claims-panel", NULL);
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_false (panel_action_state (narrow, "show-claims-panel"));
  g_assert_true (g_settings_get_boolean (settings, "show-claims-panel"));

  px_window_set_store (narrow, NULL, FALSE);
  gtk_window_destroy (GTK_WINDOW (narrow));
  g_settings_reset (settings, "window-width");
}

typedef struct
{
  PxWindow *window;
  GtkWidget *panel;
} PanelFocus;

static gboolean
focus_in_panel (gpointer data)
{
  PanelFocus *in = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (in->window));

  return focus != NULL && gtk_widget_is_ancestor (focus, in->panel);
}

/* In a narrow window the library and the claims panel, brought over the
 * columns by F8 and F9, take the keyboard once shown (it had stayed in
 * the column, the panel reached only by Tab past every column), and give
 * it back where it was when put away.
 */
static void
test_narrow_panels_take_keyboard (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AdwFlap *flaps[] = { fixture->window->sidebar_flap, fixture->window->claims_flap };
  const char *actions[] = { "sidebar-visible", "show-claims-panel" };
  GtkWidget *text;

  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  g_settings_set_boolean (settings, "show-claims-panel", TRUE);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 600, 800);
  open_demo (fixture);
  text = GTK_WIDGET (px_source_column_get_text_view (px_story_view_get_column (fixture->view, 0)));
  for (guint i = 0; i < G_N_ELEMENTS (flaps); i++)
    {
      PanelFocus in = { fixture->window, adw_flap_get_flap (flaps[i]) };

      px_ui_test_wait_for (flap_folded, flaps[i], "the panel to fold away", WAIT_SECONDS);
      g_assert_false (adw_flap_get_reveal_flap (flaps[i]));
      g_assert_true (gtk_widget_grab_focus (text));

      g_action_group_activate_action (G_ACTION_GROUP (fixture->window), actions[i], NULL);
      g_assert_true (adw_flap_get_reveal_flap (flaps[i]));
      px_ui_test_wait_for (focus_in_panel, &in, "the keyboard in the panel", WAIT_SECONDS);
      g_test_message ("%s: the keyboard on a %s", actions[i],
                      G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (fixture->window))));

      g_action_group_activate_action (G_ACTION_GROUP (fixture->window), actions[i], NULL);
      g_assert_false (adw_flap_get_reveal_flap (flaps[i]));
      g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == text);
    }
  /* Ctrl+F's search keeps the keyboard it was given. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  spin (300);
  g_assert_true (GTK_IS_TEXT (gtk_root_get_focus (GTK_ROOT (fixture->window))));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (fixture->window->library_view)));
  g_settings_reset (settings, "sidebar-visible");
  g_settings_reset (settings, "show-claims-panel");
}

static gboolean
demo_columns_fit (gpointer data)
{
  Fixture *fixture = data;
  GtkAdjustment *adjustment = px_story_view_get_columns_adjustment (fixture->view);

  return gtk_adjustment_get_page_size (adjustment) > 0
         && gtk_adjustment_get_upper (adjustment) <= gtk_adjustment_get_page_size (adjustment) + 0.5;
}

static gboolean
last_column_in_view (gpointer data)
{
  Fixture *fixture = data;
  GtkAdjustment *adjustment = px_story_view_get_columns_adjustment (fixture->view);
  guint n = px_story_view_get_n_columns (fixture->view);
  GtkWidget *column = GTK_WIDGET (px_story_view_get_column (fixture->view, n - 1));
  graphene_rect_t bounds;
  double value = gtk_adjustment_get_value (adjustment);

  return gtk_widget_compute_bounds (column, gtk_widget_get_parent (column), &bounds) && bounds.size.width > 0
         && bounds.origin.x >= value - 0.5
         && bounds.origin.x + bounds.size.width <= value + gtk_adjustment_get_page_size (adjustment) + 0.5;
}

/* The labels of the panel's filters (the claims' toggles, the annotations'
 * drop-downs) that are shown and cut short, as "name, name"; FALSE while
 * one is not yet given its width (a drop-down's label is made anew when
 * its list changes).
 */
static gboolean
gather_cut_filter_labels (GtkWidget *widget,
                          gboolean   in_filter,
                          GString   *cut)
{
  gboolean laid_out = TRUE;

  in_filter = in_filter || GTK_IS_TOGGLE_BUTTON (widget) || GTK_IS_DROP_DOWN (widget);
  if (GTK_IS_POPOVER (widget) || !gtk_widget_get_mapped (widget))
    return TRUE;
  if (in_filter && GTK_IS_LABEL (widget))
    {
      if (gtk_widget_get_width (widget) == 0)
        return FALSE;
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));
      const char *text = pango_layout_get_text (layout);
      gboolean broken = FALSE;

      /* A name may go on two lines between words or at a translator's
       * soft hyphen, never inside a word. */
      for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL && l->next != NULL; l = l->next)
        {
          PangoLayoutLine *line = l->data;
          const char *end = text + line->start_index + line->length;

          broken = broken || end == text || !(g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end)))
                                              || g_utf8_get_char (g_utf8_prev_char (end)) == 0xAD);
        }
      if (pango_layout_is_ellipsized (layout) || broken)
        g_string_append_printf (cut, "%s%s", cut->len > 0 ? ", " : "", gtk_label_get_text (GTK_LABEL (widget)));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    laid_out = gather_cut_filter_labels (child, in_filter, cut) && laid_out;

  return laid_out;
}

static gboolean
filters_laid_out (gpointer data)
{
  g_autoptr(GString) cut = g_string_new (NULL);

  return gather_cut_filter_labels (data, FALSE, cut);
}

/* At 1280x800 with the library and the claims panel both on, the demo's
 * four columns are all on screen, each at least 240 pixels wide, with the
 * claims panel beside them, 300 pixels wide whatever the language (meson
 * runs this test again in German, Ukrainian and Russian): the library folds away
 * for them (its button up, the preference kept) and comes back when the
 * panel gives room. A fifth source, which cannot fit, is scrolled into view.
 */
static void
test_columns_fit (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AdwFlap *sidebar = fixture->window->sidebar_flap;
  AdwFlap *claims = fixture->window->claims_flap;
  g_autofree char *file = write_file (fixture, "fifth.txt", "The bridge reopened on Monday.\n\nTraffic was light.");
  const char *inputs[] = { file, NULL };

  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  g_settings_set_boolean (settings, "show-claims-panel", TRUE);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  open_demo (fixture);
  px_ui_test_wait_for (demo_columns_fit, fixture, "the four columns to fit", WAIT_SECONDS);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (px_story_view_get_column (fixture->view, i))), >=, 240);
  g_assert_false (adw_flap_get_folded (claims));
  g_assert_true (adw_flap_get_reveal_flap (claims));
  g_assert_cmpint (gtk_widget_get_width (adw_flap_get_flap (claims)), <=, 300);
  {
    g_autoptr(GString) cut = g_string_new (NULL);
    const char *messages = setlocale (LC_MESSAGES, NULL);

    /* Every filter name is shown whole in every language, in the panel's
     * 300 pixels: German's "Ein Medium" had been cut to "Ein Me…".
     */
    px_ui_test_wait_for (filters_laid_out, adw_flap_get_flap (claims), "the filters laid out", WAIT_SECONDS);
    gather_cut_filter_labels (adw_flap_get_flap (claims), FALSE, cut);
    g_test_message ("messages in %s; cut: %s", messages, cut->str);
    g_assert_cmpstr (cut->str, ==, "");
  }
  g_assert_true (adw_flap_get_folded (sidebar));
  g_assert_false (adw_flap_get_reveal_flap (sidebar));
  g_assert_false (panel_action_state (fixture->window, "sidebar-visible"));
  g_assert_true (g_settings_get_boolean (settings, "sidebar-visible"));

  /* Without the claims panel there is room for the library again. */
  g_settings_set_boolean (settings, "show-claims-panel", FALSE);
  px_ui_test_wait_for (flap_unfolded, sidebar, "the library to come back", WAIT_SECONDS);
  px_ui_test_wait_for (demo_columns_fit, fixture, "the four columns to fit beside the library", WAIT_SECONDS);
  g_assert_true (adw_flap_get_reveal_flap (sidebar));
  g_assert_true (panel_action_state (fixture->window, "sidebar-visible"));
  g_settings_set_boolean (settings, "show-claims-panel", TRUE);
  px_ui_test_wait_for (flap_folded, sidebar, "the library to fold away again", WAIT_SECONDS);

  /* Five columns do not fit: the new one is scrolled into view. */
  px_window_add_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the fifth source", WAIT_SECONDS);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 5);
  px_ui_test_wait_for (last_column_in_view, fixture, "the fifth column in view", WAIT_SECONDS);
  g_assert_false (adw_flap_get_folded (claims));
}

static gboolean
table_shown (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_mapped (GTK_WIDGET (px_story_view_get_table (fixture->view)))
         && gtk_widget_get_width (GTK_WIDGET (px_story_view_get_table (fixture->view))) > 0;
}

/* The library that folded away for the columns stays away when the table
 * is shown, and when the columns come back: it had come over with the
 * table, pushing it aside, and gone again with the columns.
 */
static void
test_table_keeps_library_away (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AdwFlap *sidebar = fixture->window->sidebar_flap;

  open_demo_library_folded (fixture, settings);

  g_settings_set_enum (settings, "view", PX_STORY_VIEW_TABLE);
  px_ui_test_wait_for (table_shown, fixture, "the table", WAIT_SECONDS);
  wait_a_while (500);
  g_assert_false (adw_flap_get_reveal_flap (sidebar));
  g_assert_false (panel_action_state (fixture->window, "sidebar-visible"));

  g_settings_set_enum (settings, "view", PX_STORY_VIEW_COLUMNS);
  px_ui_test_wait_for (demo_columns_fit, fixture, "the columns back", WAIT_SECONDS);
  wait_a_while (500);
  g_assert_false (adw_flap_get_reveal_flap (sidebar));
  /* The preference is untouched: the library comes back where it has room. */
  g_assert_true (g_settings_get_boolean (settings, "sidebar-visible"));
  g_settings_reset (settings, "view");
}

static GtkWidget *
find_stack_with_page (GtkWidget  *widget,
                      const char *name)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), name) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_stack_with_page (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The title of the claims panel's empty page while it is shown, or NULL. */
static const char *
claims_empty_title (PxClaimsPanel *panel)
{
  GtkWidget *stack = find_stack_with_page (GTK_WIDGET (panel), "empty");
  GtkWidget *shown;

  g_assert_nonnull (stack);
  shown = gtk_stack_get_visible_child (GTK_STACK (stack));
  return ADW_IS_STATUS_PAGE (shown) ? adw_status_page_get_title (ADW_STATUS_PAGE (shown)) : NULL;
}

static const char *
claims_empty_description (PxClaimsPanel *panel)
{
  GtkWidget *stack = find_stack_with_page (GTK_WIDGET (panel), "empty");

  return adw_status_page_get_description (ADW_STATUS_PAGE (gtk_stack_get_visible_child (GTK_STACK (stack))));
}

/* Two reports that tell the same thing alike: under each filter that
 * keeps no claim, the claims panel says why it is empty, not that the
 * claims have yet to come.
 */
static void
test_claims_filters_empty (Fixture       *fixture,
                           gconstpointer  user_data)
{
  const char *text = "The bridge over the river reopened on Monday after three weeks of repairs, the council "
                     "said.\n\nTraffic was light in the morning.\n";
  g_autofree char *one = write_file (fixture, "one.txt", text);
  g_autofree char *two = write_file (fixture, "two.txt", text);
  const char *inputs[] = { one, two, NULL };
  PxClaimsPanel *panel = px_window_get_claims_panel (fixture->window);

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the two files", WAIT_SECONDS);
  g_assert_cmpuint (g_list_model_get_n_items (px_story_view_get_claims (fixture->view)), >, 0);
  g_assert_null (claims_empty_title (panel));

  px_claims_panel_set_filter (panel, PX_CLAIMS_FILTER_DIFFERENCES);
  g_assert_cmpstr (claims_empty_title (panel), ==, "No Differences Found");
  /* The preference is named only when it would show some. */
  g_assert_null (strstr (claims_empty_description (panel), "Show less certain"));
  px_claims_panel_set_n_hidden (panel, 2);
  g_assert_cmpstr (claims_empty_title (panel), ==, "No Differences Shown");
  g_assert_nonnull (strstr (claims_empty_description (panel), "2 differences"));
  g_assert_nonnull (strstr (claims_empty_description (panel), "Show less certain differences"));
  px_claims_panel_set_n_hidden (panel, 0);
  /* from one empty list to another */
  px_claims_panel_set_filter (panel, PX_CLAIMS_FILTER_UNIQUE);
  g_assert_cmpstr (claims_empty_title (panel), ==, "No Claim from One Outlet Alone");
  px_claims_panel_set_filter (panel, PX_CLAIMS_FILTER_ANNOTATED);
  g_assert_cmpstr (claims_empty_title (panel), ==, "No Annotated Claims");
  px_claims_panel_set_filter (panel, PX_CLAIMS_FILTER_ALL);
  g_assert_null (claims_empty_title (panel));
}

/* A date line one report carries is kept in its column but listed neither
 * as a claim nor as one outlet's alone.
 */
static void
test_claims_furniture_hidden (Fixture       *fixture,
                              gconstpointer  user_data)
{
  const char *shared = "Bridge reopens after repairs\n\nThe bridge over the river reopened on Monday after three "
                       "weeks of repairs, the council said.\n\n";
  g_autofree char *dated = g_strconcat (shared, "Sunday, July 21, 2013\n\nTraffic was light in the morning.\n", NULL);
  g_autofree char *plain = g_strconcat (shared, "Traffic was light in the morning.\n\nCyclists used the new lane.\n",
                                        NULL);
  g_autofree char *one = write_file (fixture, "one.txt", dated);
  g_autofree char *two = write_file (fixture, "two.txt", plain);
  const char *inputs[] = { one, two, NULL };
  PxClaimsPanel *panel = px_window_get_claims_panel (fixture->window);
  GListModel *claims, *visible;
  guint n_furniture = 0;

  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the two files", WAIT_SECONDS);
  claims = px_story_view_get_claims (fixture->view);
  visible = px_claims_panel_get_visible_claims (panel);
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(PxClaimItem) claim = g_list_model_get_item (claims, i);

      n_furniture += px_claim_item_is_furniture (claim);
    }
  g_assert_cmpuint (n_furniture, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, g_list_model_get_n_items (claims) - 1);
  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(PxClaimItem) claim = g_list_model_get_item (visible, i);

      g_assert_false (px_claim_item_is_furniture (claim));
    }
  /* one outlet's alone: the lane, not the date line */
  px_claims_panel_set_filter (panel, PX_CLAIMS_FILTER_UNIQUE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  {
    g_autoptr(PxClaimItem) lane = g_list_model_get_item (visible, 0);

    g_assert_false (px_claim_item_is_furniture (lane));
  }
  px_claims_panel_set_filter (panel, PX_CLAIMS_FILTER_ALL);

  /* Selected (listed once annotated), the other column does not say it
   * left the date line out; a sentence it does leave out, it does. */
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(PxClaimItem) claim = g_list_model_get_item (claims, i);
      const char *summary;

      if (px_claim_item_get_n_carriers (claim) != 1)
        continue;
      px_story_view_select_claim (fixture->view, claim);
      summary = px_source_column_get_summary (px_story_view_get_column (fixture->view,
                                                                         px_claim_item_is_furniture (claim) ? 1 : 0));
      g_test_message ("%s: %s", px_claim_item_is_furniture (claim) ? "date line" : "claim",
                      summary != NULL ? summary : "(no bar)");
      if (px_claim_item_is_furniture (claim))
        g_assert_true (summary == NULL || strstr (summary, "does not report") == NULL);
      else
        g_assert_cmpstr (summary, ==, "This outlet does not report this claim.");
    }
}

/* The story view asks for the size of the view shown, columns or table:
 * the other, hidden, is not measured at every layout (the claims table's
 * rows were, while the columns were shown).
 */
static void
test_view_measures_shown (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *stack;

  open_demo (fixture);
  stack = find_stack_with_page (GTK_WIDGET (fixture->view), "table");
  g_assert_nonnull (stack);
  for (guint view = 0; view < 2; view++)
    {
      GtkWidget *shown;

      g_settings_set_enum (settings, "view", view == 0 ? PX_STORY_VIEW_TABLE : PX_STORY_VIEW_COLUMNS);
      px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the view", WAIT_SECONDS);
      shown = gtk_stack_get_visible_child (GTK_STACK (stack));
      g_assert_true (shown == gtk_stack_get_child_by_name (GTK_STACK (stack), view == 0 ? "table" : "columns"));
      for (GtkOrientation orientation = GTK_ORIENTATION_HORIZONTAL; orientation <= GTK_ORIENTATION_VERTICAL;
           orientation++)
        {
          int stack_min, stack_nat, shown_min, shown_nat;

          gtk_widget_measure (stack, orientation, -1, &stack_min, &stack_nat, NULL, NULL);
          gtk_widget_measure (shown, orientation, -1, &shown_min, &shown_nat, NULL, NULL);
          g_test_message ("%s, %s: stack %d/%d, shown %d/%d", view == 0 ? "table" : "columns",
                          orientation == GTK_ORIENTATION_HORIZONTAL ? "width" : "height",
                          stack_min, stack_nat, shown_min, shown_nat);
          g_assert_cmpint (stack_min, ==, shown_min);
          g_assert_cmpint (stack_nat, ==, shown_nat);
        }
    }
  g_settings_reset (settings, "view");
}

static gboolean
widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

static void
pointer_came_cb (GtkEventController *controller,
                 double              x,
                 double              y,
                 gboolean           *came)
{
  *came = TRUE;
}

/* The program destroys a window (as the tests' tear-downs do, and as
 * quitting does) right after a source's menu had the pointer, before GTK
 * has it back: GTK 4.8's tooltip kept the menu, which outlived its window
 * with no surface, and its timer, half a second later, asked for the
 * pointer on no surface: a critical (test-ui died of it under load,
 * 2026-12-06, in the test after /ui/failed-source-numbered-alone). The timer
 * now asks nothing.
 */
static void
test_destroyed_after_menu_had_pointer (Fixture       *fixture,
                                       gconstpointer  user_data)
{
  g_autofree char *file = write_file (fixture, "one.txt", "The harbour lanterns drew 40,000 people on Saturday.\n\n"
                                      "Organisers said the festival raised money for the lifeboat station.");
  const char *inputs[] = { file, NULL };
  PxWindow *window;
  GtkWidget *button, *popover;
  GtkEventController *motion;
  gboolean came = FALSE;
  Display *xdisplay;

  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("the pointer is moved with X11");
      return;
    }
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the source", WAIT_SECONDS);
  button = find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, 0)), is_menu_button, NULL);
  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  px_ui_test_wait_for (widget_is_mapped, popover, "the source's menu", WAIT_SECONDS);
  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (pointer_came_cb), &came);
  g_signal_connect (motion, "motion", G_CALLBACK (pointer_came_cb), &came);
  gtk_widget_add_controller (popover, motion);

  /* the pointer onto the menu's middle (GTK arms its tooltip timer), then
   * the menu closed and the window destroyed at once
   */
  xdisplay = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  XWarpPointer (xdisplay, None, gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (popover))), 0, 0, 0,
                0, gtk_widget_get_width (popover) / 2, gtk_widget_get_height (popover) / 2);
  XSync (xdisplay, False);
  px_ui_test_wait_for (flag_is_set, &came, "the pointer on the menu", WAIT_SECONDS);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  window = g_steal_pointer (&fixture->window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  /* past GTK's tooltip delay (500 ms): a critical here is fatal */
  for (gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC; g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, FALSE);
  park_pointer ();
}

/* Picks the item reading @label in @column's menu, as a click would. */
static void
pick_column_menu_item (PxSourceColumn *column,
                       const char     *label)
{
  GtkWidget *button = find_widget (GTK_WIDGET (column), is_menu_button, NULL);
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  GtkWidget *item;

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  px_ui_test_wait_for (widget_is_mapped, popover, "the source's menu", WAIT_SECONDS);
  item = find_widget (popover, is_mapped_label_reading, label);
  g_assert_nonnull (item);
  while (item != NULL && !g_type_is_a (G_OBJECT_TYPE (item), g_type_from_name ("GtkModelButton")))
    item = gtk_widget_get_parent (item);
  g_assert_nonnull (item);
  g_assert_true (gtk_widget_is_sensitive (item));
  gtk_widget_activate (item);
}

static void
spin (guint ms)
{
  for (gint64 until = g_get_monotonic_time () + ms * 1000; g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, FALSE);
}

/* Opens @n (2 or 3) sources of one festival, named "one", "two" and
 * "three", in the fixture's window, and waits for them to be compared.
 */
static void
open_lantern_sources (Fixture *fixture,
                      guint    n)
{
  static const char * const texts[] = {
    "The harbour lanterns drew 40,000 people on Saturday.\n\n"
    "Organisers said the festival raised money for the lifeboat station.",
    "The harbour lanterns drew 30,000 people on Saturday.\n\n"
    "The festival raised money for the lifeboat station, organisers said.",
    "About 35,000 people came to the harbour lanterns.\n\n"
    "The lifeboat station will get the money.",
  };
  static const char * const names[] = { "one.txt", "two.txt", "three.txt" };
  g_auto(GStrv) inputs = g_new0 (char *, n + 1);

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (texts));
  for (guint i = 0; i < n; i++)
    inputs[i] = write_file (fixture, names[i], texts[i]);
  px_window_open_inputs (fixture->window, (const char * const *) inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the sources", WAIT_SECONDS);
}

/* A source's menu goes with its column, and with its window, whenever they
 * go: GTK 4.8 gives the focus back from a closed menu only at the next
 * turn of the main loop, and a menu whose column or window went before
 * that (Remove Source; a window closed as the menu closed) was left alive,
 * unparented (ref 1), one per such column.
 */
static void
test_column_menu_finalized (Fixture       *fixture,
                            gconstpointer  user_data)
{
  PxWindow *window;
  GtkWidget *button;
  GtkWidget *popover = NULL;
  GtkWidget *focus;

  open_lantern_sources (fixture, 2);

  /* Remove Source, from the menu: the menu goes with its column; the
   * focus stays in the story */
  button = find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, 0)), is_menu_button, NULL);
  g_set_weak_pointer (&popover, GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))));
  pick_column_menu_item (px_story_view_get_column (fixture->view, 0), "Remove Source");
  spin (300);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 1);
  g_assert_null (popover);
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (px_story_view_get_column (fixture->view, 0))));

  /* the window destroyed as the menu closes */
  button = find_widget (GTK_WIDGET (px_story_view_get_column (fixture->view, 0)), is_menu_button, NULL);
  g_set_weak_pointer (&popover, GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  px_ui_test_wait_for (widget_is_mapped, popover, "the source's menu", WAIT_SECONDS);
  spin (100);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  window = g_steal_pointer (&fixture->window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  spin (200);
  g_assert_null (popover);
}

/* Move Right, from a source's menu, moves that column (it had been made
 * anew: its scroll lost, the focus left on another column's menu button)
 * and the focus stays in its text.
 */
static void
test_column_menu_move (Fixture       *fixture,
                       gconstpointer  user_data)
{
  PxSourceColumn *column;
  PxSource *source;
  GtkWidget *focus;

  open_lantern_sources (fixture, 3);
  column = px_story_view_get_column (fixture->view, 0);
  source = px_source_column_get_source (column);
  pick_column_menu_item (column, "Move Right");
  spin (300);
  g_assert_true (px_story_view_get_column (fixture->view, 1) == column);
  g_assert_true (px_source_column_get_source (column) == source);
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  g_assert_true (focus == GTK_WIDGET (px_source_column_get_text_view (column)));

  /* and back */
  pick_column_menu_item (column, "Move Left");
  spin (300);
  g_assert_true (px_story_view_get_column (fixture->view, 0) == column);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window))
                 == GTK_WIDGET (px_source_column_get_text_view (column)));
}

/* A source removed from its menu and brought back by the toast's Undo:
 * back in its place, and its column takes the focus (GTK had left it on
 * the header bar's first button once the toast and its button went).
 */
static void
test_undo_remove_focus (Fixture       *fixture,
                        gconstpointer  user_data)
{
  PxSourceColumn *column;
  GtkWidget *undo;
  GtkWidget *focus;

  open_lantern_sources (fixture, 3);
  pick_column_menu_item (px_story_view_get_column (fixture->view, 1), "Remove Source");
  spin (300);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 2);
  undo = find_widget (GTK_WIDGET (fixture->window), is_mapped_button_labelled, "_Undo");
  g_assert_nonnull (undo);
  gtk_widget_grab_focus (undo);
  gtk_widget_activate (undo);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the source back", WAIT_SECONDS);
  spin (300);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 3);
  column = px_story_view_get_column (fixture->view, 1);
  g_assert_cmpstr (px_source_column_get_outlet (column), ==, "two");
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (column)));
}

/* An Undo that brings nothing back (its source is back already: the
 * toast's and a colleague's, or the same Undo twice) leaves nothing to take
 * the focus later: a report pasted afterwards gets its column without the
 * reader's caret being pulled out of the column they are reading.
 */
typedef struct
{
  PxStoryView *view;
  guint        n_columns;
} ColumnCount;

static gboolean
view_has_columns (gpointer data)
{
  ColumnCount *count = data;

  return px_story_view_get_n_columns (count->view) == count->n_columns;
}

static void
test_undo_remove_nothing_back (Fixture       *fixture,
                               gconstpointer  user_data)
{
  ColumnCount three = { fixture->view, 3 };
  g_autoptr(GVariant) token = NULL;
  PxSourceColumn *column;
  GtkWidget *undo;
  GtkWidget *text;

  open_lantern_sources (fixture, 3);
  pick_column_menu_item (px_story_view_get_column (fixture->view, 1), "Remove Source");
  spin (300);
  undo = find_widget (GTK_WIDGET (fixture->window), is_mapped_button_labelled, "_Undo");
  g_assert_nonnull (undo);
  token = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (undo));
  g_assert_nonnull (token);
  g_variant_ref (token);
  gtk_widget_activate (undo);
  /* the window may be settled a turn before the restored source has its
   * column (it failed so under load): wait for the column itself */
  px_ui_test_wait_for (view_has_columns, &three, "the source's column back", WAIT_SECONDS);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the source back", WAIT_SECONDS);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 3);

  /* the same Undo again: the source is there, nothing comes back */
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window), "win.undo-remove-source", token));
  spin (300);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 3);

  column = px_story_view_get_column (fixture->view, 0);
  text = GTK_WIDGET (px_source_column_get_text_view (column));
  g_assert_true (gtk_widget_grab_focus (text));
  px_window_add_text (fixture->window, "The lifeboat station thanked the town for the lanterns.", "Harbour Notes");
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the pasted report", WAIT_SECONDS);
  spin (300);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 4);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == text);
}

/* A long report for the columns to scroll: the harbour festival, one
 * paragraph a sentence, @count giving this outlet's figure.
 */
static char *
long_report (const char *lead,
             guint       count)
{
  static const char *const sentences[] = {
    "The council closed the quay to cars from noon until midnight.",
    "Fishing crews decorated their boats with paper lanterns for the parade.",
    "A brass band from the mining town played on the pier for three hours.",
    "Police said the crowd was calm and no arrests were made.",
    "Traders at the market stalls sold out of hot cider before nine o'clock.",
    "The lifeboat crew launched twice during the evening to check on small craft.",
    "Children from four primary schools made the largest lantern, shaped like a whale.",
    "The mayor thanked volunteers who had spent six weeks building the floats.",
    "Buses ran every ten minutes from the railway station to the harbour.",
    "Rain held off until the fireworks ended shortly after ten.",
    "Local hotels reported that every room in town had been booked for the weekend.",
    "The festival began in 1987 as a small procession of fishermen's families.",
    "Organisers plan to add a second night next year if funding allows.",
    "A ferry service from the island carried extra passengers across the bay.",
    "The harbour master closed the inner basin to boats during the display.",
    "Visitors were asked to take their rubbish home to keep the beach clean.",
  };
  GString *text = g_string_new (lead);

  g_string_append_printf (text, "\n\nOrganisers counted %u lanterns along the breakwater.", count);
  for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
    g_string_append_printf (text, "\n\n%s", sentences[i]);
  return g_string_free (text, FALSE);
}

static double
column_scroll (PxSourceColumn *column)
{
  return gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (
    GTK_SCROLLABLE (px_source_column_get_text_view (column))));
}

/* The text view measures its lines after it was scrolled, estimated till
 * then, keeping the line at the top where it is: the scroll in pixels
 * moves meanwhile. Waits until it stays put for a few frames.
 */
static void
wait_scroll_measured (PxStoryView *view)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  guint same = 0;
  g_autofree double *last = g_new0 (double, px_story_view_get_n_columns (view));

  while (same < 5)
    {
      gboolean moved = FALSE;

      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting for the columns' lines to be measured");
      spin (100);
      for (guint i = 0; i < px_story_view_get_n_columns (view); i++)
        {
          double value = column_scroll (px_story_view_get_column (view, i));

          moved |= value != last[i];
          last[i] = value;
        }
      same = moved ? 0 : same + 1;
    }
}

/* GTK's warning that it draws @tolerated_box without an allocation, written
 * and counted, not fatal; every other message as GLib writes it (GTK's
 * warnings fatal). Structured messages never reach g_test_log_set_fatal_handler().
 */
static GtkWidget *tolerated_box;
static guint n_tolerated;

static GLogWriterOutput
tolerate_snapshot (GLogLevelFlags   log_level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         user_data)
{
  if (tolerated_box != NULL && (log_level & G_LOG_LEVEL_WARNING))
    {
      g_autofree char *expected = g_strdup_printf ("Trying to snapshot GtkBox %p without a current allocation",
                                                   (gpointer) tolerated_box);
      const char *domain = NULL, *message = NULL;

      for (gsize i = 0; i < n_fields; i++)
        if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
          domain = fields[i].value;
        else if (g_str_equal (fields[i].key, "MESSAGE"))
          message = fields[i].value;
      if (g_strcmp0 (domain, "Gtk") == 0 && g_strcmp0 (message, expected) == 0)
        {
          n_tolerated++;
          return g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
        }
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/* The toast's Undo after Remove Source brings back that one column, where
 * it was and scrolled where it was; the others are the same columns,
 * scrolled as they were, and the claim selected stays selected (the story
 * was opened again: every column made anew, every scroll and the claim
 * lost; then the claims made again scrolled every column back to the
 * claim).
 */
static void
test_undo_remove_in_place (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autofree char *text_one = long_report ("The harbour lanterns drew 40,000 people on Saturday.", 16);
  g_autofree char *text_two = long_report ("The harbour lanterns drew 30,000 people on Saturday.", 16);
  g_autofree char *text_three = long_report ("About 35,000 people came to the harbour lanterns.", 900);
  g_autofree char *one = write_file (fixture, "one.txt", text_one);
  g_autofree char *two = write_file (fixture, "two.txt", text_two);
  g_autofree char *three = write_file (fixture, "three.txt", text_three);
  const char *inputs[] = { one, two, three, NULL };
  PxSourceColumn *columns[3];
  PxColumnPlace places[3];
    PxSource *removed;
  PxSourceColumn *back;
  PxColumnPlace place;
  GtkWidget *undo;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 560);
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the sources", WAIT_SECONDS);
  wait_scroll_measured (fixture->view);
  /* The reader scrolls each column. */
  for (guint i = 0; i < 3; i++)
    {
      GtkAdjustment *adjustment;

      columns[i] = px_story_view_get_column (fixture->view, i);
      adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (px_source_column_get_text_view (columns[i])));
      g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment), >, 900);
      gtk_adjustment_set_value (adjustment, 250 + 200 * i);
    }
  wait_scroll_measured (fixture->view);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (px_source_column_get_place (columns[i], &places[i]));
      g_assert_cmpuint (places[i].top, >, 0);
    }
  removed = px_source_column_get_source (columns[1]);

  /* GTK 4.8 warns now and then, as the source comes back, that it draws
   * the window's main box (the toast overlay's child: header bar, team
   * banner, flaps) without an allocation; the window draws it right on
   * the next frame. Tolerated for that box alone (tolerate_snapshot()):
   * caught in gdb (window37, 3 of 16 runs), the box alone is flagged,
   * none of its children, its parents are not: an allocation queued on
   * the box itself while the toast overlay was being allocated, and
   * dropped as that ended. Every call of Parallax's and libadwaita's into
   * GTK traced (window38, 5 warnings in 27 runs): none touches the box or
   * a child of it, nor any widget while it is laid out; each warning
   * comes in a frame where the toast's and the flap's own animations
   * queued allocations. Any other warning, on any other widget, still
   * fails the test.
   */
  tolerated_box = adw_toast_overlay_get_child (fixture->window->toast_overlay);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (columns[1]), "column.remove", NULL));
  spin (300);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 2);
  undo = find_widget (GTK_WIDGET (fixture->window), is_mapped_button_labelled, "_Undo");
  g_assert_nonnull (undo);
  gtk_widget_activate (undo);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the source back", WAIT_SECONDS);
  wait_scroll_measured (fixture->view);
  g_test_message ("the main box drawn without an allocation %u times", n_tolerated);
  tolerated_box = NULL;

  /* The same columns, where the reader left them; the one back at its place. */
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 3);
  g_assert_true (px_story_view_get_column (fixture->view, 0) == columns[0]);
  g_assert_true (px_story_view_get_column (fixture->view, 2) == columns[2]);
  back = px_story_view_get_column (fixture->view, 1);
  g_assert_true (px_source_column_get_source (back) == removed);
  g_assert_cmpstr (px_source_column_get_outlet (back), ==, "two");
  /* The same paragraph at the top of the others, or its neighbour: their
   * lines wrap again as the columns widen while there are two and narrow
   * once three, and GTK keeps a pixel offset through that, not a line. */
  for (guint i = 0; i < 3; i += 2)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (columns[i]));
      GtkTextIter before, after;

      g_assert_true (px_source_column_get_place (columns[i], &place));
      gtk_text_buffer_get_iter_at_offset (buffer, &before, places[i].top);
      gtk_text_buffer_get_iter_at_offset (buffer, &after, place.top);
      g_assert_cmpint (ABS (gtk_text_iter_get_line (&after) - gtk_text_iter_get_line (&before)), <=, 1);
    }
  /* The one back: the same paragraph at its top too, or its neighbour
   * (the character at the top is where the column was left, but it is
   * read at the width the column has by then), and the caret where it
   * was. */
  g_assert_true (px_source_column_get_place (back, &place));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (back));
    GtkTextIter before, after;

    gtk_text_buffer_get_iter_at_offset (buffer, &before, places[1].top);
    gtk_text_buffer_get_iter_at_offset (buffer, &after, place.top);
    g_assert_cmpint (gtk_text_iter_get_line (&before), >, 3);
    g_assert_cmpint (ABS (gtk_text_iter_get_line (&after) - gtk_text_iter_get_line (&before)), <=, 1);
  }
  g_assert_cmpuint (place.caret, ==, places[1].caret);
}

/* A comparison made again that keeps the claim being read (here, a
 * source renamed) leaves every column where the reader scrolled it: it
 * had scrolled every column back to the claim.
 */
static void
test_recompare_keeps_scroll (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autofree char *text_one = long_report ("The harbour lanterns drew 40,000 people on Saturday.", 1200);
  g_autofree char *text_two = long_report ("The harbour lanterns drew 30,000 people on Saturday.", 1500);
  g_autofree char *one = write_file (fixture, "one.txt", text_one);
  g_autofree char *two = write_file (fixture, "two.txt", text_two);
  const char *inputs[] = { one, two, NULL };
  gpointer renamed[] = { fixture, "Harbour Post" };
  PxSession *session = fixture->window->session;
  double scrolls[2];

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 560);
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the sources", WAIT_SECONDS);
  g_assert_cmpuint (px_comparison_get_n_claims (px_session_get_comparison (session)), >, 2);
  px_session_select_claim (session, 2);
  g_assert_cmpint (px_session_get_current_claim (session), ==, 2);
  wait_scroll_measured (fixture->view);
  for (guint i = 0; i < 2; i++)
    {
      GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (
        GTK_SCROLLABLE (px_source_column_get_text_view (px_story_view_get_column (fixture->view, i))));

      gtk_adjustment_set_value (adjustment, 400 + 300 * i);
    }
  wait_scroll_measured (fixture->view);
  for (guint i = 0; i < 2; i++)
    scrolls[i] = column_scroll (px_story_view_get_column (fixture->view, i));

  g_assert_cmpuint (px_session_rename_source (session, px_source_column_get_source (
                      px_story_view_get_column (fixture->view, 0)), "Harbour Post"), >, 0);
  px_ui_test_wait_for (compared_label_is, renamed, "the comparison with the new name", WAIT_SECONDS);
  px_ui_test_wait_for (px_ui_test_window_settled, fixture->window, "the comparison shown", WAIT_SECONDS);
  wait_scroll_measured (fixture->view);
  g_assert_cmpint (px_session_get_current_claim (session), ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpfloat (column_scroll (px_story_view_get_column (fixture->view, i)), ==, scrolls[i]);
}

int
main (int    argc,
      char **argv)
{
  /* The user's language (meson runs /ui/columns-fit in German, Ukrainian and Russian). */
  px_i18n_init ();
  g_log_set_writer_func (tolerate_snapshot, NULL, NULL);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  px_ui_test_load_app_style ();

  g_test_add ("/ui/demo", Fixture, NULL, fixture_set_up, test_demo, fixture_tear_down);
  g_test_add ("/ui/tab-cycle", Fixture, NULL, fixture_set_up, test_tab_cycle, fixture_tear_down);
  g_test_add ("/ui/select-claim", Fixture, NULL, fixture_set_up, test_select_claim, fixture_tear_down);
  g_test_add ("/ui/status-counts", Fixture, NULL, fixture_set_up, test_status_counts, fixture_tear_down);
  g_test_add ("/ui/navigate-narrow", Fixture, NULL, fixture_set_up, test_navigate_narrow, fixture_tear_down);
  g_test_add ("/ui/open-many-first-in-view", Fixture, NULL, fixture_set_up, test_open_many_first_in_view,
              fixture_tear_down);
  g_test_add ("/ui/add-files-name-order", Fixture, NULL, fixture_set_up, test_add_files_name_order,
              fixture_tear_down);
  g_test_add ("/ui/search-folded-library", Fixture, NULL, fixture_set_up, test_search_folded_library,
              fixture_tear_down);
  g_test_add ("/ui/status-nothing-to-compare", Fixture, NULL, fixture_set_up, test_status_nothing_to_compare,
              fixture_tear_down);
  g_test_add ("/ui/footer-fits", Fixture, NULL, fixture_set_up, test_footer_fits, fixture_tear_down);
  g_test_add ("/ui/wide-highlights-under", Fixture, NULL, fixture_set_up, test_wide_highlights_under,
              fixture_tear_down);
  g_test_add ("/ui/footer-attribution", Fixture, NULL, fixture_set_up, test_footer_attribution, fixture_tear_down);
  g_test_add ("/ui/legend-nine-even", Fixture, NULL, fixture_set_up, test_legend_nine_even, fixture_tear_down);
  g_test_add ("/ui/narrow-header", Fixture, NULL, fixture_set_up, test_narrow_header, fixture_tear_down);
  g_test_add ("/ui/narrow-all-window-buttons", Fixture, NULL, fixture_set_up, test_narrow_all_window_buttons,
              fixture_tear_down);
  g_test_add ("/ui/status-waiting", Fixture, NULL, fixture_set_up, test_status_waiting, fixture_tear_down);
  g_test_add ("/ui/drop-down-buttons-named", Fixture, NULL, fixture_set_up, test_drop_down_buttons_named,
              fixture_tear_down);
  g_test_add ("/ui/source-filter-shown", Fixture, NULL, fixture_set_up, test_source_filter_shown, fixture_tear_down);
  g_test_add ("/ui/annotations-empty-small", Fixture, NULL, fixture_set_up, test_annotations_empty_small,
              fixture_tear_down);
  g_test_add ("/ui/claims-kept-when-annotations-grow", Fixture, NULL, fixture_set_up, test_claims_kept_when_annotations_grow,
              fixture_tear_down);
  g_test_add ("/ui/navigate-differences", Fixture, NULL, fixture_set_up, test_navigate_differences,
              fixture_tear_down);
  g_test_add ("/ui/summary-on-focus", Fixture, NULL, fixture_set_up, test_summary_on_focus, fixture_tear_down);
  g_test_add ("/ui/keyboard-caret", Fixture, NULL, fixture_set_up, test_keyboard_caret, fixture_tear_down);
  g_test_add ("/ui/claim-differences-spoken", Fixture, NULL, fixture_set_up, test_claim_differences_spoken,
              fixture_tear_down);
  g_test_add ("/ui/difference-for-screen-reader", Fixture, NULL, fixture_set_up, test_difference_for_screen_reader,
              fixture_tear_down);
  g_test_add ("/ui/tooltip-words", Fixture, NULL, fixture_set_up, test_tooltip_words, fixture_tear_down);
  g_test_add ("/ui/reveal-quick", Fixture, NULL, fixture_set_up, test_reveal_quick, fixture_tear_down);
  g_test_add ("/ui/reveal-top-line", Fixture, NULL, fixture_set_up, test_reveal_top_line, fixture_tear_down);
  g_test_add ("/ui/bar-compact", Fixture, NULL, fixture_set_up, test_bar_compact, fixture_tear_down);
  g_test_add ("/ui/bar-quote-marks", Fixture, NULL, fixture_set_up, test_bar_quote_marks, fixture_tear_down);
  g_test_add ("/ui/claim-sentences-only", Fixture, NULL, fixture_set_up, test_claim_sentences_only,
              fixture_tear_down);
  g_test_add ("/ui/preferences", Fixture, NULL, fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/ui/legend-named", Fixture, NULL, fixture_set_up, test_legend_named, fixture_tear_down);
  g_test_add ("/ui/legend-with-sources", Fixture, NULL, fixture_set_up, test_legend_with_sources, fixture_tear_down);
  g_test_add ("/ui/legend-table-bold", Fixture, NULL, fixture_set_up, test_legend_table_bold, fixture_tear_down);
  g_test_add ("/ui/preferences-style-said", Fixture, NULL, fixture_set_up, test_preferences_style_said,
              fixture_tear_down);
  g_test_add ("/ui/preferences-peek-named", Fixture, NULL, fixture_set_up, test_preferences_peek_named,
              fixture_tear_down);
  g_test_add ("/ui/narrow-claims-toggle", Fixture, NULL, fixture_set_up, test_narrow_claims_toggle,
              fixture_tear_down);
  g_test_add ("/ui/narrow-panels-take-keyboard", Fixture, NULL, fixture_set_up, test_narrow_panels_take_keyboard,
              fixture_tear_down);
  g_test_add ("/ui/library", Fixture, NULL, fixture_set_up, test_library, fixture_tear_down);
  g_test_add ("/ui/paste-text", Fixture, NULL, fixture_set_up, test_paste_text, fixture_tear_down);
  g_test_add_func ("/ui/toast-plain-text", test_toast_plain_text);
  g_test_add_func ("/ui/bar-counts-outlets", test_bar_counts_outlets);
  g_test_add_func ("/ui/menu-button-quiet-tooltip", test_menu_button_quiet_tooltip);
  g_test_add ("/ui/rename-outlet", Fixture, NULL, fixture_set_up, test_rename_outlet, fixture_tear_down);
  g_test_add ("/ui/narrow-while-loading", Fixture, NULL, fixture_set_up, test_narrow_while_loading, fixture_tear_down);
  g_test_add ("/ui/untitled-file", Fixture, NULL, fixture_set_up, test_untitled_file, fixture_tear_down);
  g_test_add ("/ui/giant-paragraph", Fixture, NULL, fixture_set_up, test_giant_paragraph, fixture_tear_down);
  g_test_add ("/ui/column-shares-nothing", Fixture, NULL, fixture_set_up, test_column_shares_nothing, fixture_tear_down);
  g_test_add ("/ui/claims-filters-empty", Fixture, NULL, fixture_set_up, test_claims_filters_empty,
              fixture_tear_down);
  g_test_add ("/ui/claims-furniture-hidden", Fixture, NULL, fixture_set_up, test_claims_furniture_hidden,
              fixture_tear_down);
  g_test_add ("/ui/plain-text-headline-once", Fixture, NULL, fixture_set_up, test_plain_text_headline_once,
              fixture_tear_down);
  g_test_add ("/ui/hostile-names", Fixture, NULL, fixture_set_up, test_hostile_names, fixture_tear_down);
  g_test_add ("/ui/unnamed-outlet", Fixture, NULL, fixture_set_up, test_unnamed_outlet, fixture_tear_down);
  g_test_add ("/ui/hostile-file-name", Fixture, NULL, fixture_set_up, test_hostile_file_name, fixture_tear_down);
  g_test_add ("/ui/toast-names", Fixture, NULL, fixture_set_up, test_toast_names, fixture_tear_down);
  g_test_add ("/ui/charset-note", Fixture, NULL, fixture_set_up, test_charset_note, fixture_tear_down);
  g_test_add ("/ui/columns-equal", Fixture, NULL, fixture_set_up, test_columns_equal, fixture_tear_down);
  g_test_add ("/ui/header-own-height", Fixture, NULL, fixture_set_up, test_header_own_height, fixture_tear_down);
  g_test_add ("/ui/updated-in-header", Fixture, NULL, fixture_set_up, test_updated_in_header, fixture_tear_down);
  g_test_add ("/ui/failed-file-named", Fixture, NULL, fixture_set_up, test_failed_file_named, fixture_tear_down);
  g_test_add ("/ui/failed-page-named", Fixture, NULL, fixture_set_up, test_failed_page_named, fixture_tear_down);
  g_test_add ("/ui/failed-page-reopened", Fixture, NULL, fixture_set_up, test_failed_page_reopened,
              fixture_tear_down);
  g_test_add ("/ui/failed-file-choices", Fixture, NULL, fixture_set_up, test_failed_file_choices,
              fixture_tear_down);
  g_test_add ("/ui/errors-translated", Fixture, NULL, fixture_set_up, test_errors_translated, fixture_tear_down);
  g_test_add ("/ui/long-names-whole", Fixture, NULL, fixture_set_up, test_long_names_whole, fixture_tear_down);
  g_test_add ("/ui/same-outlet-told-apart", Fixture, NULL, fixture_set_up, test_same_outlet_told_apart,
              fixture_tear_down);
  g_test_add ("/ui/progress", Fixture, NULL, fixture_set_up, test_progress, fixture_tear_down);
  g_test_add ("/ui/drop", Fixture, NULL, fixture_set_up, test_drop, fixture_tear_down);
  g_test_add ("/ui/add-url", Fixture, NULL, fixture_set_up, test_add_url, fixture_tear_down);
  g_test_add ("/ui/failed-address-named", Fixture, NULL, fixture_set_up, test_failed_address_named,
              fixture_tear_down);
  g_test_add ("/ui/failing-url", Fixture, NULL, fixture_set_up, test_failing_url, fixture_tear_down);
  g_test_add ("/ui/binary-page-choices", Fixture, NULL, fixture_set_up, test_binary_page_choices, fixture_tear_down);
  g_test_add ("/ui/relative-file-kept-whole", Fixture, NULL, fixture_set_up, test_relative_file_kept_whole,
              fixture_tear_down);
  g_test_add ("/ui/failed-source-kept", Fixture, NULL, fixture_set_up, test_failed_source_kept, fixture_tear_down);
  g_test_add ("/ui/failed-source-numbered", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_failed_source_numbered, fixture_tear_down);
  g_test_add ("/ui/failed-source-numbered-alone", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up,
              test_failed_source_numbered, fixture_tear_down);
  g_test_add ("/ui/columns-fit", Fixture, NULL, fixture_set_up, test_columns_fit, fixture_tear_down);
  g_test_add ("/ui/table-keeps-library-away", Fixture, NULL, fixture_set_up, test_table_keeps_library_away,
              fixture_tear_down);
  g_test_add ("/ui/view-measures-shown", Fixture, NULL, fixture_set_up, test_view_measures_shown, fixture_tear_down);
  g_test_add ("/ui/destroyed-after-menu-had-pointer", Fixture, NULL, fixture_set_up,
              test_destroyed_after_menu_had_pointer, fixture_tear_down);
  g_test_add ("/ui/remove-while-loading", Fixture, NULL, fixture_set_up, test_remove_while_loading,
              fixture_tear_down);
  g_test_add ("/ui/new-story-focus", Fixture, NULL, fixture_set_up, test_new_story_focus, fixture_tear_down);
  g_test_add ("/ui/column-menu-move", Fixture, NULL, fixture_set_up, test_column_menu_move, fixture_tear_down);
  g_test_add ("/ui/column-menu-finalized", Fixture, NULL, fixture_set_up, test_column_menu_finalized,
              fixture_tear_down);
  g_test_add ("/ui/undo-remove-focus", Fixture, NULL, fixture_set_up, test_undo_remove_focus, fixture_tear_down);
  g_test_add ("/ui/undo-remove-nothing-back", Fixture, NULL, fixture_set_up, test_undo_remove_nothing_back,
              fixture_tear_down);
  g_test_add ("/ui/undo-remove-in-place", Fixture, NULL, fixture_set_up, test_undo_remove_in_place,
              fixture_tear_down);
  g_test_add ("/ui/recompare-keeps-scroll", Fixture, NULL, fixture_set_up, test_recompare_keeps_scroll,
              fixture_tear_down);
  g_test_add_func ("/ui/shortcuts-order", test_shortcuts_order);

  return g_test_run ();
}
