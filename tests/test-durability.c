/* test-durability.c: what survives a power cut, not just a killed process
 *
 * A killed process never loses the page cache, so the crash test passes
 * even with PRAGMA synchronous=OFF. Here every file SQLite opens goes
 * through a VFS shim that remembers, for each file, its content as of its
 * last sync; a simulated power cut writes out only that, as a disk would
 * have it after the power came back. Everything the store reported as
 * saved must be there, and the database sound.
 *
 * A control runs the same on a plain connection with synchronous=OFF and
 * must lose data: it shows the shim can tell.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-store-private.h"
#include "px-store.h"
#include "px-test-util.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#define N_SAVES 40

/* The content of one file as the disk holds it for sure. */
typedef struct
{
  char *path;
  GByteArray *durable;  /* NULL: never synced since it was created */
} Tracked;

typedef struct
{
  sqlite3_file base;
  Tracked *tracked;     /* NULL for temporary files without a name */
  sqlite3_file real[];  /* the real VFS's file, szOsFile bytes */
} ShimFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs shim_vfs;
static GHashTable *tracked_files; /* path → Tracked */
static GMutex shim_lock;
static guint n_syncs;

static void
tracked_free (Tracked *tracked)
{
  g_free (tracked->path);
  g_clear_pointer (&tracked->durable, g_byte_array_unref);
  g_free (tracked);
}

/* What is in the real file now, through its own methods. */
static GByteArray *
read_whole (sqlite3_file *real)
{
  sqlite3_int64 size = 0;
  GByteArray *bytes;

  g_assert_cmpint (real->pMethods->xFileSize (real, &size), ==, SQLITE_OK);
  bytes = g_byte_array_sized_new (size);
  g_byte_array_set_size (bytes, size);
  if (size > 0)
    g_assert_cmpint (real->pMethods->xRead (real, bytes->data, size, 0), ==, SQLITE_OK);
  return bytes;
}

static int
shim_close (sqlite3_file *file)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xClose (shim->real);
}

static int
shim_read (sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xRead (shim->real, buffer, amount, offset);
}

static int
shim_write (sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xWrite (shim->real, buffer, amount, offset);
}

static int
shim_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xTruncate (shim->real, size);
}

/* A sync makes what was written so far durable. */
static int
shim_sync (sqlite3_file *file, int flags)
{
  ShimFile *shim = (ShimFile *) file;
  int rc = shim->real->pMethods->xSync (shim->real, flags);

  if (rc == SQLITE_OK && shim->tracked != NULL)
    {
      g_mutex_lock (&shim_lock);
      g_clear_pointer (&shim->tracked->durable, g_byte_array_unref);
      shim->tracked->durable = read_whole (shim->real);
      n_syncs++;
      g_mutex_unlock (&shim_lock);
    }
  return rc;
}

static int
shim_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xFileSize (shim->real, size);
}

static int
shim_lock_file (sqlite3_file *file, int level)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xLock (shim->real, level);
}

static int
shim_unlock_file (sqlite3_file *file, int level)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xUnlock (shim->real, level);
}

static int
shim_check_reserved (sqlite3_file *file, int *out)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xCheckReservedLock (shim->real, out);
}

static int
shim_file_control (sqlite3_file *file, int op, void *arg)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xFileControl (shim->real, op, arg);
}

static int
shim_sector_size (sqlite3_file *file)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xSectorSize (shim->real);
}

static int
shim_device_characteristics (sqlite3_file *file)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xDeviceCharacteristics (shim->real);
}

static int
shim_shm_map (sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xShmMap (shim->real, page, size, extend, out);
}

static int
shim_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xShmLock (shim->real, offset, n, flags);
}

static void
shim_shm_barrier (sqlite3_file *file)
{
  ShimFile *shim = (ShimFile *) file;

  shim->real->pMethods->xShmBarrier (shim->real);
}

static int
shim_shm_unmap (sqlite3_file *file, int delete_flag)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xShmUnmap (shim->real, delete_flag);
}

/* Version 2: shared memory for the write-ahead log, no memory mapping. */
static const sqlite3_io_methods shim_methods = {
  2, shim_close, shim_read, shim_write, shim_truncate, shim_sync, shim_file_size, shim_lock_file,
  shim_unlock_file, shim_check_reserved, shim_file_control, shim_sector_size, shim_device_characteristics,
  shim_shm_map, shim_shm_lock, shim_shm_barrier, shim_shm_unmap, NULL, NULL,
};

static int
shim_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
  ShimFile *shim = (ShimFile *) file;
  int rc;

  memset (shim, 0, sizeof (ShimFile));
  rc = real_vfs->xOpen (real_vfs, name, shim->real, flags, out_flags);
  if (rc != SQLITE_OK)
    return rc;
  shim->base.pMethods = &shim_methods;

  if (name != NULL && (flags & SQLITE_OPEN_DELETEONCLOSE) == 0)
    {
      g_mutex_lock (&shim_lock);
      shim->tracked = g_hash_table_lookup (tracked_files, name);
      if (shim->tracked == NULL)
        {
          sqlite3_int64 size = 0;

          shim->tracked = g_new0 (Tracked, 1);
          shim->tracked->path = g_strdup (name);
          /* A file that was there before counts as on the disk. */
          if (shim->real->pMethods->xFileSize (shim->real, &size) == SQLITE_OK && size > 0)
            shim->tracked->durable = read_whole (shim->real);
          g_hash_table_insert (tracked_files, shim->tracked->path, shim->tracked);
        }
      g_mutex_unlock (&shim_lock);
    }
  return SQLITE_OK;
}

