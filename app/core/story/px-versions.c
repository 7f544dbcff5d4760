/* px-versions.c: fetching stored sources again, and comparing their versions
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-versions.h"

#include "px-input.h"
#include "px-source.h"

#include <glib/gi18n-lib.h>

G_DEFINE_QUARK (px-versions-error-quark, px_versions_error)

void
px_refetch_outcome_free (PxRefetchOutcome *self)
{
  if (self == NULL)
    return;

  g_free (self->input);
  g_clear_pointer (&self->page, px_article_unref);
  g_clear_pointer (&self->report, px_reanchor_report_free);
  g_clear_error (&self->error);
  g_free (self);
}

PxReanchorReport *
px_versions_refetch_source (PxLibrary     *store,
                            PxFetcher     *fetcher,
                            gint64         source_id,
                            GCancellable  *cancellable,
                            GError       **error)
{
  return px_versions_refetch_source_full (store, fetcher, source_id, cancellable, NULL, error);
}

PxReanchorReport *
px_versions_refetch_source_full (PxLibrary     *store,
                                 PxFetcher     *fetcher,
                                 gint64         source_id,
                                 GCancellable  *cancellable,
                                 PxArticle    **page_out,
                                 GError       **error)
{
  g_autoptr(PxSourceRecord) source = NULL;
  g_autoptr(PxSource) loader = NULL;
  g_autoptr(PxSnapshot) snapshot = NULL;
  g_autoptr(PxArticle) article = NULL;

  g_return_val_if_fail (PX_IS_LIBRARY (store), NULL);
  g_return_val_if_fail (PX_IS_FETCHER (fetcher), NULL);

  if ((source = px_library_get_source (store, source_id, error)) == NULL)
    return NULL;

  if (px_input_classify (source->input) == PX_INPUT_KIND_STDIN)
    {
      g_set_error (error, PX_VERSIONS_ERROR, PX_VERSIONS_ERROR_NOT_REFETCHABLE,
                   /* Translators: %lld is a source’s number */
                   _("Source %lld was pasted text: there is nothing to fetch again"), (long long) source_id);
      return NULL;
    }

  /* Read as it was first loaded: the same loader, the same outlet naming. */
  loader = px_source_new_for_record (source);
  article = px_source_read_full (loader, fetcher, &snapshot, cancellable, page_out, error);
  if (article == NULL)
    return NULL;

  return px_library_add_source_version (store, source_id, article, snapshot, error);
}

GPtrArray *
px_versions_refetch_story (PxLibrary     *store,
                           PxFetcher     *fetcher,
                           gint64         story_id,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify) px_refetch_outcome_free);

  g_return_val_if_fail (PX_IS_LIBRARY (store), NULL);
  g_return_val_if_fail (PX_IS_FETCHER (fetcher), NULL);

  if ((sources = px_library_list_sources (store, story_id, error)) == NULL)
    return NULL;

  for (guint i = 0; i < sources->len; i++)
    {
      const PxSourceRecord *source = g_ptr_array_index (sources, i);
      PxRefetchOutcome *outcome = g_new0 (PxRefetchOutcome, 1);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          px_refetch_outcome_free (outcome);
          return NULL;
        }

      outcome->source_id = source->id;
      outcome->input = g_strdup (source->input);
      outcome->report = px_versions_refetch_source_full (store, fetcher, source->id, cancellable, &outcome->page,
                                                         &outcome->error);
      g_ptr_array_add (outcomes, outcome);
    }

  return g_steal_pointer (&outcomes);
}

typedef struct
{
  PxFetcher *fetcher;
  gint64 story_id;
} RefetchData;

static void
refetch_data_free (gpointer data)
{
  RefetchData *refetch = data;

  g_object_unref (refetch->fetcher);
  g_free (refetch);
}

static void
refetch_story_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  RefetchData *data = task_data;
  GError *error = NULL;
  GPtrArray *outcomes = px_versions_refetch_story (source_object, data->fetcher, data->story_id, cancellable, &error);

  if (outcomes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, outcomes, (GDestroyNotify) g_ptr_array_unref);
}

