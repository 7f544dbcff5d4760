/* px-store.c: opening, checking, recovering and backing up the database
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-store.h"
#include "px-store-private.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

/* How long a write waits for another process's transaction to end. */
#define BUSY_TIMEOUT_MS 10000

/* The write-ahead log is copied back into the database once it holds this
 * many pages, on a thread of its own so that no save waits for it; past
 * the second figure (the checkpoint thread cannot keep up or could not
 * start) the save that notices does it.
 */
#define CHECKPOINT_PAGES        1000
#define CHECKPOINT_INLINE_PAGES 10000

/* Pages a backup copies between two chances for other threads to use the
 * database (4 MB of 4 KiB pages).
 */
#define BACKUP_STEP_PAGES 1024

static void px_store_library_init (PxLibraryInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PxStore, px_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PX_TYPE_LIBRARY, px_store_library_init))

G_DEFINE_QUARK (px-store-error-quark, px_store_error)

/* Errors */

void
_px_store_set_error (GError     **error,
                     sqlite3     *db,
                     int          rc,
                     const char  *path,
                     const char  *what)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  int system_errno = db != NULL ? sqlite3_system_errno (db) : 0;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DISK_FULL,
                   /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                    * the second the database’s file */
                   _("%s: there is no space left on the disk that holds “%s”; nothing was changed"),
                   what, path);
      break;
    case SQLITE_IOERR:
      if (system_errno == ENOSPC || system_errno == EDQUOT)
        g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DISK_FULL,
                     /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                      * the second the database’s file */
                     _("%s: there is no space left on the disk that holds “%s”; nothing was changed"),
                     what, path);
      else
        g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED,
                     /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                      * the second the database’s file, the third the system’s reason */
                     _("%s: could not read or write “%s” (%s); nothing was changed"),
                     what, path, system_errno != 0 ? g_strerror (system_errno) : detail);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_READ_ONLY,
                   /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                    * the second the database’s file */
                   _("%s: the database “%s” is read-only (check the permissions of the file and "
                   "its folder); nothing was changed"), what, path);
      break;
    case SQLITE_CANTOPEN:
      if (system_errno == EACCES || system_errno == EPERM || system_errno == EROFS)
        g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_READ_ONLY,
                     /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                      * the second the database’s file, the third the system’s reason */
                     _("%s: the database “%s” could not be opened for writing (%s; check the "
                     "permissions of the file and its folder); nothing was changed"),
                     what, path, g_strerror (system_errno));
      else if (system_errno == ELOOP)
        g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED,
                     /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                      * the second the database’s file */
                     _("%s: “%s” is a symbolic link that leads back to itself; nothing was changed"),
                     what, path);
      else
        g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED,
                     /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                      * the second the database’s file, the third the reason */
                     _("%s: the database “%s” could not be opened (%s); nothing was changed"),
                     what, path, system_errno != 0 ? g_strerror (system_errno) : detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_BUSY,
                   /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                    * the second the database’s file */
                   _("%s: the database “%s” stayed busy in another program; nothing was changed, "
                   "try again"), what, path);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DAMAGED,
                   /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                    * the second the database’s file, the third how it is damaged (SQLite’s words) */
                   _("%s: the database “%s” is damaged (%s); restart Parallax to restore its backup"),
                   what, path, detail);
      break;
    default:
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED,
                   /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                    * the second the reason (SQLite’s words), the third the database’s file */
                   _("%s: %s (database “%s”)"), what, detail, path);
      break;
    }
}

gboolean
_px_store_exec (sqlite3     *db,
                const char  *sql,
                const char  *path,
                const char  *what,
                GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _px_store_set_error (error, db, rc, path, what);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_damage (int rc)
{
  return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
}

/* Statements */

sqlite3_stmt *
_px_store_prepare (PxStore     *self,
                   const char  *sql,
                   const char  *what,
                   GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _px_store_set_error (error, self->db, rc, self->path, what);
      sqlite3_finalize (stmt);
      return NULL;
    }

  return stmt;
}

