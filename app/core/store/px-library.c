/* px-library.c: the library interface and its database thread
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-library"

#include "config.h"

#include "px-library.h"
#include "px-library-private.h"

#include "px-outlets.h"
#include "px-store.h"

#include <glib/gi18n-lib.h>
#include <string.h>

G_DEFINE_INTERFACE (PxLibrary, px_library, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
px_library_default_init (PxLibraryInterface *iface)
{
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

/* The checks both libraries make before they write, in the same words:
 * @what is what could not be done.
 */
gboolean
_px_library_check_article (const PxArticle  *article,
                           const char       *what,
                           GError          **error)
{
  if (article->text == NULL || !g_utf8_validate (article->text, -1, NULL))
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                   /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                    * the second the file or web address the text came from */
                   _("%s: the text extracted from “%s” is not valid UTF-8"), what, article->input);
      return FALSE;
    }

  return TRUE;
}

gboolean
_px_library_check_verdict (PxVerdict    verdict,
                           const char  *what,
                           GError     **error)
{
  if ((guint) verdict > PX_VERDICT_OPINION)
    {
      /* Translators: the first %s is what could not be done (“Could not save the annotation”), %d a verdict’s
       * number */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: unknown verdict %d"), what, verdict);
      return FALSE;
    }

  return TRUE;
}

/* A note may be NULL (none). */
gboolean
_px_library_check_note (const char  *note,
                        const char  *what,
                        GError     **error)
{
  if (note != NULL && !g_utf8_validate (note, -1, NULL))
    {
      /* Translators: %s is what could not be done (“Could not save the annotation”) */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: the note is not valid UTF-8 text"), what);
      return FALSE;
    }

  return TRUE;
}

gboolean
_px_library_check_annotation (guint        n_targets,
                              PxVerdict    verdict,
                              const char  *note,
                              const char  *what,
                              GError     **error)
{
  if (n_targets == 0)
    {
      /* Translators: %s is what could not be done (“Could not save the annotation”) */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: it marks no passage"), what);
      return FALSE;
    }

  return _px_library_check_verdict (verdict, what, error) && _px_library_check_note (note, what, error);
}

/* When a version was fetched: its snapshot's time, or now for a text
 * given without one.
 */
char *
_px_library_fetched_at (const PxSnapshot *snapshot)
{
  g_autoptr(GDateTime) now = NULL;

  if (snapshot != NULL)
    return px_snapshot_format_fetched_at (snapshot);
  now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* What a version keeps as its page: the snapshot's body, or the
 * article's text where there is no snapshot; @sha256 its digest.
 */
GBytes *
_px_library_version_body (const PxArticle   *article,
                          const PxSnapshot  *snapshot,
                          char             **sha256)
{
  gsize len;

  if (snapshot != NULL)
    {
      *sha256 = g_strdup (snapshot->sha256);
      return g_bytes_ref (snapshot->body);
    }
  len = strlen (article->text);
  *sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) article->text, len);
  return g_bytes_new (article->text, len);
}

void
px_library_emit_changed (PxLibrary *self,
                         gint64     story_id)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  g_signal_emit (self, signals[CHANGED], 0, story_id);
}

/* The database thread: one per library, fed by a queue. */

typedef void (*RunFunc) (PxLibrary *self,
                         GTask     *task);

typedef struct
{
  GTask *task;  /* NULL: the thread stops */
  RunFunc run;
} Job;

typedef struct
{
  GThread *thread;
  GAsyncQueue *jobs;
} Worker;

static GQuark
worker_quark (void)
{
  return g_quark_from_static_string ("px-library-worker");
}

static gpointer
worker_thread (gpointer data)
{
  GAsyncQueue *jobs = data;

  for (;;)
    {
      Job *job = g_async_queue_pop (jobs);
      g_autoptr(GTask) task = job->task;

      if (task == NULL)
        {
          g_free (job);
          break;
        }
      if (!g_task_return_error_if_cancelled (task))
        job->run (PX_LIBRARY (g_task_get_source_object (task)), task);
      g_free (job);
      /* The task's last reference may be the library's last: dropped here,
       * the library is finalised on this thread, which worker_free() allows.
       */
    }

  g_async_queue_unref (jobs);
  return NULL;
}

/* When the library is finalised: no job is left, since each holds it. */
static void
worker_free (gpointer data)
{
  Worker *worker = data;
  Job *stop = g_new0 (Job, 1);

  g_async_queue_push (worker->jobs, stop);
  if (worker->thread == g_thread_self ())
    g_thread_unref (worker->thread);
  else
    g_thread_join (worker->thread);
  g_async_queue_unref (worker->jobs);
  g_free (worker);
}

static void
queue (PxLibrary           *self,
       gpointer             source_tag,
       RunFunc              run,
       gpointer             call,
       GDestroyNotify       call_free,
       GCancellable        *cancellable,
       GAsyncReadyCallback  callback,
       gpointer             user_data)
{
  Worker *worker = g_object_get_qdata (G_OBJECT (self), worker_quark ());
  Job *job = g_new0 (Job, 1);

  if (worker == NULL)
    {
      worker = g_new0 (Worker, 1);
      worker->jobs = g_async_queue_new ();
      worker->thread = g_thread_new ("px-library", worker_thread, g_async_queue_ref (worker->jobs));
      g_object_set_qdata_full (G_OBJECT (self), worker_quark (), worker, worker_free);
    }

  job->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, source_tag);
  g_task_set_task_data (job->task, call, call_free);
  job->run = run;
  g_async_queue_push (worker->jobs, job);
}

/* The _finish() functions: the result must come from this library and from
 * the _async() function named by @source_tag.
 */
