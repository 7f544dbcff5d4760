/* px-i18n.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-i18n.h"

#include "px-safe-text.h"

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
  gboolean usable = localedir != NULL && *localedir != '\0' && g_file_test (localedir, G_FILE_TEST_IS_DIR);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, usable ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* A mistyped folder would leave every message in English without a
   * word; the installed catalogs serve instead, and say so. */
  if (!usable && localedir != NULL && *localedir != '\0')
    {
      g_autofree char *shown = px_safe_text_short (localedir, 80);

      /* Translators: the first %s is the program (parallax-cli), the
       * second the folder the variable names; keep the variable's name
       * as it is */
      g_printerr (_("%s: PARALLAX_LOCALEDIR is “%s”, which is not a folder: the installed translations are used\n"),
                  g_get_prgname () != NULL ? g_get_prgname () : "parallax", shown);
    }
}
