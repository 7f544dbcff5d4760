/* px-store.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-store.h"
#include "px-store-private.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

#define NOW_SQL "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

/* How long a write waits for another process's transaction to end. */
#define BUSY_TIMEOUT_MS 10000

struct _PxStore
{
  GObject parent_instance;

  GRecMutex lock;
  sqlite3 *db;
  char *path;
  GMainContext *context;
  PxStoreRecovery *recovery;
  gint64 data_version;
};

G_DEFINE_FINAL_TYPE (PxStore, px_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (px-store-error-quark, px_store_error)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
                   "%s: there is no space left on the disk that holds “%s”; nothing was changed",
                   what, path);
      break;
    case SQLITE_IOERR:
      if (system_errno == ENOSPC || system_errno == EDQUOT)
        g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DISK_FULL,
                     "%s: there is no space left on the disk that holds “%s”; nothing was changed",
                     what, path);
      else
        g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED,
                     "%s: could not read or write “%s” (%s); nothing was changed",
                     what, path, system_errno != 0 ? g_strerror (system_errno) : detail);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_READ_ONLY,
                   "%s: the database “%s” is read-only (check the permissions of the file and "
                   "its folder); nothing was changed", what, path);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_READ_ONLY,
                   "%s: the database “%s” could not be opened for writing (%s; check the "
                   "permissions of the file and its folder); nothing was changed",
                   what, path, system_errno != 0 ? g_strerror (system_errno) : detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_BUSY,
                   "%s: the database “%s” stayed busy in another program; nothing was changed, "
                   "try again", what, path);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DAMAGED,
                   "%s: the database “%s” is damaged (%s); restart Parallax to restore its backup",
                   what, path, detail);
      break;
    default:
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED,
                   "%s: %s (database “%s”)", what, detail, path);
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

static sqlite3_stmt *
prepare (PxStore     *self,
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

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

/* Steps a statement that returns no rows. */
static gboolean
step_done (PxStore       *self,
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
static gboolean
step_row (PxStore       *self,
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

/* Transactions: declared after the lock and before any statement, so that
 * statements are finished first, then an unfinished transaction is rolled
 * back, then the lock is released.
 */
typedef struct
{
  PxStore *store;
  gboolean finished;
} Transaction;

static void
transaction_free (Transaction *txn)
{
  if (!txn->finished && !sqlite3_get_autocommit (txn->store->db))
    sqlite3_exec (txn->store->db, "ROLLBACK", NULL, NULL, NULL);
  g_free (txn);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Transaction, transaction_free)

static gboolean
check_open (PxStore     *self,
            const char  *what,
            GError     **error)
{
  if (self->db != NULL)
    return TRUE;

  g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED,
               "%s: the database “%s” is closed", what, self->path);
  return FALSE;
}

/* IMMEDIATE takes the write lock now, so that a transaction never fails
 * half-way because another process started writing in the meantime.
 */
static Transaction *
transaction_begin (PxStore     *self,
                   const char  *what,
                   GError     **error)
{
  Transaction *txn;

  if (!check_open (self, what, error)
      || !_px_store_exec (self->db, "BEGIN IMMEDIATE", self->path, what, error))
    return NULL;

  txn = g_new0 (Transaction, 1);
  txn->store = self;
  return txn;
}

static gboolean
transaction_commit (Transaction  *txn,
                    const char   *what,
                    GError      **error)
{
  if (!_px_store_exec (txn->store->db, "COMMIT", txn->store->path, what, error))
    return FALSE;

  txn->finished = TRUE;
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

  g_signal_emit (emission->store, signals[CHANGED], 0, emission->story_id);
  return G_SOURCE_REMOVE;
}

static void
queue_changed (PxStore *self,
               gint64   story_id)
{
  g_autoptr(GSource) source = NULL;
  ChangedEmission *emission;

  if (!g_signal_has_handler_pending (self, signals[CHANGED], 0, FALSE))
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
  queue_changed (self, 0);
  return TRUE;
}

/* GObject */

static void
px_store_finalize (GObject *object)
{
  PxStore *self = PX_STORE (object);

  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);
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

  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
px_store_init (PxStore *self)
{
  g_rec_mutex_init (&self->lock);
  self->context = g_main_context_ref_thread_default ();
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
      _px_store_set_error (error, db, rc, path, "Could not check the database");
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
  const char *what = "Could not open the database";
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

  /* Before anything writes to it: a newer database is left as it is. */
  if (!read_int_pragma (db, "PRAGMA user_version", &version, &rc))
    goto sqlite_failed;

  if (version > PX_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NEWER_VERSION,
                   "The database “%s” was written by a newer version of Parallax (database "
                   "version %d; this version reads up to %d). Update Parallax to open it; the file "
                   "was not changed.", self->path, version, PX_STORE_SCHEMA_VERSION);
      sqlite3_close_v2 (db);
      return OPEN_FAILED;
    }

  if (sqlite3_db_readonly (db, "main") == 1)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_READ_ONLY,
                   "The database “%s” is read-only (check the permissions of the file and its "
                   "folder); Parallax did not change it", self->path);
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
                   "%s: the database “%s” cannot use write-ahead logging (journal mode %s)",
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
    return g_strdup_printf ("%" G_GINT64_FORMAT " %s", days, days == 1 ? "day" : "days");
  if (hours >= 1)
    return g_strdup_printf ("%" G_GINT64_FORMAT " %s", hours, hours == 1 ? "hour" : "hours");
  if (minutes >= 1)
    return g_strdup_printf ("%" G_GINT64_FORMAT " %s", minutes, minutes == 1 ? "minute" : "minutes");
  return g_strdup ("less than a minute");
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
    _px_store_set_error (error, db, rc, copy_path, "Could not open the backup");
  else if (!read_int_pragma (db, "PRAGMA user_version", &version, &rc))
    _px_store_set_error (error, db, rc, copy_path, "Could not read the backup");
  else if (version < 1 || version > PX_STORE_SCHEMA_VERSION)
    g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DAMAGED,
                 "The backup “%s” is not a Parallax database this version can read", copy_path);
  else if (!quick_check (db, copy_path, &damage, error))
    {
      if (damage != NULL)
        g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DAMAGED,
                     "The backup “%s” is damaged (%s)", copy_path, damage);
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
               "Could not move the damaged database “%s” aside to “%s”: %s",
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
        g_strdup_printf ("The database “%s” was damaged (%s). It was moved to “%s” and kept; "
                         "the backup from %s (%s old) was restored in its place. Changes made "
                         "after that backup are only in the damaged file.",
                         self->path, damage, recovery->damaged_path, when, age);
    }
  else
    {
      recovery->message =
        g_strdup_printf ("The database “%s” was damaged (%s). It was moved to “%s” and kept; "
                         "there was no usable backup to restore%s%s, so Parallax started a new, "
                         "empty database.",
                         self->path, damage, recovery->damaged_path,
                         backup_error != NULL ? ": " : "",
                         backup_error != NULL ? backup_error->message : "");
    }

  g_message ("%s", recovery->message);
  self->recovery = g_steal_pointer (&recovery);
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

static gboolean backup_locked (PxStore  *self,
                               GError  **error);