static gboolean
finish_valid (PxLibrary    *self,
              GAsyncResult *result,
              gpointer      source_tag)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return TRUE;
}

static gboolean
finish_boolean (PxLibrary     *self,
                GAsyncResult  *result,
                gpointer       source_tag,
                GError       **error)
{
  if (!finish_valid (self, result, source_tag))
    return FALSE;

  return g_task_propagate_boolean (G_TASK (result), error);
}

static gpointer
finish_pointer (PxLibrary     *self,
                GAsyncResult  *result,
                gpointer       source_tag,
                GError       **error)
{
  if (!finish_valid (self, result, source_tag))
    return NULL;

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* A row id, or 0 with @error set. */
static gint64
finish_id (PxLibrary     *self,
           GAsyncResult  *result,
           gpointer       source_tag,
           GError       **error)
{
  g_autofree gint64 *id = finish_pointer (self, result, source_tag, error);

  return id != NULL ? *id : 0;
}

static PxTargetSpec *
target_specs_copy (const PxTargetSpec *specs,
                   guint               n_specs)
{
  PxTargetSpec *copy = g_new0 (PxTargetSpec, MAX (n_specs, 1));

  for (guint i = 0; i < n_specs; i++)
    {
      copy[i] = specs[i];
      copy[i].quote = g_strdup (specs[i].quote);
      copy[i].prefix = g_strdup (specs[i].prefix);
      copy[i].suffix = g_strdup (specs[i].suffix);
    }

  return copy;
}

static void
target_specs_free (PxTargetSpec *specs,
                   guint         n_specs)
{
  for (guint i = 0; i < n_specs; i++)
    {
      g_free ((char *) specs[i].quote);
      g_free ((char *) specs[i].prefix);
      g_free ((char *) specs[i].suffix);
    }
  g_free (specs);
}

/* The run function of the operations that take nothing and answer a
 * boolean: the task's data is the synchronous function to call. FALSE
 * without an error is an answer too (poll_changes: nothing changed).
 */
typedef gboolean (*BooleanFunc) (PxLibrary  *self,
                                 GError    **error);

static void
boolean_run (PxLibrary *self,
             GTask     *task)
{
  BooleanFunc func = (BooleanFunc) g_task_get_task_data (task);
  GError *error = NULL;
  gboolean answer = func (self, &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, answer);
}

/* The data of a call that takes only numbers: a row's id and up to two
 * more (a position, a verdict, a state, a flag, a passage's ends), each
 * kept as it was given; freed with g_free ().
 */
typedef struct
{
  gint64 id;
  gint64 a;
  gint64 b;
} NumbersCall;

static NumbersCall *
numbers_call_new (gint64 id,
                  gint64 a,
                  gint64 b)
{
  NumbersCall *call = g_new0 (NumbersCall, 1);

  call->id = id;
  call->a = a;
  call->b = b;
  return call;
}

/* The data of a call that adds a page to a row (a source to a story, a
 * version to a source).
 */
typedef struct
{
  gint64 id;
  PxArticle *article;
  PxSnapshot *snapshot;
} ArticleCall;

static ArticleCall *
article_call_new (gint64             id,
                  const PxArticle   *article,
                  const PxSnapshot  *snapshot)
{
  ArticleCall *call = g_new0 (ArticleCall, 1);

  call->id = id;
  call->article = article != NULL ? px_article_ref ((PxArticle *) article) : NULL;
  call->snapshot = snapshot != NULL ? px_snapshot_ref ((PxSnapshot *) snapshot) : NULL;
  return call;
}

static void
article_call_free (gpointer data)
{
  ArticleCall *call = data;

  g_clear_pointer (&call->article, px_article_unref);
  g_clear_pointer (&call->snapshot, px_snapshot_unref);
  g_free (call);
}

/* The operations on one row: the call holds the synchronous function,
 * the row's id and, for some, a text; a pointer answer comes with the
 * function that frees it.
 */
typedef gboolean (*RowBooleanFunc) (PxLibrary  *self,
                                    gint64      id,
                                    GError    **error);
typedef gpointer (*RowPointerFunc) (PxLibrary  *self,
                                    gint64      id,
                                    GError    **error);
typedef gboolean (*RowTextFunc) (PxLibrary   *self,
                                 gint64       id,
                                 const char  *text,
                                 GError     **error);

typedef struct
{
  gpointer func;
  gint64 id;
  char *text;
  GDestroyNotify free_answer;
} RowCall;

static void
row_call_free (gpointer data)
{
  RowCall *call = data;

  g_free (call->text);
  g_free (call);
}

static void
row_boolean_run (PxLibrary *self,
                 GTask     *task)
{
  RowCall *call = g_task_get_task_data (task);
  GError *error = NULL;

  if (((RowBooleanFunc) call->func) (self, call->id, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
row_pointer_run (PxLibrary *self,
                 GTask     *task)
{
  RowCall *call = g_task_get_task_data (task);
  GError *error = NULL;
  gpointer answer = ((RowPointerFunc) call->func) (self, call->id, &error);

  if (answer != NULL)
    g_task_return_pointer (task, answer, call->free_answer);
  else
    g_task_return_error (task, error);
}

static void
row_text_run (PxLibrary *self,
              GTask     *task)
{
  RowCall *call = g_task_get_task_data (task);
  GError *error = NULL;

  if (((RowTextFunc) call->func) (self, call->id, call->text, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
queue_row (PxLibrary           *self,
           gpointer             source_tag,
           RunFunc              run,
           gpointer             func,
           gint64               id,
           GDestroyNotify       free_answer,
           GCancellable        *cancellable,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  RowCall *call = g_new0 (RowCall, 1);

  call->func = func;
  call->id = id;
  call->free_answer = free_answer;
  queue (self, source_tag, run, call, row_call_free, cancellable, callback, user_data);
}

static void
queue_row_text (PxLibrary           *self,
                gpointer             source_tag,
                gpointer             func,
                gint64               id,
                const char          *text,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  RowCall *call = g_new0 (RowCall, 1);

  call->func = func;
  call->id = id;
  call->text = g_strdup (text);
  queue (self, source_tag, row_text_run, call, row_call_free, cancellable, callback, user_data);
}

/* The operations */

gboolean
px_library_maintain (PxLibrary  *self,
                     GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->maintain (self, error);
}

void
px_library_maintain_async (PxLibrary           *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue (self, px_library_maintain_async, boolean_run, (gpointer) px_library_maintain, NULL, cancellable, callback, user_data);
}

gboolean
px_library_maintain_finish (PxLibrary     *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return finish_boolean (self, result, px_library_maintain_async, error);
}

gboolean
px_library_backup (PxLibrary  *self,
                   GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->backup (self, error);
}

void
px_library_backup_async (PxLibrary           *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue (self, px_library_backup_async, boolean_run, (gpointer) px_library_backup, NULL, cancellable, callback, user_data);
}

gboolean
px_library_backup_finish (PxLibrary     *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  return finish_boolean (self, result, px_library_backup_async, error);
}

gboolean
px_library_close (PxLibrary  *self,
                  GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->close (self, error);
}

void
px_library_close_async (PxLibrary           *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue (self, px_library_close_async, boolean_run, (gpointer) px_library_close, NULL, cancellable, callback, user_data);
}

gboolean
px_library_close_finish (PxLibrary     *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return finish_boolean (self, result, px_library_close_async, error);
}

gboolean
px_library_poll_changes (PxLibrary  *self,
                         GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->poll_changes (self, error);
}

void
px_library_poll_changes_async (PxLibrary           *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue (self, px_library_poll_changes_async, boolean_run, (gpointer) px_library_poll_changes, NULL, cancellable, callback, user_data);
}

gboolean
px_library_poll_changes_finish (PxLibrary     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish_boolean (self, result, px_library_poll_changes_async, error);
}

gint64
px_library_create_story (PxLibrary   *self,
                         const char  *title,
                         GError     **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), 0);

  return PX_LIBRARY_GET_IFACE (self)->create_story (self, title, FALSE, error);
}

gint64
px_library_create_provisional_story (PxLibrary   *self,
                                     const char  *title,
                                     GError     **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), 0);

  return PX_LIBRARY_GET_IFACE (self)->create_story (self, title, TRUE, error);
}

typedef struct
{
  char *title;
  gboolean provisional;
} CreateStoryCall;

static void
create_story_call_free (gpointer data)
{
  CreateStoryCall *call = data;

  g_free (call->title);
  g_free (call);
}

static void
create_story_run (PxLibrary *self,
                  GTask     *task)
{
  CreateStoryCall *call = g_task_get_task_data (task);
  GError *error = NULL;
  gint64 id = PX_LIBRARY_GET_IFACE (self)->create_story (self, call->title, call->provisional, &error);

  if (id > 0)
    g_task_return_pointer (task, g_memdup2 (&id, sizeof id), g_free);
  else
    g_task_return_error (task, error);
}

void
px_library_create_story_async (PxLibrary           *self,
                               const char          *title,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  CreateStoryCall *call;

  g_return_if_fail (PX_IS_LIBRARY (self));

  call = g_new0 (CreateStoryCall, 1);
  call->title = g_strdup (title);
  queue (self, px_library_create_story_async, create_story_run, call, create_story_call_free, cancellable, callback, user_data);
}

void
px_library_create_provisional_story_async (PxLibrary           *self,
                                           const char          *title,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  CreateStoryCall *call;

  g_return_if_fail (PX_IS_LIBRARY (self));

  call = g_new0 (CreateStoryCall, 1);
  call->title = g_strdup (title);
  call->provisional = TRUE;
  /* The same source tag: px_library_create_story_finish () takes both. */
  queue (self, px_library_create_story_async, create_story_run, call, create_story_call_free, cancellable, callback, user_data);
}

gint64
px_library_create_story_finish (PxLibrary     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish_id (self, result, px_library_create_story_async, error);
}

gboolean
px_library_rename_story (PxLibrary   *self,
                         gint64       story_id,
                         const char  *title,
                         GError     **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->rename_story (self, story_id, title, error);
}

void
px_library_rename_story_async (PxLibrary           *self,
                               gint64               story_id,
                               const char          *title,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row_text (self, px_library_rename_story_async, (gpointer) px_library_rename_story, story_id, title, cancellable, callback, user_data);
}

gboolean
px_library_rename_story_finish (PxLibrary     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish_boolean (self, result, px_library_rename_story_async, error);
}

gboolean
px_library_delete_story (PxLibrary  *self,
                         gint64      story_id,
                         GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->delete_story (self, story_id, error);
}

void
px_library_delete_story_async (PxLibrary           *self,
                               gint64               story_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row (self, px_library_delete_story_async, row_boolean_run, (gpointer) px_library_delete_story, story_id, NULL, cancellable, callback, user_data);
}

gboolean
px_library_delete_story_finish (PxLibrary     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish_boolean (self, result, px_library_delete_story_async, error);
}

gboolean
px_library_restore_story (PxLibrary  *self,
                          gint64      story_id,
                          GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->restore_story (self, story_id, error);
}

void
px_library_restore_story_async (PxLibrary           *self,
                                gint64               story_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row (self, px_library_restore_story_async, row_boolean_run, (gpointer) px_library_restore_story, story_id, NULL, cancellable, callback, user_data);
}

gboolean
px_library_restore_story_finish (PxLibrary     *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return finish_boolean (self, result, px_library_restore_story_async, error);
}

gboolean
px_library_purge_deleted_stories (PxLibrary  *self,
                                  GDateTime  *before,
                                  GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->purge_deleted_stories (self, before, error);
}

typedef struct
{
  GDateTime *before;
} PurgeDeletedStoriesCall;

static void
purge_deleted_stories_call_free (gpointer data)
{
  PurgeDeletedStoriesCall *call = data;

  g_clear_pointer (&call->before, g_date_time_unref);
  g_free (call);
}

static void
purge_deleted_stories_run (PxLibrary *self,
                           GTask     *task)
{
  PurgeDeletedStoriesCall *call = g_task_get_task_data (task);
  GError *error = NULL;

  if (px_library_purge_deleted_stories (self, call->before, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
px_library_purge_deleted_stories_async (PxLibrary           *self,
                                        GDateTime           *before,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  PurgeDeletedStoriesCall *call;

  g_return_if_fail (PX_IS_LIBRARY (self));

  call = g_new0 (PurgeDeletedStoriesCall, 1);
  call->before = before != NULL ? g_date_time_ref (before) : NULL;
  queue (self, px_library_purge_deleted_stories_async, purge_deleted_stories_run, call, purge_deleted_stories_call_free, cancellable, callback, user_data);
}

gboolean
px_library_purge_deleted_stories_finish (PxLibrary     *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  return finish_boolean (self, result, px_library_purge_deleted_stories_async, error);
}

PxStoryInfo *
px_library_get_story (PxLibrary  *self,
                      gint64      story_id,
                      GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), NULL);

  return PX_LIBRARY_GET_IFACE (self)->get_story (self, story_id, error);
}

void
px_library_get_story_async (PxLibrary           *self,
                            gint64               story_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row (self, px_library_get_story_async, row_pointer_run, (gpointer) px_library_get_story, story_id, (GDestroyNotify) px_story_info_free, cancellable, callback, user_data);
}

PxStoryInfo *
px_library_get_story_finish (PxLibrary     *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return finish_pointer (self, result, px_library_get_story_async, error);
}

GPtrArray *
px_library_list_stories (PxLibrary  *self,
                         gboolean    include_deleted,
                         GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), NULL);

  return PX_LIBRARY_GET_IFACE (self)->list_stories (self, include_deleted, error);
}

static void
list_stories_run (PxLibrary *self,
                  GTask     *task)
{
  NumbersCall *call = g_task_get_task_data (task);
  GError *error = NULL;
  GPtrArray *result = px_library_list_stories (self, (gboolean) call->a, &error);

  if (result != NULL)
    g_task_return_pointer (task, result, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

void
px_library_list_stories_async (PxLibrary           *self,
                               gboolean             include_deleted,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue (self, px_library_list_stories_async, list_stories_run, numbers_call_new (0, include_deleted, 0), g_free, cancellable, callback, user_data);
}

GPtrArray *
px_library_list_stories_finish (PxLibrary     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish_pointer (self, result, px_library_list_stories_async, error);
}

gint64
px_library_add_source (PxLibrary         *self,
                       gint64             story_id,
                       const PxArticle   *article,
                       const PxSnapshot  *snapshot,
                       GError           **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), 0);

  return PX_LIBRARY_GET_IFACE (self)->add_source (self, story_id, article, snapshot, error);
}

static void
add_source_run (PxLibrary *self,
                GTask     *task)
{
  ArticleCall *call = g_task_get_task_data (task);
  GError *error = NULL;
  gint64 id = px_library_add_source (self, call->id, call->article, call->snapshot, &error);

  if (id > 0)
    g_task_return_pointer (task, g_memdup2 (&id, sizeof id), g_free);
  else
    g_task_return_error (task, error);
}

void
px_library_add_source_async (PxLibrary           *self,
                             gint64               story_id,
                             const PxArticle     *article,
                             const PxSnapshot    *snapshot,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue (self, px_library_add_source_async, add_source_run, article_call_new (story_id, article, snapshot), article_call_free, cancellable, callback, user_data);
}

gint64
px_library_add_source_finish (PxLibrary     *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return finish_id (self, result, px_library_add_source_async, error);
}

PxSourceRecord *
px_library_get_source (PxLibrary  *self,
                       gint64      source_id,
                       GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), NULL);

  return PX_LIBRARY_GET_IFACE (self)->get_source (self, source_id, error);
}

