/* px-session.h: the story a window shows, and the operations on it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-comparison.h"
#include "px-fetch.h"
#include "px-library.h"
#include "px-snapshot.h"
#include "px-source.h"

G_BEGIN_DECLS

/* A difference this confident or more is one Parallax says it is confident
 * of; from PX_DIFFERENCE_CONFIDENT up to here, fairly sure; below, less
 * certain (shown only with "Show less certain differences"). The window's
 * words for a difference and its count of them share these.
 */
#define PX_SESSION_SURE 0.8

#define PX_TYPE_SESSION (px_session_get_type ())

G_DECLARE_FINAL_TYPE (PxSession, px_session, PX, SESSION, GObject)

PxSession *px_session_new (void);

/* Where stories are kept; NULL: stories live only in the window. */
PxLibrary *px_session_get_library (PxSession *self);
void px_session_set_library (PxSession *self,
                             PxLibrary *library);

/* The story shown: its id in the library (0 when it is not kept) and its
 * title (NULL when no story is shown).
 */
gint64 px_session_get_story_id (PxSession *self);
const char *px_session_get_title (PxSession *self);
gboolean px_session_has_story (PxSession *self);
/* The title is the placeholder a new story gets until its first source
 * names it.
 */
gboolean px_session_get_title_provisional (PxSession *self);

gint64 px_session_get_demo_story_id (PxSession *self);
void px_session_set_demo_story_id (PxSession *self,
                                   gint64     story_id);

/* Starts a new, empty story, shown at once and kept in the library when
 * there is one (its id comes with "notify::story-id"; sources added
 * meanwhile load once it is kept). A NULL title is the provisional
 * "New Story".
 */
void px_session_new_story (PxSession  *self,
                           const char *title);
/* Shows a stored story once the library's thread has read it:
 * "story-started", then its sources; a failure is a "message".
 */
void px_session_open_story (PxSession *self,
                            gint64     story_id);
/* Story operations are waiting for the library ("busy"). */
gboolean px_session_get_busy (PxSession *self);
/* What a window does first: a new library gets the demo story; else the
 * story @last_story_id opens, when the library still has it. The library
 * is read on a worker.
 */
void px_session_restore (PxSession *self,
                         gint64     last_story_id);
/* Shows no story. */
void px_session_close_story (PxSession *self);

/* The library's demo story, or 0 (blocking: for tests and workers). */
gint64 px_session_find_demo_story (PxSession *self);
/* Opens the demo story, or makes it (its pages loading) when the library
 * has none; the library is searched on a worker.
 */
void px_session_open_demo (PxSession *self);
/* The library has never held a story: a new profile (blocking). */
gboolean px_session_library_is_new (PxSession *self);

/* The story's sources (PxSource), in column order. */
GListModel *px_session_get_sources (PxSession *self);
/* The limits every fetch of the session keeps to. */
void px_session_set_fetch_limits (PxSession *self,
                                  guint      timeout_seconds,
                                  guint64    max_bytes);
PxFetcher *px_session_new_fetcher (PxSession *self);

/* Adds @source to the story (a new story when none is shown) and loads it
 * unless it is loaded: once loaded, the library keeps it, and its headline
 * names a story whose title is provisional.
 */
void px_session_add_source (PxSession *self,
                            PxSource  *source);
/* Loads @source again (Retry). */
void px_session_load_source (PxSession *self,
                             PxSource  *source);
/* Puts a new source for @input in the place of @source (one that could
 * not be read: another file chosen for it), loads it, and takes @source
 * away, from the library too.
 */
void px_session_replace_source (PxSession  *self,
                                PxSource   *source,
                                const char *input);
/* To @position among the story's sources, in the library too. */
void px_session_move_source (PxSession *self,
                             PxSource  *source,
                             guint      position);
/* Takes @source out of the story (to the library's trash when kept);
 * returns a token for px_session_undo_remove(), 0 when it was not there.
 */
guint px_session_remove_source (PxSession *self,
                                PxSource  *source);
/* Takes away the column of source @source_id that someone else removed
 * from the library (a colleague, in a team library): nothing is written
 * and there is nothing to undo. FALSE when it was not shown.
 */
gboolean px_session_forget_source (PxSession *self,
                                   gint64     source_id);
/* Brings a removed source back, if the story is still the one shown. */
void px_session_undo_remove (PxSession *self,
                             guint      token);
/* Gives loaded @source the outlet name @outlet (cleaned as
 * px_outlet_name_clean() does), in the library too, and compares again;
 * returns a token for px_session_undo_rename(), 0 when nothing changed
 * (not shown, not loaded, the same name, or nothing left once cleaned).
 */
