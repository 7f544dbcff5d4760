/* px-archive-loader.c: finding and loading the archive module
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-archive-module-private.h"

#include <glib/gi18n.h>

#define MODULE_NAME "libparallax-archive." G_MODULE_SUFFIX

PxArchiveModuleOpenFunc
_px_archive_module_load (GError **error)
{
  static PxArchiveModuleOpenFunc open_func;
  g_autofree char *installed = g_build_filename (PX_ARCHIVE_MODULE_DIR, MODULE_NAME, NULL);
  g_autofree char *uninstalled = g_build_filename (PX_ARCHIVE_MODULE_BUILDDIR, MODULE_NAME, NULL);
  const char *path;
  GModule *module;
  gpointer symbol = NULL;

  if (open_func != NULL)
    return open_func;

  /* The installed module, else the one in the build tree for `make run`. */
  path = g_file_test (installed, G_FILE_TEST_EXISTS) ? installed : uninstalled;
  module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* Translators: the first %s is the file of a part of Parallax, the second why it could not
                    * be used */
                   _("The viewer for archived pages could not be loaded from “%s”: %s"), path, g_module_error ());
      return NULL;
    }
  if (!g_module_symbol (module, PX_ARCHIVE_MODULE_ENTRY, &symbol) || symbol == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: the first %s is the file of a part of Parallax, the second why it could not
                    * be used */
                   _("The viewer for archived pages in “%s” is not usable: %s"), path, g_module_error ());
      g_module_close (module);
      return NULL;
    }

  open_func = (PxArchiveModuleOpenFunc) symbol;
  return open_func;
}
