/* px-pg-store.c: a team library on a PostgreSQL server
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-pg-store.h"
#include "px-library-private.h"
#include "px-pg-private.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

/* A lost server is tried again at most this often (µs). */
#define RETRY_INTERVAL (500 * G_TIME_SPAN_MILLISECOND)

/* Longer searches are refused, as in the local library. */
#define MAX_QUERY_BYTES 1000

/* An annotation with a passage in a source that is not in the trash. */
#define LIVE_TARGET \
  "EXISTS (SELECT 1 FROM annotation_targets lt JOIN sources ls ON ls.id = lt.source_id " \
  "        WHERE lt.annotation_id = a.id AND ls.deleted_at IS NULL)"

typedef struct
{
  gint64 story_id;
  gint64 version_id;
  char *text;
} SourceText;

struct _PxPgStore
{
  GObject parent_instance;

  GRecMutex lock;
  char *uri;
  char *display_uri;
  char *password;
  char *author;
  char *queue_dir;
  GMainContext *context;

  PGconn *conn;           /* NULL while the server is away */
  int backend_pid;        /* atomic: the server process of conn */
  gint64 last_attempt;    /* monotonic µs of the last connection attempt */
  gboolean connected;     /* as last announced on the main context */
  guint n_queued;         /* likewise */
  char *read_only;        /* why this version may not write the library, NULL when it may */
  char *read_only_shown;  /* read_only as last announced on the main context */
  gboolean refused;       /* the last connection found a library this version may not read: read_only says why */
  gboolean closed;
  PxPgQueue *queue;
  GHashTable *texts;      /* source id -> SourceText, as last read or written */
  GHashTable *known_versions; /* annotation id -> its row version as last read or saved */
  char *last_change;      /* px_pg_store_poll_changes() */
  PxPgListener *listener;
};

static void px_pg_store_library_init (PxLibraryInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PxPgStore, px_pg_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PX_TYPE_LIBRARY, px_pg_store_library_init))

enum
{
  PROP_0,
  PROP_CONNECTED,
  PROP_N_QUEUED,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "changed" is PxLibrary's. */
enum
{
  CHANGED,
  REMOTE_CHANGE,
  REPLAY_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
source_text_free (gpointer data)
{
  SourceText *text = data;

  g_free (text->text);
  g_free (text);
}

/* Signals, on the store's main context */

typedef struct
{
  GWeakRef store;         /* a store let go meanwhile has no one to tell */
  guint signal;
  gint64 story_id;
  PxPgChangeKind kind;
  gint64 id;
  char *text;
  int connected;          /* -1: not a change of connection */
  int n_queued;           /* -1: not a change of the queue's length */
  gboolean read_only;     /* a change of read_only, to text */
} Emission;

static void
emission_free (gpointer data)
{
  Emission *emission = data;

  g_weak_ref_clear (&emission->store);
  g_free (emission->text);
  g_free (emission);
}

static Emission *
emission_new (void)
{
  Emission *emission = g_new0 (Emission, 1);

  g_weak_ref_init (&emission->store, NULL);
  emission->connected = -1;
  emission->n_queued = -1;
  return emission;
}

static gboolean
emit_cb (gpointer data)
{
  Emission *emission = data;
  g_autoptr(PxPgStore) self = g_weak_ref_get (&emission->store);

  if (self == NULL)
    return G_SOURCE_REMOVE;
  if (emission->read_only)
    {
      if (g_strcmp0 (self->read_only_shown, emission->text) != 0)
        {
          g_free (self->read_only_shown);
          self->read_only_shown = g_strdup (emission->text);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
        }
    }
  else if (emission->n_queued >= 0)
    {
      if (self->n_queued != (guint) emission->n_queued)
        {
          self->n_queued = emission->n_queued;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_QUEUED]);
        }
    }
  else if (emission->connected >= 0)
    {
      if (self->connected != emission->connected)
        {
          self->connected = emission->connected;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONNECTED]);
        }
    }
  else if (emission->signal == signals[REMOTE_CHANGE])
    g_signal_emit (self, signals[REMOTE_CHANGE], 0, emission->kind, emission->story_id, emission->id,
                   emission->text);
  else if (emission->signal == signals[REPLAY_FAILED])
    g_signal_emit (self, signals[REPLAY_FAILED], 0, emission->text);
  else
    px_library_emit_changed (PX_LIBRARY (self), emission->story_id);

  return G_SOURCE_REMOVE;
}

/* Always through a source of the store's context, never run at once: a
 * library thread that found the context free would otherwise emit on
 * itself, and before what it queued earlier (a queue of 1, then 0, told
 * as 0, then 1). Sources of one priority run in the order they came.
 */
static void
queue_emission (PxPgStore *self,
                Emission  *emission)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_weak_ref_set (&emission->store, self);
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, emit_cb, emission, emission_free);
  g_source_set_static_name (source, "[parallax] team library change");
  g_source_attach (source, self->context);
}

static void
queue_changed (PxPgStore *self,
               gint64     story_id)
{
  Emission *emission = emission_new ();

  emission->signal = 0;
  emission->story_id = story_id;
  emission->connected = -1;
  queue_emission (self, emission);
}

/* The queue's length as it is now, for the window's "N changes waiting";
 * called with the lock held, after the queue changed.
 */
static void
queue_n_queued (PxPgStore *self)
{
  Emission *emission = emission_new ();

  emission->n_queued = self->queue != NULL ? (int) _px_pg_queue_get_length (self->queue) : 0;
  queue_emission (self, emission);
}

static void
queue_connected (PxPgStore *self,
                 gboolean   connected)
{
  Emission *emission = emission_new ();

  emission->connected = connected;
  queue_emission (self, emission);
}

/* Whether this version may write the library, as the last connection or
 * write found; called with the lock held.
 */
static void
set_read_only (PxPgStore  *self,
               const char *reason)
{
  Emission *emission;

  if (g_strcmp0 (self->read_only, reason) == 0)
    return;
  g_free (self->read_only);
  self->read_only = g_strdup (reason);

  emission = emission_new ();
  emission->read_only = TRUE;
  emission->text = g_strdup (reason);
  queue_emission (self, emission);
}

/* Connections */

static void
lose_connection (PxPgStore *self)
{
  if (self->conn == NULL)
    return;

  g_clear_pointer (&self->conn, PQfinish);
  g_atomic_int_set (&self->backend_pid, 0);
  self->last_attempt = g_get_monotonic_time ();
  queue_connected (self, FALSE);
}

static gboolean replay (PxPgStore  *self,
                        GError    **error);

/* Connects when the server was away and it is time to try again; a
 * successful connection replays the queue. FALSE, with @error set, when
 * there is no connection now.
 */
static gboolean
ensure_connected (PxPgStore   *self,
                  gboolean     force,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PGconn *conn;

  if (self->conn != NULL && PQstatus (self->conn) != CONNECTION_OK)
    lose_connection (self);

  if (self->conn == NULL)
    {
      if (!force && g_get_monotonic_time () - self->last_attempt < RETRY_INTERVAL && self->refused)
        {
          g_set_error_literal (error, PX_STORE_ERROR, PX_STORE_ERROR_NEWER_VERSION, self->read_only);
          return FALSE;
        }
      if (!force && g_get_monotonic_time () - self->last_attempt < RETRY_INTERVAL)
        {
          g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED,
                       /* Translators: %s is a team library’s address */
                       _("The team library “%s” cannot be reached; saves are kept and sent once it can"),
                       self->display_uri);
          return FALSE;
        }

      g_autofree char *read_only = NULL;

      self->last_attempt = g_get_monotonic_time ();
      if ((conn = _px_pg_connect (self->uri, self->password, error)) == NULL)
        return FALSE;
      /* A colleague's Parallax may have updated the library meanwhile (or
       * the store opened while the server was away): checked, and brought
       * up to this version, on each connection.
       */
      if (!_px_pg_migrate (conn, self->uri, &read_only, &local_error))
        {
          PQfinish (conn);
          self->refused = g_error_matches (local_error, PX_STORE_ERROR, PX_STORE_ERROR_NEWER_VERSION);
          if (self->refused)
            set_read_only (self, local_error->message);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      self->refused = FALSE;
      set_read_only (self, read_only);
      self->conn = conn;
      g_atomic_int_set (&self->backend_pid, PQbackendPID (conn));
      queue_connected (self, TRUE);
    }

  if (_px_pg_queue_get_length (self->queue) > 0 && !replay (self, &local_error))
    {
      if (g_error_matches (local_error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      /* The queue's folder failed, or this version may not write the
       * library (the queue waits for one that may); the connection still
       * serves reads.
       */
      if (!g_error_matches (local_error, PX_STORE_ERROR, PX_STORE_ERROR_READ_ONLY))
        g_warning ("%s", local_error->message);
    }

  return TRUE;
}

static gboolean
check_open (PxPgStore   *self,
            const char  *what,
            GError     **error)
{
  if (self->closed)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED,
                   /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                    * the second the team library’s address */
                   _("%s: the team library “%s” was closed"), what, self->display_uri);
      return FALSE;
    }
  return TRUE;
}

/* A read: the result of @sql, or NULL with @error set. */
static PGresult *
query (PxPgStore          *self,
       const char         *sql,
       int                 n_params,
       const char * const *params,
       const char         *what,
       GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  PGresult *result;

  if (!check_open (self, what, error))
    return NULL;
  if (!ensure_connected (self, FALSE, &local_error))
    {
      g_set_error (error, PX_STORE_ERROR, local_error->code, "%s: %s", what, local_error->message);
      return NULL;
    }

  result = _px_pg_exec (self->conn, sql, n_params, params, what, &local_error);
  if (result == NULL && g_error_matches (local_error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED))
    {
      /* Once more on a new connection: the server may have restarted. */
      lose_connection (self);
      g_clear_error (&local_error);
      if (ensure_connected (self, TRUE, NULL))
        result = _px_pg_exec (self->conn, sql, n_params, params, what, &local_error);
      else
        g_set_error (&local_error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED,
                     /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                      * the second the team library’s address */
                     _("%s: the team library “%s” cannot be reached"), what, self->display_uri);
      if (result == NULL && g_error_matches (local_error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED))
        lose_connection (self);
    }
  if (result == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return result;
}

/* Writes */

static JsonObject *
new_write (PxPgStore  *self,
           const char *kind)
{
  JsonObject *op = json_object_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format_iso8601 (now);
  gint64 unused;
  g_autofree char *write_id = _px_pg_new_uuid (&unused);

  json_object_set_string_member (op, "kind", kind);
  json_object_set_string_member (op, "write", write_id);
  json_object_set_string_member (op, "author", self->author);
  json_object_set_string_member (op, "at", at);

  return op;
}

/* A new row's id and UUID in @op's members "id" and "uuid". */
static gint64
add_new_id (JsonObject *op)
{
  gint64 id;
  g_autofree char *uuid = _px_pg_new_uuid (&id);

  json_object_set_int_member (op, "id", id);
  json_object_set_string_member (op, "uuid", uuid);
  return id;
}

static const char *
member_string (JsonObject *op,
               const char *name)
{
  return json_object_get_string_member_with_default (op, name, NULL);
}

static char *
member_int (JsonObject *op,
            const char *name)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member_with_default (op, name, 0));
}

static gboolean
set_not_found (GError      **error,
               const char   *what,
               const char   *thing,
               const char   *id)
{
  g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
               /* Translators: the first %s is what could not be done (“Could not save the annotation”), the
                * second a kind of record (“source”), the third its number */
               _("%s: there is no %s %s in the team library"), what, thing, id);
  return FALSE;
}

/* A read of one row by its id: the result, which has a row, or NULL with
 * @error set (NOT_FOUND, naming @thing and @id, when there is none).
 */
static PGresult *
query_row (PxPgStore   *self,
           const char  *sql,
           const char  *id,
           const char  *thing,
           const char  *what,
           GError     **error)
{
  const char *params[] = { id };
  PGresult *result = query (self, sql, 1, params, what, error);

  if (result != NULL && PQntuples (result) == 0)
    {
      PQclear (result);
      set_not_found (error, what, thing, id);
      return NULL;
    }
  return result;
}

static gboolean
exec_write (PGconn             *conn,
            const char         *sql,
            int                 n_params,
            const char * const *params,
            int                *n_rows,
            const char         *what,
            GError            **error)
{
  g_autoptr(PGresult) result = _px_pg_exec (conn, sql, n_params, params, what, error);

  if (result == NULL)
    return FALSE;
  if (n_rows != NULL)
    *n_rows = atoi (PQcmdTuples (result));
  return TRUE;
}

static gboolean
touch_story (PGconn      *conn,
             const char  *story,
             const char  *what,
             GError     **error)
{
  const char *params[] = { story };

  return exec_write (conn, "UPDATE stories SET updated_at = now () WHERE id = $1", 1, params, NULL, what, error);
}

/* Locks a story that is not in the trash for the rest of the transaction. */
static gboolean
require_live_story (PGconn      *conn,
                    const char  *story,
                    const char  *what,
                    GError     **error)
{
  const char *params[] = { story };
  g_autoptr(PGresult) result = _px_pg_exec (conn,
                                            "SELECT 1 FROM stories WHERE id = $1 AND deleted_at IS NULL FOR UPDATE",
                                            1, params, what, error);

  if (result == NULL)
    return FALSE;
  if (PQntuples (result) == 0)
    return set_not_found (error, what, _("story"), story);
  return TRUE;
}

