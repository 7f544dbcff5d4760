/* px-session.h: the story a window shows, and the operations on it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-fetch.h"
#include "px-library.h"
#include "px-snapshot.h"

G_BEGIN_DECLS

#define PX_TYPE_SESSION (px_session_get_type ())

G_DECLARE_FINAL_TYPE (PxSession, px_session, PX, SESSION, GObject)

/* One page of the bundled demo story: its resource and the address the
 * page says it belongs to.
 */
typedef struct
{
  const char *resource;
  const char *url;
} PxDemoPage;

const PxDemoPage *px_session_get_demo_pages (guint *n_pages);

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

/* Starts a new, empty story, kept in the library when there is one. A
 * NULL title is the provisional "New Story".
 */
void px_session_new_story (PxSession  *self,
                           const char *title);
/* Shows a stored story: "story-started", then "sources-loaded". */
gboolean px_session_open_story (PxSession  *self,
                                gint64      story_id,
                                GError    **error);
/* Shows no story. */
void px_session_close_story (PxSession *self);

/* The library's demo story, or 0. */
gint64 px_session_find_demo_story (PxSession *self);
/* Opens the demo story; TRUE when it was made now and its pages (see
 * px_session_get_demo_pages()) are still to be loaded into it.
 */
gboolean px_session_open_demo (PxSession *self);
/* The library has never held a story: a new profile. */
gboolean px_session_library_is_new (PxSession *self);

/* A source of the story was loaded and kept as @source_id: it goes to
 * @position among the stored sources, and its @headline names a story
 * whose title is provisional.
 */
void px_session_source_added (PxSession  *self,
                              gint64      source_id,
                              guint       position,
                              const char *headline);
void px_session_move_source (PxSession *self,
                             gint64     source_id,
                             guint      position);
/* To the library's trash; px_session_restore_source() brings it back and
 * shows the story again, if it is still the one shown.
 */
void px_session_remove_source (PxSession *self,
                               gint64     source_id);
void px_session_restore_source (PxSession *self,
                                gint64     story_id,
                                gint64     source_id);

gboolean px_session_rename_story (PxSession   *self,
                                  const char  *title,
                                  GError     **error);
/* Moves the story shown to the trash and shows none; returns its id. */
gint64 px_session_delete_story (PxSession  *self,
                                GError    **error);
gboolean px_session_restore_story (PxSession  *self,
                                   gint64      story_id,
                                   GError    **error);

/* Fetches one source, or every source of the story, again; says what
 * changed in a "message" and shows the story again when something did.
 */
void px_session_refetch_source (PxSession *self,
                                PxFetcher *fetcher,
                                gint64     source_id);
void px_session_refetch_story (PxSession *self,
                               PxFetcher *fetcher);

/* The page as the library kept it: the current version of the source. */
PxSnapshot *px_session_get_stored_snapshot (PxSession  *self,
                                            gint64      source_id,
                                            GError    **error);

G_END_DECLS