PxStore *
px_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(PxStore) self = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *damage = NULL;
  OpenResult result;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (PX_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Could not create the folder “%s” for the database: %s",
                   folder, g_strerror (saved_errno));
      return NULL;
    }

  result = open_database (self, &damage, error);

  if (result == OPEN_DAMAGED)
    {
      g_autofree char *second_damage = NULL;

      if (!recover (self, damage, error))
        return NULL;

      result = open_database (self, &second_damage, error);
      if (result == OPEN_DAMAGED)
        {
          g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DAMAGED,
                       "The database “%s” was damaged and moved to “%s”, and the database made "
                       "in its place is damaged too (%s)",
                       path, self->recovery->damaged_path, second_damage);
          return NULL;
        }
    }

  if (result != OPEN_OK)
    return NULL;

  /* Just checked: a good moment for the daily backup. A failed backup
   * keeps the previous one and does not stop the user's work.
   */
  if (self->recovery == NULL && backup_due (self))
    {
      g_autoptr(GError) backup_error = NULL;

      if (!backup_locked (self, &backup_error))
        g_message ("%s", backup_error->message);
    }

  return g_steal_pointer (&self);
}

/* Backups */

static gboolean
backup_locked (PxStore  *self,
               GError  **error)
{
  g_autofree char *backup_path = px_store_get_backup_path (self);
  g_autofree char *temp_path = g_strdup_printf ("%s.tmp-%d", backup_path, (int) getpid ());
  g_autofree char *what = g_strdup_printf ("Could not back up the database “%s”; the previous "
                                           "backup was kept", self->path);
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int rc;
  g_autoptr(GError) local_error = NULL;

  if (!check_open (self, what, error))
    return FALSE;

  g_unlink (temp_path);
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
  do
    {
      rc = sqlite3_backup_step (backup, -1);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (50);
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
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_FAILED, "%s: %s", what, local_error->message);
      goto fail;
    }

  if (g_rename (temp_path, backup_path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: could not rename “%s”: %s", what, temp_path, g_strerror (saved_errno));
      goto fail;
    }

  return TRUE;

fail:
  g_clear_pointer (&copy, sqlite3_close_v2);
  g_unlink (temp_path);
  return FALSE;
}

gboolean
px_store_backup (PxStore  *self,
                 GError  **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  return backup_locked (self, error);
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

  if (backup_due (self))
    ok = backup_locked (self, error);

  rc = sqlite3_close (self->db);
  if (rc != SQLITE_OK)
    {
      g_critical ("Closing “%s” with statements still open", self->path);
      sqlite3_close_v2 (self->db);
    }
  self->db = NULL;

  return ok;
}

/* Stories */

static char *
clean_title (const char  *title,
             const char  *what,
             GError     **error)
{
  g_autofree char *copy = NULL;

  if (title == NULL || !g_utf8_validate (title, -1, NULL))
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                   "%s: the title is not valid UTF-8 text", what);
      return NULL;
    }

  copy = g_strstrip (g_strdup (title));
  if (*copy == '\0')
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, "%s: the title is empty", what);
      return NULL;
    }

  return g_steal_pointer (&copy);
}

static gboolean
touch_story (PxStore     *self,
             gint64       story_id,
             const char  *what,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, "UPDATE stories SET updated_at = " NOW_SQL " WHERE id = ?1",
                                          what, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, story_id);
  return step_done (self, stmt, what, error);
}

/* Fails with NOT_FOUND unless the story exists (and, unless
 * @allow_deleted, is not in the trash).
 */
static gboolean
require_story (PxStore     *self,
               gint64       story_id,
               gboolean     allow_deleted,
               const char  *what,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, "SELECT deleted_at IS NOT NULL FROM stories WHERE id = ?1",
                                          what, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, story_id);
  if (!step_row (self, stmt, &row, what, error))
    return FALSE;

  if (!row || (!allow_deleted && sqlite3_column_int (stmt, 0)))
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                   "%s: there is no story %" G_GINT64_FORMAT "%s", what, story_id,
                   row ? " (it is in the trash)" : "");
      return FALSE;
    }

  return TRUE;
}

gint64
px_store_create_story (PxStore     *self,
                       const char  *title,
                       GError     **error)
{
  const char *what = "Could not create the story";
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(Transaction) txn = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *clean = NULL;
  gint64 id;

  g_return_val_if_fail (PX_IS_STORE (self), 0);

  if ((clean = clean_title (title, what, error)) == NULL)
    return 0;

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = transaction_begin (self, what, error)) == NULL
      || (stmt = prepare (self,
                          "INSERT INTO stories (title, created_at, updated_at) "
                          "VALUES (?1, " NOW_SQL ", " NOW_SQL ")",
                          what, error)) == NULL)
    return 0;

  bind_text (stmt, 1, clean);
  if (!step_done (self, stmt, what, error))
    return 0;
  id = sqlite3_last_insert_rowid (self->db);

  if (!transaction_commit (txn, what, error))
    return 0;

  queue_changed (self, id);
  return id;
}

/* One UPDATE on a story in its own transaction. */
static gboolean
update_story (PxStore     *self,
              gint64       story_id,
              gboolean     allow_deleted,
              const char  *sql,
              const char  *text,
              const char  *what,
              GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autoptr(Transaction) txn = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if ((txn = transaction_begin (self, what, error)) == NULL
      || !require_story (self, story_id, allow_deleted, what, error)
      || (stmt = prepare (self, sql, what, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, story_id);
  if (text != NULL)
    bind_text (stmt, 2, text);
  if (!step_done (self, stmt, what, error) || !transaction_commit (txn, what, error))
    return FALSE;

  queue_changed (self, story_id);
  return TRUE;
}

gboolean
px_store_rename_story (PxStore     *self,
                       gint64       story_id,
                       const char  *title,
                       GError     **error)
{
  const char *what = "Could not rename the story";
  g_autofree char *clean = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  if ((clean = clean_title (title, what, error)) == NULL)
    return FALSE;

  return update_story (self, story_id, FALSE,
                       "UPDATE stories SET title = ?2, updated_at = " NOW_SQL " WHERE id = ?1",
                       clean, what, error);
}

gboolean
px_store_delete_story (PxStore  *self,
                       gint64    story_id,
                       GError  **error)
{
  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  return update_story (self, story_id, FALSE,
                       "UPDATE stories SET deleted_at = " NOW_SQL " WHERE id = ?1",
                       NULL, "Could not delete the story", error);
}

gboolean
px_store_restore_story (PxStore  *self,
                        gint64    story_id,
                        GError  **error)
{
  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  return update_story (self, story_id, TRUE,
                       "UPDATE stories SET deleted_at = NULL WHERE id = ?1",
                       NULL, "Could not restore the story", error);
}

gboolean
px_store_purge_deleted_stories (PxStore    *self,
                                GDateTime  *before,
                                GError    **error)
{
  const char *what = "Could not empty the trash";
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(Transaction) txn = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *limit = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);
  g_return_val_if_fail (before != NULL, FALSE);

  utc = g_date_time_to_utc (before);
  limit = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.000Z");

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = transaction_begin (self, what, error)) == NULL
      || (stmt = prepare (self, "DELETE FROM stories WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
                          what, error)) == NULL)
    return FALSE;

  bind_text (stmt, 1, limit);
  if (!step_done (self, stmt, what, error) || !transaction_commit (txn, what, error))
    return FALSE;

  queue_changed (self, 0);
  return TRUE;
}

#define STORY_COLUMNS \
  "SELECT s.id, s.title, s.created_at, s.updated_at, s.deleted_at, " \
  "  (SELECT count(*) FROM sources WHERE story_id = s.id), " \
  "  (SELECT count(*) FROM annotations WHERE story_id = s.id AND deleted_at IS NULL) " \
  "FROM stories s "

