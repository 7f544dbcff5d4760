/* px-libraries.h: the libraries a user can open: My library and each team library
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-library.h"

G_BEGIN_DECLS

/* One library of the list. Properties (read-only, notified on change):
 *   title, subtitle: what the sidebar shows ("My library"; a team
 *     library's database and server, and the name its user signs with).
 *   uri: a team library's address without password; NULL for My library.
 *   author: the name chosen on joining a team library; NULL for My library.
 *   library: the PxLibrary once open, else NULL.
 *   opening: an open is under way.
 */
#define PX_TYPE_LIBRARY_ENTRY (px_library_entry_get_type ())

G_DECLARE_FINAL_TYPE (PxLibraryEntry, px_library_entry, PX, LIBRARY_ENTRY, GObject)

const char *px_library_entry_get_title (PxLibraryEntry *self);
const char *px_library_entry_get_subtitle (PxLibraryEntry *self);
const char *px_library_entry_get_uri (PxLibraryEntry *self);
const char *px_library_entry_get_author (PxLibraryEntry *self);
gboolean px_library_entry_is_team (PxLibraryEntry *self);
PxLibrary *px_library_entry_get_library (PxLibraryEntry *self);
gboolean px_library_entry_get_opening (PxLibraryEntry *self);

/* Opens the library, or gives the one already open. A team library's
 * password is read from the keyring (or PGPASSWORD) on a worker thread and
 * the connection made there; the main thread never waits. Several calls
 * while one is under way all finish with its outcome.
 */
void px_library_entry_open_async (PxLibraryEntry      *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data);
PxLibrary *px_library_entry_open_finish (PxLibraryEntry  *self,
                                         GAsyncResult    *result,
                                         GError         **error);

/* PxLibraries: a GListModel of PxLibraryEntry, My library first, then the
 * team libraries of the setting "team-libraries", following it. One per
 * process, so that every window shares one connection to each library.
 */
#define PX_TYPE_LIBRARIES (px_libraries_get_type ())

G_DECLARE_FINAL_TYPE (PxLibraries, px_libraries, PX, LIBRARIES, GObject)

PxLibraries *px_libraries_get_default (void);
/* My library, once the application has opened it. */
void px_libraries_set_local (PxLibraries *self,
                             PxLibrary   *library);
PxLibraryEntry *px_libraries_get_local (PxLibraries *self);
/* The entry holding @library, or NULL. */
PxLibraryEntry *px_libraries_find (PxLibraries *self,
                                   PxLibrary   *library);
/* The team library at @uri, or NULL. */
PxLibraryEntry *px_libraries_find_uri (PxLibraries *self,
                                       const char  *uri);

G_END_DECLS