void
px_library_get_source_async (PxLibrary           *self,
                             gint64               source_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row (self, px_library_get_source_async, row_pointer_run, (gpointer) px_library_get_source, source_id, (GDestroyNotify) px_source_record_free, cancellable, callback, user_data);
}

PxSourceRecord *
px_library_get_source_finish (PxLibrary     *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return finish_pointer (self, result, px_library_get_source_async, error);
}

GPtrArray *
px_library_list_sources (PxLibrary  *self,
                         gint64      story_id,
                         GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), NULL);

  return PX_LIBRARY_GET_IFACE (self)->list_sources (self, story_id, error);
}

gint64
px_library_keep_failed_source (PxLibrary   *self,
                               gint64       story_id,
                               gint64       source_id,
                               const char  *input,
                               const char  *outlet,
                               const char  *message,
                               GError     **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), 0);
  g_return_val_if_fail (input != NULL && message != NULL, 0);

  return PX_LIBRARY_GET_IFACE (self)->keep_failed_source (self, story_id, source_id, input, outlet, message, error);
}

gint64
px_library_keep_failed_source_full (PxLibrary        *self,
                                    gint64            story_id,
                                    gint64            source_id,
                                    const char       *input,
                                    const char       *outlet,
                                    const char       *message,
                                    const char       *error_kind,
                                    const char       *error_words,
                                    const PxArticle  *page,
                                    GError          **error)
{
  PxLibraryInterface *iface;

  g_return_val_if_fail (PX_IS_LIBRARY (self), 0);
  g_return_val_if_fail (input != NULL && message != NULL, 0);

  iface = PX_LIBRARY_GET_IFACE (self);
  if (iface->keep_failed_source_full == NULL)
    return iface->keep_failed_source (self, story_id, source_id, input, outlet, message, error);
  return iface->keep_failed_source_full (self, story_id, source_id, input, outlet, message, error_kind, error_words,
                                         page, error);
}

