/* px-story-sources.h: a story's sources in column order, loaded and failed alike
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-library.h"

G_BEGIN_DECLS

/* One column order of @loaded (px_library_list_sources()) and @failed
 * (px_library_list_failed_sources()), each already in column order: a
 * new array of PxSourceRecord that owns the records. Takes both arrays.
 */
GPtrArray *px_story_sources_merge (GPtrArray *loaded,
                                   GPtrArray *failed);

/* Every source of @story_id a column shows: the loaded ones and those
 * kept with why they could not be loaded (error set, no version), in
 * column order. Blocking; the _async call runs on the library's thread.
 */
GPtrArray *px_story_sources_list (PxLibrary  *library,
                                  gint64      story_id,
                                  GError    **error);
void px_story_sources_list_async (PxLibrary           *library,
                                  gint64               story_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data);
GPtrArray *px_story_sources_list_finish (PxLibrary     *library,
                                         GAsyncResult  *result,
                                         GError       **error);

G_END_DECLS
