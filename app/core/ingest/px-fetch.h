/* px-fetch.h: fetching pages over http(s), carefully
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-snapshot.h"

G_BEGIN_DECLS

#define PX_FETCH_DEFAULT_TIMEOUT   30                 /* seconds, whole fetch */
#define PX_FETCH_IDLE_TIMEOUT      15                 /* seconds without a byte, connecting included */
#define PX_FETCH_DEFAULT_MAX_BYTES (20 * 1024 * 1024) /* decoded body */
#define PX_FETCH_MAX_REDIRECTS     5

#define PX_FETCH_ERROR (px_fetch_error_quark ())

typedef enum
{
  PX_FETCH_ERROR_INVALID_URL,
  PX_FETCH_ERROR_UNSUPPORTED_SCHEME,
  PX_FETCH_ERROR_TOO_MANY_REDIRECTS,
  PX_FETCH_ERROR_HTTP_STATUS,
  PX_FETCH_ERROR_UNSUPPORTED_TYPE,
  PX_FETCH_ERROR_TOO_LARGE,
  PX_FETCH_ERROR_TIMEOUT,
  PX_FETCH_ERROR_NETWORK,
  PX_FETCH_ERROR_TLS,
} PxFetchError;

GQuark px_fetch_error_quark (void);

/* The words of a failure to fetch (px-words.h), so that it can be said
 * again in another language; NULL for an error of another domain or one
 * kept without them.
 */
const char *px_fetch_error_get_words (const GError *error);
void px_fetch_error_set_words (GError *error,
                               char   *words);

/* Called on the thread-default main context of the caller while the body
 * arrives; @expected is 0 when the server did not say.
 */
typedef void (*PxFetchProgressFunc) (guint64  received,
                                     guint64  expected,
                                     gpointer user_data);

#define PX_TYPE_FETCHER (px_fetcher_get_type ())

G_DECLARE_FINAL_TYPE (PxFetcher, px_fetcher, PX, FETCHER, GObject)

PxFetcher *px_fetcher_new (void);
guint px_fetcher_get_timeout (PxFetcher *self);
void px_fetcher_set_timeout (PxFetcher *self,
                             guint      seconds);
guint64 px_fetcher_get_max_bytes (PxFetcher *self);
void px_fetcher_set_max_bytes (PxFetcher *self,
                               guint64    max_bytes);
void px_fetcher_set_tls_database (PxFetcher    *self,
                                  GTlsDatabase *database);

/* Fetches @url: http and https only, at every redirect hop; at most
 * PX_FETCH_MAX_REDIRECTS redirects; certificates always verified; only
 * text/html, application/xhtml+xml and text/plain (a missing type is
 * sniffed); the decoded body capped while it streams; the whole fetch
 * bounded by the timeout. Every error message starts with @url. Cancelling
 * gives G_IO_ERROR_CANCELLED; the other failures are PX_FETCH_ERROR.
 * The snapshot keeps the body as received (after content decoding), the
 * final URL, the declared charset, the status, the time and the SHA-256.
 * Runs on the caller's thread-default main context, progress included.
 */
void px_fetcher_fetch_async (PxFetcher           *self,
                             const char          *url,
                             PxFetchProgressFunc  progress,
                             gpointer             progress_data,
                             GDestroyNotify       progress_data_destroy,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data);
PxSnapshot *px_fetcher_fetch_finish (PxFetcher     *self,
                                     GAsyncResult  *result,
                                     GError       **error);
/* The same, blocking, on a main context of its own: for the CLI and for
 * worker threads; safe to call from several threads with one fetcher.
 */
PxSnapshot *px_fetcher_fetch (PxFetcher     *self,
                              const char    *url,
                              GCancellable  *cancellable,
                              GError       **error);
/* px_fetcher_fetch() with @progress called on the calling thread. */
PxSnapshot *px_fetcher_fetch_with_progress (PxFetcher           *self,
                                            const char          *url,
                                            PxFetchProgressFunc  progress,
                                            gpointer             progress_data,
                                            GDestroyNotify       progress_data_destroy,
                                            GCancellable        *cancellable,
                                            GError             **error);

G_END_DECLS
