/* px-test-pg.c: a throwaway PostgreSQL server for the team library tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-test-pg.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <libpq-fe.h>

static void
run_script (const char *command,
            const char *dir,
            const char *watch_pid,
            char      **out)
{
  const char *root = g_getenv ("PARALLAX_SOURCE_ROOT");
  g_autofree char *script = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[5];
  int status = 0;

  g_assert_nonnull (root);
  script = g_build_filename (root, "tests", "pg-server.sh", NULL);
  argv[0] = script;
  argv[1] = command;
  argv[2] = dir;
  argv[3] = watch_pid;
  argv[4] = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("pg-server.sh %s %s failed: %s", command, dir, err);
}

PxTestPg *
px_test_pg_start (void)
{
  g_autoptr(GError) error = NULL;
  PxTestPg *pg = g_new0 (PxTestPg, 1);
  g_autofree char *port = NULL;
  g_autofree char *password_path = NULL;
  g_autofree char *port_path = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *pid = g_strdup_printf ("%d", (int) getpid ());

  pg->dir = g_dir_make_tmp ("px-pg-XXXXXX", &error);
  g_assert_no_error (error);
  /* Gone with this process, even when a failed assertion aborts it. */
  run_script ("start", pg->dir, pid, &uri);
  pg->uri = g_strstrip (g_steal_pointer (&uri));

  password_path = g_build_filename (pg->dir, "password", NULL);
  g_file_get_contents (password_path, &pg->password, NULL, &error);
  g_assert_no_error (error);
  g_strstrip (pg->password);

  port_path = g_build_filename (pg->dir, "port", NULL);
  g_file_get_contents (port_path, &port, NULL, &error);
  g_assert_no_error (error);
  pg->port = atoi (port);

  return pg;
}

void
px_test_pg_stop (PxTestPg *pg)
{
  run_script ("stop", pg->dir, NULL, NULL);
}

void
px_test_pg_start_again (PxTestPg *pg)
{
  run_script ("start-again", pg->dir, NULL, NULL);
}

void
px_test_pg_destroy (PxTestPg *pg)
{
  if (pg == NULL)
    return;

  run_script ("destroy", pg->dir, NULL, NULL);
  g_free (pg->dir);
  g_free (pg->uri);
  g_free (pg->password);
  g_free (pg);
}

static PGconn *
connect_to (PxTestPg   *pg,
            const char *uri)
{
  const char *keywords[] = { "dbname", "password", NULL };
  const char *values[] = { uri, pg->password, NULL };
  PGconn *conn = PQconnectdbParams (keywords, values, TRUE);

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("Could not connect to %s: %s", uri, PQerrorMessage (conn));
  return conn;
}

char *
px_test_pg_new_database (PxTestPg   *pg,
                         const char *name)
{
  PGconn *conn = connect_to (pg, pg->uri);
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE \"%s\"", name);
  PGresult *result = PQexec (conn, sql);

  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("Could not create the database %s: %s", name, PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);

  return g_strdup_printf ("postgresql://parallax@127.0.0.1:%u/%s", pg->port, name);
}

char *
px_test_pg_query (PxTestPg   *pg,
                  const char *uri,
                  const char *sql)
{
  PGconn *conn = connect_to (pg, uri);
  PGresult *result = PQexec (conn, sql);
  char *value = NULL;

  if (PQresultStatus (result) != PGRES_TUPLES_OK && PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s failed: %s", sql, PQerrorMessage (conn));
  if (PQresultStatus (result) == PGRES_TUPLES_OK && PQntuples (result) > 0 && !PQgetisnull (result, 0, 0))
    value = g_strdup (PQgetvalue (result, 0, 0));
  PQclear (result);
  PQfinish (conn);

  return value;
}

typedef struct
{
  PGconn *conn;
  guint ms;
} Hold;

static gpointer
hold_thread (gpointer data)
{
  Hold *hold = data;

  g_usleep (hold->ms * G_TIME_SPAN_MILLISECOND);
  PQclear (PQexec (hold->conn, "COMMIT"));
  PQfinish (hold->conn);
  g_free (hold);
  return NULL;
}

GThread *
px_test_pg_hold_lock (PxTestPg   *pg,
                      const char *uri,
                      const char *sql,
                      guint       ms)
{
  Hold *hold = g_new0 (Hold, 1);
  g_autofree char *begin = g_strconcat ("BEGIN; ", sql, NULL);
  PGresult *result;

  hold->conn = connect_to (pg, uri);
  hold->ms = ms;
  result = PQexec (hold->conn, begin);
  if (PQresultStatus (result) != PGRES_TUPLES_OK && PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s failed: %s", sql, PQerrorMessage (hold->conn));
  PQclear (result);
  return g_thread_new ("px-test-pg-hold", hold_thread, hold);
}
