/* px-test-server.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-test-server.h"

#include <string.h>

#include <libsoup/soup.h>

struct _PxTestServer
{
  GThread *thread;
  GMainContext *context;
  GMainLoop *loop;
  GTlsCertificate *certificate;
  SoupServer *server;
  char *base_url;
  guint request_count; /* atomic */

  GMutex mutex;
  GCond cond;
  gboolean ready;
  GError *error;
  char *story_html; /* /story, under mutex */
  SoupServerMessage *together; /* a /together… request waiting for its pair (server thread) */
};

static const char article_html[] =
  "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
  "<title>Bridge to close after council vote | Riverside Courier</title></head>\n"
  "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n"
  "<article><h1>Bridge to close after council vote</h1>\n"
  "<p>" PX_TEST_ARTICLE_SENTENCE " on Tuesday evening, after engineers reported cracks in two of "
  "its three arches and warned that repairs would cost more than a new crossing.</p>\n"
  "<p>The bridge, which carries about eleven thousand vehicles a day, will shut to traffic at the "
  "end of the month. Pedestrians will be able to use it until the demolition work begins in spring, "
  "the council said in a statement published after the meeting.</p>\n"
  "<p>Residents on the eastern bank said the closure would add twenty minutes to their journeys. "
  "A petition asking the council to keep one lane open for buses has gathered more than three "
  "thousand signatures since it was started last week by a local school governor.</p>\n"
  "<p>The council's transport committee will publish plans for a temporary crossing next month, "
  "and has promised a public consultation on the design of the replacement bridge before the "
  "summer.</p>\n"
  "</article><footer>© Riverside Courier</footer></body></html>\n";

/* The same story in Russian, served in windows-1251 with only the HTTP
 * header saying so.
 */
static const char article_russian_html[] =
  "<!DOCTYPE html>\n<html lang=\"ru\"><head><title>Мост закроют после голосования</title></head>\n"
  "<body><article><h1>Мост закроют после голосования</h1>\n"
  "<p>Депутаты городского совета девятью голосами против четырёх решили закрыть старый мост после "
  "того, как инженеры нашли трещины в двух из трёх его арок и предупредили, что ремонт обойдётся "
  "дороже, чем строительство новой переправы.</p>\n"
  "<p>По мосту ежедневно проезжают около одиннадцати тысяч машин. Движение закроют в конце месяца, "
  "а пешеходы смогут пользоваться мостом до начала работ по сносу весной, сообщили в совете.</p>\n"
  "<p>Жители восточного берега говорят, что дорога займёт на двадцать минут больше. Петицию с "
  "просьбой оставить одну полосу для автобусов подписали более трёх тысяч человек.</p>\n"
  "</article></body></html>\n";

static const char latin1_text_utf8[] =
  "Café crème brûlée for the council\n\n"
  "The café on the eastern bank served crème brûlée to the councillors after the vote, and the "
  "owner said the closure of the bridge would cost her half of her customers.\n\n"
  "Señor García, who runs the bakery next door, said the façade of his shop had been repainted "
  "only last year in the hope of more visitors from the western bank.\n";

static const guint8 png_bytes[] = {
  0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
  0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0,
};

const char *
px_test_article_html (void)
{
  return article_html;
}

static GBytes *
gzip_bytes (const void *data,
            gsize       len,
            gsize       repeat)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GByteArray) out = g_byte_array_new ();
  guint8 buffer[65536];

  for (gsize i = 0; i <= repeat; i++)
    {
      const guint8 *in = data;
      gsize in_left = i < repeat ? len : 0;
      GConverterFlags flags = i < repeat ? G_CONVERTER_NO_FLAGS : G_CONVERTER_INPUT_AT_END;

      for (;;)
        {
          g_autoptr(GError) error = NULL;
          gsize read = 0, written = 0;
          GConverterResult result = g_converter_convert (G_CONVERTER (compressor), in, in_left, buffer,
                                                         sizeof buffer, flags, &read, &written, &error);

          g_assert_no_error (error);
          g_byte_array_append (out, buffer, written);
          in += read;
          in_left -= read;
          if (result == G_CONVERTER_FINISHED || (in_left == 0 && flags == G_CONVERTER_NO_FLAGS))
            break;
        }
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static GBytes *
bomb_bytes (void)
{
  static GBytes *bomb;

  if (g_once_init_enter (&bomb))
    {
      g_autofree guint8 *zeros = g_malloc0 (1024 * 1024);

      g_once_init_leave (&bomb, gzip_bytes (zeros, 1024 * 1024, PX_TEST_BOMB_BYTES / (1024 * 1024)));
    }

  return bomb;
}

static void
set_body (SoupServerMessage *msg,
          const char        *content_type,
          const void        *data,
          gsize              len)
{
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  if (content_type != NULL)
    soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, data, len);
  else
    soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_COPY, data, len);
}

