/* px-i18n.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-i18n.h"

#include <locale.h>

#include <glib/gi18n.h>

/* Follows the user's locale. PARALLAX_LOCALEDIR points an uninstalled build
 * at the catalogs meson compiled (build/po), so `make run` and the
 * screenshot scripts can show the translations without installing.
 */
void
px_i18n_init (void)
{
  const char *localedir = g_getenv ("PARALLAX_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
