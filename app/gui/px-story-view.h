/* px-story-view.h: the sources of one story side by side
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-claim-item.h"
#include "px-claims-table.h"
#include "px-session.h"
#include "px-source-column.h"

G_BEGIN_DECLS

/* How the sources are shown; the values of the "view" setting. */
typedef enum
{
  PX_STORY_VIEW_COLUMNS, /* one column per source, side by side */
  PX_STORY_VIEW_TABLE,   /* one row per claim, a cell per source */
} PxStoryViewMode;

#define PX_TYPE_STORY_VIEW (px_story_view_get_type ())

G_DECLARE_FINAL_TYPE (PxStoryView, px_story_view, PX, STORY_VIEW, GtkWidget)

PxStoryView *px_story_view_new (void);

/* Shows @session's story: one column per source, in the model's order,
 * its comparison's claims and highlights, and its current claim and
 * difference in every column.
 */
void px_story_view_set_session (PxStoryView *self,
                                PxSession   *session);
PxSession *px_story_view_get_session (PxStoryView *self);
/* Scrolls the columns sideways until @source's is in view, once it is laid out. */
void px_story_view_reveal_source (PxStoryView *self,
                                  PxSource    *source);
/* @panel may lie over the columns (a folded panel brought over them): a
 * claim or difference shown is scrolled into the part it leaves in view.
 */
void px_story_view_add_covering_panel (PxStoryView *self,
                                       GtkWidget   *panel);
/* How much of the columns' view, from its start and from its end in
 * pixels, a panel lies over now.
 */
void px_story_view_get_covered (PxStoryView *self,
                                double      *start,
                                double      *end);
guint px_story_view_get_n_columns (PxStoryView *self);
PxSourceColumn *px_story_view_get_column (PxStoryView *self,
                                          guint        index);

/* The column of source index @source in the claims of the latest
 * comparison, or NULL when it has been removed since.
 */
PxSourceColumn *px_story_view_get_compared_column (PxStoryView *self,
                                                   guint        source);

void px_story_view_set_banner (PxStoryView *self,
                               const char  *text);
/* The banner's text while it is shown, else NULL. */
const char *px_story_view_get_banner (PxStoryView *self);
void px_story_view_set_text_scale (PxStoryView *self,
                                   double       scale);
void px_story_view_set_kind_visible (PxStoryView    *self,
                                     PxHighlightKind kind,
                                     gboolean        visible);

/* PxClaimItem of the latest comparison, in reading order. */
GListModel *px_story_view_get_claims (PxStoryView *self);
gboolean px_story_view_get_comparing (PxStoryView *self);
guint px_story_view_get_n_differences (PxStoryView *self);
/* The line under the columns: "12 shared claims · 5 confident differences",
 * "Difference 2 of 9", "Comparing…".
 */
const char *px_story_view_get_status (PxStoryView *self);

void px_story_view_select_claim (PxStoryView *self,
                                 PxClaimItem *claim);
/* Makes claim @claim current and its @n_in_claim-th difference shown
 * (-1: its first, as selecting it does), in every column.
 */
void px_story_view_show_difference (PxStoryView *self,
                                    guint        claim,
                                    int          n_in_claim);
/* Moves to the next (@step 1) or previous (@step -1) difference; returns
 * FALSE when there is none.
 */
/* TRUE when Alt+Down (@step 1) or Alt+Up (-1) has a difference to go to. */
gboolean px_story_view_can_move_to_difference (PxStoryView *self,
                                               int          step);
gboolean px_story_view_move_to_difference (PxStoryView *self,
                                           int          step);
/* The claim of the current difference, or NULL. */
PxClaimItem *px_story_view_get_current_claim (PxStoryView *self);
/* The index of the current difference, or -1. */
int px_story_view_get_current_difference (PxStoryView *self);

/* The horizontal scrolling of the columns: its page size is the width
 * they have, and it changes whenever that or their number does.
 */
GtkAdjustment *px_story_view_get_columns_adjustment (PxStoryView *self);
/* A popover pointing into a column (the annotation popover, the small
 * Annotate button): the story view holds it and points it at @rect, in
 * @widget's coordinates, as far as the columns' view shows it, each time
 * it is laid out or the columns scroll.
 */
void px_story_view_point_popover (PxStoryView        *self,
                                  GtkPopover         *popover,
                                  GtkWidget          *widget,
                                  const GdkRectangle *rect);
/* TRUE while a popover that takes the pointer points into @widget. */
gboolean px_story_view_get_popover_over (PxStoryView *self,
                                         GtkWidget   *widget);
/* The width every column needs at its least (240 pixels each, or what it
 * was resized to); 0 when the columns are not shown (no source, or the table).
 */
int px_story_view_get_columns_min_width (PxStoryView *self);

void px_story_view_set_view (PxStoryView     *self,
                             PxStoryViewMode  view);
PxStoryViewMode px_story_view_get_view (PxStoryView *self);
PxClaimsTable *px_story_view_get_table (PxStoryView *self);
/* In a story without sources, puts the focus on its first action (Add
 * Web Address…); FALSE when there are sources or it cannot take it.
 */
gboolean px_story_view_focus_first_action (PxStoryView *self);
/* Shows @claim in every column and puts the focus on @source's sentence. */
void px_story_view_open_sentence (PxStoryView *self,
                                  PxClaimItem *claim,
                                  guint        source);

G_END_DECLS