typedef struct
{
  gint64 story_id;
  gint64 source_id;
  char *input;
  char *outlet;
  char *message;
  char *error_kind;
  char *error_words;
  PxArticle *page;
} KeepFailedSourceCall;

static void
keep_failed_source_call_free (gpointer data)
{
  KeepFailedSourceCall *call = data;

  g_free (call->input);
  g_free (call->outlet);
  g_free (call->message);
  g_free (call->error_kind);
  g_free (call->error_words);
  g_clear_pointer (&call->page, px_article_unref);
  g_free (call);
}

static void
keep_failed_source_run (PxLibrary *self,
                        GTask     *task)
{
  KeepFailedSourceCall *call = g_task_get_task_data (task);
  GError *error = NULL;
  gint64 id = px_library_keep_failed_source_full (self, call->story_id, call->source_id, call->input, call->outlet,
                                                  call->message, call->error_kind, call->error_words, call->page,
                                                  &error);

  if (id > 0)
    g_task_return_pointer (task, g_memdup2 (&id, sizeof id), g_free);
  else
    g_task_return_error (task, error);
}

void
px_library_keep_failed_source_async (PxLibrary           *self,
                                     gint64               story_id,
                                     gint64               source_id,
                                     const char          *input,
                                     const char          *outlet,
                                     const char          *message,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  px_library_keep_failed_source_full_async (self, story_id, source_id, input, outlet, message, NULL, NULL, NULL,
                                            cancellable, callback, user_data);
}