static PxStoryInfo *
story_from_row (sqlite3_stmt *stmt)
{
  PxStoryInfo *info = g_new0 (PxStoryInfo, 1);

  info->id = sqlite3_column_int64 (stmt, 0);
  info->title = column_dup (stmt, 1);
  info->created_at = column_dup (stmt, 2);
  info->updated_at = column_dup (stmt, 3);
  info->deleted_at = column_dup (stmt, 4);
  info->n_sources = sqlite3_column_int (stmt, 5);
  info->n_annotations = sqlite3_column_int (stmt, 6);

  return info;
}

PxStoryInfo *
px_store_get_story (PxStore  *self,
                    gint64    story_id,
                    GError  **error)
{
  const char *what = "Could not read the story";
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!check_open (self, what, error)
      || (stmt = prepare (self, STORY_COLUMNS "WHERE s.id = ?1", what, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, story_id);
  if (!step_row (self, stmt, &row, what, error))
    return NULL;
  if (!row)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                   "%s: there is no story %" G_GINT64_FORMAT, what, story_id);
      return NULL;
    }

  return story_from_row (stmt);
}

GPtrArray *
px_store_list_stories (PxStore   *self,
                       gboolean   include_deleted,
                       GError   **error)
{
  const char *what = "Could not list the stories";
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) stories = g_ptr_array_new_with_free_func ((GDestroyNotify) px_story_info_free);
  gboolean row;
  gboolean ok;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!check_open (self, what, error)
      || (stmt = prepare (self,
                          STORY_COLUMNS "WHERE ?1 OR s.deleted_at IS NULL "
                          "ORDER BY s.updated_at DESC, s.id DESC",
                          what, error)) == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, include_deleted);
  while ((ok = step_row (self, stmt, &row, what, error)) && row)
    g_ptr_array_add (stories, story_from_row (stmt));

  if (!ok)
    return NULL;

  return g_steal_pointer (&stories);
}

/* Sources */

#define SOURCE_COLUMNS \
  "SELECT s.id, s.story_id, s.position, s.input, s.outlet, s.title, s.byline, s.published, " \
  "  s.url, s.language, v.id, v.number, " \
  "  (SELECT count(*) FROM source_versions WHERE source_id = s.id), " \
  "  v.fetched_at, v.checked_at, v.sha256, v.content_type, v.final_url, v.text " \
  "FROM sources s JOIN source_versions v ON v.source_id = s.id " \
  "  AND v.number = (SELECT max(number) FROM source_versions WHERE source_id = s.id) "

static PxSourceRecord *
source_from_row (sqlite3_stmt *stmt)
{
  PxSourceRecord *source = g_new0 (PxSourceRecord, 1);

  source->id = sqlite3_column_int64 (stmt, 0);
  source->story_id = sqlite3_column_int64 (stmt, 1);
  source->position = sqlite3_column_int (stmt, 2);
  source->input = column_dup (stmt, 3);
  source->outlet = column_dup (stmt, 4);
  source->title = column_dup (stmt, 5);
  source->byline = column_dup (stmt, 6);
  source->published = column_dup (stmt, 7);
  source->url = column_dup (stmt, 8);
  source->language = column_dup (stmt, 9);
  source->version_id = sqlite3_column_int64 (stmt, 10);
  source->version = sqlite3_column_int (stmt, 11);
  source->n_versions = sqlite3_column_int (stmt, 12);
  source->fetched_at = column_dup (stmt, 13);
  source->checked_at = column_dup (stmt, 14);
  source->sha256 = column_dup (stmt, 15);
  source->content_type = column_dup (stmt, 16);
  source->final_url = column_dup (stmt, 17);
  source->text = column_dup (stmt, 18);

  return source;
}

static PxSourceRecord *
get_source_locked (PxStore     *self,
                   gint64       source_id,
                   const char  *what,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean row;

  if (!check_open (self, what, error)
      || (stmt = prepare (self, SOURCE_COLUMNS "WHERE s.id = ?1", what, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, source_id);
  if (!step_row (self, stmt, &row, what, error))
    return NULL;
  if (!row)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                   "%s: there is no source %" G_GINT64_FORMAT, what, source_id);
      return NULL;
    }

  return source_from_row (stmt);
}

PxSourceRecord *
px_store_get_source (PxStore  *self,
                     gint64    source_id,
                     GError  **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  return get_source_locked (self, source_id, "Could not read the source", error);
}

GPtrArray *
px_store_list_sources (PxStore  *self,
                       gint64    story_id,
                       GError  **error)
{
  const char *what = "Could not list the story's sources";
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) px_source_record_free);
  gboolean row;
  gboolean ok;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!check_open (self, what, error)
      || !require_story (self, story_id, TRUE, what, error)
      || (stmt = prepare (self, SOURCE_COLUMNS "WHERE s.story_id = ?1 ORDER BY s.position, s.id",
                          what, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, story_id);
  while ((ok = step_row (self, stmt, &row, what, error)) && row)
    g_ptr_array_add (sources, source_from_row (stmt));
  if (!ok)
    return NULL;

  return g_steal_pointer (&sources);
}

static gboolean
insert_version (PxStore           *self,
                gint64             source_id,
                guint              number,
                const PxArticle   *article,
                const PxSnapshot  *snapshot,
                const char        *what,
                GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *fetched_at = NULL;
  g_autofree char *sha256 = NULL;
  const void *body;
  gsize body_len;

  if (snapshot != NULL)
    {
      fetched_at = px_snapshot_format_fetched_at (snapshot);
      body = g_bytes_get_data (snapshot->body, &body_len);
      sha256 = g_strdup (snapshot->sha256);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      fetched_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
      body = article->text;
      body_len = strlen (article->text);
      sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, body, body_len);
    }

  stmt = prepare (self,
                  "INSERT INTO source_versions (source_id, number, fetched_at, checked_at, sha256, "
                  "  content_type, final_url, body, text) "
                  "VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8)",
                  what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, source_id);
  sqlite3_bind_int (stmt, 2, number);
  bind_text (stmt, 3, fetched_at);
  bind_text (stmt, 4, sha256);
  bind_text (stmt, 5, snapshot != NULL ? snapshot->content_type : "text/plain");
  bind_text (stmt, 6, snapshot != NULL ? snapshot->final_url : NULL);
  sqlite3_bind_blob64 (stmt, 7, body != NULL ? body : "", body_len, SQLITE_STATIC);
  bind_text (stmt, 8, article->text);

  return step_done (self, stmt, what, error);
}

static gboolean
check_article (const PxArticle  *article,
               const char       *what,
               GError          **error)
{
  if (article->text == NULL || !g_utf8_validate (article->text, -1, NULL))
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                   "%s: the text extracted from “%s” is not valid UTF-8", what, article->input);
      return FALSE;
    }

  return TRUE;
}

