/* test-fetch.c: every fetching rule, against a server on 127.0.0.1
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-test-server.h"

#include "px-extract.h"
#include "px-fetch-private.h"
#include "px-fetch.h"
#include "px-words.h"

#include <string.h>

#include <glib/gstdio.h>

static PxTestServer *server;

/* Fetches @path from the test server; on failure checks that the message
 * names the URL and returns the error in @error.
 */
static PxSnapshot *
fetch_path (PxFetcher   *fetcher,
            const char  *path,
            GError     **error)
{
  g_autofree char *url = px_test_server_url (server, path);
  g_autoptr(GError) local_error = NULL;
  PxSnapshot *snapshot = px_fetcher_fetch (fetcher, url, NULL, &local_error);

  g_assert_true ((snapshot == NULL) == (local_error != NULL));
  if (local_error != NULL)
    {
      g_test_message ("%s", local_error->message);
      g_assert_true (g_str_has_prefix (local_error->message, url));
      g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return snapshot;
}

static void
assert_message_has (const GError *error,
                    const char   *needle)
{
  if (strstr (error->message, needle) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, needle);
}

static void
test_ok (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, "/page", &error);
  g_autoptr(GDateTime) after = g_date_time_new_now_utc ();
  g_autofree char *url = px_test_server_url (server, "/page");
  g_autofree char *sha256 = NULL;
  const char *html = px_test_article_html ();
  gsize len = 0;
  const char *body;

  g_assert_no_error (error);
  body = g_bytes_get_data (snapshot->body, &len);
  g_assert_cmpmem (body, len, html, strlen (html));
  g_assert_cmpstr (snapshot->final_url, ==, url);
  g_assert_cmpstr (snapshot->content_type, ==, "text/html");
  g_assert_cmpstr (snapshot->charset, ==, "utf-8");
  g_assert_cmpuint (snapshot->status, ==, 200);
  sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, html, -1);
  g_assert_cmpstr (snapshot->sha256, ==, sha256);
  g_assert_cmpint (g_date_time_compare (before, snapshot->fetched_at), <=, 0);
  g_assert_cmpint (g_date_time_compare (snapshot->fetched_at, after), <=, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (snapshot->fetched_at), ==, 0);
  /* the time a server sent it: what its dates without a year are read against */
  g_assert_true (snapshot->fetched);
}

static void
test_user_agent (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, "/user-agent", &error);
  gsize len = 0;
  const char *body;

  g_assert_no_error (error);
  body = g_bytes_get_data (snapshot->body, &len);
  g_assert_cmpmem (body, len, "Parallax/" PACKAGE_VERSION, strlen ("Parallax/" PACKAGE_VERSION));
}

static void
test_charset_windows_1251 (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, "/cp1251", &error);
  g_autoptr(PxArticle) article = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (snapshot->charset, ==, "windows-1251");
  /* The bytes are kept as they came: "Мост" in windows-1251. */
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (snapshot->body, NULL), g_bytes_get_size (snapshot->body),
                                  "\xcc\xee\xf1\xf2"));

  article = px_extract_snapshot ("cp1251", snapshot, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (article->text, "Депутаты городского совета девятью голосами"));
  g_assert_nonnull (strstr (article->text, "одиннадцати тысяч машин"));
}

static void
test_charset_latin1 (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, "/latin1", &error);
  g_autoptr(PxArticle) article = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (snapshot->content_type, ==, "text/plain");
  g_assert_cmpstr (snapshot->charset, ==, "ISO-8859-1");

  article = px_extract_snapshot ("latin1", snapshot, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (article->text, "served crème brûlée to the councillors"));
  g_assert_nonnull (strstr (article->text, "Señor García"));
  g_assert_nonnull (strstr (article->text, "façade"));
}

/* The fetcher keeps the bytes and the header's charset as they came; the
 * extraction reads them the way a browser would, except where the bytes
 * prove the header wrong (pages of tests/fixtures/charset).
 */