static void
redirect (SoupServerMessage *msg,
          const char        *location)
{
  soup_server_message_set_status (msg, SOUP_STATUS_FOUND, NULL);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Location", location);
}

/* Streaming responses: a chunk is added each time the last one is written,
 * either at once (endless) or after a second (slow).
 */
typedef struct
{
  SoupServerMessage *msg;
  GSource *timer;
  gboolean slow;
  gboolean stall;
  gboolean finished;
  guint64 sent;
} Stream;

static void
stream_free (gpointer user_data)
{
  Stream *stream = user_data;

  if (stream->timer != NULL)
    {
      g_source_destroy (stream->timer);
      g_source_unref (stream->timer);
    }
  g_free (stream);
}

static void
stream_append (Stream *stream)
{
  SoupMessageBody *body = soup_server_message_get_response_body (stream->msg);

  if (stream->slow)
    {
      soup_message_body_append (body, SOUP_MEMORY_STATIC, &"<html><body><p>slow"[stream->sent % 20], 1);
      stream->sent++;
    }
  else
    {
      static char chunk[65536];

      if (chunk[0] == '\0')
        for (gsize i = 0; i < sizeof chunk; i++)
          chunk[i] = "<p>endless text</p>\n"[i % 20];
      soup_message_body_append (body, SOUP_MEMORY_STATIC, chunk, sizeof chunk);
      stream->sent += sizeof chunk;
    }
}

static gboolean
slow_tick_cb (gpointer user_data)
{
  Stream *stream = user_data;

  g_clear_pointer (&stream->timer, g_source_unref);
  if (!stream->finished)
    {
      stream_append (stream);
      soup_server_message_unpause (stream->msg);
    }

  return G_SOURCE_REMOVE;
}

static void
stream_wrote_chunk_cb (SoupServerMessage *msg,
                       Stream            *stream)
{
  if (stream->finished)
    return;

  if (stream->stall)
    {
      soup_server_message_pause (msg);
      return;
    }
  if (!stream->slow)
    {
      stream_append (stream);
      return;
    }

  soup_server_message_pause (msg);
  stream->timer = g_timeout_source_new (1000);
  g_source_set_callback (stream->timer, slow_tick_cb, stream, NULL);
  g_source_attach (stream->timer, g_main_context_get_thread_default ());
}

static void
stream_finished_cb (SoupServerMessage *msg,
                    Stream            *stream)
{
  stream->finished = TRUE;
}

