/* test-team-ui.c: the window's pieces for team libraries (the libraries
 * list, the banner of a lost server, the conflict dialog), under Xvfb
 * against a throwaway PostgreSQL server
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-annotations-panel.h"
#include "px-conflict-dialog.h"
#include "px-libraries.h"
#include "px-library-switcher.h"
#include "px-pg-store.h"
#include "px-source.h"
#include "px-team-banner.h"
#include "px-test-pg.h"
#include "px-ui-test-util.h"
#include "px-window.h"
#include "px-window-private.h"

#include <adwaita.h>

static PxTestPg *server;

static void
set_team_libraries (const char *uri,
                    const char *author)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(ss)"));
  if (uri != NULL)
    g_variant_builder_add (&builder, "(ss)", uri, author);
  g_settings_set_value (settings, "team-libraries", g_variant_builder_end (&builder));
}

static gboolean
entry_open (gpointer data)
{
  return px_library_entry_get_library (data) != NULL;
}

static gboolean
opened_cb_done (gpointer data)
{
  return *(PxLibrary **) data != NULL;
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

/* My library first, then each team library of the settings, following
 * them; opening one gives a connected store, shared by every caller.
 */
static void
test_libraries (void)
{
  PxLibraries *libraries = px_libraries_get_default ();
  g_autofree char *uri = px_test_pg_new_database (server, "libraries");
  g_autoptr(PxLibraryEntry) team = NULL;
  g_autoptr(PxLibraryEntry) local = NULL;
  PxLibrary *first = NULL;
  PxLibrary *second = NULL;
  PxLibrarySwitcher *switcher = g_object_ref_sink (px_library_switcher_new ());

  set_team_libraries (NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (libraries)), ==, 1);
  local = g_list_model_get_item (G_LIST_MODEL (libraries), 0);
  g_assert_false (px_library_entry_is_team (local));
  g_assert_cmpstr (px_library_entry_get_title (local), ==, "My Library");
  /* Nothing to switch to: the sidebar does not show the list. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (switcher)));

  set_team_libraries (uri, "Ana");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (libraries)), ==, 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (switcher)));
  team = g_list_model_get_item (G_LIST_MODEL (libraries), 1);
  g_assert_true (px_library_entry_is_team (team));
  g_assert_cmpstr (px_library_entry_get_title (team), ==, "libraries");
  g_assert_cmpstr (px_library_entry_get_author (team), ==, "Ana");
  g_assert_nonnull (strstr (px_library_entry_get_subtitle (team), "Ana"));

  /* Two opens at once make one connection. */
  px_library_entry_open_async (team, NULL, opened_cb, &first);
  g_assert_true (px_library_entry_get_opening (team));
  px_library_entry_open_async (team, NULL, opened_cb, &second);
  px_ui_test_wait_for (opened_cb_done, &first, "the team library open", 30);
  px_ui_test_wait_for (opened_cb_done, &second, "the second open", 30);
  g_assert_true (first == second);
  g_assert_true (PX_IS_PG_STORE (first));
  g_assert_true (px_pg_store_get_connected (PX_PG_STORE (first)));
  g_assert_cmpstr (px_pg_store_get_author (PX_PG_STORE (first)), ==, "Ana");
  g_assert_true (px_libraries_find (libraries, first) == team);
  px_ui_test_wait_for (entry_open, team, "the entry's library", 5);

  /* The same setting again keeps the open entry. */
  set_team_libraries (uri, "Ana");
  g_assert_true (px_libraries_find_uri (libraries, uri) == team);

  set_team_libraries (NULL, NULL);
  g_assert_null (px_libraries_find_uri (libraries, uri));
  g_object_unref (first);
  g_object_unref (second);
  g_object_unref (switcher);
}

static gboolean
banner_revealed (gpointer data)
{
  return px_team_banner_get_revealed (data);
}

static gboolean
banner_hidden (gpointer data)
{
  return !px_team_banner_get_revealed (data);
}

static gboolean
banner_counts_two (gpointer data)
{
  return g_strcmp0 (px_team_banner_get_title (data),
                    "Team library unreachable: 2 saves are queued on this computer and will be sent when the "
                    "server answers") == 0;
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  gint64 *id = user_data;
  g_autoptr(GError) error = NULL;

  *id = px_library_create_story_finish (PX_LIBRARY (object), result, &error);
  g_assert_no_error (error);
}

static gboolean
id_set (gpointer data)
{
  return *(gint64 *) data > 0;
}

/* The server goes: the banner says so and counts the saves kept on disk;
 * it comes back: they are sent and the banner goes.
 */
