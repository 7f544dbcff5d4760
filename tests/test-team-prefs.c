/* test-team-prefs.c: Preferences, Team Libraries, under Xvfb against a
 * throwaway PostgreSQL server
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-preferences-window.h"
#include "px-team-libraries-page.h"
#include "px-test-pg.h"
#include "px-ui-test-util.h"

#include <string.h>

#include <adwaita.h>

static PxTestPg *server;

typedef struct
{
  GtkWidget *found;
  GType type;
  const char *title;
} Search;

/* The first descendant of @widget of @search->type (with the title
 * @search->title, for preference rows).
 */
static void
find (GtkWidget *widget,
      Search    *search)
{
  if (search->found != NULL)
    return;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, search->type)
      && (search->title == NULL
          || (ADW_IS_PREFERENCES_ROW (widget)
              && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), search->title) == 0)))
    {
      search->found = widget;
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    find (child, search);
}

static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *title)
{
  Search search = { NULL, type, title };

  find (root, &search);
  g_assert_nonnull (search.found);
  return search.found;
}

static gboolean
library_added (gpointer data)
{
  GSettings *settings = data;
  g_autoptr(GVariant) libraries = g_settings_get_value (settings, "team-libraries");

  return g_variant_n_children (libraries) > 0;
}

static void
test_add_library (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *page = px_team_libraries_page_new ();
  GtkWidget *window = adw_window_new ();
  GtkWidget *uri_row;
  GtkWidget *author_row;
  GtkWidget *add_button;
  g_autofree char *uri = g_strdup_printf ("postgresql://parallax@127.0.0.1:%u/postgres", server->port);
  g_autoptr(GVariant) libraries = NULL;
  const char *stored_uri;
  const char *stored_author;

  g_settings_set_value (settings, "team-libraries", g_variant_new_array (G_VARIANT_TYPE ("(ss)"), NULL, 0));
  adw_window_set_content (ADW_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));

  uri_row = find_widget (page, ADW_TYPE_ENTRY_ROW, "Address, postgresql://host/database");
  author_row = find_widget (page, ADW_TYPE_ENTRY_ROW, "Your Name, as Colleagues See It");
  add_button = find_widget (find_widget (page, ADW_TYPE_ACTION_ROW,
                                         "Parallax connects once to check the address and password"),
                            GTK_TYPE_BUTTON, NULL);

  /* Only a postgresql:// address and a name can be added. */
  gtk_editable_set_text (GTK_EDITABLE (author_row), "Ana");
  gtk_editable_set_text (GTK_EDITABLE (uri_row), "/home/ana/parallax.db");
  g_assert_false (gtk_widget_get_sensitive (add_button));
  gtk_editable_set_text (GTK_EDITABLE (uri_row), uri);
  g_assert_true (gtk_widget_get_sensitive (add_button));

  /* The password comes from PGPASSWORD here, so the keyring is not asked. */
  g_signal_emit_by_name (add_button, "clicked");
  px_ui_test_wait_for (library_added, settings, "the library in the settings", 30);

  libraries = g_settings_get_value (settings, "team-libraries");
  g_variant_get_child (libraries, 0, "(&s&s)", &stored_uri, &stored_author);
  g_assert_cmpstr (stored_uri, ==, uri);
  g_assert_cmpstr (stored_author, ==, "Ana");
  /* The form is emptied for the next one. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (uri_row)), ==, "");
  g_assert_false (gtk_widget_get_sensitive (add_button));

  /* The list shows it, with a way to remove it. */
  find_widget (page, ADW_TYPE_ACTION_ROW, uri);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The preferences window has the page. */
static void
test_in_preferences (void)
{
  PxPreferencesWindow *preferences = px_preferences_window_new (NULL);

  gtk_window_present (GTK_WINDOW (preferences));
  find_widget (GTK_WIDGET (preferences), PX_TYPE_TEAM_LIBRARIES_PAGE, NULL);
  gtk_window_destroy (GTK_WINDOW (preferences));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_setenv ("GTK_A11Y", "test", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  server = px_test_pg_start ();
  g_setenv ("PGPASSWORD", server->password, TRUE);

  g_test_add_func ("/team-prefs/add-library", test_add_library);
  g_test_add_func ("/team-prefs/in-preferences", test_in_preferences);

  status = g_test_run ();
  g_clear_pointer (&server, px_test_pg_destroy);
  return status;
}