gint64
px_store_add_source (PxStore           *self,
                     gint64             story_id,
                     const PxArticle   *article,
                     const PxSnapshot  *snapshot,
                     GError           **error)
{
  g_autofree char *what = NULL;
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(Transaction) txn = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 source_id;

  g_return_val_if_fail (PX_IS_STORE (self), 0);
  g_return_val_if_fail (article != NULL, 0);

  what = g_strdup_printf ("Could not store “%s” in story %" G_GINT64_FORMAT, article->input, story_id);
  if (!check_article (article, what, error))
    return 0;

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = transaction_begin (self, what, error)) == NULL
      || !require_story (self, story_id, FALSE, what, error)
      || (stmt = prepare (self,
                          "INSERT INTO sources (story_id, position, input, outlet, title, byline, "
                          "  published, url, language) "
                          "VALUES (?1, (SELECT coalesce(max(position) + 1, 0) FROM sources "
                          "             WHERE story_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                          what, error)) == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, story_id);
  bind_text (stmt, 2, article->input);
  bind_text (stmt, 3, article->outlet);
  bind_text (stmt, 4, article->title);
  bind_text (stmt, 5, article->byline);
  bind_text (stmt, 6, article->published);
  bind_text (stmt, 7, article->url);
  bind_text (stmt, 8, article->language);
  if (!step_done (self, stmt, what, error))
    return 0;
  source_id = sqlite3_last_insert_rowid (self->db);

  if (!insert_version (self, source_id, 1, article, snapshot, what, error)
      || !touch_story (self, story_id, what, error)
      || !transaction_commit (txn, what, error))
    return 0;

  queue_changed (self, story_id);
  return source_id;
}

gboolean
px_store_move_source (PxStore  *self,
                      gint64    source_id,
                      guint     position,
                      GError  **error)
{
  const char *what = "Could not move the source";
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(Transaction) txn = NULL;
  g_autoptr(PxSourceRecord) source = NULL;
  g_autoptr(sqlite3_stmt) count = NULL;
  g_autoptr(sqlite3_stmt) shift = NULL;
  g_autoptr(sqlite3_stmt) place = NULL;
  gboolean row;
  guint n_sources;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = transaction_begin (self, what, error)) == NULL
      || (source = get_source_locked (self, source_id, what, error)) == NULL
      || (count = prepare (self, "SELECT count(*) FROM sources WHERE story_id = ?1", what, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (count, 1, source->story_id);
  if (!step_row (self, count, &row, what, error))
    return FALSE;
  n_sources = sqlite3_column_int (count, 0);
  position = MIN (position, n_sources - 1);
  if (position == source->position)
    return TRUE;

  if (position < source->position)
    shift = prepare (self,
                     "UPDATE sources SET position = position + 1 "
                     "WHERE story_id = ?1 AND position >= ?2 AND position < ?3",
                     what, error);
  else
    shift = prepare (self,
                     "UPDATE sources SET position = position - 1 "
                     "WHERE story_id = ?1 AND position > ?3 AND position <= ?2",
                     what, error);
  if (shift == NULL)
    return FALSE;
  sqlite3_bind_int64 (shift, 1, source->story_id);
  sqlite3_bind_int (shift, 2, position);
  sqlite3_bind_int (shift, 3, source->position);

  if (!step_done (self, shift, what, error)
      || (place = prepare (self, "UPDATE sources SET position = ?2 WHERE id = ?1", what, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (place, 1, source_id);
  sqlite3_bind_int (place, 2, position);

  if (!step_done (self, place, what, error)
      || !touch_story (self, source->story_id, what, error)
      || !transaction_commit (txn, what, error))
    return FALSE;

  queue_changed (self, source->story_id);
  return TRUE;
}

gboolean
px_store_delete_source (PxStore  *self,
                        gint64    source_id,
                        GError  **error)
{
  const char *what = "Could not delete the source";
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(Transaction) txn = NULL;
  g_autoptr(PxSourceRecord) source = NULL;
  g_autoptr(sqlite3_stmt) remove = NULL;
  g_autoptr(sqlite3_stmt) orphans = NULL;
  g_autoptr(sqlite3_stmt) shift = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = transaction_begin (self, what, error)) == NULL
      || (source = get_source_locked (self, source_id, what, error)) == NULL
      || (remove = prepare (self, "DELETE FROM sources WHERE id = ?1", what, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (remove, 1, source_id);
  if (!step_done (self, remove, what, error))
    return FALSE;

  /* An annotation left with no passage at all has nothing to show. */
  orphans = prepare (self,
                     "DELETE FROM annotations WHERE story_id = ?1 AND NOT EXISTS "
                     "  (SELECT 1 FROM annotation_targets WHERE annotation_id = annotations.id)",
                     what, error);
  if (orphans == NULL)
    return FALSE;
  sqlite3_bind_int64 (orphans, 1, source->story_id);

  if (!step_done (self, orphans, what, error)
      || (shift = prepare (self,
                           "UPDATE sources SET position = position - 1 "
                           "WHERE story_id = ?1 AND position > ?2",
                           what, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (shift, 1, source->story_id);
  sqlite3_bind_int (shift, 2, source->position);

  if (!step_done (self, shift, what, error)
      || !touch_story (self, source->story_id, what, error)
      || !transaction_commit (txn, what, error))
    return FALSE;

  queue_changed (self, source->story_id);
  return TRUE;
}

GPtrArray *
px_store_list_source_versions (PxStore  *self,
                               gint64    source_id,
                               GError  **error)
{
  const char *what = "Could not list the source's versions";
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func ((GDestroyNotify) px_source_version_free);
  gboolean row;
  gboolean ok;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!check_open (self, what, error)
      || (stmt = prepare (self,
                          "SELECT id, source_id, number, fetched_at, checked_at, sha256, content_type, "
                          "  final_url, length(body) "
                          "FROM source_versions WHERE source_id = ?1 ORDER BY number",
                          what, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, source_id);
  while ((ok = step_row (self, stmt, &row, what, error)) && row)
    {
      PxSourceVersion *version = g_new0 (PxSourceVersion, 1);

      version->id = sqlite3_column_int64 (stmt, 0);
      version->source_id = sqlite3_column_int64 (stmt, 1);
      version->number = sqlite3_column_int (stmt, 2);
      version->fetched_at = column_dup (stmt, 3);
      version->checked_at = column_dup (stmt, 4);
      version->sha256 = column_dup (stmt, 5);
      version->content_type = column_dup (stmt, 6);
      version->final_url = column_dup (stmt, 7);
      version->body_size = sqlite3_column_int64 (stmt, 8);
      g_ptr_array_add (versions, version);
    }
  if (!ok)
    return NULL;

  if (versions->len == 0)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                   "%s: there is no source %" G_GINT64_FORMAT, what, source_id);
      return NULL;
    }

  return g_steal_pointer (&versions);
}

/* Reads column 0 of version @version_id with @sql. */
static sqlite3_stmt *
read_version_column (PxStore     *self,
                     gint64       version_id,
                     const char  *sql,
                     const char  *what,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean row;

  if (!check_open (self, what, error) || (stmt = prepare (self, sql, what, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, version_id);
  if (!step_row (self, stmt, &row, what, error))
    return NULL;
  if (!row)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                   "%s: there is no source version %" G_GINT64_FORMAT, what, version_id);
      return NULL;
    }

  return g_steal_pointer (&stmt);
}

GBytes *
px_store_get_version_body (PxStore  *self,
                           gint64    version_id,
                           GError  **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  stmt = read_version_column (self, version_id, "SELECT body FROM source_versions WHERE id = ?1",
                              "Could not read the archived page", error);
  if (stmt == NULL)
    return NULL;

  return g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
}

char *
px_store_get_version_text (PxStore  *self,
                           gint64    version_id,
                           GError  **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  stmt = read_version_column (self, version_id, "SELECT text FROM source_versions WHERE id = ?1",
                              "Could not read the source's text", error);
  if (stmt == NULL)
    return NULL;

  return column_dup (stmt, 0);
}

/* Annotations */

static PxTextSelector *
selector_from_row (sqlite3_stmt *stmt,
                   int           first)
{
  return px_text_selector_new ((const char *) sqlite3_column_text (stmt, first),
                               (const char *) sqlite3_column_text (stmt, first + 1),
                               (const char *) sqlite3_column_text (stmt, first + 2),
                               sqlite3_column_int (stmt, first + 3),
                               sqlite3_column_int (stmt, first + 4));
}

/* Re-anchors every target on @source_id from its selector into @text,
 * the text of version @version_id, and records the outcomes in @report.
 */
static gboolean
reanchor_targets (PxStore           *self,
                  gint64             source_id,
                  gint64             version_id,
                  const char        *text,
                  PxReanchorReport  *report,
                  const char        *what,
                  GError           **error)
{
  g_autoptr(sqlite3_stmt) select = NULL;
  g_autoptr(sqlite3_stmt) attach = NULL;
  g_autoptr(sqlite3_stmt) review = NULL;
  g_autoptr(sqlite3_stmt) states = NULL;
  gboolean row;
  gboolean ok;

  if ((select = prepare (self,
                         "SELECT t.id, t.annotation_id, t.exact, t.prefix, t.suffix, t.position_start, "
                         "  t.position_end FROM annotation_targets t WHERE t.source_id = ?1 ORDER BY t.id",
                         what, error)) == NULL
      || (attach = prepare (self,
                            "UPDATE annotation_targets SET version_id = ?2, exact = ?3, prefix = ?4, "
                            "  suffix = ?5, position_start = ?6, position_end = ?7, state = 'ok', "
                            "  confidence = ?8 WHERE id = ?1",
                            what, error)) == NULL
      || (review = prepare (self,
                            "UPDATE annotation_targets SET state = 'needs-review', confidence = ?2 "
                            "WHERE id = ?1",
                            what, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (select, 1, source_id);
  while ((ok = step_row (self, select, &row, what, error)) && row)
    {
      g_autoptr(PxTextSelector) old = selector_from_row (select, 2);
      PxReanchorOutcome outcome = { 0 };
      PxAnchorMatch match;

      outcome.target_id = sqlite3_column_int64 (select, 0);
      outcome.annotation_id = sqlite3_column_int64 (select, 1);
      outcome.attached = px_anchor_locate (text, old, &match);
      outcome.method = match.method;
      outcome.confidence = match.confidence;

      if (outcome.attached)
        {
          g_autoptr(PxTextSelector) found = px_anchor_select_range (text, match.start, match.end, error);

          if (found == NULL)
            return FALSE;

          sqlite3_reset (attach);
          sqlite3_bind_int64 (attach, 1, outcome.target_id);
          sqlite3_bind_int64 (attach, 2, version_id);
          bind_text (attach, 3, found->exact);
          bind_text (attach, 4, found->prefix);
          bind_text (attach, 5, found->suffix);
          sqlite3_bind_int (attach, 6, found->start);
          sqlite3_bind_int (attach, 7, found->end);
          sqlite3_bind_double (attach, 8, match.confidence);
          if (!step_done (self, attach, what, error))
            return FALSE;
        }
      else
        {
          /* The selector stays on the version it was made for. */
          sqlite3_reset (review);
          sqlite3_bind_int64 (review, 1, outcome.target_id);
          sqlite3_bind_double (review, 2, match.confidence);
          if (!step_done (self, review, what, error))
            return FALSE;
          report->n_needs_review++;
        }

      g_array_append_val (report->outcomes, outcome);
    }
  if (!ok)
    return FALSE;

  states = prepare (self,
                    "UPDATE annotations SET state = CASE "
                    "    WHEN EXISTS (SELECT 1 FROM annotation_targets t "
                    "                 WHERE t.annotation_id = annotations.id AND t.state = 'needs-review') "
                    "      THEN 'needs-review' "
                    "    WHEN state = 'needs-review' THEN 'ok' ELSE state END, "
                    "  updated_at = " NOW_SQL " "
                    "WHERE id IN (SELECT annotation_id FROM annotation_targets WHERE source_id = ?1)",
                    what, error);
  if (states == NULL)
    return FALSE;
  sqlite3_bind_int64 (states, 1, source_id);

  return step_done (self, states, what, error);
}

PxReanchorReport *
px_store_add_source_version (PxStore           *self,
                             gint64             source_id,
                             const PxArticle   *article,
                             const PxSnapshot  *snapshot,
                             GError           **error)
{
  g_autofree char *what = NULL;
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(Transaction) txn = NULL;
  g_autoptr(PxSourceRecord) current = NULL;
  g_autoptr(PxReanchorReport) report = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);
  g_return_val_if_fail (article != NULL, NULL);

  what = g_strdup_printf ("Could not store the new version of source %" G_GINT64_FORMAT
                          " (“%s”)", source_id, article->input);
  if (!check_article (article, what, error))
    return NULL;

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = transaction_begin (self, what, error)) == NULL
      || (current = get_source_locked (self, source_id, what, error)) == NULL)
    return NULL;

  report = g_new0 (PxReanchorReport, 1);
  report->source_id = source_id;
  report->outcomes = g_array_new (FALSE, FALSE, sizeof (PxReanchorOutcome));

  if (g_str_equal (current->text, article->text))
    {
      g_autofree char *checked_at = NULL;

      if (snapshot != NULL)
        checked_at = px_snapshot_format_fetched_at (snapshot);
      else
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

          checked_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
        }

      if ((stmt = prepare (self, "UPDATE source_versions SET checked_at = ?2 WHERE id = ?1",
                           what, error)) == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, current->version_id);
      bind_text (stmt, 2, checked_at);
      if (!step_done (self, stmt, what, error) || !transaction_commit (txn, what, error))
        return NULL;

      report->version_id = current->version_id;
      report->changed = FALSE;
      queue_changed (self, current->story_id);
      return g_steal_pointer (&report);
    }

  /* Metadata follows the newest fetch; what it lacks is kept. */
  if ((stmt = prepare (self,
                       "UPDATE sources SET outlet = coalesce(?2, outlet), title = coalesce(?3, title), "
                       "  byline = coalesce(?4, byline), published = coalesce(?5, published), "
                       "  url = coalesce(?6, url), language = coalesce(?7, language) WHERE id = ?1",
                       what, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, source_id);
  bind_text (stmt, 2, article->outlet);
  bind_text (stmt, 3, article->title);
  bind_text (stmt, 4, article->byline);
  bind_text (stmt, 5, article->published);
  bind_text (stmt, 6, article->url);
  bind_text (stmt, 7, article->language);

  if (!step_done (self, stmt, what, error)
      || !insert_version (self, source_id, current->version + 1, article, snapshot, what, error))
    return NULL;

  report->version_id = sqlite3_last_insert_rowid (self->db);
  report->changed = TRUE;

  if (!reanchor_targets (self, source_id, report->version_id, article->text, report, what, error)
      || !touch_story (self, current->story_id, what, error)
      || !transaction_commit (txn, what, error))
    return NULL;

  queue_changed (self, current->story_id);
  return g_steal_pointer (&report);
}

static gboolean
set_anchor_error (GError      **error,
                  GError       *anchor_error,
                  gint64        source_id,
                  const char   *what)
{
  int code = PX_STORE_ERROR_INVALID;

  if (g_error_matches (anchor_error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_NOT_FOUND))
    code = PX_STORE_ERROR_QUOTE_NOT_FOUND;
  else if (g_error_matches (anchor_error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_AMBIGUOUS))
    code = PX_STORE_ERROR_QUOTE_AMBIGUOUS;

  g_set_error (error, PX_STORE_ERROR, code, "%s: source %" G_GINT64_FORMAT ": %s",
               what, source_id, anchor_error->message);
  return FALSE;
}

gint64
px_store_create_annotation (PxStore             *self,
                            gint64               story_id,
                            const PxTargetSpec  *targets,
                            guint                n_targets,
                            PxVerdict            verdict,
                            const char          *note,
                            GError             **error)
{
  const char *what = "Could not save the annotation";
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(Transaction) txn = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) insert_target = NULL;
  gint64 annotation_id;

  g_return_val_if_fail (PX_IS_STORE (self), 0);

  if (n_targets == 0)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, "%s: it marks no passage", what);
      return 0;
    }
  if ((guint) verdict > PX_VERDICT_OPINION)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, "%s: unknown verdict %d", what, verdict);
      return 0;
    }
  if (note != NULL && !g_utf8_validate (note, -1, NULL))
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, "%s: the note is not valid UTF-8 text", what);
      return 0;
    }

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = transaction_begin (self, what, error)) == NULL
      || !require_story (self, story_id, FALSE, what, error)
      || (insert = prepare (self,
                            "INSERT INTO annotations (story_id, verdict, note, created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, " NOW_SQL ", " NOW_SQL ")",
                            what, error)) == NULL
      || (insert_target = prepare (self,
                                   "INSERT INTO annotation_targets (annotation_id, source_id, version_id, "
                                   "  exact, prefix, suffix, position_start, position_end) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                   what, error)) == NULL)
    return 0;

  sqlite3_bind_int64 (insert, 1, story_id);
  bind_text (insert, 2, px_verdict_to_string (verdict));
  bind_text (insert, 3, note != NULL ? note : "");
  if (!step_done (self, insert, what, error))
    return 0;
  annotation_id = sqlite3_last_insert_rowid (self->db);

  for (guint i = 0; i < n_targets; i++)
    {
      const PxTargetSpec *spec = &targets[i];
      g_autoptr(PxSourceRecord) source = get_source_locked (self, spec->source_id, what, error);
      g_autoptr(PxTextSelector) selector = NULL;
      g_autoptr(GError) anchor_error = NULL;

      if (source == NULL)
        return 0;
      if (source->story_id != story_id)
        {
          g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                       "%s: source %" G_GINT64_FORMAT " is not in story %" G_GINT64_FORMAT,
                       what, spec->source_id, story_id);
          return 0;
        }

      if (spec->quote != NULL)
        selector = px_anchor_select_quote (source->text, spec->quote, spec->prefix, spec->suffix, &anchor_error);
      else
        selector = px_anchor_select_range (source->text, spec->start, spec->end, &anchor_error);
      if (selector == NULL)
        return set_anchor_error (error, anchor_error, spec->source_id, what);

      sqlite3_reset (insert_target);
      sqlite3_bind_int64 (insert_target, 1, annotation_id);
      sqlite3_bind_int64 (insert_target, 2, source->id);
      sqlite3_bind_int64 (insert_target, 3, source->version_id);
      bind_text (insert_target, 4, selector->exact);
      bind_text (insert_target, 5, selector->prefix);
      bind_text (insert_target, 6, selector->suffix);
      sqlite3_bind_int (insert_target, 7, selector->start);
      sqlite3_bind_int (insert_target, 8, selector->end);
      if (!step_done (self, insert_target, what, error))
        return 0;
    }

  if (!touch_story (self, story_id, what, error) || !transaction_commit (txn, what, error))
    return 0;

  queue_changed (self, story_id);
  return annotation_id;
}

#define ANNOTATION_COLUMNS \
  "SELECT id, story_id, verdict, state, note, created_at, updated_at, deleted_at FROM annotations "

#define TARGET_COLUMNS \
  "SELECT t.annotation_id, t.id, t.source_id, t.version_id, t.exact, t.prefix, t.suffix, " \
  "  t.position_start, t.position_end, t.state, t.confidence " \
  "FROM annotation_targets t JOIN sources s ON s.id = t.source_id "

static PxAnnotation *
annotation_from_row (sqlite3_stmt *stmt)
{
  PxAnnotation *annotation = g_new0 (PxAnnotation, 1);

  annotation->id = sqlite3_column_int64 (stmt, 0);
  annotation->story_id = sqlite3_column_int64 (stmt, 1);
  px_verdict_from_string ((const char *) sqlite3_column_text (stmt, 2), &annotation->verdict);
  px_annotation_state_from_string ((const char *) sqlite3_column_text (stmt, 3), &annotation->state);
  annotation->note = column_dup (stmt, 4);
  annotation->created_at = column_dup (stmt, 5);
  annotation->updated_at = column_dup (stmt, 6);
  annotation->deleted_at = column_dup (stmt, 7);
  annotation->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) px_annotation_target_free);

  return annotation;
}

