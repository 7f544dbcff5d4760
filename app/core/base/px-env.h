/* px-env.h: the settings Parallax reads from the environment
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The README's "Environment" table: each variable that holds a number is
 * read and checked here, so that every program and every part of the
 * engine reads it the same way and a bad value is said the same way,
 * naming the variable, what it was given and what it may be.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PX_ENV_FETCH_TIMEOUT,     /* seconds a fetch may take: 1 to 86400 */
  PX_ENV_FETCH_MAX_BYTES,   /* the most bytes of a page: 1 and above */
  PX_ENV_THREADS,           /* threads of a comparison: 1 to 64 */
  PX_ENV_DIFFER_FEATURES,   /* 1: each difference carries its features; 0 */
  PX_N_ENV_SETTINGS
} PxEnvSetting;

const char *px_env_setting_name (PxEnvSetting setting);

/* The whole number @setting's variable holds, in @value. TRUE leaving
 * @value as it is when the variable is unset or empty; FALSE, @value
 * untouched, with @error (G_OPTION_ERROR_BAD_VALUE) in the user's language
 * when it holds anything else than a whole number in the setting's range
 * ("PARALLAX_THREADS is “0”, but it must be …"; the value made safe to
 * print).
 */
gboolean px_env_get_number (PxEnvSetting   setting,
                            guint64       *value,
                            GError       **error);

/* Whether PARALLAX_SIMILARITY_MODEL and PARALLAX_DIFFER_MODEL, when set,
 * name files that can be read; FALSE with the first bad one's error (the
 * engine would read the shipped weights in its place without a word).
 */
gboolean px_env_check_model_files (GError **error);

/* Checks every setting and px_env_check_model_files(); FALSE with the
 * first bad one's error.
 */
gboolean px_env_check (GError **error);

G_END_DECLS
