/* px-pg-secret.c: team library passwords in the keyring
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-pg-secret.h"
#include "px-pg-store.h"
#include "px-secret-private.h"

#include <glib/gi18n-lib.h>

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    APP_ID ".TeamLibrary", SECRET_SCHEMA_NONE,
    {
      { "uri", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

gboolean
px_pg_secret_store (const char    *uri,
                    const char    *password,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *display = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (uri != NULL, FALSE);
  g_return_val_if_fail (password != NULL, FALSE);

  if (!_px_secret_open (error))
    return FALSE;

  display = px_pg_uri_display (uri);
  /* Translators: the keyring's name for a saved password; %s is the library's address */
  label = g_strdup_printf (_("Parallax team library %s"), display);

  return secret_password_store_sync (get_schema (), SECRET_COLLECTION_DEFAULT, label, password,
                                     cancellable, error, "uri", display, NULL);
}

char *
px_pg_secret_lookup (const char    *uri,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *display = NULL;

  g_return_val_if_fail (uri != NULL, NULL);

  if (!_px_secret_open (error))
    return NULL;

  display = px_pg_uri_display (uri);
  return secret_password_lookup_sync (get_schema (), cancellable, error, "uri", display, NULL);
}

gboolean
px_pg_secret_clear (const char    *uri,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *display = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (uri != NULL, FALSE);

  if (!_px_secret_open (error))
    return FALSE;

  display = px_pg_uri_display (uri);
  secret_password_clear_sync (get_schema (), cancellable, &local_error, "uri", display, NULL);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}