static gboolean
apply_story_write (PGconn      *conn,
                   const char  *kind,
                   JsonObject  *op,
                   gint64      *story_id,
                   const char  *what,
                   GError     **error)
{
  g_autofree char *id = member_int (op, g_str_equal (kind, "create-story") ? "id" : "story");
  int n_rows = 0;

  *story_id = g_ascii_strtoll (id, NULL, 10);

  if (g_str_equal (kind, "create-story"))
    {
      /* Absent in the queued writes of builds before it: not provisional. */
      gboolean provisional = json_object_get_boolean_member_with_default (op, "provisional", FALSE);
      const char *params[] = { id, member_string (op, "uuid"), member_string (op, "title"),
                               member_string (op, "author"), member_string (op, "at"),
                               provisional ? "true" : "false" };

      return exec_write (conn,
                         "INSERT INTO stories (id, uuid, title, created_by, created_at, updated_at, "
                         "                     title_provisional) "
                         "VALUES ($1, $2, $3, $4, $5, $5, $6)",
                         6, params, NULL, what, error);
    }
  else if (g_str_equal (kind, "rename-story"))
    {
      const char *params[] = { id, member_string (op, "title") };

      if (!exec_write (conn, "UPDATE stories SET title = $2, title_provisional = false, updated_at = now () "
                       "WHERE id = $1",
                       2, params, &n_rows, what, error))
        return FALSE;
    }
  else
    {
      const char *params[] = { id };
      const char *sql = g_str_equal (kind, "delete-story")
                        ? "UPDATE stories SET deleted_at = now () WHERE id = $1 AND deleted_at IS NULL"
                        : "UPDATE stories SET deleted_at = NULL, updated_at = now () WHERE id = $1";

      if (!exec_write (conn, sql, 1, params, &n_rows, what, error))
        return FALSE;
    }

  if (n_rows == 0)
    return set_not_found (error, what, _("story"), id);
  return TRUE;
}

static gboolean
apply_add_source (PGconn      *conn,
                  JsonObject  *op,
                  gint64      *story_id,
                  const char  *what,
                  GError     **error)
{
  g_autofree char *id = member_int (op, "id");
  g_autofree char *story = member_int (op, "story");
  g_autofree char *version_id = member_int (op, "version-id");
  const char *body64 = member_string (op, "body");
  g_autofree guchar *body_data = NULL;
  gsize body_len = 0;
  g_autoptr(GBytes) body = NULL;

  *story_id = g_ascii_strtoll (story, NULL, 10);
  if (!require_live_story (conn, story, what, error))
    return FALSE;

  {
    const char *params[] = { id, member_string (op, "uuid"), story, member_string (op, "input"),
                             member_string (op, "outlet"), member_string (op, "title"),
                             member_string (op, "byline"), member_string (op, "published"),
                             member_string (op, "url"), member_string (op, "language"),
                             member_string (op, "author") };

    if (!exec_write (conn,
                     "INSERT INTO sources (id, uuid, story_id, position, input, outlet, title, byline, "
                     "  published, url, language, created_by) "
                     "VALUES ($1, $2, $3, (SELECT coalesce (max (position) + 1, 0) FROM sources "
                     "                     WHERE story_id = $3 AND deleted_at IS NULL), "
                     "        $4, $5, $6, $7, $8, $9, $10, $11)",
                     11, params, NULL, what, error))
      return FALSE;
  }

  if (body64 != NULL && *body64 != '\0')
    body_data = g_base64_decode (body64, &body_len);
  body = g_bytes_new_take (g_steal_pointer (&body_data), body_len);

  {
    /* how the bytes were read: absent (NULL) in writes queued before */
    g_autofree char *replaced = member_string (op, "charset") != NULL ? member_int (op, "charset-replaced") : NULL;
    const char *params[] = { version_id, id, member_string (op, "fetched-at"), member_string (op, "sha256"),
                             member_string (op, "content-type"), member_string (op, "final-url"),
                             NULL, member_string (op, "text"), member_string (op, "title"),
                             member_string (op, "byline"), member_string (op, "charset"),
                             member_string (op, "charset-from"), replaced, member_string (op, "updated") };
    g_autoptr(PGresult) result = _px_pg_exec_binary (conn,
                                                     "INSERT INTO source_versions (id, source_id, number, fetched_at, "
                                                     "  checked_at, sha256, content_type, final_url, body, text, title, "
                                                     "  byline, charset, charset_from, charset_replaced, updated) "
                                                     "VALUES ($1, $2, 1, $3, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
                                                     "        $13::integer, $14)",
                                                     14, params, 6, body, what, error);

    if (result == NULL)
      return FALSE;
  }

  return touch_story (conn, story, what, error);
}

/* A failed source: a new row without versions ("id" given), or the new
 * reason of one ("source" given) that has not been loaded since.
 */
static gboolean
apply_keep_failed_source (PGconn      *conn,
                          JsonObject  *op,
                          gint64      *story_id,
                          const char  *what,
                          GError     **error)
{
  g_autofree char *story = member_int (op, "story");
  int n_rows = 0;

  /* absent in writes queued before team library version 6: NULL */
  JsonObject *page = json_object_has_member (op, "page") ? json_object_get_object_member (op, "page") : NULL;
  const char *kind = member_string (op, "error-kind");
  /* absent before team library version 7: NULL */
  const char *words = member_string (op, "error-words");
  const char *page_outlet = page != NULL ? member_string (page, "outlet") : NULL;
  const char *page_title = page != NULL ? member_string (page, "title") : NULL;
  const char *page_byline = page != NULL ? member_string (page, "byline") : NULL;
  const char *page_published = page != NULL ? member_string (page, "published") : NULL;
  const char *page_updated = page != NULL ? member_string (page, "updated") : NULL;
  const char *page_url = page != NULL ? member_string (page, "url") : NULL;

  if (json_object_has_member (op, "source"))
    {
      g_autofree char *id = member_int (op, "source");
      const char *params[] = { id, member_string (op, "error"), member_string (op, "at"), member_string (op, "outlet"),
                               kind, page_outlet, page_title, page_byline, page_published, page_updated, page_url,
                               words };
      g_autoptr(PGresult) result = NULL;

      /* What failed this time replaces what failed before; the page
       * names its outlet again when it names one. */
      if (!exec_write (conn,
                       "UPDATE sources SET error = $2, failed_at = $3, outlet = coalesce ($4, outlet), "
                       "  error_kind = $5, page_outlet = $6, page_title = $7, page_byline = $8, "
                       "  page_published = $9, page_updated = $10, page_url = $11, error_words = $12 "
                       "WHERE id = $1 AND deleted_at IS NULL "
                       "AND NOT EXISTS (SELECT 1 FROM source_versions WHERE source_id = $1)",
                       12, params, &n_rows, what, error))
        return FALSE;
      if (n_rows == 0)
        return set_not_found (error, what, _("failed source"), id);
      if ((result = _px_pg_exec (conn, "SELECT story_id FROM sources WHERE id = $1", 1, params, what, error)) == NULL)
        return FALSE;
      g_free (story);
      story = g_strdup (PQgetvalue (result, 0, 0));
    }
  else
    {
      g_autofree char *id = member_int (op, "id");
      const char *params[] = { id, member_string (op, "uuid"), story, member_string (op, "input"),
                               member_string (op, "outlet"), member_string (op, "author"),
                               member_string (op, "error"), member_string (op, "at"),
                               kind, page_outlet, page_title, page_byline, page_published, page_updated, page_url,
                               words };

      if (!require_live_story (conn, story, what, error)
          || !exec_write (conn,
                          "INSERT INTO sources (id, uuid, story_id, position, input, outlet, created_by, "
                          "  error, failed_at, error_kind, page_outlet, page_title, page_byline, page_published, "
                          "  page_updated, page_url, error_words) "
                          "VALUES ($1, $2, $3, (SELECT coalesce (max (position) + 1, 0) FROM sources "
                          "                     WHERE story_id = $3 AND deleted_at IS NULL), "
                          "        $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
                          16, params, NULL, what, error))
        return FALSE;
    }

  *story_id = g_ascii_strtoll (story, NULL, 10);
  return touch_story (conn, story, what, error);
}

/* Deleting, restoring or moving a source: the columns stay numbered 0, 1,
 * … without gaps; a trashed source keeps its number to go back there.
 */
static gboolean
apply_source_write (PGconn      *conn,
                    const char  *kind,
                    JsonObject  *op,
                    gint64      *story_id,
                    const char  *what,
                    GError     **error)
{
  g_autofree char *id = member_int (op, "source");
  g_autofree char *wanted = member_int (op, "position");
  const char *params[] = { id };
  g_autoptr(PGresult) source = NULL;
  g_autoptr(PGresult) count = NULL;
  const char *story;
  int position;
  int n_live;
  gboolean deleted;

  if ((source = _px_pg_exec (conn,
                             "SELECT s.story_id, s.position, s.deleted_at IS NOT NULL FROM sources s "
                             "JOIN stories st ON st.id = s.story_id WHERE s.id = $1 FOR UPDATE OF st",
                             1, params, what, error)) == NULL)
    return FALSE;
  if (PQntuples (source) == 0)
    return set_not_found (error, what, _("source"), id);

  story = PQgetvalue (source, 0, 0);
  position = atoi (PQgetvalue (source, 0, 1));
  deleted = g_str_equal (PQgetvalue (source, 0, 2), "t");
  *story_id = g_ascii_strtoll (story, NULL, 10);

  {
    const char *count_params[] = { story };

    if ((count = _px_pg_exec (conn, "SELECT count (*) FROM sources WHERE story_id = $1 AND deleted_at IS NULL",
                              1, count_params, what, error)) == NULL)
      return FALSE;
    n_live = atoi (PQgetvalue (count, 0, 0));
  }

  if (g_str_equal (kind, "delete-source"))
    {
      g_autofree char *from = g_strdup_printf ("%d", position);
      const char *shift[] = { story, from };

      if (deleted)
        return TRUE;
      if (!exec_write (conn, "UPDATE sources SET deleted_at = now () WHERE id = $1", 1, params, NULL, what, error)
          || !exec_write (conn, "UPDATE sources SET position = position - 1 "
                          "WHERE story_id = $1 AND deleted_at IS NULL AND position > $2::integer",
                          2, shift, NULL, what, error))
        return FALSE;
    }
  else if (g_str_equal (kind, "rename-source"))
    {
      const char *rename[] = { id, member_string (op, "outlet") };

      if (deleted)
        return set_not_found (error, what, _("source"), id);
      if (rename[1] == NULL)
        {
          /* Translators: %s is what could not be done (“Could not save the annotation”) */
          g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: the outlet’s name is missing"), what);
          return FALSE;
        }
      if (!exec_write (conn, "UPDATE sources SET outlet = $2 WHERE id = $1", 2, rename, NULL, what, error))
        return FALSE;
    }
  else if (g_str_equal (kind, "restore-source"))
    {
      g_autofree char *to = g_strdup_printf ("%d", MIN (position, n_live));
      const char *shift[] = { story, to };
      const char *place[] = { id, to };

      if (!deleted)
        return TRUE;
      if (!exec_write (conn, "UPDATE sources SET position = position + 1 "
                       "WHERE story_id = $1 AND deleted_at IS NULL AND position >= $2::integer",
                       2, shift, NULL, what, error)
          || !exec_write (conn, "UPDATE sources SET deleted_at = NULL, position = $2::integer WHERE id = $1",
                          2, place, NULL, what, error))
        return FALSE;
    }
  else
    {
      int to = MIN (atoi (wanted), n_live - 1);
      g_autofree char *to_text = g_strdup_printf ("%d", to);
      g_autofree char *from_text = g_strdup_printf ("%d", position);
      const char *shift[] = { story, to_text, from_text };
      const char *place[] = { id, to_text };

      if (deleted)
        return set_not_found (error, what, _("source"), id);
      if (to == position)
        return TRUE;
      if (!exec_write (conn,
                       to < position
                       ? "UPDATE sources SET position = position + 1 WHERE story_id = $1 AND deleted_at IS NULL "
                         "AND position >= $2::integer AND position < $3::integer"
                       : "UPDATE sources SET position = position - 1 WHERE story_id = $1 AND deleted_at IS NULL "
                         "AND position > $3::integer AND position <= $2::integer",
                       3, shift, NULL, what, error)
          || !exec_write (conn, "UPDATE sources SET position = $2::integer WHERE id = $1",
                          2, place, NULL, what, error))
        return FALSE;
    }

  return touch_story (conn, story, what, error);
}

static gboolean
apply_create_annotation (PGconn      *conn,
                         JsonObject  *op,
                         gint64      *story_id,
                         const char  *what,
                         GError     **error)
{
  g_autofree char *id = member_int (op, "id");
  g_autofree char *story = member_int (op, "story");
  JsonArray *targets = json_object_get_array_member (op, "targets");

  *story_id = g_ascii_strtoll (story, NULL, 10);
  if (!require_live_story (conn, story, what, error))
    return FALSE;

  {
    const char *params[] = { id, member_string (op, "uuid"), story, member_string (op, "verdict"),
                             member_string (op, "note"), member_string (op, "author"), member_string (op, "at") };

    if (!exec_write (conn,
                     "INSERT INTO annotations (id, uuid, story_id, verdict, note, created_by, created_at, "
                     "  updated_by, updated_at) "
                     "VALUES ($1, $2, $3, $4, $5, $6, $7, $6, $7)",
                     7, params, NULL, what, error))
      return FALSE;
  }

  for (guint i = 0; targets != NULL && i < json_array_get_length (targets); i++)
    {
      JsonObject *target = json_array_get_object_element (targets, i);
      g_autofree char *target_id = member_int (target, "id");
      g_autofree char *source = member_int (target, "source");
      g_autofree char *version = member_int (target, "version");
      g_autofree char *start = member_int (target, "start");
      g_autofree char *end = member_int (target, "end");
      g_autofree char *ordinal = g_strdup_printf ("%u", i);
      const char *params[] = { target_id, id, source, version, member_string (target, "exact"),
                               member_string (target, "prefix"), member_string (target, "suffix"),
                               start, end, story, ordinal };
      int n_rows = 0;

      if (!exec_write (conn,
                       "INSERT INTO annotation_targets (id, annotation_id, source_id, version_id, exact, prefix, "
                       "  suffix, position_start, position_end, ordinal) "
                       "SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $11 FROM sources "
                       "WHERE id = $3 AND story_id = $10 AND deleted_at IS NULL",
                       11, params, &n_rows, what, error))
        return FALSE;
      if (n_rows == 0)
        return set_not_found (error, what, _("source"), source);
    }

  return touch_story (conn, story, what, error);
}