static void
test_charset_conflicts (void)
{
  static const struct
  {
    const char *path;
    const char *header;
    const char *kept;
  } cases[] = {
    /* a server's default ISO-8859-1 over a UTF-8 page */
    { "/charset/bbc-header-latin1-meta-utf8?charset=ISO-8859-1", "ISO-8859-1", "Cardiff Magistrates\u2019 Court" },
    /* a server's default UTF-8 over a windows-1252 page that says so */
    { "/charset/thehill-header-utf8-meta-cp1252?charset=utf-8", "utf-8", "Sen. Ra\u00fal Grijalva\u2019s office" },
    /* ISO-8859-1 said, windows-1252 meant */
    { "/charset/rt-header-latin1-cp1252?charset=iso-8859-1", "iso-8859-1", "\u2014 and roughly \u00a3300,000" },
    /* a label no browser knows: the <meta> decides */
    { "/charset/rt-header-unknown-meta-cp1252?charset=none", "none", "Rosatom\u2019s special envoy" },
    /* no label at all */
    { "/charset/bbc-undeclared-cp1252", NULL, "Jos\u00e9 Pe\u00f1a, 52" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, cases[i].path, &error);
      g_autoptr(PxArticle) article = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (snapshot->charset, ==, cases[i].header);
      article = px_extract_snapshot (cases[i].path, snapshot, &error);
      g_assert_no_error (error);
      if (strstr (article->text, cases[i].kept) == NULL)
        g_error ("%s: “%s” not in the text:\n%s", cases[i].path, cases[i].kept, article->text);
      g_assert_null (strstr (article->text, "\ufffd"));
      g_assert_null (strstr (article->text, "\u00e2\u20ac"));
    }
}

static void
test_accepted_types (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) xhtml = fetch_path (fetcher, "/xhtml", &error);
  g_autoptr(PxSnapshot) untyped = NULL;
  g_autoptr(PxArticle) article = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (xhtml->content_type, ==, "application/xhtml+xml");

  /* No Content-Type at all: the bytes say it is HTML. */
  untyped = fetch_path (fetcher, "/untyped", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (untyped->content_type, ==, "text/html");
  g_assert_null (untyped->charset);
  article = px_extract_snapshot ("untyped", untyped, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (article->text, PX_TEST_ARTICLE_SENTENCE));
}

static void
test_refused_types (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) image = fetch_path (fetcher, "/image", &error);
  g_autoptr(PxSnapshot) binary = NULL;
  g_autofree char *png = g_content_type_get_description ("image/png");

  g_assert_null (image);
  g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_UNSUPPORTED_TYPE);
  assert_message_has (error, "image/png");
  g_clear_error (&error);

  binary = fetch_path (fetcher, "/untyped-binary", &error);
  g_assert_null (binary);
  g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_UNSUPPORTED_TYPE);
  /* named by what its bytes are */
  assert_message_has (error, png);
  assert_message_has (error, "Parallax reads only web pages and plain text");
}

/* A failure keeps its words (px-words.h), which say its message again,
 * on a copy of the error too (the source keeps a copy): what the library
 * keeps to say it in another language.
 */
static void
assert_words_say_message (const GError *error)
{
  g_autoptr(GError) copy = g_error_copy (error);
  g_autofree char *said = px_words_say (px_fetch_error_get_words (copy));

  g_assert_cmpstr (said, ==, error->message);
}

static void
test_http_status (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  const struct { const char *path; const char *needle; } cases[] = {
    { "/missing", "404 Not Found" },
    { "/broken", "500 Internal Server Error" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, cases[i].path, &error);

      g_assert_null (snapshot);
      g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_HTTP_STATUS);
      assert_message_has (error, cases[i].needle);
      assert_words_say_message (error);
    }
}

static void
test_redirects (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autofree char *page = px_test_server_url (server, "/page");

  for (guint n = 1; n <= PX_FETCH_MAX_REDIRECTS + 1; n++)
    {
      g_autofree char *path = g_strdup_printf ("/redirect/%u", n);
      g_autoptr(GError) error = NULL;
      guint requests_before = px_test_server_get_request_count (server);
      g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, path, &error);
      guint requests = px_test_server_get_request_count (server) - requests_before;

      if (n <= PX_FETCH_MAX_REDIRECTS)
        {
          g_assert_no_error (error);
          g_assert_cmpstr (snapshot->final_url, ==, page);
          g_assert_cmpuint (snapshot->status, ==, 200);
          g_assert_cmpuint (requests, ==, n + 1);
        }
      else
        {
          g_assert_null (snapshot);
          g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TOO_MANY_REDIRECTS);
          assert_message_has (error, "more than 5 times");
          /* The sixth redirect is not followed. */
          g_assert_cmpuint (requests, ==, PX_FETCH_MAX_REDIRECTS + 1);
        }
    }
}

/* A redirect back to the same address after setting a cookie is how
 * many sites record a visit; it is not a loop.
 */
