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
#include "px-source.h"

G_BEGIN_DECLS

/* The state of the column's source. */
typedef enum
{
  PX_SOURCE_COLUMN_LOADING = PX_SOURCE_LOADING,
  PX_SOURCE_COLUMN_READY = PX_SOURCE_READY,
  PX_SOURCE_COLUMN_FAILED = PX_SOURCE_FAILED,
} PxSourceColumnState;

#define PX_TYPE_SOURCE_COLUMN (px_source_column_get_type ())

G_DECLARE_FINAL_TYPE (PxSourceColumn, px_source_column, PX, SOURCE_COLUMN, GtkWidget)

/* A column showing @source, as it loads and once it has. */
PxSourceColumn *px_source_column_new (PxSource *source);
/* The filters of a chooser of files a column can show: web pages and
 * text, or any file. */
void px_source_column_add_file_filters (GtkFileChooser *chooser);
PxSource *px_source_column_get_source (PxSourceColumn *self);

/* The column's row in the store, 0 while it has none. */
gint64 px_source_column_get_source_id (PxSourceColumn *self);
GtkWidget *px_source_column_get_header (PxSourceColumn *self);
gboolean px_source_column_header_lines_up (PxSourceColumn *self);
/* The "Updated since first archived" badge is shown. */
gboolean px_source_column_get_updated (PxSourceColumn *self);
/* TRUE for the bundled demo pages. */
gboolean px_source_column_is_sample (PxSourceColumn *self);

PxSourceColumnState px_source_column_get_state (PxSourceColumn *self);
/* The fraction of the page received while it is being fetched, or -1 when
 * no progress is shown.
 */
double px_source_column_get_progress (PxSourceColumn *self);
const char *px_source_column_get_input (PxSourceColumn *self);
const char *px_source_column_get_outlet (PxSourceColumn *self);
/* The name the comparison gives the outlet, when it is not the source's
 * own ("BBC (2)" beside another BBC page); NULL for the source's.
 */
void px_source_column_set_label (PxSourceColumn *self,
                                 const char     *label);
/* The name the column's header shows: the label, else the outlet. */
const char *px_source_column_get_name (PxSourceColumn *self);
const char *px_source_column_get_error_message (PxSourceColumn *self);
PxArticle *px_source_column_get_article (PxSourceColumn *self);
PxSnapshot *px_source_column_get_snapshot (PxSourceColumn *self);
GtkTextView *px_source_column_get_text_view (PxSourceColumn *self);
char *px_source_column_dup_text (PxSourceColumn    *self,
                                 const GtkTextIter *start,
                                 const GtkTextIter *end);

/* Where the reader is in the column's text: the character at the top of
 * the view, how far its line is scrolled past the top, and the caret. A
 * column made anew for the same source (the toast's Undo after Remove
 * Source) is put back there.
 */
typedef struct
{
  guint top;
  int top_delta;
  guint caret;
  guint shown_start; /* the passage revealed, when there is one */
  guint shown_end;
} PxColumnPlace;

gboolean px_source_column_get_place (PxSourceColumn *self,
                                     PxColumnPlace  *place);
void px_source_column_set_place (PxSourceColumn      *self,
                                 const PxColumnPlace *place);
/* While held, a reveal of the passage the column already shows (the
 * comparison made again, its claim kept) leaves the scroll and the caret
 * where the reader has them.
 */
void px_source_column_hold_place (PxSourceColumn *self,
                                  gboolean        hold);

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
/* The same, with @brief, the bar's compact form of @summary, shown when
 * the keyboard's cursor moves into the highlight (@summary whole in the
 * bar's tooltip), as px_source_column_reveal_detailed() shows it. */
void px_source_column_add_highlight_brief (PxSourceColumn *self,
                                           PxHighlightKind kind,
                                           guint           start,
                                           guint           end,
                                           const char     *summary,
                                           const char     *brief);
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
/* The same, @summary shown as it is (its lines kept) and @detail, the
 * whole of it, in the bar's tooltip and its accessible description (a
 * screen reader reads both); a NULL @detail clears them.
 */
void px_source_column_reveal_detailed (PxSourceColumn *self,
                                       guint           start,
                                       guint           end,
                                       const char     *summary,
                                       const char     *detail);

/* Marks @start to @end as shown too, after px_source_column_reveal()
 * (another sentence of the claim shown). */
void px_source_column_mark_current (PxSourceColumn *self,
                                    guint           start,
                                    guint           end);
/* What the error page says (markup), or NULL. */
const char *px_source_column_get_error_description (PxSourceColumn *self);
/* The summary shown under the text, or NULL when none is shown. */
const char *px_source_column_get_summary (PxSourceColumn *self);
/* Every sentence of the column is its own, none in another report's
 * claim: said once above the text, which is shown plain. */
void px_source_column_set_shares_nothing (PxSourceColumn *self,
                                          gboolean        shares_nothing);
gboolean px_source_column_get_shares_nothing (PxSourceColumn *self);
/* The whole of it, in the bar's tooltip, or NULL. */
const char *px_source_column_get_summary_detail (PxSourceColumn *self);
/* What the tooltip says at character @offset of the text, or NULL. */
char *px_source_column_dup_tooltip_at (PxSourceColumn *self,
                                       guint           offset);

/* Scrolls to the first occurrence of @text, ignoring case. */
gboolean px_source_column_reveal_text (PxSourceColumn *self,
                                       const char     *text);

G_END_DECLS