void
_px_store_bind_text (sqlite3_stmt *stmt,
                     int           index,
                     const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

char *
_px_store_column_dup (sqlite3_stmt *stmt,
                      int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

/* Steps a statement that returns no rows. */
gboolean
_px_store_step_done (PxStore       *self,
                     sqlite3_stmt  *stmt,
                     const char    *what,
                     GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    {
      _px_store_set_error (error, self->db, rc, self->path, what);
      return FALSE;
    }

  return TRUE;
}

/* Steps a statement; FALSE with @error set on failure, FALSE with @row
 * FALSE at the end.
 */
gboolean
_px_store_step_row (PxStore       *self,
                    sqlite3_stmt  *stmt,
                    gboolean      *row,
                    const char    *what,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  *row = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;

  _px_store_set_error (error, self->db, rc, self->path, what);
  return FALSE;
}

sqlite3_stmt *
_px_store_select_by_id (PxStore     *self,
                        const char  *sql,
                        gint64       id,
                        const char  *what,
                        GError     **error,
                        const char  *not_found,
                        ...)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean row;
  va_list args;

  if (!_px_store_check_open (self, what, error) || (stmt = _px_store_prepare (self, sql, what, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!_px_store_step_row (self, stmt, &row, what, error))
    return NULL;
  if (!row)
    {
      va_start (args, not_found);
      g_propagate_error (error, g_error_new_valist (PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND, not_found, args));
      va_end (args);
      return NULL;
    }

  return g_steal_pointer (&stmt);
}

/* Transactions */

static void
release_write_lock (PxStoreTransaction *txn)
{
  if (txn->locked)
    _px_write_lock_release (txn->store->write_lock);
  txn->locked = FALSE;
}

void
_px_store_transaction_free (PxStoreTransaction *txn)
{
  if (!txn->finished && !sqlite3_get_autocommit (txn->store->db))
    sqlite3_exec (txn->store->db, "ROLLBACK", NULL, NULL, NULL);
  release_write_lock (txn);
  g_free (txn);
}

gboolean
_px_store_check_open (PxStore     *self,
                      const char  *what,
                      GError     **error)
{
  if (self->db != NULL)
    return TRUE;

  g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED,
               /* Translators: the first %s is what could not be done (“Could not save the annotation”), the
                * second the database’s file */
               _("%s: the database “%s” is closed"), what, self->path);
  return FALSE;
}

/* The store's write lock first, waited for in turn with the other
 * processes' stores (SQLite's busy wait is not fair: see
 * px-write-lock.c); where it cannot be used, SQLite's busy timeout alone,
 * as before it. Then IMMEDIATE takes SQLite's write lock now, so that a
 * transaction never fails half-way because another process started
 * writing in the meantime.
 */
PxStoreTransaction *
_px_store_transaction_begin (PxStore     *self,
                             const char  *what,
                             GError     **error)
{
  PxStoreTransaction *txn;
  gboolean locked = FALSE;

  if (!_px_store_check_open (self, what, error))
    return NULL;

  /* Inside a transaction already, BEGIN fails below as it always has. */
  if (sqlite3_get_autocommit (self->db))
    switch (_px_write_lock_acquire (self->write_lock, self->busy_timeout_ms * G_GINT64_CONSTANT (1000)))
      {
      case PX_WRITE_LOCK_TAKEN:
        locked = TRUE;
        break;
      case PX_WRITE_LOCK_UNAVAILABLE:
        break;
      case PX_WRITE_LOCK_TIMED_OUT:
      default:
        _px_store_set_error (error, NULL, SQLITE_BUSY, self->path, what);
        return NULL;
      }

  if (!_px_store_exec (self->db, "BEGIN IMMEDIATE", self->path, what, error))
    {
      if (locked)
        _px_write_lock_release (self->write_lock);
      return NULL;
    }

  txn = g_new0 (PxStoreTransaction, 1);
  txn->store = self;
  txn->locked = locked;
  return txn;
}

gboolean
_px_store_transaction_commit (PxStoreTransaction  *txn,
                              const char          *what,
                              GError             **error)
{
  if (!_px_store_exec (txn->store->db, "COMMIT", txn->store->path, what, error))
    return FALSE;

  txn->finished = TRUE;
  txn->store->wrote = TRUE;
  release_write_lock (txn);
  return TRUE;
}

/* The "changed" signal */

typedef struct
{
  PxStore *store;
  gint64 story_id;
} ChangedEmission;

static void
changed_emission_free (gpointer data)
{
  ChangedEmission *emission = data;

  g_object_unref (emission->store);
  g_free (emission);
}

static gboolean
emit_changed_cb (gpointer data)
{
  ChangedEmission *emission = data;

  px_library_emit_changed (PX_LIBRARY (emission->store), emission->story_id);
  return G_SOURCE_REMOVE;
}

void
_px_store_queue_changed (PxStore *self,
                         gint64   story_id)
{
  g_autoptr(GSource) source = NULL;
  ChangedEmission *emission;

  if (!g_signal_has_handler_pending (self, g_signal_lookup ("changed", PX_TYPE_LIBRARY), 0, FALSE))
    return;

  emission = g_new0 (ChangedEmission, 1);
  emission->store = g_object_ref (self);
  emission->story_id = story_id;

  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, emit_changed_cb, emission, changed_emission_free);
  g_source_set_static_name (source, "[parallax] store changed");
  g_source_attach (source, self->context);
}

static gint64
read_data_version (PxStore *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA data_version", -1, &stmt, NULL) != SQLITE_OK
      || sqlite3_step (stmt) != SQLITE_ROW)
    return -1;

  return sqlite3_column_int64 (stmt, 0);
}

gboolean
px_store_check_external_changes (PxStore *self)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  gint64 version;

  if (self->db == NULL)
    return FALSE;

  version = read_data_version (self);
  if (version == self->data_version)
    return FALSE;

  self->data_version = version;
  _px_store_queue_changed (self, 0);
  return TRUE;
}

/* Checkpoints */