static void
test_redirect_cookie (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autofree char *url = px_test_server_url (server, "/cookie");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, "/cookie", &error);
  g_autoptr(PxSnapshot) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (snapshot->final_url, ==, url);
  g_assert_cmpuint (g_bytes_get_size (snapshot->body), ==, strlen (px_test_article_html ()));

  /* The cookie is forgotten with the fetch: the next one is redirected again. */
  {
    guint before = px_test_server_get_request_count (server);

    again = fetch_path (fetcher, "/cookie", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (px_test_server_get_request_count (server) - before, ==, 2);
  }
}

static void
test_redirect_refused (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  const struct { const char *path; int code; const char *needle; } cases[] = {
    { "/loop", PX_FETCH_ERROR_TOO_MANY_REDIRECTS, "in a loop" },
    { "/cookie-loop", PX_FETCH_ERROR_TOO_MANY_REDIRECTS, "more than 5 times" },
    { "/to-file", PX_FETCH_ERROR_UNSUPPORTED_SCHEME, "redirected to file:///etc/passwd" },
    { "/to-ftp", PX_FETCH_ERROR_UNSUPPORTED_SCHEME, "redirected to ftp://127.0.0.1/page.html" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, cases[i].path, &error);

      g_assert_null (snapshot);
      g_assert_error (error, PX_FETCH_ERROR, cases[i].code);
      assert_message_has (error, cases[i].needle);
    }
}

/* What comes with a redirect or a refusal is never read, so it cannot
 * hold the fetch up however long it is.
 */
static void
test_unread_bodies (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autofree char *page = px_test_server_url (server, "/page");
  const struct { const char *path; int code; } cases[] = {
    { "/redirect-endless", -1 },
    { "/missing-endless", PX_FETCH_ERROR_HTTP_STATUS },
    { "/image-slow", PX_FETCH_ERROR_UNSUPPORTED_TYPE },
  };

  px_fetcher_set_timeout (fetcher, 10);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, cases[i].path, &error);

      g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_cmpstr (snapshot->final_url, ==, page);
        }
      else
        g_assert_error (error, PX_FETCH_ERROR, cases[i].code);
    }
}

static void
test_bad_urls (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  const struct { const char *url; int code; } cases[] = {
    { "file:///etc/passwd", PX_FETCH_ERROR_UNSUPPORTED_SCHEME },
    { "ftp://127.0.0.1/page.html", PX_FETCH_ERROR_UNSUPPORTED_SCHEME },
    { "http://", PX_FETCH_ERROR_INVALID_URL },
    { "http://[::1/page", PX_FETCH_ERROR_INVALID_URL },
    { "http://127.0.0.1:99999/", PX_FETCH_ERROR_INVALID_URL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxSnapshot) snapshot = px_fetcher_fetch (fetcher, cases[i].url, NULL, &error);

      g_assert_null (snapshot);
      g_assert_error (error, PX_FETCH_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, cases[i].url));
      assert_words_say_message (error);
    }
}

static void
test_gzip (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, "/gzip", &error);
  g_autofree char *sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, px_test_article_html (), -1);

  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (snapshot->body, NULL), g_bytes_get_size (snapshot->body),
                   px_test_article_html (), strlen (px_test_article_html ()));
  g_assert_cmpstr (snapshot->sha256, ==, sha256);
}

/* The bomb and the endless body both stop at the cap, quickly. */
static void
test_size_cap (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  const char *paths[] = { "/bomb", "/endless" };

  g_assert_cmpuint (px_fetcher_get_max_bytes (fetcher), ==, 20 * 1024 * 1024);
  px_fetcher_set_max_bytes (fetcher, 1024 * 1024);
  g_assert_cmpuint (px_fetcher_get_max_bytes (fetcher), ==, 1024 * 1024);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, paths[i], &error);

      g_assert_null (snapshot);
      g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TOO_LARGE);
      assert_message_has (error, "larger than the limit of 1.0 MiB");
      g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
    }
}

static void
test_size_declared (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, "/big", &error);

  /* 30 MB declared: refused from the header, before the body is read. */
  g_assert_null (snapshot);
  g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TOO_LARGE);
  /* only the server's word: said as its */
  assert_message_has (error, "the server says the page is 28.6 MiB, more than the limit of 20.0 MiB");
}

/* Silence, before the headers or in the middle of the body, ends a fetch
 * long before the overall deadline.
 */
