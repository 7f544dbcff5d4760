/* px-archive-window.c: a window for one archived original
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-archive-window.h"

#include <glib/gi18n.h>

struct _PxArchiveWindow
{
  AdwWindow parent_instance;

  AdwWindowTitle *window_title;
  PxArchiveView *view;
};

G_DEFINE_FINAL_TYPE (PxArchiveWindow, px_archive_window, ADW_TYPE_WINDOW)

static void
view_title_changed_cb (PxArchiveView   *view,
                       GParamSpec      *pspec,
                       PxArchiveWindow *self)
{
  const char *title = px_archive_view_get_title (view);
  const char *original_uri = px_archive_view_get_original_uri (view);
  g_autoptr(GUri) uri = NULL;
  g_autofree char *window_title = NULL;

  if (original_uri != NULL)
    uri = g_uri_parse (original_uri, G_URI_FLAGS_NONE, NULL);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, uri != NULL ? g_uri_get_host (uri) : NULL);

  /* Translators: the title of a window showing an archived page; %s is the
   * page's own title.
   */
  window_title = g_strdup_printf (_("%s (Archived)"), title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
px_archive_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_ARCHIVE_WINDOW);

  G_OBJECT_CLASS (px_archive_window_parent_class)->dispose (object);
}

static void
px_archive_window_class_init (PxArchiveWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_archive_window_dispose;

  g_type_ensure (PX_TYPE_ARCHIVE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-archive-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxArchiveWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PxArchiveWindow, view);
  gtk_widget_class_bind_template_callback (widget_class, view_title_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
px_archive_window_init (PxArchiveWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PxArchiveWindow *
px_archive_window_new (GtkApplication *application,
                       PxSnapshot     *snapshot)
{
  PxArchiveWindow *self;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (snapshot != NULL, NULL);

  self = g_object_new (PX_TYPE_ARCHIVE_WINDOW, "application", application, NULL);
  px_archive_view_set_snapshot (self->view, snapshot);

  return self;
}

PxArchiveView *
px_archive_window_get_view (PxArchiveWindow *self)
{
  g_return_val_if_fail (PX_IS_ARCHIVE_WINDOW (self), NULL);

  return self->view;
}