/* "changed by Alice at 14:32 on 2026-11-24" */
static void
set_conflict_error (GError      **error,
                    const char   *what,
                    const char   *by,
                    const char   *at)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (at, NULL);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  g_autofree char *when = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M:%S") : g_strdup (at);

  /* Translators: "Could not save the annotation: it was changed by Alice at 2026-11-24 14:32:05" */
  g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_CONFLICT, _("%s: it was changed by %s at %s"),
               what, by, when);
}

static gboolean
apply_annotation_write (PGconn      *conn,
                        const char  *kind,
                        JsonObject  *op,
                        gint64      *story_id,
                        gint64      *new_version,
                        const char  *what,
                        GError     **error)
{
  g_autofree char *id = member_int (op, "annotation");
  g_autofree char *row_version = member_int (op, "row-version");
  g_autoptr(PGresult) result = NULL;

  if (g_str_equal (kind, "save-annotation"))
    {
      const char *params[] = { id, row_version, member_string (op, "verdict"), member_string (op, "note"),
                               member_string (op, "author"), member_string (op, "state") };

      /* What the write leaves out stays as it is; a new verdict takes the
       * editor's review away.
       */
      result = _px_pg_exec (conn,
                            "UPDATE annotations SET verdict = coalesce ($3, verdict), note = coalesce ($4, note), "
                            "  state = coalesce ($6, state), updated_by = $5, updated_at = now (), "
                            "  row_version = row_version + 1, "
                            "  reviewed_by = CASE WHEN verdict = coalesce ($3, verdict) THEN reviewed_by END, "
                            "  reviewed_at = CASE WHEN verdict = coalesce ($3, verdict) THEN reviewed_at END "
                            "WHERE id = $1 AND deleted_at IS NULL AND ($2 = 0 OR row_version = $2) "
                            "RETURNING story_id, row_version",
                            6, params, what, error);
      if (result != NULL && PQntuples (result) > 0 && g_strcmp0 (member_string (op, "state"), "ok") == 0)
        {
          const char *target_params[] = { id };

          /* Setting OK marks every passage reviewed. */
          if (!exec_write (conn, "UPDATE annotation_targets SET state = 'ok', confidence = 1.0 "
                           "WHERE annotation_id = $1", 1, target_params, NULL, what, error))
            return FALSE;
        }
    }
  else if (g_str_equal (kind, "restore-annotation"))
    {
      const char *params[] = { id, member_string (op, "author") };

      result = _px_pg_exec (conn,
                            "UPDATE annotations SET deleted_at = NULL, updated_by = $2, updated_at = now (), "
                            "  row_version = row_version + 1 "
                            "WHERE id = $1 AND deleted_at IS NOT NULL RETURNING story_id, row_version",
                            2, params, what, error);
    }
  else if (g_str_equal (kind, "move-target-annotation"))
    {
      g_autofree char *target = member_int (op, "target");
      g_autofree char *version = member_int (op, "version");
      g_autofree char *start = member_int (op, "start");
      g_autofree char *end = member_int (op, "end");
      const char *params[] = { target, version, member_string (op, "exact"), member_string (op, "prefix"),
                               member_string (op, "suffix"), start, end, member_string (op, "author") };

      result = _px_pg_exec (conn,
                            "WITH moved AS (UPDATE annotation_targets SET version_id = $2, exact = $3, prefix = $4, "
                            "    suffix = $5, position_start = $6, position_end = $7, state = 'ok', confidence = 1.0 "
                            "  WHERE id = $1 RETURNING annotation_id) "
                            "UPDATE annotations SET updated_by = $8, updated_at = now (), row_version = row_version + 1, "
                            "  state = CASE WHEN state = 'needs-review' AND NOT EXISTS (SELECT 1 FROM annotation_targets t "
                            "    WHERE t.annotation_id = annotations.id AND t.id <> $1 AND t.state = 'needs-review') "
                            "    THEN 'ok' ELSE state END "
                            "WHERE id = (SELECT annotation_id FROM moved) AND deleted_at IS NULL "
                            "RETURNING story_id, row_version",
                            8, params, what, error);
    }
  else if (g_str_equal (kind, "review-annotation"))
    {
      const char *params[] = { id, json_object_get_boolean_member (op, "reviewed") ? "t" : "f",
                               member_string (op, "author") };

      result = _px_pg_exec (conn,
                            "UPDATE annotations SET reviewed_by = CASE WHEN $2 THEN $3 END, "
                            "  reviewed_at = CASE WHEN $2 THEN now () END "
                            "WHERE id = $1 AND deleted_at IS NULL RETURNING story_id, row_version",
                            3, params, what, error);
    }
  else
    {
      const char *params[] = { id, member_string (op, "author") };

      result = _px_pg_exec (conn,
                            "UPDATE annotations SET deleted_at = now (), updated_by = $2, updated_at = now (), "
                            "  row_version = row_version + 1 "
                            "WHERE id = $1 AND deleted_at IS NULL RETURNING story_id, row_version",
                            2, params, what, error);
    }

  if (result == NULL)
    return FALSE;

  if (PQntuples (result) == 0)
    {
      const char *params[] = { id };
      g_autoptr(PGresult) current = _px_pg_exec (conn,
                                                 "SELECT updated_by, " PX_PG_TIME ("updated_at") ", deleted_at "
                                                 "FROM annotations WHERE id = $1",
                                                 1, params, what, error);

      if (current == NULL)
        return FALSE;
      if (PQntuples (current) == 0 || !PQgetisnull (current, 0, 2))
        return set_not_found (error, what, _("annotation"), id);

      set_conflict_error (error, what, PQgetvalue (current, 0, 0), PQgetvalue (current, 0, 1));
      return FALSE;
    }

  *story_id = g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
  *new_version = g_ascii_strtoll (PQgetvalue (result, 0, 1), NULL, 10);
  return touch_story (conn, PQgetvalue (result, 0, 0), what, error);
}

/* Applies @op in one transaction with the record of its id; a write whose
 * id is recorded already was applied before (its answer was lost) and
 * is not applied again.
 */
static gboolean
apply_write (PxPgStore   *self,
             JsonObject  *op,
             gint64      *story_id,
             gint64      *result_value,
             const char  *what,
             GError     **error)
{
  const char *kind = member_string (op, "kind");
  const char *record_params[] = { member_string (op, "write"), member_string (op, "author") };
  g_autoptr(PGresult) result = NULL;
  g_autofree char *refused = NULL;
  gboolean ok;

  *result_value = 0;
  *story_id = 0;

  if ((result = _px_pg_exec (self->conn, "BEGIN", 0, NULL, what, error)) == NULL)
    goto fail;
  g_clear_pointer (&result, PQclear);

  /* First, before any table a newer Parallax's step may change. */
  if (!_px_pg_check_writable (self->conn, self->uri, &refused, what, error))
    goto fail;
  set_read_only (self, refused);
  if (refused != NULL)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_READ_ONLY, "%s: %s", what, refused);
      goto fail;
    }

  if ((result = _px_pg_exec (self->conn,
                             "INSERT INTO applied_writes (id, author) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING",
                             2, record_params, what, error)) == NULL)
    goto fail;
  if (g_str_equal (PQcmdTuples (result), "0"))
    {
      /* Applied already: its answer is what was recorded. */
      g_clear_pointer (&result, PQclear);
      if ((result = _px_pg_exec (self->conn, "SELECT result FROM applied_writes WHERE id = $1",
                                 1, record_params, what, error)) == NULL)
        goto fail;
      if (PQntuples (result) > 0 && !PQgetisnull (result, 0, 0))
        *result_value = g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
      g_clear_pointer (&result, PQclear);
      if ((result = _px_pg_exec (self->conn, "ROLLBACK", 0, NULL, what, error)) == NULL)
        goto fail;
      return TRUE;
    }
  g_clear_pointer (&result, PQclear);

  if (kind == NULL)
    /* Translators: %s is what could not be done (“Could not save the annotation”) */
    ok = FALSE, g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: a write of no kind"), what);
  else if (g_str_has_suffix (kind, "-story"))
    ok = apply_story_write (self->conn, kind, op, story_id, what, error);
  else if (g_str_equal (kind, "add-source"))
    ok = apply_add_source (self->conn, op, story_id, what, error);
  else if (g_str_equal (kind, "keep-failed-source"))
    ok = apply_keep_failed_source (self->conn, op, story_id, what, error);
  else if (g_str_equal (kind, "delete-source") || g_str_equal (kind, "restore-source")
           || g_str_equal (kind, "move-source") || g_str_equal (kind, "rename-source"))
    ok = apply_source_write (self->conn, kind, op, story_id, what, error);
  else if (g_str_equal (kind, "create-annotation"))
    ok = apply_create_annotation (self->conn, op, story_id, what, error);
  else if (g_str_has_suffix (kind, "-annotation"))
    ok = apply_annotation_write (self->conn, kind, op, story_id, result_value, what, error);
  else
    ok = FALSE, g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                             /* Translators: %s is what could not be done (“Could not save the annotation”) */
                             _("%s: a write of unknown kind “%s”"), what, kind);
  if (!ok)
    goto fail;

  if (*result_value != 0)
    {
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, *result_value);
      const char *params[] = { record_params[0], value };

      if ((result = _px_pg_exec (self->conn, "UPDATE applied_writes SET result = $2 WHERE id = $1",
                                 2, params, what, error)) == NULL)
        goto fail;
      g_clear_pointer (&result, PQclear);
    }

  if ((result = _px_pg_exec (self->conn, "COMMIT", 0, NULL, what, error)) == NULL)
    goto fail;

  return TRUE;

fail:
  if (self->conn != NULL && PQstatus (self->conn) == CONNECTION_OK
      && PQtransactionStatus (self->conn) != PQTRANS_IDLE)
    PQclear (PQexec (self->conn, "ROLLBACK"));
  return FALSE;
}

static void remember_version (PxPgStore *self,
                              gint64     annotation_id,
                              guint      row_version);

/* Runs @op now, or queues it on disk when the server cannot take it. The
 * result of the write (a save's new row version) in @result_value, 0
 * when queued.
 */