void
px_library_keep_failed_source_full_async (PxLibrary           *self,
                                          gint64               story_id,
                                          gint64               source_id,
                                          const char          *input,
                                          const char          *outlet,
                                          const char          *message,
                                          const char          *error_kind,
                                          const char          *error_words,
                                          const PxArticle     *page,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  KeepFailedSourceCall *call;

  g_return_if_fail (PX_IS_LIBRARY (self));
  g_return_if_fail (input != NULL && message != NULL);

  call = g_new0 (KeepFailedSourceCall, 1);
  call->story_id = story_id;
  call->source_id = source_id;
  call->input = g_strdup (input);
  call->outlet = g_strdup (outlet);
  call->message = g_strdup (message);
  call->error_kind = g_strdup (error_kind);
  call->error_words = g_strdup (error_words);
  /* the caller's page may change after: the thread reads a copy */
  call->page = page != NULL ? px_article_copy (page) : NULL;
  queue (self, px_library_keep_failed_source_async, keep_failed_source_run, call, keep_failed_source_call_free,
         cancellable, callback, user_data);
}

gint64
px_library_keep_failed_source_finish (PxLibrary     *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return finish_id (self, result, px_library_keep_failed_source_async, error);
}

GPtrArray *
px_library_list_failed_sources (PxLibrary  *self,
                                gint64      story_id,
                                GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), NULL);

  return PX_LIBRARY_GET_IFACE (self)->list_failed_sources (self, story_id, error);
}

gboolean
px_library_move_source (PxLibrary  *self,
                        gint64      source_id,
                        guint       position,
                        GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->move_source (self, source_id, position, error);
}

static void
move_source_run (PxLibrary *self,
                 GTask     *task)
{
  NumbersCall *call = g_task_get_task_data (task);
  GError *error = NULL;

  if (px_library_move_source (self, call->id, (guint) call->a, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
px_library_move_source_async (PxLibrary           *self,
                              gint64               source_id,
                              guint                position,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue (self, px_library_move_source_async, move_source_run, numbers_call_new (source_id, position, 0), g_free, cancellable, callback, user_data);
}

gboolean
px_library_move_source_finish (PxLibrary     *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return finish_boolean (self, result, px_library_move_source_async, error);
}

gboolean
px_library_rename_source (PxLibrary   *self,
                          gint64       source_id,
                          const char  *outlet,
                          GError     **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (outlet != NULL, FALSE);

  if ((clean = px_outlet_name_clean (outlet)) == NULL)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                   _("Could not rename the outlet: the name is empty"));
      return FALSE;
    }

  return PX_LIBRARY_GET_IFACE (self)->rename_source (self, source_id, clean, error);
}

void
px_library_rename_source_async (PxLibrary           *self,
                                gint64               source_id,
                                const char          *outlet,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row_text (self, px_library_rename_source_async, (gpointer) px_library_rename_source, source_id, outlet,
                  cancellable, callback, user_data);
}

gboolean
px_library_rename_source_finish (PxLibrary     *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return finish_boolean (self, result, px_library_rename_source_async, error);
}

gboolean
px_library_delete_source (PxLibrary  *self,
                          gint64      source_id,
                          GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->delete_source (self, source_id, error);
}

void
px_library_delete_source_async (PxLibrary           *self,
                                gint64               source_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row (self, px_library_delete_source_async, row_boolean_run, (gpointer) px_library_delete_source, source_id, NULL, cancellable, callback, user_data);
}

gboolean
px_library_delete_source_finish (PxLibrary     *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return finish_boolean (self, result, px_library_delete_source_async, error);
}

gboolean
px_library_restore_source (PxLibrary  *self,
                           gint64      source_id,
                           GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->restore_source (self, source_id, error);
}

void
px_library_restore_source_async (PxLibrary           *self,
                                 gint64               source_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row (self, px_library_restore_source_async, row_boolean_run, (gpointer) px_library_restore_source, source_id, NULL, cancellable, callback, user_data);
}

gboolean
px_library_restore_source_finish (PxLibrary     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return finish_boolean (self, result, px_library_restore_source_async, error);
}

PxReanchorReport *
px_library_add_source_version (PxLibrary         *self,
                               gint64             source_id,
                               const PxArticle   *article,
                               const PxSnapshot  *snapshot,
                               GError           **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), NULL);

  return PX_LIBRARY_GET_IFACE (self)->add_source_version (self, source_id, article, snapshot, error);
}

