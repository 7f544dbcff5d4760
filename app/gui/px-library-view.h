/* px-library-view.h: the stored stories, and search over them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-library.h"

G_BEGIN_DECLS

#define PX_TYPE_LIBRARY_VIEW (px_library_view_get_type ())

G_DECLARE_FINAL_TYPE (PxLibraryView, px_library_view, PX, LIBRARY_VIEW, GtkWidget)

void px_library_view_set_store (PxLibraryView *self,
                                PxLibrary     *store);
void px_library_view_reload (PxLibraryView *self);
void px_library_view_focus_search (PxLibraryView *self);
/* PxLibraryItem now listed: stories, or search hits while searching. */
GListModel *px_library_view_get_items (PxLibraryView *self);
void px_library_view_search (PxLibraryView *self,
                             const char    *query);
/* Opens the item at @position, as a click on it does. */
/* TRUE while a list or a search is under way. */
gboolean px_library_view_get_loading (PxLibraryView *self);
void px_library_view_activate (PxLibraryView *self,
                               guint          position);

G_END_DECLS