static void
checkpoint_cb (gpointer data,
               gpointer user_data)
{
  PxStore *self = user_data;

  if (self->checkpoint_db == NULL)
    {
      if (sqlite3_open_v2 (self->path, &self->checkpoint_db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
        {
          /* Translators: %s is the database’s file, then SQLite’s reason; a log message */
          g_message (_("Could not open “%s” to checkpoint it: %s"), self->path,
                     sqlite3_errmsg (self->checkpoint_db));
          g_clear_pointer (&self->checkpoint_db, sqlite3_close_v2);
          return;
        }
      sqlite3_busy_timeout (self->checkpoint_db, BUSY_TIMEOUT_MS);
      sqlite3_exec (self->checkpoint_db, "PRAGMA synchronous = FULL", NULL, NULL, NULL);
    }

  /* PASSIVE: never blocks readers or writers, copies what it can. */
  sqlite3_wal_checkpoint_v2 (self->checkpoint_db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
  g_atomic_int_set (&self->checkpoint_queued, 0);
}

/* Called by SQLite in the committing thread after each commit. */
static int
wal_hook_cb (void       *data,
             sqlite3    *db,
             const char *name,
             int         n_pages)
{
  PxStore *self = data;

  if (n_pages >= CHECKPOINT_INLINE_PAGES)
    sqlite3_wal_checkpoint_v2 (db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
  else if (n_pages >= CHECKPOINT_PAGES
           && self->checkpointer != NULL
           && g_atomic_int_compare_and_exchange (&self->checkpoint_queued, 0, 1))
    g_thread_pool_push (self->checkpointer, GINT_TO_POINTER (1), NULL);

  return SQLITE_OK;
}

static void
start_checkpointer (PxStore *self)
{
  self->checkpointer = g_thread_pool_new (checkpoint_cb, self, 1, FALSE, NULL);
  sqlite3_wal_hook (self->db, wal_hook_cb, self);
}

/* Waits for a checkpoint under way. */
static void
stop_checkpointer (PxStore *self)
{
  if (self->db != NULL)
    sqlite3_wal_hook (self->db, NULL, NULL);
  if (self->checkpointer != NULL)
    g_thread_pool_free (g_steal_pointer (&self->checkpointer), FALSE, TRUE);
  g_clear_pointer (&self->checkpoint_db, sqlite3_close_v2);
}

/* GObject */

static void
px_store_finalize (GObject *object)
{
  PxStore *self = PX_STORE (object);

  stop_checkpointer (self);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->write_lock, _px_write_lock_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_pointer (&self->recovery, px_store_recovery_free);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (px_store_parent_class)->finalize (object);
}

static void
px_store_class_init (PxStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = px_store_finalize;
}

static void
px_store_init (PxStore *self)
{
  g_rec_mutex_init (&self->lock);
  self->context = g_main_context_ref_thread_default ();
  self->busy_timeout_ms = BUSY_TIMEOUT_MS;
}

void
px_store_recovery_free (PxStoreRecovery *self)
{
  if (self == NULL)
    return;

  g_free (self->damaged_path);
  g_free (self->backup_path);
  g_clear_pointer (&self->backup_time, g_date_time_unref);
  g_free (self->message);
  g_free (self);
}

/* Opening, checking, recovering */

char *
px_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "parallax", "parallax.db", NULL);
}

const char *
px_store_get_path (PxStore *self)
{
  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  return self->path;
}

const PxStoreRecovery *
px_store_get_recovery (PxStore *self)
{
  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  return self->recovery;
}

char *
px_store_get_backup_path (PxStore *self)
{
  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  return g_strconcat (self->path, ".backup", NULL);
}

void
_px_store_set_busy_timeout (PxStore *self,
                            guint    milliseconds)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);

  self->busy_timeout_ms = milliseconds;
  if (self->db != NULL)
    sqlite3_busy_timeout (self->db, milliseconds);
}

sqlite3 *
_px_store_get_connection (PxStore *self)
{
  return self->db;
}

/* Runs quick_check; on damage returns FALSE with *@damage set to what
 * SQLite found (and no @error), on other failures sets @error.
 */
static gboolean
quick_check (sqlite3     *db,
             const char  *path,
             char       **damage,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(5)", -1, &stmt, NULL);
  g_autoptr(GString) problems = g_string_new (NULL);
  const char *row;

  while (rc == SQLITE_OK || rc == SQLITE_ROW)
    {
      if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
        break;

      row = (const char *) sqlite3_column_text (stmt, 0);

      if (row != NULL && !g_str_equal (row, "ok"))
        g_string_append_printf (problems, "%s%s", problems->len > 0 ? "; " : "", row);
    }

  if (rc != SQLITE_DONE)
    {
      if (is_damage (rc))
        {
          *damage = g_strdup (sqlite3_errmsg (db));
          return FALSE;
        }
      _px_store_set_error (error, db, rc, path, _("Could not check the database"));
      return FALSE;
    }

  if (problems->len > 0)
    {
      *damage = g_string_free (g_steal_pointer (&problems), FALSE);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_int_pragma (sqlite3     *db,
                 const char  *sql,
                 int         *value,
                 int         *rc_out)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  *rc_out = rc;
  if (rc != SQLITE_ROW)
    return FALSE;

  *value = sqlite3_column_int (stmt, 0);
  return TRUE;
}

static gboolean
file_is_writable (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);

  return g_access (path, W_OK) == 0 && g_access (folder, W_OK) == 0;
}

typedef enum
{
  OPEN_OK,
  OPEN_DAMAGED,
  OPEN_FAILED,
} OpenResult;

/* Opens @path and brings it to the current schema. On damage, returns
 * OPEN_DAMAGED with *@damage describing it and nothing open.
 */
