/* shoot-annotations.c: screenshots of annotating, for the README
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   xvfb-run -s "-screen 0 1400x860x24" shoot-annotations OUT.png [dark|export]
 *
 * Builds the window in-process on a throwaway library with the demo story,
 * gives it a few annotations (one on a whole claim, one whose page changed
 * and needs review), opens the verdict popover on a selection and takes
 * the screen with ImageMagick's import. Not part of the test suite.
 */
#include "config.h"

#include "px-annotator.h"
#include "px-export-dialog.h"
#include "px-source-column.h"
#include "px-ui-test-util.h"
#include "px-window-private.h"
#include "px-window.h"

#include <adwaita.h>

static gboolean
ready (PxStoryView *view)
{
  for (guint i = 0; i < px_story_view_get_n_columns (view); i++)
    {
      PxSourceColumn *column = px_story_view_get_column (view, i);

      if (px_source_column_get_state (column) != PX_SOURCE_COLUMN_READY || px_source_column_get_source_id (column) <= 0)
        return FALSE;
    }

  return px_story_view_get_n_columns (view) == 4 && !px_story_view_get_comparing (view);
}

/* Characters [start, end) of @column where @words are, or FALSE. */
static gboolean
find_words (PxSourceColumn *column,
            const char     *words,
            guint          *start,
            guint          *end)
{
  const char *text = px_source_column_get_article (column)->text;
  const char *at = strstr (text, words);

  if (at == NULL)
    return FALSE;
  *start = (guint) g_utf8_pointer_to_offset (text, at);
  *end = *start + (guint) g_utf8_strlen (words, -1);
  return TRUE;
}