static void
test_idle_timeout (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  const struct { const char *path; const char *needle; } cases[] = {
    { "/silent", "the server did not answer within 1 second" },
    { "/stall", "the server stopped sending the page for 1 second" },
  };

  px_fetcher_set_timeout (fetcher, 20);
  _px_fetcher_set_idle_timeout (fetcher, 1);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PxSnapshot) snapshot = fetch_path (fetcher, cases[i].path, &error);
      gint64 elapsed = g_get_monotonic_time () - start;

      g_assert_null (snapshot);
      g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TIMEOUT);
      assert_message_has (error, cases[i].needle);
      assert_words_say_message (error);
      g_assert_cmpint (elapsed, >=, 900 * 1000);
      g_assert_cmpint (elapsed, <, 8 * G_USEC_PER_SEC);
    }
}

/* A stall is named as one whichever limit ends it: with a deadline no
 * longer than the idle limit (the command line's PARALLAX_FETCH_TIMEOUT=2)
 * the deadline and the silence end it together, and a body that went
 * silent is still said to have stopped, not to have been slow.
 */
static void
test_stall_at_deadline (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = NULL;
  gint64 start = g_get_monotonic_time ();

  px_fetcher_set_timeout (fetcher, 2);
  snapshot = fetch_path (fetcher, "/stall", &error);
  g_assert_null (snapshot);
  g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TIMEOUT);
  assert_message_has (error, "the server stopped sending the page for 2 seconds");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 8 * G_USEC_PER_SEC);
}

static void
test_closed_port (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autofree char *url = px_test_closed_port_url ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = px_fetcher_fetch (fetcher, url, NULL, &error);

  g_assert_null (snapshot);
  g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_NETWORK);
  g_assert_true (g_str_has_prefix (error->message, url));
  assert_message_has (error, "refused the connection");
}

typedef struct
{
  GMainLoop *loop;
  GAsyncResult *result;
  GThread *thread;
  GArray *received;
  guint64 expected;
  gboolean wrong_thread;
  guint destroyed;
} AsyncData;

static void
fetch_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncData *data = user_data;

  data->result = g_object_ref (result);
  g_main_loop_quit (data->loop);
}

static void
progress_cb (guint64  received,
             guint64  expected,
             gpointer user_data)
{
  AsyncData *data = user_data;

  if (g_thread_self () != data->thread)
    data->wrong_thread = TRUE;
  g_array_append_val (data->received, received);
  data->expected = expected;
}

static void
progress_destroy_cb (gpointer user_data)
{
  AsyncData *data = user_data;

  data->destroyed++;
}

static gpointer
cancel_thread (gpointer user_data)
{
  g_usleep (300 * 1000);
  g_cancellable_cancel (user_data);
  return NULL;
}

/* Cancelled from another thread while the slow server trickles. */
static void
test_cancel (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autofree char *url = px_test_server_url (server, "/slow");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = NULL;
  AsyncData data = { .loop = loop, .thread = g_thread_self (), .received = g_array_new (FALSE, FALSE, 8) };
  gint64 start = g_get_monotonic_time ();
  GThread *thread;

  px_fetcher_fetch_async (fetcher, url, progress_cb, &data, progress_destroy_cb, cancellable,
                          fetch_done_cb, &data);
  thread = g_thread_new ("cancel", cancel_thread, cancellable);
  g_main_loop_run (loop);
  g_thread_join (thread);

  snapshot = px_fetcher_fetch_finish (fetcher, data.result, &error);
  g_assert_null (snapshot);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_str_has_prefix (error->message, url));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 4 * G_USEC_PER_SEC);
  g_clear_object (&data.result);
  /* It was cancelled while the body was arriving, of a length not given. */
  g_assert_cmpuint (data.received->len, >=, 1);
  g_assert_cmpuint (data.expected, ==, 0);
  g_assert_cmpuint (data.destroyed, ==, 1);
  g_assert_false (data.wrong_thread);
  g_array_unref (data.received);
}