static void
test_banner (void)
{
  g_autofree char *uri = px_test_pg_new_database (server, "banner");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxPgStore) store = NULL;
  g_autoptr(PxStore) local = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-banner-XXXXXX", &error);
  g_autofree char *queue = g_build_filename (dir, "queue", NULL);
  g_autofree char *db = g_build_filename (dir, "local.db", NULL);
  g_autofree char *count = NULL;
  GtkWidget *window = gtk_window_new ();
  PxTeamBanner *banner = px_team_banner_new ();
  gint64 ids[2] = { 0, 0 };

  store = px_pg_store_open (uri, server->password, "Ana", queue, &error);
  g_assert_no_error (error);
  px_pg_store_listen (store);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (banner));
  gtk_window_present (GTK_WINDOW (window));

  /* My library has no server to lose. */
  local = px_store_open (db, &error);
  g_assert_no_error (error);
  px_team_banner_set_library (banner, PX_LIBRARY (local));
  g_assert_false (px_team_banner_get_revealed (banner));

  px_team_banner_set_library (banner, PX_LIBRARY (store));
  g_assert_false (px_team_banner_get_revealed (banner));

  px_test_pg_stop (server);
  px_ui_test_wait_for (banner_revealed, banner, "the banner", 10);
  g_assert_cmpstr (px_team_banner_get_title (banner), ==,
                   "Team library unreachable: what you save is queued on this computer and will be sent when the "
                   "server answers");

  /* Saves made meanwhile are kept, and counted: said to be on this computer only. */
  px_library_create_story_async (PX_LIBRARY (store), "Kept while away", NULL, created_cb, &ids[0]);
  px_library_create_story_async (PX_LIBRARY (store), "Also kept", NULL, created_cb, &ids[1]);
  px_ui_test_wait_for (id_set, &ids[1], "the saves", 30);
  px_ui_test_wait_for (banner_counts_two, banner, "two changes waiting", 10);

  px_test_pg_start_again (server);
  px_ui_test_wait_for (banner_hidden, banner, "the banner gone", 30);
  g_assert_cmpuint (px_pg_store_get_n_queued (store), ==, 0);
  count = px_test_pg_query (server, uri, "SELECT count(*) FROM stories");
  g_assert_cmpstr (count, ==, "2");

  px_pg_store_close (store);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
banner_says_read_only (gpointer data)
{
  const char *title = px_team_banner_get_title (data);

  return strstr (title, "library version 9") != NULL
         && g_str_has_suffix (title, "1 save is kept on this computer and will be sent by the updated Parallax");
}

/* A colleague's newer Parallax updates the library to a version this one
 * reads but may not change: the banner says so once a save finds out,
 * and that the save waits on this computer; no Try Again (trying does
 * not help).
 */
static void
test_banner_read_only (void)
{
  g_autofree char *uri = px_test_pg_new_database (server, "banner_read_only");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxPgStore) store = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-banner-XXXXXX", &error);
  g_autofree char *queue = g_build_filename (dir, "queue", NULL);
  GtkWidget *window = gtk_window_new ();
  PxTeamBanner *banner = px_team_banner_new ();
  gint64 id = 0;

  store = px_pg_store_open (uri, server->password, "Ana", queue, &error);
  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (banner));
  gtk_window_present (GTK_WINDOW (window));
  px_team_banner_set_library (banner, PX_LIBRARY (store));
  g_assert_false (px_team_banner_get_revealed (banner));

  g_free (px_test_pg_query (server, uri, "UPDATE parallax_schema SET version = 9, readable_from = 5, "
                                         "writable_from = 8, set_up_by = '0.3.0'"));
  px_library_create_story_async (PX_LIBRARY (store), "Kept for the update", NULL, created_cb, &id);
  px_ui_test_wait_for (id_set, &id, "the save", 30);
  px_ui_test_wait_for (banner_says_read_only, banner, "the read-only banner", 10);
  g_assert_true (px_team_banner_get_revealed (banner));

  px_pg_store_close (store);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
chosen_cb (PxConflictDialog *dialog,
           int               choice,
           int              *chosen)
{
  *chosen = choice;
}

/* Who and when, in the heading; Escape never overwrites. */
static void
test_conflict_dialog (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format_iso8601 (now);
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  g_autofree char *time = g_date_time_format (local, "%H:%M:%S");
  g_autofree char *expected = g_strdup_printf ("Changed by Ana at %s", time);
  g_autofree char *described = px_conflict_describe ("Ana", at);
  g_autofree char *old = px_conflict_describe ("Ana", "2001-02-03T04:05:06Z");
  g_autofree char *nobody = px_conflict_describe (NULL, NULL);
  PxConflictDialog *dialog;
  int chosen = -1;

  g_assert_cmpstr (described, ==, expected);
  g_assert_true (g_str_has_prefix (old, "Changed by Ana at 2001-02-0"));
  g_assert_cmpstr (nobody, ==, "Changed by Someone Else");

  dialog = px_conflict_dialog_new (NULL, "Ana", at);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, expected);
  g_signal_connect (dialog, "chosen", G_CALLBACK (chosen_cb), &chosen);
  gtk_window_present (GTK_WINDOW (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "overwrite");
  g_assert_cmpint (chosen, ==, PX_CONFLICT_OVERWRITE);
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = px_conflict_dialog_new (NULL, "Ana", at);
  g_signal_connect (dialog, "chosen", G_CALLBACK (chosen_cb), &chosen);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (adw_message_dialog_get_close_response (ADW_MESSAGE_DIALOG (dialog)), ==, "reload");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "reload");
  g_assert_cmpint (chosen, ==, PX_CONFLICT_RELOAD);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static const char article_text[] =
  "Councillors voted by nine votes to four to close the old bridge. "
  "The mayor said repairs would cost 4.75 million euros.";

