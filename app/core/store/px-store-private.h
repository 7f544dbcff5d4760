/* px-store-private.h: what px-store's files share, and hooks for its tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-sqlite-private.h"
#include "px-store.h"
#include "px-write-lock-private.h"

G_BEGIN_DECLS

/* Sets @error from SQLite's result @rc in words a user understands, naming
 * @path and what was being done (@what: "Could not save the annotation").
 */
void _px_store_set_error (GError     **error,
                          sqlite3     *db,
                          int          rc,
                          const char  *path,
                          const char  *what);

/* The refusal of a database written by a newer Parallax. */
void _px_store_set_newer_version_error (GError     **error,
                                        const char  *path,
                                        int          version);

/* Runs @sql, which may hold several statements. */
gboolean _px_store_exec (sqlite3     *db,
                         const char  *sql,
                         const char  *path,
                         const char  *what,
                         GError     **error);

/* Brings a database at any earlier schema version up to
 * PX_STORE_SCHEMA_VERSION in one transaction: all steps or none.
 */
gboolean _px_store_migrate (sqlite3     *db,
                            const char  *path,
                            GError     **error);

/* Builds the database of schema @version only (tests make fixtures with it). */
gboolean _px_store_create_schema_version (sqlite3     *db,
                                          int          version,
                                          GError     **error);

/* How long a write waits for another process's to end (tests shorten it). */
void _px_store_set_busy_timeout (PxStore *self,
                                 guint    milliseconds);

/* The store's connection, for tests that need to provoke failures
 * (PRAGMA max_page_count). Hold no statement across other store calls.
 */
sqlite3 *_px_store_get_connection (PxStore *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* The current time as the store writes it, "2026-11-24T14:32:00.123Z". */
#define NOW_SQL "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

/* True for an annotation (@alias) with a passage in a source that is not in the trash. */
#define HAS_LIVE_TARGET(alias) \
  "EXISTS (SELECT 1 FROM annotation_targets lt JOIN sources ls ON ls.id = lt.source_id " \
  "        WHERE lt.annotation_id = " alias ".id AND ls.deleted_at IS NULL)"

struct _PxStore
{
  GObject parent_instance;

  GRecMutex lock;
  sqlite3 *db;
  char *path;
  GMainContext *context;
  PxStoreRecovery *recovery;
  gint64 data_version;

  gboolean backup_on_close;
  gboolean wrote;         /* since it was opened */
  gboolean backup_failed; /* said once when opening; not tried again on close */

  /* Taken for each write transaction, so that writers take turns. */
  PxWriteLock *write_lock;
  guint busy_timeout_ms;  /* how long a write waits for another's */

  GThreadPool *checkpointer;
  sqlite3 *checkpoint_db; /* used by the checkpointer's thread only */
  int checkpoint_queued;  /* atomic */
};

/* Statements, on self->db with the lock held. Errors name @what failed. */
sqlite3_stmt *_px_store_prepare (PxStore     *self,
                                 const char  *sql,
                                 const char  *what,
                                 GError     **error);
/* Binds @text, or NULL when it is NULL. */
void _px_store_bind_text (sqlite3_stmt *stmt,
                          int           index,
                          const char   *text);
char *_px_store_column_dup (sqlite3_stmt *stmt,
                            int           column);
/* Steps a statement that returns no rows. */
gboolean _px_store_step_done (PxStore       *self,
                              sqlite3_stmt  *stmt,
                              const char    *what,
                              GError       **error);
/* Steps a statement: FALSE with @error set on failure; *@row FALSE at the end. */
gboolean _px_store_step_row (PxStore       *self,
                             sqlite3_stmt  *stmt,
                             gboolean      *row,
                             const char    *what,
                             GError       **error);
/* Prepares @sql, binds @id to ?1 and steps to the one row it selects:
 * the statement on that row, or NULL with @error set, to NOT_FOUND with
 * the message @not_found makes when there is no such row.
 */
sqlite3_stmt *_px_store_select_by_id (PxStore     *self,
                                      const char  *sql,
                                      gint64       id,
                                      const char  *what,
                                      GError     **error,
                                      const char  *not_found,
                                      ...) G_GNUC_PRINTF (6, 7);
/* Fails when the store was closed. */
gboolean _px_store_check_open (PxStore     *self,
                               const char  *what,
                               GError     **error);

/* A write transaction. Declare it after the lock's locker and before any
 * statement, so that statements are finished first, then an unfinished
 * transaction is rolled back, then the lock is released.
 */
typedef struct
{
  PxStore *store;
  gboolean finished;
  gboolean locked; /* holds the store's write lock */
} PxStoreTransaction;

PxStoreTransaction *_px_store_transaction_begin (PxStore     *self,
                                                 const char  *what,
                                                 GError     **error);
gboolean _px_store_transaction_commit (PxStoreTransaction  *txn,
                                       const char          *what,
                                       GError             **error);
void _px_store_transaction_free (PxStoreTransaction *txn);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxStoreTransaction, _px_store_transaction_free)

/* Emits "changed" on the store's main context, if anyone listens. */
void _px_store_queue_changed (PxStore *self,
                              gint64   story_id);

/* px-store-library.c, for the other parts of the store. */
/* The end of a write that changes what story @story_id holds: marks the
 * story updated now, commits @txn, then queues "changed" for the story.
 */
gboolean _px_store_commit_story_change (PxStoreTransaction  *txn,
                                        gint64               story_id,
                                        const char          *what,
                                        GError             **error);
/* px_store_create_story (), its title a placeholder when @provisional. */
gint64 _px_store_create_story (PxStore     *self,
                               const char  *title,
                               gboolean     provisional,
                               GError     **error);
/* Fails with NOT_FOUND unless the story exists (and, unless
 * @allow_deleted, is not in the trash).
 */
gboolean _px_store_require_story (PxStore     *self,
                                  gint64       story_id,
                                  gboolean     allow_deleted,
                                  const char  *what,
                                  GError     **error);
/* A source with its current version, trashed or not. */
PxSourceRecord *_px_store_get_source_locked (PxStore     *self,
                                             gint64       source_id,
                                             const char  *what,
                                             GError     **error);
/* The same, for a source that failed too (version_id 0, error set). */
PxSourceRecord *_px_store_get_any_source_locked (PxStore     *self,
                                                 gint64       source_id,
                                                 const char  *what,
                                                 GError     **error);
/* get_any_source_locked(), failing with NOT_FOUND for a source in the trash. */
PxSourceRecord *_px_store_get_live_source_locked (PxStore     *self,
                                                  gint64       source_id,
                                                  const char  *what,
                                                  GError     **error);
/* Stores @article and the page it came from as version @number of a source. */
gboolean _px_store_insert_version (PxStore           *self,
                                   gint64             source_id,
                                   guint              number,
                                   const PxArticle   *article,
                                   const PxSnapshot  *snapshot,
                                   const char        *what,
                                   GError           **error);

G_END_DECLS