static void
test_progress (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autofree char *url = px_test_server_url (server, "/progress");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = NULL;
  AsyncData data = { .loop = loop, .thread = g_thread_self (), .received = g_array_new (FALSE, FALSE, 8) };

  px_fetcher_fetch_async (fetcher, url, progress_cb, &data, progress_destroy_cb, NULL, fetch_done_cb, &data);
  g_main_loop_run (loop);

  snapshot = px_fetcher_fetch_finish (fetcher, data.result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (snapshot->body), ==, 1024 * 1024);
  g_clear_object (&data.result);

  g_assert_cmpuint (data.received->len, >=, 2);
  for (guint i = 1; i < data.received->len; i++)
    g_assert_cmpuint (g_array_index (data.received, guint64, i - 1), <, g_array_index (data.received, guint64, i));
  g_assert_cmpuint (g_array_index (data.received, guint64, data.received->len - 1), ==, 1024 * 1024);
  g_assert_cmpuint (data.expected, ==, 1024 * 1024);
  g_assert_false (data.wrong_thread);
  g_assert_cmpuint (data.destroyed, ==, 1);
  g_array_unref (data.received);
}

/* The slow server keeps sending, a byte a second, so only the overall
 * deadline can stop it; the silent one sends nothing at all.
 */
static void
test_deadline (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  const char *paths[] = { "/slow", "/silent" };

  g_assert_cmpuint (px_fetcher_get_timeout (fetcher), ==, 30);
  px_fetcher_set_timeout (fetcher, 3);
  g_assert_cmpuint (px_fetcher_get_timeout (fetcher), ==, 3);
  /* Shorter than the deadline, yet the trickle never lets it expire. */
  _px_fetcher_set_idle_timeout (fetcher, 2);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
      g_autofree char *url = px_test_server_url (server, paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxSnapshot) snapshot = NULL;
      AsyncData data = { .loop = loop, .thread = g_thread_self (), .received = g_array_new (FALSE, FALSE, 8) };
      gint64 start = g_get_monotonic_time ();
      gint64 elapsed;

      px_fetcher_fetch_async (fetcher, url, progress_cb, &data, NULL, NULL, fetch_done_cb, &data);
      g_main_loop_run (loop);
      elapsed = g_get_monotonic_time () - start;

      snapshot = px_fetcher_fetch_finish (fetcher, data.result, &error);
      g_clear_object (&data.result);
      g_test_message ("%s", error != NULL ? error->message : "(no error)");
      g_assert_null (snapshot);
      g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TIMEOUT);
      g_assert_true (g_str_has_prefix (error->message, url));
      if (g_str_equal (paths[i], "/slow"))
        assert_message_has (error, "the server did not send the whole page within 3 seconds");
      else
        assert_message_has (error, "the server did not answer within 2 seconds");
      g_assert_cmpint (elapsed, >=, (g_str_equal (paths[i], "/slow") ? 2900 : 1900) * 1000);
      g_assert_cmpint (elapsed, <, 7 * G_USEC_PER_SEC);
      if (g_str_equal (paths[i], "/slow"))
        g_assert_cmpuint (data.received->len, >=, 3);
      else
        g_assert_cmpuint (data.received->len, ==, 0);
      g_array_unref (data.received);
    }
}

static gpointer
fetch_thread (gpointer user_data)
{
  PxFetcher *fetcher = user_data;
  g_autofree char *url = px_test_server_url (server, "/redirect/2");
  g_autoptr(GError) error = NULL;
  PxSnapshot *snapshot = px_fetcher_fetch (fetcher, url, NULL, &error);

  g_assert_no_error (error);
  return snapshot;
}

/* One fetcher, used from several threads at once. */
static void
test_threads (void)
{
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("fetch", fetch_thread, fetcher);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autoptr(PxSnapshot) snapshot = g_thread_join (threads[i]);

      g_assert_nonnull (snapshot);
      g_assert_cmpuint (g_bytes_get_size (snapshot->body), ==, strlen (px_test_article_html ()));
    }
}

static void
run_openssl (const char *dir,
             const char *command_line)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_shell_parse_argv (command_line, NULL, &argv, &error);
  g_assert_no_error (error);
  g_spawn_sync (dir, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", command_line, err);
}

/* A test authority and a certificate for 127.0.0.1 it signed, made now. */
static char *
make_certificates (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("px-tls-XXXXXX", &error);
  g_autofree char *ext = g_build_filename (dir, "server.ext", NULL);

  g_assert_no_error (error);
  g_file_set_contents (ext, "basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1\n"
                            "extendedKeyUsage=serverAuth\n", -1, &error);
  g_assert_no_error (error);

  run_openssl (dir, "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
                    "-keyout ca.key -out ca.pem -days 2 -subj \"/CN=Parallax Test Authority\"");
  run_openssl (dir, "openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
                    "-keyout server.key -out server.csr -subj /CN=127.0.0.1");
  run_openssl (dir, "openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -set_serial 2 -days 2 "
                    "-extfile server.ext -out server.pem");

  return dir;
}