static void
start_stream (SoupServerMessage *msg,
              guint              status,
              gboolean           slow)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  Stream *stream = g_new0 (Stream, 1);

  stream->msg = msg;
  stream->slow = slow;
  soup_server_message_set_status (msg, status, NULL);
  soup_message_headers_set_content_type (headers, "text/html", NULL);
  soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
  g_signal_connect (msg, "wrote-chunk", G_CALLBACK (stream_wrote_chunk_cb), stream);
  g_signal_connect (msg, "finished", G_CALLBACK (stream_finished_cb), stream);
  g_object_set_data_full (G_OBJECT (msg), "px-test-stream", stream, stream_free);
  stream_append (stream);
}

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  PxTestServer *self = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  g_atomic_int_inc (&self->request_count);

  if (g_str_equal (path, "/page"))
    set_body (msg, "text/html; charset=utf-8", article_html, strlen (article_html));
  else if (g_str_has_prefix (path, "/together"))
    {
      /* Answered only once another /together… request is there too. */
      if (self->together == NULL)
        {
          self->together = g_object_ref (msg);
          soup_server_message_pause (msg);
        }
      else
        {
          g_autoptr(SoupServerMessage) first = g_steal_pointer (&self->together);

          set_body (first, "text/html; charset=utf-8", article_html, strlen (article_html));
          soup_server_message_unpause (first);
          set_body (msg, "text/html; charset=utf-8", article_html, strlen (article_html));
        }
    }
  else if (g_str_equal (path, "/story"))
    {
      g_autofree char *html = NULL;

      g_mutex_lock (&self->mutex);
      html = g_strdup (self->story_html);
      g_mutex_unlock (&self->mutex);
      if (html != NULL)
        set_body (msg, "text/html; charset=utf-8", html, strlen (html));
      else
        soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
    }
  else if (g_str_equal (path, "/cp1251"))
    {
      gsize len = 0;
      g_autofree char *encoded = g_convert (article_russian_html, -1, "windows-1251", "UTF-8", NULL, &len, NULL);

      g_assert_nonnull (encoded);
      set_body (msg, "text/html; charset=windows-1251", encoded, len);
    }
  else if (g_str_equal (path, "/latin1"))
    {
      gsize len = 0;
      g_autofree char *encoded = g_convert (latin1_text_utf8, -1, "ISO-8859-1", "UTF-8", NULL, &len, NULL);

      g_assert_nonnull (encoded);
      set_body (msg, "text/plain; charset=ISO-8859-1", encoded, len);
    }
  else if (g_str_has_prefix (path, "/charset/") && strchr (path + strlen ("/charset/"), '/') == NULL
           && strstr (path, "..") == NULL)
    {
      /* a page of tests/fixtures/charset, with the charset ?charset= names */
      g_autofree char *name = g_strconcat (path + strlen ("/charset/"), ".html", NULL);
      g_autofree char *file = g_test_build_filename (G_TEST_DIST, "fixtures", "charset", name, NULL);
      const char *charset = query != NULL ? g_hash_table_lookup (query, "charset") : NULL;
      g_autofree char *type = charset != NULL ? g_strconcat ("text/html; charset=", charset, NULL)
                                              : g_strdup ("text/html");
      g_autofree char *data = NULL;
      gsize len = 0;

      if (g_file_get_contents (file, &data, &len, NULL))
        set_body (msg, type, data, len);
      else
        soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
    }
  else if (g_str_equal (path, "/xhtml"))
    set_body (msg, "application/xhtml+xml", article_html, strlen (article_html));
  else if (g_str_equal (path, "/untyped"))
    set_body (msg, NULL, article_html, strlen (article_html));
  else if (g_str_equal (path, "/untyped-binary"))
    set_body (msg, NULL, png_bytes, sizeof png_bytes);
  else if (g_str_has_prefix (path, "/redirect/"))
    {
      guint64 n = g_ascii_strtoull (path + strlen ("/redirect/"), NULL, 10);
      g_autofree char *next = n > 1 ? g_strdup_printf ("/redirect/%" G_GUINT64_FORMAT, n - 1) : g_strdup ("/page");

      redirect (msg, next);
    }
  else if (g_str_equal (path, "/cookie"))
    {
      const char *cookie = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Cookie");

      if (g_strcmp0 (cookie, "consent=yes") == 0)
        set_body (msg, "text/html; charset=utf-8", article_html, strlen (article_html));
      else
        {
          redirect (msg, "/cookie");
          soup_message_headers_append (headers, "Set-Cookie", "consent=yes; Path=/");
        }
    }
  else if (g_str_equal (path, "/cookie-loop"))
    {
      redirect (msg, "/cookie-loop");
      soup_message_headers_append (headers, "Set-Cookie", "visit=again; Path=/");
    }
  else if (g_str_equal (path, "/loop"))
    redirect (msg, "/loop-b");
  else if (g_str_equal (path, "/loop-b"))
    redirect (msg, "/loop");
  else if (g_str_equal (path, "/to-file"))
    redirect (msg, "file:///etc/passwd");
  else if (g_str_equal (path, "/to-ftp"))
    redirect (msg, "ftp://127.0.0.1/page.html");
  else if (g_str_equal (path, "/broken"))
    soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
  else if (g_str_equal (path, "/image"))
    set_body (msg, "image/png", png_bytes, sizeof png_bytes);
  else if (g_str_equal (path, "/report.pdf"))
    set_body (msg, "application/pdf", PX_TEST_PDF_BYTES, strlen (PX_TEST_PDF_BYTES));
  else if (g_str_equal (path, "/pdf-as-page"))
    /* a server that says a PDF is a web page */
    set_body (msg, "text/html", PX_TEST_PDF_BYTES, strlen (PX_TEST_PDF_BYTES));
  else if (g_str_equal (path, "/gzip"))
    {
      g_autoptr(GBytes) gz = gzip_bytes (article_html, strlen (article_html), 1);

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_replace (headers, "Content-Encoding", "gzip");
      soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (gz, NULL), g_bytes_get_size (gz));
    }
  else if (g_str_equal (path, "/bomb"))
    {
      GBytes *bomb = bomb_bytes ();

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_replace (headers, "Content-Encoding", "gzip");
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, g_bytes_get_data (bomb, NULL),
                                        g_bytes_get_size (bomb));
    }
  else if (g_str_equal (path, "/endless"))
    start_stream (msg, SOUP_STATUS_OK, FALSE);
  else if (g_str_equal (path, "/slow"))
    start_stream (msg, SOUP_STATUS_OK, TRUE);
  else if (g_str_equal (path, "/redirect-endless"))
    {
      start_stream (msg, SOUP_STATUS_FOUND, FALSE);
      soup_message_headers_replace (headers, "Location", "/page");
    }
  else if (g_str_equal (path, "/missing-endless"))
    start_stream (msg, SOUP_STATUS_NOT_FOUND, FALSE);
  else if (g_str_equal (path, "/image-slow"))
    {
      start_stream (msg, SOUP_STATUS_OK, TRUE);
      soup_message_headers_set_content_type (headers, "image/png", NULL);
    }
  else if (g_str_equal (path, "/silent"))
    soup_server_message_pause (msg);
  else if (g_str_equal (path, "/stall"))
    {
      start_stream (msg, SOUP_STATUS_OK, TRUE);
      ((Stream *) g_object_get_data (G_OBJECT (msg), "px-test-stream"))->stall = TRUE;
    }
  else if (g_str_equal (path, "/big") || g_str_equal (path, "/progress"))
    {
      gsize len = g_str_equal (path, "/big") ? PX_TEST_BIG_BYTES : 1024 * 1024;
      g_autofree char *data = g_malloc (len);

      for (gsize i = 0; i < len; i++)
        data[i] = "<p>a long page</p>\n"[i % 19];
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_TAKE, g_steal_pointer (&data), len);
    }
  else if (g_str_equal (path, "/user-agent"))
    {
      const char *agent = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                        "User-Agent");

      set_body (msg, "text/plain", agent != NULL ? agent : "", agent != NULL ? strlen (agent) : 0);
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

