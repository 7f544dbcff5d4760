/* main.c: the parallax window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-application.h"
#include "px-i18n.h"


#include <glib/gi18n.h>

/* TRUE when the machine has a GPU that GL could draw with. */
static gboolean
has_render_node (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/dev/dri", 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;

  return FALSE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(PxApplication) app = NULL;

  /* Without a GPU, GL is Mesa's software rasteriser: for a window of text
   * it takes seconds to start and three times the memory of GTK's own
   * drawing (see docs/benchmarks.md, "Window"). A choice the user made is kept.
   */
  if (g_getenv ("GDK_DEBUG") == NULL && g_getenv ("GSK_RENDERER") == NULL && !has_render_node ())
    g_setenv ("GDK_DEBUG", "gl-disable", FALSE);

  px_i18n_init ();

  g_set_application_name (_("Parallax"));
  app = px_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
