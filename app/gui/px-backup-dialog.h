/* px-backup-dialog.h: asks before a backup is replaced by a library that
 * lacks some of what the backup holds
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-store.h"

G_BEGIN_DECLS

/* Shows @message (the store's PX_STORE_ERROR_BACKUP_HOLDS_MORE, naming
 * both files and what would be lost) over @parent, with the choice to keep
 * the backup as it is (the default: asked again at the next backup) or to
 * replace it, the previous one being kept beside it. Returns the dialog.
 */
GtkWindow *px_backup_dialog_present (GtkWindow  *parent,
                                     PxStore    *store,
                                     const char *message);

G_END_DECLS