static void
add_source_version_run (PxLibrary *self,
                        GTask     *task)
{
  ArticleCall *call = g_task_get_task_data (task);
  GError *error = NULL;
  PxReanchorReport *result = px_library_add_source_version (self, call->id, call->article, call->snapshot, &error);

  if (result != NULL)
    g_task_return_pointer (task, result, (GDestroyNotify) px_reanchor_report_free);
  else
    g_task_return_error (task, error);
}

void
px_library_add_source_version_async (PxLibrary           *self,
                                     gint64               source_id,
                                     const PxArticle     *article,
                                     const PxSnapshot    *snapshot,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue (self, px_library_add_source_version_async, add_source_version_run, article_call_new (source_id, article, snapshot), article_call_free, cancellable, callback, user_data);
}

PxReanchorReport *
px_library_add_source_version_finish (PxLibrary     *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return finish_pointer (self, result, px_library_add_source_version_async, error);
}

GPtrArray *
px_library_list_source_versions (PxLibrary  *self,
                                 gint64      source_id,
                                 GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), NULL);

  return PX_LIBRARY_GET_IFACE (self)->list_source_versions (self, source_id, error);
}

void
px_library_list_source_versions_async (PxLibrary           *self,
                                       gint64               source_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row (self, px_library_list_source_versions_async, row_pointer_run, (gpointer) px_library_list_source_versions, source_id, (GDestroyNotify) g_ptr_array_unref, cancellable, callback, user_data);
}

GPtrArray *
px_library_list_source_versions_finish (PxLibrary     *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return finish_pointer (self, result, px_library_list_source_versions_async, error);
}

GBytes *
px_library_get_version_body (PxLibrary  *self,
                             gint64      version_id,
                             GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), NULL);

  return PX_LIBRARY_GET_IFACE (self)->get_version_body (self, version_id, error);
}

void
px_library_get_version_body_async (PxLibrary           *self,
                                   gint64               version_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row (self, px_library_get_version_body_async, row_pointer_run, (gpointer) px_library_get_version_body, version_id, (GDestroyNotify) g_bytes_unref, cancellable, callback, user_data);
}

GBytes *
px_library_get_version_body_finish (PxLibrary     *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return finish_pointer (self, result, px_library_get_version_body_async, error);
}

char *
px_library_get_version_text (PxLibrary  *self,
                             gint64      version_id,
                             GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), NULL);

  return PX_LIBRARY_GET_IFACE (self)->get_version_text (self, version_id, error);
}

void
px_library_get_version_text_async (PxLibrary           *self,
                                   gint64               version_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row (self, px_library_get_version_text_async, row_pointer_run, (gpointer) px_library_get_version_text, version_id, (GDestroyNotify) g_free, cancellable, callback, user_data);
}

char *
px_library_get_version_text_finish (PxLibrary     *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return finish_pointer (self, result, px_library_get_version_text_async, error);
}

gint64
px_library_create_annotation (PxLibrary           *self,
                              gint64               story_id,
                              const PxTargetSpec  *targets,
                              guint                n_targets,
                              PxVerdict            verdict,
                              const char          *note,
                              GError             **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), 0);

  return PX_LIBRARY_GET_IFACE (self)->create_annotation (self, story_id, targets, n_targets, verdict, note, error);
}

typedef struct
{
  gint64 story_id;
  PxTargetSpec *targets;
  guint n_targets;
  PxVerdict verdict;
  char *note;
} CreateAnnotationCall;

static void
create_annotation_call_free (gpointer data)
{
  CreateAnnotationCall *call = data;

  target_specs_free (call->targets, call->n_targets);
  g_free (call->note);
  g_free (call);
}

static void
create_annotation_run (PxLibrary *self,
                       GTask     *task)
{
  CreateAnnotationCall *call = g_task_get_task_data (task);
  GError *error = NULL;
  gint64 id = px_library_create_annotation (self, call->story_id, call->targets, call->n_targets, call->verdict, call->note, &error);

  if (id > 0)
    g_task_return_pointer (task, g_memdup2 (&id, sizeof id), g_free);
  else
    g_task_return_error (task, error);
}

void
px_library_create_annotation_async (PxLibrary           *self,
                                    gint64               story_id,
                                    const PxTargetSpec  *targets,
                                    guint                n_targets,
                                    PxVerdict            verdict,
                                    const char          *note,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  CreateAnnotationCall *call;

  g_return_if_fail (PX_IS_LIBRARY (self));

  call = g_new0 (CreateAnnotationCall, 1);
  call->story_id = story_id;
  call->targets = target_specs_copy (targets, n_targets);
  call->n_targets = n_targets;
  call->verdict = verdict;
  call->note = g_strdup (note);
  queue (self, px_library_create_annotation_async, create_annotation_run, call, create_annotation_call_free, cancellable, callback, user_data);
}