static gint64
annotate (PxPgStore *store,
          gint64     story_id,
          gint64     source_id,
          guint      start,
          guint      end,
          PxVerdict  verdict)
{
  g_autoptr(GError) error = NULL;
  PxTargetSpec target = { .source_id = source_id, .start = start, .end = end };
  gint64 id = px_pg_store_create_annotation (store, story_id, &target, 1, verdict, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
review_requested_cb (PxAnnotationsPanel *panel,
                     gint64              annotation_id,
                     gboolean            reviewed,
                     gint64             *requested)
{
  *requested = reviewed ? annotation_id : -annotation_id;
}

/* Each annotation says whose it is; the panel shows one colleague's, and
 * offers the editor's "Reviewed" mark, which says who gave it.
 */
static void
test_annotations_by_author (void)
{
  g_autofree char *uri = px_test_pg_new_database (server, "authors");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxPgStore) ana = px_pg_store_open (uri, server->password, "Ana", NULL, &error);
  g_autoptr(PxPgStore) ben = NULL;
  g_autoptr(PxArticle) article = px_article_new ("https://example.org/bridge");
  g_autoptr(GPtrArray) annotations = NULL;
  PxAnnotationsPanel *panel = px_annotations_panel_new ();
  GtkWidget *window = gtk_window_new ();
  gint64 story_id, source_id, by_ana, by_ben, requested = 0;
  const char *outlet = "Example News";
  const PxAnnotation *reviewed = NULL;

  g_assert_no_error (error);
  ben = px_pg_store_open (uri, server->password, "Ben", NULL, &error);
  g_assert_no_error (error);
  article->outlet = g_strdup (outlet);
  g_free (article->text);
  article->text = g_strdup (article_text);
  story_id = px_pg_store_create_story (ana, "The bridge", &error);
  source_id = px_pg_store_add_source (ana, story_id, article, NULL, &error);
  g_assert_no_error (error);
  /* Ben reads the source before he annotates it. */
  g_ptr_array_unref (px_pg_store_list_sources (ben, story_id, &error));
  by_ana = annotate (ana, story_id, source_id, 0, 20, PX_VERDICT_ACCURATE);
  by_ben = annotate (ben, story_id, source_id, 65, 80, PX_VERDICT_MISLEADING);
  g_assert_true (px_pg_store_set_annotation_reviewed (ana, by_ben, TRUE, &error));
  g_assert_no_error (error);

  annotations = px_pg_store_list_annotations (ana, story_id, FALSE, &error);
  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (panel));
  gtk_window_present (GTK_WINDOW (window));
  px_annotations_panel_set_sources (panel, &source_id, &outlet, 1);
  px_annotations_panel_set_annotations (panel, annotations);
  g_assert_cmpuint (px_annotations_panel_get_n_shown (panel), ==, 2);

  px_annotations_panel_set_author_filter (panel, "Ben");
  g_assert_cmpuint (px_annotations_panel_get_n_shown (panel), ==, 1);
  g_assert_cmpint (px_annotations_panel_get_shown (panel, 0), ==, by_ben);
  px_annotations_panel_set_author_filter (panel, "Ana");
  g_assert_cmpuint (px_annotations_panel_get_n_shown (panel), ==, 1);
  g_assert_cmpint (px_annotations_panel_get_shown (panel, 0), ==, by_ana);
  /* Read again, the choice stays. */
  px_annotations_panel_set_annotations (panel, annotations);
  g_assert_cmpuint (px_annotations_panel_get_n_shown (panel), ==, 1);
  px_annotations_panel_set_author_filter (panel, NULL);
  g_assert_cmpuint (px_annotations_panel_get_n_shown (panel), ==, 2);

  for (guint i = 0; i < annotations->len; i++)
    if (((const PxAnnotation *) g_ptr_array_index (annotations, i))->id == by_ben)
      reviewed = g_ptr_array_index (annotations, i);
  g_assert_nonnull (reviewed);
  g_assert_cmpstr (reviewed->author, ==, "Ben");
  g_assert_cmpstr (reviewed->reviewed_by, ==, "Ana");
  g_assert_nonnull (reviewed->reviewed_at);

  /* The row's mark asks for the review to be taken away. */
  g_signal_connect (panel, "review-requested", G_CALLBACK (review_requested_cb), &requested);
  {
    GtkWidget *list = NULL;
    GtkListBoxRow *row;
    GtkWidget *button = NULL;
    GtkWidget *stack[64];
    guint n = 0;

    /* The first list box in the panel holds the annotations. */
    stack[n++] = GTK_WIDGET (panel);
    while (n > 0 && list == NULL)
      {
        GtkWidget *widget = stack[--n];

        if (GTK_IS_LIST_BOX (widget))
          list = widget;
        for (GtkWidget *child = gtk_widget_get_last_child (widget); child != NULL && n < 64;
             child = gtk_widget_get_prev_sibling (child))
          stack[n++] = child;
      }
    g_assert_nonnull (list);
    for (int i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i)) != NULL; i++)
      {
        n = 0;
        stack[n++] = GTK_WIDGET (row);
        while (n > 0)
          {
            GtkWidget *widget = stack[--n];

            if (GTK_IS_TOGGLE_BUTTON (widget) && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget)))
              button = widget;
            for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && n < 64;
                 child = gtk_widget_get_next_sibling (child))
              stack[n++] = child;
          }
      }
    g_assert_nonnull (button);
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "Reviewed by Ana"));
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), FALSE);
    g_assert_cmpint (requested, ==, -by_ben);
  }

  px_pg_store_close (ana);
  px_pg_store_close (ben);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window on a team library */

