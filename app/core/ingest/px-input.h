/* px-input.h: what the user gave us, a path, a URL or standard input
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"
#include "px-fetch.h"
#include "px-snapshot.h"

G_BEGIN_DECLS

#define PX_INPUT_ERROR (px_input_error_quark ())

typedef enum
{
  PX_INPUT_ERROR_NOT_FOUND,
  PX_INPUT_ERROR_NOT_A_FILE,
  PX_INPUT_ERROR_TOO_LARGE,
  PX_INPUT_ERROR_UNSUPPORTED,
  PX_INPUT_ERROR_READ,
} PxInputError;

typedef enum
{
  PX_INPUT_KIND_FILE,
  PX_INPUT_KIND_URL,
  PX_INPUT_KIND_STDIN,
} PxInputKind;

GQuark px_input_error_quark (void);

PxInputKind px_input_classify (const char *input);

/* @input as a story keeps it, to be read again from any folder: a file's
 * path made absolute against the current folder ("." and ".." taken out,
 * symbolic links kept as named), an address or "-" as given.
 */
char *px_input_dup_to_keep (const char *input);

/* Reads a file or standard input, or fetches a URL with @fetcher, with the
 * same size cap for all three. Blocking: call from a worker thread or the CLI.
 */
PxSnapshot *px_input_load (PxFetcher     *fetcher,
                           const char    *input,
                           GCancellable  *cancellable,
                           GError       **error);

/* px_input_load() and px_extract_snapshot() in one step. */
PxArticle *px_input_load_article (PxFetcher     *fetcher,
                                  const char    *input,
                                  PxSnapshot   **snapshot_out,
                                  GCancellable  *cancellable,
                                  GError       **error);
/* As px_input_load_article(); a page with no article text gives
 * @page_out (nullable) what it says about itself
 * (px_extract_snapshot_full()).
 */
PxArticle *px_input_load_article_full (PxFetcher     *fetcher,
                                       const char    *input,
                                       PxSnapshot   **snapshot_out,
                                       GCancellable  *cancellable,
                                       PxArticle    **page_out,
                                       GError       **error);

G_END_DECLS