gint64
px_library_create_annotation_finish (PxLibrary     *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return finish_id (self, result, px_library_create_annotation_async, error);
}

PxAnnotation *
px_library_get_annotation (PxLibrary  *self,
                           gint64      annotation_id,
                           GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), NULL);

  return PX_LIBRARY_GET_IFACE (self)->get_annotation (self, annotation_id, error);
}

void
px_library_get_annotation_async (PxLibrary           *self,
                                 gint64               annotation_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row (self, px_library_get_annotation_async, row_pointer_run, (gpointer) px_library_get_annotation, annotation_id, (GDestroyNotify) px_annotation_free, cancellable, callback, user_data);
}

PxAnnotation *
px_library_get_annotation_finish (PxLibrary     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return finish_pointer (self, result, px_library_get_annotation_async, error);
}

GPtrArray *
px_library_list_annotations (PxLibrary  *self,
                             gint64      story_id,
                             gboolean    include_deleted,
                             GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), NULL);

  return PX_LIBRARY_GET_IFACE (self)->list_annotations (self, story_id, include_deleted, error);
}

static void
list_annotations_run (PxLibrary *self,
                      GTask     *task)
{
  NumbersCall *call = g_task_get_task_data (task);
  GError *error = NULL;
  GPtrArray *result = px_library_list_annotations (self, call->id, (gboolean) call->a, &error);

  if (result != NULL)
    g_task_return_pointer (task, result, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

void
px_library_list_annotations_async (PxLibrary           *self,
                                   gint64               story_id,
                                   gboolean             include_deleted,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue (self, px_library_list_annotations_async, list_annotations_run, numbers_call_new (story_id, include_deleted, 0), g_free, cancellable, callback, user_data);
}

GPtrArray *
px_library_list_annotations_finish (PxLibrary     *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return finish_pointer (self, result, px_library_list_annotations_async, error);
}

gboolean
px_library_set_annotation_verdict (PxLibrary  *self,
                                   gint64      annotation_id,
                                   PxVerdict   verdict,
                                   GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->set_annotation_verdict (self, annotation_id, verdict, error);
}

static void
set_annotation_verdict_run (PxLibrary *self,
                            GTask     *task)
{
  NumbersCall *call = g_task_get_task_data (task);
  GError *error = NULL;

  if (px_library_set_annotation_verdict (self, call->id, (PxVerdict) call->a, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
px_library_set_annotation_verdict_async (PxLibrary           *self,
                                         gint64               annotation_id,
                                         PxVerdict            verdict,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue (self, px_library_set_annotation_verdict_async, set_annotation_verdict_run, numbers_call_new (annotation_id, verdict, 0), g_free, cancellable, callback, user_data);
}

gboolean
px_library_set_annotation_verdict_finish (PxLibrary     *self,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  return finish_boolean (self, result, px_library_set_annotation_verdict_async, error);
}

gboolean
px_library_set_annotation_note (PxLibrary   *self,
                                gint64       annotation_id,
                                const char  *note,
                                GError     **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->set_annotation_note (self, annotation_id, note, error);
}

void
px_library_set_annotation_note_async (PxLibrary           *self,
                                      gint64               annotation_id,
                                      const char          *note,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row_text (self, px_library_set_annotation_note_async, (gpointer) px_library_set_annotation_note, annotation_id, note, cancellable, callback, user_data);
}

gboolean
px_library_set_annotation_note_finish (PxLibrary     *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return finish_boolean (self, result, px_library_set_annotation_note_async, error);
}

gboolean
px_library_set_annotation_state (PxLibrary          *self,
                                 gint64              annotation_id,
                                 PxAnnotationState   state,
                                 GError            **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->set_annotation_state (self, annotation_id, state, error);
}

static void
set_annotation_state_run (PxLibrary *self,
                          GTask     *task)
{
  NumbersCall *call = g_task_get_task_data (task);
  GError *error = NULL;

  if (px_library_set_annotation_state (self, call->id, (PxAnnotationState) call->a, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
px_library_set_annotation_state_async (PxLibrary           *self,
                                       gint64               annotation_id,
                                       PxAnnotationState    state,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue (self, px_library_set_annotation_state_async, set_annotation_state_run, numbers_call_new (annotation_id, state, 0), g_free, cancellable, callback, user_data);
}

gboolean
px_library_set_annotation_state_finish (PxLibrary     *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return finish_boolean (self, result, px_library_set_annotation_state_async, error);
}

gboolean
px_library_move_annotation_target (PxLibrary  *self,
                                   gint64      target_id,
                                   guint       start,
                                   guint       end,
                                   GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->move_annotation_target (self, target_id, start, end, error);
}

static void
move_annotation_target_run (PxLibrary *self,
                            GTask     *task)
{
  NumbersCall *call = g_task_get_task_data (task);
  GError *error = NULL;

  if (px_library_move_annotation_target (self, call->id, (guint) call->a, (guint) call->b, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
px_library_move_annotation_target_async (PxLibrary           *self,
                                         gint64               target_id,
                                         guint                start,
                                         guint                end,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue (self, px_library_move_annotation_target_async, move_annotation_target_run, numbers_call_new (target_id, start, end), g_free, cancellable, callback, user_data);
}

gboolean
px_library_move_annotation_target_finish (PxLibrary     *self,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  return finish_boolean (self, result, px_library_move_annotation_target_async, error);
}

gboolean
px_library_delete_annotation (PxLibrary  *self,
                              gint64      annotation_id,
                              GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->delete_annotation (self, annotation_id, error);
}

void
px_library_delete_annotation_async (PxLibrary           *self,
                                    gint64               annotation_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row (self, px_library_delete_annotation_async, row_boolean_run, (gpointer) px_library_delete_annotation, annotation_id, NULL, cancellable, callback, user_data);
}

gboolean
px_library_delete_annotation_finish (PxLibrary     *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return finish_boolean (self, result, px_library_delete_annotation_async, error);
}

gboolean
px_library_restore_annotation (PxLibrary  *self,
                               gint64      annotation_id,
                               GError    **error)
{
  g_return_val_if_fail (PX_IS_LIBRARY (self), FALSE);

  return PX_LIBRARY_GET_IFACE (self)->restore_annotation (self, annotation_id, error);
}

void
px_library_restore_annotation_async (PxLibrary           *self,
                                     gint64               annotation_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));

  queue_row (self, px_library_restore_annotation_async, row_boolean_run, (gpointer) px_library_restore_annotation, annotation_id, NULL, cancellable, callback, user_data);
}

gboolean
px_library_restore_annotation_finish (PxLibrary     *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return finish_boolean (self, result, px_library_restore_annotation_async, error);
}

/* A hit in a story's file is named as the story's columns and reports
 * name it: files of one name from several folders by their folders
 * ("a/source", "b/source"), which the search's own numbering ("source (2)")
 * cannot tell. A story whose sources cannot be listed keeps the numbers.
 */
static void
label_hits_by_folder (PxLibrary *self,
                      GPtrArray *hits)
{
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) stories = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint h = 0; h < hits->len; h++)
    {
      const PxSearchHit *hit = g_ptr_array_index (hits, h);
      g_autoptr(GPtrArray) sources = NULL;
      g_autofree const char **outlets = NULL;
      g_autofree const char **inputs = NULL;
      g_autofree const char **urls = NULL;
      g_autofree char **folder_labels = NULL;

      if (hit->kind != PX_SEARCH_HIT_ARTICLE || g_hash_table_contains (stories, &hit->story_id))
        continue;
      g_hash_table_add (stories, g_memdup2 (&hit->story_id, sizeof hit->story_id));
      sources = px_library_list_sources (self, hit->story_id, NULL);
      if (sources == NULL || sources->len < 2)
        continue;

      outlets = g_new0 (const char *, sources->len + 1);
      inputs = g_new0 (const char *, sources->len + 1);
      urls = g_new0 (const char *, sources->len + 1);
      folder_labels = g_new0 (char *, sources->len + 1);
      for (guint i = 0; i < sources->len; i++)
        {
          const PxSourceRecord *record = g_ptr_array_index (sources, i);

          outlets[i] = record->outlet != NULL ? record->outlet : "";
          inputs[i] = record->input;
          urls[i] = record->url;
        }
      px_outlet_folder_labels (outlets, inputs, urls, sources->len, folder_labels);
      for (guint i = 0; i < sources->len; i++)
        if (folder_labels[i] != NULL)
          {
            const PxSourceRecord *record = g_ptr_array_index (sources, i);

            g_hash_table_insert (labels, g_memdup2 (&record->id, sizeof record->id), folder_labels[i]);
          }
    }

  for (guint h = 0; h < hits->len; h++)
    {
      PxSearchHit *hit = g_ptr_array_index (hits, h);
      const char *label;

      if (hit->kind == PX_SEARCH_HIT_ARTICLE
          && (label = g_hash_table_lookup (labels, &hit->source_id)) != NULL)
        {
          g_free (hit->label);
          hit->label = g_strdup (label);
        }
    }
}

GPtrArray *
px_library_search (PxLibrary   *self,
                   const char  *query,
                   guint        limit,
                   GError     **error)
{
  GPtrArray *hits;

  g_return_val_if_fail (PX_IS_LIBRARY (self), NULL);

  hits = PX_LIBRARY_GET_IFACE (self)->search (self, query, limit, error);
  if (hits != NULL)
    label_hits_by_folder (self, hits);

  return hits;
}

typedef struct
{
  char *query;
  guint limit;
} SearchCall;

static void
search_call_free (gpointer data)
{
  SearchCall *call = data;

  g_free (call->query);
  g_free (call);
}

static void
search_run (PxLibrary *self,
            GTask     *task)
{
  SearchCall *call = g_task_get_task_data (task);
  GError *error = NULL;
  GPtrArray *result = px_library_search (self, call->query, call->limit, &error);

  if (result != NULL)
    g_task_return_pointer (task, result, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

void
px_library_search_async (PxLibrary           *self,
                         const char          *query,
                         guint                limit,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  SearchCall *call;

  g_return_if_fail (PX_IS_LIBRARY (self));

  call = g_new0 (SearchCall, 1);
  call->query = g_strdup (query);
  call->limit = limit;
  queue (self, px_library_search_async, search_run, call, search_call_free, cancellable, callback, user_data);
}

GPtrArray *
px_library_search_finish (PxLibrary     *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  return finish_pointer (self, result, px_library_search_async, error);
}

/* Implementations' own operations */

void
px_library_queue_job (PxLibrary           *self,
                      gpointer             source_tag,
                      PxLibraryJobFunc     run,
                      gpointer             call,
                      GDestroyNotify       call_free,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_return_if_fail (PX_IS_LIBRARY (self));
  g_return_if_fail (run != NULL);

  queue (self, source_tag, run, call, call_free, cancellable, callback, user_data);
}
