/* px-versions.h: fetching stored sources again, and comparing their versions
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-fetch.h"
#include "px-history.h"
#include "px-store.h"

G_BEGIN_DECLS

#define PX_VERSIONS_ERROR (px_versions_error_quark ())

typedef enum
{
  PX_VERSIONS_ERROR_NOT_REFETCHABLE, /* pasted text: there is nothing to fetch again */
} PxVersionsError;

GQuark px_versions_error_quark (void);

/* What re-fetching one source did. */
typedef struct
{
  gint64 source_id;
  char *input;
  PxReanchorReport *report; /* NULL when it failed: see error */
  GError *error;
  PxArticle *page; /* when it failed on a page with no article text: what
                    * the page said about itself, or NULL */
} PxRefetchOutcome;

void px_refetch_outcome_free (PxRefetchOutcome *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxRefetchOutcome, px_refetch_outcome_free)

/* Fetches or reads the source's input again, as it was first given, and
 * hands the article to px_library_add_source_version(): a new version when
 * the text, headline or byline changed (the source's annotations
 * re-anchored, the report says how), else only the check time. Blocking:
 * call from a worker thread or the CLI.
 */
PxReanchorReport *px_versions_refetch_source (PxLibrary     *store,
                                              PxFetcher     *fetcher,
                                              gint64         source_id,
                                              GCancellable  *cancellable,
                                              GError       **error);

/* As px_versions_refetch_source(); a page with no article text gives
 * @page_out (nullable) what it said about itself, for
 * px_source_describe_page_error().
 */
PxReanchorReport *px_versions_refetch_source_full (PxLibrary     *store,
                                                   PxFetcher     *fetcher,
                                                   gint64         source_id,
                                                   GCancellable  *cancellable,
                                                   PxArticle    **page_out,
                                                   GError       **error);

/* px_versions_refetch_source() for every source of the story, in column order; one
 * that fails does not stop the others. A GPtrArray of PxRefetchOutcome, or
 * NULL when the story cannot be read or the call was cancelled.
 */
GPtrArray *px_versions_refetch_story (PxLibrary     *store,
                                      PxFetcher     *fetcher,
                                      gint64         story_id,
                                      GCancellable  *cancellable,
                                      GError       **error);

/* px_versions_refetch_story() on a worker thread. */
void px_versions_refetch_story_async (PxLibrary           *store,
                                      PxFetcher           *fetcher,
                                      gint64               story_id,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
GPtrArray *px_versions_refetch_story_finish (PxLibrary     *store,
                                             GAsyncResult  *result,
                                             GError       **error);

/* The diff between versions @from and @to (numbers, 1 = first) of a
 * stored source, labelled "version N". Safe on a worker thread.
 */
PxHistoryDiff *px_versions_diff (PxLibrary     *store,
                                 gint64         source_id,
                                 guint          from,
                                 guint          to,
                                 GCancellable  *cancellable,
                                 GError       **error);

/* px_versions_diff() on a worker thread. */
void px_versions_diff_async (PxLibrary           *store,
                             gint64               source_id,
                             guint                from,
                             guint                to,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data);
PxHistoryDiff *px_versions_diff_finish (PxLibrary     *store,
                                        GAsyncResult  *result,
                                        GError       **error);

G_END_DECLS