static void
remove_dir (const char *dir)
{
  const char *names[] = { "ca.key", "ca.pem", "server.key", "server.csr", "server.pem", "server.ext" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_tls (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_certificates ();
  g_autofree char *ca = g_build_filename (dir, "ca.pem", NULL);
  g_autofree char *cert_path = g_build_filename (dir, "server.pem", NULL);
  g_autofree char *key_path = g_build_filename (dir, "server.key", NULL);
  g_autoptr(GTlsCertificate) certificate = g_tls_certificate_new_from_files (cert_path, key_path, &error);
  g_autoptr(GTlsDatabase) database = NULL;
  g_autoptr(PxTestServer) https = NULL;
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autofree char *url = NULL;
  g_autoptr(PxSnapshot) refused = NULL;
  g_autoptr(PxSnapshot) accepted = NULL;

  g_assert_no_error (error);
  https = px_test_server_new (certificate);
  url = px_test_server_url (https, "/page");
  g_assert_true (g_str_has_prefix (url, "https://"));

  /* The system does not know the test authority. */
  refused = px_fetcher_fetch (fetcher, url, NULL, &error);
  g_test_message ("%s", error != NULL ? error->message : "(no error)");
  g_assert_null (refused);
  g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TLS);
  g_assert_true (g_str_has_prefix (error->message, url));
  assert_message_has (error, "certificate");
  g_clear_error (&error);
  g_assert_cmpuint (px_test_server_get_request_count (https), ==, 0);

  database = g_tls_file_database_new (ca, &error);
  g_assert_no_error (error);
  px_fetcher_set_tls_database (fetcher, database);
  accepted = px_fetcher_fetch (fetcher, url, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (accepted->final_url, ==, url);
  g_assert_cmpuint (g_bytes_get_size (accepted->body), ==, strlen (px_test_article_html ()));
  g_assert_cmpuint (px_test_server_get_request_count (https), ==, 1);

  /* Trusting the authority does not make a certificate for 127.0.0.1
   * good for another name of the same server.
   */
  {
    g_autofree char *wrong = g_strdup_printf ("https://localhost%s", strrchr (url, ':'));
    g_autoptr(PxSnapshot) wrong_name = px_fetcher_fetch (fetcher, wrong, NULL, &error);

    g_test_message ("%s", error != NULL ? error->message : "(no error)");
    g_assert_null (wrong_name);
    g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TLS);
    assert_message_has (error, "belongs to a different site");
    g_clear_error (&error);
  }

  remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  server = px_test_server_new (NULL);

  g_test_add_func ("/fetch/ok", test_ok);
  g_test_add_func ("/fetch/user-agent", test_user_agent);
  g_test_add_func ("/fetch/charset-windows-1251", test_charset_windows_1251);
  g_test_add_func ("/fetch/charset-latin1", test_charset_latin1);
  g_test_add_func ("/fetch/charset-conflicts", test_charset_conflicts);
  g_test_add_func ("/fetch/accepted-types", test_accepted_types);
  g_test_add_func ("/fetch/refused-types", test_refused_types);
  g_test_add_func ("/fetch/http-status", test_http_status);
  g_test_add_func ("/fetch/redirects", test_redirects);
  g_test_add_func ("/fetch/redirect-cookie", test_redirect_cookie);
  g_test_add_func ("/fetch/redirect-refused", test_redirect_refused);
  g_test_add_func ("/fetch/unread-bodies", test_unread_bodies);
  g_test_add_func ("/fetch/bad-urls", test_bad_urls);
  g_test_add_func ("/fetch/gzip", test_gzip);
  g_test_add_func ("/fetch/size-cap", test_size_cap);
  g_test_add_func ("/fetch/size-declared", test_size_declared);
  g_test_add_func ("/fetch/deadline", test_deadline);
  g_test_add_func ("/fetch/idle-timeout", test_idle_timeout);
  g_test_add_func ("/fetch/stall-at-deadline", test_stall_at_deadline);
  g_test_add_func ("/fetch/closed-port", test_closed_port);
  g_test_add_func ("/fetch/cancel", test_cancel);
  g_test_add_func ("/fetch/progress", test_progress);
  g_test_add_func ("/fetch/threads", test_threads);
  g_test_add_func ("/fetch/tls", test_tls);

  status = g_test_run ();
  px_test_server_free (server);

  return status;
}