typedef struct
{
  PxWindow *window;
  PxPgStore *ben;       /* a colleague, on a connection of his own */
  PxStore *local;
  gint64 story_id;
  gint64 source_id;
  gint64 annotation_id; /* Ben's */
  gint64 expected;      /* what a condition waits for */
  const char *note;
} WindowFixture;

static gboolean
window_shows_team_story (gpointer data)
{
  WindowFixture *f = data;

  return PX_IS_PG_STORE (px_window_get_library (f->window))
         && px_window_get_story_id (f->window) == f->story_id
         && px_ui_test_columns_settled (px_window_get_story_view (f->window));
}

static gboolean
window_has_annotation (gpointer data)
{
  WindowFixture *f = data;
  GPtrArray *annotations = px_annotator_get_annotations (_px_window_get_annotator (f->window));

  for (guint i = 0; annotations != NULL && i < annotations->len; i++)
    if (((const PxAnnotation *) g_ptr_array_index (annotations, i))->id == f->expected)
      return TRUE;
  return FALSE;
}

static const PxAnnotation *
window_annotation (WindowFixture *f,
                   gint64         annotation_id)
{
  GPtrArray *annotations = px_annotator_get_annotations (_px_window_get_annotator (f->window));

  for (guint i = 0; annotations != NULL && i < annotations->len; i++)
    if (((const PxAnnotation *) g_ptr_array_index (annotations, i))->id == annotation_id)
      return g_ptr_array_index (annotations, i);
  return NULL;
}

static gboolean
window_lacks_annotation (gpointer data)
{
  WindowFixture *f = data;

  return window_annotation (f, f->expected) == NULL;
}

static gboolean
window_has_verdict_false (gpointer data)
{
  WindowFixture *f = data;
  const PxAnnotation *annotation = window_annotation (f, f->expected);

  return annotation != NULL && annotation->verdict == PX_VERDICT_FALSE;
}

/* The Annotations panel's row of @annotation_id, or NULL. */
static GtkWidget *
panel_row (WindowFixture *f,
           gint64         annotation_id)
{
  PxAnnotationsPanel *panel = _px_window_get_annotations_panel (f->window);
  GtkWidget *list = NULL;
  GtkWidget *stack[64];
  guint n = 0;

  stack[n++] = GTK_WIDGET (panel);
  while (n > 0 && list == NULL)
    {
      GtkWidget *widget = stack[--n];

      if (GTK_IS_LIST_BOX (widget) && gtk_widget_get_visible (widget)
          && gtk_list_box_get_row_at_index (GTK_LIST_BOX (widget), 0) != NULL
          && ADW_IS_ACTION_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (widget), 0)))
        list = widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && n < 64;
           child = gtk_widget_get_next_sibling (child))
        stack[n++] = child;
    }

  for (guint i = 0; list != NULL && i < px_annotations_panel_get_n_shown (panel); i++)
    if (px_annotations_panel_get_shown (panel, i) == annotation_id)
      return GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i));
  return NULL;
}

static gboolean
window_has_two_columns (gpointer data)
{
  WindowFixture *f = data;

  return px_story_view_get_n_columns (px_window_get_story_view (f->window)) == 2;
}

static gboolean
annotator_idle (gpointer data)
{
  return !px_annotator_get_busy (_px_window_get_annotator (data));
}

static gboolean
popover_open (gpointer data)
{
  return px_annotator_get_popover (_px_window_get_annotator (data)) != NULL;
}

