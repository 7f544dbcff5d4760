/* px-content-kind.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-content-kind.h"

#include <gio/gio.h>

/* Enough for every magic rule of the MIME database that names a common
 * format: most look at the first bytes, a few (Office documents inside a
 * Zip archive) a little further.
 */
#define SNIFF_BYTES 16384

/* The file name in @name: a path's last part, or the path of an
 * address without its query.
 */
static char *
name_of (const char *name)
{
  g_autoptr(GUri) uri = NULL;

  if (name == NULL)
    return NULL;
  if (g_uri_peek_scheme (name) != NULL && (uri = g_uri_parse (name, G_URI_FLAGS_NONE, NULL)) != NULL)
    return g_path_get_basename (g_uri_get_path (uri)[0] != '\0' ? g_uri_get_path (uri) : "/");
  return g_path_get_basename (name);
}

char *
px_content_kind_describe (const char *data,
                          gsize       len,
                          const char *name)
{
  g_autofree char *type = NULL;
  g_autofree char *file_name = name_of (name);
  gboolean uncertain = FALSE;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  type = g_content_type_guess (NULL, (const guchar *) data, MIN (len, SNIFF_BYTES), &uncertain);
  if (type == NULL || uncertain || g_content_type_is_unknown (type) || g_content_type_is_a (type, "text/plain"))
    return NULL;

  /* The bytes say "Zip archive", "OLE2 compound document", "XML
   * document": the name may say which of its kinds (Word, OpenDocument)
   * it is.
   */
  if (file_name != NULL)
    {
      g_autofree char *named = g_content_type_guess (file_name, NULL, 0, NULL);

      if (named != NULL && !g_content_type_equals (named, type) && g_content_type_is_a (named, type))
        {
          g_free (type);
          type = g_steal_pointer (&named);
        }
    }

  return g_content_type_get_description (type);
}

char *
px_content_kind_describe_type (const char *mime_type)
{
  g_autofree char *type = NULL;
  GList *registered;
  gboolean known;

  g_return_val_if_fail (mime_type != NULL, NULL);

  type = g_content_type_from_mime_type (mime_type);
  if (type == NULL || g_content_type_is_unknown (type))
    return NULL;
  registered = g_content_types_get_registered ();
  known = g_list_find_custom (registered, type, (GCompareFunc) g_strcmp0) != NULL;
  g_list_free_full (registered, g_free);
  return known ? g_content_type_get_description (type) : NULL;
}
