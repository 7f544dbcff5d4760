/* px-ui-test-util.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-ui-test-util.h"

#include "px-library.h"
#include "px-source-column.h"
#include "px-store.h"
#include "px-story-view.h"
#include "px-window-private.h"

void
px_ui_test_wait_for (PxUiTestCondition  condition,
                     gpointer           data,
                     const char        *what,
                     guint              seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting for %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

gboolean
px_ui_test_columns_settled (gpointer data)
{
  PxStoryView *view = data;

  for (guint i = 0; i < px_story_view_get_n_columns (view); i++)
    if (px_source_column_get_state (px_story_view_get_column (view, i)) == PX_SOURCE_COLUMN_LOADING)
      return FALSE;

  return px_story_view_get_n_columns (view) > 0 && !px_story_view_get_comparing (view);
}

gboolean
px_ui_test_window_settled (gpointer data)
{
  PxWindow *window = data;

  return !px_session_get_busy (_px_window_get_session (window))
         && (px_story_view_get_n_columns (px_window_get_story_view (window)) == 0
             || px_ui_test_columns_settled (px_window_get_story_view (window)));
}

/* PxStore's vfuncs, wrapped: a call on the main thread is counted. */

static GThread *main_thread;
static guint n_main_thread_reads;
static PxLibraryInterface real;

static void
count_read (void)
{
  if (g_thread_self () == main_thread)
    g_atomic_int_inc (&n_main_thread_reads);
}

static PxSourceRecord *
watched_get_source (PxLibrary  *self,
                    gint64      source_id,
                    GError    **error)
{
  count_read ();
  return real.get_source (self, source_id, error);
}

static GPtrArray *
watched_list_sources (PxLibrary  *self,
                      gint64      story_id,
                      GError    **error)
{
  count_read ();
  return real.list_sources (self, story_id, error);
}

static GPtrArray *
watched_list_source_versions (PxLibrary  *self,
                              gint64      source_id,
                              GError    **error)
{
  count_read ();
  return real.list_source_versions (self, source_id, error);
}

static PxAnnotation *
watched_get_annotation (PxLibrary  *self,
                        gint64      annotation_id,
                        GError    **error)
{
  count_read ();
  return real.get_annotation (self, annotation_id, error);
}

static GPtrArray *
watched_list_annotations (PxLibrary  *self,
                          gint64      story_id,
                          gboolean    include_deleted,
                          GError    **error)
{
  count_read ();
  return real.list_annotations (self, story_id, include_deleted, error);
}

void
px_ui_test_watch_main_thread_reads (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (PX_TYPE_STORE);
  PxLibraryInterface *iface = g_type_interface_peek (klass, PX_TYPE_LIBRARY);

  g_assert_nonnull (iface);
  g_atomic_int_set (&n_main_thread_reads, 0);
  if (main_thread != NULL)
    return;

  main_thread = g_thread_self ();
  real = *iface;
  iface->get_source = watched_get_source;
  iface->list_sources = watched_list_sources;
  iface->list_source_versions = watched_list_source_versions;
  iface->get_annotation = watched_get_annotation;
  iface->list_annotations = watched_list_annotations;
}

guint
px_ui_test_get_main_thread_reads (void)
{
  return g_atomic_int_get (&n_main_thread_reads);
}

void
px_ui_test_load_app_style (void)
{
  g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (style, PX_RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

gboolean
px_ui_test_menu_has (GMenuModel *menu,
                     const char *attribute,
                     const char *value)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, attribute, "s", &text) && g_str_equal (text, value))
        return TRUE;
      if (section != NULL && px_ui_test_menu_has (section, attribute, value))
        return TRUE;
    }
  return FALSE;
}

void
px_ui_test_spin (double seconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

char *
px_ui_test_tagged_text (GtkTextBuffer *buffer,
                        const char    *tag_name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GString *out = g_string_new (NULL);
  GtkTextIter iter, end;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (!gtk_text_iter_starts_tag (&iter, tag) && !gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    return g_string_free (out, FALSE);
  while (!gtk_text_iter_is_end (&iter))
    {
      g_autofree char *piece = NULL;

      end = iter;
      gtk_text_iter_forward_to_tag_toggle (&end, tag);
      piece = gtk_text_iter_get_text (&iter, &end);
      if (out->len > 0)
        g_string_append_c (out, '|');
      g_string_append (out, piece);
      iter = end;
      if (!gtk_text_iter_forward_to_tag_toggle (&iter, tag))
        break;
    }

  return g_string_free (out, FALSE);
}

char *
px_ui_test_gazette_page (const char *headline,
                         const char *body)
{
  return g_strdup_printf ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%s | Harbour Gazette</title></head>\n<body>\n<article><h1>%s</h1>\n%s"
                          "</article>\n</body></html>\n",
                          headline, headline, body);
}
