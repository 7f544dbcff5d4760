/* px-library-item.h: a story, or a search hit in one, in the library list
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PX_TYPE_LIBRARY_ITEM (px_library_item_get_type ())

G_DECLARE_FINAL_TYPE (PxLibraryItem, px_library_item, PX, LIBRARY_ITEM, GObject)

/* @subtitle is Pango markup; @match (nullable) is the matched text of a
 * search hit, in source @source_id (0 for none).
 */
PxLibraryItem *px_library_item_new (gint64      story_id,
                                    const char *title,
                                    const char *subtitle,
                                    gint64      source_id,
                                    const char *match);
gint64 px_library_item_get_story_id (PxLibraryItem *self);
gint64 px_library_item_get_source_id (PxLibraryItem *self);
const char *px_library_item_get_title (PxLibraryItem *self);
const char *px_library_item_get_subtitle (PxLibraryItem *self);
const char *px_library_item_get_match (PxLibraryItem *self);

G_END_DECLS
