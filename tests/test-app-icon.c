/* test-app-icon.c: the uninstalled app finds its own icons
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window and the about dialog use the icon name APP_ID. When Parallax runs
 * from the build tree nothing is installed in the hicolor theme, so the icons
 * must come from the gresource, which GtkApplication adds to the icon theme
 * through its resource base path.
 */
#include "config.h"

#include <gtk/gtk.h>

#define ICONS_PATH PX_RESOURCE_PREFIX "/icons"

static void
test_icons_in_resource (void)
{
  const char *names[] = {
    ICONS_PATH "/scalable/apps/" APP_ID ".svg",
    ICONS_PATH "/symbolic/apps/" APP_ID "-symbolic.svg",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (names[i], G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                         &error);
      const char *data;
      gsize size;

      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &size);
      g_assert_cmpuint (size, >, 100);
      g_assert_nonnull (g_strstr_len (data, size, "<svg"));
    }
}

static void
startup_cb (GApplication *app,
            gpointer      user_data)
{
  gboolean *started = user_data;

  *started = TRUE;
}

static void
test_icons_in_theme (void)
{
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  GtkIconTheme *theme;
  gboolean started = FALSE;

  if (gdk_display_get_default () == NULL)
    {
      g_test_skip ("no display");
      return;
    }

  app = g_object_new (GTK_TYPE_APPLICATION,
                      "application-id", APP_ID ".TestIcon",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", PX_RESOURCE_PREFIX,
                      NULL);
  g_signal_connect (app, "startup", G_CALLBACK (startup_cb), &started);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (started);

  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID));
  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID "-symbolic"));

  /* Size 128 must resolve to our scalable drawing, not a generic fallback. */
  {
    g_autoptr(GtkIconPaintable) icon = NULL;
    g_autoptr(GFile) file = NULL;
    g_autofree char *basename = NULL;

    icon = gtk_icon_theme_lookup_icon (theme, APP_ID, NULL, 128, 1,
                                       GTK_TEXT_DIR_NONE, 0);
    file = gtk_icon_paintable_get_file (icon);
    g_assert_nonnull (file);
    basename = g_file_get_basename (file);
    g_assert_cmpstr (basename, ==, APP_ID ".svg");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  /* Without a display the theme test skips; the resource test still runs. */
  gtk_init_check ();

  g_test_add_func ("/app-icon/in-resource", test_icons_in_resource);
  g_test_add_func ("/app-icon/in-theme", test_icons_in_theme);

  return g_test_run ();
}