static OpenResult
open_database (PxStore     *self,
               char       **damage,
               GError     **error)
{
  const char *what = _("Could not open the database");
  sqlite3 *db = NULL;
  int rc;
  int version = 0;
  g_autofree char *journal = NULL;

  rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      _px_store_set_error (error, db, rc, self->path, what);
      sqlite3_close_v2 (db);
      return OPEN_FAILED;
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  /* Nothing run on this connection may corrupt the file on purpose
   * (writable_schema, raw page writes). The schema stays trusted: the
   * search index is kept up to date by triggers.
   */
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);

  /* Before anything writes to it: a newer database is left as it is. */
  if (!read_int_pragma (db, "PRAGMA user_version", &version, &rc))
    goto sqlite_failed;

  if (version > PX_STORE_SCHEMA_VERSION)
    {
      _px_store_set_newer_version_error (error, self->path, version);
      sqlite3_close_v2 (db);
      return OPEN_FAILED;
    }

  /* An SQLite file of another program is not made into ours. */
  if (version == 0)
    {
      int n_objects = 0;

      if (!read_int_pragma (db, "SELECT count(*) FROM sqlite_schema", &n_objects, &rc))
        goto sqlite_failed;
      if (n_objects > 0)
        {
          g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_PARALLAX,
                       /* Translators: %s is a database’s file */
                       _("“%s” is a database of another program, not of Parallax; Parallax did "
                         "not change it"), self->path);
          sqlite3_close_v2 (db);
          return OPEN_FAILED;
        }
    }

  /* SQLite opens a file whose header names an unknown write format as
   * read-only; when the file and its folder can be written, that header is
   * damage, not permissions.
   */
  if (sqlite3_db_readonly (db, "main") == 1 && file_is_writable (self->path))
    {
      *damage = g_strdup (_("its header names a file format SQLite cannot write"));
      sqlite3_close_v2 (db);
      return OPEN_DAMAGED;
    }

  if (sqlite3_db_readonly (db, "main") == 1)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_READ_ONLY,
                   /* Translators: %s is the database’s file */
                   _("The database “%s” is read-only (check the permissions of the file and its "
                   "folder); Parallax did not change it"), self->path);
      sqlite3_close_v2 (db);
      return OPEN_FAILED;
    }

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    rc = sqlite3_prepare_v2 (db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
    if (rc == SQLITE_OK)
      rc = sqlite3_step (stmt);
    if (rc != SQLITE_ROW)
      goto sqlite_failed;
    journal = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  }

  if (g_strcmp0 (journal, "wal") != 0)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED,
                   /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                    * the second the database’s file, the third SQLite’s journal mode (“delete”) */
                   _("%s: the database “%s” cannot use write-ahead logging (journal mode %s)"),
                   what, self->path, journal);
      sqlite3_close_v2 (db);
      return OPEN_FAILED;
    }

  rc = sqlite3_exec (db,
                     "PRAGMA synchronous = FULL;"
                     "PRAGMA foreign_keys = ON;"
                     "PRAGMA temp_store = MEMORY;",
                     NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto sqlite_failed;

  if (!quick_check (db, self->path, damage, error))
    {
      sqlite3_close_v2 (db);
      return *damage != NULL ? OPEN_DAMAGED : OPEN_FAILED;
    }

  {
    g_autoptr(GError) local_error = NULL;

    if (!_px_store_migrate (db, self->path, &local_error))
      {
        sqlite3_close_v2 (db);
        if (g_error_matches (local_error, PX_STORE_ERROR, PX_STORE_ERROR_DAMAGED))
          {
            *damage = g_strdup (local_error->message);
            return OPEN_DAMAGED;
          }
        g_propagate_error (error, g_steal_pointer (&local_error));
        return OPEN_FAILED;
      }
  }

  self->db = db;
  self->data_version = read_data_version (self);
  start_checkpointer (self);
  return OPEN_OK;

sqlite_failed:
  if (is_damage (rc))
    {
      *damage = g_strdup (sqlite3_errmsg (db));
      sqlite3_close_v2 (db);
      return OPEN_DAMAGED;
    }
  _px_store_set_error (error, db, rc, self->path, what);
  sqlite3_close_v2 (db);
  return OPEN_FAILED;
}

/* "3 hours", "2 days", for telling how old a backup is. */
static char *
format_age (GDateTime *then)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GTimeSpan span = MAX (0, g_date_time_difference (now, then));
  gint64 minutes = span / G_TIME_SPAN_MINUTE;
  gint64 hours = span / G_TIME_SPAN_HOUR;
  gint64 days = span / G_TIME_SPAN_DAY;

  if (days >= 1)
    /* Translators: how old a backup is, part of “the backup from … (3 hours old)” */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), (int) days);
  if (hours >= 1)
    /* Translators: how old a backup is, part of “the backup from … (3 hours old)” */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", hours), (int) hours);
  if (minutes >= 1)
    /* Translators: how old a backup is, part of “the backup from … (3 hours old)” */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes), (int) minutes);
  return g_strdup (_("less than a minute"));
}

static GDateTime *
file_mtime (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return NULL;

  return g_date_time_new_from_unix_utc (st.st_mtime);
}

/* Checks a backup file on its own before it is trusted. */
static gboolean
verify_copy (const char  *copy_path,
             int          flags,
             GError     **error)
{
  sqlite3 *db = NULL;
  g_autofree char *damage = NULL;
  int version = 0;
  int rc = sqlite3_open_v2 (copy_path, &db, flags, NULL);
  gboolean ok = FALSE;

  if (rc != SQLITE_OK)
    _px_store_set_error (error, db, rc, copy_path, _("Could not open the backup"));
  else if (!read_int_pragma (db, "PRAGMA user_version", &version, &rc))
    _px_store_set_error (error, db, rc, copy_path, _("Could not read the backup"));
  else if (version < 1 || version > PX_STORE_SCHEMA_VERSION)
    g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DAMAGED,
                 /* Translators: %s is the backup’s file */
                 _("The backup “%s” is not a Parallax database this version can read"), copy_path);
  else if (!quick_check (db, copy_path, &damage, error))
    {
      if (damage != NULL)
        g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DAMAGED,
                     /* Translators: the first %s is the backup’s file, the second how it is damaged (SQLite’s
                      * words) */
                     _("The backup “%s” is damaged (%s)"), copy_path, damage);
    }
  else
    ok = TRUE;

  sqlite3_close_v2 (db);
  return ok;
}

static gboolean
move_aside (const char  *from,
            const char  *to,
            GError     **error)
{
  if (g_rename (from, to) == 0 || errno == ENOENT)
    return TRUE;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
               /* Translators: the first %s is the database’s file, the second the name it was to be moved to,
                * the third the system’s reason */
               _("Could not move the damaged database “%s” aside to “%s”: %s"),
               from, to, g_strerror (errno));
  return FALSE;
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (to);

  return g_file_copy (source, destination, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error);
}

/* Moves the damaged database (and its write-ahead log) aside, never
 * deleting it, and puts a copy of the last verified backup in its place.
 */
