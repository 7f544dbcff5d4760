/* px-pg-listener.c: colleagues' changes, as the server announces them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-pg-private.h"

#include <errno.h>
#include <poll.h>
#include <unistd.h>

#include <glib-unix.h>

/* How long to wait between attempts to reach a lost server (ms). */
#define RETRY_MS 500

/* A thread of its own with a connection of its own, waiting in poll() on
 * the connection's socket and on a pipe that stop() writes to.
 */
struct _PxPgListener
{
  GThread *thread;
  char *uri;
  char *password;
  int wake[2];
  PxPgNotifyFunc notify_func;
  PxPgStateFunc state_func;
  gpointer user_data;
};

/* Waits until @fd is readable, the pipe is written or @timeout_ms pass;
 * FALSE when it is time to stop.
 */
static gboolean
wait_for (PxPgListener *self,
          int           fd,
          int           timeout_ms)
{
  struct pollfd fds[2] = {
    { .fd = self->wake[0], .events = POLLIN },
    { .fd = fd, .events = POLLIN },
  };
  int n = poll (fds, fd >= 0 ? 2 : 1, timeout_ms);

  return !(n > 0 && (fds[0].revents & (POLLIN | POLLHUP)));
}

static PGconn *
connect_and_listen (PxPgListener *self)
{
  PGconn *conn = _px_pg_connect (self->uri, self->password, NULL);
  PGresult *result;

  if (conn == NULL)
    return NULL;

  result = PQexec (conn, "LISTEN " PX_PG_CHANNEL);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    {
      PQclear (result);
      PQfinish (conn);
      return NULL;
    }
  PQclear (result);
  return conn;
}

static gpointer
listen_thread (gpointer data)
{
  PxPgListener *self = data;
  PGconn *conn = NULL;
  gboolean was_connected = TRUE;
  gboolean first = TRUE;

  for (;;)
    {
      PGnotify *notify;

      if (conn == NULL)
        {
          if ((conn = connect_and_listen (self)) != NULL)
            {
              /* Also the first time: what colleagues changed between the
               * library's opening and this LISTEN was announced to no one.
               */
              if (!was_connected || first)
                self->state_func (TRUE, self->user_data);
              was_connected = TRUE;
              first = FALSE;
            }
          else
            {
              if (was_connected)
                self->state_func (FALSE, self->user_data);
              was_connected = FALSE;
              if (!wait_for (self, -1, RETRY_MS))
                break;
              continue;
            }
        }

      if (!wait_for (self, PQsocket (conn), 1000))
        break;

      if (!PQconsumeInput (conn) || PQstatus (conn) != CONNECTION_OK)
        {
          g_clear_pointer (&conn, PQfinish);
          self->state_func (FALSE, self->user_data);
          was_connected = FALSE;
          continue;
        }

      while ((notify = PQnotifies (conn)) != NULL)
        {
          self->notify_func (notify->extra, notify->be_pid, self->user_data);
          PQfreemem (notify);
        }
    }

  g_clear_pointer (&conn, PQfinish);
  return NULL;
}

PxPgListener *
_px_pg_listener_start (const char     *uri,
                       const char     *password,
                       PxPgNotifyFunc  notify_func,
                       PxPgStateFunc   state_func,
                       gpointer        user_data)
{
  PxPgListener *self = g_new0 (PxPgListener, 1);
  g_autoptr(GError) error = NULL;

  if (!g_unix_open_pipe (self->wake, FD_CLOEXEC, &error))
    {
      g_warning ("Could not listen for changes to the team library: %s", error->message);
      g_free (self);
      return NULL;
    }
  self->uri = g_strdup (uri);
  self->password = g_strdup (password);
  self->notify_func = notify_func;
  self->state_func = state_func;
  self->user_data = user_data;
  self->thread = g_thread_new ("px-pg-listener", listen_thread, self);

  return self;
}

void
_px_pg_listener_stop (PxPgListener *self)
{
  if (self == NULL)
    return;

  while (write (self->wake[1], "x", 1) < 0 && errno == EINTR)
    ;
  g_thread_join (self->thread);
  close (self->wake[0]);
  close (self->wake[1]);
  g_free (self->uri);
  g_free (self->password);
  g_free (self);
}
