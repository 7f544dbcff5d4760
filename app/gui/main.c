/* main.c: the parallax window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-application.h"

#include <locale.h>

#include <glib/gi18n.h>

int
main (int    argc,
      char **argv)
{
  g_autoptr(PxApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Parallax"));
  app = px_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