guint px_session_rename_source (PxSession  *self,
                                PxSource   *source,
                                const char *outlet);
/* Gives the source its name before that rename back, if the story is
 * still the one shown. */
void px_session_undo_rename (PxSession *self,
                             guint      token);

/* The title changes once the library has it; failures are a "message". */
void px_session_rename_story (PxSession  *self,
                              const char *title);
/* Shows no story and moves the one shown to the trash; returns its id. */
gint64 px_session_delete_story (PxSession *self);
/* Brings a story back from the trash, then opens it. */
void px_session_restore_story (PxSession *self,
                               gint64     story_id);

/* Fetches one source, or every source of the story, again; says what
 * changed in a "message" and shows the story again when something did.
 */
void px_session_refetch_source (PxSession *self,
                                gint64     source_id);
void px_session_refetch_story (PxSession *self);

/* The page as the library kept it: the current version of the source. */
void px_session_get_stored_snapshot_async (PxSession           *self,
                                           gint64               source_id,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
PxSnapshot *px_session_get_stored_snapshot_finish (PxSession     *self,
                                                   GAsyncResult  *result,
                                                   GError       **error);

/* The comparison shown */

/* The comparison of the story's ready sources (immutable, shared with
 * exports and print), or NULL while fewer than two are ready. It is made
 * again on a worker thread whenever a source is added, removed, moved or
 * loaded; until then the last one stays.
 */
PxComparison *px_session_get_comparison (PxSession *self);
/* The source that is source @index of the comparison, or NULL. */
PxSource *px_session_get_compared_source (PxSession *self,
                                          guint      index);
/* A comparison is under way on a worker thread ("comparing"). */
gboolean px_session_get_comparing (PxSession *self);
/* A comparison is due or under way: the comparison shown may be stale. */
gboolean px_session_get_compare_pending (PxSession *self);
/* Why the last comparison failed, or NULL. */
const char *px_session_get_compare_error (PxSession *self);

/* Whether less certain differences, and the quiet attribution kind, count
 * among the differences shown besides the confident ones.
 */
void px_session_set_differences_shown (PxSession *self,
                                       gboolean   uncertain,
                                       gboolean   attribution);
gboolean px_session_shows_difference (PxSession    *self,
                                      PxDifference *difference);
/* The differences shown, in reading order; difference @index is the
 * @n_in_claim-th one shown of claim @claim. A claim's differences come
 * first, then the differences between claims (px_claim_get_linked_difference())
 * listed under it.
 */
guint px_session_get_n_differences (PxSession *self);
gboolean px_session_get_difference (PxSession *self,
                                    guint      index,
                                    guint     *claim,
                                    guint     *n_in_claim);
/* Less certain differences the comparison has and the ones shown leave out. */
guint px_session_get_n_hidden (PxSession *self);
/* Of the differences shown, those Parallax is less certain of (below
 * PX_DIFFERENCE_CONFIDENT).
 */
guint px_session_get_n_less_certain (PxSession *self);
/* Of the differences shown, those Parallax is confident of (at
 * PX_SESSION_SURE or above); the others at PX_DIFFERENCE_CONFIDENT or above
 * it is fairly sure of.
 */
guint px_session_get_n_sure (PxSession *self);
/* The @n_in_claim-th difference shown of @claim (its own or one between
 * claims listed under it), or NULL. Borrowed from the comparison.
 */
PxDifference *px_session_get_claim_difference (PxSession *self,
                                               guint      claim,
                                               guint      n_in_claim);

/* The claim selected or last moved to (an index into the comparison's
 * claims), or -1; the current difference (an index into the differences
 * shown, on the current claim), or -1.
 */
int px_session_get_current_claim (PxSession *self);
int px_session_get_current_difference (PxSession *self);
/* Makes @claim current (-1: none); the current difference stays when it is
 * on @claim, else it becomes the claim's first, or -1.
 */
void px_session_select_claim (PxSession *self,
                              int        claim);
/* Makes the @n_in_claim-th difference shown of @claim current; when it is
 * not shown, the claim is selected as by px_session_select_claim().
 */
void px_session_select_difference (PxSession *self,
                                   guint      claim,
                                   guint      n_in_claim);
/* The difference Alt+Down (@step 1) or Alt+Up (-1) goes to, or -1; @by_claim:
 * from claim to claim (the table shows a claim as one row).
 */
int px_session_get_difference_target (PxSession *self,
                                      int        step,
                                      gboolean   by_claim);
gboolean px_session_move_to_difference (PxSession *self,
                                        int        step,
                                        gboolean   by_claim);

G_END_DECLS
