/* px-backup-dialog.c: asks before a backup is replaced by a library that
 * lacks some of what the backup holds
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-backup-dialog.h"

#include <adwaita.h>
#include <glib/gi18n.h>

static void
replace_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_autofree char *kept = NULL;
  GError *error = NULL;

  if (px_store_replace_backup (PX_STORE (source_object), &kept, &error))
    g_task_return_pointer (task, kept != NULL ? g_steal_pointer (&kept) : g_strdup (""), g_free);
  else
    g_task_return_error (task, error);
}

static void
replaced_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = g_task_propagate_pointer (G_TASK (result), &error);

  if (kept != NULL)
    {
      g_message ("The backup of “%s” was replaced; the previous one was kept as “%s”",
                 px_store_get_path (PX_STORE (object)), kept);
      return;
    }

  if (gtk_widget_get_visible (GTK_WIDGET (parent)))
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("The Backup Was Not Replaced"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    g_message ("%s", error->message);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          user_data)
{
  PxStore *store = user_data;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autoptr(GTask) task = NULL;

  if (!g_str_equal (response, "replace"))
    return;

  /* On a thread: the copy may take a while, and the window goes on. */
  task = g_task_new (store, NULL, replaced_cb, parent != NULL ? g_object_ref (parent) : NULL);
  g_task_set_source_tag (task, response_cb);
  g_task_run_in_thread (task, replace_thread);
}

GtkWindow *
px_backup_dialog_present (GtkWindow  *parent,
                          PxStore    *store,
                          const char *message)
{
  GtkWidget *dialog;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PX_IS_STORE (store), NULL);
  g_return_val_if_fail (message != NULL, NULL);

  dialog = adw_message_dialog_new (parent, _("Replace the Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s.\n\n%s", message,
                                  _("If you removed these on purpose, replace the backup: the previous one is "
                                    "kept beside it. To go back to what the backup holds instead, quit Parallax "
                                    "and move the library file away: Parallax restores the backup at its next "
                                    "start."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep the Backup"),
                                    "replace", _("_Replace the Backup"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), g_object_ref (store),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}