static gboolean
recover (PxStore     *self,
         const char  *damage,
         GError     **error)
{
  g_autoptr(PxStoreRecovery) recovery = g_new0 (PxStoreRecovery, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *backup_path = px_store_get_backup_path (self);
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (self->path, "-shm", NULL);
  g_autofree char *damaged_wal = NULL;
  g_autofree char *damaged_shm = NULL;
  g_autoptr(GError) backup_error = NULL;

  recovery->damaged_path = g_strdup_printf ("%s.damaged-%s", self->path, stamp);
  damaged_wal = g_strconcat (recovery->damaged_path, "-wal", NULL);
  damaged_shm = g_strconcat (recovery->damaged_path, "-shm", NULL);

  if (!move_aside (self->path, recovery->damaged_path, error)
      || !move_aside (wal, damaged_wal, error)
      || !move_aside (shm, damaged_shm, error))
    return FALSE;

  if (g_file_test (backup_path, G_FILE_TEST_EXISTS)
      && verify_copy (backup_path, SQLITE_OPEN_READONLY, &backup_error)
      && copy_file (backup_path, self->path, &backup_error))
    {
      g_autofree char *age = NULL;
      g_autofree char *when = NULL;

      recovery->backup_path = g_steal_pointer (&backup_path);
      recovery->backup_time = file_mtime (recovery->backup_path);
      if (recovery->backup_time == NULL)
        recovery->backup_time = g_date_time_new_now_utc ();
      {
        g_autoptr(GDateTime) local = g_date_time_to_local (recovery->backup_time);

        when = g_date_time_format (local, "%Y-%m-%d %H:%M");
      }
      age = format_age (recovery->backup_time);
      recovery->message =
        /* Translators: in order: the database’s file, how it was damaged, the name it was kept under, when the
         * backup was made, how old it is (“3 hours”) */
        g_strdup_printf (_("The database “%s” was damaged (%s). It was moved to “%s” and kept; "
                         "the backup from %s (%s old) was restored in its place. Changes made "
                         "after that backup are only in the damaged file."),
                         self->path, damage, recovery->damaged_path, when, age);
    }
  else
    {
      recovery->message =
        /* Translators: in order: the database’s file, how it was damaged, the name it was kept under, then “:
         * ” and why the backup could not be used, or nothing twice */
        g_strdup_printf (_("The database “%s” was damaged (%s). It was moved to “%s” and kept; "
                         "there was no usable backup to restore%s%s, so Parallax started a new, "
                         "empty database."),
                         self->path, damage, recovery->damaged_path,
                         backup_error != NULL ? ": " : "",
                         backup_error != NULL ? backup_error->message : "");
    }

  g_clear_pointer (&self->recovery, px_store_recovery_free);
  self->recovery = g_steal_pointer (&recovery);
  return TRUE;
}

/* How much a database holds: its stories, sources and annotations, or -1
 * when it cannot be read.
 */
static gint64
count_content (const char *path)
{
  sqlite3 *db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 count = -1;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
      && sqlite3_prepare_v2 (db,
                             "SELECT (SELECT count(*) FROM stories) + (SELECT count(*) FROM sources)"
                             " + (SELECT count(*) FROM annotations)",
                             -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);

  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close_v2 (db);
  return count;
}

/* "PATH.SUFFIX-20261202-193000", not yet taken by another file. */
static char *
aside_path (const char *path,
            const char *suffix)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *aside = g_strdup_printf ("%s.%s-%s", path, suffix, stamp);

  for (guint n = 2; g_file_test (aside, G_FILE_TEST_EXISTS); n++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s.%s-%s-%u", path, suffix, stamp, n);
    }

  return aside;
}

/* Gone or 0 bytes, with no write-ahead log that could still hold it (a
 * library created and cut off by a power failure before its first
 * checkpoint is all in the log, and SQLite reads it from there).
 */
static gboolean
is_missing_or_empty (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  if (g_stat (wal, &st) == 0 && st.st_size > 0)
    return FALSE;

  if (g_stat (path, &st) != 0)
    return errno == ENOENT;

  return S_ISREG (st.st_mode) && st.st_size == 0;
}

/* A database file that is gone, or empty (0 bytes: truncated by a full
 * disk, a crash of the file system, a copy that failed), with a good
 * backup beside it is restored from the backup, never silently started
 * anew; an empty file and any write-ahead log left without its database
 * are moved aside, not deleted. Returns FALSE with @error set only when
 * moving or copying failed; *@restored says whether it restored.
 */
