/* px-lazy.c: libraries opened the first time they are needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-lazy-private.h"

#include <dlfcn.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

static char *
open_library (PxLazyLibrary *library)
{
  void *handle;

  /* dlopen() itself, not g_module_open(): a name without a slash is looked
   * for only where the linker looks, never in the current folder (GModule
   * tries the name as a file first). The library stays open for the rest
   * of the process: its functions are in use.
   */
  g_assert (strchr (library->soname, '/') == NULL);
  handle = dlopen (library->soname, RTLD_LAZY | RTLD_LOCAL);
  if (handle == NULL)
    return g_strdup (dlerror ());

  for (gsize i = 0; library->names[i] != NULL; i++)
    {
      library->slots[i] = dlsym (handle, library->names[i]);
      if (library->slots[i] == NULL)
        {
          /* None is used unless all were found. */
          for (gsize j = 0; j <= i; j++)
            library->slots[j] = NULL;
          /* Translators: %s is a function of a library (“PQexec”) */
          return g_strdup_printf (_("%s is missing"), library->names[i]);
        }
    }

  return NULL;
}

gboolean
_px_lazy_open (PxLazyLibrary  *library,
               GError        **error)
{
  g_return_val_if_fail (library != NULL, FALSE);

  if (g_once_init_enter (&library->done))
    {
      g_autofree char *why = open_library (library);

      if (why != NULL)
        /* Translators: the first %s is a library's file (“libpq.so.5”), the second what went wrong */
        library->failure = g_strdup_printf (_("%s could not be loaded: %s"), library->soname, why);
      g_once_init_leave (&library->done, 1);
    }

  if (library->failure != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, library->failure);
      return FALSE;
    }

  return TRUE;
}
