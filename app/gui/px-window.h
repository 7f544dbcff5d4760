/* px-window.h
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-application.h"
#include "px-claims-panel.h"
#include "px-store.h"
#include "px-story-view.h"

G_BEGIN_DECLS

#define PX_TYPE_WINDOW (px_window_get_type ())

G_DECLARE_FINAL_TYPE (PxWindow, px_window, PX, WINDOW, AdwApplicationWindow)

PxWindow *px_window_new (PxApplication *application);

/* Starts a new story with these inputs (paths or URLs) as its sources. */
void px_window_open_inputs (PxWindow           *self,
                            const char * const *inputs);
/* Adds inputs to the story that is open, or to a new one. */
void px_window_add_inputs (PxWindow           *self,
                           const char * const *inputs);
/* Files chosen in Open Files or dropped on the window, added in their
 * names' natural order ("report 2" before "report 10"), not the order the
 * chooser or the drag gave. Files with no local path are left out unless
 * they are web addresses. Returns how many were handed on.
 */
guint px_window_add_files (PxWindow      *self,
                           GFile * const *files,
                           guint          n_files);
/* A pasted report; @name names its outlet (NULL: "Pasted Text"). */
void px_window_add_text (PxWindow   *self,
                         const char *text,
                         const char *name);
void px_window_open_demo (PxWindow *self);
void px_window_new_story (PxWindow *self);

/* Where stories are kept; NULL when the library could not be opened. With
 * @restore, on a new profile the demo story is imported and opened, else
 * the story that was open last time.
 */
PxStore *px_window_get_store (PxWindow *self);
void px_window_set_store (PxWindow *self,
                          PxStore  *store,
                          gboolean  restore);
/* The library shown: My library (the store above) or a team library. */
PxLibrary *px_window_get_library (PxWindow *self);
void px_window_set_library (PxWindow  *self,
                            PxLibrary *library,
                            gboolean   restore);
void px_window_open_story (PxWindow *self,
                           gint64    story_id);
gint64 px_window_get_story_id (PxWindow *self);

PxStoryView *px_window_get_story_view (PxWindow *self);
PxClaimsPanel *px_window_get_claims_panel (PxWindow *self);
GtkWidget *px_window_get_library_view (PxWindow *self);

G_END_DECLS
