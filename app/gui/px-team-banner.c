/* px-team-banner.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-team-banner.h"

#include "px-pg-store.h"

#include <glib/gi18n.h>

struct _PxTeamBanner
{
  GtkWidget parent_instance;

  GtkRevealer *revealer;
  GtkWidget *bar;
  GtkLabel *title_label;
  GtkButton *retry_button;

  PxPgStore *store;   /* NULL unless the window shows a team library */
  GSignalGroup *signals;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (PxTeamBanner, px_team_banner, GTK_TYPE_WIDGET)

/* A save the team has not got is never out of sight: the banner stays
 * while the server cannot be reached or anything waits in the queue, and
 * says how many saves are on this computer only and when they go.
 */
static void
update (PxTeamBanner *self)
{
  gboolean away = self->store != NULL && !px_pg_store_get_connected (self->store);
  guint n_queued = 0;
  g_autofree char *read_only = NULL;
  g_autofree char *title = NULL;
  gboolean shown;

  if (self->store != NULL)
    g_object_get (self->store, "n-queued", &n_queued, "read-only", &read_only, NULL);
  shown = away || n_queued > 0 || read_only != NULL;

  /* A colleague's newer Parallax set the library up: why this one may not
   * change it (or open it), and where what was saved meanwhile waits.
   */
  if (read_only != NULL && n_queued > 0)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: a banner across the window; %s says why this Parallax
                                           * may not change the team library (“The team library … was set up by
                                           * Parallax 0.3.0 … update Parallax to save changes to it”) */
                                          "%s. %u save is kept on this computer and will be sent by the updated "
                                          "Parallax",
                                          "%s. %u saves are kept on this computer and will be sent by the updated "
                                          "Parallax", n_queued), read_only, n_queued);
  else if (read_only != NULL)
    /* Translators: a banner across the window, a sentence ended; %s says why this Parallax may not change the
     * team library */
    title = g_strdup_printf (C_("team library banner", "%s."), read_only);
  else if (away && n_queued > 0)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: a banner across the window */
                                          "Team library unreachable: %u save is queued on this computer and will be "
                                          "sent when the server answers",
                                          "Team library unreachable: %u saves are queued on this computer and will "
                                          "be sent when the server answers", n_queued), n_queued);
  else if (away)
    /* Translators: a banner across the window */
    title = g_strdup (_("Team library unreachable: what you save is queued on this computer and will be sent when "
                        "the server answers"));
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: a banner across the window, while the server answers again */
                                          "%u save queued on this computer is being sent to the team library",
                                          "%u saves queued on this computer are being sent to the team library",
                                          n_queued), n_queued);

  gtk_label_set_text (self->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->retry_button), away && read_only == NULL);
  gtk_revealer_set_reveal_child (self->revealer, shown);
  /* An unrevealed child still reaches the accessibility tree otherwise. */
  gtk_widget_set_visible (self->bar, shown);
}

static void
sync_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (px_pg_store_sync (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
synced_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  PxTeamBanner *self;

  if (!g_task_propagate_boolean (G_TASK (result), &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PX_TEAM_BANNER (object);
  gtk_widget_set_sensitive (GTK_WIDGET (self->retry_button), TRUE);
  if (error != NULL)
    gtk_widget_error_bell (GTK_WIDGET (self));
  update (self);
}

/* Tries the server now rather than at the next save or the listener's
 * next attempt; the network waits on a worker thread.
 */
static void
retry_clicked_cb (PxTeamBanner *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->store == NULL)
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->retry_button), FALSE);
  task = g_task_new (self, self->cancellable, synced_cb, NULL);
  g_task_set_source_tag (task, retry_clicked_cb);
  g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
  g_task_run_in_thread (task, sync_thread);
}

void
px_team_banner_set_library (PxTeamBanner *self,
                            PxLibrary    *library)
{
  PxPgStore *store;

  g_return_if_fail (PX_IS_TEAM_BANNER (self));

  store = PX_IS_PG_STORE (library) ? PX_PG_STORE (library) : NULL;

  g_set_object (&self->store, store);
  g_signal_group_set_target (self->signals, self->store);
  update (self);
}

gboolean
px_team_banner_get_revealed (PxTeamBanner *self)
{
  g_return_val_if_fail (PX_IS_TEAM_BANNER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

const char *
px_team_banner_get_title (PxTeamBanner *self)
{
  g_return_val_if_fail (PX_IS_TEAM_BANNER (self), NULL);

  return gtk_label_get_text (self->title_label);
}

PxTeamBanner *
px_team_banner_new (void)
{
  return g_object_new (PX_TYPE_TEAM_BANNER, NULL);
}

static void
px_team_banner_dispose (GObject *object)
{
  PxTeamBanner *self = PX_TEAM_BANNER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->signals != NULL)
    g_signal_group_set_target (self->signals, NULL);
  g_clear_object (&self->signals);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_TEAM_BANNER);

  G_OBJECT_CLASS (px_team_banner_parent_class)->dispose (object);
}

static void
px_team_banner_class_init (PxTeamBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_team_banner_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-team-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, PxTeamBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, PxTeamBanner, bar);
  gtk_widget_class_bind_template_child (widget_class, PxTeamBanner, title_label);
  gtk_widget_class_bind_template_child (widget_class, PxTeamBanner, retry_button);
  gtk_widget_class_bind_template_callback (widget_class, retry_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
px_team_banner_init (PxTeamBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->signals = g_signal_group_new (PX_TYPE_PG_STORE);
  g_signal_group_connect_swapped (self->signals, "notify::connected", G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->signals, "notify::n-queued", G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->signals, "notify::read-only", G_CALLBACK (update), self);
  update (self);
}
