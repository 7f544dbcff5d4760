/* px-store-private.h: what px-store's files share, and hooks for its tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "px-store.h"

G_BEGIN_DECLS

/* Sets @error from SQLite's result @rc in words a user understands, naming
 * @path and what was being done (@what: "Could not save the annotation").
 */
void _px_store_set_error (GError     **error,
                          sqlite3     *db,
                          int          rc,
                          const char  *path,
                          const char  *what);

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

/* The store's connection, for tests that need to provoke failures
 * (PRAGMA max_page_count). Hold no statement across other store calls.
 */
sqlite3 *_px_store_get_connection (PxStore *self);

G_END_DECLS