static gboolean
run_write (PxPgStore   *self,
           JsonObject  *op,
           gint64      *result_value,
           const char  *what,
           GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  gint64 unused;
  gint64 story_id = 0;

  if (result_value == NULL)
    result_value = &unused;
  *result_value = 0;

  if (!check_open (self, what, error))
    return FALSE;

  /* Earlier writes still queued go first. A connection found broken is
   * made again once at once: the server may have restarted meanwhile. A
   * library this version may not write keeps the write queued, for a
   * Parallax that may (the queue is the library's and the author's, not
   * the version's).
   */
  for (int attempt = 0;
       attempt < 2 && ensure_connected (self, attempt > 0, NULL) && _px_pg_queue_get_length (self->queue) == 0
       && self->read_only == NULL;
       attempt++)
    {
      g_autoptr(GError) local_error = NULL;

      if (apply_write (self, op, &story_id, result_value, what, &local_error))
        {
          /* This store's own saves do not make its next one a conflict. */
          if (json_object_has_member (op, "annotation") && *result_value > 0)
            remember_version (self, json_object_get_int_member (op, "annotation"), *result_value);
          queue_changed (self, story_id);
          return TRUE;
        }
      if (g_error_matches (local_error, PX_STORE_ERROR, PX_STORE_ERROR_READ_ONLY))
        break;
      if (!g_error_matches (local_error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      /* Applied or not, the server did not say: the queue or the next
       * attempt sends it again, and the server applies it at most once.
       */
      lose_connection (self);
    }

  *result_value = 0;
  if (!_px_pg_queue_append (self->queue, op, error))
    return FALSE;
  queue_n_queued (self);
  return TRUE;
}

static gboolean
replay (PxPgStore  *self,
        GError    **error)
{
  JsonObject *op;

  while ((op = _px_pg_queue_peek (self->queue)) != NULL)
    {
      g_autoptr(GError) local_error = NULL;
      gint64 story_id;
      gint64 result_value;

      /* A damaged line is refused like a write the server refuses. */
      if (_px_pg_op_check (op, &local_error)
          && apply_write (self, op, &story_id, &result_value, _("Could not send a saved change"), &local_error))
        {
          if (!_px_pg_queue_pop (self->queue, error))
            return FALSE;
          queue_n_queued (self);
          queue_changed (self, story_id);
        }
      else if (g_error_matches (local_error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED))
        {
          lose_connection (self);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      else if (g_error_matches (local_error, PX_STORE_ERROR, PX_STORE_ERROR_READ_ONLY))
        {
          /* Kept, in order, for a Parallax that may write the library. */
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      else
        {
          Emission *emission = emission_new ();

          if (!_px_pg_queue_fail (self->queue, local_error->message, error))
            return FALSE;
          queue_n_queued (self);
          emission->signal = signals[REPLAY_FAILED];
          emission->text = g_strdup (local_error->message);
          emission->connected = -1;
          queue_emission (self, emission);
        }
    }

  return TRUE;
}

/* GObject */

/* The listener's thread takes a reference for each change it announces:
 * it stops while the store still holds one, never as it is finalized.
 */
static void
px_pg_store_dispose (GObject *object)
{
  PxPgStore *self = PX_PG_STORE (object);

  g_clear_pointer (&self->listener, _px_pg_listener_stop);

  G_OBJECT_CLASS (px_pg_store_parent_class)->dispose (object);
}

static void
px_pg_store_finalize (GObject *object)
{
  PxPgStore *self = PX_PG_STORE (object);

  px_pg_store_close (self);
  g_clear_pointer (&self->queue, _px_pg_queue_free);
  g_clear_pointer (&self->texts, g_hash_table_unref);
  g_clear_pointer (&self->known_versions, g_hash_table_unref);
  g_free (self->last_change);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_free (self->uri);
  g_free (self->display_uri);
  g_free (self->password);
  g_free (self->author);
  g_free (self->queue_dir);
  g_free (self->read_only);
  g_free (self->read_only_shown);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (px_pg_store_parent_class)->finalize (object);
}

static void
px_pg_store_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PxPgStore *self = PX_PG_STORE (object);

  switch (prop_id)
    {
    case PROP_CONNECTED:
      g_value_set_boolean (value, self->connected);
      break;
    case PROP_N_QUEUED:
      g_value_set_uint (value, self->n_queued);
      break;
    case PROP_READ_ONLY:
      g_value_set_string (value, self->read_only_shown);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_pg_store_class_init (PxPgStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = px_pg_store_dispose;
  object_class->finalize = px_pg_store_finalize;
  object_class->get_property = px_pg_store_get_property;

  properties[PROP_CONNECTED] =
    g_param_spec_boolean ("connected", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Writes waiting for the server, as last announced on the main context. */
  properties[PROP_N_QUEUED] =
    g_param_spec_uint ("n-queued", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Why this Parallax may read the library but not change it (a newer
   * one set it up), as last announced on the main context; NULL when it
   * may change it.
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_string ("read-only", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[REMOTE_CHANGE] = g_signal_new ("remote-change", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                                         G_TYPE_INT, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_STRING);
  signals[REPLAY_FAILED] = g_signal_new ("replay-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
px_pg_store_init (PxPgStore *self)
{
  g_rec_mutex_init (&self->lock);
  self->texts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, source_text_free);
  self->known_versions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static char *
default_queue_dir (const char *uri,
                   const char *author)
{
  g_autofree char *display = px_pg_uri_display (uri);
  g_autofree char *key = g_strconcat (display, "\n", author, NULL);
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

  digest[16] = '\0';
  return g_build_filename (g_get_user_data_dir (), "parallax", "team", digest, NULL);
}

PxPgStore *
px_pg_store_open (const char  *uri,
                  const char  *password,
                  const char  *author,
                  const char  *queue_dir,
                  GError     **error)
{
  g_autoptr(PxPgStore) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (uri != NULL, NULL);

  /* First: a store that opens without reaching its server (for its queue)
   * still calls libpq.
   */
  if (!_px_pq_open (error))
    return NULL;

  self = g_object_new (PX_TYPE_PG_STORE, NULL);
  self->uri = g_strdup (uri);
  self->display_uri = px_pg_uri_display (uri);
  self->password = g_strdup (password);
  self->author = g_strdup (author != NULL && *author != '\0' ? author : g_get_real_name ());
  self->context = g_main_context_ref_thread_default ();
  /* Translators: %s is a team library’s address */
  what = g_strdup_printf (_("Could not open the team library “%s”"), self->display_uri);

  if (!g_utf8_validate (self->author, -1, NULL) || *g_strstrip (self->author) == '\0')
    {
      /* Translators: %s is what could not be done (“Could not save the annotation”) */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: a name to sign with is needed"), what);
      return NULL;
    }

  /* A library that cannot be reached still opens, for its queue: what it
   * refuses (a wrong password, no such database) does not.
   */
  self->conn = _px_pg_connect (uri, password, &local_error);
  self->last_attempt = g_get_monotonic_time ();
  if (self->conn == NULL && !g_error_matches (local_error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (self->conn != NULL)
    {
      const char *params[] = { self->author };
      g_autoptr(PGresult) result = NULL;

      /* A library this version may read but not write is not written to,
       * not even to sign in.
       */
      if (!_px_pg_migrate (self->conn, uri, &self->read_only, error)
          || (self->read_only == NULL
              && (result = _px_pg_exec (self->conn,
                                        "INSERT INTO authors (name) VALUES ($1) ON CONFLICT DO NOTHING",
                                        1, params, what, error)) == NULL))
        return NULL;
      self->read_only_shown = g_strdup (self->read_only);
      g_atomic_int_set (&self->backend_pid, PQbackendPID (self->conn));
      self->connected = TRUE;
    }

  self->queue_dir = queue_dir != NULL ? g_strdup (queue_dir) : default_queue_dir (uri, self->author);
  if ((self->queue = _px_pg_queue_open (self->queue_dir, error)) == NULL)
    return NULL;
  self->n_queued = _px_pg_queue_get_length (self->queue);

  if (self->conn != NULL && _px_pg_queue_get_length (self->queue) > 0)
    {
      g_autoptr(GError) replay_error = NULL;

      if (!replay (self, &replay_error))
        g_debug ("%s", replay_error->message);
    }

  return g_steal_pointer (&self);
}

const char *
px_pg_store_get_uri (PxPgStore *self)
{
  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);
  return self->uri;
}

const char *
px_pg_store_get_author (PxPgStore *self)
{
  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);
  return self->author;
}

const char *
px_pg_store_get_queue_dir (PxPgStore *self)
{
  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);
  return self->queue_dir;
}

gboolean
px_pg_store_get_connected (PxPgStore *self)
{
  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);
  return self->connected;
}

char *
px_pg_store_dup_read_only (PxPgStore *self)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  return g_strdup (self->read_only);
}

guint
px_pg_store_get_n_queued (PxPgStore *self)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (PX_IS_PG_STORE (self), 0);

  locker = g_rec_mutex_locker_new (&self->lock);
  return self->queue != NULL ? _px_pg_queue_get_length (self->queue) : 0;
}

gboolean
px_pg_store_sync (PxPgStore  *self,
                  GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!check_open (self, _("Could not send the saved changes"), error)
      || !ensure_connected (self, TRUE, error))
    return FALSE;

  return _px_pg_queue_get_length (self->queue) == 0 || replay (self, error);
}

void
px_pg_store_close (PxPgStore *self)
{
  g_return_if_fail (PX_IS_PG_STORE (self));

  /* Outside the lock: the listener's thread may be waiting for it. */
  g_clear_pointer (&self->listener, _px_pg_listener_stop);

  g_rec_mutex_lock (&self->lock);
  self->closed = TRUE;
  g_clear_pointer (&self->conn, PQfinish);
  g_rec_mutex_unlock (&self->lock);
}

/* Colleagues' changes */

static void
listener_notify_cb (const char *payload,
                    int         be_pid,
                    gpointer    user_data)
{
  PxPgStore *self = user_data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *change;
  const char *kind;
  Emission *emission;

  if (!json_parser_load_from_data (parser, payload, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;
  change = json_node_get_object (json_parser_get_root (parser));

  emission = emission_new ();
  emission->connected = -1;
  emission->story_id = json_object_get_int_member_with_default (change, "story", 0);

  /* This store's own writes said "changed" already. */
  if (be_pid == g_atomic_int_get (&self->backend_pid))
    {
      g_free (emission);
      return;
    }

  kind = json_object_get_string_member_with_default (change, "kind", "");
  emission->signal = signals[REMOTE_CHANGE];
  emission->kind = g_str_equal (kind, "annotation") ? PX_PG_CHANGE_ANNOTATION
                   : g_str_equal (kind, "source") ? PX_PG_CHANGE_SOURCE : PX_PG_CHANGE_STORY;
  emission->id = json_object_get_int_member_with_default (change, "id", 0);
  emission->text = g_strdup (json_object_get_string_member_with_default (change, "by", ""));
  /* Only "remote-change": it says which row changed, so a window reads
   * that one, where "changed" would have it read the whole story again.
   */
  queue_emission (self, emission);
}

static void
listener_state_cb (gboolean connected,
                   gpointer user_data)
{
  PxPgStore *self = user_data;

  if (connected)
    {
      g_autoptr(GError) error = NULL;

      /* Back: send what was queued, and have everything read again since
       * notifications sent meanwhile were lost.
       */
      if (!px_pg_store_sync (self, &error))
        g_debug ("%s", error->message);
      queue_changed (self, 0);
    }
  else
    {
      g_rec_mutex_lock (&self->lock);
      lose_connection (self);
      g_rec_mutex_unlock (&self->lock);
      queue_connected (self, FALSE);
    }
}

void
px_pg_store_listen (PxPgStore *self)
{
  g_return_if_fail (PX_IS_PG_STORE (self));

  if (self->listener == NULL && !self->closed)
    self->listener = _px_pg_listener_start (self->uri, self->password, listener_notify_cb, listener_state_cb, self);
}

/* Stories */

static char *
clean_title (const char  *title,
             const char  *what,
             GError     **error)
{
  g_autofree char *clean = NULL;

  if (title == NULL || !g_utf8_validate (title, -1, NULL))
    {
      /* Translators: %s is what could not be done (“Could not save the annotation”) */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: the title is not valid UTF-8 text"), what);
      return NULL;
    }

  clean = g_strstrip (g_strdup (title));
  if (*clean == '\0')
    {
      /* Translators: %s is what could not be done (“Could not save the annotation”) */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: the title is empty"), what);
      return NULL;
    }

  return g_steal_pointer (&clean);
}

static gint64
create_story (PxPgStore   *self,
              const char  *title,
              gboolean     provisional,
              GError     **error)
{
  const char *what = _("Could not create the story");
  g_autoptr(JsonObject) op = NULL;
  g_autofree char *clean = NULL;
  gint64 id;

  g_return_val_if_fail (PX_IS_PG_STORE (self), 0);

  if ((clean = clean_title (title, what, error)) == NULL)
    return 0;

  op = new_write (self, "create-story");
  id = add_new_id (op);
  json_object_set_string_member (op, "title", clean);
  if (provisional)
    json_object_set_boolean_member (op, "provisional", TRUE);

  return run_write (self, op, NULL, what, error) ? id : 0;
}

gint64
px_pg_store_create_story (PxPgStore   *self,
                          const char  *title,
                          GError     **error)
{
  return create_story (self, title, FALSE, error);
}

static gboolean
story_write (PxPgStore   *self,
             const char  *kind,
             gint64       story_id,
             const char  *title,
             const char  *what,
             GError     **error)
{
  g_autoptr(JsonObject) op = new_write (self, kind);

  json_object_set_int_member (op, "story", story_id);
  if (title != NULL)
    json_object_set_string_member (op, "title", title);

  return run_write (self, op, NULL, what, error);
}

gboolean
px_pg_store_rename_story (PxPgStore   *self,
                          gint64       story_id,
                          const char  *title,
                          GError     **error)
{
  const char *what = _("Could not rename the story");
  g_autofree char *clean = NULL;

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  if ((clean = clean_title (title, what, error)) == NULL)
    return FALSE;

  return story_write (self, "rename-story", story_id, clean, what, error);
}

gboolean
px_pg_store_delete_story (PxPgStore  *self,
                          gint64      story_id,
                          GError    **error)
{
  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  return story_write (self, "delete-story", story_id, NULL, _("Could not move the story to the trash"), error);
}

gboolean
px_pg_store_restore_story (PxPgStore  *self,
                           gint64      story_id,
                           GError    **error)
{
  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  return story_write (self, "restore-story", story_id, NULL, _("Could not restore the story"), error);
}

#define STORY_COLUMNS \
  "SELECT s.id, s.title, " \
  "  (SELECT count (*) FROM sources WHERE story_id = s.id AND deleted_at IS NULL AND error IS NULL), " \
  "  (SELECT count (*) FROM annotations a WHERE a.story_id = s.id AND a.deleted_at IS NULL " \
  "     AND " LIVE_TARGET "), " \
  "  " PX_PG_TIME ("s.created_at") ", " PX_PG_TIME ("s.updated_at") ", " PX_PG_TIME ("s.deleted_at") ", " \
  "  s.title_provisional, " \
  "  (SELECT count (*) FROM sources WHERE story_id = s.id AND deleted_at IS NULL AND error IS NOT NULL) " \
  "FROM stories s "

static char *
value_dup (PGresult *result,
           int       row,
           int       column)
{
  return PQgetisnull (result, row, column) ? NULL : g_strdup (PQgetvalue (result, row, column));
}

static gint64
value_int (PGresult *result,
           int       row,
           int       column)
{
  return g_ascii_strtoll (PQgetvalue (result, row, column), NULL, 10);
}

/* Fails with NOT_FOUND unless story @id exists (in the trash or not). */
static gboolean
require_story (PxPgStore   *self,
               const char  *id,
               const char  *what,
               GError     **error)
{
  g_autoptr(PGresult) result = query_row (self, "SELECT 1 FROM stories WHERE id = $1", id, _("story"), what, error);

  return result != NULL;
}

static PxStoryInfo *
story_from_row (PGresult *result,
                int       row)
{
  PxStoryInfo *story = g_new0 (PxStoryInfo, 1);

  story->id = value_int (result, row, 0);
  story->title = value_dup (result, row, 1);
  story->n_sources = value_int (result, row, 2);
  story->n_annotations = value_int (result, row, 3);
  story->created_at = value_dup (result, row, 4);
  story->updated_at = value_dup (result, row, 5);
  story->deleted_at = value_dup (result, row, 6);
  story->title_provisional = g_strcmp0 (PQgetvalue (result, row, 7), "t") == 0;
  story->n_failed = value_int (result, row, 8);
  return story;
}

PxStoryInfo *
px_pg_store_get_story (PxPgStore  *self,
                       gint64      story_id,
                       GError    **error)
{
  const char *what = _("Could not read the story");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, story_id);
  g_autoptr(PGresult) result = NULL;

  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((result = query_row (self, STORY_COLUMNS "WHERE s.id = $1", id, _("story"), what, error)) == NULL)
    return NULL;

  return story_from_row (result, 0);
}

GPtrArray *
px_pg_store_list_stories (PxPgStore  *self,
                          gboolean    include_deleted,
                          GError    **error)
{
  const char *what = _("Could not list the stories");
  g_autoptr(GRecMutexLocker) locker = NULL;
  const char *params[] = { include_deleted ? "t" : "f" };
  g_autoptr(PGresult) result = NULL;
  GPtrArray *stories;

  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((result = query (self, STORY_COLUMNS "WHERE $1 OR s.deleted_at IS NULL ORDER BY s.updated_at DESC, s.id",
                       1, params, what, error)) == NULL)
    return NULL;

  stories = g_ptr_array_new_with_free_func ((GDestroyNotify) px_story_info_free);
  for (int i = 0; i < PQntuples (result); i++)
    g_ptr_array_add (stories, story_from_row (result, i));
  return stories;
}

/* Sources */

static void
remember_text (PxPgStore  *self,
               gint64      source_id,
               gint64      story_id,
               gint64      version_id,
               const char *text)
{
  SourceText *entry = g_new0 (SourceText, 1);

  entry->story_id = story_id;
  entry->version_id = version_id;
  entry->text = g_strdup (text);
  g_hash_table_replace (self->texts, g_memdup2 (&source_id, sizeof source_id), entry);
}

static void
remember_version (PxPgStore *self,
                  gint64     annotation_id,
                  guint      row_version)
{
  g_rec_mutex_lock (&self->lock);
  g_hash_table_replace (self->known_versions, g_memdup2 (&annotation_id, sizeof annotation_id),
                        GUINT_TO_POINTER (row_version));
  g_rec_mutex_unlock (&self->lock);
}

gint64
px_pg_store_add_source (PxPgStore         *self,
                        gint64             story_id,
                        const PxArticle   *article,
                        const PxSnapshot  *snapshot,
                        GError           **error)
{
  g_autofree char *what = NULL;
  g_autoptr(JsonObject) op = NULL;
  g_autofree char *fetched_at = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *body64 = NULL;
  g_autofree char *version_uuid = NULL;
  g_autoptr(GBytes) body = NULL;
  gint64 version_id;
  gint64 id;

  g_return_val_if_fail (PX_IS_PG_STORE (self), 0);
  g_return_val_if_fail (article != NULL, 0);

  /* Translators: %s is a file or web address, %lld a story’s number */
  what = g_strdup_printf (_("Could not store “%s” in story %lld"), article->input, (long long) story_id);
  if (!_px_library_check_article (article, what, error))
    return 0;

  fetched_at = _px_library_fetched_at (snapshot);
  body = _px_library_version_body (article, snapshot, &sha256);
  body64 = g_base64_encode (g_bytes_get_data (body, NULL), g_bytes_get_size (body));
  version_uuid = _px_pg_new_uuid (&version_id);

  op = new_write (self, "add-source");
  id = add_new_id (op);
  json_object_set_int_member (op, "story", story_id);
  json_object_set_int_member (op, "version-id", version_id);
  json_object_set_string_member (op, "input", article->input);
  json_object_set_string_member (op, "outlet", article->outlet);
  json_object_set_string_member (op, "title", article->title);
  json_object_set_string_member (op, "byline", article->byline);
  json_object_set_string_member (op, "published", article->published);
  json_object_set_string_member (op, "url", article->url);
  json_object_set_string_member (op, "language", article->language);
  json_object_set_string_member (op, "fetched-at", fetched_at);
  json_object_set_string_member (op, "sha256", sha256);
  json_object_set_string_member (op, "content-type", snapshot != NULL ? snapshot->content_type : "text/plain");
  json_object_set_string_member (op, "final-url", snapshot != NULL ? snapshot->final_url : NULL);
  json_object_set_string_member (op, "body", body64);
  json_object_set_string_member (op, "text", article->text);
  if (article->charset != NULL)
    {
      json_object_set_string_member (op, "charset", article->charset);
      json_object_set_string_member (op, "charset-from", px_charset_from_to_string (article->charset_from));
      json_object_set_int_member (op, "charset-replaced", article->n_replaced);
    }
  /* absent in writes queued before team library version 5: NULL, unknown */
  if (article->updated != NULL)
    json_object_set_string_member (op, "updated", article->updated);

  if (!run_write (self, op, NULL, what, error))
    return 0;

  g_rec_mutex_lock (&self->lock);
  remember_text (self, id, story_id, version_id, article->text);
  g_rec_mutex_unlock (&self->lock);
  return id;
}

/* @join: "JOIN" for loaded sources only, "LEFT JOIN" for failed ones too. */
#define SOURCE_COLUMNS_JOIN(join) \
  "SELECT s.id, s.story_id, s.position, s.input, s.outlet, s.title, s.byline, s.published, s.url, " \
  "  s.language, v.id, v.number, (SELECT count (*) FROM source_versions WHERE source_id = s.id), " \
  "  v.fetched_at, v.checked_at, v.sha256, v.content_type, v.final_url, v.text, " \
  "  " PX_PG_TIME ("s.deleted_at") ", s.error, " PX_PG_TIME ("s.failed_at") ", " \
  "  v.charset, v.charset_from, v.charset_replaced, v.updated, " \
  "  s.error_kind, s.page_outlet, s.page_title, s.page_byline, s.page_published, s.page_updated, s.page_url, " \
  "  s.error_words " \
  "FROM sources s " join " LATERAL (SELECT * FROM source_versions WHERE source_id = s.id " \
  "                             ORDER BY number DESC LIMIT 1) v ON TRUE "
#define SOURCE_COLUMNS SOURCE_COLUMNS_JOIN ("JOIN")
#define ANY_SOURCE_COLUMNS SOURCE_COLUMNS_JOIN ("LEFT JOIN")

static PxSourceRecord *
source_from_row (PxPgStore *self,
                 PGresult  *result,
                 int        row)
{
  PxSourceRecord *source = g_new0 (PxSourceRecord, 1);

  source->id = value_int (result, row, 0);
  source->story_id = value_int (result, row, 1);
  source->position = value_int (result, row, 2);
  source->input = value_dup (result, row, 3);
  source->outlet = value_dup (result, row, 4);
  source->title = value_dup (result, row, 5);
  source->byline = value_dup (result, row, 6);
  source->published = value_dup (result, row, 7);
  source->url = value_dup (result, row, 8);
  source->language = value_dup (result, row, 9);
  source->version_id = value_int (result, row, 10);
  source->version = value_int (result, row, 11);
  source->n_versions = value_int (result, row, 12);
  source->fetched_at = value_dup (result, row, 13);
  source->checked_at = value_dup (result, row, 14);
  source->sha256 = value_dup (result, row, 15);
  source->content_type = value_dup (result, row, 16);
  source->final_url = value_dup (result, row, 17);
  source->text = value_dup (result, row, 18);
  source->deleted_at = value_dup (result, row, 19);
  source->error = value_dup (result, row, 20);
  source->failed_at = value_dup (result, row, 21);
  px_source_record_take_charset (source, value_dup (result, row, 22), PQgetvalue (result, row, 23),
                                 value_int (result, row, 24));
  source->updated = value_dup (result, row, 25);
  /* What failed and what the page said of itself, beside an error only:
   * an older client failing or loading the source leaves them as they
   * were. */
  if (source->error != NULL)
    {
      source->error_kind = value_dup (result, row, 26);
      source->error_words = value_dup (result, row, 33);
      for (int i = 27; source->page == NULL && i <= 32; i++)
        if (!PQgetisnull (result, row, i))
          {
            source->page = px_article_new (source->input);
            source->page->outlet = value_dup (result, row, 27);
            source->page->title = value_dup (result, row, 28);
            source->page->byline = value_dup (result, row, 29);
            source->page->published = value_dup (result, row, 30);
            source->page->updated = value_dup (result, row, 31);
            source->page->url = value_dup (result, row, 32);
          }
    }

  if (source->version_id > 0)
    remember_text (self, source->id, source->story_id, source->version_id, source->text);
  return source;
}

PxSourceRecord *
px_pg_store_get_source (PxPgStore  *self,
                        gint64      source_id,
                        GError    **error)
{
  const char *what = _("Could not read the source");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, source_id);
  g_autoptr(PGresult) result = NULL;

  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((result = query_row (self, ANY_SOURCE_COLUMNS "WHERE s.id = $1", id, _("source"), what, error)) == NULL)
    return NULL;

  return source_from_row (self, result, 0);
}

/* The story's sources @sql lists (columns, then "WHERE ... ORDER BY"),
 * $1 its id.
 */
static GPtrArray *
list_sources (PxPgStore   *self,
              gint64       story_id,
              const char  *sql,
              GError     **error)
{
  const char *what = _("Could not list the story's sources");
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, story_id);
  const char *params[] = { id };
  g_autoptr(PGresult) result = NULL;
  GPtrArray *sources;

  if (!require_story (self, id, what, error) || (result = query (self, sql, 1, params, what, error)) == NULL)
    return NULL;

  sources = g_ptr_array_new_with_free_func ((GDestroyNotify) px_source_record_free);
  for (int i = 0; i < PQntuples (result); i++)
    g_ptr_array_add (sources, source_from_row (self, result, i));
  return sources;
}

GPtrArray *
px_pg_store_list_sources (PxPgStore  *self,
                          gint64      story_id,
                          GError    **error)
{
  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);

  return list_sources (self, story_id,
                       SOURCE_COLUMNS "WHERE s.story_id = $1 AND s.deleted_at IS NULL ORDER BY s.position, s.id",
                       error);
}

GPtrArray *
px_pg_store_list_failed_sources (PxPgStore  *self,
                                 gint64      story_id,
                                 GError    **error)
{
  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);

  return list_sources (self, story_id,
                       ANY_SOURCE_COLUMNS "WHERE s.story_id = $1 AND s.deleted_at IS NULL AND v.id IS NULL "
                       "ORDER BY s.position, s.id",
                       error);
}

static gboolean
utf8_or_null (const char *text)
{
  return text == NULL || g_utf8_validate (text, -1, NULL);
}

/* What a page says of itself is kept to this many characters a field, as
 * the local library keeps it. */
#define PAGE_FIELD_MAX_CHARS 1000

static void
set_page_field (JsonObject *object,
                const char *name,
                const char *text)
{
  if (text == NULL)
    return;
  if (g_utf8_strlen (text, PAGE_FIELD_MAX_CHARS * 4 + 4) > PAGE_FIELD_MAX_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, PAGE_FIELD_MAX_CHARS);

      json_object_set_string_member (object, name, cut);
      return;
    }
  json_object_set_string_member (object, name, text);
}

gint64
px_pg_store_keep_failed_source (PxPgStore   *self,
                                gint64       story_id,
                                gint64       source_id,
                                const char  *input,
                                const char  *outlet,
                                const char  *message,
                                GError     **error)
{
  return px_pg_store_keep_failed_source_full (self, story_id, source_id, input, outlet, message, NULL, NULL, NULL,
                                              error);
}

/* As px_store_keep_failed_source_full(): what failed (@error_kind), its
 * words (@error_words) and what the page said about itself (@page) are kept with the reason, each
 * of the page's fields cut at PAGE_FIELD_MAX_CHARS characters.
 */
gint64
px_pg_store_keep_failed_source_full (PxPgStore        *self,
                                     gint64            story_id,
                                     gint64            source_id,
                                     const char       *input,
                                     const char       *outlet,
                                     const char       *message,
                                     const char       *error_kind,
                                     const char       *error_words,
                                     const PxArticle  *page,
                                     GError          **error)
{
  g_autofree char *what = NULL;
  g_autoptr(JsonObject) op = NULL;
  gint64 id = source_id;

  g_return_val_if_fail (PX_IS_PG_STORE (self), 0);
  g_return_val_if_fail (input != NULL && message != NULL, 0);

  /* Translators: %s is a file or web address, %lld a story’s number */
  what = g_strdup_printf (_("Could not keep “%s” in story %lld"), input, (long long) story_id);
  if (!g_utf8_validate (input, -1, NULL) || !g_utf8_validate (message, -1, NULL) || !utf8_or_null (outlet)
      || !utf8_or_null (error_kind) || !utf8_or_null (error_words)
      || (page != NULL && (!utf8_or_null (page->outlet) || !utf8_or_null (page->title) || !utf8_or_null (page->byline)
                           || !utf8_or_null (page->published) || !utf8_or_null (page->updated)
                           || !utf8_or_null (page->url))))
    {
      /* Translators: %s is what could not be done (“Could not save the annotation”) */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: the text is not valid UTF-8"), what);
      return 0;
    }

  op = new_write (self, "keep-failed-source");
  if (source_id > 0)
    json_object_set_int_member (op, "source", source_id);
  else
    id = add_new_id (op);
  json_object_set_int_member (op, "story", story_id);
  json_object_set_string_member (op, "input", input);
  json_object_set_string_member (op, "outlet", outlet);
  json_object_set_string_member (op, "error", message);
  if (error_kind != NULL)
    json_object_set_string_member (op, "error-kind", error_kind);
  if (error_words != NULL)
    json_object_set_string_member (op, "error-words", error_words);
  if (page != NULL)
    {
      JsonObject *said = json_object_new ();

      set_page_field (said, "outlet", page->outlet);
      set_page_field (said, "title", page->title);
      set_page_field (said, "byline", page->byline);
      set_page_field (said, "published", page->published);
      set_page_field (said, "updated", page->updated);
      set_page_field (said, "url", page->url);
      json_object_set_object_member (op, "page", said);
    }

  if (!run_write (self, op, NULL, what, error))
    return 0;
  return id;
}

gboolean
px_pg_store_delete_source (PxPgStore  *self,
                           gint64      source_id,
                           GError    **error)
{
  g_autoptr(JsonObject) op = NULL;

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  op = new_write (self, "delete-source");
  json_object_set_int_member (op, "source", source_id);
  return run_write (self, op, NULL, _("Could not move the source to the trash"), error);
}

GBytes *
px_pg_store_get_version_body (PxPgStore  *self,
                              gint64      version_id,
                              GError    **error)
{
  const char *what = _("Could not read the page as it was fetched");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, version_id);
  g_autoptr(PGresult) result = NULL;
  g_autofree guchar *body = NULL;
  size_t length = 0;
  guchar *unescaped;

  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((result = query_row (self, "SELECT body FROM source_versions WHERE id = $1", id, _("version"), what, error)) == NULL)
    return NULL;

  unescaped = PQunescapeBytea ((const unsigned char *) PQgetvalue (result, 0, 0), &length);
  if (unescaped == NULL)
    {
      /* Translators: %s is what could not be done (“Could not save the annotation”) */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED, _("%s: out of memory"), what);
      return NULL;
    }
  body = g_memdup2 (unescaped, length);
  PQfreemem (unescaped);
  return g_bytes_new_take (g_steal_pointer (&body), length);
}

