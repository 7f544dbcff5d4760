/* px-archive-module.c: the entry point of the archive module
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-archive-module-private.h"

#include "px-archive-window.h"

GtkWindow *
px_archive_module_open (GtkApplication *application,
                        PxSnapshot     *snapshot)
{
  return GTK_WINDOW (px_archive_window_new (application, snapshot));
}

/* Its types are registered with GObject, which cannot forget them. */
const char *
g_module_check_init (GModule *module)
{
  g_module_make_resident (module);
  return NULL;
}
