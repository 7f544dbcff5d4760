/* px-library-switcher.h: the sidebar's list of libraries, My library and the team ones
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-libraries.h"

G_BEGIN_DECLS

#define PX_TYPE_LIBRARY_SWITCHER (px_library_switcher_get_type ())

G_DECLARE_FINAL_TYPE (PxLibrarySwitcher, px_library_switcher, PX, LIBRARY_SWITCHER, GtkWidget)

/* Shows px_libraries_get_default (); hidden while there is no team
 * library to switch to.
 *
 * Signals:
 *   library-activated (PxLibraryEntry *): a click or Enter on a library.
 */
PxLibrarySwitcher *px_library_switcher_new (void);

/* Marks @entry as the library the window shows (no signal). */
void px_library_switcher_set_current (PxLibrarySwitcher *self,
                                      PxLibraryEntry    *entry);
PxLibraryEntry *px_library_switcher_get_current (PxLibrarySwitcher *self);

G_END_DECLS
