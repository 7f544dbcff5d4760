/* fuzz-pguri.c: libFuzzer harness for a team library's address as typed
 * by a user or pasted from a message (`--db postgresql://…`, the
 * preferences' address field): recognised, parsed for its hosts (which
 * decide whether TLS is required) and shown without its password.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "px-pg-store.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *uri = g_strndup ((const char *) data, size);
  g_autofree char *display = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) parsed = NULL;
  gboolean local = FALSE;

  (void) px_pg_is_uri (uri);
  if (px_pg_uri_is_local (uri, &local, &error))
    g_assert_no_error (error);
  else
    g_assert_nonnull (error);
  if (error != NULL)
    g_assert_true (g_utf8_validate (error->message, -1, NULL));

  display = px_pg_uri_display (uri);
  g_assert_nonnull (display);

  /* A password in the address never shows: not in the user part of
   * what is shown, not in its query, not in an error about it (checked
   * when the password appears once in the address, so that the same
   * letters elsewhere are not taken for it).
   */
  {
    g_autoptr(GUri) shown = g_uri_parse (display, G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_ENCODED, NULL);

    if (shown != NULL)
      {
        g_autoptr(GHashTable) params = g_uri_get_query (shown) != NULL
                                       ? g_uri_parse_params (g_uri_get_query (shown), -1, "&",
                                                             G_URI_PARAMS_CASE_INSENSITIVE, NULL)
                                       : NULL;

        g_assert_null (g_uri_get_password (shown));
        g_assert_true (params == NULL || !g_hash_table_contains (params, "password"));
      }
  }
  /* Only addresses reach the parser (px_pg_is_uri() chooses); any other
   * text is libpq's keyword=value form, which the user typed whole.
   */
  parsed = g_uri_parse (uri, G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_ENCODED, NULL);
  if (px_pg_is_uri (uri) && error != NULL && parsed != NULL && g_uri_get_password (parsed) != NULL
      && strlen (g_uri_get_password (parsed)) >= 4)
    {
      const char *password = g_uri_get_password (parsed);
      const char *first = strstr (uri, password);

      if (first != NULL && strstr (first + 1, password) == NULL)
        g_assert_null (strstr (error->message, password));
    }

  return 0;
}
