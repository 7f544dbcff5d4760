/* px-story-sources.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-story-sources.h"

#include "px-store-records.h"

GPtrArray *
px_story_sources_merge (GPtrArray *loaded,
                        GPtrArray *failed)
{
  g_autoptr(GPtrArray) owned_loaded = loaded;
  g_autoptr(GPtrArray) owned_failed = failed;
  GPtrArray *all;
  guint i = 0, f = 0;

  g_return_val_if_fail (loaded != NULL && failed != NULL, NULL);

  all = g_ptr_array_new_full (loaded->len + failed->len, (GDestroyNotify) px_source_record_free);
  /* The records move to @all: the arrays given free none. */
  g_ptr_array_set_free_func (loaded, NULL);
  g_ptr_array_set_free_func (failed, NULL);
  while (i < loaded->len || f < failed->len)
    {
      PxSourceRecord *source = i < loaded->len ? g_ptr_array_index (loaded, i) : NULL;
      PxSourceRecord *kept = f < failed->len ? g_ptr_array_index (failed, f) : NULL;

      if (kept == NULL || (source != NULL && source->position <= kept->position))
        g_ptr_array_add (all, source), i++;
      else
        g_ptr_array_add (all, kept), f++;
    }

  return all;
}

GPtrArray *
px_story_sources_list (PxLibrary  *library,
                       gint64      story_id,
                       GError    **error)
{
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GPtrArray) failed = NULL;

  g_return_val_if_fail (PX_IS_LIBRARY (library), NULL);

  if ((loaded = px_library_list_sources (library, story_id, error)) == NULL
      || (failed = px_library_list_failed_sources (library, story_id, error)) == NULL)
    return NULL;

  return px_story_sources_merge (g_steal_pointer (&loaded), g_steal_pointer (&failed));
}

static void
list_run (PxLibrary *library,
          GTask     *task)
{
  gint64 *story_id = g_task_get_task_data (task);
  GError *error = NULL;
  GPtrArray *sources = px_story_sources_list (library, *story_id, &error);

  if (sources != NULL)
    g_task_return_pointer (task, sources, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

void
px_story_sources_list_async (PxLibrary           *library,
                             gint64               story_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (library));

  /* Both lists read in one job: no change this process makes comes between them. */
  px_library_queue_job (library, px_story_sources_list_async, list_run, g_memdup2 (&story_id, sizeof story_id),
                        g_free, cancellable, callback, user_data);
}

GPtrArray *
px_story_sources_list_finish (PxLibrary     *library,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, library), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == px_story_sources_list_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