static PxConflictDialog *
find_conflict_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (PX_IS_CONFLICT_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return PX_CONFLICT_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
conflict_dialog_shown (gpointer data)
{
  return find_conflict_dialog () != NULL;
}

static gboolean
note_is (gpointer data)
{
  WindowFixture *f = data;
  g_autoptr(PxAnnotation) annotation = px_pg_store_get_annotation (f->ben, f->annotation_id, NULL);

  return annotation != NULL && g_strcmp0 (annotation->note, f->note) == 0;
}

static gboolean
local_has_copy (gpointer data)
{
  WindowFixture *f = data;
  g_autoptr(GPtrArray) stories = px_store_list_stories (f->local, FALSE, NULL);

  return stories != NULL && stories->len == 1
         && g_strcmp0 (((const PxStoryInfo *) g_ptr_array_index (stories, 0))->title, "Bridge vote") == 0;
}

static gboolean
window_banner_revealed (gpointer data)
{
  return px_team_banner_get_revealed (((PxWindow *) data)->team_banner);
}

static AdwMessageDialog *
find_replay_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && !PX_IS_CONFLICT_DIALOG (toplevel)
          && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
window_banner_counts_one (gpointer data)
{
  return g_strcmp0 (px_team_banner_get_title (((PxWindow *) data)->team_banner),
                    "Team library unreachable: 1 save is queued on this computer and will be sent when the "
                    "server answers") == 0;
}

static gboolean
window_banner_hidden (gpointer data)
{
  return !px_team_banner_get_revealed (((PxWindow *) data)->team_banner);
}

/* Opens the annotation in the window's popover, lets Ben save it
 * meanwhile, and saves Ana's note: the conflict dialog, then @choice.
 */
static void
edit_against_ben (WindowFixture    *f,
                  const char       *bens_note,
                  const char       *anas_note,
                  PxConflictChoice  choice)
{
  PxAnnotator *annotator = _px_window_get_annotator (f->window);
  PxAnnotationPopover *popover;
  PxConflictDialog *dialog;
  g_autoptr(GError) error = NULL;

  /* The annotations as last saved, read. */
  px_ui_test_wait_for (annotator_idle, f->window, "the annotations read", 10);
  g_assert_true (px_annotator_edit (annotator, f->annotation_id));
  popover = px_annotator_get_popover (annotator);
  g_assert_nonnull (popover);

  g_assert_true (px_pg_store_save_annotation (f->ben, f->annotation_id, 0, PX_VERDICT_FALSE, bens_note, NULL,
                                              &error));
  g_assert_no_error (error);
  /* Ben's save reaches the window while Ana still edits: her popover stays. */
  px_ui_test_wait_for (window_has_annotation, f, "the annotations read again", 10);

  px_annotation_popover_set_note (popover, anas_note);
  px_annotation_popover_save (popover);
  /* The save, then who saved it meanwhile, are read on the library's
   * thread: the dialog comes after, the window answering meanwhile.
   */
  g_assert_null (find_conflict_dialog ());
  px_ui_test_wait_for (conflict_dialog_shown, NULL, "the conflict dialog", 10);
  dialog = find_conflict_dialog ();
  /* Who and when: read again for the heading, or as the save was told. */
  g_test_message ("the dialog says: %s; %s", adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                  adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), "Changed by Ben at ")
                 || strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "changed by Ben at ") != NULL);

  /* Nothing of Ben's is lost before Ana chooses. */
  f->note = bens_note;
  g_assert_true (note_is (f));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), choice == PX_CONFLICT_OVERWRITE ? "overwrite" : "reload");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A window switches to a team library and shows its newest story; a
 * colleague's annotation and new source appear in it without the story
 * being opened again; a save over his newer one asks Reload or Overwrite;
 * the server lost, a banner; the story copied to My library.
 */