static gpointer
server_thread (gpointer user_data)
{
  PxTestServer *self = user_data;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (self->context);

  self->server = soup_server_new ("tls-certificate", self->certificate, NULL);
  soup_server_add_handler (self->server, NULL, handle_cb, self, NULL);
  if (soup_server_listen_local (self->server, 0,
                                SOUP_SERVER_LISTEN_IPV4_ONLY
                                  | (self->certificate != NULL ? SOUP_SERVER_LISTEN_HTTPS : 0),
                                &error))
    {
      uris = soup_server_get_uris (self->server);
      self->base_url = g_strdup_printf ("%s://127.0.0.1:%d", self->certificate != NULL ? "https" : "http",
                                        g_uri_get_port (uris->data));
      g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
    }

  g_mutex_lock (&self->mutex);
  self->ready = TRUE;
  self->error = g_steal_pointer (&error);
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);

  if (self->base_url != NULL)
    g_main_loop_run (self->loop);

  soup_server_disconnect (self->server);
  g_clear_object (&self->together);
  g_clear_object (&self->server);
  while (g_main_context_iteration (self->context, FALSE))
    ;
  g_main_context_pop_thread_default (self->context);

  return NULL;
}

PxTestServer *
px_test_server_new (GTlsCertificate *certificate)
{
  PxTestServer *self = g_new0 (PxTestServer, 1);

  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->certificate = certificate != NULL ? g_object_ref (certificate) : NULL;

  /* Built before any request, so the first one is not slowed down. */
  bomb_bytes ();

  self->thread = g_thread_new ("px-test-server", server_thread, self);
  g_mutex_lock (&self->mutex);
  while (!self->ready)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);

  g_assert_no_error (self->error);

  return self;
}

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

void
px_test_server_free (PxTestServer *self)
{
  g_main_context_invoke (self->context, quit_cb, self->loop);
  g_thread_join (self->thread);

  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_clear_object (&self->certificate);
  g_free (self->base_url);
  g_free (self->story_html);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);
  g_free (self);
}

char *
px_test_server_url (PxTestServer *self,
                    const char   *path)
{
  return g_strconcat (self->base_url, path, NULL);
}

void
px_test_server_set_story (PxTestServer *self,
                          const char   *html)
{
  g_mutex_lock (&self->mutex);
  g_free (self->story_html);
  self->story_html = g_strdup (html);
  g_mutex_unlock (&self->mutex);
}

guint
px_test_server_get_request_count (PxTestServer *self)
{
  return g_atomic_int_get (&self->request_count);
}

char *
px_test_closed_port_url (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, &error);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  guint port;

  /* Bound but never listening: connecting is refused. */
  g_assert_no_error (error);
  g_socket_bind (socket, any, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_close (socket, NULL);

  return g_strdup_printf ("http://127.0.0.1:%u/page.html", port);
}
