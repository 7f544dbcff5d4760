/* px-env.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-env.h"

#include "px-safe-text.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

/* How much of a bad value a message quotes. */
#define MAX_SHOWN_CHARS 40

static const struct
{
  const char *name;
  guint64 min;
  guint64 max;
} settings[PX_N_ENV_SETTINGS] = {
  [PX_ENV_FETCH_TIMEOUT] = { "PARALLAX_FETCH_TIMEOUT", 1, 24 * 60 * 60 },
  [PX_ENV_FETCH_MAX_BYTES] = { "PARALLAX_FETCH_MAX_BYTES", 1, G_MAXUINT64 },
  [PX_ENV_THREADS] = { "PARALLAX_THREADS", 1, 64 },
  [PX_ENV_DIFFER_FEATURES] = { "PARALLAX_DIFFER_FEATURES", 0, 1 },
};

const char *
px_env_setting_name (PxEnvSetting setting)
{
  g_return_val_if_fail (setting < PX_N_ENV_SETTINGS, NULL);

  return settings[setting].name;
}

/* What @setting may be, in words, with the value given (@shown). */
static char *
describe_bad_value (PxEnvSetting  setting,
                    const char   *shown)
{
  switch (setting)
    {
    case PX_ENV_FETCH_TIMEOUT:
      /* Translators: %s is the value the variable was given; keep the
       * variable's name as it is */
      return g_strdup_printf (_("PARALLAX_FETCH_TIMEOUT is “%s”, but it must be a whole number of seconds "
                                "from 1 to 86400 (a day); unset, a fetch may take 30 seconds"), shown);
    case PX_ENV_FETCH_MAX_BYTES:
      /* Translators: %s is the value the variable was given; keep the
       * variable's name as it is */
      return g_strdup_printf (_("PARALLAX_FETCH_MAX_BYTES is “%s”, but it must be a whole number of bytes "
                                "above 0; unset, a page may have 20971520 bytes (20 MiB)"), shown);
    case PX_ENV_THREADS:
      /* Translators: %s is the value the variable was given; keep the
       * variable's name as it is */
      return g_strdup_printf (_("PARALLAX_THREADS is “%s”, but it must be a whole number of threads "
                                "from 1 to 64; unset, a comparison uses the processors, at most 4"), shown);
    case PX_ENV_DIFFER_FEATURES:
      /* Translators: %s is the value the variable was given; keep the
       * variable's name and “compare” as they are */
      return g_strdup_printf (_("PARALLAX_DIFFER_FEATURES is “%s”, but it must be 1 (each difference in "
                                "the JSON of compare carries its features) or 0 (none does)"), shown);
    case PX_N_ENV_SETTINGS:
    default:
      g_assert_not_reached ();
    }
}

gboolean
px_env_get_number (PxEnvSetting   setting,
                   guint64       *value,
                   GError       **error)
{
  const char *text;
  guint64 number;

  g_return_val_if_fail (setting < PX_N_ENV_SETTINGS, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  text = g_getenv (settings[setting].name);
  if (text == NULL || text[0] == '\0')
    return TRUE;

  /* Digits only: no sign, no space, no other base. */
  if (!g_ascii_string_to_unsigned (text, 10, settings[setting].min, settings[setting].max, &number, NULL))
    {
      g_autofree char *shown = px_safe_text_short (text, MAX_SHOWN_CHARS);
      g_autofree char *message = describe_bad_value (setting, shown);

      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, message);
      return FALSE;
    }

  *value = number;
  return TRUE;
}

/* The variables that name a model file read in place of the shipped one
 * (px_lexicon_read_model()): a path that cannot be read would otherwise
 * measure the shipped weights without a word.
 */
static const char * const model_files[] = {
  "PARALLAX_SIMILARITY_MODEL",
  "PARALLAX_DIFFER_MODEL",
};

gboolean
px_env_check_model_files (GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (model_files); i++)
    {
      const char *path = g_getenv (model_files[i]);

      if (path == NULL || path[0] == '\0')
        continue;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) || g_access (path, R_OK) != 0)
        {
          g_autofree char *shown = px_safe_text_short (path, MAX_SHOWN_CHARS);

          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       /* Translators: the first %s is the variable's name, the
                        * second the path it was given */
                       _("%s is “%s”, but it must be a file that can be read; unset, "
                         "the weights that come with Parallax are used"),
                       model_files[i], shown);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
px_env_check (GError **error)
{
  for (guint i = 0; i < PX_N_ENV_SETTINGS; i++)
    {
      guint64 value;

      if (!px_env_get_number (i, &value, error))
        return FALSE;
    }

  return px_env_check_model_files (error);
}