static gboolean
restore_if_lost (PxStore   *self,
                 gboolean  *restored,
                 GError   **error)
{
  g_autofree char *backup_path = px_store_get_backup_path (self);
  g_autoptr(PxStoreRecovery) recovery = NULL;
  g_autoptr(GError) backup_error = NULL;
  g_autofree char *age = NULL;
  g_autofree char *when = NULL;
  gboolean was_there;
  static const char * const companions[] = { "-wal", "-shm", "-journal" };

  *restored = FALSE;
  if (!is_missing_or_empty (self->path) || !g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    return TRUE;

  if (!verify_copy (backup_path, SQLITE_OPEN_READONLY, &backup_error) || count_content (backup_path) <= 0)
    {
      /* Nothing worth restoring; a damaged backup is kept as it is (the
       * next backup moves it aside rather than over it).
       */
      if (backup_error != NULL)
        g_debug ("%s", backup_error->message);
      return TRUE;
    }

  recovery = g_new0 (PxStoreRecovery, 1);
  was_there = g_file_test (self->path, G_FILE_TEST_EXISTS);
  if (was_there)
    {
      recovery->damaged_path = aside_path (self->path, "empty");
      if (!move_aside (self->path, recovery->damaged_path, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *companion = g_strconcat (self->path, companions[i], NULL);
      g_autofree char *companion_aside = NULL;

      if (!g_file_test (companion, G_FILE_TEST_EXISTS))
        continue;
      companion_aside = recovery->damaged_path != NULL
                        ? g_strconcat (recovery->damaged_path, companions[i], NULL)
                        : aside_path (companion, "orphan");
      if (!move_aside (companion, companion_aside, error))
        return FALSE;
    }

  if (!copy_file (backup_path, self->path, error))
    return FALSE;

  recovery->backup_path = g_steal_pointer (&backup_path);
  recovery->backup_time = file_mtime (recovery->backup_path);
  if (recovery->backup_time == NULL)
    recovery->backup_time = g_date_time_new_now_utc ();
  {
    g_autoptr(GDateTime) local = g_date_time_to_local (recovery->backup_time);

    when = g_date_time_format (local, "%Y-%m-%d %H:%M");
  }
  age = format_age (recovery->backup_time);
  if (was_there)
    recovery->message =
      /* Translators: in order: the database’s file, the name it was kept under, when the backup was made, how
       * old it is (“3 hours”) */
      g_strdup_printf (_("The database “%s” was empty (0 bytes). It was moved to “%s” and kept; the "
                         "backup from %s (%s old) was restored in its place. Changes made after "
                         "that backup are lost."),
                       self->path, recovery->damaged_path, when, age);
  else
    recovery->message =
      /* Translators: in order: the database’s file, when the backup was made, how old it is (“3 hours”) */
      g_strdup_printf (_("The database “%s” was missing; the backup from %s (%s old) was restored "
                         "in its place. Changes made after that backup are lost."),
                       self->path, when, age);

  self->recovery = g_steal_pointer (&recovery);
  *restored = TRUE;
  return TRUE;
}

static gboolean
backup_due (PxStore *self)
{
  g_autofree char *backup_path = px_store_get_backup_path (self);
  g_autoptr(GDateTime) taken = file_mtime (backup_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return taken == NULL || g_date_time_difference (now, taken) >= PX_STORE_BACKUP_INTERVAL;
}

static gboolean backup_locked (PxStore   *self,
                               gboolean   accept_losses,
                               char     **kept_path,
                               GError   **error);

/* A file that fails to open is a damaged database of ours if it has a
 * backup beside it or still starts as an SQLite file; anything else (a
 * document given by mistake) is not moved anywhere.
 */
static gboolean
was_a_database (PxStore *self)
{
  static const char magic[16] = "SQLite format 3";
  g_autofree char *backup_path = px_store_get_backup_path (self);
  char header[sizeof magic];
  gboolean is_sqlite = FALSE;
  FILE *file;

  if (g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    return TRUE;

  file = g_fopen (self->path, "rb");
  if (file != NULL)
    {
      is_sqlite = fread (header, 1, sizeof header, file) == sizeof header
                  && memcmp (header, magic, sizeof magic) == 0;
      fclose (file);
    }

  return is_sqlite;
}

static gboolean
has_usable_backup (PxStore *self)
{
  g_autofree char *backup_path = px_store_get_backup_path (self);

  return g_file_test (backup_path, G_FILE_TEST_IS_REGULAR)
         && verify_copy (backup_path, SQLITE_OPEN_READONLY, NULL);
}

static PxStore *
open_store (const char        *path,
            gboolean           existing_only,
            PxStoreOpenFlags   flags,
            GError           **error)
{
  g_autoptr(PxStore) self = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *damage = NULL;
  OpenResult result;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (PX_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->write_lock = _px_write_lock_new (path);

  folder = g_path_get_dirname (path);
  if (!existing_only && g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a folder, the second the system’s reason */
                   _("Could not create the folder “%s” for the database: %s"),
                   folder, g_strerror (saved_errno));
      return NULL;
    }

  {
    gboolean restored = FALSE;

    if (!restore_if_lost (self, &restored, error))
      return NULL;
    if (existing_only && !g_file_test (path, G_FILE_TEST_EXISTS))
      {
        g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                     /* Translators: %s is a database’s file */
                     _("There is no database “%s”; Parallax did not create one"), path);
        return NULL;
      }
  }

  result = open_database (self, &damage, error);

  if (result == OPEN_DAMAGED && !was_a_database (self))
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_PARALLAX,
                   /* Translators: the first %s is a file, the second what SQLite says of it */
                   _("“%s” is not a Parallax database (%s); Parallax did not change it"),
                   path, damage);
      return NULL;
    }

  if (result == OPEN_DAMAGED && existing_only && !has_usable_backup (self))
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DAMAGED,
                   /* Translators: the first %s is the database’s file, the second how it is damaged (SQLite’s
                    * words) */
                   _("The database “%s” is damaged (%s) and has no usable backup; Parallax did not "
                     "change it"), path, damage);
      return NULL;
    }

  if (result == OPEN_DAMAGED)
    {
      g_autofree char *second_damage = NULL;

      if (!recover (self, damage, error))
        return NULL;

      result = open_database (self, &second_damage, error);
      if (result == OPEN_DAMAGED)
        {
          g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DAMAGED,
                       /* Translators: the first %s is the database’s file, the second the name it was kept
                        * under, the third how the new one is damaged */
                       _("The database “%s” was damaged and moved to “%s”, and the database made "
                       "in its place is damaged too (%s)"),
                       path, self->recovery->damaged_path, second_damage);
          return NULL;
        }
    }

  if (result != OPEN_OK)
    return NULL;

  /* Just checked: a good moment for the daily backup. A failed backup
   * keeps the previous one and does not stop the user's work.
   */
  if (!(flags & PX_STORE_OPEN_DEFER_BACKUP) && self->recovery == NULL && backup_due (self))
    {
      g_autoptr(GError) backup_error = NULL;

      if (!backup_locked (self, FALSE, NULL, &backup_error))
        {
          g_message ("%s", backup_error->message);
          self->backup_failed = TRUE;
        }
    }

  return g_steal_pointer (&self);
}

PxStore *
px_store_open (const char  *path,
               GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return open_store (path, FALSE, PX_STORE_OPEN_DEFAULT, error);
}

PxStore *
px_store_open_full (const char        *path,
                    PxStoreOpenFlags   flags,
                    GError           **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return open_store (path, (flags & PX_STORE_OPEN_EXISTING) != 0, flags, error);
}

/* Like px_store_open(), for reading what is there: a database that is not
 * there (a mistyped path) is not created, and a damaged one without a
 * backup to restore is refused and left as it is.
 */
