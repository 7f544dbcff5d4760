/* px-test-pg.h: a throwaway PostgreSQL server for the team library tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A server started by tests/pg-server.sh in a folder of its own, on
 * 127.0.0.1 and a free port. A machine without the server fails the test:
 * nothing is skipped.
 */
typedef struct
{
  char *dir;
  char *uri;       /* postgresql://parallax@127.0.0.1:PORT/postgres, no password */
  char *password;
  guint port;
} PxTestPg;

PxTestPg *px_test_pg_start (void);
/* A fast shutdown: open sessions are ended. */
void px_test_pg_stop (PxTestPg *pg);
/* Starts the stopped server again on the same port. */
void px_test_pg_start_again (PxTestPg *pg);
/* Stops the server and removes its folder. */
void px_test_pg_destroy (PxTestPg *pg);

/* A new empty database on @pg: its URI, without the password. */
char *px_test_pg_new_database (PxTestPg   *pg,
                               const char *name);

/* Column 0 of the first row @sql gives in the database at @uri, or NULL. */
char *px_test_pg_query (PxTestPg   *pg,
                        const char *uri,
                        const char *sql);

/* Runs @sql in a transaction on a connection of its own (SELECT … FOR
 * UPDATE, LOCK TABLE …), so that its locks are held when this returns,
 * and commits @ms later on a thread of its own: join it.
 */
GThread *px_test_pg_hold_lock (PxTestPg   *pg,
                               const char *uri,
                               const char *sql,
                               guint       ms);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxTestPg, px_test_pg_destroy)

G_END_DECLS