static void
annotate_sentence (PxStore        *store,
                   gint64          story_id,
                   PxSourceColumn *column,
                   guint           paragraph,
                   PxVerdict       verdict,
                   const char     *note)
{
  const char *text = px_source_column_get_article (column)->text;
  const char *p = text;
  const char *stop;
  PxTargetSpec spec = { 0 };

  for (guint i = 0; i < paragraph && p != NULL; i++)
    {
      p = strstr (p, "\n\n");
      if (p != NULL)
        p += 2;
    }
  if (p == NULL)
    return;
  stop = strpbrk (p, ".\n");
  if (stop == NULL)
    return;
  spec.source_id = px_source_column_get_source_id (column);
  spec.start = (guint) g_utf8_pointer_to_offset (text, p);
  spec.end = (guint) g_utf8_pointer_to_offset (text, stop + 1);
  px_store_create_annotation (store, story_id, &spec, 1, verdict, note, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *tmpdir = g_dir_make_tmp ("parallax-shots-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (tmpdir, "parallax.db", NULL);
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  PxWindow *window;
  PxStoryView *view;
  PxAnnotator *annotator;
  PxSourceColumn *column;
  PxAnnotationPopover *popover;
  gint64 story_id;
  guint start, end;
  const char *out;

  gtk_init ();
  adw_init ();
  /* The app's own stylesheet (highlights, badges, the bar): the shots
   * show the window as users see it.
   */
  px_ui_test_load_app_style ();
  if (argc < 2)
    {
      g_printerr ("usage: %s OUT.png [dark]\n", argv[0]);
      return 2;
    }
  out = argv[1];
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      argc > 2 && g_str_equal (argv[2], "dark") ? ADW_COLOR_SCHEME_FORCE_DARK
                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);

  store = px_store_open (db, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  window = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 860);
  gtk_window_present (GTK_WINDOW (window));
  px_window_set_store (window, store, TRUE);
  view = px_window_get_story_view (window);
  annotator = _px_window_get_annotator (window);
  while (!ready (view) || px_session_get_busy (_px_window_get_session (window)))
    px_ui_test_spin (0.1);
  story_id = px_window_get_story_id (window);
  g_settings_set_boolean (g_settings_new (APP_ID), "sidebar-visible", FALSE);

  /* A page that changed: its annotation waits for review. */
  column = px_story_view_get_column (view, 3);
  annotate_sentence (store, story_id, column, 1, PX_VERDICT_MISLEADING, "Compare with the ministry’s figure.");
  {
    g_autoptr(PxArticle) changed = px_article_new (px_source_column_get_input (column));
    g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();
    g_autoptr(GBytes) body = g_bytes_new_static ("<p>updated</p>", 14);
    g_autoptr(PxSnapshot) snapshot = px_snapshot_new (body, "https://thehill.com/", "text/html", "utf-8");
    const char *text = px_source_column_get_article (column)->text;
    g_auto(GStrv) old = g_strsplit (text, "\n\n", -1);

    changed->outlet = g_strdup (px_source_column_get_outlet (column));
    changed->title = g_strdup (px_source_column_get_article (column)->title);
    for (guint i = 0; old[i] != NULL; i++)
      g_ptr_array_add (paragraphs, i == 1 ? (gpointer) "This paragraph was rewritten after publication." : old[i]);
    px_article_set_paragraphs (changed, paragraphs);
    g_clear_pointer (&error, g_error_free);
    if (px_store_add_source_version (store, px_source_column_get_source_id (column), changed, snapshot, &error) == NULL)
      g_printerr ("%s\n", error->message);
  }
  px_window_open_story (window, story_id);
  /* Opening is asynchronous: until the story is read again the old
   * columns and claims are still up, and a claim's passages would be the
   * old page's (the save would fail: the quote is no longer there).
   */
  while (!ready (view) || px_session_get_busy (_px_window_get_session (window))
         || strstr (px_source_column_get_article (px_story_view_get_column (view, 3))->text,
                    "rewritten after publication") == NULL)
    px_ui_test_spin (0.1);

  annotate_sentence (store, story_id, px_story_view_get_column (view, 0), 2, PX_VERDICT_FALSE,
                     "No independent confirmation of the number.");
  annotate_sentence (store, story_id, px_story_view_get_column (view, 2), 1, PX_VERDICT_ACCURATE, NULL);
  annotate_sentence (store, story_id, px_story_view_get_column (view, 1), 3, PX_VERDICT_OPINION, NULL);
  px_annotator_reload (annotator);

  /* A verdict on the first claim that three outlets carry. */
  {
    GListModel *claims = px_story_view_get_claims (view);

    for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
      {
        g_autoptr(PxClaimItem) claim = g_list_model_get_item (claims, i);

        if (px_claim_item_get_n_carriers (claim) >= 3 && px_annotator_annotate_claim (annotator, claim))
          {
            px_annotation_popover_set_verdict (px_annotator_get_popover (annotator), PX_VERDICT_MISLEADING);
            px_annotation_popover_set_note (px_annotator_get_popover (annotator), "Only Russian officials say so.");
            px_annotation_popover_save (px_annotator_get_popover (annotator));
            break;
          }
      }
  }

  /* Room for the annotations: the claims panel gives up some height. */
  gtk_paned_set_position (GTK_PANED (gtk_widget_get_parent (GTK_WIDGET (_px_window_get_annotations_panel (window)))),
                          250);
  px_ui_test_spin (1.0);

  /* The popover, on a passage selected in the second column. */
  column = px_story_view_get_column (view, 1);
  if (!find_words (column, "drones", &start, &end))
    start = 10, end = 60;
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
    GtkTextIter s, e;

    gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
    gtk_text_buffer_get_iter_at_offset (buffer, &e, start);
    gtk_text_iter_backward_sentence_start (&s);
    gtk_text_iter_forward_sentence_end (&e);
    gtk_widget_grab_focus (GTK_WIDGET (px_source_column_get_text_view (column)));
    gtk_text_buffer_select_range (buffer, &s, &e);
  }
  if (argc > 2 && g_str_equal (argv[2], "export"))
    {
      gtk_window_present (GTK_WINDOW (px_export_dialog_new (GTK_WINDOW (window), PX_LIBRARY (store), story_id, "Demo", NULL,
                                                            ADW_TOAST_OVERLAY (adw_toast_overlay_new ()))));
      popover = NULL;
    }
  else
    {
      px_annotator_annotate (annotator);
      popover = px_annotator_get_popover (annotator);
    }
  if (popover != NULL)
    {
      px_annotation_popover_set_verdict (popover, PX_VERDICT_NEEDS_CONTEXT);
      px_annotation_popover_set_note (popover, "Only one side’s count; the other outlets say “dozens”.");
    }
  px_ui_test_spin (1.5);

  {
    const char *import_argv[] = { "import", "-window", "root", out, NULL };
    int status = 0;

    if (!g_spawn_sync (NULL, (char **) import_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                       &error))
      g_printerr ("%s\n", error->message);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  return 0;
}