static PxAnnotationTarget *
target_from_row (sqlite3_stmt *stmt)
{
  PxAnnotationTarget *target = g_new0 (PxAnnotationTarget, 1);

  target->id = sqlite3_column_int64 (stmt, 1);
  target->source_id = sqlite3_column_int64 (stmt, 2);
  target->version_id = sqlite3_column_int64 (stmt, 3);
  target->selector = selector_from_row (stmt, 4);
  px_annotation_state_from_string ((const char *) sqlite3_column_text (stmt, 9), &target->state);
  target->confidence = sqlite3_column_double (stmt, 10);

  return target;
}

/* Reads annotations with @annotation_sql and their targets with
 * @target_sql, both bound to @id and ordered by annotation id.
 */
static GPtrArray *
read_annotations (PxStore     *self,
                  const char  *annotation_sql,
                  const char  *target_sql,
                  gint64       id,
                  gboolean     include_deleted,
                  const char  *what,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) annotations_stmt = NULL;
  g_autoptr(sqlite3_stmt) targets_stmt = NULL;
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func ((GDestroyNotify) px_annotation_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean row;
  gboolean ok;

  if (!check_open (self, what, error)
      || (annotations_stmt = prepare (self, annotation_sql, what, error)) == NULL
      || (targets_stmt = prepare (self, target_sql, what, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (annotations_stmt, 1, id);
  sqlite3_bind_int (annotations_stmt, 2, include_deleted);
  while ((ok = step_row (self, annotations_stmt, &row, what, error)) && row)
    {
      PxAnnotation *annotation = annotation_from_row (annotations_stmt);

      g_ptr_array_add (annotations, annotation);
      g_hash_table_insert (by_id, &annotation->id, annotation);
    }
  if (!ok)
    return NULL;

  sqlite3_bind_int64 (targets_stmt, 1, id);
  while ((ok = step_row (self, targets_stmt, &row, what, error)) && row)
    {
      gint64 annotation_id = sqlite3_column_int64 (targets_stmt, 0);
      PxAnnotation *annotation = g_hash_table_lookup (by_id, &annotation_id);

      if (annotation != NULL)
        g_ptr_array_add (annotation->targets, target_from_row (targets_stmt));
    }
  if (!ok)
    return NULL;

  return g_steal_pointer (&annotations);
}

PxAnnotation *
px_store_get_annotation (PxStore  *self,
                         gint64    annotation_id,
                         GError  **error)
{
  const char *what = "Could not read the annotation";
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  found = read_annotations (self,
                            ANNOTATION_COLUMNS "WHERE id = ?1 AND (?2 OR TRUE)",
                            TARGET_COLUMNS "WHERE t.annotation_id = ?1 ORDER BY s.position, t.id",
                            annotation_id, TRUE, what, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                   "%s: there is no annotation %" G_GINT64_FORMAT, what, annotation_id);
      return NULL;
    }

  return g_ptr_array_steal_index (found, 0);
}

GPtrArray *
px_store_list_annotations (PxStore   *self,
                           gint64     story_id,
                           gboolean   include_deleted,
                           GError   **error)
{
  const char *what = "Could not list the story's annotations";
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!check_open (self, what, error) || !require_story (self, story_id, TRUE, what, error))
    return NULL;

  return read_annotations (self,
                           ANNOTATION_COLUMNS "WHERE story_id = ?1 AND (?2 OR deleted_at IS NULL) "
                           "ORDER BY id",
                           TARGET_COLUMNS "JOIN annotations a ON a.id = t.annotation_id "
                           "WHERE a.story_id = ?1 ORDER BY t.annotation_id, s.position, t.id",
                           story_id, include_deleted, what, error);
}

/* One UPDATE on an annotation in its own transaction; ?1 is its id. */
static gboolean
update_annotation (PxStore     *self,
                   gint64       annotation_id,
                   const char  *sql,
                   const char  *text,
                   const char  *also_sql,
                   const char  *what,
                   GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autoptr(Transaction) txn = NULL;
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) also = NULL;
  gboolean row;
  gint64 story_id;

  if ((txn = transaction_begin (self, what, error)) == NULL
      || (find = prepare (self, "SELECT story_id FROM annotations WHERE id = ?1", what, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (find, 1, annotation_id);
  if (!step_row (self, find, &row, what, error))
    return FALSE;
  if (!row)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                   "%s: there is no annotation %" G_GINT64_FORMAT, what, annotation_id);
      return FALSE;
    }
  story_id = sqlite3_column_int64 (find, 0);

  if ((stmt = prepare (self, sql, what, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, annotation_id);
  if (text != NULL)
    bind_text (stmt, 2, text);
  if (!step_done (self, stmt, what, error))
    return FALSE;

  if (also_sql != NULL)
    {
      if ((also = prepare (self, also_sql, what, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (also, 1, annotation_id);
      if (!step_done (self, also, what, error))
        return FALSE;
    }

  if (!touch_story (self, story_id, what, error) || !transaction_commit (txn, what, error))
    return FALSE;

  queue_changed (self, story_id);
  return TRUE;
}

gboolean
px_store_set_annotation_verdict (PxStore    *self,
                                 gint64      annotation_id,
                                 PxVerdict   verdict,
                                 GError    **error)
{
  const char *what = "Could not change the verdict";

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  if ((guint) verdict > PX_VERDICT_OPINION)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, "%s: unknown verdict %d", what, verdict);
      return FALSE;
    }

  return update_annotation (self, annotation_id,
                            "UPDATE annotations SET verdict = ?2, updated_at = " NOW_SQL " WHERE id = ?1",
                            px_verdict_to_string (verdict), NULL, what, error);
}

gboolean
px_store_set_annotation_note (PxStore     *self,
                              gint64       annotation_id,
                              const char  *note,
                              GError     **error)
{
  const char *what = "Could not save the note";

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  if (note == NULL)
    note = "";
  if (!g_utf8_validate (note, -1, NULL))
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, "%s: the note is not valid UTF-8 text", what);
      return FALSE;
    }

  return update_annotation (self, annotation_id,
                            "UPDATE annotations SET note = ?2, updated_at = " NOW_SQL " WHERE id = ?1",
                            note, NULL, what, error);
}

gboolean
px_store_set_annotation_state (PxStore            *self,
                               gint64              annotation_id,
                               PxAnnotationState   state,
                               GError            **error)
{
  const char *what = "Could not change the annotation's state";

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  if ((guint) state > PX_ANNOTATION_STATE_DISMISSED)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, "%s: unknown state %d", what, state);
      return FALSE;
    }

  return update_annotation (self, annotation_id,
                            "UPDATE annotations SET state = ?2, updated_at = " NOW_SQL " WHERE id = ?1",
                            px_annotation_state_to_string (state),
                            state == PX_ANNOTATION_STATE_OK
                              ? "UPDATE annotation_targets SET state = 'ok', confidence = 1.0 "
                                "WHERE annotation_id = ?1"
                              : NULL,
                            what, error);
}