PxStore *
px_store_open_existing (const char  *path,
                        GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return open_store (path, TRUE, PX_STORE_OPEN_DEFAULT, error);
}

/* Backups */

/* Removes the temporary copies left by processes that were killed while
 * they made a backup (the pid in the name is no longer running).
 */
static void
remove_stale_backup_copies (const char *backup_path)
{
  g_autofree char *folder = g_path_get_dirname (backup_path);
  g_autofree char *base = g_path_get_basename (backup_path);
  g_autofree char *stem = g_strconcat (base, ".tmp-", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *digits = NULL;
      const char *rest;
      guint64 pid;

      if (!g_str_has_prefix (name, stem))
        continue;
      /* The copy itself, or the journal SQLite kept beside it. */
      rest = name + strlen (stem);
      digits = g_strndup (rest, strspn (rest, "0123456789"));
      rest += strlen (digits);
      if ((*rest != '\0' && !g_str_equal (rest, "-journal") && !g_str_equal (rest, "-wal")
           && !g_str_equal (rest, "-shm"))
          || !g_ascii_string_to_unsigned (digits, 10, 1, G_MAXINT, &pid, NULL))
        continue;
      if ((pid_t) pid == getpid () || (kill ((pid_t) pid, 0) != 0 && errno == ESRCH))
        {
          g_autofree char *stale = g_build_filename (folder, name, NULL);

          g_unlink (stale);
        }
    }
}

/* What @backup_path holds that the database copied to @copy_path lacks:
 * stories, sources and annotations, each known by its id and what never
 * changes in it. FALSE when the two cannot be compared (a backup that
 * cannot be read, from another version).
 */
static gboolean
count_losses (const char *copy_path,
              const char *backup_path,
              gint64      lost[3])
{
  sqlite3 *db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_open_v2 (copy_path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
      && sqlite3_prepare_v2 (db, "ATTACH ?1 AS backup", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_bind_text (stmt, 1, backup_path, -1, SQLITE_TRANSIENT) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_DONE)
    {
      g_clear_pointer (&stmt, sqlite3_finalize);
      if (sqlite3_prepare_v2 (db,
                              "SELECT"
                              " (SELECT count(*) FROM backup.stories b WHERE NOT EXISTS (SELECT 1 FROM main.stories m"
                              "   WHERE m.id = b.id AND m.created_at = b.created_at)),"
                              " (SELECT count(*) FROM backup.sources b WHERE NOT EXISTS (SELECT 1 FROM main.sources m"
                              "   WHERE m.id = b.id AND m.input = b.input)),"
                              " (SELECT count(*) FROM backup.annotations b WHERE NOT EXISTS (SELECT 1 FROM"
                              "   main.annotations m WHERE m.id = b.id AND m.created_at = b.created_at))",
                              -1, &stmt, NULL) == SQLITE_OK
          && sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int i = 0; i < 3; i++)
            lost[i] = sqlite3_column_int64 (stmt, i);
          ok = TRUE;
        }
    }

  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close_v2 (db);
  return ok;
}

/* "3 stories, 8 sources and 1112 annotations" */
static char *
format_losses (const gint64 lost[3])
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (lost[0] > 0)
    /* Translators: what a library lacks that its backup holds, listed: “3 stories, 2 sources” */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld story", "%lld stories",
                                                          (gulong) lost[0]), (long long) lost[0]));
  if (lost[1] > 0)
    /* Translators: what a library lacks that its backup holds, listed: “3 stories, 2 sources” */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld source", "%lld sources",
                                                          (gulong) lost[1]), (long long) lost[1]));
  if (lost[2] > 0)
    /* Translators: what a library lacks that its backup holds, listed: “3 stories, 2 sources” */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld annotation", "%lld annotations",
                                                          (gulong) lost[2]), (long long) lost[2]));
  if (parts->len == 1)
    return g_strdup (parts->pdata[0]);
  if (parts->len == 2)
    /* Translators: joins two counts, "3 stories and 2 annotations" */
    return g_strdup_printf (_("%s and %s"), (char *) parts->pdata[0], (char *) parts->pdata[1]);
  /* Translators: joins three counts, "3 stories, 8 sources and 2 annotations" */
  return g_strdup_printf (_("%s, %s and %s"), (char *) parts->pdata[0], (char *) parts->pdata[1],
                          (char *) parts->pdata[2]);
}