/* Annotations */

/* The source's text as last read, reading it when it was not. */
static const SourceText *
lookup_text (PxPgStore   *self,
             gint64       source_id,
             const char  *what,
             GError     **error)
{
  const SourceText *text = g_hash_table_lookup (self->texts, &source_id);
  g_autoptr(PxSourceRecord) source = NULL;

  if (text != NULL)
    return text;

  if ((source = px_pg_store_get_source (self, source_id, error)) == NULL)
    return NULL;
  if (source->deleted_at != NULL || source->version_id == 0)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, source_id);

      set_not_found (error, what, _("source"), id);
      return NULL;
    }

  return g_hash_table_lookup (self->texts, &source_id);
}

gint64
px_pg_store_create_annotation (PxPgStore           *self,
                               gint64               story_id,
                               const PxTargetSpec  *targets,
                               guint                n_targets,
                               PxVerdict            verdict,
                               const char          *note,
                               GError             **error)
{
  const char *what = _("Could not save the annotation");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(JsonObject) op = NULL;
  JsonArray *array;
  gint64 id;

  g_return_val_if_fail (PX_IS_PG_STORE (self), 0);

  if (!_px_library_check_annotation (n_targets, verdict, note, what, error))
    return 0;

  locker = g_rec_mutex_locker_new (&self->lock);
  op = new_write (self, "create-annotation");
  id = add_new_id (op);
  json_object_set_int_member (op, "story", story_id);
  json_object_set_string_member (op, "verdict", px_verdict_to_string (verdict));
  json_object_set_string_member (op, "note", note != NULL ? note : "");
  array = json_array_new ();
  json_object_set_array_member (op, "targets", array);

  for (guint i = 0; i < n_targets; i++)
    {
      const PxTargetSpec *spec = &targets[i];
      const SourceText *text = NULL;
      g_autoptr(PxTextSelector) selector = NULL;
      g_autoptr(GError) anchor_error = NULL;
      g_autoptr(JsonObject) target = json_object_new ();
      g_autofree char *target_uuid = NULL;
      gint64 target_id;

      if ((text = lookup_text (self, spec->source_id, what, error)) == NULL)
        return 0;
      if (text->story_id != story_id)
        {
          /* Translators: the first %s is what could not be done (“Could not save the annotation”), then a
           * source’s number and a story’s number */
          g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND, _("%s: source %lld is not in story %lld"),
                       what, (long long) spec->source_id, (long long) story_id);
          return 0;
        }

      if (spec->quote != NULL)
        selector = px_anchor_select_quote (text->text, spec->quote, spec->prefix, spec->suffix, &anchor_error);
      else
        selector = px_anchor_select_range (text->text, spec->start, spec->end, &anchor_error);
      if (selector == NULL)
        {
          int code = PX_STORE_ERROR_INVALID;

          if (g_error_matches (anchor_error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_NOT_FOUND))
            code = PX_STORE_ERROR_QUOTE_NOT_FOUND;
          else if (g_error_matches (anchor_error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_AMBIGUOUS))
            code = PX_STORE_ERROR_QUOTE_AMBIGUOUS;
          /* Translators: the first %s is what could not be done (“Could not save the annotation”), %lld a
           * source’s number, the last %s why its passage was not found */
          g_set_error (error, PX_STORE_ERROR, code, _("%s: source %lld: %s"),
                       what, (long long) spec->source_id, anchor_error->message);
          return 0;
        }

      target_uuid = _px_pg_new_uuid (&target_id);
      json_object_set_int_member (target, "id", target_id);
      json_object_set_int_member (target, "source", spec->source_id);
      json_object_set_int_member (target, "version", text->version_id);
      json_object_set_string_member (target, "exact", selector->exact);
      json_object_set_string_member (target, "prefix", selector->prefix);
      json_object_set_string_member (target, "suffix", selector->suffix);
      json_object_set_int_member (target, "start", selector->start);
      json_object_set_int_member (target, "end", selector->end);
      json_array_add_object_element (array, g_steal_pointer (&target));
    }

  return run_write (self, op, NULL, what, error) ? id : 0;
}