static void
test_window (void)
{
  g_autofree char *uri = px_test_pg_new_database (server, "window");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-window-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "local.db", NULL);
  g_autoptr(PxArticle) gazette = px_article_new ("https://example.org/gazette");
  g_autoptr(PxArticle) courier = px_article_new ("https://example.org/courier");
  PxLibraries *libraries = px_libraries_get_default ();
  WindowFixture fixture = { 0 }, *f = &fixture;
  PxSourceColumn *first_column;
  PxTargetSpec target = { 0 };
  const PxAnnotation *first;
  GtkWidget *first_row;
  gint64 by_ben, burst[12];

  set_team_libraries (uri, "Ana");
  f->ben = px_pg_store_open (uri, server->password, "Ben", NULL, &error);
  g_assert_no_error (error);
  gazette->outlet = g_strdup ("Harbour Gazette");
  gazette->title = g_strdup ("Bridge to close");
  g_free (gazette->text);
  gazette->text = g_strdup (article_text);
  f->story_id = px_pg_store_create_story (f->ben, "Bridge vote", &error);
  f->source_id = px_pg_store_add_source (f->ben, f->story_id, gazette, NULL, &error);
  g_assert_no_error (error);
  f->annotation_id = annotate (f->ben, f->story_id, f->source_id, 0, 11, PX_VERDICT_UNVERIFIED);

  f->local = px_store_open (db, &error);
  g_assert_no_error (error);
  f->window = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));
  gtk_window_present (GTK_WINDOW (f->window));
  px_window_set_store (f->window, f->local, FALSE);
  g_assert_false (px_team_banner_get_revealed (f->window->team_banner));

  /* As a click on the team library in the sidebar. */
  _px_window_switch_library (f->window, px_libraries_find_uri (libraries, uri));
  px_ui_test_wait_for (window_shows_team_story, f, "the team library's story", 30);
  first_column = px_story_view_get_column (px_window_get_story_view (f->window), 0);
  g_assert_true (px_library_switcher_get_current (f->window->library_switcher) == px_libraries_find_uri (libraries, uri));

  /* Ben annotates: it shows, the story is not opened again, and only his
   * annotation is read: the one shown before is the same record, with the
   * same row in the panel (where the focus stays).
   */
  f->expected = f->annotation_id;
  px_ui_test_wait_for (window_has_annotation, f, "the first annotation", 10);
  px_ui_test_wait_for (annotator_idle, f->window, "the annotations read", 10);
  first = window_annotation (f, f->annotation_id);
  first_row = panel_row (f, f->annotation_id);
  g_assert_nonnull (first_row);
  target.source_id = f->source_id;
  target.start = 12;
  target.end = 20;
  by_ben = px_pg_store_create_annotation (f->ben, f->story_id, &target, 1, PX_VERDICT_ACCURATE, NULL, &error);
  g_assert_no_error (error);
  f->expected = by_ben;
  px_ui_test_wait_for (window_has_annotation, f, "Ben's annotation in the window", 2);
  g_assert_true (px_story_view_get_column (px_window_get_story_view (f->window), 0) == first_column);
  g_assert_true (window_annotation (f, f->annotation_id) == first);
  g_assert_true (panel_row (f, f->annotation_id) == first_row);
  g_assert_nonnull (panel_row (f, by_ben));

  /* His new verdict, then his annotation to the trash: that row alone changes, then goes. */
  g_assert_true (px_pg_store_save_annotation (f->ben, by_ben, 0, PX_VERDICT_FALSE, "Wrong count", NULL, &error));
  g_assert_no_error (error);
  px_ui_test_wait_for (window_has_verdict_false, f, "Ben's new verdict in the window", 2);
  g_assert_true (window_annotation (f, f->annotation_id) == first);
  g_assert_true (panel_row (f, f->annotation_id) == first_row);
  g_assert_cmpstr (window_annotation (f, by_ben)->note, ==, "Wrong count");
  g_assert_true (px_pg_store_delete_annotation (f->ben, by_ben, &error));
  g_assert_no_error (error);
  px_ui_test_wait_for (window_lacks_annotation, f, "Ben's annotation gone from the window", 2);
  g_assert_null (panel_row (f, by_ben));
  g_assert_true (panel_row (f, f->annotation_id) == first_row);

  /* A burst of his: every one shows, in the library's order, the first one untouched. */
  for (guint i = 0; i < 12; i++)
    burst[i] = annotate (f->ben, f->story_id, f->source_id, 21 + i, 24 + i, PX_VERDICT_OPINION);
  f->expected = burst[11];
  px_ui_test_wait_for (window_has_annotation, f, "Ben's burst in the window", 5);
  px_ui_test_wait_for (annotator_idle, f->window, "the burst read", 5);
  for (guint i = 0; i < 12; i++)
    {
      g_assert_nonnull (window_annotation (f, burst[i]));
      g_assert_cmpint (px_annotations_panel_get_shown (_px_window_get_annotations_panel (f->window), i + 1), ==,
                       burst[i]);
    }
  g_assert_true (window_annotation (f, f->annotation_id) == first);
  g_assert_true (panel_row (f, f->annotation_id) == first_row);

  /* Ben adds a source: a column more, the first one the same. */
  courier->outlet = g_strdup ("Valley Courier");
  courier->title = g_strdup ("Bridge to shut");
  g_free (courier->text);
  courier->text = g_strdup ("The council voted nine to four on Tuesday to shut the old bridge.");
  px_pg_store_add_source (f->ben, f->story_id, courier, NULL, &error);
  g_assert_no_error (error);
  px_ui_test_wait_for (window_has_two_columns, f, "Ben's source in the window", 5);
  g_assert_true (px_story_view_get_column (px_window_get_story_view (f->window), 0) == first_column);

  /* Ben holds the annotation's row for 3 s: Ana's save and her Reviewed
   * mark wait for it on the library's thread, not in the window. A save
   * that waited in the window would return when Ben lets go, 3 s on; one
   * that does not returns at once: half the hold tells them apart on a
   * machine however loaded.
   */
  {
    PxAnnotator *annotator = _px_window_get_annotator (f->window);
    g_autofree char *hold = g_strdup_printf ("SELECT 1 FROM annotations WHERE id = %" G_GINT64_FORMAT " FOR UPDATE",
                                             f->annotation_id);
    g_autoptr(PxAnnotation) saved = NULL;
    PxAnnotationPopover *popover;
    GThread *holder;
    gint64 start;

    px_ui_test_wait_for (annotator_idle, f->window, "the annotations read", 10);
    g_assert_true (px_annotator_edit (annotator, f->annotation_id));
    popover = px_annotator_get_popover (annotator);
    g_assert_nonnull (popover);
    holder = px_test_pg_hold_lock (server, uri, hold, 3000);
    start = g_get_monotonic_time ();
    px_annotation_popover_set_note (popover, "Ana's note, saved while Ben held it");
    px_annotation_popover_save (popover);
    g_signal_emit_by_name (_px_window_get_annotations_panel (f->window), "review-requested", f->annotation_id, TRUE);
    g_assert_cmpint (g_get_monotonic_time () - start, <, 1500 * G_TIME_SPAN_MILLISECOND);
    g_assert_true (px_annotator_get_busy (annotator));
    g_thread_join (holder);
    px_ui_test_wait_for (annotator_idle, f->window, "the save and the mark done", 10);
    saved = px_pg_store_get_annotation (f->ben, f->annotation_id, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (saved->note, ==, "Ana's note, saved while Ben held it");
    g_assert_cmpstr (saved->reviewed_by, ==, "Ana");
  }

  /* A conflict: Overwrite keeps Ana's, Reload keeps Ben's. */
  f->expected = f->annotation_id;
  edit_against_ben (f, "Ben's first note", "Ana's note", PX_CONFLICT_OVERWRITE);
  f->note = "Ana's note";
  px_ui_test_wait_for (note_is, f, "Ana's note saved over Ben's", 10);
  edit_against_ben (f, "Ben's second note", "Ana's lost note", PX_CONFLICT_RELOAD);
  f->note = "Ben's second note";
  g_assert_true (note_is (f));
  /* Reload shows Ben's version in the popover again, to edit from. */
  px_ui_test_wait_for (popover_open, f->window, "the popover again", 10);
  {
    g_autofree char *shown = px_annotation_popover_get_note (px_annotator_get_popover (_px_window_get_annotator (f->window)));

    g_assert_cmpstr (shown, ==, "Ben's second note");
  }

  /* The server lost: the window stays, with the banner. What Ana saves
   * meanwhile shows as saved, and the banner says it is queued on this
   * computer until the server answers; back: it is sent, the banner goes.
   */
  px_test_pg_stop (server);
  px_ui_test_wait_for (window_banner_revealed, f->window, "the window's banner", 10);
  g_assert_true (px_window_get_story_id (f->window) == f->story_id);
  {
    PxAnnotator *annotator = _px_window_get_annotator (f->window);
    const char *kept = "Ana's note, saved while the server was away";

    g_assert_nonnull (px_annotator_get_popover (annotator));
    px_annotation_popover_set_note (px_annotator_get_popover (annotator), kept);
    px_annotation_popover_save (px_annotator_get_popover (annotator));
    px_ui_test_wait_for (window_banner_counts_one, f->window, "one save queued, in the banner", 10);
    px_ui_test_wait_for (annotator_idle, f->window, "the save queued", 10);
    g_assert_cmpstr (window_annotation (f, f->annotation_id)->note, ==, kept);
    g_assert_true (window_banner_revealed (f->window));
    px_test_pg_start_again (server);
    px_ui_test_wait_for (window_banner_hidden, f->window, "the banner gone", 30);
    f->note = kept;
    px_ui_test_wait_for (note_is, f, "the queued note sent", 10);
  }

  /* A save queued meanwhile that met a colleague's newer one when it was
   * sent: the window says so, and where it is kept.
   */
  {
    AdwMessageDialog *dialog;

    g_assert_null (find_replay_dialog ());
    g_signal_emit_by_name (px_window_get_library (f->window), "replay-failed",
                           "Could not send a saved change: it was changed by Ben at 2026-12-03 05:01:02");
    dialog = find_replay_dialog ();
    g_assert_nonnull (dialog);
    g_test_message ("%s: %s", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "changed by Ben at 2026-12-03 05:01:02"));
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "failed.jsonl"));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* Copied to My library, from the story's menu. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.copy-story-to", "s", ""));
  px_ui_test_wait_for (local_has_copy, f, "the story copied to My library", 30);

  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->window);
  px_pg_store_close (f->ben);
  g_clear_object (&f->ben);
  g_assert_true (px_store_close (f->local, &error));
  g_clear_object (&f->local);
  set_team_libraries (NULL, NULL);
}

