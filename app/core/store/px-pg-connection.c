/* px-pg-connection.c: connecting to a team library, and running statements
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-pg-private.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/* Seconds to wait for a server before taking it for gone. */
#define CONNECT_TIMEOUT "3"

gboolean
px_pg_is_uri (const char *uri)
{
  return uri != NULL && (g_str_has_prefix (uri, "postgresql://") || g_str_has_prefix (uri, "postgres://"));
}

static gboolean
host_is_local (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (host == NULL || *host == '\0' || host[0] == '/' || host[0] == '@')
    return TRUE; /* a socket folder (or the default socket) */
  if (g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;

  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

static char *redact (const char *text,
                     const char *uri);

static PQconninfoOption *
parse_uri (const char  *uri,
           GError     **error)
{
  char *message = NULL;
  PQconninfoOption *options;

  if (!_px_pq_open (error))
    return NULL;

  options = PQconninfoParse (uri, &message);
  if (options == NULL)
    {
      g_autofree char *display = px_pg_uri_display (uri);
      g_autofree char *reason = redact (message != NULL ? g_strstrip (message) : _("out of memory"), uri);

      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                   /* Translators: the first %s is the address the user gave, the second why it is not one */
                   _("“%s” is not a team library address (postgresql://host/database): %s"),
                   display, reason);
      PQfreemem (message);
      return NULL;
    }

  return options;
}

gboolean
px_pg_uri_is_local (const char  *uri,
                    gboolean    *local,
                    GError     **error)
{
  PQconninfoOption *options;
  const char *hosts = NULL;
  const char *hostaddrs = NULL;
  const char *service = NULL;

  g_return_val_if_fail (uri != NULL, FALSE);
  g_return_val_if_fail (local != NULL, FALSE);

  if ((options = parse_uri (uri, error)) == NULL)
    return FALSE;

  for (PQconninfoOption *option = options; option->keyword != NULL; option++)
    {
      if (g_str_equal (option->keyword, "host"))
        hosts = option->val;
      else if (g_str_equal (option->keyword, "hostaddr"))
        hostaddrs = option->val;
      else if (g_str_equal (option->keyword, "service"))
        service = option->val;
    }

  /* Where the address names no host, libpq takes it from the environment
   * or a service file: a host read there may be anywhere, so a service
   * is never taken for local, and the environment's host is judged as if
   * the address said it.
   */
  if (service == NULL && hosts == NULL && hostaddrs == NULL)
    {
      service = g_getenv ("PGSERVICE");
      hosts = g_getenv ("PGHOST");
      hostaddrs = g_getenv ("PGHOSTADDR");
    }

  *local = service == NULL || *service == '\0';
  for (int pass = 0; pass < 2; pass++)
    {
      g_auto(GStrv) list = g_strsplit ((pass == 0 ? hosts : hostaddrs) != NULL
                                       ? (pass == 0 ? hosts : hostaddrs) : "", ",", -1);

      for (guint i = 0; list[i] != NULL; i++)
        if (!host_is_local (g_strstrip (list[i])))
          *local = FALSE;
    }

  PQconninfoFree (options);
  return TRUE;
}

/* @uri without a password in its user part ("user:secret@") or its
 * query ("?password=secret"), whether GUri can read it or not.
 */
static char *
strip_passwords (const char *uri,
                 GPtrArray  *secrets)
{
  const char *scheme_end = strstr (uri, "://");
  const char *authority = scheme_end != NULL ? scheme_end + 3 : uri;
  const char *authority_end = authority + strcspn (authority, "/?#");
  const char *at = NULL;
  const char *query;
  GString *out = g_string_new (NULL);

  for (const char *p = authority; p < authority_end; p++)
    if (*p == '@')
      at = p;

  if (at != NULL && memchr (authority, ':', at - authority) != NULL)
    {
      const char *colon = memchr (authority, ':', at - authority);

      if (secrets != NULL && at > colon + 1)
        g_ptr_array_add (secrets, g_strndup (colon + 1, at - colon - 1));
      g_string_append_len (out, uri, colon - uri);
      uri = at;
    }

  query = strchr (uri, '?');
  if (query == NULL)
    {
      g_string_append (out, uri);
      return g_string_free (out, FALSE);
    }

  g_string_append_len (out, uri, query - uri);
  {
    const char *fragment = strchr (query, '#');
    g_autofree char *params = g_strndup (query + 1, fragment != NULL ? (gsize) (fragment - query - 1) : strlen (query + 1));
    g_auto(GStrv) list = g_strsplit (params, "&", -1);
    gboolean first = TRUE;

    for (guint i = 0; list[i] != NULL; i++)
      {
        g_autofree char *key = g_strndup (list[i], strcspn (list[i], "="));
        g_autofree char *plain_key = g_uri_unescape_string (key, NULL);

        if (g_ascii_strcasecmp (plain_key != NULL ? plain_key : key, "password") == 0)
          {
            const char *value = list[i] + strlen (key);

            if (secrets != NULL && *value == '=' && value[1] != '\0')
              g_ptr_array_add (secrets, g_strdup (value + 1));
            continue;
          }
        g_string_append_c (out, first ? '?' : '&');
        g_string_append (out, list[i]);
        first = FALSE;
      }
    if (fragment != NULL)
      g_string_append (out, fragment);
  }

  return g_string_free (out, FALSE);
}

char *
px_pg_uri_display (const char *uri)
{
  g_autoptr(GUri) parsed = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (uri != NULL, NULL);

  parsed = g_uri_parse (uri, G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_ENCODED, NULL);
  if (parsed != NULL)
    partial = g_uri_to_string_partial (parsed, G_URI_HIDE_PASSWORD);
  stripped = strip_passwords (partial != NULL ? partial : uri, NULL);

  return g_utf8_make_valid (stripped, -1);
}

/* @text (a message of libpq's, which may quote the address it was
 * given) without the passwords in @uri, as valid UTF-8.
 */
static char *
redact (const char *text,
        const char *uri)
{
  g_autoptr(GPtrArray) secrets = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (text);

  g_free (strip_passwords (uri, secrets));

  for (guint i = 0; i < secrets->len; i++)
    {
      g_autofree char *plain = g_uri_unescape_string (secrets->pdata[i], NULL);

      g_string_replace (out, secrets->pdata[i], "********", 0);
      if (plain != NULL && *plain != '\0')
        g_string_replace (out, plain, "********", 0);
    }

  return g_utf8_make_valid (out->str, -1);
}

/* The server's notices ("relation already exists, skipping") are not for
 * the user's terminal.
 */
static void
ignore_notice (void       *data,
               const char *message)
{
  g_debug ("%s", message);
}

PGconn *
_px_pg_connect (const char  *uri,
                const char  *password,
                GError     **error)
{
  g_autofree char *display = px_pg_uri_display (uri);
  gboolean local;
  const char *keywords[8];
  const char *values[8];
  int n = 0;
  PGconn *conn;

  /* (opens libpq, as any use of an address does) */
  if (!px_pg_uri_is_local (uri, &local, error))
    return NULL;

  /* Later keywords override what the URI says. */
  keywords[n] = "dbname", values[n++] = uri;
  if (!local)
    {
      /* verify-full stays verify-full; anything weaker becomes require. */
      PQconninfoOption *options = PQconninfoParse (uri, NULL);
      gboolean verifies = FALSE;

      for (PQconninfoOption *option = options; option != NULL && option->keyword != NULL; option++)
        if (g_str_equal (option->keyword, "sslmode") && option->val != NULL)
          verifies = g_str_equal (option->val, "verify-ca") || g_str_equal (option->val, "verify-full");
      PQconninfoFree (options);
      if (!verifies)
        keywords[n] = "sslmode", values[n++] = "require";
    }
  if (password != NULL && *password != '\0')
    keywords[n] = "password", values[n++] = password;
  keywords[n] = "connect_timeout", values[n++] = CONNECT_TIMEOUT;
  keywords[n] = "application_name", values[n++] = "Parallax";
  /* A dropped network shows within seconds, not hours. */
  keywords[n] = "keepalives_idle", values[n++] = "5";
  keywords[n] = "tcp_user_timeout", values[n++] = "10000";
  keywords[n] = NULL, values[n] = NULL;
  g_assert (n < (int) G_N_ELEMENTS (keywords));

  conn = PQconnectdbParams (keywords, values, TRUE);
  if (conn == NULL)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED,
                   /* Translators: %s is a team library’s address */
                   _("Could not connect to the team library “%s”: out of memory"), display);
      return NULL;
    }

  if (PQstatus (conn) != CONNECTION_OK)
    {
      g_autofree char *message = g_strstrip (redact (PQerrorMessage (conn), uri));
      /* A refused password or database is the user's to fix; anything
       * else may pass once the server is back.
       */
      gboolean refused = strstr (message, "password authentication failed") != NULL
                         || strstr (message, "does not exist") != NULL
                         || strstr (message, "no password supplied") != NULL
                         || strstr (message, "no pg_hba.conf entry") != NULL;

      g_set_error (error, PX_STORE_ERROR, refused ? PX_STORE_ERROR_FAILED : PX_STORE_ERROR_DISCONNECTED,
                   /* Translators: the first %s is a team library’s address, the second the server’s reason */
                   _("Could not connect to the team library “%s”: %s"), display, message);
      PQfinish (conn);
      return NULL;
    }

  PQsetClientEncoding (conn, "UTF8");
  PQsetNoticeProcessor (conn, ignore_notice, NULL);
  return conn;
}

