/* px-raw-server.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-raw-server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct _PxRawServer
{
  GBytes *answer;
  gboolean endless;
  int listen_fd;
  guint16 port;
  int stop_pipe[2];
  int stopping;
  GThread *thread;
};

static void
serve_one (PxRawServer *self,
           int          fd)
{
  char request[8192];
  gsize len = 0;
  struct timeval wait = { 2, 0 };
  gsize answer_len;
  const char *answer = g_bytes_get_data (self->answer, &answer_len);

  setsockopt (fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
  setsockopt (fd, SOL_SOCKET, SO_SNDTIMEO, &wait, sizeof wait);

  while (len < sizeof request - 1)
    {
      ssize_t n = read (fd, request + len, sizeof request - 1 - len);

      if (n <= 0)
        break;
      len += n;
      request[len] = '\0';
      if (strstr (request, "\r\n\r\n") != NULL)
        break;
    }

  do
    {
      const char *p = answer;
      gsize left = answer_len;

      while (left > 0)
        {
          ssize_t n = send (fd, p, left, MSG_NOSIGNAL);

          if (n <= 0)
            goto done;
          p += n;
          left -= n;
        }
    }
  while (self->endless && !g_atomic_int_get (&self->stopping));

done:
  shutdown (fd, SHUT_WR);
  while (read (fd, request, sizeof request) > 0)
    ;
  close (fd);
}

static gpointer
server_thread (gpointer user_data)
{
  PxRawServer *self = user_data;

  for (;;)
    {
      struct pollfd fds[2] = { { self->listen_fd, POLLIN, 0 }, { self->stop_pipe[0], POLLIN, 0 } };
      int fd;

      if (poll (fds, 2, -1) < 0)
        continue;
      if (fds[1].revents != 0)
        break;
      fd = accept (self->listen_fd, NULL, NULL);
      if (fd >= 0)
        serve_one (self, fd);
    }
  return NULL;
}

PxRawServer *
px_raw_server_new (const char *answer,
                   gsize       len,
                   gboolean    endless)
{
  PxRawServer *self = g_new0 (PxRawServer, 1);
  struct sockaddr_in address = { 0, };
  socklen_t address_len = sizeof address;

  self->answer = g_bytes_new (answer, len);
  self->endless = endless;
  self->listen_fd = socket (AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  g_assert_cmpint (self->listen_fd, >=, 0);
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  g_assert_cmpint (bind (self->listen_fd, (struct sockaddr *) &address, sizeof address), ==, 0);
  g_assert_cmpint (listen (self->listen_fd, 16), ==, 0);
  g_assert_cmpint (getsockname (self->listen_fd, (struct sockaddr *) &address, &address_len), ==, 0);
  self->port = ntohs (address.sin_port);
  g_assert_cmpint (pipe (self->stop_pipe), ==, 0);
  self->thread = g_thread_new ("raw-server", server_thread, self);

  return self;
}

void
px_raw_server_free (PxRawServer *self)
{
  if (self == NULL)
    return;

  g_atomic_int_set (&self->stopping, TRUE);
  g_assert_cmpint (write (self->stop_pipe[1], "x", 1), ==, 1);
  g_thread_join (self->thread);
  close (self->stop_pipe[0]);
  close (self->stop_pipe[1]);
  close (self->listen_fd);
  g_bytes_unref (self->answer);
  g_free (self);
}

char *
px_raw_server_url (PxRawServer *self,
                   const char  *path)
{
  return g_strdup_printf ("http://127.0.0.1:%u%s", self->port, path);
}
