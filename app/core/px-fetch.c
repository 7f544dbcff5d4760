/* px-fetch.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libsoup/soup.h>

#include "px-fetch.h"

struct _PxFetcher
{
  GObject parent_instance;

  guint timeout;
  guint64 max_bytes;
  GTlsDatabase *tls_database;
};

G_DEFINE_FINAL_TYPE (PxFetcher, px_fetcher, G_TYPE_OBJECT)

G_DEFINE_QUARK (px-fetch-error-quark, px_fetch_error)

static void
px_fetcher_finalize (GObject *object)
{
  PxFetcher *self = PX_FETCHER (object);

  g_clear_object (&self->tls_database);

  G_OBJECT_CLASS (px_fetcher_parent_class)->finalize (object);
}

static void
px_fetcher_class_init (PxFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = px_fetcher_finalize;
}

static void
px_fetcher_init (PxFetcher *self)
{
  self->timeout = PX_FETCH_DEFAULT_TIMEOUT;
  self->max_bytes = PX_FETCH_DEFAULT_MAX_BYTES;
}

PxFetcher *
px_fetcher_new (void)
{
  return g_object_new (PX_TYPE_FETCHER, NULL);
}

guint
px_fetcher_get_timeout (PxFetcher *self)
{
  return self->timeout;
}

void
px_fetcher_set_timeout (PxFetcher *self,
                        guint      seconds)
{
  self->timeout = MAX (seconds, 1);
}

guint64
px_fetcher_get_max_bytes (PxFetcher *self)
{
  return self->max_bytes;
}

void
px_fetcher_set_max_bytes (PxFetcher *self,
                          guint64    max_bytes)
{
  self->max_bytes = MAX (max_bytes, 1024);
}

void
px_fetcher_set_tls_database (PxFetcher    *self,
                             GTlsDatabase *database)
{
  g_set_object (&self->tls_database, database);
}

/* TODO(fetch): streaming with the size cap, redirect policy, deadlines,
 * progress. This first version reads the whole body at once.
 */
void
px_fetcher_fetch_async (PxFetcher           *self,
                        const char          *url,
                        PxFetchProgressFunc  progress,
                        gpointer             progress_data,
                        GDestroyNotify       progress_data_destroy,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", self->timeout, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new ("GET", url);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  PxSnapshot *snapshot;

  g_task_set_source_tag (task, px_fetcher_fetch_async);
  if (progress_data_destroy != NULL)
    progress_data_destroy (progress_data);

  if (msg == NULL)
    {
      g_task_return_new_error (task, PX_FETCH_ERROR, PX_FETCH_ERROR_INVALID_URL,
                               "“%s” is not a valid URL", url);
      return;
    }

  body = soup_session_send_and_read (session, msg, cancellable, &error);
  if (body == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  snapshot = px_snapshot_new (body, g_uri_to_string (soup_message_get_uri (msg)),
                              soup_message_headers_get_content_type (soup_message_get_response_headers (msg), NULL),
                              NULL);
  snapshot->status = soup_message_get_status (msg);
  g_task_return_pointer (task, snapshot, (GDestroyNotify) px_snapshot_unref);
}

PxSnapshot *
px_fetcher_fetch_finish (PxFetcher     *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  GMainLoop *loop;
  GAsyncResult *result;
} SyncData;

static void
fetch_sync_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  SyncData *data = user_data;

  data->result = g_object_ref (result);
  g_main_loop_quit (data->loop);
}

/* Runs the async fetch to completion on a private main context, so the CLI
 * and worker threads share the one implementation.
 */
PxSnapshot *
px_fetcher_fetch (PxFetcher     *self,
                  const char    *url,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (context, FALSE);
  SyncData data = { loop, NULL };
  PxSnapshot *snapshot;

  g_main_context_push_thread_default (context);
  px_fetcher_fetch_async (self, url, NULL, NULL, NULL, cancellable, fetch_sync_cb, &data);
  if (data.result == NULL)
    g_main_loop_run (loop);
  g_main_context_pop_thread_default (context);

  snapshot = px_fetcher_fetch_finish (self, data.result, error);
  g_object_unref (data.result);

  return snapshot;
}
