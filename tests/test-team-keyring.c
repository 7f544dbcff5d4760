/* test-team-keyring.c: a team library's password in the keyring, never in
 * the settings; run by tests/with-keyring.sh under dbus-run-session, with a
 * GNOME Keyring of its own and the settings in a key file on disk
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-libraries.h"
#include "px-pg-secret.h"
#include "px-pg-store.h"
#include "px-team-libraries-page.h"
#include "px-test-pg.h"
#include "px-ui-test-util.h"

#include <adwaita.h>

static PxTestPg *server;

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
library_added (gpointer data)
{
  g_autoptr(GVariant) libraries = g_settings_get_value (data, "team-libraries");

  return g_variant_n_children (libraries) > 0;
}

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  PxLibrary **library = user_data;
  g_autoptr(GError) error = NULL;

  *library = px_library_entry_open_finish (PX_LIBRARY_ENTRY (object), result, &error);
  g_assert_no_error (error);
}

static gboolean
library_set (gpointer data)
{
  return *(PxLibrary **) data != NULL;
}

/* Added through Preferences with its password: the keyring has it, the
 * settings (a file on disk here) have the address and name only, and the
 * window's open reads it back from the keyring.
 */
static void
test_password_in_keyring (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *uri = g_strdup_printf ("postgresql://parallax@127.0.0.1:%u/postgres", server->port);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *keyfile = NULL;
  g_autofree char *keyfile_text = NULL;
  GtkWidget *page = px_team_libraries_page_new ();
  GtkWidget *window = adw_window_new ();
  PxLibrary *library = NULL;
  PxLibraryEntry *entry;

  g_assert_null (g_getenv ("PGPASSWORD"));
  adw_window_set_content (ADW_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));

  gtk_editable_set_text (GTK_EDITABLE (find_row (page, "Address, postgresql://host/database")), uri);
  gtk_editable_set_text (GTK_EDITABLE (find_row (page, "Your Name, as Colleagues See It")), "Ana");
  gtk_editable_set_text (GTK_EDITABLE (find_row (page, "Password")), server->password);
  g_signal_emit_by_name (find_button (find_row (page, "Parallax connects once to check the address and password")),
                         "clicked");
  px_ui_test_wait_for (library_added, settings, "the library in the settings", 30);

  /* The keyring has the password under the address. */
  stored = px_pg_secret_lookup (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, server->password);

  /* The settings, as written to disk, have no trace of it. */
  g_settings_sync ();
  keyfile = g_build_filename (g_get_user_config_dir (), "glib-2.0", "settings", "keyfile", NULL);
  g_assert_true (g_file_get_contents (keyfile, &keyfile_text, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (keyfile_text, "127.0.0.1"));
  g_assert_nonnull (strstr (keyfile_text, "Ana"));
  g_assert_null (strstr (keyfile_text, server->password));

  /* The window's way in: the password read back from the keyring. */
  entry = px_libraries_find_uri (px_libraries_get_default (), uri);
  g_assert_nonnull (entry);
  px_library_entry_open_async (entry, NULL, opened_cb, &library);
  px_ui_test_wait_for (library_set, &library, "the library opened with the keyring's password", 30);
  g_assert_true (PX_IS_PG_STORE (library));
  g_assert_true (px_pg_store_get_connected (PX_PG_STORE (library)));

  /* Cleared, it is gone from the keyring. */
  g_assert_true (px_pg_secret_clear (uri, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&stored, g_free);
  stored = px_pg_secret_lookup (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (stored);

  px_pg_store_close (PX_PG_STORE (library));
  g_object_unref (library);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  int status;

  /* The keyring, not libpq's environment, must give the password. */
  g_unsetenv ("PGPASSWORD");
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_setenv ("GTK_A11Y", "test", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  server = px_test_pg_start ();

  g_test_add_func ("/team-keyring/password-in-keyring", test_password_in_keyring);

  status = g_test_run ();
  g_clear_pointer (&server, px_test_pg_destroy);
  return status;
}
