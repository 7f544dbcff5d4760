/* fuzz-http.c: libFuzzer harness for the HTTP layer: the input is the
 * raw answer of a web server on 127.0.0.1 (status line, headers, body,
 * any number of interim answers), sent to the fetcher as a page would be
 * fetched, then taken through charset and extraction as `extract` does.
 *
 * The server is a thread of this process on blocking sockets; it answers
 * every request of a fetch (redirects too) with the same bytes and then
 * closes its side, so no fetch waits for bytes that never come.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "px-extract.h"
#include "px-fetch-private.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static GMutex answer_lock;
static GBytes *answer;
static int listen_fd = -1;
static char *url;

static void
serve_one (int fd)
{
  g_autoptr(GBytes) bytes = NULL;
  char request[4096];
  gsize len = 0;
  const char *p;
  gsize left;
  struct timeval wait = { 1, 0 };

  setsockopt (fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
  setsockopt (fd, SOL_SOCKET, SO_SNDTIMEO, &wait, sizeof wait);

  /* The request's head, whatever it says. */
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

  g_mutex_lock (&answer_lock);
  bytes = answer != NULL ? g_bytes_ref (answer) : NULL;
  g_mutex_unlock (&answer_lock);

  p = bytes != NULL ? g_bytes_get_data (bytes, &left) : NULL;
  if (p == NULL)
    left = 0;
  while (left > 0)
    {
      ssize_t n = write (fd, p, left);

      if (n <= 0)
        break;
      p += n;
      left -= n;
    }
  shutdown (fd, SHUT_WR);
  /* Drain what the client still sends, so closing sends no reset. */
  while (read (fd, request, sizeof request) > 0)
    ;
  close (fd);
}

static gpointer
server_thread (gpointer user_data)
{
  for (;;)
    {
      int fd = accept (listen_fd, NULL, NULL);

      if (fd >= 0)
        serve_one (fd);
    }
  return NULL;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  struct sockaddr_in address = { 0, };
  socklen_t address_len = sizeof address;

  listen_fd = socket (AF_INET, SOCK_STREAM, 0);
  g_assert_cmpint (listen_fd, >=, 0);
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  g_assert_cmpint (bind (listen_fd, (struct sockaddr *) &address, sizeof address), ==, 0);
  g_assert_cmpint (listen (listen_fd, 16), ==, 0);
  g_assert_cmpint (getsockname (listen_fd, (struct sockaddr *) &address, &address_len), ==, 0);
  url = g_strdup_printf ("http://127.0.0.1:%u/news/story", ntohs (address.sin_port));

  g_thread_unref (g_thread_new ("fuzz-http-server", server_thread, NULL));
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(PxSnapshot) snapshot = NULL;
  g_autoptr(GError) error = NULL;

  g_mutex_lock (&answer_lock);
  g_clear_pointer (&answer, g_bytes_unref);
  answer = g_bytes_new (data, size);
  g_mutex_unlock (&answer_lock);

  px_fetcher_set_timeout (fetcher, 3);
  _px_fetcher_set_idle_timeout (fetcher, 1);
  px_fetcher_set_max_bytes (fetcher, 256 * 1024);

  snapshot = px_fetcher_fetch (fetcher, url, NULL, &error);
  if (snapshot == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_nonnull (snapshot->body);
  g_assert_cmpuint (g_bytes_get_size (snapshot->body), <=, 256 * 1024);
  {
    g_autoptr(GError) extract_error = NULL;
    g_autoptr(PxArticle) article = px_extract_snapshot ("fuzz", snapshot, &extract_error);

    g_assert_true (article != NULL || extract_error != NULL);
  }

  return 0;
}
