/* test-locale.c: the built catalogs are used when the locale asks for them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Binds the text domain the way main.c does, but to the catalogs in the
 * build tree, switches to each translated language's locale and looks up
 * strings from the desktop file and the settings schema. A locale that is
 * not generated on this machine is a skip that says so (`make deps`
 * generates them).
 */
#include "config.h"

#include <locale.h>

#include <glib.h>
#include <glib/gi18n.h>

typedef struct
{
  const char *locale;
  const char *comment;
  const char *window_width;
} Expected;

static const Expected languages[] = {
  { "de_DE.UTF-8", "Vergleichen, wie Medien über dasselbe Nachrichtenereignis berichten",
    "Fensterbreite" },
  { "ru_RU.UTF-8", "Сравнение того, как разные СМИ освещают одно и то же событие",
    "Ширина окна" },
  { "uk_UA.UTF-8", "Порівняння того, як різні медіа висвітлюють одну й ту саму подію",
    "Ширина вікна" },
};

static void
test_translated (gconstpointer data)
{
  const Expected *expected = data;
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));

  if (setlocale (LC_ALL, expected->locale) == NULL)
    {
      g_autofree char *reason = g_strdup_printf ("locale %s is not generated (make deps generates it)",
                                                 expected->locale);
      g_test_skip (reason);
      return;
    }

  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Compare how outlets report the same news event"),
                   ==, expected->comment);
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Window width"), ==, expected->window_width);
  /* A string no catalog has comes back unchanged. */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "no such string in any catalog"),
                   ==, "no such string in any catalog");

  setlocale (LC_ALL, previous);
}

static void
test_untranslated_locale (void)
{
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));

  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Window width"), ==, "Window width");
  setlocale (LC_ALL, previous);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *localedir = NULL;

  g_test_init (&argc, &argv, NULL);

  /* LANGUAGE would override the locale under test. */
  g_unsetenv ("LANGUAGE");
  localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/locale/translated/%s", languages[i].locale);

      g_test_add_data_func (path, &languages[i], test_translated);
    }
  g_test_add_func ("/locale/untranslated", test_untranslated_locale);

  return g_test_run ();
}
