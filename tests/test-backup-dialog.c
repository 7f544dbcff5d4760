/* test-backup-dialog.c: issue 14 item 1 in the window, the whole
 * application started in-process as a user starts it: a library of 0 bytes
 * beside a good backup is restored and said so; a library that lacks what
 * its backup holds asks before the backup is replaced, twice (kept, then
 * replaced with the previous backup kept beside it); nothing is lost.
 * Also what the application keeps when it quits (Ctrl+Q).
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-application.h"
#include "px-window.h"
#include "px-store.h"
#include "px-test-util.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <time.h>
#include <utime.h>

#include <glib/gstdio.h>

#define WAIT_SECONDS 60

static char *library;
static char *backup;

typedef struct
{
  GApplication *app;
  const char *heading;    /* of the dialog awaited */
  const char *expect;     /* in its body */
  const char *response;
  gboolean answered;
  char *body;
  gint64 deadline;
} Run;

static AdwMessageDialog *
find_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window))
          && g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
backup_replaced (void)
{
  g_autofree char *folder = g_path_get_dirname (library);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "parallax.db.backup.kept-"))
      return TRUE;
  return FALSE;
}

static gboolean
poll_cb (gpointer user_data)
{
  Run *run = user_data;
  AdwMessageDialog *dialog;

  if (g_get_monotonic_time () > run->deadline)
    g_error ("timed out waiting for the dialog “%s”", run->heading);

  if (!run->answered)
    {
      if ((dialog = find_dialog (run->heading)) == NULL)
        return G_SOURCE_CONTINUE;
      run->body = g_strdup (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
      g_test_message ("%s: %s", run->heading, run->body);
      /* What a click on the answer's button does. */
      adw_message_dialog_response (dialog, run->response);
      gtk_window_close (GTK_WINDOW (dialog));
      run->answered = TRUE;
      return G_SOURCE_CONTINUE;
    }

  /* The dialog closes on an answer; a replacement runs on a thread:
   * wait for both before quitting.
   */
  if (find_dialog (run->heading) != NULL)
    return G_SOURCE_CONTINUE;
  if (g_str_equal (run->response, "replace") && !backup_replaced ())
    return G_SOURCE_CONTINUE;

  g_application_quit (run->app);
  return G_SOURCE_REMOVE;
}

static char *
run_app (const char *heading,
         const char *response)
{
  g_autoptr(PxApplication) app = px_application_new ();
  Run run = { G_APPLICATION (app), heading, NULL, response, FALSE, NULL,
              g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_timeout_add (50, poll_cb, &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_true (run.answered);

  return run.body;
}

static gint64
count_stories (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM stories WHERE title LIKE 'Story %'", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_item_1 (void)
{
  g_autofree char *folder = g_path_get_dirname (library);
  g_autofree char *other = g_build_filename (folder, "other.db", NULL);
  g_autofree char *sum = NULL;
  g_autoptr(GError) error = NULL;

  /* Three stories and their backup. */
  {
    g_autoptr(PxStore) store = px_store_open (library, &error);

    g_assert_no_error (error);
    for (guint i = 1; i <= 3; i++)
      {
        g_autofree char *title = g_strdup_printf ("Story %u", i);

        g_assert_cmpint (px_store_create_story (store, title, &error), >, 0);
      }
    g_assert_true (px_store_backup (store, &error));
    g_assert_true (px_store_close (store, &error));
  }

  /* The library emptied to 0 bytes: restored, and the window says so. */
  g_assert_true (g_file_set_contents (library, "", 0, NULL));
  {
    g_autofree char *body = run_app ("The Library Was Repaired", "close");

    g_assert_nonnull (strstr (body, "was empty"));
    g_assert_cmpint (count_stories (library), ==, 3);
  }

  /* Another, smaller library in its place: asked, and kept as it is. */
  {
    g_autoptr(PxStore) store = px_store_open (other, &error);

    g_assert_cmpint (px_store_create_story (store, "Other", &error), >, 0);
    g_assert_true (px_store_close (store, &error));
  }
  g_assert_cmpint (g_rename (other, library), ==, 0);
  px_test_age_file (backup);
  sum = px_test_file_sum (backup);
  {
    g_autofree char *body = run_app ("Replace the Backup?", "keep");
    g_autofree char *now = px_test_file_sum (backup);

    g_assert_nonnull (strstr (body, "3 stories"));
    g_assert_nonnull (strstr (body, library));
    g_assert_nonnull (strstr (body, backup));
    g_assert_cmpstr (now, ==, sum);
    g_assert_false (backup_replaced ());
  }

  /* Asked again at the next start; replaced, the old one kept. */
  {
    g_autofree char *body = run_app ("Replace the Backup?", "replace");
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    g_assert_nonnull (strstr (body, "3 stories"));
    while ((name = g_dir_read_name (dir)) != NULL)
      if (g_str_has_prefix (name, "parallax.db.backup.kept-"))
        {
          g_autofree char *kept = g_build_filename (folder, name, NULL);
          g_autofree char *kept_sum = px_test_file_sum (kept);

          g_assert_cmpstr (kept_sum, ==, sum);
          g_assert_cmpint (count_stories (kept), ==, 3);
        }
    g_assert_cmpint (count_stories (backup), ==, 0);
  }
}

typedef struct
{
  GApplication *app;
  gboolean quit;
  gint64 deadline;
} QuitRun;

static gboolean
quit_poll_cb (gpointer user_data)
{
  QuitRun *run = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (run->app));

  if (g_get_monotonic_time () > run->deadline)
    g_error ("timed out waiting for the window");
  if (window == NULL || !PX_IS_WINDOW (window) || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;

  /* As the user left it, then Ctrl+Q. */
  gtk_window_set_default_size (window, 730, 610);
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
  run->quit = TRUE;
  return G_SOURCE_REMOVE;
}

/* Quitting with Ctrl+Q keeps the window's size for the next start, as
 * closing it does (it had been lost: the windows went without being
 * closed).
 */
static void
test_quit_keeps_size (void)
{
  g_autoptr(PxApplication) app = px_application_new ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.parallaxnews.Parallax");
  QuitRun run = { G_APPLICATION (app), FALSE, g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC };

  g_settings_set_int (settings, "window-width", 1000);
  g_settings_set_int (settings, "window-height", 700);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_timeout_add (50, quit_poll_cb, &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_true (run.quit);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 730);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = px_test_make_temp_dir ("px-backup-dialog-XXXXXX");
  g_autofree char *data = g_build_filename (home, "data", NULL);
  int status;

  /* Before anything reads it: the application's library lives here. */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  library = g_build_filename (data, "parallax", "parallax.db", NULL);
  backup = g_strconcat (library, ".backup", NULL);
  g_assert_cmpint (g_mkdir_with_parents (data, 0700), ==, 0);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/backup-dialog/item-1", test_item_1);
  g_test_add_func ("/app/quit-keeps-size", test_quit_keeps_size);

  status = g_test_run ();
  px_test_remove_temp_dirs ();
  return status;
}
