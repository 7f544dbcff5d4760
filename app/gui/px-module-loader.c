/* px-module-loader.c: finding the application's own modules
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-print-module-private.h"

#include <glib/gi18n.h>

gpointer
_px_module_load_symbol (const char  *name,
                        const char  *symbol,
                        GError     **error)
{
  g_autofree char *file = g_strdup_printf ("lib%s.%s", name, G_MODULE_SUFFIX);
  g_autofree char *installed = g_build_filename (PX_ARCHIVE_MODULE_DIR, file, NULL);
  g_autofree char *uninstalled = g_build_filename (PX_ARCHIVE_MODULE_BUILDDIR, file, NULL);
  const char *path;
  GModule *module;
  gpointer address = NULL;

  /* The installed module, else the one in the build tree. Opening it again
   * returns the same, already loaded module.
   */
  path = g_file_test (installed, G_FILE_TEST_EXISTS) ? installed : uninstalled;
  module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      /* Translators: %s is a file, then what went wrong */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("Part of Parallax could not be loaded from “%s”: %s"),
                   path, g_module_error ());
      return NULL;
    }
  if (!g_module_symbol (module, symbol, &address) || address == NULL)
    {
      /* Translators: %s is a file, then what went wrong */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Part of Parallax in “%s” is not usable: %s"), path,
                   g_module_error ());
      g_module_close (module);
      return NULL;
    }

  return address;
}
