/* px-sqlite-private.h: SQLite, the local library's database, opened the first time it is needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Include this instead of <sqlite3.h>: every function of it the engine
 * calls is listed here and reached through a table (see
 * px-lazy-private.h); `parallax-cli extract` and `compare` never open a
 * library, and SQLite's relocation was a tenth of an extraction's
 * instructions. Every other function needs a database, which only
 * sqlite3_open_v2() gives: that one, and the three that may be called
 * without one (sqlite3_close (NULL), sqlite3_close_v2 (NULL),
 * sqlite3_errstr ()), are functions of ours that open SQLite first or do
 * without it. Adding a call of another function means adding it to the
 * list; the link of parallax-cli fails until then.
 */
#pragma once

#include <sqlite3.h>

#include <glib.h>

G_BEGIN_DECLS

#define PX_SQLITE_FUNCTIONS(X) \
  X (sqlite3_backup_finish) \
  X (sqlite3_backup_init) \
  X (sqlite3_backup_step) \
  X (sqlite3_bind_blob64) \
  X (sqlite3_bind_double) \
  X (sqlite3_bind_int) \
  X (sqlite3_bind_int64) \
  X (sqlite3_bind_null) \
  X (sqlite3_bind_text) \
  X (sqlite3_busy_timeout) \
  X (sqlite3_close) \
  X (sqlite3_close_v2) \
  X (sqlite3_column_blob) \
  X (sqlite3_column_bytes) \
  X (sqlite3_column_double) \
  X (sqlite3_column_int) \
  X (sqlite3_column_int64) \
  X (sqlite3_column_text) \
  X (sqlite3_column_type) \
  X (sqlite3_db_config) \
  X (sqlite3_db_readonly) \
  X (sqlite3_errcode) \
  X (sqlite3_errmsg) \
  X (sqlite3_errstr) \
  X (sqlite3_exec) \
  X (sqlite3_extended_result_codes) \
  X (sqlite3_finalize) \
  X (sqlite3_get_autocommit) \
  X (sqlite3_last_insert_rowid) \
  X (sqlite3_open_v2) \
  X (sqlite3_prepare_v2) \
  X (sqlite3_reset) \
  X (sqlite3_sleep) \
  X (sqlite3_step) \
  X (sqlite3_system_errno) \
  X (sqlite3_wal_checkpoint_v2) \
  X (sqlite3_wal_hook)

typedef struct
{
#define PX_SQLITE_FUNCTIONS_SLOT(name) __typeof__ (name) *name;
  PX_SQLITE_FUNCTIONS (PX_SQLITE_FUNCTIONS_SLOT)
#undef PX_SQLITE_FUNCTIONS_SLOT
} PxSqliteFunctions;

extern PxSqliteFunctions _px_sqlite;

/* Opens SQLite and calls sqlite3_open_v2(); SQLITE_CANTOPEN with *@db
 * NULL when SQLite cannot be opened (sqlite3_errstr() then says why).
 */
int _px_sqlite_open_v2 (const char  *filename,
                        sqlite3    **db,
                        int          flags,
                        const char  *vfs);
int _px_sqlite_close (sqlite3 *db);
int _px_sqlite_close_v2 (sqlite3 *db);
const char *_px_sqlite_errstr (int rc);

G_END_DECLS

#ifndef PX_SQLITE_NO_NAMES
#define sqlite3_backup_finish (_px_sqlite.sqlite3_backup_finish)
#define sqlite3_backup_init (_px_sqlite.sqlite3_backup_init)
#define sqlite3_backup_step (_px_sqlite.sqlite3_backup_step)
#define sqlite3_bind_blob64 (_px_sqlite.sqlite3_bind_blob64)
#define sqlite3_bind_double (_px_sqlite.sqlite3_bind_double)
#define sqlite3_bind_int (_px_sqlite.sqlite3_bind_int)
#define sqlite3_bind_int64 (_px_sqlite.sqlite3_bind_int64)
#define sqlite3_bind_null (_px_sqlite.sqlite3_bind_null)
#define sqlite3_bind_text (_px_sqlite.sqlite3_bind_text)
#define sqlite3_busy_timeout (_px_sqlite.sqlite3_busy_timeout)
#define sqlite3_close _px_sqlite_close
#define sqlite3_close_v2 _px_sqlite_close_v2
#define sqlite3_column_blob (_px_sqlite.sqlite3_column_blob)
#define sqlite3_column_bytes (_px_sqlite.sqlite3_column_bytes)
#define sqlite3_column_double (_px_sqlite.sqlite3_column_double)
#define sqlite3_column_int (_px_sqlite.sqlite3_column_int)
#define sqlite3_column_int64 (_px_sqlite.sqlite3_column_int64)
#define sqlite3_column_text (_px_sqlite.sqlite3_column_text)
#define sqlite3_column_type (_px_sqlite.sqlite3_column_type)
#define sqlite3_db_config (_px_sqlite.sqlite3_db_config)
#define sqlite3_db_readonly (_px_sqlite.sqlite3_db_readonly)
#define sqlite3_errcode (_px_sqlite.sqlite3_errcode)
#define sqlite3_errmsg (_px_sqlite.sqlite3_errmsg)
#define sqlite3_errstr _px_sqlite_errstr
#define sqlite3_exec (_px_sqlite.sqlite3_exec)
#define sqlite3_extended_result_codes (_px_sqlite.sqlite3_extended_result_codes)
#define sqlite3_finalize (_px_sqlite.sqlite3_finalize)
#define sqlite3_get_autocommit (_px_sqlite.sqlite3_get_autocommit)
#define sqlite3_last_insert_rowid (_px_sqlite.sqlite3_last_insert_rowid)
#define sqlite3_open_v2 _px_sqlite_open_v2
#define sqlite3_prepare_v2 (_px_sqlite.sqlite3_prepare_v2)
#define sqlite3_reset (_px_sqlite.sqlite3_reset)
#define sqlite3_sleep (_px_sqlite.sqlite3_sleep)
#define sqlite3_step (_px_sqlite.sqlite3_step)
#define sqlite3_system_errno (_px_sqlite.sqlite3_system_errno)
#define sqlite3_wal_checkpoint_v2 (_px_sqlite.sqlite3_wal_checkpoint_v2)
#define sqlite3_wal_hook (_px_sqlite.sqlite3_wal_hook)
#endif
