/* px-pg-private.h: what the team library's files share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include "px-pg-store.h"
#include "px-pq-private.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGresult, PQclear)

/* Connections */

/* Opens a connection to @uri with @password (NULL: the URI's or none),
 * over TLS unless every host is this machine. Fails with
 * PX_STORE_ERROR_DISCONNECTED when the server cannot be reached.
 */
PGconn *_px_pg_connect (const char  *uri,
                        const char  *password,
                        GError     **error);

/* Whether the failure of @conn (and @result, which may be NULL) means the
 * server or the connection to it is gone, rather than a refused statement.
 */
gboolean _px_pg_is_lost (PGconn   *conn,
                         PGresult *result);

/* Sets @error from a failed @result on @conn: DISCONNECTED when the
 * server was lost, else FAILED, naming @what failed.
 */
void _px_pg_set_error (GError    **error,
                       PGconn     *conn,
                       PGresult   *result,
                       const char *what);

/* Runs @sql with @n_params text parameters (NULL for SQL NULL). Returns
 * the result of a statement that succeeded, else NULL with @error set.
 */
PGresult *_px_pg_exec (PGconn             *conn,
                       const char         *sql,
                       int                 n_params,
                       const char * const *params,
                       const char         *what,
                       GError            **error);

/* The same with a binary parameter: parameter @binary_index (0-based)
 * is @binary, the others text.
 */
PGresult *_px_pg_exec_binary (PGconn             *conn,
                              const char         *sql,
                              int                 n_params,
                              const char * const *params,
                              int                 binary_index,
                              GBytes             *binary,
                              const char         *what,
                              GError            **error);

/* A library's row of parallax_schema: its version, the oldest client
 * (by the library version it was made for) that may read it and that may
 * write it, and the version of the Parallax that set it up (NULL when it
 * did not say).
 */
typedef struct
{
  int version;
  int readable_from;
  int writable_from;
  char *set_up_by;
} PxPgSchema;

void _px_pg_schema_clear (PxPgSchema *schema);

/* Brings the library's schema up to PX_PG_SCHEMA_VERSION in one
 * transaction, holding an advisory lock so that clients connecting at
 * the same moment migrate it once. A library a newer Parallax set up is
 * left as it is: refused (PX_STORE_ERROR_NEWER_VERSION, naming the
 * library and both versions) unless it says this version may read it;
 * then @read_only is NULL when it says this version may write it too,
 * else why it may not.
 */
gboolean _px_pg_migrate (PGconn      *conn,
                         const char  *uri,
                         char       **read_only,
                         GError     **error);

/* The first statement of a write's transaction: whether the library (as
 * a colleague's newer Parallax may have updated it since this connection
 * was made) lets this version write; @read_only NULL when it does, else
 * why not (naming the library and the versions). The version row stays
 * locked (shared) until the transaction ends, so no migration runs
 * between this check and the write. FALSE, with @error set, when the
 * check itself failed.
 */
gboolean _px_pg_check_writable (PGconn      *conn,
                                const char  *uri,
                                char       **read_only,
                                const char  *what,
                                GError     **error);

/* The queue of writes made while disconnected, on disk: queue.jsonl,
 * one JSON object a line, appended and synced; head, how many lines have
 * been applied; failed.jsonl, writes the server refused on replay.
 */
typedef struct _PxPgQueue PxPgQueue;

PxPgQueue *_px_pg_queue_open (const char  *dir,
                              GError     **error);
void _px_pg_queue_free (PxPgQueue *queue);
guint _px_pg_queue_get_length (PxPgQueue *queue);
/* Appends @op and syncs it to disk before returning. */
gboolean _px_pg_queue_append (PxPgQueue   *queue,
                              JsonObject  *op,
                              GError     **error);
/* The oldest write not yet applied, or NULL. */
JsonObject *_px_pg_queue_peek (PxPgQueue *queue);
/* Marks the oldest write applied. */
gboolean _px_pg_queue_pop (PxPgQueue  *queue,
                           GError    **error);
/* Moves the oldest write to failed.jsonl with @message. */
gboolean _px_pg_queue_fail (PxPgQueue   *queue,
                            const char  *message,
                            GError     **error);

/* Whether @op has the shape of a write this version makes (every member
 * of the right type, the ones a replay needs there); a damaged one is
 * refused with a reason rather than sent.
 */
gboolean _px_pg_op_check (JsonObject  *op,
                          GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxPgQueue, _px_pg_queue_free)

/* Ids made here: a random UUID, and its first 63 bits as a row id. */
char *_px_pg_new_uuid (gint64 *id);

/* The listener (px-pg-listener.c) */
typedef struct _PxPgListener PxPgListener;

typedef void (*PxPgNotifyFunc) (const char *payload,
                                int         be_pid,
                                gpointer    user_data);
typedef void (*PxPgStateFunc) (gboolean connected,
                               gpointer user_data);

PxPgListener *_px_pg_listener_start (const char     *uri,
                                     const char     *password,
                                     PxPgNotifyFunc  notify_func,
                                     PxPgStateFunc   state_func,
                                     gpointer        user_data);
void _px_pg_listener_stop (PxPgListener *listener);

/* The channel the library's triggers notify on. */
#define PX_PG_CHANNEL "parallax_changes"

/* Times as the store hands them back, to the microsecond: "2026-11-24T14:32:00.123456Z". */
#define PX_PG_TIME(column) \
  "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"

G_END_DECLS
