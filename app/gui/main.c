/* main.c: the parallax window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-application.h"
#include "px-env.h"
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

  /* The window starts whatever the environment says: a bad value of the
   * one setting it reads (the fetch limits are its Preferences) is said on
   * standard error, and the default is used in its place; so is a model
   * file for the tools that cannot be read. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GError) model_error = NULL;
    guint64 value;

    if (!px_env_get_number (PX_ENV_THREADS, &value, &error))
      /* Translators: %s says which setting is wrong and what it may be */
      g_printerr (_("parallax: %s; the default is used\n"), error->message);
    if (!px_env_check_model_files (&model_error))
      g_printerr ("parallax: %s\n", model_error->message);
  }

  g_set_application_name (_("Parallax"));
  app = px_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