#define ANNOTATION_COLUMNS \
  "SELECT a.id, a.story_id, a.verdict, a.state, a.note, " PX_PG_TIME ("a.created_at") ", " \
  "  " PX_PG_TIME ("a.updated_at") ", " PX_PG_TIME ("a.deleted_at") ", a.created_by, a.updated_by, " \
  "  a.reviewed_by, " PX_PG_TIME ("a.reviewed_at") ", a.row_version " \
  "FROM annotations a "

#define TARGET_COLUMNS \
  "SELECT t.annotation_id, t.id, t.source_id, t.version_id, t.exact, t.prefix, t.suffix, " \
  "  t.position_start, t.position_end, t.state, t.confidence " \
  "FROM annotation_targets t JOIN annotations a ON a.id = t.annotation_id "

static GPtrArray *
read_annotations (PxPgStore   *self,
                  const char  *where,
                  const char  *id,
                  gboolean     include_deleted,
                  const char  *what,
                  GError     **error)
{
  g_autofree char *annotation_sql = g_strconcat (ANNOTATION_COLUMNS, where, " ORDER BY a.created_at, a.id", NULL);
  g_autofree char *target_sql = g_strconcat (TARGET_COLUMNS, where, " ORDER BY t.annotation_id, t.ordinal, t.id",
                                             NULL);
  const char *params[] = { id, include_deleted ? "t" : "f" };
  g_autoptr(PGresult) result = NULL;
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func ((GDestroyNotify) px_annotation_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  if ((result = query (self, annotation_sql, 2, params, what, error)) == NULL)
    return NULL;

  for (int i = 0; i < PQntuples (result); i++)
    {
      PxAnnotation *annotation = g_new0 (PxAnnotation, 1);

      annotation->id = value_int (result, i, 0);
      annotation->story_id = value_int (result, i, 1);
      px_verdict_from_string (PQgetvalue (result, i, 2), &annotation->verdict);
      px_annotation_state_from_string (PQgetvalue (result, i, 3), &annotation->state);
      annotation->note = value_dup (result, i, 4);
      annotation->created_at = value_dup (result, i, 5);
      annotation->updated_at = value_dup (result, i, 6);
      annotation->deleted_at = value_dup (result, i, 7);
      annotation->author = value_dup (result, i, 8);
      annotation->updated_by = value_dup (result, i, 9);
      annotation->reviewed_by = value_dup (result, i, 10);
      annotation->reviewed_at = value_dup (result, i, 11);
      annotation->row_version = value_int (result, i, 12);
      remember_version (self, annotation->id, annotation->row_version);
      annotation->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) px_annotation_target_free);
      g_ptr_array_add (annotations, annotation);
      g_hash_table_insert (by_id, &annotation->id, annotation);
    }
  g_clear_pointer (&result, PQclear);

  if ((result = query (self, target_sql, 2, params, what, error)) == NULL)
    return NULL;

  for (int i = 0; i < PQntuples (result); i++)
    {
      gint64 annotation_id = value_int (result, i, 0);
      PxAnnotation *annotation = g_hash_table_lookup (by_id, &annotation_id);
      PxAnnotationTarget *target;

      if (annotation == NULL)
        continue;
      target = g_new0 (PxAnnotationTarget, 1);
      target->id = value_int (result, i, 1);
      target->source_id = value_int (result, i, 2);
      target->version_id = value_int (result, i, 3);
      target->selector = px_text_selector_new (PQgetvalue (result, i, 4), PQgetvalue (result, i, 5),
                                               PQgetvalue (result, i, 6), value_int (result, i, 7),
                                               value_int (result, i, 8));
      px_annotation_state_from_string (PQgetvalue (result, i, 9), &target->state);
      target->confidence = g_ascii_strtod (PQgetvalue (result, i, 10), NULL);
      g_ptr_array_add (annotation->targets, target);
    }

  return g_steal_pointer (&annotations);
}

PxAnnotation *
px_pg_store_get_annotation (PxPgStore  *self,
                            gint64      annotation_id,
                            GError    **error)
{
  const char *what = _("Could not read the annotation");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, annotation_id);
  g_autoptr(GPtrArray) annotations = NULL;

  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((annotations = read_annotations (self, "WHERE a.id = $1 AND ($2 OR TRUE)", id, TRUE, what, error)) == NULL)
    return NULL;
  if (annotations->len == 0)
    {
      set_not_found (error, what, _("annotation"), id);
      return NULL;
    }

  return g_ptr_array_steal_index (annotations, 0);
}

GPtrArray *
px_pg_store_list_annotations (PxPgStore  *self,
                              gint64      story_id,
                              gboolean    include_deleted,
                              GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, story_id);

  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!require_story (self, id, _("Could not list the annotations"), error))
    return NULL;
  return read_annotations (self, "WHERE a.story_id = $1 AND ($2 OR (a.deleted_at IS NULL AND " LIVE_TARGET "))", id,
                           include_deleted, _("Could not list the annotations"), error);
}

GPtrArray *
px_pg_store_read_annotations (PxPgStore     *self,
                              const gint64  *annotation_ids,
                              guint          n_ids,
                              GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GString) ids = g_string_new ("{");

  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);
  g_return_val_if_fail (annotation_ids != NULL || n_ids == 0, NULL);

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", annotation_ids[i]);
  g_string_append_c (ids, '}');

  locker = g_rec_mutex_locker_new (&self->lock);
  /* Those px_pg_store_list_annotations() would list, among them. */
  return read_annotations (self, "WHERE a.id = ANY ($1::bigint[]) AND ($2 OR (a.deleted_at IS NULL AND " LIVE_TARGET "))",
                           ids->str, FALSE, _("Could not read the annotations"), error);
}

gboolean
px_pg_store_save_annotation (PxPgStore   *self,
                             gint64       annotation_id,
                             guint        row_version,
                             PxVerdict    verdict,
                             const char  *note,
                             guint       *new_version,
                             GError     **error)
{
  const char *what = _("Could not save the annotation");
  g_autoptr(JsonObject) op = NULL;
  gint64 result_value = 0;

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  if (!_px_library_check_verdict (verdict, what, error) || !_px_library_check_note (note, what, error))
    return FALSE;

  op = new_write (self, "save-annotation");
  json_object_set_int_member (op, "annotation", annotation_id);
  json_object_set_int_member (op, "row-version", row_version);
  json_object_set_string_member (op, "verdict", px_verdict_to_string (verdict));
  json_object_set_string_member (op, "note", note != NULL ? note : "");

  if (!run_write (self, op, &result_value, what, error))
    return FALSE;
  if (result_value > 0)
    remember_version (self, annotation_id, result_value);
  if (new_version != NULL)
    *new_version = result_value;
  return TRUE;
}

gboolean
px_pg_store_set_annotation_reviewed (PxPgStore  *self,
                                     gint64      annotation_id,
                                     gboolean    reviewed,
                                     GError    **error)
{
  g_autoptr(JsonObject) op = NULL;

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  op = new_write (self, "review-annotation");
  json_object_set_int_member (op, "annotation", annotation_id);
  json_object_set_boolean_member (op, "reviewed", reviewed);
  return run_write (self, op, NULL, _("Could not mark the verdict reviewed"), error);
}

gboolean
px_pg_store_delete_annotation (PxPgStore  *self,
                               gint64      annotation_id,
                               GError    **error)
{
  g_autoptr(JsonObject) op = NULL;

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  op = new_write (self, "delete-annotation");
  json_object_set_int_member (op, "annotation", annotation_id);
  return run_write (self, op, NULL, _("Could not move the annotation to the trash"), error);
}

/* Search */

/* Splits what the user typed into the words and "quoted phrases" for
 * websearch_to_tsquery() and the last bare word, which may be the start of
 * a longer word (a tsquery prefix, quoted so that it cannot be a syntax
 * error); NULL when it is not there.
 */
static char *
split_prefix (const char  *text,
              char       **rest)
{
  g_autofree char *copy = g_strdup (text);
  char *end = copy + strlen (copy);
  char *start;
  int quotes = 0;
  GString *prefix;

  for (const char *p = copy; *p != '\0'; p++)
    quotes += *p == '"';

  if (end == copy || g_ascii_isspace (end[-1]) || quotes % 2 == 1 || end[-1] == '"')
    {
      *rest = g_steal_pointer (&copy);
      return NULL;
    }

  start = end;
  while (start > copy && !g_ascii_isspace (start[-1]) && start[-1] != '"')
    start--;

  prefix = g_string_new ("'");
  for (const char *p = start; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (prefix, *p);
      g_string_append_c (prefix, *p);
    }
  g_string_append (prefix, "':*");

  *start = '\0';
  *rest = g_steal_pointer (&copy);
  return g_string_free (prefix, FALSE);
}

