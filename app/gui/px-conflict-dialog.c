/* px-conflict-dialog.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-conflict-dialog.h"

#include <glib/gi18n.h>

struct _PxConflictDialog
{
  AdwMessageDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (PxConflictDialog, px_conflict_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
px_conflict_describe (const char *changed_by,
                      const char *changed_at)
{
  g_autoptr(GDateTime) utc = changed_at != NULL ? g_date_time_new_from_iso8601 (changed_at, NULL) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = NULL;
  const char *who = changed_by != NULL && changed_by[0] != '\0' ? changed_by : NULL;

  if (local != NULL)
    {
      gboolean today = g_date_time_get_year (local) == g_date_time_get_year (now)
                       && g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now);

      when = g_date_time_format (local, today ? "%H:%M:%S" : "%Y-%m-%d %H:%M:%S");
    }

  if (who != NULL && when != NULL)
    /* Translators: a colleague saved an annotation first; "Changed by Ana at 20:14:05" */
    return g_strdup_printf (_("Changed by %s at %s"), who, when);
  if (who != NULL)
    /* Translators: a colleague saved an annotation first */
    return g_strdup_printf (_("Changed by %s"), who);
  return g_strdup (_("Changed by Someone Else"));
}

static void
px_conflict_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  PxConflictChoice choice = g_strcmp0 (response, "overwrite") == 0 ? PX_CONFLICT_OVERWRITE : PX_CONFLICT_RELOAD;

  if (ADW_MESSAGE_DIALOG_CLASS (px_conflict_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (px_conflict_dialog_parent_class)->response (dialog, response);
  g_signal_emit (dialog, signals[CHOSEN], 0, choice);
}

static void
px_conflict_dialog_class_init (PxConflictDialogClass *klass)
{
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = px_conflict_dialog_response;

  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
px_conflict_dialog_init (PxConflictDialog *self)
{
}

PxConflictDialog *
px_conflict_dialog_new (GtkWindow  *parent,
                        const char *changed_by,
                        const char *changed_at)
{
  g_autofree char *heading = px_conflict_describe (changed_by, changed_at);
  PxConflictDialog *self = g_object_new (PX_TYPE_CONFLICT_DIALOG,
                                         "transient-for", parent,
                                         "modal", TRUE,
                                         "heading", heading,
                                         "body", _("Someone saved this annotation after you opened it. "
                                                   "Reload to see their version, or overwrite it with yours."),
                                         NULL);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "reload", _("_Reload"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "reload");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "reload");

  return self;
}
