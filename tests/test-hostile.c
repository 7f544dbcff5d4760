/* test-hostile.c: what a hostile server or page sends, and a bad day on
 * the disk, as issue 14 found them: every case here failed before it was
 * fixed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-raw-server.h"

#include "px-fetch-private.h"
#include "px-fetch.h"
#include "px-safe-text.h"

#include <string.h>

#include <glib/gstdio.h>

/* No control character (terminal escapes, bells) and no reordering
 * character in @text.
 */
static void
assert_inert (const char *text)
{
  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        g_error ("U+%04X in “%s”", c, text);
    }
}

static PxSnapshot *
fetch_raw (const char  *answer,
           gsize        len,
           gboolean     endless,
           guint        timeout,
           GError     **error)
{
  g_autoptr(PxRawServer) server = px_raw_server_new (answer, len, endless);
  g_autofree char *url = px_raw_server_url (server, "/news/1");
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();

  px_fetcher_set_timeout (fetcher, timeout);
  return px_fetcher_fetch (fetcher, url, NULL, error);
}

/* Item 2: interim answers without end kept a fetch going forever. */
static void
test_endless_continue (void)
{
  static const char answer[] = "HTTP/1.1 100 Continue\r\n\r\n";
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(PxSnapshot) snapshot = fetch_raw (answer, strlen (answer), TRUE, 3, &error);

  g_assert_null (snapshot);
  g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_NETWORK);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "100 Continue"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

/* A few interim answers before the page are fine. */
static void
test_some_continues (void)
{
  static const char answer[] =
    "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n"
    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 12\r\n\r\n<p>hello</p>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = fetch_raw (answer, strlen (answer), FALSE, 5, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (snapshot->body), ==, 12);
}

/* Item 3: a page cut short was kept as the whole page. */
static void
test_short_body (void)
{
  static const char * const answers[] = {
    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2000\r\nConnection: close\r\n\r\n"
    "<p>Only the first part of the page</p>",
    "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2000\r\n\r\n<p>Only the first part</p>",
    /* gzip of "<p>hello</p>", declared 10 bytes longer than sent */
    NULL,
  };

  for (guint i = 0; answers[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxSnapshot) snapshot = fetch_raw (answers[i], strlen (answers[i]), FALSE, 5, &error);

      g_assert_null (snapshot);
      g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_NETWORK);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "of 2.0 KiB received"));
    }
}

/* A page exactly as long as declared, closed after it, is whole. */
static void
test_whole_body_close (void)
{
  static const char answer[] =
    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 12\r\nConnection: close\r\n\r\n<p>hello</p>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = fetch_raw (answer, strlen (answer), FALSE, 5, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (snapshot->body), ==, 12);
}

/* Item 7: a negative length gave a GLib warning (fatal here) and "16.0 EiB". */
static void
test_negative_length (void)
{
  static const char answer[] =
    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: -5\r\n\r\n<p>hello</p>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = fetch_raw (answer, strlen (answer), FALSE, 5, &error);

  g_assert_null (snapshot);
  g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_NETWORK);
  g_assert_null (strstr (error->message, "EiB"));
  g_assert_nonnull (strstr (error->message, "negative"));
}

/* Item 5: what a server says about itself reached stderr raw. */
static void
test_raw_headers (void)
{
  static const char * const answers[] = {
    "HTTP/1.1 404 Not \033]0;pwned\007Found \xc2\x9b" "31m\xe2\x80\xae" "dnuof\r\nContent-Length: 0\r\n\r\n",
    "HTTP/1.1 200 OK\r\nContent-Type: image/\033[31mpng\r\nContent-Length: 0\r\n\r\n",
    "HTTP/1.1 302 Found\r\nLocation: http://[\033]52;c;aGk=\007\r\nContent-Length: 0\r\n\r\n",
    "HTTP/1.1 302 \xff\xfe Moved\r\nContent-Length: 0\r\n\r\n",
    NULL,
  };

  for (guint i = 0; answers[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxSnapshot) snapshot = fetch_raw (answers[i], strlen (answers[i]), FALSE, 5, &error);

      g_assert_null (snapshot);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      assert_inert (error->message);
    }
}

static void
test_safe_text (void)
{
  g_autofree char *line = px_safe_text_line ("a\033]52;c;aGk=\007b\tc\nd\xe2\x80\xae" "e\xc2\x9b" "f\xff", -1);
  g_autofree char *block = px_safe_text_block ("one\r\ntwo\rthree\tfour\033[2J", -1);
  g_autofree char *isolated = px_safe_text_isolated ("\xe2\x80\xae" "BBC");
  g_autofree char *hebrew = px_safe_text_isolated ("\xd7\x94\xd7\x90\xd7\xa8\xd7\xa5");
  g_autofree char *cut = px_safe_text_short ("abcdefghij", 4);

  g_assert_cmpstr (line, ==, "a]52;c;aGk=b c def\xef\xbf\xbd");
  g_assert_cmpstr (block, ==, "one\ntwo\nthree\tfour[2J");
  g_assert_cmpstr (isolated, ==, "BBC");
  g_assert_cmpstr (hebrew, ==, "\xe2\x81\xa8\xd7\x94\xd7\x90\xd7\xa8\xd7\xa5\xe2\x81\xa9");
  g_assert_cmpstr (cut, ==, "abcd…");
  g_assert_null (px_safe_text_line (NULL, -1));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/safe-text", test_safe_text);
  g_test_add_func ("/hostile/fetch/endless-continue", test_endless_continue);
  g_test_add_func ("/hostile/fetch/some-continues", test_some_continues);
  g_test_add_func ("/hostile/fetch/short-body", test_short_body);
  g_test_add_func ("/hostile/fetch/whole-body-close", test_whole_body_close);
  g_test_add_func ("/hostile/fetch/negative-length", test_negative_length);
  g_test_add_func ("/hostile/fetch/raw-headers", test_raw_headers);

  return g_test_run ();
}