/* Two people's windows on one team library, each with a connection of
 * its own: the source one removes leaves the other's window at once, with
 * the annotation only it carried; brought back, it is a column again.
 */
typedef struct
{
  PxWindow *window;
  guint n_columns;
  gint64 annotation_id;
} Seen;

static gboolean
columns_are (gpointer data)
{
  Seen *seen = data;

  return px_story_view_get_n_columns (px_window_get_story_view (seen->window)) == seen->n_columns
         && px_ui_test_columns_settled (px_window_get_story_view (seen->window));
}

static gboolean
column_count_is (gpointer data)
{
  Seen *seen = data;

  return px_story_view_get_n_columns (px_window_get_story_view (seen->window)) == seen->n_columns;
}

static gboolean
annotation_shown (gpointer data)
{
  Seen *seen = data;
  GPtrArray *annotations = px_annotator_get_annotations (_px_window_get_annotator (seen->window));

  for (guint i = 0; annotations != NULL && i < annotations->len; i++)
    if (((const PxAnnotation *) g_ptr_array_index (annotations, i))->id == seen->annotation_id)
      return TRUE;
  return FALSE;
}

static gboolean
annotation_not_shown (gpointer data)
{
  return px_annotator_get_annotations (_px_window_get_annotator (((Seen *) data)->window)) != NULL
         && !annotation_shown (data);
}

static PxWindow *
team_window (PxPgStore *store,
             gint64     story_id)
{
  PxWindow *window = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));

  px_pg_store_listen (store);
  gtk_window_present (GTK_WINDOW (window));
  px_window_set_library (window, PX_LIBRARY (store), FALSE);
  px_window_open_story (window, story_id);
  return window;
}