gboolean
_px_pg_is_lost (PGconn   *conn,
                PGresult *result)
{
  const char *state;

  if (conn == NULL || PQstatus (conn) != CONNECTION_OK)
    return TRUE;
  if (result == NULL)
    return TRUE;

  /* Connection exceptions (08), and a server shutting down or starting up. */
  state = PQresultErrorField (result, PG_DIAG_SQLSTATE);
  return state == NULL
         || g_str_has_prefix (state, "08")
         || g_str_equal (state, "57P01")
         || g_str_equal (state, "57P02")
         || g_str_equal (state, "57P03");
}

void
_px_pg_set_error (GError    **error,
                  PGconn     *conn,
                  PGresult   *result,
                  const char *what)
{
  const char *message = result != NULL ? PQresultErrorMessage (result) : PQerrorMessage (conn);
  g_autofree char *detail = g_strstrip (g_strdup (message != NULL && *message != '\0' ? message
                                                  : _("no answer from the server")));

  if (_px_pg_is_lost (conn, result))
    g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED,
                 /* Translators: the first %s is what could not be done (“Could not save the annotation”), the
                  * second the server’s reason */
                 _("%s: the team library's server cannot be reached (%s)"), what, detail);
  else
    /* Translators: what could not be done, then why */
    g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED, C_("what failed, why", "%s: %s"), what, detail);
}