GPtrArray *
px_pg_store_search (PxPgStore   *self,
                    const char  *query_text,
                    guint        limit,
                    GError     **error)
{
  const char *what = _("Could not search the library");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *limit_text = NULL;
  g_autoptr(PGresult) result = NULL;
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) px_search_hit_free);
  const char *params[3];

  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);
  g_return_val_if_fail (query_text != NULL, NULL);

  if (!g_utf8_validate (query_text, -1, NULL) || strlen (query_text) > MAX_QUERY_BYTES)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                   /* Translators: %s is what could not be done (“Could not save the annotation”) */
                   _("%s: the search is not valid text or is too long"), what);
      return NULL;
    }

  prefix = split_prefix (query_text, &rest);
  limit_text = g_strdup_printf ("%u", limit > 0 ? limit : 50);
  params[0] = rest;
  params[1] = prefix;
  params[2] = limit_text;

  locker = g_rec_mutex_locker_new (&self->lock);
  /* A query of stop words alone matches nothing rather than everything. */
  if ((result = query (self,
                       "WITH q AS (SELECT CASE WHEN $2::text IS NULL THEN websearch_to_tsquery ('english', $1) "
                       "                  WHEN $1 ~ '\\w' THEN websearch_to_tsquery ('english', $1) "
                       "                       && to_tsquery ('english', $2) "
                       "                  ELSE to_tsquery ('english', $2) END AS q) "
                       "SELECT * FROM ("
                       "  SELECT 0, s.story_id, st.title, s.id, 0::bigint, s.title, s.outlet, "
                       "    ts_headline ('english', v.text, q.q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6'), "
                       "    ts_rank (s.search, q.q) AS rank, "
                       "    (SELECT count (*) + 1 FROM sources o WHERE o.story_id = s.story_id "
                       "     AND o.deleted_at IS NULL AND o.outlet = s.outlet AND o.position < s.position) "
                       "  FROM q, sources s JOIN stories st ON st.id = s.story_id "
                       "    JOIN LATERAL (SELECT text FROM source_versions WHERE source_id = s.id "
                       "                  ORDER BY number DESC LIMIT 1) v ON TRUE "
                       "  WHERE numnode (q.q) > 0 AND s.search @@ q.q AND s.deleted_at IS NULL "
                       "    AND st.deleted_at IS NULL "
                       "  UNION ALL "
                       "  SELECT 1, a.story_id, st.title, "
                       "    (SELECT t.source_id FROM annotation_targets t WHERE t.annotation_id = a.id "
                       "     ORDER BY t.ordinal, t.id LIMIT 1), a.id, a.verdict, NULL, "
                       "    ts_headline ('english', a.note, q.q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6'), "
                       "    ts_rank (a.search, q.q), 1 "
                       "  FROM q, annotations a JOIN stories st ON st.id = a.story_id "
                       "  WHERE numnode (q.q) > 0 AND a.search @@ q.q AND a.deleted_at IS NULL "
                       "    AND st.deleted_at IS NULL"
                       ") hits ORDER BY rank DESC LIMIT $3::integer",
                       3, params, what, error)) == NULL)
    return NULL;

  for (int i = 0; i < PQntuples (result); i++)
    {
      PxSearchHit *hit = g_new0 (PxSearchHit, 1);

      hit->kind = value_int (result, i, 0) == 0 ? PX_SEARCH_HIT_ARTICLE : PX_SEARCH_HIT_NOTE;
      hit->story_id = value_int (result, i, 1);
      hit->story_title = value_dup (result, i, 2);
      hit->source_id = PQgetisnull (result, i, 3) ? 0 : value_int (result, i, 3);
      hit->annotation_id = value_int (result, i, 4);
      hit->title = value_dup (result, i, 5);
      hit->outlet = value_dup (result, i, 6);
      hit->snippet = value_dup (result, i, 7);
      hit->score = g_ascii_strtod (PQgetvalue (result, i, 8), NULL);
      hit->outlet_number = value_int (result, i, 9);
      g_ptr_array_add (hits, hit);
    }

  return g_steal_pointer (&hits);
}

/* What PxStore offers too */

static gboolean
source_write (PxPgStore   *self,
              const char  *kind,
              gint64       source_id,
              guint        position,
              const char  *what,
              GError     **error)
{
  g_autoptr(JsonObject) op = new_write (self, kind);

  json_object_set_int_member (op, "source", source_id);
  json_object_set_int_member (op, "position", position);
  return run_write (self, op, NULL, what, error);
}

gboolean
px_pg_store_move_source (PxPgStore  *self,
                         gint64      source_id,
                         guint       position,
                         GError    **error)
{
  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  return source_write (self, "move-source", source_id, position, _("Could not move the source"), error);
}

gboolean
px_pg_store_rename_source (PxPgStore   *self,
                           gint64       source_id,
                           const char  *outlet,
                           GError     **error)
{
  g_autoptr(JsonObject) op = new_write (self, "rename-source");

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);
  g_return_val_if_fail (outlet != NULL, FALSE);

  json_object_set_int_member (op, "source", source_id);
  json_object_set_string_member (op, "outlet", outlet);
  return run_write (self, op, NULL, _("Could not rename the outlet"), error);
}

gboolean
px_pg_store_restore_source (PxPgStore  *self,
                            gint64      source_id,
                            GError    **error)
{
  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  return source_write (self, "restore-source", source_id, 0, _("Could not restore the source"), error);
}

/* A save of some of an annotation's fields (NULL: unchanged), made from
 * the row version this store last read of it.
 */
static gboolean
save_fields (PxPgStore   *self,
             gint64       annotation_id,
             const char  *verdict,
             const char  *note,
             const char  *state,
             const char  *what,
             GError     **error)
{
  g_autoptr(JsonObject) op = new_write (self, "save-annotation");
  gint64 new_version = 0;
  guint known;

  g_rec_mutex_lock (&self->lock);
  known = GPOINTER_TO_UINT (g_hash_table_lookup (self->known_versions, &annotation_id));
  g_rec_mutex_unlock (&self->lock);

  json_object_set_int_member (op, "annotation", annotation_id);
  json_object_set_int_member (op, "row-version", known);
  if (verdict != NULL)
    json_object_set_string_member (op, "verdict", verdict);
  if (note != NULL)
    json_object_set_string_member (op, "note", note);
  if (state != NULL)
    json_object_set_string_member (op, "state", state);

  if (!run_write (self, op, &new_version, what, error))
    return FALSE;
  if (new_version > 0)
    remember_version (self, annotation_id, new_version);
  return TRUE;
}

gboolean
px_pg_store_set_annotation_verdict (PxPgStore  *self,
                                    gint64      annotation_id,
                                    PxVerdict   verdict,
                                    GError    **error)
{
  const char *what = _("Could not save the verdict");

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  if (!_px_library_check_verdict (verdict, what, error))
    return FALSE;

  return save_fields (self, annotation_id, px_verdict_to_string (verdict), NULL, NULL, what, error);
}

gboolean
px_pg_store_set_annotation_note (PxPgStore   *self,
                                 gint64       annotation_id,
                                 const char  *note,
                                 GError     **error)
{
  const char *what = _("Could not save the note");

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  if (!_px_library_check_note (note, what, error))
    return FALSE;

  return save_fields (self, annotation_id, NULL, note != NULL ? note : "", NULL, what, error);
}

gboolean
px_pg_store_set_annotation_state (PxPgStore          *self,
                                  gint64              annotation_id,
                                  PxAnnotationState   state,
                                  GError            **error)
{
  const char *what = _("Could not mark the annotation");

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  if ((guint) state > PX_ANNOTATION_STATE_DISMISSED)
    {
      /* Translators: the first %s is what could not be done (“Could not save the annotation”), %d a state’s
       * number */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: unknown state %d"), what, state);
      return FALSE;
    }

  return save_fields (self, annotation_id, NULL, NULL, px_annotation_state_to_string (state), what, error);
}

gboolean
px_pg_store_restore_annotation (PxPgStore  *self,
                                gint64      annotation_id,
                                GError    **error)
{
  g_autoptr(JsonObject) op = NULL;

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  op = new_write (self, "restore-annotation");
  json_object_set_int_member (op, "annotation", annotation_id);
  return run_write (self, op, NULL, _("Could not restore the annotation"), error);
}

gboolean
px_pg_store_move_annotation_target (PxPgStore  *self,
                                    gint64      target_id,
                                    guint       start,
                                    guint       end,
                                    GError    **error)
{
  const char *what = _("Could not move the annotation");
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, target_id);
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PGresult) result = NULL;
  g_autoptr(PxTextSelector) selector = NULL;
  g_autoptr(JsonObject) op = NULL;
  const SourceText *text;

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((result = query_row (self, "SELECT source_id, annotation_id FROM annotation_targets WHERE id = $1", id,
                           _("passage"), what, error)) == NULL)
    return FALSE;
  if ((text = lookup_text (self, value_int (result, 0, 0), what, error)) == NULL
      || (selector = px_anchor_select_range (text->text, start, end, error)) == NULL)
    return FALSE;

  op = new_write (self, "move-target-annotation");
  json_object_set_int_member (op, "target", target_id);
  json_object_set_int_member (op, "annotation", value_int (result, 0, 1));
  json_object_set_int_member (op, "version", text->version_id);
  json_object_set_string_member (op, "exact", selector->exact);
  json_object_set_string_member (op, "prefix", selector->prefix);
  json_object_set_string_member (op, "suffix", selector->suffix);
  json_object_set_int_member (op, "start", selector->start);
  json_object_set_int_member (op, "end", selector->end);
  return run_write (self, op, NULL, what, error);
}

GPtrArray *
px_pg_store_list_source_versions (PxPgStore  *self,
                                  gint64      source_id,
                                  GError    **error)
{
  const char *what = _("Could not list the source's versions");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, source_id);
  const char *params[] = { id };
  g_autoptr(PGresult) result = NULL;
  GPtrArray *versions;

  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((result = query (self,
                       "SELECT id, source_id, number, fetched_at, checked_at, sha256, content_type, final_url, "
                       "  octet_length (body), title, byline, updated "
                       "FROM source_versions WHERE source_id = $1 ORDER BY number",
                       1, params, what, error)) == NULL)
    return NULL;

  versions = g_ptr_array_new_with_free_func ((GDestroyNotify) px_source_version_free);
  for (int i = 0; i < PQntuples (result); i++)
    {
      PxSourceVersion *version = g_new0 (PxSourceVersion, 1);

      version->id = value_int (result, i, 0);
      version->source_id = value_int (result, i, 1);
      version->number = value_int (result, i, 2);
      version->fetched_at = value_dup (result, i, 3);
      version->checked_at = value_dup (result, i, 4);
      version->sha256 = value_dup (result, i, 5);
      version->content_type = value_dup (result, i, 6);
      version->final_url = value_dup (result, i, 7);
      version->body_size = value_int (result, i, 8);
      version->title = value_dup (result, i, 9);
      version->byline = value_dup (result, i, 10);
      version->updated = value_dup (result, i, 11);
      g_ptr_array_add (versions, version);
    }
  return versions;
}

char *
px_pg_store_get_version_text (PxPgStore  *self,
                              gint64      version_id,
                              GError    **error)
{
  const char *what = _("Could not read the text of the version");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, version_id);
  g_autoptr(PGresult) result = NULL;

  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((result = query_row (self, "SELECT text FROM source_versions WHERE id = $1", id, _("version"), what, error)) == NULL)
    return NULL;
  return value_dup (result, 0, 0);
}

gboolean
px_pg_store_purge_deleted_stories (PxPgStore   *self,
                                   GDateTime   *before,
                                   GError     **error)
{
  const char *what = _("Could not empty the trash");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *limit = NULL;
  const char *params[1];
  g_autoptr(PGresult) result = NULL;

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);
  g_return_val_if_fail (before != NULL, FALSE);

  utc = g_date_time_to_utc (before);
  limit = g_date_time_format_iso8601 (utc);
  params[0] = limit;

  /* Online only: the trash is the team's, and emptying it is not undone. */
  locker = g_rec_mutex_locker_new (&self->lock);
  if ((result = query (self, "BEGIN", 0, NULL, what, error)) == NULL)
    return FALSE;
  g_clear_pointer (&result, PQclear);
  if ((result = _px_pg_exec (self->conn,
                             "WITH s AS (DELETE FROM stories WHERE deleted_at < $1::timestamptz), "
                             "  so AS (DELETE FROM sources WHERE deleted_at < $1::timestamptz) "
                             "DELETE FROM annotations WHERE deleted_at < $1::timestamptz",
                             1, params, what, error)) == NULL)
    goto fail;
  g_clear_pointer (&result, PQclear);
  /* An annotation left with no passage at all has nothing to show. */
  if ((result = _px_pg_exec (self->conn,
                             "DELETE FROM annotations a WHERE NOT EXISTS "
                             "  (SELECT 1 FROM annotation_targets WHERE annotation_id = a.id)",
                             0, NULL, what, error)) == NULL)
    goto fail;
  g_clear_pointer (&result, PQclear);
  if ((result = _px_pg_exec (self->conn, "COMMIT", 0, NULL, what, error)) == NULL)
    goto fail;

  queue_changed (self, 0);
  return TRUE;

fail:
  if (self->conn != NULL && PQstatus (self->conn) == CONNECTION_OK
      && PQtransactionStatus (self->conn) != PQTRANS_IDLE)
    PQclear (PQexec (self->conn, "ROLLBACK"));
  return FALSE;
}

gboolean
px_pg_store_poll_changes (PxPgStore  *self,
                          GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PGresult) result = NULL;
  g_autofree char *last = NULL;
  gboolean changed;

  g_return_val_if_fail (PX_IS_PG_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((result = query (self, "SELECT " PX_PG_TIME ("max (applied_at)") " FROM applied_writes", 0, NULL,
                       _("Could not look for changes"), error)) == NULL)
    return FALSE;

  last = value_dup (result, 0, 0);
  changed = g_strcmp0 (last, self->last_change) != 0;
  g_free (self->last_change);
  self->last_change = g_steal_pointer (&last);
  if (changed)
    queue_changed (self, 0);
  return changed;
}