static gboolean
backup_locked (PxStore   *self,
               gboolean   accept_losses,
               char     **kept_path,
               GError   **error)
{
  g_autofree char *backup_path = px_store_get_backup_path (self);
  g_autofree char *temp_path = g_strdup_printf ("%s.tmp-%d", backup_path, (int) getpid ());
  /* Translators: %s is the database’s file */
  g_autofree char *what = g_strdup_printf (_("Could not back up the database “%s”; the previous "
                                           "backup was kept"), self->path);
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int rc;
  g_autoptr(GError) local_error = NULL;

  if (kept_path != NULL)
    *kept_path = NULL;
  if (!_px_store_check_open (self, what, error))
    return FALSE;
  remove_stale_backup_copies (backup_path);
  rc = sqlite3_open_v2 (temp_path, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      _px_store_set_error (error, copy, rc, temp_path, what);
      goto fail;
    }

  backup = sqlite3_backup_init (copy, "main", self->db, "main");
  if (backup == NULL)
    {
      _px_store_set_error (error, copy, sqlite3_errcode (copy), temp_path, what);
      goto fail;
    }
  /* A few megabytes at a time, letting other threads' calls in between:
   * a backup of a large library on the database thread never holds up the
   * window for long. Writes made meanwhile through this connection are
   * copied too.
   */
  do
    {
      rc = sqlite3_backup_step (backup, BACKUP_STEP_PAGES);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (50);
      else if (rc == SQLITE_OK)
        {
          g_rec_mutex_unlock (&self->lock);
          g_thread_yield ();
          g_rec_mutex_lock (&self->lock);
        }
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      _px_store_set_error (error, copy, rc, temp_path, what);
      goto fail;
    }

  /* The copy is a single self-contained file, written through to disk. */
  if (!_px_store_exec (copy, "PRAGMA journal_mode = DELETE", temp_path, what, error))
    goto fail;
  g_clear_pointer (&copy, sqlite3_close_v2);

  if (!verify_copy (temp_path, SQLITE_OPEN_READONLY, &local_error))
    {
      /* Translators: what could not be done, then why */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED, C_("what failed, why", "%s: %s"), what,
                   local_error->message);
      goto fail;
    }

  /* A backup is never replaced by a database that lacks some of what it
   * holds (emptied by a failed copy, replaced by another program or an
   * older file, or trimmed by the user) unless the user said so; the
   * previous backup is then kept beside it, as is one that cannot be
   * read or compared, for whoever can still rescue it.
   */
  if (g_file_test (backup_path, G_FILE_TEST_EXISTS))
    {
      gint64 lost[3] = { 0, 0, 0 };
      gboolean compared = count_losses (temp_path, backup_path, lost);
      gboolean loses = lost[0] + lost[1] + lost[2] > 0;

      if (loses && !accept_losses)
        {
          g_autofree char *losses = format_losses (lost);
          g_autoptr(GDateTime) taken = file_mtime (backup_path);
          g_autoptr(GDateTime) local = taken != NULL ? g_date_time_to_local (taken) : NULL;
          g_autofree char *when = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup ("?");

          g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_BACKUP_HOLDS_MORE,
                       /* Translators: in order: the library’s file, what it lacks (“3 stories and 2
                        * annotations”), the backup’s file, when the backup was made */
                       _("The library “%s” lacks %s that its backup “%s” (from %s) holds; Parallax did not "
                         "replace the backup"),
                       self->path, losses, backup_path, when);
          goto fail;
        }
      if (!compared || loses)
        {
          g_autofree char *kept = aside_path (backup_path, "kept");

          if (g_rename (backup_path, kept) != 0)
            {
              int saved_errno = errno;

              g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           /* Translators: the first %s is what could not be done (“Could not back up the
                            * database …”), the second the name the previous backup was to be kept under, the
                            * third the system’s reason */
                           _("%s: could not keep the previous backup as “%s”: %s"), what, kept,
                           g_strerror (saved_errno));
              goto fail;
            }
          if (kept_path != NULL)
            *kept_path = g_steal_pointer (&kept);
        }
    }

  if (g_rename (temp_path, backup_path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is what could not be done (“Could not back up the database …”),
                    * the second a file’s name, the third the system’s reason */
                   _("%s: could not rename “%s”: %s"), what, temp_path, g_strerror (saved_errno));
      goto fail;
    }

  return TRUE;

fail:
  g_clear_pointer (&copy, sqlite3_close_v2);
  g_unlink (temp_path);
  return FALSE;
}

gboolean
px_store_backup_if_due (PxStore  *self,
                        GError  **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  /* A database just restored keeps the backup it came from; a backup
   * that failed is said once and not tried again on close.
   */
  if (self->recovery != NULL || self->backup_failed || !backup_due (self))
    return TRUE;
  if (!backup_locked (self, FALSE, NULL, error))
    {
      self->backup_failed = TRUE;
      return FALSE;
    }
  return TRUE;
}

gboolean
px_store_replace_backup (PxStore  *self,
                         char    **kept_path,
                         GError  **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!backup_locked (self, TRUE, kept_path, error))
    return FALSE;
  self->backup_failed = FALSE;
  return TRUE;
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = task_data;
  PxStoreOpenFlags flags = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (task), "px-flags"));
  GError *error = NULL;
  PxStore *store = px_store_open_full (path, flags, &error);

  if (store != NULL)
    g_task_return_pointer (task, store, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
px_store_open_async (const char          *path,
                     PxStoreOpenFlags     flags,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_store_open_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_object_set_data (G_OBJECT (task), "px-flags", GUINT_TO_POINTER (flags));
  g_task_run_in_thread (task, open_thread);
}

PxStore *
px_store_open_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == px_store_open_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
px_store_set_backup_on_close (PxStore  *self,
                              gboolean  backup_on_close)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_if_fail (PX_IS_STORE (self));

  locker = g_rec_mutex_locker_new (&self->lock);
  self->backup_on_close = !!backup_on_close;
}

gboolean
px_store_backup (PxStore  *self,
                 GError  **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  return backup_locked (self, FALSE, NULL, error);
}

gboolean
px_store_close (PxStore  *self,
                GError  **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (self->db == NULL)
    return TRUE;

  if (!self->backup_failed && (backup_due (self) || (self->backup_on_close && self->wrote)))
    ok = backup_locked (self, FALSE, NULL, error);

  stop_checkpointer (self);
  rc = sqlite3_close (self->db);
  if (rc != SQLITE_OK)
    {
      g_critical ("Closing “%s” with statements still open", self->path);
      sqlite3_close_v2 (self->db);
    }
  self->db = NULL;

  return ok;
}

/* PxLibrary */

static gboolean
store_poll_changes (PxLibrary  *library,
                    GError    **error)
{
  return px_store_check_external_changes (PX_STORE (library));
}

/* The store's functions take a PxStore where the interface has a
 * PxLibrary: the same pointer.
 */
#define IMPLEMENT(name) iface->name = (gpointer) px_store_##name

static void
px_store_library_init (PxLibraryInterface *iface)
{
  iface->maintain = (gpointer) px_store_backup_if_due;
  IMPLEMENT (backup);
  IMPLEMENT (close);
  iface->poll_changes = store_poll_changes;
  iface->create_story = (gpointer) _px_store_create_story;
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
  IMPLEMENT (keep_failed_source_full);
}