static void
test_source_removed (void)
{
  g_autofree char *uri = px_test_pg_new_database (server, "removed");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-removed-XXXXXX", &error);
  g_autofree char *ana_queue = g_build_filename (dir, "ana", NULL);
  g_autofree char *ben_queue = g_build_filename (dir, "ben", NULL);
  g_autoptr(PxPgStore) ana = px_pg_store_open (uri, server->password, "Ana", ana_queue, &error);
  g_autoptr(PxPgStore) ben = NULL;
  g_autoptr(PxArticle) gazette = px_article_new ("https://example.org/gazette");
  g_autoptr(PxArticle) courier = px_article_new ("https://example.org/courier");
  g_autoptr(PxSource) leaving = NULL;
  Seen at_ana = { 0 }, at_ben = { 0 };
  PxSourceColumn *first_column;
  gint64 story_id, courier_id, start;
  guint token;

  g_assert_no_error (error);
  ben = px_pg_store_open (uri, server->password, "Ben", ben_queue, &error);
  g_assert_no_error (error);
  gazette->outlet = g_strdup ("Harbour Gazette");
  gazette->title = g_strdup ("Bridge to close");
  g_free (gazette->text);
  gazette->text = g_strdup (article_text);
  courier->outlet = g_strdup ("Valley Courier");
  courier->title = g_strdup ("Bridge to shut");
  g_free (courier->text);
  courier->text = g_strdup ("The council voted nine to four on Tuesday to shut the old bridge.");
  story_id = px_pg_store_create_story (ana, "Bridge vote", &error);
  px_pg_store_add_source (ana, story_id, gazette, NULL, &error);
  courier_id = px_pg_store_add_source (ana, story_id, courier, NULL, &error);
  g_assert_no_error (error);
  at_ben.annotation_id = annotate (ana, story_id, courier_id, 4, 11, PX_VERDICT_ACCURATE);

  at_ana.window = team_window (ana, story_id);
  at_ben.window = team_window (ben, story_id);
  at_ana.n_columns = at_ben.n_columns = 2;
  px_ui_test_wait_for (columns_are, &at_ana, "Ana's two columns", 30);
  px_ui_test_wait_for (columns_are, &at_ben, "Ben's two columns", 30);
  px_ui_test_wait_for (annotation_shown, &at_ben, "the annotation in Ben's window", 10);
  first_column = px_story_view_get_column (px_window_get_story_view (at_ben.window), 0);

  /* Ana removes the Courier: it leaves Ben's window, with its annotation,
   * told by the library (the time it took is logged; a wait of seconds is
   * how long before the test calls it lost, not how fast it must be).
   */
  leaving = g_list_model_get_item (px_session_get_sources (_px_window_get_session (at_ana.window)), 1);
  g_assert_cmpint (px_source_get_source_id (leaving), ==, courier_id);
  start = g_get_monotonic_time ();
  token = px_session_remove_source (_px_window_get_session (at_ana.window), leaving);
  g_assert_cmpuint (token, >, 0);
  at_ben.n_columns = 1;
  /* Live, without the story opened again; then the one left is compared anew. */
  px_ui_test_wait_for (column_count_is, &at_ben, "the Courier gone from Ben's window", 10);
  g_test_message ("the Courier left Ben's window %.0f ms after Ana removed it",
                  (g_get_monotonic_time () - start) / 1000.0);
  px_ui_test_wait_for (columns_are, &at_ben, "Ben's window compared again", 30);
  g_assert_true (px_story_view_get_column (px_window_get_story_view (at_ben.window), 0) == first_column);
  g_assert_cmpint (px_source_column_get_source_id (first_column), !=, courier_id);
  px_ui_test_wait_for (annotation_not_shown, &at_ben, "its annotation gone from Ben's window", 5);

  /* Undone: a column again. */
  px_session_undo_remove (_px_window_get_session (at_ana.window), token);
  at_ben.n_columns = 2;
  px_ui_test_wait_for (column_count_is, &at_ben, "the Courier back in Ben's window", 5);
  px_ui_test_wait_for (columns_are, &at_ben, "Ben's window compared again", 30);
  px_ui_test_wait_for (annotation_shown, &at_ben, "its annotation back in Ben's window", 10);

  /* Ben's window keeps a source it could not load: it is a column in
   * Ana's window too, live, with its reason; removed, it leaves.
   */
  {
    gint64 failed_id = px_pg_store_keep_failed_source (ben, story_id, 0, "http://127.0.0.1:9/gone.html", "127.0.0.1",
                                                       "http://127.0.0.1:9/gone.html: the server did not answer",
                                                       &error);
    PxSourceColumn *failed_column;

    g_assert_no_error (error);
    at_ana.n_columns = 3;
    px_ui_test_wait_for (column_count_is, &at_ana, "Ben's failed source in Ana's window", 5);
    failed_column = px_story_view_get_column (px_window_get_story_view (at_ana.window), 2);
    g_assert_cmpint (px_source_column_get_source_id (failed_column), ==, failed_id);
    g_assert_cmpint (px_source_column_get_state (failed_column), ==, PX_SOURCE_COLUMN_FAILED);
    g_assert_cmpstr (px_source_column_get_error_message (failed_column), ==,
                     "http://127.0.0.1:9/gone.html: the server did not answer");
    px_ui_test_wait_for (columns_are, &at_ana, "Ana's window compared again", 30);

    g_assert_true (px_pg_store_delete_source (ben, failed_id, &error));
    g_assert_no_error (error);
    at_ana.n_columns = 2;
    px_ui_test_wait_for (column_count_is, &at_ana, "the failed source gone from Ana's window", 5);
    px_ui_test_wait_for (columns_are, &at_ana, "Ana's window compared again", 30);
  }

  gtk_window_destroy (GTK_WINDOW (at_ana.window));
  gtk_window_destroy (GTK_WINDOW (at_ben.window));
  g_clear_object (&at_ana.window);
  g_clear_object (&at_ben.window);
  px_pg_store_close (ana);
  px_pg_store_close (ben);
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

  g_test_add_func ("/team-ui/libraries", test_libraries);
  g_test_add_func ("/team-ui/banner", test_banner);
  g_test_add_func ("/team-ui/banner-read-only", test_banner_read_only);
  g_test_add_func ("/team-ui/conflict-dialog", test_conflict_dialog);
  g_test_add_func ("/team-ui/annotations-by-author", test_annotations_by_author);
  g_test_add_func ("/team-ui/window", test_window);
  g_test_add_func ("/team-ui/source-removed", test_source_removed);

  status = g_test_run ();
  g_clear_pointer (&server, px_test_pg_destroy);
  return status;
}