/* Re-anchors every passage on @source_id in @text, the text of version
 * @version_id, inside the caller's transaction.
 */
static gboolean
reanchor_targets (PxPgStore         *self,
                  const char        *source_id,
                  const char        *version_id,
                  const char        *text,
                  PxReanchorReport  *report,
                  const char        *what,
                  GError           **error)
{
  const char *params[] = { source_id };
  g_autoptr(PGresult) targets = NULL;
  g_autoptr(PGresult) states = NULL;

  if ((targets = _px_pg_exec (self->conn,
                              "SELECT id, annotation_id, exact, prefix, suffix, position_start, position_end "
                              "FROM annotation_targets WHERE source_id = $1 ORDER BY id FOR UPDATE",
                              1, params, what, error)) == NULL)
    return FALSE;

  for (int i = 0; i < PQntuples (targets); i++)
    {
      g_autoptr(PxTextSelector) old = px_text_selector_new (PQgetvalue (targets, i, 2), PQgetvalue (targets, i, 3),
                                                            PQgetvalue (targets, i, 4), value_int (targets, i, 5),
                                                            value_int (targets, i, 6));
      g_autofree char *confidence = NULL;
      PxReanchorOutcome outcome = { 0 };
      PxAnchorMatch match;
      g_autoptr(PGresult) result = NULL;

      outcome.target_id = value_int (targets, i, 0);
      outcome.annotation_id = value_int (targets, i, 1);
      outcome.attached = px_anchor_locate (text, old, &match);
      outcome.method = match.method;
      outcome.confidence = match.confidence;
      confidence = g_strdup_printf ("%.6f", match.confidence);

      if (outcome.attached)
        {
          g_autoptr(PxTextSelector) found = px_anchor_select_range (text, match.start, match.end, error);
          g_autofree char *start = NULL;
          g_autofree char *end = NULL;

          if (found == NULL)
            return FALSE;
          start = g_strdup_printf ("%u", found->start);
          end = g_strdup_printf ("%u", found->end);
          {
            const char *attach[] = { PQgetvalue (targets, i, 0), version_id, found->exact, found->prefix,
                                     found->suffix, start, end, confidence };

            result = _px_pg_exec (self->conn,
                                  "UPDATE annotation_targets SET version_id = $2, exact = $3, prefix = $4, "
                                  "  suffix = $5, position_start = $6, position_end = $7, state = 'ok', "
                                  "  confidence = $8 WHERE id = $1",
                                  8, attach, what, error);
          }
        }
      else
        {
          /* The selector stays on the version it was made for. */
          const char *review[] = { PQgetvalue (targets, i, 0), confidence };

          result = _px_pg_exec (self->conn,
                                "UPDATE annotation_targets SET state = 'needs-review', confidence = $2 WHERE id = $1",
                                2, review, what, error);
          report->n_needs_review++;
        }
      if (result == NULL)
        return FALSE;

      g_array_append_val (report->outcomes, outcome);
    }

  states = _px_pg_exec (self->conn,
                        "UPDATE annotations SET state = CASE "
                        "    WHEN EXISTS (SELECT 1 FROM annotation_targets t "
                        "                 WHERE t.annotation_id = annotations.id AND t.state = 'needs-review') "
                        "      THEN 'needs-review' "
                        "    WHEN state = 'needs-review' THEN 'ok' ELSE state END, "
                        "  updated_at = now () "
                        "WHERE id IN (SELECT annotation_id FROM annotation_targets WHERE source_id = $1)",
                        1, params, what, error);
  return states != NULL;
}

PxReanchorReport *
px_pg_store_add_source_version (PxPgStore         *self,
                                gint64             source_id,
                                const PxArticle   *article,
                                const PxSnapshot  *snapshot,
                                GError           **error)
{
  g_autofree char *what = NULL;
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, source_id);
  const char *params[] = { id };
  g_autoptr(PGresult) current = NULL;
  g_autoptr(PGresult) result = NULL;
  g_autoptr(PxReanchorReport) report = NULL;
  g_autofree char *checked_at = NULL;
  g_autofree char *version_uuid = NULL;
  g_autofree char *version_text = NULL;
  g_autofree char *number = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autofree char *sha256 = NULL;
  const char *story;
  gint64 version_id;

  g_return_val_if_fail (PX_IS_PG_STORE (self), NULL);
  g_return_val_if_fail (article != NULL, NULL);

  /* Translators: %lld is a source’s number, %s its file or web address */
  what = g_strdup_printf (_("Could not store the new version of source %lld (“%s”)"),
                          (long long) source_id, article->input);
  if (!_px_library_check_article (article, what, error))
    return NULL;

  checked_at = _px_library_fetched_at (snapshot);
  body = _px_library_version_body (article, snapshot, &sha256);

  /* Online only: re-anchoring reads and changes the team's annotations. */
  locker = g_rec_mutex_locker_new (&self->lock);
  if ((result = query (self, "BEGIN", 0, NULL, what, error)) == NULL)
    return NULL;
  g_clear_pointer (&result, PQclear);

  if ((current = _px_pg_exec (self->conn,
                              "SELECT s.story_id, v.id, v.number, v.text, s.title, s.byline "
                              "FROM sources s LEFT JOIN LATERAL (SELECT * FROM source_versions WHERE source_id = s.id "
                              "  ORDER BY number DESC LIMIT 1) v ON TRUE "
                              "WHERE s.id = $1 AND s.deleted_at IS NULL FOR UPDATE OF s",
                              1, params, what, error)) == NULL)
    goto fail;
  if (PQntuples (current) == 0)
    {
      set_not_found (error, what, _("source"), id);
      goto fail;
    }
  story = PQgetvalue (current, 0, 0);

  report = g_new0 (PxReanchorReport, 1);
  report->source_id = source_id;
  report->outcomes = g_array_new (FALSE, FALSE, sizeof (PxReanchorOutcome));

  /* A source that had failed gets its first version. */
  if (!PQgetisnull (current, 0, 1) && g_str_equal (PQgetvalue (current, 0, 3), article->text)
      && (article->title == NULL || g_strcmp0 (article->title, PQgetvalue (current, 0, 4)) == 0)
      && (article->byline == NULL || g_strcmp0 (article->byline, PQgetvalue (current, 0, 5)) == 0))
    {
      const char *check[] = { PQgetvalue (current, 0, 1), checked_at };

      if ((result = _px_pg_exec (self->conn, "UPDATE source_versions SET checked_at = $2 WHERE id = $1; ",
                                 2, check, what, error)) == NULL)
        goto fail;
      g_clear_pointer (&result, PQclear);
      if ((result = _px_pg_exec (self->conn, "COMMIT", 0, NULL, what, error)) == NULL)
        goto fail;

      report->version_id = value_int (current, 0, 1);
      report->changed = FALSE;
      queue_changed (self, g_ascii_strtoll (story, NULL, 10));
      return g_steal_pointer (&report);
    }

  {
    const char *metadata[] = { id, article->outlet, article->title, article->byline, article->published,
                               article->url, article->language };

    /* Metadata follows the newest fetch; what it lacks is kept. */
    if ((result = _px_pg_exec (self->conn,
                               "UPDATE sources SET outlet = coalesce ($2, outlet), title = coalesce ($3, title), "
                               "  byline = coalesce ($4, byline), published = coalesce ($5, published), "
                               "  url = coalesce ($6, url), language = coalesce ($7, language), "
                               "  error = NULL, failed_at = NULL, error_kind = NULL, page_outlet = NULL, "
                               "  page_title = NULL, page_byline = NULL, page_published = NULL, page_updated = NULL, "
                               "  page_url = NULL, error_words = NULL WHERE id = $1",
                               7, metadata, what, error)) == NULL)
      goto fail;
    g_clear_pointer (&result, PQclear);
  }

  version_uuid = _px_pg_new_uuid (&version_id);
  version_text = g_strdup_printf ("%" G_GINT64_FORMAT, version_id);
  number = g_strdup_printf ("%" G_GINT64_FORMAT, value_int (current, 0, 2) + 1);
  {
    g_autofree char *replaced = article->charset != NULL ? g_strdup_printf ("%u", article->n_replaced) : NULL;
    const char *insert[] = { version_text, id, number, checked_at, sha256,
                             snapshot != NULL ? snapshot->content_type : "text/plain",
                             snapshot != NULL ? snapshot->final_url : NULL, NULL, article->text,
                             article->title, article->byline, article->charset,
                             article->charset != NULL ? px_charset_from_to_string (article->charset_from) : NULL,
                             replaced, article->updated };

    if ((result = _px_pg_exec_binary (self->conn,
                                      "INSERT INTO source_versions (id, source_id, number, fetched_at, checked_at, "
                                      "  sha256, content_type, final_url, body, text, title, byline, charset, "
                                      "  charset_from, charset_replaced, updated) "
                                      "SELECT $1, $2, $3, $4, $4, $5, $6, $7, $8, $9, coalesce ($10, s.title), "
                                      "  coalesce ($11, s.byline), $12, $13, $14::integer, $15 FROM sources s WHERE s.id = $2",
                                      15, insert, 7, body, what, error)) == NULL)
      goto fail;
    g_clear_pointer (&result, PQclear);
  }

  report->version_id = version_id;
  report->changed = TRUE;
  if (!reanchor_targets (self, id, version_text, article->text, report, what, error)
      || !touch_story (self->conn, story, what, error)
      || (result = _px_pg_exec (self->conn, "COMMIT", 0, NULL, what, error)) == NULL)
    goto fail;

  remember_text (self, source_id, g_ascii_strtoll (story, NULL, 10), version_id, article->text);
  queue_changed (self, g_ascii_strtoll (story, NULL, 10));
  return g_steal_pointer (&report);

fail:
  if (self->conn != NULL && PQstatus (self->conn) == CONNECTION_OK
      && PQtransactionStatus (self->conn) != PQTRANS_IDLE)
    PQclear (PQexec (self->conn, "ROLLBACK"));
  return NULL;
}

static void
free_open_args (char **args)
{
  for (guint i = 0; i < 4; i++)
    g_free (args[i]);
  g_free (args);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  char **args = task_data;
  GError *error = NULL;
  PxPgStore *store = px_pg_store_open (args[0], args[1], args[2], args[3], &error);

  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

void
px_pg_store_open_async (const char          *uri,
                        const char          *password,
                        const char          *author,
                        const char          *queue_dir,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  char **args = g_new0 (char *, 5);

  g_return_if_fail (uri != NULL);

  args[0] = g_strdup (uri);
  args[1] = g_strdup (password);
  args[2] = g_strdup (author);
  args[3] = g_strdup (queue_dir);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_pg_store_open_async);
  /* Not g_strfreev: the password or the folder may be NULL before the end. */
  g_task_set_task_data (task, args, (GDestroyNotify) free_open_args);
  g_task_run_in_thread (task, open_thread);
}

PxPgStore *
px_pg_store_open_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* PxLibrary */

static gboolean
library_maintain (PxLibrary  *library,
                  GError    **error)
{
  /* The server checks and backs up its own data; this is the moment to
   * send what waited in the queue.
   */
  g_autoptr(GError) local_error = NULL;

  if (!px_pg_store_sync (PX_PG_STORE (library), &local_error)
      && !g_error_matches (local_error, PX_STORE_ERROR, PX_STORE_ERROR_DISCONNECTED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
library_backup (PxLibrary  *library,
                GError    **error)
{
  g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
               /* Translators: %s is a team library’s address */
               _("The team library “%s” is backed up by its server, not by Parallax"),
               PX_PG_STORE (library)->display_uri);
  return FALSE;
}

static gboolean
library_close (PxLibrary  *library,
               GError    **error)
{
  px_pg_store_close (PX_PG_STORE (library));
  return TRUE;
}

static gint64
library_create_story (PxLibrary   *library,
                      const char  *title,
                      gboolean     provisional,
                      GError     **error)
{
  g_return_val_if_fail (PX_IS_PG_STORE (library), 0);

  return create_story (PX_PG_STORE (library), title, provisional, error);
}

/* The store's functions take a PxPgStore where the interface has a
 * PxLibrary: the same pointer.
 */
#define IMPLEMENT(name) iface->name = (gpointer) px_pg_store_##name

static void
px_pg_store_library_init (PxLibraryInterface *iface)
{
  iface->maintain = library_maintain;
  iface->backup = library_backup;
  iface->close = library_close;
  IMPLEMENT (poll_changes);
  iface->create_story = library_create_story;
  IMPLEMENT (rename_story);
  IMPLEMENT (delete_story);
  IMPLEMENT (restore_story);
  IMPLEMENT (purge_deleted_stories);
  IMPLEMENT (get_story);
  IMPLEMENT (list_stories);
  IMPLEMENT (add_source);
  IMPLEMENT (get_source);
  IMPLEMENT (list_sources);
  IMPLEMENT (keep_failed_source);
  IMPLEMENT (keep_failed_source_full);
  IMPLEMENT (list_failed_sources);
  IMPLEMENT (move_source);
  IMPLEMENT (rename_source);
  IMPLEMENT (delete_source);
  IMPLEMENT (restore_source);
  IMPLEMENT (add_source_version);
  IMPLEMENT (list_source_versions);
  IMPLEMENT (get_version_body);
  IMPLEMENT (get_version_text);
  IMPLEMENT (create_annotation);
  IMPLEMENT (get_annotation);
  IMPLEMENT (list_annotations);
  IMPLEMENT (set_annotation_verdict);
  IMPLEMENT (set_annotation_note);
  IMPLEMENT (set_annotation_state);
  IMPLEMENT (move_annotation_target);
  IMPLEMENT (delete_annotation);
  IMPLEMENT (restore_annotation);
  IMPLEMENT (search);
}