gboolean
px_store_move_annotation_target (PxStore  *self,
                                 gint64    target_id,
                                 guint     start,
                                 guint     end,
                                 GError  **error)
{
  const char *what = "Could not move the annotation";
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(Transaction) txn = NULL;
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(sqlite3_stmt) states = NULL;
  g_autoptr(PxSourceRecord) source = NULL;
  g_autoptr(PxTextSelector) selector = NULL;
  g_autoptr(GError) anchor_error = NULL;
  gint64 annotation_id;
  gboolean row;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = transaction_begin (self, what, error)) == NULL
      || (find = prepare (self, "SELECT annotation_id, source_id FROM annotation_targets WHERE id = ?1",
                          what, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (find, 1, target_id);
  if (!step_row (self, find, &row, what, error))
    return FALSE;
  if (!row)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                   "%s: there is no annotation target %" G_GINT64_FORMAT, what, target_id);
      return FALSE;
    }
  annotation_id = sqlite3_column_int64 (find, 0);

  if ((source = get_source_locked (self, sqlite3_column_int64 (find, 1), what, error)) == NULL)
    return FALSE;
  if ((selector = px_anchor_select_range (source->text, start, end, &anchor_error)) == NULL)
    return set_anchor_error (error, anchor_error, source->id, what);

  if ((update = prepare (self,
                         "UPDATE annotation_targets SET version_id = ?2, exact = ?3, prefix = ?4, "
                         "  suffix = ?5, position_start = ?6, position_end = ?7, state = 'ok', "
                         "  confidence = 1.0 WHERE id = ?1",
                         what, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (update, 1, target_id);
  sqlite3_bind_int64 (update, 2, source->version_id);
  bind_text (update, 3, selector->exact);
  bind_text (update, 4, selector->prefix);
  bind_text (update, 5, selector->suffix);
  sqlite3_bind_int (update, 6, selector->start);
  sqlite3_bind_int (update, 7, selector->end);

  if (!step_done (self, update, what, error)
      || (states = prepare (self,
                            "UPDATE annotations SET updated_at = " NOW_SQL ", state = CASE "
                            "  WHEN state = 'needs-review' AND NOT EXISTS (SELECT 1 FROM annotation_targets "
                            "    WHERE annotation_id = ?1 AND state = 'needs-review') THEN 'ok' "
                            "  ELSE state END WHERE id = ?1",
                            what, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (states, 1, annotation_id);

  if (!step_done (self, states, what, error)
      || !touch_story (self, source->story_id, what, error)
      || !transaction_commit (txn, what, error))
    return FALSE;

  queue_changed (self, source->story_id);
  return TRUE;
}

gboolean
px_store_delete_annotation (PxStore  *self,
                            gint64    annotation_id,
                            GError  **error)
{
  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  return update_annotation (self, annotation_id,
                            "UPDATE annotations SET deleted_at = " NOW_SQL " WHERE id = ?1",
                            NULL, NULL, "Could not delete the annotation", error);
}

gboolean
px_store_restore_annotation (PxStore  *self,
                             gint64    annotation_id,
                             GError  **error)
{
  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  return update_annotation (self, annotation_id,
                            "UPDATE annotations SET deleted_at = NULL WHERE id = ?1",
                            NULL, NULL, "Could not restore the annotation", error);
}

/* Search */

/* Appends [@start, @start + @len) as an FTS5 string; returns FALSE, adding
 * nothing, when it holds no letter or digit and so could match nothing.
 */
static gboolean
append_fts_string (GString    *query,
                   const char *start,
                   gsize       len)
{
  gboolean has_word = FALSE;

  for (const char *p = start; p < start + len; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      has_word = TRUE;
  if (!has_word)
    return FALSE;

  if (query->len > 0)
    g_string_append_c (query, ' ');
  g_string_append_c (query, '"');
  for (gsize i = 0; i < len; i++)
    {
      if (start[i] == '"')
        g_string_append_c (query, '"');
      g_string_append_c (query, start[i]);
    }
  g_string_append_c (query, '"');
  return TRUE;
}

/* Turns what the user typed into an FTS5 query that cannot be a syntax
 * error: every word and "quoted phrase" becomes an FTS5 string, all must
 * match, and the last bare word may be the start of a longer word.
 */
static char *
build_fts_query (const char *text)
{
  g_autoptr(GString) query = g_string_new (NULL);
  const char *p = text;
  gboolean last_bare = FALSE;

  while (*p != '\0')
    {
      const char *start;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;

      if (*p == '"')
        {
          start = ++p;
          while (*p != '\0' && *p != '"')
            p++;
          if (append_fts_string (query, start, p - start))
            last_bare = FALSE;
          if (*p == '"')
            p++;
        }
      else
        {
          start = p;
          while (*p != '\0' && !g_ascii_isspace (*p))
            p++;
          if (append_fts_string (query, start, p - start))
            last_bare = TRUE;
        }
    }

  if (query->len == 0)
    return NULL;
  if (last_bare)
    g_string_append_c (query, '*');

  return g_string_free (g_steal_pointer (&query), FALSE);
}

/* Snippets are shown on one line. */
static char *
flatten_snippet (const char *snippet)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *joined = NULL;

  if (snippet == NULL)
    return NULL;

  lines = g_strsplit_set (snippet, "\n\r\t", -1);
  joined = g_strjoinv (" ", lines);
  while (strstr (joined, "  ") != NULL)
    {
      char *at = strstr (joined, "  ");

      memmove (at, at + 1, strlen (at + 1) + 1);
    }

  return g_steal_pointer (&joined);
}

static gint
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const PxSearchHit *hit_a = *(PxSearchHit **) a;
  const PxSearchHit *hit_b = *(PxSearchHit **) b;

  return (hit_a->score < hit_b->score) - (hit_a->score > hit_b->score);
}

static gboolean
search_articles (PxStore     *self,
                 const char  *query,
                 guint        limit,
                 GPtrArray   *hits,
                 const char  *what,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) snippet = NULL;
  gboolean row;
  gboolean ok;

  /* Ranked first; snippets only for the hits that are shown. */
  if ((stmt = prepare (self,
                       "SELECT f.rowid, f.rank, s.story_id, st.title, s.title, s.outlet "
                       "FROM source_search f JOIN sources s ON s.id = f.rowid "
                       "  JOIN stories st ON st.id = s.story_id "
                       "WHERE source_search MATCH ?1 AND st.deleted_at IS NULL "
                       "ORDER BY f.rank LIMIT ?2",
                       what, error)) == NULL
      || (snippet = prepare (self,
                             "SELECT snippet(source_search, 2, '[', ']', '…', 16), "
                             "  snippet(source_search, 0, '[', ']', '…', 16) "
                             "FROM source_search WHERE source_search MATCH ?1 AND rowid = ?2",
                             what, error)) == NULL)
    return FALSE;

  bind_text (stmt, 1, query);
  sqlite3_bind_int (stmt, 2, limit);
  bind_text (snippet, 1, query);
  while ((ok = step_row (self, stmt, &row, what, error)) && row)
    {
      PxSearchHit *hit = g_new0 (PxSearchHit, 1);
      gboolean snippet_row;

      hit->kind = PX_SEARCH_HIT_ARTICLE;
      hit->source_id = sqlite3_column_int64 (stmt, 0);
      hit->score = -sqlite3_column_double (stmt, 1);
      hit->story_id = sqlite3_column_int64 (stmt, 2);
      hit->story_title = column_dup (stmt, 3);
      hit->title = column_dup (stmt, 4);
      hit->outlet = column_dup (stmt, 5);
      g_ptr_array_add (hits, hit);

      sqlite3_reset (snippet);
      sqlite3_bind_int64 (snippet, 2, hit->source_id);
      if (!step_row (self, snippet, &snippet_row, what, error))
        return FALSE;
      if (snippet_row)
        {
          const char *in_text = (const char *) sqlite3_column_text (snippet, 0);

          /* A hit on the title alone has no marked words in the text. */
          hit->snippet = flatten_snippet (in_text != NULL && strchr (in_text, '[') != NULL
                                            ? in_text
                                            : (const char *) sqlite3_column_text (snippet, 1));
        }
    }

  return ok;
}

static gboolean
search_notes (PxStore     *self,
              const char  *query,
              guint        limit,
              GPtrArray   *hits,
              const char  *what,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean row;
  gboolean ok;

  if ((stmt = prepare (self,
                       "SELECT f.rowid, bm25(note_search), a.story_id, st.title, "
                       "  snippet(note_search, 0, '[', ']', '…', 16), "
                       "  (SELECT t.source_id FROM annotation_targets t WHERE t.annotation_id = a.id "
                       "   ORDER BY t.id LIMIT 1), "
                       "  (SELECT t.exact FROM annotation_targets t WHERE t.annotation_id = a.id "
                       "   ORDER BY t.id LIMIT 1) "
                       "FROM note_search f JOIN annotations a ON a.id = f.rowid "
                       "  JOIN stories st ON st.id = a.story_id "
                       "WHERE note_search MATCH ?1 AND a.deleted_at IS NULL AND st.deleted_at IS NULL "
                       "ORDER BY bm25(note_search) LIMIT ?2",
                       what, error)) == NULL)
    return FALSE;

  bind_text (stmt, 1, query);
  sqlite3_bind_int (stmt, 2, limit);
  while ((ok = step_row (self, stmt, &row, what, error)) && row)
    {
      PxSearchHit *hit = g_new0 (PxSearchHit, 1);

      hit->kind = PX_SEARCH_HIT_NOTE;
      hit->annotation_id = sqlite3_column_int64 (stmt, 0);
      hit->score = -sqlite3_column_double (stmt, 1);
      hit->story_id = sqlite3_column_int64 (stmt, 2);
      hit->story_title = column_dup (stmt, 3);
      hit->snippet = flatten_snippet ((const char *) sqlite3_column_text (stmt, 4));
      hit->source_id = sqlite3_column_int64 (stmt, 5);
      hit->title = column_dup (stmt, 6);
      g_ptr_array_add (hits, hit);
    }

  return ok;
}

GPtrArray *
px_store_search (PxStore     *self,
                 const char  *query,
                 guint        limit,
                 GError     **error)
{
  const char *what = "Could not search";
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) px_search_hit_free);
  g_autofree char *fts_query = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  if (query == NULL || !g_utf8_validate (query, -1, NULL)
      || (fts_query = build_fts_query (query)) == NULL)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, "%s: the search is empty", what);
      return NULL;
    }
  if (limit == 0)
    limit = 50;

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!check_open (self, what, error)
      || !search_articles (self, fts_query, limit, hits, what, &local_error)
      || !search_notes (self, fts_query, limit, hits, what, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* Scores from the two indexes are both BM25, close enough to interleave. */
  g_ptr_array_sort (hits, compare_hits);
  if (hits->len > limit)
    g_ptr_array_set_size (hits, limit);

  return g_steal_pointer (&hits);
}
