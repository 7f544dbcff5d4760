/* px-story-copy.h: a story copied from one library to another
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-library.h"

G_BEGIN_DECLS

/* Copies story @story_id of @from into @to (My Library to a team library,
 * or back): its title, each source's current version (the page as fetched
 * and its text) in column order, each source kept with why it could not be
 * loaded (its reason; the time it failed becomes the copy's), and its
 * annotations with their verdicts,
 * notes and states. Earlier versions stay behind; the annotations are made
 * anew in @to, by whoever @to signs as. Blocking: call it on a worker
 * thread or from the CLI. The new story's id, or 0; a copy that fails
 * half-way is moved to @to's trash.
 */
gint64 px_story_copy (PxLibrary     *from,
                      gint64         story_id,
                      PxLibrary     *to,
                      GCancellable  *cancellable,
                      GError       **error);

G_END_DECLS
