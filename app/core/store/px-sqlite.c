/* px-sqlite.c: SQLite, the local library's database, opened the first time it is needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#define PX_SQLITE_NO_NAMES
#include "px-sqlite-private.h"

#include "px-lazy-private.h"

PX_LAZY_LIBRARY_DEFINE (_px_sqlite, PxSqliteFunctions, PX_SQLITE_FUNCTIONS, PX_SONAME_SQLITE);

static gboolean
open_sqlite (void)
{
  return _px_lazy_open (&_px_sqlite_library, NULL);
}

int
_px_sqlite_open_v2 (const char  *filename,
                    sqlite3    **db,
                    int          flags,
                    const char  *vfs)
{
  if (!open_sqlite ())
    {
      *db = NULL;
      return SQLITE_CANTOPEN;
    }
  return _px_sqlite.sqlite3_open_v2 (filename, db, flags, vfs);
}

/* Without a database, as SQLite's own: nothing to close. */
int
_px_sqlite_close (sqlite3 *db)
{
  return db == NULL ? SQLITE_OK : _px_sqlite.sqlite3_close (db);
}

int
_px_sqlite_close_v2 (sqlite3 *db)
{
  return db == NULL ? SQLITE_OK : _px_sqlite.sqlite3_close_v2 (db);
}

const char *
_px_sqlite_errstr (int rc)
{
  if (!open_sqlite ())
    return _px_sqlite_library.failure;
  return _px_sqlite.sqlite3_errstr (rc);
}