static PGresult *
check_result (PGconn      *conn,
              PGresult    *result,
              const char  *what,
              GError     **error)
{
  ExecStatusType status = result != NULL ? PQresultStatus (result) : PGRES_FATAL_ERROR;

  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
    return result;

  _px_pg_set_error (error, conn, result, what);
  g_clear_pointer (&result, PQclear);
  return NULL;
}

PGresult *
_px_pg_exec (PGconn             *conn,
             const char         *sql,
             int                 n_params,
             const char * const *params,
             const char         *what,
             GError            **error)
{
  PGresult *result;

  if (conn == NULL)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED,
                   /* Translators: %s is what could not be done (“Could not save the annotation”) */
                   _("%s: the team library's server cannot be reached"), what);
      return NULL;
    }

  if (n_params == 0)
    result = PQexec (conn, sql);
  else
    result = PQexecParams (conn, sql, n_params, NULL, params, NULL, NULL, 0);

  return check_result (conn, result, what, error);
}

PGresult *
_px_pg_exec_binary (PGconn             *conn,
                    const char         *sql,
                    int                 n_params,
                    const char * const *params,
                    int                 binary_index,
                    GBytes             *binary,
                    const char         *what,
                    GError            **error)
{
  g_autofree int *lengths = g_new0 (int, n_params);
  g_autofree int *formats = g_new0 (int, n_params);
  g_autofree const char **values = g_new0 (const char *, n_params);
  gsize size;

  if (conn == NULL)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED,
                   /* Translators: %s is what could not be done (“Could not save the annotation”) */
                   _("%s: the team library's server cannot be reached"), what);
      return NULL;
    }

  g_assert (binary_index >= 0 && binary_index < n_params);
  memcpy (values, params, n_params * sizeof (char *));
  values[binary_index] = g_bytes_get_data (binary, &size);
  if (values[binary_index] == NULL)
    values[binary_index] = "";
  lengths[binary_index] = size;
  formats[binary_index] = 1;

  return check_result (conn, PQexecParams (conn, sql, n_params, NULL, values, lengths, formats, 0),
                       what, error);
}

char *
_px_pg_new_uuid (gint64 *id)
{
  char *uuid = g_uuid_string_random ();
  guint64 high = 0;
  guint digits = 0;

  for (const char *p = uuid; *p != '\0' && digits < 16; p++)
    if (g_ascii_isxdigit (*p))
      {
        high = (high << 4) | g_ascii_xdigit_value (*p);
        digits++;
      }

  /* The first 16 hex digits, less the top bit: positive, and never 0. */
  *id = (gint64) (high & G_GUINT64_CONSTANT (0x7fffffffffffffff));
  if (*id == 0)
    *id = 1;

  return uuid;
}
