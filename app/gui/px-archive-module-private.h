/* px-archive-module-private.h: the archived-page window, loaded on demand
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The archive window needs WebKit, which is large: it lives in a module of
 * its own that the window loads the first time an original is opened, so
 * starting Parallax neither maps WebKit nor pays for it.
 */
#pragma once

#include <gmodule.h>
#include <gtk/gtk.h>

#include "px-snapshot.h"

G_BEGIN_DECLS

#define PX_ARCHIVE_MODULE_ENTRY "px_archive_module_open"

typedef GtkWindow *(*PxArchiveModuleOpenFunc) (GtkApplication *application,
                                               PxSnapshot     *snapshot);

G_MODULE_EXPORT GtkWindow *px_archive_module_open (GtkApplication *application,
                                                   PxSnapshot     *snapshot);
G_MODULE_EXPORT const char *g_module_check_init (GModule *module);

/* Loads the module (once) and returns its entry point, or NULL with
 * @error set.
 */
PxArchiveModuleOpenFunc _px_archive_module_load (GError **error);

G_END_DECLS