static int
shim_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  g_mutex_lock (&shim_lock);
  g_hash_table_remove (tracked_files, name);
  g_mutex_unlock (&shim_lock);
  return real_vfs->xDelete (real_vfs, name, sync_dir);
}

static int
shim_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  return real_vfs->xAccess (real_vfs, name, flags, out);
}

static int
shim_full_pathname (sqlite3_vfs *vfs, const char *name, int n, char *out)
{
  return real_vfs->xFullPathname (real_vfs, name, n, out);
}

static void
install_shim (void)
{
  real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (real_vfs);
  shim_vfs = *real_vfs;
  shim_vfs.iVersion = 1;
  shim_vfs.szOsFile = sizeof (ShimFile) + real_vfs->szOsFile;
  shim_vfs.zName = "powercut";
  shim_vfs.pAppData = NULL;
  shim_vfs.xOpen = shim_open;
  shim_vfs.xDelete = shim_delete;
  shim_vfs.xAccess = shim_access;
  shim_vfs.xFullPathname = shim_full_pathname;
  tracked_files = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) tracked_free);
  g_assert_cmpint (sqlite3_vfs_register (&shim_vfs, 1), ==, SQLITE_OK);
}

/* The power goes: every file of @folder is written to @to as its last
 * sync left it; a file never synced since it was created is not there.
 */
static void
power_cut (const char *folder,
           const char *to)
{
  GHashTableIter iter;
  Tracked *tracked;

  g_mutex_lock (&shim_lock);
  g_hash_table_iter_init (&iter, tracked_files);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tracked))
    {
      g_autofree char *dir = g_path_get_dirname (tracked->path);
      g_autofree char *name = g_path_get_basename (tracked->path);
      g_autofree char *target = g_build_filename (to, name, NULL);

      if (!g_str_equal (dir, folder) || tracked->durable == NULL)
        continue;
      g_assert_true (g_file_set_contents (target, (const char *) tracked->durable->data, tracked->durable->len,
                                          NULL));
    }
  g_mutex_unlock (&shim_lock);
}

static gint64
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
      && sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);
  return n;
}

static char *
read_pragma (sqlite3    *db,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* The store's connection runs with the settings durability rests on. */
static void
test_pragmas (void)
{
  g_autofree char *folder = px_test_make_temp_dir ("durability-XXXXXX");
  g_autofree char *path = g_build_filename (folder, "parallax.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  sqlite3 *db = _px_store_get_connection (store);
  g_autofree char *journal = read_pragma (db, "PRAGMA journal_mode");
  g_autofree char *synchronous = read_pragma (db, "PRAGMA synchronous");
  g_autofree char *fullfsync = read_pragma (db, "PRAGMA fullfsync");

  g_assert_no_error (error);
  g_assert_cmpstr (journal, ==, "wal");
  /* 2 = FULL: in WAL mode, every commit syncs the log. NORMAL (1) may
   * lose the last commits on power loss, OFF (0) anything.
   */
  g_assert_cmpstr (synchronous, ==, "2");
  (void) fullfsync;
  g_assert_true (px_store_close (store, NULL));
}

/* Every story the store reported saved is there after the power cut. */
static void
test_power_cut (void)
{
  g_autofree char *folder = px_test_make_temp_dir ("durability-XXXXXX");
  g_autofree char *after = px_test_make_temp_dir ("durability-after-XXXXXX");
  g_autofree char *path = g_build_filename (folder, "parallax.db", NULL);
  g_autofree char *cut_path = g_build_filename (after, "parallax.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  g_autoptr(PxStore) reopened = NULL;
  g_autoptr(GPtrArray) stories = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < N_SAVES; i++)
    {
      g_autofree char *title = g_strdup_printf ("Saved story %u", i);

      g_assert_cmpint (px_store_create_story (store, title, &error), >, 0);
      g_assert_no_error (error);
    }

  /* The power goes while the store is open: no close, no checkpoint. */
  power_cut (folder, after);
  g_assert_true (px_store_close (store, NULL));

  reopened = px_store_open (cut_path, &error);
  g_assert_no_error (error);
  g_assert_null (px_store_get_recovery (reopened));
  stories = px_store_list_stories (reopened, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stories->len, ==, N_SAVES);
  g_assert_true (px_store_close (reopened, NULL));
  px_test_assert_database_sound (cut_path);
}

/* The control: with synchronous=OFF the same commits are lost at the
 * power cut, so the shim does tell durable from not.
 */
static void
test_control_unsynced_is_lost (void)
{
  g_autofree char *folder = px_test_make_temp_dir ("durability-XXXXXX");
  g_autofree char *after = px_test_make_temp_dir ("durability-after-XXXXXX");
  g_autofree char *path = g_build_filename (folder, "control.db", NULL);
  g_autofree char *cut_path = g_build_filename (after, "control.db", NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                                 "CREATE TABLE saved (n INTEGER);", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA synchronous=OFF", NULL, NULL, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < N_SAVES; i++)
    g_assert_cmpint (sqlite3_exec (db, "INSERT INTO saved VALUES (1)", NULL, NULL, NULL), ==, SQLITE_OK);

  power_cut (folder, after);
  sqlite3_close (db);

  g_assert_cmpint (count_rows (cut_path, "SELECT count(*) FROM saved"), <, N_SAVES);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  install_shim ();

  g_test_add_func ("/durability/pragmas", test_pragmas);
  g_test_add_func ("/durability/power-cut", test_power_cut);
  g_test_add_func ("/durability/control-unsynced-is-lost", test_control_unsynced_is_lost);

  status = g_test_run ();
  px_test_remove_temp_dirs ();
  return status;
}
