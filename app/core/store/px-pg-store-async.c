/* px-pg-store-async.c: the team library's own operations on the
 * library's database thread, for the window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-pg-store"

#include "config.h"

#include "px-pg-store.h"

/* Reading annotations by id */

typedef struct
{
  gint64 *ids;
  guint n_ids;
} ReadCall;

static void
read_call_free (gpointer data)
{
  ReadCall *call = data;

  g_free (call->ids);
  g_free (call);
}

static void
read_annotations_run (PxLibrary *library,
                      GTask     *task)
{
  ReadCall *call = g_task_get_task_data (task);
  GError *error = NULL;
  GPtrArray *annotations = px_pg_store_read_annotations (PX_PG_STORE (library), call->ids, call->n_ids, &error);

  if (annotations != NULL)
    g_task_return_pointer (task, annotations, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

void
px_pg_store_read_annotations_async (PxPgStore           *self,
                                    const gint64        *annotation_ids,
                                    guint                n_ids,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  ReadCall *call;

  g_return_if_fail (PX_IS_PG_STORE (self));
  g_return_if_fail (annotation_ids != NULL || n_ids == 0);

  call = g_new0 (ReadCall, 1);
  call->ids = g_memdup2 (annotation_ids, sizeof (gint64) * MAX (n_ids, 1));
  call->n_ids = n_ids;
  px_library_queue_job (PX_LIBRARY (self), px_pg_store_read_annotations_async, read_annotations_run, call,
                        read_call_free, cancellable, callback, user_data);
}

GPtrArray *
px_pg_store_read_annotations_finish (PxPgStore     *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == px_pg_store_read_annotations_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Saving a verdict and note from a row version */

typedef struct
{
  gint64 annotation_id;
  guint row_version;
  PxVerdict verdict;
  char *note;
  guint new_version;
} SaveCall;

static void
save_call_free (gpointer data)
{
  SaveCall *call = data;

  g_free (call->note);
  g_free (call);
}

static void
save_annotation_run (PxLibrary *library,
                     GTask     *task)
{
  SaveCall *call = g_task_get_task_data (task);
  GError *error = NULL;

  if (px_pg_store_save_annotation (PX_PG_STORE (library), call->annotation_id, call->row_version, call->verdict,
                                   call->note, &call->new_version, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
px_pg_store_save_annotation_async (PxPgStore           *self,
                                   gint64               annotation_id,
                                   guint                row_version,
                                   PxVerdict            verdict,
                                   const char          *note,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  SaveCall *call;

  g_return_if_fail (PX_IS_PG_STORE (self));

  call = g_new0 (SaveCall, 1);
  call->annotation_id = annotation_id;
  call->row_version = row_version;
  call->verdict = verdict;
  call->note = g_strdup (note);
  px_library_queue_job (PX_LIBRARY (self), px_pg_store_save_annotation_async, save_annotation_run, call,
                        save_call_free, cancellable, callback, user_data);
}

gboolean
px_pg_store_save_annotation_finish (PxPgStore     *self,
                                    GAsyncResult  *result,
                                    guint         *new_version,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == px_pg_store_save_annotation_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  if (new_version != NULL)
    *new_version = ((SaveCall *) g_task_get_task_data (G_TASK (result)))->new_version;
  return TRUE;
}

/* The editor's "Reviewed" mark */

typedef struct
{
  gint64 annotation_id;
  gboolean reviewed;
} ReviewCall;

static void
set_annotation_reviewed_run (PxLibrary *library,
                             GTask     *task)
{
  ReviewCall *call = g_task_get_task_data (task);
  GError *error = NULL;

  if (px_pg_store_set_annotation_reviewed (PX_PG_STORE (library), call->annotation_id, call->reviewed, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
px_pg_store_set_annotation_reviewed_async (PxPgStore           *self,
                                           gint64               annotation_id,
                                           gboolean             reviewed,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  ReviewCall *call;

  g_return_if_fail (PX_IS_PG_STORE (self));

  call = g_new0 (ReviewCall, 1);
  call->annotation_id = annotation_id;
  call->reviewed = reviewed;
  px_library_queue_job (PX_LIBRARY (self), px_pg_store_set_annotation_reviewed_async, set_annotation_reviewed_run,
                        call, g_free, cancellable, callback, user_data);
}

gboolean
px_pg_store_set_annotation_reviewed_finish (PxPgStore     *self,
                                            GAsyncResult  *result,
                                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == px_pg_store_set_annotation_reviewed_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