void
px_versions_refetch_story_async (PxLibrary           *store,
                                 PxFetcher           *fetcher,
                                 gint64               story_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RefetchData *data;

  g_return_if_fail (PX_IS_LIBRARY (store));
  g_return_if_fail (PX_IS_FETCHER (fetcher));

  data = g_new0 (RefetchData, 1);
  data->fetcher = g_object_ref (fetcher);
  data->story_id = story_id;

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_versions_refetch_story_async);
  g_task_set_task_data (task, data, refetch_data_free);
  g_task_run_in_thread (task, refetch_story_thread);
}

GPtrArray *
px_versions_refetch_story_finish (PxLibrary     *store,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == px_versions_refetch_story_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Version @number of @source as an article, with the headline and byline
 * it had then.
 */
static PxArticle *
version_article (PxLibrary             *store,
                 const PxSourceRecord  *source,
                 GPtrArray             *versions,
                 guint                  number,
                 GError               **error)
{
  const PxSourceVersion *version = NULL;
  g_autoptr(PxArticle) article = NULL;

  for (guint i = 0; i < versions->len && version == NULL; i++)
    if (((const PxSourceVersion *) g_ptr_array_index (versions, i))->number == number)
      version = g_ptr_array_index (versions, i);

  if (version == NULL)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                   /* Translators: %lld is a source’s number, the first %u the version asked for, the second
                    * how many it has */
                   _("Source %lld has no version %u (it has %u)"), (long long) source->id, number, versions->len);
      return NULL;
    }

  article = px_article_new (source->input);
  article->outlet = g_strdup (source->outlet);
  article->url = g_strdup (source->url);
  article->language = g_strdup (source->language);
  article->title = g_strdup (version->title);
  article->byline = g_strdup (version->byline);
  g_free (article->text);
  if ((article->text = px_library_get_version_text (store, version->id, error)) == NULL)
    return NULL;

  return g_steal_pointer (&article);
}

PxHistoryDiff *
px_versions_diff (PxLibrary     *store,
                  gint64         source_id,
                  guint          from,
                  guint          to,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(PxSourceRecord) source = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(PxArticle) from_article = NULL;
  g_autoptr(PxArticle) to_article = NULL;
  g_autofree char *from_label = NULL;
  g_autofree char *to_label = NULL;

  g_return_val_if_fail (PX_IS_LIBRARY (store), NULL);

  if ((source = px_library_get_source (store, source_id, error)) == NULL
      || (versions = px_library_list_source_versions (store, source_id, error)) == NULL
      || (from_article = version_article (store, source, versions, from, error)) == NULL
      || (to_article = version_article (store, source, versions, to, error)) == NULL)
    return NULL;

  /* Translators: names a stored version of an article in the differences found, "version 2" */
  from_label = g_strdup_printf (_("version %u"), from);
  to_label = g_strdup_printf (_("version %u"), to);
  return px_history_diff_new (from_article, to_article, from_label, to_label, cancellable, error);
}

typedef struct
{
  gint64 source_id;
  guint from;
  guint to;
} DiffData;

static void
diff_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DiffData *data = task_data;
  GError *error = NULL;
  PxHistoryDiff *diff = px_versions_diff (source_object, data->source_id, data->from, data->to, cancellable, &error);

  if (diff == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, diff, (GDestroyNotify) px_history_diff_unref);
}

void
px_versions_diff_async (PxLibrary           *store,
                        gint64               source_id,
                        guint                from,
                        guint                to,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DiffData *data;

  g_return_if_fail (PX_IS_LIBRARY (store));

  data = g_new0 (DiffData, 1);
  data->source_id = source_id;
  data->from = from;
  data->to = to;

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_versions_diff_async);
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, diff_thread);
}

PxHistoryDiff *
px_versions_diff_finish (PxLibrary     *store,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == px_versions_diff_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
