/* px-source-column.h: one source of a story, shown as a column
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-article.h"
#include "px-highlight.h"
#include "px-snapshot.h"
#include "px-library.h"

G_BEGIN_DECLS

typedef enum
{
  PX_SOURCE_COLUMN_LOADING,
  PX_SOURCE_COLUMN_READY,
  PX_SOURCE_COLUMN_FAILED,
} PxSourceColumnState;

#define PX_TYPE_SOURCE_COLUMN (px_source_column_get_type ())

G_DECLARE_FINAL_TYPE (PxSourceColumn, px_source_column, PX, SOURCE_COLUMN, GtkWidget)

/* A path or an http(s) URL, loaded (fetched) when px_source_column_load()
 * is called.
 */
PxSourceColumn *px_source_column_new_for_input (const char *input);
/* A page bundled in the application's resources; @url is where the page
 * says it belongs, for the outlet's name.
 */
PxSourceColumn *px_source_column_new_for_resource (const char *resource_path,
                                                   const char *url);
/* Text the user pasted. */
/* @name: the outlet's name, or NULL for "Pasted Text". */
PxSourceColumn *px_source_column_new_for_text (const char *text,
                                               const char *name);
/* An article that is already extracted, from the library; it can be
 * fetched again from its input.
 */
PxSourceColumn *px_source_column_new_for_article (PxArticle *article);

/* The column's row in the store, 0 while it has none. */
gint64 px_source_column_get_source_id (PxSourceColumn *self);
GtkWidget *px_source_column_get_header (PxSourceColumn *self);
void px_source_column_set_source_id (PxSourceColumn *self,
                                     gint64          source_id);
/* Shows the "Updated since first archived" badge. */
void px_source_column_set_updated (PxSourceColumn *self,
                                   gboolean        updated);
gboolean px_source_column_get_updated (PxSourceColumn *self);
/* TRUE for the bundled demo pages. */
gboolean px_source_column_is_sample (PxSourceColumn *self);

void px_source_column_set_fetch_limits (PxSourceColumn *self,
                                        guint           timeout_seconds,
                                        guint64         max_bytes);
void px_source_column_load (PxSourceColumn *self);

/* Where a load keeps the page, on the worker thread that fetched it: a
 * column without a source id becomes a new source of @story_id, one with
 * a source id gets a new version. Nothing is kept when @store is NULL or
 * @story_id is 0. A load the column drops (removed, cancelled) after the
 * page was added moves that new source to the trash, as removing the
 * column would.
 */
void px_source_column_set_store (PxSourceColumn *self,
                                 PxLibrary      *store,
                                 gint64          story_id);
/* Once READY: why the page could not be kept, or NULL. */
const char *px_source_column_get_save_error (PxSourceColumn *self);
/* Once READY: TRUE when the last load added the column to the store as a
 * new source; TRUE when it kept a new version of a page that changed.
 */
gboolean px_source_column_get_added (PxSourceColumn *self);
gboolean px_source_column_get_page_changed (PxSourceColumn *self);

PxSourceColumnState px_source_column_get_state (PxSourceColumn *self);
/* The fraction of the page received while it is being fetched, or -1 when
 * no progress is shown.
 */
double px_source_column_get_progress (PxSourceColumn *self);
const char *px_source_column_get_input (PxSourceColumn *self);
const char *px_source_column_get_outlet (PxSourceColumn *self);
const char *px_source_column_get_error_message (PxSourceColumn *self);
PxArticle *px_source_column_get_article (PxSourceColumn *self);
PxSnapshot *px_source_column_get_snapshot (PxSourceColumn *self);
GtkTextView *px_source_column_get_text_view (PxSourceColumn *self);

void px_source_column_set_text_scale (PxSourceColumn *self,
                                      double          scale);
void px_source_column_set_can_move (PxSourceColumn *self,
                                    gboolean        left,
                                    gboolean        right);

/* Highlights use character offsets into the article's text. */
void px_source_column_clear_highlights (PxSourceColumn *self);
void px_source_column_add_highlight (PxSourceColumn *self,
                                     PxHighlightKind kind,
                                     guint           start,
                                     guint           end,
                                     const char     *summary);
void px_source_column_set_kind_visible (PxSourceColumn *self,
                                        PxHighlightKind kind,
                                        gboolean        visible);
/* Scrolls to the range and marks it as the current one; a NULL @summary
 * hides the summary bar.  With @start == @end only the mark is cleared.
 */
void px_source_column_reveal (PxSourceColumn *self,
                              guint           start,
                              guint           end,
                              const char     *summary);

/* The summary shown under the text, or NULL when none is shown. */
const char *px_source_column_get_summary (PxSourceColumn *self);

/* Scrolls to the first occurrence of @text, ignoring case. */
gboolean px_source_column_reveal_text (PxSourceColumn *self,
                                       const char     *text);

G_END_DECLS
